"""A page shell shared by the round 12 cases: doctype, head, body."""

from __future__ import annotations


def doc(lang: str, title: str, body: str, head: str = "", charset: str = "utf-8") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    lines = body.lstrip("\n").split("\n")
    while lines and lines[0].startswith("<meta "):  # metas first: the head
        head += "\n" + lines.pop(0)
    body = "\n".join(lines)
    return (f'<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def case(cid: str, url: str, tpl: str, trap: str, html: str, must: list[str],
         must_not: list[str], date: str | None, language: str, **kw: object) -> dict[str, object]:
    return {"id": cid, "url": url, "tpl": tpl, "trap": trap, "html": html,
            "expect": {"must": must, "must_not": must_not, "date": date, "language": language},
            **kw}
