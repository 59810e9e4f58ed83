# ruff: noqa: E501
"""Round 12 pages, part A: ministry press pages, live blogs, print and paginated pages, archive wrappers."""

from __future__ import annotations

from shell import case, doc

NAV_EN = '<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/media">Media Centre</a></li><li><a href="/about">About the Ministry</a></li><li><a href="/contact">Contact Us</a></li></ul></nav></header>'
FOOT_EN = '<footer class="site-footer"><p>Copyright &copy; 2024 Ministry of Foreign Affairs. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> | <a href="/sitemap">Sitemap</a> | <a href="/rti">Right to Information</a></p></footer>'

CASES = [
    case("p01_en_mea_india_press", "https://www.mea.gov.in/press-releases.htm?dtl/37812/Visit_of_External_Affairs_Minister_to_Malaysia", "mea-india",
         "Indian MEA: breadcrumb, date in a span under the title, list of PDF links and a 'Related' list",
         doc("en", "Visit of External Affairs Minister to Malaysia (March 26-27, 2024)", NAV_EN + """
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/media-center.htm">Media Center</a> &raquo; <a href="/press-releases.htm">Press Releases</a></div>
<div id="innerContent"><div class="innerHead"><h2>Visit of External Affairs Minister to Malaysia (March 26-27, 2024)</h2>
<span class="date">March 27, 2024</span></div>
<div class="innerText">
<p>External Affairs Minister Dr. S. Jaishankar paid an official visit to Malaysia on 26-27 March 2024. This was his first visit to Malaysia as External Affairs Minister.</p>
<p>During the visit, EAM called on Prime Minister Dato' Seri Anwar Ibrahim and held delegation-level talks with Foreign Minister Dato' Seri Utama Haji Mohamad bin Haji Hasan. The two ministers reviewed the Comprehensive Strategic Partnership, including trade, defence, digital payments and semiconductors.</p>
<p>EAM also interacted with the Indian community in Kuala Lumpur and addressed the Asia-Pacific Roundtable organised by ISIS Malaysia.</p>
<p><strong>Kuala Lumpur<br>March 27, 2024</strong></p>
</div>
<div class="attachments"><h4>Documents</h4><ul><li><a href="/Uploads/PublicationDocs/37812_joint_statement.pdf">Joint Press Statement (PDF, 212 KB)</a></li><li><a href="/Uploads/PublicationDocs/37812_hindi.pdf">Hindi version (PDF, 198 KB)</a></li></ul></div>
<div class="related"><h4>Related Press Releases</h4><ul><li><a href="/press-releases.htm?dtl/37790">Visit of External Affairs Minister to Singapore (March 23-25, 2024)</a></li><li><a href="/press-releases.htm?dtl/37801">Visit of External Affairs Minister to the Philippines</a></li></ul></div>
</div>""" + FOOT_EN),
         ["paid an official visit to Malaysia on 26-27 March 2024", "addressed the Asia-Pacific Roundtable"],
         ["Related Press Releases", "Joint Press Statement (PDF", "Visit of External Affairs Minister to Singapore", "Right to Information"],
         "2024-03-27", "en"),

    case("p02_en_mofa_pakistan_pr_no", "https://mofa.gov.pk/press-releases/foreign-minister-visits-tehran", "mofa-pk",
         "Pakistan MOFA: 'Press Release No. 123/2024' and the date only in the body's dateline",
         doc("en", "Foreign Minister visits Tehran | Ministry of Foreign Affairs", NAV_EN + """
<main id="content"><article class="post">
<h1 class="entry-title">Foreign Minister visits Tehran</h1>
<div class="entry-content">
<p><strong>Press Release No. 123/2024</strong></p>
<p><strong>Islamabad, 12 March 2024</strong></p>
<p>Foreign Minister Senator Mohammad Ishaq Dar arrived in Tehran today on a two-day official visit to the Islamic Republic of Iran at the invitation of his Iranian counterpart.</p>
<p>The Foreign Minister will hold talks on bilateral relations, border management, trade and energy cooperation, and the regional situation. He is also expected to call on the President of Iran.</p>
<p>Pakistan and Iran share deep-rooted historical, cultural and religious ties. The visit is a reflection of the desire of the two brotherly countries to further strengthen their relations.</p>
<p>****</p>
</div></article>
<aside class="widget"><h3 class="widget-title">Latest Press Releases</h3><ul><li><a href="/pr-122">Pakistan condemns terrorist attack in Kabul</a> <span>11 March 2024</span></li><li><a href="/pr-121">Record of the Press Briefing by Spokesperson</a> <span>8 March 2024</span></li></ul></aside>
</main>""" + FOOT_EN),
         ["arrived in Tehran today on a two-day official visit", "deep-rooted historical, cultural and religious ties"],
         ["Latest Press Releases", "Pakistan condemns terrorist attack in Kabul", "All rights reserved"],
         "2024-03-12", "en"),

    case("p03_es_sre_mexico_comunicado", "https://www.gob.mx/sre/prensa/canciller-alicia-barcena-realiza-visita-oficial-a-guatemala", "gob-mx",
         "gob.mx: 'Comunicado No. 245', date 'Ciudad de México, 3 de junio de 2024' in the body, an agenda table, a 'Comparte' bar",
         doc("es", "Canciller Alicia Bárcena realiza visita oficial a Guatemala | Secretaría de Relaciones Exteriores | Gobierno | gob.mx", """
<nav class="navbar navbar-inverse"><a class="navbar-brand" href="/">gob.mx</a><ul><li><a href="/tramites">Trámites</a></li><li><a href="/gobierno">Gobierno</a></li><li><a href="/busqueda">Búsqueda</a></li></ul></nav>
<ol class="breadcrumb"><li><a href="/">Inicio</a></li><li><a href="/sre">Secretaría de Relaciones Exteriores</a></li><li><a href="/sre/archivo/prensa">Prensa</a></li></ol>
<main><div class="article-body">
<h1>Canciller Alicia Bárcena realiza visita oficial a Guatemala</h1>
<p>Secretaría de Relaciones Exteriores | Comunicado No. 245</p>
<p>Ciudad de México, 3 de junio de 2024</p>
<p>La secretaria de Relaciones Exteriores, Alicia Bárcena, realizó una visita oficial a la Ciudad de Guatemala, donde se reunió con el presidente Bernardo Arévalo y con el canciller Carlos Ramiro Martínez.</p>
<p>Ambos cancilleres revisaron la agenda bilateral en materia de migración, desarrollo del sur-sureste y seguridad fronteriza, y acordaron celebrar la próxima reunión de la Comisión Binacional en el segundo semestre del año.</p>
<table class="table"><thead><tr><th>Hora</th><th>Actividad</th></tr></thead><tbody><tr><td>09:00</td><td>Reunión con el presidente Bernardo Arévalo</td></tr><tr><td>12:30</td><td>Firma del memorándum de cooperación</td></tr></tbody></table>
<p>La canciller reiteró el compromiso de México con una relación de respeto y cooperación con Guatemala.</p>
<p>---oo0oo---</p>
</div>
<div class="share"><span>Comparte</span><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>
<div class="related"><h3>Otras noticias</h3><a href="/sre/prensa/244">México y Belice fortalecen cooperación fronteriza</a></div>
</main>
<footer><p>Enlaces: Participa, Datos, Publicaciones oficiales. ¿Qué es gob.mx?</p></footer>"""),
         ["realizó una visita oficial a la Ciudad de Guatemala", "reiteró el compromiso de México"],
         ["Comparte", "México y Belice fortalecen cooperación fronteriza", "¿Qué es gob.mx?"],
         "2024-06-03", "es"),

    case("p04_pt_itamaraty_nota", "https://www.gov.br/mre/pt-br/canais_atendimento/imprensa/notas-a-imprensa/visita-do-ministro-das-relacoes-exteriores-a-angola", "gov-br-plone",
         "gov.br Plone: 'Nota à imprensa nº 312' and 'Publicado em 18/07/2024 16h30 Atualizado em 18/07/2024 17h02'",
         doc("pt-br", "Visita do Ministro das Relações Exteriores a Angola — Ministério das Relações Exteriores", """
<header id="portal-header"><a href="https://www.gov.br">gov.br</a><ul><li>Órgãos do Governo</li><li>Acesso à Informação</li><li>Legislação</li></ul></header>
<div id="portal-breadcrumbs"><a href="/mre">Ministério das Relações Exteriores</a> &gt; <a href="#">Canais de Atendimento</a> &gt; <a href="#">Imprensa</a> &gt; <a href="#">Notas à Imprensa</a></div>
<div id="content">
<h1 class="documentFirstHeading">Visita do Ministro das Relações Exteriores a Angola</h1>
<div class="documentDescription">Nota à imprensa nº 312</div>
<div class="documentByLine"><span class="documentPublished">Publicado em 18/07/2024 16h30</span> <span class="documentModified">Atualizado em 18/07/2024 17h02</span></div>
<div id="parent-fieldname-text">
<p>O ministro das Relações Exteriores, embaixador Mauro Vieira, realizará visita oficial a Luanda nos dias 22 e 23 de julho, a convite do ministro das Relações Exteriores de Angola, Téte António.</p>
<p>Na ocasião, os chanceleres passarão em revista a agenda bilateral, com destaque para cooperação em agricultura, saúde, defesa e educação, e tratarão da preparação da Cúpula da Comunidade dos Países de Língua Portuguesa.</p>
<p>Angola é o principal parceiro comercial do Brasil na África Subsaariana, com corrente de comércio de US$ 1,8 bilhão em 2023.</p>
</div>
<div class="social-share">Compartilhe: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Linkedin</a> <a href="#">Link para Copiar para área de transferência</a></div>
</div>
<footer id="portal-footer"><p>Redes sociais. Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição-SemDerivações 3.0 Não Adaptada.</p></footer>"""),
         ["realizará visita oficial a Luanda nos dias 22 e 23 de julho", "principal parceiro comercial do Brasil na África Subsaariana"],
         ["Compartilhe", "Copiar para área de transferência", "Creative Commons"],
         "2024-07-18", "pt"),

    case("p05_fr_diplomatie_declaration", "https://www.diplomatie.gouv.fr/fr/dossiers-pays/senegal/evenements/article/senegal-visite-du-ministre-05-02-24", "diplomatie-gouv",
         "France Diplomatie: date in the URL slug (05-02-24, d-m-y) and 'Paris, le 5 février 2024' in the body",
         doc("fr", "Sénégal - Visite du ministre (5 février 2024) - Ministère de l'Europe et des Affaires étrangères", """
<header role="banner"><a href="/fr/">France Diplomatie</a><nav><ul><li><a href="#">Dossiers pays</a></li><li><a href="#">Politique étrangère</a></li><li><a href="#">Conseils aux voyageurs</a></li><li><a href="#">Services aux citoyens</a></li></ul></nav></header>
<nav class="fil-ariane">Accueil &gt; Dossiers pays &gt; Sénégal &gt; Événements</nav>
<main id="main"><article>
<h1>Sénégal - Visite du ministre (5 février 2024)</h1>
<div class="texte">
<p>Paris, le 5 février 2024</p>
<p>Le ministre de l’Europe et des Affaires étrangères, M. Stéphane Séjourné, s’est rendu à Dakar le 5 février pour s’entretenir avec son homologue sénégalaise, Mme Aïssata Tall Sall.</p>
<p>Les deux ministres ont évoqué la préparation de l’élection présidentielle, la coopération en matière de sécurité au Sahel ainsi que la mobilité des étudiants et des chercheurs entre la France et le Sénégal.</p>
<p>Le ministre a également rencontré des représentants de la société civile et de la communauté française.</p>
</div>
<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Imprimer</a></div>
</article>
<aside><h2>Voir aussi</h2><ul><li><a href="#">Présentation du Sénégal</a></li><li><a href="#">Relations bilatérales</a></li></ul></aside>
</main>
<footer><p>Plan du site | Mentions légales | Gestion des cookies</p></footer>"""),
         ["s’est rendu à Dakar le 5 février", "la mobilité des étudiants et des chercheurs"],
         ["Partager", "Présentation du Sénégal", "Mentions légales"],
         "2024-02-05", "fr"),

    case("p06_ru_mid_soobshchenie", "https://mid.ru/ru/foreign_policy/news/1944120/", "mid-ru",
         "Russian MID: 'Сообщение для СМИ', date '12.04.2024 15:20' over the text, 'Дополнительные материалы' list",
         doc("ru", "О визите Министра иностранных дел Монголии в Россию - Министерство иностранных дел Российской Федерации", """
<header><nav><a href="/ru/">МИД России</a> <a href="#">Внешняя политика</a> <a href="#">Министерство</a> <a href="#">Консульские вопросы</a> <a href="#">Пресс-служба</a></nav></header>
<div class="breadcrumbs"><a href="#">Главная</a> / <a href="#">Внешняя политика</a> / <a href="#">Новости</a></div>
<div class="text-page">
<div class="announce__meta"><span class="announce__date">12.04.2024 15:20</span></div>
<h1 class="text-title">О визите Министра иностранных дел Монголии в Россию</h1>
<div class="text-type">Сообщение для СМИ</div>
<div class="text">
<p>15–17 апреля с официальным визитом в Российской Федерации будет находиться Министр иностранных дел Монголии Б.Бат-Цэцэг.</p>
<p>В ходе переговоров Министра иностранных дел Российской Федерации С.В.Лаврова с монгольской коллегой планируется обсудить состояние и перспективы российско-монгольских отношений всеобъемлющего стратегического партнерства, а также актуальные международные и региональные проблемы.</p>
<p>Стороны подпишут План консультаций между министерствами иностранных дел двух стран на 2024–2025 годы.</p>
</div>
<div class="text-additional"><h3>Дополнительные материалы</h3><ul><li><a href="#">Монголия</a></li><li><a href="#">Лавров Сергей Викторович</a></li></ul></div>
</div>
<footer><p>© 2024 МИД России. Все права защищены.</p></footer>"""),
         ["с официальным визитом в Российской Федерации будет находиться Министр иностранных дел Монголии", "План консультаций между министерствами"],
         ["Дополнительные материалы", "Все права защищены", "Консульские вопросы"],
         "2024-04-12", "ru"),

    case("p07_tr_mfa_no", "https://www.mfa.gov.tr/no_-67_-dBakanimizin-azerbaycan-ziyareti-hk.tr.mfa", "mfa-tr",
         "Turkish MFA: 'No: 67, 15 Mart 2024' heading line, date nowhere else",
         doc("tr", "No: 67, 15 Mart 2024, Dışişleri Bakanımızın Azerbaycan'ı Ziyareti Hk. / T.C. Dışişleri Bakanlığı", """
<div id="header"><a href="/default.tr.mfa">T.C. Dışişleri Bakanlığı</a><ul class="menu"><li>Bakanlık</li><li>Dış Politika</li><li>Konsolosluk Bilgileri</li><li>Türkiye'ye Seyahat</li></ul></div>
<div class="sub_lstitm"><h2>No: 67, 15 Mart 2024, Dışişleri Bakanımızın Azerbaycan'ı Ziyareti Hk.</h2></div>
<div id="icerik">
<p>Dışişleri Bakanımız Sayın Hakan Fidan, 16-17 Mart 2024 tarihlerinde Azerbaycan'a resmi bir ziyaret gerçekleştirecektir.</p>
<p>Ziyaret kapsamında Bakanımızın Azerbaycan Cumhurbaşkanı İlham Aliyev tarafından kabul edilmesi ve Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile görüşmesi öngörülmektedir.</p>
<p>Görüşmelerde ikili ilişkilerin tüm boyutlarıyla ele alınması, bölgesel ve uluslararası gelişmeler hakkında görüş alışverişinde bulunulması beklenmektedir.</p>
</div>
<div class="paylas">Paylaş: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-posta</a></div>
<div id="footer">© Türkiye Cumhuriyeti Dışişleri Bakanlığı - Tüm hakları saklıdır.</div>"""),
         ["Azerbaycan'a resmi bir ziyaret gerçekleştirecektir", "görüş alışverişinde bulunulması beklenmektedir"],
         ["Paylaş", "Tüm hakları saklıdır", "Konsolosluk Bilgileri"],
         "2024-03-15", "tr"),

    case("p08_id_kemlu_siaran_pers", "https://kemlu.go.id/portal/id/read/5912/siaran_pers/menlu-ri-lakukan-kunjungan-kerja-ke-vietnam", "kemlu",
         "Indonesian MFA: 'Jakarta, 22 Agustus 2024' in the body, a visitor counter and tags",
         doc("id", "Menlu RI Lakukan Kunjungan Kerja ke Vietnam | Portal Kementerian Luar Negeri Republik Indonesia", """
<nav class="navbar"><a href="/portal/id">Kementerian Luar Negeri</a> <a href="#">Berita</a> <a href="#">Siaran Pers</a> <a href="#">Layanan</a> <a href="#">Kontak</a></nav>
<div class="container"><div class="col-md-8">
<h2 class="title">Menlu RI Lakukan Kunjungan Kerja ke Vietnam</h2>
<div class="meta-info"><i class="fa fa-eye"></i> Dilihat 1.284 kali</div>
<div class="content-body">
<p>Jakarta, 22 Agustus 2024 - Menteri Luar Negeri RI Retno L.P. Marsudi melakukan kunjungan kerja ke Hanoi, Vietnam, pada 21–22 Agustus 2024 untuk menghadiri Pertemuan Komisi Bersama (Joint Commission) ke-5 Indonesia–Vietnam.</p>
<p>Dalam pertemuan dengan Menlu Vietnam Bui Thanh Son, kedua menteri membahas peningkatan perdagangan, kerja sama perikanan, serta penyelesaian batas Zona Ekonomi Eksklusif kedua negara.</p>
<p>Menlu Retno juga menegaskan pentingnya persatuan ASEAN dalam menghadapi dinamika kawasan.</p>
</div>
<div class="tags">Tags: <a href="#">Vietnam</a> <a href="#">ASEAN</a> <a href="#">Kunjungan Kerja</a></div>
</div><div class="col-md-4"><h4>Berita Terpopuler</h4><ul><li><a href="#">Penyampaian Pernyataan Pers Tahunan Menteri Luar Negeri</a></li></ul></div></div>
<footer>Hak Cipta © 2024 Kementerian Luar Negeri Republik Indonesia</footer>"""),
         ["melakukan kunjungan kerja ke Hanoi, Vietnam", "pentingnya persatuan ASEAN"],
         ["Dilihat 1.284 kali", "Berita Terpopuler", "Hak Cipta"],
         "2024-08-22", "id"),

    case("p09_en_liveblog_guardian", "https://www.theguardian.com/world/live/2024/jun/04/blinken-visit-middle-east-live-updates", "guardian-live",
         "Guardian live blog: many 'BST' entry times, 'First published on Tue 4 Jun 2024 08.15 BST', a key-events list and comments",
         doc("en", "Blinken visit to Middle East – live updates | World news | The Guardian", """
<meta property="article:published_time" content="2024-06-04T07:15:42.000Z">
<meta property="article:modified_time" content="2024-06-04T17:48:10.000Z">
<header><nav aria-label="Guardian sections"><a href="/">News</a><a href="/commentisfree">Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a><a href="/lifeandstyle">Lifestyle</a></nav></header>
<main>
<h1>Blinken visit to Middle East – live updates</h1>
<div data-gu-name="standfirst"><p>US secretary of state arrives in Cairo on the first leg of his eighth trip to the region since October</p></div>
<div class="dcr-meta"><details><summary>Tue 4 Jun 2024 18.48 BST</summary><span>First published on Tue 4 Jun 2024 08.15 BST</span></details></div>
<div data-gu-name="key-events"><h2>Key events</h2><ul><li><a href="#block-1">3h ago Blinken lands in Cairo</a></li><li><a href="#block-2">5h ago Ceasefire proposal</a></li></ul><button>Show key events only</button></div>
<div id="liveblog-body">
<article id="block-3"><time datetime="2024-06-04T16:40:00Z">17.40 BST</time><p>Blinken has left the presidential palace after a meeting of almost two hours with Egyptian president Abdel Fatah al-Sisi, a state department spokesperson said.</p></article>
<article id="block-2"><time datetime="2024-06-04T11:05:00Z">12.05 BST</time><p>The proposal under discussion would begin with a six-week pause in fighting and the exchange of hostages and prisoners, officials familiar with the talks said.</p></article>
<article id="block-1"><time datetime="2024-06-04T07:32:00Z">08.32 BST</time><p>US secretary of state Antony Blinken has landed in Cairo, the first stop on a trip that will also take him to Israel, Jordan and Qatar.</p></article>
</div>
<div class="submeta">Explore more on these topics: Antony Blinken, Egypt, US foreign policy. <a href="#">Share</a> <a href="#">Reuse this content</a></div>
<section id="comments"><h2>Comments (412)</h2><p>View all comments &gt;</p></section>
<section data-component="most-viewed"><h2>Most viewed</h2><ol><li>Live: Election results</li></ol></section>
</main>"""),
         ["has left the presidential palace after a meeting of almost two hours", "has landed in Cairo, the first stop on a trip"],
         ["Reuse this content", "Comments (412)", "Most viewed", "Show key events only"],
         "2024-06-04", "en"),

    case("p10_en_liveblog_jsonld", "https://www.example-times.co.za/news/live/ramaphosa-state-visit-live", "liveblog-jsonld",
         "LiveBlogPosting JSON-LD with coverageStartTime and entries' own datePublished; entries stamped '2h ago' (page fetched two days later)",
         doc("en", "LIVE | Ramaphosa state visit to Kenya: all the updates", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Ramaphosa state visit to Kenya: all the updates","datePublished":"2024-09-10T06:00:00+02:00","dateModified":"2024-09-10T19:30:00+02:00","coverageStartTime":"2024-09-10T06:00:00+02:00","coverageEndTime":"2024-09-11T20:00:00+02:00","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Joint press briefing","datePublished":"2024-09-10T15:20:00+02:00"},{"@type":"BlogPosting","headline":"Arrival","datePublished":"2024-09-10T08:10:00+02:00"}]}</script>""" + """
<div class="top-bar"><a href="/">Home</a> <a href="/news">News</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></div>
<main><h1>LIVE | Ramaphosa state visit to Kenya: all the updates</h1>
<div class="live-feed">
<div class="live-entry"><span class="live-time">2h ago</span><h3>Joint press briefing</h3><p>President Cyril Ramaphosa and President William Ruto told reporters in Nairobi that the two countries had agreed to ease visa rules for business travellers and to expand direct flights.</p></div>
<div class="live-entry"><span class="live-time">9h ago</span><h3>Arrival</h3><p>Ramaphosa arrived at Jomo Kenyatta International Airport on Tuesday morning, where he was received by Foreign Affairs Cabinet Secretary Musalia Mudavadi.</p></div>
</div>
<div class="newsletter"><h4>Get the morning newsletter</h4><p>Sign up for our free daily briefing in your inbox.</p><input type="email" placeholder="Your email"><button>Sign up</button></div>
<div class="related"><h4>Related articles</h4><a href="#">Kenya, SA sign trade pacts</a></div>
</main>"""),
         ["agreed to ease visa rules for business travellers", "arrived at Jomo Kenyatta International Airport on Tuesday morning"],
         ["Sign up for our free daily briefing", "Related articles", "Kenya, SA sign trade pacts"],
         "2024-09-10", "en", fetched="2024-09-12"),

    case("p11_es_directo_elpais", "https://elpais.com/internacional/2024-10-21/directo-visita-de-sanchez-a-china.html", "directo",
         "Spanish live page: 'Directo', entry times '18:02', 'Actualizado: 21 oct 2024 - 18:02 CEST' and the date in the URL",
         doc("es", "Visita de Sánchez a China, en directo | Internacional | EL PAÍS", """
<header><nav><a href="/">EL PAÍS</a> <a href="/internacional/">Internacional</a> <a href="/opinion/">Opinión</a> <a href="/espana/">España</a> <a href="/suscripciones/">Suscríbete</a></nav></header>
<main><article>
<span class="kicker">Directo</span>
<h1>Visita de Sánchez a China, en directo</h1>
<div class="a_md"><a href="#">Redacción</a> <span>Pekín - <time>Actualizado: 21 oct 2024 - 18:02 CEST</time></span></div>
<div class="live-entries">
<div class="entry"><span class="hour">18:02</span><p>Pedro Sánchez y Xi Jinping han cerrado su reunión en el Gran Palacio del Pueblo tras casi dos horas de conversación sobre comercio, vehículos eléctricos y la guerra de Ucrania.</p></div>
<div class="entry"><span class="hour">11:40</span><p>El presidente del Gobierno ha llegado a Pekín en su tercera visita a China en menos de dos años, acompañado por el ministro de Economía, Carlos Cuerpo.</p></div>
</div>
<div class="a_sh">Compartir en Whatsapp · Compartir en Facebook · Copiar enlace</div>
<div class="a_com">Comentarios · Normas</div>
</article>
<section><h2>Más información</h2><a href="#">Las claves del viaje de Sánchez</a></section>
</main>"""),
         ["han cerrado su reunión en el Gran Palacio del Pueblo", "ha llegado a Pekín en su tercera visita a China"],
         ["Compartir en Whatsapp", "Las claves del viaje de Sánchez", "Suscríbete"],
         "2024-10-21", "es"),

    case("p12_en_timeline_explainer", "https://www.example-post.com/world/asia/india-china-border-timeline", "timeline",
         "Timeline explainer: many past event dates (1962, 2017, 2020) in headings; publication only in meta",
         doc("en", "Timeline: India-China relations ahead of Modi visit", """<meta property="article:published_time" content="2024-10-22T05:30:00Z">
<meta name="author" content="Staff Reporter">""" + """
<nav class="nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/newsletters">Newsletters</a></nav>
<article><h1>Timeline: India-China relations ahead of Modi visit</h1>
<p class="lede">Prime Minister Narendra Modi meets President Xi Jinping in Kazan this week, their first formal talks in five years. Here is how relations have moved since the border war.</p>
<h3>October 20, 1962</h3><p>China and India fight a month-long war along their disputed Himalayan border.</p>
<h3>June 16, 2017</h3><p>A 73-day standoff begins at Doklam after Chinese troops start building a road on the plateau.</p>
<h3>June 15, 2020</h3><p>Twenty Indian soldiers and at least four Chinese soldiers die in hand-to-hand fighting in the Galwan valley.</p>
<h3>October 21, 2024</h3><p>India says the two sides have agreed on patrolling arrangements along the Line of Actual Control.</p>
</article>
<aside class="recirc"><h4>Most read</h4><ol><li><a href="#">Markets slide as oil jumps</a></li></ol></aside>
<footer>&copy; Example Post. <a href="#">Terms</a> <a href="#">Cookie settings</a></footer>"""),
         ["their first formal talks in five years", "hand-to-hand fighting in the Galwan valley", "agreed on patrolling arrangements"],
         ["Markets slide as oil jumps", "Cookie settings", "Newsletters"],
         "2024-10-22", "en"),

    case("p13_en_print_version", "https://www.example-herald.co.ke/print.php?id=84213", "print",
         "Printer-friendly page: 'Posted: Wednesday, March 6, 2024', a 'Printed from' footer with the print day, a 'Print this page' button",
         doc("en", "Print: Museveni, Ruto agree on oil pipeline timeline", """<style>body{font-family:serif}</style>
<div class="print-header"><img src="/logo-print.png" alt="The Example Herald"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>
<h1>Museveni, Ruto agree on oil pipeline timeline</h1>
<p class="byline">By JAMES OKELLO</p>
<p class="posted">Posted: Wednesday, March 6, 2024</p>
<p>Ugandan President Yoweri Museveni and Kenyan President William Ruto on Tuesday agreed on a new timeline for the construction of a refined petroleum products pipeline from Eldoret to Kampala.</p>
<p>The two leaders met at State House Entebbe during Ruto's one-day working visit, and directed their energy ministers to finalise the financing arrangements within three months.</p>
<p>They also discussed the delayed standard gauge railway and cross-border trade disputes over milk and sugar.</p>
<div class="print-footer"><p>Printed from The Example Herald on 08/12/2026 at 02:41. URL: https://www.example-herald.co.ke/news/84213</p><p>&copy; 2024 Example Media Group. All rights reserved.</p></div>"""),
         ["agreed on a new timeline for the construction of a refined petroleum products pipeline", "delayed standard gauge railway"],
         ["Print this page", "Close window", "Printed from The Example Herald", "All rights reserved"],
         "2024-03-06", "en"),

    case("p14_en_paginated_page2", "https://www.example-tribune.com.pk/story/2459121/pm-shehbaz-in-riyadh?page=2", "paginated",
         "Page 2 of a paginated story: 'Page 2 of 3' pager, date 'February 28, 2024' in the header",
         doc("en", "PM Shehbaz in Riyadh: investment pledges (page 2) | The Example Tribune", """
<div class="menu"><a href="/">Home</a> <a href="/pakistan">Pakistan</a> <a href="/business">Business</a> <a href="/epaper">E-Paper</a></div>
<div class="story"><h1>PM Shehbaz in Riyadh: investment pledges</h1>
<div class="story-meta"><span class="author">Our Correspondent</span> | <span class="date">February 28, 2024</span></div>
<div class="story-text">
<p>Officials said the Saudi side had agreed in principle to speed up the $5 billion investment package announced last year, with the first projects in mining and refining.</p>
<p>The prime minister also met Saudi Crown Prince Mohammed bin Salman at the Al-Yamamah Palace, where the two sides discussed the release of Pakistani prisoners and the quota for Hajj pilgrims.</p>
<p>Foreign Minister Ishaq Dar, who accompanied the premier, later told reporters that a joint business council would meet in Islamabad in April.</p>
</div>
<div class="pager">Page 2 of 3 <a href="?page=1">&laquo; Previous</a> <a href="?page=1">1</a> <b>2</b> <a href="?page=3">3</a> <a href="?page=3">Next &raquo;</a></div>
</div>
<div class="comments"><h3>COMMENTS (14)</h3><p>Comments are moderated and generally will be posted if they are on-topic and not abusive.</p></div>"""),
         ["agreed in principle to speed up the $5 billion investment package", "a joint business council would meet in Islamabad in April"],
         ["Page 2 of 3", "Next »", "Comments are moderated", "E-Paper"],
         "2024-02-28", "en"),

    case("p15_en_wayback_toolbar", "https://web.archive.org/web/20240315093012/https://www.example-daily.com.gh/news/akufo-addo-begins-visit-to-ivory-coast", "wayback",
         "Wayback Machine wrapper: the toolbar (captures, a capture date of 15 Mar 2024) around a page whose meta says 14 March 2024",
         doc("en", "Akufo-Addo begins visit to Ivory Coast | Example Daily","", head="""<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on"};</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1B2M2Y8A">
<!-- End Wayback Rewrite JS Include -->
<meta property="article:published_time" content="2024-03-14T11:20:00+00:00">""", ) .replace("<body>\n", """<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp" style="position:fixed;"><div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/">The Wayback Machine</a></div><table><tr><td class="u" colspan="2"><form target="_top" method="get" action="/web/submit"><input type="text" name="url" value="https://www.example-daily.com.gh/news/akufo-addo-begins-visit-to-ivory-coast"></form></td></tr><tr><td class="n"><a href="#">FEB</a> <b>MAR</b> <a href="#">APR</a></td></tr><tr><td class="s"><a class="t" href="#">14 captures</a><div class="r">15 Mar 2024 - 02 Nov 2024</div></td></tr></table><div id="wm-btns"><a href="#">About this capture</a></div></div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
""", 1).replace("</body>", """<div class="nav"><a href="/web/20240315093012/https://www.example-daily.com.gh/">Home</a> <a href="#">Politics</a> <a href="#">Business</a></div>
<article><h1>Akufo-Addo begins visit to Ivory Coast</h1><p class="meta">By Kwame Asante</p>
<p>President Nana Addo Dankwa Akufo-Addo has arrived in Abidjan for a two-day state visit at the invitation of President Alassane Ouattara.</p>
<p>The two leaders are expected to discuss cocoa pricing, the security situation in the Sahel and the planned Abidjan-Lagos highway corridor.</p>
<p>A Ghana-Côte d'Ivoire business forum will be held on the sidelines of the visit.</p></article>
<div class="more"><h3>More Stories</h3><a href="#">Cedi falls against dollar</a></div>
</body>""", 1),
         ["arrived in Abidjan for a two-day state visit", "Ghana-Côte d'Ivoire business forum"],
         ["The Wayback Machine", "14 captures", "About this capture", "Cedi falls against dollar"],
         "2024-03-14", "en"),

    case("p16_en_wayback_url_date", "https://web.archive.org/web/20230911184455/https://www.example-observer.co.zw/2023/09/10/mnangagwa-meets-zambian-counterpart/", "wayback",
         "Wayback copy whose only dates are the capture stamp (11 Sep 2023) and the original URL's /2023/09/10/",
         doc("en", "Mnangagwa meets Zambian counterpart – The Example Observer","", head="""<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");__wm.wombat("https://www.example-observer.co.zw/2023/09/10/mnangagwa-meets-zambian-counterpart/","20230911184455","https://web.archive.org/","web","https://web-static.archive.org/_static/");</script>
<!-- End Wayback Rewrite JS Include -->""").replace("<body>\n", """<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en"><div id="wm-ipp"><a href="/web/">The Wayback Machine</a> - https://web.archive.org/web/20230911184455/https://www.example-observer.co.zw/2023/09/10/mnangagwa-meets-zambian-counterpart/ <span>3 captures 11 Sep 2023 - 20 Jan 2024</span></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
""", 1).replace("</body>", """<div class="site-header"><a href="#">News</a> <a href="#">Sport</a> <a href="#">Opinion</a></div>
<div class="entry-content">
<h1 class="entry-title">Mnangagwa meets Zambian counterpart</h1>
<p>President Emmerson Mnangagwa yesterday held talks with Zambian President Hakainde Hichilema at Victoria Falls, where the two leaders reviewed progress on the Batoka Gorge hydroelectric project.</p>
<p>The two heads of state also agreed to reduce delays at the Chirundu one-stop border post, which handles most of the trucks on the north-south corridor.</p>
<p>Hichilema was on a one-day working visit.</p>
</div>
<div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>
</body>""", 1),
         ["held talks with Zambian President Hakainde Hichilema at Victoria Falls", "Chirundu one-stop border post"],
         ["The Wayback Machine", "captures", "Leave a Reply", "Required fields are marked"],
         "2023-09-10", "en"),

    case("p17_en_amp_cache_meta", "https://www-example-hindu-com.cdn.ampproject.org/c/s/www.example-hindu.com/news/national/jaishankar-to-visit-sri-lanka/article68012345.ece/amp/", "amp-cache",
         "Google AMP cache URL; amp-sidebar menu, amp-social-share, 'Published - June 19, 2024 10:32 pm IST'",
         doc("en", "Jaishankar to visit Sri Lanka on Thursday - The Example Hindu","", head="""<link rel="canonical" href="https://www.example-hindu.com/news/national/jaishankar-to-visit-sri-lanka/article68012345.ece">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>""").replace("<html lang=\"en\">", "<html ⚡ lang=\"en\">").replace("</body>", """<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="#">India</a></li><li><a href="#">World</a></li><li><a href="#">Opinion</a></li><li><a href="#">e-Paper</a></li></ul></amp-sidebar>
<article><h1 class="title">Jaishankar to visit Sri Lanka on Thursday</h1>
<p class="sub-text">First high-level visit from India after the new government took office in Delhi</p>
<p class="publish-time">Published - June 19, 2024 10:32 pm IST - NEW DELHI</p>
<div class="articlebodycontent"><p>External Affairs Minister S. Jaishankar will travel to Colombo on Thursday for a one-day visit, the Ministry of External Affairs said on Wednesday.</p>
<p>He will call on President Ranil Wickremesinghe and Prime Minister Dinesh Gunawardena and review India-funded projects, including the housing scheme for plantation workers.</p>
<p>The visit follows Mr. Wickremesinghe's attendance at Prime Minister Narendra Modi's swearing-in ceremony earlier this month.</p></div>
<amp-social-share type="whatsapp"></amp-social-share>
<div class="related-topics">Related Topics: <a href="#">India-Sri Lanka</a> <a href="#">diplomacy</a></div>
</article>
<div class="comments-amp">COMMENTS: Comments have to be in English, and in full sentences.</div>
</body>""", 1),
         ["will travel to Colombo on Thursday for a one-day visit", "housing scheme for plantation workers"],
         ["Related Topics", "Comments have to be in English", "e-Paper"],
         "2024-06-19", "en"),

    case("p18_en_amp_cache_url_date", "https://nation-example-co-ke.cdn.ampproject.org/c/s/nation.example.co.ke/kenya/news/2024/05/07/ruto-jets-off-to-washington/amp", "amp-cache",
         "AMP cache URL whose only date is the original path's /2024/05/07/; a relative '1 hour ago' stamp beside it (fetched that day)",
         doc("en", "Ruto jets off to Washington for state visit","", head="""<script async src="https://cdn.ampproject.org/v0.js"></script>""").replace("<html lang=\"en\">", "<html amp lang=\"en\">").replace("</body>", """<header><amp-img src="/logo.png" width="120" height="30" alt="Nation"></amp-img><a href="#">Menu</a></header>
<article class="article-amp"><h1>Ruto jets off to Washington for state visit</h1>
<p class="article-meta">By Nation Reporter · 1 hour ago</p>
<p>President William Ruto on Tuesday left the country for the United States, where he will hold talks with President Joe Biden at the White House on debt relief, climate finance and security in the Horn of Africa.</p>
<p>This is the first state visit by an African head of state to Washington in more than fifteen years, State House spokesperson Hussein Mohamed said.</p>
<p>The President will also meet business leaders in Atlanta.</p>
</article>
<div class="amp-newsletter">Get the latest news in your inbox. Subscribe to our newsletter.</div>
</body>""", 1),
         ["left the country for the United States", "first state visit by an African head of state to Washington"],
         ["Subscribe to our newsletter", "1 hour ago"],
         "2024-05-07", "en", fetched="2024-05-07"),

    case("p19_en_archive_today", "https://archive.ph/2024.05.14-091233/https://www.example-sahel.com/niger-burkina-mali-confederation", "archive-today",
         "archive.today wrapper: 'archive.today webpage capture | Saved from | 14 May 2024 09:12:33 UTC' header over an article dated 13 May 2024 in its byline",
         doc("en", "Niger, Burkina, Mali leaders to meet in Niamey • archive.ph","", head="""<meta property="og:title" content="Niger, Burkina, Mali leaders to meet in Niamey">""").replace("<body>\n", """<body>
<div id="HEADER" style="background-color:#EEEEEE"><table><tr><td>archive.today<br>webpage capture</td><td>Saved from <a href="https://www.example-sahel.com/niger-burkina-mali-confederation">https://www.example-sahel.com/niger-burkina-mali-confederation</a></td><td>14 May 2024 09:12:33 UTC</td></tr><tr><td>All snapshots from host www.example-sahel.com</td><td><a href="#">share</a> <a href="#">download .zip</a> <a href="#">report bug or abuse</a></td></tr></table></div>
<div id="CONTENT">
""", 1).replace("</body>", """<div class="menu">Home | Politics | Security | Economy</div>
<div class="post"><h1>Niger, Burkina, Mali leaders to meet in Niamey</h1>
<div class="byline">By Example Sahel staff | 13 May 2024</div>
<p>The military leaders of Niger, Burkina Faso and Mali will meet in Niamey in July to formally launch a confederation of their Alliance of Sahel States, foreign ministers of the three countries said after talks on Monday.</p>
<p>The ministers said the confederation would have a common passport, a joint investment bank and coordinated security forces.</p>
<p>The three countries announced in January that they were leaving the Economic Community of West African States.</p>
</div></div>
</body>""", 1),
         ["will meet in Niamey in July to formally launch a confederation", "leaving the Economic Community of West African States"],
         ["webpage capture", "Saved from", "report bug or abuse", "All snapshots from host"],
         "2024-05-13", "en"),

    case("p20_en_mfa_kenya_table", "https://www.mfa.go.ke/press-statement-state-visit-ghana", "mfa-ke",
         "Kenyan MFA: 'Nairobi, 14th May 2024' (ordinal) at the foot, a table of agreements, a download link list",
         doc("en", "PRESS STATEMENT: STATE VISIT OF H.E. PRESIDENT NANA AKUFO-ADDO TO KENYA – Ministry of Foreign and Diaspora Affairs", NAV_EN + """
<div class="page-title"><h1>PRESS STATEMENT: STATE VISIT OF H.E. PRESIDENT NANA AKUFO-ADDO TO KENYA</h1><div class="crumbs">Home / Press Releases</div></div>
<div class="elementor-widget-container">
<p>His Excellency Nana Addo Dankwa Akufo-Addo, President of the Republic of Ghana, concluded a three-day State Visit to the Republic of Kenya at the invitation of His Excellency Dr. William Samoei Ruto.</p>
<p>The two Heads of State witnessed the signing of the following instruments:</p>
<table><tr><th>No.</th><th>Instrument</th><th>Signatories</th></tr><tr><td>1</td><td>MoU on Cooperation in Agriculture</td><td>Cabinet Secretaries for Agriculture</td></tr><tr><td>2</td><td>Agreement on the Abolition of Visa Requirements for Diplomatic Passports</td><td>Ministers of Foreign Affairs</td></tr></table>
<p>The two leaders reaffirmed their commitment to the African Continental Free Trade Area.</p>
<p>Nairobi, 14th May 2024</p>
<p>Download: <a href="/wp-content/uploads/2024/05/Joint-Communique.pdf">Joint Communiqué (PDF)</a></p>
</div>
<div class="sidebar"><h3>Recent Posts</h3><ul><li><a href="#">Kenya hosts IGAD ministerial meeting</a></li></ul></div>""" + FOOT_EN),
         ["concluded a three-day State Visit to the Republic of Kenya", "reaffirmed their commitment to the African Continental Free Trade Area"],
         ["Recent Posts", "Kenya hosts IGAD ministerial meeting", "Privacy Policy"],
         "2024-05-14", "en"),

    case("p21_en_dfa_ph_press_no", "https://dfa.gov.ph/dfa-news/news-from-our-foreign-service-postsupdate/34567-secretary-manalo-visits-canberra", "joomla-dfa",
         "Philippine DFA (Joomla): 'Press Release No. 124-2024' and 'Published: 14 May 2024' plus 'Hits: 1523'",
         doc("en-gb", "Secretary Manalo Visits Canberra", """
<div class="header"><a href="/">Department of Foreign Affairs</a><ul class="nav menu"><li>About DFA</li><li>DFA News</li><li>Consular Services</li><li>Passport</li></ul></div>
<div class="item-page">
<div class="page-header"><h2 itemprop="headline">Secretary Manalo Visits Canberra</h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="2024-05-14T09:20:11+08:00" itemprop="datePublished">Published: 14 May 2024</time></dd><dd class="hits">Hits: 1523</dd></dl>
<div itemprop="articleBody">
<p><strong>Press Release No. 124-2024</strong></p>
<p>Foreign Affairs Secretary Enrique A. Manalo held the Philippines-Australia Ministerial Meeting with Foreign Minister Penny Wong in Canberra, the first since the two countries elevated ties to a Strategic Partnership.</p>
<p>The Secretaries discussed maritime cooperation in the West Philippine Sea, education, and the welfare of Filipinos in Australia.</p>
<p>END</p>
</div>
<ul class="pager pagenav"><li class="previous"><a href="#">Prev</a></li><li class="next"><a href="#">Next</a></li></ul>
</div>
<div class="footer">Republic of the Philippines. All content is in the public domain unless otherwise stated.</div>"""),
         ["held the Philippines-Australia Ministerial Meeting with Foreign Minister Penny Wong", "welfare of Filipinos in Australia"],
         ["Hits: 1523", "Consular Services", "public domain unless otherwise stated"],
         "2024-05-14", "en"),

    case("p22_de_auswaertiges_amt", "https://www.auswaertiges-amt.de/de/newsroom/baerbock-nigeria-2617012", "aa-de",
         "Auswärtiges Amt: 'Pressemitteilung' and '14.05.2024 - Pressemitteilung' line, 'Schlagworte' list",
         doc("de", "Außenministerin Baerbock reist nach Nigeria - Auswärtiges Amt", """
<header><nav><a href="/de">Auswärtiges Amt</a> <a href="#">Reise und Sicherheit</a> <a href="#">Außenpolitik</a> <a href="#">Newsroom</a> <a href="#">Ministerium</a></nav></header>
<nav class="c-breadcrumb">Startseite › Newsroom › Pressemitteilungen</nav>
<main><article>
<p class="c-heading__kicker">14.05.2024 - Pressemitteilung</p>
<h1>Außenministerin Baerbock reist nach Nigeria</h1>
<div class="c-rte--default">
<p>Außenministerin Annalena Baerbock reist heute (14.05.) zu einem zweitägigen Besuch nach Nigeria. In Abuja trifft sie Außenminister Yusuf Tuggar sowie Vertreterinnen und Vertreter der Zivilgesellschaft.</p>
<p>Im Mittelpunkt der Gespräche stehen die Lage in der Sahelzone, die Rückgabe der Benin-Bronzen sowie die Zusammenarbeit bei Energie und Migration.</p>
<p>Vor ihrer Abreise erklärte Außenministerin Baerbock: „Nigeria ist für uns ein zentraler Partner in Westafrika.“</p>
</div>
<div class="c-tags">Schlagworte: <a href="#">Nigeria</a> <a href="#">Baerbock</a></div>
<div class="c-share">Seite teilen: <a href="#">Mastodon</a> <a href="#">E-Mail</a></div>
</article></main>
<footer>Impressum | Datenschutzerklärung | Barrierefreiheit</footer>"""),
         ["reist heute (14.05.) zu einem zweitägigen Besuch nach Nigeria", "Rückgabe der Benin-Bronzen"],
         ["Schlagworte", "Seite teilen", "Datenschutzerklärung"],
         "2024-05-14", "de"),

    case("p23_ja_mofa_reiwa", "https://www.mofa.go.jp/mofaj/press/release/pressit_000001_00512.html", "mofa-jp",
         "Japanese MOFA: date '令和6年5月14日' only, breadcrumb, '関連リンク' list",
         doc("ja", "上川外務大臣のブラジル訪問 | 外務省", """
<div id="header"><a href="/mofaj/">外務省</a><ul><li>会見・発表・広報</li><li>外交政策</li><li>国・地域</li><li>海外渡航・滞在</li></ul></div>
<div id="breadcrumb"><a href="/mofaj/">トップページ</a> &gt; <a href="#">会見・発表・広報</a> &gt; <a href="#">報道発表</a></div>
<div id="maincontents">
<h1>上川外務大臣のブラジル訪問</h1>
<p class="rightalign">令和6年5月14日</p>
<div class="main-text">
<p>1　上川陽子外務大臣は、5月15日から17日まで、ブラジル連邦共和国を訪問する予定です。</p>
<p>2　ブラジルでは、ヴィエイラ外務大臣との外相会談を行うほか、日系社会の代表者との懇談などを予定しています。</p>
<p>3　今回の訪問を通じ、G20議長国であるブラジルとの間で、国際社会の諸課題への対応に向けた連携を確認するとともに、二国間関係の一層の強化を図ります。</p>
</div>
<div class="related"><h2>関連リンク</h2><ul><li><a href="#">ブラジル連邦共和国</a></li></ul></div>
</div>
<div id="footer">Copyright © Ministry of Foreign Affairs of Japan</div>"""),
         ["ブラジル連邦共和国を訪問する予定です", "日系社会の代表者との懇談"],
         ["関連リンク", "海外渡航・滞在", "Copyright"],
         "2024-05-14", "ja"),

    case("p24_zh_fmprc_news", "https://www.mfa.gov.cn/web/wjdt_674879/gjldrhd_674881/202405/t20240514_11304512.shtml", "fmprc",
         "Chinese MFA: date only as '2024-05-14 16:30' and in the URL (t20240514), '【打印】【关闭窗口】' tools",
         doc("zh-CN", "王毅同巴西外长维埃拉举行会谈_中华人民共和国外交部", """
<div class="header"><a href="/">中华人民共和国外交部</a> <a href="#">首页</a> <a href="#">外交部</a> <a href="#">外交动态</a> <a href="#">领事服务</a></div>
<div class="crumbs">首页 &gt; 外交部 &gt; 外交动态 &gt; 外事日程</div>
<div class="news-main">
<h1>王毅同巴西外长维埃拉举行会谈</h1>
<p class="time"><span>2024-05-14 16:30</span> 【<a href="#">打印</a>】【<a href="#">关闭窗口</a>】</p>
<div id="News_Body_Txt_A">
<p>2024年5月14日，中共中央政治局委员、外交部长王毅在北京同巴西外长维埃拉举行会谈。</p>
<p>王毅表示，中巴建交50年来，两国关系经受住了国际风云变幻考验。双方要以建交50周年为契机，推动中巴全面战略伙伴关系不断迈上新台阶。</p>
<p>维埃拉表示，巴方愿同中方加强在二十国集团、金砖国家等多边机制中的协调与合作。</p>
</div>
</div>
<div class="footer">版权所有：中华人民共和国外交部 京ICP备06009514号</div>"""),
         ["王毅在北京同巴西外长维埃拉举行会谈", "金砖国家等多边机制中的协调与合作"],
         ["关闭窗口", "版权所有", "领事服务"],
         "2024-05-14", "zh"),

    case("p25_en_mfa_sg_statement", "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2024/05/20240514-Visit-to-Vietnam", "mfa-sg",
         "Singapore MFA: title 'MFA Press Statement', date in the URL and '14 May 2024' at the foot under 'MINISTRY OF FOREIGN AFFAIRS SINGAPORE', photo captions",
         doc("en", "MFA Press Statement: Minister for Foreign Affairs Dr Vivian Balakrishnan's Visit to Vietnam, 14 to 15 May 2024", NAV_EN + """
<div class="breadcrumb">Home &gt; Newsroom &gt; Press Statements, Transcripts and Photos</div>
<section class="press-content">
<h1>MFA Press Statement: Minister for Foreign Affairs Dr Vivian Balakrishnan's Visit to Vietnam, 14 to 15 May 2024</h1>
<p>Minister for Foreign Affairs Dr Vivian Balakrishnan will visit Hanoi from 14 to 15 May 2024. Minister Balakrishnan will call on Prime Minister Pham Minh Chinh and co-chair the Singapore-Vietnam Connectivity Framework meeting with Foreign Minister Bui Thanh Son.</p>
<p>Singapore and Vietnam established a Comprehensive Strategic Partnership in 2023. Singapore was Vietnam's largest foreign investor in 2023.</p>
<figure><img src="/photo1.jpg" alt=""><figcaption>Minister Balakrishnan with Foreign Minister Bui Thanh Son at a previous meeting (Photo: MFA)</figcaption></figure>
<p>.&nbsp;.&nbsp;.&nbsp;.&nbsp;.</p>
<p>MINISTRY OF FOREIGN AFFAIRS<br>SINGAPORE<br>14 MAY 2024</p>
</section>
<div class="related"><h3>Related Content</h3><a href="#">Transcript of Minister's doorstop interview</a></div>""" + FOOT_EN),
         ["will visit Hanoi from 14 to 15 May 2024", "largest foreign investor in 2023"],
         ["Photo: MFA", "Related Content", "Transcript of Minister's doorstop interview"],
         "2024-05-14", "en"),
]
