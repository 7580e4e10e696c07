# Error pages (errpage-) and form field errors (err-).

errpage-404-title = Page not found
errpage-404-text = There is nothing at this address. Check the link, or start again from the home page.
errpage-no-file = There is no such file.
errpage-403-title = Not allowed
errpage-400-title = That request could not be read
errpage-400-text = Nothing was changed. Go back and try again. ({ $detail })
errpage-csrf-title = Please try again
errpage-csrf-text = This form has expired or did not come from this site, so nothing was changed. Go back, reload the page and submit it again.
errpage-429-title = Too many attempts
errpage-429-text = You have tried this too often in a short time. Wait a minute, then try again.
errpage-409-title = That did not work
errpage-503-title = Busy right now
errpage-503-text = The service is very busy or cannot reach its database. Please try again in a moment.
errpage-500-title = Something went wrong
errpage-500-text = An unexpected error happened on our side and was logged. Please try again.
errpage-quote-reference = If you tell us about it, quote this reference:
errpage-go-home-own = Go to your home page
errpage-go-home = Go to the home page
errpage-wrong-account = This page belongs to another kind of account. Sign out and sign in with the right one.
errpage-no-feed = Only buyers and suppliers have a calendar subscription.

# The summary above a form that came back with errors.
err-summary = { $count ->
    [one] Please correct the { $count } marked field below. Nothing was saved yet.
   *[other] Please correct the { $count } marked fields below. Nothing was saved yet.
}
err-required = This field is required.
err-too-long = Use at most { $max } characters (now { $count }).
err-control = Remove the control characters.
err-name-too-long = Use at most 120 characters.
err-name-control = Remove the line breaks or tabs.
err-email-invalid = Enter an email address like name@company.com.
err-email-empty = Enter your email address.
err-email-too-long = This email address is too long.
err-country-unknown = “{ $value }” is not a country code we know (use two letters, like VN or US).
err-timezone-unknown = “{ $value }” is not a time zone we know (use a name like Asia/Seoul).
err-languages-none = Choose at least one language you can hold a meeting in.
err-language-unknown = “{ $value }” is not a language we know.
err-languages-too-many = Choose at most 10 languages.
err-sectors-none = Choose at least one sector you are interested in.
err-sectors-from-list = Choose sectors from the list.

# Why a meeting cannot be booked or changed.
err-book-not-open = Booking is not open for this expo.
err-book-not-yet = Booking has not opened yet.
err-book-closed = Booking has closed. Please contact the organizer to change your meetings.
err-book-by-requests = At this expo the organizer schedules meetings from requests.
err-book-limit = { $max ->
    [one] You have reached the limit of 1 meeting.
   *[other] You have reached the limit of { $max } meetings.
}
err-book-supplier-full = This supplier's agenda is full.
err-book-pair = You already have a meeting with this supplier. You can move it from your agenda.
err-book-profile-first = Please complete your profile first: suppliers see it before they meet you.
err-book-no-such-slot = That time is not one of this expo's slots.
err-book-past = That time has passed.
err-book-busy = You already have a meeting at that time.
err-book-supplier-busy = The supplier is not available at that time.
err-book-started = This meeting has already started; please tell the organizer at the venue.
err-move-same-time = Your meeting is already at that time. Choose another time to move it, or keep it as it is.

## Online meetings
err-video-too-long = A link can be at most { $max } characters.
err-video-not-a-link = Paste the whole meeting link, starting with https://
err-video-https = Only secure links (https://) can be used for meetings.
err-hours-time = Write a time as HH:MM, for example 08:00.
err-hours-order = The end must come after the start.
err-setup-meeting-mode = Choose at a table, online or hybrid.
err-setup-reminder-minutes = Write a number of minutes from 0 to 240.
errpage-staff-site-only = Only the site's administrators open this page. Your expos are on the Expos page.
errpage-staff-refused = Your role on this expo does not include this. Ask the expo's owner if you need it.
errpage-staff-claimed = Another agency claimed this registration a moment ago; nothing was changed.
