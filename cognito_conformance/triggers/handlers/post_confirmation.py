"""PostConfirmation: sources PostConfirmation_ConfirmSignUp, PostConfirmation_ConfirmForgotPassword.

Developer Guide, "Post confirmation Lambda trigger": Cognito expects no response fields; the function
only observes. This handler answers the event unchanged, except for the common words (``fail``:
the operation should fail; ``notevent``; ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record

TRIGGER = "PostConfirmation"


def handler(event, context):
    record(TRIGGER, event)
    return common(TRIGGER, event)[1]
