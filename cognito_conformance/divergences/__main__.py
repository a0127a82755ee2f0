"""python -m cognito_conformance.divergences [IMPLEMENTATION]: the registry as a Markdown table."""

import sys

from . import markdown_table

print(markdown_table(sys.argv[1] if len(sys.argv) > 1 else None))
