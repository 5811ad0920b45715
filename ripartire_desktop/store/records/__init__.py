"""Repositories: the only code that turns domain objects into rows and back."""

from ripartire_desktop.store.records.facade import Records

__all__ = ["Records"]
