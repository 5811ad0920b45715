"""The words of the outcome indicators of the anonymised summary (change against the baseline,
work at exit and follow-up) in Italian and English, parsed by `reports.strings` like the
other strings_* modules."""

TEXT = r"""
kf_improved_baseline
    it: Famiglie migliorate rispetto alla valutazione iniziale (almeno una dimensione)
    en: Families improved on their baseline (at least one domain)
t_change_domains
    it: Cambiamento per dimensione rispetto alla valutazione iniziale
    en: Change by domain against the baseline
t_change_domains_note
    it: Dimensioni della valutazione multidimensionale (D.Lgs. 147/2017, art. 5). Famiglie con
        una verifica o una valutazione di uscita nel periodo e un bisogno all'ingresso nella
        dimensione (gravità 1-3): confronto tra la valutazione iniziale del percorso e
        l'ultima verifica o uscita, anche per i percorsi ancora aperti. La gravità di una
        dimensione è la più alta tra le sue aree. Mediana: variazione mediana della gravità
        (negativa = miglioramento). {protection}
    en: Domains of the multidimensional assessment (D.Lgs. 147/2017, art. 5). Families with a
        review or an exit in the period and a need at baseline in the domain (severity 1-3):
        the path's baseline against its latest review or exit, paths still open included. A
        domain's severity is the highest of its areas. Median: median change in severity
        (negative = better). {protection}
t_change_households
    it: Famiglie migliorate rispetto alla valutazione iniziale
    en: Families improved on their baseline
t_change_households_note
    it: Famiglie della tabella precedente migliorate in almeno una dimensione. {protection}
    en: Families of the table above that improved in at least one domain. {protection}
t_change_money
    it: Reddito e debiti rispetto alla valutazione iniziale
    en: Income and debts against the baseline
t_change_money_note
    it: Famiglie con una verifica o un'uscita nel periodo e l'importo registrato sia
        all'ingresso sia all'ultima verifica: reddito mensile del nucleo; debiti e morosità
        (affitto, bollette, rate). Migliorate: reddito salito, debiti scesi; invariate: meno
        di 5 € di differenza. Mediana: variazione mediana, arrotondata a 10 €. {protection}
    en: Families with a review or an exit in the period and the amount recorded both at
        baseline and at the latest review: household monthly income; debts and arrears (rent,
        bills, instalments). Improved: income up, debts down; unchanged: less than 5 € apart.
        Median: median change, rounded to 10 €. {protection}
t_work_outcomes
    it: Lavoro all'uscita e ai follow-up
    en: Work at exit and at follow-up
t_work_outcomes_note
    it: Famiglie con una valutazione di uscita o di follow-up nel periodo (una famiglia può
        comparire in più righe), secondo la situazione lavorativa degli adulti registrata
        allora e all'ingresso: lavoro trovato (nessun adulto occupato all'ingresso), lavoro
        mantenuto, nessun adulto al lavoro. Il lavoro precario conta come lavoro.
        {protection}
    en: Families with an exit or a follow-up assessment in the period (a family may be in
        several rows), by the work situation of the adults recorded then and at baseline:
        work found (no adult in work at baseline), work kept, no adult in work. Precarious
        work counts as work. {protection}
protection_counts
    it: Protezione: i valori da 1 a {k1}, e quelli che permetterebbero di ricalcolarli, sono
        «n.p.», come nel resto del rapporto.
    en: Protection: values from 1 to {k1}, and those that would let them be worked out, are
        "n.p.", as in the rest of the report.
protection_medians
    it: Protezione: i valori da 1 a {k1}, e quelli che permetterebbero di ricalcolarli, sono
        «n.p.», come nel resto del rapporto; la mediana è pubblicata solo per le righe di
        almeno {k2} famiglie il cui totale è pubblicato.
    en: Protection: values from 1 to {k1}, and those that would let them be worked out, are
        "n.p.", as in the rest of the report; the median is published only for rows of at
        least {k2} families whose total is published.
col_unchanged
    it: Invariate
    en: Unchanged
col_worsened
    it: Peggiorate
    en: Worse
col_median_severity
    it: Mediana
    en: Median
col_median_euros
    it: Mediana (€)
    en: Median (€)
col_moment
    it: Momento
    en: Moment
col_amount_kind
    it: Importo
    en: Amount
col_domain
    it: Dimensione
    en: Domain
col_work_found
    it: Lavoro trovato
    en: Work found
col_work_kept
    it: Lavoro mantenuto
    en: Work kept
col_no_work
    it: Nessuno al lavoro
    en: Nobody in work
col_work_not_recorded
    it: Non registrato
    en: Not recorded
col_share_in_work
    it: % al lavoro
    en: % in work
row_income
    it: Reddito mensile del nucleo
    en: Household monthly income
row_debt
    it: Debiti e morosità
    en: Debts and arrears
row_exit
    it: All'uscita
    en: At exit
row_follow_up_6
    it: Follow-up a 6 mesi
    en: Follow-up at 6 months
row_follow_up_12
    it: Follow-up a 12 mesi o più
    en: Follow-up at 12 months or later
chart_change_domains
    it: Famiglie migliorate per dimensione, rispetto alla valutazione iniziale (%)
    en: Families improved by domain, against the baseline (%)
"""
TEXT_CASE = r"""
section_rounds
    it: Valutazioni nel tempo
    en: Assessments over time
rounds_intro
    it: Valutazione iniziale, verifiche, uscita e follow-up di ogni percorso, con gli importi
        e i fatti registrati in quel giorno. Gravità per dimensione (D.Lgs. 147/2017, art. 5):
        la più alta tra le aree della dimensione, da 0 (nessun problema) a 3 (grave).
    en: Baseline, reviews, exit and follow-ups of each path, with the amounts and facts
        recorded on that day. Severity by domain (D.Lgs. 147/2017, art. 5): the highest of the
        domain's areas, from 0 (no problem) to 3 (severe).
round_title
    it: {kind} · {day} · percorso {episode}
    en: {kind} · {day} · path {episode}
round_follow_up
    it: Follow-up a {months} mesi
    en: Follow-up at {months} months
col_round
    it: Valutazione
    en: Assessment
col_income
    it: Reddito mensile
    en: Monthly income
col_debts
    it: Debiti
    en: Debts
col_arrears
    it: Morosità
    en: Arrears
col_isee
    it: ISEE
    en: ISEE
label_domains
    it: Gravità per dimensione
    en: Severity by domain
label_isee
    it: ISEE
    en: ISEE
isee_text
    it: {amount} ({kind}), rilasciato il {issued}, scade il {expires}
    en: {amount} ({kind}), issued {issued}, expires {expires}
label_adults_work
    it: Lavoro degli adulti
    en: Adults' work
label_benefits
    it: Misure ricevute
    en: Benefits received
benefit_text
    it: {name}{amount}{renewal}
    en: {name}{amount}{renewal}
benefit_amount
    it: , {amount} al mese
    en: , {amount} a month
benefit_renewal
    it: , rinnovo o scadenza il {day}
    en: , renewal or expiry on {day}
adult_unnamed
    it: Adulto {n}
    en: Adult {n}
label_round_note
    it: Note
    en: Notes
"""
