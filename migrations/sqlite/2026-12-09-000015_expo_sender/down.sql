ALTER TABLE outbox DROP COLUMN reply_to;
ALTER TABLE outbox DROP COLUMN from_name;
ALTER TABLE expos DROP COLUMN contact_email;
ALTER TABLE expos DROP COLUMN sender_name;
