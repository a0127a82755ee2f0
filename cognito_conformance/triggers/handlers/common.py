"""What every handler shares: the read-back line, the behaviour words, the common behaviours.

**The read-back line.** Every handler first prints one JSON line,
``{"run": <run id>, "fn": <trigger>, "event": <event>}``, the run id from the function's environment
(``COGNITO_CONFORMANCE_RUN``). CloudWatch Logs keeps it (AWS, ministack); the suite reads it back. The
one secret an event can carry in clear, UserMigration's ``request.password``, is printed as
``sha256:<hex>`` of it, never as itself.

**Behaviour words.** What a handler does is a pure function of the event: the words at the front of
the username, before its first ``-``, separated by ``.`` (``autoconfirm.autoverifyemail-cc-<run>-...``),
compared in lower case. Where the username is not the one the scenario chose (a pool whose usernames
are email addresses or UUIDs), the local part of ``request.userAttributes.email`` stands in. Words a
handler does not know are ignored; a username without words (the suite's ordinary ``cc-...``) gets the
neutral behaviour: the event returned unchanged, which "proceed[s] with default behavior" (Developer
Guide, "Customizing user pool workflows with Lambda triggers").

**Words every handler knows** (``<trigger>`` is the trigger's name in lower case, ``presignup``):

| word | the handler |
|---|---|
| ``fail`` / ``fail<trigger>`` | raises ``Exception("refused by the suite's <Trigger> function")`` |
| ``notevent`` / ``notevent<trigger>`` | answers ``{"answer": "not the event"}`` instead of the event |
| ``slow`` / ``slow<trigger>`` | sleeps 6 s, then answers the event (beyond Cognito's 5-s limit) |

The plain word applies to every trigger of the pool; the suffixed one only to that trigger.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import time

RUN_VARIABLE = "COGNITO_CONFORMANCE_RUN"
#: How long ``slow`` sleeps: more than Cognito's 5 seconds ("You can't change this five-second timeout").
SLOW_SECONDS = 6.0
REFUSAL = "refused by the suite's {trigger} function"
NOT_THE_EVENT = {"answer": "not the event"}


class Refusal(Exception):
    """What a handler raises to refuse: Cognito reports its text ("<trigger> failed with error <text>.")."""


def loggable(event: dict) -> dict:
    """The event as the read-back line prints it: a clear-text password replaced by its digest."""
    request = event.get("request") if isinstance(event, dict) else None
    if not isinstance(request, dict) or not isinstance(request.get("password"), str):
        return event
    shown = copy.deepcopy(event)
    shown["request"]["password"] = password_digest(request["password"])
    return shown


def password_digest(password: str) -> str:
    return "sha256:" + hashlib.sha256(password.encode("utf-8")).hexdigest()


def record(trigger: str, event: dict) -> None:
    """Print the read-back line (one line of JSON)."""
    line = {"run": os.environ.get(RUN_VARIABLE, ""), "fn": trigger, "event": loggable(event)}
    print(json.dumps(line, sort_keys=True, default=str), flush=True)


def words(event: dict) -> frozenset[str]:
    """The behaviour words of the event's user (see the module's docstring)."""
    for name in (event.get("userName"), _email_local_part(event)):
        if isinstance(name, str) and "-" in name:
            return frozenset(word for word in name.split("-", 1)[0].lower().split(".") if word)
    return frozenset()


def _email_local_part(event: dict) -> str | None:
    attributes = (event.get("request") or {}).get("userAttributes") or {}
    email = attributes.get("email") if isinstance(attributes, dict) else None
    return email.split("@", 1)[0] if isinstance(email, str) and "@" in email else None


def has(event_words: frozenset[str], word: str, trigger: str) -> bool:
    """Whether the plain word or its form for this trigger is among the user's words."""
    return word in event_words or f"{word}{trigger.lower()}" in event_words


def common(trigger: str, event: dict):
    """The behaviours every handler shares. Returns (done, answer): done when a common word decided
    the answer; raises Refusal for ``fail``."""
    found = words(event)
    if has(found, "fail", trigger):
        raise Refusal(REFUSAL.format(trigger=trigger))
    if has(found, "notevent", trigger):
        return True, dict(NOT_THE_EVENT)
    if has(found, "slow", trigger):
        time.sleep(SLOW_SECONDS)
        return True, event
    return False, event


def response(event: dict) -> dict:
    """The event's ``response`` object, made a dict if Cognito sent none (or null)."""
    if not isinstance(event.get("response"), dict):
        event["response"] = {}
    return event["response"]


def request(event: dict) -> dict:
    found = event.get("request")
    return found if isinstance(found, dict) else {}
