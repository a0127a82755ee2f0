"""The trigger functions as real Lambda functions: AWS, ministack, and (rehearsed, never invoked) moto.

Per run and xdist worker, on first use of any trigger, one function serves them all (its handler,
``handlers/dispatch.py``, hands each event to its trigger's module by ``triggerSource``):

1. the execution role: on AWS the one env.py's ``lambda_role_arn`` names (without it the trigger
   scenarios skip, naming the setting); on an emulator the suite's placeholder role in the emulator's
   own account, created there if it is missing (as the ministack runner creates the SMS role);
2. logs CreateLogGroup ``/aws/lambda/<function>``, tagged with the run's tags, so that the sweep can
   prove the group the suite's even after its function is gone;
3. lambda CreateFunction ``cc-<run id>-<worker>-triggers`` (python3.12, the in-memory zip of
   ``handlers/``, ``Timeout`` 10 s so that Cognito's own 5-s limit is the one that fires, the run id in
   its environment, the run's tags), retried while IAM has not yet propagated a new role (AWS answers
   ``InvalidParameterValueException ... cannot be assumed by Lambda``; shared/TRIGGERS.md §3.5);
4. waiting until the function is ``Active`` ("During this time, you can't invoke or modify the
   function", Lambda API Reference, CreateFunction), then an asynchronous warm-up call, so that its cold
   start overlaps the pool's creation.

Per pool: lambda AddPermission (``lambda:InvokeFunction`` for ``cognito-idp.amazonaws.com``, the pool's
ARN as ``SourceArn`` and its account as ``SourceAccount``, as the Developer Guide's example policy).

Read-back: logs FilterLogEvents on the function's group, the handlers' JSON lines of this run, polled
until the step's predicate holds or the deadline passes. Clean-up (after the pools): DeleteFunction,
DeleteLogGroup, and the KMS key's scheduled deletion where one was made; the role is never deleted (on
AWS it is the team's; on an emulator it is the suite's shared placeholder).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

from botocore.exceptions import ClientError

from ..pools import MissingSetting
from . import TriggerSet, packaging
from .deployment import TriggerEvent, parse_line, select
from .handlers.common import RUN_VARIABLE

RUNTIME = "python3.12"
#: More than Cognito's 5 s, so that a slow function meets Cognito's limit, not its own.
FUNCTION_TIMEOUT = 10
LAMBDA_TRUST_POLICY = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
#: How long a new role may take to reach Lambda (community reports: 10-30 s; aws/aws-cli#7700).
ROLE_PROPAGATION_SECONDS = 60.0
#: How long a function may stay Pending.
ACTIVE_SECONDS = 120.0
MISSING_ROLE = ("the trigger scenarios deploy the suite's own Lambda functions, which need an execution role: "
                "set lambda_role_arn in env.py to a role Lambda can assume (trust lambda.amazonaws.com, with "
                "AWSLambdaBasicExecutionRole) that the run may pass (iam:PassRole) (README.md#lambda-triggers)")
MISSING_KMS_KEY = ("the custom sender triggers need a symmetric KMS key Cognito may use: set kms_key_arn in env.py "
                   "(README.md#lambda-triggers)")


class DeploymentError(Exception):
    """A function could not be made ready (it failed, or stayed Pending)."""


class LambdaDeployment:
    """``Deployment`` through Lambda, IAM and CloudWatch Logs (see the module's docstring)."""

    def __init__(self, client: Callable[[str], object], prefix: str, run_id: str, tags: dict[str, str], *,
                 role_arn: str | None, create_role: bool = False, kms_key_arn: str | None = None,
                 create_kms_key: bool = False, deadline: float = 30.0, settle: float = 0.0,
                 poll: float = 0.5, warm_up: bool = True, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, where: str = "Lambda") -> None:
        self._client = client
        self.prefix = prefix
        self.run_id = run_id
        self._tags = dict(tags)
        self._role_arn = role_arn
        self._create_role = create_role
        self._kms_key_arn = kms_key_arn
        self._create_kms_key = create_kms_key
        self._made_kms_key: str | None = None
        self._deadline = deadline
        self._settle = settle
        self._poll = poll
        self._warm_up = warm_up
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._clients: dict[str, object] = {}
        #: The function's ARN once this deployment created it.
        self._arn: str | None = None
        #: Whether CreateFunction was sent (an interrupt between call and answer may have made it).
        self._requested = False
        #: Log groups this deployment created (deleted at clean-up).
        self._log_groups: list[str] = []
        self._role_checked = False
        self.description = (f"{where}: function {self.function_name}, created on first use and deleted after the "
                            "pools; events read back from CloudWatch Logs")

    # -- clients -------------------------------------------------------------------------------

    def _service(self, name: str):
        if name not in self._clients:
            self._clients[name] = self._client(name)
        return self._clients[name]

    # -- the interface -------------------------------------------------------------------------

    @property
    def function_name(self) -> str:
        """The run's (and worker's) one trigger function: ``cc-<run id>-<worker>-triggers``."""
        return f"{self.prefix}-triggers"

    @property
    def log_group(self) -> str:
        return f"/aws/lambda/{self.function_name}"

    def lambda_config(self, triggers: TriggerSet) -> dict:
        arn = self._function()
        kms = self._kms_key() if triggers.needs_kms_key else None
        return {"LambdaConfig": triggers.lambda_config({name: arn for name in triggers.triggers}, kms)}

    def pool_created(self, pool_id: str, pool_arn: str, triggers: TriggerSet) -> None:
        arn = pool_arn or _pool_arn(self._function(), pool_id)
        self._service("lambda").add_permission(
            FunctionName=self.function_name, StatementId=f"cognito-{pool_id}", Action="lambda:InvokeFunction",
            Principal="cognito-idp.amazonaws.com", SourceArn=arn, SourceAccount=arn.split(":")[4])

    def events(self, pool_id: str, trigger: str | None = None, *,
               until: Callable[[list[TriggerEvent]], bool] | None = None) -> list[TriggerEvent]:
        if until is None:
            if self._settle:
                self._sleep(self._settle)
            return select(self._read(), pool_id, trigger)
        ends = self._clock() + self._deadline
        while True:
            found = select(self._read(), pool_id, trigger)
            if until(found) or self._clock() >= ends:
                return found
            self._sleep(self._poll)

    def cleanup(self) -> list[str]:
        problems = []
        if self._arn or self._requested:
            try:
                self._service("lambda").delete_function(FunctionName=self.function_name)
            except ClientError as error:
                if _code(error) != "ResourceNotFoundException":
                    problems.append(f"function {self.function_name}: {_code(error)}")
        for group in self._log_groups:
            try:
                self._service("logs").delete_log_group(logGroupName=group)
            except ClientError as error:
                if _code(error) != "ResourceNotFoundException":
                    problems.append(f"log group {group}: {_code(error)}")
        if self._made_kms_key:
            try:
                key_id = self._made_kms_key.rsplit("/", 1)[1]  # the key's id: moto takes no ARN here
                self._service("kms").schedule_key_deletion(KeyId=key_id, PendingWindowInDays=7)
            except ClientError as error:
                problems.append(f"KMS key {self._made_kms_key}: {_code(error)}")
        self._arn = None
        self._requested = False
        self._log_groups.clear()
        self._made_kms_key = None
        return problems

    # -- deploying -----------------------------------------------------------------------------

    def _function(self) -> str:
        with self._lock:
            if self._arn is None:
                self._arn = self._deploy()
            return self._arn

    def _role(self) -> str:
        if not self._role_arn:
            raise MissingSetting(MISSING_ROLE)
        if self._create_role and not self._role_checked:
            iam = self._service("iam")
            name = self._role_arn.rsplit("/", 1)[1]
            try:
                iam.get_role(RoleName=name)
            except ClientError as error:
                if _code(error) != "NoSuchEntity":
                    raise
                iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(LAMBDA_TRUST_POLICY))
            self._role_checked = True
        return self._role_arn

    def _deploy(self) -> str:
        role = self._role()
        logs = self._service("logs")
        try:
            logs.create_log_group(logGroupName=self.log_group, tags=self._tags)
        except ClientError as error:
            if _code(error) != "ResourceAlreadyExistsException":
                raise
        else:
            self._log_groups.append(self.log_group)
        self._requested = True
        arn = self._create_function(role)
        self._wait_active()
        if self._warm_up:
            self._start_warming()
        return arn

    def _create_function(self, role: str) -> str:
        lambda_ = self._service("lambda")
        ends = self._clock() + ROLE_PROPAGATION_SECONDS
        pause = 1.0
        while True:
            try:
                made = lambda_.create_function(
                    FunctionName=self.function_name, Runtime=RUNTIME, Role=role, Handler=packaging.HANDLER,
                    Code={"ZipFile": packaging.zip_bytes()}, Timeout=FUNCTION_TIMEOUT, MemorySize=128,
                    Environment={"Variables": {RUN_VARIABLE: self.run_id}}, Tags=self._tags,
                    Description=f"cognito-conformance trigger functions of run {self.run_id}")
                return made["FunctionArn"]
            except ClientError as error:
                if not _role_not_ready(error) or self._clock() >= ends:
                    raise
            self._sleep(pause)
            pause = min(pause * 2, 8.0)

    def _wait_active(self) -> None:
        lambda_ = self._service("lambda")
        ends = self._clock() + ACTIVE_SECONDS
        pause = 0.05
        while True:
            configuration = lambda_.get_function_configuration(FunctionName=self.function_name)
            state = configuration.get("State", "Active")  # an implementation without states: ready
            if state == "Active":
                return
            if state == "Failed":
                raise DeploymentError(f"function {self.function_name} failed to become Active: "
                                      f"{configuration.get('StateReasonCode')}: {configuration.get('StateReason')}")
            if self._clock() >= ends:
                raise DeploymentError(f"function {self.function_name} is still {state} after {ACTIVE_SECONDS:.0f} s")
            self._sleep(pause)
            pause = min(pause * 2, 1.0)

    def _start_warming(self) -> None:
        """An asynchronous call with no trigger source (the dispatcher answers it and records nothing), so that
        the function's cold start overlaps the pool's creation instead of the scenario's first call."""
        try:
            self._service("lambda").invoke(FunctionName=self.function_name, InvocationType="Event",
                                           Payload=b'{"warmup": true}')
        except ClientError:
            pass  # only a head start: the first real invocation starts the function anyway

    def _kms_key(self) -> str:
        if self._kms_key_arn:
            return self._kms_key_arn
        if not self._create_kms_key:
            raise MissingSetting(MISSING_KMS_KEY)
        with self._lock:
            if self._made_kms_key is None:
                made = self._service("kms").create_key(
                    Description=f"cognito-conformance custom senders of run {self.run_id}",
                    Tags=[{"TagKey": k, "TagValue": v} for k, v in self._tags.items()])
                self._made_kms_key = made["KeyMetadata"]["Arn"]
            return self._made_kms_key

    # -- reading back --------------------------------------------------------------------------

    def _read(self) -> list[TriggerEvent]:
        if self._arn is None:
            return []
        logs = self._service("logs")
        found: list[tuple[int, int, TriggerEvent]] = []
        request = {"logGroupName": self.log_group}
        while True:
            try:
                page = logs.filter_log_events(**request)
            except ClientError as error:
                if _code(error) == "ResourceNotFoundException":
                    break
                raise
            for item in page.get("events", []):
                event = parse_line(item.get("message", ""), self.run_id)
                if event is not None:
                    found.append((item.get("timestamp", 0), len(found), event))
            token = page.get("nextToken")
            if not token or token == request.get("nextToken"):
                break
            request["nextToken"] = token
        return [event for _, _, event in sorted(found, key=lambda entry: entry[:2])]


def _code(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Code", "")


def _role_not_ready(error: ClientError) -> bool:
    """AWS's answer while a new role has not reached Lambda yet (and moto's for a missing role)."""
    return _code(error) == "InvalidParameterValueException" and "cannot be assumed" in str(error)


def _pool_arn(function_arn: str, pool_id: str) -> str:
    """The pool's ARN where CreateUserPool did not answer one: the function's region and account."""
    parts = function_arn.split(":")
    return f"arn:aws:cognito-idp:{parts[3]}:{parts[4]}:userpool/{pool_id}"

