"""VerifyAuthChallengeResponse: source VerifyAuthChallengeResponse_Authentication (the Developer Guide's
API table calls it VerifyAuthChallenge_Authentication; shared/TRIGGERS.md §1.2).

Developer Guide, "Verify Auth challenge response Lambda trigger": the function compares
``request.challengeAnswer`` with ``request.privateChallengeParameters`` and answers ``answerCorrect``.

| case | response |
|---|---|
| ``challengeAnswer`` equals ``privateChallengeParameters.answer`` | ``answerCorrect: true`` |
| otherwise | ``answerCorrect: false`` |

Plus the common words (``fail``, ``notevent``, ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record, request, response

TRIGGER = "VerifyAuthChallengeResponse"


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    req = request(event)
    expected = (req.get("privateChallengeParameters") or {}).get("answer")
    response(event)["answerCorrect"] = expected is not None and req.get("challengeAnswer") == expected
    return event
