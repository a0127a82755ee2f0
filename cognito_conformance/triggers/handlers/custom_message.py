"""CustomMessage: sources CustomMessage_SignUp, _AdminCreateUser, _ResendCode, _ForgotPassword,
_UpdateUserAttribute, _VerifyUserAttribute, _Authentication.

Developer Guide, "Custom message Lambda trigger": the function answers ``smsMessage``, ``emailMessage`` and
``emailSubject``; the message must contain ``request.codeParameter`` (and, for AdminCreateUser,
``request.usernameParameter``), which Cognito replaces with the code (and the username).

| word | response |
|---|---|
| ``custommessage`` | ``emailSubject`` "cc subject <triggerSource>", ``emailMessage`` "cc message: code <codeParameter>" plus " user <usernameParameter>" when the request has one, ``smsMessage`` the same text |
| ``nocode`` (with ``custommessage``) | the messages without the code placeholder |
| ``smsonly`` (with ``custommessage``) | only ``smsMessage`` (no email fields: a pool sending with COGNITO_DEFAULT refuses them) |
| (none) | the event unchanged: Cognito's own message |

Plus the common words (``fail``, ``notevent``, ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record, request, response, words

TRIGGER = "CustomMessage"
SUBJECT = "cc subject {source}"
MESSAGE = "cc message: code {code}"


def message(code_parameter: str | None, username_parameter: str | None) -> str:
    """The text the handler answers (before Cognito fills in the placeholders)."""
    text = MESSAGE.format(code=code_parameter or "")
    return f"{text} user {username_parameter}" if username_parameter else text


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    found = words(event)
    if "custommessage" not in found:
        return event
    req = request(event)
    code = None if "nocode" in found else req.get("codeParameter")
    text = message(code, req.get("usernameParameter"))
    answer_to = response(event)
    answer_to["smsMessage"] = text
    if "smsonly" not in found:
        answer_to["emailSubject"] = SUBJECT.format(source=event.get("triggerSource"))
        answer_to["emailMessage"] = text
    return event
