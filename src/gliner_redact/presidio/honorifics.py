"""Names after an honorific: "Frau Gerda Pietsch", "von Herrn Zürcher", "Mag.a Ulrike Temmel-Reisinger", "M. Bensaïd".

The model finds the honorific (a `title`) more reliably than the name that follows it, most of all in German,
French, Spanish, Italian, Dutch and Portuguese prose. The honorific is a near-certain cue, so
`HonorificNameRecognizer` reports as `PERSON` the name right after one of `HONORIFICS` (case-sensitive, as
real text writes them, in those six languages and English):

- further titles may come first and are skipped: `ACADEMIC_TITLES` and other honorifics ("Herr Prof. Dr. med.
  Weber", "Sr. D. Juan Pérez"), and role nouns of `ROLE_WORDS` ("Herr Bürgermeister Huber", "Mrs Justice
  Cockerill"; German compounds by `ROLE_SUFFIXES`: "Frau Bundesministerin Schulze"), also after an article
  ("Monsieur le Ministre Darmanin"). A role noun with no name after it is no name ("Mr President",
  "Madame la Présidente", "Señor Presidente", "Herr Kollege");
- the name is up to `MAX_NAME_WORDS` capitalised words, hyphen- or apostrophe-joined ("Temmel-Reisinger",
  "O'Brien", "d'Amico"), after optional initials ("Frau A. Berger", "Herr H.-P. Müller") and with `PARTICLES`
  inside or in front when a capitalised word follows them ("Mevr. de Vries", "Herr von Arx", "Sr. de la
  Fuente"). Only the name is reported: not the honorific, a role noun, an English possessive 's or the
  punctuation after it. The name may start on the next line (a German address block: "Herrn\\nReto Zürcher");
- `STOP_WORDS` end or void a name: pronouns, articles, greetings, sentence-start words, weekdays and months,
  post-nominals ("Dr. The", "Frau Ihres", "Fr. Montag", "Smith Jr").

German writes every noun with a capital, so after a German honorific, or any honorific in German text
(German function words around it), a second name word is taken only after a first name ("Frau Gerda Pietsch",
"Frau Maria von der Leyen", but only "Zürcher" of "Herrn Zürcher Unterlagen schicken"); first names are those
Faker knows for any locale (`first_names`). The same holds for a name of `FIRST_NAME_HONORIFICS` (`D.`, `DI`),
and for "Frau" after a determiner ("eine Frau Kinder hat"), which need a first name or an initial at the start.
Look-alikes that are left alone: Swiss francs and weekdays ("Fr. 450.–", "Fr. 12.03.", "Mo.–Fr. Termine"), the
street suffix "Dr." after a house number ("1200 Harbor Dr. Suite"), "Notre Dame", plurals ("Damen und Herren") and
German articles that are no particles ("Herr der Ringe", "Frau des Jahres": `der`, `den`, `dem`, `des` only after
another particle, as in "von der Leyen"; `y` only between names, as in "Ortega y Gasset").

Each name's other mentions are reported too, by the rules of `gliner_redact.repeats` ("Zürcher" in "Reto
Zürcher" after "Herrn Zürcher"); a one-word name mentioned after a first name is reported with it ("Reto
Zürcher", not "Reto" left bare). Everything is regular expressions compiled once and a bounded walk over the few
words after each honorific, so the time is linear in the text.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gliner_redact.entities import Entity
from gliner_redact.repeats import add_repeats

from .rule_recognizer import RuleRecognizer

HONORIFICS: dict[str, tuple[str, ...]] = {
    "en": ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr", "Dr.", "Prof", "Prof.", "Dame", "Sir",
           "Rev", "Rev.", "Revd", "Fr."),
    "de": ("Herr", "Herrn", "Frau", "Fräulein", "Hr.", "Hrn.", "Fr.", "Dr.", "Dr.in", "Prof.", "Prof.in", "Univ.-Prof.",
           "Mag.", "Mag.a", "Mag.ª", "Ing.", "DI", "Dipl.-Ing."),
    "fr": ("M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlle.", "Mlles", "Monsieur", "Madame", "Mademoiselle",
           "monsieur", "madame", "mademoiselle", "Maître", "Pr", "Pr.", "Dr", "Dre"),
    "es": ("Sr.", "Sra.", "Srta.", "Sr", "Sra", "D.", "Dña.", "Dª", "D.ª", "Don", "don", "Doña", "doña", "Dr.", "Dra.",
           "Lic.", "Licda.", "Señor", "Señora", "Señorita", "señor", "señora", "señorita"),
    "it": ("Sig.", "Sig.ra", "Sig.na", "Signor", "Signora", "Signorina", "signor", "signora", "signorina", "sig.",
           "sig.ra", "sig.na", "Dott.", "Dott.ssa", "Dr.ssa", "dott.", "dott.ssa", "Avv.", "avv.", "Prof.ssa",
           "prof.ssa", "Rag.", "Geom.", "Ing."),
    "nl": ("Dhr.", "Dhr", "dhr.", "dhr", "Mevr.", "Mevr", "mevr.", "mevr", "Mw.", "mw.", "Mej.", "mej.", "de heer",
           "De heer", "mevrouw", "Mevrouw", "meneer", "Meneer", "mr.", "Mr.", "dr.", "prof.", "Drs.", "drs.", "Ir.",
           "ir.", "Ing.", "ing."),
    "pt": ("Sr.", "Sra.", "Sr.ª", "Srª", "Srta.", "D.", "Dona", "dona", "Dr.", "Dra.", "Dr.ª", "Drª", "Eng.", "Eng.º",
           "Eng.ª", "Engº", "Engª", "Prof.ª", "Profª", "Senhor", "Senhora", "senhor", "senhora"),
}
"""Honorifics by language, exactly as written (case matters). Left out as ambiguous: French "Me" (English "me"),
"St" (saint, street), "Lord"/"Lady", plurals other than "MM."/"Mmes"/"Mlles" ("Herren", "Sres.")."""
DIPLOMA = r"Dipl\.-[A-ZÄÖÜ][a-zäöü]{1,7}\."
"""German diploma titles written before a name ("Dipl.-Kfm.", "Dipl.-Psych."), honorifics as well."""
ACADEMIC_TITLES: tuple[str, ...] = (
    "med.", "dent.", "vet.", "univ.", "rer.", "nat.", "pol.", "oec.", "phil.", "jur.", "theol.", "habil.", "techn.",
    "h.c.", "h.", "c.", "mult.", "Dr.-Ing.", "Dres.", "DDr.", "PD", "Priv.-Doz.", "Dipl.-Ing.",
)
"""Further titles that follow an honorific before the name ("Herr Prof. Dr. med. univ. Weber"), besides honorifics."""
GERMAN_HONORIFICS = frozenset(
    ("Herr", "Herrn", "Frau", "Fräulein", "Hr.", "Hrn.", "Fr.", "Dr.in", "Prof.in", "Univ.-Prof.", "Mag.", "Mag.a",
     "Mag.ª", "DI", "Dipl.-Ing.")
)
"""Honorifics after which the German rule for names of two or more words holds in any text (see the module doc)."""
FIRST_NAME_HONORIFICS = frozenset(("D.", "DI", "Sr", "Eng.", "Lic.", "Licda.", "Rev", "Rev.", "Revd", "Miss", "dona"))
"""Honorifics taken only before a first name or an initial, as they are also other words: "D." an initial, "DI"
German "Dienstag", "Sr" senior ("Sr Software Engineer"), "Eng." engineering, "Lic." licence, "Rev." revision,
"Miss" ("Near Miss Report"), Portuguese "dona" owner ("a Meta, dona do Facebook")."""
PARTICLES = frozenset(
    "van von vom zu zur de den der del della dello degli dei di da das do dos du des le la ten ter y bin ibn al el "
    "Van Von De Den Der Del Della Di Da Do Dos Du Le La Ten Ter El Al".split()
)
"""Surname particles, taken only when a capitalised name word follows ("de Vries", "van der Berg", "De Luca")."""
_AFTER_PARTICLE_ONLY = frozenset("der den dem des".split())
_BETWEEN_NAMES_ONLY = frozenset(("y",))
ROLE_WORDS = frozenset(
    # English
    "president vice speaker chair chairman chairwoman chairperson mayor secretary justice judge ambassador governor "
    "senator commissioner chancellor minister prime deputy attorney general director manager principal headteacher "
    "headmaster headmistress doctor professor inspector detective sergeant officer captain colonel "
    "lieutenant commander chief superintendent counsel registrar coroner editor father sister brother "
    "reverend rabbi imam provost rector treasurer clerk councillor councilor alderman sheriff "
    "magistrate auditor member members engineer developer analyst consultant designer architect specialist "
    "accountant associate executive scientist "
    # German (compounds by ROLE_SUFFIXES)
    "kollege kollegin doktor doktorin professorin präsidentin präsident direktorin bürgermeisterin bürgermeister "
    "vorsitzende vorsitzender vorsitzenden ministerin pfarrer pfarrerin rechtsanwalt rechtsanwältin anwalt anwältin "
    "staatsanwalt staatsanwältin abgeordnete abgeordneter abgeordneten oberarzt oberärztin chefarzt chefärztin "
    "arzt ärztin hauptkommissar kommissar kommissarin inspektor inspektorin ober nachbar nachbarin nachbarn mama "
    "papa oma opa richterin sekretär sekretärin senatorin dekan dekanin rektor rektorin stadtrat stadträtin landrat "
    "landrätin gemeinderat hofrat botschafter botschafterin geschäftsführer geschäftsführerin vorstand "
    "leiterin magister ingenieur pastorin wachtmeister oberst kanzlerin kanzler generalsekretär vizepräsident "
    "bundeskanzler bundespräsident landeshauptmann obmann obfrau "
    # French
    "présidente maire ministre directeur directrice docteur docteure professeur professeure juge procureur "
    "procureure avocat avocate notaire député députée sénateur sénatrice préfet préfète commissaire inspecteur "
    "inspectrice curé abbé secrétaire trésorier trésorière ambassadeur ambassadrice bâtonnier "
    # Spanish
    "presidente presidenta alcalde alcaldesa ministro ministra directora doctora profesor profesora juez jueza "
    "fiscal abogado abogada notario notaria diputado diputada senador senadora secretario secretaria gobernador "
    "gobernadora comisario comisaria inspectora embajador embajadora concejal concejala decano decana rector "
    # Italian
    "sindaco direttore direttrice dottore dottoressa professore professoressa giudice avvocato avvocata notaio "
    "onorevole deputato deputata senatore senatrice segretario segretaria commissario ispettore ispettrice "
    "assessore assessora consigliere consigliera questore prefetto parroco ambasciatore "
    # Dutch
    "voorzitter burgemeester wethouder rechter griffier advocaat advocate notaris directeur dokter collega buurman "
    "buurvrouw agent officier inspecteur pastoor dominee hoofdagent "
    # Portuguese
    "diretor diretora doutor doutora juiz juíza procurador procuradora advogado advogada deputado senador "
    "secretário secretária governador prefeito prefeita vereador vereadora delegado delegada embaixador".split()
)
"""Role nouns written after an honorific instead of (or before) a name, lower case ("Herr Präsident", "Mr Speaker")."""
ROLE_SUFFIXES: tuple[str, ...] = (
    "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin",
    "direktor", "direktorin", "kommissar", "kommissarin", "professor", "professorin", "sekretär", "sekretärin",
    "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter", "botschafter", "botschafterin", "geschäftsführer",
    "geschäftsführerin", "anwalt", "anwältin", "arzt", "ärztin", "inspektor", "leiterin", "stadtrat", "senator",
)
"""Endings of German role compounds ("Bundesministerin", "Oberbürgermeister", "Oberstaatsanwalt", "Chefärztin")."""
STOP_WORDS = frozenset(
    # English
    "the a and or but nor if then so this that these those it its he she we they you me him her his our their "
    "your my is was are were has have had would could should might must do does did not no yes please thanks thank "
    "hi hello dear regards re fw fwd cc to from for with without at on in of by as about after before when while who "
    "what where why how which all any some each every here there today tomorrow yesterday also just only still now "
    "out up mine sincerely kind jr jnr snr esq phd md mba msc bsc rn dds qc kc mp mep ii iii iv "
    "gmbh ltd inc llc plc dept department software product data account sales program project team services "
    "service "
    # German
    "der die das den dem des ein eine einen einem einer eines und oder aber doch sondern ich du er sie es wir ihr "
    "ihre ihren ihrem ihrer ihres ihnen ihm ihn sein seine seinen seinem seiner mein meine meinen meinem meiner "
    "dein deine unser unsere euer bitte danke dank vielen herzlichen herzliche liebe lieber liebes hallo guten tag "
    "morgen abend sehr geehrte geehrter mit im am zum zur vom beim ins auf aus bei nach für über unter vor wie was "
    "wer wo wann warum heute gestern nun jetzt hier dort wenn weil dass als ob nicht kein keine ja nein alle jede "
    "jeder jedes mitte anfang gruß grüße namens mdb mdl "
    # French
    "ce cet cette ces il elle ils elles on nous vous je tu et ou mais donc car bonjour bonsoir merci cher chère "
    "chers votre vos notre nos sa ses leur leurs un une qui que quoi oui non ouvrage œuvre oeuvre "
    # Spanish, Italian, Portuguese
    "los las una pero usted ustedes él ella su sus nuestro nuestra hola gracias buenos buenas estimado estimada "
    "querido querida qué gli uno lui gentile gentilissimo gentilissima egregio egregia "
    "buongiorno grazie suo os as um você ele seu olá obrigado obrigada prezado prezada "
    # Dutch
    "het een en maar u uw wij hij zij ik je jij beste geachte dank bedankt goedemorgen "
    # Weekdays in seven languages; English and German months (not those that are names: April, May, Mai, June, August)
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag "
    "zondag segunda terça quarta quinta sexta "
    "january february march july september october november december januar februar märz juni juli oktober "
    "dezember".split()
)
"""Words that end or void a name, lower case: function words, greetings, weekdays, months, post-nominals, and
business words after "Sr."/"Prof." that are no names ("Sr. Product Manager", "Prof. Services Agreement")."""
MAX_NAME_WORDS = 4
_ROLE_ARTICLES = frozenset("le la el il lo o a the de der".split())
_NOUN_DETERMINERS = frozenset(
    "ein eine einer einem einen jede jeder jedem jeden keine keiner diese dieser diesem jene meine meiner deine "
    "seine seiner ihre ihrer unsere unserer eure welche welcher junge jungen junger alte alten ältere älteren "
    "andere anderen erste ersten einzige einzigen schwangere schwangeren der die dem".split()
)
_GERMAN_WORDS = re.compile(
    r"(?<!\w)(?:und|nicht|ist|mit|für|ich|wir|sehr|wurde|wird|haben|sind|bitte|auch|auf|dem|eine|einen|einem|noch"
    r"|bei|vom|zum|zur|Ihnen|geehrte|geehrter|oder|aber|wenn|dass|sich|uns|über)(?!\w)"
)
_GERMAN_CONTEXT = 250
_SPACE = "[ \t\u00a0]"


def _any(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


_ALL_HONORIFICS = frozenset(h for forms in HONORIFICS.values() for h in forms)
_ONE_LETTER = frozenset(("M.", "D."))
_HONORIFIC = re.compile(rf"(?<![\w.'’\-–/@&])(?:{_any(_ALL_HONORIFICS)}|{DIPLOMA})(?={_SPACE}|\r?\n)")
_CHAIN = re.compile(
    rf"(?:{_any((_ALL_HONORIFICS | set(ACADEMIC_TITLES)) - _ONE_LETTER - {'MM.'})}|{DIPLOMA})(?={_SPACE}|\r?\n)"
)
_DON = re.compile(r"D\.(?=[ \u00a0])")
_SPANISH_DON = frozenset(("Sr.", "Sr", "Sra.", "Sra", "Srta.", "Señor", "Señora", "Sr.ª", "Srª"))
_GAP = re.compile(rf"{_SPACE}*(?:\r?\n{_SPACE}*)?")
_NAME_GAP = re.compile("[ \u00a0]")
_INITIALS = re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.){0,2}(?=[ \u00a0])")
_WORD = re.compile(r"(?:[^\W\d_]{1,4}['’](?=[^\W\d_]))?[^\W\d_]{1,30}(?:[-'’][^\W\d_]{1,30}){0,3}(?!\w|[-'’][^\W\d_])")
_PREFIX = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])")
_POSSESSIVE = re.compile(r"['’]s$")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")
_STREET_BEFORE = re.compile(r"(?<![\w.])\d[\w/-]*[ \t\u00a0]+(?:[A-ZÀ-Þ][\w'’.-]*[ \t\u00a0]+){1,4}$")
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?:Mo|Di|Mi|Do|Sa|So)\.?[ \t\u00a0]*(?:[-–—/,]|bis|und|u\.)?[ \t\u00a0]*$")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@functools.cache
def first_names() -> frozenset[str]:
    """Every first name Faker knows in any locale (about 24,000; empty without Faker): the German two-word rule."""
    try:
        import faker.providers.person as person
    except ImportError:
        return frozenset()
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            values = getattr(provider, attribute, ())
            if isinstance(values, (tuple, list, dict, set, frozenset)):
                names.update(n for n in values if _TOKEN.fullmatch(n) and n[0].isupper())
    return frozenset(names - {w.capitalize() for w in STOP_WORDS | ROLE_WORDS})


class HonorificNameRecognizer(RuleRecognizer):
    """Reports the name after an honorific as PERSON, and its other mentions (see the module doc)."""

    ENTITIES = ("PERSON",)
    SCORE = 0.6

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per name after an honorific, and one per other mention of such a name."""
        if "PERSON" not in entities:
            return []
        found = [Entity(start, end, "PERSON", self.SCORE, text[start:end]) for start, end in self.names(text)]
        covered = bytearray(len(text))
        for e in found:
            covered[e.start : e.end] = b"\1" * (e.end - e.start)
        # Longest first: a full name must claim its mentions before its surname alone does ("Reto Zürcher"
        # before "Zürcher").
        spread = sorted([*found, *_full_name_mentions(text, found)], key=lambda e: (-len(e.text), e.start))
        repeats = add_repeats(text, spread, labels=self.ENTITIES, name_labels=self.ENTITIES)
        mentions = [e for e in repeats if not any(covered[e.start : e.end])]
        results = [(e, "name after an honorific") for e in found]
        results += [(e, "named after an honorific, mentioned again") for e in mentions]
        return [self._result(e, why) for e, why in sorted(results, key=lambda pair: pair[0].start)]

    def names(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each name after an honorific, by the rules of the module doc."""
        found = []
        resume = 0
        for match in _HONORIFIC.finditer(text):
            if match.start() < resume or not _is_honorific(text, match.start(), match.group()):
                continue
            span, resume = _name_after(text, match)
            if span:
                found.append(span)
        return found


def _is_honorific(text: str, start: int, honorific: str) -> bool:
    """False for the look-alikes of the module doc: francs and weekdays, street suffixes, Notre Dame."""
    line = text[max(0, text.rfind("\n", max(0, start - 60), start) + 1, start - 60) : start]
    if honorific == "Fr.":
        return _WEEKDAY_BEFORE.search(line) is None
    if honorific in ("Dr", "Dr."):
        return _STREET_BEFORE.search(line) is None
    return honorific != "Dame" or not line.endswith("Notre ")


def _name_after(text: str, match: re.Match[str]) -> tuple[tuple[int, int] | None, int]:
    """The name's span after the honorific `match` (None if there is none), and where the walk stopped."""
    honorific = match.group()
    german = honorific in GERMAN_HONORIFICS or _german_around(text, match.start())
    strict = honorific in FIRST_NAME_HONORIFICS or (honorific == "Frau" and _after_determiner(text, match.start()))
    position = _skip_titles(text, match.end(), honorific)
    start = end = None
    pending = None  # start of initials or particles that need a name word after them
    words: list[str] = []
    for _ in range(2 * MAX_NAME_WORDS):
        if len(words) == MAX_NAME_WORDS:
            break
        initials = _INITIALS.match(text, position)
        word = _WORD.match(text, position)
        if initials and initials.group()[0].isupper():
            pending = position if pending is None else pending
            token_end = initials.end()
            strict = False
        elif word is None:
            break
        else:
            value = word.group()
            possessive = _POSSESSIVE.search(value)
            bare = _bare(value[: possessive.start()] if possessive else value)
            if bare.casefold() in PARTICLES and value == bare:
                if pending is None and not _starts_particles(bare.casefold(), bool(words)):
                    break
                pending = position if pending is None else pending
                token_end = word.end()
            elif not _is_name_word(bare) or _is_next_honorific(text, word):
                break
            elif words and (german or strict) and not _is_first_name(words[-1]):
                break  # German capitalises nouns: a second name word only after a first name
            elif strict and not words and not _is_first_name(bare):
                break
            else:
                token_end = word.end() - (2 if possessive else 0)
                start = (pending if pending is not None else position) if start is None else start
                end, pending = token_end, None
                words.append(bare)
                if possessive:
                    break
        gap = _NAME_GAP.match(text, token_end)
        if gap is None:
            break
        position = gap.end()
    if start is None or end is None:
        return None, position
    return (start, end), end


def _skip_titles(text: str, position: int, honorific: str) -> int:
    """Where the name may start after the honorific ending at `position`: past further titles and role nouns."""
    previous = honorific
    while True:
        after_gap = _GAP.match(text, position).end()
        title = _CHAIN.match(text, after_gap)
        if title is None and previous in _SPANISH_DON:
            title = _DON.match(text, after_gap)
        if title is not None:
            position, previous = title.end(), title.group()
            continue
        word = _WORD.match(text, after_gap)
        if word is None:
            return after_gap
        if _is_role(word.group()):
            position = word.end()
            continue
        if word.group() in _ROLE_ARTICLES:
            gap = _NAME_GAP.match(text, word.end())
            role = _WORD.match(text, gap.end()) if gap else None
            if role is not None and _is_role(role.group()):
                position = role.end()
                continue
        return after_gap


def _starts_particles(particle: str, after_name_word: bool) -> bool:
    """True when `particle` may open a run of particles: "von" ("von der Leyen"), "y" only after a name word."""
    if particle in _AFTER_PARTICLE_ONLY:
        return False
    return after_name_word or particle not in _BETWEEN_NAMES_ONLY


def _bare(word: str) -> str:
    """The word without a lower-case elision prefix ("Amico" of "d'Amico"; "O'Brien" keeps its "O'")."""
    prefix = _PREFIX.match(word)
    return word[prefix.end() :] if prefix and prefix.group()[0].islower() else word


def _is_role(word: str) -> bool:
    bare = _bare(word)
    folded = bare.casefold()
    return bare[:1].isupper() and (folded in ROLE_WORDS or folded.endswith(ROLE_SUFFIXES))


def _is_next_honorific(text: str, word: re.Match[str]) -> bool:
    """True for the honorific of a next person ("Sr. García y Sra. López"); not for first names such as "Don"."""
    value = word.group()
    if text.startswith(".", word.end()) and value + "." in _ALL_HONORIFICS:
        return True
    return value in _ALL_HONORIFICS and not _is_first_name(value)


def _is_name_word(word: str) -> bool:
    """A capitalised word of 2+ letters (4+ in all capitals) that is no stop word or role noun."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not word[0].isupper() or word.casefold() in STOP_WORDS or _is_role(word):
        return False
    return not word.isupper() or len(letters) >= 4


def _is_first_name(word: str) -> bool:
    """True for a first name of `first_names`, hyphenated ones part by part ("Hans-Peter")."""
    known = first_names()
    return word in known or ("-" in word and all(part in known for part in word.split("-")))


def _german_around(text: str, start: int) -> bool:
    """True when German function words surround the honorific at `start`."""
    window = text[max(0, start - _GERMAN_CONTEXT) : start + _GERMAN_CONTEXT]
    return len(_GERMAN_WORDS.findall(window)) >= 2


def _after_determiner(text: str, start: int) -> bool:
    """True for "Frau" as a noun after a determiner or adjective ("eine Frau", "jede Frau", "die Frau")."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return previous is not None and previous.group(1) in _NOUN_DETERMINERS


def _full_name_mentions(text: str, found: list[Entity]) -> list[Entity]:
    """Mentions of a one-word name after a first name ("Reto Zürcher" after "Herrn Zürcher"), with the first name."""
    surnames = {e.text for e in found if _TOKEN.fullmatch(e.text)}
    taken = bytearray(len(text))
    for e in found:
        taken[e.start : e.end] = b"\1" * (e.end - e.start)
    mentions = []
    previous = None
    for token in _TOKEN.finditer(text) if surnames else ():
        if (
            token.group() in surnames
            and previous is not None
            and not any(taken[previous.start() : token.end()])
            and text[previous.end() : token.start()] == " "
            and _is_first_name(previous.group())
            and previous.group() not in _ALL_HONORIFICS
        ):
            start, end = previous.start(), token.end()
            mentions.append(Entity(start, end, "PERSON", HonorificNameRecognizer.SCORE, text[start:end]))
        previous = token
    return mentions
