# ruff: noqa: E501
# fmt: off
"""Round-5 saved pages (1/3): article texts and each language's boilerplate, written blind.

Every text imitates a real outlet's report of a visit (Kenyan, Nigerian, Indian, Pakistani,
South African, US, Australian, Russian, Ukrainian, Chinese, Taiwanese, Japanese, Korean, Egyptian,
Saudi, Moroccan, Iranian, Turkish, Hindi, Latin American, Lusophone, French, German, Swahili,
Indonesian, Vietnamese and Polish papers and wires). Source of every case: written blind for this
probe (pages round 5). The pages are put together in `probe_pages_round5_cases3.py`.
"""

from __future__ import annotations

# key -> (language of the text, title, paragraphs)
BODIES: dict[str, tuple[str, str, list[str]]] = {
    "ke": ("en", "Ruto jets out to Berlin for talks on green hydrogen and labour mobility", [
        "President William Ruto on Sunday left Nairobi for a three-day official visit to Germany, where he is expected to hold bilateral talks with Chancellor Friedrich Merz on renewable energy and the recruitment of Kenyan workers.",
        "State House spokesperson Hussein Mohamed said the President would also address the Kenya-Germany Business Forum in Berlin and tour a hydrogen electrolyser plant in Hamburg.",
        "Germany is among Kenya's largest development partners, with bilateral trade valued at about Sh62 billion last year, according to figures from the Kenya National Bureau of Statistics.",
        "The visit comes months after the two countries signed a migration and mobility pact that opened the way for thousands of skilled Kenyans to take up jobs in German hospitals, workshops and logistics firms.",
    ]),
    "us": ("en", "Rubio lands in Manila as U.S. seeks to shore up alliances in South China Sea", [
        "MANILA \u2014 Secretary of State Marco Rubio arrived in the Philippine capital on Tuesday for talks with President Ferdinand Marcos Jr., the latest in a string of visits by senior U.S. officials meant to reassure allies unnerved by Chinese coast guard maneuvers.",
        "Rubio is scheduled to meet Foreign Secretary Enrique Manalo on Wednesday before flying on to Jakarta, according to a State Department itinerary released late Monday.",
        "Philippine officials said they would press for faster delivery of promised military financing and for clarity on whether Washington's commitments would survive shifting trade disputes.",
        "\u201cWe are not asking anyone to choose sides,\u201d Manalo told reporters at the Department of Foreign Affairs. \u201cWe are asking that the rules apply to everyone.\u201d",
    ]),
    "in": ("en", "Modi arrives in Brunei on first bilateral visit by an Indian Prime Minister", [
        "Prime Minister Narendra Modi arrived in Bandar Seri Begawan on Tuesday on a two-day visit, the first bilateral visit by an Indian Prime Minister to Brunei Darussalam.",
        "He was received at the airport by Crown Prince Haji Al-Muhtadee Billah and later inaugurated the new chancery of the High Commission of India.",
        "The visit marks 40 years of diplomatic relations between the two countries, and discussions are expected to cover defence cooperation, space and energy, officials of the Ministry of External Affairs said.",
        "From Brunei, Mr. Modi will travel to Singapore on Wednesday for talks with Prime Minister Lawrence Wong.",
    ]),
    "ng": ("en", "Tinubu departs Abuja for state visit to France", [
        "President Bola Tinubu on Wednesday departed Abuja for Paris, France, on a state visit at the invitation of President Emmanuel Macron.",
        "This was disclosed in a statement signed by the Special Adviser to the President on Information and Strategy, Bayo Onanuga.",
        "The statement said the visit would strengthen ties between both countries in agriculture, education, infrastructure, health and energy transition.",
        "The President will be accompanied by some ministers and top government officials, and will return to the country at the end of the visit.",
    ]),
    "reuters": ("en", "Putin arrives in Beijing for talks with Xi on deepening 'no limits' partnership", [
        "BEIJING, May 16 (Reuters) - Russian President Vladimir Putin arrived in Beijing early on Thursday for a two-day state visit, his first foreign trip since being sworn in for a new six-year term.",
        "Putin was met on the tarmac by senior Chinese officials and a guard of honour, state media footage showed. He is due to hold talks with President Xi Jinping later in the day.",
        "In an interview with Xinhua published before the trip, Putin praised China's proposals for resolving the war in Ukraine and said Moscow was open to dialogue.",
        "The two leaders declared a \u201cno limits\u201d partnership in February 2022, days before Russia sent tens of thousands of troops into Ukraine.",
    ]),
    "ap": ("en", "China's Xi arrives in Vietnam at start of Southeast Asia tour as tariffs bite", [
        "HANOI, Vietnam (AP) \u2014 Chinese leader Xi Jinping arrived in Vietnam on Monday at the start of a three-nation tour of Southeast Asia, as Beijing seeks to present itself as a steady partner amid sweeping U.S. tariffs.",
        "Xi was greeted at Hanoi's Noi Bai airport by Vietnamese President Luong Cuong before heading into talks with To Lam, the general secretary of Vietnam's Communist Party.",
        "The two sides were expected to sign dozens of agreements, including on a railway link between the Chinese city of Kunming and the northern Vietnamese port of Haiphong.",
        "Xi travels next to Malaysia and Cambodia, two other countries hit hard by the new U.S. duties.",
    ]),
    "live": ("en", "King Charles and Queen Camilla begin state visit to Italy \u2013 as it happened", [
        "King Charles and Queen Camilla have landed at Rome's Ciampino airport at the start of a four-day state visit to Italy.",
        "The couple were greeted by Italy's foreign minister Antonio Tajani before travelling to the Quirinale Palace, where President Sergio Mattarella will host a state banquet tonight.",
        "The King is due to become the first British monarch to address a joint session of the Italian parliament on Wednesday.",
        "That is where we will leave our live coverage for today; the royal couple travel to Ravenna on Thursday.",
    ]),
    "gh": ("en", "Mahama in Abidjan for talks with Ouattara", [
        "President John Dramani Mahama arrived in Abidjan on Friday for a one-day working visit to C\u00f4te d'Ivoire, the presidency said.",
        "The two leaders are expected to discuss cocoa pricing and security in the Sahel.",
    ]),
    "nz": ("en", "Notes from the Prime Minister's Pacific trip: Day one in Fiji", [
        "Prime Minister Christopher Luxon touched down in Nadi this morning with a delegation of business leaders, ministers and a handful of journalists, myself among them.",
        "The first stop was a meeting with Prime Minister Sitiveni Rabuka at the State House in Suva, where the two men talked about climate finance, policing and seasonal work visas.",
        "Tomorrow the delegation heads to Tonga, so expect another post from Nuku'alofa if the hotel wifi cooperates.",
    ]),
    "au": ("en", "Albanese arrives in Shanghai for six-day China visit", [
        "Prime Minister Anthony Albanese has arrived in Shanghai at the start of a six-day visit to China, his second trip to the country since taking office.",
        "Mr Albanese will travel to Beijing on Monday to meet President Xi Jinping and Premier Li Qiang, before visiting Chengdu with Australian business leaders.",
        "Trade between the two countries has recovered after Beijing lifted a series of restrictions on Australian exports including barley, wine and lobster.",
        "The Prime Minister said he would raise human rights concerns and the case of detained writer Yang Hengjun in his meetings.",
    ]),
    "za": ("en", "Ramaphosa to meet Trump at the White House", [
        "President Cyril Ramaphosa will travel to the United States this week for a working visit, during which he is expected to meet President Donald Trump at the White House on Wednesday.",
        "Presidency spokesperson Vincent Magwenya said the visit would provide a platform to reset the strategic relationship between the two countries.",
        "Relations have been strained since Washington cut aid to South Africa and expelled ambassador Ebrahim Rasool in March.",
        "Magwenya said the President would be accompanied by the ministers of trade, agriculture and international relations.",
    ]),
    "pk": ("en", "PM Shehbaz leaves for Riyadh on two-day visit", [
        "Prime Minister Shehbaz Sharif left for Saudi Arabia on Wednesday on a two-day official visit at the invitation of Crown Prince Mohammed bin Salman, the Foreign Office said.",
        "The prime minister is accompanied by Deputy Prime Minister and Foreign Minister Ishaq Dar, Finance Minister Muhammad Aurangzeb and other members of the cabinet.",
        "During the visit, he will hold talks with the crown prince on bilateral relations, trade and investment, and regional developments.",
        "The prime minister is also expected to perform Umrah before returning home.",
    ]),
    "ru_ria": ("ru", "Лавров прибыл в Пхеньян с официальным визитом", [
        "Министр иностранных дел России Сергей Лавров прибыл в Пхеньян, где проведет переговоры с руководством КНДР, сообщает корреспондент РИА Новости.",
        "В аэропорту главу российской дипломатии встретила министр иностранных дел КНДР Чве Сон Хи.",
        "Визит продлится до 13 июля, в ходе переговоров стороны обсудят выполнение договора о всеобъемлющем стратегическом партнерстве, подписанного в прошлом году.",
        "Ранее Лавров посетил Малайзию, где принял участие в мероприятиях в рамках АСЕАН.",
    ]),
    "ru_tass": ("ru", "Мишустин прибыл в Минск на заседание Совета министров Союзного государства", [
        "Председатель правительства России Михаил Мишустин прибыл в Минск, где примет участие в заседании Совета министров Союзного государства.",
        "В аэропорту его встретил премьер-министр Белоруссии Александр Турчин.",
        "Стороны намерены обсудить реализацию союзных программ, сотрудничество в промышленности и энергетике, а также вопросы единой транспортной политики.",
        "Последнее заседание Совмина Союзного государства прошло в Москве в декабре.",
    ]),
    "ru_reg": ("ru", "Губернатор встретился с делегацией провинции Хэйлунцзян", [
        "Губернатор Амурской области Василий Орлов встретился с делегацией провинции Хэйлунцзян во главе с вице-губернатором.",
        "Стороны обсудили строительство второго моста через Амур и увеличение поставок сои в Китай.",
        "По итогам встречи подписано соглашение о сотрудничестве в сфере туризма и образования.",
    ]),
    "uk": ("uk", "Зеленський прибув з візитом до Вільнюса", [
        "Президент України Володимир Зеленський прибув з офіційним візитом до Литви, де зустрівся з президентом Гітанасом Науседою.",
        "Сторони обговорили оборонну допомогу, виробництво дронів та підготовку до саміту НАТО.",
        "Також глава держави виступив у Сеймі Литви та поклав квіти до пам'ятника загиблим захисникам свободи.",
    ]),
    "zh_xh": ("zh", "习近平抵达贝尔格莱德开始对塞尔维亚进行国事访问", [
        "新华社贝尔格莱德5月7日电 当地时间7日晚，国家主席习近平乘专机抵达贝尔格莱德，开始对塞尔维亚进行国事访问。",
        "习近平和夫人彭丽媛走出舱门，塞尔维亚总统武契奇和夫人在舷梯旁热情迎接。",
        "习近平发表书面讲话指出，中塞两国人民有着深厚的传统友谊，两国关系经受住了国际风云变幻的考验。",
        "蔡奇、王毅等陪同人员同机抵达。",
    ]),
    "zh_mfa": ("zh", "王毅同巴西外长维埃拉举行会谈", [
        "外交部长王毅应邀于3月18日至20日对巴西进行正式访问，并同巴西外长维埃拉举行会谈。",
        "王毅表示，中方愿同巴方一道，落实两国元首重要共识，深化经贸、能源、科技等领域合作。",
        "维埃拉表示，巴方高度重视对华关系，愿同中方加强在金砖国家等多边机制中的协调配合。",
        "中国驻巴西大使祝青桥和使馆参赞刘镕、秘书王喆陪同参加。",
    ]),
    "zh_tw": ("zh", "賴清德出訪南太平洋友邦 首站抵達馬紹爾群島", [
        "總統賴清德今天展開南太平洋友邦之旅，首站抵達馬紹爾群島，受到海妮總統的熱烈歡迎。",
        "賴總統在歡迎儀式上表示，台灣與馬紹爾群島的友誼堅定，雙方將持續在醫療、教育與氣候變遷等領域深化合作。",
        "總統接下來將前往吐瓦魯與帛琉，並過境美國夏威夷與關島。",
    ]),
    "ja_nhk": ("ja", "石破首相 インドネシアを訪問 プラボウォ大統領と首脳会談", [
        "石破総理大臣は、就任後初めての東南アジア訪問としてインドネシアを訪れ、プラボウォ大統領と首脳会談を行いました。",
        "会談で両首脳は、安全保障分野での協力を強化することで一致し、海洋安全保障や防衛装備品の移転について協議を進めることを確認しました。",
        "同行した髙木外務副大臣は記者団に対し、エネルギー分野の協力についても具体的な成果があったと述べました。",
    ]),
    "ja_asahi": ("ja", "岸田首相、ワシントンに到着　国賓待遇で訪米", [
        "岸田文雄首相は8日午後（日本時間9日未明）、国賓待遇での米国訪問のため、ワシントン近郊のアンドルーズ空軍基地に到着した。",
        "10日にバイデン大統領との首脳会談に臨み、防衛協力の強化や経済安全保障での連携を確認する。",
        "首相は11日には日本の首相として9年ぶりに米議会の上下両院合同会議で演説する予定だ。",
    ]),
    "ko_yh": ("ko", "윤석열 대통령, 체코 공식 방문 위해 출국", [
        "윤석열 대통령은 19일 체코 공식 방문을 위해 서울공항을 통해 출국했다.",
        "윤 대통령은 프라하에서 페트르 파벨 대통령, 페트르 피알라 총리와 잇따라 회담하고 원전 협력 방안을 논의할 예정이다.",
        "이번 순방에는 김건희 여사가 동행하며, 경제사절단도 함께한다.",
    ]),
    "ko_lee": ("ko", "이재명 대통령, 일본 도착…이시바 총리와 정상회담", [
        "이재명 대통령은 23일 일본 도쿄 하네다공항에 도착해 1박 2일 일정의 방일 일정을 시작했다.",
        "이 대통령은 이날 오후 이시바 시게루 총리와 정상회담을 열고 한일 관계 발전 방안과 북핵 문제 등을 논의한다.",
        "이 대통령은 일본 방문을 마친 뒤 미국으로 이동해 도널드 트럼프 대통령과 첫 정상회담을 갖는다.",
    ]),
    "ar_eg": ("ar", "السيسي يستقبل رئيس الوزراء اليوناني في قصر الاتحادية", [
        "استقبل الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس، الذي يزور القاهرة في زيارة رسمية تستغرق يومين.",
        "وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول سبل تعزيز التعاون الثنائي في مجالات الطاقة والربط الكهربائي والهجرة.",
        "كما تبادل الجانبان وجهات النظر حول تطورات الأوضاع في قطاع غزة وليبيا والسودان.",
        "وأكد الرئيس حرص مصر على مواصلة التنسيق مع اليونان وقبرص في إطار آلية التعاون الثلاثي.",
    ]),
    "ar_sa": ("ar", "ولي العهد يستقبل الرئيس الفرنسي في الرياض", [
        "استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، في الرياض اليوم، فخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية.",
        "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين، وفرص تطوير التعاون في مختلف المجالات.",
        "حضر الاستقبال صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية.",
    ]),
    "ar_ma": ("ar", "ماكرون يحل بالرباط في زيارة دولة تستمر ثلاثة أيام", [
        "حل الرئيس الفرنسي إيمانويل ماكرون، مساء اليوم الاثنين، بالعاصمة الرباط في زيارة دولة إلى المملكة المغربية تستمر ثلاثة أيام، بدعوة من الملك محمد السادس.",
        "وكان في استقبال الرئيس الفرنسي وعقيلته بريجيت ماكرون بمطار الرباط سلا، الملك محمد السادس، مرفوقا بولي العهد الأمير مولاي الحسن.",
        "ويرتقب أن يلقي ماكرون خطابا أمام البرلمان المغربي بمجلسيه يوم الثلاثاء.",
    ]),
    "fa_irna": ("fa", "پزشکیان وارد بغداد شد", [
        "مسعود پزشکیان رئیس جمهور کشورمان در نخستین سفر خارجی خود پس از آغاز به کار دولت چهاردهم، صبح امروز وارد بغداد شد.",
        "رئیس جمهور در فرودگاه بغداد مورد استقبال رسمی محمد شیاع السودانی نخست وزیر عراق قرار گرفت.",
        "در این سفر که به دعوت رسمی مقامات عراقی انجام می‌شود، تفاهم‌نامه‌های همکاری در زمینه‌های اقتصادی، فرهنگی و امنیتی امضا خواهد شد.",
        "پزشکیان همچنین قرار است از اربیل و سلیمانیه در اقلیم کردستان عراق دیدن کند.",
    ]),
    "fa_bbc": ("fa", "عراقچی در مسقط با وزیر خارجه عمان دیدار کرد", [
        "عباس عراقچی، وزیر امور خارجه ایران، که برای دور تازه‌ای از گفت‌وگوهای غیرمستقیم با آمریکا به مسقط سفر کرده است، با بدر البوسعیدی، همتای عمانی خود دیدار کرد.",
        "به گفته سخنگوی وزارت خارجه ایران، پیام‌های دو طرف از طریق وزیر خارجه عمان منتقل شد.",
        "این نخستین دور مذاکرات میان تهران و دولت دونالد ترامپ پس از بازگشت او به کاخ سفید است.",
    ]),
    "ur": ("ur", "وزیراعظم شہباز شریف سرکاری دورے پر چین پہنچ گئے", [
        "وزیراعظم شہباز شریف پانچ روزہ سرکاری دورے پر چین پہنچ گئے، شینزن ایئرپورٹ پر چینی حکام نے ان کا استقبال کیا۔",
        "وزیراعظم کے ہمراہ وفاقی وزرا اور اعلیٰ حکام بھی موجود ہیں جن میں وزیر خارجہ اسحاق ڈار بھی شامل ہیں۔",
        "دورے کے دوران وزیراعظم چینی صدر شی جن پنگ اور وزیراعظم لی چیانگ سے ملاقاتیں کریں گے۔",
    ]),
    "tr_hu": ("tr", "Erdoğan, resmi ziyaret için Budapeşte'ye geldi", [
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Macaristan Başbakanı Viktor Orban'ın davetlisi olarak resmi ziyarette bulunmak üzere Budapeşte'ye geldi.",
        "Erdoğan'ı Budapeşte Ferenc Liszt Havalimanı'nda Macaristan Dışişleri Bakanı Péter Szijjártó karşıladı.",
        "Ziyaret kapsamında Türkiye-Macaristan Yüksek Düzeyli Stratejik İşbirliği Konseyi toplantısı gerçekleştirilecek ve çeşitli anlaşmalar imzalanacak.",
        "Erdoğan, havalimanında gazetecilere \u201cİki ülke arasındaki ticaret hacmini 6 milyar dolara çıkarmayı hedefliyoruz\u201d dedi.",
    ]),
    "tr_aa": ("tr", "Dışişleri Bakanı Fidan, Şam'da Ahmed Şara ile görüştü", [
        "Dışişleri Bakanı Hakan Fidan, Suriye'deki yeni yönetimle görüşmek üzere Şam'a gitti.",
        "Fidan, Şam'da Suriye yönetiminin lideri Ahmed Şara ile bir araya geldi.",
        "Görüşmede Suriye'nin yeniden inşası, göçmenlerin geri dönüşü ve terörle mücadele konularının ele alındığı bildirildi.",
    ]),
    "hi_fr": ("hi", "प्रधानमंत्री मोदी तीन दिवसीय यात्रा पर फ्रांस पहुंचे", [
        "प्रधानमंत्री नरेंद्र मोदी सोमवार को तीन दिवसीय यात्रा पर फ्रांस की राजधानी पेरिस पहुंचे, जहां हवाई अड्डे पर उनका भव्य स्वागत किया गया।",
        "प्रधानमंत्री पेरिस में राष्ट्रपति इमैनुएल मैक्रों के साथ एआई एक्शन समिट की सह-अध्यक्षता करेंगे।",
        "फ्रांस की यात्रा पूरी करने के बाद प्रधानमंत्री अमेरिका जाएंगे, जहां वह राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात करेंगे।",
    ]),
    "hi_lk": ("hi", "विदेश मंत्री जयशंकर श्रीलंका दौरे पर कोलंबो पहुंचे", [
        "विदेश मंत्री एस जयशंकर दो दिवसीय दौरे पर शुक्रवार को कोलंबो पहुंचे।",
        "वह श्रीलंका के राष्ट्रपति और प्रधानमंत्री से मुलाकात कर द्विपक्षीय संबंधों की समीक्षा करेंगे।",
        "श्रीलंका में नई सरकार के गठन के बाद यह भारत की ओर से पहली उच्चस्तरीय यात्रा है।",
    ]),
    "es_ar": ("es", "Milei viaja a Israel en su primera gira internacional del año", [
        "El presidente Javier Milei partió este lunes rumbo a Israel, en lo que será su primera visita oficial a un país extranjero desde que asumió el cargo.",
        "En Jerusalén, el mandatario se reunirá con el primer ministro Benjamin Netanyahu y con el presidente Isaac Herzog, según informó el vocero presidencial Manuel Adorni.",
        "La comitiva oficial está integrada por la canciller Diana Mondino y la secretaria general de la Presidencia, Karina Milei.",
        "Tras su paso por Israel, el Presidente viajará a Italia, donde tiene previsto un encuentro con el papa Francisco en el Vaticano.",
    ]),
    "es_co": ("es", "Petro llega a China para una visita de Estado", [
        "El presidente Gustavo Petro llegó este sábado a Pekín, donde cumplirá una visita de Estado que incluye reuniones con su homólogo Xi Jinping y la participación en el foro China-Celac.",
        "Durante la gira, se espera que Colombia formalice su adhesión a la iniciativa de la Franja y la Ruta, según confirmó la Cancillería.",
        "La delegación colombiana incluye a varios ministros y a representantes de gremios empresariales.",
    ]),
    "es_mx": ("es", "Sheinbaum recibe en Palacio Nacional al primer ministro de Canadá", [
        "La presidenta Claudia Sheinbaum Pardo recibió este jueves en Palacio Nacional al primer ministro de Canadá, Mark Carney, quien realiza su primera visita oficial a México.",
        "Ambos mandatarios firmaron un plan de acción para fortalecer la cooperación en comercio, seguridad y energía, de cara a la revisión del T-MEC el próximo año.",
        "Carney fue recibido con honores militares en el patio central del recinto, acompañado por la canciller Anita Anand.",
    ]),
    "pt_br": ("pt", "Lula chega a Tóquio para visita de Estado ao Japão", [
        "O presidente Luiz Inácio Lula da Silva desembarcou nesta segunda-feira (24) em Tóquio para uma visita de Estado ao Japão, a primeira nesse formato em seu terceiro mandato.",
        "Lula será recebido pelo imperador Naruhito no Palácio Imperial e terá reunião com o primeiro-ministro Shigeru Ishiba.",
        "A comitiva inclui ministros e cerca de cem empresários interessados em ampliar as exportações de carne bovina ao mercado japonês.",
    ]),
    "pt_ao": ("pt", "Presidente João Lourenço em visita de Estado à China", [
        "O Presidente da República, João Lourenço, chegou ontem a Pequim para uma visita de Estado de quatro dias à República Popular da China, a convite do seu homólogo Xi Jinping.",
        "Durante a estadia, o Chefe de Estado angolano vai manter conversações oficiais e testemunhar a assinatura de acordos nos domínios da agricultura, energia e infra-estruturas.",
        "A China é o principal parceiro comercial de Angola e o maior credor externo do país.",
    ]),
    "fr_sn": ("fr", "Bassirou Diomaye Faye reçu à l'Élysée par Emmanuel Macron", [
        "Le président sénégalais Bassirou Diomaye Faye a été reçu jeudi à l'Élysée par Emmanuel Macron, pour sa première visite en France depuis son élection en mars.",
        "Les deux chefs d'État ont évoqué l'avenir de la présence militaire française au Sénégal ainsi que la coopération économique.",
        "Bassirou Diomaye Faye s'était auparavant rendu à Paris pour participer au Forum mondial pour la souveraineté vaccinale.",
    ]),
    "fr_vn": ("fr", "Emmanuel Macron en visite d'Etat au Vietnam, première étape d'une tournée asiatique", [
        "Emmanuel Macron est arrivé dimanche soir à Hanoï, première étape d'une tournée de six jours en Asie du Sud-Est qui le mènera ensuite en Indonésie et à Singapour.",
        "Le président français doit être reçu lundi par son homologue Luong Cuong et par le secrétaire général du Parti communiste, To Lam.",
        "Il s'agit de la première visite d'un président français au Vietnam depuis celle de François Hollande en 2016.",
    ]),
    "de": ("de", "Steinmeier zu Staatsbesuch in Japan eingetroffen", [
        "Bundespräsident Frank-Walter Steinmeier ist zu einem viertägigen Staatsbesuch in Japan eingetroffen.",
        "In Tokio wird er von Kaiser Naruhito empfangen und trifft Ministerpräsident Shigeru Ishiba zu einem Gespräch über die Sicherheitslage im Indopazifik.",
        "Begleitet wird Steinmeier von einer Wirtschaftsdelegation sowie Vertretern aus Wissenschaft und Kultur.",
    ]),
    "sw": ("sw", "Rais Samia awasili Seoul kwa ziara ya kiserikali", [
        "Rais Samia Suluhu Hassan amewasili jijini Seoul, Korea Kusini, kwa ziara ya kiserikali ya siku sita kufuatia mwaliko wa Rais Yoon Suk Yeol.",
        "Akiwa nchini humo, Rais Samia atashiriki mkutano wa kwanza wa wakuu wa nchi za Afrika na Korea na kufanya mazungumzo na viongozi wa kampuni kubwa za Korea.",
        "Taarifa ya Ikulu imesema ziara hiyo inalenga kuimarisha ushirikiano katika nyanja za uchumi, teknolojia na elimu.",
    ]),
    "id": ("id", "Prabowo Tiba di Beijing, Disambut Pejabat China", [
        "Presiden Prabowo Subianto tiba di Beijing, China, untuk melakukan kunjungan kenegaraan pertamanya sejak dilantik sebagai presiden.",
        "Setibanya di Bandara Internasional Beijing Capital, Prabowo disambut oleh sejumlah pejabat Pemerintah China dan Duta Besar RI untuk China.",
        "Dalam kunjungan ini, Prabowo dijadwalkan bertemu Presiden Xi Jinping dan Perdana Menteri Li Qiang untuk membahas kerja sama ekonomi dan ketahanan pangan.",
    ]),
    "vi": ("vi", "Tổng Bí thư Tô Lâm thăm cấp nhà nước Indonesia", [
        "Tổng Bí thư Tô Lâm cùng phu nhân và đoàn đại biểu cấp cao Việt Nam đã đến Jakarta, bắt đầu chuyến thăm cấp nhà nước Indonesia theo lời mời của Tổng thống Prabowo Subianto.",
        "Đây là chuyến thăm đầu tiên của Tổng Bí thư Tô Lâm tới Indonesia trên cương vị người đứng đầu Đảng.",
        "Trong chuyến thăm, hai bên dự kiến nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện.",
    ]),
    "pl": ("pl", "Prezydent Duda z wizytą w Kazachstanie", [
        "Prezydent Andrzej Duda rozpoczął w poniedziałek dwudniową wizytę w Kazachstanie, gdzie spotka się z prezydentem Kasym-Żomartem Tokajewem.",
        "Rozmowy mają dotyczyć współpracy energetycznej, transportu oraz dostaw uranu dla przyszłej polskiej elektrowni jądrowej.",
        "W Astanie prezydentowi towarzyszy delegacja przedsiębiorców z branży paliwowej i kolejowej.",
    ]),
}  # fmt: skip

# language -> (menu, two related headlines, a reader's comment, a cookie or newsletter line)
BOILER: dict[str, tuple[list[str], list[str], str, str]] = {
    "en": (["Home", "World", "Politics", "Business", "Sport", "Opinion"], [
        "Opposition leaders walk out of parliament over disputed budget figures",
        "Central bank holds interest rates steady for the third month in a row"],
        "This is exactly why we need more of these trips, the last government never bothered to visit anyone.",
        "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic."),
    "ru": (["Главная", "В мире", "Политика", "Экономика", "Спорт"], [
        "Курс доллара опустился ниже 80 рублей впервые с начала года",
        "В Подмосковье открыли новый участок Центральной кольцевой автодороги"],
        "Опять поездки за наш счет, лучше бы дороги в области починили.",
        "Мы используем файлы cookie, чтобы сделать сайт удобнее для вас."),
    "uk": (["Головна", "Новини", "Політика", "Економіка"], [
        "У Києві відкрили нову станцію метро на Виноградар",
        "Нацбанк залишив облікову ставку без змін"],
        "Дуже важливий візит, дякуємо литовським друзям за підтримку.",
        "Ми використовуємо файли cookie для покращення роботи сайту."),
    "zh": (["首页", "时政", "国际", "财经", "体育"], [
        "全国春运旅客发送量创历史新高", "多地出台措施促进消费回升向好"],
        "支持！希望两国合作越来越好，友谊万古长青。", "本网站使用cookie以改善您的浏览体验。"),
    "ja": (["ニュース", "政治", "国際", "経済", "スポーツ"], [
        "東京都心で今年初の真夏日　各地で熱中症に警戒", "日銀が追加利上げを決定　物価の上振れリスクを指摘"],
        "首脳会談の成果に期待したいです。", "当サイトではクッキーを使用しています。"),
    "ko": (["정치", "경제", "사회", "국제", "스포츠"], [
        "서울 아파트값 6주 연속 상승…강남권 상승폭 확대", "기상청, 주말 전국에 많은 비 예보"],
        "이번 순방에서 실질적인 성과가 있기를 바랍니다.", "이 사이트는 쿠키를 사용합니다."),
    "ar": (["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة"], [
        "ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع",
        "وزارة التعليم تعلن مواعيد امتحانات نهاية العام الدراسي"],
        "زيارة مهمة نتمنى أن تعود بالخير على البلدين الشقيقين.",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك."),
    "fa": (["صفحه اصلی", "سیاسی", "اقتصادی", "بین‌الملل", "ورزشی"], [
        "قیمت دلار در بازار آزاد امروز کاهش یافت", "پیش‌بینی بارش باران در استان‌های شمالی کشور"],
        "امیدوارم این سفر نتیجه‌ای برای مردم داشته باشد.",
        "این وب‌سایت از کوکی‌ها برای بهبود تجربه شما استفاده می‌کند."),
    "ur": (["صفحہ اول", "پاکستان", "دنیا", "کاروبار", "کھیل"], [
        "ملک میں سونے کی قیمت میں مزید اضافہ ہوگیا", "کراچی میں آج موسم گرم اور مرطوب رہنے کا امکان"],
        "اللہ کرے یہ دورہ ملک کے لیے فائدہ مند ثابت ہو۔", "ہماری ویب سائٹ کوکیز استعمال کرتی ہے۔"),
    "tr": (["Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar"], [
        "Merkez Bankası faiz kararını açıkladı, piyasalar hareketlendi",
        "İstanbul'da yarın bazı yollar trafiğe kapatılacak"],
        "Hayırlı olsun, iki ülke arasındaki ilişkiler daha da güçlensin.",
        "Sitemizde çerezler kullanılmaktadır."),
    "hi": (["होम", "देश", "विदेश", "राजनीति", "खेल"], [
        "दिल्ली में आज से बदलेगा मौसम, बारिश की संभावना", "सोने-चांदी के दाम में फिर आई तेजी, जानें आज का भाव"],
        "बहुत बढ़िया, भारत का मान पूरी दुनिया में बढ़ रहा है।",
        "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।"),
    "es": (["Portada", "Política", "Economía", "Mundo", "Deportes"], [
        "El dólar blue cerró en baja y se alejó de los máximos del mes",
        "Alerta por tormentas fuertes en cinco provincias para este fin de semana"],
        "Otro viaje más mientras acá la gente no llega a fin de mes.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios."),
    "pt": (["Início", "Política", "Economia", "Mundo", "Esporte"], [
        "Dólar fecha em queda com expectativa sobre juros nos Estados Unidos",
        "Frente fria derruba temperaturas no Sul e no Sudeste nesta semana"],
        "Mais uma viagem, enquanto aqui os problemas continuam sem solução.",
        "Usamos cookies para melhorar sua experiência de navegação."),
    "fr": (["Accueil", "Politique", "Économie", "International", "Sport"], [
        "Le prix du carburant repart à la hausse à l'approche des vacances",
        "Grève dans les transports : le trafic fortement perturbé jeudi"],
        "Enfin une relation d'égal à égal, il était temps.",
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site."),
    "de": (["Startseite", "Inland", "Ausland", "Wirtschaft", "Sport"], [
        "Bahnstreik: Diese Verbindungen fallen am Wochenende aus",
        "Inflation in Deutschland sinkt auf den niedrigsten Stand seit drei Jahren"],
        "Gute Reise, hoffentlich bringt der Besuch auch etwas für die Wirtschaft.",
        "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten."),
    "sw": (["Habari", "Siasa", "Biashara", "Michezo", "Burudani"], [
        "Bei ya mafuta yapanda tena kuanzia mwezi huu", "Mvua kubwa yasababisha mafuriko katika mikoa ya kusini"],
        "Safari njema mama, Tanzania inazidi kufunguka kwa dunia.",
        "Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu."),
    "id": (["Beranda", "Nasional", "Internasional", "Ekonomi", "Olahraga"], [
        "Harga emas Antam naik lagi hari ini, cek rinciannya",
        "BMKG peringatkan potensi hujan lebat di sejumlah wilayah"],
        "Semoga kunjungan ini membawa manfaat bagi rakyat Indonesia.",
        "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."),
    "vi": (["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Thể thao"], [
        "Giá vàng hôm nay tiếp tục tăng mạnh", "Hà Nội sẽ có mưa dông trong những ngày tới"],
        "Chúc chuyến thăm thành công tốt đẹp.",
        "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn."),
    "pl": (["Strona główna", "Kraj", "Świat", "Biznes", "Sport"], [
        "Ceny paliw na stacjach znowu w górę, kierowcy zapłacą więcej",
        "Synoptycy ostrzegają przed burzami w całym kraju"],
        "Dobrze, że wreszcie ktoś dba o dostawy surowców.",
        "Używamy plików cookie, aby ułatwić korzystanie z serwisu."),
}  # fmt: skip
