ALTER TABLE products DROP COLUMN description_en;
ALTER TABLE products DROP COLUMN name_en;
ALTER TABLE suppliers DROP COLUMN pitch_en;
ALTER TABLE buyers DROP COLUMN locale;
ALTER TABLE suppliers DROP COLUMN locale;
ALTER TABLE organizers DROP COLUMN locale;
