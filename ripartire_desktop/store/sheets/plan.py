"""A read sheet and its column mapping turned into checked households, ready to import, with
every bad cell named by sheet, row and column, and a preview of the rows as they will be stored.

Nothing is written here: the import (store/sheets/importer.py) stores the households only
when there is no problem at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ripartire_desktop.domain import (
    AidCategory,
    AidPayment,
    Family,
    FamilyStatus,
    Identity,
    Member,
    MemberRole,
    PayeeKind,
    Person,
    ValidationError,
    age_band_for_birth_year,
    format_family_code,
    household_counts,
    is_minor,
)
from ripartire_desktop.store.exchange import FamilyBundle, LinkedPayment
from ripartire_desktop.store.exchange.schemas import PLACEHOLDER_FAMILY_ID

from . import cells
from .cells import Cell, CellError
from .fields import BY_KEY, Kind, Level, SheetField
from .messages import CellProblem, Problem, quoted, shown_value
from .reader import FileProblem, SheetData, SheetFileError

_NAMES = ("family_name", "given_name")
_MEMBER = ("role", "birth_year", "work", "education")
_MULTIPLE = ("phone", "email")  # gathered from every row of the household, not compared


# How a cell of each kind is read (choices also need the vocabulary and language).
_READERS: dict[Kind, Callable[[Cell, date], object]] = {
    Kind.KEY: lambda raw, _today: cells.text(raw).casefold(),
    Kind.TEXT: lambda raw, _today: cells.text(raw),
    Kind.DATE: cells.day,
    Kind.MONEY: lambda raw, _today: cells.cents(raw),
    Kind.COUNT: lambda raw, _today: cells.count(raw),
    Kind.YEAR: cells.birth_year,
    Kind.TAX_CODE: lambda raw, _today: cells.tax_code(raw),
    Kind.PHONE: lambda raw, _today: cells.phones(raw),
    Kind.EMAIL: lambda raw, _today: cells.emails(raw),
    Kind.YES_NO: lambda raw, _today: cells.yes_no(raw),
}


@dataclass(frozen=True, slots=True)
class PlannedHousehold:
    rows: tuple[int, ...]  # its rows, as the sheet numbers them
    bundle: FamilyBundle


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    household: int  # 1 for the first household of the import, ...
    values: tuple[str, ...]  # one per mapped column, as stored ("" when empty)
    bad: frozenset[int] = frozenset()  # positions in `values` whose cell is refused


@dataclass(frozen=True, slots=True)
class Checked:
    sheet: str
    columns: tuple[int, ...]  # the mapped columns, in sheet order
    fields: tuple[SheetField, ...]  # their fields
    households: tuple[PlannedHousehold, ...]
    preview: tuple[PreviewRow, ...]
    problems: tuple[CellProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.households)


@dataclass
class _Row:
    number: int
    values: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    bad: set[str] = field(default_factory=set)


class _Checker:
    def __init__(self, data: SheetData, mapping: dict[int, str], today: date, lang: str) -> None:
        self.data = data
        self.today = today
        self.lang = lang
        self.columns = {key: column for column, key in sorted(mapping.items())}
        self.problems: list[CellProblem] = []

    def problem(self, row: int, key: str | None, value: str, problem: Problem, **args: str) -> None:
        column = None if key is None else self.columns.get(key)
        header = "" if column is None else self._header(column)
        pairs = tuple(sorted(args.items()))
        self.problems.append(
            CellProblem(self.data.name, row, column, header, value, problem, pairs)
        )

    def _header(self, column: int) -> str:
        headers = self.data.headers
        return headers[column] if column < len(headers) else ""

    def read_row(self, number: int, cells_: tuple[Cell, ...]) -> _Row:
        row = _Row(number)
        for key, column in self.columns.items():
            raw = cells_[column] if column < len(cells_) else ""
            written = cells.as_text(raw)
            if not written:
                continue
            row.texts[key] = written
            try:
                if isinstance(raw, str) and len(written) > 1 and written.startswith("="):
                    raise CellError(Problem.FORMULA)
                row.values[key] = self.parse(BY_KEY[key], raw)
            except CellError as exc:
                row.bad.add(key)
                self.problem(number, key, written, exc.problem, **dict(exc.args_))
        return row

    def parse(self, sheet_field: SheetField, raw: Cell) -> object:
        if sheet_field.kind == Kind.CHOICE:
            assert sheet_field.vocabulary is not None
            return cells.choice(raw, sheet_field.vocabulary, self.lang)
        return _READERS[sheet_field.kind](raw, self.today)

    # --- one household ----------------------------------------------------------------------

    def household(self, rows: list[_Row]) -> FamilyBundle | None:
        before = len(self.problems)
        shared = self._shared(rows)
        people, members, payments = self._people(rows)
        status = shared.get("status", FamilyStatus.FIRST_CONTACT)
        created_on = shared.get("first_contact", self.today)
        closed_on = shared.get("closed_on")
        first = rows[0].number
        if status == FamilyStatus.CLOSED and closed_on is None and "status" in shared:
            where = next(r for r in rows if "status" in r.values)
            self.problem(where.number, "status", where.texts["status"], Problem.CLOSED_WITHOUT_DATE)
        if closed_on is not None:
            where = next(r for r in rows if "closed_on" in r.values)
            if status != FamilyStatus.CLOSED:
                self.problem(
                    where.number, "closed_on", where.texts["closed_on"], Problem.DATE_BUT_NOT_CLOSED
                )
            elif closed_on < created_on:
                self.problem(
                    where.number,
                    "closed_on",
                    where.texts["closed_on"],
                    Problem.CLOSED_BEFORE_CONTACT,
                )
        if len(self.problems) > before:
            return None
        adults, minors = household_counts(members, self.today)
        opened = status in (FamilyStatus.ACTIVE_PATH, FamilyStatus.CLOSED)
        try:
            family = Family(
                code=format_family_code(created_on.year, 1),  # replaced by the next free code
                created_on=created_on,
                updated_on=self.today,
                status=status,
                counsellor=shared.get("counsellor", ""),
                municipality=shared.get("municipality", ""),
                adults=shared.get("adults", adults),
                minors=shared.get("minors", minors),
                first_contact_channel=shared.get("channel"),
                known_to_social_services=shared.get("known_to_services"),
                opened_on=created_on if opened else None,
                closed_on=closed_on if status == FamilyStatus.CLOSED else None,
            )
            identity = None
            phones, emails = shared.get("phone", ()), shared.get("email", ())
            if people or phones or emails or shared.get("address"):
                identity = Identity(
                    family_id=PLACEHOLDER_FAMILY_ID,
                    people=tuple(people),
                    phones=phones,
                    emails=emails,
                    address=shared.get("address", ""),
                    tax_code=people[0].tax_code if people else None,
                )
        except ValidationError as exc:
            self.problem(first, None, "", Problem.NOT_ACCEPTED, detail=str(exc))
            return None
        return FamilyBundle(
            path=f"{self.data.name}:{first}",
            family=family,
            identity=identity,
            members=tuple(members),
            aid_payments=tuple(LinkedPayment(p, None) for p in payments),
        )

    def _shared(self, rows: list[_Row]) -> dict[str, Any]:
        """The household's own values: the same on every row that has them."""
        shared: dict[str, Any] = {}
        where: dict[str, _Row] = {}
        for row in rows:
            for key, value in row.values.items():
                if BY_KEY[key].level != Level.HOUSEHOLD or key == "household":
                    continue
                if key in _MULTIPLE:
                    shared[key] = tuple(dict.fromkeys((*shared.get(key, ()), *value)))
                elif key not in shared:
                    shared[key], where[key] = value, row
                elif shared[key] != value:
                    other = where[key]
                    self.problem(
                        row.number,
                        key,
                        row.texts[key],
                        Problem.CONFLICT,
                        other=quoted(other.texts[key]),
                        line=str(other.number),
                    )
        return shared

    def _people(self, rows: list[_Row]) -> tuple[list[Person], list[Member], list[AidPayment]]:
        people: list[Person] = []
        members: list[Member] = []
        payments: list[AidPayment] = []
        for position, row in enumerate(rows):
            values = row.values
            named = any(values.get(k) for k in _NAMES)
            if named:
                people.append(
                    Person(
                        given_name=values.get("given_name", ""),
                        family_name=values.get("family_name", ""),
                        tax_code=values.get("tax_code"),
                    )
                )
            elif "tax_code" in values:
                self.problem(row.number, "tax_code", row.texts["tax_code"], Problem.NAME_MISSING)
            if any(k in values or k in row.bad for k in _MEMBER):
                role = self._role(row, first=position == 0)
                if role is not None:
                    members.append(
                        Member(
                            role=role,
                            family_id=PLACEHOLDER_FAMILY_ID,
                            birth_year=values.get("birth_year"),
                            work_situation=values.get("work"),
                            education=values.get("education"),
                        )
                    )
            payments += self._payment(row)
        return people, members, payments

    def _role(self, row: _Row, *, first: bool) -> MemberRole | None:
        role = row.values.get("role")
        if role is not None or "role" in row.bad:
            return role
        year = row.values.get("birth_year")
        if year is not None:
            minor = is_minor(age_band_for_birth_year(year, self.today))
            return (
                MemberRole.CHILD
                if minor
                else MemberRole.PARENT
                if first
                else (MemberRole.OTHER_ADULT)
            )
        if first:  # the first row of a household is the person who came: a parent
            return MemberRole.PARENT
        if "birth_year" not in row.bad:
            self.problem(
                row.number, "role" if "role" in self.columns else None, "", Problem.ROLE_MISSING
            )
        return None

    def _payment(self, row: _Row) -> list[AidPayment]:
        values = row.values
        amount, paid_on = values.get("aid_amount"), values.get("aid_date")
        if amount is None and paid_on is None:
            return []
        if amount is None:
            if "aid_amount" not in row.bad:
                self.problem(
                    row.number, "aid_date", row.texts["aid_date"], Problem.AID_AMOUNT_MISSING
                )
            return []
        if paid_on is None:
            if "aid_date" not in row.bad:
                self.problem(
                    row.number, "aid_amount", row.texts["aid_amount"], Problem.AID_DATE_MISSING
                )
            return []
        category = values.get("aid_category", AidCategory.OTHER)
        return [
            AidPayment(
                family_id=PLACEHOLDER_FAMILY_ID,
                paid_on=paid_on,
                category=category,
                amount_cents=amount,
                payee_kind=PayeeKind.FAMILY,
            )
        ]


def _same_people(checker: _Checker, rows: list[_Row], known: Mapping[str, str]) -> None:
    """A tax code names one person: twice in the sheet, or already in the vault (the same
    sheet imported again), is a problem."""
    seen: dict[str, int] = {}
    for row in rows:
        code = row.values.get("tax_code")
        if code is None:
            continue
        written = row.texts["tax_code"]
        if code in known:
            checker.problem(row.number, "tax_code", written, Problem.IN_VAULT, code=known[code])
        elif code in seen:
            checker.problem(row.number, "tax_code", written, Problem.TWICE, line=str(seen[code]))
        else:
            seen[code] = row.number
            continue
        row.bad.add("tax_code")


def check(
    data: SheetData,
    mapping: dict[int, str],
    *,
    today: date,
    lang: str = "it",
    in_vault: Mapping[str, str] | None = None,
) -> Checked:
    """Every household of `data` read through `mapping` (column index -> field key), and every
    problem found; `today` is the day of the import (no date may be after it); `in_vault`
    (tax code -> family code) are the people already in the vault. Writes nothing."""
    mapping = {c: k for c, k in mapping.items() if k in BY_KEY}
    if not any(key in _NAMES for key in mapping.values()):
        raise SheetFileError(FileProblem.NOTHING_MAPPED, sheet=data.name)
    checker = _Checker(data, mapping, today, lang)
    rows = [checker.read_row(number, cells_) for number, cells_ in data.rows]
    rows = [row for row in rows if row.texts]
    _same_people(checker, rows, in_vault or {})
    groups: dict[str, list[_Row]] = {}
    grouped = "household" in mapping.values()
    for row in rows:
        if not grouped:
            groups[str(row.number)] = [row]
        elif "household" in row.values:
            groups.setdefault(row.values["household"], []).append(row)
        elif "household" not in row.bad:
            checker.problem(row.number, "household", "", Problem.NO_HOUSEHOLD)
    households: list[PlannedHousehold] = []
    ordinal: dict[int, int] = {}
    for number, members in enumerate(groups.values(), 1):
        for row in members:
            ordinal[row.number] = number
        bundle = checker.household(members)
        if bundle is not None:
            households.append(PlannedHousehold(tuple(r.number for r in members), bundle))
    columns = tuple(sorted(mapping))
    keys = [mapping[c] for c in columns]
    preview = tuple(
        PreviewRow(
            row.number,
            ordinal.get(row.number, 0),
            tuple(
                row.texts.get(k, "")
                if k in row.bad or k == "household"  # the household as written, not folded
                else shown_value(BY_KEY[k].kind, row.values.get(k), lang)
                for k in keys
            ),
            frozenset(i for i, k in enumerate(keys) if k in row.bad),
        )
        for row in rows
    )
    problems = sorted(checker.problems, key=lambda p: (p.row, -1 if p.column is None else p.column))
    return Checked(
        data.name,
        columns,
        tuple(BY_KEY[k] for k in keys),
        tuple(households) if not problems else (),
        preview,
        tuple(problems),
    )
