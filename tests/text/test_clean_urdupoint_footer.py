"""UrduPoint's footer heading "Your Thoughts and Comments" ends the article for
strip_boilerplate (issue 22, drafts audit in bench/README.md "Boilerplate"): the heading and
the line of site links after it were shown to the model. The texts are written for these
tests after the page's layout.
"""

from __future__ import annotations

from visitx import clean_text

ARTICLE = (
    "ISLAMABAD, (UrduPoint / Pakistan Point News - 18th Jun, 2024) Deputy Prime Minister "
    "and Foreign Minister Ishaq Dar received the visiting Foreign Minister of Tajikistan, "
    "Sirojiddin Muhriddin, at the Foreign Office on Tuesday.\n"
    "The two ministers discussed trade, energy connectivity and regional security."
)
SECTIONS = [
    "Pakistan News", "World News", "Business News", "Sports News", "Technology News",
    "Health News", "Education News", "Entertainment News", "Weather News", "Islamabad News",
    "Lahore News", "Karachi News", "Peshawar News", "Quetta News", "Multan News",
    "Faisalabad News", "Rawalpindi News", "Gujranwala News", "Sialkot News", "Hyderabad News",
]
SITE_LINKS = " | ".join(SECTIONS * 4)  # 80 links on one line, as on the page


def test_your_thoughts_and_comments_ends_the_article() -> None:
    """The heading and the site-links line after it are not the article."""
    text = f"{ARTICLE}\nYour Thoughts and Comments\n{SITE_LINKS}"
    assert clean_text(text) == ARTICLE


def test_the_heading_with_a_colon_ends_the_article_too() -> None:
    """The heading in capitals and with a colon ends the article as well."""
    text = f"{ARTICLE}\n\nYOUR THOUGHTS AND COMMENTS:\n{SITE_LINKS}\n"
    assert clean_text(text) == ARTICLE
