"""Technical identifiers: IP and MAC addresses, API keys and tokens, device identifiers."""

from __future__ import annotations

import base64
import ipaddress
import json
import string

from .. import checksums as cs
from ..context import Context

_ALNUM = string.ascii_letters + string.digits
_UPPER_ALNUM = string.ascii_uppercase + string.digits


def ip_address(ctx: Context) -> str:
    """An IPv4 (public or private) or IPv6 (full or compressed) address."""
    kind = ctx.weighted(("v4_public", "v4_private", "v6", "v6_short"), (0.45, 0.25, 0.15, 0.15))
    if kind == "v4_public":
        return ctx.fake.ipv4_public()
    if kind == "v4_private":
        return ctx.fake.ipv4_private()
    v6 = ipaddress.IPv6Address(ctx.rng.getrandbits(128))
    if kind == "v6":
        return v6.exploded if ctx.chance(0.3) else str(v6)
    prefix = ctx.choice(("2001:db8", "2a02:c7f", "2600:1700", "fe80:", "2a00:1450", "2001:4860"))
    return str(
        ipaddress.IPv6Address(
            f"{prefix.rstrip(':')}::{ctx.rng.randrange(1, 0xffff):x}:{ctx.rng.randrange(1, 0xffff):x}"
        )
    )


def mac_address(ctx: Context) -> str:
    """A MAC address with colons, dashes or Cisco dots."""
    octets = [ctx.rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFE
    hexes = [f"{o:02x}" for o in octets]
    style = ctx.weighted(("colon", "colon_upper", "dash", "dot"), (0.45, 0.25, 0.2, 0.1))
    if style == "colon":
        return ":".join(hexes)
    if style == "colon_upper":
        return ":".join(hexes).upper()
    if style == "dash":
        return "-".join(hexes).upper()
    h = "".join(hexes)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def _jwt(ctx: Context) -> str:
    def b64(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()

    header = b64({"alg": ctx.choice(("HS256", "RS256")), "typ": "JWT"})
    payload = b64(
        {
            "sub": str(ctx.rng.randint(1000, 99999999)),
            "iat": ctx.rng.randint(1_600_000_000, 1_760_000_000),
            "scope": ctx.choice(("read", "admin", "user")),
        }
    )
    return f"{header}.{payload}.{ctx.chars(_ALNUM + '-_', 43)}"


def api_key(ctx: Context) -> str:
    """An API key, token or secret in a real provider's shape."""
    kind = ctx.weighted(
        (
            "aws",
            "aws_secret",
            "github",
            "stripe",
            "slack",
            "google",
            "jwt",
            "hex",
            "b64",
            "openai",
            "bearer",
            "sendgrid",
            "twilio",
            "mailgun",
            "npm",
            "private_key",
        ),
        (0.12, 0.07, 0.1, 0.1, 0.06, 0.08, 0.12, 0.1, 0.07, 0.06, 0.04, 0.05, 0.025, 0.025, 0.025, 0.04),
    )
    if kind == "aws":
        return ctx.choice(("AKIA", "ASIA")) + ctx.chars(string.ascii_uppercase + "234567", 16)
    if kind == "aws_secret":
        return ctx.chars(_ALNUM + "/+", 40)
    if kind == "github":
        return ctx.choice(("ghp_", "gho_", "ghs_", "github_pat_")) + ctx.chars(_ALNUM, 36)
    if kind == "stripe":
        return ctx.choice(("sk_live_", "sk_test_", "rk_live_", "pk_live_")) + ctx.chars(_ALNUM, 24)
    if kind == "slack":
        return f"xox{ctx.choice('bpa')}-{ctx.digits(11)}-{ctx.digits(12)}-{ctx.chars(_ALNUM, 24)}"
    if kind == "google":
        return "AIza" + ctx.chars(_ALNUM + "-_", 35)
    if kind == "jwt":
        return _jwt(ctx)
    if kind == "hex":
        return ctx.chars("0123456789abcdef", ctx.choice((32, 40, 64)))
    if kind == "b64":
        return (
            base64.b64encode(bytes(ctx.rng.getrandbits(8) for _ in range(ctx.choice((24, 32, 48)))))
            .decode()
            .rstrip("=")
        )
    if kind == "openai":
        return "sk-" + ctx.choice(("", "proj-")) + ctx.chars(_ALNUM, 48)
    if kind == "bearer":
        return ctx.chars(_ALNUM, 8) + "-" + ctx.chars(_ALNUM, 4) + "-" + ctx.chars(_ALNUM, 24)
    if kind == "sendgrid":
        return f"SG.{ctx.chars(_ALNUM + '-_', 22)}.{ctx.chars(_ALNUM + '-_', 43)}"
    if kind == "twilio":
        return "SK" + ctx.chars("0123456789abcdef", 32)
    if kind == "mailgun":
        return "key-" + ctx.chars("0123456789abcdef", 32)
    if kind == "npm":
        return "npm_" + ctx.chars(_ALNUM, 36)
    body = "\n".join(ctx.chars(_ALNUM + "+/", 64) for _ in range(ctx.rng.randint(3, 6)))
    kind_name = ctx.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"))
    return f"-----BEGIN {kind_name}-----\n{body}\n-----END {kind_name}-----"


def imei(ctx: Context) -> str:
    """A Luhn-valid IMEI, plain or dash-grouped."""
    tac = ctx.choice(("35", "35", "86", "01", "99", "49")) + ctx.digits(6)
    payload = tac + ctx.digits(6)
    n = payload + cs.luhn_check_digit(payload)
    return n if ctx.chance(0.7) else f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}"


def device_id(ctx: Context) -> str:
    """A device identifier: IMEI, hardware serial number, Android ID or UDID."""
    kind = ctx.weighted(("imei", "apple", "dell", "generic", "android", "udid"), (0.4, 0.15, 0.1, 0.15, 0.1, 0.1))
    if kind == "imei":
        return imei(ctx)
    if kind == "apple":
        return ctx.choice(("C02", "F4K", "DMP", "G0N", "FVF")) + ctx.chars(_UPPER_ALNUM, 9)
    if kind == "dell":
        return ctx.chars(_UPPER_ALNUM, 7)
    if kind == "generic":
        return ctx.choice(("SN", "R5C", "5CD", "PF")) + ctx.chars(_UPPER_ALNUM, ctx.choice((8, 10)))
    if kind == "android":
        return ctx.chars("0123456789abcdef", 16)
    return "-".join(ctx.chars("0123456789ABCDEF", n) for n in (8, 4, 4, 4, 12))
