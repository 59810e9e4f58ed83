"""A text file saved as UTF-16 or UTF-32 (Windows Notepad's "Unicode"): one line that says
so and how to convert it, instead of calling it a binary file (bench/abuse_round5.md, row 15).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx.cli.main import main
from visitx.core.errors import InputError
from visitx.io.files import check_paths

TEXT = "Dışişleri Bakanı Ankara'da mevkidaşıyla görüştü."


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_wide_text_is_named_with_its_encoding(tmp_path: Path, encoding: str, named: str) -> None:
    path = tmp_path / "haber.txt"
    bom = "\ufeff" if encoding == "utf-16-be" else ""  # the codec without a byte order writes none
    path.write_bytes((bom + TEXT).encode(encoding))
    with pytest.raises(InputError) as refused:
        check_paths([str(path)])
    assert str(refused.value) == (
        f"{path}: {named} text, not UTF-8; save it as UTF-8 (e.g. iconv -f {named.lower()} "
        f"-t utf-8 {path} > haber-utf8.txt)."
    )


def test_wide_text_on_the_command_line_is_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "haber.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 3
    assert "UTF-16 text, not UTF-8" in result.output
    assert "binary" not in result.output


def test_utf8_with_a_byte_order_mark_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "haber.txt"
    path.write_bytes(TEXT.encode("utf-8-sig"))
    assert check_paths([str(path)]) == [str(path)]
