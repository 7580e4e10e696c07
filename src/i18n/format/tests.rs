use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

const NBSP: char = '\u{a0}';

#[test]
fn every_locale_builds() {
    for l in Locale::OFFERED.iter().chain([&Locale::Pseudo]) {
        assert!(!l.date(&d(2026, 9, 8)).is_empty(), "{l}");
        assert!(!l.zone("Asia/Seoul").is_empty(), "{l}");
        assert!(!l.money(&100, "USD").is_empty(), "{l}");
    }
}

#[test]
fn korean_dates_and_times_read_as_koreans_write_them() {
    let k = Locale::Ko;
    assert_eq!(k.date(&d(2026, 9, 8)), "2026년 9월 8일 (화)");
    assert_eq!(k.day(&d(2026, 9, 8)), "9월 8일 (화)");
    assert_eq!(k.time(&hm(14, 0)), "오후 2:00");
    assert_eq!(k.time(&hm(9, 5)), "오전 9:05");
    assert_eq!(
        k.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 9))),
        "2026년 9월 8일~9일"
    );
    assert_eq!(k.time_range(&hm(16, 0), &hm(16, 30)), "오후 4:00~오후 4:30");
}

#[test]
fn english_keeps_the_british_order_and_the_24_hour_clock() {
    let e = Locale::En;
    assert_eq!(e.day(&d(2026, 9, 8)), "Tue 8 Sept");
    assert_eq!(e.date(&d(2026, 9, 8)), "Tue, 8 Sept 2026");
    assert_eq!(e.time(&hm(14, 0)), "14:00");
    assert_eq!(e.time_range(&hm(16, 0), &hm(16, 30)), "16:00–16:30");
    assert_eq!(
        e.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 9))),
        "8–9 September 2026"
    );
    assert_eq!(
        e.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 8))),
        "8 September 2026"
    );
    assert_eq!(e.date_range(&None, &None), "Dates to be announced");
}

#[test]
fn japanese_chinese_and_arabic_dates() {
    assert_eq!(Locale::Ja.date(&d(2026, 9, 8)), "2026年9月8日(火)");
    assert_eq!(Locale::Ja.day(&d(2026, 9, 8)), "9月8日(火)");
    assert_eq!(
        Locale::Ja.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 9))),
        "2026年9月8日～9日"
    );
    assert_eq!(Locale::ZhHans.date(&d(2026, 9, 8)), "2026年9月8日周二");
    assert_eq!(Locale::Ar.day(&d(2026, 9, 8)), "الثلاثاء، 8 سبتمبر");
    assert_eq!(
        Locale::Ar.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 9))),
        "8–9 سبتمبر 2026"
    );
    assert_eq!(Locale::Ar.time(&hm(14, 0)), "2:00 م");
    assert_eq!(
        Locale::Ru.date_range(&Some(d(2026, 9, 8)), &Some(d(2026, 9, 9))),
        "8–9 сентября 2026\u{202f}г."
    );
}

#[test]
fn numbers_group_as_each_language_does() {
    assert_eq!(Locale::En.number(&1_234_567), "1,234,567");
    assert_eq!(Locale::Ko.number(&1_234_567), "1,234,567");
    assert_eq!(
        Locale::Ru.number(&1_234_567),
        format!("1{NBSP}234{NBSP}567")
    );
    assert_eq!(Locale::Es.number(&1_234_567), "1.234.567");
    assert_eq!(Locale::En.number(&-1_234), "-1,234");
}

#[test]
fn money_has_the_currency_s_symbol_and_decimals() {
    assert_eq!(Locale::En.money(&12_500_000, "KRW"), "₩12,500,000");
    assert_eq!(Locale::En.money(&1_250_000, "USD"), "US$12,500.00");
    assert_eq!(Locale::Ko.money(&12_500_000, "KRW"), "₩12,500,000");
    assert_eq!(Locale::Ko.money(&1_250_000, "USD"), "US$12,500.00");
    assert_eq!(Locale::Ja.money(&1_250_000, "USD"), "$12,500.00");
    assert_eq!(Locale::En.money(&12_345, "JPY"), "JP¥12,345");
    // Asked twice: the second answer comes from the cached formatter.
    assert_eq!(Locale::En.money(&1_250_000, "USD"), "US$12,500.00");
    assert!(Locale::En.money(&100, "??").starts_with("??"));
}

#[test]
fn countries_and_languages_in_the_reader_s_language() {
    assert_eq!(Locale::Ko.country("KR"), "대한민국");
    assert_eq!(Locale::Ko.country("VN"), "베트남");
    assert_eq!(Locale::Ja.country("KR"), "韓国");
    assert_eq!(Locale::Ar.country("KR"), "كوريا الجنوبية");
    assert_eq!(Locale::Ko.language("ko"), "한국어");
    assert_eq!(Locale::Es.language("ko"), "coreano");
    // English keeps the product's own names.
    assert_eq!(Locale::En.country("KR"), "South Korea");
    assert_eq!(Locale::En.country("CD"), "Democratic Republic of the Congo");
    assert_eq!(Locale::En.language("ko"), "Korean");
    assert_eq!(Locale::Ko.country("ZZ9"), "ZZ9");
    assert_eq!(Locale::Ko.language("xx-yy-zz"), "xx-yy-zz");
}

#[test]
fn korean_sorts_country_names_in_ganada_order() {
    let names: Vec<String> = ["VN", "KR", "DE", "GH", "JP"]
        .iter()
        .map(|c| Locale::Ko.country(c))
        .collect();
    let sorted = Locale::Ko.sorted(names.iter().map(|n| ((), n.clone())).collect());
    let sorted: Vec<&str> = sorted.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(sorted, ["가나", "대한민국", "독일", "베트남", "일본"]);
    let all = Locale::Ko.countries();
    assert_eq!(all.len(), reference::COUNTRIES.len());
    assert_eq!(all[0].1, "가나");
}

#[test]
fn english_sorts_accented_names_beside_their_letter() {
    let all = Locale::En.countries();
    let pos = |code| all.iter().position(|(c, _)| *c == code).expect("listed");
    assert!(pos("AX") < pos("AL"), "Åland Islands before Albania");
    assert!(pos("AX") < pos("ZW"));
}

#[test]
fn sectors_in_every_language_match_the_seeded_list() {
    for (code, en, ko) in reference::SECTORS {
        assert_eq!(Locale::En.sector(code), *en, "{code}");
        assert_eq!(Locale::Ko.sector(code), *ko, "{code}");
        for l in Locale::OFFERED {
            assert!(l.has(&format!("sector-{code}")), "{l} sector-{code}");
        }
    }
    assert_eq!(Locale::Ja.sector("water"), "水処理・環境");
    assert_eq!(Locale::Ko.sector("nope"), "nope");
}

#[test]
fn zones_read_as_places() {
    assert_eq!(Locale::En.zone("Asia/Seoul"), "South Korea Time");
    assert_eq!(Locale::Ko.zone("Asia/Seoul"), "한국 시간");
    assert_eq!(Locale::En.zone("America/Lima"), "Peru Time");
    assert_eq!(Locale::Ko.zone("Mars/Olympus"), "Mars/Olympus");
}

#[test]
fn a_seoul_meeting_for_a_lima_buyer_in_korean() {
    let utc = |h| d(2026, 9, 8).and_time(hm(h, 0));
    let p = Locale::Ko.time_pair(
        &utc(0),
        &(utc(0) + chrono::Duration::minutes(30)),
        chrono_tz::America::Lima,
        chrono_tz::Asia::Seoul,
    );
    assert_eq!(p.local, "9월 7일 (월) · 오후 7:00~오후 7:30");
    assert_eq!(p.venue, "현지 시간 9월 8일 (화) · 오전 9:00~오전 9:30");
    assert!(p.different_day);
}

#[test]
fn pseudo_formats_as_english_and_marks_words() {
    let day = d(2026, 9, 8);
    // Words (day and month names, countries) are marked as the catalogue marks its
    // messages, so the pseudo-locale crawl can tell them from untranslated text.
    assert_eq!(
        Locale::Pseudo.date(&day),
        format!("⟦{}⟧", Locale::En.date(&day))
    );
    assert_eq!(Locale::Pseudo.time(&hm(9, 0)), Locale::En.time(&hm(9, 0)));
    assert_eq!(Locale::Pseudo.number(&12_500), Locale::En.number(&12_500));
    assert_eq!(Locale::Pseudo.country("KR"), "⟦South Korea⟧");
    assert_eq!(
        Locale::Pseudo.money(&1_250_000, "USD"),
        Locale::En.money(&1_250_000, "USD")
    );
}

#[test]
fn emails_label_both_clocks_with_their_zones_venue_first() {
    let at = |h| d(2026, 9, 8).and_time(hm(h, 0));
    let half = chrono::Duration::minutes(30);
    let (seoul, berlin, lima) = (
        chrono_tz::Asia::Seoul,
        chrono_tz::Europe::Berlin,
        chrono_tz::America::Lima,
    );
    assert_eq!(
        Locale::En.zoned_times(&at(5), &(at(5) + half), berlin, seoul),
        "Tue 8 Sept · 14:00–14:30 KST · 07:00–07:30 CEST"
    );
    // The zone database names Lima's zone only by its offset; the reader's day differs.
    assert_eq!(
        Locale::En.zoned_times(&at(0), &(at(0) + half), lima, seoul),
        "Tue 8 Sept · 09:00–09:30 KST · Mon 7 Sept · 19:00–19:30 UTC\u{2212}5"
    );
    assert_eq!(
        Locale::Ko.zoned_times(&at(0), &(at(0) + half), lima, seoul),
        "9월 8일 (화) · 오전 9:00~오전 9:30 KST · 9월 7일 (월) · 오후 7:00~오후 7:30 UTC\u{2212}5"
    );
    // One clock when the reader is at the venue's zone.
    assert_eq!(
        Locale::En.zoned_times(&at(0), &(at(0) + half), seoul, seoul),
        "Tue 8 Sept · 09:00–09:30 KST"
    );
    assert_eq!(
        Locale::En.zoned_instant(&at(9), chrono_tz::Asia::Kolkata, seoul),
        "Tue 8 Sept · 18:00 KST · 14:30 IST"
    );
    assert_eq!(
        Locale::En.zoned_instant(&at(9), chrono_tz::Etc::UTC, seoul),
        "Tue 8 Sept · 18:00 KST · 09:00 UTC"
    );
}
