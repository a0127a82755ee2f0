"""The sign-in flows of the user-pool API, each returning an Outcome.

USER_SRP_AUTH uses pycognito's ``AWSSRP`` (the maintained fork of warrant's class of the same
name) for the client-side SRP maths; the API calls are made here so every step is observable.
"""

from __future__ import annotations

from pycognito.aws_srp import AWSSRP

from .outcome import Outcome, attempt
from .pools import AppClient
from . import secret_hash
from . import srp_arithmetic  # noqa: F401  (pycognito's powers by GMP)

FLOWS = ("USER_SRP_AUTH", "USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH")


def _with_secret(params: dict, client: AppClient, username: str) -> dict:
    return {**params, **secret_hash.for_client(client, username)}


def sign_in(cognito, client: AppClient, flow: str, username: str, password: str) -> Outcome:
    """Sign in by ``flow``: tokens, a challenge, or the error code."""
    if flow == "USER_SRP_AUTH":
        return _srp(cognito, client, username, password)
    params = _with_secret({"USERNAME": username, "PASSWORD": password}, client, username)
    if flow == "USER_PASSWORD_AUTH":
        return attempt("InitiateAuth", cognito.initiate_auth, AuthFlow=flow, AuthParameters=params,
                       ClientId=client.id)
    if flow == "ADMIN_USER_PASSWORD_AUTH":
        return attempt("AdminInitiateAuth", cognito.admin_initiate_auth, UserPoolId=client.pool_id,
                       ClientId=client.id, AuthFlow=flow, AuthParameters=params)
    raise ValueError(f"unknown sign-in flow {flow!r}; the suite knows {', '.join(FLOWS)}")


def srp_for(cognito, client: AppClient, username: str, password: str) -> AWSSRP:
    """The client side of SRP for this user and app client (SRP_A, and the PASSWORD_VERIFIER answer)."""
    return AWSSRP(username=username, password=password, pool_id=client.pool_id, client_id=client.id,
                  client=cognito, client_secret=client.secret)


def start_srp(cognito, client: AppClient, username: str, password: str) -> tuple[AWSSRP, dict, Outcome]:
    """The first half of USER_SRP_AUTH: InitiateAuth with SRP_A. Returns the SRP state too."""
    srp = srp_for(cognito, client, username, password)
    params = srp.get_auth_params()
    first = attempt("InitiateAuth", cognito.initiate_auth, AuthFlow="USER_SRP_AUTH", AuthParameters=params,
                    ClientId=client.id)
    return srp, params, first


def _srp(cognito, client: AppClient, username: str, password: str) -> Outcome:
    srp, params, first = start_srp(cognito, client, username, password)
    if not first.ok or first.response.get("ChallengeName") != "PASSWORD_VERIFIER":
        return first
    answers = srp.process_challenge(first.response["ChallengeParameters"], params)
    extra = {"Session": first.response["Session"]} if first.response.get("Session") else {}
    answer = attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=client.id,
                     ChallengeName="PASSWORD_VERIFIER", ChallengeResponses=answers, **extra)
    answer.steps.append(first)
    return answer


def refresh(cognito, client: AppClient, refresh_token: str, username: str, admin: bool = False) -> Outcome:
    """REFRESH_TOKEN_AUTH through InitiateAuth (or AdminInitiateAuth)."""
    params = _with_secret({"REFRESH_TOKEN": refresh_token}, client, username)
    if admin:
        return attempt("AdminInitiateAuth", cognito.admin_initiate_auth, UserPoolId=client.pool_id,
                       ClientId=client.id, AuthFlow="REFRESH_TOKEN_AUTH", AuthParameters=params)
    return attempt("InitiateAuth", cognito.initiate_auth, AuthFlow="REFRESH_TOKEN_AUTH", AuthParameters=params,
                   ClientId=client.id)


#: What answers each challenge (docs/cognito-spec.md section 2.2).
ANSWER_KEYS = {"SOFTWARE_TOKEN_MFA": "SOFTWARE_TOKEN_MFA_CODE", "SMS_MFA": "SMS_MFA_CODE",
               "NEW_PASSWORD_REQUIRED": "NEW_PASSWORD"}


def answer_challenge(cognito, client: AppClient, challenge: Outcome, username: str, answers: dict,
                     session: str | None = None) -> Outcome:
    """Answer ``challenge`` through the API that raised it (the admin one for the admin flow)."""
    name = challenge.response["ChallengeName"]
    responses = _with_secret({"USERNAME": username, **answers}, client, username)
    common = {"ClientId": client.id, "ChallengeName": name, "ChallengeResponses": responses,
              "Session": session or challenge.response["Session"]}
    if challenge.operation.startswith("Admin"):
        return attempt("AdminRespondToAuthChallenge", cognito.admin_respond_to_auth_challenge,
                       UserPoolId=client.pool_id, **common)
    return attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, **common)


def answer_new_password(cognito, client: AppClient, challenge: Outcome, username: str,
                        new_password: str) -> Outcome:
    """Answer NEW_PASSWORD_REQUIRED with a new password."""
    return answer_challenge(cognito, client, challenge, username, {"NEW_PASSWORD": new_password})
