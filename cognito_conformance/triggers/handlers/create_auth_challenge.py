"""CreateAuthChallenge: source CreateAuthChallenge_Authentication.

Developer Guide, "Create Auth challenge Lambda trigger": the function answers
``publicChallengeParameters`` (the app sees them as ChallengeParameters),
``privateChallengeParameters`` (only VerifyAuthChallengeResponse sees them) and ``challengeMetadata``
(the next Define session entry carries it).

For ``CUSTOM_CHALLENGE``, round n (1 + the custom rounds already in ``request.session``):

| member | value |
|---|---|
| ``publicChallengeParameters`` | ``{"question": "cc question <n>"}`` |
| ``privateChallengeParameters`` | ``{"answer": ANSWER}`` (``cc-answer``) |
| ``challengeMetadata`` | ``CC-ROUND-<n>`` |

Other challenge names get the event unchanged. Plus the common words (``fail``, ``notevent``,
``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record, request, response

TRIGGER = "CreateAuthChallenge"
ANSWER = "cc-answer"
QUESTION = "cc question {round}"
METADATA = "CC-ROUND-{round}"


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    req = request(event)
    if req.get("challengeName") != "CUSTOM_CHALLENGE":
        return event
    session = req.get("session") if isinstance(req.get("session"), list) else []
    round_ = 1 + sum(1 for entry in session if isinstance(entry, dict)
                     and entry.get("challengeName") == "CUSTOM_CHALLENGE")
    response(event).update({
        "publicChallengeParameters": {"question": QUESTION.format(round=round_)},
        "privateChallengeParameters": {"answer": ANSWER},
        "challengeMetadata": METADATA.format(round=round_),
    })
    return event
