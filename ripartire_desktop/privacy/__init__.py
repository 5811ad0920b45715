"""Redaction of free text and small-cell suppression for anything that leaves the vault."""
