"""invoke publish against a real local bare repository (no mocks)."""

import subprocess
import sys
from pathlib import Path

from tests.golden import build_tiny


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def publish(project: Path, *args):
    return subprocess.run([sys.executable, "-m", "dossier", "publish", *args], cwd=project,
                          capture_output=True, text=True)


def make_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    (project / "config.yaml").write_text("title: T\ndescription: D\nlanguage: en\nbase_path: /t/\n", encoding="utf-8")
    assert build_tiny(project / "build").ok
    return project


def test_dry_run_shows_the_files_and_pushes_nothing(tmp_path):
    project, bare = make_project(tmp_path), tmp_path / "remote.git"
    git("init", "-q", "--bare", str(bare), cwd=tmp_path)
    done = publish(project, "--remote", str(bare), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "A  index.html" in done.stdout and "A  .nojekyll" in done.stdout
    assert "nothing pushed" in done.stdout
    assert git("branch", "--list", cwd=bare).strip() == ""


def test_publish_commits_the_site_with_nojekyll_and_updates_it(tmp_path):
    project, bare = make_project(tmp_path), tmp_path / "remote.git"
    git("init", "-q", "--bare", str(bare), cwd=tmp_path)
    first = publish(project, "--remote", str(bare))
    assert first.returncode == 0, first.stderr
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).split())
    built = {p.relative_to(project / "build").as_posix() for p in (project / "build").rglob("*") if p.is_file()}
    assert files == built | {".nojekyll"}

    again = publish(project, "--remote", str(bare))
    assert "nothing to publish" in again.stdout

    (project / "build" / "chronology" / "index.html").unlink()
    (project / "build" / "new.txt").write_text("x", encoding="utf-8")
    third = publish(project, "--remote", str(bare))
    assert "1 added, 0 changed, 1 deleted" in third.stdout, third.stdout
    assert len(git("log", "--oneline", "gh-pages", cwd=bare).splitlines()) == 2
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).split())
    assert "new.txt" in files and "chronology/index.html" not in files


def test_publish_without_a_build_or_remote_fails_clearly(tmp_path):
    project = tmp_path / "p"
    project.mkdir()
    (project / "config.yaml").write_text("title: T\ndescription: D\n", encoding="utf-8")
    done = publish(project, "--remote", str(tmp_path / "none.git"))
    assert done.returncode == 1 and "error[publish]: there is no built site" in done.stderr
    assert build_tiny(project / "build").ok
    done = publish(project, "--remote", str(tmp_path / "none.git"))
    assert done.returncode == 1 and "error[publish]" in done.stderr and "Traceback" not in done.stderr
