"""The preview server behaves like GitHub Pages under the base path."""

import dataclasses
import threading
from urllib.error import HTTPError
from urllib.request import HTTPRedirectHandler, build_opener

import pytest

from dossier.config import load_config
from dossier.serve import server
from tests.golden import FIXTURE, build_tiny


class NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def origin(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve") / "build"
    assert build_tiny(out).ok
    config, _ = load_config(FIXTURE / "config.yaml")
    httpd = server(dataclasses.replace(config, output=out), "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def get(url):
    try:
        r = build_opener(NoRedirect).open(url, timeout=5)
        return r.status, r.headers, r.read()
    except HTTPError as e:
        return e.code, e.headers, e.read()


def test_pages_under_the_base_path(origin):
    status, _, body = get(origin + "/tiny/")
    assert status == 200 and b"Tiny dossier" in body
    assert get(origin + "/tiny/chronology/")[0] == 200


def test_folders_without_a_slash_redirect(origin):
    status, headers, _ = get(origin + "/tiny/chronology")
    assert status == 301 and headers["Location"] == "/tiny/chronology/"
    status, headers, _ = get(origin + "/tiny")
    assert status == 301 and headers["Location"] == "/tiny/"


def test_missing_pages_and_paths_outside_the_base_get_the_404_page(origin):
    for path in ("/tiny/nope/", "/index.html", "/chronology/", "/tiny/static/"):
        status, _, body = get(origin + path)
        assert status == 404, path
        assert b"Page not found" in body


def test_serve_rebuilds_when_content_changes(tmp_path):
    import re
    import shutil
    import subprocess
    import sys
    import time
    from pathlib import Path

    project = tmp_path / "p"
    shutil.copytree(FIXTURE, project)
    shutil.copytree(Path(__file__).parent.parent / "templates", project / "templates")
    config = project / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../../templates", "templates"), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-u", "-m", "dossier", "serve", "--port", "0"], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        url = re.search(r"http://\S+", line)[0] + "entities/russia/"
        assert b"A country." in get(url)[2]
        entity = project / "content" / "entities" / "places" / "russia.md"
        changed = entity.read_text(encoding="utf-8").replace("A country.", "A changed country.")
        deadline = time.monotonic() + 30
        while b"A changed country." not in get(url)[2]:
            assert time.monotonic() < deadline, "the page was not rebuilt within 30 s"
            entity.write_text(changed, encoding="utf-8")  # again, in case the watcher was not yet running
            time.sleep(1)
    finally:
        proc.terminate()
        proc.wait(10)
