"""Public addresses only: the check behind `read_url(..., allow_private=False)`.

A library that fetches URLs inside a web service can be pointed at the service's own
network (server-side request forgery): `http://127.0.0.1:8080/admin`, a cloud metadata
address such as `169.254.169.254`, or a public page that redirects there. With the
switch off, every request `read_url` makes (the first and each redirect) is checked
before it is sent: the host is resolved and every address it resolves to must be public.
Each answer is checked again against the address the connection actually went to, so a
name that resolves differently the second time (DNS rebinding) is refused before its
page is read.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

from visitx.core.errors import InputError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(address: str) -> bool:
    """Whether an IP address is a public, routable unicast address.

    Loopback, private (RFC 1918, unique-local), link-local (with cloud metadata
    services), carrier-grade NAT, multicast, reserved and unspecified addresses are not;
    an IPv4 address mapped into IPv6 counts as the IPv4 address.

    Example:
        >>> is_public("93.184.216.34"), is_public("10.0.0.7"), is_public("::1")
        (True, False, False)
    """
    try:
        ip: Address = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


def _refusal(url: str, host: str, address: str) -> InputError:
    return InputError(
        f"{url}: {host} is at {address}, a private, loopback or otherwise non-public "
        "address, which this reader is set to refuse (allow_private=False)."
    )


def check_host(url: str, host: str, port: int | None) -> None:
    """Refuse `host` unless every address it resolves to is public.

    Raises:
        InputError: the host resolves to a non-public address, or does not resolve.
    """
    try:
        infos = socket.getaddrinfo(host, port or 0, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise InputError(f"{url}: the host {host!r} cannot be resolved ({exc}).") from exc
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            raise _refusal(url, host, address)


def request_hook(request: Any) -> None:
    """An httpx event hook: check each request's host before it is sent."""
    check_host(str(request.url), request.url.host, request.url.port)


def response_hook(response: Any) -> None:
    """An httpx event hook: check the address the connection went to before reading."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer and not is_public(str(peer[0])):
        raise _refusal(str(response.request.url), response.request.url.host, str(peer[0]))
