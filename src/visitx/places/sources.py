"""Where the country index's names come from: CLDR through Babel and ISO 3166 through pycountry.

Read only while the index is built (`visitx.places.build`); `country_code` loads the
compiled file and never imports Babel or pycountry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from visitx.places.matching import key_of

__all__ = ["CLDR_LOCALES", "cldr_names", "iso_names"]

# Locales whose CLDR territory names are indexed: languages that matter for
# international news (tr, fa, ar, de, ru, fr, es, en, az, uz, kk, zh, ja, ko, ps
# first), plus the script and regional variants whose names differ.
# fmt: off
CLDR_LOCALES: tuple[str, ...] = (
    "tr", "fa", "fa_AF", "ar", "de", "de_CH", "ru", "fr", "fr_CA", "es", "es_419",
    "en", "en_GB", "az", "az_Cyrl", "uz", "uz_Cyrl", "uz_Arab", "kk", "kk_Arab",
    "zh", "zh_Hant", "zh_Hant_HK", "ja", "ko", "ps", "ur", "ku", "ckb", "ky", "tg",
    "tk", "mn", "ug", "ka", "hy", "uk", "be", "pl", "cs", "sk", "hu", "ro", "bg",
    "sr", "sr_Latn", "hr", "bs", "sl", "mk", "sq", "el", "it", "pt", "pt_PT", "nl",
    "sv", "nb", "da", "fi", "et", "lv", "lt", "ca", "he", "hi", "bn", "pa",
    "pa_Arab", "id", "ms", "vi", "th", "fil", "sw", "am", "ha", "so", "ta", "ne",
    "my", "km", "lo", "si",
)
# fmt: on

# gettext domains of pycountry (ISO names translated by Debian iso-codes) for
# the core news languages; the key is the language tag used in the index.
_ISO_TRANSLATIONS = {"zh": "zh_CN"} | {
    lang: lang
    for lang in ("tr", "fa", "ar", "de", "ru", "fr", "es", "az", "uz", "kk", "ja", "ko", "ps", "uk")
}


def cldr_names() -> Iterator[tuple[str, str, str]]:
    """(alpha-2, name, language) for every territory name of CLDR_LOCALES."""
    import pickle

    from babel import localedata

    for identifier in CLDR_LOCALES:
        language = identifier.split("_", 1)[0]
        # Each locale's own file only: a variant holds just the names that differ
        # from its parent, which is indexed anyway. Not `localedata.load(...,
        # merge_inherited=False)`: it caches the unmerged data for every Babel user.
        with open(localedata.resolve_locale_filename(identifier), "rb") as file:
            data = pickle.load(file)
        for alpha2, name in data.get("territories", {}).items():
            yield alpha2, name, language


def iso_names() -> Iterator[tuple[str, str, str]]:
    """(alpha-3, name, language) from pycountry's English and translated names."""
    import gettext

    import pycountry

    translators: dict[str, Callable[[str], str]] = {"en": str}
    for language, domain in _ISO_TRANSLATIONS.items():
        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[domain], fallback=True
        )
        translators[language] = translation.gettext
    for country in pycountry.countries:
        for language, translate in translators.items():
            translated_short = key_of(re.split("[,،(]", translate(country.name), maxsplit=1)[0])
            for field in ("name", "official_name", "common_name"):
                english = getattr(country, field, None)
                translated = translate(english) if english else None
                if not translated or (translated == english and language != "en"):
                    continue
                # iso-codes has a few official and common names filed under the
                # wrong country (fa "State of Eritrea" -> "Palestine", ar "Moldova" ->
                # "Maldives"): keep them only if they contain the short name.
                mislabeled = language != "en" and translated_short not in key_of(translated)
                if field != "name" and mislabeled:  # ar common name of MDA is المالديف
                    continue
                yield country.alpha_3, translated, language
