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
