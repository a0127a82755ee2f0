"""Signals: SIGTERM (a CI runner's cancel) stops a run as Ctrl-C does, so it cleans up; a second
Ctrl-C (or SIGTERM) during the clean-up stops at once, saying on the terminal what may be left and how
to sweep it."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Interrupts:
    """Ctrl-C and SIGTERM raise KeyboardInterrupt, except while a call that creates a pool is on the wire:
    then the interrupt waits until the answer is in, so the pool's id is known and clean-up deletes it
    (interrupted mid-call, the pool would exist with no one knowing its id). A second signal does not wait."""

    #: Calls that create what clean-up must know of: a pool (its id is in the answer) and users (recorded
    #: before the call is sent; held so that the answer comes in before the run stops).
    CREATES = frozenset({"CreateUserPool", "SignUp", "AdminCreateUser"})

    def __init__(self) -> None:
        self.creating = 0
        self.pending: int | None = None
        #: The run was interrupted once already: a further signal during clean-up stops at once.
        self.interrupted = False
        #: Every pool a client of this process created (id -> name), for clean-up to cover them all.
        self.created_pools: dict[str, str] = {}

    def handle(self, signum, frame) -> None:
        if self.creating and self.pending is None:
            self.pending = signum
            return
        self.interrupted = True
        raise KeyboardInterrupt(f"stopped by {signal.Signals(signum).name}")

    @contextmanager
    def holding(self, operation: str) -> Iterator[None]:
        """Around a call sent outside botocore (the HTTP session): held as ``_before``/``_after`` hold."""
        if operation not in self.CREATES:
            yield
            return
        self.creating += 1
        try:
            yield
        finally:
            self.creating -= 1
            if self.pending is not None and not self.creating:
                signum, self.pending = self.pending, None
                self.interrupted = True
                raise KeyboardInterrupt(f"stopped by {signal.Signals(signum).name}")

    def install(self, client) -> None:
        client.meta.events.register("before-call.cognito-idp", self._before)
        client.meta.events.register("after-call.cognito-idp", self._after)
        client.meta.events.register("after-call-error.cognito-idp", self._after)

    def _before(self, model, **_) -> None:
        if model.name in self.CREATES:
            self.creating += 1

    def _after(self, model=None, parsed=None, event_name: str = "", **_) -> None:
        operation = model.name if model is not None else event_name.rsplit(".", 1)[-1]
        if operation not in self.CREATES:
            return
        self.creating -= 1
        pool = (parsed or {}).get("UserPool") or {}
        if pool.get("Id"):
            self.created_pools[pool["Id"]] = pool.get("Name", pool["Id"])
        if self.pending is not None and not self.creating:
            signum, self.pending = self.pending, None
            self.interrupted = True
            raise KeyboardInterrupt(f"stopped by {signal.Signals(signum).name}")


INTERRUPTS = Interrupts()


def sigterm_as_ctrl_c() -> Callable[[], None]:
    """Make SIGTERM act as Ctrl-C (pytest then tears down, so clean-up runs); returns the undo."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.signal(sig, INTERRUPTS.handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    return lambda: [signal.signal(sig, handler) for sig, handler in previous.items()]


def _to_stderr(message: str) -> None:
    sys.stderr.write(message)
    sys.stderr.flush()


@contextmanager
def cleaning_up(left: Callable[[], list[str]], sweep: str,
                say: Callable[[str], None] | None = None) -> Iterator[None]:
    """While clean-up runs, a second interrupt says what ``left()`` names and ``sweep``, and exits 130.
    ``say`` writes to the terminal past pytest's capture (a scenario's teardown is captured, and exiting
    at once would drop what was captured); without it, standard error.

    The first interrupt of the run may land during the clean-up of a scenario that was ending anyway:
    that clean-up then finishes, and the interrupt is raised after it, so nothing is left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    deferred: list[int] = []

    def stop_now(signum, frame):
        if not INTERRUPTS.interrupted and not deferred:
            deferred.append(signum)  # the run's first interrupt: after this clean-up
            INTERRUPTS.interrupted = True
            return
        try:
            names = left()
        except Exception:  # in a signal handler: say what can be said
            names = []
        listing = "".join(f"\n  {name}" for name in names) or " (nothing this run recorded)"
        message = (f"\nInterrupted again during clean-up: stopping now. These may be left behind:{listing}\n"
                   f"Remove them later with: {sweep}\n")
        try:
            (say or _to_stderr)(message)
        finally:
            os._exit(130)

    previous = {sig: signal.signal(sig, stop_now) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if deferred:
        raise KeyboardInterrupt(f"stopped by {signal.Signals(deferred[0]).name}")
