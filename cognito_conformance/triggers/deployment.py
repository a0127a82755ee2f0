"""How an implementation runs the suite's trigger functions: the ``Deployment`` interface.

One object per run and xdist worker (the session fixture ``cognito_triggers``) deploys the handlers of
``cognito_conformance/triggers/handlers`` where the implementation can invoke them, wires them into the
pools the run provisions, reads back what they received, and removes everything at the end. Every
implementation provides it its own way; steps only ever see this interface:

* **AWS, ministack, moto** (``lambda_deployment.LambdaDeployment``): one real Lambda function per run and
  worker (``cc-<run id>-<worker>-triggers``) for every trigger, created on first use with CreateFunction
  from an in-memory zip of the handlers (its handler, ``handlers/dispatch.py``, hands each event to its
  trigger's module by ``triggerSource``); ``AddPermission`` for ``cognito-idp.amazonaws.com`` with each pool
  as source; events read back from CloudWatch Logs (``/aws/lambda/<function>``). moto stores all of it and
  never invokes a trigger (shared/TRIGGERS.md §3.4).
* **cognito-local** (``invoke_deployment.InvokeApiDeployment`` over ``invoke_api.InvokeApi``, shared/TRIGGERS.md
  §3.2): cognito-local names its functions
  globally (``TriggerFunctions`` in its config, ``LambdaClient.endpoint`` pointing at the suite's Invoke
  API server). ``lambda_config`` still answers a LambdaConfig (cognito-local stores and echoes it; ARNs
  such as ``arn:aws:lambda:<region>:<account>:function:<Trigger>`` are fine); ``pool_created`` registers
  the pool's trigger set with the server, which routes every invocation by ``event["userPoolId"]`` to the
  same handler modules (``handlers/dispatch.handler`` routes an event to its trigger's module) for pools
  that registered that trigger and to a neutral handler for all others (the event unchanged; for
  UserMigration a refusal, as for an unknown user; for CustomMessage a null response, so that
  cognito-local's own message is used); ``events`` answers from the server's in-memory record.

The interface, in the order the suite calls it:

``description`` (a line for the run's header: where the functions run and how events are read back).

``lambda_config(triggers: TriggerSet) -> dict``
    The members CreateUserPool needs for these triggers: ``{"LambdaConfig": {...}}`` with
    ``PreTokenGenerationConfig`` and the custom senders' ``KMSKeyID`` where the set has them (see
    ``TriggerSet.lambda_config``). Deploys what is not deployed yet (once per run and worker, never per
    scenario). Raises ``pools.MissingSetting`` when the run lacks a setting it needs (on AWS: env.py
    ``lambda_role_arn``), which skips the scenario naming the setting.

``pool_created(pool_id: str, pool_arn: str, triggers: TriggerSet) -> None``
    What must follow CreateUserPool (AddPermission with the pool as source; registering the pool's
    routes). Called once per pool, before any scenario uses it.

``events(pool_id, trigger=None, *, until=None) -> list[TriggerEvent]``
    What the functions received for this pool so far, oldest first, optionally only one trigger's.
    ``until`` is a predicate over that list: read again until it holds or the deployment's deadline
    passes (CloudWatch Logs takes seconds on AWS), then answer what was read. Without ``until``, answer
    what is there once the deployment's settle time has passed (0 where events are recorded before
    the call that caused them returns).

``cleanup() -> list[str]``
    Remove everything the deployment created (after the pools: the fixture's teardown runs after the
    provisioner's); answer what could not be removed, and why. Never touches what it did not create.

The events are ``TriggerEvent``: the trigger whose function recorded it and the event as received.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from . import TriggerSet


@dataclass(frozen=True)
class TriggerEvent:
    """One invocation, as the function recorded it."""

    #: The trigger whose function received it (the handler's ``fn``).
    trigger: str
    event: dict

    @property
    def source(self) -> str | None:
        return self.event.get("triggerSource")

    @property
    def pool_id(self) -> str | None:
        return self.event.get("userPoolId")

    @property
    def user_name(self) -> str | None:
        return self.event.get("userName")

    @property
    def request(self) -> dict:
        found = self.event.get("request")
        return found if isinstance(found, dict) else {}


@runtime_checkable
class Deployment(Protocol):
    description: str

    def lambda_config(self, triggers: TriggerSet) -> dict: ...

    def pool_created(self, pool_id: str, pool_arn: str, triggers: TriggerSet) -> None: ...

    def events(self, pool_id: str, trigger: str | None = None, *,
               until: Callable[[list[TriggerEvent]], bool] | None = None) -> list[TriggerEvent]: ...

    def cleanup(self) -> list[str]: ...


def parse_line(message: str, run_id: str) -> TriggerEvent | None:
    """The read-back line a handler printed (``{"run", "fn", "event"}``) of this run, or None for any
    other log line (Lambda's START/END/REPORT, another run's)."""
    text = message.strip()
    if not text.startswith("{"):
        return None
    try:
        line = json.loads(text)
    except ValueError:
        return None
    if not isinstance(line, dict) or line.get("run") != run_id or not isinstance(line.get("event"), dict):
        return None
    return TriggerEvent(str(line.get("fn")), line["event"])


def select(found: list[TriggerEvent], pool_id: str, trigger: str | None) -> list[TriggerEvent]:
    return [e for e in found if e.pool_id == pool_id and (trigger is None or e.trigger == trigger)]
