//! Signing in as a person would, through a one-time link: `TestApp::signed_in_as` and
//! friends. Tests of the sign-in mechanics themselves keep their steps explicit.

use chrono::TimeDelta;
use expomatch::db::{DbConnection, DbPool};
use expomatch::domain::Role;
use expomatch::domain::token::Purpose;
use expomatch::store::{self, tokens};
use scraper::{Html, Selector};

use super::{TestApp, location};

/// How long the links these helpers issue stay valid: longer than any test.
const LIFETIME: TimeDelta = TimeDelta::minutes(30);

/// Issues a one-time sign-in link for `role`'s `id` and returns its path.
fn issue(c: &mut DbConnection, role: Role, id: i32) -> String {
    let token =
        tokens::issue(c, role, id, Purpose::SignIn, LIFETIME, store::now()).expect("sign-in token");
    format!("/auth/link/{}", token.as_str())
}

/// Opens a sign-in link as a person would: the page names whom it signs in, and
/// "Continue" (a POST with the page's CSRF token) uses it.
pub async fn use_link(client: &reqwest::Client, url: &str) -> reqwest::Response {
    let page = client.get(url).send().await.expect("open link");
    assert_eq!(page.status().as_u16(), 200, "the link page opens: {url}");
    let html = Html::parse_document(&page.text().await.expect("body"));
    let sel = Selector::parse("form input[name=csrf_token]").expect("selector");
    let token = html
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("the link page has a form")
        .to_owned();
    client
        .post(url)
        .form(&[("csrf_token", token)])
        .send()
        .await
        .expect("continue")
}

/// Signs `client` in at `base` (an app this harness did not start) as `role`'s `id`;
/// returns where the link sent it.
pub async fn sign_in_at(
    pool: &DbPool,
    base: &str,
    client: &reqwest::Client,
    role: Role,
    id: i32,
) -> String {
    let pool = pool.clone();
    let path = tokio::task::spawn_blocking(move || {
        issue(&mut pool.get().expect("pooled connection"), role, id)
    })
    .await
    .expect("token task");
    followed(use_link(client, &format!("{base}{path}")).await, role, id)
}

/// Checks that a used link signed in (a redirect) and returns where to.
fn followed(res: reqwest::Response, role: Role, id: i32) -> String {
    assert_eq!(res.status().as_u16(), 303, "{role} {id} signs in");
    location(&res)
}

impl TestApp {
    /// A fresh one-time sign-in link (its path) for `role`'s `id`.
    pub async fn sign_in_link(&self, role: Role, id: i32) -> String {
        self.with_db(move |c| issue(c, role, id)).await
    }

    /// Signs `client` in as `role`'s `id` through a fresh link; returns where it landed.
    pub async fn sign_in_with(&self, client: &reqwest::Client, role: Role, id: i32) -> String {
        let path = self.sign_in_link(role, id).await;
        followed(use_link(client, &self.url(&path)).await, role, id)
    }

    /// Signs the app's own client in as `role`'s `id`; returns where it landed.
    pub async fn sign_in(&self, role: Role, id: i32) -> String {
        self.sign_in_with(&self.client, role, id).await
    }

    /// A new browser (no cookies shared with `self.client`) signed in as `role`'s `id`.
    pub async fn signed_in_as(&self, role: Role, id: i32) -> reqwest::Client {
        let client = self.new_client();
        self.sign_in_with(&client, role, id).await;
        client
    }
}
