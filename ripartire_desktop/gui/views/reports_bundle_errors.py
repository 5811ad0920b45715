"""What is wrong with a bundle, in words: the Reports view's messages for the refusals of
reports/bundle.py and reports/sealed.py (the same refusals as `ripartire report merge`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ripartire_desktop.gui.dialogs.errors import describe_error, describe_os_error
from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.sealed import SealedBundleError

# Every call spells the context out: pyside6-lupdate reads literal translate() calls only.
translate = QCoreApplication.translate


def _sealed(detail: str, name: str) -> str | None:  # noqa: PLR0911
    if "sealed for someone else" in detail:
        return translate(
            "describe_bundle_error",
            "{0} is sealed for someone else: this vault cannot open it. Ask the sender to seal "
            "it to you. It was not added.",
        ).format(name)
    if "not in your team" in detail:
        return translate(
            "describe_bundle_error",
            "{0} is signed by a vault that is not in your team: add its public identity in "
            "Settings, Team, after checking its fingerprint in person. It was not added.",
        ).format(name)
    if "re-encrypted" in detail:
        return translate(
            "describe_bundle_error",
            "{0} was addressed to another vault and re-encrypted to this one. It was not added.",
        ).format(name)
    if "an older bundle" in detail or "second, different bundle" in detail:
        return translate(
            "describe_bundle_error",
            "{0} is older than a bundle of the same colleague and period already merged here "
            "(a replay): ask for the newest one. It was not added.",
        ).format(name)
    if "same vault" in detail:
        return translate(
            "describe_bundle_error",
            "{0} comes from a vault already in the list (the same counsellor twice): its "
            "families would be counted twice. It was not added.",
        ).format(name)
    if "damaged or altered" in detail or "altered or forged" in detail:
        return translate(
            "describe_bundle_error",
            "{0} is damaged or was altered: its encryption or signature does not check out. "
            "It was not added: ask for a new copy.",
        ).format(name)
    if "unsealed bundle" in detail:
        return translate(
            "describe_bundle_error",
            "{0} is an unsealed bundle from an older version of Ripartire: ask for a sealed "
            "one. It was not added.",
        ).format(name)
    if "not a sealed summary bundle" in detail:
        return translate(
            "describe_bundle_error", "{0} is not a Ripartire summary bundle. It was not added."
        ).format(name)
    return None


def describe_bundle_error(exc: BaseException, name: str) -> str:  # noqa: PLR0911
    """What is wrong with the bundle file `name`, in words (the reader's own text as detail)."""
    detail = str(exc)
    if isinstance(exc, OSError):
        return translate("describe_bundle_error", "{0}: {1}").format(name, describe_os_error(exc))
    if isinstance(exc, SealedBundleError):
        said = _sealed(detail, name)
        if said is not None:
            return said
    if isinstance(exc, bundle.BundleMergeError):
        if "different periods" in detail:
            return translate(
                "describe_bundle_error",
                "{0} covers another period than the bundles already in the list: merge only "
                "bundles of the same months. It was not added.",
            ).format(name)
        if "same vault" in detail:
            return _sealed("same vault", name) or detail
        return translate("describe_bundle_error", "{0} cannot be merged ({1}).").format(
            name, detail
        )
    if isinstance(exc, bundle.BundleError):
        if "newer version" in detail:
            return translate(
                "describe_bundle_error",
                "{0} was written by a newer version of Ripartire: update Ripartire to read it. "
                "It was not added.",
            ).format(name)
        if detail.startswith("not a summary bundle"):
            return translate(
                "describe_bundle_error", "{0} is not a Ripartire summary bundle. It was not added."
            ).format(name)
        return translate(
            "describe_bundle_error",
            "{0} is damaged or was altered ({1}). It was not added: ask for a new copy.",
        ).format(name, detail)
    return translate(
        "describe_bundle_error", "{0} could not be read ({1}). It was not added."
    ).format(name, type(exc).__name__)


def describe_saving_error(exc: BaseException) -> str:
    """A save refused because a bundle of the merge turned out to be a replay meanwhile."""
    if isinstance(exc, SealedBundleError):
        return translate("describe_bundle_error", "Nothing was written: {0}").format(
            describe_bundle_error(exc, "")
        )
    return describe_error(exc)
