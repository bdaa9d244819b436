"""The background preload's effect on the garbage collector."""

from __future__ import annotations

import gc

import pytest

from consultant.ui import stream_worker


def test_preload_freezes_what_it_loaded_with_collection_off_meanwhile() -> None:
    seen: list[bool] = []
    loaded: list[list[int]] = []

    def load() -> None:
        seen.append(gc.isenabled())
        loaded.append([1, 2, 3])  # stands for litellm's long-lived objects

    before = gc.get_freeze_count()
    try:
        stream_worker._preload(load)
        assert seen == [False]  # no full collection in the middle of the import
        assert gc.isenabled()
        assert gc.get_freeze_count() > before  # later collections skip them
    finally:
        gc.unfreeze()


def test_preload_reenables_collection_when_the_import_fails() -> None:
    def load() -> None:
        raise ImportError("no litellm here")

    try:
        with pytest.raises(ImportError):
            stream_worker._preload(load)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
