"""Visits denied, cancelled, postponed or only announced, and agreements not signed, in the
eight languages whose phrases came last: Chinese, Japanese, Korean, Azerbaijani, Uzbek,
Kazakh, Arabic and Persian.

Every sentence is written for these tests in the shape of wire reports of official visits
(Xinhua, Kyodo, Yonhap, APA, UzA, Kazinform, SANA/WAM, IRNA); the English gloss is in the
comment above each. Each stands alone as the article and as the only evidence of a visit
the draft gives as occurred; the expected phrase (None: the visit keeps its codes) is
checked by hand against `tables/unmet_words.txt`, as `fold(text, accents=False)` writes
it (`ə` as `e`, `й` as `и`, Arabic `ي ى` as Persian `ی`, `أ إ` as `ا`, a ZWNJ as a
space). The rule is that of `test_unmet_future.py`; in Chinese a phrase of a completed
visit counts only before the sentence's first future phrase ("将于5日抵达" is no
arrival), and an Arabic-script phrase may follow the conjunction و or ف written onto it.
"""

from __future__ import annotations

import pytest
from unmet_check import check_occurred_visit

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.record.unmet import NOT_OCCURRED, NOT_SIGNED, unmet_cue

# (language, sentence, the visitor as the sentence names them, the phrase or None)
ZH = [
    # Li Qiang arrived in Singapore on the 2nd and will hold talks with Lawrence Wong
    ("zh", "国务院总理李强2日抵达新加坡，将同新加坡总理黄循财举行会谈。", "李强", None),
    # Wang Yi met Lavrov in Moscow on the 11th and will then go to Minsk
    ("zh", "外交部长王毅11日在莫斯科会见了俄罗斯外长拉夫罗夫，随后将前往明斯克。", "王毅",
     None),
    # at Xi's invitation, Macron will pay a state visit to China from 5 to 7 April
    ("zh", "应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。",
     "马克龙", "将于"),
    # Baerbock will arrive in Beijing next week and hold talks with Wang Yi: the arrival
    # and the talks stand after "将于", so they are not reported as done
    ("zh", "外交部发言人宣布，德国外长贝尔伯克将于下周抵达北京，同王毅举行会谈。",
     "贝尔伯克", "将于"),
    # Ishiba is expected to visit Vietnam next month
    ("zh", "据日本媒体报道，首相石破茂预计下月访问越南。", "石破茂", "预计"),
    # Manalo did not go to Pyongyang, a spokesman said
    ("zh", "菲律宾外交部长马纳罗并未前往平壤，外交部发言人表示。", "马纳罗", "未前往"),
    # Ishiba's trip to Manila planned for this week has been cancelled
    ("zh", "日本首相石破茂原定本周访问马尼拉的行程已被取消。", "石破茂", "被取消"),
    # Prabowo's visit to Australia is postponed to next year
    ("zh", "印尼总统普拉博沃对澳大利亚的访问推迟至明年。", "普拉博沃", "推迟"),
    # Manalo did not visit Pyongyang, but met Choe Son Hui in Beijing
    ("zh", "马纳罗没有访问平壤，但在北京会见了朝鲜外相崔善姬。", "马纳罗", None),
    # the outgoing ("about to leave office") Biden arrived in Angola on the 1st
    ("zh", "即将卸任的美国总统拜登1日抵达安哥拉。", "拜登", None),
]  # fmt: skip

JA = [
    # Ishiba, who arrived in Manila on the 2nd, is to hold talks with Marcos on the 3rd
    ("ja", "2日にマニラに到着した石破茂首相は、3日にマルコス大統領と会談する予定だ。",
     "石破茂", None),
    # Iwaya, visiting China, held talks with Wang Yi and is expected to visit Shanghai
    ("ja", "中国を訪問中の岩屋毅外相は10日、北京で王毅外相と会談した後、上海を訪れる見通しだ。",
     "岩屋毅", None),
    # Ishiba plans to visit Vietnam next month
    ("ja", "石破茂首相は来月、ベトナムを訪問する予定だ。", "石破茂", "訪問する"),
    # the government is arranging for Macron to come to Japan next spring
    ("ja", "政府はマクロン仏大統領が来年春に来日する方向で調整している。", "マクロン",
     "来日する"),
    # the government denied the report that Kishida had visited Pyongyang
    ("ja", "岸田文雄首相が平壌を訪問したとの報道について、政府は事実ではないと否定した。",
     "岸田文雄", "否定し"),
    # Yoon called off the planned visit to Japan
    ("ja", "韓国の尹錫悦大統領は、予定していた日本訪問を中止した。", "尹錫悦", "中止し"),
    # Lula's visit to Japan was postponed
    ("ja", "ブラジルのルラ大統領の訪日は延期された。", "ルラ", "延期"),
    # Kamikawa did not visit Moscow
    ("ja", "上川陽子外相はモスクワを訪問しなかった。", "上川陽子", "訪問しなかった"),
    # Hayashi did not visit Pyongyang, but met Choe Son Hui in Beijing
    ("ja", "林芳正外相は平壌を訪問しなかったが、北京で北朝鮮の崔善姫外相と会談した。",
     "林芳正", None),
]  # fmt: skip

KO = [
    # Yoon arrived in Hanoi on the 10th and is to visit Da Nang on the 11th
    ("ko", "윤석열 대통령은 10일 하노이에 도착했으며 11일 다낭을 방문할 예정이다.", "윤석열",
     None),
    # Cho Tae-yul held talks with Iwaya in Tokyo on the 12th and visits Osaka on the 13th
    ("ko", "조태열 외교부 장관은 12일 도쿄에서 이와야 다케시 외무상과 회담했고, 13일에는 "
     "오사카를 방문한다.", "조태열", None),
    # Yoon is to pay a state visit to the United Kingdom next month
    ("ko", "윤석열 대통령은 다음 달 영국을 국빈 방문할 예정이다.", "윤석열", "방문할"),
    # the presidential office said Kishida visits Korea next week
    ("ko", "기시다 후미오 일본 총리가 다음 주 방한한다고 대통령실이 밝혔다.", "기시다 후미오",
     "방한한다"),
    # the ministry denied reports that Cho had visited Pyongyang
    ("ko", "외교부는 조태열 장관이 평양을 방문했다는 일부 보도를 부인했다.", "조태열",
     "부인했"),
    # Marcos's visit to Korea was cancelled
    ("ko", "필리핀 마르코스 대통령의 방한 일정이 취소됐다.", "마르코스", "취소됐"),
    # Ishiba's visit to Korea was postponed indefinitely
    ("ko", "이시바 시게루 총리의 방한이 무기한 연기됐다.", "이시바 시게루", "연기됐"),
    # Cho did not visit Beijing on this tour
    ("ko", "조태열 장관은 이번 순방에서 베이징을 방문하지 않았다.", "조태열", "방문하지 않"),
    # Cho did not visit Pyongyang, but met the North's foreign minister in Beijing
    ("ko", "조태열 장관은 평양을 방문하지 않았지만 베이징에서 북한 외무상을 만났다.",
     "조태열", None),
]  # fmt: skip

AZ = [
    # Erdoğan came to Baku on Tuesday and will meet Ilham Aliyev
    ("az", "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan çərşənbə axşamı Bakıya gəlib və İlham "
     "Əliyevlə görüşəcək.", "Rəcəb Tayyib Ərdoğan", None),
    # Bayramov met Hakan Fidan in Ankara and will travel to Cairo tomorrow
    ("az", "Xarici işlər naziri Ceyhun Bayramov Ankarada həmkarı Hakan Fidanla görüşüb, sabah "
     "isə Qahirəyə səfər edəcək.", "Ceyhun Bayramov", None),
    # Aliyev will pay a state visit to China next month
    ("az", "Prezident İlham Əliyev gələn ay Çinə dövlət səfəri edəcək.", "İlham Əliyev",
     "seferi edecek"),
    # Kobakhidze's visit to Baku is expected next week
    ("az", "Gürcüstanın Baş naziri İrakli Kobaxidzenin gələn həftə Bakıya səfəri gözlənilir.",
     "İrakli Kobaxidze", "gozlenilir"),
    # Pashinyan's visit to Moscow has been postponed
    ("az", "Ermənistanın Baş naziri Nikol Paşinyanın Moskvaya səfəri təxirə salınıb.",
     "Nikol Paşinyan", "texire salin"),
    # Tokayev's visit to Baku has been cancelled
    ("az", "Qazaxıstan Prezidenti Qasım-Jomart Tokayevin Bakıya səfəri ləğv edilib.",
     "Qasım-Jomart Tokayev", "legv edil"),
    # the spokesman denied the reports that Bayramov went to Yerevan
    ("az", "XİN sözçüsü nazir Ceyhun Bayramovun İrəvana getdiyi barədə xəbərləri təkzib edib.",
     "Ceyhun Bayramov", "tekzib"),
    # Aliyev's planned visit to Paris did not take place
    ("az", "Prezident İlham Əliyevin Parisə planlaşdırılan səfəri baş tutmayıb.",
     "İlham Əliyev", "bas tutmayib"),
    # Bayramov did not go to Moscow, but met Lavrov in Doha
    ("az", "Ceyhun Bayramov Moskvaya getməyib, lakin Sergey Lavrovla Dohada görüşüb.",
     "Ceyhun Bayramov", None),
]  # fmt: skip

UZ = [
    # Mirziyoyev arrived in Beijing on Monday and will meet Xi Jinping
    ("uz", "Prezident Shavkat Mirziyoyev dushanba kuni Pekinga yetib keldi va Si Szinpin bilan "
     "uchrashadi.", "Shavkat Mirziyoyev", None),
    # Saidov met his Turkish counterpart in Ankara and will visit Cairo tomorrow
    ("uz", "Tashqi ishlar vaziri Baxtiyor Saidov Anqarada turkiyalik hamkasbi bilan uchrashdi "
     "va ertaga Qohiraga tashrif buyuradi.", "Baxtiyor Saidov", None),
    # Mirziyoyev goes to France on a state visit next month
    ("uz", "Prezident Shavkat Mirziyoyev kelasi oy Fransiyaga davlat tashrifi bilan boradi.",
     "Shavkat Mirziyoyev", "boradi"),
    # Tokayev's visit to Tashkent is expected
    ("uz", "Qozogʻiston Prezidenti Qasim-Jomart Toqayevning Toshkentga tashrifi kutilmoqda.",
     "Qasim-Jomart Toqayev", "kutilmoqda"),
    # Berdimuhamedov's visit to Samarkand was postponed
    ("uz", "Turkmaniston Prezidenti Serdar Berdimuhamedovning Samarqandga tashrifi keyinga "
     "qoldirildi.", "Serdar Berdimuhamedov", "keyinga qoldiril"),
    # Mishustin's visit to Tashkent was cancelled
    ("uz", "Rossiya Bosh vaziri Mixail Mishustinning Toshkentga tashrifi bekor qilindi.",
     "Mixail Mishustin", "bekor qil"),
    # Saidov did not go to Moscow, the ministry said
    ("uz", "Tashqi ishlar vaziri Baxtiyor Saidov Moskvaga bormadi, deb xabar berdi vazirlik.",
     "Baxtiyor Saidov", "bormadi"),
    # the ministry denied the reports that Saidov went to Kabul
    ("uz", "Vazirlik Baxtiyor Saidovning Kobulga borgani haqidagi xabarlarni rad etdi.",
     "Baxtiyor Saidov", "xabarlarni rad"),
    # Saidov did not go to Moscow, but met Lavrov in Doha
    ("uz", "Baxtiyor Saidov Moskvaga bormadi, biroq Sergey Lavrov bilan Dohada uchrashdi.",
     "Baxtiyor Saidov", None),
    # held a meeting with the deputy hokim (apostrophes as U+02BB) and will visit Bukhara
    ("uz", "Xitoy delegatsiyasi rahbari Li Syaodun hokim oʻrinbosari bilan uchrashuv oʻtkazdi "
     "va ertaga Buxoroga tashrif buyuradi.", "Li Syaodun", None),
]  # fmt: skip

KK = [
    # Tokayev came to Baku on Monday and will meet Ilham Aliyev
    ("kk", "Қазақстан Президенті Қасым-Жомарт Тоқаев дүйсенбі күні Бакуге келді және Ильхам "
     "Әлиевпен кездеседі.", "Қасым-Жомарт Тоқаев", None),
    # Nurtleu met his Turkish counterpart in Ankara and goes to Cairo tomorrow
    ("kk", "Сыртқы істер министрі Мұрат Нұртілеу Анкарада түрік әріптесімен кездесті, ертең "
     "Каирге барады.", "Мұрат Нұртілеу", None),
    # Tokayev goes to France on a state visit next month
    ("kk", "Президент Қасым-Жомарт Тоқаев келесі айда Францияға мемлекеттік сапармен барады.",
     "Қасым-Жомарт Тоқаев", "барады"),
    # Mirziyoyev's visit to Astana is expected
    ("kk", "Өзбекстан Президенті Шавкат Мирзиёевтің Астанаға сапары күтілуде.",
     "Шавкат Мирзиёев", "күтілуде"),
    # Japarov's visit to Astana was postponed
    ("kk", "Қырғызстан Президенті Садыр Жапаровтың Астанаға сапары кейінге шегерілді.",
     "Садыр Жапаров", "шегеріл"),
    # Mishustin called off his trip to Almaty
    ("kk", "Ресей Премьер-министрі Михаил Мишустин Алматыға сапарынан бас тартты.",
     "Михаил Мишустин", "сапарынан бас тарт"),
    # the ministry denied the reports that Nurtleu went to Kabul
    ("kk", "Сыртқы істер министрлігі Мұрат Нұртілеудің Кабулға барғаны туралы хабарларды "
     "жоққа шығарды.", "Мұрат Нұртілеу", "жоққа шығар"),
    # Nurtleu did not go to Moscow, the ministry said
    ("kk", "Мұрат Нұртілеу Мәскеуге бармады, деп хабарлады министрлік.", "Мұрат Нұртілеу",
     "бармады"),
    # Nurtleu did not go to Moscow, but met Lavrov in Doha
    ("kk", "Мұрат Нұртілеу Мәскеуге бармады, бірақ Сергей Лавровпен Дохада кездесті.",
     "Мұрат Нұртілеу", None),
]  # fmt: skip

AR = [
    # al-Sisi arrived in Ankara on Wednesday and is scheduled to meet Erdoğan
    ("ar", "وصل الرئيس المصري عبد الفتاح السيسي إلى أنقرة يوم الأربعاء، ومن المقرر أن يلتقي "
     "الرئيس التركي رجب طيب أردوغان.", "عبد الفتاح السيسي", None),
    # Faisal bin Farhan met his Iranian counterpart in Tehran and will go to Baghdad
    # tomorrow ("and will go": the conjunction written onto the verb)
    ("ar", "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني في طهران، وسيتوجه غدا "
     "إلى بغداد.", "فيصل بن فرحان", None),
    # "and arrived ... and will meet": both phrases behind the conjunction
    ("ar", "ووصل الرئيس اللبناني جوزاف عون إلى الرياض مساء الاثنين وسيلتقي ولي العهد.",
     "جوزاف عون", None),
    # Macron will visit Algeria next month
    ("ar", "سيزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل، حسبما أعلن قصر "
     "الإليزيه.", "إيمانويل ماكرون", "سیزور"),
    # "and will meet" the crown prince next week
    ("ar", "وسيلتقي الرئيس اللبناني جوزاف عون ولي العهد السعودي الأسبوع المقبل.", "جوزاف عون",
     "سیلتقی"),
    # Lavrov is expected to arrive in Cairo on Sunday
    ("ar", "من المتوقع أن يصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة يوم الأحد.",
     "سيرغي لافروف", "من المتوقع"),
    # the presidency announced the postponement of Saied's visit to Algeria
    ("ar", "أعلنت الرئاسة تأجيل زيارة الرئيس التونسي قيس سعيد إلى الجزائر.", "قيس سعيد",
     "تاجیل"),
    # the same, written without the hamza
    ("ar", "أعلنت الرئاسة تاجيل زيارة الرئيس التونسي قيس سعيد إلى الجزائر.", "قيس سعيد",
     "تاجیل"),
    # al-Sudani cancelled his visit to Washington
    ("ar", "ألغى رئيس الوزراء العراقي محمد شياع السوداني زيارته إلى واشنطن.",
     "محمد شياع السوداني", "الغی"),
    # the spokesman denied that Safadi had visited Damascus
    ("ar", "نفى المتحدث باسم وزارة الخارجية أن يكون الوزير أيمن الصفدي قد زار دمشق.",
     "أيمن الصفدي", "نفی"),
    # the ministry ("وزارة" holds no "زار") said Safadi will visit Baghdad next week
    ("ar", "قالت وزارة الخارجية إن الوزير أيمن الصفدي سيزور بغداد الأسبوع المقبل.",
     "أيمن الصفدي", "سیزور"),
    # Safadi did not visit Damascus during his tour
    ("ar", "لم يزر وزير الخارجية الأردني أيمن الصفدي دمشق خلال جولته.", "أيمن الصفدي",
     "لم یزر"),
    # Safadi did not visit Damascus, but met his Syrian counterpart in Amman
    ("ar", "لم يزر الوزير أيمن الصفدي دمشق، لكنه التقى نظيره السوري في عمان.", "أيمن الصفدي",
     None),
]  # fmt: skip

FA = [
    # Araghchi arrived in Moscow on Monday and will meet Lavrov tomorrow
    ("fa", "عباس عراقچی، وزیر امور خارجه، روز دوشنبه وارد مسکو شد و فردا با سرگئی لاوروف "
     "دیدار خواهد کرد.", "عباس عراقچی", None),
    # Pezeshkian met Emomali Rahmon in Dushanbe on Tuesday and is to go to Khujand
    ("fa", "مسعود پزشکیان روز سه‌شنبه در دوشنبه با امامعلی رحمان دیدار کرد و قرار است فردا به "
     "خجند برود.", "مسعود پزشکیان", None),
    # Araghchi will travel to Beijing next week
    ("fa", "عباس عراقچی هفته آینده به پکن سفر خواهد کرد.", "عباس عراقچی", "خواهد کرد"),
    # Araghchi will travel to Beijing to discuss oil imports ("واردات" is no "وارد";
    # Persian "نفت" "oil" is spelt as Arabic "نفت" "she denied", which the table leaves out)
    ("fa", "عباس عراقچی هفته آینده برای گفتگو درباره واردات نفت به پکن سفر خواهد کرد.",
     "عباس عراقچی", "خواهد کرد"),
    # Pezeshkian is to travel to Moscow next month
    ("fa", "قرار است رئیس‌جمهور مسعود پزشکیان ماه آینده به مسکو سفر کند.", "مسعود پزشکیان",
     "قرار است"),
    # Araghchi travels to New Delhi on Sunday (with a ZWNJ, without, and with Arabic
    # yeh and kaf)
    ("fa", "عباس عراقچی روز یکشنبه به دهلی نو سفر می‌کند.", "عباس عراقچی", "سفر می کند"),
    ("fa", "عباس عراقچی روز یکشنبه به دهلی نو سفر میکند.", "عباس عراقچی", "سفر میکند"),
    ("fa", "عباس عراقچي روز يكشنبه به دهلي نو سفر مي‌كند.", "عباس عراقچي", "سفر می کند"),
    # Pezeshkian's trip to New York was postponed
    ("fa", "سفر مسعود پزشکیان به نیویورک به تعویق افتاد.", "مسعود پزشکیان", "به تعویق"),
    # Araghchi's trip to Beirut was cancelled
    ("fa", "سفر عباس عراقچی به بیروت لغو شد.", "عباس عراقچی", "لغو شد"),
    # the spokesman denied Araghchi's trip to Cairo
    ("fa", "سخنگوی وزارت خارجه سفر عباس عراقچی به قاهره را تکذیب کرد.", "عباس عراقچی",
     "تکذیب"),
    # Araghchi did not travel to Washington
    ("fa", "عباس عراقچی به واشنگتن سفر نکرد.", "عباس عراقچی", "سفر نکرد"),
    # Araghchi did not travel to Cairo, but met Badr Abdelatty in Muscat
    ("fa", "عباس عراقچی به قاهره سفر نکرد، اما با بدر عبدالعاطی در مسقط دیدار کرد.",
     "عباس عراقچی", None),
]  # fmt: skip

CASES = ZH + JA + KO + AZ + UZ + KK + AR + FA
LANGUAGES = {"zh", "ja", "ko", "az", "uz", "kk", "ar", "fa"}

# Ordinary sentences that hold a near miss of a phrase and must not match (the phrase or
# word they nearly hold in the comment).
ORDINARY = [
    # 将近 "nearly" is no 将于/将同
    "两国贸易额将近一千亿美元。",
    # 不可否认 "undeniably" is no 否认了
    "不可否认，两国关系十分密切。",
    # 見送った "saw off" at the airport is no 訪問を見送った
    "空港では外務副大臣がマクロン大統領を見送った。",
    # 核開発の中止を求めた "demanded a halt" is no 中止した
    "石破茂首相は会談で、北朝鮮に核開発の中止を求めた。",
    # 연기했다 "acted (a role)" is no 연기됐다 "was postponed"
    "배우 김수현은 드라마에서 외교관 역을 연기했다.",
    # 중국 "China" is no 방문 중인; 예정대로 "as planned" beside a completed arrival
    "윤석열 대통령은 예정대로 중국에 도착했다.",
    # Gələcək "future" (a noun) is no gələcək "will come"
    "Gələcək əməkdaşlıq üçün yeni imkanlar müzakirə olunub.",
    # rad etdi "rejected (a proposal)" is no xabarlarni rad etdi; kechirdi is no kechiktirildi
    "Vazir sanoat zonasini ko'zdan kechirdi va taklifni rad etdi.",
    # келешек "future" is no келеді "will come"
    "Екі елдің келешегі туралы пікір алмасты.",
    # وزارة "ministry" is no زار "visited"; النفط "oil" is no نفى "denied"; إلغاء الرسوم
    # "abolishing tariffs" is no ألغى زيارته
    "بحثت وزارة الخارجية التعاون في مجال النفط وإلغاء الرسوم الجمركية.",
    # می‌خواهد "wants" is no خواهد کرد "will"; لغو تحریم‌ها "lifting sanctions" is no لغو شد
    "عراقچی می‌خواهد درباره لغو تحریم‌ها با همتای خود گفتگو کند.",
]

# (language, a sentence that reports the visit, the visitor, the agreement's sentence,
#  the agreement as the draft gives it, the not-signed phrase or None: signed)
AGREEMENTS = [
    # the two sides discussed the free trade agreement but have not signed it yet
    ("zh", "国务院总理李强2日抵达新加坡。", "李强", "双方讨论了自由贸易协定，但尚未签署。",
     "自由贸易协定", "未签署"),
    # the two foreign ministers signed the free trade agreement
    ("zh", "国务院总理李强2日抵达新加坡。", "李强", "两国外长签署了自由贸易协定。",
     "自由贸易协定", None),
    # they discussed the economic partnership agreement, but did not get as far as signing
    ("ja", "石破茂首相は2日、マニラでマルコス大統領と会談した。", "石破茂",
     "両国は経済連携協定について協議したが、署名には至らなかった。", "経済連携協定",
     "署名には至"),
    # after the talks the two countries signed a memorandum on the environment
    ("ja", "石破茂首相は2日、マニラでマルコス大統領と会談した。", "石破茂",
     "会談後、両国は環境分野の覚書に署名した。", "環境分野の覚書", None),
    # the two sides agreed to conclude a friendship agreement within the year
    ("ko", "윤석열 대통령은 10일 하노이에 도착했다.", "윤석열",
     "양국은 연내 우호협력 협약을 체결하기로 뜻을 모았다.", "우호협력 협약", "체결하기로"),
    # the two countries signed an investment agreement
    ("ko", "윤석열 대통령은 10일 하노이에 도착했다.", "윤석열", "양국은 투자 협정에 서명했다.",
     "투자 협정", None),
    # the signing of a twinning memorandum is envisaged
    ("az", "Ceyhun Bayramov Ankarada Hakan Fidanla görüşüb.", "Ceyhun Bayramov",
     "Gəncə ilə Rustavi arasında qardaşlaşma haqqında memorandumun imzalanması nəzərdə "
     "tutulur.", "qardaşlaşma haqqında memorandum", "imzalanmasi nezerde"),
    # a trade agreement was signed between the sides
    ("az", "Ceyhun Bayramov Ankarada Hakan Fidanla görüşüb.", "Ceyhun Bayramov",
     "Tərəflər arasında ticarət sazişi imzalanıb.", "ticarət sazişi", None),
    # the sides discussed the free trade agreement, but it has not been signed yet
    ("uz", "Baxtiyor Saidov Anqarada hamkasbi bilan uchrashdi.", "Baxtiyor Saidov",
     "Tomonlar erkin savdo bitimini muhokama qildi, ammo u hali imzolanmadi.",
     "erkin savdo bitimi", "imzolanmadi"),
    # an investment contract was signed during the visit
    ("uz", "Baxtiyor Saidov Anqarada hamkasbi bilan uchrashdi.", "Baxtiyor Saidov",
     "Tashrif doirasida investitsiya shartnomasi imzolandi.", "investitsiya shartnomasi",
     None),
    # the sides discussed the free trade agreement, but it has not been signed yet
    ("kk", "Мұрат Нұртілеу Анкарада түрік әріптесімен кездесті.", "Мұрат Нұртілеу",
     "Тараптар еркін сауда келісімін талқылады, бірақ оған әлі қол қойылмады.",
     "еркін сауда келісімі", "қол қоиылмады"),
    # an investment agreement was signed during the visit
    ("kk", "Мұрат Нұртілеу Анкарада түрік әріптесімен кездесті.", "Мұрат Нұртілеу",
     "Сапар барысында инвестициялық келісімге қол қойылды.", "инвестициялық келісім", None),
    # the two sides discussed the free trade agreement but have not signed it yet
    ("ar", "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني في طهران.",
     "فيصل بن فرحان", "ناقش الجانبان اتفاقية التجارة الحرة لكنهما لم يوقعاها بعد.",
     "اتفاقية التجارة الحرة", "لم یوقع"),
    # and the two sides signed a memorandum of understanding on energy
    ("ar", "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني في طهران.",
     "فيصل بن فرحان", "ووقع الجانبان مذكرة تفاهم للتعاون في مجال الطاقة.", "مذكرة تفاهم",
     None),
    # they discussed the strategic cooperation agreement, but it has not been signed yet
    ("fa", "عباس عراقچی روز دوشنبه با سرگئی لاوروف دیدار کرد.", "عباس عراقچی",
     "دو طرف درباره توافق‌نامه همکاری راهبردی گفتگو کردند اما این سند هنوز امضا نشده است.",
     "توافق‌نامه همکاری راهبردی", "امضا نشد"),
    # the 25-year cooperation document was signed on this trip
    ("fa", "عباس عراقچی روز دوشنبه با سرگئی لاوروف دیدار کرد.", "عباس عراقچی",
     "در این سفر، سند همکاری ۲۵ ساله امضا شد.", "سند همکاری ۲۵ ساله", None),
]  # fmt: skip


def test_the_cases_cover_eight_languages() -> None:
    """At least 8 sentences per language, each with visits that keep and lose codes, and
    a signed and a not signed agreement per language."""
    for lang in LANGUAGES:
        mine = [cue for la, _, _, cue in CASES if la == lang]
        assert len(mine) >= 8, lang
        assert None in mine, lang
        assert any(mine), lang
    assert {(a[0], a[-1] is None) for a in AGREEMENTS} == {
        (lang, signed) for lang in LANGUAGES for signed in (True, False)
    }


@pytest.mark.parametrize(("language", "sentence", "visitor", "cue"), CASES)
def test_the_phrase_that_defeats_the_sentence(
    language: str, sentence: str, visitor: str, cue: str | None
) -> None:
    """The phrase (folded) that says the visit did not take place or is yet to come, or
    None for a sentence that also reports the visit."""
    assert visitor in sentence
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentences_hold_no_phrase(sentence: str) -> None:
    """A word that holds or resembles a phrase is no phrase."""
    assert unmet_cue(sentence, NOT_OCCURRED) is None
    assert unmet_cue(sentence, NOT_SIGNED) is None


@pytest.mark.parametrize(("language", "sentence", "visitor", "cue"), CASES)
def test_a_visit_given_as_occurred_keeps_or_loses_its_codes(
    language: str, sentence: str, visitor: str, cue: str | None
) -> None:
    """As the only evidence of an occurred visit: coded (042, 043) and not re-asked when the
    sentence reports the visit; no codes, the warning and a re-ask when it does not."""
    check_occurred_visit(language, sentence, visitor, cue)


@pytest.mark.parametrize(
    ("language", "visit_sentence", "visitor", "sentence", "mention", "cue"), AGREEMENTS
)
def test_a_signed_agreement_earns_057_unless_its_sentence_says_otherwise(
    language: str,
    visit_sentence: str,
    visitor: str,
    sentence: str,
    mention: str,
    cue: str | None,
) -> None:
    """The agreement given as signed: 057 when its sentence says it was signed; else no
    057 and a warning naming the phrase."""
    assert unmet_cue(sentence, NOT_SIGNED) == cue
    text = f"{visit_sentence}\n{sentence}\n"
    visit = {
        "evidence": [visit_sentence, sentence],
        "type": "visit",
        "status": "occurred",
        "summary": "The visitor held talks abroad and an agreement was discussed.",
        "participants": [{"role": "visitor", "kind": "person", "name": visitor}],
        "agreements": [{"kind": "other", "text": mention, "status": "signed"}],
    }
    draft = Draft.model_validate({"language": language, "visits": [visit]})
    article = Article(id=Article.id_for(text), text=text, language=language, published="2025-06-12")
    (built,), warnings = build_visits(draft, article)
    if cue is None:
        assert built.codes.cameo == ["042", "043", "057"]
        assert warnings == []
    else:
        assert built.codes.cameo == ["042", "043"]
        assert warnings == [
            f"visits[0].agreements[0]: its sentence says it was not signed ({cue!r}); no CAMEO 057"
        ]
