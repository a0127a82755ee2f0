"""A divergence: where an implementation is known to differ from real Cognito, and why."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import parse


#: The negative twin checked in place of a scenario on a team's pool whose app client does not
#: enable the flow (existing-pool mode). It is not a scenario, so it is registered by this name.
TWIN_FLOW_REFUSED = "negative twin: a flow the app client does not enable is refused"


#: Scenarios an emulator without remembered devices (device SRP) cannot pass.
DEVICE_SCENARIOS = (
    "A sign-in on a new device hands out a device key",
    "Confirming a device in a pool that asks the user leaves the choice to the user",
    "A remembered device is listed for the user and for an administrator",
    "A forgotten device is no longer listed",
    "A remembered device proves itself with device SRP",
    "A remembered device stands in for the MFA code",
    "The access token of a sign-in on a remembered device names the device",
)
#: Scenarios an emulator without the USER_AUTH flow (choice-based sign-in) cannot pass.
USER_AUTH_SCENARIOS = (
    "The password, named as the preferred challenge, signs the user in",
    "The SRP password proof, named as the preferred challenge, signs the user in",
    "Without a preference Cognito offers the password to choose",
    "Choosing the password in SELECT_CHALLENGE signs the user in",
    "A first factor the pool does not allow is refused",
    "An emailed one-time password, named as the preferred challenge, is asked for",
    "The emailed one-time password signs the user in",
    "A one-time password by SMS, named as the preferred challenge, is asked for",
    "The one-time password sent by SMS signs the user in",
)


@dataclass(frozen=True)
class Divergence:
    #: The scenario's name; for a tag-wide entry (``tag``), what it covers in words ("every @triggers scenario").
    scenario: str
    implementation: str
    reason: str
    #: Where the behaviour was measured or documented (a row of docs/moto-5.2.5.md, a source line).
    reference: str
    upstream: str | None = None
    #: For a Scenario Outline: only the examples with a step containing this text diverge.
    example: str | None = None
    #: What a security reviewer loses where the implementation does not enforce this behaviour, one of
    #: ``cognito_conformance.reporting.risks.RISKS``; None lets the reports group it by its scenario.
    risk: str | None = None
    #: Only where the run is so (given {"server": bool, "region": str}); None: everywhere.
    where: Callable[[dict], bool] | None = None
    #: The step at which the implementation diverges, as the feature file writes it (an Outline's
    #: step with its ``<placeholders>``), measured: a failure at any other step is the suite's or a
    #: new behaviour, never this divergence.
    step: str | None = None
    #: Where it matters, what the failing step observes: text its failure message must contain
    #: (an error code, say). None: any assertion failure at ``step``.
    observation: str | None = None
    #: The implementation's versions on which this entry was measured to diverge.
    measured_on: tuple[str, ...] = ()
    #: A tag-wide entry: every scenario carrying this tag (on itself or its feature) diverges, at a step
    #: matching ``step`` written as a step definition's phrase ("the {trigger} trigger received ..."),
    #: which each such scenario has in its own words. For one cause that no scenario of the tag can pass
    #: (moto never invokes a Lambda trigger).
    tag: str | None = None

    def applies_to(self, scenario_name: str, implementation: str, step_texts: list[str],
                   run: dict | None = None, version: str | None = None, tags: Iterable[str] = ()) -> bool:
        """Whether this entry expects the scenario (and example) to diverge on this run; with a
        ``version``, only if the entry was measured to diverge on that version."""
        if self.implementation != implementation:
            return False
        if (self.tag not in set(tags)) if self.tag is not None else (self.scenario != scenario_name):
            return False
        if version is not None and version not in self.measured_on:
            return False
        if self.where is not None and not self.where(run or {}):
            return False
        return self.example is None or any(self.example in text for text in step_texts)

    def diverges_at(self, step_template: str, message: str) -> bool:
        """Whether a failure at this step (its text as the feature file writes it) with this
        message is the registered divergence."""
        if self.step is None or not self.names_step(step_template):
            return False
        return self.observation is None or self.observation in message

    def names_step(self, step_template: str) -> bool:
        """Whether ``step`` names this step of a scenario: the same text, or (a tag-wide entry) the phrase
        matching it."""
        if self.tag is None:
            return step_template == self.step
        return parse.parse(self.step, step_template) is not None

    @property
    def place(self) -> str:
        """Where it diverges, for messages: the step, and the observation where one is named."""
        where = f'at "{self.step}"'
        return where + (f" (observing {self.observation})" if self.observation else "")
