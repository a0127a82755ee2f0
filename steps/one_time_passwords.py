"""Choice-based sign-in with a one-time password (USER_AUTH preferring EMAIL_OTP or SMS_OTP): the pools
that send the codes, and the answer with the code Cognito delivered (from the run's code source)."""

from __future__ import annotations

from pytest_bdd import given, when

from cognito_conformance import secret_hash
from cognito_conformance.existing_pool import require
from cognito_conformance.outcome import attempt
from cognito_conformance.session_configurations import OTP_POOLS

from .grammar import phrase
from .signup import delivered_code
from .user_pools import provision

#: The code each challenge asks for, and the purpose the code source is asked for it by.
ANSWERS = {"EMAIL_OTP": ("EMAIL_OTP_CODE", "sign_in_email_otp"), "SMS_OTP": ("SMS_OTP_CODE", "sign_in_sms_otp")}


@given(phrase("a user pool where users may sign in with a code sent by {medium}"), target_fixture="cognito_user_pool")
def _(medium, cognito_provisioner, cognito):
    spec, factor = OTP_POOLS[medium]
    pool = provision(cognito_provisioner, spec)
    if pool.existing:
        described = cognito.describe_user_pool(UserPoolId=pool.id)["UserPool"]
        factors = described.get("Policies", {}).get("SignInPolicy", {}).get("AllowedFirstAuthFactors") or []
        require(factor in factors, pool, f"user pool {pool.id} has SignInPolicy.AllowedFirstAuthFactors "
                                         f"{factors} (the scenario needs {factor})")
    return pool


@when(phrase("{name:Person} answers with the one-time password Cognito sent"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_code_source, cognito_outcome):
    person, client = cognito_people[name], cognito_app_client
    challenge = (cognito_outcome.response or {}).get("ChallengeName")
    assert challenge in ANSWERS, f"there is no one-time-password challenge to answer: {cognito_outcome.describe()}"
    key, purpose = ANSWERS[challenge]
    cognito_scenario_notes[name].deliveries[purpose] = cognito_outcome.response
    code = delivered_code(cognito_code_source, person, cognito_scenario_notes[name], purpose)
    answers = {"USERNAME": person.username, key: code, **secret_hash.for_client(client, person.username)}
    answer = attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=client.id,
                     ChallengeName=challenge, ChallengeResponses=answers,
                     Session=cognito_outcome.response["Session"])
    answer.steps.append(cognito_outcome)
    if answer.result:
        person.keep_tokens(answer.result)
    return answer
