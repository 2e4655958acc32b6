"""Chat speakers: `ChatSpeakerRecognizer` on transcripts, and on look-alikes it must leave alone."""

from __future__ import annotations

import pytest

import gliner_redact.presidio as gp
from gliner_redact.presidio.speakers import ChatSpeakerRecognizer, speaker_entity

SLACK = """#eng-oncall

marco.b  9:41 AM
anyone know who owns the billing alerts?

hope  9:43 AM
that's raj's team

marco.b  9:44 AM
ok pinging him
"""
TEAMS = """Microsoft Teams — chat "Salarisadministratie"

Eva de Graaf  10:14
Hoi Jeroen, kun jij de loonstrook aanpassen?

Jeroen Smit  10:16
Ja hoor.

Eva de Graaf  10:17
Dank je!
"""
WHATSAPP = """[12/03/2024, 09:14] Tia Cida: Bom dia!
[12/03/2024, 09:15] Luana: oi tia
12/03/2024, 09:20 - Luana: já chego
"""
IRC = """[10:02] <kr4ken> anyone up?
[10:03] <Alice_W> yes
<kr4ken> deploy is stuck
"""


def speakers(text: str) -> list[tuple[str, str]]:
    results = ChatSpeakerRecognizer().analyze(text, ["PERSON", "USERNAME"])
    return [(text[r.start : r.end], r.entity_type) for r in sorted(results, key=lambda r: r.start)]


def test_slack_and_teams_speaker_lines():
    assert speakers(SLACK) == [("marco.b", "USERNAME"), ("hope", "USERNAME"), ("marco.b", "USERNAME")]
    teams = [("Eva de Graaf", "PERSON"), ("Jeroen", "PERSON"), ("Jeroen Smit", "PERSON"), ("Eva de Graaf", "PERSON")]
    assert speakers(TEAMS) == teams  # "Hoi Jeroen": a speaker's first name in a message
    assert speakers(TEAMS.replace("\n", "\r\n")) == teams


def test_speakers_mentioned_in_messages_except_handles_that_are_words():
    text = SLACK + "\nhope  9:50 AM\n@marco.b I hope so, cc marco.b\n"
    assert speakers(text)[-3:] == [("hope", "USERNAME"), ("marco.b", "USERNAME"), ("marco.b", "USERNAME")]
    assert text.index("hope so") not in {r.start for r in ChatSpeakerRecognizer().analyze(text, ["USERNAME"])}


def test_whatsapp_and_irc_lines():
    assert speakers(WHATSAPP) == [("Tia Cida", "PERSON"), ("Luana", "PERSON"), ("Luana", "PERSON")]
    assert speakers(IRC) == [("kr4ken", "USERNAME"), ("Alice_W", "USERNAME"), ("kr4ken", "USERNAME")]


@pytest.mark.parametrize(
    "text",
    [
        "Check-in  14:00\nCheck-out  11:00\nGuests  2\n",  # key-value lines: no speaker has two
        "Departs  08:15\nArrives  10:40\nDeparts  12:00\nArrives  14:25\n",  # no message line follows
        "Total  12.50\nPaid\nTotal  13.50\nDue\n",  # amounts, not times
        "2024-05-01 10:00:01 <info> started\n2024-05-01 10:00:02 <error> failed\n[10:00] <warn> slow\n[10:01] <warn> slow\n",
        "marco.b  9:41 AM\nanyone there?\n",  # one line is not a transcript
        "[12/03/2024, 09:14] Tia Cida: Bom dia!\n",
    ],
)
def test_look_alikes_and_single_lines_are_left_alone(text):
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("name", "entity"),
    [("Eva de Graaf", "PERSON"), ("Luana", "PERSON"), ("hope", "USERNAME"), ("bill.t", "USERNAME"), ("@jdoe_42", "USERNAME")],
)
def test_speaker_entity(name, entity):
    assert speaker_entity(name) == entity


def test_the_default_analyzer_reports_every_speaker(trained_model):
    results = gp.analyzer_engine(model=trained_model).analyze(TEAMS, language="en", entities=["PERSON"])
    found = {(r.start, TEAMS[r.start : r.end]) for r in results}
    lines = {(TEAMS.index(line), line.split("  ")[0]) for line in TEAMS.splitlines() if line.endswith(("10:14", "10:16", "10:17"))}
    assert lines <= found
