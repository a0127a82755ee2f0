"""PreSignUp: sources PreSignUp_SignUp, PreSignUp_AdminCreateUser, PreSignUp_ExternalProvider.

Developer Guide, "Pre sign-up Lambda trigger": the response's ``autoConfirmUser``, ``autoVerifyEmail``
and ``autoVerifyPhone`` (ignored for AdminCreateUser); an error refuses the sign-up.

| word | response |
|---|---|
| ``autoconfirm`` | ``autoConfirmUser: true`` |
| ``autoverifyemail`` | ``autoVerifyEmail: true`` |
| ``autoverifyphone`` | ``autoVerifyPhone: true`` |
| (none) | the event unchanged: the default outcome |

Plus the common words (``fail``, ``notevent``, ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record, response, words

TRIGGER = "PreSignUp"
FLAGS = {"autoconfirm": "autoConfirmUser", "autoverifyemail": "autoVerifyEmail",
         "autoverifyphone": "autoVerifyPhone"}


def handler(event, context):
    record(TRIGGER, event)
    done, answer = common(TRIGGER, event)
    if done:
        return answer
    found = words(event)
    for word, flag in FLAGS.items():
        if word in found:
            response(event)[flag] = True
    return event
