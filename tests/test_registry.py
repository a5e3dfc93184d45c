"""Back-end names are pinned: a name, once published, keeps its meaning."""

from __future__ import annotations

import pytest

from newsledger import registry
from newsledger.errors import BackendError


def test_registry_pins_default_backend_names() -> None:
    assert "rules.v1" in registry.names("cleaners")
    assert "trafilatura.v1" in registry.names("html_extractors")


def test_registry_returns_backend_checked_against_protocol() -> None:
    from newsledger.clean.base import Cleaner

    assert isinstance(registry.get("cleaners", "rules.v1"), Cleaner)


def test_registry_unknown_name_lists_installed() -> None:
    with pytest.raises(BackendError) as exc:
        registry.get("cleaners", "rule.v1")
    assert exc.value.message == 'unknown cleaner "rule.v1"; installed: rules.v1'
