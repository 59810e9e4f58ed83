"""`sentence_problem` across scripts (its letters counted without naming ASCII ones)."""

from __future__ import annotations

from visitx.record.sentences import sentence_problem


def test_a_chinese_sentence_is_a_sentence() -> None:
    """Letters of a script without spaces count alone: no words needed."""
    assert sentence_problem("中国外交部长王毅访问了安卡拉并会见了土耳其总统") is None


def test_one_chinese_word_written_again_and_again_is_not() -> None:
    """访问 four times: one word repeated."""
    assert sentence_problem("访问访问访问访问访问访问") == "one word repeated"


def test_a_latin_sentence_with_accents_is_a_sentence() -> None:
    """Accented Latin letters are spaced script: words count as in English."""
    assert sentence_problem("Der Präsident besuchte Ankara am Montag.") is None


def test_two_accented_words_are_too_few() -> None:
    """Two different words, enough letters: fewer than three different words."""
    assert sentence_problem("Präsident Erdoğan") == "fewer than 3 different words"


def test_the_same_text_asked_again_gets_the_same_answer() -> None:
    """A second call (from the record, after the draft's check) answers alike."""
    text = "visit visit visit"
    assert [sentence_problem(text), sentence_problem(text)] == ["one word repeated"] * 2


def test_a_json_object_or_list_is_not_a_sentence() -> None:
    """A weak model's summary written as JSON (found by the adversarial draft probe)."""
    assert sentence_problem('{"who": "Tomas Varga", "met": "Elena Brod", "where": "Riga"}') == (
        "JSON or a list, not a sentence"
    )
    assert sentence_problem('["Tomas Varga", "Elena Brod", "Santiago", "Monday"]') == (
        "JSON or a list, not a sentence"
    )
