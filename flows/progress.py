"""Progress of a run, reported from the flow body (the main process) as batches finish.

The flow does not know who is watching; the CLI installs a terminal display, tests and
scheduled runs keep the silent default.
"""
from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def stage(self, name: str, total: int) -> None: ...

    def advance(self, name: str, n: int) -> None: ...


class Silent:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, name: str, n: int) -> None:
        pass


_current: Progress = Silent()


def current() -> Progress:
    return _current


def install(progress: Progress | None) -> None:
    global _current
    _current = progress or Silent()
