"""What a team's pool must have for a scenario: checked in existing-pool mode, true by construction otherwise."""

from __future__ import annotations

from cognito_conformance.existing_pool import ExistingPools, PreconditionUnmet


def require_attribute(provisioner, attribute: str) -> None:
    if isinstance(provisioner, ExistingPools) and not provisioner.has_attribute(attribute):
        raise PreconditionUnmet(f"this pool has no {attribute} attribute in its schema")


def require_group(provisioner, group: str) -> None:
    if isinstance(provisioner, ExistingPools) and not provisioner.has_group(group):
        raise PreconditionUnmet(f"this pool has no group {group!r} (the suite never creates one in your pool)")
