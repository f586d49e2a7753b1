"""The guard against server-side request forgery, on a table of tricky links and DNS answers."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from bot.errors import AddressRefused, BadUrl, DnsFailure, NewsbriefError
from bot.web.address_guard import AddressPolicy, GuardedResolver, check_address, parse_ip_host, refusal_reason
from bot.web.fetch import FetchPolicy, parse_link

GUARDED = FetchPolicy()


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),  # one decimal number
        ("0177.0.0.1", "127.0.0.1"),  # octal first part
        ("0x7f.1", "127.0.0.1"),  # hex, then the last part fills three bytes
        ("0x7f000001", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),  # trailing dot
        ("0X7F.0.0.1", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("10.0.258", "10.0.1.2"),
        ("134744072", "8.8.8.8"),
        ("[::1]", "::1"),
        ("::ffff:127.0.0.1", "::ffff:7f00:1"),
        ("fe80::1%eth0", "fe80::1"),
        ("example.com", None),
        ("1.2.3.4.5", None),
        ("08.1.1.1", None),  # not octal: the OS would look it up as a name
        ("256.1.1.1", None),
        ("1.2.3.4x", None),
        ("0x", "0.0.0.0"),
    ],
)
def test_ip_literals_are_read_as_the_os_reads_them(host: str, address: str | None) -> None:
    parsed = parse_ip_host(host)
    assert (str(parsed) if parsed is not None else None) == address


REFUSED = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8080/admin",
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://0x7f.1/",
    "http://127.1/",
    "http://0/",
    "http://0.0.0.0:80/",
    "http://[::1]/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/",
    "http://[::127.0.0.1]/",  # IPv4-compatible
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://198.18.0.1/",
    "http://192.0.2.10/",
    "http://224.0.0.1/",
    "http://239.255.255.250:1900/",
    "http://255.255.255.255/",
    "http://240.0.0.1/",
    "http://[ff02::1]/",
    "http://[fe80::1%25eth0]/",
    "http://[fc00::1]/",
    "http://[2002:7f00:1::]/",  # 6to4 around 127.0.0.1
    "http://[2002:a9fe:a9fe::1]/",  # 6to4 around the metadata address
    "http://[64:ff9b::a00:1]/",  # NAT64 around 10.0.0.1
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo, client 127.0.0.1
    "HTTP://0x7F.0.0.1/",
]


@pytest.mark.parametrize("link", REFUSED)
def test_private_and_special_addresses_are_refused(link: str) -> None:
    with pytest.raises(AddressRefused) as info:
        parse_link(link, GUARDED)
    assert "public web pages only" in str(info.value)


@pytest.mark.parametrize(
    "link",
    [
        "file:///etc/passwd",
        "ftp://example.com/file.txt",
        "gopher://example.com:70/",
        "javascript:alert(1)",
        "data:text/html,<p>hi</p>",
        "example.com/news",
        "http://",
        "http:///path-only",
        "https://user:secret@example.com/",
        "http://example.com@127.0.0.1/",
        "http://example.com:99999/",
        "https://example.com/" + "a" * 3000,
    ],
)
def test_links_that_are_not_plain_web_links_are_bad(link: str) -> None:
    with pytest.raises(BadUrl):
        parse_link(link, GUARDED)


@pytest.mark.parametrize(
    ("link", "expected_host"),
    [
        ("https://example.com/news/1", "example.com"),
        ("http://93.184.216.34/", "93.184.216.34"),
        ("http://134744072/", "8.8.8.8"),  # a public address in one number is written plainly
        ("http://[2606:4700:4700::1111]/", "2606:4700:4700::1111"),
        ("http://[::ffff:8.8.8.8]/", "::ffff:808:808"),
        ("https://news.example.org:8443/a?b=c#frag", "news.example.org"),
    ],
)
def test_public_links_pass(link: str, expected_host: str) -> None:
    url = parse_link(link, GUARDED)
    assert url.host == expected_host
    assert url.fragment == ""


def test_allow_private_lifts_the_guard() -> None:
    assert parse_link("http://127.0.0.1:8080/", FetchPolicy(allow_private=True)).port == 8080


def test_an_exempt_endpoint_is_that_address_and_port_only() -> None:
    policy = FetchPolicy(exempt_endpoints=frozenset({("127.0.0.1", 8080)}))
    parse_link("http://127.0.0.1:8080/", policy)
    for other in ("http://127.0.0.1:8081/", "http://127.0.0.2:8080/", "http://[::1]:8080/"):
        with pytest.raises(AddressRefused):
            parse_link(other, policy)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback address"),
        ("169.254.169.254", "cloud metadata address"),
        ("fd00:ec2::254", "cloud metadata address"),
        ("10.1.2.3", "private network address"),
        ("::ffff:10.1.2.3", "private network address"),
        ("224.0.0.251", "multicast address"),
        ("8.8.8.8", None),
        ("2a00:1450:4001:80b::200e", None),
        ("2002:0808:0808::1", None),  # 6to4 around a public address
    ],
)
def test_refusal_reasons_name_the_kind_of_address(address: str, reason: str | None) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason


def test_a_refused_name_does_not_reveal_the_address() -> None:
    with pytest.raises(AddressRefused) as info:
        check_address("10.9.8.7", 443, AddressPolicy(), host="intranet.example")
    assert "intranet.example" in str(info.value)
    assert "10.9.8.7" not in str(info.value)
    assert "private network" in str(info.value)


def fake_dns(answers: dict[str, list[str]]):
    calls: list[str] = []

    async def lookup(host: str, port: int, family: int = 0) -> list[tuple[int, str]]:
        calls.append(host)
        if host not in answers:
            raise DnsFailure(host)
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, a) for a in answers[host]]

    return lookup, calls


async def test_the_resolver_returns_the_checked_addresses_as_numeric_results() -> None:
    lookup, calls = fake_dns({"news.example": ["93.184.216.34", "2606:2800:220:1::1"]})
    results = await GuardedResolver(AddressPolicy(), lookup).resolve("news.example", 443)
    assert [r["host"] for r in results] == ["93.184.216.34", "2606:2800:220:1::1"]
    assert all(r["port"] == 443 and r["hostname"] == "news.example" for r in results)
    assert all(r["flags"] & socket.AI_NUMERICHOST for r in results)  # aiohttp will not look it up again
    assert calls == ["news.example"]


@pytest.mark.parametrize(
    "answer",
    [
        ["127.0.0.1"],
        ["169.254.169.254"],
        ["::1"],
        ["::ffff:192.168.0.10"],
        ["93.184.216.34", "10.0.0.5"],  # one inside is enough to refuse the name
    ],
)
async def test_the_resolver_refuses_names_that_point_inside(answer: list[str]) -> None:
    lookup, _ = fake_dns({"rebind.example": answer})
    with pytest.raises(AddressRefused):
        await GuardedResolver(AddressPolicy(), lookup).resolve("rebind.example", 80)


async def test_the_resolver_reports_unknown_and_empty_names() -> None:
    lookup, _ = fake_dns({"empty.example": []})
    resolver = GuardedResolver(AddressPolicy(), lookup)
    for name in ("empty.example", "missing.example"):
        with pytest.raises(DnsFailure):
            await resolver.resolve(name, 80)


async def test_the_system_lookup_of_localhost_is_refused() -> None:
    with pytest.raises(NewsbriefError):  # AddressRefused, or DnsFailure on a machine without localhost
        await GuardedResolver(AddressPolicy()).resolve("localhost", 80)
