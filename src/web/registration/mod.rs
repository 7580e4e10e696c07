//! Public pages for suppliers: registration, email verification, password sign-in
//! and password reset. No answer here reveals whether an email is registered.

mod forgot;
mod link_problem;
mod register;
mod reset;
mod sign_in;
mod verify;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/register", web::get().to(register::register_form))
        .route("/register", web::post().to(register::register))
        .route("/register/sent", web::get().to(register::register_sent))
        .route(
            "/register/verify/{token}",
            web::get().to(verify::show_verify),
        )
        .route("/register/verify/{token}", web::post().to(verify::verify))
        .route("/signin/supplier", web::get().to(sign_in::sign_in_form))
        .route("/signin/supplier", web::post().to(sign_in::sign_in))
        .route("/signin/forgot", web::get().to(forgot::forgot_form))
        .route("/signin/forgot", web::post().to(forgot::forgot))
        .route("/signin/forgot/sent", web::get().to(forgot::forgot_sent))
        .route("/signin/reset/{token}", web::get().to(reset::reset_form))
        .route("/signin/reset/{token}", web::post().to(reset::reset));
}
