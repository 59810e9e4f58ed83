"""CAMEO and PLOVER codes, derived from a visit's type, status and agreements.

The mapping is the table of the data model; the model is never asked for codes. A visit
none of whose participants is found in the article gets none: a type and a status alone
(a weak model's draft with no one in it) are not an event.
"""

from __future__ import annotations

from visitx.core.models import AgreementStatus, Codes, Visit, VisitStatus, VisitType

_OCCURRED: dict[VisitType, tuple[list[str], str]] = {
    # type -> (CAMEO codes, PLOVER mode); the PLOVER event of a meeting is CONSULT.
    VisitType.VISIT: (["042", "043"], "visit"),
    VisitType.THIRD_LOCATION: (["044"], "third-party"),
    VisitType.MULTILATERAL: (["044"], "multilateral"),
    VisitType.REMOTE: (["041"], "phone"),
}

SIGNED_AGREEMENT = "057"


def derive_codes(visit: Visit) -> Codes:
    """The codes for a visit, per the data model's table.

    042/043 are CAMEO's "make a visit" / "host a visit", 044 "meet at a third location",
    041 "discuss by telephone", 036 "express intent to meet or negotiate", and 057
    "sign formal agreement". A visit without a participant located in the article gets
    no codes.
    """
    if visit.status == VisitStatus.CANCELLED or not has_grounded_participant(visit):
        return Codes()
    if visit.status == VisitStatus.OCCURRED:
        cameo, mode = _OCCURRED[visit.type]
        codes = Codes(cameo=list(cameo), plover_event="CONSULT", plover_mode=mode)
    else:
        codes = Codes(cameo=["036"], plover_event="AGREE", plover_mode=None)
    if any(a.status == AgreementStatus.SIGNED for a in visit.agreements):
        codes.cameo.append(SIGNED_AGREEMENT)
    return codes


def has_grounded_participant(visit: Visit) -> bool:
    """Whether at least one participant's name (with a letter in it) was located in the article.

    A name of punctuation alone ("-") is found next to any dash of the article, and names
    no one.
    """
    return any(
        p.name.start is not None and any(c.isalpha() for c in p.name.text)
        for p in visit.participants
    )
