"""core.urls: credentials in URLs never reach a repr, an error, a log line or a cassette."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from vcr.request import Request

from visitx import ProviderError, Settings
from visitx.core.secrets import remember
from visitx.core.urls import redact_url, redact_urls, remember_url, split_query


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


def test_cassettes_record_no_key_echoed_in_a_body(vcr_config: dict[str, Any]) -> None:
    """An error body that quotes the mangled URL and the key is recorded masked."""
    body = b'{"error": {"message": "no route /v1?key=SECRET/files (Bearer sk-abcdefgh12)"}}'
    response = {"headers": {}, "body": {"string": body}}
    scrubbed = vcr_config["before_record_response"](response)
    assert scrubbed["body"]["string"] == (
        b'{"error": {"message": "no route /v1?key=*** (Bearer ***)"}}'
    )


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_url_that_cannot_be_fetched_is_reported_masked() -> None:
    """`visitx extract URL` with a ?token=: the failed input's message masks it."""
    from visitx.core.article import BadInput
    from visitx.io.files import iter_articles

    [item] = list(iter_articles(["http://127.0.0.1:9/page.html?token=SECRET"]))
    assert isinstance(item, BadInput)
    assert "token=***" in item.message
    assert "SECRET" not in item.message


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # The openai SDK appends its path to a base URL's query (seen against a 127.0.0.1
        # server: `base_url=http://127.0.0.1:P/v1?key=K` requests `/v1?key=K/files`).
        ("no route /v1?key=K1/files", "no route /v1?key=***"),
        ("no route /v1?key=K1/files.", "no route /v1?key=***."),
        (
            "no route /v1?api-version=2024-02-01&SIG=K1/chat/completions, sorry",
            "no route /v1?api-version=2024-02-01&SIG=***, sorry",
        ),
        ("Nothing at 127.0.0.1:8080/v1?token=K1", "Nothing at 127.0.0.1:8080/v1?token=***"),
        # Percent-encoded, whole or path only.
        (
            "at: http%3A%2F%2Fh%3A8080%2Fv1%3Fapi-version%3D2024-02-01%26Api_Key%3DK1%2Ffiles.",
            "at: http%3A%2F%2Fh%3A8080%2Fv1%3Fapi-version%3D2024-02-01%26Api_Key%3D***.",
        ),
        ("Not found: /v1%3Fkey%3DK1/files", "Not found: /v1%3Fkey%3D***"),
        # Quoted, at the end of a sentence, HTML-escaped.
        ("for url 'http://h:1/v1?key=K1/files'.", "for url 'http://h:1/v1?key=***'."),
        ("At http://h:1/v1?key=K1. Check it.", "At http://h:1/v1?key=***. Check it."),
        ('<a href="/x?a=1&amp;access_token=K1">', '<a href="/x?a=1&amp;access_token=***">'),
        # Every secret name, whatever its case; other parameters kept.
        (
            "?KEY=a&api_key=b&api-key=c&apikey=d&Token=e&access_token=f&sig=g&Signature=h"
            "&password=i&secret=j&code=k&X-Amz-Credential=l&client_secret=m&country_code=US"
            "&keyword=z&monkey=1",
            "?KEY=***&api_key=***&api-key=***&apikey=***&Token=***&access_token=***&sig=***"
            "&Signature=***&password=***&secret=***&code=***&X-Amz-Credential=***"
            "&client_secret=***&country_code=US&keyword=z&monkey=1",
        ),
        # A password in user information, plain or percent-encoded.
        ("at http://me:K1@h:8080/v1.", "at http://me:***@h:8080/v1."),
        ("at //me:K1@h/v1", "at //me:***@h/v1"),
        ("at http%3A%2F%2Fme%3AK1%2540x%40h%2Fv1", "at http%3A%2F%2Fme%3A***%40h%2Fv1"),
        # Not secrets: left alone.
        ("a key=value pair; see http://h:80/v1?page=2", "a key=value pair; see http://h:80/v1?page=2"),
    ],
)
def test_redact_urls_masks_mangled_urls(text: str, shown: str) -> None:
    """A secret query value or password is masked in any shape of URL; host, port, path
    and the other parameters stay, so the message still says where the request went."""
    assert redact_urls(text) == shown


def test_a_remembered_key_is_masked_wherever_it_appears() -> None:
    """The key and the URL secrets a client was built with are masked in any text: as
    given, percent-encoded, and a URL's user:password as its Basic credential."""
    remember("sk-remembered-0123456789")
    remember_url("http://me:pass-remembered-01@h/v1?sig=sig-remembered-01&api-version=2")
    text = (
        "Incorrect API key provided: sk-remembered-0123456789. Got Basic "
        "bWU6cGFzcy1yZW1lbWJlcmVkLTAx as bWU6cGFzcy1yZW1lbWJlcmVkLTAx; "
        '{"sig": "sig-remembered-01", "pw": "pass-remembered-01"}'
    )
    assert redact_urls(text) == (
        'Incorrect API key provided: ***. Got Basic *** as ***; {"sig": "***", "pw": "***"}'
    )


def test_short_values_are_not_remembered() -> None:
    """A placeholder key (`EMPTY`, `ollama`) would mask ordinary words: it is not
    remembered, and is masked only where it stands as a credential."""
    remember("ollama")
    assert redact_urls("ollama said no to ?key=ollama") == "ollama said no to ?key=***"


def test_split_query_gives_the_values_decoded_and_leaves_a_plain_url_alone() -> None:
    """An Azure SAS-style signature (`%2F`, `%2B`, `%3D`) comes back decoded; httpx2
    encodes it again as `sig=ab%2Fc%2Bd%3D` when it sends the request. A URL with no
    query is returned as given, trailing slash included."""
    assert split_query("https://gw.example/v1?sig=ab%2Fc%2Bd%3D&sv=2024-01-01&x=a+b") == (
        "https://gw.example/v1", {"sig": "ab/c+d=", "sv": "2024-01-01", "x": "a b"}
    )
    assert split_query("http://127.0.0.1:8080/v1/") == ("http://127.0.0.1:8080/v1/", {})
