"""Remembered devices: confirming a device with its SRP verifier, and signing in with it.

The SRP maths is pycognito's (``pycognito.aws_srp``): ``generate_hash_device`` makes the device's
password, salt and verifier for ConfirmDevice, and ``AWSSRP.process_challenge`` /
``process_device_challenge`` answer PASSWORD_VERIFIER and DEVICE_PASSWORD_VERIFIER. Only the calls
are made here, each captured as an Outcome, and with the Session passed on from challenge to
challenge (pycognito's own ``authenticate_user`` does not pass it on).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pycognito.aws_srp import AWSSRP, generate_hash_device, long_to_hex

from . import secret_hash
from . import srp_arithmetic  # noqa: F401  (pycognito's powers by GMP)
from .outcome import Outcome, attempt
from .pools import AppClient


@dataclass
class Device:
    """A device Cognito handed out (NewDeviceMetadata), and the password the app keeps for it."""

    key: str
    group_key: str
    password: str | None = field(default=None, repr=False)


def from_metadata(result: dict) -> Device | None:
    """The device of an AuthenticationResult's NewDeviceMetadata, or None when it has none."""
    metadata = result.get("NewDeviceMetadata") or {}
    if not metadata.get("DeviceKey"):
        return None
    return Device(metadata["DeviceKey"], metadata.get("DeviceGroupKey", ""))


def confirm(cognito, access_token: str, device: Device, name: str = "cognito-conformance") -> Outcome:
    """ConfirmDevice with a verifier made for a fresh device password (kept on ``device``)."""
    password, verifier = generate_hash_device(device.group_key, device.key)
    outcome = attempt("ConfirmDevice", cognito.confirm_device, AccessToken=access_token, DeviceKey=device.key,
                      DeviceSecretVerifierConfig=verifier, DeviceName=name)
    if outcome.ok:
        device.password = password
    return outcome


def _respond(cognito, client: AppClient, challenge: str, answers: dict, session: str | None) -> Outcome:
    extra = {"Session": session} if session else {}
    return attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=client.id,
                   ChallengeName=challenge, ChallengeResponses=answers, **extra)


def sign_in(cognito, client: AppClient, username: str, password: str, device: Device) -> Outcome:
    """USER_SRP_AUTH with the device's key; a device challenge is answered with the device's secret.

    The outcome is the last call's; ``steps`` holds the earlier ones, so a Then can see which
    challenges Cognito asked for.
    """
    srp = AWSSRP(username=username, password=password, pool_id=client.pool_id, client_id=client.id,
                 client=cognito, client_secret=client.secret, device_key=device.key,
                 device_group_key=device.group_key, device_password=device.password or "")
    params = srp.get_auth_params()
    calls = [attempt("InitiateAuth", cognito.initiate_auth, AuthFlow="USER_SRP_AUTH", AuthParameters=params,
                     ClientId=client.id)]
    while calls[-1].ok and (challenge := calls[-1].response.get("ChallengeName")):
        response = calls[-1].response
        session = response.get("Session")
        if challenge == "PASSWORD_VERIFIER":
            answer = _respond(cognito, client, challenge, srp.process_challenge(response["ChallengeParameters"],
                                                                                params), session)
        elif challenge == "DEVICE_SRP_AUTH":
            answers = {"USERNAME": response["ChallengeParameters"].get("USERNAME", username),
                       "DEVICE_KEY": device.key, "SRP_A": long_to_hex(srp.large_a_value)}
            answers.update(secret_hash.for_client(client, answers["USERNAME"]))
            answer = _respond(cognito, client, challenge, answers, session)
        elif challenge == "DEVICE_PASSWORD_VERIFIER":
            answer = _respond(cognito, client, challenge,
                              srp.process_device_challenge(response["ChallengeParameters"]), session)
        else:  # another challenge (MFA, a new password): the caller sees it
            break
        calls.append(answer)
    last = calls[-1]
    last.steps = calls[:-1]
    last.flow = "USER_SRP_AUTH"
    return last


def challenges_seen(outcome: Outcome) -> list[str]:
    """The challenges Cognito asked for on the way to ``outcome`` (and in it)."""
    return [step.response.get("ChallengeName") for step in [*outcome.steps, outcome]
            if step.ok and step.response.get("ChallengeName")]
