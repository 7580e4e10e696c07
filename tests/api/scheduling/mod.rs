//! Requests that expire, and the organizer's scheduling flow: accepted requests in, a
//! draft schedule out, published as meetings with each participant's agenda emailed.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{buyers, expos, meeting_requests, outbox, suppliers};
use expomatch::domain::{BuyerId, SupplierId};
use expomatch::flows::requests::{self, Priority};
use expomatch::mail::messages::MailContext;
use expomatch::store;

use crate::helpers::*;
use crate::on_both_databases;

mod from_requests;
pub(crate) mod improve;
mod reruns;

fn with_ctx<T>(f: impl FnOnce(&MailContext) -> T) -> T {
    let from = "Expo Team <expo@kotra.example>".parse().expect("from");
    f(&MailContext::new("http://127.0.0.1:1", from))
}
