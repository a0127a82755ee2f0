"""Custom authentication (CUSTOM_AUTH with the Define, Create and Verify auth challenge triggers): starting the
flow, answering the custom challenge and the password verifier, and what the functions saw (issue 22).

The suite's functions (cognito_conformance/triggers/handlers/define_auth_challenge.py and its siblings) ask one
question per round, "cc question <n>", whose right answer is ``cc-answer``; Define issues tokens after one
right answer (two with "two custom challenges") and fails the sign-in after three wrong ones.

Whens never raise: each answer is an Outcome (``cognito_outcome``), and the rounds are kept in
``cognito_custom_auth`` so that Thens can compare their sessions. Where the last answer carried no custom
challenge (an implementation without CUSTOM_AUTH), an answer step makes no call and keeps that outcome, so
the scenario fails at its invocation step, never on a crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pytest_bdd import given, parsers, then, when

from cognito_conformance import auth, secret_hash
from cognito_conformance.configurations import CUSTOM_AUTH_POOL
from cognito_conformance.outcome import Outcome, attempt
from cognito_conformance.triggers import VERIFY_AUTH_CHALLENGE_RESPONSE
from cognito_conformance.triggers.handlers import create_auth_challenge

from .grammar import phrase
from .trigger_requests import CLIENT_METADATA
from .triggers import is_for
from .user_pools import provision

WRONG_ANSWER = "not-the-answer"
CUSTOM = "CUSTOM_CHALLENGE"


@dataclass
class CustomAuth:
    """One scenario's custom authentication: the operation pair it went through, the SRP state, the rounds."""

    admin: bool = False
    srp: object | None = None
    srp_params: dict = field(default_factory=dict)
    #: Every answer Cognito gave, in order (InitiateAuth's first).
    rounds: list[Outcome] = field(default_factory=list)
    #: The answers given to custom challenges, in order.
    answers: list[str] = field(default_factory=list)


@pytest.fixture
def cognito_custom_auth():
    return CustomAuth()


def keep(state: CustomAuth, person, outcome: Outcome) -> Outcome:
    state.rounds.append(outcome)
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


def start(cognito, app_client, person, state: CustomAuth, params: dict, **extra) -> Outcome:
    params = {"USERNAME": person.username, **params, **secret_hash.for_client(app_client, person.username)}
    if state.admin:
        outcome = attempt("AdminInitiateAuth", cognito.admin_initiate_auth, UserPoolId=app_client.pool_id,
                          ClientId=app_client.id, AuthFlow="CUSTOM_AUTH", AuthParameters=params, **extra)
    else:
        outcome = attempt("InitiateAuth", cognito.initiate_auth, ClientId=app_client.id, AuthFlow="CUSTOM_AUTH",
                          AuthParameters=params, **extra)
    return keep(state, person, outcome)


def respond(cognito, app_client, person, state: CustomAuth, challenge: str, responses: dict, **extra) -> Outcome:
    last = state.rounds[-1] if state.rounds else None
    if last is None or not last.ok or (last.response or {}).get("ChallengeName") != challenge:
        return last or Outcome("RespondToAuthChallenge", error_code="NoChallenge")
    responses = {"USERNAME": person.username, **responses, **secret_hash.for_client(app_client, person.username)}
    session = {"Session": last.response["Session"]} if last.response.get("Session") else {}
    if state.admin:
        outcome = attempt("AdminRespondToAuthChallenge", cognito.admin_respond_to_auth_challenge,
                          UserPoolId=app_client.pool_id, ClientId=app_client.id, ChallengeName=challenge,
                          ChallengeResponses=responses, **session, **extra)
    else:
        outcome = attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=app_client.id,
                          ChallengeName=challenge, ChallengeResponses=responses, **session, **extra)
    return keep(state, person, outcome)


def answer(cognito, app_client, person, state: CustomAuth, text: str, **extra) -> Outcome:
    state.answers.append(text)
    return respond(cognito, app_client, person, state, CUSTOM, {"ANSWER": text}, **extra)


@given("a user pool with custom authentication triggers", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    return provision(cognito_provisioner, CUSTOM_AUTH_POOL)


@given("the app client does not allow CUSTOM_AUTH", target_fixture="cognito_app_client")
def _(cognito_user_pool):
    client = cognito_user_pool.clients["no custom auth"]
    assert "ALLOW_CUSTOM_AUTH" not in client.spec.flows
    return client


@when(phrase("{name:Person} signs in with CUSTOM_AUTH"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return start(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth, {})


@when(phrase("{name:Person} signs in with CUSTOM_AUTH through AdminInitiateAuth"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    cognito_custom_auth.admin = True
    return start(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth, {})


@when(phrase("{name:Person}, who has no account, signs in with CUSTOM_AUTH"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return start(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth, {})


@when(phrase("{name:Person} signs in with CUSTOM_AUTH and client metadata"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return start(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth, {},
                 ClientMetadata=CLIENT_METADATA)


@when(phrase("{name:Person} answers the custom challenge with the right answer and client metadata"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return answer(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth,
                  create_auth_challenge.ANSWER, ClientMetadata=CLIENT_METADATA)


@when(phrase("{name:Person} signs in with CUSTOM_AUTH, starting with SRP_A"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return start_with_srp(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth)


def answer_password_verifier(cognito, app_client, person, state: CustomAuth) -> Outcome:
    last = state.rounds[-1] if state.rounds else None
    if last is None or not last.ok or (last.response or {}).get("ChallengeName") != "PASSWORD_VERIFIER":
        return last or Outcome("RespondToAuthChallenge", error_code="NoChallenge")
    proof = state.srp.process_challenge(last.response["ChallengeParameters"], state.srp_params)
    proof = {k: v for k, v in proof.items() if k != "USERNAME"}
    return respond(cognito, app_client, person, state, "PASSWORD_VERIFIER", proof)


def start_with_srp(cognito, app_client, person, state: CustomAuth) -> Outcome:
    srp = auth.srp_for(cognito, app_client, person.username, person.password)
    params = srp.get_auth_params()
    state.srp, state.srp_params = srp, params
    return start(cognito, app_client, person, state, {"CHALLENGE_NAME": "SRP_A", "SRP_A": params["SRP_A"]})


@when(phrase("{name:Person} answers the password verifier"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return answer_password_verifier(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth)


#: How many challenges a walk through a custom sign-in answers at most before it stops.
MAX_ROUNDS = 6


@when(phrase("{name:Person} signs in with CUSTOM_AUTH from SRP_A, answering the password verifier and the custom "
             "challenge until Cognito issues tokens or asks for something else"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    person, state = cognito_people[name], cognito_custom_auth
    outcome = start_with_srp(cognito, cognito_app_client, person, state)
    for _ in range(MAX_ROUNDS):
        challenge = (outcome.response or {}).get("ChallengeName") if outcome.ok else None
        if challenge == "PASSWORD_VERIFIER":
            outcome = answer_password_verifier(cognito, cognito_app_client, person, state)
        elif challenge == CUSTOM:
            outcome = answer(cognito, cognito_app_client, person, state, create_auth_challenge.ANSWER)
        else:
            break
    return outcome


@when(parsers.re(r"(?P<name>[A-Z][a-z]+) answers the custom challenge with the right answer"
                 r"(?P<again>(?: again)?)"), target_fixture="cognito_outcome")
def _(name, again, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    return answer(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth, create_auth_challenge.ANSWER)


@when(parsers.re(r"(?P<name>[A-Z][a-z]+) answers the custom challenge with a wrong answer"
                 r"(?P<times>(?: (?:two|three) times)?)"), target_fixture="cognito_outcome")
def _(name, times, cognito_people, cognito, cognito_app_client, cognito_custom_auth):
    count = {"": 1, " two times": 2, " three times": 3}[times]
    outcome = None
    for _ in range(count):
        outcome = answer(cognito, cognito_app_client, cognito_people[name], cognito_custom_auth, WRONG_ANSWER)
    return outcome


# --- Thens ------------------------------------------------------------------------------------------

@then(phrase("the challenge carries the question the CreateAuthChallenge function set for round {round_:d}"))
def _(round_, cognito_outcome):
    assert cognito_outcome.ok and (cognito_outcome.response or {}).get("ChallengeName") == CUSTOM, \
        f"expected a CUSTOM_CHALLENGE, got {cognito_outcome.describe()}"
    parameters = cognito_outcome.response.get("ChallengeParameters") or {}
    expected = create_auth_challenge.QUESTION.format(round=round_)
    assert parameters.get("question") == expected, f"the ChallengeParameters are {parameters}, expected the " \
                                                   f"question {expected!r}"
    private = create_auth_challenge.ANSWER
    assert private not in {str(v) for v in parameters.values()}, "the private challenge parameter reached the app"


@then(parsers.re(r"the (?P<trigger>DefineAuthChallenge|CreateAuthChallenge) trigger saw the session for "
                 r"(?P<name>[A-Z][a-z]+)"))
def _(trigger, name, datatable, cognito_triggers, cognito_user_pool, cognito_people):
    """Some event of the trigger for this person shows exactly these session entries (challengeName,
    challengeResult, and challengeMetadata where the table has that column), in order."""
    header, *rows = datatable
    expected = [dict(zip(header, row)) for row in rows]
    person = cognito_people[name]

    def shown(entry: dict) -> dict:
        got = {"challengeName": entry.get("challengeName"), "challengeResult": str(entry.get("challengeResult")).lower()}
        if "challengeMetadata" in header:
            got["challengeMetadata"] = str(entry.get("challengeMetadata") or "")
        return got

    def sessions(found):
        return [[shown(entry) for entry in (e.request.get("session") or []) if isinstance(entry, dict)]
                for e in found if is_for(e, person)]

    found = cognito_triggers.events(cognito_user_pool.id, trigger, until=lambda found: expected in sessions(found))
    seen = sessions(found)
    assert expected in seen, f"no {trigger} event for {name} showed the session {expected}; they showed {seen}"


@then(phrase("the VerifyAuthChallengeResponse trigger received {name:Person}'s answer and the private challenge parameters"))
def _(name, cognito_triggers, cognito_user_pool, cognito_people, cognito_custom_auth):
    person = cognito_people[name]
    given = cognito_custom_auth.answers[-1] if cognito_custom_auth.answers else None
    found = [e for e in cognito_triggers.events(cognito_user_pool.id, VERIFY_AUTH_CHALLENGE_RESPONSE)
             if is_for(e, person) and e.request.get("challengeAnswer") == given]
    assert found, f"no VerifyAuthChallengeResponse event for {name} carries the answer {name} gave"
    private = found[-1].request.get("privateChallengeParameters")
    assert private == {"answer": create_auth_challenge.ANSWER}, \
        f"request.privateChallengeParameters is {private!r}, the CreateAuthChallenge function set " \
        f"{{'answer': ...}}"


@then("each answer came back with a new session")
def _(cognito_custom_auth):
    sessions = [(o.response or {}).get("Session") for o in cognito_custom_auth.rounds
                if o.ok and (o.response or {}).get("ChallengeName")]
    assert len(sessions) >= 2, f"the scenario needs two challenges to compare; it had {len(sessions)}"
    assert all(sessions), "a challenge came back without a Session"
    repeated = len(sessions) - len(set(sessions))
    assert not repeated, f"{repeated} of {len(sessions)} challenges came back with a session given before"


@then(phrase("the sign-in fails without tokens"))
def _(cognito_outcome):
    assert not cognito_outcome.ok, f"expected the sign-in to fail, got {cognito_outcome.describe()}"
    assert not cognito_outcome.result


@then(phrase("the {trigger:Trigger} trigger received {count:d} events for {name:Person}"))
def _(trigger, count, name, cognito_triggers, cognito_user_pool, cognito_people):
    person = cognito_people[name]

    def mine(found):
        return [e for e in found if is_for(e, person)]

    if count:
        found = mine(cognito_triggers.events(cognito_user_pool.id, trigger, until=lambda f: len(mine(f)) >= count))
    else:  # nothing to wait for: read once the deployment's settle time has passed
        found = mine(cognito_triggers.events(cognito_user_pool.id, trigger))
    assert len(found) == count, f"the {trigger} trigger received {len(found)} events for {name}, expected {count}"

