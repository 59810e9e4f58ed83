"""Chat templates for local GGUFs: a llama.cpp name becomes Jinja text visitx ships."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

from visitx import ConfigurationError, LocalServer
from visitx.cli.main import main
from visitx.llm.templates import chat_template_text, shipped_names

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

MESSAGES = [
    {"role": "system", "content": "Answer in JSON. "},
    {"role": "user", "content": " Who visited Paris?"},
]

# What llama.cpp's built-in templates (llm_chat_apply_template in src/llama-chat.cpp) make
# of MESSAGES with the generation prompt, written out by hand from that C++ code.
LLAMA_CPP = {
    "chatml": "<|im_start|>system\nAnswer in JSON. <|im_end|>\n"
    "<|im_start|>user\n Who visited Paris?<|im_end|>\n<|im_start|>assistant\n",
    "gemma": "<start_of_turn>user\nAnswer in JSON.\n\nWho visited Paris?<end_of_turn>\n"
    "<start_of_turn>model\n",
    "llama3": "<|start_header_id|>system<|end_header_id|>\n\nAnswer in JSON.<|eot_id|>"
    "<|start_header_id|>user<|end_header_id|>\n\nWho visited Paris?<|eot_id|>"
    "<|start_header_id|>assistant<|end_header_id|>\n\n",
    "mistral-v7": "[SYSTEM_PROMPT] Answer in JSON. [/SYSTEM_PROMPT]"
    "[INST]  Who visited Paris?[/INST]",
    "phi3": "<|system|>\nAnswer in JSON. <|end|>\n<|user|>\n Who visited Paris?<|end|>\n"
    "<|assistant|>\n",
}


def render(template: str) -> str:
    """`template` applied to MESSAGES by Jinja2, as a chat server would."""
    environment = jinja2.Environment(loader=jinja2.BaseLoader())
    return environment.from_string(template).render(messages=MESSAGES, add_generation_prompt=True)


def test_visitx_ships_the_commonly_needed_names() -> None:
    """chatml, gemma, llama3, mistral-v7 and phi3 are shipped as Jinja."""
    assert shipped_names() == ("chatml", "gemma", "llama3", "mistral-v7", "phi3")


@pytest.mark.parametrize("name", sorted(LLAMA_CPP))
def test_a_shipped_name_renders_what_llama_cpp_builtin_renders(name: str) -> None:
    """Each shipped template turns system + user into llama.cpp's built-in prompt."""
    text = chat_template_text(name)
    assert text is not None
    assert render(text) == LLAMA_CPP[name]


def test_gemma_without_a_system_message_starts_with_the_user_turn() -> None:
    """No system message: the first turn is the user's own text."""
    text = chat_template_text("gemma")
    assert text is not None
    prompt = jinja2.Template(text).render(
        messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
        add_generation_prompt=False,
    )
    assert prompt == (
        "<start_of_turn>user\nHi<end_of_turn>\n<start_of_turn>model\nHello<end_of_turn>\n"
    )


def test_names_are_matched_without_case_or_spaces() -> None:
    """' Gemma ' is the gemma template."""
    assert chat_template_text(" Gemma ") == chat_template_text("gemma")


def test_jinja_text_is_passed_through_unchanged() -> None:
    """A value with {{ or {% is the template itself."""
    text = "{% for m in messages %}{{ m['content'] }}{% endfor %}"
    assert chat_template_text(text) == text


def test_no_template_means_the_gguf_own() -> None:
    """None and a blank value: None (llama.cpp uses the GGUF's template)."""
    assert chat_template_text(None) is None
    assert chat_template_text("  ") is None


def test_a_jinja_file_is_read(tmp_path: Path) -> None:
    """A path to a .jinja file: its text."""
    file = tmp_path / "mine.jinja"
    file.write_text("{{ messages[0]['content'] }}", encoding="utf-8")
    assert chat_template_text(str(file)) == "{{ messages[0]['content'] }}"


def test_a_missing_jinja_file_is_refused_with_its_path(tmp_path: Path) -> None:
    """A .jinja path that does not exist: a ConfigurationError naming the file."""
    missing = tmp_path / "absent.jinja"
    with pytest.raises(ConfigurationError, match="Cannot read the chat template file"):
        chat_template_text(str(missing))


def test_a_file_without_jinja_is_refused(tmp_path: Path) -> None:
    """A file that holds no Jinja (e.g. the word 'gemma') is not a template."""
    file = tmp_path / "gemma.jinja"
    file.write_text("gemma\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="holds no Jinja"):
        chat_template_text(str(file))


def test_a_llama_cpp_name_visitx_does_not_ship_is_refused_with_the_fix() -> None:
    """zephyr (llama.cpp knows it only with Jinja off): refused, saying why and what to pass."""
    with pytest.raises(ConfigurationError) as info:
        chat_template_text("zephyr")
    message = str(info.value)
    assert "Jinja off" in message
    assert "JSON schema" in message
    assert "a path to a .jinja file" in message
    assert "chatml, gemma, llama3, mistral-v7, phi3" in message


def test_an_unknown_name_is_refused_with_the_choices() -> None:
    """A misspelt name: refused, listing the shipped names."""
    with pytest.raises(ConfigurationError, match="chatml, gemma, llama3, mistral-v7, phi3"):
        chat_template_text("gemmaa")


def test_local_server_refuses_an_unknown_template_before_loading() -> None:
    """LocalServer(..., chat_template='gemmaa') fails at construction, not in llama.cpp."""
    with pytest.raises(ConfigurationError, match="gemmaa"):
        LocalServer("x.gguf", chat_template="gemmaa")


def test_serve_with_an_unknown_template_exits_2_without_a_traceback(tmp_path: Path) -> None:
    """visitx serve <gguf> --chat-template zephyr: exit 2 and the fix, no model loaded."""
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    result = CliRunner().invoke(main, ["serve", str(model), "--chat-template", "zephyr"])
    assert result.exit_code == 2, result.output
    assert "a path to a .jinja file" in result.output
    assert "Traceback" not in result.output
