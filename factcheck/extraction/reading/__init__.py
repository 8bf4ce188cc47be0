"""Reading one sentence: each figure gets the metric, countries, direction, period and modality of its
own frame, inheriting from the frames around it only what it lacks (see `frames`).

Each rule is a method named after what it reads, with the French construction it handles in its
docstring; every word it looks for comes from the lexicons. The reader is precise before it is
complete: a figure whose metric, pair or period cannot be read with confidence is left out, with a
reason (`LeftOut`), never guessed.

The rules come in families, one module each, stacked so that a family only calls the ones below it:
`core` (the sentence's state), `quantities` (which numbers are figures), `modality`, `dating`
(periods), `flows` (countries and directions), `scope` (the metric, and whether it is the pair's),
`bases` (the period a change is measured against), `growth` (which level a change belongs to),
`relations` (« le double de »), and `sentence`, which reads a sentence with all of them.
"""

from factcheck.extraction.mentions import factor_of
from factcheck.extraction.reading.figures import Context, Draft, Figure, Flow, LeftOut, left_out_code
from factcheck.extraction.reading.sentence import SentenceReading

__all__ = ["Context", "Draft", "Figure", "Flow", "LeftOut", "SentenceReading", "factor_of", "left_out_code"]
