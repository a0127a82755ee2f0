#!/usr/bin/env python
"""Run the conformance suite against cognito-local (https://github.com/jagregory/cognito-local).

    python scripts/cognito_local.py install          # npm-install the pinned cognito-local into .tools/
    python scripts/cognito_local.py start            # start it and wait; prints the endpoint; Ctrl-C stops it
    python scripts/cognito_local.py run              # start it, run the whole suite against it, stop it
    python scripts/cognito_local.py run -- features/signin -x -n 4   # pytest arguments after --

`run` executes

    python -m pytest features --backend aws --region us-east-1 \\
        --endpoint-url http://127.0.0.1:PORT --emulator cognito-local

with fake AWS credentials in the environment (and an env.py holding only the region, unless you pass
--env-file), so that cognito-local's registered divergences are expected. Arguments after `--`
replace the default `features`. Needs node and npm (Node.js 20 or newer); the exit status is pytest's.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cognito_conformance.emulators import COGNITO_LOCAL_VERSION, CognitoLocal  # noqa: E402
from cognito_conformance.emulators.runner import Runner  # noqa: E402

RUNNER = Runner("cognito-local", COGNITO_LOCAL_VERSION, CognitoLocal,
                {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing"})


def main(argv: list[str] | None = None) -> int:
    return RUNNER.main(__doc__, ROOT, argv)


if __name__ == "__main__":
    sys.exit(main())
