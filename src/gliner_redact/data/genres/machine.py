"""Machine-written genres: application / access / system logs, JSON records and CSV exports."""

from __future__ import annotations

import datetime as dt
import json

from ..focus import focus_field, take_focus_fields
from ..builder import DocBuilder, Piece, Pii
from ..context import Context
from ..negatives import request_id, service
from ..values import contact, identity, location, timefmt

_LEVELS = ("INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR")
_MESSAGES = (
    "user login succeeded user={username} ip={ip_address}",
    "login failed for user={username} from {ip_address} reason=bad_password",
    "password reset requested email={email}",
    "sending SMS verification to {phone_number}",
    "payment authorised customer={customer_id} amount={price}",
    "payment declined card={credit_card_number} exp={card_expiry} code={error_code}",
    'DEBUG form payload name="{person}" dob={dob} postcode={postal_code}',
    "session created token={api_key} user={username}",
    "upstream call to {url} returned {http} in {ms}",
    "POST {url} -> {http} ({ms})",
    "config loaded DATABASE_URL={url}",
    "device registered device_id={device_id} user={username}",
    "DHCPACK on {ip_address} to {mac_address}",
    "geo lookup lat/lng={gps_coordinates} accuracy=12m",
    "export job finished rows=120 requested_by={email}",
    'user {username} changed shipping address to "{address}"',
    "KYC check passed for {person} passport={passport_number}",
    "webhook signature mismatch secret={api_key}",
    "cache miss key=user:{customer_id}:profile",
    "request_id={request_id} status={http} path=/api/v2/orders/{order_no}",
    "worker started version={version} commit={commit}",
    "slow query took {ms} table=orders",
    "connection refused host={ip_address} port={port}",
    "invalid IBAN submitted iban={iban} user={username}",
    "admin {username} granted role=finance to {username2}",
    "wallet withdrawal to {crypto_wallet} pending review",
    "login with stale credentials user={username} password={password}",
    "employee badge {employee_id} scanned at door 3",
    "vehicle {license_plate} entered car park gate 2",
    "patient lookup mrn={medical_record_number} by {username}",
)
_SYSLOG = (
    "sshd[{pid}]: Failed password for invalid user {username} from {ip_address} port {port} ssh2",
    "sshd[{pid}]: Accepted publickey for {username} from {ip_address} port {port} ssh2",
    "sudo: {username} : TTY=pts/0 ; PWD=/home/{username} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
    "dhcpd[{pid}]: DHCPREQUEST for {ip_address} from {mac_address} via eth0",
    "kernel: [UFW BLOCK] IN=eth0 SRC={ip_address} DST={ip_address2} PROTO=TCP DPT={port}",
    "postfix/smtp[{pid}]: to=<{email}>, relay=mx.example.net, status=sent (250 OK)",
    "CRON[{pid}]: ({username}) CMD (/opt/backup/run.sh)",
)
_NEUTRAL = (
    "health check ok status={http} latency={ms}",
    "cache warmed entries=4096",
    "scheduled job {build} started",
    "request_id={request_id} status={http} path=/api/v2/orders/{order_no}",
    "gc pause {ms}",
    "config reloaded version={version}",
    "queue depth 17, consumers 4",
    "retrying upstream call (attempt 2/5)",
    "feature flag checkout_v2 enabled for 10% of traffic",
    "tls certificate valid for 61 days",
    "metrics flushed to collector in {ms}",
    "rate limit exceeded status=429 path=/api/v1/search",
    "deploy {version} commit={commit} complete",
    "disk usage {pct} on /var/lib/data",
)
_AGENTS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.4.0", "okhttp/4.12.0", "python-requests/2.31")
_PATHS = (
    "/login",
    "/api/v1/users/{uid}",
    "/account/settings",
    "/checkout",
    "/api/v2/orders",
    "/static/app.js",
    "/reset-password",
    "/admin",
    "/search?q=invoice",
    "/api/v1/payments",
)


def _log_prefix(ctx: Context, style: str, t: dt.datetime, host: str) -> str:
    if style == "iso":
        return f"{t.isoformat(timespec='milliseconds')}Z {ctx.choice(_LEVELS)} [{host}] "
    if style == "bracket":
        return f"[{t:%Y-%m-%d %H:%M:%S}] {ctx.choice(_LEVELS).lower()}: "
    if style == "syslog":
        return f"{t:%b} {t.day:2d} {t:%H:%M:%S} {host} "
    return f"{t:%Y-%m-%d %H:%M:%S},{ctx.between(100, 999)} - {host} - {ctx.choice(_LEVELS)} - "


_TRACKER_EVENTS = (
    "ignition_on",
    "ignition_off",
    "moving",
    "idle",
    "harsh_brake",
    "harsh_accel",
    "geofence_exit",
    "geofence_enter",
    "stop",
    "delivery",
    "driver_break",
    "overspeed",
)
_MOVING_EVENTS = frozenset({"moving", "harsh_brake", "harsh_accel", "geofence_exit", "geofence_enter", "overspeed"})


def _telematics_log(ctx: Context) -> DocBuilder:
    """A vehicle tracker export: machine-stamped rows (not annotated), each with a position and an event."""
    city = ctx.choice(ctx.loc.cities)
    t = dt.datetime.combine(timefmt.near_date(ctx), dt.time(ctx.between(5, 11), ctx.between(0, 59)))
    sep = ctx.choice(("    ", "\t", " | ", "  "))
    places = ctx.choice((5, 5, 6))
    joiner = ctx.choice((", ", ","))
    b = DocBuilder()
    if ctx.chance(0.6):
        b.line(sep.join(("timestamp", "position", "event", "speed_kmh")))
    if ctx.maybe("license_plate", 0.4):
        b.line("# vehicle ", ctx.v("license_plate"), " unit ", Pii("device_id", ctx.digits(8, True)))
    for _ in range(ctx.scaled(4, 14)):
        t += dt.timedelta(minutes=ctx.between(1, 60), seconds=ctx.between(0, 59))
        lat, lon = location.near(ctx, city)
        position = f"{lat:.{places}f}{joiner}{lon:.{places}f}"
        event = ctx.choice(_TRACKER_EVENTS)
        speed = ctx.between(5, 110) if event in _MOVING_EVENTS else 0
        b.line(f"{t:%Y-%m-%d %H:%M:%S}{sep}", Pii("gps_coordinates", position), f"{sep}{event}{sep}{speed}")
    return b


def app_logs(ctx: Context) -> DocBuilder:
    """Log lines (application, access or syslog); line-prefix timestamps are machine stamps and not annotated."""
    style = ctx.choice(("iso", "bracket", "syslog", "python", "access", "jsonl", "telematics"))
    if style == "telematics":
        return _telematics_log(ctx)
    host = service(ctx) if style != "syslog" else ctx.choice(("web01", "db-prod-2", "bastion", "mail01", "fw-edge"))
    t = dt.datetime.combine(timefmt.near_date(ctx), dt.time(ctx.between(0, 23), ctx.between(0, 59)))
    b = DocBuilder()
    n = ctx.scaled(5, 20)
    focus = {i: row for i, row in zip(ctx.sample(range(n), len(ctx.focus)), take_focus_fields(ctx))}
    for i in range(n):
        t += dt.timedelta(seconds=ctx.between(0, 120), milliseconds=ctx.between(0, 999))
        pid = str(ctx.between(300, 65000))
        if i in focus and style not in ("access", "jsonl"):
            key, value = focus[i]
            b.line(
                _log_prefix(ctx, style if style != "syslog" else "iso", t, host),
                ctx.choice(("audit: field changed ", "profile update ", "validation ok ", "record saved ")),
                _snake(key),
                "=",
                value,
            )
            continue
        if style == "access":
            user: Piece = Pii("username", contact.username(ctx)) if ctx.maybe("username", 0.4) else "-"
            path = ctx.choice(_PATHS).replace("{uid}", str(ctx.between(1000, 99999)))
            b.line(
                ctx.v("ip_address"),
                " - ",
                user,
                f" [{t:%d/%b/%Y:%H:%M:%S} +0000] \"{ctx.choice(('GET', 'POST', 'PUT'))} "
                f"{path} HTTP/1.1\" {ctx.slot('http')} {ctx.between(200, 90000)} \"-\" "
                f'"{ctx.choice(_AGENTS)}"',
            )
            continue
        if style == "jsonl":
            rec: list[Piece] = [
                f'{{"ts": "{t.isoformat(timespec="seconds")}Z", "level": "{ctx.choice(_LEVELS).lower()}", '
                f'"svc": "{host}", "msg": "'
            ]
            rec += ctx.fill(ctx.pick(_MESSAGES).replace('"', "'"))
            rec += ['"']
            if i in focus:
                rec += [f', "{_snake(focus[i][0])}": ', _json_value(focus[i][1])]
            rec += [f', "trace_id": "{request_id(ctx)}"}}']
            b.line(rec)
            continue
        if ctx.chance(0.45):
            template = ctx.choice(_NEUTRAL)
        else:
            template = ctx.pick(_SYSLOG) if style == "syslog" else ctx.pick(_MESSAGES)
        b.line(_log_prefix(ctx, style, t, host), ctx.fill(template, pid=pid))
        if style == "python" and ctx.chance(0.08):
            b.line("Traceback (most recent call last):")
            b.line(f'  File "/srv/app/{host}/handlers.py", line {ctx.between(10, 900)}, in process')
            b.line(f"ValueError: {ctx.choice(('invalid literal for int()', 'missing field', 'timeout exceeded'))}")
    return b


def _snake(key: str) -> str:
    return "_".join("".join(ch if ch.isalnum() else " " for ch in key.lower()).split())


def _json_value(piece: Piece) -> Piece:
    """A JSON string literal around `piece`, escaping as json.dumps would."""
    if isinstance(piece, Pii):
        encoded = json.dumps(piece.text, ensure_ascii=False)[1:-1]
        return ['"', Pii(piece.label, encoded), '"']
    return json.dumps(str(piece), ensure_ascii=False)


def _record(ctx: Context, kind: str) -> list[tuple[str, Piece]]:
    person = identity.new_person(ctx)
    if kind == "user":
        rows = [
            ("id", request_id(ctx)),
            ("name", Pii("person", person.full)),
            ("email", Pii("email", contact.person_email(ctx, person))),
            ("username", Pii("username", contact.person_username(ctx, person))),
        ]
        if ctx.maybe("phone_number", 0.6):
            rows.append(("phone", Pii("phone_number", contact.person_phone(ctx, person))))
        if ctx.maybe("date_of_birth", 0.4):
            rows.append(("date_of_birth", Pii("date_of_birth", identity.birth_date(ctx, person).isoformat())))
        if ctx.maybe("ip_address", 0.5):
            rows.append(("last_login_ip", ctx.v("ip_address")))
        if ctx.maybe("date", 0.4):
            rows.append(("created_at", Pii("date", timefmt.timestamp_text(ctx))))
        if ctx.maybe("password", 0.1):
            rows.append(("password", ctx.v("password")))
        return rows
    if kind == "order":
        addr = location.address_of(ctx, person)
        rows = [
            ("order_id", ctx.slot("order_no")),
            ("customer_id", ctx.v("customer_id")),
            ("customer_name", Pii("person", person.full)),
            ("ship_street", Pii("street_address", addr.street)),
            ("ship_city", Pii("city", location.city_name(ctx, addr.city))),
            ("ship_postcode", Pii("postal_code", addr.postcode)),
            ("sku", ctx.slot("sku")),
            ("total", ctx.slot("price")),
        ]
        if ctx.maybe("country", 0.5):
            rows.append(("ship_country", Pii("country", addr.country)))
        if ctx.maybe("region", 0.4):
            rows.append(("ship_region", Pii("region", addr.city.region)))
        if ctx.maybe("credit_card_number", 0.15):
            rows.append(("card_number", ctx.v("credit_card_number")))
            rows.append(("card_exp", ctx.v("card_expiry")))
            if ctx.maybe("card_security_code", 0.6):
                rows.append(("cvv", ctx.v("card_security_code")))
        return rows
    if kind == "device":
        rows = [
            ("device_id", ctx.v("device_id")),
            ("owner", Pii("username", contact.person_username(ctx, person))),
            ("mac", ctx.v("mac_address")),
            ("ip", ctx.v("ip_address")),
            ("os", ctx.slot("version")),
        ]
        if ctx.maybe("gps_coordinates", 0.6):
            rows.append(("location", ctx.v("gps_coordinates")))
        if ctx.maybe("date", 0.4):
            rows.append(("last_seen", Pii("date", timefmt.timestamp_text(ctx))))
        return rows
    if kind == "patient":
        rows = [
            ("resourceType", "Patient"),
            ("mrn", ctx.v("medical_record_number")),
            ("name", Pii("person", person.full)),
            ("birthDate", Pii("date_of_birth", identity.birth_date(ctx, person).isoformat())),
            ("gender", {"f": "female", "m": "male", "x": "other"}[person.gender]),
        ]
        if ctx.maybe("health_insurance_id", 0.6):
            rows.append(("insuranceId", ctx.v("health_insurance_id")))
        if ctx.maybe("medical_condition", 0.6):
            rows.append(("condition", ctx.v("medical_condition")))
        if ctx.maybe("medication", 0.5):
            rows.append(("medication", ctx.v("medication")))
        return rows
    if kind == "employee":
        rows = [
            ("employee_id", ctx.v("employee_id")),
            ("first_name", Pii("person", person.first)),
            ("last_name", Pii("person", person.last)),
            ("title", Pii("job_title", identity.job_of(ctx, person))),
            ("work_email", Pii("email", contact.person_email(ctx, person, identity.employer(ctx, person)))),
        ]
        if ctx.maybe("iban", 0.3):
            rows.append(("iban", ctx.v("iban")))
        if ctx.maybe("national_id", 0.3) or ctx.maybe("ssn", 0.2):
            rows.append(
                (
                    "ssn" if ctx.loc.code == "en_US" else "national_id",
                    ctx.v("ssn" if ctx.loc.code == "en_US" else "national_id"),
                )
            )
        if ctx.maybe("tax_id", 0.2):
            rows.append(("tax_id", ctx.v("tax_id")))
        return rows
    rows = [
        ("event", ctx.choice(("vehicle.checkin", "vehicle.telemetry", "fleet.assignment"))),
        ("vin", ctx.v("vin")),
        ("plate", ctx.v("license_plate")),
        ("driver", Pii("person", person.full)),
    ]
    if ctx.maybe("gps_coordinates", 0.6):
        rows.append(("position", ctx.v("gps_coordinates")))
    if ctx.maybe("drivers_license", 0.4):
        rows.append(("licence_no", ctx.v("drivers_license")))
    return rows


def json_records(ctx: Context) -> DocBuilder:
    """A JSON array (pretty-printed) or NDJSON export of records: users, orders, devices, patients, staff, fleet."""
    kind = ctx.choice(("user", "order", "device", "patient", "employee", "fleet"))
    pretty = ctx.chance(0.6)
    n = ctx.scaled(1, 5)
    b = DocBuilder()
    if pretty:
        b.line("[")
    for i in range(n):
        rows = _record(ctx, kind)
        if i == 0:
            rows += [(_snake(k), v) for k, v in take_focus_fields(ctx, rows)]
        if pretty:
            b.line("  {")
            for j, (key, value) in enumerate(rows):
                b.line(f'    "{key}": ', _json_value(value), "," if j < len(rows) - 1 else "")
            b.line("  }" + ("," if i < n - 1 else ""))
        else:
            b.add("{")
            for j, (key, value) in enumerate(rows):
                b.add(", " if j else "", f'"{key}": ', _json_value(value))
            b.line("}")
    if pretty:
        b.line("]")
    return b


def _csv_cell(piece: Piece) -> Piece:
    """`piece` quoted as CSV requires when it holds a separator, quote or line break."""
    text = piece.text if isinstance(piece, Pii) else str(piece)
    if not any(ch in text for ch in ',;"\n\t'):
        return piece
    escaped = text.replace('"', '""')
    return ['"', Pii(piece.label, escaped) if isinstance(piece, Pii) else escaped, '"']


def crm_export(ctx: Context) -> DocBuilder:
    """A CSV export from a CRM or mailing list."""
    columns = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "company",
        "job_title",
        "city",
        "country",
        "customer_id",
        "created",
        "notes",
        "record_id",
        "lifetime_value",
        "last_order",
    ]
    labels = {
        "phone": "phone_number",
        "company": "organization",
        "job_title": "job_title",
        "city": "city",
        "country": "country",
        "customer_id": "customer_id",
        "created": "date",
        "notes": "",
        "record_id": "",
        "lifetime_value": "",
        "last_order": "",
    }
    chosen = ["first_name", "last_name", "email"] + [c for c in columns[3:] if ctx.maybe(labels[c], 0.5)]
    extra = [label for label in ctx.focus if label not in labels.values() and label not in ("person", "email")]
    sep = ctx.choice((",", ",", ";", "\t"))
    if ctx.chance(0.4):
        chosen = ["name"] + chosen[2:]
    b = DocBuilder()
    b.line(sep.join(chosen + [_snake(focus_field(ctx, label)[0]) for label in extra]))
    for _ in range(ctx.scaled(1, 6)):
        p = identity.new_person(ctx)
        org = identity.organization(ctx)
        cells: dict[str, Piece] = {
            "first_name": Pii("person", p.first),
            "last_name": Pii("person", p.last),
            "name": Pii("person", p.full),
            "email": Pii("email", contact.person_email(ctx, p, org if ctx.chance(0.5) else None)),
            "phone": Pii("phone_number", contact.person_phone(ctx, p)) if ctx.maybe("phone_number", 0.8) else "",
            "company": Pii("organization", org),
            "job_title": Pii("job_title", identity.job_of(ctx, p)),
            "city": Pii("city", location.city_name(ctx, ctx.choice(ctx.loc.cities))),
            "country": Pii("country", location.country_name(ctx)),
            "customer_id": ctx.v("customer_id"),
            "created": Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx), ctx.choice(("iso", "numeric")))),
            "notes": ctx.choice(("", "", "VIP", "do not call", "newsletter opt-in", "lead from webinar", "churn risk")),
            "record_id": request_id(ctx),
            "lifetime_value": ctx.slot("price"),
            "last_order": ctx.slot("order_no"),
        }
        for i, col in enumerate(chosen):
            b.add(sep if i else "", _csv_cell(cells[col]))
        for label in extra:
            b.add(sep, _csv_cell(focus_field(ctx, label)[1]))
        b.add("\n")
    return b
