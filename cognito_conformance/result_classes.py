"""What decided a scenario's result: the implementation under test, the suite's stand-in, or nothing.

"holds" means the implementation under test (moto, an emulator, real Cognito) decided the result.
A scenario whose result the hosted-UI stand-in decided "holds on the stand-in"; one whose Then a
placeholder made true (a made-up code on an implementation that checks no codes) is "not proven
here". Steps and fixtures mark the scenario's node; the mark travels to the xdist controller on the
report's ``user_properties``, where the terminal summary, the run record and the reports read it.
"""

from __future__ import annotations

from typing import Any

HOLDS = "holds"
STAND_IN = "holds on the stand-in"
NOT_PROVEN = "not proven here"
CLASSES = (HOLDS, STAND_IN, NOT_PROVEN)
#: How far each class is from proof; a scenario marked twice keeps the weaker class.
_RANK = {HOLDS: 0, STAND_IN: 1, NOT_PROVEN: 2}

PROPERTY = "cognito_result_class"


def mark(node: Any, result_class: str, reason: str) -> None:
    """Mark a scenario's pytest item (``request.node``) with a weaker class than "holds", and why."""
    if result_class not in _RANK or result_class == HOLDS:
        raise ValueError(f"a scenario is marked {STAND_IN!r} or {NOT_PROVEN!r}, not {result_class!r}")
    node.user_properties.append((PROPERTY, {"class": result_class, "reason": reason}))


def of(user_properties: list[tuple[str, Any]]) -> tuple[str, str | None]:
    """The class and reason of a passed scenario, from its item's or report's ``user_properties``."""
    marks = [value for name, value in user_properties if name == PROPERTY]
    if not marks:
        return HOLDS, None
    weakest = max(marks, key=lambda value: _RANK[value["class"]])
    reasons = [value["reason"] for value in marks if value["class"] == weakest["class"]]
    return weakest["class"], "; ".join(dict.fromkeys(reasons))
