-- Each person's language (a BCP 47 code the app offers; NULL until chosen), and the
-- English half of a supplier's profile beside the text as the supplier first wrote it.
ALTER TABLE organizers ADD COLUMN locale TEXT;
ALTER TABLE suppliers ADD COLUMN locale TEXT;
ALTER TABLE buyers ADD COLUMN locale TEXT;
ALTER TABLE suppliers ADD COLUMN pitch_en TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
