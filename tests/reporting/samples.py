"""Stand-ins for pytest-bdd's Feature, Scenario and Step, and secrets shaped like the suite's."""

from __future__ import annotations

from types import SimpleNamespace

from cognito_conformance.divergences import Divergence

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
PASSWORD = "Aa1!secret-Passw0rd-xyz"


class Table:
    def __init__(self, rows):
        self.rows = rows

    def raw(self):
        return self.rows


def step(keyword: str, text: str, table=None, docstring=None, line: int = 10):
    return SimpleNamespace(keyword=keyword, name=text, datatable=Table(table) if table else None,
                           docstring=docstring, line_number=line)


def feature(path: str = "features/signin/srp.feature", name: str = "Signing in with SRP",
            description: str = "Why it matters.\nChecks: API InitiateAuth.", tags=("signin",)):
    return SimpleNamespace(filename=f"/root/{path}", rel_filename=path.removeprefix("features/"), name=name,
                           description=description, tags=set(tags))


def scenario(name: str, steps, tags=(), rule=None, keyword: str = "Scenario", line: int = 12,
             description: str = ""):
    return SimpleNamespace(name=name, keyword=keyword, steps=list(steps), tags=set(tags), rule=rule,
                           line_number=line, description=description)


DIVERGENCE = Divergence("A proof made with a wrong password is refused", "moto",
                        "moto does not verify the SRP proof", "moto-5.2.5.md 4b", "https://example.com/issue")
