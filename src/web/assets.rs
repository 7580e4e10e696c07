//! Static files, embedded in the binary so it runs from any directory. URLs carry a
//! content hash (`/static/app.css?v=…`), so browsers may cache them for a year.

use std::sync::LazyLock;

use actix_web::http::header::{self, CacheControl, CacheDirective};
use actix_web::{HttpRequest, HttpResponse, web};
use sha2::{Digest, Sha256};

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
    hash: String,
}

fn asset(name: &'static str, content_type: &'static str, bytes: &'static [u8]) -> Asset {
    Asset {
        name,
        content_type,
        bytes,
        hash: hex::encode(&Sha256::digest(bytes)[..6]),
    }
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    vec![
        asset(
            "app.css",
            "text/css; charset=utf-8",
            include_bytes!("../../static/css/app.css"),
        ),
        asset(
            "print.js",
            "text/javascript; charset=utf-8",
            include_bytes!("../../static/js/print.js"),
        ),
        asset(
            "favicon.svg",
            "image/svg+xml",
            include_bytes!("../../static/favicon.svg"),
        ),
        asset(
            "app.js",
            "text/javascript; charset=utf-8",
            include_bytes!("../../static/js/app.js"),
        ),
    ]
});

/// The versioned URL of an embedded asset.
pub fn url(name: &str) -> String {
    match ASSETS.iter().find(|a| a.name == name) {
        Some(a) => format!("/static/{}?v={}", a.name, a.hash),
        None => format!("/static/{name}"),
    }
}

pub async fn serve(req: HttpRequest, name: web::Path<String>) -> HttpResponse {
    let Some(asset) = ASSETS.iter().find(|a| a.name == name.as_str()) else {
        return super::errors::render_error(
            actix_web::http::StatusCode::NOT_FOUND,
            "errpage-404-title",
            crate::text!("errpage-no-file"),
        );
    };
    let versioned = req.query_string() == format!("v={}", asset.hash);
    let cache = if versioned {
        CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(31_536_000),
            CacheDirective::Extension("immutable".into(), None),
        ])
    } else {
        CacheControl(vec![CacheDirective::NoCache])
    };
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, asset.content_type))
        .insert_header(cache)
        .insert_header((header::ETAG, format!("\"{}\"", asset.hash)))
        .body(asset.bytes)
}
