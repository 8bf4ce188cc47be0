"""Whether a figure is actual, a target or a forecast, and how far the words that say so reach."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon
from factcheck.extraction.frames import Frame
from factcheck.extraction.mentions import Cue
from factcheck.extraction.reading.figures import Figure
from factcheck.extraction.reading.quantities import QuantityRules
from factcheck.extraction.text import fold
from factcheck.model import Period

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _said() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """modality.yaml's `reported` (« selon », « d'après ») and `pledge` (« a annoncé que ») words, as patterns
    on folded text: read only in a clause where a conditional or a future was found."""
    cues = lexicon.modality_cues()

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = sorted({re.escape(" ".join(fold(w).split())).replace(r"\ ", r"\s+") for w in words},
                              key=len, reverse=True)
        return re.compile(r"(?<![\w])(?:" + ("|".join(alternatives) or "(?!x)x") + r")(?![\w])")

    return pattern(cues.reported), pattern(cues.pledge)


@dataclass(frozen=True)
class _Tense:
    """modality.yaml's `tense:` section, ready for matching (see `is_future_form`)."""

    endings: tuple[str, ...]  # « aient », « ait », « ont », « a »: longest first
    stems: tuple[str, ...]  # the endings of `kinds`, longest first
    kinds: dict[str, bool]  # how a stem ends -> it is a future stem (« -er ») or not (« -ér »)
    irregular: frozenset[str]
    imperfects: frozenset[str]
    not_verbs: frozenset[str]
    auxiliaries: frozenset[str]
    conditionals: tuple[str, ...] = ()  # the conditional's endings: « -aient », « -ait »


@cache
def _tense() -> _Tense:
    data = lexicon.modality_cues().tense
    if data is None:
        return _Tense((), (), {}, frozenset(), frozenset(), frozenset(), frozenset())
    kinds = {**{s: True for s in data.stems}, **{s: False for s in data.not_stems}}
    return _Tense(tuple(sorted({*data.conditional, *data.future}, key=len, reverse=True)),
                  tuple(sorted(kinds, key=len, reverse=True)), kinds, frozenset(data.irregular),
                  frozenset(data.imperfects), frozenset(data.not_verbs), frozenset(data.auxiliaries),
                  tuple(data.conditional))


@cache
def is_future_form(word: str) -> bool:
    """« atteindraient », « dépasseront », « s'établirait », « pourra »: a verb in the conditional or the
    future, built on a future stem that ends in r (the infinitive, « atteindr- », « pourr- »). Not an
    imperfect of a verb in -rer (« chiffraient », « générait », « assurait », « attirait »), nor a noun
    (« portrait », « affront », « diaspora »). `word` is as written (accents tell « générait » from
    « générerait »); a capitalised word is a name."""
    if not word or not word[0].islower():
        return False
    tense = _tense()
    word = word.lower()
    if word in tense.not_verbs or word in tense.auxiliaries:
        return False
    for ending in tense.endings:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            break
    else:
        return False
    if len(stem) < 2 or not stem.endswith("r"):
        return False
    if stem in tense.irregular:
        return True
    if stem in tense.imperfects:
        return False
    for end in tense.stems:
        if stem.endswith(end):
            return tense.kinds[end]
    return False


@cache
def _modal_verbs() -> frozenset[str]:
    """modality.yaml's `modal`: the forecast verbs whose infinitive may be a target verb, folded."""
    return frozenset(" ".join(fold(w).split()) for w in lexicon.modality_cues().modal)


@cache
def _estimates() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
    """modality.yaml's `estimate` cues (folded), the compound past after them as a pattern on the words as
    written (« a atteint », « se sont élevés »: « a » is not « à »), and the imperfect's endings."""
    cues = lexicon.modality_cues()
    past = cues.past
    if past is None:
        return frozenset(), re.compile(r"(?!x)x"), ()
    auxiliaries = "|".join(re.escape(a).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                           for a in sorted(past.auxiliaries, key=len, reverse=True))
    endings = "|".join(re.escape(e) for e in sorted(past.participles, key=len, reverse=True))
    compound = re.compile(rf"(?<![\w'])(?:{auxiliaries})\s+(?:\w+\s+)?[^\W\d_]+(?:{endings})(?![\w])")
    return frozenset(" ".join(fold(w).split()) for w in cues.estimate), compound, tuple(past.imperfect)


@cache
def _goal_verbs() -> frozenset[str]:
    """modality.yaml's `goal_verbs`, folded."""
    return frozenset(fold(w) for w in lexicon.modality_cues().goal_verbs)


# the grammatical words that may stand between a target cue and its figure (« est de revenir à », « sera d'atteindre
# plus de »), as folded words
@cache
def _phrases(words: tuple[str, ...]) -> re.Pattern[str]:
    """Phrases as one pattern on folded text, whole words only."""
    alternatives = sorted({re.escape(" ".join(fold(w).split())).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                           for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + ("|".join(alternatives) or "(?!x)x") + r")(?![\w])")


_GRAMMAR = re.compile(r"est|sera|serait|etait|reste|de|d|a|au|aux|l|le|la|les|un|une|nos|nous|notre|leur|leurs|"
                      r"ses|son|sa|ce|ces|cette|plus|pres|environ|quelque|moins|seuil|barre|cap|niveau|des|du|en")


@cache
def _relative_goes_on() -> frozenset[str]:
    """cues.yaml `relative_goes_on`, folded: the words an item may open with and still go on with a relative clause."""
    return frozenset(fold(w) for w in lexicon.cues().get("relative_goes_on", []))


@cache
def _and_clause() -> tuple[str, frozenset[str], str, frozenset[str]]:
    """modality.yaml's `and_clause`: the subjects' determiners as a pattern on folded text, the verbs as
    written, the plural ending, the words in it that are no verb (folded)."""
    data = lexicon.modality_cues().and_clause
    if data is None:
        return "(?!x)x", frozenset(), "", frozenset()
    subjects = "|".join(re.escape(" ".join(fold(w).split())).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                        for w in sorted(data.subjects, key=len, reverse=True))
    return subjects, frozenset(data.verbs), data.ending, frozenset(fold(w) for w in data.not_verbs)


class ModalityRules(QuantityRules):
    """Rules for actual, target and forecast figures."""

    # -- modality -------------------------------------------------------------------------------------
    def modal_scope(self, position: int) -> int:
        """Where the words that can give a figure its modality start: its clause, after the last clause of
        its own inside it (« ambitionnent de porter … à 20 milliards, précisant que ceux-ci ont atteint
        16,6 milliards l'an dernier »: the 16,6 milliards are no target)."""
        start = self.clause_span(self.clause_of(position))[0]
        own = [c.end for c in self.cues("own_clause") if start <= c.start and c.end <= position]
        own += [f.start for f in self.frames if f.opener == "et" and start < f.start <= position and self.and_clause(f)]
        # « Hanoï espère porter ses échanges à 5 milliards d'ici 2025, et une trentaine de vols relient actuellement
        # chaque semaine les deux pays »: an item joined by « et » that says now (« désormais », « actuellement ») of
        # a weekly or monthly rate is a level at the time of writing, whatever its subject looks like
        frame = self.frame(position)
        inside = [p for p in self.m.periods if frame.start <= p.start < frame.end]
        joined = frame.opener == "et" or re.match(r"[\s,]*et\b", self.f(frame.start, position)) is not None
        if joined and frame.start > start and any(p.kind == "now" for p in inside) and any(
                p.kind == "rate" and p.rate in ("week", "month") for p in inside):
            own.append(frame.start)
        main = self.main_predicate(start, position)
        if main is not None:
            own.append(main)
        return max(own) if own else start
    def main_predicate(self, start: int, position: int) -> int | None:
        """« Le gouvernement, qui ambitionne de porter les échanges à 200 milliards d'ici 2027, compte sur la desserte
        aérienne, passée à six vols par semaine »: a relative clause set between a clause's subject and its verb
        ends at the first item after it that opens with a word the relative cannot go on with (cues.yaml
        `relative_goes_on`: not « selon », « d'ici », « soit », a figure): the main verb. Where it starts, for a
        figure after it; None when the clause is not built so."""
        frames = [f for f in self.frames if f.clause == self.clause_of(start) and f.start >= start
                  and self.f(f.start, f.end).strip(" ,")]
        if len(frames) < 3 or not re.match(r"[\s,]*(?:qui|dont|que|qu')(?![\w-])", self.f(frames[1].start, frames[1].end)):
            return None
        subject = self.f(frames[0].start, frames[0].end)
        if any(frames[0].start <= q.span[0] < frames[0].end for q in self.m.quantities) or len(subject.split()) > 6:
            return None
        goes_on = _relative_goes_on()
        for frame in frames[2:]:
            if frame.start > position:
                return None
            if frame.opener != ",":
                continue
            word = re.match(r"[\s,]*([^\W\d_]+(?:'|\b))", self.m.original(frame.start, frame.end))
            if word is not None and word.group(1).islower() and fold(word.group(1)) not in goes_on:
                return frame.start
        return None
    def and_clause(self, frame: Frame) -> bool:
        """« …, et 40 vols directs relient désormais chaque semaine les deux pays », « et les investissements ont
        atteint 2 milliards »: an item « et » opens with a subject (a determiner or a number) and a finite verb
        of its own (a form of être or avoir, a third person plural) is a clause of its own; not « et les
        investissements à 2 milliards », which the verb before still governs (modality.yaml `and_clause`)."""
        subjects, verbs, ending, not_verbs = _and_clause()
        opening = self.f(frame.start, frame.end)
        if not re.match(rf"et\s+(?:\d|(?:{subjects})(?![\w]))", opening):
            return False
        words = [w.group() for w in _WORD.finditer(self.m.original(frame.start, frame.end))][1:]
        return any(w in verbs or ending and w.islower() and len(w) > 4 and w.endswith(ending) and
                   not w.endswith("m" + ending) and fold(w) not in not_verbs for w in words)
    def modality_cue(self, position: int) -> Cue | None:
        """The target or forecast cue a figure's modality comes from, if any."""
        start = self.modal_scope(position)
        cues = [c for c in self.cues("modality") if start <= c.start < position]
        return cues[-1] if cues else None
    def modality_of(self, position: int) -> str:
        """A target or forecast cue before the figure in its clause (« objectif », « porter … à »,
        « devrait », « pourraient dépasser »), unless a « contre » item or a clause of its own (« précisant
        que », « après avoir ») comes between (« hisser les échanges à 3 milliards, contre quelque 1,9
        milliard aujourd'hui »); a verb in the conditional or the future there makes a forecast
        (« atteindraient 200 milliards », « dépasseront »), not an imperfect (« se chiffraient à »); after a
        pledge (« a annoncé que … porterait ») it makes a target, and the journalistic conditional of a
        figure with its source (« porterait, selon la Chambre de commerce, sur ») is actual."""
        start = self.modal_scope(position)
        frame = self.frame(position)
        if frame.opener == "contre":
            return "actual"
        cues = [c for c in self.cues("modality") if start <= c.start < position]
        contre = [f for f in self.frames if f.opener == "contre" and start <= f.start <= position]
        if contre:
            cues = [c for c in cues if c.start > contre[-1].start]
        if cues:
            if cues[-1].key == "forecast" and self.estimate_of_the_past(cues[-1], position):
                return "actual"
            if cues[-1].key == "target" and len(cues) > 1 and self.forecast_of_target_verb(cues[-2], cues[-1]):
                return "forecast"  # « devrait selon Tokyo porter les échanges à 50 milliards d'ici 2025 »
            return cues[-1].key
        future = [w for w in _WORD.finditer(self.m.original(start, position)) if is_future_form(w.group())]
        if not future:
            return "actual"
        if _said()[1].search(self.f(start, start + future[0].start())):
            return "target"  # « a annoncé que le Qatar porterait ses investissements à 10 milliards »
        if self.reported_conditional(position, [w.group() for w in future]):
            return "actual"
        return "forecast"
    def target_of_sentence_before(self, figure: Figure) -> tuple[str | None, str | None]:
        """« Le commerce bilatéral s'est élevé à 8,9 milliards de dollars en 2023. « L'objectif est de revenir à
        12 milliards de dollars d'ici 2026 », a-t-il ajouté. »: a target (or forecast) figure in a sentence that
        names no metric at all sets a goal for what the sentence just before was about, when that sentence spoke
        of one metric only, one the figure's unit allows, and only goal verbs and grammatical words stand between
        the cue and the figure (modality.yaml `goal_verbs`). (metric, note), or (None, None)."""
        before = self.ctx.sentence_metrics
        if len(before) != 1 or self.cues("metric") or self.modality_of(figure.start) == "actual":
            return None, None
        metric = before[0]
        if figure.kind not in self.metrics[metric].unit_kinds:
            return None, None
        cue = self.modality_cue(figure.start)
        gap = self.f(cue.end if cue is not None else figure.frame.start, figure.start)
        words = [w for w in _WORD.findall(gap) if w not in _goal_verbs() and not _GRAMMAR.fullmatch(w)]
        if words or re.match(r"\s*(?:de|d')\s*(?!ici\b)[a-z]", self.f(figure.end, figure.end + 12)):
            return None, None  # « l'objectif est de lever 2 milliards », « 2 milliards de prêts »: something else
        return metric, f"no metric in its sentence: the {metric} of the sentence before, the only one it names"
    def forecast_of_target_verb(self, modal: Cue, verb: Cue) -> bool:
        """« L'accord devrait selon Tokyo porter les échanges à 50 milliards de dollars d'ici 2025 », « pourrait
        permettre de hisser les échanges à »: a forecast verb whose infinitive is the target verb expects the
        figure, it sets no target (modality.yaml `modal`). Not when something stronger than a comma, a figure
        or another cue stands between them (« devrait être signé ; l'objectif est de porter … »), nor when the
        target cue is no infinitive (« devrait atteindre l'objectif de »)."""
        if modal.key != "forecast" or " ".join(fold(modal.text).split()) not in _modal_verbs():
            return False
        if not re.fullmatch(r"[a-z]+(?:er|ir|re)", fold(verb.text)):
            return False
        gap = self.f(modal.end, verb.start)
        return len(gap) <= 40 and not re.search(r"[\d;:.()]", gap)
    def estimate_of_the_past(self, cue: Cue, position: int) -> bool:
        """« La SUBREI estime que le stock d'investissements atteignait quelque 20 milliards de dollars à la fin
        de 2025 », « estiment que les échanges ont atteint 3 milliards l'an dernier »: an estimate of a level
        already reached (a verb in the imperfect or the compound past after « estime que », or a date before
        publication in its clause) is an actual figure, not a forecast. Still a forecast with a verb in the
        future or the conditional after it (« estime que les échanges atteindront 5 milliards en 2027 »), a
        date after publication or a deadline in its clause, or neither a past verb nor a past date
        (« estime que le commerce peut atteindre 5 milliards »)."""
        estimates, compound, imperfect = _estimates()
        if " ".join(fold(cue.text).split()) not in estimates:
            return False
        words = [w.group() for w in _WORD.finditer(self.m.original(cue.end, position))]
        if any(is_future_form(w) for w in words):
            return False
        clause_end = self.clause_span(self.clause_of(position))[1]
        periods = [p for p in self.m.periods if cue.end <= p.start < clause_end and p.kind not in ("date", "event")]
        if any(p.kind == "horizon" or p.period and self.reaches_publication(p.period) for p in periods):
            return False
        if any(p.period for p in periods):
            return True  # « à la fin de 2025 » in an article of February 2026
        written = self.m.original(cue.end, position).lower()
        return compound.search(written) is not None or any(
            w.lower().endswith(imperfect) and len(w) > 5 and w.lower() not in _tense().not_verbs for w in words)
    def reported_conditional(self, position: int, verbs: list[str]) -> bool:
        """The journalistic conditional: « le commerce informel porterait, selon la Chambre de commerce, sur
        quelque 60 milliards de FCFA par an », « les échanges s'élèveraient à 2 milliards, d'après les
        douanes »: a conditional (not a future) in a clause that names its source and dates the figure
        before publication, or by a rate or a word of now, reports someone else's actual figure. Still a
        forecast when the clause dates it after publication or gives a deadline (« atteindraient 10
        milliards en 2026, selon le ministère »), holds a target or forecast word (« selon les prévisions du
        FMI »), or does not date it (« selon le FMI, ils atteindraient 5 milliards »)."""
        endings = _tense().conditionals
        if not all(verb.lower().endswith(endings) for verb in verbs):
            return False  # « dépasseront 10 milliards, selon le ministère »: a future is a forecast
        clause_start, clause_end = self.clause_span(self.clause_of(position))
        if not _said()[0].search(self.f(clause_start, clause_end)):
            return False
        if any(clause_start <= c.start < clause_end for c in self.cues("modality")):
            return False
        periods = [p for p in self.m.periods if clause_start <= p.start < clause_end]
        if any(p.kind == "horizon" or p.period and self.after_publication(p.period) for p in periods):
            return False
        # undated, « selon le FMI, ils atteindraient 5 milliards » may as well forecast: a date, a rate or a
        # word of now says the figure is a level already reached (« en 2023 », « par an », « actuellement »)
        return any(p.period or p.kind in ("rate", "now") for p in periods)
    def in_source_name(self, position: int) -> bool:
        """A word in the name of the source a figure is attributed to (« selon la Chambre de commerce »,
        « d'après l'Agence de promotion des exportations »): the source's name, not what the figure counts.
        Only the complement of a noun (« de commerce », « des exportations ») in an item that « selon »,
        « d'après » opens and that holds no figure."""
        frame = self.frame(position)
        opening = self.f(frame.start, position)
        if not re.search(r"(?:\bde|\bdu|\bdes|\bd')\s*$", opening):
            return False
        match = _said()[0].match(opening.lstrip(" ,;(–—-"))
        return match is not None and not any(
            frame.start <= q.span[0] < frame.end and q.kind not in ("year", "ordinal") for q in self.m.quantities)
    def planned_in_the_past(self, cue: Cue) -> bool:
        """« l'accord signé en 2018, qui prévoyait jusqu'à 25 milliards de dollars », « Riyad espérait attirer »: a
        target cue in the imperfect (its last word ends as the imperfect does, no future stem: not « voudrait »,
        « souhaiteraient », conditionals of a wish now) tells a plan of the past, as a pluperfect does."""
        word = cue.text.split()[-1]
        return word.islower() and word.endswith(_tense().conditionals) and not is_future_form(word)
    def without_deadline(self, figure: Figure) -> bool:
        """« Le Sénégal et le Maroc visent à porter leurs échanges à 10 milliards de dirhams d'ici 2028, et à attirer
        500 millions de dollars d'investissements marocains, sans échéance précise »: words that deny a deadline
        (modality.yaml `no_deadline`) after a target or forecast figure in its clause, with no other figure nor
        deadline between, say it has none: the « d'ici 2028 » before is another target's."""
        end = self.clause_span(figure.frame.clause)[1]
        match = _phrases(tuple(lexicon.modality_cues().no_deadline)).search(self.f(figure.end, end))
        if match is None:
            return False
        stop = figure.end + match.start()
        return not any(figure.end <= q.span[0] < stop and q.kind not in ("year", "ordinal") for q in self.m.quantities) \
            and not any(figure.end <= p.start < stop and p.kind == "horizon" for p in self.m.periods)
    def by_deadline(self, figure: Figure, period: str) -> bool:
        """« 30 vols par semaine d'ici l'été 2024 », « 5 milliards d'ici 2026 »: the figure's period is a
        deadline of its clause, so the figure is to come (a target or a forecast), never a count so far,
        even for a stock or a weekly rate."""
        clause = figure.frame.clause
        return any(p.kind == "horizon" and p.period and period.startswith(p.period) and
                   self.clause_of(p.start) == clause for p in self.m.periods)  # « d'ici 2026 »: a stock at 2026-12
    def reaches_publication(self, period: str) -> bool:
        """The period runs to the month of publication or after it (it was not over when written)."""
        published = self.ctx.published
        return published is not None and not period.endswith("/..") and Period.parse(period).end >= published.month_index
    def after_publication(self, period: str) -> bool:
        published = self.ctx.published
        if published is None:
            return False
        return Period.parse(period).end > published.month_index and not period.endswith("/..")
