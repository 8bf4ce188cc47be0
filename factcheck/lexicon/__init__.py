"""The lexicons: data files shipped with the package, loaded once and checked by typed models.

Reading our own package data is the one file access outside `store` (STYLE.md, rule 2). Each file
is parsed with the libyaml loader when present and validated with msgspec, so a broken lexicon is a
clear `ConfigError` naming the file, not a traceback deep in the extractor.
"""

from __future__ import annotations

import zlib
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import msgspec

from factcheck.errors import ConfigError

_HERE = Path(__file__).resolve().parent
T = TypeVar("T")

UnitKind = Literal["money", "persons", "flights", "mass"]


Flow = Literal["exports", "imports", "trade", "balance"]


class Metric(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    label: str
    description: str
    unit_kinds: list[UnitKind]
    additive: bool
    directional: bool
    phrases: list[str]
    stock: bool = False  # a figure with no period is a level at the time of writing (metrics.yaml)
    rate: bool = False  # a figure is a rate per unit of time: its period says when it held (metrics.yaml)
    flow: Flow | None = None  # how the metric relates to the flows of goods between two countries


class Unit(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    kind: UnitKind
    label: str
    short: str
    phrases: list[str]
    cased: list[str] = []  # matched only with this case ("$ CA": "ça" is a word)
    per_eur: float | None = None  # a currency pegged to the euro at a fixed rate (XOF, XAF: 655,957)


class AmbiguousCurrency(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A currency word that names several currencies (units.yaml, `ambiguous:`): the article's countries
    pick one; with none of them, `default` (None: the figure stays without a unit)."""

    phrases: list[str]
    countries: dict[str, str]  # ISO 3166-1 alpha-2 -> money unit id
    default: str | None = None
    gender: Literal["m", "f"] | None = None  # "une livre" is a pound, "un livre" a book
    # the default stays a reading even when a country picks another: « dollars » in an article on
    # Australia may be US or Australian dollars, so it is left out rather than guessed
    default_stays: bool = False


# Finite and in range: NaN and ±inf from a factcheck.yaml (`.nan`, `.inf`) made `conflicts` report
# nonsense (« gap 0% »); msgspec's bounds refuse NaN too, so configuration is validated like records.
Ratio = Annotated[float, msgspec.Meta(ge=0, le=100)]
Slack = Ratio | Literal["step"] | None


class Tolerance(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Relative slack around a stated figure s: [s * (1 - below), s * (1 + above)], see tolerance.yaml."""

    below: Slack = 0.0
    above: Slack = 0.0
    open: Literal["none", "low", "high", "both"] = "none"
    # widen to half a unit of the last digit written, when that is wider (« 1,4 million »: ±50 000)
    written: bool = False


class QualifierPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    strict: Tolerance
    pragmatic: Tolerance


class SeverityPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    major_gap: Ratio = 0.05
    narrow_gap: Ratio = 0.05


class MirrorPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How far the importer's figure for a flow may lie from the exporter's (tolerance.yaml, `mirror`):
    imports A>B in [exports A>B x (1 - below), exports A>B x (1 + above)]."""

    below: float = 0.10
    above: float = 0.10


Reading = Literal["strict", "pragmatic"]


class Policy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    reading: Reading
    qualifiers: dict[str, QualifierPolicy]
    severity: SeverityPolicy = msgspec.field(default_factory=SeverityPolicy)
    mirror: MirrorPolicy = msgspec.field(default_factory=MirrorPolicy)


COMPILED = "compiled.json"


def read_data(name: str) -> Any:
    """Parse one YAML file of this package's data.

    The YAML files are the source of truth. `compiled.json` holds their parsed data with a checksum of
    each file (scripts/compile_lexicon.py writes it, a test keeps it current): when the checksum still
    matches, the data comes from there, which spares start-up the ~12 ms of importing PyYAML. An edited
    YAML file no longer matches and is parsed as usual, so a stale compiled.json is only slower.
    """
    # a plain path, not importlib.resources: the package is installed as files, and
    # importlib.resources alone costs ~4 ms of start-up
    raw = (_HERE / name).read_bytes()
    entry = _compiled().get(name)
    if isinstance(entry, dict) and entry.get("crc32") == zlib.crc32(raw):
        return entry["data"]
    return parse_data(name, raw.decode("utf-8"))


def parse_data(name: str, text: str) -> Any:
    """Parse lexicon YAML text (libyaml when available)."""
    import yaml  # here, not at import: commands that need no lexicon never pay for PyYAML

    from factcheck.document import yaml_loader

    try:
        return yaml.load(text, Loader=yaml_loader())
    except yaml.YAMLError as err:  # pragma: no cover - our own data is tested
        raise ConfigError(f"lexicon {name} is not valid YAML: {err}") from None


@cache
def _compiled() -> dict[str, Any]:
    path = _HERE / COMPILED
    try:
        data = msgspec.json.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _typed(name: str, data: Any, kind: type[T]) -> T:
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as err:
        raise ConfigError(f"lexicon {name}: {err}") from None


@cache
def metrics() -> dict[str, Metric]:
    """Metric id -> definition (metrics.yaml)."""
    return _typed("metrics.yaml", read_data("metrics.yaml"), dict[str, Metric])


AMBIGUOUS = "ambiguous"  # the section of units.yaml that is not a unit
PRESS = "press"  # abbreviations one country's press writes for its own currency (units.yaml)


@cache
def units() -> dict[str, Unit]:
    """Unit id -> definition (units.yaml, without its `ambiguous:` section)."""
    data = read_data("units.yaml")
    if isinstance(data, dict):
        data = {key: value for key, value in data.items() if key not in (AMBIGUOUS, PRESS)}
    return _typed("units.yaml", data, dict[str, Unit])


@cache
def ambiguous_currencies() -> dict[str, AmbiguousCurrency]:
    """Name -> a currency word that names several currencies (units.yaml, `ambiguous:`), checked
    against the units and the country codes so a typo is a clear error, not a silent miss."""
    data = read_data("units.yaml")
    section = data.get(AMBIGUOUS, {}) if isinstance(data, dict) else {}
    table = _typed("units.yaml (ambiguous)", section, dict[str, AmbiguousCurrency])
    known, codes = units(), country_codes()
    unit_phrases = {phrase.casefold() for unit in known.values() for phrase in (*unit.phrases, *unit.cased)}
    seen: dict[str, str] = {}
    for name, entry in table.items():
        for unit_id in (*entry.countries.values(), *([entry.default] if entry.default else [])):
            if unit_id not in known or known[unit_id].kind != "money":
                raise ConfigError(f"lexicon units.yaml: ambiguous {name!r}: {unit_id!r} is not a money unit")
        unknown = sorted(set(entry.countries) - codes)
        if unknown:
            raise ConfigError(f"lexicon units.yaml: ambiguous {name!r}: unknown country codes {unknown}")
        for phrase in entry.phrases:
            folded = phrase.casefold()
            if folded in unit_phrases or folded in seen:
                where = seen.get(folded, "a unit")
                raise ConfigError(f"lexicon units.yaml: ambiguous {name!r}: phrase {phrase!r} is also {where}'s")
            seen[folded] = repr(name)
    return table


class PressAbbreviation(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A scale and a currency that one country's press abbreviates without naming the currency (units.yaml,
    `press:`): « 402 MD » are millions of dinars in the Tunisian press."""

    scale: int
    unit: str  # the money unit it stands for
    country: str  # the country whose press writes it: read only in an article on that country
    word: str  # the ambiguous currency word (units.yaml, `ambiguous:`) the same press writes bare


@cache
def press_abbreviations() -> dict[str, PressAbbreviation]:
    """Abbreviation (as written, case kept) -> what it stands for (units.yaml, `press:`), checked against
    the units, the country codes and the ambiguous words."""
    data = read_data("units.yaml")
    section = data.get(PRESS, {}) if isinstance(data, dict) else {}
    table = _typed("units.yaml (press)", section, dict[str, PressAbbreviation])
    known, codes, words = units(), country_codes(), ambiguous_currencies()
    for name, entry in table.items():
        if entry.unit not in known or known[entry.unit].kind != "money":
            raise ConfigError(f"lexicon units.yaml: press {name!r}: {entry.unit!r} is not a money unit")
        if entry.country not in codes:
            raise ConfigError(f"lexicon units.yaml: press {name!r}: unknown country code {entry.country!r}")
        if entry.word not in words or words[entry.word].countries.get(entry.country) != entry.unit:
            raise ConfigError(f"lexicon units.yaml: press {name!r}: « {entry.word} » does not name {entry.unit} "
                              f"in {entry.country}")
    return table


NEGATION = "negation"  # the sections of qualifiers.yaml that are not a qualifier
THRESHOLD = "threshold"

Qualifier = Literal["exact", "approx", "nearly", "more_than", "at_least", "less_than", "at_most", "range"]


class Negation(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How a negated qualifier verb reads (qualifiers.yaml, `negation:`)."""

    particles: list[str]  # « ne », « n' » before the verb
    words: list[str]  # « pas », « jamais »: the second half of « ne … pas »
    between: list[str]  # adverbs and participles allowed around them (« n'ont toujours pas été »)
    without: list[str]  # « sans dépasser »
    hardly: list[str]  # « n'ont guère dépassé »: hardly more, hardly less
    turns: dict[str, Qualifier]  # qualifier -> what its negation says
    reach: list[str]  # verbs of reaching, which say `exact` and negated `turns["reach"]`
    restrictive: list[str]  # cues that with « ne » say « only » (« ne pèsent plus que »): exact


@cache
def qualifier_cues() -> dict[str, list[str]]:
    """Qualifier -> French cue phrases (qualifiers.yaml, without its `negation:` section)."""
    data = read_data("qualifiers.yaml")
    if isinstance(data, dict):
        data = {key: value for key, value in data.items() if key not in (NEGATION, THRESHOLD)}
    return _typed("qualifiers.yaml", data, dict[str, list[str]])


class Threshold(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A threshold crossed in the passive after its figure (qualifiers.yaml, `threshold:`): « Le cap des 15
    milliards avait été franchi »."""

    nouns: list[str]  # « cap », « barre », « seuil », right before the figure (« le cap des »)
    passive: list[str]  # « été », « est », « sera »: the auxiliary right before the participle
    crossed: dict[Qualifier, list[str]]  # qualifier -> the participles that say it (« franchi », « dépassée »)


@cache
def qualifier_threshold() -> Threshold:
    """The words of a threshold crossed in the passive (qualifiers.yaml, `threshold:`)."""
    data = read_data("qualifiers.yaml")
    section = data.get(THRESHOLD, {"nouns": [], "passive": [], "crossed": {}}) if isinstance(data, dict) else {}
    return _typed("qualifiers.yaml (threshold)", section, Threshold)


@cache
def qualifier_negation() -> Negation:
    """The words of a negation and what a negated qualifier cue then says (qualifiers.yaml, `negation:`)."""
    data = read_data("qualifiers.yaml")
    section = data.get(NEGATION, {}) if isinstance(data, dict) else {}
    return _typed("qualifiers.yaml (negation)", section, Negation)


class CountryWords(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    names: list[str] = []
    adjectives: list[str] = []


class Country(msgspec.Struct, frozen=True):
    """A country's French words: CLDR name first, then other names; adjectives in all four forms."""

    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to CLDR (countries.yaml)."""
    return frozenset(_typed("countries.yaml", read_data("countries.yaml"), dict[str, str]))


@cache
def countries() -> dict[str, Country]:
    """Code -> French names and adjectives: CLDR names (countries.yaml) plus country_words.yaml."""
    cldr = _typed("countries.yaml", read_data("countries.yaml"), dict[str, str])
    words = _typed("country_words.yaml", read_data("country_words.yaml"), dict[str, CountryWords])
    unknown = set(words) - set(cldr)
    if unknown:
        raise ConfigError(f"lexicon country_words.yaml: unknown country codes {sorted(unknown)}")
    table = {}
    for code, name in cldr.items():
        extra = words.get(code, CountryWords())
        table[code] = Country(code, (name, *extra.names), _inflect(extra.adjectives))
    return table


def _inflect(adjectives: list[str]) -> tuple[str, ...]:
    """[masc, fem] -> the four forms (marocain, marocaine, marocains, marocaines); longer lists as given."""
    if len(adjectives) != 2:
        forms = list(adjectives)
        for word in adjectives:
            forms.append(word if word.endswith(("s", "x")) else word + "s")
        return tuple(dict.fromkeys(forms))
    forms = [*adjectives, *(w if w.endswith(("s", "x")) else w + "s" for w in adjectives)]
    return tuple(dict.fromkeys(forms))


class CountryAliases(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Other words for a country (country_aliases.yaml): capitals, periphrases, combining prefixes, the
    names of its statistics office or customs that name no country (« Destatis »), and the kind of state it
    is (« le royaume », « l'émirat »), which names it in an article on a pair where it is the only one."""

    capitals: list[str] = []
    periphrases: list[str] = []
    combining: list[str] = []
    statistics: list[str] = []
    kinds: list[str] = []


@cache
def country_aliases() -> dict[str, CountryAliases]:
    """Code -> capitals, periphrases and combining forms (« sino- », « maroco- »)."""
    aliases = _typed("country_aliases.yaml", read_data("country_aliases.yaml"), dict[str, CountryAliases])
    unknown = set(aliases) - country_codes()
    if unknown:
        raise ConfigError(f"lexicon country_aliases.yaml: unknown country codes {sorted(unknown)}")
    return aliases


@cache
def cues() -> dict[str, list[str]]:
    """Cue family -> French phrases (cues.yaml): national totals, shares, products, frame markers."""
    return _typed("cues.yaml", read_data("cues.yaml"), dict[str, list[str]])


class Tense(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How the conditional and the future are told from the imperfect (modality.yaml, `tense:`)."""

    conditional: list[str]  # endings after a future stem: « -ait », « -aient »
    future: list[str]  # « -a », « -ont »
    stems: list[str]  # how a future stem ends (« -er », « -ir », « -dr »…), longest wins
    not_stems: list[str]  # endings of an imperfect stem that look like one (« -ér »: « opér-ait »)
    irregular: list[str]  # whole future stems (« aur- », « saur- »)
    imperfects: list[str]  # whole imperfect stems in -ir (« attir-ait »)
    not_verbs: list[str]  # nouns and participles that end the same way (« portrait », « affront »)
    auxiliaries: list[str]  # the journalistic conditional (« auraient atteint … selon »): no forecast


class Past(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """modality.yaml `past:`: how the imperfect and the compound past are written after an estimate."""

    imperfect: list[str]  # the imperfect's endings (« -ait », « -aient »)
    auxiliaries: list[str]  # avoir and être before a past participle (« a », « ont », « avait », « est »)
    participles: list[str]  # how a past participle ends (« -é », « -i », « -u », « -int », « -ert »)


class AndClause(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """modality.yaml `and_clause:`: how « et » opens a clause with a subject and a finite verb of its own."""

    subjects: list[str]  # the determiners a subject opens with (a number opens one too)
    verbs: list[str]  # finite forms of être and avoir (« sont », « ont », « a »)
    ending: str  # the third person plural's ending (« relient », « assurent »)
    not_verbs: list[str]  # words in that ending that are no verb (« argent », « équivalent », « cent »)


class ModalityCues(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    target: list[str]
    forecast: list[str]
    own_clause: list[str] = msgspec.field(default_factory=list)  # a cue before them does not reach after
    tense: Tense | None = None
    reported: list[str] = msgspec.field(default_factory=list)  # « selon »: the journalistic conditional is actual
    pledge: list[str] = msgspec.field(default_factory=list)  # « a annoncé que … porterait »: a target
    estimate: list[str] = msgspec.field(default_factory=list)  # « estime que »: the tense after it decides
    past: Past | None = None  # the past tenses that make an estimate actual
    and_clause: AndClause | None = None  # « et » opening a clause of its own
    modal: list[str] = msgspec.field(default_factory=list)  # « devrait porter … à »: a forecast of a target verb
    goal_verbs: list[str] = msgspec.field(default_factory=list)  # « L'objectif est de revenir à »: reaching a level
    no_deadline: list[str] = msgspec.field(default_factory=list)  # « sans échéance précise »: a target with none


class RelationCues(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    multiples: dict[str, float]
    change_nouns: dict[str, float]
    comparatives: dict[str, float]
    times: list[str]
    times_fewer: list[str]
    multiplied_by: list[str]
    divided_by: list[str]
    increase: list[str]
    decrease: list[str]
    year_on_year: list[str]
    previous_period: dict[str, list[str]]  # month | quarter | half -> phrases
    compared: list[str]
    named_level: dict[str, list[str]]  # level | pronoun -> phrases
    apposition: list[str]
    anaphora: list[str]
    pronoun_agreement: dict[str, list[str]]  # ils | elles -> head nouns
    increment: list[str] = msgspec.field(default_factory=list)  # « ajouter huit rotations »: an amount added
    flow_nouns: list[str] = msgspec.field(default_factory=list)  # « Les flux » after a stock: that metric's flows
    level_nouns: list[str] = msgspec.field(default_factory=list)  # « soit 104 % de la fréquentation de 2019 »
    named_bases: dict[str, list[str]] = msgspec.field(default_factory=dict)  # year -> « d'avant la pandémie »


@cache
def modality_cues() -> ModalityCues:
    """Words that make a figure a target or a forecast (modality.yaml)."""
    return _typed("modality.yaml", read_data("modality.yaml"), ModalityCues)


@cache
def relation_cues() -> RelationCues:
    """Words that relate two periods' values, and anaphora such as "ce chiffre" (relations.yaml)."""
    return _typed("relations.yaml", read_data("relations.yaml"), RelationCues)


def policy(overrides: dict[str, Any] | None = None) -> Policy:
    """The tolerance policy (tolerance.yaml), with a repository's overrides merged on top."""
    if not overrides:
        return _default_policy()
    data = _merge(read_data("tolerance.yaml"), overrides)
    try:
        return msgspec.convert(data, Policy)
    except msgspec.ValidationError as err:
        from factcheck.errors import Location

        raise ConfigError(f"tolerance: {err} (slacks and gaps are finite numbers from 0 to 100, or `step`)",
                          Location("factcheck.yaml")) from None


@cache
def _default_policy() -> Policy:
    return _typed("tolerance.yaml", read_data("tolerance.yaml"), Policy)


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base.get(key), value)
        return merged
    return extra
