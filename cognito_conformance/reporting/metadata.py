"""The facts a run record states about the run: versions, commit, command line, how to rerun a scenario."""

from __future__ import annotations

import importlib.metadata
import shlex
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .. import cli
from ..masking import mask

#: Packages whose versions the record names.
VERSIONS = ("moto", "boto3", "botocore", "pytest", "pytest-bdd", "pytest-xdist")
SUITE_PACKAGE = "cognito-conformance"
#: The options that choose what a scenario runs against: a rerun needs them, nothing else.
#: (name, takes a value)
RERUN_OPTIONS = {"--backend": True, "--region": True, "--endpoint-url": True, "--emulator": True,
                 "--env-file": True, "--code-command": True, "--code-prompt": False,
                 "--allow-writes": False, "--run-slow": False}


def package_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def versions() -> dict[str, str]:
    return {name: version for name in VERSIONS if (version := package_version(name))}


def suite_version(root: Path) -> dict[str, str | None]:
    """The suite's package version and, when ``root`` (the suite's own checkout, not a team's repository)
    is a git checkout, its commit (``-dirty`` with local changes)."""
    commit = None
    if not (root / "pyproject.toml").is_file() or not (root / "features").is_dir():
        return {"version": package_version(SUITE_PACKAGE), "commit": None}  # an installed copy: no checkout
    try:
        head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=root, capture_output=True,
                              text=True, timeout=10, check=False)
        if head.returncode == 0:
            commit = head.stdout.strip()
            status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                                    capture_output=True, text=True, timeout=10, check=False)
            if status.returncode == 0 and status.stdout.strip():
                commit += "-dirty"
    except (OSError, subprocess.SubprocessError):
        commit = None
    return {"version": package_version(SUITE_PACKAGE), "commit": commit}


#: Options whose value may carry a secret (a code command's key): only the program's name is shown.
SECRET_VALUE_OPTIONS = ("--code-command",)


def _program_only(command: str) -> str:
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    return f"{words[0]} ***" if len(words) > 1 else command


def redacted(args: Sequence[str]) -> list[str]:
    """``args`` with the value of each option in SECRET_VALUE_OPTIONS cut to its program's name."""
    out, args = [], [str(a) for a in args]
    for index, arg in enumerate(args):
        name, equals, value = arg.partition("=")
        if name in SECRET_VALUE_OPTIONS and equals:
            out.append(f"{name}={_program_only(value)}")
        elif index > 0 and args[index - 1] in SECRET_VALUE_OPTIONS:
            out.append(_program_only(arg))
        else:
            out.append(arg)
    return out


#: How a run started by pytest is rerun.
PYTEST = "python -m pytest"


def invocation(args: Sequence[str]) -> tuple[str, list[str]]:
    """The command the user ran and its arguments: ``cognito-conformance`` and the arguments given to it
    (cli.py hands them to the run it starts), else ``python -m pytest`` and pytest's ``args``."""
    given = cli.given_argv()
    return (cli.PROGRAM, given) if given is not None else (PYTEST, [str(arg) for arg in args])


def command_line(args: Sequence[str]) -> str:
    program, args = invocation(args)
    return mask(f"{program} " + shlex.join(redacted(args))).strip()


def rerun_program() -> str:
    """What reruns a scenario where this run started: ``cognito-conformance NODE-ID`` (it takes the
    catalogue's node ids from any directory), else ``python -m pytest NODE-ID`` (in the rootdir)."""
    return cli.PROGRAM if cli.given_argv() is not None else PYTEST


def rerun_options(args: Sequence[str]) -> list[str]:
    """The options of ``args`` that choose the backend and its settings, in order."""
    kept, index, args = [], 0, redacted(invocation(args)[1])
    while index < len(args):
        arg = args[index]
        name = arg.split("=", 1)[0]
        if name in RERUN_OPTIONS:
            kept.append(arg)
            if RERUN_OPTIONS[name] and "=" not in arg and index + 1 < len(args):
                kept.append(args[index + 1])
                index += 1
        index += 1
    return kept


def rerun_command(nodeid: str, options: Sequence[str], program: str | None = None) -> str:
    return mask(" ".join([program or rerun_program(), shlex.join([nodeid, *options])]))
