"""What an installed copy says and takes: messages name its commands (not a checkout's files), the command
prints the README's sections and takes the catalogue's node ids from any directory, and rerun commands
name the program the run was started with."""

from __future__ import annotations

import json

from cognito_conformance import checkout, cli, guide
from cognito_conformance.reporting import metadata
from cognito_conformance.settings import ConfigError

README = """# title

## Configuration

text
```sh
# not a heading
```
### Sub part

more

## Next

other
"""


def test_messages_name_the_readme_in_a_checkout_and_the_command_when_installed(monkeypatch):
    assert guide.reference("configuration") == "README.md#configuration"
    assert str(ConfigError("bad")).endswith("See README.md#configuration.")
    monkeypatch.setattr(checkout, "root", lambda: None)
    assert guide.reference("configuration") == "`cognito-conformance --guide configuration`"
    assert str(ConfigError("bad")).endswith("See `cognito-conformance --guide configuration`.")


def test_the_guide_prints_a_section_with_its_subsections():
    found = guide.section(README, "configuration")
    assert found.startswith("## Configuration") and "### Sub part" in found and "# not a heading" in found
    assert "## Next" not in found
    assert guide.section(README, "nowhere") is None
    assert guide.sections(README) == ["configuration", "sub-part", "next"]
    assert guide.section(guide.readme(), "configuration").startswith("## Configuration")


def test_the_env_template_ships_in_the_package():
    assert guide.ENV_TEMPLATE.is_file() and "user_pool_id = None" in guide.ENV_TEMPLATE.read_text()


def test_the_command_takes_the_catalogues_node_ids_from_any_directory(tmp_path):
    features = cli.features_directory()
    node = "features/signup/test_signup.py::test_x[a b]"
    assert cli.catalogue_path(node, tmp_path, features) == f"{features / 'signup' / 'test_signup.py'}::test_x[a b]"
    assert cli.catalogue_path("features/signup", tmp_path, features) == str(features / "signup")
    assert cli.catalogue_path("features/nowhere.py", tmp_path, features) is None
    assert cli.catalogue_path("-k", tmp_path, features) is None
    (tmp_path / "features").mkdir()  # a directory of the user's own: theirs
    assert cli.catalogue_path("features", tmp_path, features) is None
    arguments = cli.pytest_arguments([node], tmp_path / "elsewhere")
    assert arguments[-1] == node.replace("features/", f"{features}/", 1)
    # An option's value stays as typed: -k features is a keyword, --deselect takes node ids as they are.
    arguments = cli.pytest_arguments(["-k", "features", "--deselect", node], tmp_path / "elsewhere")
    assert arguments[-5:] == ["-k", "features", "--deselect", node, str(features)]


def test_rerun_commands_name_the_program_the_run_was_started_with(monkeypatch):
    node = "features/a/test_a.py::test_b[x y]"
    monkeypatch.delenv(cli.ARGV_VARIABLE, raising=False)
    assert metadata.rerun_command(node, ["--backend", "aws"]) == f"python -m pytest '{node}' --backend aws"
    assert metadata.command_line(["features", "-q"]) == "python -m pytest features -q"
    monkeypatch.setenv(cli.ARGV_VARIABLE, json.dumps(["-k", "srp", "--backend", "aws", "-q"]))
    assert metadata.rerun_command(node, metadata.rerun_options(["--rootdir=/x", "-o", "a=b"])) == \
        f"cognito-conformance '{node}' --backend aws"
    assert metadata.command_line(["--rootdir=/x"]) == "cognito-conformance -k srp --backend aws -q"
