"""Why msgspec: import cost and validation speed of the claim model, msgspec against pydantic.

    python bench/model_choice.py          (needs pydantic installed: pip install pydantic)

Prints, in one run: start-up of `import typer` alone, with our msgspec model, and with an equivalent
pydantic v2 model; then the time to validate 100,000 already-parsed claim records with each.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

PYDANTIC_MODEL = '''
from typing import Literal, Optional, Union
from pydantic import BaseModel, ConfigDict, Field
class Claim(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    metric: str
    countries: list[str]
    direction: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}>[A-Z]{2}$")
    period: str = Field(pattern=r"^\\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$|^\\d{4}-(0[1-9]|1[0-2])/\\d{4}-(0[1-9]|1[0-2])$")
    kind: Literal["value", "ratio"] = "value"
    stated: Optional[Union[int, float]] = None
    unit: Optional[str] = None
    qualifier: Literal["exact","approx","nearly","more_than","at_least","less_than","at_most","range"] = "exact"
    low: Optional[Union[int, float]] = None
    high: Optional[Union[int, float]] = None
    relative_to: Optional[str] = None
    factor: Optional[Union[int, float]] = None
    modality: Literal["actual", "target", "forecast"] = "actual"
    quote: str
    span: tuple[int, int]
    status: Literal["extracted", "reviewed"] = "extracted"
    note: Optional[str] = None
'''

STARTUP = {
    "import typer": "import typer",
    "typer + msgspec model + yaml": "import typer, yaml; import factcheck.model",
    "typer + pydantic model + yaml": "import typer, yaml\n" + PYDANTIC_MODEL,
}


def startup(runs: int = 15) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in STARTUP}
    for _ in range(runs):
        for name, code in STARTUP.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def validation(count: int = 100_000) -> dict[str, float]:
    import msgspec

    from factcheck.model import Claim

    namespace: dict[str, object] = {}
    exec(PYDANTIC_MODEL, namespace)  # noqa: S102 - our own constant
    namespace["Claim"].model_rebuild(_types_namespace=namespace)  # type: ignore[attr-defined]
    pydantic_claim = namespace["Claim"]
    record = {"id": "s:trade-2023", "metric": "trade", "countries": ["KZ", "VN"], "period": "2023",
              "stated": 1000000000, "unit": "USD", "qualifier": "nearly", "low": 850000000, "high": 1050000000,
              "modality": "actual", "quote": "près d'un milliard de dollars en 2023", "span": [10, 47],
              "status": "reviewed"}
    records = [dict(record, id=f"s:trade-{i}") for i in range(count)]
    start = time.perf_counter()
    msgspec.convert(records, list[Claim])
    msgspec_time = time.perf_counter() - start
    encoded = msgspec.msgpack.encode(records)
    start = time.perf_counter()
    msgspec.msgpack.decode(encoded, type=list[Claim])
    msgpack_time = time.perf_counter() - start
    start = time.perf_counter()
    for item in records:
        pydantic_claim.model_validate(item)  # type: ignore[attr-defined]
    pydantic_time = time.perf_counter() - start
    return {"msgspec.convert (from Python objects)": msgspec_time,
            "pydantic model_validate": pydantic_time,
            "msgspec msgpack decode + validate": msgpack_time}


def main() -> None:
    print("start-up (median of 15, interleaved):")
    for name, value in startup().items():
        print(f"  {name:32} {value * 1000:7.1f} ms")
    print("validating 100,000 parsed claim records:")
    for name, value in validation().items():
        print(f"  {name:36} {value:7.2f} s")


if __name__ == "__main__":
    main()
