//! Re-running the scheduler: fewest moves, only the moved told, never a started slot.

use super::*;

async fn a_rerun_with_moves_allowed_moves_the_fewest_meetings_and_tells_only_their_participants(
    app: TestApp,
) {
    use expomatch::db::schema::{blocked_slots, meetings, slots};
    use std::collections::HashSet;
    let (expo, _) = crate::layout::organizer_with_demo(&app).await;
    // Supplier S has one meeting M (placed by the scheduler earlier) with B1 in slot
    // X. A new accepted request pairs S with B2, who is free only in X. S is
    // available only in X and Y, and B1 is free in Y: the request fits only if M
    // moves from X to Y.
    let (m, x, y, s, b1, b2) = app
        .with_db(move |c| {
            let (m, s, b1, x): (i32, i32, i32, i32) = meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select((
                    meetings::id,
                    meetings::supplier_id,
                    meetings::buyer_id,
                    meetings::slot_id,
                ))
                .first(c)
                .expect("a meeting");
            diesel::update(
                meetings::table
                    .filter(meetings::supplier_id.eq(s))
                    .filter(meetings::id.ne(m)),
            )
            .set(meetings::status.eq("cancelled"))
            .execute(c)
            .expect("S keeps one meeting");
            diesel::update(meetings::table.find(m))
                .set(meetings::source.eq("scheduler"))
                .execute(c)
                .expect("source");
            let all: Vec<i32> = slots::table
                .filter(slots::expo_id.eq(expo))
                .order(slots::starts_at)
                .select(slots::id)
                .load(c)
                .expect("slots");
            let busy = |c: &mut expomatch::db::DbConnection, buyer: i32| -> HashSet<i32> {
                meetings::table
                    .filter(meetings::buyer_id.eq(buyer))
                    .filter(meetings::status.eq_any(["booked", "held"]))
                    .select(meetings::slot_id)
                    .load::<i32>(c)
                    .expect("busy")
                    .into_iter()
                    .collect()
            };
            let b1_busy = busy(c, b1);
            let y = *all
                .iter()
                .find(|sl| **sl != x && !b1_busy.contains(sl))
                .expect("a free time for B1");
            let b2: i32 = buyers::table
                .filter(buyers::id.ne(b1))
                .order(buyers::id)
                .select(buyers::id)
                .load::<i32>(c)
                .expect("buyers")
                .into_iter()
                .find(|b| !busy(c, *b).contains(&x))
                .expect("a buyer free in X");
            let b2_busy = busy(c, b2);
            for sl in &all {
                if *sl != x && *sl != y {
                    diesel::insert_into(blocked_slots::table)
                        .values((
                            blocked_slots::slot_id.eq(sl),
                            blocked_slots::supplier_id.eq(Some(s)),
                            blocked_slots::created_at.eq(store::now()),
                        ))
                        .execute(c)
                        .expect("S away");
                }
                if *sl != x && !b2_busy.contains(sl) {
                    diesel::insert_into(blocked_slots::table)
                        .values((
                            blocked_slots::slot_id.eq(sl),
                            blocked_slots::buyer_id.eq(Some(b2)),
                            blocked_slots::created_at.eq(store::now()),
                        ))
                        .execute(c)
                        .expect("B2 away");
                }
            }
            diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(b2),
                    meeting_requests::supplier_id.eq(s),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::priority.eq("must"),
                    meeting_requests::status.eq("accepted"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .execute(c)
                .expect("request");
            (m, x, y, s, b1, b2)
        })
        .await;
    let page = format!("/organizer/expos/{expo}/schedule");
    let grid = |c: &mut expomatch::db::DbConnection| -> Vec<(i32, i32, i32, String)> {
        meetings::table
            .order(meetings::id)
            .select((
                meetings::id,
                meetings::slot_id,
                meetings::table_id,
                meetings::status,
            ))
            .load(c)
            .expect("grid")
    };
    let before = app.with_db(grid).await;

    // Without moves the request cannot be placed, and says why.
    let res = app.post_form(&page, &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let run = location(&res);
    let (_, html) = app.get_html(&run).await;
    assert_eq!(select_text(&html, "#scheduled"), vec!["0/1"]);
    assert!(
        select_text(&html, "#moves").is_empty(),
        "no moves section when moves are not allowed"
    );

    // Bad input changes nothing.
    let res = app.post_form(&page, &page, &[("allow_moves", "yes")]).await;
    assert_eq!(res.status().as_u16(), 400);

    // With moves: exactly M moves, from X to Y, and the request takes X.
    let res = app.post_form(&page, &page, &[("allow_moves", "1")]).await;
    assert_eq!(res.status().as_u16(), 303);
    let run = location(&res);
    let (_, html) = app.get_html(&run).await;
    assert_eq!(select_text(&html, "#scheduled"), vec!["1/1"]);
    let heading = select_text(&html, "#moves h2");
    assert_eq!(heading, vec!["1 earlier meeting moves"]);
    assert_eq!(
        app.with_db(grid).await,
        before,
        "a draft changes no meeting"
    );
    let outbox_before: i64 = app
        .with_db(|c| outbox::table.count().get_result(c).expect("n"))
        .await;

    let res = app.post_form(&run, &format!("{run}/publish"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&run).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains("1 meetings moved"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let after = app.with_db(grid).await;
    let changed: Vec<_> = before.iter().filter(|b| !after.contains(b)).collect();
    assert_eq!(changed.len(), 1, "only M changed: {changed:?}");
    let m_now = after.iter().find(|r| r.0 == m).expect("M");
    assert_eq!((m_now.1, m_now.3.as_str()), (y, "booked"));
    let new_one: (i32, i32) = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(b2))
                .filter(meetings::supplier_id.eq(s))
                .filter(meetings::status.eq("booked"))
                .select((meetings::slot_id, meetings::ical_sequence))
                .first(c)
                .expect("new meeting")
        })
        .await;
    assert_eq!(new_one.0, x);
    // Who hears of it: M's two participants get the new time (a calendar update);
    // S and B2 get their agenda; nobody else gets anything.
    type Sent = (String, Option<String>, Option<i32>);
    let (emails, m_seq): (Vec<Sent>, i32) = app
        .with_db(move |c| {
            let rows = outbox::table
                .order(outbox::id)
                .offset(outbox_before)
                .select((
                    outbox::to_address,
                    outbox::calendar_method,
                    outbox::meeting_id,
                ))
                .load(c)
                .expect("mail");
            (
                rows,
                meetings::table
                    .find(m)
                    .select(meetings::ical_sequence)
                    .first(c)
                    .expect("seq"),
            )
        })
        .await;
    let address = |role: &'static str, id: i32| {
        app.with_db(move |c| match role {
            "buyer" => buyers::table
                .find(id)
                .select(buyers::email)
                .first::<String>(c)
                .expect("email"),
            _ => suppliers::table
                .find(id)
                .select(suppliers::email)
                .first::<String>(c)
                .expect("email"),
        })
    };
    let (s_mail, b1_mail, b2_mail) = (
        address("supplier", s).await,
        address("buyer", b1).await,
        address("buyer", b2).await,
    );
    let updates: Vec<&String> = emails
        .iter()
        .filter(|e| e.2 == Some(m) && e.1.as_deref() == Some("REQUEST"))
        .map(|e| &e.0)
        .collect();
    assert_eq!(updates.len(), 2, "{emails:?}");
    assert!(updates.contains(&&s_mail) && updates.contains(&&b1_mail));
    assert!(m_seq >= 1, "the calendar sequence went up");
    let recipients: HashSet<&String> = emails.iter().map(|e| &e.0).collect();
    let expected: HashSet<&String> = [&s_mail, &b1_mail, &b2_mail].into_iter().collect();
    assert_eq!(recipients, expected, "nobody else is told");
}
on_both_databases!(
    a_rerun_with_moves_allowed_moves_the_fewest_meetings_and_tells_only_their_participants
);

async fn the_scheduler_never_places_a_meeting_in_a_slot_that_has_started(app: TestApp) {
    use expomatch::db::schema::{schedule_items, slots};
    let (expo, day) = crate::layout::organizer_with_demo(&app).await;
    // The expo's first day is under way: its first six slots have started.
    let started: Vec<i32> = app
        .with_db(move |c| {
            expomatch::demo::seed_accepted_requests(c).expect("requests");
            let first: Vec<i32> = slots::table
                .filter(slots::day_id.eq(day))
                .order(slots::starts_at)
                .select(slots::id)
                .limit(6)
                .load(c)
                .expect("slots");
            let now = store::now();
            for (i, id) in first.iter().enumerate() {
                let starts = now - TimeDelta::minutes(30 * (6 - i64::try_from(i).expect("i")));
                diesel::update(slots::table.find(id))
                    .set((
                        slots::starts_at.eq(starts),
                        slots::ends_at.eq(starts + TimeDelta::minutes(30)),
                    ))
                    .execute(c)
                    .expect("into the past");
            }
            first
        })
        .await;
    let page = format!("/organizer/expos/{expo}/schedule");
    let res = app.post_form(&page, &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let run: i32 = location(&res)
        .rsplit('/')
        .next()
        .and_then(|r| r.parse().ok())
        .expect("run id");
    let placed: Vec<Option<i32>> = app
        .with_db(move |c| {
            schedule_items::table
                .filter(schedule_items::run_id.eq(run))
                .select(schedule_items::slot_id)
                .load(c)
                .expect("items")
        })
        .await;
    assert!(
        placed.iter().filter(|s| s.is_some()).count() > 50,
        "the requests are placed: {placed:?}"
    );
    assert!(
        placed.iter().flatten().all(|s| !started.contains(s)),
        "nothing goes into a slot that has started"
    );
}
on_both_databases!(the_scheduler_never_places_a_meeting_in_a_slot_that_has_started);
