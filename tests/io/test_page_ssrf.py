"""read_url(allow_private=False) refuses non-public addresses (issue 19.17, SSRF).

Only 127.0.0.1 is reachable in the tests: loopback is what is refused, before any request
reaches it; the address checks themselves are pure.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from visitx import read_url
from visitx.cli.main import main
from visitx.core.article import BadInput
from visitx.core.errors import InputError
from visitx.io.files import iter_articles
from visitx.io.netguard import check_host, is_public, request_hook, response_hook

from conftest import PageSite

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

ARTICLE = (
    b"<html><head><title>Visit</title></head><body><article><p>"
    + b"A trade delegation from Veloria visited the port of Hanley on Tuesday. " * 4
    + b"</p></article></body></html>"
)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.5.4",
        "192.168.0.10",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "not an address",
    ],
)
def test_non_public_addresses(address: str) -> None:
    """Loopback, private, link-local (cloud metadata), CGNAT, multicast... are not public."""
    assert not is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address: str) -> None:
    """Globally routable unicast addresses are public."""
    assert is_public(address)


def test_private_switch_refuses_loopback_before_any_request() -> None:
    """With allow_private=False a 127.0.0.1 URL is refused and the server sees no request."""
    seen: list[str] = []
    with PageSite({"/a": (200, {"content-type": "text/html"}, ARTICLE)}) as site:
        original = site.httpd.RequestHandlerClass.do_GET

        def counting(handler: object) -> None:
            seen.append("GET")
            original(handler)  # type: ignore[arg-type]

        site.httpd.RequestHandlerClass.do_GET = counting  # type: ignore[method-assign]
        with pytest.raises(InputError, match="non-public address"):
            read_url(site.url("/a"), timeout=5, allow_private=False)
    assert seen == []


def test_name_resolving_to_loopback_is_refused() -> None:
    """'localhost' is refused after DNS resolution, not by its spelling."""
    with pytest.raises(InputError, match="localhost is at"):
        check_host("http://localhost:8080/", "localhost", 8080)


def test_every_redirect_hop_is_checked() -> None:
    """The request hook (run by httpx for the first request and every redirect) refuses."""

    class URL:
        host, port = "127.0.0.1", 80

        def __str__(self) -> str:
            return "http://127.0.0.1/"

    hop = SimpleNamespace(url=URL())
    with pytest.raises(InputError, match=re.escape("http://127.0.0.1/: 127.0.0.1 is at 127.0.0.1")):
        request_hook(hop)


def test_connection_that_went_to_a_private_address_is_refused() -> None:
    """A name that resolved publicly but connected to loopback (rebinding) is refused."""
    stream = SimpleNamespace(get_extra_info=lambda key: ("127.0.0.1", 80))
    request = SimpleNamespace(url=SimpleNamespace(host="rebind.example"))
    response = SimpleNamespace(extensions={"network_stream": stream}, request=request)
    with pytest.raises(InputError, match=re.escape("rebind.example is at 127.0.0.1")):
        response_hook(response)


def test_default_still_reads_local_pages() -> None:
    """Without the switch (the default) a page on 127.0.0.1 is read as before."""
    with PageSite({"/a": (200, {"content-type": "text/html"}, ARTICLE)}) as site:
        assert "Veloria" in read_url(site.url("/a"), timeout=5).text


def test_iter_articles_passes_the_switch_on() -> None:
    """iter_articles(..., allow_private=False) gives a URL on 127.0.0.1 as a bad input."""
    with PageSite({"/a": (200, {"content-type": "text/html"}, ARTICLE)}) as site:
        (item,) = iter_articles([site.url("/a")], allow_private=False)
    assert isinstance(item, BadInput)
    assert "non-public address" in item.message


def test_cli_no_private_urls_refuses_loopback(provider_env: Path) -> None:
    """`visitx extract --no-private-urls URL` on 127.0.0.1: one error record, exit 0."""
    with PageSite({"/a": (200, {"content-type": "text/html"}, ARTICLE)}) as site:
        result = CliRunner().invoke(main, ["extract", "--no-private-urls", site.url("/a")])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["error"]["type"] == "InputError"
    assert "non-public address" in record["error"]["message"]
