"""Whether a pytest run uses the suite, decided once before collection.

The plugin is installed into the same virtualenv as a team's own tests, so it loads in every pytest
run there. It stays quiet (options, ini settings and markers only) unless the run uses the suite:

- a collected path is the catalogue (the installed ``cognito_conformance.features`` that
  ``cognito-conformance`` runs, or ``features/`` of the checkout), inside it, or holds it;
- a collected path is, or holds, a team's feature file tagged ``@profile``;
- a cognito option or ini setting is given (a value other than its default), or a ``COGNITO_*``
  environment variable is set.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

#: A tag line of a Gherkin file carrying @profile.
PROFILE_TAG = re.compile(r"^[ \t]*@.*?(?<!\S)@profile(?!\S)", re.MULTILINE)
#: Directories never searched for feature files, besides the ini's norecursedirs.
SKIPPED_DIRECTORIES = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox", "site-packages"}


def catalogue_directories() -> list[Path]:
    """Where ``cognito_conformance.features`` is: inside the installed package, or the checkout's
    features/ beside it (cognito_conformance.checkout maps it there)."""
    spec = importlib.util.find_spec("cognito_conformance.features")
    if spec is None or not spec.submodule_search_locations:
        return []
    return list(dict.fromkeys(Path(location).resolve() for location in spec.submodule_search_locations
                              if Path(location).is_dir()))


def reason_from_settings(options: Mapping[str, object], option_defaults: Mapping[str, object],
                         ini: Mapping[str, object], ini_defaults: Mapping[str, object],
                         environment: Mapping[str, str], prefix: str) -> str | None:
    """The first cognito option, ini setting or environment variable given, as a reason; else None."""
    for name, default in option_defaults.items():
        if options.get(name, default) != default:
            return f"the option --{name.removeprefix('cognito_').replace('_', '-')} is given"
    for name, default in ini_defaults.items():
        if ini.get(name, default) != default:
            return f"the ini setting {name} is given"
    for name in sorted(environment):
        if name.startswith(prefix):
            return f"the environment variable {name} is set"
    return None


def reason_from_paths(paths: Iterable[Path], catalogues: list[Path], norecurse: Iterable[str] = ()) -> str | None:
    """Why the collected ``paths`` use the suite (the catalogue, a @profile feature), or None."""
    norecurse = list(norecurse)
    for path in paths:
        path = path.resolve()
        for catalogue in catalogues:
            if path.is_relative_to(catalogue) or (catalogue.is_relative_to(path) and not any(
                    _skipped(part, norecurse) for part in catalogue.relative_to(path).parts)):
                return f"the catalogue ({catalogue}) is collected"
        for feature in _feature_files(path, norecurse):
            try:
                if PROFILE_TAG.search(feature.read_text(encoding="utf-8", errors="replace")):
                    return f"a @profile feature ({feature}) is collected"
            except OSError:
                continue
    return None


def _feature_files(path: Path, norecurse: list[str]) -> Iterable[Path]:
    if path.is_file():
        if path.suffix == ".feature":
            yield path
        return
    if not path.is_dir():
        return
    for directory, subdirectories, files in os.walk(path):
        subdirectories[:] = [name for name in subdirectories if not _skipped(name, norecurse)]
        for name in files:
            if name.endswith(".feature"):
                yield Path(directory, name)


def _skipped(name: str, norecurse: list[str]) -> bool:
    """A directory pytest does not collect from (hidden, a virtualenv's, the ini's norecursedirs)."""
    return (name in SKIPPED_DIRECTORIES or name.startswith(".")
            or any(fnmatch.fnmatch(name, pattern) for pattern in norecurse))


def collected_paths(args: Iterable[str], base: Path) -> list[Path]:
    """pytest's positional arguments (or testpaths) as paths: node ids lose their ``::`` part."""
    paths = []
    for arg in args:
        if arg.startswith("-"):
            continue
        paths.append(base / arg.split("::", 1)[0])
    return paths
