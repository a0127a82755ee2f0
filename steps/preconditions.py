"""What a team's pool must have for a scenario: checked in existing-pool mode, true by construction otherwise."""

from __future__ import annotations

from cognito_conformance.existing_pool import require


def require_attribute(provisioner, attribute: str) -> None:
    require(not provisioner.existing or provisioner.has_attribute(attribute), provisioner,
            f"this pool has no {attribute} attribute in its schema")


def require_group(provisioner, group: str) -> None:
    require(not provisioner.existing or provisioner.has_group(group), provisioner,
            f"this pool has no group {group!r} (the suite never creates one in your pool)")
