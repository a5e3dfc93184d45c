"""Load the packaged data tables (gazetteers, pattern tables), layered with a user's own.

Tables live in ``newsledger/data/<stage>/<name>.v<N>.tsv``: a header row, ``#`` comment
lines naming source and licence, tab-separated fields. ``load_table`` validates every row
with a pydantic model and returns an immutable tuple; a user directory given as
``rules_dir`` adds rows from a file of the same relative name after ours.
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from newsledger.errors import DataFileError

Row = TypeVar("Row", bound=BaseModel)


def data_path(name: str) -> str:
    """Return the text of the packaged data file ``name`` (relative to newsledger/data)."""
    ref = importlib_resources.files("newsledger.data").joinpath(name)
    try:
        return ref.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(
            name, "missing", "no such packaged data file; is the package installed whole?"
        ) from exc


def parse_tsv(text: str, name: str, model: type[Row]) -> tuple[Row, ...]:
    """Parse a TSV table (header row, ``#`` comments) into validated rows of ``model``."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return ()
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows: list[Row] = []
    for n, raw in enumerate(reader, start=2):
        clean = {k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in raw.items() if k}
        clean = {k: v for k, v in clean.items() if v not in ("", None)}
        try:
            rows.append(model.model_validate(clean))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            raise DataFileError(
                f"{name} row {n}", "bad_row", f"{field}: {first['msg']}; fix the row or remove it"
            ) from exc
    return tuple(rows)


@functools.lru_cache(maxsize=64)
def load_table(name: str, model: type[Row], rules_dir: str | None = None) -> tuple[Row, ...]:
    """Return the packaged table ``name`` validated by ``model``, plus a user's rows if any."""
    rows = parse_tsv(data_path(name), name, model)
    if rules_dir:
        user = Path(rules_dir) / name
        if user.is_file():
            rows = rows + parse_tsv(user.read_text(encoding="utf-8"), str(user), model)
    return rows
