-- The supplier directory answered by indexes (store::directory).
--
-- directory_terms: one row per search term and supplier: the words of every text a
-- supplier shows, sector and market names in every language, and filter terms
-- (~s:sector, ~m:country, ~l:language, ~x:experience); see domain::search. Terms
-- compare byte by byte on both databases, so a prefix is a range on the index.
-- No foreign key to expos: the supplier's takes the rows away with the expo, and
-- checking the expo row for every term added is slow on PostgreSQL while one
-- transaction adds many suppliers (and so many versions of the expo row).
CREATE TABLE directory_terms (
    expo_id INTEGER NOT NULL,
    term TEXT COLLATE "C" NOT NULL,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    PRIMARY KEY (expo_id, term, supplier_id)
);
CREATE INDEX directory_terms_supplier ON directory_terms (supplier_id, term);

-- How well each approved supplier fits each buyer (domain::matching::score), for the
-- buyers whose scores are built (buyers.scores_version), ordered as the directory
-- lists them: best fit first, then by English name.
CREATE TABLE match_scores (
    buyer_id INTEGER NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    score INTEGER NOT NULL,
    sort_name TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (buyer_id, supplier_id)
);
CREATE INDEX match_scores_rank ON match_scores (buyer_id, score DESC, sort_name, supplier_id);
CREATE INDEX match_scores_supplier ON match_scores (supplier_id);

-- A supplier's products, read for every card and supplier page (a whole table
-- scan before, felt from a few thousand suppliers).
CREATE INDEX products_supplier ON products (supplier_id, position);

-- Which version of the terms a supplier's rows were made by, and of the scores a
-- buyer's (0: none yet). Rows of an older version are made again.
ALTER TABLE suppliers ADD COLUMN terms_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE buyers ADD COLUMN scores_version INTEGER NOT NULL DEFAULT 0;

-- How many approved suppliers the expo's directory lists, kept with match_scores, so
-- a directory page need not count them.
ALTER TABLE expos ADD COLUMN directory_size INTEGER NOT NULL DEFAULT 0;
UPDATE expos SET directory_size =
    (SELECT count(*) FROM suppliers WHERE suppliers.expo_id = expos.id AND status = 'approved');
