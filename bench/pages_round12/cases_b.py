# ruff: noqa: E501
"""Round 12 pages, part B: news sites of Africa, South and Central Asia and Latin America, pages
with two articles, pages dated only by the URL or a relative stamp."""

from __future__ import annotations

from shell import case, doc

CASES = [
    case("p26_en_premiumtimes_wp", "https://www.premiumtimesng.example/news/headlines/689123-tinubu-arrives-in-paris.html", "wordpress-ng",
         "Nigerian WordPress site: 'May 7, 2024' in a post-date span, a 'Support PREMIUM TIMES' journalism' box inside the content, 'Related'",
         doc("en-US", "Tinubu arrives in Paris for talks with Macron - Premium Times Nigeria", """
<div id="td-outer-wrap"><div class="td-header-menu"><a href="/">Home</a> <a href="#">News</a> <a href="#">Investigations</a> <a href="#">Agriculture</a> <a href="#">Donate</a></div>
<article class="post type-post">
<h1 class="entry-title">Tinubu arrives in Paris for talks with Macron</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">By Agency Report</span> <span class="td-post-date"><time class="entry-date updated td-module-date">May 7, 2024</time></span></div>
<div class="td-post-content">
<p>President Bola Tinubu arrived in Paris on Monday evening ahead of talks with French President Emmanuel Macron at the Elysée Palace.</p>
<p>His spokesperson, Ajuri Ngelale, said the talks would focus on security cooperation in the Gulf of Guinea, French investment in Nigeria's gas sector and support for the country's economic reforms.</p>
<div class="ptimes-support"><h4>Support PREMIUM TIMES' journalism of integrity and credibility</h4><p>Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society. <a href="#">Donate</a></p></div>
<p>Mr Tinubu is expected to return to Abuja at the weekend.</p>
</div>
<div class="td-post-sharing">Share this: <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<div class="td_block_related_posts"><h4>Related</h4><a href="#">Tinubu departs Abuja for Dutch, Saudi visits</a></div>
</article></div>"""),
         ["arrived in Paris on Monday evening ahead of talks with French President Emmanuel Macron", "expected to return to Abuja at the weekend"],
         ["Good journalism costs a lot of money", "Tinubu departs Abuja for Dutch, Saudi visits", "Share this"],
         "2024-05-07", "en"),

    case("p27_fr_seneweb_publie_le", "https://www.seneweb.example/news/Politique/le-president-faye-en-visite-a-bamako_n_437812.html", "seneweb",
         "Senegalese portal: 'Publié le 12/03/2024 à 10:45', 'Lu 8 214 fois', reader comments with their own dates",
         doc("fr", "Le président Faye en visite à Bamako", """
<div class="menu"><a href="#">Accueil</a> <a href="#">Politique</a> <a href="#">Société</a> <a href="#">Sport</a> <a href="#">Vidéos</a></div>
<div class="article-container">
<h1>Le président Faye en visite à Bamako</h1>
<div class="article-info">Publié le 12/03/2024 à 10:45 | Source : APS | Lu 8 214 fois</div>
<div class="article-content">
<p>Le président de la République, Bassirou Diomaye Faye, a quitté Dakar ce mardi pour Bamako, où il doit s’entretenir avec le président de la Transition malienne, le colonel Assimi Goïta.</p>
<p>Cette visite d’amitié et de travail s’inscrit dans le cadre d’une tournée dans les pays voisins, après la Mauritanie et la Gambie. Les deux chefs d’État évoqueront la sécurité, le corridor Dakar-Bamako et la situation de la CEDEAO.</p>
</div>
<div class="comments"><h3>Commentaires (23)</h3><div class="comment"><b>Modou</b> <span>12/03/2024 11:02</span><p>Bonne initiative, il faut renforcer nos liens avec le Mali.</p></div><div class="comment"><b>Awa</b> <span>12/03/2024 12:30</span><p>Et la question des routes alors ?</p></div></div>
</div>"""),
         ["a quitté Dakar ce mardi pour Bamako", "le corridor Dakar-Bamako et la situation de la CEDEAO"],
         ["Lu 8 214 fois", "Commentaires (23)", "il faut renforcer nos liens avec le Mali"],
         "2024-03-12", "fr"),

    case("p28_sw_mwananchi_dateline", "https://www.mwananchi.example.co.tz/mw/habari/kitaifa/rais-samia-aanza-ziara-korea-4612345", "mwananchi",
         "Swahili news site: 'Jumanne, Mei 28, 2024' by the author, no meta date, 'Habari zinazohusiana' block",
         doc("sw", "Rais Samia aanza ziara Korea Kusini | Mwananchi", """
<div class="nav"><a href="#">Habari</a> <a href="#">Biashara</a> <a href="#">Michezo</a> <a href="#">Maoni</a> <a href="#">Jisajili</a></div>
<article><h1>Rais Samia aanza ziara Korea Kusini</h1>
<div class="article-byline"><span>Na Mwandishi Wetu</span> <span class="date">Jumanne, Mei 28, 2024</span></div>
<div class="paragraph-wrapper">
<p>Rais Samia Suluhu Hassan amewasili jijini Seoul, Korea Kusini kwa ziara ya kiserikali ya siku sita ambapo atashiriki mkutano wa kwanza wa viongozi wa Korea na Afrika.</p>
<p>Katika ziara hiyo, Rais Samia anatarajiwa kukutana na Rais Yoon Suk Yeol na kushuhudia utiaji saini wa mikataba ya ushirikiano katika sekta za uchumi wa buluu, madini na teknolojia.</p>
<p>Ziara hiyo inafuatia mwaliko wa Serikali ya Korea Kusini.</p>
</div></article>
<div class="related"><h3>Habari zinazohusiana</h3><a href="#">Tanzania, Korea zasaini mkataba wa mkopo</a></div>
<footer>© 2024 Mwananchi Communications Ltd. Haki zote zimehifadhiwa.</footer>"""),
         ["amewasili jijini Seoul, Korea Kusini kwa ziara ya kiserikali", "uchumi wa buluu, madini na teknolojia"],
         ["Habari zinazohusiana", "Tanzania, Korea zasaini mkataba wa mkopo", "Haki zote zimehifadhiwa"],
         "2024-05-28", "sw"),

    case("p29_ha_bbc_hausa", "https://www.bbc.com/hausa/articles/c4nn8x2y1k7o", "bbc-ws",
         "BBC Hausa: <time datetime='2024-05-07'> shown as '7 Mayu 2024', 'Labarai masu alaka' block, 'Bayanan hoto' caption",
         doc("ha", "Shugaba Tinubu ya isa Faransa - BBC News Hausa", """
<header><a href="/hausa">BBC News, Hausa</a><nav><a href="#">Labarai</a> <a href="#">Wasanni</a> <a href="#">Bidiyo</a></nav></header>
<main role="main"><article>
<h1 id="content">Shugaba Tinubu ya isa Faransa</h1>
<time datetime="2024-05-07">7 Mayu 2024</time>
<figure><img src="/photo.jpg" alt="Tinubu"><p class="caption">Bayanan hoto, Shugaba Tinubu a filin jirgin sama na Abuja</p></figure>
<p>Shugaban Najeriya Bola Tinubu ya isa birnin Paris na kasar Faransa, inda zai gana da shugaba Emmanuel Macron kan batutuwan tsaro da tattalin arziki.</p>
<p>Mai magana da yawun shugaban ya ce ziyarar wani bangare ne na kokarin jawo masu zuba jari zuwa Najeriya.</p>
<p>Ana sa ran shugaban zai koma gida a karshen mako.</p>
</article>
<section><h2>Labarai masu alaka</h2><a href="#">Abin da ya sa Tinubu ke yawan tafiye-tafiye</a></section>
</main>
<footer>© 2024 BBC. BBC ba ta da alhakin abin da shafukan waje suka kunsa.</footer>"""),
         ["ya isa birnin Paris na kasar Faransa", "jawo masu zuba jari zuwa Najeriya"],
         ["Bayanan hoto", "Labarai masu alaka", "Abin da ya sa Tinubu ke yawan tafiye-tafiye"],
         "2024-05-07", "ha"),

    case("p30_en_dawn_published_updated", "https://www.dawn.example.com/news/1832421/pm-shehbaz-arrives-in-baku", "dawn",
         "Dawn-like: 'Published May 7, 2024 Updated May 8, 2024 09:12am', 'Comments (12) Closed', 'Read more' block",
         doc("en", "PM Shehbaz arrives in Baku for two-day visit - Pakistan - DAWN.COM", """
<div class="nav"><a href="#">Home</a> <a href="#">Latest</a> <a href="#">Pakistan</a> <a href="#">Opinion</a> <a href="#">Prism</a> <a href="#">Epaper</a></div>
<article class="story">
<h2 class="story__title">PM Shehbaz arrives in Baku for two-day visit</h2>
<div class="story__byline">Dawn.com | Reuters</div>
<div class="story__time">Published May 7, 2024 Updated May 8, 2024 09:12am</div>
<div class="story__content">
<p>Prime Minister Shehbaz Sharif arrived in Baku on Tuesday on a two-day official visit to Azerbaijan, where he is due to hold talks with President Ilham Aliyev on trade, energy and connectivity.</p>
<p>According to a statement from the Foreign Office, the two sides are expected to sign agreements on investment and on a joint working group on the supply of liquefied natural gas.</p>
<p>The premier was received at the Heydar Aliyev International Airport by the deputy prime minister of Azerbaijan.</p>
</div>
<div class="comments">Comments (12) Closed</div>
</article>
<div class="read-more"><h3>Read more</h3><a href="#">Editorial: Gas diplomacy</a></div>"""),
         ["arrived in Baku on Tuesday on a two-day official visit to Azerbaijan", "Heydar Aliyev International Airport"],
         ["Comments (12) Closed", "Editorial: Gas diplomacy", "Epaper"],
         "2024-05-07", "en"),

    case("p31_bn_prothomalo", "https://www.prothomalo.example.com/bangladesh/3jk8a7s2x1", "prothomalo",
         "Bengali: 'প্রকাশ: ২০ এপ্রিল ২০২৪, ১০: ৩০' with Bengali digits in the body and a <time datetime> beside it",
         doc("bn", "প্রধানমন্ত্রী থাইল্যান্ড সফরে যাচ্ছেন | প্রথম আলো", """
<div class="menu"><a href="#">সর্বশেষ</a> <a href="#">বাংলাদেশ</a> <a href="#">বিশ্ব</a> <a href="#">খেলা</a> <a href="#">মতামত</a></div>
<div class="story-element"><h1>প্রধানমন্ত্রী থাইল্যান্ড সফরে যাচ্ছেন</h1>
<div class="author">বিশেষ প্রতিনিধি, ঢাকা</div>
<div class="time">প্রকাশ: <time datetime="2024-04-20T10:30:00+06:00">২০ এপ্রিল ২০২৪, ১০: ৩০</time></div>
<div class="story-content">
<p>প্রধানমন্ত্রী শেখ হাসিনা ছয় দিনের সরকারি সফরে আগামী ২৪ এপ্রিল থাইল্যান্ড যাচ্ছেন বলে জানিয়েছে পররাষ্ট্র মন্ত্রণালয়। সফরকালে দুই দেশের মধ্যে কয়েকটি সমঝোতা স্মারক সই হওয়ার কথা রয়েছে।</p>
<p>পররাষ্ট্রমন্ত্রী হাছান মাহমুদ সাংবাদিকদের বলেন, এই সফরের মধ্য দিয়ে বাণিজ্য, পর্যটন ও জ্বালানি খাতে সহযোগিতা আরও বাড়বে।</p>
</div></div>
<div class="related"><h3>আরও পড়ুন</h3><a href="#">থাইল্যান্ডের সঙ্গে বাণিজ্য বাড়াতে চায় বাংলাদেশ</a></div>
<div class="share">শেয়ার করুন</div>"""),
         ["ছয় দিনের সরকারি সফরে", "বাণিজ্য, পর্যটন ও জ্বালানি খাতে সহযোগিতা"],
         ["আরও পড়ুন", "থাইল্যান্ডের সঙ্গে বাণিজ্য বাড়াতে চায় বাংলাদেশ", "শেয়ার করুন"],
         "2024-04-20", "bn"),

    case("p32_ne_onlinekhabar_bs", "https://www.onlinekhabar.example.com/2081/01/412345", "onlinekhabar",
         "Nepali: only a Bikram Sambat date 'वैशाख २५, २०८१' (7 May 2024) and a BS year/month in the URL",
         doc("ne", "प्रधानमन्त्री प्रचण्ड भारत भ्रमणमा जाने", """
<div class="ok-nav"><a href="#">समाचार</a> <a href="#">अर्थ</a> <a href="#">खेलकुद</a> <a href="#">मनोरञ्जन</a></div>
<div class="ok-single"><h1>प्रधानमन्त्री प्रचण्ड भारत भ्रमणमा जाने</h1>
<div class="ok-news-post-hour"><span>वैशाख २५, २०८१</span></div>
<div class="ok18-single-post-content-wrap">
<p>प्रधानमन्त्री पुष्पकमल दाहाल प्रचण्ड आगामी साता भारतको आधिकारिक भ्रमणमा जाने भएका छन्। परराष्ट्र मन्त्रालयका अनुसार भ्रमणका क्रममा उनले भारतीय प्रधानमन्त्री नरेन्द्र मोदीसँग द्विपक्षीय वार्ता गर्नेछन्।</p>
<p>भ्रमणमा ऊर्जा व्यापार, सीमा व्यवस्थापन र पूर्वाधार परियोजनाबारे छलफल हुने बताइएको छ।</p>
</div></div>
<div class="ok-related"><h3>सम्बन्धित खबर</h3><a href="#">नेपाल–भारत ऊर्जा सम्झौता</a></div>"""),
         ["भारतको आधिकारिक भ्रमणमा जाने भएका छन्", "ऊर्जा व्यापार, सीमा व्यवस्थापन"],
         ["सम्बन्धित खबर", "नेपाल–भारत ऊर्जा सम्झौता"],
         "2024-05-07", "ne"),

    case("p33_kk_kazinform", "https://www.inform.example.kz/kz/tokaev-germaniyaga-sapar-a4192345", "kazinform",
         "Kazakh (Cyrillic): '07.05.2024, 10:30' and an article:published_time meta; 'Тағы оқыңыз' block",
         doc("kk", "Тоқаев Германияға ресми сапармен барады", """<meta property="article:published_time" content="2024-05-07T10:30:00+05:00">
<div class="nav"><a href="#">Саясат</a> <a href="#">Экономика</a> <a href="#">Қоғам</a> <a href="#">Әлем</a></div>
<div class="article"><h1>Тоқаев Германияға ресми сапармен барады</h1>
<div class="article__date">07.05.2024, 10:30</div>
<div class="article__body">
<p>Мемлекет басшысы Қасым-Жомарт Тоқаев Германия Федеративтік Республикасының Федералды канцлері Олаф Шольцтің шақыруымен ресми сапармен Берлинге барады.</p>
<p>Сапар барысында екіжақты сауда-экономикалық ынтымақтастықты, энергетика және көлік салаларындағы жобаларды талқылау жоспарланған.</p>
</div>
<div class="more"><h3>Тағы оқыңыз</h3><a href="#">Қазақстан мен Германия арасындағы тауар айналымы өсті</a></div>
</div>"""),
         ["ресми сапармен Берлинге барады", "энергетика және көлік салаларындағы жобаларды"],
         ["Тағы оқыңыз", "тауар айналымы өсті"],
         "2024-05-07", "kk"),

    case("p34_uz_kun_latin", "https://kun.example.uz/news/2024/05/07/mirziyoyev-parijga-bordi", "kun-uz",
         "Uzbek (Latin): '10:30 / 07.05.2024' stamp and the date in the URL, 'Mavzuga oid' block",
         doc("uz", "Mirziyoyev Parijga tashrif bilan bordi", """
<div class="menu"><a href="#">Yangiliklar</a> <a href="#">O‘zbekiston</a> <a href="#">Dunyo</a> <a href="#">Iqtisodiyot</a></div>
<div class="single-content"><h1>Mirziyoyev Parijga tashrif bilan bordi</h1>
<div class="date">10:30 / 07.05.2024</div>
<div class="single-content__text">
<p>O‘zbekiston Prezidenti Shavkat Mirziyoyev Fransiya Prezidenti Emmanuel Makronning taklifiga binoan davlat tashrifi bilan Parijga jo‘nab ketdi.</p>
<p>Tashrif doirasida energetika, transport va ta’lim sohalarida hamkorlikka oid qator hujjatlar imzolanishi rejalashtirilgan.</p>
</div></div>
<div class="related"><h3>Mavzuga oid</h3><a href="#">O‘zbekiston va Fransiya savdo hajmi oshdi</a></div>"""),
         ["davlat tashrifi bilan Parijga jo‘nab ketdi", "energetika, transport va ta’lim sohalarida"],
         ["Mavzuga oid", "savdo hajmi oshdi"],
         "2024-05-07", "uz"),

    case("p35_ru_24kg", "https://24.example.kg/vlast/294512_japarov_pribyl_s_ofitsialnyim_vizitom_vvengriyu/", "24kg",
         "Kyrgyz news in Russian: '07 мая 2024 10:30' stamp, 'Просмотров: 1 204', 'Читайте также'",
         doc("ru", "Жапаров прибыл с официальным визитом в Венгрию - 24.kg", """
<div class="menu"><a href="#">Власть</a> <a href="#">Экономика</a> <a href="#">Общество</a> <a href="#">Бишкек</a></div>
<div class="one"><h1>Жапаров прибыл с официальным визитом в Венгрию</h1>
<div class="info"><span class="date">07 мая 2024 10:30</span> <span class="views">Просмотров: 1 204</span></div>
<div class="cont">
<p>Президент Кыргызстана Садыр Жапаров прибыл в Будапешт с официальным визитом. В аэропорту его встретил министр иностранных дел Венгрии Петер Сийярто.</p>
<p>В ходе визита планируется подписание соглашений о сотрудничестве в сфере сельского хозяйства, образования и водных ресурсов.</p>
</div>
<div class="also"><h3>Читайте также</h3><a href="#">Кыргызстан и Венгрия создадут совместный фонд</a></div>
</div>"""),
         ["прибыл в Будапешт с официальным визитом", "сельского хозяйства, образования и водных ресурсов"],
         ["Просмотров", "Читайте также", "создадут совместный фонд"],
         "2024-05-07", "ru"),

    case("p36_es_relative_hace_dias", "https://www.example-clarin.com.ar/politica/milei-viaja-a-espana-para-un-acto-de-vox_0_aBc123.html", "relative-es",
         "Argentine news page dated only 'hace 3 días' beside a fetch on 10 May 2024",
         doc("es", "Milei viaja a España para un acto de Vox - Example Clarín", """
<div class="nav"><a href="#">Política</a> <a href="#">Economía</a> <a href="#">Sociedad</a> <a href="#">Suscribite</a></div>
<article><h1>Milei viaja a España para un acto de Vox</h1>
<div class="bajada">El presidente no tiene previsto reunirse con el rey ni con Pedro Sánchez.</div>
<div class="autor">Por Redacción · <span class="fecha">hace 3 días</span></div>
<div class="body-nota">
<p>El presidente Javier Milei viajará este viernes a Madrid para participar de un acto organizado por el partido Vox, en lo que será su segunda visita a España desde que asumió el cargo.</p>
<p>Según informó la Casa Rosada, el mandatario no mantendrá reuniones con autoridades del Gobierno español y regresará a Buenos Aires el lunes.</p>
</div></article>
<div class="newsletter">Recibí las noticias más importantes en tu mail. Suscribite al newsletter.</div>"""),
         ["viajará este viernes a Madrid para participar de un acto", "regresará a Buenos Aires el lunes"],
         ["Suscribite al newsletter", "hace 3 días"],
         "2024-05-07", "es", fetched="2024-05-10"),

    case("p37_tr_relative_saat_once", "https://www.example-haber.com.tr/dunya/erdogan-irak-ziyareti-123456", "relative-tr",
         "Turkish news page dated only '3 saat önce' (fetched 22 April 2024)",
         doc("tr", "Erdoğan 12 yıl sonra Irak'ta", """
<div class="menu"><a href="#">Gündem</a> <a href="#">Dünya</a> <a href="#">Ekonomi</a> <a href="#">Spor</a></div>
<div class="haber-detay"><h1>Erdoğan 12 yıl sonra Irak'ta</h1>
<div class="tarih">3 saat önce</div>
<div class="haber-metni">
<p>Cumhurbaşkanı Recep Tayyip Erdoğan, 12 yıl aradan sonra Irak'a resmi bir ziyaret gerçekleştirdi. Bağdat'ta Başbakan Muhammed Şiya es-Sudani tarafından resmi törenle karşılandı.</p>
<p>Görüşmede Kalkınma Yolu Projesi, su paylaşımı ve terörle mücadele konularının ele alınması bekleniyor.</p>
</div></div>
<div class="ilgili"><h3>İlgili Haberler</h3><a href="#">Kalkınma Yolu nedir?</a></div>"""),
         ["12 yıl aradan sonra Irak'a resmi bir ziyaret gerçekleştirdi", "Kalkınma Yolu Projesi, su paylaşımı"],
         ["İlgili Haberler", "Kalkınma Yolu nedir?"],
         "2024-04-22", "tr", fetched="2024-04-22"),

    case("p38_en_relative_hours_ago", "https://www.example-express.com.gh/news/mahama-visits-lome", "relative-en",
         "English page dated only '2 hours ago' (fetched 18 March 2024)",
         doc("en", "Mahama visits Lomé | Example Express", """
<div class="nav"><a href="#">News</a> <a href="#">Business</a> <a href="#">Sports</a></div>
<article><h1>Mahama visits Lomé</h1>
<div class="meta">Example Express · 2 hours ago</div>
<div class="content">
<p>Former President John Dramani Mahama on Monday held talks with Togolese President Faure Gnassingbé in Lomé on the security situation along the two countries' northern borders.</p>
<p>A statement from his office said the meeting was part of consultations with leaders of neighbouring countries ahead of the December elections.</p>
</div></article>
<div class="trending"><h3>Trending</h3><a href="#">Cedi recovers slightly</a></div>"""),
         ["held talks with Togolese President Faure Gnassingbé in Lomé", "ahead of the December elections"],
         ["Trending", "Cedi recovers slightly", "2 hours ago"],
         "2024-03-18", "en", fetched="2024-03-18"),

    case("p39_pt_relative_ha_dias", "https://www.example-g1.com.br/politica/noticia/lula-visita-angola.ghtml", "relative-pt",
         "Brazilian page dated only 'há 2 dias' (fetched 27 August 2023)",
         doc("pt-BR", "Lula chega a Luanda para visita oficial a Angola | Política", """
<div class="menu"><a href="#">Política</a> <a href="#">Economia</a> <a href="#">Mundo</a></div>
<article><h1>Lula chega a Luanda para visita oficial a Angola</h1>
<p class="content-head__subtitle">Presidente se reúne com João Lourenço e participa de fórum empresarial.</p>
<p class="content-publication-data">Por Redação — Brasília · há 2 dias</p>
<div class="mc-article-body">
<p>O presidente Luiz Inácio Lula da Silva chegou a Luanda para uma visita oficial a Angola, logo após participar da cúpula do Brics em Joanesburgo, na África do Sul.</p>
<p>Na capital angolana, Lula se reúne com o presidente João Lourenço e participa de um fórum empresarial com representantes dos dois países.</p>
</div></article>
<div class="veja-tambem"><h3>Veja também</h3><a href="#">Brics anuncia entrada de seis novos países</a></div>"""),
         ["chegou a Luanda para uma visita oficial a Angola", "fórum empresarial com representantes dos dois países"],
         ["Veja também", "Brics anuncia entrada de seis novos países", "há 2 dias"],
         "2023-08-25", "pt", fetched="2023-08-27"),

    case("p40_es_url_date_only", "https://www.example-infobae.com/america/america-latina/2024/05/07/petro-llega-a-chile-en-visita-de-estado/", "url-date",
         "Latin American page whose only date is in the URL path (/2024/05/07/)",
         doc("es", "Petro llega a Chile en visita de Estado - Example Infobae", """
<div class="nav"><a href="#">América</a> <a href="#">Deportes</a> <a href="#">Teleshow</a></div>
<article><h1>Petro llega a Chile en visita de Estado</h1>
<h2 class="subheadline">El mandatario colombiano se reunirá con Gabriel Boric en el Palacio de La Moneda</h2>
<div class="byline">Por Redacción Example Infobae</div>
<div class="body">
<p>El presidente de Colombia, Gustavo Petro, llegó a Santiago para una visita de Estado de dos días en la que se reunirá con su par chileno, Gabriel Boric, y firmará acuerdos sobre litio, migración y cooperación académica.</p>
<p>Es la primera visita de Estado de un presidente colombiano a Chile en más de una década, destacó la Cancillería colombiana.</p>
</div></article>
<div class="newsletter">Seguí leyendo: <a href="#">Boric y Petro, la alianza de la nueva izquierda</a></div>"""),
         ["llegó a Santiago para una visita de Estado de dos días", "firmará acuerdos sobre litio"],
         ["Seguí leyendo", "la alianza de la nueva izquierda"],
         "2024-05-07", "es"),

    case("p41_es_two_articles_eltiempo", "https://www.example-eltiempo.com/politica/gobierno/canciller-colombiano-visita-venezuela-3321456", "read-also",
         "Colombian page with the main story (18 April 2024) and a full 'Lea también' excerpt of another story dated 10 April 2024",
         doc("es", "Canciller colombiano visita Caracas para hablar de elecciones", """<meta property="article:published_time" content="2024-04-18T09:15:00-05:00">
<div class="nav"><a href="#">Política</a> <a href="#">Justicia</a> <a href="#">Bogotá</a> <a href="#">Suscríbete</a></div>
<article class="main"><h1>Canciller colombiano visita Caracas para hablar de elecciones</h1>
<div class="publishedAt">18 de abril 2024, 09:15 a. m.</div>
<div class="articulo-contenido">
<p>El canciller Luis Gilberto Murillo llegó este jueves a Caracas para reunirse con su homólogo venezolano, Yván Gil, y abordar la situación electoral en el vecino país y la reapertura total de la frontera.</p>
<p>Según la Cancillería, en la reunión también se tratarán temas de migración y de cooperación contra el crimen organizado en la zona fronteriza.</p>
<div class="lea-tambien"><h3>Lea también</h3><h4>Gobierno anuncia nueva ruta para el diálogo con el ELN</h4><span>10 de abril 2024</span><p>El Gobierno Nacional anunció este miércoles una nueva hoja de ruta para los diálogos con el ELN, que se reanudarán en Caracas a finales de mes con la presencia de países garantes.</p><a href="#">Leer más</a></div>
<p>Murillo regresará a Bogotá el viernes en la tarde.</p>
</div></article>
<div class="mas-noticias"><h3>Más noticias</h3><a href="#">Petro habla de constituyente</a></div>"""),
         ["llegó este jueves a Caracas para reunirse con su homólogo venezolano", "regresará a Bogotá el viernes en la tarde"],
         ["una nueva hoja de ruta para los diálogos con el ELN", "Lea también", "Petro habla de constituyente"],
         "2024-04-18", "es"),

    case("p42_en_two_articles_read_also", "https://www.example-citizen.co.tz/tanzania/news/national/samia-in-oslo-4598123", "read-also",
         "Tanzanian page: main story then a 'READ ALSO:' paragraph-length excerpt of an older story, with its own date line",
         doc("en", "Samia arrives in Oslo for state visit | The Example Citizen", """
<div class="nav"><a href="#">News</a> <a href="#">Business</a> <a href="#">Sports</a> <a href="#">Subscribe</a></div>
<article><h1>Samia arrives in Oslo for state visit</h1>
<p class="byline">By Citizen Reporter <span class="date">Monday, February 12, 2024</span></p>
<div class="article-body">
<p>President Samia Suluhu Hassan arrived in Oslo yesterday for a three-day state visit to Norway, the first by a Tanzanian head of state in more than two decades.</p>
<p>She was received by King Harald V at the Royal Palace before holding talks with Prime Minister Jonas Gahr Støre on renewable energy and the blue economy.</p>
<div class="read-also"><strong>READ ALSO:</strong> <a href="#">Tanzania, Norway sign Sh200 billion energy deal</a><p class="ra-date">Thursday, January 25, 2024</p><p>Tanzania and Norway have signed a Sh200 billion agreement to finance rural electrification projects in five regions, the Ministry of Energy said on Wednesday.</p></div>
<p>The President will also attend the Oslo energy forum before travelling to Rome.</p>
</div></article>
<div class="newsletter">Sign up for our newsletter to get the latest news.</div>"""),
         ["arrived in Oslo yesterday for a three-day state visit to Norway", "attend the Oslo energy forum before travelling to Rome"],
         ["Sh200 billion agreement to finance rural electrification", "READ ALSO", "Sign up for our newsletter"],
         "2024-02-12", "en"),

    case("p43_es_prensalibre_gt", "https://www.example-prensalibre.com/guatemala/politica/arevalo-viaja-a-washington/", "prensalibre",
         "Guatemalan WordPress: 'Publicado el 25 de marzo de 2024 a las 10:30h', author box, 'Escrito por' footer",
         doc("es", "Arévalo viaja a Washington para reunirse con Kamala Harris – Prensa Libre", """
<div class="nav"><a href="#">Guatemala</a> <a href="#">Economía</a> <a href="#">Internacional</a> <a href="#">Opinión</a></div>
<article><h1 class="sart-title">Arévalo viaja a Washington para reunirse con Kamala Harris</h1>
<div class="sart-meta">Publicado el 25 de marzo de 2024 a las 10:30h</div>
<div class="sart-content">
<p>El presidente Bernardo Arévalo viajó este lunes a Washington, donde se reunirá con la vicepresidenta de Estados Unidos, Kamala Harris, para abordar la migración irregular y la cooperación en la lucha contra la corrupción.</p>
<p>La Secretaría de Comunicación Social de la Presidencia informó que el mandatario también sostendrá encuentros con legisladores y con representantes del Banco Interamericano de Desarrollo.</p>
</div>
<div class="author-box">Escrito por: Redacción Prensa Libre. Periodista con 10 años de experiencia en temas políticos.</div>
</article>
<div class="related"><h3>Noticias relacionadas</h3><a href="#">Harris anuncia fondos para Centroamérica</a></div>"""),
         ["viajó este lunes a Washington, donde se reunirá con la vicepresidenta", "Banco Interamericano de Desarrollo"],
         ["Escrito por", "Noticias relacionadas", "Harris anuncia fondos para Centroamérica"],
         "2024-03-25", "es"),

    case("p44_es_pagina12_ar", "https://www.example-pagina12.com.ar/732145-cancilleria-visita-de-mondino-a-china", "pagina12",
         "Argentine page: '07 de mayo de 2024 - 10:30' stamp and later a visit date 'el 29 de abril' in the text",
         doc("es", "La canciller Mondino, de visita en China | Página|12", """
<div class="menu"><a href="#">El País</a> <a href="#">Economía</a> <a href="#">Sociedad</a> <a href="#">Cultura</a></div>
<article><h1>La canciller Mondino, de visita en China</h1>
<div class="date"><span class="p12-separator--left--gray">07 de mayo de 2024 - 10:30</span></div>
<div class="article-text">
<p>La canciller Diana Mondino se reunió en Pekín con el ministro de Relaciones Exteriores chino, Wang Yi, en una visita que había sido anunciada el 29 de abril y que busca recomponer la relación tras los dichos del presidente Javier Milei durante la campaña.</p>
<p>Según fuentes de la Cancillería, se habló de la ampliación del swap de monedas y de las exportaciones de carne y soja.</p>
</div></article>
<div class="share">Compartir en Facebook · Compartir en Twitter</div>"""),
         ["se reunió en Pekín con el ministro de Relaciones Exteriores chino", "ampliación del swap de monedas"],
         ["Compartir en Facebook"],
         "2024-05-07", "es"),

    case("p45_en_uk_print_ddmm", "https://www.example-gazette.co.uk/news/24312345.foreign-secretary-visits-kyiv/?print=1", "print",
         "UK print view: date '14/05/2024' (d/m/y) in a 'First published' line, 'This article was printed from' note",
         doc("en-GB", "Foreign Secretary visits Kyiv (print)", """
<div class="print-only"><img src="/logo.png" alt="The Example Gazette"></div>
<h1>Foreign Secretary visits Kyiv</h1>
<p class="article-first-published">First published 14/05/2024 09:12</p>
<p class="author">By Press Association</p>
<div class="article-body">
<p>Foreign Secretary Lord Cameron has arrived in Kyiv on an unannounced visit, pledging a further £100 million in military aid and meeting President Volodymyr Zelensky.</p>
<p>Lord Cameron said the UK would continue to support Ukraine for as long as it takes, and discussed air defence and energy infrastructure with Ukrainian ministers.</p>
</div>
<p class="print-note">This article was printed from https://www.example-gazette.co.uk/news/24312345.foreign-secretary-visits-kyiv/ on 08/12/2026.</p>"""),
         ["arrived in Kyiv on an unannounced visit", "air defence and energy infrastructure"],
         ["This article was printed from"],
         "2024-05-14", "en"),

    case("p46_en_liveblog_two_days", "https://www.example-news24.co.za/news24/politics/live-ramaphosa-in-china-day-two", "liveblog-two-days",
         "Live blog started on 2 September 2024 and updated into the next day: 'Started: 2 September 2024 07:00', newest entry '3 Sep 09:45'",
         doc("en", "LIVE | Ramaphosa in China for FOCAC summit", """<meta name="publish-date" content="2024-09-02T07:00:00+02:00">
<div class="nav"><a href="#">News</a> <a href="#">Politics</a> <a href="#">Opinions</a> <a href="#">Subscribe</a></div>
<main><h1>LIVE | Ramaphosa in China for FOCAC summit</h1>
<div class="live-meta">Started: 2 September 2024 07:00 · Last updated: 3 September 2024 09:45</div>
<div class="live-posts">
<div class="post"><b>3 Sep 09:45</b><p>Ramaphosa and Xi Jinping have agreed to raise relations to an all-round strategic cooperative partnership for a new era, the Presidency said.</p></div>
<div class="post"><b>2 Sep 16:20</b><p>The President toured a Huawei research centre in Beijing before meeting South African students.</p></div>
<div class="post"><b>2 Sep 07:00</b><p>President Cyril Ramaphosa has landed in Beijing for a state visit and the Forum on China-Africa Cooperation summit.</p></div>
</div>
<div class="sub-box">Subscribe to News24 for R75 a month. Cancel anytime.</div>
</main>"""),
         ["raise relations to an all-round strategic cooperative partnership", "has landed in Beijing for a state visit"],
         ["Cancel anytime", "Subscribe to News24"],
         "2024-09-02", "en"),

    case("p47_es_amp_cache_eluniversal", "https://www-example-eluniversal-com-mx.cdn.ampproject.org/c/s/www.example-eluniversal.com.mx/mundo/sheinbaum-recibe-a-canciller-de-china/amp/", "amp-cache",
         "Mexican AMP page via the Google AMP cache; JSON-LD NewsArticle datePublished, 'Te recomendamos' block",
         doc("es", "Sheinbaum recibe al canciller de China", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Sheinbaum recibe al canciller de China","datePublished":"2024-11-12T18:05:00-06:00","dateModified":"2024-11-12T20:40:00-06:00","author":{"@type":"Person","name":"Redacción"}}</script>
<script async src="https://cdn.ampproject.org/v0.js"></script>""" + """
<amp-sidebar id="menu" layout="nodisplay"><a href="#">Nación</a> <a href="#">Mundo</a> <a href="#">Cartera</a></amp-sidebar>
<article><h1>Sheinbaum recibe al canciller de China</h1>
<p class="fecha">12/11/2024 18:05</p>
<p>La presidenta Claudia Sheinbaum recibió en Palacio Nacional al canciller chino Wang Yi, con quien conversó sobre comercio, inversiones en el sector automotriz y el combate al tráfico de precursores químicos.</p>
<p>La cancillería mexicana informó que ambos países acordaron instalar un grupo de trabajo sobre seguridad antes de fin de año.</p>
<div class="te-recomendamos"><h4>Te recomendamos</h4><a href="#">¿Qué autos chinos se venden en México?</a></div>
</article>
<amp-social-share type="facebook"></amp-social-share>""").replace('<html lang="es">', '<html amp lang="es">'),
         ["recibió en Palacio Nacional al canciller chino Wang Yi", "grupo de trabajo sobre seguridad"],
         ["Te recomendamos", "¿Qué autos chinos se venden en México?"],
         "2024-11-12", "es"),

    case("p48_ar_mfa_egypt", "https://www.mfa.gov.eg/Arabic/Ministry/News/Pages/NewsDetails.aspx?Source=6781&NewsID=89123", "mfa-eg",
         "Egyptian MFA (SharePoint): Arabic, date 'القاهرة في 14 مايو 2024' at the head of the text only",
         doc("ar", "وزير الخارجية يستقبل نظيره الكيني", """
<div class="ms-nav"><a href="#">الرئيسية</a> <a href="#">عن الوزارة</a> <a href="#">الأخبار</a> <a href="#">الخدمات القنصلية</a></div>
<div class="newsdetails"><h1>وزير الخارجية يستقبل نظيره الكيني</h1>
<div class="ms-rtestate-field">
<p>القاهرة في 14 مايو 2024</p>
<p>استقبل وزير الخارجية والهجرة سامح شكري يوم الثلاثاء وزير خارجية كينيا موساليا مودافادي، حيث تناول اللقاء سبل تعزيز العلاقات الثنائية بين البلدين في مجالات التجارة والاستثمار والبنية التحتية.</p>
<p>كما تبادل الوزيران الرؤى حول تطورات الأوضاع في السودان والصومال ومنطقة القرن الأفريقي، وأكدا أهمية التنسيق المشترك داخل الاتحاد الأفريقي.</p>
</div></div>
<div class="footer">جميع الحقوق محفوظة لوزارة الخارجية المصرية</div>""").replace('<html lang="ar">', '<html lang="ar" dir="rtl">'),
         ["استقبل وزير الخارجية والهجرة سامح شكري", "أهمية التنسيق المشترك داخل الاتحاد الأفريقي"],
         ["جميع الحقوق محفوظة", "الخدمات القنصلية"],
         "2024-05-14", "ar"),

    case("p49_en_pib_india_release", "https://pib.gov.in/PressReleasePage.aspx?PRID=2019123", "pib",
         "India PIB: 'Posted On: 14 MAY 2024 6:45PM by PIB Delhi', '***' end marks, 'Visitor Counter' and ministry block",
         doc("en", "Press Release: Press Information Bureau", """
<div class="header"><a href="#">Press Information Bureau</a> Government of India <a href="#">Releases</a> <a href="#">Photos</a> <a href="#">Backgrounders</a></div>
<div class="innner-page-main-about-us-content-right-part">
<div class="MinistryNameSubhead">Ministry of External Affairs</div>
<h2>Prime Minister's visit to Bhutan</h2>
<div class="ReleaseDateSubHeaddateTime">Posted On: 14 MAY 2024 6:45PM by PIB Delhi</div>
<p>Prime Minister Shri Narendra Modi will pay a State Visit to Bhutan on 15-16 May 2024. During the visit, he will hold talks with the Prime Minister of Bhutan, Dasho Tshering Tobgay, and will be received in audience by His Majesty the King.</p>
<p>The Prime Minister will inaugurate the Gyaltsuen Jetsun Pema Mother and Child Hospital in Thimphu, built with assistance from the Government of India.</p>
<p>***</p>
<p>MJPS/SK</p>
</div>
<div class="visitor">Visitor Counter : 1834</div>
<div class="footer">Read this release in: Hindi , Urdu , Punjabi</div>"""),
         ["will pay a State Visit to Bhutan on 15-16 May 2024", "Gyaltsuen Jetsun Pema Mother and Child Hospital"],
         ["Visitor Counter", "Read this release in", "MJPS/SK"],
         "2024-05-14", "en"),

    case("p50_pt_angop_angola", "https://www.angop.example.ao/noticias/politica/presidente-lourenco-recebe-homologo-namibiano/", "angop",
         "Angolan news agency: 'Luanda - ... ' dateline and '07 Maio de 2024 | 10h30 - Actualizado em 07 Maio de 2024 | 12h45'",
         doc("pt", "Presidente Lourenço recebe homólogo namibiano - ANGOP", """
<div class="menu"><a href="#">Política</a> <a href="#">Economia</a> <a href="#">Sociedade</a> <a href="#">Desporto</a> <a href="#">Províncias</a></div>
<div class="noticia"><h1>Presidente Lourenço recebe homólogo namibiano</h1>
<div class="data">07 Maio de 2024 | 10h30 - Actualizado em 07 Maio de 2024 | 12h45</div>
<figure><img src="/foto.jpg" alt=""><figcaption>PRESIDENTE DA REPÚBLICA, JOÃO LOURENÇO, E O HOMÓLOGO NAMIBIANO FOTO: ANGOP</figcaption></figure>
<div class="texto">
<p>Luanda - O Presidente da República, João Lourenço, recebeu esta terça-feira, no Palácio da Cidade Alta, o seu homólogo da Namíbia, Nangolo Mbumba, que efectua uma visita de trabalho de 48 horas a Angola.</p>
<p>Os dois estadistas analisaram o estado da cooperação bilateral, com destaque para o projecto hidroeléctrico de Baynes, no rio Cunene, e a facilitação da circulação de pessoas na fronteira comum.</p>
</div></div>
<div class="relacionadas"><h3>Notícias relacionadas</h3><a href="#">Angola e Namíbia reforçam cooperação energética</a></div>"""),
         ["recebeu esta terça-feira, no Palácio da Cidade Alta, o seu homólogo da Namíbia", "projecto hidroeléctrico de Baynes"],
         ["FOTO: ANGOP", "Notícias relacionadas", "reforçam cooperação energética"],
         "2024-05-07", "pt"),
]
