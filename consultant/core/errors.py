"""Refusals whose text is one sentence for the user.

They live in ``core`` rather than in ``store`` so that front ends can catch them
without importing the store (and sqlite-utils): the desktop window is painted
before the store is opened (``ui/app.py``). The store raises them; services call
the base class ``ServiceError``.
"""

from __future__ import annotations

__all__ = ["NewerDatabaseError", "ServiceError", "StoreError"]


class StoreError(Exception):
    """A storage problem explained in one sentence for the user."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of Consultant."""


#: What front ends catch: every refusal of a use case is one of these.
ServiceError = StoreError
