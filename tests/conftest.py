"""Test-wide set-up: parsed pattern files are cached in a folder of this run, not in the user's home."""
from __future__ import annotations

import os
import tempfile


def pytest_configure(config) -> None:
    os.environ["DTEXTRACT_CACHE_DIR"] = tempfile.mkdtemp(prefix="dtextract-test-cache-")
