-- What was typed in a form that belongs to no family (the desk's new contact, the settings)
-- when the vault locked (Ctrl+L, the idle lock, the desktop's screen lock, quitting): its
-- fields as JSON, inside the encrypted database (never in a plaintext file), offered back
-- when the view is shown again and removed once restored or discarded. One per view.
-- Like form_drafts for a family's tabs (0007), and nobody else's business: no audit entry.

CREATE TABLE view_drafts (
    view TEXT PRIMARY KEY NOT NULL CHECK (view IN ('desk', 'settings')),
    data TEXT NOT NULL,  -- JSON: {field: value}, as typed
    updated_at TEXT NOT NULL
) STRICT;
