"""The deployment of a run whose implementation cannot run the suite's trigger functions (yet): every
pool with triggers is a missing setting, so each trigger scenario skips with the reason."""

from __future__ import annotations

from ..pools import MissingSetting
from . import TriggerSet


class NoDeployment:
    """``Deployment`` that deploys nothing and says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.description = f"none: {reason}"

    def lambda_config(self, triggers: TriggerSet) -> dict:
        raise MissingSetting(self.reason)

    def pool_created(self, pool_id: str, pool_arn: str, triggers: TriggerSet) -> None:
        raise MissingSetting(self.reason)

    def events(self, pool_id, trigger=None, *, until=None):
        return []

    def cleanup(self) -> list[str]:
        return []
