"""Command line: ``python -m cognito_conformance.reporting merge RUN.json ... -o matrix.html``.

``merge`` builds the conformance matrix of several run records (HTML, or JSON when OUT ends in
.json; ``--json`` writes the JSON form as well). ``html`` re-renders one run record's report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import matrix, record, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cognito_conformance.reporting",
                                     description="Reports of cognito-conformance runs.")
    commands = parser.add_subparsers(dest="command", required=True)
    merge = commands.add_parser("merge", help="One conformance matrix from several run records.")
    merge.add_argument("runs", nargs="+", type=Path, metavar="RUN.json", help="Run records (cognito-*.json).")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                       help="The matrix: HTML, or JSON if the name ends in .json.")
    merge.add_argument("--json", type=Path, metavar="OUT.json", help="Also write the matrix as JSON here.")
    html = commands.add_parser("html", help="The HTML report of one run record.")
    html.add_argument("run", type=Path, metavar="RUN.json")
    html.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.html")
    args = parser.parse_args(argv)
    try:
        if args.command == "merge":
            built = matrix.build([record.read_json(path) for path in args.runs])
            if args.output.suffix == ".json":
                matrix.write_json(built, args.output)
            else:
                matrix.write_html(built, args.output)
            if args.json:
                matrix.write_json(built, args.json)
            print(f"{args.output}: {len(built['rows'])} behaviours on {len(built['columns'])} runs")
        else:
            report.write(record.read_json(args.run), args.output)
            print(args.output)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
