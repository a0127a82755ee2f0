"""User pools and app clients the suite provisions for itself, keyed by the configuration they have.

Creating a pool costs ~80 ms on moto and is throttled on AWS (15 requests/s per account),
so a pool is created once per configuration and shared by every scenario that needs it;
users are per scenario. Everything is named for the run and deleted at the end.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

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
class ClientSpec:
    """An app client's configuration; ``key`` is how scenarios and steps refer to it."""

    key: str
    flows: tuple[str, ...] = ALL_USER_FLOWS
    secret: bool = False
    read_attributes: tuple[str, ...] | None = None
    write_attributes: tuple[str, ...] | None = None

    def create_request(self, pool_id: str, name: str) -> dict:
        request = {
            "UserPoolId": pool_id,
            "ClientName": name,
            "GenerateSecret": self.secret,
            "ExplicitAuthFlows": list(self.flows),
            "PreventUserExistenceErrors": "LEGACY",
            "EnableTokenRevocation": True,
        }
        if self.read_attributes is not None:
            request["ReadAttributes"] = list(self.read_attributes)
        if self.write_attributes is not None:
            request["WriteAttributes"] = list(self.write_attributes)
        return request


@dataclass(frozen=True)
class PoolSpec:
    """A user pool's configuration. Equal specs share one provisioned pool."""

    key: str
    clients: tuple[ClientSpec, ...]
    password_policy: tuple[tuple[str, object], ...] = STRICT_PASSWORD_POLICY
    custom_attributes: tuple[str, ...] = ("oshi",)
    auto_verified: tuple[str, ...] = ("email",)

    def create_request(self, name: str, tags: dict[str, str]) -> dict:
        schema = [{"Name": "email", "AttributeDataType": "String", "Mutable": True, "Required": False}]
        schema += [
            {
                "Name": attribute,
                "AttributeDataType": "String",
                "Mutable": True,
                "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "256"},
            }
            for attribute in self.custom_attributes
        ]
        return {
            "PoolName": name,
            "Policies": {"PasswordPolicy": dict(self.password_policy)},
            "Schema": schema,
            "AutoVerifiedAttributes": list(self.auto_verified),
            "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
            "UserPoolTags": tags,
        }

    def client(self, key: str) -> ClientSpec:
        for spec in self.clients:
            if spec.key == key:
                return spec
        raise KeyError(f"pool {self.key!r} has no app client {key!r}: it has {[c.key for c in self.clients]}")


@dataclass(frozen=True)
class AppClient:
    """A provisioned app client. ``secret`` is None for a public client."""

    pool_id: str
    id: str
    spec: ClientSpec
    secret: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Pool:
    """A provisioned user pool and its app clients."""

    id: str
    name: str
    spec: PoolSpec
    clients: dict[str, AppClient]

    @property
    def policy(self) -> dict:
        return dict(self.spec.password_policy)


class Provisioner:
    """Creates pools on first use, shares them, and deletes all it created."""

    def __init__(self, client, prefix: str, tags: dict[str, str]) -> None:
        self._client = client
        self.prefix = prefix
        self._tags = tags
        self._pools: dict[PoolSpec, Pool] = {}
        self._lock = threading.Lock()

    @property
    def created(self) -> list[Pool]:
        return list(self._pools.values())

    def pool(self, spec: PoolSpec) -> Pool:
        with self._lock:
            if spec not in self._pools:
                self._pools[spec] = self._create(spec)
            return self._pools[spec]

    def _create(self, spec: PoolSpec) -> Pool:
        name = f"{self.prefix}-{spec.key}"
        pool_id = self._client.create_user_pool(**spec.create_request(name, self._tags))["UserPool"]["Id"]
        clients = {}
        try:
            for client_spec in spec.clients:
                created = self._client.create_user_pool_client(
                    **client_spec.create_request(pool_id, f"{name}-{client_spec.key}")
                )["UserPoolClient"]
                clients[client_spec.key] = AppClient(pool_id, created["ClientId"], client_spec,
                                                     created.get("ClientSecret"))
        except Exception:
            self._client.delete_user_pool(UserPoolId=pool_id)
            raise
        return Pool(pool_id, name, spec, clients)

    def cleanup(self) -> list[str]:
        """Delete every pool this run created; return what could not be deleted, and why."""
        problems = []
        with self._lock:
            for pool in self._pools.values():
                try:
                    self._client.delete_user_pool(UserPoolId=pool.id)
                except Exception as exc:  # keep going: one stuck pool must not strand the others
                    problems.append(f"{pool.name} ({pool.id}): {exc}")
            self._pools.clear()
        return problems
