use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

#[test]
fn dump() {
    for l in Locale::OFFERED {
        eprintln!(
            "{l}: day={} | date={} | short={} | time={} {} | dt={} | range={} / {} / {} | tr={} | n={} | money={} {} {} | country={} {} | lang={} | zone={} {}",
            l.day(&d(2026, 9, 8)),
            l.date(&d(2026, 9, 8)),
            l.short_date(&d(2026, 9, 8)),
            l.time(&hm(14, 0)),
            l.time(&hm(9, 5)),
            l.date_time(&d(2026, 9, 8).and_time(hm(14, 0))),
            l.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 9))),
            l.date_range(&Some(d(2026, 9, 30)), &Some(d(2026, 10, 1))),
            l.date_range(&Some(d(2026, 12, 30)), &Some(d(2027, 1, 2))),
            l.time_range(&hm(16, 0), &hm(16, 30)),
            l.number(&1234567),
            l.money(&12_500_000, "KRW"),
            l.money(&1_250_000, "USD"),
            l.money(&-1_250_000, "EUR"),
            l.country("KR"),
            l.country("CI"),
            l.language("ko"),
            l.zone("Asia/Seoul"),
            l.zone("America/Lima"),
        );
    }
}
