//! A buyer who reads Arabic, on a phone: the page runs right to left, the buttons speak
//! Arabic, and booking, moving and cancelling a meeting work as they do in English.

use super::*;

/// Saves a screenshot under `target/screenshots/` (beside the journey's artifacts), for
/// people to look at the mirrored layout.
async fn screenshot(c: &Client, name: &str) {
    save(c, name).await;
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    if let (Ok(()), Ok(png)) = (std::fs::create_dir_all(&dir), c.screenshot().await) {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
}

/// How far the right edge of `css` (its text, for `text = true`) is from the page's
/// right edge, and how far its left edge is from the left one.
async fn edges(c: &Client, css: &str, text: bool) -> Result<(f64, f64), String> {
    let found = c
        .execute(
            "const e = document.querySelector(arguments[0]);
             if (!e) return null;
             let b = e.getBoundingClientRect();
             if (arguments[1]) { const r = document.createRange(); r.selectNodeContents(e); b = r.getBoundingClientRect(); }
             return [document.documentElement.clientWidth - b.right, b.left];",
            vec![
                serde_json::Value::String(css.to_owned()),
                serde_json::Value::Bool(text),
            ],
        )
        .await
        .map_err(|e| e.to_string())?;
    let pair = found
        .as_array()
        .ok_or_else(|| format!("nothing matches {css}"))?;
    match (
        pair.first().and_then(serde_json::Value::as_f64),
        pair.get(1).and_then(serde_json::Value::as_f64),
    ) {
        (Some(right), Some(left)) => Ok((right, left)),
        _ => Err(format!("no box for {css}")),
    }
}

async fn attr(c: &Client, css: &str, name: &str) -> Result<String, String> {
    c.find(Locator::Css(css))
        .await
        .map_err(|e| e.to_string())?
        .attr(name)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{css} has no {name}"))
}

/// The page reads right to left and its text starts at the right edge.
async fn mirrored(c: &Client, step: &str) -> Result<(), String> {
    check(
        attr(c, "html", "dir").await? == "rtl" && attr(c, "html", "lang").await? == "ar",
        format!("{step}: html[dir=rtl][lang=ar]"),
    )?;
    let (right, _) = edges(c, "main", false).await?;
    check(
        right.abs() <= 2.0,
        format!("{step}: the main column reaches the window's right edge ({right} px short)"),
    )?;
    let (right, left) = edges(c, "main h1", true).await?;
    check(
        right <= 40.0 && left >= right,
        format!(
            "{step}: the heading starts at the right ({right} px from the right edge, \
             {left} px from the left)"
        ),
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
        format!("{step}: no sideways scrolling (overflow {overflow})"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_speaking_buyer_books_moves_and_cancels_a_meeting_right_to_left_on_a_phone() {
    use expomatch::db::schema::expos;
    use expomatch::domain::{CountryCode, ExpoId, TimeZone};
    use expomatch::store::participants;

    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let buyer = app
        .with_db(move |c| {
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            participants::create_buyer(
                c,
                &participants::NewBuyer {
                    expo: ExpoId(expo),
                    email: &EmailAddress::parse("layla.haddad@nwc.example").expect("email"),
                    name: "Layla Haddad",
                    organisation: "",
                    position_title: "",
                    country: CountryCode::parse("SA").expect("country"),
                    timezone: TimeZone::parse("Asia/Riyadh").expect("zone"),
                    languages: &[],
                    interests: &[],
                    looking_for: "",
                    needs_interpreter: false,
                    invited_at: Some(store::now()),
                },
                store::now(),
            )
            .expect("buyer")
            .0
        })
        .await;
    let sign_in = link(&app, Role::Buyer, buyer, TimeDelta::minutes(30)).await;
    let home = app.url("/");
    let client = browser(&driver, 390, 844).await;
    journey(client, "buyer-arabic-phone", |c| async move {
        // The switcher in the footer, before signing in: the choice outlives sign-in.
        c.goto(&home).await.map_err(|e| e.to_string())?;
        click(&c, "#languages a[lang=ar]").await?;
        wait_text(&c, "h1", "قابِل").await?;
        mirrored(&c, "home").await?;
        screenshot(&c, "arabic-home-phone").await;

        c.goto(&sign_in).await.map_err(|e| e.to_string())?;
        wait_text(&c, "#continue", "متابعة").await?;
        click(&c, "#continue").await?;
        wait_path(&c, "/buyer/profile").await?;
        mirrored(&c, "profile").await?;
        check(
            text(&c, "#save-profile").await? == "احفظ وابحث عن موردين",
            "the profile's button speaks Arabic",
        )?;
        accessible(&c, "arabic profile form").await?;
        screenshot(&c, "arabic-profile-phone").await;
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("organisation", "National Water Company")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "input[name=languages][value=ar]").await?;
        click(&c, "input[name=languages][value=en]").await?;
        click(&c, "input[name=interests][value=water]").await?;
        form.set_by_name("looking_for", "Smart water meters and leak detection")
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "input[name=consent_collection]").await?;
        click(&c, "input[name=consent_provision]").await?;
        click(&c, "#save-profile").await?;
        wait_path(&c, "/buyer/suppliers").await?;
        wait_text(&c, ".flash.success", "اكتمل ملفك الشخصي").await?;
        mirrored(&c, "directory").await?;
        accessible(&c, "arabic directory").await?;
        screenshot(&c, "arabic-directory-phone").await;

        click(&c, ".supplier-card a.btn").await?;
        wait_text(&c, "#book h2", "احجز اجتماعًا").await?;
        mirrored(&c, "supplier page").await?;
        accessible(&c, "arabic supplier page").await?;
        screenshot(&c, "arabic-supplier-phone").await;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "تم حجز اجتماعك").await?;
        mirrored(&c, "agenda").await?;
        for (css, label) in [
            (".agenda a[href$='/move']", "تغيير الموعد"),
            (".agenda a[href$='calendar.ics']", "التقويم"),
            ("details.cancel summary", "إلغاء"),
        ] {
            let shown = text(&c, css).await?;
            check(
                shown == label,
                format!("{css} reads {label:?}, not {shown:?}"),
            )?;
        }
        accessible(&c, "arabic agenda").await?;
        screenshot(&c, "arabic-agenda-phone").await;

        click(&c, ".agenda a[href$='/move']").await?;
        wait_text(&c, "#book h2", "غيّر موعد اجتماعك").await?;
        mirrored(&c, "move page").await?;
        screenshot(&c, "arabic-move-phone").await;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "تم تغيير موعد اجتماعك").await?;

        click(&c, "details.cancel summary").await?;
        c.find(Locator::Css("details.cancel input[name=reason]"))
            .await
            .map_err(|e| e.to_string())?
            .send_keys("ألغيت رحلتي")
            .await
            .map_err(|e| e.to_string())?;
        check(
            text(&c, "details.cancel button[type=submit]").await? == "إلغاء هذا الاجتماع",
            "the cancel button speaks Arabic",
        )?;
        screenshot(&c, "arabic-cancel-phone").await;
        click(&c, "details.cancel button[type=submit]").await?;
        wait_text(&c, ".flash.success", "أُلغي الاجتماع").await?;
        wait_text(&c, ".card .empty", "لم تحجز أي اجتماع بعد").await?;
        mirrored(&c, "agenda after cancelling").await?;
        accessible(&c, "arabic agenda after cancelling").await?;
        screenshot(&c, "arabic-agenda-empty-phone").await;
        Ok(())
    })
    .await;
}
