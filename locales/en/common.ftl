# Shared by every page: navigation, roles, states, the page frame.

nav-expos = Expos
nav-suppliers = Suppliers
nav-email = Email
nav-audit = Audit log
nav-personal-data = Personal data
nav-staff = Staff
nav-my-agenda = My agenda
nav-my-meetings = My meetings
nav-requests = Requests
nav-profile = Profile
nav-main = Main

role-organizer = Organizer
role-supplier = Supplier
role-buyer = Buyer

frame-sign-out = Sign out
frame-sign-in = Sign in
frame-footer = expomatch · export consultation meetings · times are shown in your time zone with the venue's beside them
frame-privacy = Privacy notice
frame-your-data = Your data
frame-language = Language

state-expo-draft = Draft
state-expo-open = Open
state-expo-closed = Closed
state-supplier-unverified = Email not confirmed
state-supplier-pending = Waiting for approval
state-supplier-approved = Approved
state-supplier-rejected = Not approved
state-request-pending = Pending
state-request-accepted = Accepted
state-request-declined = Declined
state-request-expired = Expired
state-request-withdrawn = Withdrawn
state-request-scheduled = Scheduled
state-meeting-booked = Booked
state-meeting-held = Held
state-meeting-no_show = No-show
state-meeting-cancelled = Cancelled
state-mode-table = At a table
state-mode-online = Online
state-mode-hybrid = Hybrid
state-message-pending = Waiting
state-message-sending = Sending
state-message-sent = Delivered
state-message-failed = Not delivered
state-run-draft = Draft
state-run-published = Published
state-run-discarded = Discarded
state-improve-running = Running
state-improve-proven = Optimal, proven
state-improve-budget = Time budget used
state-improve-stopped = Stopped
state-improve-too_large = Too large for the exact method
state-improve-draft_gone = Draft published or discarded
state-improve-lost = Server stopped
state-improve-failed = Failed
state-progress-not_invited = Not invited
state-progress-invited = Invited
state-progress-signed_in = Signed in
state-progress-profile_complete = Profile complete
state-progress-meetings_booked = Meetings booked
flash-email = { $email }

fmt-dates-tba = Dates to be announced
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
fmt-venue-time = { $time } venue time

# Why a supplier is suggested: to the buyer, then (match-org-) to an organizer about the buyer.
match-sector = works in { $sector }, which interests you
match-serves = already exports to { $country }
match-targets = wants to sell in { $country }
match-speaks = speaks { $language }
match-interpreter = no shared language: an interpreter will be needed
match-product = makes { $product } (matches “{ $word }” in what you are looking for)
match-org-sector = works in { $sector }, which the buyer is interested in
match-org-speaks = both speak { $language }
match-org-product = makes { $product } (matches “{ $word }” in what the buyer is looking for)

## Joining an online meeting
join-title = Join the meeting
join-back = Back to my meetings
join-cancelled-heading = This meeting was cancelled
join-cancelled = There is nothing to join: the meeting was cancelled. Your agenda shows your meetings as they stand.
join-at-table-heading = This meeting is at a table
join-at-table = This meeting takes place at its table at the venue, not online. Your agenda shows the table.
join-not-yet-heading = The video link is not ready yet
join-not-yet = The organizer has not set the video room for this meeting yet. Try again shortly before it starts, or reply to the organizer's email.
join-button = Join
nav-status = Status
state-staff-owner = Owner
state-staff-cohost = Co-host staff
state-staff-onsite = On-site staff
state-staff-viewer = Viewer
