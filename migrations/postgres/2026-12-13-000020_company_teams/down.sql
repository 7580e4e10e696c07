ALTER TABLE audit_log DROP COLUMN acting_by;
ALTER TABLE sessions DROP COLUMN acting_by;
ALTER TABLE sessions DROP COLUMN member_id;
ALTER TABLE meetings DROP COLUMN arranged_for;
ALTER TABLE meetings DROP COLUMN arranged_by;
ALTER TABLE meetings DROP COLUMN buyer_contact_attends;
ALTER TABLE meetings DROP COLUMN supplier_contact_attends;
DROP TABLE meeting_attendees;
DROP TABLE team_members;
