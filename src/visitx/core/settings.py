"""Settings: every knob of visitx in one frozen object, and the one reader of the environment.

Precedence is argument, then `VISITX_*` environment variable, then default. Only
`Settings.from_env()` reads the environment; `Settings()` is pure defaults, which keeps
tests and library callers free of surprises from the process environment.
"""

from __future__ import annotations

import dataclasses
import math
import os
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import parse_qsl, urlsplit

from visitx.core.errors import ConfigurationError
from visitx.core.urls import redact_url

Mode = Literal["auto", "tools", "json_schema", "json", "md_json"]
MODES: tuple[str, ...] = get_args(Mode)
LongArticles = Literal["error", "chunk"]
LONG_ARTICLES: tuple[str, ...] = get_args(LongArticles)

DEFAULT_MODEL = "gpt-4.1-mini"
DEFAULT_TIMEOUT = 120.0
# A model of several billion parameters on a laptop CPU reads a long article and writes
# its answer in minutes, not seconds.
LOCAL_TIMEOUT = 600.0
# `provider/model` names (instructor's `from_provider` form) served by an SDK of their own,
# and the variables that hold each one's key when VISITX_API_KEY is not set.
PROVIDER_KEYS: dict[str, tuple[str, ...]] = {
    "anthropic": ("ANTHROPIC_API_KEY",),
    "google": ("GEMINI_API_KEY", "GOOGLE_API_KEY"),
}
OPENAI_KEYS = ("OPENAI_API_KEY",)


def provider_of(model: str) -> str | None:
    """`anthropic` or `google` for a `provider/model` name of those SDKs, else None."""
    prefix, _, rest = model.partition("/")
    return prefix if rest and prefix in PROVIDER_KEYS else None


def _shown(name: str, value: Any) -> Any:
    return redact_url(value) if name == "base_url" and isinstance(value, str) else value


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/visitx`, else `~/.cache/visitx`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "visitx"


def _check_base_url(url: object) -> None:
    """A ConfigurationError unless `url` is an http(s) URL with a host and a valid port."""
    how = (
        "Give the server's OpenAI-compatible endpoint with its scheme, e.g. "
        "http://127.0.0.1:8080/v1 (argument `base_url=`, VISITX_BASE_URL or --base-url)."
    )
    if not isinstance(url, str):
        raise ConfigurationError(f"Settings.base_url must be a string, not {url!r}. {how}")
    shown = redact_url(url)
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises ValueError when out of range or not a number
    except ValueError as exc:
        raise ConfigurationError(f"Settings.base_url {shown} is not a URL ({exc}). {how}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"Settings.base_url {shown} needs http:// or https:// and a host. {how}"
        )
    if port == 0:
        raise ConfigurationError(f"Settings.base_url {shown} has port 0. {how}")
    names = [name for name, _ in parse_qsl(parts.query, keep_blank_values=True)]
    if len(set(names)) < len(names):
        raise ConfigurationError(
            f"Settings.base_url {shown} gives a query parameter twice; give each once "
            f"(the query is sent with every request). {how}"
        )


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How visitx talks to the model and what it keeps.

    Attributes:
        model: model name sent to the provider. `anthropic/<model>` and `google/<model>`
            (instructor's `provider/model` form) use Anthropic's and Google's own SDKs (the
            `anthropic` and `gemini` extras) instead of the OpenAI API.
        base_url: an OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp, LM Studio);
            None for OpenAI itself.
        api_key: the provider key; never stored in the cache, cassettes or logs. When None,
            `VISITX_API_KEY`, then the provider's own variable (`OPENAI_API_KEY`,
            `ANTHROPIC_API_KEY`, `GEMINI_API_KEY` or `GOOGLE_API_KEY`) is used when the
            client is built (an argument always wins).
        mode: how the schema is enforced: `auto` (tool calling on OpenAI, `json_schema`
            elsewhere with a fallback to JSON mode), `tools`, `json_schema`, `json`, `md_json`.
        temperature: sampling temperature; 0 keeps answers repeatable.
        max_tokens: the longest answer the model may write, in tokens (sent as `max_tokens`,
            or `max_completion_tokens` on OpenAI and Azure). An answer cut off at this limit
            is an `ExtractionError` that says so. The draft schema bounds its lists and
            strings, so a complete answer fits well within the default.
        max_reasks: how many times the model may be asked to fix an invalid answer.
        max_retries: transport retries (429, 5xx, timeouts, connection errors) per request.
        max_retry_seconds: bound on the total time spent retrying one request.
        timeout: seconds to wait for one HTTP response (600 for a local model). A local
            server (llama.cpp, Ollama) goes on generating after the client gives up, and a
            retry queues behind that work; so for local models set it above the longest
            generation you expect (a time-out pauses every request of the extractor
            before the retry).
        cache: keep results on disk so that re-runs cost nothing.
        cache_dir: where the cache lives (default `~/.cache/visitx`).
        max_chars: longest article sent to the model in one request, in characters.
        long_articles: what to do with a longer article: `error` (an `InputError`) or
            `chunk` (split at paragraph and sentence boundaries into parts of at most
            `max_chars`, extract each, merge the visits that are the same engagement;
            spans index the whole text).
        strip_boilerplate: send the model the article without the page furniture around
            it (site names, section labels, cookie notices, tag and related-news lists;
            see `visitx.clean_text`). The record keeps the whole text and spans index it.
        requests_per_minute: client-side request limit for batches (None: no limit).
        tokens_per_minute: client-side token limit for batches (None: no limit).
        model_path: a local `.gguf` model file; visitx then runs it in-process with
            llama.cpp (the `local` extra) on a free loopback port instead of calling a
            provider, so no key is needed and nothing leaves the machine. `model`
            defaults to the file name, `timeout` to 600 seconds.
        context_size: tokens of context of the local model (prompt and answer).
        threads: CPU threads of the local model (None: llama.cpp chooses).
        gpu_layers: layers of the local model offloaded to a GPU (None: as many as
            llama.cpp fits; 0: CPU only).
        screen: run the offline screen (`visitx.screen`) first and send no article it
            rules out. None: on in batches (`extract_many`, `visitx extract`, batch
            jobs, Ray), off for a single `extract()`.
        duplicates: in batches, extract one copy of syndicated near-duplicates and
            re-ground its visits in each other copy (`visitx.duplicate_groups`).
        budget_usd: stop a batch before the spend on the model (priced with
            genai-prices) would pass this many US dollars; None: no budget.
        repeat_penalty: llama.cpp's repeat penalty for the local model and for llama.cpp
            servers (1.0: off). With `dry_multiplier` it keeps small models from looping
            inside the JSON grammar.
        dry_multiplier: llama.cpp's DRY ("don't repeat yourself") sampler strength (0: off).
        llama_cpp: whether `base_url` is a llama.cpp-family server that takes the two
            settings above in the request body; None asks the server once (`GET /props`).
        chat_template: a chat template for a local GGUF that carries none: a name visitx
            ships (`chatml`, `gemma`, `llama3`, `mistral-v7`, `phi3`), a `.jinja` file or
            the Jinja text; None uses the file's own.

    Example:
        >>> Settings(model="qwen2.5:7b", base_url="http://localhost:11434/v1").mode
        'auto'
    """

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = dataclasses.field(default=None, repr=False)
    mode: Mode = "auto"
    temperature: float = 0.0
    max_tokens: int = 4096
    max_reasks: int = 2
    max_retries: int = 5
    max_retry_seconds: float = 120.0
    timeout: float = DEFAULT_TIMEOUT
    cache: bool = True
    cache_dir: Path = dataclasses.field(default_factory=default_cache_dir)
    max_chars: int = 60_000
    long_articles: LongArticles = "error"
    strip_boilerplate: bool = False
    requests_per_minute: float | None = None
    tokens_per_minute: float | None = None
    model_path: str | os.PathLike[str] | None = None  # stored as a Path
    context_size: int = 16_384
    threads: int | None = None
    gpu_layers: int | None = None
    screen: bool | None = None
    duplicates: bool = True
    budget_usd: float | None = None
    repeat_penalty: float = 1.15
    dry_multiplier: float = 0.8
    llama_cpp: bool | None = None
    chat_template: str | None = None

    def __repr__(self) -> str:
        # The generated repr, with credentials in `base_url` masked (see core.urls).
        shown = ", ".join(
            f"{f.name}={_shown(f.name, getattr(self, f.name))!r}"
            for f in dataclasses.fields(self)
            if f.repr
        )
        return f"Settings({shown})"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigurationError(
                f"Unknown mode {self.mode!r}. Use one of: {', '.join(MODES)} "
                "(argument `mode=` or VISITX_MODE)."
            )
        if self.long_articles not in LONG_ARTICLES:
            raise ConfigurationError(
                f"Unknown long_articles {self.long_articles!r}. Use 'error' or 'chunk' "
                "(argument `long_articles=` or VISITX_LONG_ARTICLES)."
            )
        if not str(self.model).strip():
            raise ConfigurationError(
                f"Settings.model {self.model!r} names no model: give one (--model, "
                f"VISITX_MODEL), or leave it out for {DEFAULT_MODEL}."
            )
        for name in ("max_reasks", "max_retries", "max_chars"):
            if getattr(self, name) < 0:
                raise ConfigurationError(f"Settings.{name} must be >= 0.")
        if self.max_tokens < 1:
            raise ConfigurationError("Settings.max_tokens must be at least 1.")
        object.__setattr__(self, "temperature", float(self.temperature))
        for name in ("timeout", "max_retry_seconds"):
            if getattr(self, name) <= 0:
                raise ConfigurationError(f"Settings.{name} must be > 0 seconds.")
        for name in ("requests_per_minute", "tokens_per_minute"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ConfigurationError(f"Settings.{name} must be > 0 or None.")
        if self.budget_usd is not None and self.budget_usd < 0:
            raise ConfigurationError("Settings.budget_usd must be >= 0 or None.")
        if not isinstance(self.cache_dir, Path):
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
        if self.base_url is not None:
            _check_base_url(self.base_url)
        self._check_local()

    def _check_local(self) -> None:
        for name, low in (("context_size", 256), ("threads", 1)):
            value = getattr(self, name)
            if value is not None and value < low:
                raise ConfigurationError(f"Settings.{name} must be >= {low}.")
        if self.gpu_layers is not None and self.gpu_layers < 0:
            raise ConfigurationError("Settings.gpu_layers must be >= 0 (or None: automatic).")
        if self.repeat_penalty < 1.0 or self.dry_multiplier < 0.0:
            raise ConfigurationError(
                "Settings.repeat_penalty must be >= 1.0 (1.0: off) and dry_multiplier >= 0 "
                "(0: off)."
            )
        if self.model_path is None:
            return
        path = Path(self.model_path).expanduser()
        object.__setattr__(self, "model_path", path)
        if self.base_url is not None:
            raise ConfigurationError(
                "Settings has both model_path and base_url; give one: model_path runs a "
                "local GGUF model, base_url calls a server."
            )
        if self.model == DEFAULT_MODEL:
            object.__setattr__(self, "model", path.name)
        if self.timeout == DEFAULT_TIMEOUT:
            object.__setattr__(self, "timeout", LOCAL_TIMEOUT)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from `VISITX_*` variables, with keyword arguments taking precedence.

        Reads `VISITX_MODEL`, `VISITX_BASE_URL`, `VISITX_API_KEY` (else the provider's own
        key variable: `OPENAI_API_KEY`, `ANTHROPIC_API_KEY`, `GEMINI_API_KEY`),
        `VISITX_MODE`, `VISITX_CACHE_DIR`, `VISITX_LONG_ARTICLES`, `VISITX_TIMEOUT`,
        `VISITX_MAX_TOKENS`, `VISITX_MAX_REASKS`, `VISITX_MAX_CHARS`, `VISITX_TEMPERATURE`,
        and for a local model
        `VISITX_MODEL_PATH`, `VISITX_CONTEXT_SIZE`, `VISITX_THREADS`,
        `VISITX_GPU_LAYERS`, `VISITX_CHAT_TEMPLATE`, `VISITX_REPEAT_PENALTY`,
        `VISITX_DRY_MULTIPLIER` and `VISITX_LLAMA_CPP` (1/0), and `VISITX_STRIP_BOILERPLATE`
        (1/0). An argument given as None
        counts as not given. A `model_path` or `base_url` argument replaces the other's
        variable, so `--model-path` works with `VISITX_BASE_URL` set.
        """
        env = os.environ
        values: dict[str, Any] = {}
        for field, var in (
            ("model", "VISITX_MODEL"),
            ("base_url", "VISITX_BASE_URL"),
            ("mode", "VISITX_MODE"),
            ("cache_dir", "VISITX_CACHE_DIR"),
            ("long_articles", "VISITX_LONG_ARTICLES"),
            ("model_path", "VISITX_MODEL_PATH"),
            ("chat_template", "VISITX_CHAT_TEMPLATE"),
        ):
            if env.get(var):
                values[field] = env[var]
        values.update(_local_sampling_from(env))
        for field, var in (
            ("context_size", "VISITX_CONTEXT_SIZE"),
            ("threads", "VISITX_THREADS"),
            ("gpu_layers", "VISITX_GPU_LAYERS"),
        ):
            if env.get(var):
                try:
                    values[field] = int(env[var])
                except ValueError:
                    raise ConfigurationError(
                        f"{var}={env[var]!r} is not a whole number."
                    ) from None
        values.update(_limits_from(env))
        given = {k for k, v in overrides.items() if v is not None}
        if "model_path" in given:
            values.pop("base_url", None)
        elif "base_url" in given:
            values.pop("model_path", None)
        model = overrides.get("model") or values.get("model") or DEFAULT_MODEL
        key = env.get("VISITX_API_KEY") or _provider_key(str(model))
        if key:
            values["api_key"] = key
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise ConfigurationError(f"Unknown setting(s): {', '.join(sorted(unknown))}.")
        for name in ("cache_dir", "model_path"):
            if name in values:
                values[name] = Path(values[name]).expanduser()
        return cls(**values)

    def resolved_api_key(self) -> str | None:
        """The key to send: `api_key`, else `VISITX_API_KEY`, else the provider's variable."""
        if self.api_key:
            return self.api_key
        return os.environ.get("VISITX_API_KEY") or _provider_key(self.model)

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


def _provider_key(model: str) -> str | None:
    provider = provider_of(model)
    for name in PROVIDER_KEYS[provider] if provider else OPENAI_KEYS:
        if os.environ.get(name):
            return os.environ[name]
    return None


def _local_sampling_from(env: Any) -> dict[str, Any]:
    """`VISITX_REPEAT_PENALTY`, `VISITX_DRY_MULTIPLIER`, `VISITX_LLAMA_CPP` and
    `VISITX_STRIP_BOILERPLATE`, parsed."""
    values: dict[str, Any] = {}
    for field, var in (("repeat_penalty", "VISITX_REPEAT_PENALTY"),
                       ("dry_multiplier", "VISITX_DRY_MULTIPLIER")):
        if env.get(var):
            try:
                values[field] = float(env[var])
            except ValueError:
                raise ConfigurationError(f"{var}={env[var]!r} is not a number.") from None
    for field, var in (("llama_cpp", "VISITX_LLAMA_CPP"),
                       ("strip_boilerplate", "VISITX_STRIP_BOILERPLATE")):
        flag = (env.get(var) or "").strip().lower()
        if flag:
            if flag not in {"1", "0", "true", "false", "yes", "no"}:
                raise ConfigurationError(f"{var}={flag!r}: use 1 or 0.")
            values[field] = flag in {"1", "true", "yes"}
    return values


# (field, variable, parse, lowest allowed, whether the lowest is allowed, what it is)
_LIMITS: tuple[tuple[str, str, type, float, bool, str], ...] = (
    ("timeout", "VISITX_TIMEOUT", float, 0, False, "a number of seconds above 0"),
    ("max_tokens", "VISITX_MAX_TOKENS", int, 1, True, "a whole number of tokens, at least 1"),
    ("max_reasks", "VISITX_MAX_REASKS", int, 0, True, "a whole number, 0 or more"),
    ("max_chars", "VISITX_MAX_CHARS", int, 1, True, "a whole number of characters, at least 1"),
    ("temperature", "VISITX_TEMPERATURE", float, 0, True,
     "a number, 0 or more (OpenAI takes up to 2, Anthropic up to 1)"),
)


def _limits_from(env: Any) -> dict[str, Any]:
    """`VISITX_TIMEOUT`, `VISITX_MAX_TOKENS`, `VISITX_MAX_REASKS`, `VISITX_MAX_CHARS`,
    `VISITX_TEMPERATURE`, checked, by field."""
    values: dict[str, Any] = {}
    for field, var, parse, low, low_ok, wanted in _LIMITS:
        raw = (env.get(var) or "").strip()
        if not raw:
            continue
        try:
            value = parse(raw)
        except ValueError:
            value = None
        bad = value is None or not math.isfinite(value)
        if bad or value < low or (value == low and not low_ok):
            raise ConfigurationError(f"{var}={env[var]!r} is not {wanted}; fix or unset it.")
        values[field] = value
    return values
