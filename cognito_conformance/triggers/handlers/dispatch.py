"""The one entry point of the deployed function: every trigger of a pool is wired to the same Lambda
function, and this handler hands each event to its trigger's module, chosen by the event's
``triggerSource`` (Developer Guide, "Customizing user pool workflows with Lambda triggers": every event
names its trigger source, ``<trigger>_<event>``).

One function per run and worker instead of one per trigger: each Lambda function costs a creation, a
wait until it is Active and a cold start (about 1.5 s on ministack), once. The modules stay one per
trigger, and each records its read-back line under its own trigger's name.

| triggerSource prefix | module |
|---|---|
| ``PreSignUp_`` | ``pre_sign_up`` |
| ``PostConfirmation_`` | ``post_confirmation`` |
| ``PreAuthentication_`` | ``pre_authentication`` |
| ``PostAuthentication_`` | ``post_authentication`` |
| ``TokenGeneration_`` | ``pre_token_generation`` |
| ``UserMigration_`` | ``user_migration`` |
| ``CustomMessage_`` | ``custom_message`` |
| ``DefineAuthChallenge_`` | ``define_auth_challenge`` |
| ``CreateAuthChallenge_`` | ``create_auth_challenge`` |
| ``VerifyAuthChallengeResponse_``, ``VerifyAuthChallenge_`` | ``verify_auth_challenge_response`` |
| ``CustomEmailSender_`` | ``custom_email_sender`` |
| ``CustomSMSSender_`` | ``custom_sms_sender`` |

An event without a known trigger source (the deployment's warm-up call) is answered unchanged and
recorded nowhere.
"""

from __future__ import annotations

import importlib

#: (triggerSource prefix, module), longest prefixes first.
ROUTES = (
    ("VerifyAuthChallengeResponse_", "verify_auth_challenge_response"),
    ("VerifyAuthChallenge_", "verify_auth_challenge_response"),
    ("DefineAuthChallenge_", "define_auth_challenge"),
    ("CreateAuthChallenge_", "create_auth_challenge"),
    ("PostConfirmation_", "post_confirmation"),
    ("PreAuthentication_", "pre_authentication"),
    ("PostAuthentication_", "post_authentication"),
    ("CustomEmailSender_", "custom_email_sender"),
    ("CustomSMSSender_", "custom_sms_sender"),
    ("TokenGeneration_", "pre_token_generation"),
    ("UserMigration_", "user_migration"),
    ("CustomMessage_", "custom_message"),
    ("PreSignUp_", "pre_sign_up"),
)


def module_for(trigger_source) -> str | None:
    if not isinstance(trigger_source, str):
        return None
    return next((module for prefix, module in ROUTES if trigger_source.startswith(prefix)), None)


def handler(event, context):
    module = module_for(event.get("triggerSource") if isinstance(event, dict) else None)
    if module is None:
        return event
    return importlib.import_module(f"{__package__}.{module}").handler(event, context)
