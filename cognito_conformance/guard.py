"""The guard on a team's pool: installed on every boto3 client and HTTP session the suite makes.

In existing-pool mode the suite may read the team's pool, and may write only to users it created
(their names start with the run's prefix). ``PoolGuard`` sees every call before botocore sends it
(the client's own ``before-parameter-build`` event), and every request of the run's HTTP session (read
as the call it is by ``guard_http``), so no fixture or step can go around it. The values a call gives a
user's contact attributes must be the run's own, and ``ForceAliasCreation`` is never sent.

Every cognito-idp operation is in exactly one class (tests/unit/test_guard_table.py checks botocore's
whole service model): ``READS`` (allowed; a call that names a user must name one of the run's),
``OWN_USER_WRITES`` (allowed with ``--allow-writes``, outside ``@profile`` scenarios, on the run's own
users only; group membership only in the group env.py sets aside), ``FORBIDDEN`` (never sent to a
team's pool: they change the pool, its clients, groups, providers, domains or account resources).
An operation in no class is refused: a new API cannot slip through.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from . import guard_http

READS = frozenset({
    "AdminGetDevice", "AdminGetUser", "AdminGetUserAuthFactors", "AdminListDevices", "AdminListGroupsForUser",
    "AdminListUserAuthEvents", "AdminListUserSessions", "DescribeCIMDPolicy", "DescribeIdentityProvider",
    "DescribeManagedLoginBranding", "DescribeManagedLoginBrandingByClient", "DescribePointInTimeRecovery",
    "DescribeResourceServer", "DescribeRiskConfiguration", "DescribeTerms", "DescribeTermsByClient",
    "DescribeUserImportJob", "DescribeUserPool", "DescribeUserPoolClient", "DescribeUserPoolDomain", "GetCSVHeader",
    "GetDevice", "GetGroup", "GetIdentityProviderByIdentifier", "GetLogDeliveryConfiguration", "GetProvisionedLimit",
    "GetSigningCertificate", "GetUICustomization", "GetUser", "GetUserAuthFactors",
    "GetUserPoolClientSessionConfiguration", "GetUserPoolMfaConfig", "GetUserPoolSessionConfiguration",
    "ListCIMDPolicies", "ListClientMetadataURLs", "ListDevices", "ListGroups", "ListIdentityProviders",
    "ListPointInTimeRecoveries", "ListResourceServers", "ListTagsForResource", "ListTerms", "ListUserImportJobs",
    "ListUserPoolClientSecrets", "ListUserPoolClients", "ListUserPoolReplicas", "ListUserPools", "ListUserSessions",
    "ListUsers", "ListUsersInGroup", "ListWebAuthnCredentials",
})
#: Calls that change one user (named, or the holder of a token): allowed on the run's own users.
OWN_USER_WRITES = frozenset({
    "AdminAddUserToGroup", "AdminConfirmSignUp", "AdminCreateUser", "AdminDeleteSoftwareToken", "AdminDeleteUser",
    "AdminDeleteUserAttributes", "AdminDisableUser", "AdminEnableUser", "AdminForgetDevice", "AdminInitiateAuth",
    "AdminRemoveUserFromGroup", "AdminResetUserPassword", "AdminRespondToAuthChallenge", "AdminRevokeUserSession",
    "AdminSetUserMFAPreference", "AdminSetUserPassword", "AdminSetUserSettings", "AdminUpdateAuthEventFeedback",
    "AdminUpdateDeviceStatus", "AdminUpdateUserAttributes", "AdminUserGlobalSignOut", "AssociateSoftwareToken",
    "ChangePassword", "CompleteWebAuthnRegistration", "ConfirmDevice", "ConfirmForgotPassword", "ConfirmSignUp",
    "DeleteUser", "DeleteUserAttributes", "DeleteWebAuthnCredential", "ForgetDevice", "ForgotPassword",
    "GetTokensFromRefreshToken", "GetUserAttributeVerificationCode", "GlobalSignOut", "InitiateAuth",
    "ResendConfirmationCode", "RespondToAuthChallenge", "RevokeToken", "RevokeUserSession", "SetUserMFAPreference",
    "SetUserSettings", "SignUp", "StartWebAuthnRegistration", "UpdateAuthEventFeedback", "UpdateDeviceStatus",
    "UpdateUserAttributes", "VerifySoftwareToken", "VerifyUserAttribute",
})
#: Membership changes: only of the group env.py's ``suite_group`` sets aside for the suite.
GROUP_MEMBERSHIP = frozenset({"AdminAddUserToGroup", "AdminRemoveUserFromGroup"})
#: Calls that create users (refused without --allow-writes, like every other write).
CREATES_USERS = frozenset({"SignUp", "AdminCreateUser"})
FORBIDDEN = frozenset({
    "AddCustomAttributes", "AddUserPoolClientSecret", "AdminDisableProviderForUser", "AdminLinkProviderForUser",
    "CancelPointInTimeRecovery", "CreateCIMDPolicy", "CreateGroup", "CreateIdentityProvider",
    "CreateManagedLoginBranding", "CreateResourceServer", "CreateTerms", "CreateUserImportJob", "CreateUserPool",
    "CreateUserPoolClient", "CreateUserPoolDomain", "CreateUserPoolReplica", "DeleteCIMDPolicy", "DeleteGroup",
    "DeleteIdentityProvider", "DeleteManagedLoginBranding", "DeleteResourceServer", "DeleteTerms", "DeleteUserPool",
    "DeleteUserPoolClient", "DeleteUserPoolClientSecret", "DeleteUserPoolDomain", "DeleteUserPoolReplica",
    "GetClientToken", "GetDerivedToken", "InitiatePointInTimeRecovery", "SetLogDeliveryConfiguration",
    "SetRiskConfiguration", "SetUICustomization", "SetUserPoolClientSessionConfiguration", "SetUserPoolMfaConfig",
    "SetUserPoolSessionConfiguration", "StartPointInTimeRecovery", "StartUserImportJob", "StopUserImportJob",
    "TagResource", "UntagResource", "UpdateCIMDPolicy", "UpdateClientMetadataURLState", "UpdateGroup",
    "UpdateIdentityProvider", "UpdateManagedLoginBranding", "UpdateProvisionedLimit", "UpdateResourceServer",
    "UpdateTerms", "UpdateUserPool", "UpdateUserPoolClient", "UpdateUserPoolDomain", "UpdateUserPoolReplica",
})
#: Where a call names a user, besides ``Username``.
USERNAME_MAPS = ("AuthParameters", "ChallengeResponses")
#: Attributes that name a contact (a mailbox, a phone, a sign-in alias): a run's users get only the run's own.
CONTACTS = ("email", "phone_number", "preferred_username")


class GuardRefused(Exception):
    """A call would have changed a team's pool, or touched a user the run did not create: never sent."""


def classify(operation: str) -> str | None:
    """'read', 'own-user write' or 'forbidden'; None for an operation the guard does not know."""
    if operation in READS:
        return "read"
    if operation in OWN_USER_WRITES:
        return "own-user write"
    if operation in FORBIDDEN:
        return "forbidden"
    return None


def named_users(params: dict) -> list[str]:
    """Every user a call's parameters name: Username, and USERNAME in AuthParameters/ChallengeResponses."""
    names = [params["Username"]] if isinstance(params.get("Username"), str) else []
    for field in USERNAME_MAPS:
        value = (params.get(field) or {}).get("USERNAME")
        if isinstance(value, str):
            names.append(value)
    return names


class PoolGuard:
    """What the suite may do to a team's pool in this run; ``check`` refuses the rest, before sending."""

    def __init__(self, pool_id: str, own: Callable[[str], bool], *, allow_writes: bool,
                 suite_group: str | None = None, why_own: str = "named for this run",
                 run_marker: str | None = None) -> None:
        self.pool_id = pool_id
        self.own = own
        #: What every email address and preferred username the run makes carries (``cc-<run id>``).
        self.run_marker = run_marker.lower() if run_marker else None
        #: Who in the pool has a phone number (the backend sets it: one ListUsers read), so that the run's
        #: users never take a team user's number.
        self.phone_owners: Callable[[str], list[str]] | None = None
        #: Every username a user-creating call was about to send (recorded before it is sent, as sent,
        #: in the capitals it used): clean-up deletes each.
        self.created: list[str] = []
        self._cleaning = 0
        self.allow_writes = allow_writes
        self.suite_group = suite_group
        self.why_own = why_own
        #: Set while a @profile scenario runs: it is read-only by construction.
        self.read_only_reason: str | None = None
        #: Every call sent (after the check): operation and the users it named. COGNITO_GUARD_LOG=PATH
        #: also appends them to PATH, one JSON line each, for an audit of a run.
        self.sent: list[tuple[str, list[str]]] = []
        self._log = os.environ.get("COGNITO_GUARD_LOG")

    def may_write(self) -> bool:
        """Whether writes to the run's users are allowed now (else none can have been made)."""
        return self.allow_writes and not self.read_only_reason

    # -- boto3 --

    def install(self, client) -> None:
        """Put the guard on ``client`` itself: every call of every caller passes through it."""
        client.meta.events.register("before-parameter-build.cognito-idp", self._before_call)
        client.meta.events.register("before-call.cognito-idp", self._count)

    def _before_call(self, params, model, context=None, **_) -> None:
        self.check(model.name, params)
        if context is not None:
            context["cognito_conformance_users"] = named_users(params)

    def _count(self, model, context=None, **_) -> None:
        users = (context or {}).get("cognito_conformance_users", [])
        self.record(model.name, users)

    @contextmanager
    def cleaning_up(self) -> Iterator[None]:
        """While the run deletes its own users: allowed whatever the scenario's tags or --allow-writes,
        so that clean-up of what the run created is never skipped (other users stay refused)."""
        self._cleaning += 1
        try:
            yield
        finally:
            self._cleaning -= 1

    def take_created(self) -> list[str]:
        """The users created (or about to be) since the last call, each once; forgotten here."""
        taken, self.created = list(dict.fromkeys(self.created)), []
        return taken

    def record(self, operation: str, users: list[str]) -> None:
        """A call is about to be sent (the last moment before it): count it, and remember a user it creates."""
        if operation in CREATES_USERS and users:
            self.created.append(users[0])
        self.sent.append((operation, users))
        if self._log:
            with open(self._log, "a", encoding="utf-8") as log:
                log.write(json.dumps({"operation": operation, "users": users, "pid": os.getpid()}) + "\n")

    def check(self, operation: str, params: dict) -> None:
        kind = classify(operation)
        where = f"{operation} on your pool {self.pool_id}"
        if kind is None:
            self._refuse(where, "the guard does not know this operation, so it cannot tell what it changes")
        if kind == "forbidden":
            self._refuse(where, "it changes the pool, its clients, groups, providers, domains or account "
                                "resources, and the suite never changes what it did not create")
        for user in named_users(params):
            if not self.own(user):
                self._refuse(f"{operation} on user {user!r} of your pool {self.pool_id}",
                             f"the suite touches only the users it created ({self.why_own})")
        if self._cleaning and operation == "AdminDeleteUser":
            return  # the run's own user (checked above), deleted in clean-up
        if kind == "read":
            return
        if self.read_only_reason:
            self._refuse(where, self.read_only_reason)
        if not self.allow_writes:
            self._refuse(where, "without --allow-writes the suite creates no user and changes none in your pool")
        if params.get("ForceAliasCreation"):
            self._refuse(f"{operation} with ForceAliasCreation on your pool {self.pool_id}",
                         "it moves an email address or phone number away from the user who has it, "
                         "who may be one of the team's")
        self._check_contacts(operation, params)  # (a phone number is looked up only for a write that may go)
        if operation in GROUP_MEMBERSHIP:
            group = params.get("GroupName")
            if not self.suite_group or group != self.suite_group:
                aside = f"the group {self.suite_group!r}" if self.suite_group else "no group (suite_group is unset)"
                self._refuse(f"{operation} of group {group!r} of your pool {self.pool_id}",
                             f"the suite changes the membership only of the group env.py `suite_group` sets "
                             f"aside for it: {aside}")

    def _check_contacts(self, operation: str, params: dict) -> None:
        attributes = params.get("UserAttributes")
        for attribute in attributes if isinstance(attributes, list) else ():
            name, value = (attribute.get("Name"), attribute.get("Value")) if isinstance(attribute, dict) else (0, 0)
            if name not in CONTACTS or not isinstance(value, str):
                continue
            what = f"{operation} giving {name} {value!r} on your pool {self.pool_id}"
            if name != "phone_number":
                if not self.run_marker or self.run_marker not in value.lower():
                    self._refuse(what, f"the suite gives its users only addresses and names of its own "
                                       f"(carrying {self.run_marker or 'the run id'}), never one of the team's")
                continue
            if self.phone_owners is None:
                self._refuse(what, "the guard cannot tell whose phone number it is")
            others = [user for user in self.phone_owners(value) if not self.own(user)]
            if others:
                self._refuse(what, f"it is the phone number of {others[0]!r}, a user the run did not create")

    @staticmethod
    def _refuse(what: str, why: str) -> None:
        raise GuardRefused(f"the guard refused {what}: {why}")

    # -- HTTP --

    def check_http(self, method: str, url: str, body: bytes | str | None,
                   headers: dict | None = None) -> tuple[str, list[str]] | None:
        """Any request of the HTTP session: an API call (JSON with X-Amz-Target, a form or query with
        Action) passes ``check`` as botocore's would; a hosted-UI form that names a user must name one of
        the run's, and one that changes a user (sign-up, password reset) is a write. Returns the operation
        and users of a call that changes or reads through the API, for the count."""
        call = guard_http.api_call(url, body, headers or {})
        if isinstance(call, str):
            self._refuse(f"{method} {urlsplit(url).path}", call)
        if call is not None:
            operation, params = call
            self.check(operation, params)
            return operation, named_users(params)
        fields = guard_http.fields(url, body)
        users = [user for key in ("username", "USERNAME", "login_hint") for user in fields.get(key, [])]
        for user in users:
            if not self.own(user):
                self._refuse(f"{method} {urlsplit(url).path} for user {user!r}",
                             f"the suite signs in only as the users it created ({self.why_own})")
        operation = guard_http.HOSTED_UI_WRITES.get(urlsplit(url).path) if method == "POST" else None
        if operation:
            self.check(operation, {"Username": users[0]} if users else {})
            return operation, users[:1]
        return None


def run_user(run_prefix: str) -> Callable[[str], bool]:
    """Whether a name (username, or email alias) is one of this run's users. Any capitalization: a pool
    whose usernames are case insensitive finds the run's "alice" as "ALICE" too, and the run id in the
    prefix keeps every such name the run's own."""
    pattern = re.compile(re.escape(run_prefix) + r"[-@]", re.IGNORECASE)
    return lambda name: bool(pattern.match(name))


def guarded_session(session, guard: PoolGuard | None):
    """A requests session whose every request passes ``guard`` first (no guard: unchanged); a request
    that creates a user is counted and recorded before it is sent, with interrupts held until its answer."""
    if guard is None:
        return session
    from requests.adapters import HTTPAdapter

    from .interrupts import INTERRUPTS

    class GuardedAdapter(HTTPAdapter):
        def send(self, request, *args, **kwargs):
            call = guard.check_http(request.method, request.url, request.body, dict(request.headers))
            if call is None:
                return super().send(request, *args, **kwargs)
            operation, users = call
            with INTERRUPTS.holding(operation):
                guard.record(operation, users)
                return super().send(request, *args, **kwargs)

    for scheme in ("http://", "https://"):
        session.mount(scheme, GuardedAdapter())
    return session
