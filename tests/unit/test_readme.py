"""The README's divergence table is the registry's."""

from pathlib import Path

from cognito_conformance.divergences import markdown_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_shows_the_registry():
    text = README.read_text()
    table = text.split("<!-- divergences:start -->\n")[1].split("\n<!-- divergences:end -->")[0]
    assert table == markdown_table(), "run `python -m cognito_conformance.divergences` and paste it"
