"""A plugin for child runs that breaks one step on purpose, as a real bug would: the run goes red at a
Then that reads back what a When stored, and the decisive value is in the Cognito calls, not in the text.

Loaded with ``-p tests.browser.broken_step``; ``CC_TEST_BREAK`` names the scenario. The first step of it
that takes a ``value`` argument gets that value with its last character dropped ("Alice Liddell" is
stored as "Alice Liddel"), so the Then comparing the stored value fails. That step also prints and logs
a line holding the person's password (masking must keep it out of the report), and at the end of the
run every secret the run's clients sent or received is written to ``CC_TEST_SECRETS`` (one a line), so
that a test can look for each in the report.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cognito_conformance import masking

BROKEN = object()


def pytest_bdd_before_step_call(request, feature, scenario, step, step_func, step_func_args) -> None:
    if scenario.name != os.environ.get("CC_TEST_BREAK") or request.node.stash.get(_DONE, False):
        return
    value = step_func_args.get("value")
    if not isinstance(value, str) or len(value) < 2:
        return
    request.node.stash[_DONE] = True
    step_func_args["value"] = value[:-1]
    people = request.getfixturevalue("cognito_people")
    password = people[step_func_args.get("name", "Alice")].password
    print(f"broken_step: storing {value[:-1]!r} instead of {value!r}; Password={password!r}")
    logging.getLogger("tests.browser.broken_step").warning("broken on purpose; the password is %s", password)


def pytest_sessionfinish(session) -> None:
    target = os.environ.get("CC_TEST_SECRETS")
    if target:
        Path(target).write_text("\n".join(sorted(masking._REMEMBERED)) + "\n", encoding="utf-8")


import pytest  # noqa: E402

_DONE = pytest.StashKey[bool]()
