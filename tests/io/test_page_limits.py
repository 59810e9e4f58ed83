"""read_html and read_url bound their work: elements, text, a total deadline (issue 19.3),
and the default-pass fallback when the precise pass keeps too little (issue 22)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from visitx import read_html, read_url
from visitx.core.errors import InputError

from conftest import call_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

PARAGRAPHS = [
    "A trade delegation from Veloria led by Deputy Minister Anna Keller visited the port of "
    "Hanley on Tuesday and met the harbour authority's board.",
    "The two sides discussed new ferry connections and a joint training centre for customs "
    "officers, according to a statement from the port.",
    "Keller said the visit opened a new chapter in relations between the two countries and "
    "invited the board to Veloria next spring.",
    "The harbour master showed the guests the new container terminal and the pilot station "
    "that opened last year.",
]


def test_precise_pass_keeping_only_a_reprint_notice_falls_back() -> None:
    """A body in <header class=entry-header> (dropped by the precise pass) is still read."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Veloria delegation visits Hanley</title></head><body>"
        "<nav><a href='/'>Home</a></nav><div class='page'>"
        f"<header class='entry-header'>{body}</header><div class='entry'><p class='reprint'>"
        "This article is reprinted from the Hanley Gazette with the kind permission of the "
        "publisher.</p></div></div><footer>Contact</footer></body></html>"
    )
    text = read_html(page).text
    assert "Keller said the visit opened a new chapter" in text


def test_precise_pass_keeping_a_longer_notice_falls_back() -> None:
    """A reprint notice of 362 characters beside a 1,500-character body: the body is read."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    notice = (
        "This article is reprinted from the Hanley Gazette with the kind permission of the "
        "publisher. The Hanley Gazette is an independent weekly newspaper covering the port "
        "towns of the northern coast, their trade, shipping and people since 1887. "
        "Reproduction of this article in any form requires the written consent of the "
        "publisher and the author. All rights reserved."
    )
    page = (
        "<html><head><title>Veloria delegation visits Hanley</title></head><body>"
        "<nav><a href='/'>Home</a></nav><div class='page'>"
        f"<header class='entry-header'>{body}</header><div class='entry'><p class='reprint'>"
        f"{notice}</p></div></div><footer>Contact</footer></body></html>"
    )
    assert len(notice) == 362
    text = read_html(page).text
    assert "Keller said the visit opened a new chapter" in text


def test_page_of_a_million_paragraphs_is_refused_quickly() -> None:
    """An 8 MB page of 1,000,000 <p> is an InputError in seconds, before trafilatura."""
    page = "<html><body>" + "<p>x</p>" * 1_000_000 + "</body></html>"
    with pytest.raises(InputError, match=r"1,000,00[0-9] HTML elements"):
        call_within(30, lambda: read_html(page))


def test_element_limit_is_a_parameter() -> None:
    """max_elements bounds the elements; scripts and styles do not count."""
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 5) + "</body></html>"
    with pytest.raises(InputError, match="more than the limit of 10"):
        read_html(page, max_elements=10)
    scripted = page.replace("<body>", "<body><script>" + "<p>" * 50 + "</script>")
    assert "Veloria" in read_html(scripted, max_elements=40).text


def test_page_with_more_text_than_any_news_page_is_refused() -> None:
    """A few elements holding millions of characters are refused too."""
    page = "<html><body><p>" + "word " * 500_000 + "</p></body></html>"
    with pytest.raises(InputError, match="characters of text, more than the limit"):
        call_within(30, lambda: read_html(page))


class DripServer:
    """A hostile server on 127.0.0.1: sends headers, then one byte every `interval` s."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.05)
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/page"

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self.drip, args=(conn,), daemon=True).start()

    def drip(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n\r\n<html><p>")
                while not self.stop.wait(self.interval):
                    conn.sendall(b"a")
            except OSError:
                return

    def __enter__(self) -> DripServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def drip() -> Iterator[DripServer]:
    with DripServer(interval=0.01) as server:
        yield server


def test_dripping_server_hits_the_total_deadline_on_the_clock(drip: DripServer) -> None:
    """With a clock that runs a second per look, a 10 s deadline passes after ~10 bytes."""
    ticks = iter(range(1_000_000))
    with pytest.raises(InputError, match="did not arrive within 10 s"):
        call_within(20, lambda: read_url(drip.url(), timeout=10, clock=lambda: float(next(ticks))))


def test_dripping_server_is_cut_off_in_real_time(drip: DripServer) -> None:
    """Each read succeeds, yet the whole fetch stops at its 0.5 s deadline."""
    started = time.monotonic()
    with pytest.raises(InputError, match=r"did not arrive within 0\.5 s"):
        call_within(20, lambda: read_url(drip.url(), timeout=0.5))
    assert time.monotonic() - started < 5


def test_silent_server_times_out() -> None:
    """A server that accepts the connection and never answers: InputError at the timeout."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/page"
        with pytest.raises(InputError, match=r"did not arrive within 0\.3 s"):
            call_within(20, lambda: read_url(url, timeout=0.3))
