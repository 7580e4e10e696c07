//! Every email in its recipient's language: a Japanese buyer and a Korean supplier
//! read the same request and meeting each in their own.

use super::*;
use expomatch::db::schema::meeting_requests;
use scraper::Html;

/// Subject, text and HTML of a delivered message, and its calendar when it has one.
struct Letter {
    to: String,
    subject: String,
    text: String,
    html: String,
    calendar: Option<Calendar>,
}

fn letter(raw: &[u8]) -> Letter {
    let msg = MessageParser::default().parse(raw).expect("a MIME message");
    let calendar = msg
        .parts
        .iter()
        .find(|p| {
            p.content_type()
                .is_some_and(|ct| ct.ctype() == "text" && ct.subtype() == Some("calendar"))
        })
        .map(|p| {
            p.text_contents()
                .expect("calendar text")
                .parse::<Calendar>()
                .expect("the calendar part parses")
        });
    Letter {
        to: msg
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned(),
        subject: msg.subject().unwrap_or_default().to_owned(),
        text: msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: msg.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        calendar,
    }
}

/// Words of the English templates that must not reach a reader of another language.
const ENGLISH: [&str; 9] = [
    "Dear ",
    "Meeting booked",
    "accepted your",
    "With:",
    "Where:",
    "Open your agenda",
    "your agenda:",
    "Export consultation",
    "Privacy notice",
];

fn no_english(l: &Letter) {
    for word in ENGLISH {
        for (part, body) in [
            ("subject", &l.subject),
            ("text", &l.text),
            ("html", &l.html),
        ] {
            assert!(
                !body.contains(word),
                "{}: {word:?} in the {part}:\n{body}",
                l.to
            );
        }
    }
}

async fn a_japanese_buyer_and_a_korean_supplier_each_read_their_own_language(app: TestApp) {
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let app = app_with_smtp(backend, &smtp).await;
    let (buyer, supplier, buyer_email, supplier_email) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let (buyer, buyer_email): (i32, String) = buyers::table
                .select((buyers::id, buyers::email))
                .order(buyers::id)
                .first(c)
                .expect("buyer");
            let (supplier, supplier_email): (i32, String) = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .select((suppliers::id, suppliers::email))
                .order(suppliers::id)
                .first(c)
                .expect("supplier");
            (buyer, supplier, buyer_email, supplier_email)
        })
        .await;
    // The buyer switches to Japanese and asks to meet the supplier.
    app.sign_in(Role::Buyer, buyer).await;
    app.get("/language/ja").await;
    let page = format!("/buyer/suppliers/{supplier}");
    let res = app
        .post_form(
            &page,
            &format!("{page}/request"),
            &[("priority", "must"), ("message", "ポンプについて")],
        )
        .await;
    assert_eq!(location(&res), "/buyer/requests");
    let request: i32 = app
        .with_db(move |c| {
            meeting_requests::table
                .filter(meeting_requests::buyer_id.eq(buyer))
                .filter(meeting_requests::supplier_id.eq(supplier))
                .select(meeting_requests::id)
                .first(c)
                .expect("request")
        })
        .await;
    // The supplier reads its pages in Korean and accepts.
    let client = app.signed_in_as(Role::Supplier, supplier).await;
    client
        .get(app.url("/language/ko"))
        .send()
        .await
        .expect("switch");
    let html = Html::parse_document(
        &client
            .get(app.url("/supplier/requests"))
            .send()
            .await
            .expect("requests page")
            .text()
            .await
            .expect("body"),
    );
    let res = client
        .post(app.url(&format!("/supplier/requests/{request}/answer")))
        .form(&[
            ("decision", "accept"),
            ("reason", ""),
            ("csrf_token", &csrf_in(&html)),
        ])
        .send()
        .await
        .expect("accept");
    assert!(res.status().is_success() || res.status().is_redirection());

    let received = smtp.wait_for(2).await;
    let letters: Vec<Letter> = received.iter().map(|r| letter(r)).collect();
    let to_supplier = letters
        .iter()
        .find(|l| l.to == supplier_email)
        .expect("the supplier is told of the request");
    assert!(
        to_supplier.subject.starts_with("상담 요청"),
        "{}",
        to_supplier.subject
    );
    assert!(to_supplier.html.contains("<html lang=\"ko\""));
    let to_buyer = letters
        .iter()
        .find(|l| l.to == buyer_email)
        .expect("the buyer is told of the answer");
    assert!(
        to_buyer.subject.contains("商談リクエストを承諾しました"),
        "{}",
        to_buyer.subject
    );
    assert!(to_buyer.text.contains("様"), "{}", to_buyer.text);
    assert!(
        to_buyer.text.contains("プライバシーポリシー"),
        "{}",
        to_buyer.text
    );
    assert!(to_buyer.html.contains("<html lang=\"ja\" dir=\"ltr\""));
    no_english(to_buyer);

    // The organizer schedules it: the booking reaches each side with its calendar file.
    let base = app.address.clone();
    app.with_db(move |c| {
        let busy: Vec<i32> = meetings::table
            .filter(
                meetings::buyer_id
                    .eq(buyer)
                    .or(meetings::supplier_id.eq(supplier)),
            )
            .select(meetings::slot_id)
            .load(c)
            .expect("busy");
        let (slot, expo): (i32, i32) = slots::table
            .filter(slots::id.ne_all(&busy))
            .select((slots::id, slots::expo_id))
            .order(slots::id)
            .first(c)
            .expect("a free slot");
        let taken: Vec<i32> = meetings::table
            .filter(meetings::slot_id.eq(slot))
            .select(meetings::table_id)
            .load(c)
            .expect("tables");
        let table: i32 = consultation_tables::table
            .filter(consultation_tables::id.ne_all(taken))
            .select(consultation_tables::id)
            .order(consultation_tables::id)
            .first(c)
            .expect("a free table");
        let ctx = MailContext::new(&base, "Expo <expo@kotra.example>".parse().expect("from"));
        c.write_tx(|c| {
            let id = m::book(
                c,
                &m::NewMeeting {
                    expo: ExpoId(expo),
                    slot: SlotId(slot),
                    table: TableId(table),
                    buyer: BuyerId(buyer),
                    supplier: SupplierId(supplier),
                    source: "organizer",
                    mode: expomatch::domain::status::MeetingMode::Table,
                },
                store::now(),
            )?;
            queue_meeting_change(c, id, MeetingChange::Booked, &ctx, store::now())
                .map_err(|e| store::StoreError::Conflict(e.to_string()))?;
            Ok::<_, store::StoreError>(id)
        })
        .expect("booking");
    })
    .await;
    let received = smtp.wait_for(4).await;
    let letters: Vec<Letter> = received[2..].iter().map(|r| letter(r)).collect();
    let summary = |l: &Letter| {
        event_of(l.calendar.as_ref().expect("a calendar part"))
            .get_summary()
            .unwrap_or_default()
            .to_owned()
    };
    let to_buyer = letters
        .iter()
        .find(|l| l.to == buyer_email)
        .expect("the buyer's invitation");
    assert!(
        to_buyer.subject.starts_with("商談予約確定："),
        "{}",
        to_buyer.subject
    );
    assert!(to_buyer.text.contains("商談相手"), "{}", to_buyer.text);
    assert!(
        to_buyer.text.contains("添付の招待ファイル"),
        "{}",
        to_buyer.text
    );
    no_english(to_buyer);
    assert!(
        summary(to_buyer).starts_with("輸出商談："),
        "{}",
        summary(to_buyer)
    );
    let to_supplier = letters
        .iter()
        .find(|l| l.to == supplier_email)
        .expect("the supplier's invitation");
    assert!(
        to_supplier.subject.starts_with("상담 예약 확정:"),
        "{}",
        to_supplier.subject
    );
    assert!(
        to_supplier.text.contains("현지 시각"),
        "{}",
        to_supplier.text
    );
    assert!(
        summary(to_supplier).starts_with("수출상담:"),
        "{}",
        summary(to_supplier)
    );
}
on_both_databases!(a_japanese_buyer_and_a_korean_supplier_each_read_their_own_language);
