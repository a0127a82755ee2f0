"""An interrupt during CreateUserPool waits for the answer, so the new pool's id is known to clean-up."""

import signal
from types import SimpleNamespace

import pytest

from cognito_conformance.interrupts import Interrupts

CREATE = SimpleNamespace(name="CreateUserPool")


def test_an_interrupt_during_a_pool_creation_waits_for_the_answer():
    interrupts = Interrupts()
    interrupts._before(model=CREATE)
    interrupts.handle(signal.SIGTERM, None)  # no raise: the pool's id is still on the wire
    with pytest.raises(KeyboardInterrupt, match="SIGTERM"):
        interrupts._after(model=CREATE, parsed={"UserPool": {"Id": "us-east-1_x", "Name": "cc-run-gw-standard"}})
    assert interrupts.created_pools == {"us-east-1_x": "cc-run-gw-standard"}


def test_a_second_interrupt_does_not_wait_and_other_calls_do_not_defer():
    interrupts = Interrupts()
    interrupts._before(model=CREATE)
    interrupts.handle(signal.SIGINT, None)
    with pytest.raises(KeyboardInterrupt):
        interrupts.handle(signal.SIGINT, None)
    with pytest.raises(KeyboardInterrupt):
        Interrupts().handle(signal.SIGINT, None)


def test_the_runs_first_interrupt_during_a_clean_up_waits_for_it_to_finish(monkeypatch):
    """A Ctrl-C that lands while a scenario's accounts are being deleted lets that finish, then stops."""
    import pytest

    from cognito_conformance import interrupts as module

    monkeypatch.setattr(module.INTERRUPTS, "interrupted", False)
    deleted = []
    with pytest.raises(KeyboardInterrupt):
        with module.cleaning_up(lambda: ["user x"], "pytest --sweep"):
            signal.getsignal(signal.SIGINT)(signal.SIGINT, None)  # the signal arrives mid clean-up
            deleted.append("user x")  # ... and the clean-up goes on
    assert deleted == ["user x"] and module.INTERRUPTS.interrupted


@pytest.mark.parametrize("operation", ["SignUp", "AdminCreateUser"])
def test_an_interrupt_during_a_user_creating_call_waits_for_the_answer(operation):
    """Issue 18, finding 4: the user exists once the call is answered, and clean-up knows its name."""
    interrupts = Interrupts()
    call = SimpleNamespace(name=operation)
    interrupts._before(model=call)
    interrupts.handle(signal.SIGTERM, None)
    with pytest.raises(KeyboardInterrupt, match="SIGTERM"):
        interrupts._after(model=call, parsed={"UserSub": "x"})


def test_a_call_sent_outside_botocore_is_held_too():
    interrupts = Interrupts()
    with pytest.raises(KeyboardInterrupt):
        with interrupts.holding("SignUp"):
            interrupts.handle(signal.SIGINT, None)  # waits
    with interrupts.holding("ListUsers"):
        pass
