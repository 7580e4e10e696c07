//! A buyer's browser journeys on a phone: its link, agenda, booking, moving, cancelling.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_opens_its_link_on_a_phone_and_sees_its_meetings_in_its_own_time() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, buyer, supplier) = demo_app().await;
    let buyer_link = link(&app, Role::Buyer, buyer, TimeDelta::minutes(30)).await;
    let supplier_link = link(&app, Role::Supplier, supplier, TimeDelta::minutes(30)).await;
    let expired = link(&app, Role::Buyer, buyer, TimeDelta::minutes(-5)).await;
    // A supplier's request waits for the buyer's answer.
    app.with_db(move |c| {
        use expomatch::db::schema::{expos, meeting_requests};
        let asked: Vec<i32> = meeting_requests::table
            .filter(meeting_requests::buyer_id.eq(buyer))
            .select(meeting_requests::supplier_id)
            .load(c)
            .expect("asked");
        let from: i32 = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .filter(suppliers::id.ne_all(asked))
            .select(suppliers::id)
            .first(c)
            .expect("a supplier that has not asked");
        let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
        diesel::insert_into(meeting_requests::table)
            .values((
                meeting_requests::expo_id.eq(expo),
                meeting_requests::buyer_id.eq(buyer),
                meeting_requests::supplier_id.eq(from),
                meeting_requests::requested_by.eq("supplier"),
                meeting_requests::priority.eq("must"),
                meeting_requests::status.eq("pending"),
                meeting_requests::message.eq("We make smart water meters for Lima."),
                meeting_requests::created_at.eq(store::now()),
            ))
            .execute(c)
            .expect("request");
    })
    .await;
    let client = browser(&driver, 390, 844).await;
    journey(client, "buyer-phone", |c| async move {
        c.goto(&expired).await.map_err(|e| e.to_string())?;
        let why = text(&c, ".flash.error").await?;
        check(
            why.contains("expired"),
            format!("expired link explains itself: {why}"),
        )?;
        accessible(&c, "expired link").await?;

        c.goto(&buyer_link).await.map_err(|e| e.to_string())?;
        check(
            text(&c, "h1").await?.starts_with("Sign in as "),
            "the link names whom it signs in",
        )?;
        accessible(&c, "buyer's link page").await?;
        save(&c, "buyer-link-phone").await;
        c.find(Locator::Css("#continue"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/buyer").await?;
        check(text(&c, "h1").await?.starts_with("Welcome"), "greeting")?;
        let local = c
            .find_all(Locator::Css(".agenda .tz-local"))
            .await
            .map_err(|e| e.to_string())?;
        let venue = c
            .find_all(Locator::Css(".agenda .tz-venue"))
            .await
            .map_err(|e| e.to_string())?;
        check(
            !local.is_empty() && local.len() == venue.len(),
            "each meeting shows both clocks",
        )?;
        let overflow = c
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            overflow.as_i64().unwrap_or(1) <= 0,
            format!("no sideways scrolling on a phone (overflow {overflow})"),
        )?;
        accessible(&c, "buyer agenda").await?;
        save(&c, "buyer-phone").await;

        // Requests: the supplier's one can be answered without scrolling sideways.
        c.goto(&app.url("/buyer/requests"))
            .await
            .map_err(|e| e.to_string())?;
        let accept = c
            .find_all(Locator::Css("table.requests button[type=submit]"))
            .await
            .map_err(|e| e.to_string())?;
        check(!accept.is_empty(), "the supplier's request offers Accept")?;
        let beyond = past_right_edge(
            &c,
            "table.requests td, table.requests button, table.requests summary",
        )
        .await?;
        check(
            beyond <= 0.0,
            format!(
                "every request, with Accept and Decline, is on the screen \
            (right edge {beyond} px past it)"
            ),
        )?;
        accessible(&c, "buyer requests").await?;
        save(&c, "buyer-requests-phone").await;

        // The supplier's link in the same browser replaces the session.
        c.goto(&supplier_link).await.map_err(|e| e.to_string())?;
        c.find(Locator::Css("#continue"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/supplier").await?;
        check(
            text(&c, "#supplier-status").await? == "Approved",
            "the supplier sees its state",
        )?;
        let beyond = past_right_edge(&c, "main table td, main table a").await?;
        check(
            beyond <= 0.0,
            format!(
                "the supplier's agenda, with its buttons, is on the screen \
            (right edge {beyond} px past it)"
            ),
        )?;
        accessible(&c, "supplier home").await?;
        // The supplier's requests: asking a buyer and earlier answers fit the phone too.
        c.goto(&app.url("/supplier/requests"))
            .await
            .map_err(|e| e.to_string())?;
        let ask = c
            .find_all(Locator::Css("table button[type=submit]"))
            .await
            .map_err(|e| e.to_string())?;
        check(!ask.is_empty(), "the supplier can ask buyers for a meeting")?;
        let beyond = past_right_edge(&c, "main table td, main table button").await?;
        check(
            beyond <= 0.0,
            format!(
                "the supplier's request tables are on the screen \
            (right edge {beyond} px past it)"
            ),
        )?;
        accessible(&c, "supplier requests").await?;
        save(&c, "supplier-requests-phone").await;
        c.goto(&app.url("/buyer"))
            .await
            .map_err(|e| e.to_string())?;
        check(
            text(&c, ".error-page h1").await? == "Not allowed",
            "a supplier cannot open the buyer's page",
        )?;
        accessible(&c, "not allowed page").await?;
        save(&c, "supplier-phone").await;
        Ok(())
    })
    .await;
}

/// An invited buyer in Lima, on a phone: opens the invitation email's link, completes
/// the profile, finds a supplier, books, sees the agenda in its own time, downloads
/// the calendar file, moves the meeting and cancels it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_buyer_books_moves_and_cancels_a_meeting_on_a_phone() {
    use expomatch::db::schema::{expos, outbox};
    use expomatch::domain::{CountryCode, ExpoId, TimeZone};
    use expomatch::mail::messages::{MailContext, queue_invitation};
    use expomatch::store::participants;

    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let base = app.address.clone();
    let invitation = app
        .with_db(move |c| {
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let buyer = participants::create_buyer(
                c,
                &participants::NewBuyer {
                    expo: ExpoId(expo),
                    email: &EmailAddress::parse("rosa.quispe@sedapal.example").expect("email"),
                    name: "Rosa Quispe",
                    organisation: "",
                    position_title: "",
                    country: CountryCode::parse("PE").expect("country"),
                    timezone: TimeZone::parse("America/Lima").expect("zone"),
                    languages: &[],
                    interests: &[],
                    looking_for: "",
                    needs_interpreter: false,
                    invited_at: Some(store::now()),
                },
                store::now(),
            )
            .expect("buyer");
            let from = "Expo Team <expo@kotra.example>".parse().expect("from");
            queue_invitation(c, buyer, &MailContext::new(&base, from), store::now())
                .expect("invitation");
            let body: String = outbox::table
                .filter(outbox::kind.eq("invitation"))
                .select(outbox::body_text)
                .first(c)
                .expect("email");
            body.split_whitespace()
                .find(|w| w.contains("/auth/link/"))
                .expect("link in the email")
                .to_owned()
        })
        .await;
    let client = browser(&driver, 390, 844).await;
    journey(client, "buyer-booking-phone", |c| async move {
        c.goto(&invitation).await.map_err(|e| e.to_string())?;
        accessible(&c, "invitation link page").await?;
        click(&c, "#continue").await?;
        wait_path(&c, "/buyer/profile").await?;
        accessible(&c, "profile form").await?;
        save(&c, "buyer-onboarding-phone").await;
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("organisation", "SEDAPAL")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "input[name=languages][value=es]").await?;
        click(&c, "input[name=interests][value=water]").await?;
        form.set_by_name("looking_for", "Smart water meters and leak detection")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "input[name=consent_collection]").await?;
        click(&c, "input[name=consent_provision]").await?;
        click(&c, "#save-profile").await?;
        wait_path(&c, "/buyer/suppliers").await?;
        let reasons = text(&c, ".supplier-card .reasons").await?;
        check(
            reasons.to_lowercase().contains("water"),
            format!("the best match says why: {reasons}"),
        )?;
        accessible(&c, "directory").await?;
        save(&c, "buyer-directory-phone").await;
        click(&c, ".supplier-card a.btn").await?;
        let first_slot = text(&c, "#book button.slot").await?;
        check(
            first_slot.contains("venue time"),
            format!("local and venue time side by side: {first_slot}"),
        )?;
        accessible(&c, "supplier page").await?;
        save(&c, "buyer-supplier-phone").await;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "booked").await?;
        let row = text(&c, ".agenda tbody tr[id^=meeting-]").await?;
        check(
            row.contains("venue time"),
            format!("agenda in two clocks: {row}"),
        )?;
        accessible(&c, "agenda after booking").await?;
        save(&c, "buyer-agenda-phone").await;
        let href = c
            .find(Locator::Css(".agenda a[href$='calendar.ics']"))
            .await
            .map_err(|e| e.to_string())?
            .attr("href")
            .await
            .map_err(|e| e.to_string())?
            .ok_or("no calendar link")?;
        let ics = c
            .execute(
                "return fetch(arguments[0]).then(r => r.text());",
                vec![serde_json::Value::String(href)],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            ics.as_str().is_some_and(|s| s.contains("BEGIN:VEVENT")),
            "the calendar file downloads",
        )?;
        click(&c, ".agenda a[href$='/move']").await?;
        text(&c, "#book button.slot").await?;
        accessible(&c, "move page").await?;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "moved").await?;
        accessible(&c, "agenda after moving").await?;
        click(&c, "details.cancel summary").await?;
        let reason = c
            .find(Locator::Css("details.cancel input[name=reason]"))
            .await
            .map_err(|e| e.to_string())?;
        reason
            .send_keys("My flight was cancelled")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "details.cancel button[type=submit]").await?;
        wait_text(&c, ".flash.success", "cancelled").await?;
        wait_text(&c, ".card .empty", "No meetings").await?;
        accessible(&c, "agenda after cancelling").await?;
        let overflow = c
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            overflow.as_i64().unwrap_or(1) <= 0,
            format!("no sideways scrolling (overflow {overflow})"),
        )?;
        Ok(())
    })
    .await;
}
