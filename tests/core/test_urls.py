"""core.urls: credentials in URLs never reach a repr, an error, a log line or a cassette."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from vcr.request import Request

from visitx import ProviderError, Settings
from visitx.core.urls import redact_url, redact_urls


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://me:hunter2@api.example.com/v1", "https://me:***@api.example.com/v1"),
        ("https://api.example.com/v1?key=abc", "https://api.example.com/v1?key=***"),
        ("https://h/v1?api_key=a&api-version=2", "https://h/v1?api_key=***&api-version=2"),
        ("https://h/v1?X-Api-Key=a", "https://h/v1?X-Api-Key=***"),
        ("https://h/v1?access_token=a&sig=b", "https://h/v1?access_token=***&sig=***"),
        ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1"),
        ("http://user@h/v1", "http://user@h/v1"),
        ("https://h/v1?version=2#key=x", "https://h/v1?version=2#key=x"),
        ("http://[::1", "http://[::1"),  # not a URL urllib can split: left as it is
    ],
)
def test_redact_url(url: str, shown: str) -> None:
    """Passwords and secret query values are masked; everything else is kept."""
    assert redact_url(url) == shown


def test_redact_urls_in_a_sentence() -> None:
    """Every URL in a message is masked, the words around them are kept."""
    text = "Could not reach https://u:p@h/v1 (see http://h/x?token=t)."
    assert redact_urls(text) == "Could not reach https://u:***@h/v1 (see http://h/x?token=***)."


def test_settings_repr_masks_the_base_url() -> None:
    """repr(Settings) shows neither the password nor the ?key= of the base URL."""
    shown = repr(Settings(base_url="http://u:pw@h:8080/v1?key=SECRET", api_key="sk-hidden"))
    assert "base_url='http://u:***@h:8080/v1?key=***'" in shown
    assert "pw" not in shown.replace("pwd", "")
    assert "SECRET" not in shown
    assert "sk-hidden" not in shown


def test_provider_error_masks_urls() -> None:
    """A provider error that quotes the request URL does not quote its key."""
    error = ProviderError(
        "HTTP 404 for https://h/v1/chat?key=SECRET", provider_message="no https://h/?key=SECRET"
    )
    assert "SECRET" not in str(error)
    assert error.provider_message == "no https://h/?key=***"


def test_log_lines_mask_urls(caplog: pytest.LogCaptureFixture) -> None:
    """A visitx log line with a URL argument is masked before any handler sees it."""
    with caplog.at_level(logging.INFO, logger="visitx"):
        logging.getLogger("visitx").info("asking %s", "http://u:pw@h/v1?key=SECRET")
    assert caplog.messages == ["asking http://u:***@h/v1?key=***"]


def test_cassettes_record_no_key_in_the_query(vcr_config: dict[str, Any]) -> None:
    """Re-recording with a ?key= base URL writes the request with the key masked."""
    request = Request("POST", "http://u:pw@10.0.0.1:8080/v1/chat/completions?key=SECRET", b"{}", {})
    scrubbed = vcr_config["before_record_request"](request)
    assert scrubbed.uri == "http://reference.invalid/v1/chat/completions?key=***"


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_url_that_cannot_be_fetched_is_reported_masked() -> None:
    """`visitx extract URL` with a ?token=: the failed input's message masks it."""
    from visitx.core.article import BadInput
    from visitx.io.files import iter_articles

    [item] = list(iter_articles(["http://127.0.0.1:9/page.html?token=SECRET"]))
    assert isinstance(item, BadInput)
    assert "token=***" in item.message
    assert "SECRET" not in item.message
