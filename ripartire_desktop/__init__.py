"""Ripartire Desktop: encrypted, offline case records for the Ripartire project's counsellors."""

__version__ = "0.1.0"
