"""The `ripartire` command as a script or a person uses it."""

from __future__ import annotations

import os
from pathlib import Path

from ripartire_desktop import __version__
from tests.conftest import run_subprocess


def test_version_and_help(cli) -> None:
    assert cli("--version").out.strip() == f"ripartire {__version__}"
    help_text = cli("--help").out
    for command in ("init", "verify", "passwd", "rotate-key", "backup", "restore"):
        assert command in help_text


def test_unknown_command_is_a_usage_error(cli) -> None:
    assert cli("frobnicate").code == 2


def test_without_a_display_the_app_explains_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = run_subprocess("--data-dir", tmp_path / "v", env=env)
    assert result.code == 1
    assert "xvfb-run" in result.err
    assert "Traceback" not in result.err


def test_init_prints_the_recovery_key_once_and_creates_a_private_vault(
    tmp_path: Path, passphrase_file: Path
) -> None:
    data_dir = tmp_path / "nuovo"
    result = run_subprocess(
        "init", "--data-dir", data_dir, "--passphrase-file", passphrase_file, "--kdf-seconds", "0"
    )
    assert result.code == 0, result.err
    recovery = [line.strip() for line in result.out.splitlines() if line.count("-") == 8]
    assert len(recovery) == 1
    assert oct(data_dir.stat().st_mode & 0o777) == oct(0o700)
    for file in data_dir.iterdir():
        assert oct(file.stat().st_mode & 0o777) == oct(0o600)
        assert recovery[0].encode() not in file.read_bytes()


def test_data_dir_from_the_environment(tmp_path: Path, passphrase_file: Path) -> None:
    env = dict(os.environ, RIPARTIRE_DATA_DIR=str(tmp_path / "da-env"))
    result = run_subprocess(
        "init", "--passphrase-file", passphrase_file, "--kdf-seconds", "0", env=env
    )
    assert result.code == 0, result.err
    assert (tmp_path / "da-env" / "vault.db").exists()


def test_short_new_passphrase_is_refused(tmp_path: Path, cli) -> None:
    short = tmp_path / "short.txt"
    short.write_text("corta\n", encoding="utf-8")
    result = cli("init", "--data-dir", tmp_path / "v", "--passphrase-file", short)
    assert result.code == 2
    assert "too short" in result.err
    assert not (tmp_path / "v").exists()


def test_passwd_then_rotate_key_from_the_command_line(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:
    data_dir = tmp_path / "v"
    assert (
        cli(
            "init",
            "--data-dir",
            data_dir,
            "--passphrase-file",
            passphrase_file,
            "--kdf-seconds",
            "0",
        ).code
        == 0
    )
    new = tmp_path / "new.txt"
    new.write_text("la nuova frase lunga\n", encoding="utf-8")
    result = cli(
        "passwd",
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
        "--new-passphrase-file",
        new,
        "--kdf-seconds",
        "0",
    )
    assert result.code == 0, result.err
    assert cli("rotate-key", "--data-dir", data_dir, "--passphrase-file", passphrase_file).code == 3
    result = cli("rotate-key", "--data-dir", data_dir, "--passphrase-file", new)
    assert result.code == 0, result.err
    assert cli("verify", "--data-dir", data_dir, "--passphrase-file", new).code == 0


def test_no_terminal_and_no_passphrase_file(tmp_path: Path, passphrase_file: Path) -> None:
    data_dir = tmp_path / "v"
    run_subprocess(
        "init", "--data-dir", data_dir, "--passphrase-file", passphrase_file, "--kdf-seconds", "0"
    )
    result = run_subprocess("verify", "--data-dir", data_dir)
    assert result.code == 2
    assert "--passphrase-file" in result.err


WINDOW_STARTS = (
    [],
    ["--demo"],
    ["--data-dir", "/tmp/elsewhere"],
    ["--data-dir=/tmp/x", "--lock-wait", "3"],
    ["--data-dir", "gui"],  # a folder named like a command is still a folder
    ["--self-test"],
)
NOT_WINDOW_STARTS = (
    ["gui"],
    ["list"],
    ["-h"],
    ["--help"],
    ["--hel"],
    ["--version"],
    ["--bogus"],
    ["--data-dir"],  # missing its value: the full parser says so
    ["--d", "x"],  # ambiguous: the full parser says so
    ["--lock-wait", "soon"],
)


def test_a_window_start_reads_the_same_options_without_the_commands_parsers() -> None:
    from ripartire_desktop.cli import build_parser, window_start

    for argv in WINDOW_STARTS:
        fast = window_start(argv)
        assert fast is not None, argv
        assert vars(fast) == vars(build_parser().parse_args(argv)), argv
    for argv in NOT_WINDOW_STARTS:
        assert window_start(argv) is None, argv


def test_help_and_mistakes_still_come_from_the_whole_parser(cli) -> None:
    assert "rotate-key" in cli("--hel").out
    missing = cli("--data-dir")
    assert missing.code == 2 and "expected one argument" in missing.err
    assert cli("--lock-wait", "soon").code == 2
