//! Integration tests: the real app on a random port, over HTTP, on SQLite and (with
//! `TEST_DATABASE_URL`) on PostgreSQL. One binary so it links once.

mod helpers;

mod after;
mod approvals;
mod auth;
mod authz;
mod booking;
mod browser;
mod browser_privacy;
mod browser_supplier;
mod browser_supplier_ko;
mod cache;
mod cli;
mod crash;
mod doctor;
mod fuzz;
mod languages;
mod layout;
mod leaks;
mod mail;
mod meetings;
mod online;
mod online_changes;
mod online_interpreters;
mod online_links;
mod ops;
mod organizer_pages;
mod pages;
mod privacy;
mod race;
mod scheduling;
mod schema;
mod secrets;
mod setup;
mod shutdown;
mod staff;
mod supplier;
mod teams;
