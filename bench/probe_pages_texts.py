"""The article texts of `probe_pages.py`: two paragraphs of a visit report per language.

Written for the probe (not copied from any site). Each language's `fragment` is a piece
of its first paragraph with the characters a wrong charset garbles (Cyrillic, kana, Hangul,
Han, Czech and Polish diacritics, Arabic, Turkish dotless i, curly quotes and the euro).
"""

# ruff: noqa: E501  (a table of texts; curly quotes and dashes are the point)
from __future__ import annotations

TEXTS: dict[str, dict[str, object]] = {
    "en": {
        "title": "New Zealand's Prime Minister visits Tokyo",
        "paras": [
            "The Prime Minister of New Zealand arrived in Tokyo on Tuesday for a three-day official visit, meeting the Japanese Prime Minister to discuss trade, defence cooperation and regional security. The two leaders signed an agreement on sharing information about maritime activity in the Pacific.",
            "During the visit the Prime Minister also toured a hydrogen research centre in Kobe and met business leaders from both countries. Officials said the next round of talks would take place in Wellington next year, when both sides hope to conclude a new investment framework.",
        ],
        "fragment": "toured a hydrogen research centre in Kobe",
    },
    "ru": {
        "title": "Губернатор Свердловской области прибыл в Ташкент",
        "paras": [
            "Делегация Свердловской области во главе с губернатором прибыла в Ташкент с официальным визитом. В ходе переговоров стороны обсудили сотрудничество в промышленности, образовании и туризме. Губернатор встретился с премьер-министром Узбекистана и посетил технопарк в Чирчике.",
            "По итогам визита подписано соглашение о создании совместного предприятия по выпуску сельскохозяйственной техники. Стороны договорились провести следующую встречу осенью в Екатеринбурге, где пройдёт промышленная выставка.",
        ],
        "fragment": "посетил технопарк в Чирчике",
    },
    "ja": {
        "title": "首相がインドネシアを訪問、首脳会談",
        "paras": [
            "岸田首相は五日、インドネシアを訪問し、ジョコ大統領と首脳会談を行った。両首脳は経済協力や海洋安全保障について意見を交わし、共同声明を発表した。首相はその後、ジャカルタ市内の日系企業の工場を視察した。",
            "会談では、インフラ整備への投資拡大や人材交流の促進で一致した。首相は記者団に対し、両国の関係をさらに強化したいと述べた。首相は六日にベトナムへ移動し、同国の首相とも会談する予定だ。",
        ],
        "fragment": "日系企業の工場を視察した",
    },
    "ko": {
        "title": "대통령, 베트남 국빈 방문해 정상회담",
        "paras": [
            "대통령은 5일 베트남 하노이를 국빈 방문해 정상회담을 가졌다. 양국 정상은 무역과 투자, 인프라 협력 확대 방안을 논의하고 공동성명을 채택했다. 대통령은 이어 현지 진출 한국 기업인들과 간담회를 열었다.",
            "이번 방문에서 양국은 핵심 광물 공급망 협력에 관한 양해각서를 체결했다. 대통령은 하노이 방문을 마치고 다음 날 호찌민으로 이동해 동포 간담회에 참석할 예정이다.",
        ],
        "fragment": "한국 기업인들과 간담회를 열었다",
    },
    "zh": {
        "title": "国务院总理会见越南总理",
        "paras": [
            "国务院总理五日在北京会见了来访的越南总理，双方就深化经贸合作、推进基础设施互联互通等议题深入交换意见。会见后，两国总理共同见证了多项合作文件的签署。",
            "越南总理此次访华期间还将前往广西南宁，出席中国-东盟博览会开幕式，并参观当地的高新技术企业。双方同意加快边境口岸建设，扩大农产品贸易。",
        ],
        "fragment": "共同见证了多项合作文件的签署",
    },
    "zh-gbk": {  # GBK, outside GB2312: 镕 (U+9555), 喆 (U+5586)
        "title": "朱镕基会见来访的代表团",
        "paras": [
            "前国务院总理朱镕基五日在北京会见了来访的新加坡代表团，代表团团长王喆表示，新加坡愿同中方加强在金融、教育和城市规划等领域的合作。双方回顾了苏州工业园区的建设历程。",
            "代表团此行还访问了上海和杭州，参观了多家科技企业和高校，并与当地官员就绿色发展和数字经济交换了意见。",
        ],
        "fragment": "代表团团长王喆表示",
    },
    "zh-gb18030": {  # GB18030 four-byte: 𠮷 (U+20BB7), outside GBK
        "title": "代表团访问吉林省",
        "paras": [
            "日本代表团五日抵达长春，开始对吉林省进行为期三天的访问。代表团团长𠮷田一郎在会见中表示，日方希望扩大在汽车制造和农业方面的投资，并加强两地青年交流。",
            "访问期间，代表团参观了长春的汽车工厂和农业科技园，并与吉林省领导签署了友好交流备忘录。",
        ],
        "fragment": "代表团团长𠮷田一郎在会见中表示",
    },
    "zh-hant": {
        "title": "日本眾議院訪問團抵台訪問",
        "paras": [
            "行政院長五日接見來訪的日本眾議院訪問團，雙方就區域安全、經貿合作及半導體產業交流等議題交換意見。訪問團隨後前往新竹科學園區參觀，並與當地業者座談。",
            "訪問團此行為期四天，將拜會立法院及外交部，並出席台日交流協會舉辦的晚宴。團長表示，雙方在能源轉型方面有很大的合作空間。",
        ],
        "fragment": "前往新竹科學園區參觀",
    },
    "cs": {
        "title": "Premiér Fiala jednal ve Varšavě o energetice",
        "paras": [
            "Předseda vlády Petr Fiala přiletěl v úterý na oficiální návštěvu do Varšavy, kde jednal s polským premiérem o energetické bezpečnosti a dopravních spojeních. Oba politici podepsali společné prohlášení o výstavbě vysokorychlostní železnice mezi Prahou a Vratislaví.",
            "Součástí návštěvy bylo také setkání s českými podnikateli působícími v Polsku a prohlídka nového přístavu v Gdaňsku. Příští jednání se uskuteční na podzim v Ostravě.",
        ],
        "fragment": "vysokorychlostní železnice mezi Prahou a Vratislaví",
    },
    "pl": {
        "title": "Prezydent Słowacji z wizytą w Krakowie",
        "paras": [
            "Prezydent Słowacji przybył w środę z wizytą do Krakowa, gdzie spotkał się z marszałkiem województwa małopolskiego. Rozmowy dotyczyły współpracy gospodarczej, turystyki oraz budowy nowego połączenia drogowego przez Tatry.",
            "Podczas wizyty goście zwiedzili Wawel i odwiedzili fabrykę części lotniczych w Rzeszowie. Obie strony zapowiedziały kolejne spotkanie jesienią w Bratysławie, gdzie mają zostać podpisane umowy.",
        ],
        "fragment": "spotkał się z marszałkiem województwa małopolskiego",
    },
    "hu": {
        "title": "A külügyminiszter Belgrádba látogatott",
        "paras": [
            "A magyar külügyminiszter kedden hivatalos látogatásra érkezett Belgrádba, ahol a szerb elnökkel tárgyalt az energiaellátásról és a közös vasútfejlesztésről. A felek megállapodtak, hogy gyorsítják a Budapest-Belgrád vasútvonal befejezését.",
            "A látogatás során a miniszter felkereste a szabadkai magyar főkonzulátust is, és találkozott a vajdasági magyar közösség vezetőivel. Őszre újabb egyeztetést terveznek.",
        ],
        "fragment": "gyorsítják a Budapest-Belgrád vasútvonal befejezését",
    },
    "ar": {
        "title": "رئيس الوزراء الأردني يصل القاهرة في زيارة رسمية",
        "paras": [
            "وصل رئيس الوزراء الأردني إلى القاهرة يوم الثلاثاء في زيارة رسمية تستغرق يومين، حيث التقى الرئيس المصري وبحث معه سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين. وأكد الجانبان أهمية تنفيذ مشروعات الربط الكهربائي وتوسيع التبادل التجاري.",
            "وشهد الجانبان توقيع عدد من مذكرات التفاهم في مجالات الطاقة والنقل والسياحة، كما زار رئيس الوزراء المنطقة الاقتصادية لقناة السويس والتقى عددا من المستثمرين.",
        ],
        "fragment": "مشروعات الربط الكهربائي",
    },
    "tr": {
        "title": "Dışişleri Bakanı Bakü'de temaslarda bulundu",
        "paras": [
            "Dışişleri Bakanı salı günü resmi bir ziyaret için Bakü'ye geldi ve Azerbaycan Cumhurbaşkanı ile görüştü. Görüşmede enerji, ulaştırma ve savunma sanayii alanlarındaki işbirliği ele alındı. Bakan daha sonra Azerbaycan Dışişleri Bakanı ile ortak basın toplantısı düzenledi.",
            "Ziyaret kapsamında iki ülke arasında demiryolu bağlantısının güçlendirilmesine ilişkin bir mutabakat zaptı imzalandı. Bakan, Türkiye ile Azerbaycan arasındaki ilişkilerin her alanda gelişmeye devam edeceğini söyledi.",
        ],
        "fragment": "savunma sanayii alanlarındaki işbirliği ele alındı",
    },
    "fr": {
        "title": "Le ministre de l’Économie en visite officielle au Maroc",
        "paras": [
            "Le ministre français de l’Économie est arrivé mardi à Rabat pour une visite officielle de deux jours. Il a rencontré son homologue marocain et a signé un accord d’investissement de 150 millions d’euros (150 M€) dans les énergies renouvelables. « C’est une étape importante pour nos deux pays », a-t-il déclaré.",
            "Au cours de sa visite, le ministre s’est rendu à Tanger pour inaugurer une usine de composants automobiles – un projet qui emploiera 800 personnes – et a rencontré des entrepreneurs français installés au Maroc.",
        ],
        "fragment": "un accord d’investissement de 150 millions d’euros (150 M€)",
    },
    "de": {
        "title": "Scholz zu Besuch in Lissabon",
        "paras": [
            "Bundeskanzler Olaf Scholz ist am Dienstag zu einem zweitägigen Besuch in Lissabon eingetroffen. Er traf den portugiesischen Ministerpräsidenten und sprach mit ihm über die Energiepartnerschaft, den Ausbau von Wasserstoffleitungen und die Lage in der Ukraine. „Wir wollen unsere Zusammenarbeit vertiefen“, sagte Scholz nach dem Treffen.",
            "Am Mittwoch besuchte der Kanzler ein Forschungszentrum für erneuerbare Energien in Sines und traf deutsche Unternehmer, die dort investieren. Die Investitionen belaufen sich auf mehr als 2 Milliarden €.",
        ],
        "fragment": "„Wir wollen unsere Zusammenarbeit vertiefen“",
    },
    "es": {
        "title": "El presidente del Gobierno visita Buenos Aires",
        "paras": [
            "El presidente del Gobierno español llegó el martes a Buenos Aires en visita oficial de dos días. Se reunió con el presidente argentino en la Casa Rosada y ambos firmaron acuerdos de cooperación en energía, ciencia y educación. Además, el mandatario visitó una planta de litio en la provincia de Jujuy.",
            "Durante la visita, las delegaciones acordaron crear una comisión mixta que se reunirá cada año, alternando entre Madrid y Buenos Aires. También se anunció la apertura de un nuevo consulado en Córdoba.",
        ],
        "fragment": "visitó una planta de litio en la provincia de Jujuy",
    },
    # Added after reading the page reader (undeclared charsets a detector confuses).
    "sk": {
        "title": "Premiér rokoval v Budapešti",
        "paras": [
            "Predseda vlády Slovenskej republiky pricestoval v utorok na oficiálnu návštevu do Budapešti, kde rokoval s maďarským premiérom o energetike, doprave a spolupráci v oblasti školstva a zdravotníctva.",
            "Súčasťou návštevy bolo aj stretnutie so slovenskou menšinou v Maďarsku a prehliadka nového mosta cez Dunaj medzi Komárnom a Komáromom.",
        ],
        "fragment": "rokoval s maďarským premiérom o energetike",
    },
    "el": {
        "title": "Ο πρωθυπουργός στη Λευκωσία",
        "paras": [
            "Ο πρωθυπουργός της Ελλάδας έφτασε την Τρίτη στη Λευκωσία για επίσημη επίσκεψη δύο ημερών. Συναντήθηκε με τον πρόεδρο της Κυπριακής Δημοκρατίας και συζήτησαν την ενεργειακή συνεργασία και τις διασυνδέσεις ηλεκτρικής ενέργειας.",
            "Οι δύο πλευρές υπέγραψαν μνημόνιο συνεργασίας για την πολιτική προστασία και την εκπαίδευση.",
        ],
        "fragment": "συζήτησαν την ενεργειακή συνεργασία",
    },
    "he": {
        "title": "ראש הממשלה בביקור באתונה",
        "paras": [
            "ראש הממשלה הגיע ביום שלישי לביקור רשמי בן יומיים באתונה, ונפגש עם ראש ממשלת יוון. השניים דנו בשיתוף פעולה בתחום האנרגיה והתיירות וחתמו על הסכם להקמת כבל חשמל תת ימי.",
            "במהלך הביקור סייר ראש הממשלה בנמל פיראוס ונפגש עם אנשי עסקים מקומיים.",
        ],
        "fragment": "וחתמו על הסכם להקמת כבל חשמל",
    },
}

# Two more paragraphs for the "long page" cases (a handful of bad bytes in a long page).
LONG_EXTRA: dict[str, list[str]] = {
    "ru": [
        "Губернатор также провёл встречу с представителями деловых кругов Узбекистана, на которой обсуждались поставки медного проката, строительной техники и фармацевтической продукции. По словам участников, товарооборот между регионами за прошлый год вырос почти на треть.",
        "В программу визита вошли посещение Самарканда, переговоры с хокимом области и открытие торгового дома Свердловской области. Делегацию сопровождали руководители крупнейших предприятий региона, в том числе металлургических и машиностроительных заводов.",
        "Отдельное внимание уделили образованию: Уральский федеральный университет и Ташкентский технический университет договорились о совместных программах магистратуры и обмене преподавателями уже с нового учебного года.",
    ],
    "en": [
        "The two governments also agreed to expand a working holiday scheme for young people, raising the annual quota by a third. Students from both countries will be able to study and work for up to two years under the new arrangement, which takes effect in the spring.",
        "Business groups welcomed the visit, saying that exports of dairy products, timber and wine to Japan had grown steadily over the past five years. A delegation of forty companies travelled with the Prime Minister and held meetings with buyers in Tokyo and Osaka.",
        "The Prime Minister ended the visit with a speech at a university in Kyoto, where she spoke about climate policy, the protection of fisheries in the Pacific and the role of small countries in keeping international trade open and fair.",
    ],
    "ja": [
        "首相は同行した経済界の代表とともに、現地の財界人との朝食会にも出席した。参加者からは、電力や港湾などの分野で日本企業の参入を求める声が相次いだ。",
        "両国はまた、若手公務員の研修プログラムを拡充することで合意した。来年度から毎年五十人規模で相互に派遣し、行政の経験を共有する。",
        "首相は最後に、ジャカルタの日本人学校を訪れ、児童らと交流した。同行筋によると、首相は帰国後、会談の成果を閣議で報告する見通しだ。",
    ],
}
