//! Nanoseconds per call of the locale formatters a page calls most, in English and
//! Korean, after the first call has built the locale's formatters (ICU4X, built once).
//!
//! `cargo bench --bench i18n_format` (ITERATIONS to change the 20 000 calls per case).

use std::hint::black_box;
use std::time::Instant;

use chrono::{NaiveDate, NaiveTime};
use expomatch::i18n::Locale;

fn main() {
    let iterations: u32 = std::env::var("ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    let day = NaiveDate::from_ymd_opt(2026, 9, 8).expect("date");
    let starts = day.and_time(NaiveTime::from_hms_opt(0, 0, 0).expect("time"));
    let ends = day.and_time(NaiveTime::from_hms_opt(0, 30, 0).expect("time"));
    let (lima, seoul) = (chrono_tz::America::Lima, chrono_tz::Asia::Seoul);
    println!("{iterations} calls per case");
    for t in [Locale::En, Locale::Ko] {
        let first = Instant::now();
        black_box(t.date(&day));
        println!(
            "{t:>3} first call (builds the formatters): {:>9} ns",
            first.elapsed().as_nanos()
        );
        let cases: [(&str, &dyn Fn() -> usize); 4] = [
            ("date", &|| t.date(black_box(&day)).len()),
            ("time_pair", &|| {
                t.time_pair(black_box(&starts), &ends, lima, seoul)
                    .local
                    .len()
            }),
            ("country", &|| t.country(black_box("KR")).len()),
            ("number", &|| t.number(black_box(&12_345_678)).len()),
        ];
        for (name, f) in cases {
            let start = Instant::now();
            for _ in 0..iterations {
                black_box(f());
            }
            let per_call = start.elapsed().as_nanos() / u128::from(iterations);
            println!("{t:>3} {name:<10} {per_call:>7} ns/call");
        }
    }
}
