"""UserMigration: sources UserMigration_Authentication, UserMigration_ForgotPassword.

Developer Guide, "Migrate user Lambda trigger": the function finds the user in a legacy store and answers
``userAttributes`` (required), and optionally ``finalUserStatus``, ``messageAction``,
``desiredDeliveryMediums``, ``forceAliasCreation``. The suite's "legacy store" holds exactly the users
whose words include ``migrate``; any password is theirs.

| word | response |
|---|---|
| ``migrate`` | ``userAttributes``: ``email`` = ``<userName>@example.com``, ``email_verified`` "true" (a verified address, as forgot-password needs) |
| ``confirmed`` (with ``migrate``) | ``finalUserStatus: "CONFIRMED"`` (the Developer Guide: "If you don't set this attribute to CONFIRMED, it's set to RESET_REQUIRED") |
| ``resetrequired`` (with ``migrate``) | ``finalUserStatus: "RESET_REQUIRED"`` (what the Developer Guide has a function set for a password that breaks the pool's policy) |
| ``nowelcome`` (with ``migrate``) | ``messageAction: "SUPPRESS"`` (no welcome message) |
| ``byemail`` (with ``migrate``) | ``desiredDeliveryMediums: ["EMAIL"]`` (a welcome message goes by email, not by SMS, the default) |
| (no ``migrate``) | raises "no such user in the legacy store": the sign-in fails as for an unknown user |

Plus the common words (``fail``, ``notevent``, ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import Refusal, common, record, response, words

TRIGGER = "UserMigration"
EMAIL_DOMAIN = "example.com"
NOT_FOUND = "no such user in the legacy store"


def email_of(user_name: str) -> str:
    """The address the legacy store holds for a user."""
    return f"{user_name}@{EMAIL_DOMAIN}"


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    found = words(event)
    if "migrate" not in found:
        raise Refusal(NOT_FOUND)
    answer_to = response(event)
    answer_to["userAttributes"] = {"email": email_of(str(event.get("userName"))), "email_verified": "true"}
    if "confirmed" in found:
        answer_to["finalUserStatus"] = "CONFIRMED"
    if "resetrequired" in found:
        answer_to["finalUserStatus"] = "RESET_REQUIRED"
    if "nowelcome" in found:
        answer_to["messageAction"] = "SUPPRESS"
    if "byemail" in found:
        answer_to["desiredDeliveryMediums"] = ["EMAIL"]
    return event
