"""The main window's views: each shows one part of the vault and forgets it on lock."""
