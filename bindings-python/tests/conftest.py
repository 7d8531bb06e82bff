"""Shared helpers for the fuling_rules tests.

The tests run against the *installed* package (scripts/test-python installs
the built wheel into a fresh venv), never the source folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("FULING_REPO", HERE.parent.parent))
SCENARIOS = REPO / "tests" / "scenarios"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
