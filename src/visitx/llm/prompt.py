"""Prompt templates: found in the installed package or in the source tree, rendered safely.

Templates live in the top-level `prompts/` folder of the repository and ship inside the
wheel as `visitx/prompts/`. A template has two blocks, `system` and `user`; the article
is passed as a variable and framed by a tag that does not occur in it.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from visitx.core.errors import ConfigurationError

if TYPE_CHECKING:
    import jinja2

DEFAULT_PROMPT = "extract.v1"


def prompts_dir() -> Path:
    """The folder holding the prompt templates (installed wheel first, then source tree)."""
    packaged = resources.files("visitx") / "prompts"
    if packaged.is_dir():
        return Path(str(packaged))
    source = Path(__file__).resolve().parents[3] / "prompts"
    if source.is_dir():
        return source
    raise ConfigurationError(
        "visitx cannot find its prompt templates. Reinstall the package (from a clone of "
        "visitx: pip install .)."
    )


@dataclass(frozen=True, slots=True)
class Messages:
    system: str
    user: str


@dataclass(frozen=True, slots=True)
class Prompt:
    """A loaded prompt template.

    Attributes:
        version: the template's name, e.g. `extract.v1`, reported in `meta.prompt_version`.
        source: the template text, part of the cache key.
    """

    version: str
    source: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    def render(
        self,
        article: str,
        *,
        title: str | None = None,
        published: str | None = None,
        language: str | None = None,
    ) -> Messages:
        """Render the system and user messages for one article."""
        template = _compile(self.source)
        variables = {
            "article": article,
            "title": title,
            "published": published,
            "language": language,
            "delimiter": frame_tag(article),
        }
        context = template.new_context(variables)
        system = "".join(template.blocks["system"](context)).strip()
        context = template.new_context(variables)
        user = "".join(template.blocks["user"](context)).strip("\n")
        return Messages(system=system, user=user)


def frame_tag(article: str) -> str:
    """A tag name that does not occur in the article, stable for a given article."""
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()
    for size in range(8, 65, 8):
        tag = f"article-{digest[:size]}"
        if tag not in article:
            return tag
    # Only reachable if the article quotes its own full digest: fall back to a longer tag.
    return f"article-{digest}-{len(article)}"


@functools.lru_cache(maxsize=8)
def load_prompt(name: str = DEFAULT_PROMPT) -> Prompt:
    """Load a template by name (`extract.v1`) or by path to a `.j2` file."""
    path = Path(name)
    if path.suffix != ".j2":
        path = prompts_dir() / f"{name}.j2"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(
            f"Prompt template {name!r} not found at {path}. Use one of: "
            f"{', '.join(sorted(p.stem for p in prompts_dir().glob('*.j2')))}."
        ) from exc
    template = _compile(source)
    missing = {"system", "user"} - set(template.blocks)
    if missing:
        raise ConfigurationError(
            f"Prompt template {path} lacks the block(s) {', '.join(sorted(missing))}; a "
            "template needs `{% block system %}` and `{% block user %}`."
        )
    return Prompt(version=path.stem, source=source)


@functools.lru_cache(maxsize=8)
def _compile(source: str) -> jinja2.Template:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    return env.from_string(source)
