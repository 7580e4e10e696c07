//! The organizer's screens at their real sizes: the meeting grid on a laptop, the table
//! board on the venue's big screen and on a laptop.

use super::*;

/// Sizes the window so that the page's viewport is `width` × `height` (the window's
/// own frame takes part of its size). A resize lands a moment later under load, so it
/// measures and adjusts until the viewport is right.
pub(crate) async fn viewport(c: &Client, width: u32, height: u32) -> Result<(), String> {
    let (mut w, mut h) = (width, height);
    let mut inner = Vec::new();
    for _ in 0..30 {
        c.set_window_size(w, h).await.map_err(|e| e.to_string())?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        inner = numbers(c, "return [innerWidth, innerHeight];").await?;
        if inner == [f64::from(width), f64::from(height)] {
            return Ok(());
        }
        if let [iw, ih] = inner[..] {
            w = (f64::from(w) + f64::from(width) - iw).max(200.0) as u32;
            h = (f64::from(h) + f64::from(height) - ih).max(200.0) as u32;
        }
    }
    Err(format!("viewport {width}×{height}: got {inner:?}"))
}

async fn numbers(c: &Client, script: &str) -> Result<Vec<f64>, String> {
    let value = c
        .execute(script, vec![])
        .await
        .map_err(|e| format!("{script}: {e}"))?;
    Ok(value
        .as_array()
        .map(|a| a.iter().filter_map(serde_json::Value::as_f64).collect())
        .unwrap_or_default())
}

/// [tiles, lowest tile bottom, innerHeight, furthest tile right, innerWidth, page height]
const BOARD: &str = "const t = [...document.querySelectorAll('#board .board-tile')]; \
    return [t.length, Math.max(...t.map(e => e.getBoundingClientRect().bottom)), innerHeight, \
    Math.max(...t.map(e => e.getBoundingClientRect().right)), innerWidth, \
    document.documentElement.scrollHeight];";

fn board_fits(m: &[f64], tables: usize, size: &str) -> Result<(), String> {
    check(
        m.len() == 6 && m[0] as usize == tables,
        format!("{size}: every table has a tile: {m:?}"),
    )?;
    check(
        m[1] <= m[2] && m[3] <= m[4] && m[5] <= m[2],
        format!("{size}: every tile is on the screen without scrolling: {m:?}"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_grid_fits_a_laptop_and_the_board_shows_every_table_on_one_screen() {
    use expomatch::db::schema::{
        consultation_days, consultation_tables, expos, organizers as organizer_rows,
    };
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let (organizer, expo, first_day, tables) = app
        .with_db(|c| {
            let o: i32 = organizer_rows::table
                .filter(organizer_rows::email.eq("minji.choi@kotra.example"))
                .select(organizer_rows::id)
                .first(c)
                .expect("organizer");
            let e: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let day: chrono::NaiveDate = consultation_days::table
                .filter(consultation_days::expo_id.eq(e))
                .order(consultation_days::day)
                .select(consultation_days::day)
                .first(c)
                .expect("day");
            let tables: i64 = consultation_tables::table
                .filter(consultation_tables::expo_id.eq(e))
                .filter(consultation_tables::active.eq(true))
                .count()
                .get_result(c)
                .expect("tables");
            (o, e, day, tables as usize)
        })
        .await;
    let signin = link(&app, Role::Organizer, organizer, TimeDelta::minutes(30)).await;
    let grid = app.url(&format!("/organizer/expos/{expo}/grid"));
    let board = app.url(&format!(
        "/organizer/expos/{expo}/board?at={first_day}T10:15"
    ));
    let client = browser(&driver, 1366, 768).await;
    journey(client, "organizer-screens", |c| async move {
        c.goto(&signin).await.map_err(|e| e.to_string())?;
        click(&c, "#continue").await?;
        wait_path(&c, "/organizer").await?;

        // The grid on a laptop: the page stays put sideways, the grid scrolls in its box.
        viewport(&c, 1366, 768).await?;
        c.goto(&grid).await.map_err(|e| e.to_string())?;
        text(&c, ".meeting-grid").await?;
        let m = numbers(
            &c,
            "const s = document.getElementById('grid-scroll'); \
             return [document.documentElement.scrollWidth, innerWidth, s.scrollWidth, s.clientWidth];",
        )
        .await?;
        check(
            m.len() == 4 && m[0] <= m[1],
            format!("the page does not scroll sideways: {m:?}"),
        )?;
        check(
            m[2] > m[3],
            format!("the 20 tables scroll inside the grid's box: {m:?}"),
        )?;
        save(&c, "organizer-grid-1366").await;
        // Scrolled down and across, the tables' row and the times' column stay in view.
        let m = numbers(
            &c,
            "const s = document.getElementById('grid-scroll'); s.scrollTop = 400; s.scrollLeft = 900; \
             const box = s.getBoundingClientRect(); \
             const head = document.querySelector('.meeting-grid thead th:nth-child(4)').getBoundingClientRect(); \
             const time = document.querySelector('.meeting-grid tbody tr:nth-child(10) th').getBoundingClientRect(); \
             return [s.scrollTop, s.scrollLeft, box.top, head.top, box.left, time.left];",
        )
        .await?;
        check(
            m.len() == 6 && m[0] > 0.0 && m[1] > 0.0,
            format!("the grid's box scrolls both ways: {m:?}"),
        )?;
        check(
            (m[3] - m[2]).abs() <= 2.0 && (m[5] - m[4]).abs() <= 2.0,
            format!("the header row and the time column stick: {m:?}"),
        )?;
        save(&c, "organizer-grid-1366-scrolled").await;
        accessible(&c, "meeting grid").await?;

        // The board on the venue's screen and on a laptop: every table, no scrolling.
        viewport(&c, 1920, 1080).await?;
        c.goto(&board).await.map_err(|e| e.to_string())?;
        text(&c, "#board").await?;
        board_fits(&numbers(&c, BOARD).await?, tables, "1920×1080")?;
        save(&c, "organizer-board-1920").await;
        accessible(&c, "table board").await?;
        viewport(&c, 1366, 768).await?;
        c.goto(&board).await.map_err(|e| e.to_string())?;
        text(&c, "#board").await?;
        board_fits(&numbers(&c, BOARD).await?, tables, "1366×768")?;
        save(&c, "organizer-board-1366").await;
        Ok(())
    })
    .await;
}
