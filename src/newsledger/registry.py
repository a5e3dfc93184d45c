"""Registries of swappable back ends (cleaners, HTML extractors, time taggers, ...) by name.

Our own defaults register exactly as a third party would: through the entry-point groups
``newsledger_<kind>`` in pyproject.toml. Names carry a version (``rules.v1``) that never
changes meaning.
"""

from __future__ import annotations

import importlib
from typing import Any

import catalogue

from newsledger.errors import BackendError

KINDS = ("cleaners", "html_extractors", "time_taggers", "quote_extractors", "event_coders")

# kind -> "module:Protocol" that a registered object must satisfy
PROTOCOLS = {
    "cleaners": "newsledger.clean.base:Cleaner",
    "html_extractors": "newsledger.clean.base:HtmlExtractor",
    "time_taggers": "newsledger.time.base:TimeTagger",
    "quote_extractors": "newsledger.quotes.base:QuoteExtractor",
    "event_coders": "newsledger.events.base:EventCoder",
}

_REGISTRIES = {kind: catalogue.create("newsledger", kind, entry_points=True) for kind in KINDS}


def registry(kind: str) -> catalogue.Registry:
    """Return the catalogue registry of one kind of back end."""
    if kind not in _REGISTRIES:
        raise BackendError(kind, "unknown_kind", f"no such kind of back end; kinds: {', '.join(KINDS)}")
    return _REGISTRIES[kind]


def _entry_point_names(reg: catalogue.Registry) -> set[str]:
    return {ep.name for ep in reg._get_entry_points()}


def _registered_names(kind: str) -> set[str]:
    """Names registered in this process (``registry(kind).register``), entry points not loaded."""
    return {key[-1] for key in catalogue._get_all(("newsledger", kind))}


def names(kind: str) -> list[str]:
    """Return the registered names of one kind, sorted, without importing any back end."""
    reg = registry(kind)
    return sorted(_registered_names(kind) | _entry_point_names(reg))


def from_import_path(kind: str, name: str) -> Any:
    """Return the factory a name of the form ``module.path:ClassName`` points to.

    A back end given by import path, for development and tests: it needs no entry point,
    and a worker process imports the module itself, so it works under any start method.
    """
    module, _, attr = name.partition(":")
    try:
        factory = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise BackendError(
            name,
            "unknown_backend",
            f"cannot import {kind[:-1].replace('_', ' ')} {name!r} ({exc}); check the module path and name",
        ) from exc
    if not callable(factory):
        raise BackendError(name, "bad_backend", f"{name} is not a class or function")
    return factory


def get(kind: str, name: str) -> Any:
    """Return a new instance of the back end ``name`` of ``kind``, checked against its Protocol.

    ``name`` is a registered name (``rules.v1``) or an import path ``module.path:ClassName``.
    """
    reg = registry(kind)
    if name in _registered_names(kind) or name in _entry_point_names(reg):
        # Only the back end asked for is imported: a broken plugin breaks only itself.
        try:
            factory = reg.get(name)
        except Exception as exc:
            raise BackendError(
                name, "broken_backend", f"the {kind[:-1].replace('_', ' ')} {name!r} failed to load ({exc})"
            ) from exc
    elif ":" in name and not name.startswith(":"):
        factory = from_import_path(kind, name)
    else:
        installed = ", ".join(names(kind)) or "none"
        raise BackendError(
            name, "unknown_backend", f'unknown {kind[:-1].replace("_", " ")} "{name}"; installed: {installed}'
        )
    obj = factory()
    module, _, proto_name = PROTOCOLS[kind].partition(":")
    try:
        proto = getattr(importlib.import_module(module), proto_name)
    except (ImportError, AttributeError):  # the stage's base is not built yet
        return obj
    if not isinstance(obj, proto):
        raise BackendError(name, "bad_backend", f"{name} does not implement {proto_name}")
    return obj
