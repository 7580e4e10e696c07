//! The accessibility check itself reports each kind of problem.

use super::*;

/// The accessibility check finds what it looks for, so its silence in the journeys
/// means something: an unlabelled field, a second `h1`, an image without `alt`, and a
/// link whose focus is not shown are each reported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_accessibility_check_reports_each_kind_of_problem() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let client = browser(&driver, 1280, 900).await;
    let app = &app;
    journey(client, "accessibility-check", |c| async move {
        c.goto(&app.url("/signin"))
            .await
            .map_err(|e| e.to_string())?;
        accessible(&c, "the sign-in page as it is").await?;
        // CSSOM changes, not a <style> element: the page's CSP allows no inline styles.
        for (case, script) in [
            (
                "unlabelled field",
                "document.querySelector('form').prepend(Object.assign(document.createElement('input'), \
                {name: 'nickname'}));",
            ),
            ("second h1", "document.querySelector('main, body').append(document.createElement('h1'));"),
            ("image without alt", "document.body.append(document.createElement('img'));"),
            (
                "focus not shown",
                "for (const e of document.querySelectorAll('a, button')) { e.style.setProperty('outline', 'none', 'important'); \
                e.style.setProperty('box-shadow', 'none', 'important'); }",
            ),
        ] {
            c.goto(&app.url("/signin"))
                .await
                .map_err(|e| e.to_string())?;
            c.execute(script, vec![]).await.map_err(|e| e.to_string())?;
            let found = accessible(&c, case).await;
            check(found.is_err(), format!("case {case}: not reported"))?;
        }
        Ok(())
    })
    .await;
}
