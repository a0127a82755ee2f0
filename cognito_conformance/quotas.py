"""Stay under Cognito's per-category request quotas (docs/cognito-spec.md section 11).

Quotas are per account and region, summed over all pools, so a suite run must leave room for the
team's own traffic: each category gets a share of its documented default rate, split between
xdist workers. A token bucket per category delays a call until it fits. Throttling that still
happens (TooManyRequestsException) is absorbed by botocore's adaptive retry mode.
"""

from __future__ import annotations

import threading
import time

#: Default requests per second per category, and the operations the suite calls in each.
CATEGORIES: dict[str, tuple[float, frozenset[str]]] = {
    "UserAuthentication": (120, frozenset({"InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge",
                                           "AdminRespondToAuthChallenge", "GetTokensFromRefreshToken"})),
    "UserCreation": (50, frozenset({"SignUp", "ConfirmSignUp", "AdminCreateUser", "AdminConfirmSignUp"})),
    "UserAccountRecovery": (30, frozenset({"ChangePassword", "ConfirmForgotPassword", "ForgotPassword",
                                            "AdminResetUserPassword", "AdminSetUserPassword"})),
    "UserRead": (120, frozenset({"AdminGetUser", "GetUser"})),
    "UserUpdate": (25, frozenset({"AdminAddUserToGroup", "AdminDeleteUserAttributes", "AdminUpdateUserAttributes",
                                  "AdminDeleteUser", "AdminDisableUser", "AdminEnableUser", "VerifyUserAttribute",
                                  "DeleteUser", "DeleteUserAttributes", "UpdateUserAttributes",
                                  "AdminUserGlobalSignOut", "GlobalSignOut", "AdminRemoveUserFromGroup"})),
    "UserToken": (120, frozenset({"RevokeToken"})),
    "UserResourceRead": (50, frozenset({"GetUserAttributeVerificationCode", "ResendConfirmationCode"})),
    "UserResourceUpdate": (25, frozenset({"AdminSetUserMFAPreference", "SetUserMFAPreference",
                                          "VerifySoftwareToken", "AssociateSoftwareToken"})),
    "UserList": (30, frozenset({"ListUsers", "ListUsersInGroup"})),
    "UserPoolRead": (15, frozenset({"DescribeUserPool", "ListUserPools", "GetUserPoolMfaConfig"})),
    "UserPoolUpdate": (15, frozenset({"CreateUserPool", "UpdateUserPool", "DeleteUserPool", "SetUserPoolMfaConfig"})),
    "UserPoolResourceRead": (20, frozenset({"GetGroup", "ListGroups", "DescribeResourceServer",
                                            "DescribeIdentityProvider", "ListIdentityProviders"})),
    "UserPoolResourceUpdate": (15, frozenset({"CreateGroup", "CreateResourceServer", "CreateIdentityProvider",
                                              "DeleteIdentityProvider", "CreateUserPoolDomain",
                                              "DeleteUserPoolDomain"})),
    "UserPoolClientRead": (15, frozenset({"DescribeUserPoolClient", "ListUserPoolClients"})),
    "UserPoolClientUpdate": (15, frozenset({"CreateUserPoolClient", "UpdateUserPoolClient",
                                            "DeleteUserPoolClient"})),
}
#: The share of each quota one run may use, leaving the rest to the account's own traffic.
SHARE = 0.5


def category_of(operation: str) -> str | None:
    return next((name for name, (_, ops) in CATEGORIES.items() if operation in ops), None)


class RateLimiter:
    """One token bucket per category; ``wait(operation)`` sleeps until the call fits."""

    def __init__(self, share: float = SHARE, workers: int = 1, clock=time.monotonic, sleep=time.sleep) -> None:
        self._rates = {name: max(rate * share / max(workers, 1), 0.5) for name, (rate, _) in CATEGORIES.items()}
        self._next_free = {name: 0.0 for name in CATEGORIES}
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()

    def rate(self, category: str) -> float:
        return self._rates[category]

    def wait(self, operation: str) -> float:
        """Delay for this call's category; returns the seconds slept."""
        category = category_of(operation)
        if category is None:
            return 0.0
        with self._lock:
            now = self._clock()
            start = max(now, self._next_free[category])
            self._next_free[category] = start + 1.0 / self._rates[category]
        delay = start - now
        if delay > 0:
            self._sleep(delay)
        return delay

    def install(self, client) -> None:
        """Pace every call of a boto3 cognito-idp client."""

        def pace(model, **_) -> None:  # a before-call handler that returned a value would replace the call
            self.wait(model.name)

        client.meta.events.register("before-call.cognito-idp", pace)
