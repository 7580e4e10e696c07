//! The test harness: `TestApp` (the real app on its own database), signing in, running a
//! test on both databases, and reading pages.

mod app;
mod backends;
mod expos;
mod html;
mod secrets;
mod sign_in;

pub use app::{Options, TestApp, client_with_cookies, test_client};
pub use backends::{Backend, drop_postgres_schema, fresh_postgres_schema, postgres_url, run_on};
pub use expos::open_expo;
pub use html::{csrf_in, location, select_text};
pub use secrets::{new_feed_address, secret_tails};
pub use sign_in::{sign_in_at, use_link};
