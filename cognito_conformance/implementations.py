"""Each implementation the suite runs against, described in one place.

An implementation is what answers the Cognito calls: moto in this process, moto's standalone server,
cognito-local, or Amazon Cognito itself. Its record says everything the suite does differently for it
(whether its clock can be moved, whether the hosted-UI stand-in answers for it, where delivered codes
come from by default, whether calls are paced under AWS's quotas, what its endpoint is called in
reports, which module of ``cognito_conformance.divergences`` lists where it differs, how its version
is told, and what ``iss`` its tokens carry). Nothing else in the suite compares implementation names
(tests/unit/test_implementations.py checks): code asks the record.

Adding an emulator is one record here (``RECORDS``) and one divergence module
(``cognito_conformance/divergences/<module>.py`` with ``ENTRIES``); see README.md#emulators.
Plain Python, no pytest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .settings import ConfigError, Resolved

if TYPE_CHECKING:
    from .codes import CodeSource

#: The hosted UI: the suite's stand-in (cognito_conformance/hosted_ui) on 127.0.0.1, the pool's own
#: domain (https://<prefix>.auth.<region>.amazoncognito.com), the implementation's own endpoint (it
#: serves the hosted-UI paths there for every pool, the pool found by client_id), or none at all.
STAND_IN, OWN_DOMAIN, AT_ENDPOINT, NO_HOSTED_UI = "stand-in", "own domain", "at its endpoint", None
#: What the report calls the endpoint of an implementation that runs in this process.
IN_PROCESS_ENDPOINT = "in-process mock"
#: moto needs no IAM role to "send" SMS; this placeholder stands in where Cognito needs one.
MOTO_SMS_ROLE = "arn:aws:iam::123456789012:role/cognito-conformance-sms"
#: The execution role of the suite's trigger functions on an emulator: created in its own account if missing.
EMULATOR_LAMBDA_ROLE = "arn:aws:iam::123456789012:role/cognito-conformance-triggers"
#: How the suite's trigger functions run: real Lambda functions (AWS, ministack, moto), or the suite's
#: local Invoke API that an implementation with global trigger functions calls (cognito-local).
LAMBDA, INVOKE_API = "lambda", "invoke api"
#: moto sends no email and checks no SES identity (measured: CreateUserPool keeps any DEVELOPER SourceArn).
MOTO_SES_IDENTITY = "arn:aws:ses:us-east-1:123456789012:identity/cognito-conformance@example.com"


def _package_version(name: str) -> str:
    from .reporting.metadata import package_version

    return package_version(name) or "unknown"


def _moto_version() -> str:
    return f"moto {_package_version('moto')}"


def _moto_number() -> str | None:
    from .reporting.metadata import package_version

    return package_version("moto")


def _cognito_local_number() -> str | None:
    from .emulators.cognito_local import COGNITO_LOCAL_VERSION, CognitoLocal

    return CognitoLocal().installed_version() or COGNITO_LOCAL_VERSION


def _moto_server_version() -> str:
    return f"{_moto_version()} (the package installed here; the server at the endpoint is not asked)"


def _cognito_local_version() -> str:
    from .emulators.cognito_local import COGNITO_LOCAL_VERSION, CognitoLocal

    installed = CognitoLocal().installed_version()
    if installed:
        return f"cognito-local {installed} (installed in .tools/ by scripts/cognito_local.py)"
    return f"cognito-local {COGNITO_LOCAL_VERSION} (the pinned version; no installed copy found)"


def _cognito_local_issuer(endpoint_url: str, pool_id: str) -> str:
    from .emulators.cognito_local import token_issuer

    return token_issuer(endpoint_url, pool_id)


def _ministack_number() -> str | None:
    from .emulators.ministack import MINISTACK_VERSION, Ministack

    return Ministack().installed_version() or MINISTACK_VERSION


def _ministack_version() -> str:
    from .emulators.ministack import MINISTACK_VERSION, Ministack

    installed = Ministack().installed_version()
    if installed:
        return f"ministack {installed} (installed in .tools/ by scripts/ministack.py; the server is asked at start)"
    return f"ministack {MINISTACK_VERSION} (the pinned version; no installed copy found)"


def _moto_codes(endpoint_url: str | None = None) -> CodeSource:
    from .codes import MotoCodes

    return MotoCodes()


def _ministack_codes(endpoint_url: str | None = None) -> CodeSource:
    from .codes import MinistackMailbox

    return MinistackMailbox(endpoint_url)


def _no_codes(endpoint_url: str | None = None) -> CodeSource:
    from .codes import NoCodes

    return NoCodes()


@dataclass(frozen=True)
class Implementation:
    """One implementation the suite runs against, and what the suite does differently for it."""

    #: The divergence registry's key and the run record's "implementation" (both moto records share "moto").
    name: str
    #: The backend that reaches it: "moto" (in this process) or "aws" (boto3 at an endpoint).
    backend: str
    #: What a person calls it in reports: 'moto', 'moto (server)', 'cognito-local', 'cognito'.
    label: str
    #: Whether a scenario can move its clock forward (time travel) instead of waiting in real time.
    clock_moves: bool
    #: Who answers the hosted-UI (managed login) endpoints: STAND_IN, OWN_DOMAIN, AT_ENDPOINT or NO_HOSTED_UI.
    hosted_ui: str | None
    #: Where delivered codes come from when the run configures no --code-command or --code-prompt
    #: (given the run's endpoint url, or None).
    default_codes: Callable[[str | None], CodeSource]
    #: Whether calls are paced to leave room under the account's quotas (real Cognito's are per account).
    paced: bool
    #: The module of cognito_conformance.divergences listing where it differs, or None (Cognito itself).
    divergence_module: str | None
    #: The version under test, as far as this process can know it.
    version: Callable[[], str]
    #: The ``iss`` its tokens carry, given (endpoint url, pool id), when it is not Cognito's documented one.
    token_issuer: Callable[[str, str], str] | None = None
    #: The IAM role used where the run's env.py names none (moto checks none).
    default_sms_role_arn: str | None = None
    #: The verified SES identity used where the run's env.py names none (moto checks none).
    default_ses_source_arn: str | None = None
    #: Why it serves no hosted UI (shown where @oauth and @federation scenarios skip).
    no_hosted_ui_reason: str | None = None
    #: The bare version number under test ("5.2.6"), which the divergence registry's entries name
    #: as the versions they were measured on; None where none can be told.
    version_number: Callable[[], str | None] = lambda: None
    #: With AT_ENDPOINT: the hosted-UI paths the implementation serves itself (those results are its own,
    #: "holds"); ``<pool>`` stands for the pool id.
    served_endpoints: tuple[str, ...] = ()
    #: With AT_ENDPOINT: the hosted-UI paths it does not serve that the suite's stand-in answers in front of
    #: it (``hosted_ui/revocation_front.py`` for /oauth2/revoke, translated into the implementation's own
    #: RevokeToken): those results are "holds on the stand-in".
    stand_in_endpoints: tuple[str, ...] = ()
    #: With AT_ENDPOINT: what of the hosted UI it does not serve and nothing answers for it, and what then
    #: happens to those scenarios.
    unserved_endpoints: tuple[str, ...] = ()
    #: With AT_ENDPOINT: whether it names the pool's domain (https://<prefix>.auth.<region>.amazoncognito.com)
    #: as its own address (the return address it gives identity providers) and answers there what it
    #: answers at its endpoint. The suite's browser then takes that domain to the endpoint, as the proxy in
    #: front of a real domain would (the implementation, not the suite, answers what the browser finds).
    domain_at_endpoint: bool = False
    #: Whether its hosted UI remembers a signed-in browser (a sign-in session); where it does not, a step
    #: that the session has ended cannot fail, and its scenario is "not proven here".
    keeps_sign_in_session: bool = True
    #: How the suite's trigger functions run there: LAMBDA or INVOKE_API (cognito_conformance/triggers).
    trigger_functions: str = LAMBDA
    #: The trigger functions' execution role where env.py names none (an emulator's placeholder, which the
    #: suite creates there if missing); None: env.py's lambda_role_arn is needed.
    default_lambda_role_arn: str | None = None
    #: Whether the suite may make a KMS key for the custom senders where env.py names none (an emulator's).
    makes_kms_key: bool = False
    #: How long a trigger function's read-back line may take to be readable (CloudWatch Logs ingestion),
    #: and how long to wait before believing that no line will come.
    trigger_log_deadline: float = 30.0
    trigger_log_settle: float = 10.0
    #: Whether its Cognito calls are made once, never retried: it answers a malformed trigger response with
    #: HTTP 500, which botocore retries, invoking the trigger again (backends/base.SINGLE_ATTEMPT_CONFIG).
    single_attempt: bool = False
    #: Whether the deployed trigger function is warmed by an asynchronous call (where it runs code at all).
    trigger_warm_up: bool = True

    @property
    def in_process(self) -> bool:
        return self.backend == "moto"

    @property
    def uses_stand_in(self) -> bool:
        return self.hosted_ui == STAND_IN

    @property
    def serves_hosted_ui(self) -> bool:
        """Whether it answers the hosted-UI endpoints itself, at its endpoint."""
        return self.hosted_ui == AT_ENDPOINT

    def endpoint_label(self, backend) -> str:
        """The endpoint as reports show it."""
        return IN_PROCESS_ENDPOINT if self.in_process else backend.client.meta.endpoint_url

    def run_conditions(self, region: str) -> dict:
        """What a divergence entry's ``where`` condition is given: {"server": bool, "region": str}."""
        return {"server": not self.in_process, "region": region}


MOTO = Implementation(
    name="moto", backend="moto", label="moto", clock_moves=True, hosted_ui=STAND_IN, default_codes=_moto_codes,
    paced=False, divergence_module="moto", version=_moto_version, default_sms_role_arn=MOTO_SMS_ROLE,
    default_ses_source_arn=MOTO_SES_IDENTITY, version_number=_moto_number,
    # moto stores the functions and never invokes a trigger: nothing is ever there to wait for.
    default_lambda_role_arn=EMULATOR_LAMBDA_ROLE, makes_kms_key=True, trigger_log_deadline=0.0, trigger_log_settle=0.0,
    trigger_warm_up=False)
MOTO_SERVER = Implementation(
    name="moto", backend="aws", label="moto (server)", clock_moves=False, hosted_ui=STAND_IN,
    default_codes=_moto_codes, paced=False, divergence_module="moto", version=_moto_server_version,
    default_sms_role_arn=MOTO_SMS_ROLE, default_ses_source_arn=MOTO_SES_IDENTITY, version_number=_moto_number,
    default_lambda_role_arn=EMULATOR_LAMBDA_ROLE, makes_kms_key=True, trigger_log_deadline=0.0, trigger_log_settle=0.0,
    trigger_warm_up=False)
COGNITO_LOCAL = Implementation(
    name="cognito-local", backend="aws", label="cognito-local", clock_moves=False, hosted_ui=NO_HOSTED_UI,
    default_codes=_no_codes, paced=False, divergence_module="cognito_local", version=_cognito_local_version,
    token_issuer=_cognito_local_issuer, version_number=_cognito_local_number, trigger_functions=INVOKE_API,
    trigger_log_deadline=0.0, trigger_log_settle=0.0, single_attempt=True,
    # cognito-local stores EmailConfiguration and sends nothing through SES (it prints messages): no identity
    # is checked, so the placeholder stands in, as on moto.
    default_ses_source_arn=MOTO_SES_IDENTITY,
    no_hosted_ui_reason="cognito-local serves no hosted UI, and the stand-in signs tokens with moto's key, "
                        "which this emulator's JWKS does not hold")
MINISTACK = Implementation(
    name="ministack", backend="aws", label="ministack", clock_moves=False, hosted_ui=AT_ENDPOINT,
    default_codes=_ministack_codes, paced=False, divergence_module="ministack", version=_ministack_version,
    default_sms_role_arn=MOTO_SMS_ROLE, default_ses_source_arn=MOTO_SES_IDENTITY, version_number=_ministack_number,
    # ministack 1.5.33 app.py: _handle_cognito_get_request (authorize, userInfo, logout, .well-known) and
    # _handle_cognito_body_request (login, token, userInfo) on its gateway, for every pool; the identity
    # providers' return paths at the pool's domain address (core/router.py 1314-1319, services/cognito.py 2526-2531).
    served_endpoints=("/oauth2/authorize", "/login", "/oauth2/token", "/oauth2/userInfo", "/logout",
                      "/<pool>/.well-known/openid-configuration", "/<pool>/.well-known/jwks.json",
                      "/oauth2/idpresponse and /saml2/idpresponse (named at the pool's domain address)"),
    # ministack 1.5.33 services/cognito.py 2303-2306 (_oidc_callback_url: the pool's domain address) and
    # 6918 (_oauth2_idp_response: it calls the provider's token endpoint itself and makes the federated user).
    domain_at_endpoint=True,
    # Not served by ministack (app.py 1488-1496 routes no /oauth2/revoke): the suite's stand-in translates the
    # endpoint into ministack's own RevokeToken, so ministack decides what is revoked ("holds on the stand-in").
    stand_in_endpoints=("/oauth2/revoke",),
    # Not served and not stood in for: the SSO scenario is a registered divergence (a stand-in could only
    # replay a password or hand out codes ministack's /oauth2/token does not know); the social providers'
    # redirect examples are registered divergences.
    unserved_endpoints=("a sign-in session (SSO) across /oauth2/authorize visits",
                        "the social identity providers (LoginWithAmazon, Facebook, Google, SignInWithApple: "
                        "answered with 400)"),
    keeps_sign_in_session=False,
    # ministack runs the functions in local worker processes and writes their output to its CloudWatch Logs
    # before the invocation returns, so before the Cognito call that made it returns: nothing to wait for
    # (ministack 1.5.33 services/lambda_svc.py:5256, _execute_function calls _emit_lambda_logs; issue 22).
    default_lambda_role_arn=EMULATOR_LAMBDA_ROLE, makes_kms_key=True, trigger_log_deadline=0.0,
    trigger_log_settle=0.0)
COGNITO = Implementation(
    name="cognito", backend="aws", label="cognito", clock_moves=False, hosted_ui=OWN_DOMAIN,
    default_codes=_no_codes, paced=True, divergence_module=None,
    version=lambda: "Amazon Cognito (AWS states no version)")

RECORDS: tuple[Implementation, ...] = (MOTO, MOTO_SERVER, COGNITO_LOCAL, MINISTACK, COGNITO)
#: The backends, in the order --backend's help names them; the first is the default.
BACKENDS: tuple[str, ...] = tuple(dict.fromkeys(record.backend for record in RECORDS))
#: What --emulator may name: the implementations an endpoint of the aws backend can be.
EMULATORS: tuple[str, ...] = tuple(record.name for record in RECORDS if record.backend == "aws")
DEFAULT_BACKEND = BACKENDS[0]
#: The emulators (--emulator values) with a hosted UI: the stand-in's or their own at their endpoint.
HOSTED_UI_EMULATORS: tuple[str, ...] = tuple(dict.fromkeys(
    record.name for record in RECORDS if record.backend == "aws" and record.hosted_ui in (STAND_IN, AT_ENDPOINT)))


def of(backend: str, name: str) -> Implementation | None:
    """The record of implementation ``name`` reached through ``backend``, if there is one."""
    return next((record for record in RECORDS if (record.backend, record.name) == (backend, name)), None)


def label_of(backend: str, name: str) -> str:
    """What a person calls a recorded run's implementation (an unknown one by its name)."""
    record = of(backend, name)
    return record.label if record is not None else name


def resolve(backend: Resolved, emulator: Resolved) -> tuple[Implementation, Resolved]:
    """The implementation a run's --backend and --emulator settings name, and where that came from.

    Raises ConfigError naming the setting when they name none."""
    if backend.value not in BACKENDS:
        raise ConfigError(f"Unknown backend {backend.value!r} (from {backend.source}). "
                          f"Choose one of: {', '.join(BACKENDS)}.")
    in_process = [record for record in RECORDS if record.backend == backend.value and record.in_process]
    if in_process:
        if emulator.value:
            raise ConfigError(f"--emulator {emulator.value} (from {emulator.source}) names the emulator behind "
                              f"the aws backend's endpoint; the {backend.value} backend is {in_process[0].label} "
                              "in this process. Add --backend aws --endpoint-url URL, or drop the emulator setting.")
        return in_process[0], Resolved(in_process[0].name, f"--backend {backend.value}")
    named = emulator if emulator.value else Resolved(COGNITO.name, "default")
    record = of(backend.value, named.value)
    if record is None:
        raise ConfigError(f"Unknown implementation {named.value!r} (from {named.source}). "
                          f"Choose one of: {', '.join(EMULATORS)}.")
    return record, named
