"""Long-text windowing: every character of a document is scanned, however long it is.

A document becomes a list of model words (upstream's splitter, minus words the tokenizer
drops, with over-long words such as base64 blobs cut into pieces). Windows of consecutive
words are packed so that prompt + words fit both the model's word limit (`max_len`) and its
position limit (counting real subtokens), overlapping so that any span of up to `max_width`
words lies whole inside at least one window.
"""

from __future__ import annotations

from dataclasses import dataclass

from .prompt import GlinerTokenizer, split_words

MAX_WORD_TOKENS = 48


@dataclass
class DocumentWords:
    """The model's view of one document: words with character offsets."""

    text: str
    starts: list[int]
    ends: list[int]
    token_counts: list[int]
    words: list[str]


@dataclass(frozen=True)
class Window:
    """Words `[start, end)` of document `doc`."""

    doc: int
    start: int
    end: int


def prepare_document(text: str, tokenizer: GlinerTokenizer, max_word_tokens: int = MAX_WORD_TOKENS) -> DocumentWords:
    """Split `text` into model words; drop words with no subtokens; cut words with too many."""
    spans = split_words(text)
    counts = tokenizer.word_token_counts([text[s:e] for s, e in spans])
    starts: list[int] = []
    ends: list[int] = []
    kept: list[int] = []
    for (s, e), n in zip(spans, counts):
        if n == 0:
            continue
        pieces = [(s, e, n)] if n <= max_word_tokens else _cut_word(text, s, e, tokenizer, max_word_tokens)
        for ps, pe, pn in pieces:
            starts.append(ps)
            ends.append(pe)
            kept.append(pn)
    return DocumentWords(text, starts, ends, kept, [text[s:e] for s, e in zip(starts, ends)])


def paragraph_numbers(doc: DocumentWords) -> list[int]:
    """The paragraph of each word of `doc`: paragraphs are parted by a blank line (two or more line breaks in any
    convention), a paragraph separator (U+2029) or a page break (form feed)."""
    numbers: list[int] = []
    paragraph = 0
    previous_end = 0
    for start, end in zip(doc.starts, doc.ends):
        paragraph += _parts_paragraphs(doc.text[previous_end:start])
        numbers.append(paragraph)
        previous_end = end
    return numbers


def _parts_paragraphs(gap: str) -> bool:
    if "\f" in gap or "\u2029" in gap:
        return True
    return sum(gap.count(c) for c in "\n\r\v\x85\u2028") - gap.count("\r\n") >= 2


def _cut_word(text: str, start: int, end: int, tokenizer: GlinerTokenizer, limit: int) -> list[tuple[int, int, int]]:
    """Halve a word by characters until every piece has at most `limit` subtokens."""
    out: list[tuple[int, int, int]] = []
    stack = [(start, end)]
    while stack:
        s, e = stack.pop()
        n = tokenizer.word_token_counts([text[s:e]])[0]
        if n <= limit or e - s <= 1:
            if n > 0:
                out.append((s, e, n))
            continue
        mid = (s + e) // 2
        stack.extend([(mid, e), (s, mid)])
    return out


def plan_windows(doc_index: int, counts: list[int], *, token_budget: int, max_words: int, overlap: int) -> list[Window]:
    """Greedy windows over word token counts; consecutive windows share `overlap` words."""
    n = len(counts)
    if n == 0:
        return []
    windows: list[Window] = []
    start = 0
    while True:
        end, used = start, 0
        while end < n and end - start < max_words and used + counts[end] <= token_budget:
            used += counts[end]
            end += 1
        if end == start:
            raise ValueError(f"word of {counts[start]} subtokens does not fit a window of {token_budget} tokens")
        windows.append(Window(doc_index, start, end))
        if end >= n:
            return windows
        start = max(end - overlap, start + 1)
