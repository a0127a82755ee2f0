"""The divergence registry: where an implementation is known to differ from real Cognito.

Each entry names a scenario (scenario names are unique across the suite), the implementation
that diverges, why, where it is recorded, the step at which it diverges, and the implementation's
versions on which it was measured. The scenario keeps stating Cognito's behaviour; on that
implementation the run expects it to fail at that step (an expected divergence). A failure at any
other step is a failure; a registered scenario that holds "now does what Cognito documents" and
fails the run on a measured version (or with --strict-divergences). One module per implementation
holds its entries (``ENTRIES``, ``TWINS`` where it has any, and ``MEASURED_ON``, every version it was
measured on); the implementation's record in ``cognito_conformance.implementations`` names the module.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from packaging.version import InvalidVersion, Version

from ..implementations import RECORDS
from .model import TWIN_FLOW_REFUSED, Divergence

__all__ = ["Divergence", "NOW_DOCUMENTED", "REGISTRY", "TWINS", "TWIN_FLOW_REFUSED", "VersionStatus", "find",
           "find_all", "find_twin", "markdown_table", "version_status"]

#: The words that mark a registered divergence that no longer diverges, in every report.
NOW_DOCUMENTED = "now does what Cognito documents"

#: The divergence modules, by name (the implementation's record names its module; both moto records share
#: one), each imported on first use. ``MODULES``, ``REGISTRY`` and ``TWINS`` are made when first read
#: (``_loaded``): a process that only tells the run's version from the measured ones (an xdist controller,
#: in its header) imports that implementation's module alone, not all three registries.
MODULE_NAMES: tuple[str, ...] = tuple(dict.fromkeys(record.divergence_module for record in RECORDS
                                                    if record.divergence_module))
LAZY = ("MODULES", "REGISTRY", "TWINS")


def _module(name: str):
    return import_module(f"{__name__}.{name}")


def _loaded(name: str):
    """``MODULES`` (the modules, by name), ``REGISTRY`` (every entry) or ``TWINS`` (every negative twin:
    existing-pool mode checks made in place of a scenario whose precondition a team's pool does not meet;
    not scenarios, so registered under their own names), made once; a value set on the module (a test's)
    is kept."""
    found = globals()
    if "MODULES" not in found:
        found["MODULES"] = {module: _module(module) for module in MODULE_NAMES}
    if "REGISTRY" not in found:
        found["REGISTRY"] = tuple(entry for module in found["MODULES"].values() for entry in module.ENTRIES)
    if "TWINS" not in found:
        found["TWINS"] = tuple(entry for module in found["MODULES"].values()
                               for entry in getattr(module, "TWINS", ()))
    return found[name]


def __getattr__(name: str):
    if name in LAZY:
        return _loaded(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find(scenario_name: str, implementation: str, step_texts: list[str], run: dict | None = None,
         version: str | None = None, tags=()) -> Divergence | None:
    """The registry entry for this scenario (and example) on this implementation (and run), if any;
    with a ``version`` (a VersionStatus's ``basis``), only an entry measured on it."""
    return next(iter(find_all(scenario_name, implementation, step_texts, run, version, tags)), None)


def find_all(scenario_name: str, implementation: str, step_texts: list[str], run: dict | None = None,
             version: str | None = None, tags=()) -> tuple[Divergence, ...]:
    """Every entry for this scenario on this implementation and run: a scenario may diverge in more
    than one measured way (at one step, observing different things on differently configured pools).
    ``tags`` are the scenario's and its feature's, for tag-wide entries; the scenario's own entries
    come first."""
    found = [d for d in _loaded("REGISTRY")
             if d.applies_to(scenario_name, implementation, step_texts, run, version, tags)]
    return tuple(sorted(found, key=lambda d: d.tag is not None))


@dataclass(frozen=True)
class VersionStatus:
    """The implementation's version under test against the versions its entries were measured on."""

    implementation: str
    #: The version under test ("5.2.6"), or None where it cannot be told.
    installed: str | None
    #: Every version the registry measured this implementation on, oldest first.
    measured: tuple[str, ...]
    #: The measured version whose entries the run expects: the installed one where it was measured,
    #: else the newest measured version not newer than it (the oldest, if all are newer).
    basis: str | None

    @property
    def is_measured(self) -> bool:
        return self.installed is not None and self.installed in self.measured

    def describe(self) -> str:
        """The header's line."""
        if not self.measured:
            return f"{self.implementation}: no divergence registered"
        versions = ", ".join(self.measured)
        if self.is_measured:
            return f"{self.implementation} {self.installed}, a version the registry measured (measured: {versions})"
        return (f"{self.implementation} {self.installed or '(version unknown)'} is a version the registry has not "
                f"measured (measured: {versions}); expecting the divergences measured on {self.basis}, and a "
                f"divergence that no longer diverges is reported, not failed (--strict-divergences fails it)")


def _key(version: str):
    try:
        return (0, Version(version))
    except InvalidVersion:
        return (-1, version)


def measured_versions(implementation: str) -> tuple[str, ...]:
    """The versions the registry measured ``implementation`` on (its module's MEASURED_ON)."""
    record = next((r for r in RECORDS if r.name == implementation and r.divergence_module), None)
    if record is None:
        return ()
    return tuple(sorted(_module(record.divergence_module).MEASURED_ON, key=_key))


def version_status(implementation: str, installed: str | None) -> VersionStatus:
    measured = measured_versions(implementation)
    if not measured:
        return VersionStatus(implementation, installed, (), None)
    if installed in measured:
        basis = installed
    elif installed is None or _key(installed)[0] < 0:
        basis = measured[-1]
    else:
        older = [v for v in measured if _key(v) <= _key(installed)]
        basis = older[-1] if older else measured[0]
    return VersionStatus(implementation, installed, measured, basis)


def find_twin(name: str, implementation: str) -> Divergence | None:
    return next((d for d in _loaded("TWINS") if (d.scenario, d.implementation) == (name, implementation)), None)


def markdown_table(implementation: str | None = None) -> str:
    """The registry as the README's table (``python -m cognito_conformance.divergences``)."""
    rows = ["| implementation | measured on | scenario | example | diverges at | why it diverges | reference |",
            "|---|---|---|---|---|---|---|"]
    for d in _loaded("REGISTRY"):
        if implementation in (None, d.implementation):
            reference = f"{d.reference}, [upstream]({d.upstream})" if d.upstream else d.reference
            place = d.step + (f" (observing {d.observation})" if d.observation else "") if d.step else "any step"
            rows.append(f"| {d.implementation} | {', '.join(d.measured_on)} | {d.scenario} | {d.example or 'all'} | "
                        f"{place} | {d.reason} | {reference} |")
    return "\n".join(rows)
