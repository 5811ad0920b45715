"""Builders for fully populated families, with distinct text in every field."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ripartire_desktop.domain import (
    ActionType,
    AdultWork,
    AidCategory,
    AidPayment,
    Assessment,
    AssessmentRound,
    Benefit,
    BenefitKind,
    Channel,
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Decision,
    Family,
    FirstContact,
    FirstContactOutcome,
    Identity,
    Interview,
    InterviewMode,
    IseeType,
    Member,
    MemberRole,
    NeedArea,
    NeedScore,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    RoundKind,
    RoundScore,
    WorkSituation,
    WorkType,
)
from ripartire_desktop.store.records import Records


def populated_family(records: Records, tag: str, *, on: date = date(2026, 3, 2)) -> Family:
    """A family with one of everything; every text contains `tag` so leaks can be traced."""
    with records.transaction():
        family = records.families.create(
            on=on, counsellor=f"operatrice {tag}", minors=2, adults=1, channel=Channel.PHONE
        )
        fid = family.id
        assert fid is not None
        records.identities.save(
            fid,
            Identity(
                people=(Person(given_name=f"Nome{tag}", family_name=f"Cognome{tag}"),),
                phones=(f"+39 000 {tag}",),
                emails=(f"{tag}@example.org",),
                address=f"Via {tag} 1, Cernusco sul Naviglio",
                contact_preferences=f"preferenze {tag}",
            ),
        )
        parent = records.members.add(fid, Member(role=MemberRole.PARENT, birth_year=1985))
        records.members.add(fid, Member(role=MemberRole.CHILD, birth_year=2016))
        records.first_contacts.add(
            FirstContact(
                occurred_at=datetime(2026, 3, 1, 9, 30),
                channel=Channel.PHONE,
                outcome=FirstContactOutcome.APPOINTMENT_BOOKED,
                family_id=fid,
                request=f"richiesta {tag}",
                notes=f"nota sportello {tag}",
            )
        )
        records.assessments.save(
            Assessment(
                family_id=fid,
                assessed_on=on,
                needs=(
                    NeedScore(area=NeedArea.WORK, baseline=3, exit=1, note=f"lavoro {tag}"),
                    NeedScore(area=NeedArea.ENERGY_BILLS, baseline=2, note=f"bollette {tag}"),
                ),
                motivation=4,
                resources=f"risorse {tag}",
                resident=True,
                has_minor=True,
                job_loss_or_hardship=True,
                decision=Decision.ADMITTED,
                decided_on=on,
            )
        )
        action = records.actions.add(
            PlanAction(
                family_id=fid,
                action_type=ActionType.CV,
                description=f"curriculum {tag}",
                owner=f"responsabile {tag}",
                due_on=date(2026, 4, 1),
                outcome=f"esito {tag}",
            )
        )
        records.interviews.add(
            Interview(
                family_id=fid,
                starts_at=datetime(2026, 3, 3, 10, 0),
                duration_minutes=50,
                mode=InterviewMode.DESK,
                participants=f"partecipanti {tag}",
                notes=f"colloquio {tag} perché più difficoltà",
                topics=(NeedArea.WORK, NeedArea.DEBT),
                next_steps=f"passi {tag}",
                next_appointment=datetime(2026, 3, 10, 10, 0),
            )
        )
        records.aid.add(
            AidPayment(
                family_id=fid,
                paid_on=date(2026, 3, 5),
                category=AidCategory.ENERGY_BILLS,
                amount_cents=12_345,
                payee_kind=PayeeKind.SUPPLIER,
                payee_name=f"fornitore {tag}",
                receipt_ref=f"ricevuta {tag}",
                action_id=action.id,
            )
        )
        records.consents.add(
            Consent(
                family_id=fid,
                notice_version=f"2026-{tag}",
                given_on=on,
                method=ConsentMethod.SIGNED_PAPER,
                scopes=frozenset({ConsentScope.PATH, ConsentScope.ANONYMOUS_STATISTICS}),
            )
        )
        records.closures.add(
            Closure(
                family_id=fid,
                closed_on=date(2026, 9, 1),
                reason=ClosureReason.PATH_COMPLETED,
                outcome=Outcome.WORK_FOUND,
                work_type=WorkType.FIXED_TERM,
                note=f"chiusura {tag}",
            )
        )
        records.rounds.save(
            AssessmentRound(
                family_id=fid,
                kind=RoundKind.REVIEW,
                assessed_on=on + timedelta(days=91),
                scores=(RoundScore(area=NeedArea.WORK, severity=2),),
                income_cents=91_000,
                debt_cents=250_000,
                arrears_cents=30_000,
                isee_cents=712_345,
                isee_type=IseeType.CORRENTE,
                isee_issued_on=on + timedelta(days=79),
                isee_expires_on=on + timedelta(days=79 + 183),
                note=f"verifica {tag}",
                work=(AdultWork(member_id=parent.id, work_situation=WorkSituation.PRECARIOUS),),
                benefits=(
                    Benefit(kind=BenefitKind.ASSEGNO_UNICO, monthly_cents=14_250),
                    Benefit(
                        kind=BenefitKind.OTHER,
                        name=f"misura {tag}",
                        renewal_on=on + timedelta(days=274),
                    ),
                ),
            )
        )
    return family
