"""A pytest plugin for the interrupt tests (``-p tests.integration.slow_calls``): a SignUp of a capitalized
username, and each AdminDeleteUser, stays "on the wire" for 3 s after the server answered, and says so in
the file $CC_MARKS (pytest captures a scenario's output, so a test could not read it there)."""

from __future__ import annotations

import os
import time

from botocore.httpsession import URLLib3Session

_original = URLLib3Session.send


def _mark(text: str) -> None:
    with open(os.environ["CC_MARKS"], "a", encoding="utf-8") as marks:
        marks.write(text + "\n")


def _slow(self, request):
    response = _original(self, request)  # sent, and answered by the server
    target = request.headers.get("X-Amz-Target", b"")
    target = target.decode() if isinstance(target, bytes) else str(target)
    body = request.body.decode() if isinstance(request.body, bytes) else str(request.body or "")
    if target.endswith(".SignUp") and '"Username": "CC-' in body:
        _mark("on the wire: SignUp")
        time.sleep(3)
    elif target.endswith(".AdminDeleteUser"):
        _mark("cleaning up: AdminDeleteUser")
        time.sleep(3)
    return response


URLLib3Session.send = _slow
