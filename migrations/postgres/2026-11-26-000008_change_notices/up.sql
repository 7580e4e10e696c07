-- Pages are cached in each app instance until the data under them changes (see
-- src/db/changes.rs). On PostgreSQL every instance LISTENs on `expomatch_changes`;
-- these statement triggers notify it whenever a table that pages read is written,
-- delivered at commit, whoever writes. Tables no page shows (outbox, audit_log,
-- sign-in tokens, mail claims) stay quiet.
CREATE FUNCTION expomatch_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('expomatch_changes', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER organizers_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizers
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER sectors_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sectors
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER expos_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON expos
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER consultation_days_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consultation_days
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER day_breaks_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON day_breaks
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER slots_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON slots
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER consultation_tables_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consultation_tables
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER suppliers_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON suppliers
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER supplier_sectors_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON supplier_sectors
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER supplier_markets_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON supplier_markets
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER products_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER buyers_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON buyers
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER buyer_interests_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON buyer_interests
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER blocked_slots_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON blocked_slots
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER meeting_requests_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_requests
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER meetings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER meeting_outcomes_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_outcomes
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER schedule_runs_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON schedule_runs
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER schedule_moves_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON schedule_moves
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER schedule_items_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON schedule_items
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER check_ins_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON check_ins
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER interpreters_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON interpreters
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER meeting_ratings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_ratings
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
