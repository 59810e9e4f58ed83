"""What model calls cost: token estimates before a call, prices from genai-prices, budgets.

Prices come from `genai-prices` (Pydantic's maintained table of model prices, shipped with
the package and read offline; visitx never lets it fetch updates). A model it does not
know has no price: estimates then say "unknown price" and a budget cannot be kept.

Token estimates before a call count the article's characters per script, at a ratio of
characters per token for each script (below), plus the prompt's fixed part: the system
message is 563 tokens in `json_schema` and `tools` modes (bench/README.md), the article's
frame and metadata about 40 more. The completion is estimated at `COMPLETION_TOKENS` (600)
per article sent: the gold set's reference drafts, written as compact JSON, average 2,204
characters, 550 to 735 tokens at 4 to 3 characters a token. Real counts
depend on the model's tokenizer: the estimate is meant for the order of magnitude and a
safety margin for budgets, not for the last cent.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
import unicodedata

from visitx.core.errors import ConfigurationError, VisitxError

__all__ = [
    "CHARS_PER_TOKEN",
    "COMPLETION_TOKENS",
    "FIXED_PROMPT_TOKENS",
    "Budget",
    "BudgetExceeded",
    "estimate_completion_tokens",
    "estimate_prompt_tokens",
    "price",
]

FIXED_PROMPT_TOKENS = 563 + 40
COMPLETION_TOKENS = 600
# Characters per token, by script: conservative (rather too many tokens than too few)
# for the byte-pair tokenizers of current chat models.
CHARS_PER_TOKEN = {
    "latin": 3.5,
    "cyrillic": 2.8,
    "arabic": 2.6,
    "cjk": 1.0,
    "hangul": 1.4,
    "other": 2.5,
}


class BudgetExceeded(VisitxError):
    """The run stopped before its spend would pass `Settings.budget_usd`.

    The articles finished so far are written and cached; the same command with a larger
    budget resumes where this one stopped.
    """

    def __init__(self, message: str, *, spent_usd: float = 0.0) -> None:
        super().__init__(message)
        self.spent_usd = spent_usd


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    for word, script in (
        ("LATIN", "latin"),
        ("CYRILLIC", "cyrillic"),
        ("ARABIC", "arabic"),
        ("CJK", "cjk"),
        ("HIRAGANA", "cjk"),
        ("KATAKANA", "cjk"),
        ("HANGUL", "hangul"),
    ):
        if name.startswith(word):
            return script
    return "other"


def estimate_prompt_tokens(text: str) -> int:
    """Prompt tokens of one request for `text`: the fixed part plus the article by script.

    Example:
        >>> estimate_prompt_tokens("a" * 3500)
        1603
    """
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isspace():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    spaces = len(text) - sum(counts.values())
    counts["latin"] = counts.get("latin", 0) + spaces
    article = sum(n / CHARS_PER_TOKEN[script] for script, n in counts.items())
    return FIXED_PROMPT_TOKENS + round(article)


def estimate_completion_tokens(text: str) -> int:
    """Completion tokens of one answer (the mean of the gold drafts; `text` is not read)."""
    del text
    return COMPLETION_TOKENS


def price(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """US dollars for these tokens with `model` (genai-prices, offline), or None if unknown.

    Example:
        >>> round(price("gpt-4.1-mini", 1_000_000, 0), 2)
        0.4
        >>> price("my-local-model", 1000, 1000) is None
        True
    """
    try:
        from genai_prices import Usage, calc_price
    except ImportError:  # pragma: no cover - a dependency
        return None
    try:
        found = calc_price(
            Usage(input_tokens=prompt_tokens, output_tokens=completion_tokens),
            model_ref=model,
        )
    except LookupError:
        return None
    return float(found.total_price)


@dataclasses.dataclass
class Budget:
    """Money a batch may still spend: real usage so far, plus estimates of what is in flight.

    `reserve` is asked before each request; it refuses when the spend so far, the
    requests in flight and this one (estimated) would pass the limit.
    """

    model: str
    limit_usd: float | None
    spent_usd: float = 0.0
    reserved_usd: float = 0.0
    priced: bool = True
    _lock: threading.Lock = dataclasses.field(default_factory=threading.Lock, repr=False)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        return price(self.model, prompt_tokens, completion_tokens)

    def check_priced(self) -> None:
        """Raise `ConfigurationError` when a limit is set but the model has no known price."""
        if self.limit_usd is not None and price(self.model, 1000, 1000) is None:
            raise ConfigurationError(
                f"No price is known for model {self.model!r} (genai-prices), so a budget "
                "cannot be kept. Run without --budget / budget_usd, or use a priced model."
            )

    def reserve(self, text: str) -> float:
        """Hold the estimated cost of one request; raises `BudgetExceeded` if it would not fit."""
        if self.limit_usd is None:
            return 0.0
        estimate = self.cost(estimate_prompt_tokens(text), estimate_completion_tokens(text))
        if estimate is None:
            self.priced = False
            return 0.0
        with self._lock:
            if self.spent_usd + self.reserved_usd + estimate > self.limit_usd:
                raise BudgetExceeded(
                    f"Stopped before passing the budget of ${self.limit_usd:.4f}: "
                    f"${self.spent_usd:.4f} spent; the next article would cost about "
                    f"${estimate:.4f}. Run the same command with a larger budget to resume.",
                    spent_usd=self.spent_usd,
                )
            self.reserved_usd += estimate
        return estimate

    def settle(self, reserved: float, prompt_tokens: int, completion_tokens: int) -> None:
        """Replace a reservation by what the provider reported."""
        real = self.cost(prompt_tokens, completion_tokens)
        with self._lock:
            self.reserved_usd = max(0.0, self.reserved_usd - reserved)
            if real is None:
                self.priced = False
            else:
                self.spent_usd += real
