//! Finding the forms: crawling each role's pages and matching paths to the router's routes.

use super::*;

pub(super) async fn app_get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, Html) {
    let res = client.get(app.url(path)).send().await.expect("GET");
    let status = res.status().as_u16();
    (
        status,
        Html::parse_document(&res.text().await.expect("body")),
    )
}

/// POST routes whose only input is a secret in the path (a one-time token): the token
/// is fuzzed instead, together with whatever fields their forms take.
pub(super) const TOKEN_PATHS: &[(&str, &[&str])] = &[
    ("/auth/link/{token}", &[]),
    ("/register/verify/{token}", &[]),
    ("/signin/reset/{token}", &["password"]),
];

#[derive(Clone, Debug)]
pub(super) struct Field {
    pub(super) name: String,
    /// The input's `type`, or `select`, `textarea`, `button`.
    pub(super) kind: String,
    pub(super) value: String,
    pub(super) options: Vec<String>,
    pub(super) checked: bool,
}

#[derive(Clone, Debug)]
pub(super) struct Form {
    /// The page it was found on.
    pub(super) page: String,
    pub(super) post: bool,
    /// The action, with its query string.
    pub(super) action: String,
    pub(super) multipart: bool,
    pub(super) fields: Vec<Field>,
}

/// The route pattern (`/organizer/expos/{id}`) a path belongs to, for `method`.
pub(crate) fn route_of(method: &str, path: &str) -> Option<String> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let matches = |pattern: &str| {
        let (p, s): (Vec<&str>, Vec<&str>) =
            (pattern.split('/').collect(), path.split('/').collect());
        p.len() == s.len()
            && p.iter().zip(&s).all(|(p, s)| match p.find('{') {
                None => p == s,
                Some(open) => {
                    let close = p.rfind('}').map_or(p.len(), |c| c + 1);
                    s.len() > open + (p.len() - close)
                        && s.starts_with(&p[..open])
                        && s.ends_with(&p[close..])
                }
            })
    };
    // Literal routes win over parameter ones (`/buyer/requests/new` over `{id}`).
    let mut found: Vec<String> = routes()
        .into_iter()
        .filter(|(m, p)| m == method && matches(p))
        .map(|(_, p)| p)
        .collect();
    found.sort_by_key(|p| p.matches('{').count());
    found.into_iter().next()
}

pub(super) fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e:?}"))
}

pub(super) fn forms_in(page: &str, html: &Html) -> Vec<Form> {
    let field_sel = sel("input[name], select[name], textarea[name], button[name]");
    let option_sel = sel("option");
    html.select(&sel("form"))
        .map(|form| {
            let attr = |a: &str| form.value().attr(a).unwrap_or_default().to_owned();
            let action = match attr("action") {
                a if a.is_empty() => page.to_owned(),
                a => a,
            };
            let fields = form
                .select(&field_sel)
                .map(|e: ElementRef<'_>| {
                    let v = e.value();
                    let tag = v.name();
                    let kind = match tag {
                        "input" => v.attr("type").unwrap_or("text").to_lowercase(),
                        other => other.to_owned(),
                    };
                    let options: Vec<String> = e
                        .select(&option_sel)
                        .map(|o| {
                            o.value()
                                .attr("value")
                                .map_or_else(|| o.text().collect(), str::to_owned)
                        })
                        .collect();
                    let value = match tag {
                        "textarea" => e.text().collect(),
                        "select" => e
                            .select(&option_sel)
                            .find(|o| o.value().attr("selected").is_some())
                            .and_then(|o| o.value().attr("value").map(str::to_owned))
                            .or_else(|| options.first().cloned())
                            .unwrap_or_default(),
                        _ => v.attr("value").unwrap_or_default().to_owned(),
                    };
                    Field {
                        name: v.attr("name").unwrap_or_default().to_owned(),
                        kind,
                        value,
                        options,
                        checked: v.attr("checked").is_some(),
                    }
                })
                .collect();
            Form {
                page: page.to_owned(),
                post: attr("method").eq_ignore_ascii_case("post"),
                action,
                multipart: attr("enctype") == "multipart/form-data",
                fields,
            }
        })
        .collect()
}

/// Same-site page links worth following from `html`.
pub(super) fn links_in(html: &Html) -> Vec<String> {
    html.select(&sel("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| h.starts_with('/') && !h.starts_with("//"))
        .filter(|h| {
            let path = h.split(['?', '#']).next().unwrap_or_default();
            // The language switcher would change the crawler's language mid-way.
            !path.starts_with("/static/")
                && !path.starts_with("/language/")
                && !path.starts_with("/auth/")
                && !path.starts_with("/calendar/")
                && ![".ics", ".csv", ".xlsx", ".svg", ".png"]
                    .iter()
                    .any(|ext| path.ends_with(ext))
        })
        .map(str::to_owned)
        .collect()
}

/// Pages of one role, following links from `starts` within `area` (a path prefix, or
/// "" for the public pages): at most `per_route` pages per GET route.
pub(crate) async fn crawl(
    app: &TestApp,
    client: &reqwest::Client,
    starts: &[&str],
    area: &str,
    per_route: usize,
) -> Vec<(String, String)> {
    let mut queue: Vec<String> = starts.iter().map(|s| (*s).to_owned()).collect();
    let mut seen = BTreeSet::new();
    let mut per: BTreeMap<String, usize> = BTreeMap::new();
    let mut pages = Vec::new();
    while let Some(url) = queue.pop() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let path = url.split(['?', '#']).next().unwrap_or_default();
        let in_area = if area.is_empty() {
            !["/organizer", "/buyer", "/supplier"]
                .iter()
                .any(|a| path.starts_with(a))
        } else {
            path.starts_with(area)
        };
        let Some(route) = route_of("GET", path) else {
            continue;
        };
        let n = per.entry(route).or_default();
        if !in_area || *n >= per_route {
            continue;
        }
        *n += 1;
        let res = client.get(app.url(&url)).send().await.expect("GET");
        let status = res.status().as_u16();
        assert!(status < 500, "GET {url} answered {status}");
        let is_html = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html"));
        if status != 200 || !is_html {
            continue;
        }
        let body = res.text().await.expect("body");
        let html = Html::parse_document(&body);
        // Depth first, in page order: a role's main pages come before the long lists.
        let mut links = links_in(&html);
        links.reverse();
        queue.extend(links);
        pages.push((url, body));
    }
    pages
}
