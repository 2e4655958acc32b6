"""Build documents.jsonl from the hand-annotated sources in src/ (standard library only).

Source format (one document per file, ``src/NNN_genre.txt``):

* line 1 is a header ``@locale xx_XX`` naming the document's main locale; it is not part of the text;
* the rest of the file is the document text, with every PII value written inline as ``[[value|label]]``;
* the text never contains a literal ``[[`` or ``]]`` outside markup (the converter rejects stray brackets);
* trailing newlines at the end of the file are dropped.

The converter strips the markup, computes exact character offsets, and fails with ``file:line`` when a label is
not in the catalogue, a span is not word-aligned under the model's word regex, a value has surrounding whitespace
or trailing punctuation, or the markup is malformed.

Usage: ``python tests/data/handwritten/build.py`` (writes documents.jsonl), ``--check`` (exit 1 if stale),
``--stats`` (print a Markdown label-count table), ``--dir DIR`` (another set: ``DIR/src`` -> ``DIR/documents.jsonl``).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC_DIR = HERE / "src"
OUTPUT = HERE / "documents.jsonl"

WORD_PATTERN = re.compile(r"\w+(?:[-_]\w+)*|\S")
HEADER_PATTERN = re.compile(r"@locale ([a-z]{2}_[A-Z]{2})")
NAME_PATTERN = re.compile(r"(\d{3})_([a-z0-9_]+)")
OPEN, SEP, CLOSE = "[[", "|", "]]"

# The catalogue of gliner_redact.labels.label_names(), repeated so the converter needs only the standard library
# (tests/test_handwritten_data.py checks that the two agree).
LABELS: tuple[str, ...] = (
    "person", "title", "email", "phone_number", "street_address", "city", "region", "postal_code", "country",
    "nrp", "date_of_birth", "date", "time", "age", "ssn", "national_id", "passport_number", "drivers_license",
    "tax_id", "iban", "bank_account_number", "routing_number", "credit_card_number", "card_security_code",
    "card_expiry", "ip_address", "mac_address", "url", "username", "password", "api_key",
    "medical_record_number", "health_insurance_id", "medical_condition", "medication", "license_plate", "vin",
    "device_id", "organization", "job_title", "gps_coordinates", "crypto_wallet", "customer_id", "employee_id",
)
# Trailing characters a value may never end with; a final "." is allowed only after a short abbreviation
# ("Dr.", "Ltd.", "St."). Secrets are exempt from these value checks.
FORBIDDEN_TRAILING = ",;:!?)\"'"
SECRET_LABELS = frozenset({"password", "api_key"})
MAX_ABBREVIATION = 4


class MarkupError(ValueError):
    """A source file that cannot be converted; the message starts with ``file:line``."""


def _check_value(value: str, label: str) -> str | None:
    """Return a problem with an annotated value, or None when it is acceptable."""
    if label not in LABELS:
        return f"unknown label {label!r}"
    if not value or value != value.strip():
        return f"value {value!r} is empty or has surrounding whitespace"
    if value.startswith("[") or value.endswith("]"):
        return f"value {value!r} touches a literal bracket: markup is ambiguous here, reword the source"
    if label in SECRET_LABELS:
        return None  # a private key spans lines; a password may end with "!"
    if "\n" in value:
        return f"value {value!r} spans several lines"
    if value[-1] in FORBIDDEN_TRAILING:
        return f"value {value!r} ends with punctuation"
    if value.endswith("."):
        last_word = re.findall(r"[A-Za-z]+", value)
        if not last_word or len(last_word[-1]) > MAX_ABBREVIATION:
            return f"value {value!r} ends with a period that is not an abbreviation"
    return None


def _word_boundaries(text: str) -> tuple[set[int], set[int]]:
    starts: set[int] = set()
    ends: set[int] = set()
    for match in WORD_PATTERN.finditer(text):
        starts.add(match.start())
        ends.add(match.end())
    return starts, ends


def parse_source(path: Path) -> dict:
    """Convert one marked-up source file into a document dict (id, text, spans, genre, locale)."""
    name = NAME_PATTERN.fullmatch(path.stem)
    if name is None:
        raise MarkupError(f"{path}:1: file name must look like NNN_genre.txt")
    raw = path.read_text(encoding="utf-8")
    header, _, source = raw.partition("\n")
    locale = HEADER_PATTERN.fullmatch(header)
    if locale is None:
        raise MarkupError(f"{path}:1: first line must be '@locale xx_XX'")
    source = source.rstrip("\n")

    def fail(offset: int, message: str) -> MarkupError:
        line = source.count("\n", 0, offset) + 2  # 1-based, plus the header line
        return MarkupError(f"{path}:{line}: {message}")

    pieces: list[str] = []
    spans: list[tuple[dict, int]] = []  # (span, offset of its markup in the source)
    length = 0
    cursor = 0
    while True:
        opening = source.find(OPEN, cursor)
        stray = source.find(CLOSE, cursor, len(source) if opening < 0 else opening)
        if stray >= 0:
            raise fail(stray, "']]' without a matching '[['")
        if opening < 0:
            pieces.append(source[cursor:])
            break
        closing = source.find(CLOSE, opening + len(OPEN))
        if closing < 0:
            raise fail(opening, "'[[' is never closed")
        inner = source[opening + len(OPEN):closing]
        if OPEN in inner:
            raise fail(opening, "nested or unclosed '[['")
        if SEP not in inner:
            raise fail(opening, f"markup {inner!r} has no '|label'")
        value, label = inner.rsplit(SEP, 1)
        problem = _check_value(value, label)
        if problem:
            raise fail(opening, problem)
        before = source[cursor:opening]
        pieces.append(before)
        length += len(before)
        spans.append(({"start": length, "end": length + len(value), "label": label, "text": value}, opening))
        pieces.append(value)
        length += len(value)
        cursor = closing + len(CLOSE)

    text = "".join(pieces)
    starts, ends = _word_boundaries(text)
    for span, at in spans:
        if span["start"] not in starts or span["end"] not in ends:
            raise fail(at, f"{span['label']} value {span['text']!r} is not word-aligned")
    return {
        "id": path.stem,
        "text": text,
        "spans": [span for span, _ in spans],
        "genre": name.group(2),
        "locale": locale.group(1),
    }


def build(src_dir: Path = SRC_DIR) -> list[dict]:
    """Convert every ``src/*.txt`` file, sorted by file name."""
    return [parse_source(path) for path in sorted(src_dir.glob("*.txt"))]


def to_jsonl(documents: list[dict]) -> str:
    """Serialize documents as JSONL (one object per line, UTF-8, trailing newline)."""
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in documents)


def stats_table(documents: list[dict]) -> str:
    """A Markdown table of span counts per catalogue label, plus totals."""
    counts = collections.Counter(span["label"] for doc in documents for span in doc["spans"])
    rows = ["| label | spans |", "|---|---:|"]
    rows += [f"| {label} | {counts[label]} |" for label in LABELS]
    no_pii = sum(1 for doc in documents if not doc["spans"])
    rows.append(f"| **total** | **{sum(counts.values())}** |")
    summary = (
        f"{len(documents)} documents, {no_pii} without PII, {sum(counts.values())} spans, "
        f"{sum(1 for label in LABELS if counts[label])} of {len(LABELS)} labels used."
    )
    return summary + "\n\n" + "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if documents.jsonl is not up to date")
    parser.add_argument("--stats", action="store_true", help="print a label-count table")
    parser.add_argument("--dir", type=Path, default=HERE, help="the set's folder: its src/ is read, its documents.jsonl written")
    args = parser.parse_args(argv)
    output = args.dir / OUTPUT.name
    try:
        documents = build(args.dir / SRC_DIR.name)
    except MarkupError as error:
        print(error, file=sys.stderr)
        return 2
    rendered = to_jsonl(documents)
    if args.stats:
        print(stats_table(documents))
    if args.check:
        if not output.exists() or output.read_text(encoding="utf-8") != rendered:
            print(f"{output} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    output.write_text(rendered, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
