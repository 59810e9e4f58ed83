"""Charset declarations that are unknown, wrong, in conflict or narrower than the bytes.

The kinds come from `bench/probe_pages.py` (synthetic pages written before reading the
page reader): a label no codec registry knows, a `<meta>` that does not fit the bytes
beside an XML declaration that does, a server header over a page in another charset,
two declarations that both decode, labels browsers read as a wider charset (WHATWG
Encoding Standard, "Names and labels": gb2312 is GBK, euc-kr is windows-949, Shift_JIS
has the NEC/IBM rows, ISO-8859-9 is windows-1254), UTF-16 without a byte-order mark,
and an undeclared long UTF-8 page with a few bad bytes. The texts are written for these
tests; each expectation is the text the bytes were written from.
"""

from __future__ import annotations

import pytest

from visitx.io.charset import decode_html

RUSSIAN = "Губернатор посетил технопарк в Чирчике и провёл переговоры с хокимом области."
JAPANESE = "首相はジャカルタ市内の日系企業の工場を視察し、両国の協力を確認した。"
CHINESE = "国务院总理在北京会见了来访的越南总理，双方就经贸合作深入交换意见。"
TURKISH = "Dışişleri Bakanı salı günü resmi bir ziyaret için Bakü'ye geldi. "


def _page(body: str, *heads: str, xml: str = "") -> str:
    return (
        f"{xml}<!DOCTYPE html><html><head>{''.join(heads)}<title>News</title></head>"
        f"<body><article><h1>News</h1><p>{body}</p></article></body></html>"
    )


def _meta(label: str) -> str:
    return f'<meta charset="{label}">'


def _equiv(label: str) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'


def test_unknown_label_is_passed_over() -> None:
    """`x-user-defined-cyr` names no charset: the bytes (windows-1251) decide, no error."""
    page = _page(RUSSIAN * 3, _meta("x-user-defined-cyr"))
    assert decode_html(page.encode("cp1251")) == page


def test_meta_that_does_not_fit_gives_way_to_the_xml_declaration() -> None:
    """`<meta charset=shift_jis>` over EUC-JP bytes, `<?xml encoding="EUC-JP"?>`: EUC-JP."""
    page = _page(JAPANESE * 3, _meta("shift_jis"), xml='<?xml version="1.0" encoding="EUC-JP"?>')
    assert decode_html(page.encode("euc_jp")) == page


def test_header_that_does_not_fit_gives_way_to_the_page() -> None:
    """A server's `charset=utf-8` over a GB2312 page that says gb2312: GB2312."""
    page = _page(CHINESE * 3, _meta("gb2312"))
    assert decode_html(page.encode("gb2312"), "utf-8") == page


def test_two_declarations_that_both_decode_are_settled_by_the_bytes() -> None:
    """`http-equiv` ISO-8859-1 first, `<meta charset>` windows-1251 second, bytes cp1251.

    A browser takes the first (and shows "Ãóáåðíàòîð"); both decode, so the detector
    chooses between the two: windows-1251.
    """
    page = _page(RUSSIAN * 3, _equiv("iso-8859-1"), _meta("windows-1251"))
    assert decode_html(page.encode("cp1251")) == page


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        # 镕 (U+9555) is GBK, not GB2312
        ("gb2312", "gbk", "前国务院总理朱镕基五日在北京会见了来访的新加坡代表团。"),
        # 똠 is a Windows-949 syllable, outside KS X 1001's 2,350
        ("euc-kr", "cp949", "똠방각하라는 별명을 가진 의원도 대표단과 함께 하노이를 방문했다."),
        # ① is a NEC row of Windows-31J
        ("shift_jis", "cp932", "会場は①番ホールで、約二百人が首相の演説を聞いた。"),
        # 𨋢 (U+282E2) is HKSCS
        ("big5", "big5hkscs", "代表團乘𨋢到大堂，與當地業者會面並交換意見。"),
    ],
)
def test_legacy_label_reads_its_browsers_superset(label: str, codec: str, text: str) -> None:
    """Bytes beyond the label's own table, within the wider one browsers use for it."""
    page = _page(text * 3, _meta(label))
    assert decode_html(page.encode(codec)) == page


def test_iso_8859_9_label_is_windows_1254() -> None:
    """ISO-8859-9's 0x92 is a C1 control; browsers read the label as windows-1254: ’."""
    page = _page("Bakan’ın ziyareti sırasında anlaşma imzalandı. " * 3, _meta("iso-8859-9"))
    assert decode_html(page.encode("cp1254")) == page


def test_browser_only_label_is_known() -> None:
    """`x-sjis` is a browser label Python's registry does not have: Shift_JIS."""
    page = _page(JAPANESE * 3, _meta("x-sjis"))
    assert decode_html(page.encode("shift_jis")) == page


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec: str) -> None:
    """UTF-16 with no BOM, declared in the page: every other byte of the markup is zero."""
    page = _page(RUSSIAN * 3, _meta(codec.upper()[:-3]))
    assert decode_html(page.encode(codec)) == page


def test_zero_padding_is_not_utf16() -> None:
    """A UTF-8 page padded with 512 zero bytes (a cut-short save) stays UTF-8."""
    page = _page(TURKISH, _meta("utf-8"))
    assert decode_html(page.encode("utf-8") + b"\x00" * 512) == page + "\x00" * 512


def test_undeclared_long_utf8_page_with_bad_bytes_inside_characters() -> None:
    """Three bytes dropped into three Japanese characters: 11 bad bytes among 420 good ones.

    Each stray byte also orphans the two bytes of the character it lands in; that is
    more than eight, but one per 38 well-formed characters is damage, not a charset.
    """
    good = _page(JAPANESE * 12).encode("utf-8")
    marks = [good.index("視察".encode()) + 1 + 250 * i for i in range(3)]
    data = bytearray(good)
    for at in reversed(marks):
        data[at:at] = b"\xff"
    text = decode_html(bytes(data))
    assert "\ufffd" in text
    assert "日系企業の工場を視察し" in text


def test_undeclared_mostly_ascii_utf8_with_as_many_good_characters_as_bad_bytes() -> None:
    """An English page, 6 UTF-8 characters (ō “ ” —) and 4 bad bytes: UTF-8, not cp1252."""
    body = "Ministers said the talks in Tōkyō and Kōbe went “very well” — and will go on. "
    data = _page("Officials met in Wellington on Tuesday. " * 5 + body).encode("utf-8")
    cut = data.index(b"Wellington")
    text = decode_html(data[:cut] + b"\xff\xc3(\xe2\x82" + data[cut:])
    assert "talks in Tōkyō and Kōbe went “very well” — and" in text


CZECH = (
    "Předseda vlády přiletěl v úterý na oficiální návštěvu do Varšavy, kde jednal o "
    "energetické bezpečnosti. Oba politici podepsali prohlášení o železnici. "
)


@pytest.mark.parametrize(
    ("text", "codec", "words"),
    [
        (TURKISH * 4, "iso8859_9", "Dışişleri Bakanı"),  # not windows-1252's "Dýþiþleri"
        (CZECH * 3, "iso8859_2", "návštěvu do Varšavy"),  # not "náv¹tìvu do Var¹avy"
        (CZECH * 3, "cp1250", "návštěvu do Varšavy"),  # 0x9A is š here, a C1 control in ISO
    ],
)
def test_undeclared_single_byte_page_in_its_languages_charset(
    text: str, codec: str, words: str
) -> None:
    """No declaration: the text's language picks among its own charsets (ISO, then windows-)."""
    assert words in decode_html(_page(text).encode(codec))
