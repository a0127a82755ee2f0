"""``cognito-conformance [pytest arguments]``: run the installed catalogue in any directory.

The feature files ship inside the package (``cognito_conformance.features``, the checkout's
``features/``). The command runs pytest on them with the suite's own settings (the checkout's
pytest.ini, which an install does not have), with the package as pytest's rootdir so that node ids
read ``features/<domain>/...`` as in the checkout, and with the current directory's ``env.py`` and
``reports/`` unless the arguments, the environment or an ini option say otherwise.

A path or node id of the catalogue (``features/signup/test_signup.py::test_...``, as the run prints
them and as its rerun commands give them) names the installed file when the current directory has no
such file. ``--init`` writes the env.py template into the current directory; ``--guide [SECTION]``
prints the README (or one section of it) from the package's metadata, which an install always has.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

from . import guide

PROGRAM = "cognito-conformance"
#: The arguments the user gave the command, as JSON, for the run it starts (given_argv).
ARGV_VARIABLE = "COGNITO_CONFORMANCE_ARGV"

#: The checkout's pytest.ini, given on the command line (``-o`` beats no ini file).
SUITE_OPTIONS = ("--strict-markers", "--import-mode=importlib", "-p", "no:cacheprovider", "-rfEX",
                 "-o", "xfail_strict=true")


def given_argv() -> list[str] | None:
    """In the run the command started: the arguments the user gave it; None in a run pytest started."""
    try:
        value = json.loads(os.environ.get(ARGV_VARIABLE) or "null")
    except ValueError:
        return None
    return [str(arg) for arg in value] if isinstance(value, list) else None


def features_directory() -> Path:
    """Where the installed (or editable) catalogue is."""
    spec = importlib.util.find_spec("cognito_conformance.features")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cognito-conformance: the feature files are not installed with the package; "
                         "reinstall it (pip install cognito-conformance) or run pytest in a checkout")
    return Path(list(spec.submodule_search_locations)[0])


#: Options whose next argument is their value, never a path of the catalogue (``--deselect features/...``
#: is a node id pytest compares as it is).
VALUE_OPTIONS = frozenset({"-k", "-m", "-p", "-o", "-c", "-n", "-W", "--deselect", "--ignore", "--ignore-glob",
                           "--rootdir", "--basetemp", "--junitxml", "--cucumberjson", "--report-dir", "--env-file",
                           "--compare", "--backend", "--emulator", "--region", "--endpoint-url", "--code-command"})


def catalogue_path(arg: str, cwd: Path, features: Path) -> str | None:
    """``arg`` as a path of the installed catalogue, when it names one (``features/...``, with or without
    ``::`` and a test's name) and the current directory has no such file; else None."""
    path, separator, rest = arg.partition("::")
    parts = Path(path).parts
    if arg.startswith("-") or not parts or parts[0] != "features" or (cwd / path).exists():
        return None
    installed = features.joinpath(*parts[1:])
    return f"{installed}{separator}{rest}" if installed.exists() else None


def pytest_arguments(argv: list[str], cwd: Path) -> list[str]:
    features = features_directory()
    argv = [arg if index and argv[index - 1] in VALUE_OPTIONS else catalogue_path(arg, cwd, features) or arg
            for index, arg in enumerate(argv)]
    given_paths = [arg for arg in argv if not arg.startswith("-") and (cwd / arg.split("::")[0]).exists()]
    arguments = [*SUITE_OPTIONS, f"--rootdir={features.parent}", "-p", "cognito_conformance.launcher"]
    if not os.environ.get("COGNITO_ENV_FILE") and (cwd / "env.py").is_file():
        arguments += ["-o", f"cognito_env_file={cwd / 'env.py'}"]
    arguments += ["-o", f"cognito_report_dir={cwd / 'reports'}"]
    arguments += argv
    if not given_paths:
        arguments.append(str(features))
    return arguments


def init(cwd: Path) -> int:
    """Write the env.py template into ``cwd``, never over an existing file."""
    target = cwd / "env.py"
    if target.exists():
        print(f"cognito-conformance: {target} exists already; not overwritten (the template: {guide.ENV_TEMPLATE})",
              file=sys.stderr)
        return 1
    shutil.copyfile(guide.ENV_TEMPLATE, target)
    print(f"cognito-conformance: wrote {target}; fill in what you use (the moto backend needs none of it), "
          "then run: cognito-conformance --backend aws")
    return 0


def show_guide(wanted: list[str]) -> int:
    text = guide.readme()
    if not text:
        print("cognito-conformance: the README is not in this installation's metadata", file=sys.stderr)
        return 1
    if not wanted:
        print(text)
        return 0
    found = guide.section(text, wanted[0].lstrip("#"))
    if found is None:
        print(f"cognito-conformance: no section {wanted[0]!r} in the README; its sections: "
              + ", ".join(guide.sections(text)), file=sys.stderr)
        return 1
    print(found)
    return 0


def main(argv: list[str] | None = None) -> None:
    """Become ``python -m pytest ...``: a fresh interpreter, so that pytest imports (and rewrites the
    assertions of) the plugin itself, and signals reach pytest as they would from a shell."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--init"]:
        raise SystemExit(init(Path.cwd()))
    if argv[:1] == ["--guide"]:
        raise SystemExit(show_guide(argv[1:]))
    arguments = pytest_arguments(argv, Path.cwd())
    sys.stdout.flush()
    os.environ[ARGV_VARIABLE] = json.dumps(argv)
    os.execv(sys.executable, [sys.executable, "-m", "pytest", *arguments])


if __name__ == "__main__":
    main()
