DROP TABLE follow_ups_sent;
DROP TABLE meeting_ratings;
DROP INDEX meetings_live_slot_interpreter;
ALTER TABLE meetings DROP COLUMN interpreter_id;
DROP TABLE interpreters;
