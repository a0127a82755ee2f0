"""User pools and app clients the suite provisions for itself, keyed by the configuration they have.

Creating a pool costs ~80 ms on moto and is throttled on AWS (15 requests/s per account),
so a pool is created once per configuration and shared by every scenario that needs it;
users are per scenario. Everything is named for the run and deleted at the end.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import token_kinds, validity
from .triggers import TriggerSet

ALL_USER_FLOWS = (
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
)
STRICT_PASSWORD_POLICY = (
    ("MinimumLength", 8),
    ("RequireUppercase", True),
    ("RequireLowercase", True),
    ("RequireNumbers", True),
    ("RequireSymbols", True),
    ("TemporaryPasswordValidityDays", 7),
)


@dataclass(frozen=True)
class Lifetime:
    """A token lifetime as an app client states it: a number and a unit."""

    value: int
    unit: str  # seconds | minutes | hours | days

    SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}

    @classmethod
    def parse(cls, text: str) -> "Lifetime":
        """'5 minutes', '1 day' -> Lifetime(5, 'minutes'), Lifetime(1, 'days')."""
        value, unit = text.split()
        unit = unit if unit.endswith("s") else unit + "s"
        if unit not in cls.SECONDS:
            raise ValueError(f"unknown time unit in {text!r}; use seconds, minutes, hours or days")
        return cls(int(value), unit)

    @property
    def seconds(self) -> int:
        return self.value * self.SECONDS[self.unit]


def validity_request(lifetimes: dict[str, Lifetime]) -> dict:
    """The CreateUserPoolClient/UpdateUserPoolClient members for {"id"|"access"|"refresh": Lifetime}."""
    request: dict = {}
    for token, lifetime in lifetimes.items():
        kind = token_kinds.BY_USE[token]
        request[kind.validity_field] = lifetime.value
        request.setdefault("TokenValidityUnits", {})[kind.result_key] = lifetime.unit
    return request


@dataclass(frozen=True)
class ClientSpec:
    """An app client's configuration; ``key`` is how scenarios and steps refer to it."""

    key: str
    flows: tuple[str, ...] = ALL_USER_FLOWS
    secret: bool = False
    read_attributes: tuple[str, ...] | None = None
    write_attributes: tuple[str, ...] | None = None
    #: Token lifetimes ("id", "access", "refresh"), as pairs so the spec stays hashable.
    lifetimes: tuple[tuple[str, Lifetime], ...] = ()
    #: PreventUserExistenceErrors ENABLED (True) or LEGACY, the API's default (False).
    hides_users: bool = False
    # --- sessions, revocation and rotation (issue 13) ---
    #: EnableTokenRevocation; None leaves it out, and the API's default for a new client (true) applies.
    revokes_tokens: bool | None = True
    #: RefreshTokenRotation ENABLED with this RetryGracePeriodSeconds (0-60); None leaves it out (disabled).
    rotation_grace_seconds: int | None = None
    #: AuthSessionValidity in minutes (3-15); None leaves the API's default of 3.
    auth_session_minutes: int | None = None
    # --- end of issue 13's block ---

    def create_request(self, pool_id: str, name: str) -> dict:
        request = {
            "UserPoolId": pool_id,
            "ClientName": name,
            "GenerateSecret": self.secret,
            "ExplicitAuthFlows": list(self.flows),
            "PreventUserExistenceErrors": "ENABLED" if self.hides_users else "LEGACY",
        }
        request.update(self._session_request())
        if self.read_attributes is not None:
            request["ReadAttributes"] = list(self.read_attributes)
        if self.write_attributes is not None:
            request["WriteAttributes"] = list(self.write_attributes)
        request.update(validity_request(dict(self.lifetimes)))
        return request

    def _session_request(self) -> dict:
        """Issue 13's members of CreateUserPoolClient: rotation and the auth session's lifetime."""
        request: dict = {}
        if self.revokes_tokens is not None:
            request["EnableTokenRevocation"] = self.revokes_tokens
        if self.rotation_grace_seconds is not None:
            request["RefreshTokenRotation"] = {"Feature": "ENABLED",
                                               "RetryGracePeriodSeconds": self.rotation_grace_seconds}
        if self.auth_session_minutes is not None:
            request["AuthSessionValidity"] = self.auth_session_minutes
        return request


@dataclass(frozen=True)
class PoolSpec:
    """A user pool's configuration. Equal specs share one provisioned pool."""

    key: str
    clients: tuple[ClientSpec, ...]
    password_policy: tuple[tuple[str, object], ...] = STRICT_PASSWORD_POLICY
    #: Custom attributes: (name without "custom:", "String" or "Number").
    custom_attributes: tuple[tuple[str, str], ...] = (("oshi", "String"),)
    auto_verified: tuple[str, ...] = ("email",)
    #: Group names, or (name, precedence, role ARN) for a group with a role.
    groups: tuple = ()
    #: MfaConfiguration: OFF, OPTIONAL or ON; and which factors the pool offers.
    mfa: str = "OFF"
    totp: bool = False
    sms: bool = False
    #: Attributes whose new value waits for verification (AttributesRequireVerificationBeforeUpdate).
    verify_before_update: tuple[str, ...] = ()
    #: Sign-in identifiers: UsernameAttributes (email, phone_number) or AliasAttributes; never both.
    username_attributes: tuple[str, ...] = ()
    alias_attributes: tuple[str, ...] = ()
    #: UsernameConfiguration.CaseSensitive; None leaves it out of the request (the API's default).
    case_sensitive: bool | None = None
    #: AdminCreateUserConfig.AllowAdminCreateUserOnly.
    admin_create_only: bool = False
    #: Standard attributes every user must have (Schema Required true).
    required_attributes: tuple[str, ...] = ()
    #: Further SchemaAttributeType entries, each as sorted (member, value) pairs; a constraints
    #: member's value is itself such pairs (see ``schema_entry``).
    extra_schema: tuple[tuple[tuple[str, object], ...], ...] = ()
    #: DeletionProtection ACTIVE; the suite's clean-up deactivates it before deleting.
    deletion_protection: bool = False
    #: AccountRecoverySetting's mechanisms in priority order; () leaves the setting out.
    recovery: tuple[str, ...] = ("verified_email",)
    #: VerificationMessageTemplate members as (member, value) pairs; () leaves it out.
    verification_template: tuple[tuple[str, str], ...] = ()
    #: CreateUserPool with only PoolName (and the run's tags): every other setting is Cognito's default,
    #: and the fields above are not sent.
    name_only: bool = False

    # --- feature plan, sign-in policy and devices (issue 13) ---
    #: UserPoolTier (LITE, ESSENTIALS or PLUS); None leaves the API's default (ESSENTIALS).
    tier: str | None = None
    #: Policies.SignInPolicy.AllowedFirstAuthFactors; () leaves the policy out.
    first_auth_factors: tuple[str, ...] = ()
    #: DeviceConfiguration as pairs (ChallengeRequiredOnNewDevice, DeviceOnlyRememberedOnUserPrompt);
    #: () leaves device remembering off.
    device_configuration: tuple[tuple[str, bool], ...] = ()
    #: EmailConfiguration DEVELOPER: Cognito sends email through the run's verified Amazon SES identity
    #: (env.py ses_source_arn, ses_from), as email one-time passwords need.
    email_via_ses: bool = False
    # --- end of issue 13's block ---
    #: The suite's own trigger functions wired into LambdaConfig at CreateUserPool (issue 22); None: none.
    triggers: TriggerSet | None = None

    def group_requests(self) -> list[dict]:
        """CreateGroup's members for each group: a name, or (name, precedence, role ARN)."""
        requests = []
        for group in self.groups:
            name, *settings = (group,) if isinstance(group, str) else group
            requests.append({"GroupName": name, **dict(zip(("Precedence", "RoleArn"), settings))})
        return requests

    def create_request(self, name: str, tags: dict[str, str]) -> dict:
        if self.name_only:
            return {"PoolName": name, "UserPoolTags": tags}
        schema = [{"Name": "email", "AttributeDataType": "String", "Mutable": True, "Required": False}]
        schema += [self._custom(name, data_type) for name, data_type in self.custom_attributes]
        request = {
            "PoolName": name,
            "Policies": {"PasswordPolicy": dict(self.password_policy)},
            "Schema": schema,
            "AutoVerifiedAttributes": list(self.auto_verified),
            "UserPoolTags": tags,
        }
        if self.recovery:  # none: Cognito's legacy recovery order
            request["AccountRecoverySetting"] = {"RecoveryMechanisms": [
                {"Name": mechanism, "Priority": priority} for priority, mechanism in enumerate(self.recovery, 1)]}
        schema += [{"Name": n, "AttributeDataType": "String", "Mutable": True, "Required": True}
                   for n in self.required_attributes if n != "email"]
        if "email" in self.required_attributes:
            schema[0]["Required"] = True
        schema += [_unfreeze(entry) for entry in self.extra_schema]
        if self.username_attributes:
            request["UsernameAttributes"] = list(self.username_attributes)
        if self.alias_attributes:
            request["AliasAttributes"] = list(self.alias_attributes)
        if self.case_sensitive is not None:
            request["UsernameConfiguration"] = {"CaseSensitive": self.case_sensitive}
        if self.admin_create_only:
            request["AdminCreateUserConfig"] = {"AllowAdminCreateUserOnly": True}
        if self.deletion_protection:
            request["DeletionProtection"] = "ACTIVE"
        if self.verification_template:
            request["VerificationMessageTemplate"] = dict(self.verification_template)
        if self.verify_before_update:
            request["UserAttributeUpdateSettings"] = {
                "AttributesRequireVerificationBeforeUpdate": list(self.verify_before_update)}
        request.update(self._session_request(request["Policies"]))
        return request

    def _session_request(self, policies: dict) -> dict:
        """Issue 13's members of CreateUserPool: the feature plan, the sign-in policy, devices."""
        request: dict = {}
        if self.tier is not None:
            request["UserPoolTier"] = self.tier
        if self.first_auth_factors:
            policies["SignInPolicy"] = {"AllowedFirstAuthFactors": list(self.first_auth_factors)}
        if self.device_configuration:
            request["DeviceConfiguration"] = dict(self.device_configuration)
        return request

    def email_request(self, ses_source_arn: str | None, ses_from: str | None) -> dict:
        """CreateUserPool's EmailConfiguration for a pool that sends through Amazon SES, or nothing."""
        if not self.email_via_ses:
            return {}
        if not ses_source_arn:
            from . import guide  # imported here, for the message only

            raise MissingSetting(
                f"pool {self.key!r} sends email through Amazon SES, which needs a verified SES identity: "
                f"set ses_source_arn (and ses_from) in env.py ({guide.reference('running-against-aws')})")
        configuration = {"EmailSendingAccount": "DEVELOPER", "SourceArn": ses_source_arn}
        if ses_from:
            configuration["From"] = ses_from
        return {"EmailConfiguration": configuration}

    def mfa_request(self, pool_id: str, sms_role_arn: str | None) -> dict | None:
        """The SetUserPoolMfaConfig request that gives the pool its MFA settings, or None for OFF."""
        if self.mfa == "OFF" and not (self.totp or self.sms):
            return None
        request = {"UserPoolId": pool_id, "MfaConfiguration": self.mfa,
                   "SoftwareTokenMfaConfiguration": {"Enabled": self.totp}}
        if self.sms:
            if not sms_role_arn:
                from . import guide  # imported here, for the message only

                raise MissingSetting(
                    f"pool {self.key!r} sends SMS, which needs an IAM role Cognito can use with SNS: "
                    f"set sms_role_arn in env.py ({guide.reference('running-against-aws')})")
            request["SmsMfaConfiguration"] = {
                "SmsConfiguration": {"SnsCallerArn": sms_role_arn, "ExternalId": "cognito-conformance"}}
        return request

    @staticmethod
    def _custom(name: str, data_type: str) -> dict:
        constraints = ({"StringAttributeConstraints": {"MinLength": "0", "MaxLength": "256"}}
                       if data_type == "String" else {"NumberAttributeConstraints": {"MinValue": "0"}})
        return {"Name": name, "AttributeDataType": data_type, "Mutable": True, **constraints}

    def client(self, key: str) -> ClientSpec:
        for spec in self.clients:
            if spec.key == key:
                return spec
        raise KeyError(f"pool {self.key!r} has no app client {key!r}: it has {[c.key for c in self.clients]}")


def schema_entry(**members) -> tuple[tuple[str, object], ...]:
    """A SchemaAttributeType as a hashable value: schema_entry(Name="code", StringAttributeConstraints={...})."""
    return tuple(sorted((k, tuple(sorted(v.items())) if isinstance(v, dict) else v) for k, v in members.items()))


def _unfreeze(entry: tuple[tuple[str, object], ...]) -> dict:
    return {k: dict(v) if isinstance(v, tuple) else v for k, v in entry}


def delete_pool(client, pool_id: str) -> None:
    """DeleteUserPool; a pool protected against deletion (InvalidParameterException, as the Developer
    Guide documents) is first made DeletionProtection INACTIVE with UpdateUserPool."""
    try:
        client.delete_user_pool(UserPoolId=pool_id)
    except client.exceptions.InvalidParameterException:
        client.update_user_pool(UserPoolId=pool_id, DeletionProtection="INACTIVE")
        client.delete_user_pool(UserPoolId=pool_id)


class MissingSetting(Exception):
    """A pool configuration needs a setting this run does not have; scenarios needing it skip."""


@dataclass(frozen=True)
class AppClient:
    """A provisioned app client. ``secret`` is None for a public client."""

    pool_id: str
    id: str
    spec: ClientSpec
    secret: str | None = field(default=None, repr=False)
    #: A client of a team's pool (existing-pool mode), described rather than created.
    existing: bool = False

    def allows(self, flow: str) -> bool:
        return f"ALLOW_{flow}" in self.spec.flows


@dataclass(frozen=True)
class Pool:
    """A provisioned user pool and its app clients."""

    id: str
    name: str
    spec: PoolSpec
    clients: Mapping[str, AppClient]
    #: A team's pool (existing-pool mode): read, never changed.
    existing: bool = False


class Provisioner:
    """Creates pools on first use, shares them, and deletes all it created."""

    #: Provisions the suite's own pools (ExistingPools hands out a team's).
    existing = False

    def __init__(self, client, prefix: str, tags: dict[str, str], sms_role_arn: str | None = None,
                 ses_source_arn: str | None = None, ses_from: str | None = None, triggers=None) -> None:
        self._client = client
        #: Where the suite's trigger functions run (a triggers.deployment.Deployment), for pools with triggers.
        self._triggers = triggers
        self.prefix = prefix
        self._tags = tags
        self._sms_role_arn = sms_role_arn
        self._ses = (ses_source_arn, ses_from)
        self._pools: dict[PoolSpec, Pool] = {}
        #: Pools being set up (id -> name): an interrupt there must not strand them.
        self._unfinished: dict[str, str] = {}
        #: Pools asked for whose id has not come back yet: an interrupt there leaves a pool only its name finds.
        self._requested: set[str] = set()
        self._lock = threading.Lock()
        #: What later requests in a pool are checked against (its schema, its resource servers' scopes).
        self._pool_facts: dict[str, validity.PoolFacts] = {}

    @property
    def created(self) -> list[Pool]:
        return list(self._pools.values())

    def pool(self, spec: PoolSpec) -> Pool:
        with self._lock:
            if spec not in self._pools:
                self._pools[spec] = self._create(spec)
            return self._pools[spec]

    def _create(self, spec: PoolSpec) -> Pool:
        name = f"{self.prefix}-{spec.key.replace(' ', '-')}"
        mfa_request = spec.mfa_request("<pool id>", self._sms_role_arn)  # refuse before creating anything
        email_request = spec.email_request(*self._ses)
        # A configuration real Cognito would refuse is never sent (cognito_conformance/validity.py).
        validity.refuse(validity.check_pool(spec, name=name))
        lambda_request = self._lambda_request(spec)
        self._requested.add(name)
        made = self._client.create_user_pool(**spec.create_request(name, self._tags), **email_request,
                                             **lambda_request)["UserPool"]
        pool_id = made["Id"]
        self._unfinished[pool_id] = name  # until its clients exist: cleanup deletes it even then
        self._requested.discard(name)
        clients = {}
        try:
            if spec.triggers is not None:
                self._triggers.pool_created(pool_id, made.get("Arn"), spec.triggers)
            if mfa_request:
                self._client.set_user_pool_mfa_config(**{**mfa_request, "UserPoolId": pool_id})
            for group_request in spec.group_requests():
                self._client.create_group(UserPoolId=pool_id, **group_request)
            for client_spec in spec.clients:
                created = self._client.create_user_pool_client(
                    **client_spec.create_request(pool_id, f"{name}-{client_spec.key}")
                )["UserPoolClient"]
                clients[client_spec.key] = AppClient(pool_id, created["ClientId"], client_spec,
                                                     created.get("ClientSecret"))
        except Exception:
            delete_pool(self._client, pool_id)
            del self._unfinished[pool_id]
            raise
        del self._unfinished[pool_id]
        return Pool(pool_id, name, spec, clients)

    def _lambda_request(self, spec: PoolSpec) -> dict:
        """CreateUserPool's LambdaConfig for the pool's triggers (deploying their functions on first use)."""
        if spec.triggers is None:
            return {}
        if self._triggers is None:
            raise MissingSetting(f"pool {spec.key!r} has Lambda triggers, and this run has nowhere to run them")
        request = self._triggers.lambda_config(spec.triggers)
        validity.refuse(validity.check_lambda_config(request.get("LambdaConfig", {}), spec.tier, f"pool {spec.key!r}"))
        return request

    def add_resource_server(self, pool: Pool, request: dict) -> None:
        """CreateResourceServer in a provisioned pool, once the request is known to be valid."""
        subject = f"pool {pool.spec.key!r}, resource server {request.get('Identifier')!r}"
        validity.refuse(validity.check_resource_server(request, subject))
        self._client.create_resource_server(**{**request, "UserPoolId": pool.id})
        self._facts(pool).scopes |= validity.resource_server_scopes(request)

    def add_client(self, pool: Pool, spec: ClientSpec, name: str) -> AppClient:
        """CreateUserPoolClient in a provisioned pool, checked against its schema and resource servers."""
        request = spec.create_request(pool.id, name)
        validity.refuse(validity.check_client_request(request, self._facts(pool),
                                                      f"pool {pool.spec.key!r}, app client {spec.key!r}"))
        made = self._client.create_user_pool_client(**request)["UserPoolClient"]
        return AppClient(pool.id, made["ClientId"], spec, made.get("ClientSecret"))

    def add_domain(self, pool: Pool, domain: str) -> None:
        """CreateUserPoolDomain for a provisioned pool, once the prefix is known to be valid."""
        validity.refuse(validity.check_domain(domain, f"pool {pool.spec.key!r}, domain"))
        self._client.create_user_pool_domain(UserPoolId=pool.id, Domain=domain)

    def _facts(self, pool: Pool) -> validity.PoolFacts:
        if pool.id not in self._pool_facts:
            self._pool_facts[pool.id] = validity.PoolFacts.of(pool.spec.create_request(pool.name, {}))
        return self._pool_facts[pool.id]

    def cleanup(self) -> list[str]:
        """Delete every pool this run created; return what could not be deleted, and why."""
        problems = []
        leftovers = {**{pool.id: pool.name for pool in self._pools.values()}, **self._unfinished,
                     **self._named(self._requested)}
        for pool_id, name in leftovers.items():
            try:
                delete_pool(self._client, pool_id)
            except Exception as exc:  # keep going: one stuck pool must not strand the others
                problems.append(f"{name} ({pool_id}): {exc}")
        self._pools.clear()
        self._pool_facts.clear()
        self._unfinished.clear()
        self._requested.clear()
        return problems

    def _named(self, names: set[str]) -> dict[str, str]:
        """The pools with these names (id -> name), found by listing: only after an interrupted CreateUserPool."""
        found: dict[str, str] = {}
        token = None
        while names:
            page = self._client.list_user_pools(MaxResults=60, **({"NextToken": token} if token else {}))
            found.update({p["Id"]: p["Name"] for p in page.get("UserPools", []) if p["Name"] in names})
            token = page.get("NextToken")
            if not token:
                break
        return found
