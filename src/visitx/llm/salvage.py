"""What is kept when instructor's re-asks end without a valid draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from visitx.core.errors import ExtractionError, VisitxError
from visitx.llm.wire import Reading, strip_fences
from visitx.record.draft import Draft, find_problems


def best_draft(
    exc: BaseException, mapped: VisitxError, article: str, read: Callable[[Any], Reading]
) -> Draft | None:
    """The failed attempt's draft with the fewest problems, or None if none had the shape.

    Without one, `mapped` (an `ExtractionError`) gets the last raw answer and its errors
    once each, so the error the caller sees shows what the model wrote.
    """
    best: tuple[int, Draft] | None = None
    raws: list[str] = []
    for attempt in getattr(exc, "failed_attempts", None) or []:
        raw = read(attempt.completion).raw if attempt.completion is not None else None
        if raw is None:
            continue
        raws.append(raw)
        try:
            draft = Draft.model_validate_json(strip_fences(raw))
        except ValueError:
            continue
        problems = sum(1 for _ in find_problems(draft, article, language=draft.language))
        if best is None or problems < best[0]:
            best = (problems, draft)
    if best is None and isinstance(mapped, ExtractionError):
        mapped.errors = list(dict.fromkeys(mapped.errors))
        if mapped.raw_output is None and raws:
            mapped.raw_output = raws[-1]
    return None if best is None else best[1]


def salvage_warning(mapped: VisitxError, max_reasks: int) -> str:
    """The warning of a record kept from an earlier answer."""
    if isinstance(mapped, ExtractionError) and not mapped.errors[0].startswith("finish"):
        return (
            f"the model's answer still had problems after {max_reasks} "
            "re-ask(s); the values it could not fix are flagged"
        )
    first = str(mapped).split(". ")[0].rstrip(".")
    return (
        f"a re-ask failed ({first}); the best earlier answer is kept and the values "
        "it could not fix are flagged"
    )
