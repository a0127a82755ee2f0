"""The remembered-device flow's calls (cognito_conformance.devices) against a scripted Cognito: the device
key goes with the sign-in, each challenge's Session is passed on, and the device challenges are
answered with the device's key and an SRP proof. The SRP maths itself is pycognito's."""

from __future__ import annotations

import base64

from pycognito.aws_srp import G_HEX, N_HEX, hex_to_long, long_to_hex

from cognito_conformance import devices
from cognito_conformance.pools import AppClient, ClientSpec

SRP_B = long_to_hex(pow(hex_to_long(G_HEX), 123456789, hex_to_long(N_HEX)))
SRP_PARAMETERS = {"SALT": "a1b2c3", "SRP_B": SRP_B, "SECRET_BLOCK": base64.b64encode(b"block").decode()}


class ScriptedCognito:
    """Answers InitiateAuth and each challenge in turn, and records what it was sent."""

    def __init__(self, challenges):
        self.calls = []
        self._answers = iter(challenges)

    def initiate_auth(self, **params):
        self.calls.append(("InitiateAuth", params))
        return next(self._answers)

    def respond_to_auth_challenge(self, **params):
        self.calls.append(("RespondToAuthChallenge", params))
        return next(self._answers)

    def confirm_device(self, **params):
        self.calls.append(("ConfirmDevice", params))
        return {"UserConfirmationNecessary": True}


CLIENT = AppClient("us-east-1_pool", "client-id", ClientSpec("app"))
DEVICE = devices.Device("us-east-1_0000-aaaa", "-group", "device-password")


def test_a_remembered_device_answers_both_device_challenges_passing_each_session_on():
    cognito = ScriptedCognito([
        {"ChallengeName": "PASSWORD_VERIFIER", "Session": "s1",
         "ChallengeParameters": {**SRP_PARAMETERS, "USER_ID_FOR_SRP": "alice"}},
        {"ChallengeName": "DEVICE_SRP_AUTH", "Session": "s2", "ChallengeParameters": {"USERNAME": "alice"}},
        {"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "Session": "s3",
         "ChallengeParameters": {**SRP_PARAMETERS, "USERNAME": "alice"}},
        {"AuthenticationResult": {"AccessToken": "a", "IdToken": "i", "RefreshToken": "r"}},
    ])
    outcome = devices.sign_in(cognito, CLIENT, "alice", "password", DEVICE)
    assert outcome.ok and outcome.result["AccessToken"] == "a"
    assert devices.challenges_seen(outcome) == ["PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"]
    (_, start), *answers = cognito.calls
    assert start["AuthFlow"] == "USER_SRP_AUTH" and start["AuthParameters"]["DEVICE_KEY"] == DEVICE.key
    assert [a["ChallengeName"] for _, a in answers] == ["PASSWORD_VERIFIER", "DEVICE_SRP_AUTH",
                                                       "DEVICE_PASSWORD_VERIFIER"]
    assert [a["Session"] for _, a in answers] == ["s1", "s2", "s3"]
    srp_auth, verifier = answers[1][1]["ChallengeResponses"], answers[2][1]["ChallengeResponses"]
    assert srp_auth["DEVICE_KEY"] == DEVICE.key and srp_auth["SRP_A"]
    assert verifier["DEVICE_KEY"] == DEVICE.key and verifier["PASSWORD_CLAIM_SIGNATURE"]
    assert verifier["PASSWORD_CLAIM_SECRET_BLOCK"] == SRP_PARAMETERS["SECRET_BLOCK"]


def test_another_challenge_stops_the_device_flow_for_the_caller():
    cognito = ScriptedCognito([
        {"ChallengeName": "PASSWORD_VERIFIER", "Session": "s1",
         "ChallengeParameters": {**SRP_PARAMETERS, "USER_ID_FOR_SRP": "alice"}},
        {"ChallengeName": "SOFTWARE_TOKEN_MFA", "Session": "s2", "ChallengeParameters": {}},
    ])
    outcome = devices.sign_in(cognito, CLIENT, "alice", "password", DEVICE)
    assert outcome.response["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    assert len(cognito.calls) == 2


def test_confirming_a_device_sends_a_verifier_and_salt_and_keeps_the_device_password():
    cognito = ScriptedCognito([])
    device = devices.Device("us-east-1_0000-bbbb", "-group")
    outcome = devices.confirm(cognito, "access-token", device)
    assert outcome.ok and device.password
    (_, params), = cognito.calls
    config = params["DeviceSecretVerifierConfig"]
    assert params["DeviceKey"] == device.key
    assert base64.b64decode(config["PasswordVerifier"]) and base64.b64decode(config["Salt"])
    assert device.password not in str(params)


def test_new_device_metadata_becomes_a_device_and_its_absence_none():
    assert devices.from_metadata({"NewDeviceMetadata": {"DeviceKey": "k", "DeviceGroupKey": "g"}}) == \
        devices.Device("k", "g")
    assert devices.from_metadata({}) is None
