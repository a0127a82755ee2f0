"""Choice-based sign-in (USER_AUTH): a preferred challenge, SELECT_CHALLENGE, GetUserAuthFactors, and passkeys."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance.auth import srp_for
from cognito_conformance.outcome import attempt, refused
from cognito_conformance import secret_hash
from cognito_conformance.token_kinds import ACCESS

from .common import expect_ok
from .grammar import phrase


def start_user_auth(cognito, client, person, preferred: str | None = None):
    params = {"USERNAME": person.username}
    if preferred:
        params["PREFERRED_CHALLENGE"] = preferred
        if preferred == "PASSWORD":
            params["PASSWORD"] = person.password
    outcome = attempt("InitiateAuth", cognito.initiate_auth, AuthFlow="USER_AUTH",
                      AuthParameters={**params, **secret_hash.for_client(client, person.username)}, ClientId=client.id)
    outcome.flow = "USER_AUTH"
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@when(phrase("{name:Person} signs in with USER_AUTH preferring {challenge:w}"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito, cognito_app_client):
    return start_user_auth(cognito, cognito_app_client, cognito_people[name], challenge)


@given(phrase("{name:Person} has signed in with USER_AUTH preferring {challenge:w}"))
def _(name, challenge, cognito_people, cognito, cognito_app_client):
    outcome = start_user_auth(cognito, cognito_app_client, cognito_people[name], challenge)
    expect_ok(outcome, f"{name} signs in with USER_AUTH preferring {challenge}")
    assert ACCESS.of(outcome.result), f"USER_AUTH preferring {challenge} gave no tokens: {outcome.describe()}"


@when(phrase("{name:Person} starts signing in with USER_AUTH without a preference"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    return start_user_auth(cognito, cognito_app_client, cognito_people[name])


@then(phrase("Cognito offers {challenges} to choose from"))
def _(challenges, cognito_outcome):
    assert cognito_outcome.ok, f"USER_AUTH failed: {cognito_outcome.describe()}"
    wanted = {c.strip() for c in challenges.replace(" and ", ", ").split(",")}
    offered = set(cognito_outcome.response.get("AvailableChallenges") or [])
    assert wanted <= offered, f"AvailableChallenges is {sorted(offered)}"
    assert cognito_outcome.response.get("Session"), "the answer carries no Session to answer with"


@when(phrase("{name:Person} chooses PASSWORD and gives the password"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_outcome):
    person = cognito_people[name]
    session = (cognito_outcome.response or {}).get("Session")
    assert session, f"there is no SELECT_CHALLENGE to answer: {cognito_outcome.describe()}"
    answers = {"USERNAME": person.username, "ANSWER": "PASSWORD", "PASSWORD": person.password,
               **secret_hash.for_client(cognito_app_client, person.username)}
    answer = attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=cognito_app_client.id,
                     ChallengeName="SELECT_CHALLENGE", ChallengeResponses=answers,
                     Session=session)
    if answer.result:
        person.keep_tokens(answer.result)
    return answer


@when(phrase("{name:Person} asks which sign-in factors she has"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return attempt("GetUserAuthFactors", cognito.get_user_auth_factors, AccessToken=cognito_people[name].access_token)


@then(phrase("the factors include {factor:w}"))
def _(factor, cognito_outcome):
    assert cognito_outcome.ok, f"GetUserAuthFactors failed: {cognito_outcome.describe()}"
    factors = cognito_outcome.response.get("ConfiguredUserAuthFactors") or []
    assert factor in factors, f"ConfiguredUserAuthFactors is {factors}"


@when(phrase("{name:Person} starts registering a passkey"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return attempt("StartWebAuthnRegistration", cognito.start_web_authn_registration,
                   AccessToken=cognito_people[name].access_token)


@then(phrase("the sign-in gives neither tokens nor an {challenge:w} challenge"))
def _(challenge, cognito_outcome):
    assert refused(cognito_outcome) or cognito_outcome.ok, f"the call failed without a refusal: {cognito_outcome.describe()}"
    assert not cognito_outcome.result, "the sign-in with a factor the pool does not allow gave tokens"
    assert (cognito_outcome.response or {}).get("ChallengeName") != challenge, f"Cognito answered with {challenge}"


@when(phrase("{name:Person} signs in with USER_AUTH preferring PASSWORD_SRP and proves the password"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    """InitiateAuth USER_AUTH with PREFERRED_CHALLENGE PASSWORD_SRP and SRP_A, then the PASSWORD_VERIFIER answer
    computed by the suite's SRP helper (pycognito), as for USER_SRP_AUTH."""
    person, client = cognito_people[name], cognito_app_client
    srp = srp_for(cognito, client, person.username, person.password)
    params = srp.get_auth_params()  # USERNAME, SRP_A and, for a client with a secret, SECRET_HASH
    first = attempt("InitiateAuth", cognito.initiate_auth, AuthFlow="USER_AUTH", ClientId=client.id,
                    AuthParameters={**params, "PREFERRED_CHALLENGE": "PASSWORD_SRP"})
    first.flow = "USER_AUTH"
    if not first.ok or first.response.get("ChallengeName") != "PASSWORD_VERIFIER":
        return first
    answers = srp.process_challenge(first.response["ChallengeParameters"], params)
    session = {"Session": first.response["Session"]} if first.response.get("Session") else {}
    answer = attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=client.id,
                     ChallengeName="PASSWORD_VERIFIER", ChallengeResponses=answers, **session)
    answer.steps.append(first)
    if answer.result:
        person.keep_tokens(answer.result)
    return answer
