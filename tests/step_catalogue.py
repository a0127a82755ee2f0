"""Reads the suite's step definitions (from the source of steps/*.py) and feature steps (with Gherkin's parser).

Kept apart from pytest-bdd's internals on purpose: the checks built on it must keep working
when pytest-bdd changes how it stores step definitions.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from gherkin.parser import Parser
from pytest_bdd import parsers

from cognito_conformance.steps.grammar import phrase

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"given", "when", "then"}


@dataclass(frozen=True)
class StepDefinition:
    type: str
    text: str
    where: str
    #: How the phrase is written: "phrase" (parse with the suite's types), "re", or "string".
    kind: str = "phrase"

    def matches(self, step_text: str) -> bool:
        """As pytest-bdd matches: plain strings exactly, phrase() patterns by parse, re by regex."""
        if self.kind == "re":
            return parsers.re(self.text).is_matching(step_text)
        parser = phrase(self.text) if "{" in self.text else parsers.string(self.text)
        return parser.is_matching(step_text)


@dataclass(frozen=True)
class FeatureStep:
    type: str
    text: str
    where: str


def step_definitions() -> list[StepDefinition]:
    found = []
    for path in sorted((ROOT / "steps").glob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                if not (isinstance(decorator, ast.Call) and getattr(decorator.func, "id", None) in KEYWORDS):
                    continue
                argument, kind = decorator.args[0], "string"
                if isinstance(argument, ast.Call):  # phrase("...") or parsers.re("...")
                    kind = "re" if getattr(argument.func, "attr", None) == "re" else "phrase"
                    argument = argument.args[0]
                found.append(StepDefinition(decorator.func.id, argument.value,
                                            f"{path.relative_to(ROOT)}:{decorator.lineno}", kind))
    return found


def feature_files() -> list[Path]:
    """The suite's features and the shipped examples (a pool profile)."""
    return sorted([*(ROOT / "features").rglob("*.feature"), *(ROOT / "examples").rglob("*.feature")])


def _scenarios(children):
    for child in children:
        if "background" in child:
            yield child["background"]
        if "scenario" in child:
            yield child["scenario"]
        if "rule" in child:
            yield from _scenarios(child["rule"]["children"])


def scenario_names() -> list[tuple[str, str]]:
    names = []
    for path in feature_files():
        document = Parser().parse(path.read_text())
        for scenario in _scenarios(document["feature"]["children"]):
            if scenario.get("keyword", "").strip() != "Background":
                names.append((scenario["name"], str(path.relative_to(ROOT))))
    return names


def feature_steps() -> list[FeatureStep]:
    steps = []
    for path in feature_files():
        document = Parser().parse(path.read_text())
        for scenario in _scenarios(document["feature"]["children"]):
            examples = [
                dict(zip([c["value"] for c in table["tableHeader"]["cells"]], [c["value"] for c in row["cells"]]))
                for table in scenario.get("examples", []) for row in table["tableBody"]
            ] or [{}]
            current = None
            for step in scenario["steps"]:
                keyword = step["keyword"].strip().lower()
                current = keyword if keyword in KEYWORDS else current
                for example in examples:
                    text = step["text"]
                    for name, value in example.items():
                        text = text.replace(f"<{name}>", value)
                    steps.append(FeatureStep(current, text, f"{path.relative_to(ROOT)}:{step['location']['line']}"))
    return steps


def scenario_step_templates() -> dict[str, list[str]]:
    """Each scenario's steps as its feature file writes them (an Outline's with <placeholders>), the
    feature's and its rule's Background steps first, as pytest-bdd runs them."""
    found: dict[str, list[str]] = {}
    for path in feature_files():
        feature = Parser().parse(path.read_text())["feature"]

        def walk(children, background):
            for child in children:
                if "background" in child:
                    background = background + [s["text"] for s in child["background"]["steps"]]
                elif "scenario" in child:
                    found[child["scenario"]["name"]] = background + [s["text"] for s in child["scenario"]["steps"]]
                elif "rule" in child:
                    walk(child["rule"]["children"], background)

        walk(feature["children"], [])
    return found


def scenario_tags() -> dict[str, set[str]]:
    """Each scenario's tags, its feature's and its rule's included, without the "@"."""
    found: dict[str, set[str]] = {}
    for path in feature_files():
        feature = Parser().parse(path.read_text())["feature"]

        def walk(children, inherited):
            for child in children:
                if "scenario" in child:
                    own = {tag["name"].lstrip("@") for tag in child["scenario"].get("tags", [])}
                    found[child["scenario"]["name"]] = inherited | own
                elif "rule" in child:
                    rule = {tag["name"].lstrip("@") for tag in child["rule"].get("tags", [])}
                    walk(child["rule"]["children"], inherited | rule)

        walk(feature["children"], {tag["name"].lstrip("@") for tag in feature.get("tags", [])})
    return found
