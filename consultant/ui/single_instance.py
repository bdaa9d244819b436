"""One app per data folder: a ``QLockFile`` in the data folder.

A second instance on the same folder is refused before it opens the database.
A lock left by a crashed process is stale (its PID is gone) and is taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

__all__ = ["ALREADY_RUNNING", "LOCK_FILENAME", "InstanceLock"]

LOCK_FILENAME = "consultant.lock"
ALREADY_RUNNING = "Consultant is already running with this data folder"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale

    def acquire(self, timeout_ms: int = 200) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(timeout_ms):
            return True
        # A lock whose process is gone is removed and retried once.
        if self._lock.removeStaleLockFile():
            return bool(self._lock.tryLock(timeout_ms))
        return False

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
