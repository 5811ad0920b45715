"""One object holding every repository of an open vault connection."""

from __future__ import annotations

from contextlib import AbstractContextManager

from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.records.assessments import AssessmentRepository
from ripartire_desktop.store.records.audit import AuditLog
from ripartire_desktop.store.records.budget import BudgetRepository
from ripartire_desktop.store.records.desk import FirstContactRepository
from ripartire_desktop.store.records.drafts import DraftRepository
from ripartire_desktop.store.records.families import FamilyRepository
from ripartire_desktop.store.records.form_drafts import FormDraftRepository, ViewDraftRepository
from ripartire_desktop.store.records.handovers import HandoverRepository
from ripartire_desktop.store.records.households import IdentityRepository, MemberRepository
from ripartire_desktop.store.records.ledger import AidRepository
from ripartire_desktop.store.records.outcomes import ClosureRepository, ConsentRepository
from ripartire_desktop.store.records.path import ActionRepository, InterviewRepository
from ripartire_desktop.store.records.places import PlacesRepository
from ripartire_desktop.store.records.rounds import RoundRepository
from ripartire_desktop.store.records.search import SearchIndex
from ripartire_desktop.store.records.settings import SettingsRepository
from ripartire_desktop.store.records.sheet_mapping import SheetMappingRepository
from ripartire_desktop.store.records.team import TeamRepository


class Records:
    """`Records(conn)`: families, identities, ... as attributes; `with records.transaction():`
    groups several writes into one all-or-nothing change."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.families = FamilyRepository(conn)
        self.identities = IdentityRepository(conn)
        self.members = MemberRepository(conn)
        self.first_contacts = FirstContactRepository(conn)
        self.assessments = AssessmentRepository(conn)
        self.rounds = RoundRepository(conn)
        self.interviews = InterviewRepository(conn)
        self.drafts = DraftRepository(conn)
        self.form_drafts = FormDraftRepository(conn)
        self.view_drafts = ViewDraftRepository(conn)
        self.actions = ActionRepository(conn)
        self.aid = AidRepository(conn)
        self.budget = BudgetRepository(conn)
        self.consents = ConsentRepository(conn)
        self.closures = ClosureRepository(conn)
        self.settings = SettingsRepository(conn)
        self.sheet_mapping = SheetMappingRepository(conn)
        self.audit = AuditLog(conn)
        self.search = SearchIndex(conn)
        self.team = TeamRepository(conn)
        self.places = PlacesRepository(conn)
        self.handovers = HandoverRepository(conn)

    def transaction(self) -> AbstractContextManager[Connection]:
        return transaction(self.conn)
