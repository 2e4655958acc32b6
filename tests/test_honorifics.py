"""Names after an honorific: `HonorificNameRecognizer` in seven languages, and the look-alikes it must leave alone."""

from __future__ import annotations

import time

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from gliner_redact.presidio.honorifics import (
    HONORIFICS,
    ROLE_WORDS,
    STOP_WORDS,
    HonorificNameRecognizer,
    first_names,
)

RECOGNIZER = HonorificNameRecognizer()
FOUND = "name after an honorific"
AGAIN = "named after an honorific, mentioned again"


def names(text: str) -> list[str]:
    results = RECOGNIZER.analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


def explained(text: str) -> list[tuple[str, str]]:
    results = sorted(RECOGNIZER.analyze(text, ["PERSON"]), key=lambda r: r.start)
    return [(text[r.start : r.end], r.analysis_explanation.textual_explanation) for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German and Austrian, title chains, address blocks
        ("Die Mieterin, Frau Gerda Pietsch, hat die Wohnung gekündigt.", ["Gerda Pietsch"]),
        ("Die Unterlagen von Herrn Zürcher kamen gestern an.", ["Zürcher"]),
        ("Fr. Hermine Url hat morgen einen Termin.", ["Hermine Url"]),
        ("Mag.a Ulrike Temmel-Reisinger, Rechtsanwältin", ["Ulrike Temmel-Reisinger"]),
        ("Dr. Stadler hat den Befund geschickt.", ["Stadler"]),
        ("Sehr geehrter Herr Prof. Dr. med. Weber, vielen Dank.", ["Weber"]),
        ("Frau Dr. med. univ. Huber ist heute nicht im Haus.", ["Huber"]),
        ("Herrn Dipl.-Ing. Hans Meier und Hr. Dipl.-Kfm. Peter Schulz", ["Hans Meier", "Peter Schulz"]),
        ("Frau Dr.in Sabine Koch und Prof.in Anna Lehner", ["Sabine Koch", "Anna Lehner"]),
        ("DI Hans Huber hat die Pläne geprüft.", ["Hans Huber"]),
        ("Herr von Arx und Frau A. Berger sind eingeladen.", ["von Arx", "A. Berger"]),
        ("Herr H.-P. Müller und Frau Maria von der Leyen", ["H.-P. Müller", "Maria von der Leyen"]),
        ("Herrn\nReto Zürcher\nBahnhofstrasse 12\n8001 Zürich", ["Reto Zürcher"]),
        ("Herr Bürgermeister Huber eröffnete, Frau Bundesministerin Schulze sprach.", ["Huber", "Schulze"]),
        ("Herr MÜLLER und Frau SCHMIDT-LANG", ["MÜLLER", "SCHMIDT-LANG"]),
        # German capitalises nouns: a second word only after a first name
        ("Ich habe Herrn Zürcher Unterlagen geschickt.", ["Zürcher"]),
        ("Wir geben Dr. Müller Bescheid, und Dr. Weber hat auch nichts.", ["Müller", "Weber"]),
        ("Herr Reto Zürcher von der Post", ["Reto Zürcher"]),
        # English
        ("Dear Mr. Smith, thank you. Kind regards, Dr Jane Doe", ["Smith", "Jane Doe"]),
        ("Mr. O'Brien's car was towed; Mrs. Jones’s cat was not.", ["O'Brien", "Jones"]),
        ("Mr. John F. Kennedy and Mrs. Jacqueline Kennedy", ["John F. Kennedy", "Jacqueline Kennedy"]),
        ("Mx. Taylor-Brown met Mx Sam Lee and Prof. Ayesha Rahman.", ["Taylor-Brown", "Sam Lee", "Ayesha Rahman"]),
        ("Sir Isaac Newton and Dame Judi Dench; Rev. Paul Okafor", ["Isaac Newton", "Judi Dench", "Paul Okafor"]),
        ("Mrs Justice Cockerill ruled for the claimant.", ["Cockerill"]),
        # French
        ("M. Bensaïd est arrivé hier avec Mme Dupont-Martin.", ["Bensaïd", "Dupont-Martin"]),
        ("Mlle Chloé Lefèvre, Maître Bernard et Pr Martin", ["Chloé Lefèvre", "Bernard", "Martin"]),
        ("monsieur Dupont est venu avec madame Durand.", ["Dupont", "Durand"]),
        ("Monsieur le Ministre Darmanin a parlé à Mme Le Pen.", ["Darmanin", "Le Pen"]),
        # Spanish
        ("El Sr. de la Fuente y la Sra. García López llegaron.", ["de la Fuente", "García López"]),
        ("Sr. D. Juan Pérez Gómez firmó ante la Dra. Inés Ortega y Gasset.", ["Juan Pérez Gómez", "Inés Ortega y Gasset"]),
        ("Señora Martínez, el señor Ruiz, doña Carmen, don Pedro Almodóvar", ["Martínez", "Ruiz", "Carmen", "Pedro Almodóvar"]),
        # Italian
        ("La sig.ra Rossi e il dott. Bianchi; Dott.ssa Maria d'Amico", ["Rossi", "Bianchi", "Maria d'Amico"]),
        ("Il signor Verdi e la Sig.na Conti; Avv. Giuseppe Esposito", ["Verdi", "Conti", "Giuseppe Esposito"]),
        ("Sig. Russo Mario, nato a Napoli", ["Russo Mario"]),  # surname first, as Italian forms write it
        # Dutch
        ("Mevr. de Vries en dhr. Jan van der Berg komen morgen.", ["de Vries", "Jan van der Berg"]),
        ("de heer Bakker en mevrouw Jansen", ["Bakker", "Jansen"]),
        ("Dhr. P. de Jong; mr. dr. Van den Broek; Mw. El Amrani", ["P. de Jong", "Van den Broek", "El Amrani"]),
        # Portuguese
        ("D. Maria Fernandes e a Sra. Dona Ana Costa; Eng.º Rui Pinto", ["Maria Fernandes", "Ana Costa", "Rui Pinto"]),
        ("A Dr.ª Maria João Sousa e o Senhor Tavares chegaram.", ["Maria João Sousa", "Tavares"]),
    ],
)
def test_names_after_honorifics(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # German role nouns after Herr / Frau
        "Sehr geehrter Herr Präsident, meine Damen und Herren,",
        "Hallo Frau Kollegin, danke für die Nachricht.",
        "Frau Doktor, ich habe seit Tagen Schmerzen.",
        "Herr Ober, die Rechnung bitte!",
        "Sehr geehrte Frau Vorsitzende, sehr geehrter Herr Bürgermeister,",
        "Herr Abgeordneter, Sie haben das Wort.",
        "Frau Ministerin, Ihre Redezeit ist um.",
        "Herr Staatsanwalt, bitte fahren Sie fort.",
        "Frau Oberärztin, der Patient ist wach.",
        "Herr Hauptkommissar, wir haben eine Spur.",
        "Frau Nachbarin hat geklingelt.",
        # German nouns and plurals that are no honorifics
        "Sehr geehrte Damen und Herren, anbei die Rechnung.",
        "Eine Frau hat angerufen, sie ruft später wieder an.",
        "Wenn eine Frau Kinder hat, bekommt sie Elterngeld.",
        "Mann und Frau sind gleichberechtigt.",
        "Der Herr der Ringe läuft im Kino; die Frau des Jahres wurde gewählt.",
        "Sie ist eine Frau Mitte 40.",
        # Swiss francs and weekdays
        "Fr. 12.03. geschlossen",
        "Preis: Fr. 450.– inkl. MwSt.",
        "Öffnungszeiten Mo.–Fr. 8–17 Uhr",
        "Mo. bis Fr. Termine nach Vereinbarung",
        "Fr. Montag ist frei.",
        # Roles after honorifics in other languages
        "Mr President, I rise to speak.",
        "Mr Speaker, order, order!",
        "Madame la Présidente, mesdames et messieurs les députés,",
        "Monsieur le Maire, merci.",
        "Señor Presidente, señorías.",
        "Signor Presidente, onorevoli colleghi.",
        "Senhor Presidente, senhoras e senhores deputados.",
        "Meneer de Voorzitter, dank u wel.",
        # English look-alikes
        "I went to see the Dr. Then I went home.",
        "Ask the Dr. The answer may surprise you.",
        "She lives at 1200 Harbor View Dr. Suite 4, Austin.",
        "Notre Dame de Paris is closed for repairs.",
        "Vitamin D. Patients need it in winter.",
        "Rev. 2 of the document replaces Rev. B.",
        "Dear Sir or Madam, yes Sir, right away.",
        "Don't Miss Out! Miss Saturday's meeting?",
        "Please call Mr. smith back.",
        "monsieur le directeur est absent.",
        # honorifics that are also other words take a first name ("Sr." senior, "Rev." revision, "dona" owner)
        "Hiring: Sr. Software Engineer. The software engineer owns the Software Engineer ladder.",
        "Sr. Product Manager, Sr. Data Scientist and Sr Account Executive roles are open.",
        "Eng. Team Sync moved; see Prof. Services Agreement and Lic. Key Management.",
        "Rev. History: Rev Share Agreement updated. Near Miss Report filed.",
        "A Meta, dona do Facebook, anunciou.",
        "Le Maître d'Ouvrage rappelle les délais.",
    ],
)
def test_look_alikes_are_left_alone(text):
    assert names(text) == []


def test_other_mentions_are_reported_with_their_first_name():
    text = "Bitte rufen Sie Herrn Zürcher an. Reto Zürcher ist bis Freitag erreichbar. Zürcher kommt morgen."
    assert explained(text) == [("Zürcher", FOUND), ("Reto Zürcher", AGAIN), ("Zürcher", AGAIN)]


def test_full_names_spread_their_parts_and_other_spellings():
    text = "Die Mieterin, Frau Gerda Pietsch, hat gekündigt. Gerda bat um Rückruf. GERDA PIETSCH\nPietsch"
    expected = [("Gerda Pietsch", FOUND), ("Gerda", AGAIN), ("GERDA PIETSCH", AGAIN), ("Pietsch", AGAIN)]
    assert explained(text) == expected


def test_one_word_names_spread_only_as_whole_capitalised_words():
    text = "Frau Weiß hat angerufen. Ich weiß es nicht. Die Weißwurst ist kalt. Weiß kommt später."
    assert explained(text) == [("Weiß", FOUND), ("Weiß", AGAIN)]
    assert names(text.replace("Weiß kommt", "weiß kommt")) == ["Weiß"]


def test_results_carry_presidio_metadata_and_honour_the_entities_asked_for():
    text = "Ms. Grace Hopper wrote it."
    (result,) = RECOGNIZER.analyze(text, ["PERSON", "LOCATION"])
    assert (result.entity_type, result.score, text[result.start : result.end]) == ("PERSON", 0.6, "Grace Hopper")
    assert result.recognition_metadata["recognizer_name"] == "HonorificNameRecognizer"
    assert RECOGNIZER.analyze(text, ["LOCATION"]) == []


def test_works_inside_an_analyzer_engine_with_the_no_op_nlp_engine():
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(HonorificNameRecognizer())
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    text = "Sehr geehrte Frau Mag.a Ulrike Temmel-Reisinger, Ihr Termin bei Herrn Dr. Stadler ist am Montag."
    results = analyzer.analyze(text, language="en", entities=["PERSON"])
    assert sorted(text[r.start : r.end] for r in results) == ["Stadler", "Ulrike Temmel-Reisinger"]


def test_lists_are_consistent():
    assert all(word == word.lower() for word in STOP_WORDS | ROLE_WORDS)
    assert not {"may", "april", "june", "august", "will", "can"} & STOP_WORDS  # names as well as words
    assert {"Gerda", "Reto", "Hermine", "Ulrike", "João", "Giuseppe"} <= first_names()
    assert not {"Herr", "Frau", "Doktor", "Presidente", "Montag"} & first_names()
    assert {"Herr", "Frau", "Mme", "Sra.", "Sig.ra", "Dhr.", "Dona"} <= {h for forms in HONORIFICS.values() for h in forms}
    assert "Me" not in {h for forms in HONORIFICS.values() for h in forms}


def test_time_is_linear_in_the_text():
    unit = (
        "Sehr geehrte Frau Dr. Gerda Pietsch, danke für Ihr Schreiben. Herr Zürcher hat die Unterlagen an "
        "Mme Dupont und Sr. de la Fuente geschickt. Reto Zürcher ist erreichbar. Mo. bis Fr. Termine. "
        "Preis Fr. 450.–. Mr President, see the Dr. Then 1200 Harbor Dr. Suite 4. "
    )
    first_names()  # the lexicon loads once per process
    for text in (unit * 800, "Herr Müller " * 17_000, "Frau Aa-Bb-Cc-Dd " * 12_000, "Herr de de " * 20_000):
        started = time.perf_counter()
        RECOGNIZER.analyze(text[:200_000], ["PERSON"])
        assert time.perf_counter() - started < 3.0


def test_initials_count_towards_the_words_of_a_name():
    assert names("Mr. " + "A. " * 2000 + "Smith") == []
