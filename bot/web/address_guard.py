"""Which network addresses a pasted link may reach: the guard against server-side request forgery.

Anyone in any server can paste a link, so a link must never make the bot talk
to its own machine, the network it runs in or a cloud metadata service. The
guard works on *addresses*, not names: a host is resolved once, every address
is checked, and the connection goes to exactly those addresses
(`GuardedResolver` hands them to aiohttp), so a name whose DNS answer changes
between check and connect (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache

from aiohttp.abc import AbstractResolver, ResolveResult

from bot.errors import AddressRefused, DnsFailure
from newsbrief.tables import read_tsv

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (family, address) pairs for a host name and port, as the system resolver gives them.
Lookup = Callable[[str, int, int], Awaitable[list[tuple[int, str]]]]

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NUMERIC_PART = re.compile(r"0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*")


@dataclass(frozen=True)
class AddressPolicy:
    """allow_private lifts the guard (tests, self-hosted intranets: dangerous on a public bot).

    exempt_endpoints lets tests reach one local server, by (address, port), while
    the guard stays on for every other address and port.
    """

    allow_private: bool = False
    exempt_endpoints: frozenset[tuple[str, int]] = field(default_factory=frozenset)


@cache
def _blocked_networks() -> tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...]:
    return tuple(
        (ipaddress.ip_network(net), what) for net, what in read_tsv("blocked_networks.tsv", "bot.web")
    )


def parse_ip_host(host: str) -> IPAddress | None:
    """The address a URL host names when it is an IP literal, read as the OS reads it.

    IPv4 follows inet_aton: one to four dot-separated parts, each decimal, octal
    (leading 0) or hex (0x), the last filling the remaining bytes, so
    "2130706433", "0177.0.0.1", "0x7f.1" and "127.1" are all 127.0.0.1.
    Returns None for a host name.
    """
    h = host.strip().lower()
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    if ":" in h:
        try:
            return ipaddress.IPv6Address(h.split("%", 1)[0])
        except ValueError:
            return None
    h = h.removesuffix(".")
    parts = h.split(".")
    if not 1 <= len(parts) <= 4 or not all(_NUMERIC_PART.fullmatch(p) for p in parts):
        return None
    numbers = [
        int(p[2:] or "0", 16) if p.startswith("0x") else int(p, 8 if p.startswith("0") else 10) for p in parts
    ]
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    return ipaddress.IPv4Address(value * 256 ** (4 - len(head)) + last)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address | None, bool]:
    """The IPv4 address an IPv6 address carries, and whether it alone decides.

    Mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d)
    addresses reach that IPv4 host, so it decides; 6to4 and Teredo merely carry
    one, which must be public too.
    """
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped, True
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF), True
    if ip.sixtofour is not None:
        return ip.sixtofour, False
    if ip.teredo is not None:
        return ip.teredo[1], False
    return None, False


def refusal_reason(ip: IPAddress) -> str | None:
    """What kind of non-public address `ip` is ("loopback address", ...), or None if public."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
        inner, decides = _embedded_ipv4(ip)
        if inner is not None:
            reason = refusal_reason(inner)
            if reason or decides:
                return reason
    for network, what in _blocked_networks():
        if ip.version == network.version and ip in network:
            return what
    # What the table does not name, Python's registry of special addresses still knows.
    if ip.is_loopback:
        return "loopback address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    if ip.is_private:
        return "private network address"
    if ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "reserved address"
    return None


def check_address(ip: IPAddress | str, port: int, policy: AddressPolicy, *, host: str | None = None) -> None:
    """Raise AddressRefused unless the policy lets us connect to ip:port.

    `host` is the name the address was resolved from; the message then names the
    site but not the address, which would tell a stranger about our network.
    """
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip.split("%", 1)[0])
    if policy.allow_private or (str(ip), port) in policy.exempt_endpoints:
        return
    reason = refusal_reason(ip)
    if reason is None:
        return
    raise AddressRefused(reason, host=host, address=str(ip))


async def system_lookup(host: str, port: int, family: int = socket.AF_UNSPEC) -> list[tuple[int, str]]:
    """The system resolver's addresses for host (one DNS lookup), as (family, address)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, family=family)
    except (socket.gaierror, UnicodeError) as err:
        raise DnsFailure(host) from err
    seen: dict[str, int] = {}
    for fam, _type, _proto, _canon, sockaddr in infos:
        if fam in (socket.AF_INET, socket.AF_INET6):
            seen.setdefault(str(sockaddr[0]), fam)
    return [(fam, address) for address, fam in seen.items()]


class GuardedResolver(AbstractResolver):
    """An aiohttp resolver that looks a host up once and returns only checked addresses.

    aiohttp connects to the addresses a resolver returns without looking the
    name up again, so what was checked is what is reached. A host with any
    refused address is refused whole: a public name that also points inside
    is a trick, not a mirror.
    """

    def __init__(self, policy: AddressPolicy, lookup: Lookup | None = None) -> None:
        self._policy = policy
        self._lookup = lookup or system_lookup

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = await self._lookup(host, port, family)
        if not addresses:
            raise DnsFailure(host, found_nothing=True)
        for _family, address in addresses:
            check_address(address, port, self._policy, host=host)
        return [
            ResolveResult(
                hostname=host,
                host=address,
                port=port,
                family=fam,
                proto=0,
                flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
            )
            for fam, address in addresses
        ]

    async def close(self) -> None:
        return None
