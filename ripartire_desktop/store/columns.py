"""One place per table that names its columns: repositories, the demo writer, the exchange
format and the statistics queries all read them from here, so a column added by a migration is
added once more here and nowhere else (tests/core/test_columns.py compares this map with the
schema the migrations build).

A row read with `Table.select(...)` is turned into a mapping by column name with `Table.row`
(repositories of family records use store/records/_table.py's `Shape`, which also converts the
values), so no code depends on a column's position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    # The column SQLite numbers on insert ("id"), or "" when the table has none of its own.
    key: str
    # The columns written on insert and update, in the order of the migrations.
    fields: tuple[str, ...]
    # Columns kept by triggers from other tables: read, never written by the application.
    derived: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column, as `select` lists them."""
        return ((self.key,) if self.key else ()) + self.fields + self.derived

    @property
    def writable(self) -> tuple[str, ...]:
        """The columns a bulk writer that chooses its own ids fills (key first)."""
        return ((self.key,) if self.key else ()) + self.fields

    def select(
        self,
        tail: str = "",
        *,
        columns: Sequence[str] | None = None,
        alias: str = "",
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """`SELECT <columns> FROM <table> [alias] <tail>`; `tail` holds JOIN / WHERE / ORDER BY.

        With `alias`, every column is qualified by it (for joins); `extra` adds computed
        columns, name -> SQL expression, read back under their name."""
        prefix = f"{alias}." if alias else ""
        chosen = [prefix + name for name in (columns if columns is not None else self.columns)]
        chosen += [f"{sql} AS {name}" for name, sql in (extra or {}).items()]
        source = f"{self.name} {alias}" if alias else self.name
        return f"SELECT {', '.join(chosen)} FROM {source} {tail}".rstrip()

    def insert(
        self, *, with_key: bool = False, verb: str = "INSERT", columns: Sequence[str] | None = None
    ) -> str:
        """`INSERT INTO <table> (<fields>) VALUES (?, ...)`, or only `columns` when given."""
        if columns is not None:
            names = tuple(columns)
        else:
            names = self.writable if with_key and self.key else self.fields
        marks = ", ".join("?" * len(names))
        return f"{verb} INTO {self.name} ({', '.join(names)}) VALUES ({marks})"

    def upsert(self, conflict: Sequence[str]) -> str:
        """One statement that inserts the fields, or on a `conflict` of those columns updates
        every other field to the new values."""
        kept = [name for name in self.fields if name not in conflict]
        assignments = ", ".join(f"{name} = excluded.{name}" for name in kept)
        return f"{self.insert()} ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {assignments}"

    def update(self, where: str = "", *, columns: Sequence[str] | None = None) -> str:
        """`UPDATE ... SET <fields> = ? ... WHERE <where>`; by key when `where` is empty;
        only `columns` when given."""
        condition = where or f"{self.key} = ?"
        names = columns if columns is not None else self.fields
        assignments = ", ".join(f"{name} = ?" for name in names)
        return f"UPDATE {self.name} SET {assignments} WHERE {condition}"

    def row(self, values: Sequence[Any], columns: Sequence[str] | None = None) -> Row:
        """A fetched row as a mapping by column name (`columns` when the select chose them)."""
        return dict(zip(columns if columns is not None else self.columns, values, strict=True))


ISSUED_CODES = Table("issued_codes", "", ("code", "year", "seq", "mark"))
FAMILIES = Table(
    "families",
    "id",
    (
        "code",
        "status",
        "counsellor",
        "municipality",
        "adults",
        "minors",
        "first_contact_channel",
        "known_to_social_services",
        "created_on",
        "updated_on",
        "opened_on",
        "closed_on",
    ),
    derived=("last_interview_at", "last_agreed_appointment", "open_actions", "name_sort"),
)
IDENTITIES = Table("identities", "", ("family_id", "address", "tax_code", "contact_preferences"))
IDENTITY_PEOPLE = Table(
    "identity_people", "id", ("family_id", "position", "given_name", "family_name", "tax_code")
)
IDENTITY_CONTACTS = Table("identity_contacts", "id", ("family_id", "kind", "position", "value"))
MEMBERS = Table(
    "members",
    "id",
    (
        "family_id",
        "role",
        "age_band",
        "birth_year",
        "work_situation",
        "unemployed_since",
        "education",
    ),
)
FIRST_CONTACTS = Table(
    "first_contacts",
    "id",
    ("family_id", "occurred_at", "channel", "outcome", "request", "notes", "appointment_at"),
)
ACTIONS = Table(
    "actions",
    "id",
    ("family_id", "action_type", "description", "owner", "due_on", "status", "outcome"),
)
AID_PAYMENTS = Table(
    "aid_payments",
    "id",
    (
        "family_id",
        "paid_on",
        "category",
        "amount_cents",
        "payee_kind",
        "payee_name",
        "receipt_ref",
        "action_id",
        "budget_line_id",
    ),
)
BUDGET_LINES = Table("budget_lines", "id", ("name", "funder", "year", "amount_cents"))
CONSENTS = Table(
    "consents",
    "id",
    ("family_id", "notice_version", "given_on", "method", "scopes", "withdrawn_on"),
)
CLOSURES = Table(
    "closures", "id", ("family_id", "closed_on", "reason", "outcome", "work_type", "note")
)
ASSESSMENTS = Table(
    "assessments",
    "id",
    (
        "family_id",
        "assessed_on",
        "motivation",
        "resources",
        "resident",
        "has_minor",
        "job_loss_or_hardship",
        "decision",
        "decided_on",
    ),
)
NEED_SCORES = Table("need_scores", "id", ("assessment_id", "area", "baseline", "exit", "note"))
ASSESSMENT_ROUNDS = Table(
    "assessment_rounds",
    "id",
    (
        "family_id",
        "episode",
        "kind",
        "assessed_on",
        "follow_up_months",
        "income_cents",
        "debt_cents",
        "arrears_cents",
        "isee_cents",
        "isee_type",
        "isee_issued_on",
        "isee_expires_on",
        "note",
    ),
)
ROUND_SCORES = Table("round_scores", "", ("round_id", "area", "severity"))
ROUND_WORK = Table("round_work", "", ("round_id", "position", "member_id", "work_situation"))
ROUND_BENEFITS = Table(
    "round_benefits", "", ("round_id", "position", "kind", "name", "monthly_cents", "renewal_on")
)
# Kept by triggers from the need scores (migration 0013): read by the list's need filter only.
FAMILY_NEEDS = Table("family_needs", "", (), derived=("area", "family_id"))
_INTERVIEW_FIELDS = (
    "family_id",
    "starts_at",
    "duration_minutes",
    "mode",
    "participants",
    "notes",
    "topics",
    "next_steps",
    "next_appointment",
)
INTERVIEWS = Table("interviews", "id", _INTERVIEW_FIELDS)
INTERVIEW_DRAFTS = Table("interview_drafts", "", (*_INTERVIEW_FIELDS, "updated_at"))
FORM_DRAFTS = Table("form_drafts", "", ("family_id", "data", "updated_at"))
VIEW_DRAFTS = Table("view_drafts", "", ("view", "data", "updated_at"))
AUDIT_LOG = Table("audit_log", "id", ("at", "action", "family_code", "detail", "prev_hash", "hash"))
SETTINGS = Table("settings", "", ("key", "value"))
VAULT_META = Table("vault_meta", "", ("key", "value"))
TEAM_MEMBERS = Table("team_members", "", ("name", "identity_text", "fingerprint", "added_at"))
OWN_IDENTITY = Table(
    "own_identity",
    "id",
    ("name", "role", "signing_private", "age_identity", "bundle_serial", "created_at", "mark"),
)
MERGED_BUNDLES = Table(
    "merged_bundles",
    "",
    ("sender", "period_from", "period_to", "serial", "digest", "created_at", "merged_at"),
)
RELEASES = Table(
    "releases", "id", ("published_at", "sources", "first_month", "last_month", "k", "counts")
)
RELEASE_CELLS = Table(
    "release_cells", "", ("release_id", "table_key", "row_index", "col_index", "value", "hidden")
)
RELEASE_MONTHS = Table("release_months", "", ("sources", "month", "counts"))
SCHEMA_VERSION = Table("schema_version", "", ("version", "name", "applied_at"))
HANDOVERS = Table(
    "handovers",
    "",
    (
        "id",
        "direction",
        "family_code",
        "peer",
        "peer_name",
        "reason",
        "created_at",
        "digest",
        "receipt_at",
        "identity_removed_at",
        "history",
        "desk_contact_id",
    ),
)

# Every application table, parents before children (the order a writer fills them in).
ALL: tuple[Table, ...] = (
    ISSUED_CODES, FAMILIES, IDENTITIES, IDENTITY_PEOPLE, IDENTITY_CONTACTS, MEMBERS,
    FIRST_CONTACTS, ACTIONS, BUDGET_LINES, AID_PAYMENTS, CONSENTS, CLOSURES, ASSESSMENTS,
    NEED_SCORES, FAMILY_NEEDS, ASSESSMENT_ROUNDS, ROUND_SCORES, ROUND_WORK, ROUND_BENEFITS,
    INTERVIEWS, INTERVIEW_DRAFTS, FORM_DRAFTS, VIEW_DRAFTS, AUDIT_LOG, SETTINGS, VAULT_META,
    TEAM_MEMBERS, OWN_IDENTITY, MERGED_BUNDLES, RELEASES, RELEASE_CELLS, RELEASE_MONTHS,
    SCHEMA_VERSION, HANDOVERS,
)  # fmt: skip
BY_NAME: dict[str, Table] = {table.name: table for table in ALL}
