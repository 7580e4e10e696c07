//! Sample mail: one or more queued messages of every kind the product sends.

use diesel::prelude::*;

use super::DemoLinks;
use crate::db::DbConnection;
use crate::db::schema::slots;
use crate::db::schema::suppliers as suppliers_t;
use crate::domain::status::{MeetingStatus, RequestStatus, SupplierStatus};
use crate::domain::{BuyerId, EmailAddress, Role, SupplierId};
use crate::store;
use crate::store::tokens;

/// Queues one or more messages of every kind the product sends, as a real expo would
/// have produced them by now, so the organizer's Email page shows them all: every
/// buyer's invitation, both sides' confirmation of every booked meeting, a moved and
/// a cancelled meeting, requests received, accepted and declined, a published agenda,
/// a reminder, supplier decisions and a sign-in link.
pub fn queue_sample_mail(
    conn: &mut DbConnection,
    links: &DemoLinks,
    ctx: &crate::mail::MailContext,
) -> Result<usize, crate::mail::QueueError> {
    use crate::db::schema::{buyers, consultation_days, meeting_requests, meetings as m};
    use crate::mail::messages::{self as msg, AgendaKind, MeetingChange, RequestEvent};
    let now = store::now();
    conn.write_tx(|conn| {
        let buyer_ids: Vec<i32> = buyers::table.select(buyers::id).order(buyers::id).load(conn)?;
        for id in &buyer_ids {
            msg::queue_invitation(conn, BuyerId(*id), ctx, now)?;
        }
        let meeting_ids: Vec<i32> = m::table.select(m::id).order(m::id).load(conn)?;
        for id in &meeting_ids {
            msg::queue_meeting_change(conn, crate::domain::MeetingId(*id), MeetingChange::Booked, ctx, now)?;
        }
        // The demo buyer's first meeting moves to a slot where both sides and a table
        // are free; its last one is cancelled.
        let mine: Vec<(i32, i32, i32)> = m::table
            .filter(m::buyer_id.eq(links.buyer_id.0))
            .order(m::slot_id)
            .select((m::id, m::supplier_id, m::slot_id))
            .load(conn)?;
        if let Some(&(meeting, supplier, slot)) = mine.first()
            && let Some((free_slot, table)) = free_slot_for(conn, links.buyer_id.0, supplier, slot)?
        {
            diesel::update(m::table.find(meeting))
                .set((m::slot_id.eq(free_slot), m::table_id.eq(table)))
                .execute(conn)?;
            msg::queue_meeting_change(conn, crate::domain::MeetingId(meeting), MeetingChange::Moved, ctx, now)?;
        }
        if let Some(&(meeting, _, _)) = mine.last().filter(|_| mine.len() > 1) {
            diesel::update(m::table.find(meeting))
                .set((m::status.eq(MeetingStatus::Cancelled), m::cancel_reason.eq("Flight delayed"), m::cancelled_at.eq(Some(now))))
                .execute(conn)?;
            let reason = "My flight is delayed; I will arrive in the afternoon.";
            msg::queue_meeting_change(conn, crate::domain::MeetingId(meeting), MeetingChange::Cancelled { reason }, ctx, now)?;
        }
        // Requests: to the demo supplier, one of each answer.
        let expo: i32 = buyers::table.find(links.buyer_id.0).select(buyers::expo_id).first(conn)?;
        let answers = [(RequestStatus::Pending, None), (RequestStatus::Accepted, None), (RequestStatus::Declined, Some("We do not export to this market yet."))];
        // From the last buyers who have no request to that supplier yet.
        let asked: Vec<i32> = meeting_requests::table
            .filter(meeting_requests::supplier_id.eq(links.supplier_id.0))
            .select(meeting_requests::buyer_id)
            .load(conn)?;
        let mut askers = buyer_ids.iter().rev().filter(|b| !asked.contains(b));
        for (i, (status, reason)) in answers.iter().enumerate() {
            let Some(&buyer) = askers.next() else { continue };
            let id: i32 = diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(buyer),
                    meeting_requests::supplier_id.eq(links.supplier_id.0),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::priority.eq(if i == 0 { "must" } else { "would_like" }),
                    meeting_requests::message.eq("We would like to learn about your products for our 2027 tender."),
                    meeting_requests::status.eq(status),
                    meeting_requests::response_reason.eq(reason.unwrap_or("")),
                    meeting_requests::created_at.eq(now),
                ))
                .returning(meeting_requests::id)
                .get_result(conn)?;
            let event = match reason {
                Some(reason) => RequestEvent::Declined { reason },
                None if *status == RequestStatus::Accepted => RequestEvent::Accepted,
                None => RequestEvent::Received,
            };
            msg::queue_request_event(conn, id, event, ctx, now)?;
        }
        msg::queue_agenda(conn, Role::Buyer, links.buyer_id.0, AgendaKind::Published, ctx, now)?;
        msg::queue_agenda(conn, Role::Supplier, links.supplier_id.0, AgendaKind::Published, ctx, now)?;
        let first_day: Option<chrono::NaiveDate> = consultation_days::table
            .select(consultation_days::day)
            .order(consultation_days::day)
            .first(conn)
            .optional()?;
        if let Some(day) = first_day {
            msg::queue_agenda(conn, Role::Buyer, links.buyer_id.0, AgendaKind::Reminder(day), ctx, now)?;
        }
        msg::queue_supplier_decision(conn, links.supplier_id, true, "", ctx, now)?;
        let pending: Option<i32> = suppliers_t::table
            .filter(suppliers_t::status.eq(SupplierStatus::Pending))
            .select(suppliers_t::id)
            .order(suppliers_t::id)
            .first(conn)
            .optional()?;
        if let Some(id) = pending {
            let reason = "The business registration certificate is missing; please upload it and register again.";
            diesel::update(suppliers_t::table.find(id))
                .set((suppliers_t::status.eq(SupplierStatus::Rejected), suppliers_t::status_reason.eq(reason)))
                .execute(conn)?;
            msg::queue_supplier_decision(conn, SupplierId(id), false, reason, ctx, now)?;
        }
        // A supplier that has not confirmed its email yet gets its verification link;
        // the demo supplier asked to reset its password; someone registered again with
        // an address that already has an account.
        let unverified: Option<(i32, String, String, String)> = suppliers_t::table
            .filter(suppliers_t::status.eq(SupplierStatus::Unverified))
            .select((suppliers_t::id, suppliers_t::email, suppliers_t::contact_name, suppliers_t::company_name_en))
            .first(conn)
            .optional()?;
        let expo_name: String = crate::db::schema::expos::table.find(expo).select(crate::db::schema::expos::name).first(conn)?;
        let letters = {
            let mut letters = Vec::new();
            if let Some((id, email, contact, company)) = unverified {
                let lifetime = crate::domain::token::Purpose::VerifyEmail.lifetime();
                let token = tokens::issue(conn, Role::Supplier, id, crate::domain::token::Purpose::VerifyEmail, lifetime, now)?;
                let link = format!("{}/register/verify/{}", ctx.base_url(), token.as_str());
                letters.push((email, crate::mail::supplier::verify_email(crate::i18n::Locale::Ko, &contact, &company, &expo_name, &link, lifetime.num_days())?));
            }
            let (supplier_email, supplier_contact): (String, String) = suppliers_t::table
                .find(links.supplier_id.0)
                .select((suppliers_t::email, suppliers_t::contact_name))
                .first(conn)?;
            let lifetime = crate::domain::token::Purpose::PasswordReset.lifetime();
            let token = tokens::issue(conn, Role::Supplier, links.supplier_id.0, crate::domain::token::Purpose::PasswordReset, lifetime, now)?;
            let link = format!("{}/signin/reset/{}", ctx.base_url(), token.as_str());
            letters.push((supplier_email.clone(), crate::mail::supplier::password_reset(crate::i18n::Locale::Ko, &supplier_contact, &link, lifetime.num_minutes())?));
            let token = tokens::issue(conn, Role::Supplier, links.supplier_id.0, crate::domain::token::Purpose::PasswordReset, lifetime, now)?;
            let link = format!("{}/signin/reset/{}", ctx.base_url(), token.as_str());
            letters.push((supplier_email, crate::mail::supplier::account_exists(crate::i18n::Locale::Ko, &expo_name, &link, lifetime.num_minutes())?));
            letters
        };
        for (to, letter) in &letters {
            crate::store::outbox::enqueue(
                conn,
                &crate::store::outbox::NewMessage {
                    kind: letter.kind,
                    to_address: to,
                    to_name: &letter.to_name,
                    subject: &letter.subject,
                    body_text: &letter.text,
                    body_html: Some(&letter.html),
                    expo: Some(crate::domain::ExpoId(expo)),
                },
                now,
            )?;
        }
        let buyer_email: String = buyers::table.find(links.buyer_id.0).select(buyers::email).first(conn)?;
        let email = EmailAddress::parse(&buyer_email).map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        crate::mail::queue_sign_in_links(conn, &email, ctx.base_url(), crate::i18n::Locale::En, now)?;
        let total: i64 = crate::db::schema::outbox::table.count().get_result(conn)?;
        Ok(usize::try_from(total).unwrap_or(0))
    })
}

/// A slot (other than `avoid`) where the buyer and the supplier are both free, with a
/// free table.
fn free_slot_for(
    conn: &mut DbConnection,
    buyer: i32,
    supplier: i32,
    avoid: i32,
) -> QueryResult<Option<(i32, i32)>> {
    use crate::db::schema::{consultation_tables, meetings as m};
    let live = || m::table.filter(m::status.eq_any(MeetingStatus::LIVE));
    let busy: Vec<i32> = live()
        .filter(m::buyer_id.eq(buyer).or(m::supplier_id.eq(supplier)))
        .select(m::slot_id)
        .load(conn)?;
    let candidates: Vec<i32> = slots::table
        .filter(slots::id.ne_all(busy))
        .filter(slots::id.ne(avoid))
        .order(slots::starts_at)
        .select(slots::id)
        .load(conn)?;
    for slot in candidates {
        let taken: Vec<i32> = live()
            .filter(m::slot_id.eq(slot))
            .select(m::table_id)
            .load(conn)?;
        let table: Option<i32> = consultation_tables::table
            .filter(consultation_tables::id.ne_all(taken))
            .order(consultation_tables::position)
            .select(consultation_tables::id)
            .first(conn)
            .optional()?;
        if let Some(table) = table {
            return Ok(Some((slot, table)));
        }
    }
    Ok(None)
}
