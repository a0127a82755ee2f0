"""PreAuthentication: source PreAuthentication_Authentication.

Developer Guide, "Pre authentication Lambda trigger": no response is processed; an error rejects the
sign-in. This handler answers the event unchanged, except for the common words (``fail`` refuses the
sign-in; ``notevent``; ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record

TRIGGER = "PreAuthentication"


def handler(event, context):
    record(TRIGGER, event)
    return common(TRIGGER, event)[1]
