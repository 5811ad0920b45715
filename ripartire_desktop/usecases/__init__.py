"""The application layer: every thing a counsellor or coordinator can do, once.

The window (gui/) and the command line (commands/) both call these functions and classes; neither
holds key bytes nor opens SQL. Each use case takes what it needs (an unlocked `VaultSession`, the
records, plain values), does the work in one transaction with its audit entry, and returns what
changed (`changes.Changes`) so each screen refreshes only what concerns it.

Qt-free: importable and testable without a display, like the core below it.
"""
