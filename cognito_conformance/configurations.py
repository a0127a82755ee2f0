"""The pool configurations the scenarios need, by name.

The standard pool has one app client per sign-in policy a scenario talks about, so that
every chapter-1 scenario shares a single pool (one CreateUserPool per run and worker).
"""

from dataclasses import replace

from .pools import ALL_USER_FLOWS, ClientSpec, Lifetime, PoolSpec
from .triggers import (CREATE_AUTH_CHALLENGE, CUSTOM_MESSAGE, DEFINE_AUTH_CHALLENGE, PRE_SIGN_UP, PRE_TOKEN_GENERATION,
                       VERIFY_AUTH_CHALLENGE_RESPONSE, TriggerSet)

#: The custom attributes of the standard pool, and of the other pools (PoolSpec's default).
STANDARD_CUSTOM = (("oshi", "String"), ("level", "Number"))
OTHER_CUSTOM = (("oshi", "String"),)


def readable(custom: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """What an app client reads in a pool with these custom attributes: only attributes it has."""
    return ("email", "email_verified", "name", *(f"custom:{name}" for name, _ in custom))


def writable(custom: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return ("email", "name", *(f"custom:{name}" for name, _ in custom))


READABLE = readable(STANDARD_CUSTOM)
WRITABLE = writable(STANDARD_CUSTOM)


def _lifetimes(key: str, id_: str, access: str, refresh: str) -> ClientSpec:
    """An app client that issues tokens with these lifetimes."""
    lifetimes = (("id", Lifetime.parse(id_)), ("access", Lifetime.parse(access)),
                 ("refresh", Lifetime.parse(refresh)))
    return ClientSpec(key, ALL_USER_FLOWS, read_attributes=READABLE, write_attributes=WRITABLE,
                      lifetimes=lifetimes)


#: App clients with other token lifetimes, in each unit a client can state them in.
LIFETIME_CLIENTS = (
    _lifetimes("minutes", "10 minutes", "5 minutes", "60 minutes"),
    _lifetimes("hours", "2 hours", "3 hours", "12 hours"),
    _lifetimes("days", "1 day", "1 day", "3650 days"),
)

STANDARD_POOL = PoolSpec(
    key="standard",
    clients=(
        ClientSpec("app", ALL_USER_FLOWS, read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("confidential", ALL_USER_FLOWS, secret=True, read_attributes=READABLE,
                   write_attributes=WRITABLE),
        ClientSpec("srp only", ("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                   read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("user password only", ("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                   read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("admin password only", ("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                   read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("no custom write", ALL_USER_FLOWS, read_attributes=READABLE,
                   write_attributes=("email", "name")),
        ClientSpec("hides users", ALL_USER_FLOWS, read_attributes=READABLE, write_attributes=WRITABLE,
                   hides_users=True),
        *LIFETIME_CLIENTS,
    ),
    custom_attributes=STANDARD_CUSTOM,
    groups=("admins",),
)

#: Which app client allows only a given flow (besides refreshing).
CLIENT_ALLOWING_ONLY = {
    "USER_SRP_AUTH": "srp only",
    "USER_PASSWORD_AUTH": "user password only",
    "ADMIN_USER_PASSWORD_AUTH": "admin password only",
}


def _app_client(custom: tuple[tuple[str, str], ...]) -> ClientSpec:
    """The one app client of a pool that is not the standard pool: it names only the pool's attributes."""
    return ClientSpec("app", ALL_USER_FLOWS, read_attributes=readable(custom), write_attributes=writable(custom))


def _mfa_pool(key: str, mfa: str, totp: bool = False, sms: bool = False) -> PoolSpec:
    return PoolSpec(key=key, clients=(_app_client(OTHER_CUSTOM),), custom_attributes=OTHER_CUSTOM,
                    mfa=mfa, totp=totp, sms=sms)


#: Pools by how the scenarios name them ("Given a user pool where MFA is optional").
MFA_POOLS = {
    "optional": _mfa_pool("mfa optional", "OPTIONAL", totp=True),
    "required": _mfa_pool("mfa required", "ON", totp=True),
    "optional by SMS": _mfa_pool("sms mfa", "OPTIONAL", sms=True),
}

#: A pool that keeps an email address's old value until the new one is verified.
VERIFY_BEFORE_UPDATE_POOL = PoolSpec(
    key="verify before update",
    clients=(_app_client(OTHER_CUSTOM),),
    custom_attributes=OTHER_CUSTOM,
    verify_before_update=("email",),
)


def trigger_pool(triggers: TriggerSet) -> PoolSpec:
    """A pool with the suite's trigger functions (issue 22): the app client and one that hides users
    (PreventUserExistenceErrors ENABLED, which decides what PreAuthentication and Define see for an
    unknown user). Equal trigger sets share one pool.

    A pool with a custom message trigger sends email through the run's Amazon SES identity
    (EmailSendingAccount DEVELOPER): the Developer Guide's custom message page gives a function's
    emailMessage and emailSubject to such pools only (shared/TRIGGERS.md 1.4: InvalidLambdaResponseException
    where EmailSendingAccount is not DEVELOPER), so the suite's function may answer them."""
    return PoolSpec(key=f"triggers {triggers.key}", email_via_ses=CUSTOM_MESSAGE in triggers.triggers,
                    clients=(_app_client(OTHER_CUSTOM),
                             ClientSpec("hides users", ALL_USER_FLOWS, read_attributes=readable(OTHER_CUSTOM),
                                        write_attributes=writable(OTHER_CUSTOM), hides_users=True)),
                    custom_attributes=OTHER_CUSTOM, triggers=triggers)


# --- pre token generation, custom authentication, custom senders (issue 22) ---

#: The group the pre token generation pools have, for the scenarios about cognito:groups.
PRE_TOKEN_GROUP = "readers"
#: The feature plan a pool needs for PreTokenGenerationConfig V2_0 and V3_0 (Developer Guide, "Pre token
#: generation Lambda trigger": "In user pools with the Essentials or Plus feature plan, you can generate the
#: version two ... and the version three ... trigger event"); validity rule "pre-token-feature-plan".
PRE_TOKEN_TIERS = {"V2_0": "ESSENTIALS", "V3_0": "ESSENTIALS"}


def pre_token_pool(version: str | None) -> PoolSpec:
    """A pool with the suite's PreTokenGeneration function and one group: through the legacy
    ``PreTokenGeneration`` ARN (version None, a V1_0 event) or ``PreTokenGenerationConfig`` with that
    LambdaVersion, on the feature plan the version needs."""
    triggers = TriggerSet((PRE_TOKEN_GENERATION,), pre_token_version=version)
    return PoolSpec(key=f"pre token generation {version or 'legacy'}", clients=(_app_client(OTHER_CUSTOM),),
                    custom_attributes=OTHER_CUSTOM, groups=(PRE_TOKEN_GROUP,), triggers=triggers,
                    tier=PRE_TOKEN_TIERS.get(version or ""))


#: The app client flows of the custom authentication pool: every flow the standard pool allows, and CUSTOM_AUTH.
CUSTOM_AUTH_FLOWS = (*ALL_USER_FLOWS, "ALLOW_CUSTOM_AUTH")

#: A pool with the three custom authentication triggers: "app" allows CUSTOM_AUTH, "no custom auth" does not,
#: "hides users" allows it with PreventUserExistenceErrors ENABLED.
CUSTOM_AUTH_POOL = PoolSpec(
    key="custom authentication",
    clients=(ClientSpec("app", CUSTOM_AUTH_FLOWS, read_attributes=readable(OTHER_CUSTOM),
                        write_attributes=writable(OTHER_CUSTOM)),
             ClientSpec("no custom auth", ALL_USER_FLOWS, read_attributes=readable(OTHER_CUSTOM),
                        write_attributes=writable(OTHER_CUSTOM)),
             ClientSpec("hides users", CUSTOM_AUTH_FLOWS, read_attributes=readable(OTHER_CUSTOM),
                        write_attributes=writable(OTHER_CUSTOM), hides_users=True)),
    custom_attributes=OTHER_CUSTOM,
    triggers=TriggerSet((DEFINE_AUTH_CHALLENGE, CREATE_AUTH_CHALLENGE, VERIFY_AUTH_CHALLENGE_RESPONSE)),
)


def pre_token_hosted_ui_pool() -> PoolSpec:
    """A pool on the Essentials plan with a hosted UI's public code-flow client ("app") and the suite's
    PreTokenGeneration function as V3_0, the version that reaches client-credentials grants; the hosted-UI
    fixture adds the resource server, the machine client and the domain."""
    from .oauth_configurations import OAUTH_POOL

    triggers = TriggerSet((PRE_TOKEN_GENERATION,), pre_token_version="V3_0")
    return PoolSpec(key="pre token generation V3_0 hosted ui", clients=(OAUTH_POOL.client("app"),),
                    triggers=triggers, tier=PRE_TOKEN_TIERS["V3_0"])


#: Devices remembered when the user agrees ("User Opt-In"), no device challenge: the remembered-devices value
#: under which the post authentication event says whether the device is new.
USER_OPT_IN_DEVICES = (("ChallengeRequiredOnNewDevice", False), ("DeviceOnlyRememberedOnUserPrompt", True))


def trigger_pool_remembering_devices(triggers: TriggerSet) -> PoolSpec:
    """``trigger_pool`` that remembers devices when the user agrees (the Developer Guide's "User Opt-In"), so
    that a sign-in without device information is a sign-in on a new device."""
    spec = trigger_pool(triggers)
    return replace(spec, key=f"{spec.key} remembering devices", device_configuration=USER_OPT_IN_DEVICES)


def trigger_pool_requiring_sms_mfa(triggers: TriggerSet) -> PoolSpec:
    """``trigger_pool`` that requires MFA (MfaConfiguration ON) with SMS as its one factor, sent through the
    run's SNS caller role as the other SMS MFA pools are (SetUserPoolMfaConfig's SmsConfiguration): a sign-in
    of a user with a verified phone number texts an MFA code."""
    spec = trigger_pool(triggers)
    return replace(spec, key=f"{spec.key} requiring sms mfa", mfa="ON", sms=True)


#: The custom message pool that requires SMS MFA (CustomMessage_Authentication), at module level so that the
#: configuration-validity test finds and checks it.
CUSTOM_MESSAGE_SMS_MFA_POOL = trigger_pool_requiring_sms_mfa(TriggerSet((CUSTOM_MESSAGE,)))


def pre_sign_up_hosted_ui_pool() -> PoolSpec:
    """A pool with a hosted UI's public code-flow client ("app") and the suite's PreSignUp function, for a
    federated user's first sign-in (PreSignUp_ExternalProvider); the hosted-UI fixture adds the resource server,
    the machine client and the domain, the federation steps the identity provider and the client offering it."""
    from .oauth_configurations import OAUTH_POOL

    return PoolSpec(key="pre sign-up hosted ui", clients=(OAUTH_POOL.client("app"),),
                    triggers=TriggerSet((PRE_SIGN_UP,)))
