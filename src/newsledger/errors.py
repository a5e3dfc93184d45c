"""Errors that name the input, the stage and a stable reason, shaped for people and tables."""

from __future__ import annotations


class NewsledgerError(Exception):
    """Base error: ``source`` (the input), ``stage`` and a stable ``reason`` code.

    The message reads *input: what is wrong (evidence); what to do*.
    """

    stage = "newsledger"

    def __init__(self, source: str, reason: str, message: str) -> None:
        self.source = source
        self.reason = reason
        self.message = message
        super().__init__(f"{source}: {message}")


class InputError(NewsledgerError):
    """A page that cannot be read: empty, binary, too large, bad encoding, truncated..."""

    stage = "ingest"


class ManifestError(NewsledgerError):
    """A manifest or JSONL line that is not valid or names a missing file."""

    stage = "ingest"


class DataFileError(NewsledgerError):
    """A packaged or user-supplied data table that does not validate."""

    stage = "resources"


class StoreError(NewsledgerError):
    """The database cannot be opened, migrated or written."""

    stage = "store"


class BackendError(NewsledgerError):
    """An unknown or misconfigured back end name."""

    stage = "registry"


class NlpError(NewsledgerError):
    """The spaCy pipeline cannot be loaded (a missing or broken model)."""

    stage = "nlp"
