-- Pages kept for a session must go when it ends (another instance's kept page for a
-- copied cookie would otherwise outlive a sign-out), and the agenda shows whether a
-- feed exists. A session's last-seen touches and new sign-ins need not notify.
CREATE TRIGGER sessions_ended AFTER DELETE OR TRUNCATE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
CREATE TRIGGER calendar_feeds_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_feeds
    FOR EACH STATEMENT EXECUTE FUNCTION expomatch_notify_change();
