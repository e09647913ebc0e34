# Gambit på dansk

## src/scene/legend.rs
legend-our-team = Vores team
legend-key-person-nobody = Nøgleperson som ingen dækker
legend-reporting-cycle = I en rapporteringscirkel
legend-1-only-us = ·1  kun én af os kender dem
legend-faded-left-company = Bleg: har forladt virksomheden
legend-thicker-stronger-1 = Tykkere = stærkere (1–5)
legend-business-unit-head = En forretningsenhed (antal personer · personer vi kender)
legend-many-lines-between = Linjer mellem to enheder, som én (bredere: flere)
legend-pieces = Brikker
legend-bigger-more-influence = Større = mere indflydelse
legend-stance-towards-us = Holdning til os
legend-lines = Linjer
legend-faded-line-contact = Bleg linje: ingen kontakt i et år
legend-units = Enheder
legend-select-someone-see = Vælg nogen for at se alle deres linjer

## src/app/help.rs
help-keyboard-shortcuts = Tastaturgenveje

## src/app/file_chooser.rs
file-open = Åbn
file-save = Gem
file-cancel = Annuller
file-replace = Erstat
file-already-exists-replace = findes allerede. Vil du erstatte den?
file-file-name = Filnavn:
file-open-project = Åbn projekt
file-gambit-project = Gambit-projekt
file-import-contacts = Importer kontakter
file-spreadsheet-crm-export = Regneark eller CRM-eksport
file-save-project = Gem projekt
file-export = Eksporter

## src/app/shell.rs
menu-file = Filer
menu-project-settings = Projektindstillinger…
menu-projects-name-our = Projektets navn, vores virksomhed og valutaen
menu-portfolio-ranking-spreadsheet = Porteføljens rangering til et regneark
menu-edit = Rediger
menu-view = Vis
menu-problems-panel = Problempanel
menu-help = Hjælp
menu-open-recent = Åbn seneste
menu-clear-recent = Ryd seneste
menu-forget-list-recent = Glem listen over senest brugte filer
menu-problems = Ingen problemer
menu-show-hide-problems = Vis eller skjul de problemer, projekttjekket fandt
menu-unsaved-changes = Ikke-gemte ændringer
menu-saved-file-yet = Ikke gemt i en fil endnu
menu-all-changes-saved = Alle ændringer gemt
menu-problems-2 = Problemer
menu-project-check-found = Projekttjekket fandt ingen problemer.
menu-error = Fejl
menu-warning = Advarsel
menu-save-changes = Gem ændringerne?
menu-project-has-changes = Projektet har ændringer, der ikke er gemt. Gem dem først?
menu-save-then-continue = Gem og fortsæt
menu-dont-save = Gem ikke
menu-throw-changes-away = Kassér ændringerne og fortsæt
menu-go-back-project = Gå tilbage til projektet
menu-something-went-wrong = Noget gik galt
menu-ok = OK
menu-export-contacts-csv = Eksporter kontakter som CSV…
menu-accounts-people-columns = Kundens personer, med de kolonner importen læser
menu-export-contacts-excel = Eksporter kontakter som Excel…
menu-accounts-people-relationships = Kundens personer og relationer som en projektmappe
menu-export-ranking-csv = Eksporter rangering som CSV…
menu-export-ranking-excel = Eksporter rangering som Excel…
menu-export-plan-html = Eksporter kundeplan som HTML…
menu-account-plan-web = Kundeplanen som én webside, der ser pæn ud som PDF
menu-export-plan-markdown = Eksporter kundeplan som Markdown…
menu-account-plan-markdown = Kundeplanen som Markdown-tekst
menu-close-audience-window = Luk publikumsvinduet
menu-open-audience-window = Åbn publikumsvinduet

## src/app/views/pick.rs
view-type-search = skriv for at søge

## src/app/views/plan/opportunities.rs
plan-deleted = (slettet)
plan-owner = (ingen ansvarlig)
plan-opportunities = Salgsmuligheder
plan-remove-opportunity = Fjern denne salgsmulighed
plan-value = Værdi
plan-owner-3 = Ansvarlig
plan-found = Fundet

## src/app/views/plan/matrix.rs
plan-matrix-needs-our = Matricen skal bruge vores produkter (i projektet) og kundens forretningsenheder.
plan-click-cell-set = Klik på en celle for at angive, hvad de køber, en salgsmulighed, en konkurrent eller ikke relevant. '?' er hvide pletter: ingen ved det endnu. Summer: køber / muligheder.
plan-product-unit = Produkt / enhed
plan-total = I alt
plan-nobody-yet = Ingen endnu.
plan-people-we-know-unit = De personer, vi kender i denne enhed
plan-value-per-year = Værdi pr. år
plan-estimated-value = Anslået værdi
plan-next-step = Næste skridt
plan-which-competitor = Hvilken konkurrent
plan-close = Luk
plan-done-cell-esc = Færdig med denne celle (Esc)
plan-buying = Køber
plan-opportunity = Salgsmulighed
plan-competitor = Konkurrent
plan-relevant = Ikke relevant
plan-dont-know = Ved ikke

## src/app/views/plan/mod.rs
plan-export-html = Eksporter HTML…
plan-plan-web-page = Planen som én webside, der ser pæn ud som PDF
plan-export-markdown = Eksporter Markdown…
plan-plan-markdown-text = Planen som Markdown-tekst
plan-plan-health = Planens sundhed
plan-account = Kunden
plan-account-team = Kundeteam
plan-our-team-assigned = Ingen fra vores team er tilknyttet endnu: tilføj dem på kortet.
plan-account-name = Kundens navn
plan-lifecycle-stage = Livscyklusfase

## src/app/views/plan/tables.rs
plan-economic-development = Økonomisk udvikling
plan-add-year = Tilføj år
plan-add-year-their = Tilføj et år med deres tal
plan-agreements = Aftaler
plan-ended = udløbet
plan-add-agreement = Tilføj aftale
plan-framework-agreement = Rammeaftale
plan-below-target = under målet
plan-add-kpi = Tilføj nøgletal
plan-add-kpi-figure = Tilføj et nøgletal for et år
plan-known = Kendt
plan-chart = Diagram:
plan-target = Mål
plan-actual = Faktisk
plan-overdue = FORSINKET
plan-add-activity = Tilføj aktivitet
plan-add-key-activity = Tilføj en nøgleaktivitet
plan-new-activity = Ny aktivitet
plan-how-many-us = Hvor mange af os der bør kende dem godt (styrke 3+)
plan-add-relationship-goal = Tilføj relationsmål
plan-choose = (vælg)
plan-add-competitor = Tilføj konkurrent
plan-new-competitor = Ny konkurrent
plan-add-partner = Tilføj partner
plan-new-partner = Ny partner
plan-never-held = aldrig afholdt
plan-add-meeting = Tilføj møde
plan-next-review-due = Næste gennemgang
plan-never-reviewed-ask = Aldrig gennemgået: bed din mentor om en gennemgang
plan-add-review = Tilføj gennemgang
plan-record-review-held = Registrer en gennemgang afholdt i dag. Den gemmer kunden, som den ser ud nu, så næste gennemgang kan se, hvad der er ændret siden.
plan-add-referral-testimonial = Tilføj reference eller udtalelse
plan-remove-year = Fjern dette år
plan-remove-agreement = Fjern denne aftale
plan-remove-kpi = Fjern dette nøgletal
plan-remove-activity = Fjern denne aktivitet
plan-remove-goal = Fjern dette mål
plan-remove-competitor = Fjern denne konkurrent
plan-remove-partner = Fjern denne partner
plan-remove-meeting = Fjern dette møde
plan-remove-review = Fjern denne gennemgang
plan-remove-referral = Fjern denne reference
plan-meeting = Møde
plan-every-days = Hver (dage)
plan-our-people = Vores folk
plan-their-people = Deres folk
plan-agenda = Dagsorden
plan-last-held = Sidst afholdt
plan-next-due = Næste gang
plan-start = Start
plan-end = Slut
plan-value-year = Værdi / år
plan-year = År
plan-kpi = Nøgletal
plan-partner = Partner
plan-role = Rolle
plan-where-they-strong = Hvor de er stærke
plan-business-units-2 = Ved forretningsenheder
plan-who = Hvem
plan-gave = Gav
plan-date = Dato
plan-what = Hvad
plan-profitability = Rentabilitet %
plan-reviewer = Gennemgået af
plan-comments = Kommentarer
plan-referral = Reference
plan-testimonial = Udtalelse
plan-activity = Aktivitet
plan-due = Senest
plan-status-2 = Status

## src/app/views/plan/sections.rs
plan-business-units-yet = Ingen forretningsenheder endnu.
plan-goals-strategy-success = Mål, strategi og succesfaktorer
plan-overall-goal = Overordnet mål
plan-strategy = Strategi
plan-success-factors = Succesfaktorer
plan-notes = Noter
plan-key-activities = Nøgleaktiviteter
plan-penetration-matrix = Penetrationsmatrix
plan-our-history-them = Vores historik med dem
plan-what-they-have = Hvad de har købt
plan-kpis = Nøgletal
plan-relationship-goals = Relationsmål
plan-competitors-partners = Konkurrenter og partnere
plan-meeting-structure = Mødestruktur
plan-reviews = Gennemgange
plan-referrals-testimonials = Referencer og udtalelser
plan-business-units = Forretningsenheder
plan-unit = Enhed
plan-kind = Type
plan-part = Del af
plan-location = Sted
plan-knowing-client = At kende kunden
plan-their-products-services = Deres produkter, ydelser og markeder
plan-their-goals-strategy = Deres mål og strategi
plan-their-organisation = Deres organisation
plan-sources-web-annual = Kilder (web, årsrapporter, personer der kender dem)

## src/app/views/portfolio/matrix.rs
portfolio-portfolio-matrix = Porteføljematrix
portfolio-up-more-attractive = Op: mere attraktiv for os. Til højre: stærkere position (relationskriterier og andel af potentialet). Boble: nuværende omsætning. Klik på en boble for at åbne kunden.
portfolio-our-relative-strength = Vores relative styrke
portfolio-attractiveness-us = Attraktivitet for os
portfolio-bubble-colour-tier = Boblens farve: niveau
portfolio-tier-yet = intet niveau endnu
portfolio-develop-build-our = Udvikl: opbyg vores position
portfolio-key-invest-protect = Nøgle: invester og beskyt
portfolio-opportunistic-serve-efficiently = Opportunistisk: betjen effektivt
portfolio-maintain-keep-low = Vedligehold: behold, til lav pris

## src/app/views/portfolio/mod.rs
portfolio-portfolio = Portefølje
portfolio-sort-column-click = Sorter efter denne kolonne; klik igen for omvendt rækkefølge
portfolio-industry = Branche
portfolio-stage = Fase
portfolio-select-account = Vælg denne kunde
portfolio-some-criteria-scored = Nogle kriterier er ikke scoret endnu: åbn Scoring for at gøre det færdigt
portfolio-new-account = Ny kunde
portfolio-add-account = Tilføj kunde
portfolio-add-new-account = Tilføj en ny kunde til porteføljen
portfolio-delete-account = Slet kunde
portfolio-delete-selected-account = Slet den valgte kunde (Fortryd bringer den tilbage)
portfolio-open-map = Åbn kort
portfolio-show-selected-accounts = Vis den valgte kundes relationskort
portfolio-score-selected-account = Scor den valgte kunde
portfolio-open-plan = Åbn kundeplan
portfolio-show-selected-accounts-plan = Vis den valgte kundes plan
portfolio-account = Kunde
portfolio-revenue = Omsætning
portfolio-potential = Potentiale
portfolio-lead = Ansvarlig

## src/app/views/contact_form.rs
contact-none = (ingen)
contact-title = Titel
contact-email = E-mail
contact-phone = Telefon
contact-influence = Indflydelse
contact-1-little-say = 1 = lidt at skulle have sagt, 5 = bestemmer
contact-evidence = Belæg
contact-delete-contact = Slet kontakt
contact-delete-contact-their = Slet denne kontakt og deres relationslinjer (Fortryd bringer dem tilbage)
contact-political-status = Politisk position

## src/app/views/mod.rs
view-account-yet = Ingen kunde endnu
view-add-account-portfolio = Tilføj en kunde i Portefølje-visningen for at begynde.
view-kind-portfolio = Portefølje
view-kind-map = Kort
view-kind-scoring = Scoring
view-kind-plan = Kundeplan
view-kind-portfolio-tooltip = Alle kunder rangeret efter score og niveau
view-kind-map-tooltip = Kundens relationskort: hvem kender hvem
view-kind-scoring-tooltip = Scor kunden efter udvælgelseskriterierne
view-kind-plan-tooltip = Kundeplanen: kunden, dens enheder, team og mål

## src/app/views/map/forms.rs
map-account-team = Ikke med i kundeteamet
map-relationship = Relation
map-last-contact = Seneste kontakt
map-today = I dag
map-met-today = Mødtes i dag
map-date-write-2026 = Ikke en dato: skriv den som { $example }
map-skills = Kompetencer
map-role-account = Rolle hos denne kunde
map-remove-account = Fjern fra denne kunde
map-take-them-off = Tag dem af kundens team og kort, med deres linjer her
map-strength = Styrke
map-1-weak-5 = 1 = svag, 5 = stærk
map-note = Notat
map-swap-direction = Byt retning
map-turn-line-round = Vend linjen (hvem der rapporterer til, påvirker eller bevogter hvem)
map-delete-relationship = Slet relation
map-delete-line-undo = Slet denne linje (Fortryd bringer den tilbage)

## src/app/views/map/capture.rs
map-new-opportunity = Ny salgsmulighed
map-value-must-number = Værdien skal være et tal, f.eks. 250
map-add-opportunity = Tilføj salgsmulighed
map-add-value = Læg denne værdi til
map-replace-value-next = Erstat dens værdi og næste skridt
map-they-already-buy = De køber allerede dette af os: idéen bliver listet, matricens celle forbliver som den er.
map-business-unit = Forretningsenhed
map-product-service = Produkt eller ydelse
map-value-thousands = Værdi (tusinder)
map-owner-our-team = Ansvarlig i vores team

## src/app/views/map/interact.rs
map-new-contact = Ny kontakt

## src/app/views/map/toolbar.rs
map-filters = Filtre
map-show-only-some = Vis kun nogle forretningsenheder, niveauer, holdninger, brikker, teammedlemmer eller linjetyper
map-png-picture = PNG-billede…
map-map-see-twice = Kortet som du ser det, i dobbelt skærmopløsning
map-svg-drawing = SVG-tegning…
map-map-see-vector = Kortet som du ser det, som vektortegning med rigtig tekst
map-save-map-see = Gem kortet som du ser det til slides eller workshoppens referat
map-re-layout = Placer igen
map-lay-out-everyone = Sæt alle tilbage på deres enheds plads, også de fastgjorte (Fortryd sætter dem tilbage)
map-fold-squares = Fold felter sammen
map-show-crowded-squares = Vis brættets tætte felter som oversigter igen
map-add-contact = Tilføj kontakt
map-add-person-client = Tilføj en person hos kunden (eller dobbeltklik på det tomme kort)
map-add-team-member = Tilføj teammedlem
map-new-person-our = Ny person i vores team…
map-new-team-member = Nyt teammedlem
map-put-our-people = Sæt en af vores folk på kundens team
map-find-person = Find en person…
map-nobody-matches = Ingen passer
map-flag-key-people = Marker nøglepersoner, som ingen dækker, og kontakter, som kun én af os kender

## src/app/views/map/mod.rs
map-show-unit-node = Vis enheden som én knude med antal personer, nøglebrikker og dækning
map-right-click-business = Højreklik på en forretningsenhed for at folde den sammen
map-expand-all-units = Fold alle enheder ud
map-connect-now-click = Forbind: klik nu på den anden person (Esc afslutter)
map-connect-click-first = Forbind: klik på den første person (Esc afslutter)

## src/app/views/map/present.rs
map-opportunities-found-today = Salgsmuligheder fundet i dag: ingen endnu (N tilføjer en)
map-nobody-our-team = ingen i vores team
map-arrows = Pile
map-shift-arrows = Skift+pile

## src/app/views/map/filters.rs
map-all = Alle
map-business-unit-2 = Ingen forretningsenhed
map-relationship-kinds = Relationstyper
map-clear-filters = Ryd filtre
map-show-everyone-again = Vis alle igen
map-team-member = Teammedlem

## src/app/views/map/panel.rs
map-show-problems-panel = Vis problempanelet
map-how-do-we = Hvordan når vi dem?
map-light-up-warmest = Lys den varmeste vej op fra vores team til denne person
map-their-contacts-lit = Deres kontakter er lyst op på kortet.
map-click-person-line = Klik på en person eller en linje for at redigere den. Dobbeltklik på det tomme kort for at tilføje en kontakt.
map-pinned-where-put = Fastgjort, hvor du satte dem.
map-unpin = Løsn
map-let-re-layout = Lad Placer igen flytte dem igen
map-nobody-our-team-knows = Ingen i vores team kender dem.
map-warm-path-nobody = Ingen varm vej: ingen i vores team har forbindelse til dem, heller ikke gennem andre.
map-clear-path = Ryd vej
map-stop-highlighting-path = Stop med at fremhæve vejen (Esc)
map-coverage = Dækning
map-kings-queens-rooks = Konger, dronninger og tårne uden en relation med styrke 3 eller mere fra vores team
map-contacts-only-our = Kontakter, som kun én af vores folk kender
map-known-us-only = Kendt af kun én af os, uanset styrke: hvis den person rejser, mister vi dem. Nogen kan stå på begge lister: én svag linje.
map-relationships-2 = Relationer
map-relationships-yet-press = Ingen relationer endnu. Tryk C og klik på to personer for at forbinde dem.
map-edit-relationship = Rediger denne relation
map-people-2 = Personer

## src/app/views/scoring/model_editor.rs
scoring-scoring-model = Scoringsmodel
scoring-changes-here-draft = Ændringer her er en kladde, indtil du anvender dem; panelet til højre viser, hvem der ville skifte niveau.
scoring-most-key-accounts = Højeste antal nøglekunder et team kan betjene
scoring-portfolio-warns-when = Porteføljen advarer, når flere kunder end dette er på det øverste niveau (litteraturen siger 15–35)
scoring-criteria = Kriterier
scoring-move-up = Flyt op
scoring-move-down = Flyt ned
scoring-name = Navn
scoring-description = Beskrivelse
scoring-weight = Vægt
scoring-relative-weight-shares = Relativ vægt; andelene vises normeret til 100 %
scoring-which-axis-portfolio = Hvilken akse i porteføljematricen kriteriet måler
scoring-add-criterion = Tilføj kriterium
scoring-add-selection-criterion = Tilføj et udvælgelseskriterium
scoring-new-criterion = Nyt kriterium
scoring-what-1-3 = Hvad 1, 3 og 5 betyder
scoring-use-preset = Brug en skabelon
scoring-replace-tiers-olympic = Erstat niveauerne med olympiske, fodbold-, fly- eller A–D-niveauer
scoring-lowest-score-0 = Den laveste score (0–100), der når dette niveau
scoring-add-tier = Tilføj niveau
scoring-add-tier-below = Tilføj et niveau under de andre
scoring-new-tier = Nyt niveau
scoring-what-if = Hvad nu hvis
scoring-changes = Ingen ændringer.
scoring-change-weight-threshold = Ændr en vægt, en grænse eller niveauerne for at se, hvilke kunder der ville flytte.
scoring-account-would-change = Ingen kunde ville skifte niveau.
scoring-apply-changes = Anvend ændringer
scoring-make-these-changes = Foretag disse ændringer (ét trin at fortryde)
scoring-fix-errors-above = Ret fejlene ovenfor først
scoring-discard-changes = Kassér ændringer
scoring-go-back-model = Gå tilbage til den model, der er i brug
scoring-remove-criterion = Fjern dette kriterium
scoring-remove-criterion-scores = Fjern dette kriterium (dets scorer forsvinder, når du anvender)
scoring-remove-tier = Fjern dette niveau
scoring-score-2 = Fra score
scoring-service-tier-gets = Service niveauet får

## src/app/views/scoring/account_form.rs
scoring-current-revenue = Nuværende omsætning
scoring-potential-revenue = Potentiel omsætning
scoring-score = Score
scoring-scoring-model-has = Scoringsmodellen har ingen positiv vægt.
scoring-tier = Niveau
scoring-scored = ikke scoret
scoring-how-do-know = Hvordan ved du det?
scoring-tier-override = Manuelt niveau
scoring-missing-tier = (niveau mangler)
scoring-reason = Begrundelse
scoring-override-needs-reason = Et manuelt niveau kræver en begrundelse.
scoring-remove-override = Fjern manuelt niveau
scoring-let-score-decide = Lad scoren afgøre niveauet igen
scoring-score-decides-tier = Scoren afgør niveauet. Sæt kun et niveau i hånden med en begrundelse, alle kan læse.
scoring-why-tier = Hvorfor dette niveau?
scoring-override-tier = Sæt niveau i hånden
scoring-set-tier-hand = Sæt dette niveau i hånden
scoring-reason-required = En begrundelse er påkrævet.
scoring-criterion = Kriterium
scoring-evidence-how-do = Belæg (hvordan ved du det?)

## src/app/file_ops.rs
file-untitled = Uden navn
file-new-project = Nyt projekt
file-could-open-file = Filen kunne ikke åbnes.
file-could-save-project = Projektet kunne ikke gemmes.
file-excel-workbook = Excel-projektmappe
file-csv-spreadsheet = CSV-regneark
file-web-page = Webside
file-markdown = Markdown
file-could-export-plan = Kundeplanen kunne ikke eksporteres.
file-png-picture = PNG-billede
file-svg-drawing = SVG-tegning
file-could-export-map = Kortet kunne ikke eksporteres.
file-could-export-contacts = Kontakterne kunne ikke eksporteres.
file-could-export-ranking = Rangeringen kunne ikke eksporteres.

## src/app/account_picker.rs
picker-account = Kunde:
picker-find = Søg:
picker-type-few-letters = skriv et par bogstaver
picker-account-matches = Ingen kunde passer
picker-account-map-scoring = Den kunde, som visningerne Kort, Scoring og Kundeplan viser

## src/app/mod.rs
app-change-made = Ændringen blev ikke foretaget

## src/app/dialogs.rs
file-systems-file-dialog = systemets fildialog åbnede ikke
file-all-files = Alle filer
file-desktop-portal-zenity = ingen skrivebordsportal og ingen zenity på dette skrivebord

## src/app/recovery.rs
recovery-untitled-project = et projekt uden navn
recovery-could-write-recovery = Gendannelseskopien kunne ikke skrives; gem ofte
recovery-recovery-copy-cannot = Gendannelseskopien kan ikke læses.
recovery-restore-unsaved-work = Gendan ikke-gemt arbejde
recovery-restore-unsaved-work-2 = Gendan ikke-gemt arbejde?
recovery-open-changes-unsaved = Åbn den med ændringerne, ikke gemt: Gem beholder dem, Fortryd viser filen, som den sidst blev gemt
recovery-restore = Gendan
recovery-discard = Kassér
recovery-throw-unsaved-changes = Kassér de ikke-gemte ændringer

## src/app/settings.rs
settings-project-settings = Projektindstillinger
settings-project-name = Projektnavn
settings-shown-window-title = Vises i vinduets titel, i porteføljen og i hver eksport
settings-our-company = Vores virksomhed
settings-supplier-us-shown = Leverandøren: os. Vises under porteføljen og på eksporterede kundeplaner
settings-currency = Valuta
settings-what-revenues-counted = Hvad omsætningen regnes i (SEK, DKK, EUR, kr., …); vises ved beløb

## src/app/watch.rs
share-reload-file = Genindlæs filen
share-someone-else-saved = En anden har gemt filen: deres version vises
share-someone-else-saved-file = En anden har gemt filen.
share-bring-their-changes = Tag deres ændringer ind i dine nu; hvor I begge har ændret det samme, vælger du
share-merge-now = Flet nu
share-later = Senere
share-their-changes-merged = Deres ændringer flettes ind, når du gemmer

## src/app/sharing.rs
share-someone-else-saved-file-since = En anden har gemt filen, siden du åbnede den, og den kan ikke læses nu. Dit arbejde blev ikke gemt oven i den; brug Gem som for at beholde det i en anden fil.
share-someone-else-saved-file-meanwhile = En anden har gemt filen i mellemtiden: deres ændringer er flettet ind i dine
share-merge-changes-file = Flet ændringer fra filen
share-settle-merge-conflicts = Afgør fletningskonflikter
share-some-picks-could = Nogle valg kunne ikke anvendes:
share-someone-else-saved-file-2 = En anden har gemt filen
share-conflicts-settle = Konflikter at afgøre
share-their-changes-yours = Deres ændringer og dine er flettet. Hvor I begge har ændret det samme, vælg hvad der skal beholdes:
share-where = Hvor
share-yours = Dine
share-theirs = Deres
share-merge-save = Flet og gem
share-apply = Anvend
share-step-undo-takes = Ét trin: Fortryd tager det tilbage
share-nothing-saved-file = Intet gemmes, og filen forbliver, som de efterlod den; dine ændringer bliver her
share-keep-conflicts-listed = Behold konflikterne listet i filen til senere
share-saved-file-disk = Ikke gemt: filen på disken har en andens ændringer
share-someone-has-file = En anden har denne fil åben
share-changes-both-save = Ændringer, I begge gemmer, flettes felt for felt; hvor I begge ændrer det samme, vælger du.
share-look-without-changing = Se uden at ændre: Gem beder om en ny fil
share-open-read-only = Åbn skrivebeskyttet
share-open-anyway = Åbn alligevel
share-edit-too-saving = Rediger den også; når du gemmer, flettes ændringerne

## src/app/import.rs
import-into-account = Til kunde:
import-which-column-holds = Hvilken kolonne der indeholder hvad (Gambits gæt; ret det, hvor det er forkert):
import-otherwise-only-empty = Ellers udfyldes kun tomme felter hos kontakter, der allerede findes
import-replace-filled-fields = Erstat udfyldte felter med filens værdier
import-import = Importer
import-apply-import-step = Anvend importen som ét trin; Fortryd tager den tilbage
import-close-without-importing = Luk uden at importere
import-column-file = Kolonne i filen
import-goes = Havner i
import-first-rows = Første rækker
import-leave-out = (udelad)
import-import-do = Importen vil
import-everyone-file-already = Alle i filen findes allerede hos kunden: intet at importere.
import-contacts-imported-into = Kontakter importeres til en kunde: tilføj en kunde først (Portefølje > Tilføj kunde).
import-could-read-contacts = Kontakterne kunne ikke læses.
import-import-report = Importrapport
import-imported = Importeret

## src/analysis/penetration.rs
health-symbol = ?
health-buys = køber
health-opportunity = mulighed
health-competitor = konkurrent
health-n = ikke relevant

## src/model/enums.rs
piece-king-meaning = Beslutningstager / godkender (økonomisk køber)
piece-queen-meaning = Den mest magtfulde påvirker, kongens nærmeste rådgiver
piece-rook-meaning = Portvagt eller vetoindehaver: indkøb, økonomi, jura, IT-sikkerhed
piece-bishop-meaning = Teknisk evaluator eller specialist
piece-knight-meaning = Coach / fortaler, der giver os indsigt og introduktioner
piece-pawn-meaning = Bruger eller operativ kontakt
piece-unknown-meaning = Rollen er ikke kendt endnu
level-board = Bestyrelse / direktion
level-executive = Topledelse
level-senior-management = Ledelse
level-middle-management = Mellemledere
level-operational = Operativt niveau
piece-king = Konge
piece-queen = Dronning
piece-rook = Tårn
piece-bishop = Løber
piece-knight = Springer
piece-pawn = Bonde
piece-unknown = Ikke kendt endnu
stance-mentor = Mentor
stance-supporter = Tilhænger
stance-neutral = Neutral
stance-non-supporter = Ikke-tilhænger
stance-enemy = Modstander
stance-unknown = Ukendt
political-status-outside = Uden for den politiske struktur
political-status-in-structure = I den politiske struktur
political-status-inner-circle = Inderkredsen
rel-kind-knows = Kender / arbejder med
rel-kind-reports-to = Rapporterer til
rel-kind-influences = Påvirker
rel-kind-conflict = Konflikt
rel-kind-gatekeeps = Bevogter
lifecycle-stage-pre-sale = Før salget
lifecycle-stage-contract-negotiation = Kontraktforhandling
lifecycle-stage-implementation = Implementering / levering
lifecycle-stage-review = Evaluering
lifecycle-stage-operation = Drift
unit-kind-group-company = Koncernselskab
unit-kind-division = Division
unit-kind-department = Afdeling
unit-kind-subsidiary = Datterselskab
unit-kind-location = Sted
team-role-lead-account-manager = Hovedansvarlig KAM
team-role-executive-sponsor = Sponsor i ledelsen
team-role-mentor = Mentor
team-role-sales = Salg
team-role-service = Service
team-role-delivery = Levering
team-role-technical = Teknik

## src/model/map.rs
map-layout-force = Kraftlayout
map-layout-board = Brætlayout

## src/model/plan.rs
kpi-sales = Salg
kpi-turnover = Omsætning
kpi-profit = Overskud
kpi-profitability = Rentabilitet (%)
kpi-customer-satisfaction = Kundetilfredshed
kpi-service-level = Serviceniveau / leveringssikkerhed (%)
activity-status-planned = Planlagt
activity-status-in-progress = I gang
activity-status-done = Færdig
activity-status-dropped = Droppet
meeting-kind-internal = Internt (kundeteamet)
meeting-kind-strategic = Strategisk (med kunden)
meeting-kind-tactical = Taktisk (med kunden)
meeting-kind-operational = Operativt (med kunden)

## src/model/scoring.rs
score-axis-attractiveness = Attraktivitet
score-axis-strength = Vores styrke

## src/analysis/health.rs
level-stale = Forældet
level-missing = Mangler
level-soon = Snart
indicator-healthy = Sund
indicator-needs-attention = Kræver opmærksomhed
indicator-stale = Forældet

## src/interchange/columns.rs
field-full-name = Fulde navn
field-first-name = Fornavn
field-last-name = Efternavn
field-title = Titel
field-company = Virksomhed
field-department = Afdeling
field-email = E-mail
field-phone = Telefon
field-reports-to = Rapporterer til
field-owner = Kontaktansvarlig
field-level = Niveau
field-piece = Brik
field-stance = Holdning
field-influence = Indflydelse
field-notes = Noter

## src/interchange/decode.rs
text-encoding-utf8 = UTF-8
text-encoding-utf8-mended = UTF-8 (enkelte byte læst som Windows-1252)
text-encoding-utf16-be = UTF-16
text-encoding-windows1252 = Windows-1252

## src/app/actions.rs
scope-app-title = Overalt
scope-map-title = På kortet
scope-wall-title = Når kortet præsenteres (F5)
scope-audience-title = I publikumsvinduet
action-new = Ny
action-new-tip = Start et nyt, tomt projekt
action-open = Åbn…
action-open-tip = Åbn en projektfil (.kam)
action-save = Gem
action-save-tip = Gem projektet i dets fil
action-save-as = Gem som…
action-save-as-tip = Gem projektet i en ny fil
action-undo = Fortryd
action-undo-tip = Fortryd den seneste ændring
action-redo = Annuller fortryd
action-redo-tip = Gentag den senest fortrudte ændring
action-import-contacts = Importer kontakter…
action-import-contacts-tip = Hent kundens personer ind fra en CRM- eller regnearkseksport (CSV eller Excel)
action-export-map-png = Eksporter kortet som PNG…
action-export-map-png-tip = Kortet som du ser det, som et billede i dobbelt skærmopløsning, til slides
action-export-map-svg = Eksporter kortet som SVG…
action-export-map-svg-tip = Kortet som du ser det, som vektortegning med rigtig tekst, til slides
action-present = Præsenter kortet
action-present-tip = Fuld skærm, stor tekst, til en workshopvæg (F5 eller Esc forlader)
action-audience-window = Publikumsvindue
action-audience-window-tip = Et andet vindue med kortet til projektoren (F11 dér: fuld skærm); redigeringen bliver her
action-help = Tastaturgenveje
action-help-tip = Alle taster Gambit kender, og hvor de virker
action-quit = Afslut
action-quit-tip = Luk Gambit
action-find = Find en person
action-find-tip = Skriv et navn eller en titel; Enter viser det første match
action-connect = Forbind
action-connect-tip = Klik på to personer for at tegne en relation mellem dem. Hold Skift nede ved andet klik for at tegne en til; Esc afslutter
action-legend = Signaturforklaring
action-legend-tip = Forklar hver farve, form og linje
action-key-people = Nøglepersoner
action-key-people-tip = Kun konger, dronninger, tårne og vores team, med linjerne mellem dem
action-layout = Bræt / kraftlayout
action-layout-tip = Skift mellem skakbrættet (rækker er niveauer, linjer er forretningsenheder) og kraftlayoutet
action-fit = Tilpas
action-fit-tip = Få hele kortet ind i visningen
action-zoom-in = Zoom ind
action-zoom-in-tip = Zoom ind på kortets midte
action-zoom-out = Zoom ud
action-zoom-out-tip = Zoom ud fra kortets midte
action-pan = Panorer
action-pan-tip = Flyt kortet (eller træk i det tomme kort, eller brug hjulet)
action-delete = Slet
action-delete-tip = Slet markeringen (Fortryd bringer den tilbage)
action-cancel = Annuller
action-cancel-tip = Afslut forbindelsen, så den viste vej, så markeringen
action-spotlight-next = Næste i spotlyset
action-spotlight-next-tip = Sæt spotlyset på den næste i vores team eller blandt deres nøglebrikker
action-spotlight-next-hint = spotlys
action-spotlight-back = Forrige i spotlyset
action-spotlight-back-tip = Sæt spotlyset på den forrige
action-spotlight-switch = Team / nøglebrikker
action-spotlight-switch-tip = Spotlys på deres nøglebrikker (konger, dronninger, tårne) og hvem der dækker dem; igen for vores team
action-spotlight-switch-hint = team / nøglebrikker
action-spotlight-off = Spotlys fra
action-spotlight-off-tip = Lys alle op igen
action-spotlight-off-hint = fra
action-capture = Ny salgsmulighed
action-capture-tip = Fang en salgsmulighed, rummet fandt: enhed, produkt, værdi, ansvarlig, næste skridt
action-capture-hint = ny salgsmulighed
action-wall-fit = Tilpas
action-wall-fit-tip = Få hele kortet op på væggen
action-wall-fit-hint = tilpas
action-wall-zoom-in = Zoom ind
action-wall-zoom-in-tip = Zoom ind på kortets midte
action-wall-zoom-in-hint = zoom
action-wall-zoom-out = Zoom ud
action-wall-zoom-out-tip = Zoom ud fra kortets midte
action-wall-pan = Panorer
action-wall-pan-tip = Flyt kortet på væggen
action-wall-pan-hint = panorer
action-wall-legend = Signaturforklaring
action-wall-legend-tip = Vis eller skjul signaturforklaringen på væggen
action-wall-legend-hint = signaturforklaring
action-wall-theme = Lys / mørk
action-wall-theme-tip = Skift projektorens tema mellem lyst og mørkt
action-wall-theme-hint = lys / mørk
action-leave-presentation = Forlad
action-leave-presentation-tip = Forlad præsentationen, tilbage til redigeringen
action-leave-presentation-hint = forlad
action-full-screen = Fuld skærm
action-full-screen-tip = Publikumsvinduet i fuld skærm, eller ikke
action-leave-full-screen = Forlad fuld skærm
action-leave-full-screen-tip = Tilbage til et vindue

## src/app/views/scoring/mod.rs
scoring-score-account = Scor denne kunde
scoring-score-selected-account = Scor den valgte kunde efter hvert kriterium
scoring-criteria-weights-tiers = Kriterier, vægte og niveauer for alle kunder

## src/command/mod.rs
undo-edit-project = Rediger projekt
undo-edit-team-member = Rediger teammedlem
undo-delete-team-member = Slet teammedlem
undo-edit-product = Rediger produkt
undo-delete-product = Slet produkt
undo-restore-account = Gendan kunde
undo-edit-account = Rediger kunde
undo-edit-business-unit = Rediger forretningsenhed
undo-delete-business-unit = Slet forretningsenhed
undo-edit-contact = Rediger kontakt
undo-edit-relationship = Rediger relation
undo-score-criterion = Scor kriterium
undo-edit-account-team = Rediger kundeteam
undo-remove-account = Fjern fra kunden
undo-delete-selection = Slet markering
undo-edit-plan = Rediger kundeplan
undo-edit-scoring-model = Rediger scoringsmodel
undo-show-board-layout = Vis brætlayout
undo-show-force-layout = Vis kraftlayout
undo-move-people = Flyt personer

## src/export/plan.rs
export-profitability = Rentabilitet
export-sources = Kilder
export-buying-opportunity = Køber / mulighed
export-white-space-nobody = '?' er en hvid plet: ingen i vores team ved det endnu.
export-nothing-missing-stale = Intet mangler eller er forældet.
export-person = Person
export-stance-now-target = Holdning nu -> mål
export-us-who-should = Af os, der bør kende dem
export-how = Hvordan
export-at = Ved
export-revenue-us = Omsætning hos os
export-why-tier-set = Hvorfor niveauet er sat i hånden
export-how-often = Hvor ofte

## src/model/scoring_defaults.rs
model-yearly-revenue-us = Årlig omsætning hos os i dag.
model-small-share-our = Lille andel af vores salg
model-among-our-top = Blandt vores 50 største kunder
model-among-our-top-10 = Blandt vores 10 største kunder
model-revenue-we-could = Omsætning vi kan nå inden for tre år.
model-little-room-grow = Lidt plads til vækst
model-could-double = Kan fordobles
model-could-grow-several = Kan vokse flere gange
model-organisational-complexity = Organisatorisk kompleksitet
model-group-many-companies = En koncern med mange selskaber, enheder og lokationer.
model-site-buyer = Én lokation, én køber
model-several-units-buy = Flere enheder køber hver for sig
model-multinational-group-many = Multinational koncern, mange enheder
model-need-several-offerings = Behov for flere tilbud
model-how-many-our = Hvor mange af vores produkter og ydelser de har brug for.
model-product = Ét produkt
model-two-three-lines = To eller tre produktområder
model-most-our-portfolio = Det meste af vores sortiment
model-reference-value = Referenceværdi
model-value-reference-multiplier = Værdi som reference eller multiplikator på markedet.
model-unknown-market = Ukendt på markedet
model-known-their-niche = Kendt i deres niche
model-market-leader-others = Markedsleder, som andre følger
model-margin-we-earn = Den margin vi tjener efter omkostningen ved at betjene dem.
model-loss-making = Tabsgivende
model-average-margin = Gennemsnitlig margin
model-well-above-average = Klart over gennemsnitlig margin
model-strategic-fit = Strategisk match
model-fit-our-strategy = Match med vores strategi og målmarkeder.
model-outside-our-focus = Uden for vores fokus
model-partly-focus = Delvist i fokus
model-core-our-strategy = Kernen i vores strategi
model-relationship-quality = Relationskvalitet
model-depth-breadth-our = Dybde og bredde i vores relationer.
model-contact-transactional = Én kontakt, transaktionel
model-several-contacts-trusted = Flere kontakter, tillid
model-partner-executive-level = Partner på ledelsesniveau
model-olympic = Olympisk
model-gold = Guld
model-dedicated-account-team = Eget kundeteam, sponsor i ledelsen, kundeplanen gennemgås to gange om året.
model-silver = Sølv
model-named-account-manager = Navngiven key account manager, årlig kundeplan og gennemgang.
model-bronze = Bronze
model-served-regional-sales = Betjenes af det regionale salgsteam med standardservice.
model-football = Fodbold
model-premier = Superligaen
model-1st-division = 1. division
model-2nd-division = 2. division
model-airline = Fly
model-first = Første klasse
model-dedicated-team-executive = Eget team, sponsor i ledelsen, fælles strategidage, kundeplanen gennemgås to gange om året.
model-club = Klubklasse
model-named-account-manager-yearly = Navngiven key account manager, årlig kundeplan, kvartalsvise forretningsgennemgange.
model-economy = Økonomiklasse
model-named-contact-inside = Navngiven kontakt i indesalget, standardservice.
model-standby = Stand-by
model-served-request-through = Betjenes efter behov via webshop og support; fuldt tilfredse, udvikles ikke.
model-key-account-dedicated = Nøglekunde: eget team og en levende kundeplan.
model-development-account-named = Udviklingskunde: navngiven ansvarlig, årlig kundeplan.
model-maintain-regional-sales = Vedligehold: regionalt salg, standardservice.
model-serve-efficiently-through = Betjen effektivt via indesalg og webshoppen.

## manual
map-force-layout-tip = Hver forretningsenhed har sin egen plads, nøglepersonerne i midten; træk personer for at fastgøre dem
map-board-layout-tip = Skakbrættet: rækker er niveauer, linjer er forretningsenheder
menu-undo-named = Fortryd: { $action }
menu-redo-named = Annuller fortryd: { $action }
status-warnings = { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
}
status-errors-warnings = { $errors ->
    [one] 1 fejl
   *[other] { $errors } fejl
}, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
}
portfolio-company-accounts = { $company } · { $accounts ->
    [one] 1 kunde
   *[other] { $accounts } kunder
}
portfolio-tier-count = { $tier }: { $accounts }
portfolio-untiered-count = Intet niveau endnu: { $accounts }
portfolio-tiers-summary = Niveauer: { $tiers }
portfolio-too-many-key-accounts = { $accounts } nøglekunder: flere end de { $limit }, et team kan betjene. Hæv barren eller grænsen i scoringsmodellen.
portfolio-tier-overridden = { $tier } (manuelt)
portfolio-not-placed = Ikke placeret, fordi nogle kriterier ikke er scoret: { $accounts }
plan-no-opportunities-hint = Ingen salgsmuligheder endnu. Præsenter kortet ({ $present }); { $capture }: fang en
plan-opportunities-total = Salgsmuligheder: { $count } · { $total }
plan-white-space-cells = { $cells ->
    [one] 1 celle er en hvid plet
   *[other] { $cells } celler er hvide pletter
}
plan-people-we-know-at = Personer vi kender hos { $unit }
plan-agreement-ends-in = { $days ->
    [one] udløber om 1 dag
   *[other] udløber om { $days } dage
}
plan-owner-of = Ansvarlig for { $activity }
plan-status-of = Status for { $activity }
plan-covered-by-us = { $people } af os
plan-date-overdue = { $date } (forsinket)
plan-next-review-overdue = Næste gennemgang: { $date } (forsinket)
plan-next-review-on = Næste gennemgang: { $date }
plan-heading = Kundeplan — { $account }
plan-health-is = Planens sundhed: { $state }
contact-missing-unit-mark = (enhed mangler)
map-our-team-of = Vores team · { $company }
map-no-unit-matches = Ingen forretningsenhed passer til »{ $typed }«
map-no-product-matches = Intet produkt eller ydelse passer til »{ $typed }«
map-no-member-matches = Ingen i vores team passer til »{ $typed }«
map-cell-has-opportunity = Denne enhed og dette produkt har allerede en salgsmulighed ({ $value })
map-competitor-supplies-cell = En konkurrent leverer dette ({ $competitor }): idéen bliver listet, matricens celle forbliver som den er.
map-expand-unit = Fold { $unit } ud
map-collapse-unit = Fold { $unit } sammen
map-people-count = { $people ->
    [one] 1 person
   *[other] { $people } personer
}
wall-caption-hint = { $account } — Piletaster: spotlys på vores team · K: deres nøglebrikker
wall-caption-member = { $name } — { $people ->
    [one] 1 person de kender her
   *[other] { $people } personer de kender her
}
wall-caption-contact = { $name } ({ $piece }) — dækket af: { $covered }
map-problems-in-project = { $problems ->
    [one] 1 problem i projektet
   *[other] { $problems } problemer i projektet
}
map-people-selected = { $people } personer valgt: træk én for at flytte dem alle, Delete sletter dem
map-covered-by = Dækket af: { $members }
map-how-we-reach-person = Hvordan vi når { $name }
map-uncovered-key-count = Nøglepersoner som ingen dækker ({ $people })
map-coverage-rule = En konge, dronning eller et tårn er dækket, når én af os har en linje med styrke { $strength } eller mere til dem.
map-single-threaded-count = Kun én kontaktvej ({ $people })
map-person-left = { $person } (er stoppet)
scoring-tiers-named = Niveauer: { $tiers }
scoring-accounts-would-move = { $accounts ->
    [one] 1 kunde ville skifte niveau:
   *[other] { $accounts } kunder ville skifte niveau:
}
scoring-heading = Scoring — { $account }
scoring-score-of-100 = Score: { $score } / 100
scoring-incomplete = Scoren er ufuldstændig: { $criteria ->
    [one] 1 kriterium er ikke scoret endnu
   *[other] { $criteria } kriterier er ikke scoret endnu
}
scoring-tier-is = Niveau: { $tier }
scoring-tier-overridden = { $line } (manuelt: { $reason })
scoring-no-tier = Niveau: —
scoring-set-by-hand = Sat i hånden til { $tier }
file-own-dialog-because = Gambits egen fildialog bruges ({ $reason })
wall-window-title = Gambit publikumsvisning — { $account }
view-more-matches = … { $more } mere: skriv for at indsnævre
file-opened-name = Åbnede { $name }
file-opened-with-problems = Åbnede { $name } ({ $problems ->
    [one] 1 problem fundet
   *[other] { $problems } problemer fundet
})
file-saved-to = Gemte { $path }
file-exported-to = Eksporterede { $path }
file-exported-some-revenues-empty = { $status } (nogle omsætninger er ikke tal og blev efterladt tomme)
file-read-only-mark = (skrivebeskyttet)
recovery-restored-of = Gendannede ikke-gemt arbejde i { $name }
recovery-closed-without-saving = Gambit lukkede uden at gemme ændringerne i { $name }.
share-merged-renumbered = En anden har gemt filen i mellemtiden: deres ændringer er flettet ind i dine ({ $records ->
    [one] 1 post omnummereret
   *[other] { $records } poster omnummereret
})
share-user-has-it-open = { $user } har den åben siden { $since }
share-user-on-host-has-it-open = { $user } ({ $host }) har den åben siden { $since }
map-region-caption-known = { $unit } ({ $people } · { $known } kendte)
map-known-by-us = { $people } kendt af os
import-file-rows = { $file }: { $rows ->
    [one] 1 række
   *[other] { $rows } rækker
}, { $read_as }
import-more-in-report = { $more } mere i rapporten efter importen
menu-language = Sprog
menu-language-tip = Sproget for al tekst i Gambit og dets eksporter; huskes til næste start
menu-language-changed = Gambit taler dansk nu
map-contacts-and-lines = { $contacts ->
    [one] 1 kontakt
   *[other] { $contacts } kontakter
} · { $lines ->
    [one] 1 relation
   *[other] { $lines } relationer
}
wall-opportunities-today = Salgsmuligheder fundet i dag: { $count } · værd { $total }
health-section-goals = Mål og strategi
health-section-client = At kende kunden
health-section-kpis = Nøgletal
health-section-activities = Nøgleaktiviteter
health-section-relationship-goals = Relationsmål
health-section-meetings = Mødestruktur
health-section-matrix = Penetrationsmatrix
health-section-reviews = Gennemgange
health-section-agreements = Aftaler
health-section-relationships = Relationer
health-goals-empty = intet overordnet mål endnu
health-economics-empty = ingen tal om kundens forretning endnu
health-kpis-empty = ingen nøgletal endnu
health-activities-empty = ingen nøgleaktiviteter endnu
health-relationship-goals-empty = ingen relationsmål endnu
health-meetings-empty = ingen planlagte møder endnu
health-matrix-empty = intet markeret i matricen endnu
health-never-reviewed = Planen er aldrig blevet gennemgået
health-review-overdue = Gennemgangen er forsinket siden { $due } (seneste gennemgang { $last })
health-activity-overdue = »{ $activity }« skulle være færdig { $due }
health-agreement-ended = »{ $agreement }« udløb { $end }
health-agreement-ends = »{ $agreement }« udløber { $end }, { $days ->
    [one] om 1 dag
   *[other] om { $days } dage
}
health-meeting-overdue = { $kind ->
    [internal] Internt møde
    [strategic] Strategisk møde
    [tactical] Taktisk møde
   *[operational] Operativt møde
} forsinket siden { $due }
health-meeting-never-held = { $kind ->
    [internal] Internt møde
    [strategic] Strategisk møde
    [tactical] Taktisk møde
   *[operational] Operativt møde
} aldrig afholdt
health-never-met = Intet registreret møde med { $name } ({ $piece })
file-name-ranking = { $project } rangering { $date }
file-name-contacts = { $account } kontakter { $date }
file-name-plan = { $account } kundeplan { $date }
plan-cell-spoken = { $product } hos { $unit }
plan-goal-person = Person
plan-goal-stance-now = Holdning nu
plan-goal-target-stance = Ønsket holdning
plan-goal-covered-now = Dækket nu
plan-goal-how = Hvordan
export-plan-title = Kundeplan: { $account }
export-plan-subtitle = { $company } · pr. { $date }
export-score-of-100 = { $score } / 100
export-status-overdue = { $status } (FORSINKET)
export-stance-change = { $now } -> { $target }
export-every-days = { $days ->
    [one] hver dag
   *[other] hver { $days }. dag
}
export-found-worth = { $count } til en værdi af { $total }
export-score-and-tier = Score og niveau
ranking-incomplete = ufuldstændig ({ $missing } mangler)
ranking-no-model = ingen model
export-score-incomplete = ufuldstændig
piece-king-letter = K
piece-queen-letter = D
piece-rook-letter = T
piece-bishop-letter = L
piece-knight-letter = S
piece-pawn-letter = B
piece-unknown-letter = ?
model-tier-a = A
model-tier-b = B
model-tier-c = C
model-tier-d = D
id-member = teammedlem nr. { $n }
id-product = produkt nr. { $n }
id-account = kunde nr. { $n }
id-unit = enhed nr. { $n }
id-contact = kontakt nr. { $n }
id-relationship = relation nr. { $n }
id-criterion = kriterium nr. { $n }
id-tier = niveau nr. { $n }
check-error = fejl
check-warning = advarsel
check-id-used-twice = { $id } bruges mere end én gang
check-out-of-scale = { $what } er { $value }, men skal være { $min } til { $max }
check-what-score = scoren
check-what-influence = indflydelsen
check-what-strength = styrken
check-at-team-members = teammedlemmer
check-at-products = produkter
check-at-accounts = kunder
check-control-character = { $field } indeholder et kontroltegn ({ $code }) i linje { $line }, kolonne { $column }; fjern det
check-not-a-number = { $field } er { $value }, hvilket ikke er et tal; skriv et tal der
check-noncharacter = { $field } indeholder { $code } på linje { $line }, kolonne { $column }, en kode der ikke er et tegn (filer, SVG og HTML kan ikke bære den); fjern den
check-too-long = { $field } er { $length } tegn langt; det må højst være { $limit }
check-at-account-number = kunde { $n }
check-at-account = kunde »{ $name }«
check-at-contact-number = kontakt { $n }
check-at-record = { $id } »{ $name }«
check-at-project = projektet
check-at-criteria = scoringskriterier
check-at-tier-scheme = niveauskema
check-at-criterion = kriterium »{ $name }«
check-negative-weight = vægten er { $weight }, men skal være nul eller mere
check-at-scoring-model = scoringsmodel
check-all-weights-zero = alle kriteriers vægte er nul, så ingen kunde kan scores
check-no-tiers = har ingen niveauer, så ingen kunde får et niveau
check-at-tier = niveau »{ $name }«
check-threshold-range = grænsen er { $threshold }, men skal være 0 til 100
check-threshold-order = grænsen { $threshold } skal ligge under grænsen { $above } for »{ $tier }« ovenover (niveauerne går fra bedst)
check-at-units = forretningsenheder
check-at-contacts = kontakter
check-at-relationships = relationer
check-at-score-for = scoren for { $criterion }
check-refers-to-missing = henviser til { $id }, som ikke findes
check-at-tier-override = manuelt niveau
check-override-needs-reason = et manuelt niveau kræver en begrundelse
check-at-account-team = kundeteam
check-refers-to-missing-person = henviser til { $id }, som ikke findes
check-at-position-of = kort > position for { $person }
check-position-range = er ({ $x }, { $y }); en position skal være et endeligt tal inden for ±{ $max }
check-at-map = kort
check-position-of-missing = har en position for { $id }, som ikke findes (den ignoreres)
check-negative-revenue = omsætningen { $revenue } skal være nul eller mere
check-at-plan = kundeplan
check-at-activity = aktivitet »{ $name }«
check-owner-missing = ansvarlig { $id } findes ikke
check-cell-missing = henviser til { $product } hos { $unit }, som ikke findes
check-at-competitor = konkurrent »{ $name }«
check-at-agreement = aftale »{ $name }«
check-ends-before-start = slutter ({ $end }) før den begynder ({ $start })
check-at-unit = enhed »{ $name }«
check-parent-missing = overordnet enhed { $id } findes ikke
check-unit-cycle = er sin egen overordnede gennem en cirkel af overordnede enheder
check-no-name = har intet navn
check-unit-missing = forretningsenhed { $id } findes ikke
check-line-to-self = forbinder en person med sig selv
check-reporting-cycle = rapporteringscirkel: { $people } -> tilbage til den første
check-reporting-cycle-also = rapporteringscirkel: { $people } -> tilbage til den første; også fanget i den: { $also }
check-at-reporting-lines = rapporteringslinjer
check-at-relationship-goals = relationsmål
check-at-referrals = referencer
check-at-matrix = penetrationsmatrix
check-at-opportunities = salgsmuligheder
cli-check-summary = { $file }: { $accounts ->
    [one] 1 kunde
   *[other] { $accounts } kunder
}, { $errors ->
    [one] 1 fejl
   *[other] { $errors } fejl
}, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
}
cli-already-current = { $file }: allerede i formatversion { $version }; ikke ændret
cli-unknown-format = et ukendt format
cli-format-version = formatversion { $version }
cli-migrated = { $file }: migreret fra { $from } til { $version }; den gamle fil er { $backup }
cli-renumbered = { $file }: begge sider tilføjede { $record }; den ene er nu { $now }
cli-conflict = konflikt: { $place }: vores { $ours }, deres { $theirs }
cli-conflicts-left = { $conflicts ->
    [one] 1 konflikt tilbage; åbn filen i Gambit for at afgøre den
   *[other] { $conflicts } konflikter tilbage; åbn filen i Gambit for at afgøre dem
}
cli-plan-written = kundeplanen for { $account } skrevet
cli-no-accounts = projektet har ingen kunder
cli-closest = nærmest: { $names }
cli-no-such-account = { $file }: ingen kunde hedder »{ $name }«; { $hint }
cli-map-written = kortet over { $account } skrevet som { $format } ({ $people ->
    [one] 1 person
   *[other] { $people } personer
})
cli-error-not-changed = { $error }; { $file } ikke ændret
cli-columns = kolonner: { $columns }
cli-nothing-new = { $file }: intet nyt for { $account }; ikke ændret
cli-saved = { $file }: gemt; den tidligere version er { $backup }
cli-contacts-written = { $contacts } kontakter hos { $account } skrevet
cli-relationships-written = { $lines } relationer hos { $account } skrevet
cli-with-relationships = { $done }, med deres relationer
cli-revenues-not-numbers = { $file }: advarsel: { $accounts ->
    [one] 1 kunde har en omsætning, der ikke er et tal; efterladt tom i tabellen
   *[other] { $accounts } kunder har en omsætning, der ikke er et tal; efterladt tomme i tabellen
}
cli-accounts-ranked = { $accounts } kunder rangeret
cli-workbook-failed = { $file }: projektmappen kunne ikke laves: { $error }
cli-file-rows = { $file }: { $rows ->
    [one] 1 række
   *[other] { $rows } rækker
}, læst som { $read_as }
load-cannot-read = { $path }: filen kan ikke læses: { $error }
load-too-large = { $path }: filen er { $size } byte, mere end de { $limit } byte et projekt må være
load-empty = { $path }: filen er tom
export-over-open-project = { $path }: er det åbne projekt eller dets sikkerhedskopi; en eksport skriver aldrig over det. Vælg et andet navn
export-over-a-project = { $path }: er et Gambit-projekt; en eksport skriver aldrig over et projekt. Vælg et andet navn
cli-changed-meanwhile-merged = { $file }: en anden gemte den i mellemtiden; deres ændringer er flettet ind
cli-changed-meanwhile-conflict = { $file }: en anden gemte den i mellemtiden og ændrede { $conflicts } af de samme felter; intet blev gemt. Kør kommandoen igen
cli-changed-meanwhile-unreadable = { $file }: en anden gemte den i mellemtiden, og den kan ikke læses nu ({ $error }); intet blev gemt
cli-not-a-number-at = { $file }:{ $line }:{ $column }: { $field } er skrevet som { $value }, hvilket ikke er et tal
file-opened-cannot-save = Projektet blev åbnet, men Gambit kan ikke gemme det, som det er: skrevet ud ville det blive større, end en projektfil må være. Fjern kunder eller kontakter, eller del porteføljen i to filer, før du regner med at kunne gemme.
load-not-a-file = { $path }: er ikke en fil (en mappe, rørledning eller enhed); Gambit åbner kun almindelige filer
load-not-text = { $path }: ikke et Gambit-projekt: filen er ikke tekst (ugyldig UTF-8 ved byte { $byte })
load-utf16 = { $path }: ikke et Gambit-projekt: filen er UTF-16-tekst; Gambit-filer er UTF-8 (åbn originalen, eller gem den igen som UTF-8)
load-no-version = { $path }: ikke et Gambit-projekt: feltet format_version mangler
load-newer-version = { $path }: skrevet af en nyere Gambit (formatversion { $found }; denne Gambit læser op til { $version }). Opdater Gambit for at åbne den; filen blev ikke ændret
load-unknown-version = { $path }: formatversion { $found } er ikke en version, Gambit nogensinde har skrevet
load-nested-too-deep = data er indlejret dybere end de { $limit } niveauer, et projekt må have
save-cannot-write = projektet kan ikke skrives: { $error }
save-failed = { $path }: kan ikke gemme: { $error }
save-read-only = { $path }: kan ikke gemme: filen er skrivebeskyttet; brug Gem som for at gemme en kopi et andet sted
save-newer-version = { $path }: kan ikke gemme: filen der blev skrevet af en nyere Gambit (formatversion { $found }; denne Gambit skriver { $version }); brug Gem som, så den ikke overskrives
save-too-large = { $path }: kan ikke gemme: projektet ville blive { $size } byte, mere end de { $limit } byte en projektfil må være

## Import reports, tables, map pictures and merges
import-count-added = { $n } tilføjet
import-count-updated = { $n } opdateret
import-count-unchanged = { $n } fandtes allerede
import-count-skipped = { $n } sprunget over
import-count-lines = { $n ->
    [one] 1 ny linje
   *[other] { $n } nye linjer
} ({ $reporting } rapporteringslinjer, { $ours } vores)
import-count-units = { $n ->
    [one] 1 ny forretningsenhed
   *[other] { $n } nye forretningsenheder
}
import-rows-added = tilføjet: { $rows }
import-rows-updated = opdateret: { $rows }
import-rows-unchanged = fandtes allerede: { $rows }
import-row-skipped = række { $row }: sprunget over: { $why }
import-row-filled = række { $row }: { $name }: udfyldte { $fields }
import-row-note = række { $row }: { $name }: { $note }
import-new-units = nye forretningsenheder: { $units }
import-joined-team = kom med i kundeteamet (som { $role }): { $names }
import-unmatched-manager = lederen »{ $name }« er ikke blandt kontakterne; ingen rapporteringslinje ({ $rows })
import-unmatched-owner = den ansvarlige »{ $name }« er ikke en af os; ingen linje tegnet ({ $rows })
import-rows-named = { $count ->
    [one] række
   *[other] rækker
} { $rows }
import-error-no-account = { $id } findes ikke
import-error-no-rows = har en overskriftsrække men ingen kontakter under den
import-error-invalid = importen ville efterlade projektet med fejl, så intet blev importeret: { $problems }
import-note-cut = { $field } afkortet til { $max } tegn
import-note-notes-cut = noterne afkortet til den længste tekst et projekt kan rumme
import-skip-no-name = intet navn
import-skip-long-name = navnet er { $length } tegn langt; et navn kan højst have { $max }
import-note-same-person = samme person som række { $row }
import-skip-ambiguous = { $count } kontakter hedder »{ $name }«; en kolonne med e-mail ville vise, hvem det er
import-note-unknown-value = { $what } »{ $value }« kender Gambit ikke; efterladt som den var
import-note-influence = indflydelse »{ $value }« er ikke 1 til 5; efterladt som den var
report-field-title = titel
report-field-email = e-mail
report-field-phone = telefon
report-field-notes = noter
report-field-business-unit = forretningsenhed
report-field-piece = brik
report-field-stance = holdning
report-field-level = niveau
report-field-influence = indflydelse
import-manager-ambiguous = { $count } kontakter hedder »{ $name }«; ingen rapporteringslinje tegnet
import-note-own-manager = er angivet som sin egen leder; ingen rapporteringslinje
import-note-has-manager = rapporterer allerede til en anden på kortet; »{ $manager }« ikke tilføjet som leder
import-owner-line-note = Kontaktansvarlig i CRM
import-note-cycle = rapporteringslinjen til { $boss } udeladt: den ville lukke en rapporteringscirkel
import-no-name-column = ingen kolonne indeholder kontakternes navne (ledte efter Navn, Fornavn, Efternavn, Full Name, Name, First Name, Last Name, Namn, Förnamn, Efternamn …); kolonnerne er { $columns }
read-error-io = { $path }: kan ikke læses: { $reason }
read-error-too-large = { $path }: er { $size } MB; Gambit læser kontaktlister på højst { $max } MB
read-error-empty = { $path }: indeholder ingen rækker (en tom fil eller et tomt ark)
read-error-binary = { $path }: er ikke en CSV- eller teksteksport: den indeholder binære data (ved byte { $byte }). Eksportér kontakterne som CSV eller Excel (.xlsx), og importér den
read-error-unclosed = { $path }: feltet i anførselstegn, der begynder på linje { $line }, lukkes aldrig, så resten af filen ville blive læst som én celle; ret anførselstegnene, og importér igen
read-error-workbook = { $path }: kan ikke læses som en projektmappe: { $reason }
workbook-too-many-parts = den består af { $count } dele, flere end en projektmappe har
workbook-too-many-strings = den har { $count } delte tekster; Gambit læser højst { $max }. Gem kontakterne som CSV, eller del projektmappen op
workbook-part-too-large = delen { $part } pakkes ud til mere end { $max } MB; mere læser Gambit ikke. Gem kontakterne som CSV, eller del projektmappen op
workbook-cell-too-long = delen { $part } har en tekst på mere end { $max } KB, længere end en celle i et regneark kan være
workbook-part-broken = delen { $part } kan ikke pakkes ud: { $reason }
workbook-area-too-large = arkene spænder over { $cells } celler (fjerne celler medregnet); Gambit læser højst { $max }. Slet de tomme rækker og kolonner frem til de fjerne celler, eller gem arket som .xlsx eller CSV
workbook-too-many-cells = arket fylder mere end { $cells } celler eller { $mb } MB tekst; mere læser Gambit ikke. Gem kontakterne som CSV, eller del arket op
workbook-table-too-large = tabellen er { $rows } rækker med { $columns } kolonner, flere end de { $max } celler Gambit læser. Slet ubrugte kolonner til højre for dataene, eller del arket op
read-error-no-sheet = { $path }: har intet ark med navnet »{ $name }«; dens ark: { $sheets }
table-read-as = { $encoding }-tekst adskilt af »{ $separator }«
table-read-as-tabs = { $encoding }-tekst adskilt af tabulatorer
table-read-as-sheet = arket »{ $name }«
table-column-n = Kolonne { $n }
sheet-too-many-rows = for mange rækker til et regneark
sheet-too-many-columns = for mange kolonner til et regneark
sheet-contacts = Kontakter
sheet-relationships = Relationer
sheet-ranking = Rangorden
rel-column-from = Fra
rel-column-from-email = Fra e-mail
rel-column-to = Til
rel-column-to-email = Til e-mail
rel-column-kind = Type
rel-column-strength = Styrke
rel-column-last-contact = Seneste kontakt
rel-column-note = Bemærkning
rank-column-rank = placering
rank-column-account = kunde
rank-column-industry = branche
rank-column-score = point
rank-column-tier = niveau
rank-column-override-reason = begrundelse_for_undtagelse
rank-column-current-revenue = nuværende_omsætning
rank-column-potential-revenue = potentiel_omsætning
rank-column-lead = ansvarlig
png-error-too-many-pixels = billedet ville blive { $width } x { $height } pixel, mere end de { $millions } millioner en PNG må have; eksportér en SVG i stedet
png-error-too-large = billedet ville blive for stort
png-error-cannot-make = kan ikke lave et billede på { $width }x{ $height }
png-error-encode = kan ikke kode PNG-filen: { $error }
png-error-invalid-svg = korttegningen er ikke gyldig SVG: { $error }
merge-place-unit = forretningsenhed »{ $name }«
merge-place-contact = kontakt »{ $name }«
merge-place-score = point for { $criterion }
merge-place-team-seat = plads i kundeteamet for { $member }
merge-place-position = kortposition for { $person }
merge-place-plan = kundeplan
merge-place-plan-entry = kundeplan > { $list } nr. { $n }
merge-place-project = projektet
merge-place-member = teammedlem »{ $name }«
merge-place-product = produkt »{ $name }«
merge-place-scoring = pointmodellen
merge-place-criterion = kriterium »{ $name }«
merge-place-tier = niveau »{ $name }«
merge-value-none = (intet)
merge-value-deleted = (slettet)
merge-value-changed = (ændret)
merge-value-kept = (beholdt: bruges stadig af den anden sides ændringer)
merge-error-gone = { $what } er ikke længere i projektet
merge-error-no-field = der er intet felt { $field }
merge-error-map-position = den kortposition
merge-error-plan-entry = den post i kundeplanen
merge-error-cannot-put-back = det kan ikke lægges tilbage
merge-error-cannot-delete = det kan ikke slettes

## The project file's keys in words (text problems, merge conflicts)
key-account = kunde
key-accounts = kunder
key-activities = aktiviteter
key-activity = aktivitet
key-actual = faktisk
key-agenda = dagsorden
key-agreement = aftale
key-agreements = aftaler
key-also = også
key-axis = akse
key-business-unit = forretningsenhed
key-buying = køber
key-category = kategori
key-client-goals = kundens mål
key-comments = kommentarer
key-competitor = konkurrent
key-competitors = konkurrenter
key-conflicts = konflikter
key-contact = kontakt
key-contacts = kontakter
key-criteria = kriterier
key-criterion = kriterium
key-currency = valuta
key-current-revenue = nuværende omsætning
key-cycle = cyklus
key-date = dato
key-description = beskrivelse
key-due = frist
key-economics = økonomi
key-email = e-mail
key-end = slut
key-every-days = hver (dage)
key-evidence = dokumentation
key-five = fem
key-format-version = formatversion
key-found = fundet
key-from = fra
key-has-left = er stoppet
key-how = hvordan
key-industry = branche
key-influence = indflydelse
key-kind = type
key-kpi = nøgletal
key-kpis = nøgletal
key-last-contact = seneste kontakt
key-last-held = sidst afholdt
key-layout = opstilling
key-level = niveau
key-lifecycle = livscyklus
key-lifecycle-stage = livscyklusfase
key-location = sted
key-map = kort
key-max-key-accounts = højst antal nøglekunder
key-meeting = møde
key-meetings = møder
key-member = teammedlem
key-members = teammedlemmer
key-min-score = laveste score
key-name = navn
key-next-step = næste skridt
key-note = bemærkning
key-notes = noter
key-offerings-and-markets = tilbud og markeder
key-one = en
key-opportunities = salgsmuligheder
key-opportunity = salgsmulighed
key-organisation = organisationen
key-our-company = vores virksomhed
key-our-people = vores folk
key-overall-goal = overordnet mål
key-owner = ansvarlig
key-parent = overordnet
key-partner = samarbejdspartner
key-partners = partnere
key-penetration = penetreringsmatrix
key-phone = telefon
key-piece = brik
key-pinned = fastgjort
key-plan = kundeplan
key-political = politisk
key-positions = positioner
key-potential-revenue = potentiel omsætning
key-product = produkt
key-products = produkter
key-profitability = rentabilitet
key-purchases = indkøb
key-reason = begrundelse
key-referral = reference
key-referrals = referencer
key-rel-kind = relationstype
key-relationship = relation
key-relationship-goal = relationsmål
key-relationship-goals = relationsmål
key-relationships = relationer
key-review = gennemgang
key-reviewer = bedømmer
key-reviews = gennemgange
key-role = rolle
key-sales = salg
key-scale = skala
key-scores = point
key-scoring = pointgivning
key-service = ydelse
key-skills = kompetencer
key-sources = kilder
key-stance = holdning
key-start = begyndelse
key-state = tilstand
key-status = stade
key-strategy = strategi
key-strength = styrke
key-strengths = styrker
key-success-factors = succesfaktorer
key-target = mål
key-target-coverage = måldækning
key-target-stance = ønsket holdning
key-team = kundeteam
key-team-role = rolle i teamet
key-their-people = deres folk
key-three = tre
key-tier = niveau
key-tier-override = tilsidesat niveau
key-tiers = niveauer
key-title = titel
key-to = til
key-turnover = omsætning
key-unit = forretningsenhed
key-units = forretningsenheder
key-value = værdi
key-weight = vægt
key-what = hvad
key-year = år
key-yearly-value = årlig værdi

## Commands, start-up
command-error-missing = { $what } findes ikke
command-error-exists = { $what } findes allerede
command-error-score = point for { $criterion } kan ikke gemmes som { $slot }
command-error-not-on-account = { $member } er ikke med på { $account }
command-error-selection-gone = intet af det markerede findes længere
cli-lang-one-of = en af: en, sv, da
app-cannot-start = gambit: kan ikke åbne vinduet: { $error }
demo-source-name = demo.kam (indbygget)

## What the file parser found wrong
parse-eof = filen slutter midt i projektet (den kan være blevet afkortet)
parse-expected-comma = her mangler et komma
parse-expected-list = her ventedes en liste i [ ]
parse-expected-record = her ventedes en post i ( ) eller dens afsluttende )
parse-expected-map = her ventedes en tabel i { "{" } { "}" }
parse-expected-text = her ventedes en tekst i anførselstegn eller dens afsluttende anførselstegn
parse-expected-number = her ventedes et tal (eller også er det uden for intervallet)
parse-expected-boolean = her ventedes true eller false
parse-expected-option = her ventedes Some(…) eller None
parse-expected-name = her ventedes et feltnavn
parse-unexpected-char = tegnet »{ $char }« hører ikke til her
parse-trailing = der er mere tekst efter projektets slutning
parse-unclosed-comment = en kommentar lukkes aldrig
parse-invalid-escape = en tekst indeholder en ugyldig escape-sekvens med \
parse-wrong-value = værdien { $found } hører ikke til her ({ $expected })
parse-unknown-value = »{ $found }« er ikke en værdi, Gambit kender for { $within }; den kan være en af: { $choices }
parse-unknown-field = { $within } har et felt »{ $found }«, som Gambit ikke kender
parse-missing-field = { $within } mangler feltet »{ $field }«
parse-duplicate-field = { $within } har feltet »{ $field }« to gange
parse-a-project = et Gambit-projekt
parse-different-record = her ventedes { $expected }, ikke »{ $found }«

## The command line's help and usage errors
cli-help-gambit = Nøglekundestyring: relationskort, niveauinddeling og kundeplaner i én fil, der kan sammenlignes
cli-help-open-file = Projektet, der skal åbnes; uden et åbner Gambit sit demoprojekt
cli-help-view = Visningen der åbnes: portfolio, map, scoring eller plan (portefølje, kort, scoring, kundeplan)
cli-help-present = Begynd at præsentere kortet i fuld skærm (som F5)
cli-help-startup-time = Skriv, hvor lang tid Gambit tog fra start til første billede (til stderr)
cli-help-lang = Sproget for tekster og output (en, sv, da), før eller efter kommandoen; uden det systemets sprog (vinduet: det, der sidst blev valgt i Vis > Sprog)
cli-help-check = Kontrollér en projektfil, og vis dens problemer (slutkode 0 fejlfri, 1 problemer, 2 ulæselig)
cli-help-project-file = Projektfilen
cli-help-migrate = Indlæs en projektfil i et ældre format, og gem den i det nuværende (atomart, den gamle fil gemmes som FIL.bak)
cli-help-merge = Trevejsfletning for git: flet DERES ind i VORES, begge udsprunget af BASIS, og skriv resultatet til VORES (slutkode 0 uden konflikter, 1 når der er konflikter tilbage, opført i filen, så Gambit kan vise dem; 2 når en fil ikke kan læses eller skrives). Opsæt med `git config merge.gambit.driver "gambit merge %O %A %B"` og `*.kam merge=gambit` i .gitattributes
cli-help-merge-base = Versionen, begge sider tog udgangspunkt i (gits %O)
cli-help-merge-ours = Vores version (gits %A); resultatet skrives hertil
cli-help-merge-theirs = Deres version (gits %B)
cli-help-export-ranking = Skriv porteføljens rangorden som CSV eller som en Excel-projektmappe
cli-help-csv = Skriv CSV
cli-help-xlsx = Skriv en Excel-projektmappe
cli-help-import-contacts = Hent kontakter ind i en kunde fra en eksport fra CRM eller regneark (CSV, tekst adskilt af semikolon eller tabulatorer, .xlsx). Gemmer FIL atomart (den gamle fil bliver FIL.bak) og skriver, hvad der skete med hver række. Slutkode 0 når alle rækker kom med, 1 når nogle blev sprunget over, 2 når inddata ikke kunne læses (projektet er så uændret)
cli-help-account = Kunden, ved dens navn
cli-help-from = Eksporten, der skal læses
cli-help-sheet = Projektmappens ark, der skal læses (som standard det første)
cli-help-overwrite = Erstat udfyldte felter hos eksisterende kontakter med filens værdier (som standard udfyldes kun tomme felter)
cli-help-export-contacts = Skriv en kundes kontakter (og dens relationer) som CSV eller som en Excel-projektmappe, med de kolonnenavne, importen læser
cli-help-relationships-csv = Skriv også relationerne som CSV (projektmappen har dem som sit andet ark)
cli-help-export-plan = Skriv en kundeplan som HTML eller Markdown
cli-help-html = Skriv én selvstændig HTML-side
cli-help-md = Skriv Markdown
cli-help-export-map = Tegn en kundes relationskort som SVG eller som PNG i dobbelt størrelse
cli-help-svg = Skriv SVG med rigtig tekst
cli-help-png = Skriv PNG i kortets dobbelte størrelse
cli-help-size = Tegn kortet, som et vindue af den størrelse viser det tilpasset (som 1920x1080), med signaturforklaring
cli-help-present-picture = Tegn det, som præsentationstilstand gør: navne og tekst i vægstørrelse (med --size)
cli-value-size = BREDDExHØJDE
cli-size-format = angiv størrelsen som BREDDExHØJDE, hver 200 til 8000 pixels (som 1920x1080)
cli-help-help = Vis hjælp
cli-help-version = Vis version
cli-value-file = FIL
cli-value-base = BASIS
cli-value-ours = VORES
cli-value-theirs = DERES
cli-value-account = KUNDE
cli-value-path = STI
cli-value-name = NAVN
cli-value-view = VISNING
cli-value-lang = SPROG
cli-value-out-csv = UD.csv
cli-value-out-xlsx = UD.xlsx
cli-value-out-html = UD.html
cli-value-out-md = UD.md
cli-value-out-svg = UD.svg
cli-value-out-png = UD.png
cli-value-command = KOMMANDO
cli-usage = Brug:
cli-commands = Kommandoer
cli-arguments = Argumenter
cli-options = Tilvalg
cli-error = fejl: { $message }
cli-error-more = Mere information: gambit --help
cli-error-unknown-argument = ukendt argument »{ $arg }«
cli-error-unknown-command = ukendt kommando »{ $command }«
cli-error-invalid-value = ugyldig værdi »{ $value }« for »{ $arg }«
cli-error-missing = påkrævede argumenter mangler: { $args }
cli-error-conflict = »{ $arg }« kan ikke bruges sammen med »{ $other }«
cli-value-options = TILVALG

## Gambit's own file dialog
filedlg-select-folder = Vælg mappe
filedlg-select-several = Vælg flere
filedlg-reload = Genindlæs
filedlg-working-folder = Gå til arbejdsmappen
filedlg-select-all = Markér alle
filedlg-show-hidden = Vis skjulte
filedlg-show-system = Vis systemfiler
filedlg-pinned = Fastgjorte
filedlg-places = Steder
filedlg-devices = Enheder
filedlg-removable = Flytbare enheder
filedlg-home = Hjem
filedlg-desktop = Skrivebord
filedlg-documents = Dokumenter
filedlg-downloads = Overførsler
filedlg-audio = Musik
filedlg-pictures = Billeder
filedlg-videos = Videoer
filedlg-pin = Fastgør
filedlg-unpin = Frigør
filedlg-rename = Omdøb
filedlg-selected-folder = Valgt mappe:
filedlg-selected-file = Valgt fil:
filedlg-selected-items = Valgte elementer:
filedlg-all-files = Alle filer
filedlg-any = Vilkårlig
filedlg-err-empty-folder = Mappenavnet må ikke være tomt
filedlg-err-empty-file = Filnavnet må ikke være tomt
filedlg-err-folder-exists = Der findes allerede en mappe med det navn
filedlg-err-file-exists = Der findes allerede en fil med det navn
app-first-frame = gambit: første billede { $ms } ms efter start

## What the operating system said
io-not-found = filen eller mappen findes ikke
io-permission-denied = du har ikke tilladelse
io-already-exists = den findes allerede
io-is-a-folder = det er en mappe
io-not-a-folder = en del af stien er ikke en mappe
io-storage-full = disken er fuld
io-read-only-filesystem = disken kan kun læses, ikke skrives
io-file-too-large = filen er for stor til disken
io-invalid-filename = navnet er ikke et gyldigt filnavn her
io-busy = filen bruges af et andet program
save-link-unreachable = det er et link til en fil, der ikke kan nås ({ $error })
date-hint = D.M.ÅÅÅÅ

## Hvad der er ændret mellem to tidspunkter (gennemgange, filer)
change-joined = { $name } er kommet til
change-left = { $name } er stoppet
change-stance-better = { $name }: holdning { $from } -> { $to } (bedre)
change-stance-worse = { $name }: holdning { $from } -> { $to } (værre)
change-stance = { $name }: holdning { $from } -> { $to }
change-piece = { $name }: brik { $from } -> { $to }
change-influence = { $name }: indflydelse { $from } -> { $to }
change-title = { $name }: titel “{ $from }” -> “{ $to }”
change-level = { $name }: niveau { $from } -> { $to }
change-unit = { $name }: enhed “{ $from }” -> “{ $to }”
change-uncovered = { $name } (nøgleperson) dækkes ikke længere af nogen af os
change-covered = { $name } (nøgleperson) dækkes nu af en af os
change-single-threaded = { $name } nås nu kun af én af os
change-line-gained = Ny relation: { $from } – { $to } ({ $kind })
change-line-lost = Relation væk: { $from } – { $to } ({ $kind })
change-line-stronger = Stærkere: { $from } – { $to } ({ $old } -> { $new })
change-line-weaker = Svagere: { $from } – { $to } ({ $old } -> { $new })
change-tier = Niveau { $from } -> { $to }
change-no-tier = intet niveau
change-score = Pointtal { $from } -> { $to }
change-kpi = { $kpi } { $year }: { $actual } mod målet { $target }
change-activity-done = Aktivitet udført: { $title }
change-activity-dropped = Aktivitet droppet: { $title }
change-activity-overdue = Aktivitet forsinket: { $title } (senest { $due })
change-nothing = Intet er ændret.
change-account-added = Kunden { $name } er ny.
change-account-removed = Kunden { $name } er væk.
change-account-heading = Kunde { $name }:
plan-decisions = Beslutninger
plan-next-review = Næste gennemgang
plan-what-changed = Hvad der er ændret
plan-changes-from = Fra gennemgangen
plan-changes-to = til
plan-changes-today = i dag
plan-changes-need-review = Registrér en gennemgang for ved den næste at se, hvad der er ændret siden.
plan-change-better = Bedre for os
plan-change-worse = Værre for os
plan-change-neither = Hverken bedre eller værre
plan-change-show-on-map = Vis på kortet
snapshot-bad-line = En relation, som en gennemgang har gemt, kan ikke læses: “{ $entry }”
cli-help-diff = Vis hvad der er ændret mellem to projektfiler, kunde for kunde, det vigtigste først (slutkode 0; 2 når en fil ikke kan læses). Som gits diff-driver: `git config diff.gambit.command "gambit diff"` og `*.kam diff=gambit` i .gitattributes; git sender så syv argumenter
cli-help-diff-files = Den ældre fil og den nyere (eller de syv argumenter, som git sender)
cli-help-diff-account = Kun denne kunde, ved dens navn
cli-diff-two-files = Angiv to projektfiler (den ældre først), eller de syv argumenter, som git sender til en diff-driver.
cli-diff-file = { $file }:
key-decisions = beslutninger
key-kept-lines = gemte relationer
key-next-review = næste gennemgang
key-people = personer
key-score = pointtal
key-single-threaded = nås kun af én af os
key-snapshot = kunden som den så ud
key-uncovered-key = nøglepersoner, der ikke dækkes
review-report-title = Gennemgang af { $account }
review-report-of = Gennemgangen { $date }
review-report-none = Ingen gennemgang er registreret endnu.
review-report-said = Hvad gennemgangen nåede frem til
review-report-first = Dette er den første gennemgang, der gemte kunden: den næste viser, hvad der er ændret siden.
review-report-since = Hvad der er ændret siden gennemgangen { $date }
review-export-html = Eksportér rapport (HTML)…
review-export-markdown = Eksportér rapport (Markdown)…
review-export-tip = Den seneste gennemgang med hvad der er ændret siden den forrige, til mentoren og teamet
file-name-review = Gennemgang { $account } { $date }
cli-help-export-review = Skriv den seneste gennemgang af en kunde, med hvad der er ændret siden den forrige, som HTML eller Markdown
cli-review-written = Skrev gennemgangen af { $account }.
check-at-review = gennemgangen { $date }
check-kept-other-day = kunden, den gemte, er fra { $kept }, ikke fra gennemgangens dag ({ $date })
check-kept-lines-to-nobody = { $lines ->
    [one] én gemt relation nævner nogen, som gennemgangen ikke gemte
   *[other] { $lines } gemte relationer nævner nogen, som gennemgangen ikke gemte
}
help-at-a-review = Ved en gennemgang
help-at-a-review-text = Kundeplan > Gennemgange > Tilføj gennemgang gemmer kunden, som den ser ud i dag: dens personer, relationer, hvem der dækker nøglepersonerne, pointtal, nøgletal og aktiviteter. Ved næste gennemgang viser Hvad der er ændret, hvad der har flyttet sig siden, det vigtigste først (⏶ bedre for os, ⏷ værre); klik på en person for at se den på kortet. Eksportér rapport skriver den seneste gennemgang med dens ændringer til mentoren og teamet. Fra kommandolinjen sammenligner gambit diff GAMMEL NY to filer på samme måde. På kortet afspiller Tidslinje (H) kortet over gennemgangene og filens commits i git: hvert trin viser kunden, som den så ud dengang, med hvem der kom (+), hvem der gik (bleg), bedre eller dårligere holdning og linjer, der kom til eller forsvandt; Page Up og Page Down går et trin, også på væggen.

## The map's timeline
map-timeline-chip-today = I dag
timeline-review = Gennemgang { $date }
timeline-review-by = Gennemgang { $date } ({ $reviewer })
timeline-commit = { $date } · { $author }: { $summary }
timeline-today = I dag, { $date }
timeline-step = { $point } ({ $at } af { $of })
timeline-tally = siden { $since }: { $joined } nye, { $gone } væk, { $better } varmere, { $worse } køligere, { $gained } linjer kom til, { $lost } forsvandt
timeline-earlier = Tidligere
timeline-later = Senere
timeline-close = Luk tidslinjen
timeline-marks = Mærker: + ny · ⏶ bedre holdning · ⏷ dårligere holdning · bleg: væk · røde streger: mistet linje · grønt bånd: ny linje
timeline-read-only = Kortet viser kunden, som den så ud dengang; luk tidslinjen for at redigere.
timeline-first-point = Det første punkt: intet før det at sammenligne med.
timeline-since = Siden { $since }
timeline-no-points = Ingen gennemgang har gemt kunden endnu, og filen har ingen historik i git. Registrér en gennemgang (Plan, Gennemgange) for at have et punkt at vende tilbage til.
timeline-git-failed = Filens historik i git kunne ikke læses: { $error }
timeline-skipped = { $count } versioner af filen i git kunne ikke læses og er udeladt.
action-timeline = Tidslinje
action-timeline-tip = Afspil kortet over gennemgangene (og filens commits i git): hvem der kom, hvem der gik, hvis holdning flyttede sig
action-timeline-next = Senere på tidslinjen
action-timeline-next-tip = Næste punkt på tidslinjen
action-timeline-back = Tidligere på tidslinjen
action-timeline-back-tip = Punktet før på tidslinjen

## gambit textconv: a project as facts, one per line
textconv-project = Projekt: { $name }
textconv-account = # { $name }
textconv-tier = Niveau: { $value }
textconv-score = Point: { $value }
textconv-title = { $name }: titel ”{ $value }”
textconv-unit = { $name }: enhed { $value }
textconv-level = { $name }: niveau { $value }
textconv-piece = { $name }: brik { $value }
textconv-stance = { $name }: holdning { $value }
textconv-influence = { $name }: indflydelse { $value }
textconv-political = { $name }: politisk status { $value }
textconv-left = { $name }: er stoppet
textconv-line = Linje: { $from } – { $to } ({ $kind }): styrke { $strength }, seneste kontakt { $last }
textconv-uncovered = Dækkes ikke af nogen af os: { $name }
textconv-kpi = Nøgletal { $kpi } { $year }: faktisk { $actual }, mål { $target }
textconv-activity = Aktivitet ”{ $title }”: { $status }, forfalder { $due }
textconv-review = Gennemgang { $date } ({ $reviewer })
cli-help-textconv = Udskriv et projekt som enkle fakta, ét pr. linje, til gits textconv: `git config diff.gambit.textconv "gambit textconv"` og `*.kam diff=gambit` i .gitattributes; `git log -p` og `git diff` viser så linjer som "Henrik Åberg: holdning Supporter" i stedet for RON
health-review-in-future = En gennemgang er dateret { $date }, efter i dag: en tastefejl? Den skjuler, om næste gennemgang er forfalden, og tidslinjen udelader den
check-review-in-future = dateret efter i dag ({ $today }): en tastefejl?

## Keeping the map current: cooling relationships and alerts
alert-uncovered = { $name } (nøgleperson) dækkes ikke af nogen af os
alert-champion-quiet = { $name }, vores ambassadør, er blevet tavs: ingen af os har mødt vedkommende i { $days } dage (senest { $last })
alert-cold = { $name }: kold, ingen af os har mødt vedkommende i { $days } dage (senest { $last })
alert-cooling = { $name }: køles af, ingen af os har mødt vedkommende i { $days } dage (senest { $last })
map-cooling-count = Afkølede eller kolde nøglerelationer: { $people }
map-cooling-rule = En konge, dronning, tårn eller springer, som ingen af os har mødt i længere end kundens rytme ({ $days } dage), køles af; dobbelt så længe, kold. Styrken står, som du satte den.
map-cooling-tip = Køles af: ingen af os har mødt vedkommende inden for kundens rytme
map-cold-tip = Kold: ingen af os har mødt vedkommende i dobbelt så lang tid som kundens rytme
account-rhythm = Mødefrekvens (dage)
account-rhythm-tip = Hvor ofte en af os bør mødes med hver nøgleperson; længere køles af, dobbelt så længe er koldt (standard { $days })
portfolio-alerts = Advarsler
portfolio-alerts-tip = Pr. kunde: nøglepersoner, som ingen dækker, ambassadører, der er blevet tavse, kolde og afkølede nøglerelationer, det mest presserende først
portfolio-no-alerts = Ingen advarsler: hver nøgleperson dækkes og mødes inden for kundens rytme.
check-alerts-heading = advarsler
cli-help-no-alerts = Udelad advarslerne (udækkede nøglepersoner, afkølede og kolde relationer)
legend-cooling = Blå ring: ikke mødt længe
key-rhythm-days = mødefrekvens (dage)
portfolio-alert-count = { $name }: { $total }
portfolio-alert-count-urgent = { $name }: { $total } ({ $urgent } presserende)

## Meetings from the calendar (.ics)
calendar-not-a-calendar = ikke en iCalendar-fil (.ics): { $why }
calendar-too-many = { $events } begivenheder, flere end de { $limit }, som Gambit læser ad gangen; eksportér en kortere periode
calendar-no-begin = den begynder ikke med BEGIN:VCALENDAR
calendar-no-start = den har ingen start (DTSTART)
calendar-bad-rule = dens gentagelsesregel kan ikke læses ({ $why })
calendar-no-past-occurrence = serien har ikke fundet sted endnu
calendar-cancelled = aflyst
calendar-in-future = ikke afholdt endnu
calendar-none-of-us = ingen fra vores team blandt deltagerne (via e-mail eller navn)
calendar-none-of-them = ingen af kundens personer blandt deltagerne (via e-mail eller navn)
calendar-untitled = (uden titel)
calendar-not-a-file = { $file } er ikke en fil
calendar-row-matched = begivenhed { $number } "{ $title }", { $date }: { $lines ->
    [one] én linje
   *[other] { $lines } linjer
} og { $meetings ->
    [one] ét møde
   *[other] { $meetings } møder
} opdateret{ $offers ->
    [0] {""}
    [one] , én person mødt, som ingen af os har en linje til
   *[other] , { $offers } personer mødt, som ingen af os har en linje til
}
calendar-row-skipped = begivenhed { $number } "{ $title }", { $date }: udeladt: { $why }
calendar-account-heading = Kunde { $account }:
calendar-summary = { $events } begivenheder, { $matched } med vores team og deres personer: { $lines ->
    [one] én linje
   *[other] { $lines } linjer
} og { $meetings ->
    [one] ét møde
   *[other] { $meetings } møder
} opdateret, { $offers } nye bekendtskaber
calendar-nothing-new = Intet nyt for { $file }: hver linje og hvert møde er lige så aktuelt som kalenderen.
undo-import-calendar = Importér kalender
cli-help-import-calendar = Opdatér linjernes seneste kontakt og planens møder fra en kalendereksport (.ics fra Outlook, Google eller Apple Kalender): hvert afholdt møde mellem en fra vores team og kundens personer tæller (slutkode 0; 2 når en fil ikke kan læses; projektet ændres så ikke)
cli-help-calendar-from = Kalenderfilen (.ics)
cli-help-draw-lines = Tegn også en linje for hver person hos kunden, som en af os har mødt, men ikke har en linje til
help-keep-current = Hold kortet aktuelt
help-keep-current-text = En konge, dronning, tårn eller springer, som ingen af os har mødt i længere tid end kundens mødefrekvens (Kundeplan > Kunden, 90 dage medmindre andet er angivet), køles af: en blå ring på kortet, tyk når den er kold (dobbelt så længe). Dækningspanelet, planens sundhed, porteføljens advarsler og gambit check viser dem sammen med nøglepersoner, som ingen dækker. Filer > Importér kalender… (eller gambit import-calendar FIL --from møder.ics) opdaterer seneste kontakt på vores linjer fra en kalendereksport (Outlook, Google, Apple). Når nogen stopper, spørger Er stoppet hos kunden… i personens oplysninger om dato og efterfølger; en konge, dronning eller tårn uden efterfølger bliver stående på kortet som ledig plads ("CFO: ledig"). Ny rolle… daterer en forfremmelse eller flytning, så historikken kan skelne den fra en rettet titel.
vacancy-since = { $seat }: ledig siden { $date }
vacancy = { $seat }: ledig
departure-left-on = Stoppede { $date }
departure-left = Er stoppet hos kunden
departure-taken-over = { $left }; { $name } har overtaget
departure-vacant = { $left }; pladsen er ledig, indtil nogen bliver udpeget
alert-vacant = { $seat } ({ $name } er stoppet): angiv hvem der har overtaget, eller hvem vi skal vinde næst
map-vacant-seat = { $seat }: ledig
map-vacant-since = siden { $date } · var { $name }
map-vacant-was = var { $name }
map-vacant-key-count = Ledige nøglepladser: { $seats }
map-vacant-tip = En konge, dronning eller tårn, der er stoppet, uden at nogen er udpeget i stedet: angiv efterfølgeren i personens oplysninger
change-left-on = { $name } stoppede { $date }
change-taken-over = { $name } overtog efter { $before }
change-new-role = { $name }: ny rolle fra { $date }: “{ $from }” -> “{ $to }”
check-successor-self = angiver sig selv ({ $id }) som efterfølger
check-successor-missing = angiver { $id } som efterfølger, som ikke findes
check-successor-not-left = har en efterfølger, men er ikke stoppet
check-left-on-not-left = har en fratrædelsesdato ({ $date }), men er ikke markeret som stoppet
check-earlier-role-unit-missing = en tidligere rolle (til { $date }) henviser til enhed { $id }, som ikke findes
contact-mark-left = Er stoppet hos kunden…
contact-mark-left-tip = Personen er stoppet: spørger hvornår, og hvem der har overtaget pladsen
contact-leaving-heading = { $name } er stoppet
contact-left-on = Stoppede
contact-successor = Efterfølger
contact-successor-hint = Ingen udpeget endnu? Lad feltet stå tomt: en konge, dronning eller tårn vises så som ledig plads på kortet, indtil du angiver nogen.
contact-mark-left-confirm = Markér som stoppet
contact-mark-left-confirm-tip = Linjerne bliver, falmede; en nøgleplads vises som ledig, indtil nogen overtager
contact-cancel = Annullér
contact-cancel-tip = Luk uden at ændre noget
contact-back-at-client = Stadig hos kunden
contact-back-at-client-tip = Personen er alligevel ikke stoppet: fjerner fratrædelsesdato og efterfølger
contact-successor-none = ingen endnu
contact-new-role = Ny rolle…
contact-new-role-tip = En forfremmelse eller flytning fra en given dato: den tidligere rolle gemmes med datoen, den ophørte (ret en slåfejl i felterne ovenfor i stedet)
contact-new-role-heading = Ny rolle for { $name }
contact-role-from = Fra
contact-record-role = Gem den nye rolle
contact-record-role-tip = Sætter titel, niveau og enhed, og gemmer den tidligere rolle med datoen, den ophørte
contact-record-role-disabled = Ændr titel, niveau eller enhed, og angiv datoen
contact-no-title = ingen titel
contact-earlier-role = Til { $date }: { $title } ({ $level }{ $unit })
undo-mark-left = Markér som stoppet
undo-name-successor = Angiv efterfølger
undo-back-at-client = Stadig hos kunden
undo-new-role = Ny rolle
key-left-on = stoppede
key-successor = efterfølger
key-earlier-roles = tidligere roller
action-import-calendar = Importér kalender…
action-import-calendar-tip = Opdatér seneste kontakt på vores linjer og planens møder fra en kalendereksport (.ics fra Outlook, Google eller Apple Kalender); intet læses fra en postkasse eller server
file-calendar-export = Kalendereksport
calendar-cannot-read = Kalenderen kunne ikke læses; intet blev ændret. { $why }
calendar-nothing-to-do = Alle linjer og møder er allerede lige så aktuelle som denne kalender.
calendar-offers-heading = Mødt, men ingen linje endnu: tegn en?
calendar-offers-tip = En af os var til et møde med personen, og ingen har en linje til vedkommende på kortet
calendar-offer = { $member } mødte { $contact } ({ $date })
calendar-events-heading = Begivenhed for begivenhed
textconv-left-on = { $name }: stoppede { $date }
textconv-successor = { $name }: efterfulgt af { $successor }
textconv-role-since = { $name }: i denne rolle siden { $date }
action-opinions = Vurderinger
action-opinions-tip = Vis eller udelad teamets vurderinger (holdningens farver og tegn) på kortet, i kortets og planens eksporter og kontakteksporten, og på væggen: slået fra i et rum med partnere eller kunden til stede
action-wall-opinions = Vurderinger
action-wall-opinions-tip = Vis eller udelad teamets vurderinger (holdningens farver og tegn) på væggen
action-wall-opinions-hint = vurderinger
legend-stance-assessment = Teamets vurdering, ikke en kendsgerning
legend-marks = Markeringer
legend-without-opinions = Vises uden teamets vurderinger af nogen
person-data-title = Det vi har om { $name }
person-data-subtitle = { $account } · { $project } · skrevet { $date }
person-data-fields = Hvem personen er
person-data-assessment = Vores teams vurdering
person-data-assessment-note = Dette er vores teams vurderinger af personen, ikke fakta.
person-data-lines = Personens linjer
person-data-with = Med
person-data-plan = Planens poster, der nævner personen
person-data-place = Hvor
person-data-text = Hvad der står
person-data-reviews = Hvad hver gennemgang gemte
person-data-as-kept = Som gemt
person-data-lines-kept = Linjer
person-data-changes = Registrerede ændringer
person-data-earlier-role = Til { $date }: { $title } ({ $level })
cli-value-out = UD
cli-help-without-opinions = Udelad teamets vurderinger (holdning, politisk status, belæg, noter, holdningens farver og tegn): til deling med partnere eller kunden; de findes ikke i den skrevne fil
cli-help-person = Alt projektet har om en af kundens personer (oplysninger, linjer, planens poster, der nævner personen, hvad hver gennemgang gemte), skrevet som UD.html og UD.json til personens anmodning om indsigt; projektet ændres ikke (afslutningskode 0; 2 når filen, kunden eller personen ikke findes)
cli-help-person-name = Personen, ved navn
cli-help-person-export = Hvor der skrives (UD.html og UD.json)
cli-no-such-person = Der er ingen, der hedder "{ $name }" hos { $account }.
cli-person-ambiguous = Mere end én person hedder "{ $name }": { $which }. Skeln dem fra hinanden i Gambit først (et andet navn eller en anden e-mail).
cli-person-written = det vi har om { $name } skrevet
file-name-person = { $name } oplysninger { $date }
file-could-export-person = Personens oplysninger kunne ikke eksporteres.
contact-export-data = Eksportér personens oplysninger…
contact-export-data-tip = Alt Gambit har om personen (oplysninger, linjer, planposter, gennemgange) som webside og JSON-fil, til personens anmodning om indsigt
contact-erase = Slet personen…
contact-erase-tip = Fjern personen og alle spor for altid (en anmodning om at blive glemt): linjer, planposter om personen, hvad gennemgange gemte, navnet i al tekst
contact-erase-heading = Slet { $name } for altid?
contact-erase-reaches = Væk fra projektet: personen, linjerne og pladsen på kortet, planens poster om personen, hvad hver gennemgang gemte, og navnet i al tekst (det bliver […]). Når du gemmer, renses .bak-filen ved siden af filen og gendannelseskopierne for personen; filen beholder kun nummeret og dagens dato, så en kollegas ældre kopi, der flettes senere, ikke kan bringe personen tilbage. Fortryd virker, indtil du gemmer.
contact-erase-cannot = Nås ikke: kopier uden for Gambit (mailvedhæftninger, eksporter, andre mapper) og git-historik, der allerede er skubbet. README beskriver, hvordan de renses.
contact-erase-confirm = Slet for altid
contact-erase-confirm-tip = Slet personen nu; fortryd bringer personen tilbage, indtil projektet gemmes
undo-erase-person = Slet person
cli-help-erase = Slet en af kundens personer og alle spor af personen (linjer, planens poster om personen, hvad gennemgange gemte, navnet i al tekst); filen beholder kun nummeret og datoen, så en ældre kopi, der flettes senere, ikke kan bringe personen tilbage. Gemmer FIL atomart; .bak-filen renses også (afslutningskode 0; 2 når filen, kunden eller personen ikke findes eller ikke kan gemmes)
cli-erased = { $name } slettet fra { $file } (og dens .bak).
cli-erase-cannot = Nås ikke: kopier uden for Gambit (mail, eksporter, andre mapper) og git-historik, der allerede er skubbet; se README om, hvordan de renses.
contact-assessed-on = Teamets vurdering, sidst ændret { $date }
contact-assessed-by = Teamets vurdering, sidst ændret { $date } af { $by }
contact-assessed-never = Teamets vurdering (ikke dateret endnu)
contact-assessed-tip = Holdning, politisk status, belæg og noter er vores vurderinger af personen, ikke fakta; de er personens personoplysninger
person-data-assessed = Sidst ændret
load-protected = { $path } er beskyttet med en adgangssætning. Åbn den i Gambit, som spørger efter den; på kommandolinjen, sæt { $env } til den.
load-wrong-passphrase = { $path }: den adgangssætning åbner den ikke. Intet blev ændret.
load-sealed-damaged = { $path } er krypteret, men kan ikke dekrypteres (afkortet eller ændret): { $message }. Intet blev ændret; dens .bak kan stadig åbnes.
crypt-not-passphrase = den er krypteret til en nøgle, ikke med en adgangssætning
settings-passphrase = Adgangssætning
settings-passphrase-set = Beskyt med en adgangssætning…
settings-passphrase-set-tip = Gem projektet krypteret (age-format), til en bærbar, der rejser; Gambit spørger efter adgangssætningen, når det åbnes. Teams, der sammenligner filen i git, lader den være ukrypteret.
settings-passphrase-save-first = Gem projektet først
settings-passphrase-remove = Gem uden adgangssætning
settings-passphrase-remove-tip = Gem projektet ukrypteret igen, nu
settings-passphrase-saved = Gemt krypteret. Opbevar adgangssætningen sikkert: uden den kan filen ikke åbnes.
passphrase-open-heading = { $name } er beskyttet med en adgangssætning
passphrase-wrong = Den adgangssætning åbner den ikke. Intet blev ændret.
passphrase-protect-heading = Beskyt med en adgangssætning
passphrase-protect-text = Projektet gemmes krypteret med det samme, ligesom dets .bak og gendannelseskopier. Uden adgangssætningen kan ingen åbne det, heller ikke du.
passphrase-field = Adgangssætning
passphrase-again = Igen
passphrase-differ = De to stemmer ikke overens.
passphrase-too-short = Mindst 8 tegn; nogle få urelaterede ord er bedst.
passphrase-protect = Beskyt og gem
passphrase-open = Åbn
retention-due = { $name } stoppede { $date }, for længere siden end de { $months } måneder, personer gemmes: slet personen
retention-heading = Personoplysninger
retention-erase-all = Slet alle efter opbevaringstiden
retention-erase-all-tip = Slet hver af dem med alle spor (som Slet personen gør), i ét trin; fortryd virker, indtil du gemmer
undo-erase-retention = Slet personer efter opbevaringstiden
undo-set-retention = Angiv hvor længe personer gemmes
settings-retention = Personer, der er stoppet
settings-retention-on = gem i
settings-retention-months = { " " }måneder
settings-retention-tip = Så mange måneder efter den dag, nogen stoppede, viser planens sundhed og gambit check personen til sletning
map-people-letters = Bogstavet er brikken (K konge, D dronning, T tårn, L løber, S springer, B bonde).
map-people-marks = Bogstavet er brikken (K konge, D dronning, T tårn, L løber, S springer, B bonde); ! markerer en nøgleperson, som ingen dækker.
undo-connect = Forbind { $from } og { $to }
undo-edit-line = Ret linjen mellem { $from } og { $to }
undo-delete-line = Slet linjen mellem { $from } og { $to }
undo-add-person = Tilføj { $name }
undo-edit-person = Rediger { $name }
undo-delete-person = Slet { $name }
undo-take-off-account = Tag { $name } af kunden
status-undone = Fortrudt: { $action }
status-redone = Gentaget: { $action }
menu-your-name = Dit navn…
menu-your-name-tip = Navnet kolleger ser, når du har en delt fil åben, og ved de vurderinger, du ændrer
your-name-heading = Dit navn
your-name-text = Kolleger, der åbner en fil, du har åben, ser, hvem der har den, og hver persons oplysninger siger, hvem der sidst ændrede teamets vurdering. Skriv dit navn, som de kender dig.
your-name-label = Navn
your-name-skip = Behold “{ $login }”
your-name-skip-tip = Brug dit loginnavn; Rediger › Dit navn… ændrer det når som helst
your-name-saved = Kolleger ser dig som { $name }
share-user-saved-file = { $user } gemte filen
map-opportunity-added = Tilføjet: { $product } til { $unit }, { $value }
health-settled = Ordnet
scoring-no-tier-why = Et niveau gives, når hvert kriterium har point.
