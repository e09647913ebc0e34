# Gambit på svenska

## src/scene/legend.rs
legend-our-team = Vårt team
legend-key-person-nobody = Nyckelperson som ingen täcker
legend-reporting-cycle = I en rapporteringscirkel
legend-1-only-us = ·1  bara en av oss känner dem
legend-faded-left-company = Blek: har lämnat företaget
legend-thicker-stronger-1 = Tjockare = starkare (1–5)
legend-business-unit-head = En affärsenhet (antal personer · personer vi känner)
legend-many-lines-between = Linjer mellan två enheter, som en (bredare: fler)
legend-pieces = Pjäser
legend-bigger-more-influence = Större = mer inflytande
legend-stance-towards-us = Inställning till oss
legend-lines = Linjer
legend-faded-line-contact = Blek linje: ingen kontakt på ett år
legend-units = Enheter
legend-select-someone-see = Välj någon för att se alla deras linjer

## src/app/help.rs
help-keyboard-shortcuts = Kortkommandon

## src/app/file_chooser.rs
file-open = Öppna
file-save = Spara
file-cancel = Avbryt
file-replace = Ersätt
file-already-exists-replace = finns redan. Vill du ersätta den?
file-file-name = Filnamn:
file-open-project = Öppna projekt
file-gambit-project = Gambit-projekt
file-import-contacts = Importera kontakter
file-spreadsheet-crm-export = Kalkylblad eller CRM-export
file-save-project = Spara projekt
file-export = Exportera

## src/app/shell.rs
menu-file = Arkiv
menu-project-settings = Projektinställningar…
menu-projects-name-our = Projektets namn, vårt företag och valutan
menu-portfolio-ranking-spreadsheet = Portföljens rangordning för ett kalkylblad
menu-edit = Redigera
menu-view = Visa
menu-problems-panel = Problempanel
menu-help = Hjälp
menu-open-recent = Öppna senaste
menu-clear-recent = Rensa senaste
menu-forget-list-recent = Glöm listan över senast använda filer
menu-problems = Inga problem
menu-show-hide-problems = Visa eller dölj problemen som projektkontrollen hittade
menu-unsaved-changes = Osparade ändringar
menu-saved-file-yet = Inte sparat till en fil än
menu-all-changes-saved = Alla ändringar sparade
menu-problems-2 = Problem
menu-project-check-found = Projektkontrollen hittade inga problem.
menu-error = Fel
menu-warning = Varning
menu-save-changes = Spara ändringarna?
menu-project-has-changes = Projektet har ändringar som inte är sparade. Spara dem först?
menu-save-then-continue = Spara och fortsätt
menu-dont-save = Spara inte
menu-throw-changes-away = Släng ändringarna och fortsätt
menu-go-back-project = Gå tillbaka till projektet
menu-something-went-wrong = Något gick fel
menu-ok = OK
menu-export-contacts-csv = Exportera kontakter som CSV…
menu-accounts-people-columns = Kundens personer, med kolumnerna som importen läser
menu-export-contacts-excel = Exportera kontakter som Excel…
menu-accounts-people-relationships = Kundens personer och relationer som en arbetsbok
menu-export-ranking-csv = Exportera rangordning som CSV…
menu-export-ranking-excel = Exportera rangordning som Excel…
menu-export-plan-html = Exportera kundplan som HTML…
menu-account-plan-web = Kundplanen som en webbsida som blir snygg som PDF
menu-export-plan-markdown = Exportera kundplan som Markdown…
menu-account-plan-markdown = Kundplanen som Markdown-text
menu-close-audience-window = Stäng publikfönstret
menu-open-audience-window = Öppna publikfönstret

## src/app/views/pick.rs
view-type-search = skriv för att söka

## src/app/views/plan/opportunities.rs
plan-deleted = (borttagen)
plan-owner = (ingen ansvarig)
plan-opportunities = Affärsmöjligheter
plan-remove-opportunity = Ta bort den här affärsmöjligheten
plan-value = Värde
plan-owner-3 = Ansvarig
plan-found = Hittad

## src/app/views/plan/matrix.rs
plan-matrix-needs-our = Matrisen behöver våra produkter (i projektet) och kundens affärsenheter.
plan-click-cell-set = Klicka på en cell för att ange vad de köper, en affärsmöjlighet, en konkurrent eller ej relevant. '?' är vita fläckar: ingen vet än. Summor: köper / möjligheter.
plan-product-unit = Produkt / enhet
plan-total = Summa
plan-nobody-yet = Ingen än.
plan-people-we-know-unit = Personerna vi känner i den här enheten
plan-value-per-year = Värde per år
plan-estimated-value = Uppskattat värde
plan-next-step = Nästa steg
plan-which-competitor = Vilken konkurrent
plan-close = Stäng
plan-done-cell-esc = Klar med den här cellen (Esc)
plan-buying = Köper
plan-opportunity = Affärsmöjlighet
plan-competitor = Konkurrent
plan-relevant = Ej relevant
plan-dont-know = Vet inte

## src/app/views/plan/mod.rs
plan-export-html = Exportera HTML…
plan-plan-web-page = Planen som en webbsida som blir snygg som PDF
plan-export-markdown = Exportera Markdown…
plan-plan-markdown-text = Planen som Markdown-text
plan-plan-health = Planens hälsa
plan-account = Kunden
plan-account-team = Kundteam
plan-our-team-assigned = Ingen från vårt team är tilldelad än: lägg till dem på kartan.
plan-account-name = Kundens namn
plan-lifecycle-stage = Livscykelfas

## src/app/views/plan/tables.rs
plan-economic-development = Ekonomisk utveckling
plan-add-year = Lägg till år
plan-add-year-their = Lägg till ett år av deras siffror
plan-agreements = Avtal
plan-ended = har löpt ut
plan-add-agreement = Lägg till avtal
plan-framework-agreement = Ramavtal
plan-below-target = under målet
plan-add-kpi = Lägg till nyckeltal
plan-add-kpi-figure = Lägg till ett nyckeltal för ett år
plan-known = Känt
plan-chart = Diagram:
plan-target = Mål
plan-actual = Utfall
plan-overdue = FÖRSENAD
plan-add-activity = Lägg till aktivitet
plan-add-key-activity = Lägg till en nyckelaktivitet
plan-new-activity = Ny aktivitet
plan-how-many-us = Hur många av oss som bör känna dem väl (styrka 3+)
plan-add-relationship-goal = Lägg till relationsmål
plan-choose = (välj)
plan-add-competitor = Lägg till konkurrent
plan-new-competitor = Ny konkurrent
plan-add-partner = Lägg till partner
plan-new-partner = Ny partner
plan-never-held = aldrig hållet
plan-add-meeting = Lägg till möte
plan-next-review-due = Nästa granskning
plan-never-reviewed-ask = Aldrig granskad: be din mentor om en granskning
plan-add-review = Lägg till granskning
plan-record-review-held = Registrera en granskning som hölls i dag. Den sparar kunden som den ser ut nu, så att nästa granskning ser vad som ändrats sedan dess.
plan-add-referral-testimonial = Lägg till referens eller omdöme
plan-remove-year = Ta bort det här året
plan-remove-agreement = Ta bort det här avtalet
plan-remove-kpi = Ta bort det här nyckeltalet
plan-remove-activity = Ta bort den här aktiviteten
plan-remove-goal = Ta bort det här målet
plan-remove-competitor = Ta bort den här konkurrenten
plan-remove-partner = Ta bort den här partnern
plan-remove-meeting = Ta bort det här mötet
plan-remove-review = Ta bort den här granskningen
plan-remove-referral = Ta bort den här referensen
plan-meeting = Möte
plan-every-days = Var (dag)
plan-our-people = Våra personer
plan-their-people = Deras personer
plan-agenda = Dagordning
plan-last-held = Senast hållet
plan-next-due = Nästa gång
plan-start = Start
plan-end = Slut
plan-value-year = Värde / år
plan-year = År
plan-kpi = Nyckeltal
plan-partner = Partner
plan-role = Roll
plan-where-they-strong = Där de är starka
plan-business-units-2 = Vid affärsenheter
plan-who = Vem
plan-gave = Gav
plan-date = Datum
plan-what = Vad
plan-profitability = Lönsamhet %
plan-reviewer = Granskare
plan-comments = Kommentarer
plan-referral = Referens
plan-testimonial = Omdöme
plan-activity = Aktivitet
plan-due = Senast
plan-status-2 = Status

## src/app/views/plan/sections.rs
plan-business-units-yet = Inga affärsenheter än.
plan-goals-strategy-success = Mål, strategi och framgångsfaktorer
plan-overall-goal = Övergripande mål
plan-strategy = Strategi
plan-success-factors = Framgångsfaktorer
plan-notes = Anteckningar
plan-key-activities = Nyckelaktiviteter
plan-penetration-matrix = Penetrationsmatris
plan-our-history-them = Vår historia med dem
plan-what-they-have = Vad de har köpt
plan-kpis = Nyckeltal
plan-relationship-goals = Relationsmål
plan-competitors-partners = Konkurrenter och partner
plan-meeting-structure = Mötesstruktur
plan-reviews = Granskningar
plan-referrals-testimonials = Referenser och omdömen
plan-business-units = Affärsenheter
plan-unit = Enhet
plan-kind = Typ
plan-part = Del av
plan-location = Ort
plan-knowing-client = Att känna kunden
plan-their-products-services = Deras produkter, tjänster och marknader
plan-their-goals-strategy = Deras mål och strategi
plan-their-organisation = Deras organisation
plan-sources-web-annual = Källor (webb, årsredovisningar, personer som känner dem)

## src/app/views/portfolio/matrix.rs
portfolio-portfolio-matrix = Portföljmatris
portfolio-up-more-attractive = Uppåt: mer attraktiv för oss. Åt höger: starkare position (relationskriterier och andel av potentialen). Bubbla: nuvarande omsättning. Klicka på en bubbla för att öppna kunden.
portfolio-our-relative-strength = Vår relativa styrka
portfolio-attractiveness-us = Attraktivitet för oss
portfolio-bubble-colour-tier = Bubblans färg: nivå
portfolio-tier-yet = ingen nivå än
portfolio-develop-build-our = Utveckla: bygg vår position
portfolio-key-invest-protect = Nyckel: investera och skydda
portfolio-opportunistic-serve-efficiently = Opportunistisk: betjäna effektivt
portfolio-maintain-keep-low = Underhåll: behåll, till låg kostnad

## src/app/views/portfolio/mod.rs
portfolio-portfolio = Portfölj
portfolio-sort-column-click = Sortera efter den här kolumnen; klicka igen för omvänd ordning
portfolio-industry = Bransch
portfolio-stage = Fas
portfolio-select-account = Välj den här kunden
portfolio-some-criteria-scored = Några kriterier är inte poängsatta än: öppna Poängsättning för att bli klar
portfolio-new-account = Ny kund
portfolio-add-account = Lägg till kund
portfolio-add-new-account = Lägg till en ny kund i portföljen
portfolio-delete-account = Ta bort kund
portfolio-delete-selected-account = Ta bort den valda kunden (Ångra tar tillbaka den)
portfolio-open-map = Öppna karta
portfolio-show-selected-accounts = Visa den valda kundens relationskarta
portfolio-score-selected-account = Poängsätt den valda kunden
portfolio-open-plan = Öppna kundplan
portfolio-show-selected-accounts-plan = Visa den valda kundens plan
portfolio-account = Kund
portfolio-revenue = Omsättning
portfolio-potential = Potential
portfolio-lead = Ansvarig

## src/app/views/contact_form.rs
contact-none = (ingen)
contact-title = Titel
contact-email = E-post
contact-phone = Telefon
contact-influence = Inflytande
contact-1-little-say = 1 = lite att säga till om, 5 = bestämmer
contact-evidence = Belägg
contact-delete-contact = Ta bort kontakt
contact-delete-contact-their = Ta bort kontakten och deras relationslinjer (Ångra tar tillbaka dem)
contact-political-status = Politisk ställning

## src/app/views/mod.rs
view-account-yet = Ingen kund än
view-add-account-portfolio = Lägg till en kund i Portfölj-vyn för att börja.
view-kind-portfolio = Portfölj
view-kind-map = Karta
view-kind-scoring = Poängsättning
view-kind-plan = Kundplan
view-kind-portfolio-tooltip = Alla kunder rangordnade efter poäng och nivå
view-kind-map-tooltip = Kundens relationskarta: vem känner vem
view-kind-scoring-tooltip = Poängsätt kunden mot urvalskriterierna
view-kind-plan-tooltip = Kundplanen: kunden, dess enheter, team och mål

## src/app/views/map/forms.rs
map-account-team = Inte med i kundteamet
map-relationship = Relation
map-last-contact = Senaste kontakt
map-today = I dag
map-met-today = Träffades i dag
map-date-write-2026 = Inget datum: skriv det som { $example }
map-skills = Kompetenser
map-role-account = Roll hos den här kunden
map-remove-account = Ta bort från den här kunden
map-take-them-off = Ta bort dem från kundens team och karta, med deras linjer här
map-strength = Styrka
map-1-weak-5 = 1 = svag, 5 = stark
map-note = Anteckning
map-swap-direction = Byt riktning
map-turn-line-round = Vänd linjen (vem som rapporterar till, påverkar eller vaktar vem)
map-delete-relationship = Ta bort relation
map-delete-line-undo = Ta bort den här linjen (Ångra tar tillbaka den)

## src/app/views/map/capture.rs
map-new-opportunity = Ny affärsmöjlighet
map-value-must-number = Värdet måste vara ett tal, t.ex. 250
map-add-opportunity = Lägg till affärsmöjlighet
map-add-value = Lägg till det här värdet
map-replace-value-next = Ersätt dess värde och nästa steg
map-they-already-buy = De köper redan det här av oss: idén listas, matrisens cell förblir som den är.
map-business-unit = Affärsenhet
map-product-service = Produkt eller tjänst
map-value-thousands = Värde (tusental)
map-owner-our-team = Ansvarig i vårt team

## src/app/views/map/interact.rs
map-new-contact = Ny kontakt

## src/app/views/map/toolbar.rs
map-filters = Filter
map-show-only-some = Visa bara vissa affärsenheter, nivåer, inställningar, pjäser, teammedlemmar eller linjetyper
map-png-picture = PNG-bild…
map-map-see-twice = Kartan som du ser den, med dubbla skärmens upplösning
map-svg-drawing = SVG-ritning…
map-map-see-vector = Kartan som du ser den, som vektorritning med riktig text
map-save-map-see = Spara kartan som du ser den för bilder eller workshopens protokoll
map-re-layout = Ordna om
map-lay-out-everyone = Ställ alla tillbaka på sin enhets plats, även de fästa (Ångra sätter tillbaka dem)
map-fold-squares = Fäll ihop rutor
map-show-crowded-squares = Visa brädets trånga rutor som sammanfattningar igen
map-add-contact = Lägg till kontakt
map-add-person-client = Lägg till en person hos kunden (eller dubbelklicka på den tomma kartan)
map-add-team-member = Lägg till teammedlem
map-new-person-our = Ny person i vårt team…
map-new-team-member = Ny teammedlem
map-put-our-people = Sätt en av våra personer i kundens team
map-find-person = Hitta en person…
map-nobody-matches = Ingen matchar
map-flag-key-people = Markera nyckelpersoner som ingen täcker och kontakter som bara en av oss känner

## src/app/views/map/mod.rs
map-show-unit-node = Visa enheten som en nod med antal personer, nyckelpjäser och täckning
map-right-click-business = Högerklicka på en affärsenhet för att fälla ihop den
map-expand-all-units = Fäll ut alla enheter
map-connect-now-click = Koppla: klicka nu på den andra personen (Esc avslutar)
map-connect-click-first = Koppla: klicka på den första personen (Esc avslutar)

## src/app/views/map/present.rs
map-opportunities-found-today = Affärsmöjligheter hittade i dag: inga än (N lägger till en)
map-nobody-our-team = ingen i vårt team
map-arrows = Pilar
map-shift-arrows = Skift+pilar

## src/app/views/map/filters.rs
map-all = Alla
map-business-unit-2 = Ingen affärsenhet
map-relationship-kinds = Relationstyper
map-clear-filters = Rensa filter
map-show-everyone-again = Visa alla igen
map-team-member = Teammedlem

## src/app/views/map/panel.rs
map-show-problems-panel = Visa problempanelen
map-how-do-we = Hur når vi dem?
map-light-up-warmest = Lys upp den varmaste vägen från vårt team till den här personen
map-their-contacts-lit = Deras kontakter är upplysta på kartan.
map-click-person-line = Klicka på en person eller en linje för att redigera den. Dubbelklicka på den tomma kartan för att lägga till en kontakt.
map-pinned-where-put = Fäst där du satte dem.
map-unpin = Lossa
map-let-re-layout = Låt Ordna om flytta dem igen
map-nobody-our-team-knows = Ingen i vårt team känner dem.
map-warm-path-nobody = Ingen varm väg: ingen i vårt team har kontakt med dem, inte ens via andra.
map-clear-path = Rensa väg
map-stop-highlighting-path = Sluta markera vägen (Esc)
map-coverage = Täckning
map-kings-queens-rooks = Kungar, damer och torn utan en relation med styrka 3 eller mer från vårt team
map-contacts-only-our = Kontakter som bara en av våra personer känner
map-known-us-only = Kända av bara en av oss, oavsett styrka: om den personen slutar förlorar vi dem. Någon kan stå på båda listorna: en svag linje.
map-relationships-2 = Relationer
map-relationships-yet-press = Inga relationer än. Tryck C och klicka på två personer för att koppla ihop dem.
map-edit-relationship = Redigera den här relationen
map-people-2 = Personer

## src/app/views/scoring/model_editor.rs
scoring-scoring-model = Poängmodell
scoring-changes-here-draft = Ändringar här är ett utkast tills du tillämpar dem; panelen till höger visar vem som skulle byta nivå.
scoring-most-key-accounts = Högst antal nyckelkunder ett team kan betjäna
scoring-portfolio-warns-when = Portföljen varnar när fler kunder än så ligger på den högsta nivån (litteraturen säger 15–35)
scoring-criteria = Kriterier
scoring-move-up = Flytta upp
scoring-move-down = Flytta ned
scoring-name = Namn
scoring-description = Beskrivning
scoring-weight = Vikt
scoring-relative-weight-shares = Relativ vikt; andelarna visas normerade till 100 %
scoring-which-axis-portfolio = Vilken axel i portföljmatrisen kriteriet mäter
scoring-add-criterion = Lägg till kriterium
scoring-add-selection-criterion = Lägg till ett urvalskriterium
scoring-new-criterion = Nytt kriterium
scoring-what-1-3 = Vad 1, 3 och 5 betyder
scoring-use-preset = Använd en förinställning
scoring-replace-tiers-olympic = Ersätt nivåerna med olympiska, fotbolls-, flyg- eller A–D-nivåer
scoring-lowest-score-0 = Den lägsta poängen (0–100) som når den här nivån
scoring-add-tier = Lägg till nivå
scoring-add-tier-below = Lägg till en nivå under de andra
scoring-new-tier = Ny nivå
scoring-what-if = Tänk om
scoring-changes = Inga ändringar.
scoring-change-weight-threshold = Ändra en vikt, en gräns eller nivåerna för att se vilka kunder som skulle flytta.
scoring-account-would-change = Ingen kund skulle byta nivå.
scoring-apply-changes = Tillämpa ändringar
scoring-make-these-changes = Gör de här ändringarna (ett steg att ångra)
scoring-fix-errors-above = Rätta felen ovan först
scoring-discard-changes = Kasta ändringar
scoring-go-back-model = Gå tillbaka till modellen som används
scoring-remove-criterion = Ta bort det här kriteriet
scoring-remove-criterion-scores = Ta bort det här kriteriet (dess poäng försvinner när du tillämpar)
scoring-remove-tier = Ta bort den här nivån
scoring-score-2 = Från poäng
scoring-service-tier-gets = Service som nivån får

## src/app/views/scoring/account_form.rs
scoring-current-revenue = Nuvarande omsättning
scoring-potential-revenue = Potentiell omsättning
scoring-score = Poäng
scoring-scoring-model-has = Poängmodellen har ingen positiv vikt.
scoring-tier = Nivå
scoring-scored = inte poängsatt
scoring-how-do-know = Hur vet du det?
scoring-tier-override = Manuell nivå
scoring-missing-tier = (nivå saknas)
scoring-reason = Motivering
scoring-override-needs-reason = En manuell nivå behöver en motivering.
scoring-remove-override = Ta bort manuell nivå
scoring-let-score-decide = Låt poängen avgöra nivån igen
scoring-score-decides-tier = Poängen avgör nivån. Sätt en nivå för hand bara med en motivering som alla kan läsa.
scoring-why-tier = Varför den här nivån?
scoring-override-tier = Sätt nivå för hand
scoring-set-tier-hand = Sätt den här nivån för hand
scoring-reason-required = En motivering krävs.
scoring-criterion = Kriterium
scoring-evidence-how-do = Belägg (hur vet du det?)

## src/app/file_ops.rs
file-untitled = Namnlös
file-new-project = Nytt projekt
file-could-open-file = Det gick inte att öppna filen.
file-could-save-project = Det gick inte att spara projektet.
file-excel-workbook = Excel-arbetsbok
file-csv-spreadsheet = CSV-kalkylblad
file-web-page = Webbsida
file-markdown = Markdown
file-could-export-plan = Det gick inte att exportera kundplanen.
file-png-picture = PNG-bild
file-svg-drawing = SVG-ritning
file-could-export-map = Det gick inte att exportera kartan.
file-could-export-contacts = Det gick inte att exportera kontakterna.
file-could-export-ranking = Det gick inte att exportera rangordningen.

## src/app/account_picker.rs
picker-account = Kund:
picker-find = Sök:
picker-type-few-letters = skriv några bokstäver
picker-account-matches = Ingen kund matchar
picker-account-map-scoring = Kunden som vyerna Karta, Poängsättning och Kundplan visar

## src/app/mod.rs
app-change-made = Ändringen gjordes inte

## src/app/dialogs.rs
file-systems-file-dialog = systemets fildialog öppnades inte
file-all-files = Alla filer
file-desktop-portal-zenity = ingen skrivbordsportal och ingen zenity på det här skrivbordet

## src/app/recovery.rs
recovery-untitled-project = ett namnlöst projekt
recovery-could-write-recovery = Det gick inte att skriva återställningskopian; spara ofta
recovery-recovery-copy-cannot = Återställningskopian går inte att läsa.
recovery-restore-unsaved-work = Återställ osparat arbete
recovery-restore-unsaved-work-2 = Återställa osparat arbete?
recovery-open-changes-unsaved = Öppna den med ändringarna, osparade: Spara behåller dem, Ångra visar filen som den senast sparades
recovery-restore = Återställ
recovery-discard = Kasta
recovery-throw-unsaved-changes = Släng de osparade ändringarna

## src/app/settings.rs
settings-project-settings = Projektinställningar
settings-project-name = Projektnamn
settings-shown-window-title = Visas i fönstrets titel, i portföljen och i varje export
settings-our-company = Vårt företag
settings-supplier-us-shown = Leverantören: vi. Visas under portföljen och på exporterade kundplaner
settings-currency = Valuta
settings-what-revenues-counted = Vad omsättningen räknas i (SEK, DKK, EUR, kr, …); visas bredvid belopp

## src/app/watch.rs
share-reload-file = Läs in filen igen
share-someone-else-saved = Någon annan sparade filen: deras version visas
share-someone-else-saved-file = Någon annan sparade filen.
share-bring-their-changes = Ta in deras ändringar i dina nu; där ni båda ändrat samma sak väljer du
share-merge-now = Slå ihop nu
share-later = Senare
share-their-changes-merged = Deras ändringar slås ihop när du sparar

## src/app/sharing.rs
share-someone-else-saved-file-since = Någon annan har sparat filen sedan du öppnade den, och den går inte att läsa nu. Ditt arbete sparades inte över den; använd Spara som för att behålla det i en annan fil.
share-someone-else-saved-file-meanwhile = Någon annan sparade filen under tiden: deras ändringar är ihopslagna med dina
share-merge-changes-file = Slå ihop ändringar från filen
share-settle-merge-conflicts = Lös sammanslagningskonflikter
share-some-picks-could = Några val kunde inte tillämpas:
share-someone-else-saved-file-2 = Någon annan sparade filen
share-conflicts-settle = Konflikter att lösa
share-their-changes-yours = Deras ändringar och dina är ihopslagna. Där ni båda ändrat samma sak, välj vad som ska behållas:
share-where = Var
share-yours = Dina
share-theirs = Deras
share-merge-save = Slå ihop och spara
share-apply = Tillämpa
share-step-undo-takes = Ett steg: Ångra tar tillbaka det
share-nothing-saved-file = Inget sparas och filen förblir som de lämnade den; dina ändringar finns kvar här
share-keep-conflicts-listed = Behåll konflikterna listade i filen till senare
share-saved-file-disk = Inte sparat: filen på disken har någon annans ändringar
share-someone-has-file = Någon har den här filen öppen
share-changes-both-save = Ändringar som ni båda sparar slås ihop, fält för fält; där ni båda ändrar samma sak väljer du.
share-look-without-changing = Titta utan att ändra: Spara frågar efter en ny fil
share-open-read-only = Öppna skrivskyddad
share-open-anyway = Öppna ändå
share-edit-too-saving = Redigera den också; när du sparar slås ändringarna ihop

## src/app/import.rs
import-into-account = Till kund:
import-which-column-holds = Vilken kolumn som innehåller vad (Gambits gissning; ändra där den är fel):
import-otherwise-only-empty = Annars fylls bara tomma fält hos kontakter som redan finns
import-replace-filled-fields = Ersätt ifyllda fält med filens värden
import-import = Importera
import-apply-import-step = Tillämpa importen som ett steg; Ångra tar tillbaka den
import-close-without-importing = Stäng utan att importera
import-column-file = Kolumn i filen
import-goes = Hamnar i
import-first-rows = Första raderna
import-leave-out = (utelämna)
import-import-do = Importen kommer att
import-everyone-file-already = Alla i filen finns redan hos kunden: inget att importera.
import-contacts-imported-into = Kontakter importeras till en kund: lägg till en kund först (Portfölj > Lägg till kund).
import-could-read-contacts = Det gick inte att läsa kontakterna.
import-import-report = Importrapport
import-imported = Importerade

## src/analysis/penetration.rs
health-symbol = ?
health-buys = köper
health-opportunity = möjlighet
health-competitor = konkurrent
health-n = ej aktuellt

## src/model/enums.rs
piece-king-meaning = Beslutsfattare / godkännare (ekonomisk köpare)
piece-queen-meaning = Den mäktigaste påverkaren, kungens närmaste rådgivare
piece-rook-meaning = Grindvakt eller vetoinnehavare: inköp, ekonomi, juridik, IT-säkerhet
piece-bishop-meaning = Teknisk utvärderare eller specialist
piece-knight-meaning = Coach / förespråkare som ger oss insideinformation och introduktioner
piece-pawn-meaning = Användare eller operativ kontakt
piece-unknown-meaning = Rollen är inte känd än
level-board = Styrelse / koncernledning
level-executive = Företagsledning
level-senior-management = Högre chefer
level-middle-management = Mellanchefer
level-operational = Operativ nivå
piece-king = Kung
piece-queen = Dam
piece-rook = Torn
piece-bishop = Löpare
piece-knight = Springare
piece-pawn = Bonde
piece-unknown = Inte känd än
stance-mentor = Mentor
stance-supporter = Anhängare
stance-neutral = Neutral
stance-non-supporter = Icke-anhängare
stance-enemy = Motståndare
stance-unknown = Okänd
political-status-outside = Utanför den politiska strukturen
political-status-in-structure = I den politiska strukturen
political-status-inner-circle = Inre kretsen
rel-kind-knows = Känner / arbetar med
rel-kind-reports-to = Rapporterar till
rel-kind-influences = Påverkar
rel-kind-conflict = Konflikt
rel-kind-gatekeeps = Vaktar
lifecycle-stage-pre-sale = Försäljningsfas
lifecycle-stage-contract-negotiation = Avtalsförhandling
lifecycle-stage-implementation = Implementering / leverans
lifecycle-stage-review = Utvärdering
lifecycle-stage-operation = Drift
unit-kind-group-company = Koncernbolag
unit-kind-division = Division
unit-kind-department = Avdelning
unit-kind-subsidiary = Dotterbolag
unit-kind-location = Ort
team-role-lead-account-manager = Huvudansvarig KAM
team-role-executive-sponsor = Sponsor i ledningen
team-role-mentor = Mentor
team-role-sales = Försäljning
team-role-service = Service
team-role-delivery = Leverans
team-role-technical = Teknik

## src/model/map.rs
map-layout-force = Kraftlayout
map-layout-board = Brädlayout

## src/model/plan.rs
kpi-sales = Försäljning
kpi-turnover = Omsättning
kpi-profit = Vinst
kpi-profitability = Lönsamhet (%)
kpi-customer-satisfaction = Kundnöjdhet
kpi-service-level = Servicenivå / leveranssäkerhet (%)
activity-status-planned = Planerad
activity-status-in-progress = Pågår
activity-status-done = Klar
activity-status-dropped = Struken
meeting-kind-internal = Internt (kundteamet)
meeting-kind-strategic = Strategiskt (med kunden)
meeting-kind-tactical = Taktiskt (med kunden)
meeting-kind-operational = Operativt (med kunden)

## src/model/scoring.rs
score-axis-attractiveness = Attraktivitet
score-axis-strength = Vår styrka

## src/analysis/health.rs
level-stale = Inaktuellt
level-missing = Saknas
level-soon = Snart
indicator-healthy = Frisk
indicator-needs-attention = Bör ses över
indicator-stale = Inaktuell

## src/interchange/columns.rs
field-full-name = Fullständigt namn
field-first-name = Förnamn
field-last-name = Efternamn
field-title = Titel
field-company = Företag
field-department = Avdelning
field-email = E-post
field-phone = Telefon
field-reports-to = Rapporterar till
field-owner = Kontaktansvarig
field-level = Nivå
field-piece = Pjäs
field-stance = Inställning
field-influence = Inflytande
field-notes = Anteckningar

## src/interchange/decode.rs
text-encoding-utf8 = UTF-8
text-encoding-utf8-mended = UTF-8 (enstaka byte lästa som Windows-1252)
text-encoding-utf16-be = UTF-16
text-encoding-windows1252 = Windows-1252

## src/app/actions.rs
scope-app-title = Överallt
scope-map-title = På kartan
scope-wall-title = När kartan presenteras (F5)
scope-audience-title = I publikfönstret
action-new = Nytt
action-new-tip = Starta ett nytt, tomt projekt
action-open = Öppna…
action-open-tip = Öppna en projektfil (.kam)
action-save = Spara
action-save-tip = Spara projektet i sin fil
action-save-as = Spara som…
action-save-as-tip = Spara projektet i en ny fil
action-undo = Ångra
action-undo-tip = Ångra den senaste ändringen
action-redo = Gör om
action-redo-tip = Gör om den senast ångrade ändringen
action-import-contacts = Importera kontakter…
action-import-contacts-tip = Hämta in kundens personer från en CRM- eller kalkylbladsexport (CSV eller Excel)
action-export-map-png = Exportera kartan som PNG…
action-export-map-png-tip = Kartan som du ser den, som en bild med dubbla skärmens upplösning, för presentationer
action-export-map-svg = Exportera kartan som SVG…
action-export-map-svg-tip = Kartan som du ser den, som vektorritning med riktig text, för presentationer
action-present = Presentera kartan
action-present-tip = Helskärm, stor text, för en workshopvägg (F5 eller Esc lämnar)
action-audience-window = Publikfönster
action-audience-window-tip = Ett andra fönster med kartan för projektorn (F11 där: helskärm); redigeraren stannar här
action-help = Kortkommandon
action-help-tip = Alla tangenter Gambit kan, och var de fungerar
action-quit = Avsluta
action-quit-tip = Stäng Gambit
action-find = Hitta en person
action-find-tip = Skriv ett namn eller en titel; Enter visar första träffen
action-connect = Koppla
action-connect-tip = Klicka på två personer för att rita en relation mellan dem. Håll ned Skift vid andra klicket för att rita en till; Esc avslutar
action-legend = Teckenförklaring
action-legend-tip = Förklara varje färg, form och linje
action-key-people = Nyckelpersoner
action-key-people-tip = Bara kungar, damer, torn och vårt team, med linjerna mellan dem
action-layout = Bräde / kraftlayout
action-layout-tip = Växla mellan schackbrädet (rader är nivåer, linjer är affärsenheter) och kraftlayouten
action-fit = Anpassa
action-fit-tip = Få plats med hela kartan
action-zoom-in = Zooma in
action-zoom-in-tip = Zooma in mot kartans mitt
action-zoom-out = Zooma ut
action-zoom-out-tip = Zooma ut från kartans mitt
action-pan = Panorera
action-pan-tip = Flytta kartan (eller dra i den tomma kartan, eller använd hjulet)
action-delete = Ta bort
action-delete-tip = Ta bort markeringen (Ångra tar tillbaka den)
action-cancel = Avbryt
action-cancel-tip = Avsluta kopplingen, sedan den visade vägen, sedan markeringen
action-spotlight-next = Nästa i strålkastarljuset
action-spotlight-next-tip = Sätt strålkastaren på nästa i vårt team, eller bland deras nyckelpjäser
action-spotlight-next-hint = strålkastare
action-spotlight-back = Föregående i strålkastarljuset
action-spotlight-back-tip = Sätt strålkastaren på den förra
action-spotlight-switch = Team / nyckelpjäser
action-spotlight-switch-tip = Strålkastaren på deras nyckelpjäser (kungar, damer, torn) och vem som täcker dem; igen för vårt team
action-spotlight-switch-hint = team / nyckelpjäser
action-spotlight-off = Strålkastaren av
action-spotlight-off-tip = Lys upp alla igen
action-spotlight-off-hint = av
action-capture = Ny affärsmöjlighet
action-capture-tip = Fånga en affärsmöjlighet som rummet hittade: enhet, produkt, värde, ansvarig, nästa steg
action-capture-hint = ny affärsmöjlighet
action-wall-fit = Anpassa
action-wall-fit-tip = Få plats med hela kartan på väggen
action-wall-fit-hint = anpassa
action-wall-zoom-in = Zooma in
action-wall-zoom-in-tip = Zooma in mot kartans mitt
action-wall-zoom-in-hint = zooma
action-wall-zoom-out = Zooma ut
action-wall-zoom-out-tip = Zooma ut från kartans mitt
action-wall-pan = Panorera
action-wall-pan-tip = Flytta kartan på väggen
action-wall-pan-hint = panorera
action-wall-legend = Teckenförklaring
action-wall-legend-tip = Visa eller dölj teckenförklaringen på väggen
action-wall-legend-hint = teckenförklaring
action-wall-theme = Ljust / mörkt
action-wall-theme-tip = Växla projektorns tema mellan ljust och mörkt
action-wall-theme-hint = ljust / mörkt
action-leave-presentation = Lämna
action-leave-presentation-tip = Lämna presentationen, tillbaka till redigeraren
action-leave-presentation-hint = lämna
action-full-screen = Helskärm
action-full-screen-tip = Publikfönstret i helskärm, eller inte
action-leave-full-screen = Lämna helskärm
action-leave-full-screen-tip = Tillbaka till ett fönster

## src/app/views/scoring/mod.rs
scoring-score-account = Poängsätt den här kunden
scoring-score-selected-account = Poängsätt den valda kunden mot varje kriterium
scoring-criteria-weights-tiers = Kriterier, vikter och nivåer för alla kunder

## src/command/mod.rs
undo-edit-project = Redigera projekt
undo-edit-team-member = Redigera teammedlem
undo-delete-team-member = Ta bort teammedlem
undo-edit-product = Redigera produkt
undo-delete-product = Ta bort produkt
undo-restore-account = Återställ kund
undo-edit-account = Redigera kund
undo-edit-business-unit = Redigera affärsenhet
undo-delete-business-unit = Ta bort affärsenhet
undo-edit-contact = Redigera kontakt
undo-edit-relationship = Redigera relation
undo-score-criterion = Poängsätt kriterium
undo-edit-account-team = Redigera kundteam
undo-remove-account = Ta bort från kunden
undo-delete-selection = Ta bort markering
undo-edit-plan = Redigera kundplan
undo-edit-scoring-model = Redigera poängmodell
undo-show-board-layout = Visa brädlayout
undo-show-force-layout = Visa kraftlayout
undo-move-people = Flytta personer

## src/export/plan.rs
export-profitability = Lönsamhet
export-sources = Källor
export-buying-opportunity = Köper / möjlighet
export-white-space-nobody = '?' är en vit fläck: ingen i vårt team vet än.
export-nothing-missing-stale = Inget saknas eller är inaktuellt.
export-person = Person
export-stance-now-target = Inställning nu -> mål
export-us-who-should = Av oss som bör känna dem
export-how = Hur
export-at = Vid
export-revenue-us = Omsättning hos oss
export-why-tier-set = Varför nivån är satt för hand
export-how-often = Hur ofta

## src/model/scoring_defaults.rs
model-yearly-revenue-us = Årlig omsättning hos oss i dag.
model-small-share-our = Liten andel av vår försäljning
model-among-our-top = Bland våra 50 största kunder
model-among-our-top-10 = Bland våra 10 största kunder
model-revenue-we-could = Omsättning vi kan nå inom tre år.
model-little-room-grow = Litet utrymme att växa
model-could-double = Kan fördubblas
model-could-grow-several = Kan växa flera gånger om
model-organisational-complexity = Organisatorisk komplexitet
model-group-many-companies = En koncern med många bolag, enheter och orter.
model-site-buyer = En ort, en köpare
model-several-units-buy = Flera enheter köper var för sig
model-multinational-group-many = Multinationell koncern, många enheter
model-need-several-offerings = Behov av flera erbjudanden
model-how-many-our = Hur många av våra produkter och tjänster de behöver.
model-product = En produkt
model-two-three-lines = Två eller tre produktområden
model-most-our-portfolio = Det mesta av vårt sortiment
model-reference-value = Referensvärde
model-value-reference-multiplier = Värde som referens eller multiplikator på marknaden.
model-unknown-market = Okänd på marknaden
model-known-their-niche = Känd i sin nisch
model-market-leader-others = Marknadsledare som andra följer
model-margin-we-earn = Marginalen vi tjänar efter kostnaden för att betjäna dem.
model-loss-making = Förlustbringande
model-average-margin = Genomsnittlig marginal
model-well-above-average = Klart över genomsnittlig marginal
model-strategic-fit = Strategisk passform
model-fit-our-strategy = Passform med vår strategi och våra målmarknader.
model-outside-our-focus = Utanför vårt fokus
model-partly-focus = Delvis i fokus
model-core-our-strategy = Kärnan i vår strategi
model-relationship-quality = Relationskvalitet
model-depth-breadth-our = Djup och bredd i våra relationer.
model-contact-transactional = En kontakt, transaktionell
model-several-contacts-trusted = Flera kontakter, förtroende
model-partner-executive-level = Partner på ledningsnivå
model-olympic = Olympisk
model-gold = Guld
model-dedicated-account-team = Eget kundteam, sponsor i ledningen, kundplanen granskas två gånger om året.
model-silver = Silver
model-named-account-manager = Namngiven kundansvarig, årlig kundplan och granskning.
model-bronze = Brons
model-served-regional-sales = Betjänas av regionens säljteam med standardservice.
model-football = Fotboll
model-premier = Allsvenskan
model-1st-division = Superettan
model-2nd-division = Ettan
model-airline = Flyg
model-first = Första klass
model-dedicated-team-executive = Eget team, sponsor i ledningen, gemensamma strategidagar, kundplanen granskas två gånger om året.
model-club = Klubbklass
model-named-account-manager-yearly = Namngiven kundansvarig, årlig kundplan, kvartalsvisa affärsgenomgångar.
model-economy = Ekonomiklass
model-named-contact-inside = Namngiven kontakt i innesälj, standardservice.
model-standby = Stand-by
model-served-request-through = Betjänas på begäran via webbutik och kundtjänst; fullt nöjda, utvecklas inte.
model-key-account-dedicated = Nyckelkund: eget team och en levande kundplan.
model-development-account-named = Utvecklingskund: namngiven ansvarig, årlig kundplan.
model-maintain-regional-sales = Underhåll: regional försäljning, standardservice.
model-serve-efficiently-through = Betjäna effektivt via innesälj och webbutiken.

## manual
map-force-layout-tip = Varje affärsenhet har sin egen plats, nyckelpersonerna i mitten; dra personer för att fästa dem
map-board-layout-tip = Schackbrädet: rader är nivåer, linjer är affärsenheter
menu-undo-named = Ångra: { $action }
menu-redo-named = Gör om: { $action }
status-warnings = { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
status-errors-warnings = { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
portfolio-company-accounts = { $company } · { $accounts ->
    [one] 1 kund
   *[other] { $accounts } kunder
}
portfolio-tier-count = { $tier }: { $accounts }
portfolio-untiered-count = Ingen nivå än: { $accounts }
portfolio-tiers-summary = Nivåer: { $tiers }
portfolio-too-many-key-accounts = { $accounts } nyckelkunder: fler än de { $limit } ett team kan betjäna. Höj ribban eller gränsen i poängmodellen.
portfolio-tier-overridden = { $tier } (manuell)
portfolio-not-placed = Inte placerade eftersom några kriterier inte är poängsatta: { $accounts }
plan-no-opportunities-hint = Inga affärsmöjligheter än. Presentera kartan ({ $present }); { $capture }: fånga en
plan-opportunities-total = Affärsmöjligheter: { $count } · { $total }
plan-white-space-cells = { $cells ->
    [one] 1 cell är en vit fläck
   *[other] { $cells } celler är vita fläckar
}
plan-people-we-know-at = Personer vi känner på { $unit }
plan-agreement-ends-in = { $days ->
    [one] löper ut om 1 dag
   *[other] löper ut om { $days } dagar
}
plan-owner-of = Ansvarig för { $activity }
plan-status-of = Status för { $activity }
plan-covered-by-us = { $people } av oss
plan-date-overdue = { $date } (försenad)
plan-next-review-overdue = Nästa granskning: { $date } (försenad)
plan-next-review-on = Nästa granskning: { $date }
plan-heading = Kundplan — { $account }
plan-health-is = Planens hälsa: { $state }
contact-missing-unit-mark = (enhet saknas)
map-our-team-of = Vårt team · { $company }
map-no-unit-matches = Ingen affärsenhet matchar ”{ $typed }”
map-no-product-matches = Ingen produkt eller tjänst matchar ”{ $typed }”
map-no-member-matches = Ingen i vårt team matchar ”{ $typed }”
map-cell-has-opportunity = Den här enheten och produkten har redan en affärsmöjlighet ({ $value })
map-competitor-supplies-cell = En konkurrent levererar detta ({ $competitor }): idén listas, matrisens cell förblir som den är.
map-expand-unit = Fäll ut { $unit }
map-collapse-unit = Fäll ihop { $unit }
map-people-count = { $people ->
    [one] 1 person
   *[other] { $people } personer
}
wall-caption-hint = { $account } — Piltangenter: strålkastare på vårt team · K: deras nyckelpjäser
wall-caption-member = { $name } — { $people ->
    [one] 1 person de känner här
   *[other] { $people } personer de känner här
}
wall-caption-contact = { $name } ({ $piece }) — täcks av: { $covered }
map-problems-in-project = { $problems ->
    [one] 1 problem i projektet
   *[other] { $problems } problem i projektet
}
map-people-selected = { $people } personer valda: dra en för att flytta alla, Delete tar bort dem
map-covered-by = Täcks av: { $members }
map-how-we-reach-person = Hur vi når { $name }
map-uncovered-key-count = Nyckelpersoner som ingen täcker ({ $people })
map-coverage-rule = En kung, dam eller ett torn är täckt när en av oss har en linje med styrka { $strength } eller mer till dem.
map-single-threaded-count = Bara en kontaktväg ({ $people })
map-person-left = { $person } (har slutat)
scoring-tiers-named = Nivåer: { $tiers }
scoring-accounts-would-move = { $accounts ->
    [one] 1 kund skulle byta nivå:
   *[other] { $accounts } kunder skulle byta nivå:
}
scoring-heading = Poängsättning — { $account }
scoring-score-of-100 = Poäng: { $score } / 100
scoring-incomplete = Poängen är ofullständig: { $criteria ->
    [one] 1 kriterium är inte poängsatt än
   *[other] { $criteria } kriterier är inte poängsatta än
}
scoring-tier-is = Nivå: { $tier }
scoring-tier-overridden = { $line } (manuell: { $reason })
scoring-no-tier = Nivå: —
scoring-set-by-hand = Satt för hand till { $tier }
file-own-dialog-because = Gambits egen fildialog används ({ $reason })
wall-window-title = Gambit publikvy — { $account }
view-more-matches = … { $more } till: skriv för att begränsa
file-opened-name = Öppnade { $name }
file-opened-with-problems = Öppnade { $name } ({ $problems ->
    [one] 1 problem hittades
   *[other] { $problems } problem hittades
})
file-saved-to = Sparade { $path }
file-exported-to = Exporterade { $path }
file-exported-some-revenues-empty = { $status } (en del omsättningar är inte tal och lämnades tomma)
file-read-only-mark = (skrivskyddad)
recovery-restored-of = Återställde osparat arbete i { $name }
recovery-closed-without-saving = Gambit stängdes utan att spara ändringarna i { $name }.
share-merged-renumbered = Någon annan sparade filen under tiden: deras ändringar är ihopslagna med dina ({ $records ->
    [one] 1 post numrerades om
   *[other] { $records } poster numrerades om
})
share-user-has-it-open = { $user } har den öppen sedan { $since }
share-user-on-host-has-it-open = { $user } ({ $host }) har den öppen sedan { $since }
map-region-caption-known = { $unit } ({ $people } · { $known } kända)
map-known-by-us = { $people } kända av oss
import-file-rows = { $file }: { $rows ->
    [one] 1 rad
   *[other] { $rows } rader
}, { $read_as }
import-more-in-report = { $more } till i rapporten efter importen
menu-language = Språk
menu-language-tip = Språket för all text i Gambit och dess exporter; sparas till nästa start
menu-language-changed = Gambit talar svenska nu
map-contacts-and-lines = { $contacts ->
    [one] 1 kontakt
   *[other] { $contacts } kontakter
} · { $lines ->
    [one] 1 relation
   *[other] { $lines } relationer
}
wall-opportunities-today = Affärsmöjligheter hittade i dag: { $count } · värda { $total }
health-section-goals = Mål och strategi
health-section-client = Att känna kunden
health-section-kpis = Nyckeltal
health-section-activities = Nyckelaktiviteter
health-section-relationship-goals = Relationsmål
health-section-meetings = Mötesstruktur
health-section-matrix = Penetrationsmatris
health-section-reviews = Granskningar
health-section-agreements = Avtal
health-section-relationships = Relationer
health-goals-empty = inget övergripande mål än
health-economics-empty = inga siffror om kundens verksamhet än
health-kpis-empty = inga nyckeltal än
health-activities-empty = inga nyckelaktiviteter än
health-relationship-goals-empty = inga relationsmål än
health-meetings-empty = inga planerade möten än
health-matrix-empty = inget markerat i matrisen än
health-never-reviewed = Planen har aldrig granskats
health-review-overdue = Granskningen är försenad sedan { $due } (senaste granskning { $last })
health-activity-overdue = ”{ $activity }” skulle vara klar { $due }
health-agreement-ended = ”{ $agreement }” löpte ut { $end }
health-agreement-ends = ”{ $agreement }” löper ut { $end }, { $days ->
    [one] om 1 dag
   *[other] om { $days } dagar
}
health-meeting-overdue = { $kind ->
    [internal] Internt möte
    [strategic] Strategiskt möte
    [tactical] Taktiskt möte
   *[operational] Operativt möte
} försenat sedan { $due }
health-meeting-never-held = { $kind ->
    [internal] Internt möte
    [strategic] Strategiskt möte
    [tactical] Taktiskt möte
   *[operational] Operativt möte
} aldrig hållet
health-never-met = Inget registrerat möte med { $name } ({ $piece })
file-name-ranking = { $project } rangordning { $date }
file-name-contacts = { $account } kontakter { $date }
file-name-plan = { $account } kundplan { $date }
plan-cell-spoken = { $product } på { $unit }
plan-goal-person = Person
plan-goal-stance-now = Inställning nu
plan-goal-target-stance = Önskad inställning
plan-goal-covered-now = Täckt nu
plan-goal-how = Hur
export-plan-title = Kundplan: { $account }
export-plan-subtitle = { $company } · per { $date }
export-score-of-100 = { $score } / 100
export-status-overdue = { $status } (FÖRSENAD)
export-stance-change = { $now } -> { $target }
export-every-days = { $days ->
    [one] varje dag
   *[other] var { $days }:e dag
}
export-found-worth = { $count } värda { $total }
export-score-and-tier = Poäng och nivå
ranking-incomplete = ofullständig ({ $missing } saknas)
ranking-no-model = ingen modell
export-score-incomplete = ofullständig
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
id-member = teammedlem nr { $n }
id-product = produkt nr { $n }
id-account = kund nr { $n }
id-unit = enhet nr { $n }
id-contact = kontakt nr { $n }
id-relationship = relation nr { $n }
id-criterion = kriterium nr { $n }
id-tier = nivå nr { $n }
check-error = fel
check-warning = varning
check-id-used-twice = { $id } används mer än en gång
check-out-of-scale = { $what } är { $value }, men måste vara { $min } till { $max }
check-what-score = poängen
check-what-influence = inflytandet
check-what-strength = styrkan
check-at-team-members = teammedlemmar
check-at-products = produkter
check-at-accounts = kunder
check-control-character = { $field } innehåller ett styrtecken ({ $code }) på rad { $line }, kolumn { $column }; ta bort det
check-not-a-number = { $field } är { $value }, vilket inte är ett tal; skriv ett tal där
check-noncharacter = { $field } innehåller { $code } på rad { $line }, kolumn { $column }, en kod som inte är något tecken (filer, SVG och HTML kan inte bära den); ta bort den
check-too-long = { $field } är { $length } tecken långt; det får vara högst { $limit }
check-at-account-number = kund { $n }
check-at-account = kund ”{ $name }”
check-at-contact-number = kontakt { $n }
check-at-record = { $id } ”{ $name }”
check-at-project = projektet
check-at-criteria = poängkriterier
check-at-tier-scheme = nivåschema
check-at-criterion = kriterium ”{ $name }”
check-negative-weight = vikten är { $weight }, men måste vara noll eller mer
check-at-scoring-model = poängmodell
check-all-weights-zero = alla kriteriers vikter är noll, så ingen kund kan poängsättas
check-no-tiers = har inga nivåer, så ingen kund får en nivå
check-at-tier = nivå ”{ $name }”
check-threshold-range = gränsen är { $threshold }, men måste vara 0 till 100
check-threshold-order = gränsen { $threshold } måste ligga under gränsen { $above } för ”{ $tier }” ovanför (nivåerna går från bäst)
check-at-units = affärsenheter
check-at-contacts = kontakter
check-at-relationships = relationer
check-at-score-for = poäng för { $criterion }
check-refers-to-missing = hänvisar till { $id }, som inte finns
check-at-tier-override = manuell nivå
check-override-needs-reason = en manuell nivå behöver en motivering
check-at-account-team = kundteam
check-refers-to-missing-person = hänvisar till { $id }, som inte finns
check-at-position-of = karta > position för { $person }
check-position-range = är ({ $x }, { $y }); en position måste vara ett ändligt tal inom ±{ $max }
check-at-map = karta
check-position-of-missing = har en position för { $id }, som inte finns (den ignoreras)
check-negative-revenue = omsättningen { $revenue } måste vara noll eller mer
check-at-plan = kundplan
check-at-activity = aktivitet ”{ $name }”
check-owner-missing = ansvarig { $id } finns inte
check-cell-missing = hänvisar till { $product } på { $unit }, som inte finns
check-at-competitor = konkurrent ”{ $name }”
check-at-agreement = avtal ”{ $name }”
check-ends-before-start = slutar ({ $end }) innan det börjar ({ $start })
check-at-unit = enhet ”{ $name }”
check-parent-missing = överordnad enhet { $id } finns inte
check-unit-cycle = är sin egen överordnade genom en cirkel av överordnade enheter
check-no-name = har inget namn
check-unit-missing = affärsenhet { $id } finns inte
check-line-to-self = förbinder en person med sig själv
check-reporting-cycle = rapporteringscirkel: { $people } -> tillbaka till den första
check-reporting-cycle-also = rapporteringscirkel: { $people } -> tillbaka till den första; också fångade i den: { $also }
check-at-reporting-lines = rapporteringslinjer
check-at-relationship-goals = relationsmål
check-at-referrals = referenser
check-at-matrix = penetrationsmatris
check-at-opportunities = affärsmöjligheter
cli-check-summary = { $file }: { $accounts ->
    [one] 1 kund
   *[other] { $accounts } kunder
}, { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
cli-already-current = { $file }: redan i formatversion { $version }; inte ändrad
cli-unknown-format = ett okänt format
cli-format-version = formatversion { $version }
cli-migrated = { $file }: migrerad från { $from } till { $version }; den gamla filen är { $backup }
cli-renumbered = { $file }: båda sidor lade till { $record }; en av dem är nu { $now }
cli-conflict = konflikt: { $place }: våra { $ours }, deras { $theirs }
cli-conflicts-left = { $conflicts ->
    [one] 1 konflikt kvar; öppna filen i Gambit för att lösa den
   *[other] { $conflicts } konflikter kvar; öppna filen i Gambit för att lösa dem
}
cli-plan-written = kundplanen för { $account } skriven
cli-no-accounts = projektet har inga kunder
cli-closest = närmast: { $names }
cli-no-such-account = { $file }: ingen kund heter ”{ $name }”; { $hint }
cli-map-written = kartan över { $account } skriven som { $format } ({ $people ->
    [one] 1 person
   *[other] { $people } personer
})
cli-error-not-changed = { $error }; { $file } inte ändrad
cli-columns = kolumner: { $columns }
cli-nothing-new = { $file }: inget nytt för { $account }; inte ändrad
cli-saved = { $file }: sparad; den tidigare versionen är { $backup }
cli-contacts-written = { $contacts } kontakter hos { $account } skrivna
cli-relationships-written = { $lines } relationer hos { $account } skrivna
cli-with-relationships = { $done }, med deras relationer
cli-revenues-not-numbers = { $file }: varning: { $accounts ->
    [one] 1 kund har en omsättning som inte är ett tal; lämnad tom i tabellen
   *[other] { $accounts } kunder har en omsättning som inte är ett tal; lämnade tomma i tabellen
}
cli-accounts-ranked = { $accounts } kunder rangordnade
cli-workbook-failed = { $file }: arbetsboken kunde inte skapas: { $error }
cli-file-rows = { $file }: { $rows ->
    [one] 1 rad
   *[other] { $rows } rader
}, läst som { $read_as }
load-cannot-read = { $path }: filen går inte att läsa: { $error }
load-too-large = { $path }: filen är { $size } byte, mer än de { $limit } byte ett projekt får vara
load-empty = { $path }: filen är tom
export-over-open-project = { $path }: är det öppna projektet eller dess säkerhetskopia; en export skriver aldrig över det. Välj ett annat namn
export-over-a-project = { $path }: är ett Gambit-projekt; en export skriver aldrig över ett projekt. Välj ett annat namn
cli-changed-meanwhile-merged = { $file }: någon annan sparade den under tiden; deras ändringar är sammanfogade
cli-changed-meanwhile-conflict = { $file }: någon annan sparade den under tiden och ändrade { $conflicts } av samma fält; inget sparades. Kör kommandot igen
cli-changed-meanwhile-unreadable = { $file }: någon annan sparade den under tiden och den kan inte läsas nu ({ $error }); inget sparades
cli-not-a-number-at = { $file }:{ $line }:{ $column }: { $field } är skrivet som { $value }, vilket inte är ett tal
file-opened-cannot-save = Projektet öppnades, men Gambit kan inte spara det som det är: utskrivet skulle det bli större än en projektfil får vara. Ta bort kunder eller kontakter, eller dela upp portföljen i två filer, innan du räknar med att kunna spara.
load-not-a-file = { $path }: är ingen fil (en mapp, rörledning eller enhet); Gambit öppnar bara vanliga filer
load-not-text = { $path }: inget Gambit-projekt: filen är inte text (ogiltig UTF-8 vid byte { $byte })
load-utf16 = { $path }: inget Gambit-projekt: filen är UTF-16-text; Gambit-filer är UTF-8 (öppna originalet, eller spara den igen som UTF-8)
load-no-version = { $path }: inget Gambit-projekt: fältet format_version saknas
load-newer-version = { $path }: skriven av en nyare Gambit (formatversion { $found }; den här Gambit läser upp till { $version }). Uppdatera Gambit för att öppna den; filen ändrades inte
load-unknown-version = { $path }: formatversion { $found } är ingen version Gambit någonsin har skrivit
load-nested-too-deep = data är nästlade djupare än de { $limit } nivåer ett projekt får ha
save-cannot-write = projektet går inte att skriva: { $error }
save-failed = { $path }: kan inte spara: { $error }
save-read-only = { $path }: kan inte spara: filen är skrivskyddad; använd Spara som för att spara en kopia någon annanstans
save-newer-version = { $path }: kan inte spara: filen där skrevs av en nyare Gambit (formatversion { $found }; den här Gambit skriver { $version }); använd Spara som så att den inte skrivs över
save-too-large = { $path }: kan inte spara: projektet skulle bli { $size } byte, mer än de { $limit } byte en projektfil får vara

## Import reports, tables, map pictures and merges
import-count-added = { $n } tillagda
import-count-updated = { $n } uppdaterade
import-count-unchanged = { $n } fanns redan
import-count-skipped = { $n } överhoppade
import-count-lines = { $n ->
    [one] 1 ny linje
   *[other] { $n } nya linjer
} ({ $reporting } rapporteringslinjer, { $ours } våra)
import-count-units = { $n ->
    [one] 1 ny affärsenhet
   *[other] { $n } nya affärsenheter
}
import-rows-added = tillagda: { $rows }
import-rows-updated = uppdaterade: { $rows }
import-rows-unchanged = fanns redan: { $rows }
import-row-skipped = rad { $row }: överhoppad: { $why }
import-row-filled = rad { $row }: { $name }: fyllde i { $fields }
import-row-note = rad { $row }: { $name }: { $note }
import-new-units = nya affärsenheter: { $units }
import-joined-team = gick med i kundteamet (som { $role }): { $names }
import-unmatched-manager = chefen ”{ $name }” finns inte bland kontakterna; ingen rapporteringslinje ({ $rows })
import-unmatched-owner = ansvarig ”{ $name }” är inte en av oss; ingen linje dragen ({ $rows })
import-rows-named = { $count ->
    [one] rad
   *[other] rader
} { $rows }
import-error-no-account = { $id } finns inte
import-error-no-rows = har en rubrikrad men inga kontakter under den
import-error-invalid = importen skulle lämna projektet med fel, så inget importerades: { $problems }
import-note-cut = { $field } kortad till { $max } tecken
import-note-notes-cut = anteckningarna kortade till den längsta text ett projekt rymmer
import-skip-no-name = inget namn
import-skip-long-name = namnet är { $length } tecken långt; ett namn rymmer högst { $max }
import-note-same-person = samma person som rad { $row }
import-skip-ambiguous = { $count } kontakter heter ”{ $name }”; en kolumn med e-post skulle visa vem det är
import-note-unknown-value = { $what } ”{ $value }” känner Gambit inte till; lämnad som den var
import-note-influence = inflytande ”{ $value }” är inte 1 till 5; lämnat som det var
report-field-title = titel
report-field-email = e-post
report-field-phone = telefon
report-field-notes = anteckningar
report-field-business-unit = affärsenhet
report-field-piece = pjäs
report-field-stance = hållning
report-field-level = nivå
report-field-influence = inflytande
import-manager-ambiguous = { $count } kontakter heter ”{ $name }”; ingen rapporteringslinje dragen
import-note-own-manager = anges som sin egen chef; ingen rapporteringslinje
import-note-has-manager = rapporterar redan till någon annan på kartan; ”{ $manager }” inte tillagd som chef
import-owner-line-note = Kontaktansvarig i CRM
import-note-cycle = rapporteringslinjen till { $boss } utelämnad: den skulle sluta en rapporteringscirkel
import-no-name-column = ingen kolumn innehåller kontakternas namn (letade efter Namn, Förnamn, Efternamn, Full Name, Name, First Name, Last Name, Navn, Fornavn, Efternavn …); kolumnerna är { $columns }
read-error-io = { $path }: kan inte läsas: { $reason }
read-error-too-large = { $path }: är { $size } MB; Gambit läser kontaktlistor på högst { $max } MB
read-error-empty = { $path }: innehåller inga rader (en tom fil eller ett tomt blad)
read-error-binary = { $path }: är ingen CSV- eller textexport: den innehåller binära data (vid byte { $byte }). Exportera kontakterna som CSV eller Excel (.xlsx) och importera den
read-error-unclosed = { $path }: fältet inom citattecken som börjar på rad { $line } avslutas aldrig, så resten av filen skulle läsas som en cell; rätta citattecknen och importera igen
read-error-workbook = { $path }: kan inte läsas som en arbetsbok: { $reason }
workbook-too-many-parts = den består av { $count } delar, fler än en arbetsbok har
workbook-too-many-strings = den har { $count } delade texter; Gambit läser högst { $max }. Spara kontakterna som CSV eller dela upp arbetsboken
workbook-part-too-large = delen { $part } packas upp till mer än { $max } MB; mer läser Gambit inte. Spara kontakterna som CSV eller dela upp arbetsboken
workbook-cell-too-long = delen { $part } har en text på mer än { $max } KB, längre än en cell i ett kalkylblad kan vara
workbook-part-broken = delen { $part } kan inte packas upp: { $reason }
workbook-area-too-large = bladen spänner över { $cells } celler (avlägsna celler medräknade); Gambit läser högst { $max }. Ta bort de tomma raderna och kolumnerna fram till de avlägsna cellerna, eller spara bladet som .xlsx eller CSV
workbook-too-many-cells = bladet fyller fler än { $cells } celler eller { $mb } MB text; mer läser Gambit inte. Spara kontakterna som CSV eller dela upp bladet
workbook-table-too-large = tabellen är { $rows } rader med { $columns } kolumner, fler än de { $max } celler Gambit läser. Ta bort oanvända kolumner till höger om datan eller dela upp bladet
read-error-no-sheet = { $path }: har inget blad som heter ”{ $name }”; dess blad: { $sheets }
table-read-as = { $encoding }-text avgränsad med ”{ $separator }”
table-read-as-tabs = { $encoding }-text avgränsad med tabbar
table-read-as-sheet = bladet ”{ $name }”
table-column-n = Kolumn { $n }
sheet-too-many-rows = för många rader för ett kalkylblad
sheet-too-many-columns = för många kolumner för ett kalkylblad
sheet-contacts = Kontakter
sheet-relationships = Relationer
sheet-ranking = Rangordning
rel-column-from = Från
rel-column-from-email = Från e-post
rel-column-to = Till
rel-column-to-email = Till e-post
rel-column-kind = Typ
rel-column-strength = Styrka
rel-column-last-contact = Senaste kontakt
rel-column-note = Anteckning
rank-column-rank = placering
rank-column-account = kund
rank-column-industry = bransch
rank-column-score = poäng
rank-column-tier = nivå
rank-column-override-reason = skäl_för_undantag
rank-column-current-revenue = nuvarande_omsättning
rank-column-potential-revenue = potentiell_omsättning
rank-column-lead = ansvarig
png-error-too-many-pixels = bilden skulle bli { $width } x { $height } bildpunkter, mer än de { $millions } miljoner en PNG får ha; exportera en SVG i stället
png-error-too-large = bilden skulle bli för stor
png-error-cannot-make = kan inte skapa en bild på { $width }x{ $height }
png-error-encode = kan inte koda PNG-filen: { $error }
png-error-invalid-svg = kartritningen är inte giltig SVG: { $error }
merge-place-unit = affärsenhet ”{ $name }”
merge-place-contact = kontakt ”{ $name }”
merge-place-score = poäng för { $criterion }
merge-place-team-seat = plats i kundteamet för { $member }
merge-place-position = kartposition för { $person }
merge-place-plan = kundplan
merge-place-plan-entry = kundplan > { $list } nr { $n }
merge-place-project = projektet
merge-place-member = teammedlem ”{ $name }”
merge-place-product = produkt ”{ $name }”
merge-place-scoring = poängmodellen
merge-place-criterion = kriterium ”{ $name }”
merge-place-tier = nivå ”{ $name }”
merge-value-none = (inget)
merge-value-deleted = (borttagen)
merge-value-changed = (ändrad)
merge-value-kept = (behållen: används fortfarande av den andra sidans ändringar)
merge-error-gone = { $what } finns inte längre i projektet
merge-error-no-field = det finns inget fält { $field }
merge-error-map-position = den kartpositionen
merge-error-plan-entry = den posten i kundplanen
merge-error-cannot-put-back = det går inte att lägga tillbaka
merge-error-cannot-delete = det går inte att ta bort

## The project file's keys in words (text problems, merge conflicts)
key-account = kund
key-accounts = kunder
key-activities = aktiviteter
key-activity = aktivitet
key-actual = utfall
key-agenda = dagordning
key-agreement = avtal
key-agreements = avtal
key-also = även
key-axis = axel
key-business-unit = affärsenhet
key-buying = köper
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
key-current-revenue = nuvarande omsättning
key-cycle = cykel
key-date = datum
key-description = beskrivning
key-due = förfaller
key-economics = ekonomi
key-email = e-post
key-end = slut
key-every-days = var (dagar)
key-evidence = underlag
key-five = fem
key-format-version = formatversion
key-found = upptäckt
key-from = från
key-has-left = har slutat
key-how = hur
key-industry = bransch
key-influence = inflytande
key-kind = typ
key-kpi = nyckeltal
key-kpis = nyckeltal
key-last-contact = senaste kontakt
key-last-held = senast hållet
key-layout = utformning
key-level = nivå
key-lifecycle = livscykel
key-lifecycle-stage = livscykelfas
key-location = plats
key-map = karta
key-max-key-accounts = högst antal nyckelkunder
key-meeting = möte
key-meetings = möten
key-member = teammedlem
key-members = teammedlemmar
key-min-score = lägsta poäng
key-name = namn
key-next-step = nästa steg
key-note = anteckning
key-notes = anteckningar
key-offerings-and-markets = erbjudanden och marknader
key-one = ett
key-opportunities = affärsmöjligheter
key-opportunity = affärsmöjlighet
key-organisation = organisationen
key-our-company = vårt företag
key-our-people = våra personer
key-overall-goal = övergripande mål
key-owner = ansvarig
key-parent = överordnad
key-partner = samarbetspartner
key-partners = partner
key-penetration = penetrationsmatris
key-phone = telefon
key-piece = pjäs
key-pinned = fäst
key-plan = kundplan
key-political = politisk
key-positions = positioner
key-potential-revenue = potentiell omsättning
key-product = produkt
key-products = produkter
key-profitability = lönsamhet
key-purchases = inköp
key-reason = skäl
key-referral = referens
key-referrals = referenser
key-rel-kind = relationstyp
key-relationship = relation
key-relationship-goal = relationsmål
key-relationship-goals = relationsmål
key-relationships = relationer
key-review = granskning
key-reviewer = granskare
key-reviews = granskningar
key-role = roll
key-sales = försäljning
key-scale = skala
key-scores = poäng
key-scoring = poängsättning
key-service = tjänst
key-skills = kompetens
key-sources = källor
key-stance = hållning
key-start = början
key-state = läge
key-status = tillstånd
key-strategy = strategi
key-strength = styrka
key-strengths = styrkor
key-success-factors = framgångsfaktorer
key-target = mål
key-target-coverage = måltäckning
key-target-stance = önskad hållning
key-team = kundteam
key-team-role = roll i teamet
key-their-people = deras personer
key-three = tre
key-tier = nivå
key-tier-override = åsidosatt nivå
key-tiers = nivåer
key-title = titel
key-to = till
key-turnover = omsättning
key-unit = affärsenhet
key-units = affärsenheter
key-value = värde
key-weight = vikt
key-what = vad
key-year = år
key-yearly-value = årligt värde

## Commands, start-up
command-error-missing = { $what } finns inte
command-error-exists = { $what } finns redan
command-error-score = poäng för { $criterion } kan inte sparas som { $slot }
command-error-not-on-account = { $member } är inte med på { $account }
command-error-selection-gone = inget av det markerade finns kvar
cli-lang-one-of = något av: en, sv, da
app-cannot-start = gambit: kan inte öppna fönstret: { $error }
demo-source-name = demo.kam (inbyggd)

## What the file parser found wrong
parse-eof = filen tar slut mitt i projektet (den kan ha klippts av)
parse-expected-comma = här saknas ett kommatecken
parse-expected-list = här väntades en lista inom [ ]
parse-expected-record = här väntades en post inom ( ) eller dess avslutande )
parse-expected-map = här väntades en tabell inom { "{" } { "}" }
parse-expected-text = här väntades en text inom citattecken eller dess avslutande citattecken
parse-expected-number = här väntades ett tal (eller så är det utanför intervallet)
parse-expected-boolean = här väntades true eller false
parse-expected-option = här väntades Some(…) eller None
parse-expected-name = här väntades ett fältnamn
parse-unexpected-char = tecknet ”{ $char }” hör inte hemma här
parse-trailing = det finns mer text efter projektets slut
parse-unclosed-comment = en kommentar avslutas aldrig
parse-invalid-escape = en text innehåller en ogiltig escape-sekvens med \
parse-wrong-value = värdet { $found } hör inte hemma här ({ $expected })
parse-unknown-value = ”{ $found }” är inget värde Gambit känner till för { $within }; det kan vara något av: { $choices }
parse-unknown-field = { $within } har ett fält ”{ $found }” som Gambit inte känner till
parse-missing-field = { $within } saknar fältet ”{ $field }”
parse-duplicate-field = { $within } har fältet ”{ $field }” två gånger
parse-a-project = ett Gambit-projekt
parse-different-record = här väntades { $expected }, inte ”{ $found }”

## The command line's help and usage errors
cli-help-gambit = Storkundshantering: relationskarta, nivåindelning och kundplaner i en fil som går att jämföra
cli-help-open-file = Projektet som ska öppnas; utan ett öppnar Gambit sitt demoprojekt
cli-help-view = Vyn att öppna i: portfolio, map, scoring eller plan (portfölj, karta, poängsättning, kundplan)
cli-help-present = Börja presentera kartan i helskärm (som F5)
cli-help-startup-time = Skriv ut hur lång tid Gambit tog från start till första bildrutan (till stderr)
cli-help-lang = Språket för texter och utskrifter (en, sv, da), före eller efter kommandot; utan det systemets språk (fönstret: det som senast valdes i Visa > Språk)
cli-help-check = Kontrollera en projektfil och lista dess problem (slutkod 0 felfri, 1 problem, 2 oläslig)
cli-help-project-file = Projektfilen
cli-help-migrate = Läs en projektfil i ett äldre format och spara den i det nuvarande (atomärt, den gamla filen sparas som FIL.bak)
cli-help-merge = Trevägssammanslagning för git: för in DERAS i VÅR, båda utgångna från BAS, och skriv resultatet till VÅR (slutkod 0 utan konflikter, 1 när konflikter återstår, listade i filen för Gambit att visa; 2 när en fil inte kan läsas eller skrivas). Ställ in med `git config merge.gambit.driver "gambit merge %O %A %B"` och `*.kam merge=gambit` i .gitattributes
cli-help-merge-base = Versionen båda sidor utgick från (gits %O)
cli-help-merge-ours = Vår version (gits %A); resultatet skrivs hit
cli-help-merge-theirs = Deras version (gits %B)
cli-help-export-ranking = Skriv portföljens rangordning som CSV eller som en Excel-arbetsbok
cli-help-csv = Skriv CSV
cli-help-xlsx = Skriv en Excel-arbetsbok
cli-help-import-contacts = Hämta in kontakter till en kund från en export ur CRM eller kalkylblad (CSV, text avgränsad med semikolon eller tabbar, .xlsx). Sparar FIL atomärt (den gamla filen blir FIL.bak) och skriver ut vad som hände med varje rad. Slutkod 0 när alla rader kom in, 1 när några hoppades över, 2 när indata inte kunde läsas (projektet är då oförändrat)
cli-help-account = Kunden, med dess namn
cli-help-from = Exporten som ska läsas
cli-help-sheet = Arbetsbokens blad att läsa (normalt det första)
cli-help-overwrite = Ersätt ifyllda fält hos befintliga kontakter med filens värden (normalt fylls bara tomma fält i)
cli-help-export-contacts = Skriv en kunds kontakter (och dess relationer) som CSV eller som en Excel-arbetsbok, med de kolumnnamn importen läser
cli-help-relationships-csv = Skriv även relationerna som CSV (arbetsboken har dem som sitt andra blad)
cli-help-export-plan = Skriv en kundplan som HTML eller Markdown
cli-help-html = Skriv en fristående HTML-sida
cli-help-md = Skriv Markdown
cli-help-export-map = Rita en kunds relationskarta som SVG, eller som PNG i dubbel storlek
cli-help-svg = Skriv SVG med riktig text
cli-help-png = Skriv PNG i dubbla kartans storlek
cli-help-size = Rita kartan som ett fönster av den storleken visar den anpassad (som 1920x1080), med teckenförklaring
cli-help-present-picture = Rita den som presentationsläget gör: namn och text i väggstorlek (med --size)
cli-value-size = BREDDxHÖJD
cli-size-format = ange storleken som BREDDxHÖJD, vardera 200 till 8000 pixlar (som 1920x1080)
cli-help-help = Visa hjälp
cli-help-version = Visa version
cli-value-file = FIL
cli-value-base = BAS
cli-value-ours = VÅR
cli-value-theirs = DERAS
cli-value-account = KUND
cli-value-path = SÖKVÄG
cli-value-name = NAMN
cli-value-view = VY
cli-value-lang = SPRÅK
cli-value-out-csv = UT.csv
cli-value-out-xlsx = UT.xlsx
cli-value-out-html = UT.html
cli-value-out-md = UT.md
cli-value-out-svg = UT.svg
cli-value-out-png = UT.png
cli-value-command = KOMMANDO
cli-usage = Användning:
cli-commands = Kommandon
cli-arguments = Argument
cli-options = Flaggor
cli-error = fel: { $message }
cli-error-more = Mer information: gambit --help
cli-error-unknown-argument = okänt argument ”{ $arg }”
cli-error-unknown-command = okänt kommando ”{ $command }”
cli-error-invalid-value = ogiltigt värde ”{ $value }” för ”{ $arg }”
cli-error-missing = obligatoriska argument saknas: { $args }
cli-error-conflict = ”{ $arg }” kan inte användas tillsammans med ”{ $other }”
cli-value-options = FLAGGOR

## Gambit's own file dialog
filedlg-select-folder = Välj mapp
filedlg-select-several = Välj flera
filedlg-reload = Läs in igen
filedlg-working-folder = Gå till arbetsmappen
filedlg-select-all = Markera alla
filedlg-show-hidden = Visa dolda
filedlg-show-system = Visa systemfiler
filedlg-pinned = Fästa
filedlg-places = Platser
filedlg-devices = Enheter
filedlg-removable = Flyttbara enheter
filedlg-home = Hem
filedlg-desktop = Skrivbord
filedlg-documents = Dokument
filedlg-downloads = Hämtade filer
filedlg-audio = Musik
filedlg-pictures = Bilder
filedlg-videos = Videor
filedlg-pin = Fäst
filedlg-unpin = Lossa
filedlg-rename = Byt namn
filedlg-selected-folder = Vald mapp:
filedlg-selected-file = Vald fil:
filedlg-selected-items = Valda objekt:
filedlg-all-files = Alla filer
filedlg-any = Valfri
filedlg-err-empty-folder = Mappnamnet får inte vara tomt
filedlg-err-empty-file = Filnamnet får inte vara tomt
filedlg-err-folder-exists = Det finns redan en mapp med det namnet
filedlg-err-file-exists = Det finns redan en fil med det namnet
app-first-frame = gambit: första bildrutan { $ms } ms efter start

## What the operating system said
io-not-found = filen eller mappen finns inte
io-permission-denied = du saknar behörighet
io-already-exists = den finns redan
io-is-a-folder = det är en mapp
io-not-a-folder = en del av sökvägen är ingen mapp
io-storage-full = disken är full
io-read-only-filesystem = disken kan bara läsas, inte skrivas
io-file-too-large = filen är för stor för disken
io-invalid-filename = namnet är inget giltigt filnamn här
io-busy = filen används av ett annat program
save-link-unreachable = det är en länk till en fil som inte går att nå ({ $error })
date-hint = ÅÅÅÅ-MM-DD

## Vad som ändrats mellan två tillfällen (granskningar, filer)
change-joined = { $name } har tillkommit
change-left = { $name } har slutat
change-stance-better = { $name }: inställning { $from } -> { $to } (bättre)
change-stance-worse = { $name }: inställning { $from } -> { $to } (sämre)
change-stance = { $name }: inställning { $from } -> { $to }
change-piece = { $name }: pjäs { $from } -> { $to }
change-influence = { $name }: inflytande { $from } -> { $to }
change-title = { $name }: titel ”{ $from }” -> ”{ $to }”
change-level = { $name }: nivå { $from } -> { $to }
change-unit = { $name }: enhet ”{ $from }” -> ”{ $to }”
change-uncovered = { $name } (nyckelperson) täcks inte längre av någon av oss
change-covered = { $name } (nyckelperson) täcks nu av en av oss
change-single-threaded = { $name } nås nu bara av en av oss
change-line-gained = Ny relation: { $from } – { $to } ({ $kind })
change-line-lost = Relation borta: { $from } – { $to } ({ $kind })
change-line-stronger = Starkare: { $from } – { $to } ({ $old } -> { $new })
change-line-weaker = Svagare: { $from } – { $to } ({ $old } -> { $new })
change-tier = Nivå { $from } -> { $to }
change-no-tier = ingen nivå
change-score = Poäng { $from } -> { $to }
change-kpi = { $kpi } { $year }: { $actual } mot målet { $target }
change-activity-done = Aktivitet klar: { $title }
change-activity-dropped = Aktivitet struken: { $title }
change-activity-overdue = Aktivitet försenad: { $title } (senast { $due })
change-nothing = Inget har ändrats.
change-account-added = Kunden { $name } är ny.
change-account-removed = Kunden { $name } är borta.
change-account-heading = Kund { $name }:
plan-decisions = Beslut
plan-next-review = Nästa granskning
plan-what-changed = Vad som ändrats
plan-changes-from = Från granskningen
plan-changes-to = till
plan-changes-today = i dag
plan-changes-need-review = Registrera en granskning för att vid nästa se vad som ändrats sedan dess.
plan-change-better = Bättre för oss
plan-change-worse = Sämre för oss
plan-change-neither = Varken bättre eller sämre
plan-change-show-on-map = Visa på kartan
snapshot-bad-line = En relation som en granskning sparat går inte att läsa: ”{ $entry }”
cli-help-diff = Visa vad som ändrats mellan två projektfiler, kund för kund, det viktigaste först (slutkod 0; 2 när en fil inte går att läsa). Som gits diff-drivrutin: `git config diff.gambit.command "gambit diff"` och `*.kam diff=gambit` i .gitattributes; git skickar då sju argument
cli-help-diff-files = Den äldre filen och den nyare (eller de sju argument som git skickar)
cli-help-diff-account = Bara den här kunden, med dess namn
cli-diff-two-files = Ange två projektfiler (den äldre först), eller de sju argument som git skickar till en diff-drivrutin.
cli-diff-file = { $file }:
key-decisions = beslut
key-kept-lines = sparade relationer
key-next-review = nästa granskning
key-people = personer
key-score = poäng
key-single-threaded = nås bara av en av oss
key-snapshot = kunden som den såg ut
key-uncovered-key = nyckelpersoner som inte täcks
review-report-title = Granskning av { $account }
review-report-of = Granskningen { $date }
review-report-none = Ingen granskning har registrerats än.
review-report-said = Vad granskningen kom fram till
review-report-first = Det här är den första granskningen som sparade kunden: nästa visar vad som ändrats sedan dess.
review-report-since = Vad som ändrats sedan granskningen { $date }
review-export-html = Exportera rapport (HTML)…
review-export-markdown = Exportera rapport (Markdown)…
review-export-tip = Den senaste granskningen med vad som ändrats sedan den förra, för mentorn och teamet
file-name-review = Granskning { $account } { $date }
cli-help-export-review = Skriv den senaste granskningen av en kund, med vad som ändrats sedan den förra, som HTML eller Markdown
cli-review-written = Skrev granskningen av { $account }.
check-at-review = granskningen { $date }
check-kept-other-day = kunden den sparade är från { $kept }, inte från granskningens dag ({ $date })
check-kept-lines-to-nobody = { $lines ->
    [one] en sparad relation nämner någon som granskningen inte sparade
   *[other] { $lines } sparade relationer nämner någon som granskningen inte sparade
}
help-at-a-review = Vid en granskning
help-at-a-review-text = Kundplan > Granskningar > Lägg till granskning sparar kunden som den ser ut i dag: dess personer, relationer, vem som täcker nyckelpersonerna, poäng, nyckeltal och aktiviteter. Vid nästa granskning visar Vad som ändrats vad som rört sig sedan dess, det viktigaste först (⏶ bättre för oss, ⏷ sämre); klicka på en person för att se den på kartan. Exportera rapport skriver den senaste granskningen med dess ändringar för mentorn och teamet. Från kommandoraden jämför gambit diff GAMMAL NY två filer på samma sätt. På kartan spelar Tidslinje (H) upp kartan över granskningarna och filens commits i git: varje steg visar kunden som den såg ut då, med vem som kom (+), vem som gick (blek), bättre eller sämre hållning och linjer som tillkom eller försvann; Page Up och Page Down stegar, även på väggen.

## The map's timeline
map-timeline-chip-today = I dag
timeline-review = Granskning { $date }
timeline-review-by = Granskning { $date } ({ $reviewer })
timeline-commit = { $date } · { $author }: { $summary }
timeline-today = I dag, { $date }
timeline-step = { $point } ({ $at } av { $of })
timeline-tally = sedan { $since }: { $joined } nya, { $gone } borta, { $better } varmare, { $worse } kallare, { $gained } linjer tillkom, { $lost } försvann
timeline-earlier = Tidigare
timeline-later = Senare
timeline-close = Stäng tidslinjen
timeline-marks = Markeringar: + ny · ⏶ bättre hållning · ⏷ sämre hållning · blek: borta · röda streck: förlorad linje · grönt band: ny linje
timeline-read-only = Kartan visar kunden som den såg ut då; stäng tidslinjen för att redigera.
timeline-first-point = Den första punkten: inget före den att jämföra med.
timeline-since = Sedan { $since }
timeline-no-points = Ingen granskning har sparat kunden än, och filen har ingen historik i git. Registrera en granskning (Plan, Granskningar) för att ha en punkt att gå tillbaka till.
timeline-git-failed = Filens historik i git kunde inte läsas: { $error }
timeline-skipped = { $count } versioner av filen i git kunde inte läsas och är utelämnade.
action-timeline = Tidslinje
action-timeline-tip = Spela upp kartan över granskningarna (och filens commits i git): vem som kom, vem som gick, vems hållning ändrades
action-timeline-next = Senare på tidslinjen
action-timeline-next-tip = Nästa punkt på tidslinjen
action-timeline-back = Tidigare på tidslinjen
action-timeline-back-tip = Punkten före på tidslinjen

## gambit textconv: a project as facts, one per line
textconv-project = Projekt: { $name }
textconv-account = # { $name }
textconv-tier = Nivå: { $value }
textconv-score = Poäng: { $value }
textconv-title = { $name }: titel ”{ $value }”
textconv-unit = { $name }: enhet { $value }
textconv-level = { $name }: nivå { $value }
textconv-piece = { $name }: pjäs { $value }
textconv-stance = { $name }: hållning { $value }
textconv-influence = { $name }: inflytande { $value }
textconv-political = { $name }: politisk ställning { $value }
textconv-left = { $name }: har slutat
textconv-line = Linje: { $from } – { $to } ({ $kind }): styrka { $strength }, senaste kontakt { $last }
textconv-uncovered = Täcks inte av någon av oss: { $name }
textconv-kpi = Nyckeltal { $kpi } { $year }: utfall { $actual }, mål { $target }
textconv-activity = Aktivitet ”{ $title }”: { $status }, klar senast { $due }
textconv-review = Granskning { $date } ({ $reviewer })
cli-help-textconv = Skriv ut ett projekt som enkla fakta, ett per rad, för gits textconv: `git config diff.gambit.textconv "gambit textconv"` och `*.kam diff=gambit` i .gitattributes; `git log -p` och `git diff` visar då rader som "Henrik Åberg: hållning Supporter" i stället för RON
health-review-in-future = En granskning är daterad { $date }, efter i dag: ett skrivfel? Den döljer om nästa granskning är försenad, och tidslinjen utelämnar den
check-review-in-future = daterad efter i dag ({ $today }): ett skrivfel?

## Keeping the map current: cooling relationships and alerts
alert-uncovered = { $name } (nyckelperson) täcks inte av någon av oss
alert-champion-quiet = { $name }, vår ambassadör, har tystnat: ingen av oss har träffat hen på { $days } dagar (senast { $last })
alert-cold = { $name }: kall, ingen av oss har träffat hen på { $days } dagar (senast { $last })
alert-cooling = { $name }: svalnar, ingen av oss har träffat hen på { $days } dagar (senast { $last })
map-cooling-count = Svalnande eller kalla nyckelrelationer: { $people }
map-cooling-rule = En kung, dam, torn eller springare som ingen av oss har träffat på längre än kundens rytm ({ $days } dagar) svalnar; dubbelt så länge, kall. Styrkan står kvar som du satte den.
map-cooling-tip = Svalnar: ingen av oss har träffat hen inom kundens rytm
map-cold-tip = Kall: ingen av oss har träffat hen på dubbla kundens rytm
account-rhythm = Mötesrytm (dagar)
account-rhythm-tip = Hur ofta någon av oss bör träffa varje nyckelperson; längre svalnar, dubbelt så länge är kallt (standard { $days })
portfolio-alerts = Varningar
portfolio-alerts-tip = Per kund: nyckelpersoner som ingen täcker, ambassadörer som tystnat, kalla och svalnande nyckelrelationer, det mest brådskande först
portfolio-no-alerts = Inga varningar: varje nyckelperson täcks och träffas inom kundens rytm.
check-alerts-heading = varningar
cli-help-no-alerts = Utelämna varningarna (otäckta nyckelpersoner, svalnande och kalla relationer)
legend-cooling = Blå ring: inte träffad på länge
key-rhythm-days = mötesrytm (dagar)
portfolio-alert-count = { $name }: { $total }
portfolio-alert-count-urgent = { $name }: { $total } ({ $urgent } brådskande)

## Meetings from the calendar (.ics)
calendar-not-a-calendar = inte en iCalendar-fil (.ics): { $why }
calendar-too-many = { $events } händelser, fler än de { $limit } som Gambit läser på en gång; exportera en kortare period
calendar-no-begin = den börjar inte med BEGIN:VCALENDAR
calendar-no-start = den har ingen start (DTSTART)
calendar-bad-rule = dess upprepningsregel går inte att läsa ({ $why })
calendar-no-past-occurrence = serien har inte ägt rum än
calendar-cancelled = inställd
calendar-in-future = inte hållen än
calendar-none-of-us = ingen från vårt team bland deltagarna (via e-post eller namn)
calendar-none-of-them = ingen av kundens personer bland deltagarna (via e-post eller namn)
calendar-untitled = (utan titel)
calendar-not-a-file = { $file } är ingen fil
calendar-row-matched = händelse { $number } "{ $title }", { $date }: { $lines ->
    [one] en linje
   *[other] { $lines } linjer
} och { $meetings ->
    [one] ett möte
   *[other] { $meetings } möten
} uppdaterade{ $offers ->
    [0] {""}
    [one] , en person träffad som ingen av oss har en linje till
   *[other] , { $offers } personer träffade som ingen av oss har en linje till
}
calendar-row-skipped = händelse { $number } "{ $title }", { $date }: utelämnad: { $why }
calendar-account-heading = Kund { $account }:
calendar-summary = { $events } händelser, { $matched } med vårt team och deras personer: { $lines ->
    [one] en linje
   *[other] { $lines } linjer
} och { $meetings ->
    [one] ett möte
   *[other] { $meetings } möten
} uppdaterade, { $offers } nya bekantskaper
calendar-nothing-new = Inget nytt för { $file }: varje linje och möte är lika aktuellt som kalendern.
undo-import-calendar = Importera kalender
cli-help-import-calendar = Uppdatera linjernas senaste kontakt och planens möten från en kalenderexport (.ics från Outlook, Google eller Apple Kalender): varje hållet möte mellan någon i vårt team och kundens personer räknas (slutkod 0; 2 när en fil inte går att läsa; projektet ändras då inte)
cli-help-calendar-from = Kalenderfilen (.ics)
cli-help-draw-lines = Rita också en linje för varje person hos kunden som någon av oss träffat men saknar linje till
help-keep-current = Håll kartan aktuell
help-keep-current-text = En kung, dam, torn eller springare som ingen av oss har träffat på längre än kundens mötesrytm (Kundplan > Kunden, 90 dagar om inget annat anges) svalnar: en blå ring på kartan, tjock när den är kall (dubbla rytmen). Täckningspanelen, planens hälsa, portföljens varningar och gambit check listar dem tillsammans med nyckelpersoner som ingen täcker. Arkiv > Importera kalender… (eller gambit import-calendar FIL --from möten.ics) uppdaterar senaste kontakt på våra linjer från en kalenderexport (Outlook, Google, Apple). När någon slutar frågar Har slutat hos kunden… i personens uppgifter efter datum och efterträdare; en kung, dam eller torn utan efterträdare står kvar på kartan som vakant plats ("CFO: vakant"). Ny roll… daterar en befordran eller flytt, så att historiken skiljer den från en rättad titel.
vacancy-since = { $seat }: vakant sedan { $date }
vacancy = { $seat }: vakant
departure-left-on = Slutade { $date }
departure-left = Har slutat hos kunden
departure-taken-over = { $left }; { $name } har tagit över
departure-vacant = { $left }; platsen är vakant tills någon utses
alert-vacant = { $seat } ({ $name } har slutat): ange vem som tagit över, eller vem vi måste vinna härnäst
map-vacant-seat = { $seat }: vakant
map-vacant-since = sedan { $date } · var { $name }
map-vacant-was = var { $name }
map-vacant-key-count = Vakanta nyckelplatser: { $seats }
map-vacant-tip = En kung, dam eller torn som slutat utan att någon utsetts i hens ställe: ange efterträdaren i personens uppgifter
change-left-on = { $name } slutade { $date }
change-taken-over = { $name } tog över efter { $before }
change-new-role = { $name }: ny roll från { $date }: ”{ $from }” -> ”{ $to }”
check-successor-self = anger sig själv ({ $id }) som efterträdare
check-successor-missing = anger { $id } som efterträdare, som inte finns
check-successor-not-left = har en efterträdare men har inte slutat
check-left-on-not-left = har ett slutdatum ({ $date }) men är inte markerad som slutad
check-earlier-role-unit-missing = en tidigare roll (till { $date }) hänvisar till enhet { $id }, som inte finns
contact-mark-left = Har slutat hos kunden…
contact-mark-left-tip = Personen har slutat: frågar när, och vem som tagit över platsen
contact-leaving-heading = { $name } har slutat
contact-left-on = Slutade
contact-successor = Efterträdare
contact-successor-hint = Ingen utsedd än? Lämna tomt: en kung, dam eller torn visas då som vakant plats på kartan tills du anger någon.
contact-mark-left-confirm = Markera som slutad
contact-mark-left-confirm-tip = Linjerna finns kvar, bleka; en nyckelplats visas som vakant tills någon tar över
contact-cancel = Avbryt
contact-cancel-tip = Stäng utan att ändra något
contact-back-at-client = Kvar hos kunden
contact-back-at-client-tip = Personen har inte slutat ändå: tar bort slutdatum och efterträdare
contact-successor-none = ingen än
contact-new-role = Ny roll…
contact-new-role-tip = En befordran eller flytt från ett visst datum: den tidigare rollen sparas med datumet den upphörde (rätta ett skrivfel i fälten ovan i stället)
contact-new-role-heading = Ny roll för { $name }
contact-role-from = Från
contact-record-role = Spara den nya rollen
contact-record-role-tip = Sätter titel, nivå och enhet, och sparar den tidigare rollen med datumet den upphörde
contact-record-role-disabled = Ändra titel, nivå eller enhet, och ange datum
contact-no-title = ingen titel
contact-earlier-role = Till { $date }: { $title } ({ $level }{ $unit })
undo-mark-left = Markera som slutad
undo-name-successor = Ange efterträdare
undo-back-at-client = Kvar hos kunden
undo-new-role = Ny roll
key-left-on = slutade
key-successor = efterträdare
key-earlier-roles = tidigare roller
action-import-calendar = Importera kalender…
action-import-calendar-tip = Uppdatera senaste kontakt på våra linjer och planens möten från en kalenderexport (.ics från Outlook, Google eller Apple Kalender); inget läses från en brevlåda eller server
file-calendar-export = Kalenderexport
calendar-cannot-read = Kalendern kunde inte läsas; inget ändrades. { $why }
calendar-nothing-to-do = Alla linjer och möten är redan lika aktuella som den här kalendern.
calendar-offers-heading = Träffade, men ingen linje än: rita en?
calendar-offers-tip = Någon av oss var på ett möte med personen, och ingen har en linje till hen på kartan
calendar-offer = { $member } träffade { $contact } ({ $date })
calendar-events-heading = Händelse för händelse
textconv-left-on = { $name }: slutade { $date }
textconv-successor = { $name }: efterträdd av { $successor }
textconv-role-since = { $name }: i denna roll sedan { $date }
action-opinions = Bedömningar
action-opinions-tip = Visa eller utelämna teamets bedömningar (hållningens färger och tecken) på kartan, i kartans och planens exporter och kontaktexporten, och på väggen: av i ett rum med partner eller kunden närvarande
action-wall-opinions = Bedömningar
action-wall-opinions-tip = Visa eller utelämna teamets bedömningar (hållningens färger och tecken) på väggen
action-wall-opinions-hint = bedömningar
legend-stance-assessment = Teamets bedömning, inte ett faktum
legend-marks = Markeringar
legend-without-opinions = Visas utan teamets bedömningar av någon
person-data-title = Det vi har om { $name }
person-data-subtitle = { $account } · { $project } · skrivet { $date }
person-data-fields = Vem personen är
person-data-assessment = Vårt teams bedömning
person-data-assessment-note = Detta är vårt teams bedömningar av personen, inte fakta.
person-data-lines = Personens linjer
person-data-with = Med
person-data-plan = Planens poster som nämner personen
person-data-place = Var
person-data-text = Vad det står
person-data-reviews = Vad varje genomgång sparade
person-data-as-kept = Som sparat
person-data-lines-kept = Linjer
person-data-changes = Noterade förändringar
person-data-earlier-role = Till { $date }: { $title } ({ $level })
cli-value-out = UT
cli-help-without-opinions = Utelämna teamets bedömningar (hållning, politisk status, belägg, anteckningar, hållningens färger och tecken): för att dela med partner eller kunden; de finns inte i den skrivna filen
cli-help-person = Allt projektet har om en av kundens personer (uppgifter, linjer, planens poster som nämner personen, vad varje genomgång sparade), skrivet som UT.html och UT.json för personens begäran att se sina uppgifter; projektet ändras inte (avslutskod 0; 2 när filen, kunden eller personen inte hittas)
cli-help-person-name = Personen, med namn
cli-help-person-export = Vart det skrivs (UT.html och UT.json)
cli-no-such-person = Det finns ingen som heter "{ $name }" hos { $account }.
cli-person-ambiguous = Fler än en person heter "{ $name }": { $which }. Skilj dem åt i Gambit först (ett annat namn eller en annan e-post).
cli-person-written = det vi har om { $name } skrivet
file-name-person = { $name } uppgifter { $date }
file-could-export-person = Det gick inte att exportera personens uppgifter.
contact-export-data = Exportera personens uppgifter…
contact-export-data-tip = Allt Gambit har om personen (uppgifter, linjer, planposter, genomgångar) som webbsida och JSON-fil, för personens begäran att se sina uppgifter
contact-erase = Radera personen…
contact-erase-tip = Ta bort personen och alla spår för gott (en begäran om att bli bortglömd): linjer, planposter om personen, vad genomgångar sparade, namnet i all text
contact-erase-heading = Radera { $name } för gott?
contact-erase-reaches = Borta ur projektet: personen, linjerna och platsen på kartan, planens poster om personen, vad varje genomgång sparade, och namnet i all text (det blir […]). När du sparar rensas .bak-filen bredvid filen och återställningskopiorna från personen; filen behåller bara numret och dagens datum, så att en kollegas äldre kopia som slås ihop senare inte kan ta tillbaka personen. Ångra fungerar tills du sparar.
contact-erase-cannot = Nås inte: kopior utanför Gambit (e-postbilagor, exporter, andra mappar) och git-historik som redan skickats. README beskriver hur de rensas.
contact-erase-confirm = Radera för gott
contact-erase-confirm-tip = Radera personen nu; ångra tar tillbaka personen tills projektet sparas
undo-erase-person = Radera person
cli-help-erase = Radera en av kundens personer och alla spår av personen (linjer, planens poster om personen, vad genomgångar sparade, namnet i all text); filen behåller bara numret och datumet, så att en äldre kopia som slås ihop senare inte kan ta tillbaka personen. Sparar FIL atomärt; .bak-filen rensas också (avslutskod 0; 2 när filen, kunden eller personen inte hittas eller inte kan sparas)
cli-erased = { $name } raderad ur { $file } (och dess .bak).
cli-erase-cannot = Nås inte: kopior utanför Gambit (e-post, exporter, andra mappar) och git-historik som redan skickats; se README om hur de rensas.
contact-assessed-on = Teamets bedömning, senast ändrad { $date }
contact-assessed-by = Teamets bedömning, senast ändrad { $date } av { $by }
contact-assessed-never = Teamets bedömning (inte daterad än)
contact-assessed-tip = Hållning, politisk status, belägg och anteckningar är våra bedömningar av personen, inte fakta; de är personens personuppgifter
person-data-assessed = Senast ändrad
load-protected = { $path } är skyddad med en lösenfras. Öppna den i Gambit, som frågar efter den; på kommandoraden, sätt { $env } till den.
load-wrong-passphrase = { $path }: den lösenfrasen öppnar den inte. Inget ändrades.
load-sealed-damaged = { $path } är krypterad men kan inte dekrypteras (avkortad eller ändrad): { $message }. Inget ändrades; dess .bak kan fortfarande gå att öppna.
crypt-not-passphrase = den är krypterad för en nyckel, inte med en lösenfras
settings-passphrase = Lösenfras
settings-passphrase-set = Skydda med en lösenfras…
settings-passphrase-set-tip = Spara projektet krypterat (age-format), för en bärbar dator som reser; Gambit frågar efter lösenfrasen när det öppnas. Team som jämför filen i git låter den vara okrypterad.
settings-passphrase-save-first = Spara projektet först
settings-passphrase-remove = Spara utan lösenfras
settings-passphrase-remove-tip = Spara projektet okrypterat igen, nu
settings-passphrase-saved = Sparat krypterat. Förvara lösenfrasen säkert: utan den går filen inte att öppna.
passphrase-open-heading = { $name } är skyddad med en lösenfras
passphrase-wrong = Den lösenfrasen öppnar den inte. Inget ändrades.
passphrase-protect-heading = Skydda med en lösenfras
passphrase-protect-text = Projektet sparas krypterat direkt, liksom dess .bak och återställningskopior. Utan lösenfrasen kan ingen öppna det, inte heller du.
passphrase-field = Lösenfras
passphrase-again = Igen
passphrase-differ = De två stämmer inte överens.
passphrase-too-short = Minst 8 tecken; några orelaterade ord är bäst.
passphrase-protect = Skydda och spara
passphrase-open = Öppna
retention-due = { $name } slutade { $date }, för längre sedan än de { $months } månader personer sparas: radera personen
retention-heading = Personuppgifter
retention-erase-all = Radera alla efter lagringstiden
retention-erase-all-tip = Radera var och en med alla spår (som Radera personen gör), i ett steg; ångra fungerar tills du sparar
undo-erase-retention = Radera personer efter lagringstiden
undo-set-retention = Ange hur länge personer sparas
settings-retention = Personer som slutat
settings-retention-on = spara i
settings-retention-months = { " " }månader
settings-retention-tip = Så många månader efter den dag någon slutade listar planens hälsa och gambit check personen för radering
map-people-letters = Bokstaven är pjäsen (K kung, D dam, T torn, L löpare, S springare, B bonde).
map-people-marks = Bokstaven är pjäsen (K kung, D dam, T torn, L löpare, S springare, B bonde); ! markerar en nyckelperson som ingen täcker.
undo-connect = Koppla { $from } och { $to }
undo-edit-line = Ändra linjen mellan { $from } och { $to }
undo-delete-line = Ta bort linjen mellan { $from } och { $to }
undo-add-person = Lägg till { $name }
undo-edit-person = Redigera { $name }
undo-delete-person = Ta bort { $name }
undo-take-off-account = Ta bort { $name } från kunden
status-undone = Ångrat: { $action }
status-redone = Gjort om: { $action }
menu-your-name = Ditt namn…
menu-your-name-tip = Namnet kollegor ser när du har en delad fil öppen, och vid de bedömningar du ändrar
your-name-heading = Ditt namn
your-name-text = Kollegor som öppnar en fil du har öppen ser vem som har den, och varje persons uppgifter säger vem som senast ändrade teamets bedömning. Skriv ditt namn som de känner dig.
your-name-label = Namn
your-name-skip = Behåll ”{ $login }”
your-name-skip-tip = Använd ditt inloggningsnamn; Redigera › Ditt namn… ändrar det när som helst
your-name-saved = Kollegor ser dig som { $name }
share-user-saved-file = { $user } sparade filen
map-opportunity-added = Tillagd: { $product } för { $unit }, { $value }
health-settled = Åtgärdat
scoring-no-tier-why = En nivå sätts när varje kriterium har poäng.
