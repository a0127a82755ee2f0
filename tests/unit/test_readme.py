"""The README links to the generated divergence and matrix pages instead of carrying copies of them."""

from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_links_to_the_generated_pages():
    text = README.read_text()
    assert "(docs/divergences.md)" in text and "(docs/matrix.md)" in text
    # tests/reporting/test_generated_docs.py keeps those pages current; the README holds no copy.
    assert "<!-- divergences:start -->" not in text and "<!-- matrix:start -->" not in text
    assert "| implementation | scenario | example | why it diverges | reference |" not in text
