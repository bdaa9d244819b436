"""Fixtures for the model-layer tests.

The in-memory keyring (autouse), ``llm_server`` and ``configured_model`` live in
``tests/conftest.py``; keyring backends are in ``tests/support.py``.
"""

from __future__ import annotations

from tests.support import MemoryKeyring, RefusingKeyring

__all__ = ["MemoryKeyring", "RefusingKeyring"]
