"""Preview server: serve build/ under the base path like GitHub Pages, rebuilding on change."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from .build import build
from .config import Config


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """GitHub Pages behaviour: only the base path exists, folders need a slash, 404.html for misses."""

    base = "/"

    def send_head(self):
        path = urlsplit(self.path).path
        if path + "/" == self.base:
            return self.redirect(self.base)
        if not path.startswith(self.base):
            return self.not_found()
        local = Path(self.translate_path(self.path))
        if local.is_dir() and not path.endswith("/"):
            return self.redirect(path + "/")
        if local.is_dir() and not (local / "index.html").is_file() or not local.exists():
            return self.not_found()
        return super().send_head()

    def translate_path(self, path: str) -> str:
        inner = urlsplit(path).path[len(self.base) - 1:] if urlsplit(path).path.startswith(self.base) else "/"
        return super().translate_path(inner)

    def redirect(self, location: str):
        self.send_response(301)
        self.send_header("Location", location)
        self.end_headers()
        return None

    def not_found(self):
        page = Path(self.directory) / "404.html"
        body = page.read_bytes() if page.is_file() else b"Not found"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format: str, *args) -> None:  # quieter than the default
        if not str(args[1] if len(args) > 1 else "").startswith(("2", "3")):
            super().log_message(format, *args)


def server(config: Config, host: str, port: int) -> http.server.ThreadingHTTPServer:
    """An HTTP server for the output folder under the configured base path."""
    handler = functools.partial(type("Handler", (PagesHandler,), {"base": config.base_path}),
                                directory=str(config.output))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve(config: Config, host: str, port: int, report: Callable, watch: bool = True) -> int:
    """Build, serve, and rebuild whenever content or templates change (restart for config.yaml)."""
    status = report(build(config).diagnostics)
    httpd = server(config, host, port)
    print(f"serving {config.output} at http://{host}:{httpd.server_address[1]}{config.base_path} (Ctrl-C to stop)")
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        if not watch:
            threading.Event().wait()
        from watchfiles import watch as watch_changes

        for changes in watch_changes(config.content, config.templates):
            print(f"{len(changes)} change(s); rebuilding…")
            status = report(build(config).diagnostics)
            if status == 0:
                print("rebuilt")
    except KeyboardInterrupt:
        pass
    finally:
        httpd.shutdown()
    return status
