# Gambit in English: the source every translation follows.

## src/scene/legend.rs
legend-our-team = Our team
legend-key-person-nobody = Key person nobody covers
legend-reporting-cycle = In a reporting cycle
legend-1-only-us = ·1  only one of us knows them
legend-faded-left-company = Faded: left the company
legend-thicker-stronger-1 = Thicker = stronger (1-5)
legend-business-unit-head = A business unit (head count · people we know)
legend-many-lines-between = Lines between two units, as one (wider: more)
legend-pieces = Pieces
legend-bigger-more-influence = Bigger = more influence
legend-stance-towards-us = Stance towards us
legend-lines = Lines
legend-faded-line-contact = Faded line: no contact for a year
legend-units = Units
legend-select-someone-see = Select someone to see all their lines

## src/app/help.rs
help-keyboard-shortcuts = Keyboard shortcuts

## src/app/file_chooser.rs
file-open = Open
file-save = Save
file-cancel = Cancel
file-replace = Replace
file-already-exists-replace = already exists. Replace it?
file-file-name = File name:
file-open-project = Open project
file-gambit-project = Gambit project
file-import-contacts = Import contacts
file-spreadsheet-crm-export = Spreadsheet or CRM export
file-save-project = Save project
file-export = Export

## src/app/shell.rs
menu-file = File
menu-project-settings = Project Settings…
menu-projects-name-our = The project's name, our company and the currency
menu-portfolio-ranking-spreadsheet = The portfolio ranking for a spreadsheet
menu-edit = Edit
menu-view = View
menu-problems-panel = Problems panel
menu-help = Help
menu-open-recent = Open Recent
menu-clear-recent = Clear Recent
menu-forget-list-recent = Forget the list of recent files
menu-problems = No problems
menu-show-hide-problems = Show or hide the problems the project check found
menu-unsaved-changes = Unsaved changes
menu-saved-file-yet = Not saved to a file yet
menu-all-changes-saved = All changes saved
menu-problems-2 = Problems
menu-project-check-found = The project check found no problems.
menu-error = Error
menu-warning = Warning
menu-save-changes = Save changes?
menu-project-has-changes = The project has changes that are not saved. Save them first?
menu-save-then-continue = Save, then continue
menu-dont-save = Don't Save
menu-throw-changes-away = Throw the changes away and continue
menu-go-back-project = Go back to the project
menu-something-went-wrong = Something went wrong
menu-ok = OK
menu-export-contacts-csv = Export Contacts as CSV…
menu-accounts-people-columns = This account's people, with the columns the import reads
menu-export-contacts-excel = Export Contacts as Excel…
menu-accounts-people-relationships = This account's people and relationships as a workbook
menu-export-ranking-csv = Export Ranking as CSV…
menu-export-ranking-excel = Export Ranking as Excel…
menu-export-plan-html = Export Plan as HTML…
menu-account-plan-web = The account plan as one web page that prints well to PDF
menu-export-plan-markdown = Export Plan as Markdown…
menu-account-plan-markdown = The account plan as Markdown text
menu-close-audience-window = Close Audience Window
menu-open-audience-window = Open Audience Window

## src/app/views/pick.rs
view-type-search = type to search

## src/app/views/plan/opportunities.rs
plan-deleted = (deleted)
plan-owner = (no owner)
plan-opportunities = Opportunities
plan-remove-opportunity = Remove this opportunity
plan-value = Value
plan-owner-3 = Owner
plan-found = Found

## src/app/views/plan/matrix.rs
plan-matrix-needs-our = The matrix needs our products (in the project) and the client's business units.
plan-click-cell-set = Click a cell to set what they buy, an opportunity, a competitor, or not relevant. '?' is white space: nobody knows yet. Totals: buying / opportunities.
plan-product-unit = Product / unit
plan-total = Total
plan-nobody-yet = Nobody yet.
plan-people-we-know-unit = The people we know in this unit
plan-value-per-year = Value per year
plan-estimated-value = Estimated value
plan-next-step = Next step
plan-which-competitor = Which competitor
plan-close = Close
plan-done-cell-esc = Done with this cell (Esc)
plan-buying = Buying
plan-opportunity = Opportunity
plan-competitor = Competitor
plan-relevant = Not relevant
plan-dont-know = Don't know

## src/app/views/plan/mod.rs
plan-export-html = Export HTML…
plan-plan-web-page = The plan as one web page that prints well to PDF
plan-export-markdown = Export Markdown…
plan-plan-markdown-text = The plan as Markdown text
plan-plan-health = Plan health
plan-account = The account
plan-account-team = Account team
plan-our-team-assigned = No one from our team is assigned yet: add them on the map.
plan-account-name = Account name
plan-lifecycle-stage = Lifecycle stage

## src/app/views/plan/tables.rs
plan-economic-development = Economic development
plan-add-year = Add year
plan-add-year-their = Add a year of their figures
plan-agreements = Agreements
plan-ended = ended
plan-add-agreement = Add agreement
plan-framework-agreement = Framework agreement
plan-below-target = below target
plan-add-kpi = Add KPI
plan-add-kpi-figure = Add a KPI figure for a year
plan-known = Known
plan-chart = Chart:
plan-target = Target
plan-actual = Actual
plan-overdue = OVERDUE
plan-add-activity = Add activity
plan-add-key-activity = Add a key activity
plan-new-activity = New activity
plan-how-many-us = How many of us should know them well (strength 3+)
plan-add-relationship-goal = Add relationship goal
plan-choose = (choose)
plan-add-competitor = Add competitor
plan-new-competitor = New competitor
plan-add-partner = Add partner
plan-new-partner = New partner
plan-never-held = never held
plan-add-meeting = Add meeting
plan-next-review-due = Next review due
plan-never-reviewed-ask = Never reviewed: ask your mentor for a review
plan-add-review = Add review
plan-record-review-held = Record a review held today. It keeps the account as it stands, so the next review sees what changed since.
plan-add-referral-testimonial = Add referral or testimonial
plan-remove-year = Remove this year
plan-remove-agreement = Remove this agreement
plan-remove-kpi = Remove this KPI
plan-remove-activity = Remove this activity
plan-remove-goal = Remove this goal
plan-remove-competitor = Remove this competitor
plan-remove-partner = Remove this partner
plan-remove-meeting = Remove this meeting
plan-remove-review = Remove this review
plan-remove-referral = Remove this referral
plan-meeting = Meeting
plan-every-days = Every (days)
plan-our-people = Our people
plan-their-people = Their people
plan-agenda = Agenda
plan-last-held = Last held
plan-next-due = Next due
plan-start = Start
plan-end = End
plan-value-year = Value / year
plan-year = Year
plan-kpi = KPI
plan-partner = Partner
plan-role = Role
plan-where-they-strong = Where they are strong
plan-business-units-2 = At business units
plan-who = Who
plan-gave = Gave
plan-date = Date
plan-what = What
plan-profitability = Profitability %
plan-reviewer = Reviewer
plan-comments = Comments
plan-referral = Referral
plan-testimonial = Testimonial
plan-activity = Activity
plan-due = Due
plan-status-2 = Status

## src/app/views/plan/sections.rs
plan-business-units-yet = No business units yet.
plan-goals-strategy-success = Goals, strategy and success factors
plan-overall-goal = Overall goal
plan-strategy = Strategy
plan-success-factors = Success factors
plan-notes = Notes
plan-key-activities = Key activities
plan-penetration-matrix = Penetration matrix
plan-our-history-them = Our history with them
plan-what-they-have = What they have bought
plan-kpis = KPIs
plan-relationship-goals = Relationship goals
plan-competitors-partners = Competitors and partners
plan-meeting-structure = Meeting structure
plan-reviews = Reviews
plan-referrals-testimonials = Referrals and testimonials
plan-business-units = Business units
plan-unit = Unit
plan-kind = Kind
plan-part = Part of
plan-location = Location
plan-knowing-client = Knowing the client
plan-their-products-services = Their products, services and markets
plan-their-goals-strategy = Their goals and strategy
plan-their-organisation = Their organisation
plan-sources-web-annual = Sources (web, annual reports, people who know them)

## src/app/views/portfolio/matrix.rs
portfolio-portfolio-matrix = Portfolio matrix
portfolio-up-more-attractive = Up: more attractive to us. Right: stronger position (relationship criteria and share of potential). Bubble: current revenue. Click a bubble to open the account.
portfolio-our-relative-strength = Our relative strength
portfolio-attractiveness-us = Attractiveness to us
portfolio-bubble-colour-tier = Bubble colour: tier
portfolio-tier-yet = no tier yet
portfolio-develop-build-our = Develop: build our position
portfolio-key-invest-protect = Key: invest and protect
portfolio-opportunistic-serve-efficiently = Opportunistic: serve efficiently
portfolio-maintain-keep-low = Maintain: keep, at low cost

## src/app/views/portfolio/mod.rs
portfolio-portfolio = Portfolio
portfolio-sort-column-click = Sort by this column; click again to reverse
portfolio-industry = Industry
portfolio-stage = Stage
portfolio-select-account = Select this account
portfolio-some-criteria-scored = Some criteria are not scored yet: open Scoring to finish
portfolio-new-account = New account
portfolio-add-account = Add account
portfolio-add-new-account = Add a new account to the portfolio
portfolio-delete-account = Delete account
portfolio-delete-selected-account = Delete the selected account (Undo brings it back)
portfolio-open-map = Open map
portfolio-show-selected-accounts = Show the selected account's relationship map
portfolio-score-selected-account = Score the selected account
portfolio-open-plan = Open plan
portfolio-show-selected-accounts-plan = Show the selected account's plan
portfolio-account = Account
portfolio-revenue = Revenue
portfolio-potential = Potential
portfolio-lead = Lead

## src/app/views/contact_form.rs
contact-none = (none)
contact-title = Title
contact-email = Email
contact-phone = Phone
contact-influence = Influence
contact-1-little-say = 1 = little say, 5 = decides
contact-evidence = Evidence
contact-delete-contact = Delete contact
contact-delete-contact-their = Delete this contact and their relationship lines (Undo brings them back)
contact-political-status = Political status

## src/app/views/mod.rs
view-account-yet = No account yet
view-add-account-portfolio = Add an account in the Portfolio view to start.
view-kind-portfolio = Portfolio
view-kind-map = Map
view-kind-scoring = Scoring
view-kind-plan = Plan
view-kind-portfolio-tooltip = All accounts ranked by score and tier
view-kind-map-tooltip = The relationship map of the account: who knows whom
view-kind-scoring-tooltip = Score the account against the selection criteria
view-kind-plan-tooltip = The account plan: the account, its units, team and goals

## src/app/views/map/forms.rs
map-account-team = Not on the account team
map-relationship = Relationship
map-last-contact = Last contact
map-today = Today
map-met-today = Met today
map-date-write-2026 = Not a date: write it as { $example }
map-skills = Skills
map-role-account = Role on this account
map-remove-account = Remove from this account
map-take-them-off = Take them off this account's team and map, with their lines here
map-strength = Strength
map-1-weak-5 = 1 = weak, 5 = strong
map-note = Note
map-swap-direction = Swap direction
map-turn-line-round = Turn the line round (who reports to, influences or gatekeeps whom)
map-delete-relationship = Delete relationship
map-delete-line-undo = Delete this line (Undo brings it back)

## src/app/views/map/capture.rs
map-new-opportunity = New opportunity
map-value-must-number = The value must be a number, e.g. 250
map-add-opportunity = Add opportunity
map-add-value = Add this value to it
map-replace-value-next = Replace its value and next step
map-they-already-buy = They already buy this from us: the idea is listed, the matrix cell stays as it is.
map-business-unit = Business unit
map-product-service = Product or service
map-value-thousands = Value (thousands)
map-owner-our-team = Owner on our team

## src/app/views/map/interact.rs
map-new-contact = New contact

## src/app/views/map/toolbar.rs
map-filters = Filters
map-show-only-some = Show only some business units, levels, stances, pieces, team members or kinds of line
map-png-picture = PNG picture…
map-map-see-twice = The map as you see it, at twice the screen's resolution
map-svg-drawing = SVG drawing…
map-map-see-vector = The map as you see it, as a vector drawing with real text
map-save-map-see = Save the map as you see it for slides or the workshop minutes
map-re-layout = Re-layout
map-lay-out-everyone = Put everyone back in their unit's place, pinned people too (Undo puts them back)
map-fold-squares = Fold squares
map-show-crowded-squares = Show crowded squares of the board as summaries again
map-add-contact = Add contact
map-add-person-client = Add a person at the client (or double-click the empty map)
map-add-team-member = Add team member
map-new-person-our = New person on our team…
map-new-team-member = New team member
map-put-our-people = Put one of our people on this account's team
map-find-person = Find a person…
map-nobody-matches = Nobody matches
map-flag-key-people = Flag key people nobody covers and contacts only one of us knows

## src/app/views/map/mod.rs
map-show-unit-node = Show the unit as one node with its head count, key pieces and coverage
map-right-click-business = Right-click a business unit to collapse it
map-expand-all-units = Expand all units
map-connect-now-click = Connect: now click the second person (Esc ends)
map-connect-click-first = Connect: click the first person (Esc ends)

## src/app/views/map/present.rs
map-opportunities-found-today = Opportunities found today: none yet (N adds one)
map-nobody-our-team = nobody on our team
map-arrows = Arrows
map-shift-arrows = Shift+arrows

## src/app/views/map/filters.rs
map-all = All
map-business-unit-2 = No business unit
map-relationship-kinds = Relationship kinds
map-clear-filters = Clear filters
map-show-everyone-again = Show everyone again
map-team-member = Team member

## src/app/views/map/panel.rs
map-show-problems-panel = Show the problems panel
map-how-do-we = How do we reach them?
map-light-up-warmest = Light up the warmest path from our team to this person
map-their-contacts-lit = Their contacts are lit on the map.
map-click-person-line = Click a person or a line to edit it. Double-click the empty map to add a contact.
map-pinned-where-put = Pinned where you put them.
map-unpin = Unpin
map-let-re-layout = Let Re-layout move them again
map-nobody-our-team-knows = Nobody on our team knows them.
map-warm-path-nobody = No warm path: nobody on our team is connected to them, even through others.
map-clear-path = Clear path
map-stop-highlighting-path = Stop highlighting the path (Esc)
map-coverage = Coverage
map-kings-queens-rooks = Kings, Queens and Rooks with no relationship of strength 3 or more from our team
map-contacts-only-our = Contacts only one of our people knows
map-known-us-only = Known by one of us only, at any strength: if that person leaves, we lose them. Someone can be on both lists: one weak line.
map-relationships-2 = Relationships
map-relationships-yet-press = No relationships yet. Press C and click two people to connect them.
map-edit-relationship = Edit this relationship
map-people-2 = People

## src/app/views/scoring/model_editor.rs
scoring-scoring-model = Scoring model
scoring-changes-here-draft = Changes here are a draft until you apply them; the panel on the right shows who would change tier.
scoring-most-key-accounts = Most key accounts a team can serve
scoring-portfolio-warns-when = The portfolio warns when more accounts than this are in the top tier (the literature says 15-35)
scoring-criteria = Criteria
scoring-move-up = Move up
scoring-move-down = Move down
scoring-name = Name
scoring-description = Description
scoring-weight = Weight
scoring-relative-weight-shares = Relative weight; shares are shown normalised to 100 %
scoring-which-axis-portfolio = Which axis of the portfolio matrix this criterion measures
scoring-add-criterion = Add criterion
scoring-add-selection-criterion = Add a selection criterion
scoring-new-criterion = New criterion
scoring-what-1-3 = What 1, 3 and 5 mean
scoring-use-preset = Use a preset
scoring-replace-tiers-olympic = Replace the tiers with Olympic, football, airline or A-D tiers
scoring-lowest-score-0 = The lowest score (0-100) that reaches this tier
scoring-add-tier = Add tier
scoring-add-tier-below = Add a tier below the others
scoring-new-tier = New tier
scoring-what-if = What if
scoring-changes = No changes.
scoring-change-weight-threshold = Change a weight, a threshold or the tiers to see which accounts would move.
scoring-account-would-change = No account would change tier.
scoring-apply-changes = Apply changes
scoring-make-these-changes = Make these changes (one step to undo)
scoring-fix-errors-above = Fix the errors above first
scoring-discard-changes = Discard changes
scoring-go-back-model = Go back to the model in use
scoring-remove-criterion = Remove this criterion
scoring-remove-criterion-scores = Remove this criterion (its scores go when you apply)
scoring-remove-tier = Remove this tier
scoring-score-2 = From score
scoring-service-tier-gets = Service the tier gets

## src/app/views/scoring/account_form.rs
scoring-current-revenue = Current revenue
scoring-potential-revenue = Potential revenue
scoring-score = Score
scoring-scoring-model-has = The scoring model has no positive weight.
scoring-tier = Tier
scoring-scored = not scored
scoring-how-do-know = How do you know?
scoring-tier-override = Tier override
scoring-missing-tier = (missing tier)
scoring-reason = Reason
scoring-override-needs-reason = An override needs a reason.
scoring-remove-override = Remove override
scoring-let-score-decide = Let the score decide the tier again
scoring-score-decides-tier = The score decides the tier. Set a tier by hand only with a reason everyone can read.
scoring-why-tier = Why this tier?
scoring-override-tier = Override tier
scoring-set-tier-hand = Set this tier by hand
scoring-reason-required = A reason is required.
scoring-criterion = Criterion
scoring-evidence-how-do = Evidence (how do you know?)

## src/app/file_ops.rs
file-untitled = Untitled
file-new-project = New project
file-could-open-file = Could not open the file.
file-could-save-project = Could not save the project.
file-excel-workbook = Excel workbook
file-csv-spreadsheet = CSV spreadsheet
file-web-page = Web page
file-markdown = Markdown
file-could-export-plan = Could not export the plan.
file-png-picture = PNG picture
file-svg-drawing = SVG drawing
file-could-export-map = Could not export the map.
file-could-export-contacts = Could not export the contacts.
file-could-export-ranking = Could not export the ranking.

## src/app/account_picker.rs
picker-account = Account:
picker-find = Find:
picker-type-few-letters = type a few letters
picker-account-matches = No account matches
picker-account-map-scoring = The account the Map, Scoring and Plan views show

## src/app/mod.rs
app-change-made = The change was not made

## src/app/dialogs.rs
file-systems-file-dialog = the system's file dialog did not open
file-all-files = All files
file-desktop-portal-zenity = no desktop portal and no zenity on this desktop

## src/app/recovery.rs
recovery-untitled-project = an untitled project
recovery-could-write-recovery = Could not write the recovery copy; save often
recovery-recovery-copy-cannot = The recovery copy cannot be read.
recovery-restore-unsaved-work = Restore unsaved work
recovery-restore-unsaved-work-2 = Restore unsaved work?
recovery-open-changes-unsaved = Open it with the changes, unsaved: Save keeps them, Undo shows the file as last saved
recovery-restore = Restore
recovery-discard = Discard
recovery-throw-unsaved-changes = Throw the unsaved changes away

## src/app/settings.rs
settings-project-settings = Project settings
settings-project-name = Project name
settings-shown-window-title = Shown in the window title, the portfolio and every export
settings-our-company = Our company
settings-supplier-us-shown = The supplier: us. Shown under the portfolio and on exported plans
settings-currency = Currency
settings-what-revenues-counted = What revenues are counted in (SEK, DKK, EUR, kr, …); shown beside amounts

## src/app/watch.rs
share-reload-file = Reload the file
share-someone-else-saved = Someone else saved this file: their version is shown
share-someone-else-saved-file = Someone else saved this file.
share-bring-their-changes = Bring their changes into yours now; where you both changed the same thing, you pick
share-merge-now = Merge now
share-later = Later
share-their-changes-merged = Their changes are merged when you save

## src/app/sharing.rs
share-someone-else-saved-file-since = Someone else saved this file since you opened it, and it cannot be read now. Your work was not saved over it; use Save As to keep it in another file.
share-someone-else-saved-file-meanwhile = Someone else saved this file meanwhile: their changes are merged into yours
share-merge-changes-file = Merge changes from the file
share-settle-merge-conflicts = Settle merge conflicts
share-some-picks-could = Some picks could not be applied:
share-someone-else-saved-file-2 = Someone else saved this file
share-conflicts-settle = Conflicts to settle
share-their-changes-yours = Their changes and yours are merged. Where you both changed the same thing, pick which to keep:
share-where = Where
share-yours = Yours
share-theirs = Theirs
share-merge-save = Merge and save
share-apply = Apply
share-step-undo-takes = One step: Undo takes it back
share-nothing-saved-file = Nothing is saved and the file stays as they left it; your changes stay here
share-keep-conflicts-listed = Keep the conflicts listed in the file for later
share-saved-file-disk = Not saved: the file on disk has someone else's changes
share-someone-has-file = Someone has this file open
share-changes-both-save = Changes you both save are merged, field by field; where you both change the same thing, you pick.
share-look-without-changing = Look without changing it: Save asks for a new file
share-open-read-only = Open read-only
share-open-anyway = Open anyway
share-edit-too-saving = Edit it too; saving merges

## src/app/import.rs
import-into-account = Into account:
import-which-column-holds = Which column holds what (Gambit's guess; change it where it is wrong):
import-otherwise-only-empty = Otherwise only empty fields of contacts already there are filled
import-replace-filled-fields = Replace filled fields with the file's values
import-import = Import
import-apply-import-step = Apply the import as one step; Undo takes it back
import-close-without-importing = Close without importing
import-column-file = Column in the file
import-goes = Goes to
import-first-rows = First rows
import-leave-out = (leave out)
import-import-do = The import will do
import-everyone-file-already = Everyone in the file is already in the account: nothing to import.
import-contacts-imported-into = Contacts are imported into an account: add an account first (Portfolio > Add account).
import-could-read-contacts = Could not read the contacts.
import-import-report = Import report
import-imported = Imported

## src/analysis/penetration.rs
health-symbol = ?
health-buys = buys
health-opportunity = opportunity
health-competitor = competitor
health-n = n/a

## src/model/enums.rs
piece-king-meaning = Decision maker / approver (economic buyer)
piece-queen-meaning = Most powerful influencer, the King's inner-circle adviser
piece-rook-meaning = Gatekeeper or veto holder: procurement, finance, legal, IT security
piece-bishop-meaning = Technical or specialist evaluator
piece-knight-meaning = Coach / champion who gives us inside information and introductions
piece-pawn-meaning = User or operational contact
piece-unknown-meaning = Role not yet known
level-board = Board / C-suite
level-executive = Executive
level-senior-management = Senior management
level-middle-management = Middle management
level-operational = Operational
piece-king = King
piece-queen = Queen
piece-rook = Rook
piece-bishop = Bishop
piece-knight = Knight
piece-pawn = Pawn
piece-unknown = Not yet known
stance-mentor = Mentor
stance-supporter = Supporter
stance-neutral = Neutral
stance-non-supporter = Non-supporter
stance-enemy = Enemy
stance-unknown = Unknown
political-status-outside = Outside the political structure
political-status-in-structure = In the political structure
political-status-inner-circle = Inner circle
rel-kind-knows = Knows / works with
rel-kind-reports-to = Reports to
rel-kind-influences = Influences
rel-kind-conflict = Conflict
rel-kind-gatekeeps = Gatekeeps
lifecycle-stage-pre-sale = Pre-sale
lifecycle-stage-contract-negotiation = Contract negotiation
lifecycle-stage-implementation = Implementation / delivery
lifecycle-stage-review = Review
lifecycle-stage-operation = Operation
unit-kind-group-company = Group company
unit-kind-division = Division
unit-kind-department = Department
unit-kind-subsidiary = Subsidiary
unit-kind-location = Location
team-role-lead-account-manager = Lead account manager
team-role-executive-sponsor = Executive sponsor
team-role-mentor = Mentor
team-role-sales = Sales
team-role-service = Service
team-role-delivery = Delivery
team-role-technical = Technical

## src/model/map.rs
map-layout-force = Force layout
map-layout-board = Board layout

## src/model/plan.rs
kpi-sales = Sales
kpi-turnover = Turnover
kpi-profit = Profit
kpi-profitability = Profitability (%)
kpi-customer-satisfaction = Customer satisfaction
kpi-service-level = Service level / delivery reliability (%)
activity-status-planned = Planned
activity-status-in-progress = In progress
activity-status-done = Done
activity-status-dropped = Dropped
meeting-kind-internal = Internal (account team)
meeting-kind-strategic = Strategic (with the client)
meeting-kind-tactical = Tactical (with the client)
meeting-kind-operational = Operational (with the client)

## src/model/scoring.rs
score-axis-attractiveness = Attractiveness
score-axis-strength = Our strength

## src/analysis/health.rs
level-stale = Stale
level-missing = Missing
level-soon = Soon
indicator-healthy = Healthy
indicator-needs-attention = Needs attention
indicator-stale = Stale

## src/interchange/columns.rs
field-full-name = Full Name
field-first-name = First Name
field-last-name = Last Name
field-title = Title
field-company = Company
field-department = Department
field-email = Email
field-phone = Phone
field-reports-to = Reports To
field-owner = Contact Owner
field-level = Level
field-piece = Piece
field-stance = Stance
field-influence = Influence
field-notes = Notes

## src/interchange/decode.rs
text-encoding-utf8 = UTF-8
text-encoding-utf8-mended = UTF-8 (stray bytes read as Windows-1252)
text-encoding-utf16-be = UTF-16
text-encoding-windows1252 = Windows-1252

## src/app/actions.rs
scope-app-title = Everywhere
scope-map-title = On the map
scope-wall-title = Presenting the map (F5)
scope-audience-title = In the audience window
action-new = New
action-new-tip = Start a new, empty project
action-open = Open…
action-open-tip = Open a project file (.kam)
action-save = Save
action-save-tip = Save the project to its file
action-save-as = Save As…
action-save-as-tip = Save the project to a new file
action-undo = Undo
action-undo-tip = Undo the last change
action-redo = Redo
action-redo-tip = Redo the last undone change
action-import-contacts = Import Contacts…
action-import-contacts-tip = Bring the client's people into this account from a CRM or spreadsheet export (CSV or Excel)
action-export-map-png = Export Map as PNG…
action-export-map-png-tip = The map as you see it, as a picture at twice the screen's resolution, for slides
action-export-map-svg = Export Map as SVG…
action-export-map-svg-tip = The map as you see it, as a vector drawing with real text, for slides
action-present = Present the Map
action-present-tip = Full screen, large type, for a workshop wall (F5 or Esc leaves)
action-audience-window = Audience Window
action-audience-window-tip = A second window with the map for the projector (F11 there: full screen); the editor stays here
action-help = Keyboard Shortcuts
action-help-tip = Every key Gambit knows, where it works
action-quit = Quit
action-quit-tip = Close Gambit
action-find = Find a person
action-find-tip = Type a name or title; Enter shows the first match
action-connect = Connect
action-connect-tip = Click two people to draw a relationship between them. Hold Shift on the second click to draw another; Esc ends
action-legend = Legend
action-legend-tip = Explain every colour, shape and line
action-key-people = Key people
action-key-people-tip = Only Kings, Queens, Rooks and our team, with the lines among them
action-layout = Board / force layout
action-layout-tip = Switch between the chess board (ranks are levels, files are business units) and the force layout
action-fit = Fit
action-fit-tip = Fit the whole map into view
action-zoom-in = Zoom in
action-zoom-in-tip = Zoom in on the middle of the map
action-zoom-out = Zoom out
action-zoom-out-tip = Zoom out from the middle of the map
action-pan = Pan
action-pan-tip = Move the map (or drag the empty map, or use the wheel)
action-delete = Delete
action-delete-tip = Delete the selection (Undo brings it back)
action-cancel = Cancel
action-cancel-tip = End connecting, then the path shown, then the selection
action-spotlight-next = Next in the spotlight
action-spotlight-next-tip = Spotlight the next of our team, or of their key pieces
action-spotlight-next-hint = spotlight
action-spotlight-back = Back in the spotlight
action-spotlight-back-tip = Spotlight the one before
action-spotlight-switch = Team / key pieces
action-spotlight-switch-tip = Spotlight their key pieces (Kings, Queens, Rooks) and who covers them; again for our team
action-spotlight-switch-hint = team / key pieces
action-spotlight-off = Spotlight off
action-spotlight-off-tip = Light everyone again
action-spotlight-off-hint = off
action-capture = New opportunity
action-capture-tip = Capture an opportunity the room found: unit, product, value, owner, next step
action-capture-hint = new opportunity
action-wall-fit = Fit
action-wall-fit-tip = Fit the whole map onto the wall
action-wall-fit-hint = fit
action-wall-zoom-in = Zoom in
action-wall-zoom-in-tip = Zoom in on the middle of the map
action-wall-zoom-in-hint = zoom
action-wall-zoom-out = Zoom out
action-wall-zoom-out-tip = Zoom out from the middle of the map
action-wall-pan = Pan
action-wall-pan-tip = Move the map on the wall
action-wall-pan-hint = pan
action-wall-legend = Legend
action-wall-legend-tip = Show or hide the legend on the wall
action-wall-legend-hint = legend
action-wall-theme = Light / dark
action-wall-theme-tip = Switch the projector theme between light and dark
action-wall-theme-hint = light / dark
action-leave-presentation = Leave
action-leave-presentation-tip = Leave presentation, back to the editor
action-leave-presentation-hint = leave
action-full-screen = Full screen
action-full-screen-tip = The audience window full screen, or not
action-leave-full-screen = Leave full screen
action-leave-full-screen-tip = Back to a window

## src/app/views/scoring/mod.rs
scoring-score-account = Score this account
scoring-score-selected-account = Score the selected account against each criterion
scoring-criteria-weights-tiers = Criteria, weights and tiers for every account

## src/command/mod.rs
undo-edit-project = Edit project
undo-edit-team-member = Edit team member
undo-delete-team-member = Delete team member
undo-edit-product = Edit product
undo-delete-product = Delete product
undo-restore-account = Restore account
undo-edit-account = Edit account
undo-edit-business-unit = Edit business unit
undo-delete-business-unit = Delete business unit
undo-edit-contact = Edit contact
undo-edit-relationship = Edit relationship
undo-score-criterion = Score criterion
undo-edit-account-team = Edit account team
undo-remove-account = Remove from account
undo-delete-selection = Delete selection
undo-edit-plan = Edit plan
undo-edit-scoring-model = Edit scoring model
undo-show-board-layout = Show board layout
undo-show-force-layout = Show force layout
undo-move-people = Move people

## src/export/plan.rs
export-profitability = Profitability
export-sources = Sources
export-buying-opportunity = Buying / opportunity
export-white-space-nobody = '?' is white space: nobody on our team knows yet.
export-nothing-missing-stale = Nothing missing or stale.
export-person = Person
export-stance-now-target = Stance now -> target
export-us-who-should = Of us who should know them
export-how = How
export-at = At
export-revenue-us = Revenue with us
export-why-tier-set = Why the tier is set by hand
export-how-often = How often

## src/model/scoring_defaults.rs
model-yearly-revenue-us = Yearly revenue with us today.
model-small-share-our = Small share of our sales
model-among-our-top = Among our top 50 customers
model-among-our-top-10 = Among our top 10 customers
model-revenue-we-could = Revenue we could reach in three years.
model-little-room-grow = Little room to grow
model-could-double = Could double
model-could-grow-several = Could grow several times over
model-organisational-complexity = Organisational complexity
model-group-many-companies = A group with many companies, units and sites.
model-site-buyer = One site, one buyer
model-several-units-buy = Several units buy separately
model-multinational-group-many = Multinational group, many units
model-need-several-offerings = Need for several offerings
model-how-many-our = How many of our products and services they need.
model-product = One product
model-two-three-lines = Two or three lines
model-most-our-portfolio = Most of our portfolio
model-reference-value = Reference value
model-value-reference-multiplier = Value as a reference or multiplier in the market.
model-unknown-market = Unknown in the market
model-known-their-niche = Known in their niche
model-market-leader-others = Market leader others follow
model-margin-we-earn = Margin we earn after the cost to serve.
model-loss-making = Loss-making
model-average-margin = Average margin
model-well-above-average = Well above average margin
model-strategic-fit = Strategic fit
model-fit-our-strategy = Fit with our strategy and target markets.
model-outside-our-focus = Outside our focus
model-partly-focus = Partly in focus
model-core-our-strategy = Core of our strategy
model-relationship-quality = Relationship quality
model-depth-breadth-our = Depth and breadth of our relationships.
model-contact-transactional = One contact, transactional
model-several-contacts-trusted = Several contacts, trusted
model-partner-executive-level = Partner at executive level
model-olympic = Olympic
model-gold = Gold
model-dedicated-account-team = Dedicated account team, executive sponsor, plan reviewed twice a year.
model-silver = Silver
model-named-account-manager = Named account manager, yearly plan and review.
model-bronze = Bronze
model-served-regional-sales = Served by the regional sales team with standard service levels.
model-football = Football
model-premier = Premier
model-1st-division = 1st Division
model-2nd-division = 2nd Division
model-airline = Airline
model-first = First
model-dedicated-team-executive = Dedicated team, executive sponsor, joint strategy days, plan reviewed twice a year.
model-club = Club
model-named-account-manager-yearly = Named account manager, yearly plan, quarterly business reviews.
model-economy = Economy
model-named-contact-inside = Named contact in inside sales, standard service levels.
model-standby = Standby
model-served-request-through = Served on request through web shop and support desk; fully satisfied, not developed.
model-key-account-dedicated = Key account: dedicated team and a living account plan.
model-development-account-named = Development account: named manager, yearly plan.
model-maintain-regional-sales = Maintain: regional sales, standard service.
model-serve-efficiently-through = Serve efficiently through inside sales and the web shop.

## manual
map-force-layout-tip = Each business unit has its own place, key people in the middle; drag people to pin them
map-board-layout-tip = The chess board: ranks are levels, files are business units
menu-undo-named = Undo: { $action }
menu-redo-named = Redo: { $action }
status-warnings = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
status-errors-warnings = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
portfolio-company-accounts = { $company } · { $accounts ->
    [one] 1 account
   *[other] { $accounts } accounts
}
portfolio-tier-count = { $tier }: { $accounts }
portfolio-untiered-count = No tier yet: { $accounts }
portfolio-tiers-summary = Tiers: { $tiers }
portfolio-too-many-key-accounts = { $accounts } key accounts: more than the { $limit } a team can serve. Raise the bar or the limit in the scoring model.
portfolio-tier-overridden = { $tier } (override)
portfolio-not-placed = Not placed because some criteria are not scored: { $accounts }
plan-no-opportunities-hint = No opportunities yet. Present the map ({ $present }); { $capture }: capture one
plan-opportunities-total = Opportunities: { $count } · { $total }
plan-white-space-cells = { $cells ->
    [one] 1 cell is white space
   *[other] { $cells } cells are white space
}
plan-people-we-know-at = People we know at { $unit }
plan-agreement-ends-in = { $days ->
    [one] ends in 1 day
   *[other] ends in { $days } days
}
plan-owner-of = Owner of { $activity }
plan-status-of = Status of { $activity }
plan-covered-by-us = { $people } of us
plan-date-overdue = { $date } (overdue)
plan-next-review-overdue = Next review due: { $date } (overdue)
plan-next-review-on = Next review due: { $date }
plan-heading = Account plan — { $account }
plan-health-is = Plan health: { $state }
contact-missing-unit-mark = (missing unit)
map-our-team-of = Our team · { $company }
map-no-unit-matches = No business unit matches "{ $typed }"
map-no-product-matches = No product or service matches "{ $typed }"
map-no-member-matches = No one of our team matches "{ $typed }"
map-cell-has-opportunity = This unit and product already have an opportunity ({ $value })
map-competitor-supplies-cell = A competitor supplies this ({ $competitor }): the idea is listed, the matrix cell stays as it is.
map-expand-unit = Expand { $unit }
map-collapse-unit = Collapse { $unit }
map-people-count = { $people ->
    [one] 1 person
   *[other] { $people } people
}
wall-caption-hint = { $account } — Arrow keys: spotlight our team · K: their key pieces
wall-caption-member = { $name } — { $people ->
    [one] 1 person they know here
   *[other] { $people } people they know here
}
wall-caption-contact = { $name } ({ $piece }) — covered by: { $covered }
map-problems-in-project = { $problems ->
    [one] 1 problem in the project
   *[other] { $problems } problems in the project
}
map-people-selected = { $people } people selected: drag one to move them all, Delete removes them
map-covered-by = Covered by: { $members }
map-how-we-reach-person = How we reach { $name }
map-uncovered-key-count = Key people nobody covers ({ $people })
map-coverage-rule = A King, Queen or Rook is covered when one of us has a line of strength { $strength } or more to them.
map-single-threaded-count = Single-threaded ({ $people })
map-person-left = { $person } (left)
scoring-tiers-named = Tiers: { $tiers }
scoring-accounts-would-move = { $accounts ->
    [one] 1 account would change tier:
   *[other] { $accounts } accounts would change tier:
}
scoring-heading = Scoring — { $account }
scoring-score-of-100 = Score: { $score } / 100
scoring-incomplete = Score incomplete: { $criteria ->
    [one] 1 criterion not yet scored
   *[other] { $criteria } criteria not yet scored
}
scoring-tier-is = Tier: { $tier }
scoring-tier-overridden = { $line } (override: { $reason })
scoring-no-tier = Tier: —
scoring-set-by-hand = Set by hand to { $tier }
file-own-dialog-because = Using Gambit's own file dialog ({ $reason })
wall-window-title = Gambit audience view — { $account }
view-more-matches = … { $more } more: type to narrow
file-opened-name = Opened { $name }
file-opened-with-problems = Opened { $name } ({ $problems ->
    [one] 1 problem found
   *[other] { $problems } problems found
})
file-saved-to = Saved { $path }
file-exported-to = Exported { $path }
file-exported-some-revenues-empty = { $status } (some revenues are not numbers and were left empty)
file-read-only-mark = (read-only)
recovery-restored-of = Restored unsaved work of { $name }
recovery-closed-without-saving = Gambit closed without saving changes to { $name }.
share-merged-renumbered = Someone else saved this file meanwhile: their changes are merged into yours ({ $records ->
    [one] 1 record renumbered
   *[other] { $records } records renumbered
})
share-user-has-it-open = { $user } has this open since { $since }
share-user-on-host-has-it-open = { $user } ({ $host }) has this open since { $since }
map-region-caption-known = { $unit } ({ $people } · { $known } known)
map-known-by-us = { $people } known by us
import-file-rows = { $file }: { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}, { $read_as }
import-more-in-report = { $more } more in the report after the import
menu-language = Language
menu-language-tip = The language of every text in Gambit and its exports; remembered for the next start
menu-language-changed = Gambit speaks English now
map-contacts-and-lines = { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
} · { $lines ->
    [one] 1 relationship
   *[other] { $lines } relationships
}
wall-opportunities-today = Opportunities found today: { $count } · worth { $total }
health-section-goals = Goals and strategy
health-section-client = Knowing the client
health-section-kpis = KPIs
health-section-activities = Key activities
health-section-relationship-goals = Relationship goals
health-section-meetings = Meeting structure
health-section-matrix = Penetration matrix
health-section-reviews = Reviews
health-section-agreements = Agreements
health-section-relationships = Relationships
health-goals-empty = no overall goal yet
health-economics-empty = no figures about the client's business yet
health-kpis-empty = no KPIs yet
health-activities-empty = no key activities yet
health-relationship-goals-empty = no relationship goals yet
health-meetings-empty = no meetings planned yet
health-matrix-empty = nothing marked in the matrix yet
health-never-reviewed = The plan has never been reviewed
health-review-overdue = Review overdue since { $due } (last review { $last })
health-activity-overdue = "{ $activity }" was due { $due }
health-agreement-ended = "{ $agreement }" ended { $end }
health-agreement-ends = "{ $agreement }" ends { $end }, { $days ->
    [one] in 1 day
   *[other] in { $days } days
}
health-meeting-overdue = { $kind ->
    [internal] Internal
    [strategic] Strategic
    [tactical] Tactical
   *[operational] Operational
} meeting overdue since { $due }
health-meeting-never-held = { $kind ->
    [internal] Internal
    [strategic] Strategic
    [tactical] Tactical
   *[operational] Operational
} meeting never held
health-never-met = No recorded meeting with { $name } ({ $piece })
file-name-ranking = { $project } ranking { $date }
file-name-contacts = { $account } contacts { $date }
file-name-plan = { $account } plan { $date }
plan-cell-spoken = { $product } at { $unit }
plan-goal-person = Person
plan-goal-stance-now = Stance now
plan-goal-target-stance = Target stance
plan-goal-covered-now = Covered now
plan-goal-how = How
export-plan-title = Account plan: { $account }
export-plan-subtitle = { $company } · as of { $date }
export-score-of-100 = { $score } / 100
export-status-overdue = { $status } (OVERDUE)
export-stance-change = { $now } -> { $target }
export-every-days = { $days ->
    [one] every day
   *[other] every { $days } days
}
export-found-worth = { $count } worth { $total }
export-score-and-tier = Score and tier
ranking-incomplete = incomplete ({ $missing } missing)
ranking-no-model = no model
export-score-incomplete = incomplete
piece-king-letter = K
piece-queen-letter = Q
piece-rook-letter = R
piece-bishop-letter = B
piece-knight-letter = N
piece-pawn-letter = P
piece-unknown-letter = ?
model-tier-a = A
model-tier-b = B
model-tier-c = C
model-tier-d = D
id-member = member #{ $n }
id-product = product #{ $n }
id-account = account #{ $n }
id-unit = unit #{ $n }
id-contact = contact #{ $n }
id-relationship = relationship #{ $n }
id-criterion = criterion #{ $n }
id-tier = tier #{ $n }
check-error = error
check-warning = warning
check-id-used-twice = { $id } is used more than once
check-out-of-scale = { $what } is { $value }, but must be { $min } to { $max }
check-what-score = score
check-what-influence = influence
check-what-strength = strength
check-at-team-members = team members
check-at-products = products
check-at-accounts = accounts
check-control-character = { $field } contains a control character ({ $code }) at line { $line }, column { $column }; remove it
check-not-a-number = { $field } is { $value }, which is not a number; write a number there
check-noncharacter = { $field } contains { $code } at line { $line }, column { $column }, a code that is not a character (files, SVG and HTML cannot carry it); remove it
check-too-long = { $field } is { $length } characters long; it may be at most { $limit }
check-at-account-number = account { $n }
check-at-account = account "{ $name }"
check-at-contact-number = contact { $n }
check-at-record = { $id } "{ $name }"
check-at-project = project
check-at-criteria = scoring criteria
check-at-tier-scheme = tier scheme
check-at-criterion = criterion "{ $name }"
check-negative-weight = weight is { $weight }, but must be zero or more
check-at-scoring-model = scoring model
check-all-weights-zero = all criterion weights are zero, so no account can be scored
check-no-tiers = has no tiers, so no account gets a tier
check-at-tier = tier "{ $name }"
check-threshold-range = threshold is { $threshold }, but must be 0 to 100
check-threshold-order = threshold { $threshold } must be below the threshold { $above } of "{ $tier }" above it (tiers run best first)
check-at-units = business units
check-at-contacts = contacts
check-at-relationships = relationships
check-at-score-for = score for { $criterion }
check-refers-to-missing = refers to { $id }, which does not exist
check-at-tier-override = tier override
check-override-needs-reason = a tier override needs a reason
check-at-account-team = account team
check-refers-to-missing-person = refers to { $id }, who does not exist
check-at-position-of = map > position of { $person }
check-position-range = is ({ $x }, { $y }); a position must be a finite number within ±{ $max }
check-at-map = map
check-position-of-missing = has a position for { $id }, who does not exist (it is ignored)
check-negative-revenue = revenue { $revenue } must be zero or more
check-at-plan = plan
check-at-activity = activity "{ $name }"
check-owner-missing = owner { $id } does not exist
check-cell-missing = refers to { $product } at { $unit }, which does not exist
check-at-competitor = competitor "{ $name }"
check-at-agreement = agreement "{ $name }"
check-ends-before-start = ends ({ $end }) before it starts ({ $start })
check-at-unit = unit "{ $name }"
check-parent-missing = parent { $id } does not exist
check-unit-cycle = is its own parent through a cycle of parent units
check-no-name = has no name
check-unit-missing = business unit { $id } does not exist
check-line-to-self = connects a person with themself
check-reporting-cycle = reporting cycle: { $people } -> back to the first
check-reporting-cycle-also = reporting cycle: { $people } -> back to the first; also caught in it: { $also }
check-at-reporting-lines = reporting lines
check-at-relationship-goals = relationship goals
check-at-referrals = referrals
check-at-matrix = penetration matrix
check-at-opportunities = opportunities
cli-check-summary = { $file }: { $accounts ->
    [one] 1 account
   *[other] { $accounts } accounts
}, { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
cli-already-current = { $file }: already in format version { $version }; not changed
cli-unknown-format = an unknown format
cli-format-version = format version { $version }
cli-migrated = { $file }: migrated from { $from } to { $version }; the old file is { $backup }
cli-renumbered = { $file }: both sides added { $record }; one of the two is now { $now }
cli-conflict = conflict: { $place }: ours { $ours }, theirs { $theirs }
cli-conflicts-left = { $conflicts ->
    [one] 1 conflict left; open the file in Gambit to settle it
   *[other] { $conflicts } conflicts left; open the file in Gambit to settle them
}
cli-plan-written = plan of { $account } written
cli-no-accounts = the project has no accounts
cli-closest = closest: { $names }
cli-no-such-account = { $file }: no account named "{ $name }"; { $hint }
cli-map-written = map of { $account } written as { $format } ({ $people ->
    [one] 1 person
   *[other] { $people } people
})
cli-error-not-changed = { $error }; { $file } not changed
cli-columns = columns: { $columns }
cli-nothing-new = { $file }: nothing new for { $account }; not changed
cli-saved = { $file }: saved; the previous version is { $backup }
cli-contacts-written = { $contacts } contacts of { $account } written
cli-relationships-written = { $lines } relationships of { $account } written
cli-with-relationships = { $done }, with their relationships
cli-revenues-not-numbers = { $file }: warning: { $accounts ->
    [one] 1 account has a revenue that is not a number; left empty in the table
   *[other] { $accounts } accounts have a revenue that is not a number; left empty in the table
}
cli-accounts-ranked = { $accounts } accounts ranked
cli-workbook-failed = { $file }: the workbook could not be made: { $error }
cli-file-rows = { $file }: { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}, read as { $read_as }
load-cannot-read = { $path }: cannot read the file: { $error }
load-too-large = { $path }: the file is { $size } bytes, more than the { $limit } bytes a project may have
load-empty = { $path }: the file is empty
export-over-open-project = { $path }: is the open project or its backup; an export never writes over it. Choose another name
export-over-a-project = { $path }: is a Gambit project; an export never writes over a project. Choose another name
cli-changed-meanwhile-merged = { $file }: someone else saved it meanwhile; their changes are merged in
cli-changed-meanwhile-conflict = { $file }: someone else saved it meanwhile and changed { $conflicts } of the same fields; nothing was saved. Run the command again
cli-changed-meanwhile-unreadable = { $file }: someone else saved it meanwhile and it cannot be read now ({ $error }); nothing was saved
cli-not-a-number-at = { $file }:{ $line }:{ $column }: { $field } is written as { $value }, which is not a number
file-opened-cannot-save = This project opened, but Gambit cannot save it as it is: written out it would be larger than a project file may be. Remove accounts or contacts, or split the portfolio into two files, before you rely on saving it.
load-not-a-file = { $path }: is not a file (a folder, pipe or device); Gambit opens only regular files
load-not-text = { $path }: not a Gambit project: the file is not text (invalid UTF-8 at byte { $byte })
load-utf16 = { $path }: not a Gambit project: the file is UTF-16 text; Gambit files are UTF-8 (open the original, or save it again as UTF-8)
load-no-version = { $path }: not a Gambit project: it has no format_version field
load-newer-version = { $path }: written by a newer Gambit (format version { $found }; this Gambit reads up to { $version }). Update Gambit to open it; the file was not changed
load-unknown-version = { $path }: format version { $found } is not a version Gambit ever wrote
load-nested-too-deep = the data is nested deeper than the { $limit } levels a project may have
save-cannot-write = cannot write the project: { $error }
save-failed = { $path }: cannot save: { $error }
save-read-only = { $path }: cannot save: the file is read-only; use Save As to save a copy elsewhere
save-newer-version = { $path }: cannot save: the file there was written by a newer Gambit (format version { $found }; this Gambit writes { $version }); use Save As so it is not overwritten
save-too-large = { $path }: cannot save: the project would be { $size } bytes, more than the { $limit } bytes a project file may have

## Import reports, tables, map pictures and merges
import-count-added = { $n } added
import-count-updated = { $n } updated
import-count-unchanged = { $n } already there
import-count-skipped = { $n } skipped
import-count-lines = { $n ->
    [one] 1 new line
   *[other] { $n } new lines
} ({ $reporting } reporting, { $ours } ours)
import-count-units = { $n ->
    [one] 1 new business unit
   *[other] { $n } new business units
}
import-rows-added = added: { $rows }
import-rows-updated = updated: { $rows }
import-rows-unchanged = already there: { $rows }
import-row-skipped = row { $row }: skipped: { $why }
import-row-filled = row { $row }: { $name }: filled { $fields }
import-row-note = row { $row }: { $name }: { $note }
import-new-units = new business units: { $units }
import-joined-team = joined the account team (as { $role }): { $names }
import-unmatched-manager = manager "{ $name }" is not among the contacts; no reporting line ({ $rows })
import-unmatched-owner = owner "{ $name }" is not one of our people; no line drawn ({ $rows })
import-rows-named = { $count ->
    [one] row
   *[other] rows
} { $rows }
import-error-no-account = { $id } does not exist
import-error-no-rows = has a header row but no contacts under it
import-error-invalid = the import would leave the project with errors, so nothing was imported: { $problems }
import-note-cut = { $field } cut to { $max } characters
import-note-notes-cut = notes cut to the longest text a project holds
import-skip-no-name = no name
import-skip-long-name = the name is { $length } characters long; a name holds at most { $max }
import-note-same-person = the same person as row { $row }
import-skip-ambiguous = { $count } contacts are named "{ $name }"; an email column would tell which one this is
import-note-unknown-value = { $what } "{ $value }" is not one Gambit knows; left as it was
import-note-influence = influence "{ $value }" is not 1 to 5; left as it was
report-field-title = title
report-field-email = email
report-field-phone = phone
report-field-notes = notes
report-field-business-unit = business unit
report-field-piece = piece
report-field-stance = stance
report-field-level = level
report-field-influence = influence
import-manager-ambiguous = { $count } contacts are named "{ $name }"; no reporting line drawn
import-note-own-manager = is named as their own manager; no reporting line
import-note-has-manager = already reports to someone else on the map; "{ $manager }" not added as a manager
import-owner-line-note = Contact owner in the CRM
import-note-cycle = reporting line to { $boss } left out: it would close a reporting cycle
import-no-name-column = no column holds the contacts' names (looked for Full Name, Name, First Name, Last Name, Förnamn, Efternamn, Navn, Fornavn, Efternavn, ...); the columns are { $columns }
read-error-io = { $path }: cannot be read: { $reason }
read-error-too-large = { $path }: is { $size } MB; Gambit reads contact lists of at most { $max } MB
read-error-empty = { $path }: holds no rows (an empty file or sheet)
read-error-binary = { $path }: is not a CSV or text export: it holds binary data (at byte { $byte }). Export the contacts as CSV or Excel (.xlsx) and import that
read-error-unclosed = { $path }: the quoted field that starts on line { $line } is never closed, so the rest of the file would read as one cell; fix the quotes and import again
read-error-workbook = { $path }: cannot be read as a workbook: { $reason }
workbook-too-many-parts = it holds { $count } parts, more than a workbook has
workbook-too-many-strings = it holds { $count } shared texts; Gambit reads at most { $max }. Save the contacts as CSV, or split the workbook
workbook-part-too-large = its part { $part } unpacks to more than { $max } MB; Gambit reads no more. Save the contacts as CSV, or split the workbook
workbook-cell-too-long = its part { $part } holds a text of more than { $max } KB, longer than a spreadsheet cell can be
workbook-part-broken = its part { $part } cannot be unpacked: { $reason }
workbook-area-too-large = its sheets lay out { $cells } cells (far-away cells included); Gambit reads at most { $max }. Delete the empty rows and columns up to the far cells, or save the sheet as .xlsx or CSV
workbook-too-many-cells = the sheet fills more than { $cells } cells or { $mb } MB of text; Gambit reads no more. Save the contacts as CSV, or split the sheet
workbook-table-too-large = the table is { $rows } rows of { $columns } columns, more than the { $max } cells Gambit reads. Delete the unused columns right of the data, or split the sheet
read-error-no-sheet = { $path }: has no sheet named "{ $name }"; its sheets: { $sheets }
table-read-as = { $encoding } text separated by "{ $separator }"
table-read-as-tabs = { $encoding } text separated by tabs
table-read-as-sheet = sheet "{ $name }"
table-column-n = Column { $n }
sheet-too-many-rows = too many rows for a worksheet
sheet-too-many-columns = too many columns for a worksheet
sheet-contacts = Contacts
sheet-relationships = Relationships
sheet-ranking = Ranking
rel-column-from = From
rel-column-from-email = From Email
rel-column-to = To
rel-column-to-email = To Email
rel-column-kind = Kind
rel-column-strength = Strength
rel-column-last-contact = Last Contact
rel-column-note = Note
rank-column-rank = rank
rank-column-account = account
rank-column-industry = industry
rank-column-score = score
rank-column-tier = tier
rank-column-override-reason = override_reason
rank-column-current-revenue = current_revenue
rank-column-potential-revenue = potential_revenue
rank-column-lead = lead
png-error-too-many-pixels = the picture would be { $width } x { $height } pixels, more than the { $millions } million a PNG may have; export an SVG instead
png-error-too-large = the picture would be too large
png-error-cannot-make = cannot make a { $width }x{ $height } picture
png-error-encode = cannot encode the PNG: { $error }
png-error-invalid-svg = the map drawing is not valid SVG: { $error }
merge-place-unit = business unit "{ $name }"
merge-place-contact = contact "{ $name }"
merge-place-score = score for { $criterion }
merge-place-team-seat = team seat of { $member }
merge-place-position = map position of { $person }
merge-place-plan = plan
merge-place-plan-entry = plan > { $list } #{ $n }
merge-place-project = the project
merge-place-member = team member "{ $name }"
merge-place-product = product "{ $name }"
merge-place-scoring = the scoring model
merge-place-criterion = criterion "{ $name }"
merge-place-tier = tier "{ $name }"
merge-value-none = (none)
merge-value-deleted = (deleted)
merge-value-changed = (changed)
merge-value-kept = (kept: still used by the other side's changes)
merge-error-gone = { $what } is not in the project any more
merge-error-no-field = there is no field { $field }
merge-error-map-position = that map position
merge-error-plan-entry = that plan entry
merge-error-cannot-put-back = that cannot be put back
merge-error-cannot-delete = that cannot be deleted

## The project file's keys in words (text problems, merge conflicts)
key-account = account
key-accounts = accounts
key-activities = activities
key-activity = activity
key-actual = actual
key-agenda = agenda
key-agreement = agreement
key-agreements = agreements
key-also = also
key-axis = axis
key-business-unit = business unit
key-buying = buying
key-category = category
key-client-goals = client goals
key-comments = comments
key-competitor = competitor
key-competitors = competitors
key-conflicts = conflicts
key-contact = contact
key-contacts = contacts
key-criteria = criteria
key-criterion = criterion
key-currency = currency
key-current-revenue = current revenue
key-cycle = cycle
key-date = date
key-description = description
key-due = due
key-economics = economics
key-email = email
key-end = end
key-every-days = every (days)
key-evidence = evidence
key-five = five
key-format-version = format version
key-found = found
key-from = from
key-has-left = has left
key-how = how
key-industry = industry
key-influence = influence
key-kind = kind
key-kpi = KPI
key-kpis = KPIs
key-last-contact = last contact
key-last-held = last held
key-layout = layout
key-level = level
key-lifecycle = lifecycle
key-lifecycle-stage = lifecycle stage
key-location = location
key-map = map
key-max-key-accounts = most key accounts
key-meeting = meeting
key-meetings = meetings
key-member = member
key-members = members
key-min-score = lowest score
key-name = name
key-next-step = next step
key-note = note
key-notes = notes
key-offerings-and-markets = offerings and markets
key-one = one
key-opportunities = opportunities
key-opportunity = opportunity
key-organisation = organisation
key-our-company = our company
key-our-people = our people
key-overall-goal = overall goal
key-owner = owner
key-parent = parent
key-partner = partner
key-partners = partners
key-penetration = penetration
key-phone = phone
key-piece = piece
key-pinned = pinned
key-plan = plan
key-political = political
key-positions = positions
key-potential-revenue = potential revenue
key-product = product
key-products = products
key-profitability = profitability
key-purchases = purchases
key-reason = reason
key-referral = referral
key-referrals = referrals
key-rel-kind = relationship kind
key-relationship = relationship
key-relationship-goal = relationship goal
key-relationship-goals = relationship goals
key-relationships = relationships
key-review = review
key-reviewer = reviewer
key-reviews = reviews
key-role = role
key-sales = sales
key-scale = scale
key-scores = scores
key-scoring = scoring
key-service = service
key-skills = skills
key-sources = sources
key-stance = stance
key-start = start
key-state = state
key-status = status
key-strategy = strategy
key-strength = strength
key-strengths = strengths
key-success-factors = success factors
key-target = target
key-target-coverage = target coverage
key-target-stance = target stance
key-team = team
key-team-role = team role
key-their-people = their people
key-three = three
key-tier = tier
key-tier-override = tier override
key-tiers = tiers
key-title = title
key-to = to
key-turnover = turnover
key-unit = business unit
key-units = business units
key-value = value
key-weight = weight
key-what = what
key-year = year
key-yearly-value = yearly value

## Commands, start-up
command-error-missing = { $what } does not exist
command-error-exists = { $what } already exists
command-error-score = a score for { $criterion } cannot be stored as { $slot }
command-error-not-on-account = { $member } is not on { $account }
command-error-selection-gone = nothing selected exists any more
cli-lang-one-of = one of: en, sv, da
app-cannot-start = gambit: cannot start the window: { $error }
demo-source-name = demo.kam (built in)

## What the file parser found wrong
parse-eof = the file ends in the middle of the project (it may have been cut off)
parse-expected-comma = a comma is missing here
parse-expected-list = a list in [ ] was expected here
parse-expected-record = a record in ( ) was expected here, or its closing )
parse-expected-map = a map in { "{" } { "}" } was expected here
parse-expected-text = a text in quotes was expected here, or its closing quote
parse-expected-number = a number was expected here (or it is out of range)
parse-expected-boolean = true or false was expected here
parse-expected-option = Some(…) or None was expected here
parse-expected-name = a field name was expected here
parse-unexpected-char = the character "{ $char }" does not belong here
parse-trailing = there is more text after the end of the project
parse-unclosed-comment = a comment is never closed
parse-invalid-escape = a text holds an escape with \ that is not valid
parse-wrong-value = the value { $found } is not what belongs here ({ $expected })
parse-unknown-value = "{ $found }" is not a value Gambit knows for { $within }; it can be one of: { $choices }
parse-unknown-field = { $within } has a field "{ $found }" that Gambit does not know
parse-missing-field = { $within } lacks the field "{ $field }"
parse-duplicate-field = { $within } has the field "{ $field }" twice
parse-a-project = a Gambit project
parse-different-record = { $expected } was expected here, not "{ $found }"

## The command line's help and usage errors
cli-help-gambit = Key account management: relationship map, tier scoring and account plans in one diffable file
cli-help-open-file = The project to open; without one, Gambit opens its demo project
cli-help-view = The view to open on: portfolio, map, scoring or plan
cli-help-present = Start presenting the map full screen (as F5 does)
cli-help-startup-time = Print how long Gambit took from start to its first frame (to stderr)
cli-help-lang = The language of texts and output (en, sv, da), before or after the command; without it, the system's language (the window: the one last picked in View > Language)
cli-help-check = Check a project file and list its problems (exit 0 clean, 1 problems, 2 unreadable)
cli-help-project-file = The project file
cli-help-migrate = Load a project file of any earlier format and save it back in the current one (atomically, keeping the old file as FILE.bak)
cli-help-merge = Three-way merge for git: merge THEIRS into OURS, both descended from BASE, and write the result to OURS (exit 0 clean, 1 when conflicts remain, listed in the file for Gambit to show; 2 when a file cannot be read or written). Set up with `git config merge.gambit.driver "gambit merge %O %A %B"` and `*.kam merge=gambit` in .gitattributes
cli-help-merge-base = The version both sides started from (git's %O)
cli-help-merge-ours = Our version (git's %A); the result is written here
cli-help-merge-theirs = Their version (git's %B)
cli-help-export-ranking = Write the portfolio ranking as CSV or as an Excel workbook
cli-help-csv = Write CSV
cli-help-xlsx = Write an Excel workbook
cli-help-import-contacts = Bring contacts into an account from a CRM or spreadsheet export (CSV, semicolon- or tab-separated text, .xlsx). Saves FILE atomically (the old file becomes FILE.bak) and prints what happened to each row. Exit 0 when every row went in, 1 when some were skipped, 2 when the input could not be read (the project is then unchanged)
cli-help-account = The account, by its name
cli-help-from = The export to read
cli-help-sheet = The workbook's sheet to read (the first by default)
cli-help-overwrite = Replace filled fields of contacts already there with the file's values (by default only empty fields are filled)
cli-help-export-contacts = Write an account's contacts (and its relationships) as CSV or as an Excel workbook, with the column names the import reads
cli-help-relationships-csv = Also write the relationships as CSV (the workbook has them as its second sheet)
cli-help-export-plan = Write an account plan as HTML or Markdown
cli-help-html = Write one self-contained HTML page
cli-help-md = Write Markdown
cli-help-export-map = Draw an account's relationship map as SVG, or as PNG at twice its size
cli-help-svg = Write SVG with real text
cli-help-png = Write PNG at twice the map's size
cli-help-size = Draw the map as a window of this size shows it fitted (as 1920x1080), legend included
cli-help-present-picture = Draw it as presentation mode does: wall-sized names and text (with --size)
cli-value-size = WIDTHxHEIGHT
cli-size-format = give the size as WIDTHxHEIGHT, each 200 to 8000 pixels (as 1920x1080)
cli-help-help = Print help
cli-help-version = Print version
cli-value-file = FILE
cli-value-base = BASE
cli-value-ours = OURS
cli-value-theirs = THEIRS
cli-value-account = ACCOUNT
cli-value-path = PATH
cli-value-name = NAME
cli-value-view = VIEW
cli-value-lang = LANG
cli-value-out-csv = OUT.csv
cli-value-out-xlsx = OUT.xlsx
cli-value-out-html = OUT.html
cli-value-out-md = OUT.md
cli-value-out-svg = OUT.svg
cli-value-out-png = OUT.png
cli-value-command = COMMAND
cli-usage = Usage:
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-error = error: { $message }
cli-error-more = For more information, try '--help'.
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unrecognized command '{ $command }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-missing = required arguments were not given: { $args }
cli-error-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-value-options = OPTIONS

## Gambit's own file dialog
filedlg-select-folder = Select folder
filedlg-select-several = Select several
filedlg-reload = Reload
filedlg-working-folder = Go to working folder
filedlg-select-all = Select all
filedlg-show-hidden = Show hidden
filedlg-show-system = Show system files
filedlg-pinned = Pinned
filedlg-places = Places
filedlg-devices = Devices
filedlg-removable = Removable devices
filedlg-home = Home
filedlg-desktop = Desktop
filedlg-documents = Documents
filedlg-downloads = Downloads
filedlg-audio = Music
filedlg-pictures = Pictures
filedlg-videos = Videos
filedlg-pin = Pin
filedlg-unpin = Unpin
filedlg-rename = Rename
filedlg-selected-folder = Selected folder:
filedlg-selected-file = Selected file:
filedlg-selected-items = Selected items:
filedlg-all-files = All files
filedlg-any = Any
filedlg-err-empty-folder = The folder name cannot be empty
filedlg-err-empty-file = The file name cannot be empty
filedlg-err-folder-exists = A folder with that name already exists
filedlg-err-file-exists = A file with that name already exists
app-first-frame = gambit: first frame { $ms } ms after start

## What the operating system said
io-not-found = the file or folder does not exist
io-permission-denied = you do not have permission
io-already-exists = it already exists
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
io-storage-full = the disk is full
io-read-only-filesystem = the disk can only be read, not written
io-file-too-large = the file is too large for the disk
io-invalid-filename = the name is not a valid file name here
io-busy = the file is in use by another program
save-link-unreachable = it is a link to a file that cannot be reached ({ $error })
date-hint = YYYY-MM-DD

## What changed between two points (reviews, files)
change-joined = { $name } joined
change-left = { $name } left
change-stance-better = { $name }: stance { $from } -> { $to } (better)
change-stance-worse = { $name }: stance { $from } -> { $to } (worse)
change-stance = { $name }: stance { $from } -> { $to }
change-piece = { $name }: piece { $from } -> { $to }
change-influence = { $name }: influence { $from } -> { $to }
change-title = { $name }: title “{ $from }” -> “{ $to }”
change-level = { $name }: level { $from } -> { $to }
change-unit = { $name }: unit “{ $from }” -> “{ $to }”
change-uncovered = { $name } (key person) is no longer covered by any of us
change-covered = { $name } (key person) is now covered by one of us
change-single-threaded = { $name } is now reached by only one of us
change-line-gained = New line: { $from } – { $to } ({ $kind })
change-line-lost = Line gone: { $from } – { $to } ({ $kind })
change-line-stronger = Stronger: { $from } – { $to } ({ $old } -> { $new })
change-line-weaker = Weaker: { $from } – { $to } ({ $old } -> { $new })
change-tier = Tier { $from } -> { $to }
change-no-tier = no tier
change-score = Score { $from } -> { $to }
change-kpi = { $kpi } { $year }: { $actual } against target { $target }
change-activity-done = Activity done: { $title }
change-activity-dropped = Activity dropped: { $title }
change-activity-overdue = Activity overdue: { $title } (due { $due })
change-nothing = Nothing changed.
change-account-added = Account { $name } is new.
change-account-removed = Account { $name } is gone.
change-account-heading = Account { $name }:
plan-decisions = Decisions
plan-next-review = Next review
plan-what-changed = What changed
plan-changes-from = From the review of
plan-changes-to = to
plan-changes-today = today
plan-changes-need-review = Record a review to see, at the next one, what changed since.
plan-change-better = Better for us
plan-change-worse = Worse for us
plan-change-neither = Neither better nor worse
plan-change-show-on-map = Show on the map
snapshot-bad-line = A line kept by a review cannot be read: “{ $entry }”
cli-help-diff = Say what changed between two project files, account by account, most important first (exit 0; 2 when a file cannot be read). As git's diff driver: `git config diff.gambit.command "gambit diff"` and `*.kam diff=gambit` in .gitattributes; git then passes seven arguments
cli-help-diff-files = The older file and the newer (or the seven arguments git passes)
cli-help-diff-account = Only this account, by its name
cli-diff-two-files = Give two project files (the older first), or the seven arguments git passes to a diff driver.
cli-diff-file = { $file }:
key-decisions = decisions
key-kept-lines = kept lines
key-next-review = next review
key-people = people
key-score = score
key-single-threaded = reached by one of us only
key-snapshot = the account as it stood
key-uncovered-key = key people not covered
review-report-title = Review of { $account }
review-report-of = The review of { $date }
review-report-none = No review has been recorded yet.
review-report-said = What the review said
review-report-first = This is the first review that kept the account: the next one will say what changed since.
review-report-since = What changed since the review of { $date }
review-export-html = Export report (HTML)…
review-export-markdown = Export report (Markdown)…
review-export-tip = The latest review with what changed since the one before, for the mentor and the team
file-name-review = Review { $account } { $date }
cli-help-export-review = Write the latest review of an account, with what changed since the review before, as HTML or Markdown
cli-review-written = Wrote the review of { $account }.
check-at-review = the review of { $date }
check-kept-other-day = the account it kept is of { $kept }, not of the review's day ({ $date })
check-kept-lines-to-nobody = { $lines ->
    [one] one kept line names someone the review did not keep
   *[other] { $lines } kept lines name someone the review did not keep
}
help-at-a-review = At a review
help-at-a-review-text = Plan > Reviews > Add review keeps the account as it stands today: its people, lines, who covers the key people, score, KPIs and activities. At the next review, What changed lists what moved since, most important first (⏶ better for us, ⏷ worse); click a person to see them on the map. Export report writes the latest review with its changes for the mentor and the team. From the command line, gambit diff OLD NEW compares two files the same way. On the map, Timeline (H) replays the map over the reviews and the file's commits in git: each step shows the account as it stood, with who joined (+), who left (faded), stances better or worse and lines gained or lost; Page Up and Page Down step, on the wall too.

## The map's timeline
map-timeline-chip-today = Today
timeline-review = Review of { $date }
timeline-review-by = Review of { $date } ({ $reviewer })
timeline-commit = { $date } · { $author }: { $summary }
timeline-today = Today, { $date }
timeline-step = { $point } ({ $at } of { $of })
timeline-tally = since { $since }: { $joined } joined, { $gone } gone, { $better } warmer, { $worse } cooler, { $gained } lines gained, { $lost } lost
timeline-earlier = Earlier
timeline-later = Later
timeline-close = Close timeline
timeline-marks = Marks: + joined · ⏶ stance better · ⏷ stance worse · faded: gone · red dashes: line lost · green band: line gained
timeline-read-only = The map shows the account as it stood then; close the timeline to edit.
timeline-first-point = The first point: nothing before it to compare with.
timeline-since = Since { $since }
timeline-no-points = No review has kept the account yet, and its file has no history in git. Record a review (Plan, Reviews) to have a point to come back to.
timeline-git-failed = The file's history in git could not be read: { $error }
timeline-skipped = { $count } versions of the file in git could not be read and are left out.
action-timeline = Timeline
action-timeline-tip = Replay the map over the reviews (and the file's commits in git): who joined, who left, whose stance moved
action-timeline-next = Later on the timeline
action-timeline-next-tip = The next point of the timeline
action-timeline-back = Earlier on the timeline
action-timeline-back-tip = The point before on the timeline

## gambit textconv: a project as facts, one per line
textconv-project = Project: { $name }
textconv-account = # { $name }
textconv-tier = Tier: { $value }
textconv-score = Score: { $value }
textconv-title = { $name }: title “{ $value }”
textconv-unit = { $name }: unit { $value }
textconv-level = { $name }: level { $value }
textconv-piece = { $name }: piece { $value }
textconv-stance = { $name }: stance { $value }
textconv-influence = { $name }: influence { $value }
textconv-political = { $name }: political status { $value }
textconv-left = { $name }: has left
textconv-line = Line: { $from } – { $to } ({ $kind }): strength { $strength }, last contact { $last }
textconv-uncovered = Not covered by any of us: { $name }
textconv-kpi = KPI { $kpi } { $year }: actual { $actual }, target { $target }
textconv-activity = Activity “{ $title }”: { $status }, due { $due }
textconv-review = Review { $date } ({ $reviewer })
cli-help-textconv = Print a project as plain facts, one per line, for git's textconv: `git config diff.gambit.textconv "gambit textconv"` and `*.kam diff=gambit` in .gitattributes; `git log -p` and `git diff` then show "Henrik Åberg: stance Supporter" lines instead of RON
health-review-in-future = A review is dated { $date }, after today: a typo? It hides whether the next review is due, and the timeline leaves it out
check-review-in-future = dated after today ({ $today }): a typo?

## Keeping the map current: cooling relationships and alerts
alert-uncovered = { $name } (key person) is covered by none of us
alert-champion-quiet = { $name }, our champion, has gone quiet: none of us has met them for { $days } days (last { $last })
alert-cold = { $name }: cold, none of us has met them for { $days } days (last { $last })
alert-cooling = { $name }: cooling, none of us has met them for { $days } days (last { $last })
map-cooling-count = Cooling or cold key relationships: { $people }
map-cooling-rule = A King, Queen, Rook or Knight none of us has met for longer than the account's rhythm ({ $days } days) is cooling; for twice as long, cold. The strength stays as you set it.
map-cooling-tip = Cooling: none of us has met them within the account's rhythm
map-cold-tip = Cold: none of us has met them for twice the account's rhythm
account-rhythm = Meeting rhythm (days)
account-rhythm-tip = How often someone of us should meet each key person; longer is cooling, twice as long is cold (default { $days })
portfolio-alerts = Alerts
portfolio-alerts-tip = Per account: key people nobody covers, champions gone quiet, cold and cooling key relationships, most urgent first
portfolio-no-alerts = No alerts: every key person is covered and met within the account's rhythm.
check-alerts-heading = alerts
cli-help-no-alerts = Leave out the alerts (uncovered key people, cooling and cold relationships)
legend-cooling = Blue ring: not met lately
key-rhythm-days = meeting rhythm (days)
portfolio-alert-count = { $name }: { $total }
portfolio-alert-count-urgent = { $name }: { $total } ({ $urgent } urgent)

## Meetings from the calendar (.ics)
calendar-not-a-calendar = not an iCalendar file (.ics): { $why }
calendar-too-many = { $events } events, more than the { $limit } Gambit reads at once; export a shorter period
calendar-no-begin = it does not start with BEGIN:VCALENDAR
calendar-no-start = it has no start (DTSTART)
calendar-bad-rule = its repetition rule cannot be read ({ $why })
calendar-no-past-occurrence = the series has not taken place yet
calendar-cancelled = cancelled
calendar-in-future = not yet held
calendar-none-of-us = none of our team among its people (by email or name)
calendar-none-of-them = none of the account's people among its attendees (by email or name)
calendar-untitled = (no title)
calendar-not-a-file = { $file } is not a file
calendar-row-matched = event { $number } "{ $title }", { $date }: { $lines ->
    [one] one line
   *[other] { $lines } lines
} and { $meetings ->
    [one] one meeting
   *[other] { $meetings } meetings
} brought up to date{ $offers ->
    [0] {""}
    [one] , one person met that none of us has a line to
   *[other] , { $offers } people met that none of us has a line to
}
calendar-row-skipped = event { $number } "{ $title }", { $date }: left out: { $why }
calendar-account-heading = Account { $account }:
calendar-summary = { $events } events, { $matched } with our team and their people: { $lines ->
    [one] one line
   *[other] { $lines } lines
} and { $meetings ->
    [one] one meeting
   *[other] { $meetings } meetings
} brought up to date, { $offers } new acquaintances
calendar-nothing-new = Nothing new for { $file }: every line and meeting is as recent as the calendar.
undo-import-calendar = Import calendar
cli-help-import-calendar = Bring the lines' last contact and the plan's meetings up to date from a calendar export (.ics from Outlook, Google or Apple Calendar): each past meeting of one of our team with people of the account counts (exit 0; 2 when a file cannot be read; the project is not changed then)
cli-help-calendar-from = The calendar file (.ics)
cli-help-draw-lines = Also draw a line for each person of the account one of us met but has no line to
help-keep-current = Keeping the map current
help-keep-current-text = A King, Queen, Rook or Knight none of us has met for longer than the account's meeting rhythm (Plan > Account, 90 days unless set) is cooling: a blue ring on the map, thick when cold (twice the rhythm). The coverage panel, the plan's health, the portfolio's Alerts and gambit check list them with the key people nobody covers. File > Import Calendar… (or gambit import-calendar FILE --from meetings.ics) brings the last contact of our lines up to date from a calendar export (Outlook, Google, Apple). When someone leaves, Left the client… in their details asks the day and who took over; a King, Queen or Rook with nobody named stays on the map as a vacant seat ("CFO: vacant"). New role… dates a promotion or a move, so the history tells it from a corrected title.
vacancy-since = { $seat }: vacant since { $date }
vacancy = { $seat }: vacant
departure-left-on = Left on { $date }
departure-left = Left the client
departure-taken-over = { $left }; { $name } took over
departure-vacant = { $left }; the seat is vacant until someone is named
alert-vacant = { $seat } ({ $name } left): name who took over, or whom we must win next
map-vacant-seat = { $seat }: vacant
map-vacant-since = since { $date } · was { $name }
map-vacant-was = was { $name }
map-vacant-key-count = Key seats vacant: { $seats }
map-vacant-tip = A King, Queen or Rook who left with nobody named in their place: name the successor in their details
change-left-on = { $name } left on { $date }
change-taken-over = { $name } took over from { $before }
change-new-role = { $name }: new role from { $date }: “{ $from }” -> “{ $to }”
check-successor-self = names themselves ({ $id }) as who took over their seat
check-successor-missing = names { $id } as who took over their seat, who does not exist
check-successor-not-left = names who took over their seat, but has not left
check-left-on-not-left = has a leaving date ({ $date }) but is not marked as left
check-earlier-role-unit-missing = an earlier role (until { $date }) refers to unit { $id }, which does not exist
contact-mark-left = Left the client…
contact-mark-left-tip = They have left: asks when, and who took over their seat
contact-leaving-heading = { $name } has left
contact-left-on = Left on
contact-successor = Taken over by
contact-successor-hint = Nobody named yet? Leave it: a King, Queen or Rook then shows as a vacant seat on the map until you name someone.
contact-mark-left-confirm = Mark as left
contact-mark-left-confirm-tip = Their lines stay, faded; a key seat shows as vacant until someone takes over
contact-cancel = Cancel
contact-cancel-tip = Close without changing anything
contact-back-at-client = Back at the client
contact-back-at-client-tip = They have not left after all: clears the leaving date and who took over
contact-successor-none = nobody yet
contact-new-role = New role…
contact-new-role-tip = A promotion or a move from a given day: the role before is kept with the day it ended (to put a typo right, edit the fields above)
contact-new-role-heading = New role for { $name }
contact-role-from = From
contact-record-role = Record the new role
contact-record-role-tip = Sets the title, level and unit, and keeps the role before with the day it ended
contact-record-role-disabled = Change the title, level or unit, and give the day
contact-no-title = no title
contact-earlier-role = Until { $date }: { $title } ({ $level }{ $unit })
undo-mark-left = Mark as left
undo-name-successor = Name who took over
undo-back-at-client = Back at the client
undo-new-role = New role
key-left-on = left on
key-successor = taken over by
key-earlier-roles = earlier roles
action-import-calendar = Import Calendar…
action-import-calendar-tip = Bring the last contact of our lines and the plan's meetings up to date from a calendar export (.ics from Outlook, Google or Apple Calendar); nothing is read from a mailbox or a server
file-calendar-export = Calendar export
calendar-cannot-read = The calendar could not be read; nothing was changed. { $why }
calendar-nothing-to-do = Every line and meeting is already as recent as this calendar.
calendar-offers-heading = Met, but no line yet: draw one?
calendar-offers-tip = One of us was in a meeting with them, and nobody has a line to them on the map
calendar-offer = { $member } met { $contact } ({ $date })
calendar-events-heading = Event by event
textconv-left-on = { $name }: left on { $date }
textconv-successor = { $name }: taken over by { $successor }
textconv-role-since = { $name }: in this role since { $date }
action-opinions = Opinions
action-opinions-tip = Show or leave out the team's opinions (stance colours and marks) on the map, in the map's and plan's exports and the contact export, and on the wall: off for a room with partners or the client present
action-wall-opinions = Opinions
action-wall-opinions-tip = Show or leave out the team's opinions (stance colours and marks) on the wall
action-wall-opinions-hint = opinions
legend-stance-assessment = The team's assessment, not a fact
legend-marks = Marks
legend-without-opinions = Shown without the team's opinions of anyone
person-data-title = What we hold about { $name }
person-data-subtitle = { $account } · { $project } · written { $date }
person-data-fields = Who they are
person-data-assessment = Our team's assessment
person-data-assessment-note = These are our team's opinions of them, not facts.
person-data-lines = Their lines
person-data-with = With
person-data-plan = The plan's entries that name them
person-data-place = Where
person-data-text = What it says
person-data-reviews = What each review kept
person-data-as-kept = As kept
person-data-lines-kept = Lines
person-data-changes = Changes recorded
person-data-earlier-role = Until { $date }: { $title } ({ $level })
cli-value-out = OUT
cli-help-without-opinions = Leave out the team's opinions (stance, political status, evidence, notes, stance colours and marks): for sharing with partners or the client; they are absent from the file written
cli-help-person = Everything the project holds about one of the client's people (their fields, lines, the plan's entries that name them, what each review kept of them), written as OUT.html and OUT.json for their request to see their data; the project is not changed (exit 0; 2 when the file, the account or the person cannot be found)
cli-help-person-name = The person, by their name
cli-help-person-export = Where to write (OUT.html and OUT.json)
cli-no-such-person = There is nobody called "{ $name }" at { $account }.
cli-person-ambiguous = More than one person is called "{ $name }": { $which }. Tell them apart in Gambit first (a different name or email).
cli-person-written = what we hold about { $name } written
file-name-person = { $name } data { $date }
file-could-export-person = Could not export their data.
contact-export-data = Export their data…
contact-export-data-tip = Everything Gambit holds about this person (fields, lines, plan entries, reviews) as a web page and a JSON file, for their request to see their data
contact-erase = Erase this person…
contact-erase-tip = Remove them and every trace for good (a request to be forgotten): lines, plan entries about them, what reviews kept, their name in any text
contact-erase-heading = Erase { $name } for good?
contact-erase-reaches = Gone from this project: the person, their lines and map place, the plan's entries about them, what each review kept of them, and their name in any text (it becomes […]). On saving, the .bak beside the file and the recovery copies are cleared of them; the file keeps only their number and today's date, so a colleague's older copy merged later cannot bring them back. Undo works until you save.
contact-erase-cannot = Not reached: copies outside Gambit (mail attachments, exports, other folders) and git history already pushed. The README says how to purge those.
contact-erase-confirm = Erase for good
contact-erase-confirm-tip = Erase them now; undo brings them back until the project is saved
undo-erase-person = Erase person
cli-help-erase = Erase one of the client's people and every trace of them (lines, the plan's entries about them, what reviews kept, their name in any text); the file keeps only their number and the day, so an older copy merged later cannot bring them back. Saves FILE atomically; the .bak is cleared of them too (exit 0; 2 when the file, the account or the person cannot be found or saved)
cli-erased = { $name } erased from { $file } (and its .bak).
cli-erase-cannot = Not reached: copies outside Gambit (mail, exports, other folders) and git history already pushed; see the README on purging those.
contact-assessed-on = The team's assessment, last changed { $date }
contact-assessed-by = The team's assessment, last changed { $date } by { $by }
contact-assessed-never = The team's assessment (not dated yet)
contact-assessed-tip = Stance, political status, evidence and notes are our opinions of this person, not facts; they are personal data of theirs
person-data-assessed = Last changed
load-protected = { $path } is protected with a passphrase. Open it in Gambit, which asks for it; on the command line, set { $env } to it.
load-wrong-passphrase = { $path }: that passphrase does not open it. Nothing was changed.
load-sealed-damaged = { $path } is encrypted but cannot be decrypted (cut short or changed): { $message }. Nothing was changed; its .bak may still open.
crypt-not-passphrase = it is encrypted for a key, not with a passphrase
settings-passphrase = Passphrase
settings-passphrase-set = Protect with a passphrase…
settings-passphrase-set-tip = Save this project encrypted (age format), for a laptop that travels; Gambit asks for the passphrase when it opens. Teams that diff the file in git keep it unencrypted.
settings-passphrase-save-first = Save the project first
settings-passphrase-remove = Save without a passphrase
settings-passphrase-remove-tip = Save the project unencrypted again, now
settings-passphrase-saved = Saved encrypted. Keep the passphrase safe: without it the file cannot be opened.
passphrase-open-heading = { $name } is protected with a passphrase
passphrase-wrong = That passphrase does not open it. Nothing was changed.
passphrase-protect-heading = Protect with a passphrase
passphrase-protect-text = The project is saved encrypted at once, and so are its .bak and recovery copies. Without the passphrase nobody can open it, you included.
passphrase-field = Passphrase
passphrase-again = Again
passphrase-differ = The two do not match.
passphrase-too-short = At least 8 characters; a few unrelated words are best.
passphrase-protect = Protect and save
passphrase-open = Open
retention-due = { $name } left on { $date }, longer ago than the { $months } months people are kept: erase them
retention-heading = Personal data
retention-erase-all = Erase everyone past the retention
retention-erase-all-tip = Erase each of them and every trace (as Erase this person does), as one step; undo works until you save
undo-erase-retention = Erase people past retention
undo-set-retention = Set how long people are kept
settings-retention = People who left
settings-retention-on = keep for
settings-retention-months = { " " }months
settings-retention-tip = After this many months from the day someone left, the plan's health and gambit check list them for erasure
map-people-letters = The letter is the piece (K King, Q Queen, R Rook, B Bishop, N Knight, P Pawn).
map-people-marks = The letter is the piece (K King, Q Queen, R Rook, B Bishop, N Knight, P Pawn); ! marks a key person nobody covers.
undo-connect = Connect { $from } and { $to }
undo-edit-line = Edit the line between { $from } and { $to }
undo-delete-line = Delete the line between { $from } and { $to }
undo-add-person = Add { $name }
undo-edit-person = Edit { $name }
undo-delete-person = Delete { $name }
undo-take-off-account = Take { $name } off the account
status-undone = Undone: { $action }
status-redone = Redone: { $action }
menu-your-name = Your Name…
menu-your-name-tip = The name colleagues see when you have a shared file open, and beside the assessments you change
your-name-heading = Your name
your-name-text = Colleagues who open a file you have open read who has it, and each person's details say who last changed the team's assessment. Give your name as they know you.
your-name-label = Name
your-name-skip = Keep “{ $login }”
your-name-skip-tip = Use your login name; Edit › Your Name… changes it any time
your-name-saved = Colleagues will see you as { $name }
share-user-saved-file = { $user } saved this file
map-opportunity-added = Added: { $product } for { $unit }, { $value }
health-settled = Settled
scoring-no-tier-why = A tier is given when every criterion has a score.
