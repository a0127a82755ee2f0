"""Lambda triggers: the suite's own trigger functions, how they are wired to a pool, and how what they
received is read back (issue 22; shared/TRIGGERS.md is the measured reference).

* ``TRIGGERS``: the trigger names, which are the ``LambdaConfig`` keys of CreateUserPool (API
  ``LambdaConfigType``) and the names the handlers record themselves under.
* ``handlers/``: one stdlib-only module per trigger, ``handler(event, context)``; what each does is a
  pure function of the event, keyed on behaviour words at the front of the username (see
  ``handlers/common.py`` and each module's docstring).
* ``TriggerSet``: which triggers a pool carries (part of its ``PoolSpec``, so equal sets share a pool).
* ``deployment.Deployment``: the interface every implementation's way of running the functions
  provides (``lambda_deployment.LambdaDeployment`` on AWS, ministack and moto).

Plain Python, no pytest.
"""

from __future__ import annotations

from dataclasses import dataclass

PRE_SIGN_UP = "PreSignUp"
POST_CONFIRMATION = "PostConfirmation"
PRE_AUTHENTICATION = "PreAuthentication"
POST_AUTHENTICATION = "PostAuthentication"
PRE_TOKEN_GENERATION = "PreTokenGeneration"
USER_MIGRATION = "UserMigration"
CUSTOM_MESSAGE = "CustomMessage"
DEFINE_AUTH_CHALLENGE = "DefineAuthChallenge"
CREATE_AUTH_CHALLENGE = "CreateAuthChallenge"
VERIFY_AUTH_CHALLENGE_RESPONSE = "VerifyAuthChallengeResponse"
CUSTOM_EMAIL_SENDER = "CustomEmailSender"
CUSTOM_SMS_SENDER = "CustomSMSSender"

#: Every trigger the suite has a handler for, as LambdaConfig names it.
TRIGGERS = (PRE_SIGN_UP, POST_CONFIRMATION, PRE_AUTHENTICATION, POST_AUTHENTICATION, PRE_TOKEN_GENERATION,
            USER_MIGRATION, CUSTOM_MESSAGE, DEFINE_AUTH_CHALLENGE, CREATE_AUTH_CHALLENGE,
            VERIFY_AUTH_CHALLENGE_RESPONSE, CUSTOM_EMAIL_SENDER, CUSTOM_SMS_SENDER)
#: The triggers LambdaConfig names by a plain function ARN (API LambdaConfigType).
PLAIN_ARN = (PRE_SIGN_UP, POST_CONFIRMATION, PRE_AUTHENTICATION, POST_AUTHENTICATION, PRE_TOKEN_GENERATION,
             USER_MIGRATION, CUSTOM_MESSAGE, DEFINE_AUTH_CHALLENGE, CREATE_AUTH_CHALLENGE,
             VERIFY_AUTH_CHALLENGE_RESPONSE)
#: The custom sender triggers: a {LambdaArn, LambdaVersion: V1_0} structure, and the pool's KMSKeyID (D CS).
CUSTOM_SENDERS = (CUSTOM_EMAIL_SENDER, CUSTOM_SMS_SENDER)
#: PreTokenGenerationConfig.LambdaVersion values (API).
PRE_TOKEN_VERSIONS = ("V1_0", "V2_0", "V3_0")

#: The handler module of each trigger (cognito_conformance/triggers/handlers/<module>.py).
MODULES = {
    PRE_SIGN_UP: "pre_sign_up",
    POST_CONFIRMATION: "post_confirmation",
    PRE_AUTHENTICATION: "pre_authentication",
    POST_AUTHENTICATION: "post_authentication",
    PRE_TOKEN_GENERATION: "pre_token_generation",
    USER_MIGRATION: "user_migration",
    CUSTOM_MESSAGE: "custom_message",
    DEFINE_AUTH_CHALLENGE: "define_auth_challenge",
    CREATE_AUTH_CHALLENGE: "create_auth_challenge",
    VERIFY_AUTH_CHALLENGE_RESPONSE: "verify_auth_challenge_response",
    CUSTOM_EMAIL_SENDER: "custom_email_sender",
    CUSTOM_SMS_SENDER: "custom_sms_sender",
}

#: How a person names each trigger (the Developer Guide's page titles), for pool profiles.
PHRASES = {
    "pre sign-up": PRE_SIGN_UP,
    "post confirmation": POST_CONFIRMATION,
    "pre authentication": PRE_AUTHENTICATION,
    "post authentication": POST_AUTHENTICATION,
    "pre token generation": PRE_TOKEN_GENERATION,
    "migrate user": USER_MIGRATION,
    "custom message": CUSTOM_MESSAGE,
    "define auth challenge": DEFINE_AUTH_CHALLENGE,
    "create auth challenge": CREATE_AUTH_CHALLENGE,
    "verify auth challenge response": VERIFY_AUTH_CHALLENGE_RESPONSE,
    "custom email sender": CUSTOM_EMAIL_SENDER,
    "custom SMS sender": CUSTOM_SMS_SENDER,
}


def configured(lambda_config: dict) -> dict[str, str]:
    """The triggers a pool's LambdaConfig (DescribeUserPool) names, with each one's function ARN:
    ``PreTokenGenerationConfig`` and the custom senders' structures read as their triggers."""
    found: dict[str, str] = {}
    for name, value in (lambda_config or {}).items():
        if name == "PreTokenGenerationConfig" and isinstance(value, dict) and value.get("LambdaArn"):
            found[PRE_TOKEN_GENERATION] = value["LambdaArn"]
        elif name in CUSTOM_SENDERS and isinstance(value, dict) and value.get("LambdaArn"):
            found[name] = value["LambdaArn"]
        elif name in PLAIN_ARN and isinstance(value, str) and value:
            found.setdefault(name, value)
    return found


def pre_token_version(lambda_config: dict) -> str | None:
    """The event version the pool's pre token generation trigger gets: PreTokenGenerationConfig's
    LambdaVersion, V1_0 for the legacy PreTokenGeneration ARN alone, None without the trigger."""
    config = (lambda_config or {}).get("PreTokenGenerationConfig") or {}
    if config.get("LambdaArn"):
        return config.get("LambdaVersion", "V1_0")
    return "V1_0" if (lambda_config or {}).get(PRE_TOKEN_GENERATION) else None


@dataclass(frozen=True)
class TriggerSet:
    """The triggers a pool the suite provisions carries. Hashable: part of a PoolSpec's identity.

    ``pre_token_version`` None wires a PreTokenGeneration trigger through the legacy ``PreTokenGeneration``
    ARN (a V1_0 event); "V1_0"/"V2_0"/"V3_0" through ``PreTokenGenerationConfig`` with that LambdaVersion.
    """

    triggers: tuple[str, ...]
    pre_token_version: str | None = None

    def __post_init__(self) -> None:
        unknown = [name for name in self.triggers if name not in TRIGGERS]
        if unknown:
            raise ValueError(f"unknown trigger(s) {unknown}: the suite has handlers for {', '.join(TRIGGERS)}")
        if self.pre_token_version is not None and self.pre_token_version not in PRE_TOKEN_VERSIONS:
            raise ValueError(f"PreTokenGenerationConfig.LambdaVersion {self.pre_token_version!r} is not one of "
                             f"{', '.join(PRE_TOKEN_VERSIONS)}")
        if self.pre_token_version is not None and PRE_TOKEN_GENERATION not in self.triggers:
            raise ValueError("a pre token generation version without the PreTokenGeneration trigger")

    @property
    def needs_kms_key(self) -> bool:
        """Custom senders need the pool's KMSKeyID (D CS)."""
        return any(name in CUSTOM_SENDERS for name in self.triggers)

    def lambda_config(self, arns: dict[str, str], kms_key_arn: str | None = None) -> dict:
        """CreateUserPool's LambdaConfig for these triggers, given each trigger's function ARN."""
        config: dict = {}
        for name in self.triggers:
            arn = arns[name]
            if name in CUSTOM_SENDERS:
                config[name] = {"LambdaArn": arn, "LambdaVersion": "V1_0"}
            elif name == PRE_TOKEN_GENERATION and self.pre_token_version is not None:
                config["PreTokenGenerationConfig"] = {"LambdaArn": arn, "LambdaVersion": self.pre_token_version}
            else:
                config[name] = arn
        if self.needs_kms_key:
            if not kms_key_arn:
                raise ValueError("custom sender triggers need the pool's KMS key (KMSKeyID)")
            config["KMSKeyID"] = kms_key_arn
        return config

    @property
    def key(self) -> str:
        """A short name for pool names and keys: "PreSignUp+PostConfirmation", "PreTokenGeneration-V2_0"."""
        names = "+".join(self.triggers)
        return f"{names}-{self.pre_token_version}" if self.pre_token_version else names


def header_line(traits, env_file, pool_mode: str, run_id: str) -> str:
    """The run header's line about the suite's trigger functions (before anything is deployed)."""
    from ..implementations import LAMBDA

    if pool_mode == "existing":
        return "the suite attaches none of its own functions to your pool: the @triggers scenarios skip"
    if traits.trigger_functions != LAMBDA:
        return (f"{traits.label} calls a local Invoke API for its triggers; the @triggers scenarios run where the "
                "run serves one, and skip, saying so, where it does not")
    if not (env_file.get("lambda_role_arn") or traits.default_lambda_role_arn):
        return "the @triggers scenarios skip: set lambda_role_arn in env.py (README.md#lambda-triggers)"
    return (f"the suite's own function cc-{run_id}-<worker>-triggers in {traits.label}'s Lambda, made on first use and "
            "deleted after the pools; what it receives is read back from CloudWatch Logs")
