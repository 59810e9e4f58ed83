"""A page server answering 5xx is worded as the server's failure, not the address's."""

from __future__ import annotations

import pytest

from visitx import InputError, read_url

from conftest import PageSite, call_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

_ROUTES = {"/broken": (500, {"content-type": "text/html"}, b"<h1>Internal Server Error</h1>")}


def test_http_500_says_the_server_failed_and_to_retry() -> None:
    """HTTP 500 from 127.0.0.1: 'the server failed (HTTP 500); retry later', no 'address'."""
    with PageSite(_ROUTES) as site, pytest.raises(InputError) as caught:
        call_within(20, lambda: read_url(site.url("/broken"), timeout=5))
    message = str(caught.value)
    assert message == (
        f"{site.url('/broken')}: the server failed (HTTP 500); retry later, or check the "
        "server's log if it is yours."
    )


def test_http_404_still_says_check_the_address() -> None:
    """HTTP 404 from 127.0.0.1 keeps its wording: 'answered HTTP 404; check the address'."""
    with PageSite(_ROUTES) as site, pytest.raises(InputError) as caught:
        call_within(20, lambda: read_url(site.url("/missing"), timeout=5))
    assert str(caught.value).endswith("the server answered HTTP 404; check the address.")
