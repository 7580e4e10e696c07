# Operations: email log, check-in, table board, agendas, interpreters, outcomes and the
# report, ratings, the organizer's privacy page. Keys: ops-, err-ops-, csv-report-,
# interest-, consent-kind-.

## Shared words of these pages

ops-print = Print
ops-save = Save
ops-utc-time = { $time } UTC
ops-n-meetings = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
ops-venue-time-note = times in venue time ({ $zone })
ops-not-changed = Not changed: { $why }.
ops-col-day = Day
ops-col-time = Time
ops-col-table = Table
ops-col-buyer = Buyer
ops-col-supplier = Supplier
ops-col-status = Status
ops-col-name = Name
ops-col-languages = Languages
ops-col-meetings = Meetings
ops-col-interpreter = Interpreter
ops-phone-table = Table
ops-phone-buyer = Buyer:
ops-phone-supplier = Supplier:
ops-phone-status = Status:
ops-phone-speaks = Speaks
ops-phone-meetings = Meetings:
ops-phone-interpreter = Interpreter:
ops-crumb-agenda = Agenda
ops-crumb-report = Report
ops-crumb-outcome = Outcome
ops-crumb-meeting = Meeting { $meeting }

## Email log

ops-email-title = Email
ops-email-intro = Every message the site sends goes through here. Failed messages keep their error and can be sent again.
ops-email-show-all = Show all messages
ops-email-none = No messages.
ops-email-none-with-status = No messages: { $status }.
ops-email-queued = Queued
ops-email-to = To
ops-email-subject = Subject
ops-email-kind = Kind
ops-email-status = Status
ops-email-attempts = Attempts
ops-email-calendar-tag = calendar
ops-email-message-n = Message { $id }
ops-email-to-line = to { $name } <{ $address }>
ops-email-send-again = Send again
ops-email-retry-now = Retry now
ops-email-sent = Sent
ops-email-next-attempt = Next attempt
ops-email-last-error = Last error
ops-email-as-seen = As the recipient sees it
ops-email-html-frame = The message's HTML version
ops-email-plain-text = Plain text version
ops-email-calendar = Calendar invitation ({ $method })
ops-email-download-ics = Download invite.ics

## Personal data (organizer)

ops-privacy-title = Personal data
ops-privacy-intro-before = The privacy notice people consent to
ops-privacy-public-page = public page
ops-privacy-intro-after = , and their deletion requests. Retention periods are set per expo, in its settings.
ops-privacy-requests = Deletion requests ({ $count })
ops-privacy-no-request = No request is waiting.
ops-privacy-col-asked = Asked (UTC)
ops-privacy-col-who = Who
ops-privacy-col-expo = Expo
ops-privacy-delete-data = Delete their data
ops-privacy-delete-explained = Deleting replaces the person's personal data by placeholders, deletes their sign-in links and unsent emails, and stops their calendar address; their meetings and outcomes stay in the report.
ops-privacy-notice-version = Privacy notice (now version { $version })
ops-privacy-notice-hint = Saving publishes a new version: buyers and suppliers are asked to consent again at their next sign-in.
ops-privacy-officer-name = Privacy officer's name
ops-privacy-officer-email = Email
ops-privacy-officer-phone = Phone
ops-privacy-abroad = Personal data leaves Korea (the service is hosted abroad): ask for a separate consent to the transfer
ops-privacy-transfer-country = Country it goes to
ops-privacy-transfer-recipient = Who receives it (e.g. the hosting company)
ops-privacy-body = Why the data is processed (shown first on the notice; blank lines separate paragraphs)
ops-privacy-publish = Publish a new version
ops-privacy-published = Version { $version } of the privacy notice is published. Buyers and suppliers are asked to consent again when they next sign in.
ops-privacy-deleted = Done: the person's data is deleted; their meetings stay in the report as anonymous rows.
ops-privacy-deleted-cancelled = Done: the person's data is deleted; their meetings stay in the report as anonymous rows. { $count ->
    [one] 1 upcoming meeting was cancelled and the other participant told.
   *[other] { $count } upcoming meetings were cancelled and the other participants told.
}

err-ops-notice-phone = Enter the privacy officer's phone number (digits, spaces, + - ( ) only).
err-ops-notice-transfer-country = Name the country the data is transferred to.
err-ops-notice-transfer-recipient = Name who receives the data abroad (for example the hosting company).
err-ops-notice-body = Write the notice text (at most { $max } characters).
err-ops-notice-body-control = The text holds control characters; paste it as plain text.

## Consents (asked of buyers and suppliers)

consent-kind-collection = Collection and use of personal data
consent-kind-provision = Provision to the other party of each meeting
consent-kind-overseas = Transfer of personal data abroad
consent-kind-marketing = News from the organizer
err-ops-consent-collection = We cannot take part without your consent to the collection and use of your personal data.
err-ops-consent-provision = Meetings need your contact details shown to the other party: please consent to this provision.
err-ops-consent-overseas = This service keeps its data outside Korea: please consent to the overseas transfer.

## Agenda of one participant or table (organizer)

ops-agenda-page-title = { $name } · agenda
ops-agenda-participants = Participants
ops-agenda-none = No meetings.
ops-agenda-sign-ins = Sign-ins
ops-agenda-signed-in-nowhere = Not signed in anywhere right now.
ops-agenda-signed-in-on = { $count ->
    [one] Signed in on 1 device or browser.
   *[other] Signed in on { $count } devices or browsers.
}
ops-agenda-end-hint = If a device was lost or shared, end every sign-in: they then sign in again with a fresh link or their password.
ops-agenda-end-all = End all sign-ins

## Table board (a screen at the venue)

ops-board-page-title = Table board · { $expo }
ops-board-title = Table board
ops-board-at = { $time } (venue time)
ops-board-preview = preview
ops-board-refreshes = refreshes every minute
ops-board-now = Now
ops-board-next = Next
ops-board-free = free
ops-board-nothing-more = nothing more
err-ops-board-at-format = give the moment as 2026-12-17T10:15 (venue time)
err-ops-board-at-missing = that time does not exist at the venue

## Check-in

ops-checkin-page-title = Check-in · { $expo }
ops-checkin-crumb = Check-in
ops-checkin-desk = Check-in desk
ops-checkin-buyers = { $arrived } of { $count ->
    [one] 1 buyer
   *[other] { $count } buyers
}
ops-checkin-suppliers = { $arrived } of { $count ->
    [one] 1 supplier
   *[other] { $count } suppliers
}
ops-checkin-arrived-line = { $buyers } and { $suppliers } have arrived.
ops-checkin-qr-hint = Scanning the QR code on a participant's agenda opens their check-in page.
ops-checkin-find = Find by name, organisation or email
ops-checkin-search = Search
ops-checkin-nobody = Nobody matches.
ops-checkin-side = Side
ops-checkin-side-phone = Side:
ops-checkin-arrived = Arrived
ops-checkin-arrived-phone = Arrived:
ops-checkin-not-yet = not yet
ops-checkin-button = Check in
ops-checkin-person-title = Check in { $name }
ops-checkin-checked-in-at = Checked in at { $time } UTC
ops-checkin-done = Checked in. Welcome!
ops-checkin-already = Already checked in earlier.
err-ops-checkin-role = a participant is a buyer or a supplier

## Interpreters

ops-interp-title = Interpreters
ops-interp-page-title = Interpreters · { $expo }
ops-interp-coverage = { $covered } of { $count ->
    [one] 1 meeting that needs an interpreter has one.
   *[other] { $count } meetings that need an interpreter have one.
}
ops-interp-coverage-why = A meeting needs one when the buyer asked for it or shares no language with the supplier.
ops-interp-assign = Assign interpreters
ops-interp-still-without = Still without an interpreter
ops-interp-table-n = table { $table }
ops-interp-uncovered-who = { $buyer } with { $supplier }
ops-interp-on-list = On the list
ops-interp-none-yet = No interpreters yet. Add the first below.
ops-interp-day-sheet = Day sheet
ops-interp-remove-open = Remove…
ops-interp-remove-none = { $name } has no meetings.
ops-interp-remove-some = { $count ->
    [one] 1 meeting will need another interpreter.
   *[other] { $count } meetings will need another interpreter.
}
ops-interp-remove = Remove { $name }
ops-interp-add-heading = Add an interpreter
ops-interp-add = Add interpreter
ops-interp-needs-heading = Meetings that need an interpreter
ops-interp-needs-none = No meeting needs an interpreter.
ops-interp-none-badge = none
ops-interp-sheet-title = { $name } · day sheet
ops-interp-sheet-subtitle = Interpreter · { $languages }
ops-interp-sheet-empty = No meetings assigned yet.
ops-interp-change-details = Change details
ops-interp-change-hint = Meetings in a language you take off the list lose this interpreter and show as needing one.
ops-interp-field-name = Name
ops-interp-field-email = Email (optional)
ops-interp-field-languages = Languages (two-letter codes), for example
ops-interp-field-note = Note (optional)
ops-interp-added = { $name } added.
ops-interp-saved = Saved.
ops-interp-saved-lost = { $count ->
    [one] Saved; one meeting in a language no longer listed needs another interpreter now.
   *[other] Saved; { $count } meetings in languages no longer listed need another interpreter now.
}
ops-interp-removed = Interpreter removed.
ops-interp-removed-lost = { $count ->
    [one] Interpreter removed; one meeting needs another interpreter now.
   *[other] Interpreter removed; { $count } meetings need another interpreter now.
}
ops-interp-assigned-all = { $count ->
    [0] No new assignment
    [one] One meeting got an interpreter
   *[other] { $count } meetings got an interpreter
}; every upcoming meeting that needs one has one.
ops-interp-assigned-some = { $count ->
    [0] No new assignment
    [one] One meeting got an interpreter
   *[other] { $count } meetings got an interpreter
}; some meetings still have none, listed below.
ops-interp-changed-meanwhile = Meetings changed meanwhile: assign again.
ops-interp-chosen = Interpreter assigned.
ops-interp-unchosen = Interpreter taken off this meeting.
ops-uncovered-or = {" "}or{" "}
ops-uncovered-one-of = one of { $languages }
ops-uncovered-nobody-speaks = no interpreter on the list speaks both { $buyer } and { $supplier }
ops-uncovered-all-busy = { $count ->
    [one] the one interpreter who could is in another meeting then
   *[other] all { $count } interpreters who could are in other meetings then
}
err-ops-interp-choose = choose an interpreter from the list
err-ops-interpreter-name = Enter the interpreter's name.
err-ops-interpreter-name-long = Use at most 120 characters and no control characters.
err-ops-interpreter-language-unknown = “{ $code }” is not a language code we know: use two letters, e.g. es ko.
err-ops-interpreter-languages-few = Give at least two languages, e.g. “es ko” for Spanish and Korean.
err-ops-interpreter-languages-many = Give at most 10 languages.
err-ops-interpreter-note-long = Keep the note under 200 characters.

## Attendance and outcomes

interest-none = No interest
interest-follow_up = Follow-up agreed
interest-sample_or_quote = Sample or quote requested
interest-contract_expected = Contract expected
interest-contract_signed = Contract signed

ops-attendance-held = Marked as held. Record what it produced.
ops-attendance-no-show = Marked as a no-show; the slot is free again.
ops-attendance-hint = Record whether the meeting took place.
ops-attendance-not-yet = Attendance can be recorded once the meeting has started.
ops-attendance-early = Record it now anyway, with a reason
ops-attendance-reason = Reason
ops-attendance-recorded = Recorded: { $state }.
ops-attendance-undo-until = You can undo this until the end of { $time }.
ops-attendance-instead = Mark as { $state } instead
ops-attendance-undo = Undo
ops-attendance-undone = The record is taken back: the meeting is booked again.
ops-attendance-confirm-title = Mark as { $state }?
ops-attendance-confirm-no-show = The meeting will count as not held and its time becomes free. Both participants are told by email, and the meeting leaves their calendars.
ops-attendance-confirm-held = The meeting will count as held in the report. You can then record what it produced.
ops-attendance-confirm-undo = You can take this back until the end of the day.
ops-attendance-confirm-button = Yes, mark as { $state }
ops-attendance-confirm-back = No, go back
ops-outcome-page-title = Outcome · meeting { $meeting }
ops-outcome-heading = What the meeting produced
ops-outcome-how-far = How far did it get?
ops-outcome-amount = Expected or signed contract value
ops-outcome-amount-placeholder = e.g. 250,000
ops-outcome-currency = Currency
ops-outcome-products = Products concerned
ops-outcome-follow-up = Follow-up date
ops-outcome-notes = Notes
ops-outcome-save = Save the outcome
ops-outcome-no-show-question = The buyer did not come?
ops-outcome-no-show = The buyer did not come
ops-outcome-saved = The outcome is saved.
ops-outcome-saved-thanks = Thank you: the outcome is saved.
ops-no-show-marked = Marked as a no-show. The organizer sees it.

err-ops-attendance = Choose held or no-show.
err-ops-refused = { $why }
err-ops-outcome-not-held = mark the meeting as held before recording its outcome
err-ops-attendance-slot-taken = another meeting now holds that time, so this meeting cannot take it back
err-ops-attendance-not-started = the meeting has not started yet: give a reason to record its attendance now
err-ops-attendance-reason-long = keep the reason under { $max } characters
err-ops-attendance-undo-late = records can be taken back only on the day they were made
err-ops-attendance-undo-outcome = an outcome is recorded for this meeting
err-ops-outcome-not-started = You can record the outcome once the meeting has started.
err-ops-no-show-not-started = You can mark a no-show once the meeting has started.
err-ops-outcome-interest = Choose how far the meeting got.
err-ops-outcome-currency-missing = Choose the currency of the amount.
err-ops-outcome-currency-unknown = Choose a currency from the list.
err-ops-outcome-signed-needs-value = A signed contract needs its value.
err-ops-outcome-date = Enter a date like 2027-02-15.
err-ops-outcome-products-long = Keep the products under 300 characters.
err-ops-outcome-notes-long = Keep the notes under 2,000 characters.
err-ops-amount-format = Enter an amount like 120,000 or 12500.50.
err-ops-amount-format-decimal = Enter an amount like 12500.50.
err-ops-amount-decimals = { $currency } has { $places } decimal places.
err-ops-amount-too-large = That amount is too large.

## The report

ops-report-page-title = Report · { $expo }
ops-report-heading = Export consultation report
ops-report-values-in = values in { $currency }
ops-report-excel = Excel
ops-report-missing-rates = Enter a rate for { $currencies }: amounts in { $count ->
    [one] that currency are
   *[other] those currencies are
} left out of the totals.
ops-report-held = consultations held
ops-report-no-shows = no-shows
ops-report-expected = expected contract value
ops-report-signed = contracts signed
ops-report-with-outcome = { $held ->
    [one] { $count } of 1 held meeting has a recorded outcome.
   *[other] { $count } of { $held } held meetings have a recorded outcome.
}
ops-report-rated-before = Buyers rated { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
ops-report-rated-after = out of 5 on average.
ops-report-expected-explained = Expected value counts meetings at "sample or quote requested" and "contract expected".
ops-report-by-country = By buyer country
ops-report-chart-label = Value by buyer country
ops-report-bar-held = { $count } held
ops-report-group-countries = Buyer countries
ops-report-group-sectors = Sectors
ops-report-group-suppliers = Suppliers
ops-report-sector-other = Other
ops-report-nothing-yet = Nothing recorded yet: mark meetings held or no-show on their pages.
ops-report-col-name = Name
ops-report-col-held = Held
ops-report-col-no-shows = No-shows
ops-report-col-expected = Expected
ops-report-col-signed = Signed
ops-report-col-rating = Buyers' rating
ops-report-rates-heading = Reporting currency and rates
ops-report-in = Report in
ops-report-rate-label = 1 { $currency } =
ops-report-recalculate = Recalculate
err-ops-report-no-currency = There is no currency “{ $currency }”; the report is in KRW.
err-ops-rate-format = Enter the { $currency } rate like 1380 or 0.00072.
err-ops-rate-too-large = That rate is too large.
err-ops-rate-zero = The { $currency } rate must be above zero.

csv-report-breakdown = breakdown
csv-report-name = name
csv-report-held = held
csv-report-no-shows = no-shows
csv-report-expected = expected value
csv-report-signed = signed value
csv-report-average-rating = average buyer rating
csv-report-ratings = ratings
csv-report-group-total = total
csv-report-all = all
csv-report-group-country = country
csv-report-group-sector = sector
csv-report-group-supplier = supplier

## The buyer's rating of a meeting (also in the six other languages)

ops-rating-saved = Thank you: your rating is saved.
err-ops-rating-choose = Choose from 1 (not useful) to 5 (very useful).
err-ops-rating-comment-long = Keep the comment under 1,000 characters.
err-ops-rating-comment-control = The comment holds characters that cannot be shown.
err-ops-rating-not-held = Only a meeting that took place can be rated.
err-ops-rating-not-started = You can rate the meeting once it has started.

## The email list: finding messages, and what each kind of message is.
ops-email-filters = Find messages
ops-email-recipient = Recipient
ops-email-recipient-hint = Name or email address
ops-email-kind-any = Any kind
ops-email-status-any = Any status
ops-email-filter = Show messages
ops-email-clear = Clear filters
ops-email-showing = { $range } of { $total }
ops-email-none-matching = No messages match these filters.
ops-email-pages = Pages of messages
ops-email-previous = ← Previous
ops-email-next = Next →
ops-email-page-of = Page { $page } of { $pages }
err-ops-email-status-unknown = There is no email status called “{ $status }”.
err-ops-email-kind-unknown = No message of the kind “{ $kind }” has been queued.
err-ops-email-page = The page number must be a whole number, 1 or more.
ops-mail-kind-invitation = Buyer invitation
ops-mail-kind-sign_in_link = Sign-in link
ops-mail-kind-verify_email = Email address check
ops-mail-kind-password_reset = Password reset
ops-mail-kind-account_exists = Account already exists
ops-mail-kind-supplier_approved = Supplier approved
ops-mail-kind-supplier_rejected = Supplier not approved
ops-mail-kind-request_received = Meeting request received
ops-mail-kind-request_accepted = Meeting request accepted
ops-mail-kind-request_declined = Meeting request declined
ops-mail-kind-request_expired = Meeting request expired
ops-mail-kind-slot_freed = Time became free
ops-mail-kind-meeting_booked = Meeting booked
ops-mail-kind-meeting_moved = Meeting moved
ops-mail-kind-meeting_cancelled = Meeting cancelled
ops-mail-kind-meeting_table_changed = Meeting moved to another table
ops-mail-kind-meeting_mode_changed = Meeting's way to meet changed
ops-mail-kind-meeting_no_show = Meeting recorded as a no-show
ops-mail-kind-meeting_restored = No-show taken back
ops-mail-kind-agenda_published = Schedule sent
ops-mail-kind-reminder = Meeting reminder
ops-mail-kind-meeting_reminder = Reminder before a meeting
ops-mail-kind-interpreter_assigned = Interpreter: chosen for a meeting
ops-mail-kind-interpreter_released = Interpreter: no longer needed
ops-mail-kind-interpreter_updated = Interpreter: meeting changed
ops-mail-kind-interpreter_cancelled = Interpreter: meeting cancelled
ops-mail-kind-follow_up = Follow-up survey
ops-mail-kind-other = Other message

## The table board on the venue screen.
ops-board-back = ← Back to the expo
ops-board-no-tables = This expo has no tables yet.

## Online meetings
org-expo-online-legend = Online and hybrid meetings
org-expo-meeting-mode = How meetings are held
org-expo-meeting-mode-hint = The default for every consultation day; a buyer marked remote always meets online. An online meeting takes no table.
org-expo-reminder-minutes = Reminder before each meeting (minutes)
org-expo-reminder-minutes-hint = Each participant gets a short reminder with the join link or the table this many minutes before each meeting; 0 sends none.
org-expo-video-base = Video rooms on your Jitsi Meet server
org-expo-video-base-hint = The https address of a self-hosted Jitsi Meet (or compatible) server: each online meeting gets its own unguessable room there. Links pasted for a supplier, a table or a meeting come first.
org-day-mode-title = How meetings are held this day
org-day-mode-default = As the expo's setting
org-day-mode-hint = For meetings booked from now on; meetings already booked keep how they are held. A remote buyer always meets online.
org-day-mode-save = Save
org-flash-day-mode = Saved how meetings are held this day.
org-tables-video = Video link for hybrid meetings at this table
org-tables-video-room = Video link of this online room (Zoom, Teams, Webex…)
org-joined-at = { $who } joined at { $time }.
org-not-joined = { $who } has not joined.
org-joins-propose-held = Both joined the video call: record it as held below.
org-joins-propose-no-show = Not both joined the video call: check, then record a no-show below (or held, if they met another way).
org-meeting-video = Video link for this meeting
org-meeting-video-hint = Zoom, Teams, Webex or any https link: used instead of the supplier's, the table's or a generated room. Participants keep their own join links.
org-flash-video-saved = The video link is saved.
org-grid-both-in = Online · both in
org-grid-one-waiting = Online · one waiting
org-grid-live = Watch joins live
org-grid-live-on = refreshes every { $seconds } seconds
org-grid-live-stop = Stop refreshing
org-grid-outside-hours = Outside the buyer's hours
org-grid-outside-hours-hint = This online meeting falls outside the hours the buyer accepts on their own clock. Move it, or check with the buyer.
org-grid-online = Online
org-meeting-mode-title = How they meet
org-meeting-mode = Way to meet
org-meeting-mode-hint = Same time. Online leaves the table for an online room; a table or hybrid takes a free table. Both sides get the updated invitation with their join link.
org-meeting-mode-save = Change
org-flash-mode-changed = Changed. Both sides got the updated invitation.
err-meeting-mode = Choose at a table, online or hybrid.

# The organizer's status page (/organizer/status).
ops-status-title = System status
ops-status-intro = Is email going out, what went wrong last, how big the database is and when it was last backed up. The same figures go to Prometheus at /metrics when it is switched on.
ops-status-mail = Email delivery
ops-status-mail-ok = Working
ops-status-mail-attention = Needs attention
ops-status-due = Due to go out now
ops-status-sent-day = Delivered in the last 24 hours
ops-status-reminders-due = Reminders due and not yet sent
ops-status-oldest = Oldest message waiting
ops-status-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
ops-status-nothing-waiting = Nothing is waiting
ops-status-last-error = Last delivery error
ops-status-no-error = None
ops-status-database = Database
ops-status-backend = Kind
ops-status-size = Size
ops-status-megabytes = { $size } MB
ops-status-migrations = Database changes
ops-status-migrations-done = All applied
ops-status-migrations-pending = { $count } not applied yet: restart the server
ops-status-backups = Backups
ops-status-backups-daily = Daily into { $dir }, the newest { $keep } kept
ops-status-backup-latest = Latest: { $file } ({ $time } UTC)
ops-status-backup-none-yet = None written yet
ops-status-backups-off = The server makes none itself: set EXPOMATCH_BACKUP_DIR, or run expomatch backup from cron (see the README)
ops-status-backups-postgres = Made with pg_dump (see the README)
ops-status-server = Server
ops-status-version = Version
ops-status-uptime = Running for
ops-status-worker = Email sending in this server
ops-status-metrics = Metrics endpoint
ops-status-proxies = Trusted reverse proxies
ops-status-on = On
ops-status-off = Off
ops-mail-kind-staff_invitation = Staff: invitation to an expo
ops-status-backend-name = { $name }
