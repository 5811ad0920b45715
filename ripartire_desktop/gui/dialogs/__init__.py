"""Dialogs shared by the views: passphrase change, secrets, progress, verify report, restore."""
