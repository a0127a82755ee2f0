"""PostAuthentication: source PostAuthentication_Authentication.

Developer Guide, "Post authentication Lambda trigger": no response fields; a failing function "can still
cause authentication to fail". This handler answers the event unchanged, except for the common words
(``fail``, ``notevent``, ``slow``: see ``common``).
"""

from __future__ import annotations

from .common import common, record

TRIGGER = "PostAuthentication"


def handler(event, context):
    record(TRIGGER, event)
    return common(TRIGGER, event)[1]
