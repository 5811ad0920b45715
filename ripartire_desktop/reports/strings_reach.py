"""The words of the reach and money tables of the anonymised summary (issue 17), in Italian and
English, in the format of reports/strings_summary.py."""

TEXT = r"""
t_reach
    it: Nuclei e minori raggiunti
    en: Households and children reached
t_reach_note
    it: Nuclei familiari con un percorso aperto in qualche momento del periodo, quelli con
        almeno un figlio minorenne e i figli minorenni (età all'ultimo giorno del periodo).
        Sono gli stessi nuclei delle tabelle sulla composizione e sui figli, e sono protetti
        con esse: un valore da 1 a {k} meno uno, o uno che permetterebbe di ricalcolarlo, è
        n.p.
    en: Households with a path open at some time in the period, those with at least one
        child under 18, and the children under 18 (age on the last day of the period). They
        are the households of the composition and children tables and are protected with them:
        a value from 1 to {k} minus one, or one that would let it be worked out, is n.p.
reach_households
    it: Nuclei familiari raggiunti (con un percorso)
    en: Households reached (on a path)
reach_with_minors
    it: di cui con figli minorenni
    en: of which with children under 18
reach_children
    it: Figli minorenni raggiunti
    en: Children under 18 reached
col_indicator
    it: Indicatore
    en: Indicator
col_number
    it: Numero
    en: Number
t_aid_lines
    it: Contributi per linea di budget
    en: Aid by budget line
t_aid_lines_note
    it: Contributi pagati nel periodo, per la linea di budget da cui sono pagati, con quanto la
        linea stanzia e la quota già spesa.
    en: Aid paid in the period, by the budget line it is paid from, with what the line grants
        and the share spent.
t_aid_funders
    it: Contributi per finanziatore
    en: Aid by funder
t_aid_funders_note
    it: Contributi pagati nel periodo, per il finanziatore della linea di budget; lo stanziato
        è la somma delle sue linee.
    en: Aid paid in the period, by the funder of the budget line; the amount granted is the sum
        of its lines.
t_aid_years
    it: Contributi per anno di budget
    en: Aid by budget year
t_aid_years_note
    it: Contributi pagati nel periodo, per l'anno della linea di budget; lo stanziato è la
        somma delle linee di quell'anno.
    en: Aid paid in the period, by the year of the budget line; the amount granted is the sum
        of that year's lines.
money_rules
    it: Un nucleo può ricevere da più linee, quindi i nuclei non si sommano: il totale è il
        numero di nuclei che hanno ricevuto contributi. Protezione: pagamenti ed euro sono n.p.
        quando lo è il numero di nuclei; gli euro sono n.p. anche quando un solo nucleo ha
        ricevuto più della metà della somma, quando una linea del gruppo lo è, e un altro
        importo è n.p. quando altrimenti uno solo potrebbe essere ricavato dal totale.
    en: A household may receive from several lines, so households do not add up: the total is
        the number of households who received aid. Protection: payments and euros are n.p.
        when the number of households is; euros are also n.p. when one household received more
        than half of the sum, when a line of the group is, and one more amount is n.p. when
        otherwise a single one could be worked out from the total.
col_aid_lines
    it: Linea di budget
    en: Budget line
col_aid_funders
    it: Finanziatore
    en: Funder
col_aid_years
    it: Anno
    en: Year
col_granted
    it: Stanziato
    en: Granted
col_used
    it: % spesa
    en: % spent
no_budget_line
    it: Senza linea di budget
    en: No budget line
no_aid_in_period
    it: Nessun contributo nel periodo
    en: No aid in the period
"""
