"""What a backend does not enforce, grouped by the risk a security reviewer cares about.

A divergence's group is its registry entry's ``risk`` when set, else the group its scenario belongs
to here; scenarios not named here are behaviours the backend lacks or answers differently, not
controls it fails to enforce.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

AUTHENTICATION_PROOF = "authentication proof"
FLOW_GATING = "flow gating"
ATTRIBUTE_PERMISSIONS = "attribute permissions"
TOKEN_LIFETIME = "token lifetime"
REVOCATION = "revocation"
OTHER = "other differences (not a security control)"
RISKS = {
    AUTHENTICATION_PROOF: "A secret, code or signature that Cognito checks is not checked: a caller proves less "
                          "than Cognito demands, or learns which users exist.",
    FLOW_GATING: "A sign-in flow, challenge or account state that Cognito enforces is let through.",
    ATTRIBUTE_PERMISSIONS: "An app client's read/write permissions or an attribute's verification are not enforced.",
    TOKEN_LIFETIME: "Tokens live longer (or otherwise) than the pool and app client say.",
    REVOCATION: "Tokens keep working after a sign-out or after the user is disabled.",
    OTHER: "The backend lacks the operation or answers in another shape; no control is bypassed.",
}

_BY_SCENARIO = {
    AUTHENTICATION_PROOF: (
        "A wrong confirmation code is refused", "Signing up without the secret hash is refused",
        "Signing in without the secret hash is refused", "A proof made with a wrong password is refused",
        "A wrong code is refused", "A wrong SMS code is refused", "A password that breaks the pool's policy is refused",
        "A new password that breaks the pool's policy is refused", "A wrong password is refused",
        "A wrong previous password is refused", "After a change only the new password works",
        "An app client that hides users answers as for a wrong password",
        "An app client that hides users answers a password reset as if the user existed",
        "An app client that does not hide users says the user does not exist",
        "The ID token and the access token are signed with different keys", "A token cut to two segments",
        "A key id the user pool does not have", "A changed payload", "A signature made with another key",
        "No signature at all (alg none)", "An HMAC signature keyed with the user pool's public key (alg HS256)",
        "An ID token checked by another app client", "An access token checked by another app client",
        "An access token where an ID token is expected", "An ID token where an access token is expected",
    ),
    FLOW_GATING: (
        "An unconfirmed user cannot sign in", "A flow the app client does not allow is refused",
        "A user without MFA is asked to set it up", "A pool without software token MFA hands out no secret",
        "A pool without MFA refuses an MFA preference",
        "Signing in asks for the code sent by SMS, naming a masked destination",
        "The first sign-in asks for a new password", "After an administrator resets the password, signing in is refused",
        "A disabled user cannot sign in", "With a software token preferred, signing in asks for a code",
        "Cognito challenges the client to prove the password",
    ),
    ATTRIBUTE_PERMISSIONS: (
        "An app client without write permission on an attribute cannot change it",
        "The ID token carries the attributes the app client may read", "A wrong code does not verify the email address",
        "A changed email address is unverified until the user proves it",
        "A pool that verifies before updating keeps the old address until then",
    ),
    TOKEN_LIFETIME: (
        "An app client's own token lifetimes are honoured",
        "A lifetime outside the allowed range is refused when the app client is created",
        "A lifetime outside the allowed range is refused when the app client is changed",
        "A refresh token still may not live longer than 3650 days", "An access token stops working when it expires",
        "By default ID and access tokens live one hour", "An app client that states no refresh token lifetime gets 30 days",
        "One second after the token expired", "The authentication time stays the original sign-in's across refreshes",
    ),
    REVOCATION: (
        "After GlobalSignOut the user's tokens are refused", "After AdminUserGlobalSignOut the user's tokens are refused",
        "Disabling a user revokes the user's tokens",
        "After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token",
    ),
}
SCENARIO_RISK = {name: risk for risk, names in _BY_SCENARIO.items() for name in names}
#: Reasons that say the backend refuses in another way, lacks the operation the scenario needs to get
#: going, or answers in another shape: the control the scenario is about is not bypassed.
_NOT_A_BYPASS = re.compile(
    r"not JSON|Python repr|no TokenType|ChallengeParameters|Exception, not \w+Exception|instead of MFA_SETUP"
    r"|does not implement (USER_SRP_AUTH|AdminResetUserPassword|GetUserAttributeVerificationCode)"
    r"|issuer cannot be derived|as the string \"true\"|refuses email_verified without email")


def risk_of(scenario_name: str, registered: str | None = None, reason: str | None = None) -> str:
    if registered in RISKS:
        return registered
    if reason and _NOT_A_BYPASS.search(reason):
        return OTHER
    return SCENARIO_RISK.get(scenario_name, OTHER)


def group(scenarios: Sequence[Mapping]) -> dict[str, list[Mapping]]:
    """The diverging scenarios of a run by risk, in the order of ``RISKS``; empty groups left out."""
    groups: dict[str, list[Mapping]] = {risk: [] for risk in RISKS}
    for scenario in scenarios:
        if scenario["result"] != "diverged":
            continue
        divergence = scenario.get("divergence") or {}
        groups[risk_of(scenario["name"], divergence.get("risk"), divergence.get("reason"))].append(scenario)
    return {risk: found for risk, found in groups.items() if found}
