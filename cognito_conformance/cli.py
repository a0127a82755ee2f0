"""``cognito-conformance [pytest arguments]``: run the installed catalogue in any directory.

The feature files ship inside the package (``cognito_conformance.features``, the checkout's
``features/``). The command runs pytest on them with the suite's own settings (the checkout's
pytest.ini, which an install does not have), with the package as pytest's rootdir so that node ids
read ``features/<domain>/...`` as in the checkout, and with the current directory's ``env.py`` and
``reports/`` unless the arguments, the environment or an ini option say otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

#: The checkout's pytest.ini, given on the command line (``-o`` beats no ini file).
SUITE_OPTIONS = ("--strict-markers", "--import-mode=importlib", "-p", "no:cacheprovider", "-rfEX",
                 "-o", "xfail_strict=true")


def features_directory() -> Path:
    """Where the installed (or editable) catalogue is."""
    spec = importlib.util.find_spec("cognito_conformance.features")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cognito-conformance: the feature files are not installed with the package; "
                         "reinstall it (pip install cognito-conformance) or run pytest in a checkout")
    return Path(list(spec.submodule_search_locations)[0])


def pytest_arguments(argv: list[str], cwd: Path) -> list[str]:
    features = features_directory()
    given_paths = [arg for arg in argv if not arg.startswith("-") and (cwd / arg.split("::")[0]).exists()]
    arguments = [*SUITE_OPTIONS, f"--rootdir={features.parent}"]
    if not os.environ.get("COGNITO_ENV_FILE") and (cwd / "env.py").is_file():
        arguments += ["-o", f"cognito_env_file={cwd / 'env.py'}"]
    arguments += ["-o", f"cognito_report_dir={cwd / 'reports'}"]
    arguments += argv
    if not given_paths:
        arguments.append(str(features))
    return arguments


def main(argv: list[str] | None = None) -> None:
    """Become ``python -m pytest ...``: a fresh interpreter, so that pytest imports (and rewrites the
    assertions of) the plugin itself, and signals reach pytest as they would from a shell."""
    argv = list(sys.argv[1:] if argv is None else argv)
    arguments = pytest_arguments(argv, Path.cwd())
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, "-m", "pytest", *arguments])


if __name__ == "__main__":
    main()
