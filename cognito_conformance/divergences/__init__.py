"""The divergence registry: where an implementation is known to differ from real Cognito.

Each entry names a scenario (scenario names are unique across the suite), the implementation
that diverges, why, and where it is recorded. The scenario keeps stating Cognito's behaviour; on
that implementation the run expects it to fail, strictly, so that a fixed divergence shows up as
XPASS(strict) and the entry can be removed. One module per implementation holds its entries.
"""

from __future__ import annotations

from .cognito_local import REGISTRY_COGNITO_LOCAL, REGISTRY_COGNITO_LOCAL_SETTINGS
from .model import TWIN_FLOW_REFUSED, Divergence
from .moto import MOTO, MOTO_SETTINGS, MOTO_TWINS

__all__ = ["Divergence", "REGISTRY", "TWINS", "TWIN_FLOW_REFUSED", "find", "find_twin", "markdown_table"]

REGISTRY: tuple[Divergence, ...] = (*MOTO, *MOTO_SETTINGS, *REGISTRY_COGNITO_LOCAL, *REGISTRY_COGNITO_LOCAL_SETTINGS)
#: Negative twins (existing-pool mode): checks made in place of a scenario whose precondition a
#: team's pool does not meet. They are not scenarios, so they are registered under their own names.
TWINS: tuple[Divergence, ...] = (*MOTO_TWINS,)


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
