"""A sentence cut into frames: clauses, and inside each clause the items a figure belongs to.

« En 2021, le commerce bilatéral a atteint 9,54 milliards de dollars dont 4,83 milliards d'exportations
vietnamiennes et 4,71 milliards d'exportations cambodgiennes, soit une hausse de 79,1 % ... » has one
clause and five items: the figure of each item takes the metric, countries and period of its own item
first, and inherits from the items before it (and from the sentence, and the sentences before) only
what its own item lacks. How an item was opened says how it relates to the one before:

- `dont`: its figures are parts of the figure before (« dont 4,83 milliards d'exportations »);
- `soit`: a restatement (another currency) or a derived figure (« soit une hausse de 12 % »);
- `contre`: the same measure at another time (« contre 6,96 milliards en 2019 »), always actual;
- `(`: a parenthesis: a restatement or a detail of the figure before;
- `et`, `,`: coordination: a new item, often with its own metric (« et les importations, … »);
- `où`: a relative clause about the time just named (« par rapport à 2022, où elles étaient de … »).

Clauses are cut at « ; », « : », « tandis que », « alors que », « mais »: a
clause is the scope of a modality cue and the first place a figure looks for its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extraction.mentions import SentenceMentions

# « cependant », « en revanche », « par ailleurs » open a clause only after a pause (« …, en revanche, les
# importations ont reculé »); inside a predicate (« les importations en provenance du Mali restent en revanche
# modestes, à 41,2 milliards ») they leave the subject with its figure
_CLAUSE_BREAK = re.compile(
    r";|:(?=\s)|\btandis\s+qu|\balors\s+qu|\bmais\b|(?:(?<=[,(])\s*|^)(?:cependant|en\s+revanche|par\s+ailleurs)\b"
    r"|\bpendant\s+qu"
)
# an item starts at a comma followed by a space, a parenthesis, « dont », « soit », « contre », « puis »,
# « suivi(e)s de », « où », and at « et » when a new item follows it (a determiner, a figure, a pronoun)
_ITEM_BREAK = re.compile(
    r"(?P<comma>,(?=\s))|(?P<open>\()|(?P<close>\))|(?P<dash>\s[-–—]\s)|\b(?P<word>dont|soit|contre|puis|ou)\b"
    r"|\b(?P<followed>suivie?s?\s+(?:de|des|du|par))\b"
    r"|\b(?P<and>et)\s+(?=(?:les|la|le|l'|des|du|de|d'|ses|son|sa|leurs|leur|celles|ceux|celle|celui|\d|"
    r"[a-z]+\s+\d|(?:a\s+peine|(?:pres|plus|moins)\s+(?:de|d'))\s*\d|dans|en\s+provenance|vers))"
)


@dataclass(frozen=True, slots=True)
class Frame:
    """One item of a sentence: its span (article offsets), its clause, and the word that opened it."""

    start: int
    end: int
    clause: int
    index: int
    opener: str  # "", ",", "(", "dont", "soit", "contre", "et", "puis", "suivi", "où"
    parenthesis: bool


def sentence_frames(mentions: SentenceMentions) -> list[Frame]:
    """The items of a sentence in order, each with the clause it belongs to."""
    folded = mentions.folded
    base = mentions.start
    original = mentions.sentence.text
    # « maïs » (corn) folds to « mais » (but): only the conjunction cuts a clause
    clause_starts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(folded)
                           if not (m.group() == "mais" and original[m.start():m.end()].lower() == "maïs")]
    # a break inside a period expression or a quantity is not one ("de janvier à septembre")
    protected = bytearray(len(folded) + 1)
    for a, b in [(p.start - base, p.end - base) for p in mentions.periods] + \
                [(q.span[0] - base, q.span[1] - base) for q in mentions.quantities]:
        protected[a + 1:b] = b"\x01" * max(0, b - a - 1)

    def inside(position: int) -> bool:
        return 0 <= position < len(protected) and protected[position] == 1

    breaks: list[tuple[int, str, bool]] = []  # (position, opener, starts a parenthesis)
    depth = 0
    for m in _ITEM_BREAK.finditer(folded):
        position = m.start()
        if inside(position):
            continue
        if m.group("comma"):
            breaks.append((position + 1, ",", depth > 0))
        elif m.group("open"):
            depth += 1
            breaks.append((position + 1, "(", True))
        elif m.group("close"):
            depth = max(0, depth - 1)
            breaks.append((position + 1, ")", depth > 0))
        elif m.group("dash"):  # « – pour environ 70 milliards de francs CFA en 2014 – »: an incise
            breaks.append((position + 1, ",", depth > 0))
        elif m.group("followed"):
            breaks.append((position, "suivi", depth > 0))
        elif m.group("and"):
            breaks.append((position, "et", depth > 0))
        else:
            word = m.group("word")
            breaks.append((position, "où" if word == "ou" and folded[position:position + 2] == "ou" and
                           original[position:position + 2] == "où" else word, depth > 0))
    breaks = [b for b in breaks if b[1] != "ou"]  # « ou » (or) is not a frame; « où » (where) is
    cuts = sorted({0, *(c for c in clause_starts if not inside(c))} | {b[0] for b in breaks})
    openers = {b[0]: (b[1], b[2]) for b in breaks}
    frames: list[Frame] = []
    for index, start in enumerate(cuts):
        end = cuts[index + 1] if index + 1 < len(cuts) else len(folded)
        if end <= start:
            continue
        clause = sum(1 for c in clause_starts if c <= start) - 1
        opener, parenthesis = openers.get(start, ("", False))
        frames.append(Frame(start + base, end + base, clause, len(frames), opener, parenthesis))
    return frames


def frame_at(frames: list[Frame], position: int) -> Frame:
    """The frame that holds an article offset (the last one when past the end)."""
    for frame in frames:
        if frame.start <= position < frame.end:
            return frame
    return frames[-1]
