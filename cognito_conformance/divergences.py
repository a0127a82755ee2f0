"""The divergence registry: where an implementation is known to differ from real Cognito.

Each entry names a scenario (scenario names are unique across the suite), the implementation
that diverges, why, and where it is recorded (docs/moto-5.2.5.md row, upstream issue). The scenario keeps
stating Cognito's behaviour; on that implementation the run expects it to fail, strictly, so
that a fixed divergence shows up as XPASS(strict) and the entry can be removed.
"""

from __future__ import annotations

from dataclasses import dataclass

MOTO_SRP_ISSUE = "https://github.com/getmoto/moto/issues/7562"


@dataclass(frozen=True)
class Divergence:
    scenario: str
    implementation: str
    reason: str
    #: Where the behaviour was measured or documented (a row of docs/moto-5.2.5.md, a spec section).
    reference: str
    upstream: str | None = None
    #: For a Scenario Outline: only the examples with a step containing this text diverge.
    example: str | None = None

    def applies_to(self, scenario_name: str, implementation: str, step_texts: list[str]) -> bool:
        if (self.scenario, self.implementation) != (scenario_name, implementation):
            return False
        return self.example is None or any(self.example in text for text in step_texts)


def _moto(scenario: str, reason: str, reference: str, upstream: str | None = None,
          example: str | None = None) -> Divergence:
    return Divergence(scenario, "moto", reason, reference, upstream, example)


REGISTRY: tuple[Divergence, ...] = (
    _moto("A wrong confirmation code is refused",
          "moto never checks sign-up confirmation codes: any code confirms the account",
          "moto-5.2.5.md 1d"),
    _moto("An unconfirmed user cannot sign in",
          "moto's ADMIN_USER_PASSWORD_AUTH issues tokens to UNCONFIRMED users",
          "moto-5.2.5.md 4f", example="ADMIN_USER_PASSWORD_AUTH"),
    _moto("Signing up without the secret hash is refused",
          "moto does not require SECRET_HASH on SignUp for a client with a secret",
          "moto-5.2.5.md 1i"),
    _moto("Signing in without the secret hash is refused",
          "moto checks SECRET_HASH only on USER_SRP_AUTH and refresh, not on the password flows",
          "moto-5.2.5.md 4j", example="with USER_PASSWORD_AUTH"),
    _moto("Signing in without the secret hash is refused",
          "moto checks SECRET_HASH only on USER_SRP_AUTH and refresh, not on the password flows",
          "moto-5.2.5.md 4j", example="with ADMIN_USER_PASSWORD_AUTH"),
    _moto("The challenge names the user by the username",
          "moto's PASSWORD_VERIFIER challenge gives the user's sub as USER_ID_FOR_SRP",
          "moto-5.2.5.md 4c"),
    _moto("A proof made with a wrong password is refused",
          "moto does not verify the SRP proof: a wrong password still gets tokens",
          "moto-5.2.5.md 4b", upstream=MOTO_SRP_ISSUE),
    _moto("A flow the app client does not allow is refused",
          "moto stores ExplicitAuthFlows but does not enforce them",
          "moto-5.2.5.md 4h"),
    _moto("An app client without write permission on an attribute cannot change it",
          "moto stores WriteAttributes but does not enforce them",
          "moto-5.2.5.md 8d"),
    _moto("A wrong code is refused",
          "moto's ConfirmForgotPassword checks only codes in its own 'moto-confirmation-code:' form "
          "and accepts any other code",
          "moto-5.2.5.md 9c"),
    _moto("An app client's own token lifetimes are honoured",
          "moto stores IdTokenValidity, AccessTokenValidity and TokenValidityUnits but always issues "
          "one-hour tokens",
          "moto-5.2.5.md 5e"),
    _moto("A lifetime outside the allowed range is refused when the app client is created",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f"),
    _moto("A lifetime outside the allowed range is refused when the app client is changed",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f"),
    _moto("A refresh token still may not live longer than 3650 days",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f"),
    _moto("An access token stops working when it expires",
          "moto issues one-hour tokens whatever the app client says, and accepts expired access tokens",
          "moto-5.2.5.md 5e, 5g"),
    _moto("The authentication time stays the original sign-in's across refreshes",
          "moto sets auth_time to the time of the refresh", "moto-5.2.5.md 6b"),
    _moto("The ID token carries the attributes the app client may read",
          "moto's ID token has email_verified as the string \"true\", not a JSON boolean "
          "(measured with moto 5.2.5 in process and as a server)",
          "moto-5.2.5.md 5b"),
    _moto("Each sign-in is an event with its own id",
          "moto's tokens carry no event_id", "moto-5.2.5.md 5b, 5c"),
    _moto("The ID token and the access token are signed with different keys",
          "moto signs every token of every pool with one key, kid \"dummy\"", "moto-5.2.5.md 5a, 7a"),
)


def find(scenario_name: str, implementation: str, step_texts: list[str]) -> Divergence | None:
    """The registry entry for this scenario (and example) on this implementation, if any."""
    for divergence in REGISTRY:
        if divergence.applies_to(scenario_name, implementation, step_texts):
            return divergence
    return None


def markdown_table(implementation: str | None = None) -> str:
    """The registry as the README's table (``python -m cognito_conformance.divergences``)."""
    rows = ["| implementation | scenario | example | why it diverges | reference |",
            "|---|---|---|---|---|"]
    for d in REGISTRY:
        if implementation in (None, d.implementation):
            reference = f"{d.reference}, [upstream]({d.upstream})" if d.upstream else d.reference
            rows.append(f"| {d.implementation} | {d.scenario} | {d.example or 'all'} | {d.reason} | {reference} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
