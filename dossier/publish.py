"""Publish build/ to a gh-pages branch with git: a real commit pushed to a real remote."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .config import Config
from .diagnostics import Diagnostic, error
from .model import Origin

IDENTITY = {"GIT_AUTHOR_NAME": "dossier", "GIT_AUTHOR_EMAIL": "dossier@localhost",
            "GIT_COMMITTER_NAME": "dossier", "GIT_COMMITTER_EMAIL": "dossier@localhost"}


class GitError(Exception):
    pass


def git(*args: str, cwd: Path) -> str:
    """Run git; raise GitError with its message on failure."""
    env = {**IDENTITY, **os.environ} if not has_identity(cwd) else dict(os.environ)
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def has_identity(cwd: Path) -> bool:
    probe = subprocess.run(["git", "config", "user.email"], cwd=cwd, capture_output=True, text=True)
    return bool(probe.stdout.strip())


def remote_url(remote: str, root: Path) -> str:
    """A remote name of the dossier's repository, or a URL or path used as is."""
    probe = subprocess.run(["git", "remote", "get-url", remote], cwd=root, capture_output=True, text=True)
    if probe.returncode == 0:
        return probe.stdout.strip()
    path = (root / remote)
    return str(path.resolve()) if path.exists() else remote


def publish(config: Config, remote: str, branch: str, dry_run: bool = False, message: str | None = None) -> list[Diagnostic]:
    """Commit the built site (plus .nojekyll) on top of the remote branch and push it."""
    where = Origin(str(config.output), 1)
    if not (config.output / "index.html").is_file():
        return [error("publish", "there is no built site to publish", where, "run invoke build first")]
    url = remote_url(remote, config.root)
    work = Path(tempfile.mkdtemp(prefix="dossier-publish-"))
    try:
        summary, changes = prepare(config.output, work, url, branch, message or "Publish the dossier site")
        print(summary)
        if dry_run:
            for line in changes:
                print(f"  {line}")
            print(f"dry run: would push {branch} to {url}; nothing pushed")
        elif not summary.startswith("nothing to publish"):
            git("push", url, f"HEAD:refs/heads/{branch}", cwd=work)
            print(f"pushed {branch} to {url}")
    except GitError as exc:
        return [error("publish", str(exc), where, f"check that the remote {remote!r} exists and accepts pushes")]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return []


def prepare(site: Path, work: Path, url: str, branch: str, message: str) -> tuple[str, list[str]]:
    """Make a commit of the site in `work` on top of the remote branch; describe the change."""
    git("init", "-q", "-b", branch, cwd=work)
    has_branch = bool(git("ls-remote", "--heads", url, branch, cwd=work).strip())
    if has_branch:
        git("fetch", "-q", "--depth", "1", url, branch, cwd=work)
        git("reset", "-q", "--soft", "FETCH_HEAD", cwd=work)
    shutil.copytree(site, work, dirs_exist_ok=True)
    (work / ".nojekyll").write_bytes(b"")
    git("add", "-A", cwd=work)
    changes = git("status", "--porcelain", cwd=work).splitlines()
    if not changes:
        return "nothing to publish: the remote branch already holds this site", []
    git("commit", "-q", "-m", message, cwd=work)
    counts = {"A": 0, "M": 0, "D": 0}
    for line in changes:
        kind = line[:1] if line[:1] in counts else "M"
        counts[kind] += 1
    total = len(git("ls-files", cwd=work).splitlines())
    return f"{branch}: {counts['A']} added, {counts['M']} changed, {counts['D']} deleted ({total} files)", changes
