"""What the answers a batch collect validated used and cost, at the batch rate."""

from __future__ import annotations

from visitx.core.models import Usage
from visitx.llm.cost import price

# Batch jobs cost half the live price at OpenAI and at Anthropic (Message Batches).
BATCH_RATE = 0.5


def batch_cost(model: str, usage: Usage) -> float | None:
    """US dollars for `usage` with `model` at the batch rate, or None if its price is unknown.

    The model's name is looked up without a `provider/` prefix (`anthropic/claude-...`).
    Tokens read from the prompt cache are priced as other prompt tokens, so for a
    cached system block this is an upper bound.
    """
    name = model.split("/", 1)[1] if "/" in model else model
    live = price(name, usage.prompt_tokens, usage.completion_tokens)
    return None if live is None else live * BATCH_RATE
