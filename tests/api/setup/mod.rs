//! An organizer sets up an expo from nothing: settings, a day, tables, a buyer.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, consultation_tables, expos, outbox, slots};
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers};

use crate::helpers::*;
use crate::on_both_databases;

mod expo;
mod import;
mod language;
