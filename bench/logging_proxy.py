r"""A logging pass-through on 127.0.0.1 in front of a local model server.

    python bench/logging_proxy.py --port 18661 --upstream http://127.0.0.1:18651 \
        --log REQUESTS.jsonl

Every request is forwarded unchanged to the upstream server and its answer returned
unchanged; each POST body is appended to REQUESTS.jsonl (`{"path", "request"}`) and each
answer to REQUESTS.jsonl.answers (`{"path", "status", "answer"}`), in order, for
`bench/collect_real_drafts.py`. Headers other than the content type are not logged, so
the API key a client sends never reaches the logs. One request at a time (the servers
of the real runs have one slot). Stop it with Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import http.server
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path

_LOCK = threading.Lock()


def make_handler(upstream: str, log: Path) -> type[http.server.BaseHTTPRequestHandler]:
    answers = Path(str(log) + ".answers")

    class Handler(http.server.BaseHTTPRequestHandler):
        def _forward(self, body: bytes | None) -> None:
            request = urllib.request.Request(
                upstream.rstrip("/") + self.path, data=body, method=self.command,
                headers={"Content-Type": self.headers.get("Content-Type", "application/json")})
            try:
                with urllib.request.urlopen(request, timeout=3600) as reply:
                    status, payload = reply.status, reply.read()
            except urllib.error.HTTPError as error:
                status, payload = error.code, error.read()
            if body is not None:
                with answers.open("a", encoding="utf-8") as out:
                    out.write(json.dumps({"path": self.path, "status": status,
                                          "answer": payload.decode("utf-8", "replace")},
                                         ensure_ascii=False) + "\n")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:
            with _LOCK:
                self._forward(None)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with _LOCK:
                with log.open("a", encoding="utf-8") as out:
                    out.write(json.dumps({"path": self.path, "request": json.loads(body)},
                                         ensure_ascii=False) + "\n")
                self._forward(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="e.g. http://127.0.0.1:18631")
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args(argv)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port),
                                             make_handler(args.upstream, args.log))
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
