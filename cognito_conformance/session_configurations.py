"""The pools and app clients of issue 13's scenarios: revocation, rotation, auth sessions, temporary
passwords, remembered devices and choice-based sign-in.

Each is a configuration real Cognito accepts (the validity checker scans this module): token
revocation on or off, refresh-token rotation with a RetryGracePeriodSeconds of 0-60, AuthSessionValidity
3-15 minutes, only ``ALLOW_*`` flows, ``ALLOW_USER_AUTH`` only in an ESSENTIALS pool with a sign-in
policy, no read or write attributes outside the pool's schema (none are named, so the defaults hold).
"""

from __future__ import annotations

from .pools import ALL_USER_FLOWS, STRICT_PASSWORD_POLICY, ClientSpec, PoolSpec

#: The grace period of the rotating client that keeps the old refresh token for a while.
GRACE_SECONDS = 10
#: The auth session's lifetime of the client whose challenges time out (the documented minimum).
AUTH_SESSION_MINUTES = 3
#: How long the sessions pool's temporary passwords last.
TEMPORARY_PASSWORD_DAYS = 1

#: A rotating client's flows: the Developer Guide asks that REFRESH_TOKEN_AUTH be disabled where refresh
#: tokens rotate (rule 'rotation-without-refresh-token-auth'); refreshes go through GetTokensFromRefreshToken.
ROTATING_FLOWS = tuple(flow for flow in ALL_USER_FLOWS if flow != "ALLOW_REFRESH_TOKEN_AUTH")

#: The pool's ordinary client ("app", as in every pool): revokes tokens, does not rotate them.
_REVOKING = ClientSpec("app", ALL_USER_FLOWS)

#: Clients by the sentence that asks for them ("Given the app client <...>").
SESSION_CLIENTS = {
    "revokes tokens": _REVOKING,
    "does not revoke tokens": ClientSpec("not revoking", ALL_USER_FLOWS, revokes_tokens=False),
    "does not rotate refresh tokens": _REVOKING,
    "rotates refresh tokens with no grace period": ClientSpec("rotating", ROTATING_FLOWS, rotation_grace_seconds=0),
    f"rotates refresh tokens with a grace period of {GRACE_SECONDS} seconds":
        ClientSpec("rotating with grace", ROTATING_FLOWS, rotation_grace_seconds=GRACE_SECONDS),
    f"gives {AUTH_SESSION_MINUTES} minutes to answer a challenge":
        ClientSpec("three-minute sessions", ALL_USER_FLOWS, auth_session_minutes=AUTH_SESSION_MINUTES),
}

SESSIONS_POOL = PoolSpec(
    key="sessions",
    clients=tuple(dict.fromkeys(SESSION_CLIENTS.values())),
    password_policy=tuple((name, TEMPORARY_PASSWORD_DAYS if name == "TemporaryPasswordValidityDays" else value)
                          for name, value in STRICT_PASSWORD_POLICY),
)

#: Devices are remembered only when the user agrees (UpdateDeviceStatus), and a remembered device
#: stands in for MFA; software-token MFA is optional so that the MFA a device skips exists.
DEVICES_POOL = PoolSpec(
    key="remembered devices",
    #: Its client states no EnableTokenRevocation, so that a profile can check the API's default.
    clients=(ClientSpec("app", ALL_USER_FLOWS, revokes_tokens=None),),
    mfa="OPTIONAL",
    totp=True,
    device_configuration=(("ChallengeRequiredOnNewDevice", True), ("DeviceOnlyRememberedOnUserPrompt", True)),
)

#: Choice-based sign-in with the password as the only first factor. Email and SMS one-time passwords
#: and passkeys have pools of their own below (they need Amazon SES, SNS or a relying party).
CHOICE_FLOWS = ("ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
CHOICE_POOL = PoolSpec(
    key="choice-based sign-in",
    clients=(ClientSpec("choice", CHOICE_FLOWS),),
    tier="ESSENTIALS",
    first_auth_factors=("PASSWORD",),
)

#: Choice-based sign-in with a one-time password as a first factor. Cognito emails the code through
#: the run's verified Amazon SES identity (EmailConfiguration DEVELOPER: env.py ses_source_arn), and
#: texts it through Amazon SNS (the pool's SMS configuration: env.py sms_role_arn); without the setting
#: the scenario skips naming it. The password stays allowed, so the pool is not passwordless only.
EMAIL_OTP_POOL = PoolSpec(
    key="email one-time passwords",
    clients=(ClientSpec("choice", CHOICE_FLOWS),),
    tier="ESSENTIALS",
    first_auth_factors=("PASSWORD", "EMAIL_OTP"),
    email_via_ses=True,
)
SMS_OTP_POOL = PoolSpec(
    key="sms one-time passwords",
    clients=(ClientSpec("choice", CHOICE_FLOWS),),
    tier="ESSENTIALS",
    first_auth_factors=("PASSWORD", "SMS_OTP"),
    sms=True,
)
#: The one-time-password pools by the words that ask for them, and the factor each allows.
OTP_POOLS = {"email": (EMAIL_OTP_POOL, "EMAIL_OTP"), "SMS": (SMS_OTP_POOL, "SMS_OTP")}

#: Choice-based sign-in with passkeys allowed as a first factor. Passkeys also need a relying party:
#: SetUserPoolMfaConfig WebAuthnConfiguration with RelyingPartyId, "typically your user pool domain", so
#: the pool gets a prefix domain of its own (steps/passkeys.py) and that domain's host is the relying party.
PASSKEY_POOL = PoolSpec(
    key="passkeys",
    clients=(ClientSpec("choice", CHOICE_FLOWS),),
    tier="ESSENTIALS",
    first_auth_factors=("PASSWORD", "WEB_AUTHN"),
)
#: Passkeys with user verification preferred, not required (UserVerification: required | preferred).
PASSKEY_USER_VERIFICATION = "preferred"
