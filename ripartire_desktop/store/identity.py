"""Team identities: an Ed25519 signing key and an age X25519 identity per vault.

The public half is one short self-signed text file, exchanged between colleagues and checked in
person by its fingerprint (digits read aloud, or a QR code). The private half never leaves the
encrypted database (store/records/team.py). cryptography's Ed25519 is imported where a
signature is made or checked: a start that opens the vault by its remembered key makes none.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import pyrage
from pyrage import x25519

from ripartire_desktop.domain.codes import check_mark
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store.errors import EXIT_USAGE, DamagedError, VaultError

HEADER = "ripartire-identity v1"
MAX_IDENTITY_BYTES = 2_000  # a real identity file is about 300 bytes
MAX_NAME = 80
FINGERPRINT_GROUPS = 6  # 6 x 5 digits, about 100 bits, as Signal's safety numbers per party
_SELF_SIGNATURE_CONTEXT = b"ripartire identity self-signature v1\n"
_FINGERPRINT_CONTEXT = b"ripartire identity fingerprint v1\0"
_FIELDS = ("name", "role", "age", "signing", "self-signature")
# Since issue 16 an identity may also carry its vault's code mark, on a line after the role;
# a file without it is still read (a vault that has no mark yet, or an older version's file).
_FIELDS_WITH_MARK = ("name", "role", "mark", "age", "signing", "self-signature")


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    COORDINATOR = "coordinator"


class IdentityError(DamagedError):
    """A public identity file that is not one, is damaged, or was altered."""


class InvalidNameError(VaultError):
    """A name that cannot label an identity or a team member (a usage error)."""

    exit_code = EXIT_USAGE


def check_name(text: str, *, what: str = "The name") -> str:
    """The name trimmed; a refusal for an empty, long or control-character name."""
    name = unicodedata.normalize("NFC", text.strip())
    if not name:
        raise InvalidNameError(f"{what} is empty: give a name such as 'Anna Rossi'.")
    if len(name) > MAX_NAME:
        raise InvalidNameError(f"{what} is longer than {MAX_NAME} characters.")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} for c in name):
        raise InvalidNameError(f"{what} holds control characters or line breaks.")
    return name


def _mark(text: str | None) -> str:
    if text is None:
        return ""
    try:
        mark = check_mark(text)
    except ValidationError:
        raise IdentityError(
            "not a public identity (the code mark is not one or two letters)"
        ) from None
    if mark != text:
        raise IdentityError("not a public identity (the code mark is not in capitals)")
    return mark


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int, what: str) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise IdentityError(f"not a public identity ({what} is not base64)") from None
    if len(data) != size:
        raise IdentityError(f"not a public identity ({what} has {len(data)} bytes, not {size})")
    return data


@dataclass(frozen=True, slots=True)
class PublicIdentity:
    """What a colleague may know: name, role, age recipient and signing key."""

    name: str
    role: Role
    age_recipient: str  # "age1..."
    signing_key: bytes  # Ed25519 public key, 32 bytes
    mark: str = ""  # the vault's code mark (RIP-2026-A017: "A"), "" if it has none yet

    @property
    def fingerprint(self) -> str:
        """64 hex digits over the two keys only: a new name or role keeps the fingerprint."""
        digest = hashlib.sha256(
            _FINGERPRINT_CONTEXT + self.signing_key + b"\0" + self.age_recipient.encode("ascii")
        )
        return digest.hexdigest()

    @property
    def spoken(self) -> str:
        return spoken_fingerprint(self.fingerprint)

    def _body(self) -> str:
        return (
            f"{HEADER}\nname: {self.name}\nrole: {self.role.value}\n"
            + (f"mark: {self.mark}\n" if self.mark else "")
            + f"age: {self.age_recipient}\nsigning: {_b64(self.signing_key)}\n"
        )

    def verify(self, message: bytes, signature: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)


def spoken_fingerprint(fingerprint: str) -> str:
    """Groups of five digits to read aloud, e.g. '04821 55730 ...' (5 bytes per group)."""
    raw = bytes.fromhex(fingerprint)
    groups = [
        f"{int.from_bytes(raw[i * 5 : i * 5 + 5], 'big') % 100_000:05d}"
        for i in range(FINGERPRINT_GROUPS)
    ]
    return " ".join(groups)


@dataclass(frozen=True, slots=True)
class OwnIdentity:
    """This vault's identity, private halves included (only ever read from the vault)."""

    name: str
    role: Role
    signing_private: bytes  # Ed25519 seed, 32 bytes
    age_identity: str  # "AGE-SECRET-KEY-1..."
    mark: str = ""

    @staticmethod
    def generate(name: str, role: Role, mark: str = "") -> OwnIdentity:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        signing = Ed25519PrivateKey.generate().private_bytes_raw()
        return OwnIdentity(name, role, signing, str(x25519.Identity.generate()), mark)

    def public(self) -> PublicIdentity:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key()
        return PublicIdentity(
            name=self.name,
            role=self.role,
            age_recipient=str(self.decryption_key().to_public()),
            signing_key=key.public_bytes_raw(),
            mark=self.mark,
        )

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(message)

    def decryption_key(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_identity)

    def public_text(self) -> str:
        """The public identity file: the fields, then a signature over them by this vault."""
        public = self.public()
        body = public._body()
        signature = self.sign(_SELF_SIGNATURE_CONTEXT + body.encode("utf-8"))
        return f"{body}self-signature: {_b64(signature)}\n"


def parse_public(raw: bytes) -> PublicIdentity:
    """A public identity file, fully checked (self-signature included); IdentityError if not."""
    if len(raw) > MAX_IDENTITY_BYTES:
        raise IdentityError(f"not a public identity (too large: {len(raw)} bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise IdentityError("not a public identity (not UTF-8 text)") from None
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if not lines or lines[0].strip() != HEADER:
        raise IdentityError(f"not a public identity (it does not start with {HEADER!r})")
    fields = _FIELDS_WITH_MARK if len(lines) == 1 + len(_FIELDS_WITH_MARK) else _FIELDS
    if len(lines) != 1 + len(fields):
        raise IdentityError(f"not a public identity (expected {len(_FIELDS) + 1} lines)")
    values: dict[str, str] = {}
    for field, line in zip(fields, lines[1:], strict=True):
        key, sep, value = line.partition(": ")
        if not sep or key != field:
            raise IdentityError(f"not a public identity (expected the line {field!r})")
        values[field] = value
    try:
        name = check_name(values["name"])
    except InvalidNameError as exc:
        raise IdentityError(f"not a public identity ({exc})") from None
    if name != values["name"]:
        raise IdentityError("not a public identity (the name is not in its normal form)")
    try:
        role = Role(values["role"])
    except ValueError:
        raise IdentityError("not a public identity (unknown role)") from None
    try:
        recipient = str(x25519.Recipient.from_str(values["age"]))
    except (pyrage.RecipientError, ValueError):
        raise IdentityError("not a public identity (the age recipient is not valid)") from None
    public = PublicIdentity(
        name=name,
        role=role,
        age_recipient=recipient,
        signing_key=_unb64(values["signing"], 32, "the signing key"),
        mark=_mark(values.get("mark")),
    )
    signature = _unb64(values["self-signature"], 64, "the self-signature")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public.signing_key)
    except ValueError:
        raise IdentityError("not a public identity (the signing key is not valid)") from None
    if not public.verify(_SELF_SIGNATURE_CONTEXT + public._body().encode("utf-8"), signature):
        raise IdentityError(
            "the public identity was altered after it was made (its self-signature does not "
            "match): ask your colleague for a new copy"
        )
    return public
