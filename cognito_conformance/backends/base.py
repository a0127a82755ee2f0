"""What every backend provides."""

from __future__ import annotations

from abc import ABC, abstractmethod

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..guard import PoolGuard, guarded_session
from ..implementations import Implementation
from ..interrupts import INTERRUPTS
from ..masking import remember_credentials, remember_secrets

if TYPE_CHECKING:
    import boto3
    from botocore.config import Config

#: Hosts of AWS's own endpoints: an endpoint elsewhere is an emulator's (or a proxy's).
AWS_HOSTS = (".amazonaws.com", ".amazonaws.com.cn", ".api.aws")
#: The clients' botocore settings, made on first use (``CLIENT_CONFIG`` and the others, as module
#: attributes): boto3 and botocore are imported only by a process that makes a client, not by an
#: xdist controller, which makes none (about 0.2 s of CPU before it starts its workers).
CONFIG_SETTINGS = {
    #: Throttling (TooManyRequestsException) is absorbed by botocore's adaptive retry mode.
    "CLIENT_CONFIG": {"retries": {"mode": "adaptive", "max_attempts": 8}, "user_agent_extra": "cognito-conformance"},
    #: An implementation that answers a malformed trigger response with HTTP 500 (cognito-local): botocore would
    #: retry the call, and every attempt invokes the trigger again (shared/TRIGGERS.md §3.2: one SignUp invoked
    #: PreSignUp 5 times with the default retries, twice with legacy ``max_attempts: 1``); one attempt only.
    "SINGLE_ATTEMPT_CONFIG": {"retries": {"mode": "standard", "total_max_attempts": 1},
                              "user_agent_extra": "cognito-conformance"},
    #: The other services' clients (Lambda, CloudWatch Logs, IAM, KMS): standard retries, no pacing.
    "SERVICE_CONFIG": {"retries": {"mode": "standard", "max_attempts": 5}, "user_agent_extra": "cognito-conformance"},
    #: moto in process (backends.moto merges it into every client's): moto answers in this process only at
    #: AWS's own addresses, so an endpoint from the environment or a profile would send the run's calls out
    #: of the process, to whatever listens there.
    "IN_PROCESS": {"ignore_configured_endpoint_urls": True},
}


def botocore_config(name: str) -> Config:
    """The botocore ``Config`` named in ``CONFIG_SETTINGS``, made once."""
    made = globals().get(name)
    if made is None:
        from botocore.config import Config

        made = globals()[name] = Config(**CONFIG_SETTINGS[name])
    return made


def __getattr__(name: str):
    if name in CONFIG_SETTINGS:
        return botocore_config(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Backend(ABC):
    """A place with Cognito user pools, reached through a boto3 ``cognito-idp`` client."""

    name: str
    #: Which implementation answers, and what the suite does differently for it.
    traits: Implementation
    region: str

    def __init__(self) -> None:
        self._client = None
        #: Existing-pool mode: the guard every client and HTTP session of the run carries.
        self.guard: PoolGuard | None = None
        self._identity: str | None = None

    @property
    def implementation(self) -> str:
        """The implementation's name (the divergence registry is keyed by it)."""
        return self.traits.name

    @abstractmethod
    def _session(self) -> boto3.Session:
        """The boto3 session the client is made from."""

    def start(self) -> None:
        """Make the backend usable; raise ConfigError when it cannot be."""

    def stop(self) -> None:
        """Release what start() took."""

    def _explicit_endpoint(self) -> str | None:
        """The endpoint the run's settings name (--endpoint-url, env.py), if any."""
        return None

    @property
    def endpoint_url(self) -> str | None:
        """The endpoint every call goes to when it is not AWS's own, whatever set it (--endpoint-url,
        env.py, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, AWS_ENDPOINT_URL, a profile's endpoint_url):
        read from the client botocore resolved, so boto3 calls and HTTP fetches agree."""
        if self._explicit_endpoint():
            return self._explicit_endpoint()
        resolved = self.client.meta.endpoint_url
        host = urlsplit(resolved).hostname or ""
        return None if host.endswith(AWS_HOSTS) else resolved

    @property
    def client(self):
        """The shared boto3 ``cognito-idp`` client (thread-safe for calls)."""
        if self._client is None:
            self._client = self.make_client(botocore_config(
                "SINGLE_ATTEMPT_CONFIG" if self.traits.single_attempt else "CLIENT_CONFIG"))
            self._prepare(self._client)
            if self.guard is not None:
                self.guard.phone_owners = self._phone_owners
        return self._client

    def _phone_owners(self, phone: str) -> list[str]:
        """The users of the guarded pool who have ``phone`` (one ListUsers read)."""
        if not phone.startswith("+") or not phone[1:].isdigit():
            return [f"(no one can tell: {phone!r} is not a phone number)"]
        answer = self.client.list_users(UserPoolId=self.guard.pool_id, Filter=f'phone_number = "{phone}"')
        return [user["Username"] for user in answer["Users"]]

    def make_client(self, config: Config | None = None):
        """A new ``cognito-idp`` client, with the run's guard and secret masking on it (``CLIENT_CONFIG``
        unless another ``config`` is given)."""
        config = botocore_config("CLIENT_CONFIG") if config is None else config
        session = self._session()
        remember_credentials(session)
        client = session.client("cognito-idp", region_name=self.region,
                                endpoint_url=self._explicit_endpoint(), config=config)
        remember_secrets(client)
        client.meta.events.register("before-sign.cognito-idp", lambda **_: remember_credentials(session))
        INTERRUPTS.install(client)
        if self.guard is not None:
            self.guard.install(client)
        return client

    def service_client(self, service: str, config: Config | None = None):
        """A client of another AWS service the trigger functions need (lambda, logs, iam, kms), from the
        run's session, in its region, at the same endpoint as the cognito-idp calls: an emulator's services
        at its endpoint, AWS's own otherwise. Refused on a team's pool (existing-pool mode): the suite
        deploys nothing into an account it only visits."""
        if self.guard is not None:
            raise RuntimeError(f"the suite makes no {service} calls on a team's pool (existing-pool mode)")
        config = botocore_config("SERVICE_CONFIG") if config is None else config
        session = self._session()
        remember_credentials(session)
        return session.client(service, region_name=self.region, endpoint_url=self.endpoint_url, config=config)

    def creator_identity(self) -> str:
        """Who creates the run's pools (tagged on each, so a sweep proves which it made): the caller's
        identity as STS tells it, an assumed role without its session name; cached."""
        if self._identity is None:
            self._identity = self._ask_identity()
        return self._identity

    def _ask_identity(self) -> str:
        from botocore.config import Config

        config = Config(retries={"mode": "standard", "max_attempts": 2}, connect_timeout=5, read_timeout=20,
                        user_agent_extra="cognito-conformance")
        remember_credentials(self._session())
        try:
            sts = self._session().client("sts", region_name=self.region, endpoint_url=self.endpoint_url,
                                         config=config)
            arn = sts.get_caller_identity()["Arn"]
        except Exception as exc:  # an emulator serving no STS (answers it cannot parse): the endpoint stands for it
            return f"unverified caller at {self.endpoint_url or 'AWS'} ({type(exc).__name__})"
        if ":assumed-role/" in arn:
            arn = arn.rsplit("/", 1)[0]  # the role, whichever session assumed it
        return arn

    def http_session(self):
        """A requests session for the hosted UI, with the run's guard on it."""
        import requests

        return guarded_session(requests.Session(), self.guard)

    def _prepare(self, client) -> None:
        """Adjust a new client (the aws backend paces it under the account's quotas)."""

    def issuer(self, pool_id: str) -> str:
        """The issuer Cognito documents for a pool's tokens (the original, not the "updated" one)."""
        return f"https://cognito-idp.{self.region}.amazonaws.com/{pool_id}"

    def jwks_url(self, pool_id: str) -> str:
        """Where the pool's signing keys are served: at the endpoint, when one is set."""
        if self.endpoint_url:
            return f"{self.endpoint_url.rstrip('/')}/{pool_id}/.well-known/jwks.json"
        return f"{self.issuer(pool_id)}/.well-known/jwks.json"

    def notes(self) -> list[str]:
        """Lines for the run's header about what this backend does that a reader must know."""
        return []

    def describe(self) -> str:
        return f"{self.name} ({self.implementation}) in {self.region}, endpoint {self.client.meta.endpoint_url}"
