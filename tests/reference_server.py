"""A small local OpenAI-compatible server that answers with hand-checked reference drafts.

The shipped cassettes are recorded against this server, not against a vendor model: it
finds the article in the request, looks up the reference draft written for it (in
`examples/articles/drafts/`), and answers in whatever form the request asked for (tool
call, `json_schema`/`json_object` content, or fenced Markdown JSON). A test can script
failures first (429, 500, a rejected `json_schema`, a wrong draft, text that is not JSON,
an answer cut off at the token limit, a prompt too long for the context) so that retries,
re-asks and fallbacks end up on tape.

It can also behave like the two real llama.cpp servers (`flavour=`):
- `llama-cpp-python` (`python -m llama_cpp.server`) answers `response_format: json_schema`
  with HTTP 500 and a pydantic error list ("Input should be 'text' or 'json_object'"),
  and accepts `json_object` with a `schema` key;
- `llama.cpp` (upstream `llama-server`) accepts `json_schema`, reports a prompt that does
  not fit with HTTP 400 `exceed_context_size_error`, cuts answers off at `max_tokens`, and
  answers `GET /props` (how visitx tells a llama.cpp server, to send it repetition controls).

Run it by hand with `python tests/reference_server.py --port 8765 [--flavour llama.cpp]` and point
`VISITX_BASE_URL=http://127.0.0.1:8765/v1` at it.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import threading
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from visitx import clean_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"
EXTRA = Path(__file__).resolve().parent / "fixtures" / "articles"
CLUSTERS = Path(__file__).resolve().parent / "fixtures" / "clusters"
ARTICLE_FRAME = re.compile(r"<(article-[0-9a-f]+(?:-\d+)?)>\n(.*)\n</\1>", re.DOTALL)

Action = str | tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]


def load_references() -> dict[str, dict[str, Any]]:
    """sha256 of each article text -> its reference draft."""
    refs: dict[str, dict[str, Any]] = {}
    for folder in (ARTICLES, EXTRA, CLUSTERS):
        for draft_path in sorted(folder.glob("drafts/*.json")):
            matches = list(folder.glob(f"**/{draft_path.stem}.txt"))
            if not matches:
                raise FileNotFoundError(f"no article text for {draft_path}")
            text = matches[0].read_text(encoding="utf-8")
            draft = json.loads(draft_path.read_text(encoding="utf-8"))
            # The article as sent with Settings(strip_boilerplate=True) has the same draft.
            for shown in {text, clean_text(text)}:
                refs[hashlib.sha256(shown.encode("utf-8")).hexdigest()] = draft
    return refs


def token_estimate(text: str) -> int:
    """A token count for usage figures: a quarter of the characters, at least one."""
    return max(1, len(text) // 4)


class ReferenceServer:
    """Serves `/v1/chat/completions` on 127.0.0.1 in a background thread."""

    def __init__(self, port: int = 0, *, flavour: str = "reference") -> None:
        if flavour not in FLAVOURS:
            raise ValueError(f"flavour must be one of {', '.join(FLAVOURS)}")
        self.flavour = flavour
        self.references = load_references()
        self.actions: deque[Action] = deque()
        self.requests: list[dict[str, Any]] = []
        self.gets: list[str] = []
        self.total_slots = 1  # what `GET /props` says in the llama.cpp flavour
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.gets.append(self.path)
                status, payload = server.get(self.path)
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                status, headers, payload = server.answer(self.path, body)
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> ReferenceServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def script(self, *actions: Action) -> None:
        """Answer the next requests with these actions, then normally again."""
        self.actions.clear()
        self.actions.extend(actions)

    # -- answering -----------------------------------------------------------------------

    def get(self, path: str) -> tuple[int, Any]:
        """`GET /props` of upstream llama.cpp (its server properties); 404 otherwise."""
        if self.flavour == "llama.cpp" and path == "/props":
            return 200, {**_LLAMA_CPP_PROPS, "total_slots": self.total_slots}
        return 404, _error(f"no route {path}", 404)

    def answer(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        self.requests.append(body)
        if not path.endswith("/chat/completions"):
            return 404, {}, {"error": {"message": f"no route {path}", "type": "not_found"}}
        action = self.actions.popleft() if self.actions else "answer"
        fmt = (body.get("response_format") or {}).get("type")
        if self.flavour == "llama-cpp-python" and fmt == "json_schema":
            return 500, {}, _LLAMA_CPP_PYTHON_REJECTS_JSON_SCHEMA
        if action == "context_length":
            return 400, {}, _llama_cpp_context_error(body)
        if action == "500_request_invalid":
            return 500, {}, _LLAMA_CPP_PYTHON_REJECTS_JSON_SCHEMA
        if action == "reject_json_schema_500":
            if fmt == "json_schema":
                return 500, {}, _LLAMA_CPP_PYTHON_REJECTS_JSON_SCHEMA
            action = "answer"
        if action == "reject_schema_key":
            if fmt == "json_object" and "schema" in body["response_format"]:
                return 400, {}, _error("Unknown parameter: 'response_format.schema'.", 400)
            action = "answer"
        if action == "429":
            return 429, {"retry-after": "0"}, _error("Rate limit reached; retry after 0s.", 429)
        if action == "500":
            return 500, {}, _error("The reference server is failing on purpose.", 500)
        if action == "reject_json_schema":
            fmt = (body.get("response_format") or {}).get("type")
            if fmt == "json_schema":
                return 400, {}, _error(
                    "response_format.type 'json_schema' is not supported; use 'json_object'",
                    400,
                )
            action = "answer"
        draft = self._reference(body)
        if draft is None:
            return 404, {}, _error("The reference server has no draft for this article.", 404)
        if isinstance(action, tuple) and action[0] == "wrong":
            draft = action[1](copy.deepcopy(draft))
        content = "I am sorry, I cannot help with that." if action == "garbage" else None
        cut = action == "truncate" or (
            self.flavour == "llama.cpp" and (body.get("max_tokens") or 1 << 30) < 64
        )
        return 200, {}, self._completion(body, draft, content, cut=cut)

    def _reference(self, body: dict[str, Any]) -> dict[str, Any] | None:
        for message in body.get("messages", []):
            if message.get("role") != "user" or not isinstance(message.get("content"), str):
                continue
            found = ARTICLE_FRAME.search(message["content"])
            if found:
                digest = hashlib.sha256(found.group(2).encode("utf-8")).hexdigest()
                return self.references.get(digest)
        return None

    def _completion(
        self, body: dict[str, Any], draft: dict[str, Any], content: str | None, *, cut: bool = False
    ) -> dict[str, Any]:
        arguments = json.dumps(draft, ensure_ascii=False)
        if cut:  # the answer stops mid-way, as at a token limit
            arguments = arguments[: len(arguments) // 2]
        prompt = json.dumps(body.get("messages", []), ensure_ascii=False)
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if content is None and body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message["tool_calls"] = [
                {
                    "id": "call_" + hashlib.sha256(arguments.encode()).hexdigest()[:12],
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ]
        elif content is None and body.get("response_format"):
            message["content"] = arguments
        elif content is None:
            message["content"] = f"```json\n{arguments}\n```"
        completion = str(message.get("content") or arguments)
        return {
            "id": "chatcmpl-ref-" + hashlib.sha256(prompt.encode()).hexdigest()[:16],
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", "visitx-reference"),
            "choices": [
                {"index": 0, "message": message, "finish_reason": "length" if cut else "stop"}
            ],
            "usage": {
                "prompt_tokens": token_estimate(prompt),
                "completion_tokens": token_estimate(completion),
                "total_tokens": token_estimate(prompt) + token_estimate(completion),
            },
        }


FLAVOURS = ("reference", "llama-cpp-python", "llama.cpp")
# llama-cpp-python's answer to `response_format: json_schema` (its request model allows only
# 'text' and 'json_object'): the FastAPI validation error, rendered as an HTTP 500.
_LLAMA_CPP_PYTHON_REJECTS_JSON_SCHEMA = {
    "error": {
        "message": "[{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
        "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema', "
        "'ctx': {'expected': \"'text' or 'json_object'\"}}]",
        "type": "internal_server_error",
        "param": None,
        "code": None,
    }
}


class InFlight:
    """Counts the chat requests a server is answering at once (the most seen)."""

    def __init__(self, server: Any) -> None:
        self.answer = server.answer
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0
        self.second = threading.Event()
        server.answer = self.counted

    def counted(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
            first = self.most == 1 and self.now == 1
            if self.now > 1:
                self.second.set()
        try:
            if first:
                # The first answer waits until a second request arrives (or 1 s passes):
                # a client that sends more than one at a time is caught doing it.
                self.second.wait(1.0)
            return self.answer(path, body)
        finally:
            with self.lock:
                self.now -= 1


# An abridged `GET /props` of llama-server (b6xxx): its sampling defaults and template.
_LLAMA_CPP_PROPS = {
    "default_generation_settings": {
        "n_ctx": 2048,
        "params": {"temperature": 0.8, "repeat_penalty": 1.0, "dry_multiplier": 0.0},
    },
    "total_slots": 1,
    "model_path": "reference.gguf",
    "chat_template": "{% for message in messages %}{{ message['content'] }}{% endfor %}",
    "build_info": "b6000-reference",
}


def _llama_cpp_context_error(body: dict[str, Any]) -> dict[str, Any]:
    """Upstream llama.cpp's answer to a prompt longer than its context."""
    prompt = token_estimate(json.dumps(body.get("messages", []), ensure_ascii=False))
    return {
        "error": {
            "code": 400,
            "message": "the request exceeds the available context size, try increasing it",
            "type": "exceed_context_size_error",
            "n_prompt_tokens": prompt,
            "n_ctx": 2048,
        }
    }


def _error(message: str, code: int) -> dict[str, Any]:
    return {"error": {"message": message, "type": "reference_error", "code": code}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--flavour", choices=FLAVOURS, default="reference")
    args = parser.parse_args()
    server = ReferenceServer(args.port, flavour=args.flavour).start()
    print(f"reference server on {server.base_url} ({len(server.references)} articles)")
    serve_until_interrupted(server)


def serve_until_interrupted(server: ReferenceServer) -> None:
    """Serve in the foreground (`python tests/reference_*.py`) until Ctrl-C, then stop."""
    try:
        server.thread.join()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
