"""CAMEO/PLOVER codes follow the data model's table."""

from __future__ import annotations

import pytest

from visitx.core.models import Agreement, Participant, Span, Visit
from visitx.record.codes import derive_codes


def _visit(type_: str, status: str, signed: bool = False, found: bool = True) -> Visit:
    mou = Span(text="MoU", start=40, end=43, match="exact") if found else Span(text="MoU")
    agreements = [Agreement(kind="mou", text=mou, status="signed")] if signed else []
    # One participant and one evidence sentence located in the article, and a summary
    # sentence: without them a visit gets no codes.
    host = Participant(
        role="host", kind="person", name=Span(text="Ali Veli", start=0, end=8, match="exact")
    )
    said = "Ali Veli received the delegation."
    return Visit(
        id="x-0",
        type=type_,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        summary="Ali Veli received a delegation.",
        agreements=agreements,
        participants=[host],
        evidence=[Span(text=said, start=0, end=len(said), match="exact")],
    )


@pytest.mark.parametrize(
    ("type_", "status", "cameo", "event", "mode"),
    [
        ("visit", "occurred", ["042", "043"], "CONSULT", "visit"),
        ("third_location", "occurred", ["044"], "CONSULT", "third-party"),
        ("multilateral", "occurred", ["044"], "CONSULT", "multilateral"),
        ("remote", "occurred", ["041"], "CONSULT", "phone"),
        ("visit", "planned", ["036"], "AGREE", None),
        ("remote", "invited", ["036"], "AGREE", None),
        ("visit", "cancelled", [], None, None),
    ],
)
def test_table(
    type_: str, status: str, cameo: list[str], event: str | None, mode: str | None
) -> None:
    """Each row of the data model's table."""
    codes = derive_codes(_visit(type_, status))
    assert (codes.cameo, codes.plover_event, codes.plover_mode) == (cameo, event, mode)


def test_signed_agreement_adds_057() -> None:
    """A signed agreement adds CAMEO 057."""
    assert derive_codes(_visit("visit", "occurred", signed=True)).cameo == ["042", "043", "057"]
    assert derive_codes(_visit("visit", "planned", signed=True)).cameo == ["036", "057"]


def test_made_up_signed_agreement_adds_no_057() -> None:
    """A signed agreement whose mention is not in the article (made up, as a weak model's
    draft has it: "mutabakat zaptı imzalandı" for an article without one) adds no 057."""
    assert derive_codes(_visit("visit", "occurred", signed=True, found=False)).cameo == [
        "042",
        "043",
    ]
