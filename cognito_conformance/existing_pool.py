"""A team's own user pool (existing-pool mode): read its configuration, never change it.

``ExistingPools`` stands where the provisioner stands. Asked for a pool configuration, it hands
out the team's pool if the pool meets what the configuration needs, and raises
``PreconditionUnmet`` (a skip, with the setting named) if not. Asked for an app client, it finds
one of the team's clients that fits, described from DescribeUserPoolClient.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from . import token_kinds
from .guard import GuardRefused  # noqa: F401  (the guard's refusal, raised where the suite meets it)
from .pools import ALL_USER_FLOWS, AppClient, ClientSpec, Lifetime, Pool, PoolSpec

#: Legacy ExplicitAuthFlows values and the ALLOW_ values they mean.
LEGACY_FLOWS = {"USER_PASSWORD_AUTH": "ALLOW_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH": "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                "CUSTOM_AUTH_FLOW_ONLY": "ALLOW_CUSTOM_AUTH"}
#: What a client allows when it names no flows (CreateUserPoolClient's documented default).
DEFAULT_FLOWS = ("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH")
#: The env.py settings that name the team's app clients, as in the tutorial.
CLIENT_SETTINGS = ("client_side_id", "client_id")


class PreconditionUnmet(Exception):
    """The team's pool is not configured as a scenario needs; the message names the setting."""


def require(met: bool, subject, unmet: str) -> None:
    """A scenario's precondition on ``subject`` (a pool or app client, ``.existing`` when it is the team's).

    Unmet on a team's pool it is PreconditionUnmet (a skip naming the setting, ``unmet``); unmet on a
    pool the suite made, the suite's own configuration is wrong, and the scenario fails."""
    __tracebackhide__ = True
    if met:
        return
    if subject.existing:
        raise PreconditionUnmet(unmet)
    raise AssertionError(f"the suite's own pool does not meet the scenario's precondition: {unmet}")


def suite_pool_only(subject, why: str) -> None:
    """A scenario that needs what only the suite's own pools have: on a team's pool it skips, saying ``why``."""
    __tracebackhide__ = True
    if subject.existing:
        raise PreconditionUnmet(why)


class Inverted(PreconditionUnmet):
    """The precondition is unmet, and the scenario's negative twin was checked and holds."""


def describe_client(description: dict) -> tuple[ClientSpec, str | None]:
    """A ClientSpec stating what an existing app client is, and its secret."""
    flows = tuple(sorted({LEGACY_FLOWS.get(f, f) for f in description.get("ExplicitAuthFlows") or DEFAULT_FLOWS}))
    units = description.get("TokenValidityUnits") or {}
    lifetimes = []
    for kind in token_kinds.KINDS:
        value = description.get(kind.validity_field)
        if value:
            lifetimes.append((kind.use, Lifetime(value, units.get(kind.result_key, kind.default_lifetime[1]))))
    spec = ClientSpec(
        key=description.get("ClientName", description["ClientId"]),
        flows=flows,
        secret=bool(description.get("ClientSecret")),
        read_attributes=tuple(description["ReadAttributes"]) if "ReadAttributes" in description else None,
        write_attributes=tuple(description["WriteAttributes"]) if "WriteAttributes" in description else None,
        lifetimes=tuple(lifetimes),
        hides_users=description.get("PreventUserExistenceErrors") == "ENABLED",
    )
    return spec, description.get("ClientSecret")


def _fits(wanted: ClientSpec, have: ClientSpec) -> bool:
    """Whether an existing client can stand for ``wanted``. Only what the configuration is *about*
    is compared (a secret, exact flows, lifetimes, hiding users, no write on custom:oshi); other needs
    are checked where a scenario states them, and flows per sign-in (its negative twin)."""
    if wanted.secret and not have.secret:
        return False
    if wanted.hides_users and not have.hides_users:
        return False
    if wanted.flows != ALL_USER_FLOWS and set(wanted.flows) != set(have.flows):
        return False
    wanted_lifetimes = {token: lt.seconds for token, lt in wanted.lifetimes if token != "refresh"}
    have_lifetimes = {token: lt.seconds for token, lt in have.lifetimes}
    if any(have_lifetimes.get(token, 3600) != seconds for token, seconds in wanted_lifetimes.items()):
        return False
    if wanted.write_attributes is not None and "custom:oshi" not in wanted.write_attributes:
        return have.write_attributes is not None and "custom:oshi" not in have.write_attributes
    return True


def can_write(client: AppClient, attribute: str) -> bool:
    """Whether an app client may write ``attribute``: listed, or a standard one when none are listed."""
    written = client.spec.write_attributes
    return attribute in written if written is not None else not attribute.startswith("custom:")


def _say(spec: ClientSpec) -> str:
    parts = ["has a client secret" if spec.secret else "has no client secret"]
    if spec.flows != ALL_USER_FLOWS:
        parts.append(f"allows exactly {', '.join(spec.flows)}")
    if spec.lifetimes:
        parts.append("issues tokens for " + ", ".join(f"{t} {lt.value} {lt.unit}" for t, lt in spec.lifetimes))
    if spec.hides_users:
        parts.append("has PreventUserExistenceErrors ENABLED")
    if spec.write_attributes is not None and "custom:oshi" not in spec.write_attributes:
        parts.append("may not write custom:oshi")
    return " and ".join(parts)


class ExistingClients(Mapping):
    """The pool's app clients by the key a scenario asks for; a key no client fits raises PreconditionUnmet."""

    def __init__(self, pool_spec: PoolSpec, clients: list[AppClient]) -> None:
        self._spec = pool_spec
        self._clients = clients

    def __getitem__(self, key: str) -> AppClient:
        wanted = self._spec.client(key)
        for client in self._clients:
            if _fits(wanted, client.spec):
                return client
        have = "; ".join(f"{c.id} {_say(c.spec)}" for c in self._clients) or "none is configured in env.py"
        raise PreconditionUnmet(f"no app client of this pool {_say(wanted)} (env.py names: {have})")

    def __iter__(self):
        return iter(client.id for client in self._clients)

    def __len__(self) -> int:
        return len(self._clients)

    def values(self):
        return list(self._clients)


class ExistingPools:
    """The provisioner's stand-in for a pool the suite did not create: it never creates or deletes."""

    #: Hands out a team's pool (``require`` and ``suite_pool_only`` ask).
    existing = True

    def __init__(self, cognito, pool_id: str, client_ids: dict[str, str]) -> None:
        self._cognito = cognito  # the backend's client: the run's guard is on it (cognito_conformance.guard)
        self.pool_id = pool_id
        self._client_ids = client_ids
        self._lock = threading.Lock()
        self._description: dict | None = None
        self._mfa: tuple[str, bool, bool] | None = None
        self._clients: list[AppClient] | None = None

    @property
    def created(self) -> list:
        return []  # it creates no pools

    def cleanup(self) -> list[str]:
        return []  # never deletes anything: the pool is the team's

    @property
    def description(self) -> dict:
        with self._lock:
            if self._description is None:
                self._description = self._cognito.describe_user_pool(UserPoolId=self.pool_id)["UserPool"]
            return self._description

    def clients(self) -> list[AppClient]:
        with self._lock:
            if self._clients is None:
                self._clients = []
                for setting in CLIENT_SETTINGS:
                    if client_id := self._client_ids.get(setting):
                        described = self._cognito.describe_user_pool_client(
                            UserPoolId=self.pool_id, ClientId=client_id)["UserPoolClient"]
                        spec, secret = describe_client(described)
                        self._clients.append(AppClient(self.pool_id, client_id, spec, secret, existing=True))
            return self._clients

    def mfa(self) -> tuple[str, bool, bool]:
        """MfaConfiguration, and whether software tokens and SMS are on (read once: every scenario asks)."""
        with self._lock:
            if self._mfa is None:
                config = self._cognito.get_user_pool_mfa_config(UserPoolId=self.pool_id)
                self._mfa = (config.get("MfaConfiguration", "OFF"),
                             bool(config.get("SoftwareTokenMfaConfiguration", {}).get("Enabled")),
                             bool(config.get("SmsMfaConfiguration", {}).get("SmsConfiguration")))
            return self._mfa

    def pool(self, spec: PoolSpec) -> Pool:
        self._check(spec)
        name = self.description.get("Name", self.pool_id)
        return Pool(self.pool_id, name, spec, ExistingClients(spec, self.clients()), existing=True)

    def _check(self, spec: PoolSpec) -> None:
        if spec.triggers is not None:  # never the team's functions in the suite's place, nor the suite's in its pool
            raise PreconditionUnmet("the scenario runs the suite's own Lambda trigger functions, which the suite "
                                    "attaches only to pools it creates (your pool's triggers are the header's)")
        mode, totp, sms = self.mfa()
        if spec.mfa == "OFF" and mode == "ON":
            raise PreconditionUnmet("this pool's MfaConfiguration is ON; the scenario signs in without MFA")
        if spec.mfa != "OFF" and (mode, totp or not spec.totp, sms or not spec.sms) != (spec.mfa, True, True):
            raise PreconditionUnmet(
                f"this pool's MfaConfiguration is {mode} (software tokens {'on' if totp else 'off'}, "
                f"SMS {'on' if sms else 'off'}); the scenario needs {spec.mfa}"
                f"{' with software tokens' if spec.totp else ''}{' with SMS' if spec.sms else ''}")
        if spec.verify_before_update:
            settings = self.description.get("UserAttributeUpdateSettings", {})
            kept = settings.get("AttributesRequireVerificationBeforeUpdate", [])
            if not set(spec.verify_before_update) <= set(kept):
                raise PreconditionUnmet(f"this pool's AttributesRequireVerificationBeforeUpdate is {kept}; "
                                        f"the scenario needs {list(spec.verify_before_update)}")

    def has_attribute(self, attribute: str) -> bool:
        names = {a["Name"] for a in self.description.get("SchemaAttributes", [])}
        return attribute in names or not attribute.startswith("custom:")

    def has_group(self, group: str) -> bool:
        try:
            self._cognito.get_group(GroupName=group, UserPoolId=self.pool_id)
        except self._cognito.exceptions.ResourceNotFoundException:
            return False
        return True
