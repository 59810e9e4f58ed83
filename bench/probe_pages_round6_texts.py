# ruff: noqa: E501
"""Article texts for the round-6 page probe, written blind (pages round 6).

Each article is (language, headline, paragraphs). The paragraphs are the body a page
reader should return; the page builders wrap them in the chrome of a CMS family.
"""

from __future__ import annotations

Article = tuple[str, str, tuple[str, ...]]

ARTICLES: dict[str, Article] = {
    "en_modi": ("en", "Modi arrives in Washington for state visit with defence deals on the table", (
        "Indian Prime Minister Narendra Modi arrived at Joint Base Andrews on Wednesday afternoon for a state visit that officials on both sides said would focus on jet engines, semiconductors and a long-delayed deal on armed drones.",
        "Modi was greeted on the tarmac by Secretary of State Antony Blinken before driving to Blair House, the official guest residence across the street from the White House. He is due to address a joint meeting of Congress on Thursday, his second such speech since 2016.",
        "Aides said the two leaders would also discuss supply chains for critical minerals, a visa backlog that has left thousands of Indian technology workers waiting, and cooperation on space launches. Human rights groups planned a protest near Lafayette Square.",
        "The visit ends with a reception for members of the Indian diaspora at the Ronald Reagan Building, after which Modi will fly on to Cairo for a two-day stop.",
    )),
    "en_ruto": ("en", "Kenya's Ruto lands in Beijing seeking debt relief and railway money", (
        "Kenyan President William Ruto landed in Beijing on Sunday night at the head of a delegation of ministers and business leaders, hoping to restructure loans taken out to build the Standard Gauge Railway.",
        "Ruto told reporters at the airport that Kenya wanted a longer repayment period rather than new borrowing, and that he would ask Chinese banks to finance the extension of the line from Naivasha to the Ugandan border.",
        "Treasury officials travelling with the president said talks with the Export-Import Bank of China would begin on Monday morning. Kenya owes Chinese lenders about 6.3 billion dollars, roughly a sixth of its external debt.",
        "The president is also expected to attend the opening session of the Belt and Road Forum and to meet Premier Li Qiang before returning to Nairobi at the end of the week.",
    )),
    "en_albanese": ("en", "Albanese touches down in Shanghai as trade thaw continues", (
        "Anthony Albanese has become the first Australian prime minister to visit China in seven years, touching down in Shanghai on Saturday evening ahead of the China International Import Expo.",
        "The Prime Minister will tour the expo on Sunday, where more than 250 Australian exporters have stands, before travelling to Beijing for talks with President Xi Jinping and Premier Li Qiang.",
        "Tariffs on Australian wine remain the main sticking point after Beijing lifted duties on barley earlier this year. Winemakers in the Barossa Valley said they were cautiously hopeful of a breakthrough.",
        "Mr Albanese told reporters on the flight that he would also raise the case of the detained writer Yang Hengjun, who has been held in Beijing since January 2019.",
    )),
    "en_wire": ("en", "Japan's foreign minister visits Kenya to shore up Indo-Pacific ties", (
        "NAIROBI, Feb 12 (Reuters) - Japanese Foreign Minister Yoko Kamikawa arrived in Nairobi on Monday on the second leg of an African tour, pledging support for Kenya's plan to lead a police mission to Haiti.",
        "Kamikawa met her Kenyan counterpart Musalia Mudavadi at the foreign ministry and the two signed an agreement on maritime security training for the Kenyan coast guard, officials said.",
        "Japan is competing with China and Russia for influence in Africa and has promised to increase investment on the continent ahead of a summit of African leaders it will host in Yokohama.",
        "Kamikawa travels to Nigeria on Wednesday before returning to Tokyo, the ministry said in a statement.",
    )),
    "en_uk": ("en", "Foreign Secretary begins three-day visit to Nigeria and Ghana", (
        "The Foreign Secretary flew into Abuja last night for talks with President Bola Tinubu on trade, migration and the fight against jihadist groups in the Sahel.",
        "It is the first visit by a British foreign secretary to Nigeria in more than two years. Officials said a new agreement on returning people who have no right to stay in the UK would be signed on Thursday.",
        "From Abuja the Foreign Secretary travels to Accra, where he is due to open a new British Council library and meet Ghanaian students who have won Chevening scholarships.",
        "Opposition MPs said the visit was overdue and urged the government to restore aid cuts that hit health programmes across West Africa.",
    )),
    "en_blog": ("en", "Our twinning delegation in Gdańsk: five days, three shipyards and a lot of pierogi", (
        "Twelve of us from the Hastings twinning association flew to Gdańsk last week at the invitation of the city council, our partner town since 1997.",
        "The mayor received us at the Main Town Hall on the first morning and we spent the afternoon at the European Solidarity Centre, which stands where the Lenin Shipyard strikes began.",
        "Highlights included a concert at St Mary's Church and a long lunch with the Polish-British friendship society, who are planning a return visit to Sussex next spring.",
        "Thank you to everyone who made the trip possible, and especially to Agnieszka, our tireless interpreter.",
    )),
    "en_us": ("en", "Brazil's Lula meets Biden at White House, pledges joint push on climate", (
        "Brazilian President Luiz Inácio Lula da Silva met President Joe Biden in the Oval Office on Friday, their first meeting since Lula returned to power on the first day of the year.",
        "The two leaders agreed to work together on protecting the Amazon rainforest and on defending democracy after the riots in Brasília, according to a joint statement released after the meeting.",
        "Lula also met with Senator Bernie Sanders and with leaders of the AFL-CIO labor federation during his two-day stay in Washington.",
        "He flies back to Brasília on Saturday and is expected to travel to China in March.",
    )),
    "es_milei": ("es", "Milei llega a Madrid en medio de la tensión diplomática con el Gobierno español", (
        "El presidente de Argentina, Javier Milei, aterrizó este viernes en el aeropuerto de Barajas para participar en un acto del partido Vox, en una visita que no incluye ninguna reunión con el Gobierno de Pedro Sánchez.",
        "Fuentes de la Casa Rosada explicaron que el mandatario argentino se alojará en un hotel del centro de la capital y que el domingo intervendrá en el encuentro Europa Viva 24, junto a dirigentes de la ultraderecha europea.",
        "El Ministerio de Asuntos Exteriores español recordó que se trata de un viaje de carácter privado y que no está previsto ningún encuentro con el rey Felipe VI.",
        "Milei regresará a Buenos Aires el lunes, después de reunirse con empresarios españoles con inversiones en Argentina.",
    )),
    "es_ebrard": ("es", "La canciller mexicana inicia en Tokio una gira por Asia", (
        "La secretaria de Relaciones Exteriores, Alicia Bárcena, llegó a Tokio para una visita oficial de tres días en la que buscará ampliar la inversión japonesa en el sector automotriz mexicano.",
        "Bárcena se reunirá con su homóloga japonesa y con directivos de Toyota, Nissan y Honda, empresas que operan plantas en Guanajuato y Aguascalientes.",
        "Después de Japón, la canciller viajará a Corea del Sur y a Singapur, donde participará en un foro sobre cadenas de suministro.",
    )),
    "fr_macron": ("fr", "Emmanuel Macron au Maroc pour une visite d'État de trois jours", (
        "Le président de la République est arrivé lundi à Rabat, où il a été accueilli au pied de l'avion par le roi Mohammed VI, pour une visite d'État destinée à tourner la page de plusieurs années de brouille diplomatique.",
        "Emmanuel Macron est accompagné d'une délégation d'une centaine de personnes, dont neuf ministres et une quarantaine de chefs d'entreprise. Des accords dans l'énergie, le ferroviaire et l'aéronautique doivent être signés.",
        "Le chef de l'État s'exprimera mardi devant le Parlement marocain. Il se rendra ensuite à Marrakech avant de regagner Paris mercredi soir.",
        "Cette visite intervient trois mois après la reconnaissance par la France du plan d'autonomie marocain pour le Sahara occidental.",
    )),
    "fr_sonko": ("fr", "Le Premier ministre sénégalais reçu à Matignon", (
        "Le Premier ministre du Sénégal a été reçu jeudi à Matignon pour un déjeuner de travail consacré à la coopération économique et à la présence militaire française à Dakar.",
        "Les deux délégations ont évoqué le calendrier du départ des soldats français et la relance de projets financés par l'Agence française de développement.",
        "À l'issue de l'entretien, le chef du gouvernement sénégalais s'est rendu à l'Assemblée nationale pour rencontrer des députés du groupe d'amitié France-Sénégal.",
    )),
    "de_scholz": ("de", "Scholz zu Regierungskonsultationen in Neu-Delhi eingetroffen", (
        "Bundeskanzler Olaf Scholz ist am Donnerstagabend zu einem dreitägigen Besuch in Indien eingetroffen. Begleitet wird er von mehreren Bundesministern und einer großen Wirtschaftsdelegation.",
        "Im Mittelpunkt der Regierungskonsultationen stehen die Anwerbung von Fachkräften, die Zusammenarbeit bei erneuerbaren Energien und die Rüstungskooperation. Indien will unter anderem U-Boote in Deutschland bestellen.",
        "Am Freitag spricht Scholz auf der Asien-Pazifik-Konferenz der Deutschen Wirtschaft, anschließend trifft er Premierminister Narendra Modi zu einem Vier-Augen-Gespräch.",
        "Zum Abschluss der Reise besucht der Kanzler Goa, wo eine Fregatte der Bundesmarine vor Anker liegt.",
    )),
    "de_steinmeier": ("de", "Steinmeier bittet in Tansania um Vergebung für Kolonialverbrechen", (
        "Bundespräsident Frank-Walter Steinmeier hat bei seinem Besuch in Tansania um Vergebung für die Verbrechen während der deutschen Kolonialzeit gebeten.",
        "In Songea, wo Anführer des Maji-Maji-Aufstands hingerichtet wurden, traf Steinmeier Nachfahren der Opfer. Er sagte, er schäme mich für das, was deutsche Kolonialsoldaten hier angerichtet haben.",
        "Am Mittwoch will der Bundespräsident in Daressalam mit Präsidentin Samia Suluhu Hassan über die Rückgabe von Gebeinen sprechen, die in deutschen Museen lagern.",
    )),
    "ru_putin": ("ru", "Путин прибыл в Астану с официальным визитом", (
        "Президент России Владимир Путин прибыл в Астану, где проведёт переговоры с президентом Казахстана Касым-Жомартом Токаевым. В аэропорту его встретил глава казахстанского государства.",
        "Как сообщили в Кремле, стороны обсудят торгово-экономическое сотрудничество, транзит грузов и строительство объектов атомной энергетики. По итогам переговоров планируется подписать пакет документов.",
        "Вечером лидеры примут участие в пленарном заседании Форума межрегионального сотрудничества, который проходит в режиме видеоконференции.",
        "Это первый официальный визит Путина в Казахстан после переизбрания Токаева.",
    )),
    "ru_jaishankar": ("ru", "Министр иностранных дел Индии начал визит в Москву", (
        "Министр иностранных дел Индии Субраманьям Джайшанкар прибыл в Москву с пятидневным визитом. В программе переговоры с Сергеем Лавровым и встреча с вице-премьером Денисом Мантуровым.",
        "Индийская сторона рассчитывает обсудить поставки нефти, расчёты в национальных валютах и развитие транспортного коридора Север — Юг.",
        "Перед отлётом на родину министр посетит Санкт-Петербург, где встретится с губернатором Александром Бегловым.",
    )),
    "uk_duda": ("uk", "Президент Польщі прибув до Києва з неоголошеним візитом", (
        "Президент Польщі Анджей Дуда прибув до Києва з неоголошеним візитом. На залізничному вокзалі його зустрів керівник Офісу Президента України.",
        "Під час зустрічі з Володимиром Зеленським сторони обговорять експорт українського зерна, оборонну допомогу та підготовку до саміту НАТО.",
        "Дуда також вшанує пам'ять загиблих захисників України біля Стіни пам'яті на Михайлівській площі.",
    )),
    "zh_xi": ("zh", "习近平抵达巴黎开始对法国进行国事访问", (
        "国家主席习近平当地时间5日下午乘专机抵达巴黎奥利机场，开始对法国进行国事访问。法国总理阿塔尔等在机场热情迎接。",
        "习近平在书面讲话中表示，今年是中法建交60周年，中方愿同法方一道，以建交60周年为新起点，推动中法全面战略伙伴关系不断取得新进展。",
        "访问期间，两国元首将举行会谈，并共同出席中法企业家委员会第六次会议闭幕式。习近平还将前往上比利牛斯省参观。",
        "结束对法国的访问后，习近平将前往塞尔维亚和匈牙利进行国事访问。",
    )),
    "zh_wang": ("zh", "王毅抵达堪培拉 同澳大利亚外长举行外交与战略对话", (
        "中共中央政治局委员、外交部长王毅抵达堪培拉，同澳大利亚外长黄英贤举行第七轮中澳外交与战略对话。",
        "王毅表示，中澳关系已经走上改善发展的正确轨道，双方应当保持高层交往，扩大经贸、教育、旅游等领域的务实合作。",
        "访澳期间，王毅还将会见澳大利亚总理阿尔巴尼斯，并同澳各界人士座谈。这是王毅时隔七年再次访问澳大利亚。",
    )),
    "zh_zhu": ("zh", "朱镕基清华经管学院顾问委员会会见外国代表团", (
        "来自德国、新加坡和南非的高校代表团日前访问清华大学经济管理学院，并同学院顾问委员会成员座谈。",
        "代表团参观了朱镕基同志曾担任首任院长的经管学院，了解了学院在国际合作办学方面的做法。座谈会由学院院长主持。",
        "双方商定，明年将在新加坡举办联合研讨会，进一步扩大学生交流规模。",
    )),
    "zh_tw": ("zh", "外交部長林佳龍出訪瓜地馬拉 深化雙邊合作", (
        "外交部長林佳龍率團抵達瓜地馬拉市，展開為期四天的訪問，瓜國外長在機場親自接機。",
        "林佳龍此行將晉見阿雷瓦洛總統，並出席臺瓜合作醫療計畫的簽約儀式。外交部表示，雙方也將討論農業技術與青年獎學金等合作。",
        "結束瓜地馬拉行程後，訪團將轉往貝里斯，並於下週返國。",
    )),
    "ja_kishida": ("ja", "岸田首相、ワシントンに到着　国賓待遇で訪米", (
        "岸田文雄首相は8日午後（日本時間9日未明）、政府専用機でワシントン近郊のアンドルーズ空軍基地に到着した。国賓待遇での訪米は日本の首相として2015年の安倍晋三元首相以来となる。",
        "首相は10日にバイデン大統領とホワイトハウスで首脳会談を行い、防衛装備品の共同開発や宇宙分野での協力について合意する見通しだ。",
        "11日には米議会の上下両院合同会議で演説し、その後ノースカロライナ州を訪れて日本企業の工場を視察する予定となっている。",
    )),
    "ja_nec": ("ja", "ベトナム国家主席が来日　天皇陛下と会見へ", (
        "ベトナムのトゥオン国家主席が国賓として来日し、羽田空港に到着した。滞在は５日間の予定。",
        "政府関係者によると、首脳会談では①技能実習制度の見直し②インフラ整備への円借款③半導体分野の協力――の３点が主な議題となる見通しだ。",
        "主席は都内で㈱日立製作所などの経営者と懇談するほか、広島県を訪れて平和記念資料館を見学する。",
    )),
    "ko_yoon": ("ko", "윤석열 대통령, 영국 국빈 방문 위해 런던 도착", (
        "윤석열 대통령은 영국 국빈 방문을 위해 20일 오후(현지시간) 런던 스탠스테드 공항에 도착했다. 공항에는 영국 정부 관계자들과 주영 대사가 나와 윤 대통령 내외를 맞았다.",
        "윤 대통령은 21일 찰스 3세 국왕이 주최하는 공식 환영식에 참석하고, 리시 수낵 총리와 정상회담을 갖는다. 양국은 이번 회담에서 외교 관계를 글로벌 전략적 동반자 관계로 격상할 예정이다.",
        "대통령실은 방산, 원전, 인공지능 분야에서 모두 20여 건의 양해각서가 체결될 것이라고 밝혔다.",
        "윤 대통령은 영국 일정을 마친 뒤 프랑스 파리로 이동해 부산 엑스포 유치 활동을 벌인다.",
    )),
    "ko_thai": ("ko", "태국 총리 방한, 한·태 정상회담 개최", (
        "세타 타위신 태국 총리가 공식 방문차 서울에 도착해 사흘간의 일정을 시작했다.",
        "양국 정상은 용산 대통령실에서 정상회담을 열고 경제동반자협정 협상 개시와 방산 협력 확대에 합의했다. 공식 만찬에는 태국 전통 요리인 똠얌꿍도 올랐다.",
        "타위신 총리는 방한 기간 삼성전자 평택캠퍼스를 방문하고 한국 기업인들과 간담회를 가질 예정이다.",
    )),
    "tr_erdogan": ("tr", "Cumhurbaşkanı Erdoğan 12 yıl aradan sonra Irak'ta", (
        "Cumhurbaşkanı Recep Tayyip Erdoğan, resmi ziyaret kapsamında Irak'ın başkenti Bağdat'a geldi. Erdoğan'ı havalimanında Irak Başbakanı Muhammed Şiya es-Sudani karşıladı.",
        "Ziyaret sırasında Kalkınma Yolu Projesi, su paylaşımı ve terörle mücadele konularında çok sayıda anlaşmanın imzalanması bekleniyor. Erdoğan'a bakanlardan oluşan geniş bir heyet eşlik ediyor.",
        "Cumhurbaşkanı Erdoğan, Bağdat'taki temaslarının ardından Irak Kürt Bölgesel Yönetimi'nin merkezi Erbil'e geçecek.",
        "Erdoğan'ın Irak'a en son resmi ziyareti 2011 yılında gerçekleşmişti.",
    )),
    "tr_fidan": ("tr", "Dışişleri Bakanı Fidan Çin'de temaslarda bulundu", (
        "Dışişleri Bakanı Hakan Fidan, üç günlük resmi ziyaret için geldiği Pekin'de Çinli mevkidaşı Vang Yi ile görüştü.",
        "Görüşmede iki ülke arasındaki ticaret açığı, Uygur Türklerinin durumu ve bölgesel gelişmeler ele alındı. Fidan, Sincan Uygur Özerk Bölgesi'ni de ziyaret edecek.",
        "Bakan Fidan'ın ziyareti, iki ülke arasında diplomatik ilişkilerin kuruluşunun 53. yılına denk geliyor.",
    )),
    "ar_sisi": ("ar", "السيسي يصل إلى الرياض للمشاركة في القمة العربية الإسلامية", (
        "وصل الرئيس عبد الفتاح السيسي إلى العاصمة السعودية الرياض للمشاركة في القمة العربية الإسلامية المشتركة غير العادية، وكان في استقباله بمطار الملك خالد الدولي أمير منطقة الرياض.",
        "وقال المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس سيلقي كلمة مصر أمام القمة، وسيعقد لقاءات ثنائية مع عدد من القادة العرب على هامش أعمالها.",
        "وتبحث القمة سبل وقف الحرب في قطاع غزة وإيصال المساعدات الإنسانية إلى سكان القطاع.",
    )),
    "ar_tebboune": ("ar", "الرئيس تبون يحل بموسكو في زيارة دولة", (
        "حل رئيس الجمهورية عبد المجيد تبون بالعاصمة الروسية موسكو في زيارة دولة تدوم ثلاثة أيام بدعوة من نظيره الروسي فلاديمير بوتين.",
        "ومن المنتظر أن يتوج اللقاء بين الرئيسين بالتوقيع على إعلان الشراكة الاستراتيجية المعمقة بين البلدين، إلى جانب اتفاقيات في مجالات الطاقة والفلاحة والتعليم العالي.",
        "كما سيشارك رئيس الجمهورية في منتدى سانت بطرسبورغ الاقتصادي الدولي بصفته ضيف شرف.",
    )),
    "fa_raisi": ("fa", "رئیس‌جمهور برای سفری دو روزه وارد مسکو شد", (
        "رئیس‌جمهور کشورمان در رأس هیئتی عالی‌رتبه سیاسی و اقتصادی برای دیدار با رئیس‌جمهور روسیه وارد مسکو شد و در فرودگاه ونوکوو مورد استقبال معاون وزیر خارجه روسیه قرار گرفت.",
        "در این سفر دو روزه، گسترش همکاری‌های اقتصادی، تکمیل کریدور شمال ـ جنوب و تحولات منطقه با مقامات روسی بررسی می‌شود و چند سند همکاری به امضا خواهد رسید.",
        "رئیس‌جمهور پیش از ترک تهران در جمع خبرنگاران گفت که روابط دو کشور در سال‌های اخیر به سطح راهبردی رسیده است.",
    )),
    "hi_modi": ("hi", "प्रधानमंत्री मोदी दो दिवसीय यात्रा पर रूस पहुंचे", (
        "प्रधानमंत्री नरेंद्र मोदी दो दिवसीय आधिकारिक यात्रा पर मॉस्को पहुंचे, जहां हवाई अड्डे पर रूस के प्रथम उप प्रधानमंत्री ने उनका स्वागत किया।",
        "प्रधानमंत्री राष्ट्रपति व्लादिमीर पुतिन के साथ 22वें भारत-रूस वार्षिक शिखर सम्मेलन में भाग लेंगे। दोनों नेता ऊर्जा, व्यापार और रक्षा सहयोग पर चर्चा करेंगे।",
        "रूस की यात्रा के बाद प्रधानमंत्री ऑस्ट्रिया जाएंगे, जो 41 वर्षों में किसी भारतीय प्रधानमंत्री की पहली ऑस्ट्रिया यात्रा होगी।",
    )),
    "pt_lula": ("pt", "Lula chega a Pequim para encontro com Xi Jinping", (
        "O presidente Luiz Inácio Lula da Silva chegou a Pequim nesta quinta-feira, depois de passar por Xangai, onde participou da posse de Dilma Rousseff na presidência do banco do Brics.",
        "Na sexta-feira, Lula será recebido pelo presidente Xi Jinping no Grande Salão do Povo. Os dois governos devem assinar cerca de 15 acordos nas áreas de comércio, tecnologia e combate à fome.",
        "A comitiva brasileira inclui ministros, governadores, parlamentares e mais de 200 empresários do agronegócio.",
    )),
    "it_meloni": ("it", "Meloni a Tokyo, incontro con Kishida sulla difesa", (
        "La presidente del Consiglio Giorgia Meloni è arrivata a Tokyo per la sua prima visita ufficiale in Giappone, ultima tappa del suo viaggio in Asia.",
        "Nel colloquio con il primo ministro giapponese si parlerà del programma per il caccia di nuova generazione, sviluppato insieme al Regno Unito, e della presidenza italiana del G7.",
        "Meloni rientrerà a Roma domenica sera dopo un incontro con la comunità italiana in Giappone.",
    )),
    "pl_duda": ("pl", "Prezydent Andrzej Duda z wizytą w Waszyngtonie", (
        "Prezydent Andrzej Duda przyleciał do Waszyngtonu, gdzie we wtorek spotka się w Białym Domu z prezydentem Stanów Zjednoczonych.",
        "Rozmowy mają dotyczyć wsparcia dla Ukrainy, obecności wojsk amerykańskich w Polsce oraz współpracy w dziedzinie energetyki jądrowej.",
        "W wizycie uczestniczy także premier, co jest rzadkością w polskiej polityce zagranicznej.",
    )),
    "id_jokowi": ("id", "Presiden Jokowi tiba di Beijing untuk kunjungan kenegaraan", (
        "Presiden Joko Widodo dan Ibu Negara Iriana tiba di Bandara Internasional Ibu Kota Beijing untuk melakukan kunjungan kenegaraan ke Republik Rakyat Tiongkok.",
        "Dalam kunjungan ini Presiden dijadwalkan bertemu Presiden Xi Jinping dan membahas kerja sama perdagangan, investasi, serta proyek kereta cepat Jakarta-Bandung.",
        "Setelah dari Beijing, Presiden akan melanjutkan perjalanan ke Tokyo dan Seoul.",
    )),
    "vi_xi": ("vi", "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình đến Hà Nội", (
        "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình đã đến sân bay quốc tế Nội Bài, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam.",
        "Trong chuyến thăm, hai bên dự kiến ký kết nhiều văn kiện hợp tác về đường sắt, thương mại và chuyển đổi số.",
        "Đây là chuyến thăm Việt Nam lần thứ ba của ông Tập Cận Bình trên cương vị lãnh đạo cao nhất của Trung Quốc.",
    )),
    "he_visit": ("he", "שר החוץ של גרמניה הגיע לביקור בישראל", (
        "שרת החוץ של גרמניה נחתה הבוקר בנמל התעופה בן גוריון לביקור של יומיים בישראל, במסגרת סיור במזרח התיכון.",
        "השרה צפויה להיפגש עם ראש הממשלה ועם שר החוץ, ולבקר בקיבוצים בעוטף עזה.",
        "בתום הביקור בישראל היא תמשיך לירדן ולמצרים.",
    )),
    "ur_visit": ("ur", "وزیراعظم شہباز شریف سرکاری دورے پر بیجنگ پہنچ گئے", (
        "وزیراعظم شہباز شریف پانچ روزہ سرکاری دورے پر بیجنگ پہنچ گئے جہاں ہوائی اڈے پر چینی حکام نے ان کا استقبال کیا۔",
        "دورے کے دوران وزیراعظم چینی صدر شی جن پنگ اور وزیراعظم لی چیانگ سے ملاقاتیں کریں گے اور پاک چین اقتصادی راہداری کے دوسرے مرحلے پر بات چیت ہوگی۔",
        "وزیراعظم شینزین میں چینی سرمایہ کاروں سے بھی ملاقات کریں گے۔",
    )),
    "en_summit": ("en", "Commonwealth leaders head to Samoa for first Pacific summit", (
        "Leaders and foreign ministers from across the Commonwealth began arriving in Apia this week for the first heads of government meeting to be held in a Pacific island state.",
        "The meeting runs from 21 to 26 October 2024 and will be opened by King Charles, who arrives from Australia on Wednesday. Samoa has built a new conference centre on the waterfront for the event.",
        "Climate finance and the choice of a new secretary-general are expected to dominate the talks. The last summit, in Kigali in June 2022, was overshadowed by a row over the British government's plan to send asylum seekers to Rwanda.",
        "Several leaders, including those of India and South Africa, are sending ministers instead.",
    )),
    "fr_curly": ("fr", "Le président kényan en visite d’État à Paris", (
        "Le président kényan William Ruto est arrivé jeudi à Paris pour une visite d’État de deux jours, la première d’un chef d’État kényan en France depuis près de vingt ans.",
        "Au cœur des discussions figurent des projets d’énergie renouvelable estimés à 1,2 milliard €, ainsi que la coopération en matière de sécurité maritime dans l’océan Indien.",
        "« Nous voulons des partenariats, pas de la charité », a déclaré M. Ruto à son arrivée à l’Élysée, où il a été accueilli par Emmanuel Macron.",
    )),
}
