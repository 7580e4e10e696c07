//! Every route of the router, read from the source so a new one cannot be forgotten:
//! each state-changing one refuses a request without the CSRF token, and each role's
//! pages refuse every other role and anonymous visitors. A buyer cannot open another
//! buyer's meeting.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, meetings, organizers, suppliers};
use expomatch::domain::Role;

use crate::helpers::*;
use crate::on_both_databases;

/// (method, path) of every `.route(…)` in `src/web/` and the folders under it.
pub(crate) fn routes() -> Vec<(String, String)> {
    let mut source = String::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a folder of src/web") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                source.push_str(&std::fs::read_to_string(path).expect("source"));
            }
        }
    }
    let flat: String = source.split_whitespace().collect::<Vec<_>>().join("");
    let mut out = Vec::new();
    for piece in flat.split("route(\"").skip(1) {
        let Some((path, rest)) = piece.split_once('"') else {
            continue;
        };
        let method = if rest.starts_with(",web::get()") {
            "GET"
        } else if rest.starts_with(",web::post()") {
            "POST"
        } else {
            continue;
        };
        out.push((method.to_owned(), path.to_owned()));
    }
    out.sort();
    out.dedup();
    out
}

/// The path with every `{param}` filled by something that exists in the demo.
fn concrete(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        out.push_str(match &rest[start + 1..end] {
            "name" => "app.css",
            "format" => "csv",
            "token" => "not-a-token",
            "file" => "x.ics",
            _ => "1",
        });
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

async fn every_state_changing_route_refuses_a_request_without_the_csrf_token(app: TestApp) {
    let organizer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            organizers::table
                .select(organizers::id)
                .order(organizers::id)
                .first::<i32>(c)
                .expect("organizer")
        })
        .await;
    let client = app.signed_in_as(Role::Organizer, organizer).await;
    let posts: Vec<String> = routes()
        .into_iter()
        .filter(|(m, _)| m == "POST")
        .map(|(_, p)| p)
        .collect();
    assert!(posts.len() > 40, "the router was read: {posts:?}");
    // The one exception, by design: a mail program's one-click unsubscribe (RFC 8058)
    // posts without a session or a form token; the link's own key names the person,
    // and a forged or missing key is a 404 that changes nothing.
    const WITHOUT_TOKEN: &str = "/unsubscribe/{role}/{person}/{kind}/{key}";
    assert!(posts.iter().any(|p| p == WITHOUT_TOKEN), "{posts:?}");
    for path in posts.iter().filter(|p| *p != WITHOUT_TOKEN) {
        let url = app.url(&concrete(path));
        let res = client
            .post(&url)
            .form(&[("reason", "x")])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 403, "POST {path} without a token");
        let res = client
            .post(&url)
            .form(&[("csrf_token", "forged")])
            .send()
            .await
            .expect("POST");
        assert_eq!(
            res.status().as_u16(),
            403,
            "POST {path} with a forged token"
        );
    }
}
on_both_databases!(every_state_changing_route_refuses_a_request_without_the_csrf_token);

async fn the_one_click_unsubscribe_without_a_token_needs_the_persons_own_key(app: TestApp) {
    let buyer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            expomatch::db::schema::buyers::table
                .select(expomatch::db::schema::buyers::id)
                .first::<i32>(c)
                .expect("buyer")
        })
        .await;
    let anonymous = app.new_client();
    for key in ["forged", "00000000000000000000000000000000", ""] {
        let res = anonymous
            .post(app.url(&format!(
                "/unsubscribe/buyer/{buyer}/meeting_reminder/{key}"
            )))
            .form(&[("List-Unsubscribe", "One-Click")])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 404, "key {key:?}");
    }
    let wanted = app
        .with_db(move |c| {
            expomatch::mail::reminders::soon_wanted(c, Role::Buyer, buyer).expect("read")
        })
        .await;
    assert!(wanted, "nothing changed");
}
on_both_databases!(the_one_click_unsubscribe_without_a_token_needs_the_persons_own_key);

async fn each_roles_pages_refuse_the_other_roles_and_anonymous_visitors(app: TestApp) {
    let (organizer, buyer, supplier) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            (
                organizers::table
                    .select(organizers::id)
                    .order(organizers::id)
                    .first::<i32>(c)
                    .expect("organizer"),
                buyers::table
                    .filter(buyers::profile_completed_at.is_not_null())
                    .select(buyers::id)
                    .first::<i32>(c)
                    .expect("buyer"),
                suppliers::table
                    .filter(suppliers::status.eq("approved"))
                    .select(suppliers::id)
                    .first::<i32>(c)
                    .expect("supplier"),
            )
        })
        .await;
    let clients = [
        (
            "organizer",
            app.signed_in_as(Role::Organizer, organizer).await,
        ),
        ("buyer", app.signed_in_as(Role::Buyer, buyer).await),
        ("supplier", app.signed_in_as(Role::Supplier, supplier).await),
        ("anonymous", app.new_client()),
    ];
    let gets: Vec<String> = routes()
        .into_iter()
        .filter(|(m, _)| m == "GET")
        .map(|(_, p)| p)
        .collect();
    let mut checked = 0;
    for path in &gets {
        let area = ["organizer", "buyer", "supplier"]
            .into_iter()
            .find(|a| path.starts_with(&format!("/{a}")));
        let Some(area) = area else { continue };
        for (who, client) in &clients {
            let res = client
                .get(app.url(&concrete(path)))
                .send()
                .await
                .expect("GET");
            let status = res.status().as_u16();
            assert!(status < 500, "GET {path} as {who}: {status}");
            if *who == area {
                if !path.contains('{') {
                    assert_eq!(status, 200, "GET {path} as its own role");
                }
            } else {
                assert_ne!(status, 200, "GET {path} as {who} must be refused");
                if *who == "anonymous" {
                    assert!(
                        matches!(status, 303 | 401 | 403),
                        "GET {path} anonymously: {status}"
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked} checks");
    // Object level: a buyer cannot open another buyer's meeting or its calendar file.
    let theirs: i32 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.ne(buyer))
                .filter(meetings::status.eq("booked"))
                .select(meetings::id)
                .first(c)
                .expect("another's meeting")
        })
        .await;
    let buyer_client = &clients[1].1;
    for path in [
        format!("/buyer/meetings/{theirs}/move"),
        format!("/buyer/meetings/{theirs}/calendar.ics"),
    ] {
        let res = buyer_client.get(app.url(&path)).send().await.expect("GET");
        assert_eq!(res.status().as_u16(), 404, "GET {path} of another buyer");
    }
    let token = {
        let (_, html) = {
            let res = buyer_client
                .get(app.url("/buyer"))
                .send()
                .await
                .expect("GET");
            (
                res.status(),
                scraper::Html::parse_document(&res.text().await.expect("body")),
            )
        };
        html.select(&scraper::Selector::parse("input[name=csrf_token]").expect("s"))
            .next()
            .and_then(|e| e.value().attr("value"))
            .expect("token")
            .to_owned()
    };
    let res = buyer_client
        .post(app.url(&format!("/buyer/meetings/{theirs}/cancel")))
        .form(&[("csrf_token", token.as_str()), ("reason", "not mine")])
        .send()
        .await
        .expect("POST");
    assert_eq!(
        res.status().as_u16(),
        404,
        "cancelling another buyer's meeting"
    );
    let status: String = app
        .with_db(move |c| {
            meetings::table
                .find(theirs)
                .select(meetings::status)
                .first(c)
                .expect("status")
        })
        .await;
    assert_eq!(status, "booked", "and it stays booked");
}
on_both_databases!(each_roles_pages_refuse_the_other_roles_and_anonymous_visitors);

#[test]
fn the_route_reader_finds_routes_with_parameters() {
    let all = routes();
    assert!(
        all.iter()
            .any(|(m, p)| m == "GET" && p == "/organizer/expos/{id}/grid")
    );
    assert!(all.iter().any(|(m, p)| m == "POST" && p == "/signout"));
    assert_eq!(
        concrete("/organizer/expos/{id}/meetings.{format}"),
        "/organizer/expos/1/meetings.csv"
    );
}

/// Every organizer route, asked by staff of each role on the demo expo: what the role
/// does not cover is refused (403, or 404 where the thing is not theirs to see) and
/// changes nothing; what it covers is not refused. Co-host staff are asked again
/// about a supplier and a meeting of their own agency.
async fn every_organizer_route_refuses_staff_beyond_their_role(app: TestApp) {
    use expomatch::domain::staff::allows;
    use expomatch::domain::status::StaffRole;
    use expomatch::domain::{EmailAddress, ExpoId, OrganizerId, PersonName};
    let (admin, expo) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            (
                organizers::table
                    .select(organizers::id)
                    .order(organizers::id)
                    .first::<i32>(c)
                    .expect("organizer"),
                expomatch::db::schema::expos::table
                    .select(expomatch::db::schema::expos::id)
                    .order(expomatch::db::schema::expos::id)
                    .first::<i32>(c)
                    .expect("expo"),
            )
        })
        .await;
    assert_eq!(expo, 1, "concrete() fills {{id}} with 1: the demo expo");
    let organizer_routes: Vec<(String, String)> = routes()
        .into_iter()
        .filter(|(_, p)| p.starts_with("/organizer"))
        .collect();
    assert!(organizer_routes.len() > 70, "{}", organizer_routes.len());
    let mut refused = 0;
    let mut opened = 0;
    for role in StaffRole::ALL.iter().copied() {
        let email = format!("{}@staff.example", role.code());
        let agency = (role == StaffRole::Cohost).then_some("Agency A");
        let id = app
            .with_db(move |c| {
                expomatch::store::staff::add(
                    c,
                    ExpoId(expo),
                    OrganizerId(admin),
                    &expomatch::store::staff::NewMember {
                        email: &EmailAddress::parse(&email).expect("email"),
                        name: &PersonName::parse("name", "Staff").expect("name"),
                        role,
                        agency,
                    },
                    expomatch::store::now(),
                )
                .expect("staff")
                .0
                .0
            })
            .await;
        let client = app.signed_in_as(Role::Organizer, id).await;
        let token = {
            let page = client
                .get(app.url("/organizer"))
                .send()
                .await
                .expect("home")
                .text()
                .await
                .expect("body");
            csrf_in(&scraper::Html::parse_document(&page))
        };
        let ask = |method: String, path: String| {
            let client = client.clone();
            let token = token.clone();
            let url = app.url(&concrete(&path));
            async move {
                let res = if method == "GET" {
                    client.get(&url).send().await
                } else {
                    client
                        .post(&url)
                        .form(&[("csrf_token", token.as_str())])
                        .send()
                        .await
                };
                res.expect("request").status().as_u16()
            }
        };
        for (method, path) in &organizer_routes {
            // An owner may do everything: its POSTs would only wreck the demo.
            if role == StaffRole::Owner && method == "POST" {
                continue;
            }
            let allowed = allows(role, method, path, false)
                || (path == "/organizer/suppliers"
                    && matches!(role, StaffRole::Owner | StaffRole::Cohost));
            let status = ask(method.clone(), path.clone()).await;
            assert!(status < 500, "{role:?} {method} {path}: {status}");
            if allowed {
                assert_ne!(status, 403, "{role:?} {method} {path} is theirs");
                if method == "GET" && !path.contains('{') {
                    assert_eq!(status, 200, "{role:?} GET {path}");
                }
            } else {
                assert!(
                    matches!(status, 403 | 404),
                    "{role:?} {method} {path} must be refused: {status}"
                );
                refused += 1;
            }
        }
        if role == StaffRole::Cohost {
            // Their own agency's supplier and meeting: the supplier routes open.
            app.with_db(move |c| {
                let a: i32 = expomatch::db::schema::expo_cohosts::table
                    .filter(expomatch::db::schema::expo_cohosts::name.eq("Agency A"))
                    .select(expomatch::db::schema::expo_cohosts::id)
                    .first(c)
                    .expect("agency");
                let of_meeting: i32 = meetings::table
                    .find(1)
                    .select(meetings::supplier_id)
                    .first(c)
                    .expect("meeting 1");
                diesel::update(suppliers::table.filter(suppliers::id.eq_any([1, of_meeting])))
                    .set(suppliers::cohost_id.eq(a))
                    .execute(c)
                    .expect("tag");
            })
            .await;
            for (method, path) in &organizer_routes {
                let own = allows(role, method, path, true) && !allows(role, method, path, false);
                // Acting for their own supplier turns this client's session into the
                // supplier's (teams::staff_act_for_a_company_within_their_scope).
                if !own || path.ends_with("/act") {
                    continue;
                }
                let status = ask(method.clone(), path.clone()).await;
                // A 404 may be the handler's (nothing to undo); a refusal is 403.
                assert_ne!(status, 403, "co-host {method} {path} on its own supplier");
                opened += 1;
            }
        }
    }
    assert!(refused > 100, "{refused} refusals checked");
    assert!(
        opened >= 8,
        "{opened} co-host actions on its own supplier checked"
    );
}
on_both_databases!(every_organizer_route_refuses_staff_beyond_their_role);
