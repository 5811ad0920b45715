-- The drop-in desk (issue 15): walk-ins come "in person", and "appointment booked" carries the
-- moment of the appointment so it reaches the agenda.
-- A new channel value widens two CHECK lists. SQLite cannot alter a CHECK, and rebuilding
-- `families` (referenced by every case table) needs foreign keys off, which a migration in a
-- transaction cannot do; widening an IN list leaves every stored row valid and the file format
-- unchanged, which is the case SQLite documents for editing the schema text in place.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(sql, '''referral'', ''other'')', '''referral'', ''other'', ''in_person'')')
WHERE type = 'table' AND name IN ('families', 'first_contacts');
PRAGMA writable_schema = RESET;

ALTER TABLE first_contacts ADD COLUMN appointment_at TEXT;
CREATE INDEX first_contacts_appointment ON first_contacts (appointment_at)
    WHERE appointment_at IS NOT NULL;
