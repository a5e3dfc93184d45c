"""Back ends that misbehave on purpose, for the worker time-limit and resume tests.

Use one by import path: ``Settings(cleaner="backends_for_tests:MarkerCleaner")`` or
``newsledger ingest --cleaner backends_for_tests:MarkerCleaner`` with this folder on
PYTHONPATH. Pages without a marker are cleaned by ``rules.v1`` as usual.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from newsledger.clean.base import CleanResult
from newsledger.clean.rules import RulesCleaner
from newsledger.model import Document

HANG = "zz-marker-hang-always"  # the worker sleeps until it is killed
CRASH = "zz-marker-crash-worker"  # the worker exits at once, as a crash in C code would
HANG_WHEN_ASKED = "zz-marker-hang-when-asked"  # hangs only if HANG_FLAG_ENV names a file path
HANG_FLAG_ENV = "NEWSLEDGER_TEST_HANG_FLAG"  # the hanging worker creates this file first
MAX_HANG_SECONDS = 120.0  # never outlive a test run, even if nobody kills the worker


def _hang() -> None:
    """Sleep until killed, until the parent goes away, or for MAX_HANG_SECONDS."""
    parent = os.getppid()
    end = time.monotonic() + MAX_HANG_SECONDS
    while time.monotonic() < end and os.getppid() == parent:
        time.sleep(0.05)


class MarkerCleaner:
    """``rules.v1``, except that a page holding a marker hangs or kills its worker."""

    def __init__(self) -> None:
        self.rules = RulesCleaner()

    def clean(self, document: Document) -> CleanResult:
        """Misbehave when the page asks for it, else clean it with ``rules.v1``."""
        text = document.text
        if CRASH in text:
            os._exit(1)
        if HANG in text:
            _hang()
        flag = os.environ.get(HANG_FLAG_ENV)
        if HANG_WHEN_ASKED in text and flag:
            Path(flag).touch()
            _hang()
        return self.rules.clean(document)
