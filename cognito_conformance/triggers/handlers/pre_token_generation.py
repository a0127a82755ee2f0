"""PreTokenGeneration: sources TokenGeneration_HostedAuth, _Authentication, _NewPasswordChallenge,
_AuthenticateDevice, _RefreshTokens, _ClientCredentials (V3_0 only).

Developer Guide, "Pre token generation Lambda trigger". The event's ``version`` tells the shape: "1"
(V1_0, and the legacy ``PreTokenGeneration`` ARN) answers ``response.claimsOverrideDetails``; "2" and "3"
(V2_0, V3_0) answer ``response.claimsAndScopeOverrideDetails`` with ``idTokenGeneration``,
``accessTokenGeneration`` and ``groupOverrideDetails``.

| word | V1 (``claimsOverrideDetails``) | V2/V3 (``claimsAndScopeOverrideDetails``) |
|---|---|---|
| ``claims`` | add ``cc_claim: "added by the trigger"`` | the same in the ID and the access token |
| ``accessclaims`` | (nothing: V1 cannot touch the access token) | add ``cc_access_claim: "added by the trigger"`` to the access token |
| ``override`` | set ``email`` to ``overridden@example.com`` | the same in the ID token |
| ``suppress`` | suppress ``email`` | the same in the ID token |
| ``suppressoverride`` | add and suppress ``cc_claim`` | the same in both tokens |
| ``reserved`` | add each of ``RESERVED`` (``sub``, ``iss``, ``token_use``, ...) with value ``cc-reserved`` | the same in both tokens |
| ``groups`` | ``groupOverrideDetails.groupsToOverride: ["cc-trigger-group"]`` | the same |
| ``keepgroups`` | ``groupOverrideDetails`` = the request's ``groupConfiguration`` | the same |
| ``nogroups`` | ``groupOverrideDetails: {}`` (suppresses the groups) | the same |
| ``scopes`` | (nothing) | ``scopesToAdd: ["cc-trigger/added"]``, ``scopesToSuppress: ["aws.cognito.signin.user.admin"]`` |
| ``complex`` | (nothing) | add ``cc_number: 7``, ``cc_bool: true``, ``cc_list: ["a", "b"]``, ``cc_object: {"k": "v"}`` to both tokens |
| (none) | the event unchanged | the event unchanged |

Plus the common words (``fail``, ``notevent``, ``slow``: see ``common``). A client-credentials grant
(``TokenGeneration_ClientCredentials``, V3_0) has no user to carry words: its event gets ``accessclaims``.
"""

from __future__ import annotations

from .common import common, record, request, response, words

TRIGGER = "PreTokenGeneration"
CLAIM, CLAIM_VALUE = "cc_claim", "added by the trigger"
ACCESS_CLAIM = "cc_access_claim"
OVERRIDDEN_EMAIL = "overridden@example.com"
GROUP = "cc-trigger-group"
ADDED_SCOPE, SUPPRESSED_SCOPE = "cc-trigger/added", "aws.cognito.signin.user.admin"
#: Claims the Developer Guide says a function cannot add, change or suppress.
RESERVED = ("sub", "iss", "aud", "token_use", "exp", "iat", "auth_time", "jti", "cognito:username", "username",
            "client_id", "event_id", "version", "origin_jti", "cognito:foo")
RESERVED_VALUE = "cc-reserved"
#: The source of a client-credentials grant (V3_0 only).
CLIENT_CREDENTIALS = "TokenGeneration_ClientCredentials"
COMPLEX = {"cc_number": 7, "cc_bool": True, "cc_list": ["a", "b"], "cc_object": {"k": "v"}}


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    found = words(event) | source_words(event)
    if str(event.get("version")) in ("2", "3"):
        details = _v2(found, request(event))
        if details:
            response(event)["claimsAndScopeOverrideDetails"] = details
    else:
        details = _v1(found, request(event))
        if details:
            response(event)["claimsOverrideDetails"] = details
    return event


def source_words(event: dict) -> frozenset[str]:
    """The words a source implies: a client-credentials grant (no user, no username) adds an access token claim."""
    return frozenset({"accessclaims"}) if event.get("triggerSource") == CLIENT_CREDENTIALS else frozenset()


def _claims(found: frozenset[str], token: str) -> tuple[dict, list]:
    """(claimsToAddOrOverride, claimsToSuppress) for the ID token ("id") or the access token ("access")."""
    add: dict = {}
    suppress: list = []
    if "claims" in found:
        add[CLAIM] = CLAIM_VALUE
    if "suppressoverride" in found:
        add[CLAIM] = CLAIM_VALUE
        suppress.append(CLAIM)
    if "reserved" in found:
        add.update({name: RESERVED_VALUE for name in RESERVED})
    if token == "id":
        if "override" in found:
            add["email"] = OVERRIDDEN_EMAIL
        if "suppress" in found:
            suppress.append("email")
    return add, suppress


def _groups(found: frozenset[str], req: dict) -> dict | None:
    if "groups" in found:
        return {"groupsToOverride": [GROUP]}
    if "keepgroups" in found:
        return dict(req.get("groupConfiguration") or {})
    if "nogroups" in found:
        return {}
    return None


def _v1(found: frozenset[str], req: dict) -> dict:
    details: dict = {}
    add, suppress = _claims(found, "id")
    if add:
        details["claimsToAddOrOverride"] = add
    if suppress:
        details["claimsToSuppress"] = suppress
    groups = _groups(found, req)
    if groups is not None:
        details["groupOverrideDetails"] = groups
    return details


def _v2(found: frozenset[str], req: dict) -> dict:
    details: dict = {}
    for token, member in (("id", "idTokenGeneration"), ("access", "accessTokenGeneration")):
        add, suppress = _claims(found, token)
        if "complex" in found:
            add.update(COMPLEX)
        if token == "access" and "accessclaims" in found:
            add[ACCESS_CLAIM] = CLAIM_VALUE
        generation: dict = {}
        if add:
            generation["claimsToAddOrOverride"] = add
        if suppress:
            generation["claimsToSuppress"] = suppress
        if token == "access" and "scopes" in found:
            generation["scopesToAdd"] = [ADDED_SCOPE]
            generation["scopesToSuppress"] = [SUPPRESSED_SCOPE]
        if generation:
            details[member] = generation
    groups = _groups(found, req)
    if groups is not None:
        details["groupOverrideDetails"] = groups
    return details
