// The diesel view of migrations/{sqlite,postgres}. Written by hand to match both
// trees (tests/api/schema.rs checks the two trees agree; every query compiled against
// this file and run on both databases in the tests checks the rest).

diesel::table! {
    organizers (id) {
        id -> Integer,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        created_at -> Timestamp,
        locale -> Nullable<Text>,
        site_admin -> Bool,
    }
}

diesel::table! {
    sectors (id) {
        id -> Integer,
        code -> Text,
        name_en -> Text,
        name_ko -> Text,
        position -> Integer,
    }
}

diesel::table! {
    expos (id) {
        id -> Integer,
        name -> Text,
        venue -> Text,
        venue_timezone -> Text,
        description -> Text,
        status -> Text,
        booking_opens_at -> Nullable<Timestamp>,
        booking_closes_at -> Nullable<Timestamp>,
        self_booking -> Bool,
        requests_enabled -> Bool,
        max_meetings_per_participant -> Nullable<Integer>,
        fixed_side -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        request_expiry_days -> Integer,
        retention_days -> Integer,
        directory_size -> Integer,
        sender_name -> Text,
        contact_email -> Text,
        meeting_mode -> Text,
        video_base_url -> Text,
        reminder_minutes -> Integer,
    }
}

diesel::table! {
    consultation_days (id) {
        id -> Integer,
        expo_id -> Integer,
        day -> Date,
        starts_at -> Time,
        ends_at -> Time,
        slot_minutes -> Integer,
        gap_minutes -> Integer,
        meeting_mode -> Nullable<Text>,
    }
}

diesel::table! {
    day_breaks (id) {
        id -> Integer,
        day_id -> Integer,
        starts_at -> Time,
        ends_at -> Time,
        label -> Text,
    }
}

diesel::table! {
    slots (id) {
        id -> Integer,
        expo_id -> Integer,
        day_id -> Integer,
        position -> Integer,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        session -> Text,
    }
}

diesel::table! {
    consultation_tables (id) {
        id -> Integer,
        expo_id -> Integer,
        label -> Text,
        note -> Text,
        position -> Integer,
        active -> Bool,
        online -> Bool,
        video_url -> Text,
    }
}

diesel::table! {
    suppliers (id) {
        id -> Integer,
        expo_id -> Integer,
        email -> Text,
        password_hash -> Nullable<Text>,
        email_verified_at -> Nullable<Timestamp>,
        status -> Text,
        status_reason -> Text,
        company_name_ko -> Text,
        company_name_en -> Text,
        business_reg_no -> Text,
        representative -> Text,
        contact_name -> Text,
        phone -> Text,
        website -> Text,
        address -> Text,
        company_size -> Text,
        year_founded -> Nullable<Integer>,
        languages -> Text,
        catalogue_url -> Text,
        pitch -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        anonymized_at -> Nullable<Timestamp>,
        locale -> Nullable<Text>,
        pitch_en -> Text,
        terms_version -> Integer,
        video_url -> Text,
        cohost_id -> Nullable<Integer>,
    }
}

diesel::table! {
    directory_terms (expo_id, term, supplier_id) {
        expo_id -> Integer,
        term -> Text,
        supplier_id -> Integer,
    }
}

diesel::table! {
    match_scores (buyer_id, supplier_id) {
        buyer_id -> Integer,
        supplier_id -> Integer,
        score -> Integer,
        sort_name -> Text,
    }
}

diesel::table! {
    supplier_sectors (supplier_id, sector_id) {
        supplier_id -> Integer,
        sector_id -> Integer,
    }
}

diesel::table! {
    supplier_markets (supplier_id, country, kind) {
        supplier_id -> Integer,
        country -> Text,
        kind -> Text,
    }
}

diesel::table! {
    products (id) {
        id -> Integer,
        supplier_id -> Integer,
        name -> Text,
        description -> Text,
        hs_code -> Nullable<Text>,
        image_url -> Nullable<Text>,
        position -> Integer,
        name_en -> Text,
        description_en -> Text,
    }
}

diesel::table! {
    buyers (id) {
        id -> Integer,
        expo_id -> Integer,
        email -> Text,
        name -> Text,
        organisation -> Text,
        position_title -> Text,
        country -> Text,
        timezone -> Text,
        languages -> Text,
        looking_for -> Text,
        needs_interpreter -> Bool,
        invited_at -> Nullable<Timestamp>,
        first_signed_in_at -> Nullable<Timestamp>,
        profile_completed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        anonymized_at -> Nullable<Timestamp>,
        locale -> Nullable<Text>,
        scores_version -> Integer,
        remote -> Bool,
        hours_from -> Integer,
        hours_to -> Integer,
    }
}

diesel::table! {
    buyer_interests (buyer_id, sector_id) {
        buyer_id -> Integer,
        sector_id -> Integer,
    }
}

diesel::table! {
    blocked_slots (id) {
        id -> Integer,
        slot_id -> Integer,
        supplier_id -> Nullable<Integer>,
        buyer_id -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    meeting_requests (id) {
        id -> Integer,
        expo_id -> Integer,
        buyer_id -> Integer,
        supplier_id -> Integer,
        requested_by -> Text,
        priority -> Text,
        preferred_session -> Nullable<Text>,
        message -> Text,
        status -> Text,
        response_reason -> Text,
        expires_at -> Nullable<Timestamp>,
        responded_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    meetings (id) {
        id -> Integer,
        expo_id -> Integer,
        slot_id -> Integer,
        table_id -> Integer,
        buyer_id -> Integer,
        supplier_id -> Integer,
        request_id -> Nullable<Integer>,
        status -> Text,
        source -> Text,
        ical_sequence -> Integer,
        cancel_reason -> Text,
        cancelled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        interpreter_id -> Nullable<Integer>,
        mode -> Text,
        video_url -> Text,
        supplier_contact_attends -> Bool,
        buyer_contact_attends -> Bool,
        arranged_by -> Nullable<Integer>,
        arranged_for -> Nullable<Text>,
    }
}

diesel::table! {
    meeting_outcomes (id) {
        id -> Integer,
        meeting_id -> Integer,
        interest_level -> Text,
        expected_value_minor -> Nullable<BigInt>,
        currency -> Nullable<Text>,
        products -> Text,
        follow_up_on -> Nullable<Date>,
        notes -> Text,
        buyer_rating -> Nullable<Integer>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_tokens (id) {
        id -> Integer,
        token_hash -> Text,
        role -> Text,
        subject_id -> Integer,
        purpose -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Integer,
        kind -> Text,
        to_address -> Text,
        to_name -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Nullable<Text>,
        calendar_method -> Nullable<Text>,
        calendar_ics -> Nullable<Text>,
        meeting_id -> Nullable<Integer>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Text,
        message_id -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        from_name -> Nullable<Text>,
        reply_to -> Nullable<Text>,
        list_unsubscribe -> Nullable<Text>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Integer,
        at -> Timestamp,
        actor_role -> Text,
        actor_id -> Nullable<Integer>,
        action -> Text,
        subject_type -> Text,
        subject_id -> Nullable<Integer>,
        detail -> Text,
        acting_by -> Nullable<Integer>,
    }
}

diesel::table! {
    reminders_sent (day_id, role, person_id) {
        day_id -> Integer,
        role -> Text,
        person_id -> Integer,
        queued_at -> Timestamp,
    }
}

diesel::table! {
    meeting_joins (id) {
        id -> Integer,
        meeting_id -> Integer,
        role -> Text,
        person_id -> Integer,
        joined_at -> Timestamp,
    }
}

diesel::table! {
    meeting_reminders (meeting_id, role, person_id, starts_at) {
        meeting_id -> Integer,
        role -> Text,
        person_id -> Integer,
        starts_at -> Timestamp,
        queued_at -> Timestamp,
    }
}

diesel::table! {
    mail_opt_outs (role, person_id, kind) {
        role -> Text,
        person_id -> Integer,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(meeting_joins -> meetings (meeting_id));
diesel::joinable!(meeting_attendees -> meetings (meeting_id));
diesel::joinable!(meeting_attendees -> team_members (member_id));
diesel::joinable!(meeting_reminders -> meetings (meeting_id));
diesel::joinable!(consultation_days -> expos (expo_id));
diesel::joinable!(day_breaks -> consultation_days (day_id));
diesel::joinable!(slots -> consultation_days (day_id));
diesel::joinable!(consultation_tables -> expos (expo_id));
diesel::joinable!(suppliers -> expos (expo_id));
diesel::joinable!(supplier_sectors -> suppliers (supplier_id));
diesel::joinable!(supplier_sectors -> sectors (sector_id));
diesel::joinable!(supplier_markets -> suppliers (supplier_id));
diesel::joinable!(products -> suppliers (supplier_id));
diesel::joinable!(directory_terms -> suppliers (supplier_id));
diesel::joinable!(match_scores -> suppliers (supplier_id));
diesel::joinable!(match_scores -> buyers (buyer_id));
diesel::joinable!(buyers -> expos (expo_id));
diesel::joinable!(buyer_interests -> buyers (buyer_id));
diesel::joinable!(buyer_interests -> sectors (sector_id));
diesel::joinable!(blocked_slots -> slots (slot_id));
diesel::joinable!(meeting_requests -> buyers (buyer_id));
diesel::joinable!(meeting_requests -> suppliers (supplier_id));
diesel::joinable!(meetings -> slots (slot_id));
diesel::joinable!(meetings -> consultation_tables (table_id));
diesel::joinable!(meetings -> buyers (buyer_id));
diesel::joinable!(meetings -> suppliers (supplier_id));
diesel::joinable!(meeting_outcomes -> meetings (meeting_id));
diesel::joinable!(outbox -> meetings (meeting_id));

diesel::table! {
    schedule_improvements (id) {
        id -> Integer,
        expo_id -> Integer,
        run_id -> Integer,
        state -> Text,
        started_by -> Nullable<Integer>,
        started_at -> Timestamp,
        budget_seconds -> Integer,
        heartbeat_at -> Timestamp,
        stop_requested -> Bool,
        breaks_start -> Integer,
        breaks_best -> Integer,
        bound -> Integer,
        elapsed_ms -> Integer,
        best_at_ms -> Nullable<Integer>,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    schedule_runs (id) {
        id -> Integer,
        expo_id -> Integer,
        status -> Text,
        requests -> Integer,
        scheduled -> Integer,
        breaks -> Integer,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        allow_moves -> Bool,
        moved -> Integer,
        breaks_bound -> Nullable<Integer>,
    }
}

diesel::table! {
    schedule_moves (id) {
        id -> Integer,
        run_id -> Integer,
        meeting_id -> Integer,
        from_slot_id -> Integer,
        from_table_id -> Integer,
        to_slot_id -> Integer,
        to_table_id -> Integer,
    }
}

diesel::table! {
    schedule_items (id) {
        id -> Integer,
        run_id -> Integer,
        request_id -> Integer,
        slot_id -> Nullable<Integer>,
        table_id -> Nullable<Integer>,
        reason -> Text,
    }
}

diesel::table! {
    check_ins (id) {
        id -> Integer,
        expo_id -> Integer,
        role -> Text,
        person_id -> Integer,
        checked_in_at -> Timestamp,
        organizer_id -> Nullable<Integer>,
    }
}

diesel::table! {
    interpreters (id) {
        id -> Integer,
        expo_id -> Integer,
        name -> Text,
        email -> Text,
        languages -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    meeting_ratings (meeting_id) {
        meeting_id -> Integer,
        rating -> Integer,
        comment -> Text,
        rated_at -> Timestamp,
    }
}

diesel::table! {
    follow_ups_sent (expo_id, supplier_id, months) {
        expo_id -> Integer,
        supplier_id -> Integer,
        months -> Integer,
        queued_at -> Timestamp,
    }
}

diesel::joinable!(interpreters -> expos (expo_id));
diesel::joinable!(meetings -> interpreters (interpreter_id));
diesel::joinable!(meeting_ratings -> meetings (meeting_id));
diesel::joinable!(schedule_runs -> expos (expo_id));
diesel::joinable!(schedule_items -> schedule_runs (run_id));
diesel::joinable!(schedule_moves -> schedule_runs (run_id));
diesel::joinable!(schedule_moves -> meetings (meeting_id));
diesel::joinable!(schedule_items -> meeting_requests (request_id));

diesel::table! {
    sign_in_attempts (id) {
        id -> Integer,
        budget -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    sessions (key_hash) {
        key_hash -> Text,
        role -> Text,
        person_id -> Integer,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        member_id -> Nullable<Integer>,
        acting_by -> Nullable<Integer>,
    }
}

diesel::table! {
    calendar_feeds (token_hash) {
        token_hash -> Text,
        role -> Text,
        person_id -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    privacy_notices (id) {
        id -> Integer,
        officer_name -> Text,
        officer_email -> Text,
        officer_phone -> Text,
        transfers_abroad -> Bool,
        transfer_country -> Text,
        transfer_recipient -> Text,
        body -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Integer>,
    }
}

diesel::table! {
    consents (id) {
        id -> Integer,
        role -> Text,
        person_id -> Integer,
        kind -> Text,
        notice_version -> Integer,
        granted_at -> Timestamp,
        ip -> Text,
        withdrawn_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    deletion_requests (id) {
        id -> Integer,
        role -> Text,
        person_id -> Integer,
        requested_at -> Timestamp,
        done_at -> Nullable<Timestamp>,
        done_by -> Nullable<Integer>,
    }
}

diesel::joinable!(consents -> privacy_notices (notice_version));

diesel::table! {
    expo_cohosts (id) {
        id -> Integer,
        expo_id -> Integer,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    expo_staff (id) {
        id -> Integer,
        expo_id -> Integer,
        organizer_id -> Integer,
        role -> Text,
        cohost_id -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(expo_cohosts -> expos (expo_id));
diesel::joinable!(expo_staff -> expos (expo_id));
diesel::joinable!(expo_staff -> organizers (organizer_id));
diesel::joinable!(expo_staff -> expo_cohosts (cohost_id));
diesel::joinable!(suppliers -> expo_cohosts (cohost_id));

diesel::allow_tables_to_appear_in_same_query!(
    expo_cohosts,
    expo_staff,
    meeting_joins,
    meeting_reminders,
    mail_opt_outs,
    privacy_notices,
    consents,
    deletion_requests,
    schedule_moves,
    interpreters,
    meeting_ratings,
    follow_ups_sent,
    check_ins,
    schedule_improvements,
    schedule_runs,
    schedule_items,
    organizers,
    sectors,
    expos,
    consultation_days,
    day_breaks,
    slots,
    consultation_tables,
    suppliers,
    supplier_sectors,
    supplier_markets,
    directory_terms,
    match_scores,
    products,
    buyers,
    buyer_interests,
    blocked_slots,
    meeting_requests,
    meetings,
    meeting_outcomes,
    sign_in_tokens,
    sign_in_attempts,
    outbox,
    audit_log,
    reminders_sent,
    team_members,
    meeting_attendees,
);

diesel::table! {
    team_members (id) {
        id -> Integer,
        side -> Text,
        company_id -> Integer,
        email -> Text,
        name -> Text,
        title -> Text,
        locale -> Nullable<Text>,
        created_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    meeting_attendees (meeting_id, member_id) {
        meeting_id -> Integer,
        member_id -> Integer,
    }
}
