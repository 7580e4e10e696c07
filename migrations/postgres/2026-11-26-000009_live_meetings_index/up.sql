-- The booking page counts live meetings per slot of an expo on every view and every
-- booking: an index over live meetings only, so cancelled ones are never read.
CREATE INDEX meetings_live_expo ON meetings (expo_id, slot_id, table_id) WHERE status IN ('booked', 'held');
