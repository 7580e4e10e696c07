ALTER TABLE suppliers DROP COLUMN anonymized_at;
ALTER TABLE buyers DROP COLUMN anonymized_at;
ALTER TABLE expos DROP COLUMN retention_days;
DROP TABLE deletion_requests;
DROP TABLE consents;
DROP TABLE privacy_notices;
