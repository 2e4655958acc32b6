"""Metric numbers checked against hand-computed cases; the arithmetic is in the comments."""

import json

import pytest

from gliner_redact.entities import Entity
from gliner_redact.training.metrics import (
    CharCoverage,
    SpanCounts,
    char_coverage,
    match_counts,
    score_documents,
    to_span,
)


def ent(text, start, end, label, score=0.9):
    return Entity(start, end, label, score, text[start:end])


def gold(text, start, end, label):
    return {"start": start, "end": end, "label": label, "text": text[start:end]}


def doc(text, *spans):
    return {"id": "d", "text": text, "spans": [gold(text, *s) for s in spans]}


# "Dr. Ann Lee emailed ann@lee.io on Monday."
#  0123456789012345678901234567890123456789 0
#  Dr.=(0,3) Ann Lee=(4,11) emailed=(12,19) ann@lee.io=(20,30) Monday=(34,40)
TEXT1 = "Dr. Ann Lee emailed ann@lee.io on Monday."
DOC1 = doc(TEXT1, (0, 3, "title"), (4, 11, "person"), (20, 30, "email"), (34, 40, "date"))
PRED1 = [
    ent(TEXT1, 0, 3, "title"),  # exact TP
    ent(TEXT1, 4, 11, "person"),  # exact TP
    ent(TEXT1, 12, 19, "organization"),  # pure FP, outside all gold
    ent(TEXT1, 20, 30, "url"),  # right offsets, wrong label
]  # date (34,40) missed
TEXT2 = "Ann Lee"
DOC2 = doc(TEXT2, (0, 7, "person"))
PRED2: list = []


def test_offsets_of_fixture():
    assert [TEXT1[s["start"] : s["end"]] for s in DOC1["spans"]] == ["Dr.", "Ann Lee", "ann@lee.io", "Monday"]
    assert TEXT1[12:19] == "emailed"


def test_partial_overlap_is_fp_and_fn_but_gets_partial_char_credit():
    text = "Call Jane Doe now"  # Jane Doe = (5,13); "Jane" = (5,9)
    g = [gold(text, 5, 13, "person")]
    p = [ent(text, 5, 9, "person")]
    report = score_documents([{"text": text, "spans": g}], [p])
    person = report.per_label["person"]
    # exact match: (5,9) != (5,13) -> tp=0, fp=1, fn=1
    assert (person.spans.tp, person.spans.fp, person.spans.fn) == (0, 1, 1)
    assert person.spans.precision == person.spans.recall == person.spans.f1 == 0.0
    assert (report.span.tp, report.span.fp, report.span.fn) == (0, 1, 1)
    # gold chars "Jane Doe" without the space = 7; "Jane" covers 4 -> 4/7; nothing predicted outside gold
    assert report.chars == CharCoverage(gold=7, covered=4, predicted=4, outside=0)
    assert report.redaction_recall == pytest.approx(4 / 7)
    assert report.over_redaction == 0.0


def test_prediction_spilling_past_gold():
    text = "Call Jane Doe now"  # preds "Jane"=(5,9) and "Doe now"=(10,17)
    p = [ent(text, 5, 9, "person"), ent(text, 10, 17, "person")]
    report = score_documents([doc(text, (5, 13, "person"))], [p])
    # exact: tp=0, fp=2, fn=1
    assert report.micro == SpanCounts(tp=0, fp=2, fn=1)
    # gold 7 chars all covered (J,a,n,e + D,o,e) -> 7/7
    # predicted non-ws chars 4 + 6 ("Doe now" minus the space) = 10, of which n,o,w outside gold -> 3/10
    assert report.chars == CharCoverage(gold=7, covered=7, predicted=10, outside=3)
    assert report.redaction_recall == 1.0
    assert report.over_redaction == pytest.approx(0.3)


def test_label_mismatch():
    text = "Mail jo@x.org today"  # jo@x.org = (5,13)
    report = score_documents([doc(text, (5, 13, "email"))], [[ent(text, 5, 13, "url")]])
    # labelled: email tp0 fp0 fn1, url tp0 fp1 fn0 -> micro tp0 fp1 fn1 -> P=R=F1=0
    assert report.per_label["email"].spans == SpanCounts(0, 0, 1)
    assert report.per_label["url"].spans == SpanCounts(0, 1, 0)
    assert report.micro == SpanCounts(0, 1, 1)
    assert report.micro.f1 == 0.0
    # label-agnostic: same offsets -> tp1 -> P=R=F1=1
    assert report.span == SpanCounts(1, 0, 0)
    assert report.span.f1 == 1.0
    # full redaction credit: 8 gold chars, all covered by the url prediction
    assert report.chars == CharCoverage(gold=8, covered=8, predicted=8, outside=0)
    assert report.per_label["email"].chars == CharCoverage(gold=8, covered=8, predicted=0, outside=0)
    assert report.per_label["url"].chars == CharCoverage(gold=0, covered=0, predicted=8, outside=0)
    # macro over {email, url}: both F1 0 -> 0
    assert report.macro_f1 == 0.0


def test_corpus_micro_macro_span_and_chars():
    report = score_documents([DOC1, DOC2], [PRED1, PRED2])
    assert report.documents == 2
    # per label (sums over both documents):
    #   title  tp1 fp0 fn0 -> P1 R1 F1 1
    #   person tp1 fp0 fn1 (doc2 missed) -> P1 R.5 F1 2/3
    #   email  tp0 fp0 fn1 -> 0 0 0 ; date tp0 fp0 fn1 -> 0 ; url fp1 -> 0 ; organization fp1 -> 0
    assert report.per_label["title"].spans == SpanCounts(1, 0, 0)
    assert report.per_label["person"].spans == SpanCounts(1, 0, 1)
    assert report.per_label["person"].spans.f1 == pytest.approx(2 / 3)
    assert report.per_label["date"].spans == SpanCounts(0, 0, 1)
    assert report.per_label["organization"].spans == SpanCounts(0, 1, 0)
    assert list(report.per_label) == sorted(["title", "person", "email", "date", "url", "organization"])
    # micro: tp2 fp2 fn3 -> P 2/4=.5, R 2/5=.4, F1 = 2*.5*.4/.9 = 4/9
    assert report.micro == SpanCounts(2, 2, 3)
    assert report.micro.precision == 0.5
    assert report.micro.recall == pytest.approx(0.4)
    assert report.micro.f1 == pytest.approx(4 / 9)
    # macro over 6 labels: P (1+1)/6 = 1/3, R (1+.5)/6 = .25, F1 (1+2/3)/6 = 5/18
    assert report.macro_precision == pytest.approx(1 / 3)
    assert report.macro_recall == pytest.approx(0.25)
    assert report.macro_f1 == pytest.approx(5 / 18)
    # label-agnostic: doc1 gold offsets {(0,3),(4,11),(20,30),(34,40)} vs pred {(0,3),(4,11),(12,19),(20,30)}
    #   -> tp3 fp1 fn1; doc2 fn1 -> tp3 fp1 fn2: P .75, R .6, F1 = 2*.75*.6/1.35 = 2/3
    assert report.span == SpanCounts(3, 1, 2)
    assert report.span.f1 == pytest.approx(2 / 3)
    # chars: gold doc1 "Dr."3 + "AnnLee"6 + "ann@lee.io"10 + "Monday"6 = 25, doc2 "AnnLee" 6 -> 31
    #   covered 3+6+10 = 19 ; predicted 3+6+7("emailed")+10 = 26, outside 7
    assert report.chars == CharCoverage(gold=31, covered=19, predicted=26, outside=7)
    assert report.redaction_recall == pytest.approx(19 / 31)
    assert report.over_redaction == pytest.approx(7 / 26)
    # per-label chars: person gold 6+6=12, covered 6 ; organization predicted 7, all outside
    assert report.per_label["person"].chars == CharCoverage(gold=12, covered=6, predicted=6, outside=0)
    assert report.per_label["organization"].chars.over_redaction == 1.0


def test_duplicate_predictions_count_once_as_tp_then_as_fp():
    text = "Jane went home"
    p = [ent(text, 0, 4, "person"), ent(text, 0, 4, "person", score=0.7)]
    report = score_documents([doc(text, (0, 4, "person"))], [p])
    # multiset match: one TP, the copy is an FP -> P 1/2, R 1, F1 = 2*.5*1/1.5 = 2/3
    assert report.micro == SpanCounts(1, 1, 0)
    assert report.micro.f1 == pytest.approx(2 / 3)
    assert report.span == SpanCounts(1, 1, 0)
    # characters use the union: 4 predicted chars, not 8
    assert report.chars == CharCoverage(gold=4, covered=4, predicted=4, outside=0)


def test_same_span_two_labels_multi_label_prediction():
    text = "Jane went home"
    p = [ent(text, 0, 4, "person"), ent(text, 0, 4, "username")]
    report = score_documents([doc(text, (0, 4, "person"))], [p])
    # labelled: person tp1, username fp1 ; agnostic: offsets (0,4) twice vs once -> tp1 fp1
    assert report.micro == SpanCounts(1, 1, 0)
    assert report.span == SpanCounts(1, 1, 0)


def test_whitespace_inside_spans_is_not_counted():
    text = "To: Ann\n  Lee"  # gold (4,13) = "Ann\n  Lee": 6 visible chars, 3 whitespace
    report = score_documents([doc(text, (4, 13, "person"))], [[ent(text, 4, 7, "person")]])
    # "Ann" covers 3 of 6 visible -> 0.5 (it would be 3/9 if whitespace counted)
    assert report.chars == CharCoverage(gold=6, covered=3, predicted=3, outside=0)
    assert report.redaction_recall == 0.5


def test_empty_document_no_gold_no_predictions():
    report = score_documents([{"text": "", "spans": []}], [[]])
    assert report.documents == 1
    assert report.per_label == {}
    assert report.micro == SpanCounts()
    assert (report.micro.precision, report.micro.recall, report.micro.f1, report.micro.support) == (0.0, 0.0, 0.0, 0)
    assert report.macro_f1 == report.macro_precision == report.macro_recall == 0.0
    assert report.redaction_recall == 1.0  # no gold chars
    assert report.over_redaction == 0.0  # no predicted chars
    json.dumps(report.to_dict())
    assert "Documents: 1" in report.to_markdown()


def test_no_documents_at_all():
    report = score_documents([], [])
    assert report.documents == 0
    assert report.micro.f1 == 0.0 and report.redaction_recall == 1.0 and report.over_redaction == 0.0


def test_predictions_without_gold():
    text = "hello world"
    report = score_documents([{"text": text, "spans": []}], [[ent(text, 0, 5, "person")]])
    # P = 0/1, R = 0/0 -> 0, F1 0 ; no gold chars -> redaction recall 1.0 ; 5/5 predicted chars outside gold
    assert report.micro == SpanCounts(0, 1, 0)
    assert report.micro.f1 == 0.0
    assert report.redaction_recall == 1.0
    assert report.over_redaction == 1.0


def test_gold_without_predictions():
    text = "hello Ann"
    report = score_documents([doc(text, (6, 9, "person"))], [[]])
    assert report.micro == SpanCounts(0, 0, 1)
    assert report.redaction_recall == 0.0
    assert report.over_redaction == 0.0


def test_label_filter_drops_other_labels_and_counts_skipped_gold():
    report = score_documents([DOC1, DOC2], [PRED1, PRED2], labels=["person", "email", "city"])
    # kept gold: person x2, email x1 ; skipped gold: title, date -> 2 ; kept preds: person only
    assert report.skipped_gold == 2
    assert list(report.per_label) == ["person", "email"]  # labels order; city has no gold and no predictions
    assert report.micro == SpanCounts(1, 0, 2)
    # chars: gold "AnnLee"6 + "ann@lee.io"10 + "AnnLee"6 = 22, covered 6 ; predicted 6, outside 0
    assert report.chars == CharCoverage(gold=22, covered=6, predicted=6, outside=0)
    assert report.labels == ("person", "email", "city")


def test_both_span_forms_accepted_on_both_sides():
    text = "Jane went home"
    entity_gold = {"text": text, "spans": [ent(text, 0, 4, "person")]}
    report = score_documents([entity_gold], [[{"start": 0, "end": 4, "label": "person"}]])
    assert report.micro == SpanCounts(1, 0, 0)
    assert to_span(ent(text, 0, 4, "person")) == to_span({"start": 0, "end": 4, "label": "person"})


def test_match_counts_and_char_coverage_single_document():
    g = [{"start": 0, "end": 4, "label": "a"}, {"start": 5, "end": 9, "label": "b"}]
    p = [{"start": 0, "end": 4, "label": "a"}, {"start": 5, "end": 9, "label": "a"}]
    assert match_counts(g, p) == SpanCounts(1, 1, 1)
    assert match_counts(g, p, ignore_label=True) == SpanCounts(2, 0, 0)
    # "abcd efgh ij": gold 8 visible chars, preds cover the same 8
    assert char_coverage("abcd efgh ij", g, p) == CharCoverage(8, 8, 8, 0)


@pytest.mark.parametrize("span", [(-1, 2), (3, 3), (5, 99), (4, 2)])
def test_invalid_offsets_raise(span):
    text = "hello"
    with pytest.raises(ValueError, match="document 0 prediction"):
        score_documents([{"text": text, "spans": []}], [[{"start": span[0], "end": span[1], "label": "x"}]])


def test_length_mismatch_raises():
    with pytest.raises(ValueError, match="2 documents but 1"):
        score_documents([DOC1, DOC2], [PRED1])


def test_report_serialisation():
    report = score_documents([DOC1, DOC2], [PRED1, PRED2])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["micro"]["tp"] == 2 and data["micro"]["support"] == 5
    assert data["macro"]["labels"] == 6
    assert data["span"]["f1"] == pytest.approx(2 / 3)
    assert data["chars"]["redaction_recall"] == pytest.approx(19 / 31)
    assert data["per_label"]["person"]["recall"] == 0.5
    assert data["per_label"]["person"]["gold_chars"] == 12
    markdown = report.to_markdown()
    assert "| micro (exact, labelled) | 50.0 | 40.0 | 44.4 | 5 |" in markdown
    assert "| macro (exact, labelled, 6 labels) | 33.3 | 25.0 | 27.8 | 5 |" in markdown
    assert "Redaction recall: 61.3% of 31 gold characters" in markdown  # 19/31
    assert "Over-redaction: 26.9% of 26 predicted characters" in markdown  # 7/26
    assert "| person | 100.0 | 50.0 | 66.7 | 2 | 1 | 50.0 | 0.0 |" in markdown
    # no gold for url -> redaction recall shown as "-"
    assert "| url | 0.0 | 0.0 | 0.0 | 0 | 1 | - | 0.0 |" in markdown
    assert "Ann" not in markdown  # no PII in the report
