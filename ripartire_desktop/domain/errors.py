"""Errors raised by the domain layer: bad values and refused status changes."""

from __future__ import annotations


class DomainError(Exception):
    """Base class for every error the domain layer raises on purpose."""


class ValidationError(DomainError, ValueError):
    """A value that cannot be accepted; `field` names the attribute so a form can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class TransitionError(DomainError):
    """A status change the transition table does not allow.

    `old` and `new` are the raw status values; the message names both with their Italian labels,
    because it is shown to the counsellor as it is.
    """

    def __init__(self, old: str, new: str, message: str) -> None:
        super().__init__(message)
        self.old = old
        self.new = new
        self.message = message
