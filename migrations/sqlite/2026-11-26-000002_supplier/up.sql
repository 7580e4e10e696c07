-- A supplier's secret calendar subscription address (/calendar/supplier/<token>):
-- 256 random bits, shown to the supplier on its agenda page, replaced on request.
-- Kept readable (not hashed) because the supplier needs to copy it again later; it
-- only grants reading that supplier's agenda.
ALTER TABLE suppliers ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX suppliers_calendar_token ON suppliers (calendar_token);
