ALTER TABLE expos DROP COLUMN directory_size;
ALTER TABLE buyers DROP COLUMN scores_version;
ALTER TABLE suppliers DROP COLUMN terms_version;
DROP INDEX products_supplier;
DROP TABLE match_scores;
DROP TABLE directory_terms;
