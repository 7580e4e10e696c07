ALTER TABLE suppliers DROP COLUMN cohost_id;
DROP TABLE expo_staff;
DROP TABLE expo_cohosts;
ALTER TABLE organizers DROP COLUMN site_admin;
