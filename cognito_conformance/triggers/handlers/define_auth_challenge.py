"""DefineAuthChallenge: source DefineAuthChallenge_Authentication.

Developer Guide, "Define Auth challenge Lambda trigger" and "Custom authentication challenge Lambda
triggers": the function reads ``request.session`` (each earlier round's ``challengeName``,
``challengeResult``, ``challengeMetadata``) and answers ``challengeName``, ``issueTokens`` and
``failAuthentication``.

Without words, the flow is one custom question (``CreateAuthChallenge``'s), up to three attempts:

| session so far | answer |
|---|---|
| empty (CUSTOM_AUTH started with ``CHALLENGE_NAME: CUSTOM_CHALLENGE``, or none) | ``CUSTOM_CHALLENGE`` |
| only ``SRP_A`` (started with ``CHALLENGE_NAME: SRP_A``) | ``PASSWORD_VERIFIER`` |
| last ``PASSWORD_VERIFIER`` true (or another of Cognito's own challenges true) | ``CUSTOM_CHALLENGE`` |
| last ``CUSTOM_CHALLENGE`` true, enough right answers | ``issueTokens: true`` |
| last ``CUSTOM_CHALLENGE`` false, fewer than 3 wrong answers | ``CUSTOM_CHALLENGE`` again |
| 3 wrong answers, or any of Cognito's own challenges false | ``failAuthentication: true`` |

| word | changes |
|---|---|
| ``tworounds`` | two right answers are needed before tokens |
| ``passwordonly`` | after a true ``PASSWORD_VERIFIER``: tokens, no custom question |
| ``refuse`` | ``failAuthentication: true`` at once |

Plus the common words (``fail``, ``notevent``, ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record, request, response, words

TRIGGER = "DefineAuthChallenge"
CUSTOM = "CUSTOM_CHALLENGE"
MAX_WRONG = 3


def decide(session: list, found: frozenset[str]) -> dict:
    """challengeName / issueTokens / failAuthentication for this session."""
    challenge = {"issueTokens": False, "failAuthentication": False}
    if "refuse" in found:
        return {"issueTokens": False, "failAuthentication": True}
    entries = [entry for entry in session if isinstance(entry, dict)]
    if not entries:
        return {**challenge, "challengeName": CUSTOM}
    last = entries[-1]
    name, result = last.get("challengeName"), bool(last.get("challengeResult"))
    if name == "SRP_A" and len(entries) == 1:
        return {**challenge, "challengeName": "PASSWORD_VERIFIER"}
    if name != CUSTOM:
        if not result:
            return {"issueTokens": False, "failAuthentication": True}
        if name == "PASSWORD_VERIFIER" and "passwordonly" in found:
            return {"issueTokens": True, "failAuthentication": False}
        return {**challenge, "challengeName": CUSTOM}
    custom = [entry for entry in entries if entry.get("challengeName") == CUSTOM]
    right = sum(1 for entry in custom if entry.get("challengeResult"))
    wrong = len(custom) - right
    needed = 2 if "tworounds" in found else 1
    if result and right >= needed:
        return {"issueTokens": True, "failAuthentication": False}
    if wrong >= MAX_WRONG:
        return {"issueTokens": False, "failAuthentication": True}
    return {**challenge, "challengeName": CUSTOM}


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    session = request(event).get("session") or []
    response(event).update(decide(session if isinstance(session, list) else [], words(event)))
    return event
