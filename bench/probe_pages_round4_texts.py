# ruff: noqa: E501
"""Article texts for `probe_pages_round4.py`, written by hand (fictional visits, real styles).

Each entry: language (ISO 639-1), title, paragraphs. The probe checks that the first
sentence of the first and of the last paragraph are in `article.text`.
"""

from __future__ import annotations

BODIES: dict[str, tuple[str, str, list[str]]] = {
    "en1": (
        "en",
        "Indonesian president lands in Canberra for two-day talks",
        [
            "Indonesia's president arrived in Canberra on Tuesday for two days of talks on maritime security, trade and a new student exchange scheme with Australia.",
            "The visit is the first by an Indonesian head of state to the Australian capital in six years. Officials on both sides said they expected a joint statement on fisheries patrols in the Arafura Sea and a memorandum on critical minerals.",
            "The president was met at the airport by the governor-general and later laid a wreath at the Australian War Memorial. A state lunch at Parliament House was planned for Wednesday, followed by a business forum in Sydney.",
            "Opposition members welcomed the visit but asked the government to raise the detention of Australian fishermen held in Kupang since January.",
        ],
    ),
    "en2": (
        "en",
        "Kenyan foreign minister meets counterpart in Seoul",
        [
            "Kenya's foreign minister held talks with his South Korean counterpart in Seoul on Wednesday, the first such meeting since the two countries signed an infrastructure agreement last year.",
            "The ministers discussed a planned expansion of the Mombasa port, the training of Kenyan engineers at Korean universities and cooperation on climate finance ahead of the next summit of African leaders in Korea.",
            "According to a statement from the Korean foreign ministry, the two sides also agreed to open a regular consultation mechanism at vice-minister level and to hold the first round in Nairobi later in the year.",
            "The Kenyan minister is due to travel on to Tokyo on Friday before returning to Nairobi at the weekend.",
        ],
    ),
    "en3": (
        "en",
        "Turkish and Iraqi leaders agree water-sharing framework",
        [
            "Turkey and Iraq agreed on a framework for sharing the waters of the Tigris and Euphrates during a visit by the Iraqi prime minister to Ankara, officials said.",
            "The two leaders signed 24 memorandums covering energy, transport and security, including a plan to build a road and rail corridor from the Gulf port of Faw to the Turkish border.",
            "Iraqi officials have long accused Turkey of reducing river flows with its dams, while Ankara says Baghdad needs to modernise its irrigation. The framework sets up a joint committee that will meet every three months.",
            "The prime minister was also expected to meet Turkish business leaders in Istanbul before flying home.",
        ],
    ),
    "en4": (
        "en",
        "Mongolian premier begins visit to Vietnam",
        [
            "Mongolia's prime minister began an official visit to Vietnam on Monday at the invitation of his Vietnamese counterpart, the first by a Mongolian head of government in a decade.",
            "The two sides are expected to sign agreements on air links between Ulaanbaatar and Hanoi, on the export of Mongolian meat and on visa exemptions for ordinary passport holders.",
            "The prime minister will also visit Ho Chi Minh City and meet the Mongolian community living in the south of the country before returning home on Thursday.",
        ],
    ),
    "fr1": (
        "fr",
        "Le ministre des Affaires étrangères en visite au Maroc",
        [
            "Le ministre de l'Europe et des Affaires étrangères s'est rendu mardi à Rabat pour une visite de deux jours, la première d'un chef de la diplomatie française au Maroc depuis plus de deux ans.",
            "Il a été reçu par son homologue marocain avec qui il a évoqué la coopération économique, la mobilité des étudiants et la situation au Sahel. Les deux ministres ont annoncé la tenue prochaine d'une réunion de haut niveau à Paris.",
            "Le ministre doit également rencontrer des représentants de la communauté française installée au Maroc ainsi que des chefs d'entreprise lors d'un dîner organisé par la chambre de commerce.",
            "Cette visite intervient après plusieurs mois de tensions diplomatiques entre les deux pays, notamment sur la question des visas.",
        ],
    ),
    "es1": (
        "es",
        "El canciller peruano recibe a su homólogo chileno en Lima",
        [
            "El ministro de Relaciones Exteriores del Perú recibió este martes en el Palacio de Torre Tagle a su homólogo de Chile, quien realiza una visita oficial de dos días a Lima.",
            "Ambos cancilleres revisaron la agenda bilateral, en particular la cooperación fronteriza en Tacna y Arica, la lucha contra el crimen organizado transnacional y la integración energética entre los dos países.",
            "Al término del encuentro, firmaron un memorando de entendimiento sobre migración ordenada y acordaron convocar el gabinete binacional en Santiago antes de fin de año.",
            "El canciller chileno será recibido el miércoles por la presidenta de la República en Palacio de Gobierno.",
        ],
    ),
    "de1": (
        "de",
        "Außenministerin reist nach Vietnam und auf die Philippinen",
        [
            "Die Bundesaußenministerin ist am Dienstag zu einem zweitägigen Besuch in Hanoi eingetroffen, der ersten Station einer Reise durch Südostasien.",
            "In Gesprächen mit der vietnamesischen Regierung soll es um die Energiewende, die Fachkräftegewinnung und die Lage im Südchinesischen Meer gehen. Deutschland und Vietnam sind seit 2011 strategische Partner.",
            "Am Donnerstag reist die Ministerin weiter nach Manila, wo sie den philippinischen Außenminister treffen und eine Einrichtung der Küstenwache besuchen wird.",
            "Begleitet wird sie von einer Delegation aus Abgeordneten und Vertretern der Wirtschaft.",
        ],
    ),
    "ru1": (
        "ru",
        "Министр иностранных дел России прибыл с визитом в Пхеньян",
        [
            "Министр иностранных дел России во вторник прибыл в Пхеньян с официальным визитом, который продлится два дня.",
            "В ходе переговоров с министром иностранных дел КНДР стороны обсудили подготовку визита на высшем уровне, вопросы торгово-экономического сотрудничества и ситуацию на Корейском полуострове.",
            "Министр также встретился с сотрудниками российского посольства и возложил цветы к монументу Освобождения. По итогам визита стороны подписали план межмидовских консультаций на ближайшие два года.",
            "Следующий раунд переговоров запланирован в Москве.",
        ],
    ),
    "uk1": (
        "uk",
        "Міністр закордонних справ України відвідав Варшаву",
        [
            "Міністр закордонних справ України у вівторок прибув до Варшави з робочим візитом, під час якого зустрівся зі своїм польським колегою.",
            "Сторони обговорили питання експорту української агропродукції, роботу прикордонних пунктів пропуску та підготовку до наступного засідання міжурядової комісії.",
            "Міністр також провів зустріч з представниками української громади в Польщі і подякував польському народові за підтримку. Наступного тижня очікується візит польської делегації до Києва.",
        ],
    ),
    "kk1": (
        "kk",
        "Мемлекет басшысы Қытайға мемлекеттік сапармен барды",
        [
            "Қазақстан Президенті сейсенбі күні Қытай Халық Республикасына мемлекеттік сапармен барды.",
            "Сапар барысында Мемлекет басшысы Қытай Төрағасымен келіссөздер жүргізіп, екі ел арасындағы сауда-экономикалық ынтымақтастықты, көлік-логистика саласын және энергетика мәселелерін талқылады.",
            "Тараптар жиырмадан астам құжатқа қол қойды, соның ішінде визасыз режим туралы келісім бар. Президент сондай-ақ Бейжіңдегі қазақстандық студенттермен кездесті.",
        ],
    ),
    "fa1": (
        "fa",
        "سفر وزیر امور خارجه به مسکو",
        [
            "وزیر امور خارجه کشورمان صبح سه‌شنبه در رأس هیئتی سیاسی برای دیداری دو روزه وارد مسکو شد.",
            "وی در این سفر با همتای روس خود درباره همکاری‌های اقتصادی، کریدور شمال ـ جنوب و تحولات منطقه گفت‌وگو خواهد کرد. قرار است دو طرف سندی درباره همکاری‌های کنسولی نیز امضا کنند.",
            "وزیر امور خارجه همچنین با رئیس مجلس دومای روسیه و جمعی از ایرانیان مقیم مسکو دیدار می‌کند و پس از پایان این سفر به تهران بازمی‌گردد.",
        ],
    ),
    "fa2": (
        "fa",
        "دیدار رئیس‌جمهور با نخست‌وزیر پاکستان در تهران",
        [
            "نخست‌وزیر پاکستان که برای سفری سه روزه به تهران آمده است، روز چهارشنبه با رئیس‌جمهور کشورمان دیدار و گفت‌وگو کرد.",
            "در این دیدار دو طرف بر گسترش مبادلات تجاری در مرزهای مشترک، تکمیل خط لوله گاز و همکاری در مبارزه با تروریسم تأکید کردند.",
            "نخست‌وزیر پاکستان پیش از بازگشت به اسلام‌آباد به مشهد خواهد رفت و از حرم امام رضا بازدید خواهد کرد.",
        ],
    ),
    "ar1": (
        "ar",
        "وزير الخارجية يستقبل نظيره الإندونيسي في الرياض",
        [
            "استقبل صاحب السمو وزير الخارجية في مقر الوزارة بالرياض اليوم وزيرة خارجية جمهورية إندونيسيا التي تزور المملكة حالياً.",
            "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين وسبل تعزيزها في مختلف المجالات، إضافة إلى مناقشة المستجدات الإقليمية والدولية والجهود المبذولة بشأنها.",
            "كما بحث الجانبان ترتيبات موسم الحج والتسهيلات المقدمة لحجاج إندونيسيا، وحضر الاستقبال عدد من المسؤولين في الوزارة.",
        ],
    ),
    "ar2": (
        "ar",
        "وزير الخارجية المصري يتوجه إلى أنقرة",
        [
            "توجه وزير الخارجية المصري صباح اليوم الثلاثاء إلى العاصمة التركية أنقرة في زيارة رسمية تستغرق يومين، تلبية لدعوة من نظيره التركي.",
            "وصرح المتحدث الرسمي باسم وزارة الخارجية بأن الزيارة تتناول سبل دفع العلاقات الثنائية، ولا سيما في المجالات الاقتصادية والتجارية، إلى جانب التشاور حول الأوضاع في قطاع غزة وليبيا والسودان.",
            "ومن المقرر أن يلتقي الوزير خلال الزيارة بالرئيس التركي، كما يعقد لقاءً مع ممثلي مجتمع الأعمال في البلدين.",
        ],
    ),
    "ur1": (
        "ur",
        "وزیراعظم کا چین کا پانچ روزہ سرکاری دورہ",
        [
            "وزیراعظم پاکستان منگل کے روز چین کے پانچ روزہ سرکاری دورے پر بیجنگ پہنچ گئے جہاں ہوائی اڈے پر چینی حکام نے ان کا استقبال کیا۔",
            "دورے کے دوران وزیراعظم چینی صدر اور وزیراعظم سے ملاقاتیں کریں گے جن میں پاک چین اقتصادی راہداری کے دوسرے مرحلے، توانائی کے منصوبوں اور سکیورٹی تعاون پر بات چیت ہوگی۔",
            "وزیراعظم شینزین بھی جائیں گے جہاں وہ چینی کاروباری شخصیات سے ملاقات کریں گے اور انہیں پاکستان میں سرمایہ کاری کی دعوت دیں گے۔",
        ],
    ),
    "tr1": (
        "tr",
        "Dışişleri Bakanı Bağdat'ta temaslarda bulundu",
        [
            "Dışişleri Bakanı, salı günü resmi ziyaret amacıyla gittiği Bağdat'ta Iraklı mevkidaşı ile bir araya geldi.",
            "Görüşmede iki ülke arasındaki ticaret hacminin artırılması, Kalkınma Yolu Projesi, su meselesi ve terörle mücadelede iş birliği ele alındı. Bakan, ortak basın toplantısında Irak ile ilişkilerin yeni bir döneme girdiğini söyledi.",
            "Bakan ziyaretin ikinci gününde Erbil'e geçerek bölgesel yönetimin yetkilileriyle de görüşecek.",
        ],
    ),
    "zh1": (
        "zh",
        "王毅同印度尼西亚外长举行会谈",
        [
            "3月5日，中共中央政治局委员、外交部长王毅在北京同来华进行正式访问的印度尼西亚外长举行会谈。",
            "王毅表示，中方愿同印尼一道，落实两国领导人达成的重要共识，推进雅万高铁后续合作，深化经贸、海洋和人文交流。印尼外长表示，印尼高度重视对华关系，愿同中方加强各领域务实合作。",
            "双方还就南海局势和东盟合作等共同关心的国际和地区问题交换了意见。",
        ],
    ),
    "zh1t": (
        "zh",
        "外交部長與印尼外長舉行會談",
        [
            "外交部長今天在台北賓館與來訪的印尼外長舉行會談，雙方就經貿、農業與人才交流等議題交換意見。",
            "外交部長表示，台灣願意與印尼在新南向政策架構下深化合作，並歡迎更多印尼學生來台就讀。印尼外長則感謝台灣在防災與醫療方面提供的協助。",
            "會談結束後，雙方簽署了農業技術合作備忘錄，並共同出席晚宴。",
        ],
    ),
    "ja1": (
        "ja",
        "上川外務大臣のインドネシア訪問",
        [
            "上川外務大臣は、3月5日から7日までインドネシア共和国を訪問し、同国外務大臣と会談を行いました。",
            "会談では、両大臣は日インドネシア包括的戦略的パートナーシップの下での協力の進展を歓迎し、エネルギー移行、海洋安全保障、人材交流の分野で協力を一層強化していくことで一致しました。",
            "また、上川大臣はジャカルタ市内で日本語を学ぶ学生と懇談し、両国の若い世代の交流の重要性について意見を交わしました。",
        ],
    ),
    "ko1": (
        "ko",
        "외교부 장관, 베트남 외교장관과 회담",
        [
            "외교부 장관은 3월 5일 오후 서울 외교부 청사에서 방한 중인 베트남 외교장관과 회담을 갖고 양국 간 포괄적 전략적 동반자 관계의 발전 방안을 논의하였다.",
            "양 장관은 교역과 투자, 공급망, 개발협력 등 다양한 분야에서 실질 협력을 확대해 나가기로 하였으며, 올해 하반기 양국 정상의 상호 방문을 차질 없이 준비해 나가기로 하였다.",
            "베트남 외교장관은 회담 후 국회의장을 예방하고 부산으로 이동하여 현지 기업인들과 간담회를 가질 예정이다.",
        ],
    ),
    "pt1": (
        "pt",
        "Chanceler brasileiro visita Angola e Moçambique",
        [
            "O ministro das Relações Exteriores do Brasil desembarcou nesta terça-feira em Luanda, primeira etapa de uma viagem pela África lusófona que inclui também Moçambique.",
            "Na capital angolana, o chanceler foi recebido pelo presidente da República e discutiu com o seu homólogo a retomada de linhas de crédito para exportação, a cooperação em agricultura tropical e a formação de diplomatas.",
            "Em Maputo, o ministro deve assinar acordos nas áreas de saúde e educação e visitar o centro de formação profissional financiado pelo governo brasileiro.",
        ],
    ),
    "id1": (
        "id",
        "Menteri Luar Negeri terima kunjungan Menlu Selandia Baru",
        [
            "Menteri Luar Negeri Republik Indonesia menerima kunjungan kehormatan Menteri Luar Negeri Selandia Baru di Gedung Pancasila, Jakarta, pada hari Selasa.",
            "Kedua menteri membahas peningkatan kerja sama ekonomi, khususnya di bidang pertanian dan energi panas bumi, serta kerja sama pembangunan di kawasan Pasifik.",
            "Menteri Luar Negeri Selandia Baru juga dijadwalkan mengunjungi Bali untuk menghadiri forum bisnis sebelum kembali ke Wellington pada akhir pekan.",
        ],
    ),
    "it1": (
        "it",
        "Il ministro degli Esteri in visita ufficiale in Egitto",
        [
            "Il ministro degli Esteri è arrivato martedì al Cairo per una visita ufficiale di due giorni, durante la quale incontrerà il presidente egiziano e il suo omologo.",
            "Al centro dei colloqui la crisi nella Striscia di Gaza, la stabilità della Libia, i flussi migratori nel Mediterraneo e la cooperazione energetica tra i due Paesi.",
            "Il ministro visiterà anche la sede dell'Agenzia italiana per la cooperazione allo sviluppo e incontrerà gli imprenditori italiani attivi in Egitto.",
        ],
    ),
    "pl1": (
        "pl",
        "Minister spraw zagranicznych z wizytą w Kiszyniowie",
        [
            "Minister spraw zagranicznych przybył we wtorek do Kiszyniowa z jednodniową wizytą, podczas której spotkał się z prezydent Mołdawii oraz szefem mołdawskiej dyplomacji.",
            "Rozmowy dotyczyły integracji europejskiej Mołdawii, bezpieczeństwa energetycznego regionu oraz polskiego wsparcia dla reform administracji publicznej.",
            "Minister zapowiedział otwarcie nowego konsulatu honorowego w Bielcach i zwiększenie liczby stypendiów dla mołdawskich studentów.",
        ],
    ),
}

# About 300 characters each: the language is hard to guess from so little text.
SHORT: dict[str, tuple[str, str, list[str]]] = {
    "s_en": (
        "en",
        "Governor welcomes trade delegation from Taiwan",
        [
            "The governor welcomed a trade delegation from Taiwan at the state capitol on Tuesday. The visitors, led by the deputy economy minister, toured a semiconductor plant and discussed direct flights to Taipei.",
        ],
    ),
    "s_pt": (
        "pt",
        "Presidente recebe primeiro-ministro",
        [
            "O presidente recebeu hoje no Palácio de Belém o primeiro-ministro de Cabo Verde, que está em visita oficial a Portugal até sexta-feira. Os dois dirigentes falaram sobre a mobilidade na comunidade lusófona e sobre a cooperação no mar.",
        ],
    ),
    "s_id": (
        "id",
        "Presiden terima Perdana Menteri Malaysia",
        [
            "Presiden menerima kunjungan Perdana Menteri Malaysia di Istana Bogor pada hari Senin. Kedua pemimpin membahas penetapan batas laut, perlindungan pekerja migran, dan kerja sama industri kelapa sawit di kedua negara.",
        ],
    ),
    "s_fa": (
        "fa",
        "ورود وزیر خارجه عمان به تهران",
        [
            "وزیر امور خارجه عمان بامداد امروز برای دیدار با مقام‌های کشورمان وارد تهران شد. او در این سفر با رئیس‌جمهور و وزیر امور خارجه درباره تحولات منطقه و روابط دوجانبه گفت‌وگو خواهد کرد.",
        ],
    ),
    "s_uk": (
        "uk",
        "Прем'єр-міністр Естонії прибув до Києва",
        [
            "Прем'єр-міністерка Естонії прибула до Києва з неоголошеним візитом. Вона зустрілася з президентом України та обговорила відновлення енергетичної інфраструктури і підготовку нового пакета допомоги.",
        ],
    ),
    "s_nl": (
        "nl",
        "Minister-president bezoekt Suriname",
        [
            "De minister-president is dinsdag aangekomen in Paramaribo voor een tweedaags bezoek aan Suriname. Hij spreekt met de president over handel, onderwijs en de aanpak van drugssmokkel via de haven.",
        ],
    ),
    "s_tr": (
        "tr",
        "Cumhurbaşkanı Azerbaycan'a gitti",
        [
            "Cumhurbaşkanı, resmi ziyarette bulunmak üzere bugün Bakü'ye gitti. Ziyarette iki ülke arasındaki enerji projeleri, Zengezur koridoru ve savunma sanayiinde iş birliği görüşülecek.",
        ],
    ),
    "s_ar": (
        "ar",
        "ولي العهد يصل إلى القاهرة",
        [
            "وصل ولي العهد إلى القاهرة اليوم في زيارة رسمية، وكان في استقباله الرئيس المصري. وتتناول الزيارة تعزيز الاستثمارات المشتركة وتطورات الأوضاع في المنطقة.",
        ],
    ),
    "s_ko": (
        "ko",
        "국무총리, 캄보디아 총리와 회담",
        [
            "국무총리는 오늘 정부서울청사에서 방한 중인 캄보디아 총리와 회담을 갖고 교역 확대와 개발 협력, 인적 교류 강화 방안을 논의하였다.",
        ],
    ),
}


def _links(heads: list[str]) -> str:
    return (
        '<ul class="most-read">'
        + "".join(f'<li><a href="/n/{i}">{h}</a></li>' for i, h in enumerate(heads * 3))
        + "</ul>"
    )


# Long boilerplate in the page's language, for short articles (sidebar and footer).
BOILER: dict[str, str] = {
    "en": _links(
        [
            "City council votes to extend the tram line to the airport",
            "Five things to know before the budget is announced next week",
            "Local bakery wins national award for its sourdough bread",
            "Police appeal for witnesses after a crash on the ring road",
            "Opinion: our schools need more teachers, not more tests",
            "Football: late goal keeps the title race alive",
        ]
    )
    + "<p>The Herald is published by the Herald Media Group. Our journalism is supported by "
    "readers like you. Subscribe today for unlimited access to news, analysis and opinion from "
    "across the region, delivered to your inbox every morning and available on all your "
    "devices. Questions about your subscription? Call our customer service team.</p>",
    "pt": _links(
        [
            "Câmara aprova novo plano de mobilidade urbana para a capital",
            "Cinco coisas que precisa saber antes do orçamento de Estado",
            "Futebol: equipa da casa vence clássico no último minuto",
            "Tempo: previsão de chuva forte para o fim de semana no norte",
            "Opinião: as escolas precisam de mais professores e menos exames",
            "Preço dos combustíveis volta a subir na próxima segunda-feira",
        ]
    )
    + "<p>Assine o nosso jornal e tenha acesso ilimitado a notícias, análises e opinião. "
    "O jornal é publicado pelo grupo de media e todos os direitos estão reservados. Para "
    "questões sobre a sua assinatura contacte o nosso serviço de apoio ao cliente.</p>",
    "fa": _links(
        [
            "پیش‌بینی بارش باران و برف در استان‌های شمالی کشور",
            "افزایش قیمت بلیت هواپیما در آستانه سال نو",
            "نتایج هفته بیستم لیگ برتر فوتبال",
            "برگزاری نمایشگاه بین‌المللی کتاب در اردیبهشت",
            "اطلاعیه درباره زمان ثبت‌نام آزمون سراسری",
            "آغاز طرح نوروزی راهداری در جاده‌های کشور",
        ]
    )
    + "<p>استفاده از مطالب این پایگاه با ذکر منبع آزاد است. تمامی حقوق مادی و معنوی این "
    "پایگاه محفوظ است. برای ارتباط با ما از طریق صفحه تماس با ما اقدام کنید.</p>",
    "ko": _links(
        [
            "서울시, 지하철 연장 운행 다음 달부터 시행",
            "주말 전국 대체로 맑음…미세먼지 농도 보통",
            "프로야구 개막전 입장권 예매 시작",
            "정부, 소상공인 지원 대책 발표",
            "수도권 아파트 전세 가격 상승세 지속",
            "올해 대학 입시 변화 총정리",
        ]
    )
    + "<p>무단 전재 및 재배포 금지. 본 사이트의 모든 콘텐츠는 저작권법의 보호를 받습니다. "
    "구독 문의는 고객센터로 연락해 주시기 바랍니다.</p>",
}
