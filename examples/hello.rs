//! The load benchmark's ceiling: the smallest actix-web server, answering "Hello, World!"
//! on one worker. `benches/load.sh` measures it in the same run as expomatch's pages
//! and reports each page's throughput as a share of this.
//!
//!     cargo run --release --example hello -- 127.0.0.1:18182

use actix_web::{App, HttpResponse, HttpServer, web};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:18182".to_owned());
    HttpServer::new(|| {
        App::new().route(
            "/",
            web::get().to(|| async {
                HttpResponse::Ok()
                    .content_type("text/plain")
                    .body("Hello, World!")
            }),
        )
    })
    .workers(1)
    .bind(addr)?
    .run()
    .await
}
