"""Settings' vault work: run it with the session suspended, and word a wrong secret."""

from __future__ import annotations

from collections.abc import Callable

from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.session import Session
from ripartire_desktop.store.errors import (
    InvalidRecoveryKeyError,
    UnlockThrottledError,
    WrongSecretError,
)
from ripartire_desktop.usecases.session import Suspended


def run_key_work(
    session: Session,
    work: Callable[[Suspended], object],
    *,
    purpose: str,
    on_done: Callable[[object, bool], None],
    on_failed: Callable[[BaseException, bool], None],
    reopen_when_done: bool = True,
) -> bool:
    """Suspend the session (its files are about to change), run `work` on a worker thread,
    reopen with the key it left (or the old one if it failed), then call back with whether
    the session reopened (False: the app must lock). `reopen_when_done=False`: a restore,
    after which the app locks and the restored vault is unlocked with its own secret.
    Returns False, doing nothing, when the session was locked meanwhile."""
    suspended = session.core.suspend()
    if suspended is None:
        return False

    def done(result: object) -> None:
        reopened = reopen_when_done and session.resume(suspended, f"settings: after {purpose}")
        on_done(result, reopened)

    def failed(exc: BaseException) -> None:
        on_failed(exc, session.resume(suspended, f"settings: after failed {purpose}"))

    session.tasks.run(lambda _progress: work(suspended), on_success=done, on_failure=failed)
    return True


def wrong_secret_message(exc: BaseException, wrong: str) -> str:
    """`wrong` (the caller's wording) for a wrong secret; describe_error for anything else."""
    if isinstance(exc, WrongSecretError) and not isinstance(
        exc, InvalidRecoveryKeyError | UnlockThrottledError
    ):
        return wrong
    return describe_error(exc)
