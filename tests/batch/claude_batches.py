"""A local server with Anthropic's Message Batches endpoints, answering from the reference drafts.

It follows Anthropic's documented shapes: `POST /v1/messages/batches` (`requests`, each
`{custom_id, params}`; a `custom_id` must match `^[a-zA-Z0-9_-]{1,64}$` and be unique, at
most 100,000 requests), `GET /v1/messages/batches/{id}` (`processing_status`
`in_progress`, then `ended` with `request_counts` and a `results_url`), `GET .../results`
(JSONL of `{custom_id, result}` with `result.type` succeeded, errored, expired or
canceled), `POST .../cancel`. A batch runs when first retrieved (unless `hold`): each
request is answered by `AnthropicReference.answer` in request order, so its scripted
failures apply request by request (a scripted "529" becomes an `errored` result holding
Anthropic's `overloaded_error`). `expire_after(n)` makes the next batch expire after n
requests; `fail_next(action)` answers the next batch call itself with that scripted error.
`POST /v1/messages` is served too, for live calls.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import deque
from http.server import BaseHTTPRequestHandler
from typing import Any

from reference_wire import AnthropicReference

MAX_REQUESTS = 100_000
CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
CREATED = "2026-12-06T09:00:00Z"
ENDED = "2026-12-06T09:30:00Z"
EXPIRES = "2026-12-07T09:00:00Z"


class MessageBatchServer(AnthropicReference):
    """AnthropicReference plus Message Batches, in a thread on 127.0.0.1."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(port)
        self.batches: dict[str, dict[str, Any]] = {}
        self.results: dict[str, bytes] = {}
        self.plans: deque[int] = deque()
        self.failures: deque[str] = deque()
        self.hold = False
        self.calls: list[tuple[str, str]] = []
        # The key of every call: its x-api-key header, or Authorization (this SDK's).
        self.keys: list[str | None] = []
        self._ids = itertools.count(1)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, status: int, headers: dict[str, str], payload: Any) -> None:
                raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                kind = "application/binary" if isinstance(payload, bytes) else "application/json"
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(raw)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(raw)

            def _route(self, method: str, data: bytes) -> None:
                server.calls.append((method, self.path))
                server.keys.append(
                    self.headers.get("x-api-key") or self.headers.get("authorization")
                )
                if self.path.startswith("/v1/messages/batches") and server.failures:
                    self._reply(*_FAILURES[server.failures.popleft()])
                elif self.path.startswith("/v1/messages/batches"):
                    self._reply(*server.route(method, self.path, data))
                else:
                    self._reply(*server.answer(self.path, json.loads(data or b"{}")))

            def do_GET(self) -> None:
                self._route("GET", b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                self._route("POST", self.rfile.read(length))

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd.RequestHandlerClass = Handler

    def expire_after(self, requests: int) -> None:
        """The next batch created answers `requests` requests, then expires."""
        self.plans.append(requests)

    def fail_next(self, *actions: str) -> None:
        """Answer the next batch calls with these scripted errors ("529", "401", ...)."""
        self.failures.extend(actions)

    def created(self) -> list[dict[str, Any]]:
        """The `requests` of every batch created, in order."""
        return [job["_requests"] for job in self.batches.values()]

    # -- routes --------------------------------------------------------------------------

    def route(self, method: str, path: str, data: bytes) -> tuple[int, dict[str, str], Any]:
        parts = path.strip("/").split("/")  # v1 messages batches {id} [results|cancel]
        if method == "POST" and len(parts) == 3:
            return self._create(json.loads(data or b"{}"))
        job = self.batches.get(parts[3]) if len(parts) > 3 else None
        if job is None:
            return 404, {}, _anthropic_error("not_found_error", "No such message batch.")
        if method == "POST" and parts[4:] == ["cancel"]:
            if job["processing_status"] == "in_progress":
                self._run(job, canceled=True)
            return 200, {}, self._public(job)
        if method == "GET" and parts[4:] == ["results"]:
            if job["processing_status"] != "ended":
                return 400, {}, _anthropic_error("invalid_request_error", "Not ended yet.")
            return 200, {}, self.results[job["id"]]
        if method == "GET" and len(parts) == 4:
            if job["processing_status"] == "in_progress" and not self.hold:
                self._run(job)
            return 200, {}, self._public(job)
        return 404, {}, _anthropic_error("not_found_error", f"No route {path}.")

    def _create(self, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        requests = body.get("requests")
        if not isinstance(requests, list) or not 1 <= len(requests) <= MAX_REQUESTS:
            return 400, {}, _anthropic_error("invalid_request_error", "requests: 1 to 100,000.")
        seen: set[str] = set()
        for number, request in enumerate(requests):
            custom_id = request.get("custom_id")
            if not isinstance(custom_id, str) or not CUSTOM_ID.fullmatch(custom_id):
                message = f"requests.{number}.custom_id: String should match pattern"
                return 400, {}, _anthropic_error("invalid_request_error", message)
            if custom_id in seen or not isinstance(request.get("params"), dict):
                message = f"requests.{number}: custom_id repeats, or no params"
                return 400, {}, _anthropic_error("invalid_request_error", message)
            seen.add(custom_id)
        batch_id = f"msgbatch_{next(self._ids):04d}"
        self.batches[batch_id] = {
            "id": batch_id,
            "type": "message_batch",
            "processing_status": "in_progress",
            "request_counts": _counts(processing=len(requests)),
            "created_at": CREATED,
            "expires_at": EXPIRES,
            "ended_at": None,
            "cancel_initiated_at": None,
            "archived_at": None,
            "results_url": None,
            "_requests": requests,
            "_expire_after": self.plans.popleft() if self.plans else None,
        }
        return 200, {}, self._public(self.batches[batch_id])

    @staticmethod
    def _public(job: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in job.items() if not k.startswith("_")}

    def _run(self, job: dict[str, Any], *, canceled: bool = False) -> None:
        lines: list[dict[str, Any]] = []
        limit = job["_expire_after"]
        for number, request in enumerate(job["_requests"], start=1):
            if canceled:
                result: dict[str, Any] = {"type": "canceled"}
            elif limit is not None and number > limit:
                result = {"type": "expired"}
            else:
                status, _, payload = self.answer("/v1/messages", request["params"])
                result = (
                    {"type": "succeeded", "message": payload}
                    if status == 200
                    else {"type": "errored", "error": {**payload, "request_id": f"req_{number}"}}
                )
            lines.append({"custom_id": request["custom_id"], "result": result})
        tally = dict.fromkeys(("succeeded", "errored", "canceled", "expired"), 0)
        for line in reversed(lines):  # results come in no particular order: here, reversed
            tally[line["result"]["type"]] += 1
        self.results[job["id"]] = "".join(
            json.dumps(line, ensure_ascii=False) + "\n" for line in reversed(lines)
        ).encode("utf-8")
        host, port = self.httpd.server_address[:2]
        job.update(
            processing_status="ended",
            ended_at=ENDED,
            cancel_initiated_at=ENDED if canceled else None,
            request_counts=_counts(**tally),
            results_url=f"http://{host!s}:{port}/v1/messages/batches/{job['id']}/results",
        )


def _anthropic_error(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


# Anthropic's own error bodies, for a batch call itself.
_FAILURES: dict[str, tuple[int, dict[str, str], Any]] = {
    "529": (529, {}, _anthropic_error("overloaded_error", "Overloaded")),
    "401": (401, {}, _anthropic_error("authentication_error", "invalid x-api-key")),
}


def _counts(**given: int) -> dict[str, int]:
    names = ("processing", "succeeded", "errored", "canceled", "expired")
    return {name: given.get(name, 0) for name in names}
