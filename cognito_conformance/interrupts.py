"""Signals: SIGTERM (a CI runner's cancel) stops a run as Ctrl-C does, so it cleans up; a second
Ctrl-C (or SIGTERM) during the clean-up stops at once, saying what may be left and how to sweep it."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"stopped by signal {signal.Signals(signum).name}")


def sigterm_as_ctrl_c() -> Callable[[], None]:
    """Make SIGTERM raise KeyboardInterrupt (pytest then tears down, so clean-up runs); returns the undo."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, _interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)


@contextmanager
def cleaning_up(left: Callable[[], list[str]], sweep: str) -> Iterator[None]:
    """While clean-up runs, a second interrupt prints what ``left()`` names and ``sweep``, and exits 130."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop_now(signum, frame):
        try:
            names = left()
        except Exception:  # in a signal handler: say what can be said
            names = []
        listing = "".join(f"\n  {name}" for name in names) or " (nothing this run recorded)"
        sys.stderr.write(f"\nInterrupted again during clean-up: stopping now. These may be left behind:{listing}\n"
                         f"Remove them later with: {sweep}\n")
        sys.stderr.flush()
        os._exit(130)

    previous = {sig: signal.signal(sig, stop_now) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
