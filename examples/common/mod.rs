//! What the load examples share: signing buyers in through their one-time links (as a
//! browser does), keeping their sessions in a file between runs, and reading the few
//! numbers they need out of the pages.

use std::time::Duration;

use reqwest::header::{COOKIE, SET_COOKIE};
use reqwest::{Client, StatusCode, redirect};

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// A signed-in buyer: the session cookie (`expomatch=…`) and the session's CSRF token.
#[derive(Clone)]
pub struct Buyer {
    pub cookie: String,
    pub csrf: String,
}

/// A client as the load examples want it: redirects are answers to count, not to follow.
pub fn client(connections: usize) -> Result<Client, Error> {
    Ok(Client::builder()
        .redirect(redirect::Policy::none())
        .pool_max_idle_per_host(connections)
        // actix closes a connection idle for 5 s (its keep-alive); one the client drops
        // first is never reused just as the server closes it (an error of the client's).
        .pool_idle_timeout(Duration::from_secs(2))
        .tcp_nodelay(true)
        .timeout(Duration::from_secs(30))
        .build()?)
}

/// The buyers' sessions: read from `sessions` when that file exists (the one-time links
/// work once), else signed in with the links in `links` and written there. `limit`
/// takes the first so many (all when None).
pub async fn buyers(
    client: &Client,
    links: &str,
    sessions: &str,
    limit: Option<usize>,
) -> Result<Vec<Buyer>, Error> {
    let limit = limit.unwrap_or(usize::MAX);
    if let Ok(text) = std::fs::read_to_string(sessions) {
        let buyers: Vec<Buyer> = text
            .lines()
            .filter_map(|l| l.split_once(' '))
            .map(|(cookie, csrf)| Buyer {
                cookie: cookie.to_owned(),
                csrf: csrf.to_owned(),
            })
            .take(limit)
            .collect();
        if buyers.len() < limit && limit != usize::MAX {
            return Err(format!(
                "{sessions} holds {} sessions, fewer than the {limit} asked for \
                 (its links were used up: start a fresh demo)",
                buyers.len()
            )
            .into());
        }
        return Ok(buyers);
    }
    let links: Vec<String> = std::fs::read_to_string(links)?
        .lines()
        .filter(|l| !l.is_empty())
        .take(limit)
        .map(str::to_owned)
        .collect();
    // Eight sign-ins at a time: 2,000 buyers one after the other take a while.
    let mut buyers: Vec<Option<Buyer>> = vec![None; links.len()];
    let mut started = 0;
    let mut running = tokio::task::JoinSet::new();
    while started < links.len() || !running.is_empty() {
        while started < links.len() && running.len() < 8 {
            let (client, link) = (client.clone(), links[started].clone());
            let at = started;
            running.spawn(async move { (at, sign_in(&client, &link).await) });
            started += 1;
        }
        if let Some(done) = running.join_next().await {
            let (at, buyer) = done?;
            buyers[at] = Some(buyer?);
        }
    }
    let buyers: Vec<Buyer> = buyers.into_iter().flatten().collect();
    let text: String = buyers
        .iter()
        .map(|b| format!("{} {}\n", b.cookie, b.csrf))
        .collect();
    std::fs::write(sessions, text)?;
    Ok(buyers)
}

/// Opens the one-time link and presses Continue, as a browser would.
pub async fn sign_in(client: &Client, link: &str) -> Result<Buyer, Error> {
    let page = client.get(link).send().await?;
    let cookie = session_cookie(&page).unwrap_or_default();
    let csrf = csrf_in(&page.text().await?).ok_or("no CSRF token on the sign-in page")?;
    let done = client
        .post(link)
        .header(COOKIE, &cookie)
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await?;
    if done.status() != StatusCode::SEE_OTHER {
        return Err(format!("signing in answered {}", done.status()).into());
    }
    let cookie = session_cookie(&done).ok_or("signing in set no session cookie")?;
    let base = link.split("/auth/").next().unwrap_or_default();
    let profile = client
        .get(format!("{base}/buyer/profile"))
        .header(COOKIE, &cookie)
        .send()
        .await?;
    // The first page with a form creates the session's CSRF token.
    let cookie = session_cookie(&profile).unwrap_or(cookie);
    let csrf = csrf_in(&profile.text().await?).ok_or("no CSRF token on the profile page")?;
    Ok(Buyer { cookie, csrf })
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("expomatch="))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

fn csrf_in(html: &str) -> Option<String> {
    let start = html.find(r#"name="csrf_token" value=""#)? + r#"name="csrf_token" value=""#.len();
    let len = html[start..].find('"')?;
    Some(html[start..start + len].to_owned())
}

/// Every number after `marker` in `html`, e.g. the slot ids of the booking buttons.
pub fn numbers_after(html: &str, marker: &str) -> Vec<i32> {
    html.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &html[at + marker.len()..];
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            rest[..end].parse().ok()
        })
        .collect()
}

/// The slots a supplier's page offers the buyer (the values of its booking form).
pub const SLOT_MARKER: &str = r#"name="slot" value=""#;
/// A supplier's link on the directory.
pub const SUPPLIER_MARKER: &str = r#"href="/buyer/suppliers/"#;
/// A meeting's cancel form on the buyer's agenda.
pub const MEETING_MARKER: &str = r#"action="/buyer/meetings/"#;

/// The page as the buyer sees it; anything but a 200 is an error here (for the setup
/// before the clock starts, where every page must work).
pub async fn get(client: &Client, buyer: &Buyer, url: &str) -> Result<String, Error> {
    let response = client.get(url).header(COOKIE, &buyer.cookie).send().await?;
    if response.status() != StatusCode::OK {
        return Err(format!("GET {url} answered {}", response.status()).into());
    }
    Ok(response.text().await?)
}
