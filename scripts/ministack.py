#!/usr/bin/env python
"""Run the conformance suite against ministack (PyPI ``ministack``, a local AWS emulator).

    python scripts/ministack.py install          # pip-install the pinned ministack[full] into .tools/ministack (a venv)
    python scripts/ministack.py start            # start it and wait; prints the endpoint; Ctrl-C stops it
    python scripts/ministack.py run              # start it, run the whole suite against it, stop it
    python scripts/ministack.py run -- features/oauth -x -n 2    # pytest arguments after --

`run` starts ministack on a free loopback port with its own state directory, AUTH=true and the
account of the suite's role ARNs (123456789012, whose roles it creates there), checks
/_ministack/health (the pinned version, auth on) and a pool's key set before the first scenario,
then executes

    python -m pytest features --backend aws --region us-east-1 \\
        --endpoint-url http://127.0.0.1:PORT --emulator ministack

with the suite account's credentials in the environment (and an env.py holding only the region,
unless you pass --env-file), so that ministack's registered divergences are expected, and stops
ministack whatever happens. Arguments after `--` replace the default `features`. The exit status is pytest's.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cognito_conformance.emulators import MINISTACK_VERSION, Ministack  # noqa: E402
from cognito_conformance.emulators.ministack import CREDENTIALS  # noqa: E402
from cognito_conformance.emulators.runner import Runner  # noqa: E402

RUNNER = Runner("ministack", MINISTACK_VERSION, Ministack, CREDENTIALS,
                detail=lambda server: f" (AUTH=true, state in {server.data_dir})")


def main(argv: list[str] | None = None) -> int:
    return RUNNER.main(__doc__, ROOT, argv)


if __name__ == "__main__":
    sys.exit(main())
