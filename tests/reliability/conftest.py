"""The GUI fixtures (a real vault behind a real Session, a recording navigator) for the
reliability tests that drive views."""

from tests.gui.conftest import navigator, session

__all__ = ["navigator", "session"]
