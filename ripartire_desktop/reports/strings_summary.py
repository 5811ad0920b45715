"""The words of the anonymised summary (its pages, key figures, tables and charts) in Italian
and English, parsed by `reports.strings`.

Each entry is its key on a line of its own, then "it:" and "en:" with the text; a text goes on
over the lines indented further (joined by one space), and "\\n" in it starts a new line.
"""

TEXT = r"""
summary_title
    it: Ripartire: report anonimo
    en: Ripartire: anonymised report
summary_subject
    it: Report anonimo {period}
    en: Anonymised report {period}
summary_period
    it: Periodo: {period}
    en: Period: {period}
summary_organisations
    it: Enti: {names}
    en: Organisations: {names}
summary_generated
    it: Preparato a {month}
    en: Prepared in {month}
summary_sources
    it: Archivi riuniti: {n}
    en: Vaults merged: {n}
summary_rules
    it: Tutti i numeri sono aggregati: nessun nome, codice, testo libero o data precisa. Per
        proteggere le famiglie, i valori da 1 a {k1} e quelli che permetterebbero di
        ricalcolarli, anche confrontando questo rapporto con quelli già pubblicati, sono
        indicati come «n.p.» (non pubblicato): nessun valore nascosto si può restringere a
        meno di {k} valori possibili. Anche le percentuali che ne derivano non sono
        pubblicate. Lo zero è indicato come tale.
    en: All figures are aggregates: no names, codes, free text or exact dates. To protect the
        families, values from 1 to {k1}, and those that would let them be worked out, also by
        comparing this report with those already published, are shown as "n.p." (not
        published): no hidden value can be narrowed to fewer than {k} possible values.
        Percentages derived from them are not published either. Zero is shown as zero.
summary_reissued
    it: Questo periodo era già stato pubblicato il {day}: i numeri sono quelli di allora,
        invariati, perché un confronto tra due versioni rivelerebbe i dati di singole
        famiglie.
    en: This period was already published on {day}: the figures are those published then,
        unchanged, because comparing two versions would reveal single families' data.
key_figures
    it: Numeri principali
    en: Key figures
kf_first_contacts
    it: Primi contatti allo sportello
    en: First contacts at the desk
kf_families_reached
    it: Famiglie raggiunte
    en: Families reached
kf_numero_oscuro
    it: Famiglie non note ai servizi sociali (tra chi ha risposto)
    en: Families not known to the social services (of those who answered)
kf_assessments
    it: Valutazioni svolte
    en: Assessments carried out
kf_on_path
    it: Famiglie in percorso nel periodo
    en: Families on a path in the period
kf_opened
    it: Percorsi avviati nel periodo
    en: Paths started in the period
kf_active
    it: Percorsi attivi a fine periodo (capacità {capacity})
    en: Paths active at the end of the period (capacity {capacity})
kf_waiting
    it: In lista d'attesa a fine periodo
    en: On the waiting list at the end of the period
kf_interviews
    it: Colloqui
    en: Interviews
kf_hours
    it: Ore di colloquio
    en: Interview hours
kf_families_interviewed
    it: Famiglie incontrate in colloquio
    en: Families interviewed
kf_aid
    it: Contributi erogati
    en: Aid paid
kf_budget
    it: Budget per i contributi
    en: Aid budget
kf_aid_families
    it: Famiglie che hanno ricevuto contributi
    en: Families who received aid
kf_closures
    it: Percorsi chiusi nel periodo
    en: Paths closed in the period
kf_improved
    it: Famiglie migliorate in almeno un'area (alla chiusura)
    en: Families improved in at least one area (at closure)
kf_objections
    it: Famiglie escluse perché contrarie alle statistiche
    en: Families left out because they objected to statistics
col_figure
    it: Indicatore
    en: Indicator
col_value
    it: Valore
    en: Value
col_share
    it: %
    en: %
col_count
    it: Numero
    en: Number
col_contacts
    it: Contatti
    en: Contacts
col_families
    it: Famiglie
    en: Families
col_known
    it: Già noti ai servizi
    en: Known to services
col_not_known
    it: Non noti
    en: Not known
col_not_asked
    it: Non chiesto
    en: Not asked
col_share_not_known
    it: % non noti
    en: % not known
col_severity
    it: Gravità {n}
    en: Severity {n}
col_with_need
    it: % con bisogno
    en: % with need
col_minors
    it: Minori nel nucleo
    en: Minors in household
col_adults
    it: Adulti: {n}
    en: Adults: {n}
col_children
    it: Figli minori
    en: Minor children
col_improved
    it: Migliorate
    en: Improved
col_not_improved
    it: Non migliorate
    en: Not improved
col_share_improved
    it: % migliorate
    en: % improved
col_interviews
    it: Colloqui
    en: Interviews
col_hours
    it: Ore
    en: Hours
col_share_done
    it: % completate
    en: % done
col_payments
    it: Pagamenti
    en: Payments
col_decision
    it: Decisione
    en: Decision
col_mode
    it: Modalità
    en: Mode
col_age_band
    it: Fascia d'età
    en: Age band
col_result
    it: Esito
    en: Outcome
t_first_contacts
    it: Primi contatti per canale
    en: First contacts by channel
t_first_contacts_note
    it: Contatti registrati allo sportello nel periodo, anche anonimi.
    en: Contacts logged at the desk in the period, anonymous ones included.
t_reached
    it: Famiglie raggiunte: canale e conoscenza dei servizi sociali
    en: Families reached: channel and whether known to social services
t_reached_note
    it: Famiglie registrate nel periodo. La quota «non noti» (tra chi ha risposto) misura il
        «numero oscuro» che il progetto vuole raggiungere.
    en: Families recorded in the period. The "not known" share (of those who answered)
        measures the "numero oscuro" the project sets out to reach.
t_assessments
    it: Valutazioni e decisioni
    en: Assessments and decisions
t_assessments_note
    it: Valutazioni svolte nel periodo, per decisione registrata.
    en: Assessments carried out in the period, by the decision recorded.
t_needs
    it: Bisogni all'ingresso
    en: Needs at baseline
t_needs_note
    it: Gravità all'ingresso (0 nessun problema, 3 grave) delle famiglie valutate nel periodo.
    en: Severity at baseline (0 no problem, 3 severe) of the families assessed in the period.
t_households
    it: Composizione dei nuclei
    en: Household composition
t_households_note
    it: Famiglie con un percorso aperto nel periodo, per numero di minori e di adulti.
    en: Families with a path open in the period, by number of minors and adults.
t_children
    it: Figli minori per fascia d'età
    en: Minor children by age band
t_children_note
    it: Figli minori delle famiglie in percorso, età all'ultimo giorno del periodo.
    en: Minor children of the families on a path, age on the last day of the period.
t_improvement
    it: Miglioramento per area
    en: Improvement by area
t_improvement_note
    it: Famiglie chiuse nel periodo con un bisogno all'ingresso (gravità 1-3) e una
        valutazione di uscita nell'area: migliorate se la gravità è scesa.
    en: Families closed in the period with a need at baseline (severity 1-3) and an exit score
        in the area: improved when the severity went down.
t_improved_any
    it: Miglioramento complessivo
    en: Overall improvement
t_improved_any_note
    it: Famiglie chiuse nel periodo migliorate in almeno un'area di bisogno.
    en: Families closed in the period that improved in at least one need area.
t_interviews
    it: Colloqui per modalità
    en: Interviews by mode
t_interviews_note
    it: Colloqui svolti nel periodo.
    en: Interviews held in the period.
t_actions
    it: Azioni per tipo e stato
    en: Actions by type and status
t_actions_note
    it: Azioni dei percorsi aperti nel periodo, con lo stato registrato oggi.
    en: Actions of the paths open in the period, with the status recorded today.
t_aid
    it: Contributi per categoria
    en: Aid by category
t_aid_note
    it: Contributi pagati nel periodo. Una famiglia può comparire in più categorie.
    en: Aid paid in the period. A family may appear in several categories.
t_outcomes
    it: Esiti alla chiusura
    en: Outcomes at closure
t_outcomes_note
    it: Percorsi chiusi nel periodo.
    en: Paths closed in the period.
withheld
    it: Tabella non pubblicata: i numeri sono troppo piccoli per essere pubblicati senza
        rendere riconoscibili le famiglie.
    en: Table not published: the numbers are too small to publish without making families
        recognisable.
chart_contacts
    it: Primi contatti per canale
    en: First contacts by channel
chart_needs
    it: Famiglie con il bisogno all'ingresso (%)
    en: Families with the need at baseline (%)
chart_improvement
    it: Famiglie migliorate per area, alla chiusura (%)
    en: Families improved by area, at closure (%)
chart_hidden
    it: {label}: valore non pubblicato
    en: {label}: value not published
stories_title
    it: Storie (testo anonimizzato)
    en: Stories (anonymised text)
work_found
    it: Lavoro trovato: {type}
    en: Work found: {type}
"""
