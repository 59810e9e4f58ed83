"""A local server with OpenAI's Files and Batches endpoints, answering from the reference drafts.

It follows OpenAI's documented shapes: `POST /v1/files` (multipart, purpose `batch`),
`GET /v1/files/{id}` and `/content`, `POST /v1/batches`, `GET /v1/batches/{id}`,
`POST /v1/batches/{id}/cancel`. A job is validated like OpenAI validates it (unique
`custom_id`, `method` POST, `url` equal to the endpoint, at most 50,000 lines); it runs
when first retrieved, each line answered by the reference server's own lookup (so its
scripted failures apply line by line: a 500 lands in the error file, `garbage` becomes
an invalid answer). `expire_after(n)` makes the next job expire after n lines: the rest go
to the error file with code `batch_expired`. `hold = True` keeps jobs `in_progress`;
`reject_next = True` makes the next job fail validation.
Chat completions are served too, for live re-runs. A request is routed by its path;
`calls` keeps each one's method and path with its query.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
from collections import deque
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from visitx import Settings

from conftest import REFERENCE_MODEL
from reference_server import ReferenceServer

MAX_LINES = 50_000


class BatchServer(ReferenceServer):
    """ReferenceServer plus Files and Batches, in a thread on 127.0.0.1."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(port)
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.plans: deque[int] = deque()
        self.hold = False
        self.reject_next = False
        self.calls: list[tuple[str, str]] = []
        self.keys: list[str | None] = []  # the Authorization header of every call
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, status: int, payload: Any, raw: bytes | None = None) -> None:
                data = raw if raw is not None else json.dumps(payload).encode("utf-8")
                self.send_response(status)
                kind = "application/octet-stream" if raw is not None else "application/json"
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                server.calls.append(("GET", self.path))
                server.keys.append(self.headers.get("authorization"))
                status, payload, raw = server.get(urlsplit(self.path).path)
                self._reply(status, payload, raw)

            def do_POST(self) -> None:
                server.calls.append(("POST", self.path))
                server.keys.append(self.headers.get("authorization"))
                length = int(self.headers.get("content-length") or 0)
                data = self.rfile.read(length)
                kind = self.headers.get("content-type", "")
                route = urlsplit(self.path).path  # routed by path; `calls` keeps the query
                if route.endswith("/chat/completions"):
                    status, _, payload = server.answer(route, json.loads(data or b"{}"))
                else:
                    status, payload = server.post(route, kind, data)
                self._reply(status, payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd.RequestHandlerClass = Handler

    def expire_after(self, lines: int) -> None:
        """The next job created answers `lines` lines, then expires."""
        self.plans.append(lines)

    def _id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids):04d}"

    # -- routes --------------------------------------------------------------------------

    def post(self, path: str, kind: str, data: bytes) -> tuple[int, Any]:
        if path == "/v1/files":
            return self._upload(kind, data)
        if path == "/v1/batches":
            return self._create(json.loads(data))
        if path.startswith("/v1/batches/") and path.endswith("/cancel"):
            job = self.batches.get(path.split("/")[3])
            if job is None:
                return 404, _error("No such batch.")
            if job["status"] in {"validating", "in_progress"}:
                job["status"] = "cancelled"
                job["cancelled_at"] = 2
            return 200, self._public(job)
        return 404, _error(f"no route {path}")

    def get(self, path: str) -> tuple[int, Any, bytes | None]:
        parts = path.split("/")
        if path.startswith("/v1/files/") and len(parts) == 5 and parts[4] == "content":
            if parts[3] not in self.contents:
                return 404, _error("No such file."), None
            return 200, None, self.contents[parts[3]]
        if path.startswith("/v1/files/") and len(parts) == 4:
            found = self.files.get(parts[3])
            return (200, found, None) if found else (404, _error("No such file."), None)
        if path.startswith("/v1/batches/") and len(parts) == 4:
            job = self.batches.get(parts[3])
            if job is None:
                return 404, _error("No such batch."), None
            with self._lock:
                self._advance(job)
            return 200, self._public(job), None
        return 404, _error(f"no route {path}"), None

    # -- files ---------------------------------------------------------------------------

    def _upload(self, kind: str, data: bytes) -> tuple[int, Any]:
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"content-type: {kind}\r\n\r\n".encode() + data
        )
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[str(name)] = (
                part.get_filename(),
                payload if isinstance(payload, bytes) else b"",
            )
        if fields.get("purpose", (None, b""))[1] != b"batch" or "file" not in fields:
            return 400, _error("Upload a file with purpose 'batch'.")
        filename, content = fields["file"]
        return 200, self._store(filename or "upload.jsonl", content, "batch")

    def _store(self, filename: str, content: bytes, purpose: str) -> dict[str, Any]:
        file_id = self._id("file")
        self.contents[file_id] = content
        self.files[file_id] = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": 1,
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        return self.files[file_id]

    # -- batches -------------------------------------------------------------------------

    def _create(self, body: dict[str, Any]) -> tuple[int, Any]:
        input_id = body.get("input_file_id")
        if input_id not in self.files or body.get("completion_window") != "24h":
            return 400, _error("input_file_id must name an uploaded file; window '24h'.")
        batch_id = self._id("batch")
        self.batches[batch_id] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body.get("endpoint"),
            "errors": None,
            "input_file_id": input_id,
            "completion_window": "24h",
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": 1,
            "expires_at": 86_401,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
            "_expire_after": self.plans.popleft() if self.plans else None,
        }
        return 200, self._public(self.batches[batch_id])

    @staticmethod
    def _public(job: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in job.items() if not k.startswith("_")}

    def _advance(self, job: dict[str, Any]) -> None:
        if job["status"] == "validating":
            lines, problem = self._validate(job)
            if problem is not None:
                job.update(
                    status="failed", failed_at=2, errors={"object": "list", "data": [problem]}
                )
                return
            job["status"] = "in_progress"
            job["in_progress_at"] = 2
            job["request_counts"]["total"] = len(lines)
            job["_lines"] = lines
        if job["status"] == "in_progress" and not self.hold:
            self._run(job)

    def _validate(self, job: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        if self.reject_next:
            self.reject_next = False
            return [], {
                "code": "invalid_request",
                "message": "The model is not available.",
                "line": None,
            }
        raw = self.contents[job["input_file_id"]].decode("utf-8").splitlines()
        lines: list[dict[str, Any]] = []
        seen: set[str] = set()
        for number, text in enumerate(raw, start=1):
            if not text.strip():
                continue
            line = json.loads(text)
            if line.get("custom_id") in seen:
                return [], {
                    "code": "duplicate_custom_id",
                    "message": "custom_id repeats",
                    "line": number,
                }
            if line.get("method") != "POST" or line.get("url") != job["endpoint"]:
                return [], {"code": "invalid_request", "message": "method/url", "line": number}
            seen.add(line["custom_id"])
            lines.append(line)
        if len(lines) > MAX_LINES:
            return [], {"code": "too_many_requests", "message": "over 50,000 lines", "line": None}
        return lines, None

    def _run(self, job: dict[str, Any]) -> None:
        outputs, errors = [], []
        limit = job["_expire_after"]
        for number, line in enumerate(job.pop("_lines"), start=1):
            request_id = f"batch_req_{job['id']}_{number}"
            if limit is not None and number > limit:
                errors.append(
                    {
                        "id": request_id,
                        "custom_id": line["custom_id"],
                        "response": None,
                        "error": {
                            "code": "batch_expired",
                            "message": "This request could not be "
                            "executed before the completion window expired.",
                        },
                    }
                )
                continue
            status, _, payload = self.answer(job["endpoint"], line["body"])
            entry = {
                "id": request_id,
                "custom_id": line["custom_id"],
                "response": {"status_code": status, "request_id": request_id, "body": payload},
                "error": None,
            }
            (outputs if status == 200 else errors).append(entry)
        counts = job["request_counts"]
        counts["completed"], counts["failed"] = len(outputs), len(errors)
        for key, entries, name in (
            ("output_file_id", outputs, "output"),
            ("error_file_id", errors, "errors"),
        ):
            if entries:
                content = "".join(json.dumps(e) + "\n" for e in entries).encode("utf-8")
                job[key] = self._store(f"{job['id']}_{name}.jsonl", content, "batch_output")["id"]
        if limit is not None:
            job.update(status="expired", expired_at=86_401)
        else:
            job.update(status="completed", finalizing_at=3, completed_at=4)


def serving() -> Iterator[BatchServer]:
    """A started `BatchServer`, stopped when the generator ends (`yield from` in a fixture)."""
    running = BatchServer().start()
    try:
        yield running
    finally:
        running.stop()


def caller(server: ReferenceServer, tmp_path: Path, **changes: Any) -> Settings:
    """The settings of a caller who sets nothing but where to connect: the reference model
    at `server`, key `sk-local`, a cache in `tmp_path`, no retry; `changes` on top."""
    return Settings(
        model=REFERENCE_MODEL,
        base_url=server.base_url,
        api_key="sk-local",
        cache_dir=tmp_path / "cache",
        max_retries=0,
    ).replace(**changes)


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "code": None}}


def env_for(server: ReferenceServer, tmp_path: Path, **more: str) -> dict[str, str]:
    """The `VISITX_*` variables of a `visitx` command pointed at `server`, its cache in tmp_path."""
    return {
        "VISITX_MODEL": REFERENCE_MODEL,
        "VISITX_BASE_URL": server.base_url,
        "VISITX_API_KEY": "sk-local",
        "VISITX_CACHE_DIR": str(tmp_path / "cache"),
        **more,
    }
