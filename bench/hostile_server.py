"""A hostile HTTP server for bench/abuse_round5.md: every way an endpoint misbehaves.

The first path segment picks the misbehaviour, so one server serves them all:
`--base-url http://127.0.0.1:PORT/<mode>/v1`. Modes:

- `hang`: accepts, reads the request, never answers.
- `html502`: HTTP 502 with an HTML error page.
- `bigerror`: HTTP 502 with a 20 kB HTML page of many lines (a CDN's error page).
- `nonjson`: HTTP 200 whose body is not JSON.
- `nochoices`: HTTP 200 with a JSON body without `choices`.
- `slow`: HTTP 200, then one byte a second, forever.
- `echo401`: HTTP 401 whose body echoes the Authorization header (the API key).
- `storm429`: always HTTP 429 with `Retry-After: 1`.
- `cut`: HTTP 200 announcing 10 000 bytes, sends 20 and closes.
- `nomodel`: HTTP 404 `model_not_found`.

Bound to 127.0.0.1 only. Run: `python bench/hostile_server.py --port 8799 &`, stop it by its PID.
"""

from __future__ import annotations

import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _send(self, status: int, body: bytes, ctype: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(404, b'{"error": "not here"}')

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        mode = self.path.strip("/").split("/")[0]
        if mode == "hang":
            time.sleep(3600)
        elif mode == "html502":
            self._send(502, b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", "text/html")
        elif mode == "bigerror":
            page = "<!DOCTYPE html>\n<html>\n<head><title>502</title></head>\n<body>\n"
            page += "<p>The web server reported a bad gateway error.</p>\n" * 400
            page += "</body></html>\n"
            self._send(502, page.encode(), "text/html")
        elif mode == "nonjson":
            self._send(200, b"this is not json at all", "application/json")
        elif mode == "nochoices":
            self._send(200, json.dumps({"id": "x", "object": "chat.completion"}).encode())
        elif mode == "slow":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(3600):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(1)
        elif mode == "echo401":
            key = self.headers.get("Authorization", "")
            body = {"error": {"message": f"Incorrect API key provided: {key}",
                              "type": "invalid_request_error", "code": "invalid_api_key"}}
            self._send(401, json.dumps(body).encode())
        elif mode == "storm429":
            self._send(429, b'{"error": {"message": "Rate limit reached", "type": "rate_limit"}}',
                       headers={"Retry-After": "1"})
        elif mode == "cut":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "10000")
            self.end_headers()
            self.wfile.write(b'{"id": "x", "choices"')
            self.wfile.flush()
            self.close_connection = True
        elif mode == "nomodel":
            self._send(404, b'{"error": {"message": "The model does not exist", '
                            b'"code": "model_not_found"}}')
        else:
            self._send(404, b'{"error": {"message": "unknown mode"}}')

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()
    ThreadingHTTPServer(("127.0.0.1", args.port), Hostile).serve_forever()


if __name__ == "__main__":
    main()
