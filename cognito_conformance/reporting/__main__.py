"""Command line: ``python -m cognito_conformance.reporting merge RUN.json ... -o matrix.html``.

``merge`` builds the conformance matrix of several run records (HTML, or JSON when OUT ends in
.json; ``--json`` writes the JSON form as well). ``html`` re-renders one run record's report.
``trend OLD.json NEW.json`` prints what changed between two runs. ``docs`` regenerates docs/matrix.md
and docs/divergences.md (``--check``: exit 1 when they are not current); ``record-run RUN.json NAME``
commits a run's slimmed record to docs/runs/NAME for the matrix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import docs, matrix, record, report, trend


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cognito_conformance.reporting",
                                     description="Reports of cognito-conformance runs.")
    commands = parser.add_subparsers(dest="command", required=True)
    merge = commands.add_parser("merge", help="One conformance matrix from several run records.")
    merge.add_argument("runs", nargs="+", type=Path, metavar="RUN.json", help="Run records (cognito-*.json).")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                       help="The matrix: HTML, or JSON if the name ends in .json.")
    merge.add_argument("--json", type=Path, metavar="OUT.json", help="Also write the matrix as JSON here.")
    merge.add_argument("--latest", action="store_true",
                       help="Of several records of one backend and implementation, keep only the newest.")
    html = commands.add_parser("html", help="The HTML report of one run record.")
    html.add_argument("run", type=Path, metavar="RUN.json")
    html.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.html")
    changes = commands.add_parser("trend", help="What changed from one run record to the next.")
    changes.add_argument("previous", type=Path, metavar="OLD.json")
    changes.add_argument("current", type=Path, metavar="NEW.json")
    generated = commands.add_parser("docs", help="Regenerate docs/matrix.md and docs/divergences.md.")
    generated.add_argument("--check", action="store_true", help="Write nothing; exit 1 if they are not current.")
    committed = commands.add_parser("record-run", help="Commit a run's record to docs/runs/ for docs/matrix.md.")
    committed.add_argument("run", type=Path, metavar="RUN.json")
    committed.add_argument("name", choices=docs.RUN_FILES)
    args = parser.parse_args(argv)
    try:
        if args.command == "merge":
            records = [record.read_json(path) for path in args.runs]
            if args.latest:
                newest: dict[tuple, dict] = {}
                for found in records:
                    meta = found["run"]
                    key = (meta.get("backend"), meta.get("implementation"))
                    if key not in newest or (meta.get("started") or "") > (newest[key]["run"].get("started") or ""):
                        newest[key] = found
                records = list(newest.values())
            built = matrix.build(records)
            if args.output.suffix == ".json":
                matrix.write_json(built, args.output)
            else:
                matrix.write_html(built, args.output)
            if args.json:
                matrix.write_json(built, args.json)
            print(f"{args.output}: {len(built['rows'])} behaviours on {len(built['columns'])} runs")
        elif args.command == "html":
            report.write(record.read_json(args.run), args.output)
            print(args.output)
        elif args.command == "trend":
            found = trend.compare(record.read_json(args.previous), record.read_json(args.current), str(args.previous))
            print("\n".join(trend.lines(found)))
        elif args.command == "docs":
            if args.check:
                stale = docs.stale()
                for path in stale:
                    print(f"{path} is not current: run python -m cognito_conformance.reporting docs", file=sys.stderr)
                return 1 if stale else 0
            for path in docs.write():
                print(path)
        else:
            print(docs.record_run(args.run, args.name))
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
