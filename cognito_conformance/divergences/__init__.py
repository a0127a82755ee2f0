"""The divergence registry: where an implementation is known to differ from real Cognito.

Each entry names a scenario (scenario names are unique across the suite), the implementation
that diverges, why, and where it is recorded. The scenario keeps stating Cognito's behaviour; on
that implementation the run expects it to fail, strictly, so that a fixed divergence shows up as
XPASS(strict) and the entry can be removed. One module per implementation holds its entries
(``ENTRIES``, and ``TWINS`` where it has any); the implementation's record in
``cognito_conformance.implementations`` names the module.
"""

from __future__ import annotations

from importlib import import_module

from ..implementations import RECORDS
from .model import TWIN_FLOW_REFUSED, Divergence

__all__ = ["Divergence", "REGISTRY", "TWINS", "TWIN_FLOW_REFUSED", "find", "find_twin", "markdown_table"]

#: The divergence module of each implementation that has one, once (both moto records share one).
MODULES = {name: import_module(f"{__name__}.{name}")
           for name in dict.fromkeys(record.divergence_module for record in RECORDS if record.divergence_module)}
REGISTRY: tuple[Divergence, ...] = tuple(entry for module in MODULES.values() for entry in module.ENTRIES)
#: Negative twins (existing-pool mode): checks made in place of a scenario whose precondition a
#: team's pool does not meet. They are not scenarios, so they are registered under their own names.
TWINS: tuple[Divergence, ...] = tuple(entry for module in MODULES.values() for entry in getattr(module, "TWINS", ()))


def find(scenario_name: str, implementation: str, step_texts: list[str], run: dict | None = None) -> Divergence | None:
    """The registry entry for this scenario (and example) on this implementation (and run), if any."""
    return next((d for d in REGISTRY if d.applies_to(scenario_name, implementation, step_texts, run)), None)


def find_twin(name: str, implementation: str) -> Divergence | None:
    return next((d for d in TWINS if (d.scenario, d.implementation) == (name, implementation)), None)


def markdown_table(implementation: str | None = None) -> str:
    """The registry as the README's table (``python -m cognito_conformance.divergences``)."""
    rows = ["| implementation | scenario | example | why it diverges | reference |",
            "|---|---|---|---|---|"]
    for d in REGISTRY:
        if implementation in (None, d.implementation):
            reference = f"{d.reference}, [upstream]({d.upstream})" if d.upstream else d.reference
            rows.append(f"| {d.implementation} | {d.scenario} | {d.example or 'all'} | {d.reason} | {reference} |")
    return "\n".join(rows)
