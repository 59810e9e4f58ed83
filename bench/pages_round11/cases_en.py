# ruff: noqa: E501
"""English pages, round 11 (written blind for this probe (pages round 11))."""

from __future__ import annotations

from typing import Any

EN_NAV = ["World", "Politics", "Business", "Opinion", "Sport", "Newsletters"]

CASES: list[dict[str, Any]] = [
    {
        "id": "p01_en_drupal_submitted",
        "tpl": "drupal", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://www.gov-news.example/node/48213",
        "site": "Pacific Islands Forum Secretariat",
        "title": "Forum Secretary General concludes official visit to Palau",
        "dateline": "Submitted by webmaster on Thu, 02/08/2024 - 16:41",
        "nav": ["Home", "About Us", "Our Work", "Media Centre", "Vacancies"],
        "paras": [
            "KOROR, 8 February 2024 – The Secretary General of the Pacific Islands Forum has concluded a "
            "three-day official visit to Palau, where he met President Surangel Whipps Jr. and members of "
            "the Olbiil Era Kelulau.",
            "Discussions focused on ocean governance, climate finance and preparations for the Forum "
            "Leaders Meeting scheduled for August 2024 in Nuku'alofa, Tonga.",
            "The Secretary General also visited the Palau International Coral Reef Center and thanked the "
            "Government of Palau for its warm hospitality.",
        ],
        "tags": ["Palau", "Ocean", "Climate Change"],
        "related": ("Related News", ["Forum Ministers welcome progress on Blue Pacific Strategy",
                                     "Secretary General meets Tuvalu Prime Minister in Funafuti"]),
        "footer": "© Pacific Islands Forum Secretariat 2024. All rights reserved.",
        "expect": {
            "language": "en", "date": "2024-02-08",
            "must": ["concluded a three-day official visit to Palau", "Palau International Coral Reef Center"],
            "must_not": ["Blue Pacific Strategy", "Vacancies", "All rights reserved"],
        },
        "trap": "Drupal node with only 'Submitted ... Thu, 02/08/2024' (US m/d) and August 2024 event date",
    },
    {
        "id": "p02_en_ghost_jsonld",
        "tpl": "ghost", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://balkaninsight-notes.example/serbian-pm-in-beijing/",
        "site": "Balkan Dispatch",
        "title": "Serbian prime minister ends Beijing trip with rail and lithium pledges",
        "byline": "Milica Jovanović",
        "time_html": '<time class="gh-article-meta-date" datetime="2023-10-19">Oct 19, 2023</time>',
        "jsonld": [{"@context": "https://schema.org", "@type": "Article",
                    "publisher": {"@type": "Organization", "name": "Balkan Dispatch"},
                    "headline": "Serbian prime minister ends Beijing trip with rail and lithium pledges",
                    "datePublished": "2023-10-19T14:02:11.000Z", "dateModified": "2023-10-23T08:15:40.000Z"}],
        "metas": [("article:published_time", "2023-10-19T14:02:11.000Z"),
                  ("article:modified_time", "2023-10-23T08:15:40.000Z")],
        "nav": ["Home", "Serbia", "Bosnia", "Kosovo", "About"],
        "paras": [
            "Serbian Prime Minister Ana Brnabić wrapped up a four-day visit to China on Thursday, telling "
            "reporters in Beijing that the free trade agreement signed on 17 October would enter into force "
            "next July.",
            "During the trip she met Premier Li Qiang and toured the CRRC plant in Qingdao, where trains for "
            "the Belgrade–Subotica line are being assembled.",
            "Opposition MPs in Belgrade criticised the lithium clauses, saying they had not been shown the "
            "text before the delegation left.",
        ],
        "signup": "Get the Balkan Dispatch in your inbox every Friday",
        "related": ("Read more", ["Kosovo border: what the new plates deal means",
                                  "Montenegro's new cabinet, explained"]),
        "footer": "Balkan Dispatch © 2023",
        "expect": {
            "language": "en", "date": "2023-10-19",
            "must": ["wrapped up a four-day visit to China", "Belgrade–Subotica line"],
            "must_not": ["what the new plates deal means", "Balkan Dispatch in your inbox", "Powered by Ghost"],
        },
        "trap": "Ghost: datePublished vs dateModified four days later; 17 October event in text",
    },
    {
        "id": "p03_en_substack",
        "tpl": "substack", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://sinocism-like.substack.com/p/notes-on-the-wang-yi-trip",
        "site": "Eastern Front Notes",
        "title": "Notes on Wang Yi's Australia and New Zealand trip",
        "subtitle": "Two capitals, one message: stabilisation, not reset",
        "byline": "Daniel Hurst-Ng",
        "dateline": "Mar 22, 2024",
        "jsonld": [{"@context": "https://schema.org", "@type": "NewsArticle",
                    "url": "https://sinocism-like.substack.com/p/notes-on-the-wang-yi-trip",
                    "headline": "Notes on Wang Yi's Australia and New Zealand trip",
                    "datePublished": "2024-03-22T19:30:12+00:00", "dateModified": "2024-03-22T19:30:12+00:00",
                    "isAccessibleForFree": True}],
        "paras": [
            "Chinese Foreign Minister Wang Yi arrived in Canberra on Wednesday after two days in Wellington, "
            "the first visit to Australia by a Chinese foreign minister in seven years.",
            "In Wellington he met Winston Peters and Prime Minister Christopher Luxon, and the readout "
            "stressed trade rather than the Pacific.",
            "In Canberra the tone was warmer than anyone expected. Penny Wong hosted the seventh Foreign and "
            "Strategic Dialogue, and the two sides flagged a visit by Premier Li Qiang later in the year.",
            "What to watch: whether the remaining tariffs on Australian rock lobster come off before that trip.",
        ],
        "preamble": "Eastern Front Notes is a reader-supported publication. To receive new posts and support "
                    "my work, consider becoming a free or paid subscriber.",
        "comments": ("Discussion about this post", [
            "Great summary, though I think you underrate the lobster issue.",
            "Peters was clearly reading from a script in Wellington."]),
        "related": ("Ready for more?", ["The Pacific policing pact, one year on"]),
        "expect": {
            "language": "en", "date": "2024-03-22",
            "must": ["first visit to Australia by a Chinese foreign minister in seven years",
                     "What to watch"],
            "must_not": ["reader-supported publication", "underrate the lobster issue",
                         "Pacific policing pact, one year on"],
        },
        "trap": "Substack: subscribe widget inside body, comments, 'Ready for more?'",
    },
    {
        "id": "p04_en_medium",
        "tpl": "medium", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://medium.com/@analyst/modi-in-warsaw-and-kyiv-what-it-signals-3f9a2c1d7b21",
        "title": "Modi in Warsaw and Kyiv: what the trip signals",
        "byline": "Ritika Sen",
        "dateline": "Aug 25, 2024",
        "jsonld": [{"@context": "http://schema.org", "@type": "SocialMediaPosting",
                    "headline": "Modi in Warsaw and Kyiv: what the trip signals",
                    "datePublished": "2024-08-25T06:11:04.512Z", "dateModified": "2024-09-02T10:40:00.000Z",
                    "author": {"@type": "Person", "name": "Ritika Sen"}}],
        "metas": [("article:published_time", "2024-08-25T06:11:04.512Z"), ("og:type", "article")],
        "caption": "Photo by Kamil Nowak on Unsplash",
        "paras": [
            "Narendra Modi's stop in Warsaw on 21–22 August was the first by an Indian prime minister in "
            "45 years, and it set up the more consequential leg: a ten-hour train ride to Kyiv.",
            "In Kyiv, Modi and Volodymyr Zelensky signed four agreements, including one on humanitarian "
            "assistance, and laid a wreath at the memorial to children killed in the war.",
            "The optics were carefully balanced against his July trip to Moscow. New Delhi's message is that "
            "it can talk to both capitals; whether Kyiv buys that is another matter.",
        ],
        "related": ("More from Ritika Sen", ["Why the Quad still matters in 2024",
                                             "Reading the Indian budget for defence"]),
        "comments": ("Responses (18)", ["Balanced piece. The train ride detail was great."]),
        "expect": {
            "language": "en", "date": "2024-08-25",
            "must": ["ten-hour train ride to Kyiv", "whether Kyiv buys that is another matter"],
            "must_not": ["Why the Quad still matters", "Photo by Kamil Nowak", "The train ride detail was great"],
        },
        "trap": "Medium: clap counts, 'Written by', 'More from', dateModified later",
    },
    {
        "id": "p05_en_yoast_graph",
        "tpl": "wordpress", "enc": "utf-8", "meta_charset": "UTF-8", "lang_attr": "en-US",
        "url": "https://www.caribbean-times.example/2024/05/14/ghana-president-visits-barbados/",
        "site": "Caribbean Times",
        "title": "Ghana's President Akufo-Addo arrives in Barbados for CARICOM-Africa talks",
        "dateline_html": '<span class="posted-on">Posted on <a href="/2024/05/14/"><time class="entry-date '
                         'published" datetime="2024-05-14T09:12:33-04:00">May 14, 2024</time><time class="updated" '
                         'datetime="2024-05-15T17:02:10-04:00">May 15, 2024</time></a></span> '
                         '<span class="byline">by <a href="/author/news-desk/">News Desk</a></span>',
        "jsonld": [{"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": "https://www.caribbean-times.example/2024/05/14/ghana-president-visits-barbados/#article",
             "headline": "Ghana's President Akufo-Addo arrives in Barbados for CARICOM-Africa talks",
             "datePublished": "2024-05-14T13:12:33+00:00", "dateModified": "2024-05-15T21:02:10+00:00",
             "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": "https://www.caribbean-times.example/2024/05/14/ghana-president-visits-barbados/",
             "datePublished": "2024-05-14T13:12:33+00:00", "dateModified": "2024-05-15T21:02:10+00:00"},
            {"@type": "WebSite", "@id": "https://www.caribbean-times.example/#website", "name": "Caribbean Times",
             "inLanguage": "en-US"}]}],
        "metas": [("article:published_time", "2024-05-14T13:12:33+00:00"),
                  ("article:modified_time", "2024-05-15T21:02:10+00:00")],
        "nav": ["Home", "Local", "Regional", "Business", "Sports", "Entertainment"],
        "cookie": "We use cookies to ensure that we give you the best experience on our website. If you continue "
                  "to use this site we will assume that you are happy with it.",
        "caption": "President Nana Akufo-Addo is greeted at Grantley Adams International Airport. (Photo: GIS)",
        "paras": [
            "BRIDGETOWN – Ghana's President Nana Akufo-Addo arrived in Barbados on Monday evening for a "
            "two-day state visit ahead of the second CARICOM-Africa summit.",
            "He was received at Grantley Adams International Airport by Prime Minister Mia Amor Mottley and "
            "members of the Cabinet.",
            "On Tuesday the two leaders are expected to sign a memorandum on direct air links between Accra "
            "and Bridgetown, which officials say could be in operation by the first quarter of 2025.",
        ],
        "share": "Share this:",
        "related": ("Related", ["Mottley calls for reparations dialogue at UN",
                                "New cruise terminal to open in 2026"]),
        "comments": ("2 thoughts on “Ghana's President Akufo-Addo arrives in Barbados”", [
            "Welcome to Barbados Mr President!", "Direct flights to Accra would be a game changer."]),
        "sidebar": ("Recent Posts", ["Crop Over 2024 schedule released", "Police seek witnesses in St Michael"]),
        "footer": "Copyright © 2024 Caribbean Times | Powered by WordPress",
        "expect": {
            "language": "en", "date": "2024-05-14",
            "must": ["two-day state visit ahead of the second CARICOM-Africa summit",
                     "direct air links between Accra and Bridgetown"],
            "must_not": ["We use cookies", "Mottley calls for reparations", "game changer",
                         "Crop Over 2024 schedule", "(Photo: GIS)"],
        },
        "trap": "Yoast @graph with published/modified; cookie banner; Jetpack related; comments",
    },
    {
        "id": "p06_en_amp",
        "tpl": "amp", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://www.thehimalayan-post.example/amp/story/nepal-pm-india-visit-2023-05-31",
        "canonical": "https://www.thehimalayan-post.example/story/nepal-pm-india-visit-2023-05-31",
        "site": "The Himalayan Post",
        "title": "Prachanda arrives in New Delhi on four-day official visit",
        "dateline": "Published: 11:20 am May 31, 2023 | Updated: 06:05 pm Jun 01, 2023",
        "jsonld": [{"@context": "https://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": "https://www.thehimalayan-post.example/story/nepal-pm-india-visit-2023-05-31",
                    "headline": "Prachanda arrives in New Delhi on four-day official visit",
                    "datePublished": "2023-05-31T11:20:00+05:45", "dateModified": "2023-06-01T18:05:00+05:45",
                    "image": {"@type": "ImageObject", "url": "https://x.example/i.jpg", "width": 1200, "height": 675}}],
        "nav": ["Nepal", "World", "Business", "Opinion", "Sports"],
        "cookie": "This site uses cookies. By continuing to browse you agree to our use of cookies.",
        "caption": "Prime Minister Pushpa Kamal Dahal at Palam airport. Photo: RSS",
        "paras": [
            "KATHMANDU, May 31: Prime Minister Pushpa Kamal Dahal 'Prachanda' left for New Delhi on Wednesday "
            "morning on his first official foreign visit since taking office in December.",
            "He is scheduled to hold delegation-level talks with Prime Minister Narendra Modi on Thursday at "
            "Hyderabad House, where several agreements on power trade and cross-border railways are expected "
            "to be signed.",
            "The Prime Minister will also visit Ujjain and Indore before returning home on June 3.",
        ],
        "related": ("Related News", ["Nepal, India agree to 10,000 MW power deal",
                                     "Budget for FY 2023/24 unveiled"]),
        "footer": "© 2023 The Himalayan Post. All rights reserved.",
        "expect": {
            "language": "en", "date": "2023-05-31",
            "must": ["first official foreign visit since taking office", "Ujjain and Indore"],
            "must_not": ["10,000 MW power deal", "This site uses cookies", "Photo: RSS"],
        },
        "trap": "AMP with amp-consent, amp-sidebar; URL date = published; Updated stamp next day",
    },
    {
        "id": "p07_en_yahoo_syndicated",
        "tpl": "yahoo", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en-US",
        "url": "https://news.yahoo-like.example/japan-pm-kishida-visits-seoul-041533211.html",
        "site": "Yahoo News", "provider": "Associated Press",
        "title": "Japan's Kishida visits Seoul as ties thaw after years of feuding",
        "dateline": '<time datetime="2023-05-07T06:12:45.000Z">Sun, May 7, 2023 at 2:12 AM EDT</time> · 3 min read',
        "jsonld": [{"@context": "http://schema.org/", "@type": "NewsArticle",
                    "headline": "Japan's Kishida visits Seoul as ties thaw after years of feuding",
                    "datePublished": "2023-05-07T06:12:45.000Z", "dateModified": "2023-05-07T09:40:03.000Z",
                    "provider": {"@type": "Organization", "name": "Associated Press"}}],
        "nav": ["Home", "US", "World", "Politics", "Health", "Science"],
        "caption": "Japanese Prime Minister Fumio Kishida, left, and South Korean President Yoon Suk Yeol "
                   "(AP Photo/Lee Jin-man)",
        "paras": [
            "SEOUL, South Korea (AP) — Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for "
            "talks with South Korean President Yoon Suk Yeol, the first visit by a Japanese leader to South "
            "Korea in 12 years other than for a multilateral event.",
            "The two-day trip comes less than two months after Yoon travelled to Tokyo in March.",
            "Kishida said before departing that he wanted to hold a frank exchange of views with Yoon.",
            "Yoon's office said the leaders would discuss North Korea's missile programme and supply chains.",
        ],
        "after_body": '<p class="caas-source">This article originally appeared on AP. '
                      '<a href="https://apnews.example/article/abc">Read the original article</a></p>',
        "related": ("Recommended Stories", ["Ukraine says drones hit fuel depot in Crimea",
                                            "Coronation: Crowds gather along the Mall"]),
        "footer": "Terms and Privacy Policy · Privacy Dashboard · About Our Ads",
        "expect": {
            "language": "en", "date": "2023-05-07",
            "must": ["first visit by a Japanese leader to South Korea in 12 years", "supply chains"],
            "must_not": ["drones hit fuel depot", "Lee Jin-man", "Privacy Dashboard"],
        },
        "trap": "syndicated copy with 'Story continues', provider block, UTC ISO vs EDT visible",
    },
    {
        "id": "p08_en_msn_syndicated_late_utc",
        "tpl": "yahoo", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en-gb",
        "url": "https://www.msn-like.example/en-gb/news/world/macron-in-canberra/ar-BB1kQ7xZ",
        "site": "MSN", "provider": "The Independent",
        "title": "Albanese welcomes Fijian leader Rabuka to Canberra",
        "dateline": "Story by Nick Walters • 22h",
        "jsonld": [{"@context": "https://schema.org", "@type": "NewsArticle",
                    "headline": "Albanese welcomes Fijian leader Rabuka to Canberra",
                    "datePublished": "2023-11-29T23:40:00+11:00"}],
        "metas": [("article:published_time", "2023-11-29T12:40:00Z")],
        "nav": ["Discover", "Following", "News", "Weather", "Money"],
        "paras": [
            "Fiji's Prime Minister Sitiveni Rabuka has been welcomed to Parliament House in Canberra with a "
            "ceremonial guard, at the start of a three-day visit to Australia.",
            "Anthony Albanese and Mr Rabuka discussed the Vuvale Partnership and labour mobility, and "
            "announced new funding for Fiji's police force.",
            "Mr Rabuka is also due to visit Brisbane before flying home.",
        ],
        "related": ("More for You", ["Cost of living: shoppers turn to discount chains",
                                     "Storms lash Queensland coast"]),
        "footer": "© 2023 Microsoft",
        "expect": {
            "language": "en", "date": "2023-11-29",
            "must": ["ceremonial guard", "Vuvale Partnership"],
            "must_not": ["shoppers turn to discount chains", "Story by Nick Walters"],
        },
        "trap": "relative '22h' dateline, ISO local +11:00 and UTC meta, same day",
    },
    {
        "id": "p09_en_wp_url_vs_jsonld_tz",
        "tpl": "wordpress", "enc": "utf-8", "meta_charset": "UTF-8", "lang_attr": "en-US",
        "url": "https://www.hawaii-pacific-wire.example/2024/01/09/philippine-delegation-honolulu/",
        "site": "Pacific Wire",
        "title": "Philippine congressional delegation meets Hawaii lawmakers",
        "dateline_html": '<time class="entry-date published" datetime="2024-01-09T21:30:00-10:00">'
                         'January 9, 2024</time>',
        "jsonld": [{"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "headline": "Philippine congressional delegation meets Hawaii lawmakers",
             "datePublished": "2024-01-10T07:30:00+00:00", "dateModified": "2024-01-10T07:30:00+00:00"}]}],
        "nav": ["News", "Hawaii", "Pacific", "Business"],
        "paras": [
            "HONOLULU — A delegation of eleven members of the Philippine House of Representatives met state "
            "legislators at the Hawaii State Capitol on Tuesday.",
            "The visit focused on nurse recruitment, veterans' benefits and a proposed sister-province "
            "agreement between Ilocos Norte and the County of Maui.",
            "The delegation continues to Guam on Thursday.",
        ],
        "related": ("You might also like", ["Maui recovery: permits still slow"]),
        "footer": "© 2024 Pacific Wire",
        "expect": {
            "language": "en", "date": "2024-01-09",
            "must": ["eleven members of the Philippine House of Representatives", "Ilocos Norte"],
            "must_not": ["permits still slow"],
        },
        "trap": "URL and local time say 9 Jan; JSON-LD in UTC says 10 Jan (evening in Honolulu)",
    },
    {
        "id": "p10_en_singlefile_future_event",
        "tpl": "generic", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "prefix": "<!--\n Page saved with SingleFile \n url: https://www.nation-ke.example/news/ruto-tokyo-visit \n"
                  " saved date: Mon Feb 12 2024 09:14:55 GMT+0300 (East Africa Time)\n-->\n",
        "url": "https://www.nation-ke.example/news/ruto-tokyo-visit",
        "site": "Nation Daily",
        "title": "Ruto to visit Japan, sign infrastructure deals",
        "byline": "By Wanjiru Kamau",
        "dateline": "Saturday, February 10, 2024",
        "head_extra": ['<meta http-equiv="expires" content="Thu, 20 Feb 2025 08:00:00 GMT">',
                       '<meta name="event-date" content="2024-02-19">'],
        "nav": ["News", "Counties", "Business", "Sports", "Lifestyle", "Opinion"],
        "paras": [
            "President William Ruto will travel to Tokyo from February 19 to 21 on a state visit at the "
            "invitation of Prime Minister Fumio Kishida, State House said on Saturday.",
            "The visit is expected to include the signing of financing agreements for the Dongo Kundu special "
            "economic zone and the second phase of the Mombasa port expansion.",
            "Kenya and Japan will mark 60 years of diplomatic relations in 2024.",
        ],
        "related": ("Also read", ["Gachagua: No more handouts for MPs", "Fuel prices drop by Sh5"]),
        "comments": ("Comments", ["Another trip? What about the farmers?"]),
        "footer": "© 2024 Nation Media Group",
        "expect": {
            "language": "en", "date": "2024-02-10",
            "must": ["from February 19 to 21 on a state visit", "60 years of diplomatic relations"],
            "must_not": ["No more handouts", "What about the farmers"],
        },
        "trap": "SingleFile saved comment (Feb 12); future visit dates Feb 19-21; expires 2025",
    },
    {
        "id": "p11_en_short_brief",
        "tpl": "generic", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://www.maltatoday-like.example/news/national/129811/",
        "site": "Malta Daily",
        "title": "Greek president in Malta",
        "dateline": "12 October 2023, 1:05pm",
        "metas": [("article:published_time", "2023-10-12T13:05:00+02:00")],
        "nav": ["National", "Court & Police", "Business", "Sport"],
        "paras": [
            "Greek President Katerina Sakellaropoulou arrived in Malta on Thursday for a two-day state visit "
            "and was welcomed by President George Vella at the Grandmaster's Palace.",
        ],
        "related": ("Latest", ["Roadworks in Marsa extended", "Weather: showers expected"]),
        "footer": "© 2023 Malta Daily",
        "expect": {
            "language": "en", "date": "2023-10-12",
            "must": ["Katerina Sakellaropoulou arrived in Malta"],
            "must_not": ["Roadworks in Marsa"],
        },
        "trap": "short page, one paragraph",
    },
    {
        "id": "p12_en_drupal_dateline_dmy",
        "tpl": "drupal", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "en",
        "url": "https://www.mfa.gov.example/en/media/press-releases/visit-foreign-minister-mauritania",
        "site": "Ministry of Foreign Affairs",
        "title": "Visit of the Foreign Minister of Mauritania",
        "dateline": "<span>Published on</span> <time datetime=\"2023-03-04T12:00:00Z\">04.03.2023</time>",
        "nav": ["Ministry", "Foreign Policy", "Consular Services", "Press"],
        "paras": [
            "Minister for Foreign Affairs received the Minister of Foreign Affairs, Cooperation and "
            "Mauritanians Abroad, Mohamed Salem Ould Merzoug, on 3 March 2023.",
            "The ministers reviewed bilateral cooperation in fisheries and renewable hydrogen and agreed to "
            "hold the first session of the joint commission in Nouakchott in 2024.",
        ],
        "related": ("Latest news", ["Consular hours during the holidays"]),
        "footer": "Ministry of Foreign Affairs",
        "expect": {
            "language": "en", "date": "2023-03-04",
            "must": ["Mohamed Salem Ould Merzoug", "joint commission in Nouakchott"],
            "must_not": ["Consular hours during the holidays"],
        },
        "trap": "published 4 March (time element) about a 3 March meeting",
    },
    {
        "id": "p13_en_lang_declared_fr",
        "tpl": "generic", "enc": "utf-8", "meta_charset": "utf-8", "lang_attr": "fr",
        "url": "https://www.lexpress-mu.example/en/article/indian-navy-chief-port-louis",
        "site": "L'Express Maurice",
        "title": "Indian Navy chief on three-day visit to Mauritius",
        "dateline": "14/11/2023 - 10:42",
        "nav": ["Actualités", "Économie", "Sport", "Opinions", "English"],
        "paras": [
            "The Chief of the Naval Staff of the Indian Navy, Admiral R. Hari Kumar, arrived in Port Louis on "
            "Monday for a three-day official visit to Mauritius.",
            "He called on Prime Minister Pravind Jugnauth and visited the new airstrip and jetty on Agaléga, "
            "built with Indian funding.",
            "The Admiral also met the Commissioner of Police and officers of the National Coast Guard.",
        ],
        "related": ("À lire aussi", ["Prix de l'essence : nouvelle hausse", "Météo : avis de fortes pluies"]),
        "footer": "© La Sentinelle Ltd",
        "expect": {
            "language": "en", "date": "2023-11-14",
            "must": ["Admiral R. Hari Kumar, arrived in Port Louis", "National Coast Guard"],
            "must_not": ["nouvelle hausse", "avis de fortes pluies"],
        },
        "trap": "English article on a French-language site: html lang=fr lies; French nav and related",
    },
    {
        "id": "p14_en_utf8_declared_latin1",
        "tpl": "generic", "enc": "utf-8", "http_equiv": "iso-8859-1", "lang_attr": "en",
        "url": "https://www.solomonstar-like.example/news/national/24117-png-pm-honiara",
        "site": "Solomon Star",
        "title": "PNG Prime Minister Marape arrives in Honiara",
        "dateline": "Wednesday, 28 June 2023 08:14",
        "nav": ["Home", "National", "Pacific", "Business", "Sports"],
        "paras": [
            "Papua New Guinea’s Prime Minister James Marape arrived in Honiara yesterday for a two-day "
            "official visit at the invitation of Prime Minister Manasseh Sogavare.",
            "Mr Marape was accorded a traditional welcome by warriors from Malaita and Guadalcanal – "
            "the first such welcome since the 2019 Pacific Games delegation.",
            "The two leaders will discuss the Bougainville–Solomon Islands border, labour mobility and "
            "preparations for the 2023 Pacific Games, which open in Honiara on 19 November.",
        ],
        "related": ("Latest News", ["Honiara City Council passes budget"]),
        "footer": "Copyright © 2023 Solomon Star News",
        "expect": {
            "language": "en", "date": "2023-06-28",
            "must": ["Papua New Guinea’s Prime Minister James Marape", "Bougainville–Solomon Islands border"],
            "must_not": ["passes budget", "New Guineaâ€™s"],
        },
        "trap": "UTF-8 bytes (curly quotes, en dashes) declared iso-8859-1; 19 November event",
    },
]
