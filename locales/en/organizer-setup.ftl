# The organizer's expo setup and scheduling pages.

## Home: the list of expos
org-home-title = Expos
org-home-welcome = Welcome, { $name }. Each expo's figures at a glance.
org-home-change-password = Change my password
org-new-expo = New expo
org-home-empty = No expo yet.
org-home-create-first = Create the first one
org-venue-time-zone = venue time { $zone }
org-stat-foreign-buyers = foreign buyers
org-stat-approved-suppliers = approved suppliers
org-stat-awaiting-approval = awaiting approval
org-stat-meetings-booked = meetings booked
org-home-days = { $count ->
    [one] 1 consultation day
   *[other] { $count } consultation days
}
org-home-slots = { $count ->
    [one] 1 slot
   *[other] { $count } slots
}
org-home-tables = { $count ->
    [one] 1 table
   *[other] { $count } tables
}

## Words several organizer pages share
org-meetings = Meetings
org-meetings-colon = Meetings:
org-buyer = Buyer
org-buyer-colon = Buyer:
org-supplier = Supplier
org-supplier-colon = Supplier:
org-country = Country
org-country-colon = Country:
org-state = State
org-email = Email
org-email-colon = Email:
org-table = Table
org-time = Time
org-status = Status
org-name = Name
org-change = Change
org-save = Save
org-remove = Remove
org-open = Open
org-choose = Choose…
org-minutes = { $count } min
org-utc = { $time } UTC
org-times-venue = times in venue time ({ $zone })
org-when-venue = When (venue time)

## The expo page
org-expo-help-draft = Draft: only organizers see it. Set it up, then open it: buyers can then book within the booking window.
org-expo-help-open = Open: suppliers can register, buyers can book within the booking window.
org-expo-help-closed = Closed: nothing can be booked or changed by participants; organizers can still edit and report.
org-expo-open = Open the expo
org-expo-close = Close the expo
org-expo-figures = Figures
org-expo-schedule-requests = Schedule requests
org-expo-report = Report
org-expo-board = Table board
org-expo-checkin = Check-in
org-expo-interpreters = Interpreters
org-stat-filled = of { $capacity } table slots filled
org-stat-buyers-idle = buyers with no meeting
org-stat-suppliers-idle = approved suppliers with no meeting
org-stat-buyers-invited = buyers invited
org-stat-buyers-signed-in = buyers signed in ({ $complete } with a complete profile)
org-stat-suppliers-approved = suppliers approved
org-stat-registrations-pending = registrations awaiting approval
org-days-title = Consultation days
org-days-empty = No days yet. Add the first one: its slots are generated for you.
org-days-day = Day
org-days-hours = Hours (venue time)
org-days-slot-length = Slot length
org-days-slots = Slots
org-days-change-aria = Change { $day }
org-days-add-title = Add a day
org-days-add = Add day
org-day-date = Date
org-day-starts = Starts
org-day-ends = Ends
org-day-slot-minutes = Slot (minutes)
org-day-gap = Gap between slots
org-day-break-from = Break from
org-day-break-to = to
org-tables-title = Tables
org-tables-labels-notes = Labels and notes
org-tables-empty = No tables yet.
org-tables-how-many = How many
org-tables-prefix = Label prefix
org-tables-note = Note
org-tables-note-hint = (e.g. interpreter)
org-tables-add = Add tables
org-buyers-title = Foreign buyers ({ $count })
org-buyers-import = Import from Excel or CSV
org-buyers-empty = No buyers yet. Invite the first one below.
org-buyers-resend = Resend invitation
org-buyers-invite-title = Invite a buyer
org-buyer-name = Name
org-buyer-organisation = Organisation
org-buyer-timezone = Time zone
org-buyer-timezone-hint = (empty: the country's)
org-buyer-timezone-usual = The country's usual zone
org-buyer-languages = Languages
org-buyer-languages-hint = (codes, e.g. es, en)
org-buyer-language = Language of emails and pages
org-buyer-language-hint = (the buyer can change it)
org-buyers-invite = Invite and email the link
org-settings-title = Settings
org-settings-save = Save settings
org-flash-settings-saved = Settings saved.
org-flash-expo-now-draft = The expo is now draft.
org-flash-expo-now-open = The expo is now open.
org-flash-expo-now-closed = The expo is now closed.
org-flash-buyer-invited = { $name } is invited; the email is on its way.
org-flash-invitation-resent = A fresh invitation link is on its way.

## The expo's settings form (new expo and expo page)
org-optional = (optional)
org-venue-time-paren = (venue time)
org-expo-name = Name
org-expo-venue = Venue
org-expo-venue-timezone = Venue time zone
org-expo-description = Description
org-expo-booking-opens = Booking opens
org-expo-booking-closes = Booking closes
org-expo-self-booking = Buyers book free slots themselves
org-expo-requests-enabled = Buyers and suppliers send requests that organizers schedule
org-expo-max-meetings = Most meetings per participant
org-expo-fixed-side = Who stays at one table all day
org-expo-fixed-supplier = Suppliers (buyers walk to them)
org-expo-fixed-buyer = Buyers (suppliers walk to them)
org-expo-fixed-side-hint = New meetings go to the table this side already sits at whenever it is free.
org-expo-request-expiry = Unanswered requests expire after (days)
org-expo-request-expiry-hint = The person who asked is told, and can ask again.
org-expo-retention = Keep personal data for (days after the last expo day)
# Around the command name `expomatch purge`, which stays as it is.
org-expo-retention-hint-1 = Then every buyer's and supplier's personal data is replaced by placeholders (daily, or with
org-expo-retention-hint-2 = ); meetings and outcomes stay in the report as anonymous figures. Between 30 and 3650.
org-expo-sender-name = Sender name of the expo's emails
org-expo-sender-name-hint = Buyers and suppliers see this as the sender of every email about this expo. Empty: the expo's name.
org-expo-contact-email = Organizer's contact email
org-expo-contact-email-hint = Shown in invitations; replies to the expo's emails go here.
org-new-expo-subtitle = It starts as a draft that only organizers see.
org-new-expo-errors = Please correct the marked fields. Nothing was saved.
org-new-expo-create = Create expo
org-flash-expo-created = The expo is created as a draft. Add its days, tables and buyers, then open it.

## Importing buyers
org-import-title = Import buyers
org-import-intro = Upload an Excel workbook or a CSV file, or paste the list (comma or semicolon separated). Columns:
org-import-intro-country = (two letters), and optionally
org-import-intro-language = (the language of the buyer's emails and pages: en, ko, zh-Hans, ja, vi, es, ru or ar)
org-import-intro-interests = (sector codes).
org-import-intro-end = Nothing is saved until you confirm.
org-import-count-new = new, will be invited
org-import-count-already = already invited, skipped
org-import-count-invalid = with errors, skipped
org-import-line = Line
org-import-result = Result
org-import-details = Details
org-import-kind-new = new
org-import-kind-already = already
org-import-kind-invalid = invalid
org-import-problem = { $column }: { $message }
org-import-already-skipped = already invited: skipped
org-import-confirm = { $count ->
    [one] Import the 1 new buyer and email an invitation.
   *[other] Import the { $count } new buyers and email each an invitation.
}
org-import-confirm-skipping = { $count ->
    [one] Import the 1 new buyer and email an invitation; the rows with errors are skipped — fix them and import again later.
   *[other] Import the { $count } new buyers and email each an invitation; the rows with errors are skipped — fix them and import again later.
}
org-import-button = { $count ->
    [one] Import 1 buyer
   *[other] Import { $count } buyers
}
org-import-file = Upload an Excel workbook (.xlsx) or a CSV file
org-import-file-hint = The first sheet is read; its first row names the columns.
org-import-check-file = Check the file
org-import-paste = Or paste the rows (CSV)
org-import-check-list = Check the list
org-flash-imported = { $count ->
    [one] 1 buyer imported and invited.
   *[other] { $count } buyers imported and invited.
}
err-setup-import-no-file = Choose the file to import first.
err-setup-import-empty = the file is empty
err-setup-import-missing = the header must name the columns; missing: { $columns }
err-setup-import-unreadable = line { $line }: { $why }
err-setup-import-too-many = at most { $count } rows at a time
err-setup-import-not-spreadsheet = the file is neither an Excel workbook (.xlsx) nor CSV text in UTF-8; in your spreadsheet program use "Save as" and choose one of these
err-setup-import-workbook = the workbook cannot be read: { $why }
err-setup-import-sector = “{ $code }” is not a sector code
err-setup-import-twice = { $email } appears twice in this file
err-setup-locale = “{ $code }” is not a language we offer (use en, ko, zh-Hans, ja, vi, es, ru or ar).

## A day, the tables, the meeting grid, meetings in the way
org-n-meetings = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
org-print = Print
org-day-change-title = Change this day
org-day-change-intro = Slots whose time stays the same keep their meetings. A change that takes away the time of a meeting is refused and lists that meeting.
org-day-save = Save the day
org-day-remove-title = Remove this day
org-day-remove-intro = Only a day without meetings can be removed; otherwise its meetings are listed here.
org-day-remove = Remove the day
org-tables-in-use = { $count ->
    [one] 1 table in use.
   *[other] { $count } tables in use.
}
org-tables-intro = A note tells participants what is special about a table, e.g. "Spanish interpreter".
org-tables-add-some = Add some
org-tables-label = Label
org-tables-remove-aria = Remove table { $label }
org-grid-title = Meeting grid
org-grid-booked = { $count ->
    [one] 1 meeting this day
   *[other] { $count } meetings this day
}
org-grid-export-xlsx = Export all meetings (Excel)
org-grid-no-days = No consultation days yet.
org-grid-add-day = Add one
org-grid-days = Days
org-grid-add-meeting-title = Add a meeting
org-grid-add-meeting = Add meeting
org-grid-table-agenda = Table { $label }: agenda to print
org-affected-title = { $count ->
    [one] 1 meeting is in the way
   *[other] { $count } meetings are in the way
}
org-affected-intro = Nothing was changed. Move or cancel these meetings first (both participants are emailed), then try again.
org-affected-move-cancel = Move or cancel
org-flash-day-added = { $count ->
    [one] Day added with 1 slot.
   *[other] Day added with { $count } slots.
}
org-flash-day-changed = Day changed: { $kept } slots kept, { $added } added, { $removed } removed. Meetings in kept slots stay where they are.
org-flash-day-removed = The day and its slots are removed.
org-flash-tables-added = { $count ->
    [one] 1 table added.
   *[other] { $count } tables added.
}
org-flash-table-saved = Table saved.
org-flash-table-removed = Table { $label } removed.
err-setup-table-label = Give the table a label of 1 to 20 characters, e.g. A7.
err-setup-table-note = Keep the note under 200 characters.
err-setup-table-in-use = { $count ->
    [one] 1 meeting sits at this table. Move or cancel it first.
   *[other] { $count } meetings sit at this table. Move or cancel them first.
}
err-setup-day-ends-before-start = the day must end after it starts
err-setup-day-slot-length = a slot must last between 5 and 240 minutes
err-setup-day-no-slots = no slot fits between the start and the end of the day
err-setup-day-gap-length = the gap between slots must be between 0 and 120 minutes
err-setup-day-break = a break must end after it starts and lie within the day
err-setup-day-nonexistent-time = { $time } does not exist in the venue's time zone (clocks change that day)
err-setup-day-taken = this expo already has a consultation day on that date
err-setup-slot-taken = a slot at this time already exists
err-setup-table-label-taken = another table already has this label
err-setup-buyer-taken = a buyer with this email is already invited to this expo
err-setup-conflict = Someone changed this at the same moment; reload the page and try again.

## One meeting
org-meeting-title = Meeting
org-meeting-crumb = Meeting { $id }
org-meeting-rating = Buyer's rating
org-meeting-on-the-day = On the day
org-meeting-record-outcome = Record the outcome
org-meeting-interpreter = Interpreter
org-meeting-interpreter-current = { $name } interprets in this meeting.
org-meeting-interpreter-needed = This meeting needs an interpreter and has none yet.
org-meeting-interpreter-not-needed = Buyer and supplier share a language; no interpreter is needed.
org-meeting-interpreter-none = None
org-meeting-interpreter-choice = { $count ->
    [one] { $name } (1 meeting)
   *[other] { $name } ({ $count } meetings)
}
org-meeting-interpreter-hint = Only interpreters who speak one of the buyer's languages and one of the supplier's and are free at this time are listed.
org-meeting-all-interpreters = All interpreters
org-meeting-move-title = Move this meeting
org-meeting-no-moves = There is no other time when both participants are free and a table is free.
org-meeting-move-intro = Only times when both participants are free and available are listed (venue time). A new time sends both an updated calendar file; a new table at the same time sends a short note; no change sends nothing.
org-meeting-new-time = New time
org-meeting-move-now = { $time } · current time
org-meeting-move-option = { $count ->
    [one] { $time } · 1 table free
   *[other] { $time } · { $count } tables free
}
org-meeting-same-table = Table { $table } as now (any free table if it is taken then)
org-meeting-move = Move the meeting
org-meeting-cancel-title = Cancel this meeting
org-meeting-cancel-reason = Reason both participants will read
org-meeting-cancel = Cancel the meeting
org-flash-meeting-moved = The meeting is moved; both participants are emailed the new time.
org-flash-meeting-table-changed = The meeting keeps its time at another table; both participants got a short note.
org-flash-meeting-unchanged = Nothing changed: the meeting is already at that time and table, and nobody was emailed.
org-flash-not-moved = Not moved: { $why }.
org-flash-meeting-cancelled = The meeting is cancelled; both participants are emailed.
org-flash-meeting-added = Meeting added; both participants are emailed an invitation.
org-flash-not-added = Not added: { $why }.
err-setup-cancel-reason = Write the reason both participants will read (up to 500 characters).

## Scheduling requests
org-schedule-crumb = Schedule
org-schedule-title = Schedule accepted requests
org-schedule-intro = The scheduler places every accepted request it can — "must meet" first — into a free slot and table, around the meetings that already exist (they stay where they are unless you allow moves below), and keeps each person's day compact: as few idle gaps between meetings as possible. You get a draft first; participants see nothing until you publish it.
org-schedule-waiting = accepted requests waiting to be scheduled
org-schedule-allow-moves = Allow moving meetings the scheduler placed before (not ones people booked themselves, none that has started), as few as possible, when that places more requests. Only the participants of a moved meeting are told.
org-schedule-compute = Compute a draft schedule
org-schedule-runs = Earlier runs
org-schedule-computed = Computed (UTC)
org-schedule-requests = Requests
org-schedule-scheduled = Scheduled
org-schedule-breaks = Breaks
org-run-title = Schedule { $status }
org-run-crumb = Run { $id }
org-run-help-draft = A draft: participants see nothing until you publish it. Publishing creates the meetings and emails each participant its agenda.
org-run-help-published = Published: these meetings exist and the participants have their agendas.
org-run-help-discarded = Discarded.
org-run-times-venue = Times in venue time ({ $zone }).
org-run-discard = Discard
org-run-publish = { $count ->
    [one] Publish 1 meeting
   *[other] Publish { $count } meetings
}
org-run-scheduled = requests scheduled
org-run-breaks = idle gaps between meetings, everyone together (existing meetings included)
org-run-unplaced = could not be placed
org-run-must-unplaced = of them "must meet"
org-run-moves-title = { $count ->
    [0] No meeting moves
    [one] 1 earlier meeting moves
   *[other] { $count } earlier meetings move
}
org-run-moves-intro = Moves were allowed for meetings the scheduler placed before that have not started; the fewest moves that place the most requests.
org-run-moves-publish = Publishing sends the two participants of each moved meeting the new time; nobody else hears of it.
org-run-from = From
org-run-to = To
org-run-not-placed = Not placed, and why
org-run-priority = Priority
org-run-priority-colon = Priority:
org-run-why = Why
org-run-must = must meet
org-run-would-like = would like
org-run-placed = Placed meetings
org-run-when = When
org-run-per-participant = Meetings per participant in this run
org-run-participant = Participant
org-run-side = Side
org-suggestions-title = Suggested pairs
org-suggestions-intro = For each buyer with a complete profile, the best-matching suppliers it has no meeting or request with yet, and why they match.
org-suggestions-empty = No buyer has completed its profile yet.
org-suggestions-suppliers = Suggested suppliers
org-suggestions-no-match = No further match.
org-flash-published = Published: { $meetings } meetings created; { $people } participants are emailed their agenda.
org-flash-published-moved = Published: { $meetings } meetings created; { $people } participants are emailed their agenda; { $moved } meetings moved, and each one's two participants get the new time.
org-flash-discarded = The draft is discarded.
err-schedule-conflict = { $why }
err-schedule-nothing-waiting = There are no accepted requests waiting to be scheduled.
err-schedule-no-slots = Add consultation days and tables first.
err-schedule-inconsistent = The expo's data is inconsistent: { $why }
err-schedule-movable-unplaced = The meeting of { $a } with { $b } fits nowhere any more ({ $why }): move or cancel it first.
err-schedule-stale = Meetings or requests changed since this draft was computed; compute the schedule again.
err-schedule-not-current-draft = Only the current draft can be published.
err-schedule-not-a-draft = Only a draft can be discarded.

## Participants, supplier registrations, staff, audit log
org-participants-title = Participants
org-participants-totals = { $buyers } foreign buyers · { $suppliers } registered suppliers
org-participants-export = Export (Excel)
org-participants-search-label = Search by name, organisation, email or country
org-participants-search-placeholder = e.g. Lima, water, 서울
org-participants-without = Only those with no meeting
org-participants-search = Search
org-participants-everyone = Show everyone
org-participants-no-buyer = No buyer matches.
org-participants-suppliers = Suppliers ({ $count })
org-participants-no-supplier = No supplier matches.
org-participants-contact = Contact
org-participants-agenda = Agenda
org-flash-no-sign-ins = Nobody was signed in; nothing to end.
org-flash-sign-ins-ended = { $count ->
    [one] Ended 1 sign-in. They must sign in again.
   *[other] Ended { $count } sign-ins. They must sign in again.
}
org-suppliers-title = Supplier registrations
org-suppliers-intro = Approve suppliers so buyers can find and book them; a rejection tells the supplier why.
org-suppliers-empty = No registrations: { $status }.
org-suppliers-expo = Expo
org-suppliers-reg-no = Registration no.
org-suppliers-city = City
org-suppliers-registered = Registered
org-suppliers-sectors = Sectors
org-suppliers-products = Products
org-suppliers-reason-given = Reason given
org-suppliers-approve = Approve
org-suppliers-reject-open = Reject…
org-suppliers-reason = Reason the supplier will read
org-suppliers-reject = Reject
org-suppliers-unverified = Waiting for the supplier to confirm its email address.
org-flash-approved = Approved; the supplier is emailed.
org-flash-rejected = Rejected; the supplier is emailed the reason.
err-setup-reject-reason = Write the reason for the rejection (up to 1,000 characters): the supplier reads it.
org-staff-title = Staff
# Around the command `expomatch organizer create`, which stays as it is.
org-staff-intro = Everyone who can sign in as an organizer. When someone leaves or loses a device, end their sign-ins here; new organizers are added with
org-staff-intro-end = .
org-staff-signed-in-on = Signed in on
org-staff-signed-in-on-colon = Signed in on:
org-staff-you = you
org-staff-devices = { $count ->
    [one] 1 device
   *[other] { $count } devices
}
org-staff-end-mine = End my other sign-ins
org-staff-end-all = End all sign-ins
org-flash-staff-sign-ins-ended = { $count ->
    [one] Ended 1 sign-in.
   *[other] Ended { $count } sign-ins.
}
org-audit-title = Audit log
org-audit-intro = Who changed what, and when (UTC). The latest 500 entries, newest first.
org-audit-filter = Filter
org-audit-filter-all = Everything
org-audit-filter-expo = Expo settings
org-audit-filter-days = Days
org-audit-filter-tables = Tables
org-audit-filter-buyers = Buyers and invitations
org-audit-filter-suppliers = Suppliers
org-audit-filter-meetings = Meetings
org-audit-filter-privacy = Personal data
org-audit-empty = Nothing recorded yet.
org-audit-when = When (UTC)
org-audit-who = Who
org-audit-action = Action
org-audit-subject = Subject
org-audit-detail = Detail

## Export files: sheet names, header rows and cells
csv-meetings-sheet = Meetings
csv-meetings-meeting = meeting
csv-meetings-status = status
csv-meetings-date = date
csv-meetings-start = start
csv-meetings-end = end
csv-meetings-table = table
csv-meetings-buyer = buyer
csv-meetings-organisation = organisation
csv-meetings-country = country
csv-meetings-buyer-email = buyer email
csv-meetings-supplier = supplier
csv-meetings-supplier-ko = supplier (Korean)
csv-meetings-supplier-email = supplier email
csv-meetings-cancel-reason = cancel reason
csv-participants-sheet = Participants
csv-participants-role = role
csv-participants-name = name
csv-participants-organisation = organisation
csv-participants-country = country
csv-participants-email = email
csv-participants-timezone = time zone
csv-participants-state = state
csv-participants-meetings = meetings
csv-participants-role-buyer = buyer
csv-participants-role-supplier = supplier

## The setup forms' field errors
err-setup-required = This field is required.
err-setup-too-long = Use at most { $max } characters (now { $count }).
err-setup-one-line = Keep it on one line.
err-setup-control-chars = Remove the control characters.
err-setup-number = Enter a whole number from { $min } to { $max }.
err-setup-time = Enter a time like 09:00.
err-setup-nonexistent-time = That time does not exist in the venue's time zone.
err-setup-date-time = Enter a date and time like 2026-09-01T09:00.
err-setup-booking-order = Booking must close after it opens.
err-setup-fixed-side = Choose who stays at one table: suppliers or buyers.
err-setup-no-way = Choose at least one way to make meetings.
err-setup-date = Enter a date like 2026-09-08.
err-setup-break-both = Give both the start and the end of the break, or neither.
err-setup-language-code = “{ $code }” is not a language code we know (use en, es, vi…).
org-flash-email-resent = The message is queued and will go out within seconds.

org-agenda-table = Table { $label }

## The meeting grid's filters.
org-grid-filters = Narrow the grid
org-grid-filter-table = Table
org-grid-any-table = All tables
org-grid-any-supplier = All suppliers
org-grid-any-buyer = All buyers
org-grid-filter = Show
org-grid-clear = Show everything
org-grid-none-filtered = Nothing to show on this day with these filters: no meetings of this supplier or buyer at these tables. Try another day or clear the filters.
org-grid-other-meeting = Another meeting
org-grid-ignored-day = The day in the address is not one of this expo's days, so the grid shows another day.
org-grid-ignored-table = The table in the address is not one of this expo's tables, so that filter is left out.
org-grid-ignored-supplier = The supplier in the address is not one of this expo's approved suppliers, so that filter is left out.
org-grid-ignored-buyer = The buyer in the address is not one of this expo's buyers, so that filter is left out.

## Importing video links (Zoom, Teams, Webex) per table, supplier or meeting
org-links-title = Import video links
org-links-intro = For Zoom, Teams or Webex: one row per table (or online room), supplier or meeting, with its link. A meeting's own link comes first, then its supplier's, then its table's, then a room under the expo's Jitsi address.
org-links-pasted-tables = { $count ->
    [one] 1 table has a link
   *[other] { $count } tables have a link
}
org-links-pasted-suppliers = { $count ->
    [one] 1 supplier has a link
   *[other] { $count } suppliers have a link
}
org-links-pasted-meetings = { $count ->
    [one] 1 meeting has its own link
   *[other] { $count } meetings have their own link
}
org-links-paste = Or paste the rows
org-links-format = Columns: link, and one of table (its label), supplier (its sign-in email) or meeting (its number). Only https links; an empty link removes the one set before.
org-links-col-what = For
org-links-col-link = Link
org-links-table = Table { $name }
org-links-supplier = Supplier { $name }
org-links-meeting = Meeting { $name }
org-links-clears = (removes the link)
org-links-ok = Ready
org-links-fix-rows = { $count ->
    [one] 1 row needs fixing. Nothing is saved until every row is right.
   *[other] { $count } rows need fixing. Nothing is saved until every row is right.
}
org-links-save = { $count ->
    [one] Save 1 link
   *[other] Save { $count } links
}
org-links-saved = { $count ->
    [one] 1 video link saved.
   *[other] { $count } video links saved.
}
err-links-no-target = name a table, a supplier or a meeting
err-links-one-target = name only one of table, supplier and meeting
err-links-meeting-number = “{ $value }” is not a meeting number
err-links-twice = this appears twice in the file
err-links-not-found = { $what } is not in this expo

# An expo's staff (/organizer/expos/{id}/staff).
org-expo-staff-page-title = Staff: { $expo }
org-expo-staff-title = Staff and co-hosts
org-expo-staff-intro = People who help run this expo, each with a role. They get an email with a sign-in link and see only this expo. Every change is in the audit log.
org-expo-staff-roles = What each role may do
org-expo-staff-may-owner = Everything on this expo, including its staff.
org-expo-staff-may-cohost = Sees the whole expo; approves and changes only the suppliers their agency brought (their meetings, attendance and outcomes).
org-expo-staff-may-onsite = Check-in desk, attendance and the table board.
org-expo-staff-may-viewer = The expo's figures, its report and its exports.
org-expo-staff-members = On the staff
org-expo-staff-none = Nobody yet: site administrators run the expo alone.
org-expo-staff-role = Role
org-expo-staff-agency = Co-host agency
org-expo-staff-agency-hint = For co-host staff only: the agency they work for, e.g. Gyeonggi Business & Science Accelerator. Suppliers they approve are tagged with it.
org-expo-staff-change = Change
org-expo-staff-remove = Remove
org-expo-staff-invite-heading = Invite someone
org-expo-staff-invite = Invite
org-staff-invited = Invited. They got an email with a sign-in link.
org-staff-changed = Role changed.
org-staff-removed = Removed from the staff. Their meetings and changes stay.
err-staff-role = Choose one of the roles.
err-staff-agency = Co-host staff need the name of their agency (up to 120 characters).
err-staff-is-admin = This person is a site administrator and may do everything already.
err-staff-already = This person is on the staff already: change their role in the list.
org-suppliers-brought-by = brought by { $agency }
org-audit-filter-staff = Staff
org-audit-subject-expo = Expo { $id }
org-run-optimal = Optimal, proven: no schedule of these meetings has fewer.
org-run-bound = At least { $bound } of them are unavoidable with these meetings.
org-run-bound-none = None of them is proven unavoidable: a better draft may exist.

## The improvement run of a draft (exact solver in the background).
org-improve-title = Improving the draft
org-improve-intro = The exact solver keeps working on this draft in the background. It replaces the draft only with one that has fewer idle gaps and the same meetings placed, and it proves how few are possible. You can leave this page: the draft keeps the best found.
org-improve-breaks-now = Idle gaps in the draft now
org-improve-from = { $breaks } when the run started
org-improve-bound = Proven unavoidable (the lower bound)
org-improve-seconds-value = { $seconds } s
org-improve-elapsed = Working, of a budget of { $budget } s
org-improve-best-at = Best draft found after this time
org-improve-no-better = No better draft found
org-improve-refreshing = This page refreshes itself every two seconds while the run works.
org-improve-stop = Stop and keep the best draft
org-improve-stopping = Stopping: the best draft found so far stays.
org-improve-back = Back to the draft
org-improve-card-title = Keep improving
org-improve-card-intro = The exact solver can keep looking for a draft with fewer idle gaps and prove how few are possible. It never makes the draft worse, and you can stop it at any moment.
org-improve-seconds = Time budget (seconds, 10 to { $most })
org-improve-start = Keep improving
org-improve-running-now = An improvement run is working on this draft: { $breaks } idle gaps now.
org-improve-watch = Watch its progress
org-improve-last = Last improvement run: { $from } → { $to } idle gaps.
org-improve-details = Details
err-improve-budget = The time budget is a whole number of seconds from 10 to { $most }.
err-improve-busy = This server is already running an improvement for another draft. Try again when it ends.
err-improve-not-draft = Only the expo's current draft can be improved.
err-improve-stale = The expo changed since this draft was computed (its requests, meetings or slots). Compute a new draft first.
err-improve-optimal = This draft is already proven optimal: no schedule of these meetings has fewer idle gaps.
err-improve-running = An improvement run is already working on this expo's draft.
err-improve-not-running = No improvement run is working on this draft.
