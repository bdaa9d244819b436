from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "test.sqlite")
    yield s
    s.close()
