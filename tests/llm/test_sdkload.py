"""The SDK import on the way to the first request: the cyclic collector paused, then restored."""

from __future__ import annotations

import gc

from visitx.llm.sdkload import load_openai_sdk


def test_loading_the_sdk_leaves_the_collector_on(collector: None) -> None:
    """load_openai_sdk (whether or not this process imported openai already) restores it."""
    load_openai_sdk()
    assert gc.isenabled()
    assert load_openai_sdk.loaded()
