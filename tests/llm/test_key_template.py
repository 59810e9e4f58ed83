"""KeyTemplate: the draft cache's key for many articles, as cache_key documents it."""

from __future__ import annotations

import hashlib
import json
import pickle
from typing import Any

import pytest

from visitx.llm.cache import KeyTemplate, cache_key

from conftest import KEY_SETTINGS

CONSTANT: dict[str, Any] = KEY_SETTINGS


def test_template_key_is_the_pinned_key() -> None:
    """The template gives the digest test_cache pins for the same request."""
    template = KeyTemplate(**CONSTANT)
    assert template.key("An article.", None, None, None) == (
        "visitx:cb9a67d49059601870d913fe2fe69f2691349b7983bd7f53d040c97e43af02b6"
    )


@pytest.mark.parametrize(
    "article",
    [
        ("Ankara'da \"görüşme\"\n\t\\ yapıldı.", "Başlık", "2024-11-24", "tr"),
        ("中国代表团访问", None, "2023-01-02", None),
        ("emoji 🇹🇷 and \x00 control \u2028 separators", "T \u0085", None, "en"),
    ],
    ids=["escapes", "cjk", "controls"],
)
@pytest.mark.parametrize("sampling", [None, {"repeat_penalty": 1.15, "dry_multiplier": 0.8}])
def test_template_key_matches_cache_key(
    article: tuple[str, str | None, str | None, str | None],
    sampling: dict[str, float] | None,
) -> None:
    """Quotes, backslashes, non-ASCII, control characters and sampling: the documented key."""
    text, title, published, language = article
    material = {  # what cache_key documents: the request as sorted, unescaped JSON
        "text": text, "title": title, "published": published, "language": language,
        "model": "m", "endpoint": "http://127.0.0.1:8080/v1", "mode": "json_schema",
        "prompt": "p", "draft_schema": hashlib.sha256(b"{}").hexdigest(),
        "temperature": 0.0, "max_tokens": 4096,
        **({"sampling": sampling} if sampling else {}),
    }
    digest = hashlib.sha256(
        json.dumps(material, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    template = KeyTemplate(**CONSTANT, sampling=sampling)
    assert template.key(text, title, published, language) == f"visitx:{digest}"
    encoded = json.dumps(text, ensure_ascii=False)  # the text's JSON, written elsewhere
    assert template.key(text, title, published, language, encoded) == f"visitx:{digest}"
    assert cache_key(text=text, title=title, published=published, language=language,
                     sampling=sampling, **CONSTANT) == f"visitx:{digest}"


def test_template_survives_pickling() -> None:
    """A template sent to another process makes the same keys."""
    template = KeyTemplate(**CONSTANT)
    copy = pickle.loads(pickle.dumps(template))
    assert copy.key("x", "t", None, "de") == template.key("x", "t", None, "de")


def test_lone_surrogate_fails_like_cache_key() -> None:
    """Text that cannot be UTF-8 fails the template as it fails cache_key."""
    with pytest.raises(UnicodeEncodeError):
        cache_key(text="a\ud800b", title=None, published=None, language=None, **CONSTANT)
    with pytest.raises(UnicodeEncodeError):
        KeyTemplate(**CONSTANT).key("a\ud800b", None, None, None)
