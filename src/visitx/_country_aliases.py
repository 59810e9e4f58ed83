"""Curated country aliases, demonyms and blocked strings for ``_countries``.

Tables edited by hand, plus the small derivation rules at the end of the
module. Each table is a block of text with one line per country: an ISO
3166-1 alpha-3 code (``XKX`` for Kosovo), a space, then the forms separated by
commas. Lines starting with ``#`` are comments. Forms are written as they
appear in print; ``_countries`` normalises case, accents and letter variants,
so ``Türkiye`` also covers ``TURKIYE`` and ``türkiye``.

``NAMES`` holds what CLDR lacks or spells differently from the news: short and
official names, colloquial names and abbreviations. ``DEMONYMS`` holds base
adjective / nationality forms; the derivation rules at the end of this module
add the inflections (German ``-e/-en/-er/-es/-em``, Russian case endings from
``-ий``, French plural, Spanish gender and number, Arabic feminine ``ة``) and
the forms built on names (Turkish ``-lı``, Persian ``-ی``, German genitive,
Russian cases), so list only base forms and irregular ones. Tags are ISO 639-1
languages; they only matter to the ``language`` tie-break.

Editorial choices (tests pin them):

* A bare "Korean" adjective (``koreanisch``, ``корейский``, ``كوري``, ``کره‌ای``)
  means South Korea in news, where the North is always "North Korean"; the
  bare name ``Korea`` stays ambiguous and is blocked.
* Bare "America" (``Amerika``, ``آمریکا``, ``أمريكا``, ``Америка``) is the United
  States, as in news usage; continents are not country fields.
* ``İngiltere`` (tr), ``انگلیس``/``انگلستان`` (fa) and ``İngiltərə`` (az) are the
  standard names of the United Kingdom in those languages' news and map to
  GBR, while English/German ``England`` is a constituent country and is blocked.
* ``GKRY``/``Güney Kıbrıs`` is the Turkish press name of the Republic of Cyprus.
* ``آذربایجان`` (fa) is the Republic of Azerbaijan; Iran's provinces are always
  qualified (``آذربایجان شرقی``) and are not indexed.
* Bare ``Guinea`` is blocked as ambiguous (Guinea, Guinea-Bissau, Equatorial
  Guinea, Papua New Guinea) as the project specification asks, even though it is ISO's
  short name of GIN; ``Guinea-Conakry``, ``Republic of Guinea`` and the codes
  still resolve.
"""

from __future__ import annotations

# Strings that must resolve to None whatever else the index says: bodies that
# are not countries, states without an ISO code, regions and cities that are
# close to country names (so a typo tolerance can never reach a country), and
# short names shared by several countries. ISO codes are never listed here
# (``BM`` is Bermuda even though Turkish uses it for the UN).
BLOCKED = """
# Supranational bodies and groupings
EU, AB, UE, ЕС, Евросоюз, Европейский союз, European Union, Avrupa Birliği
Europäische Union, Union européenne, Unión Europea, اتحادیه اروپا, الاتحاد الأوروبي
NATO, OTAN, НАТО, ناتو, الناتو, UN, UNO, ONU, ООН, United Nations, Birleşmiş Milletler
Vereinte Nationen, Nations unies, Naciones Unidas, سازمان ملل, الأمم المتحدة
ASEAN, АСЕАН, BRICS, БРИКС, SCO, ŞİÖ, ШОС, CIS, BDT, СНГ, CSTO, ОДКБ, GCC, OPEC, ОПЕК
G7, G8, G20, OSCE, AGİT, ОБСЕ, OIC, İİT, EAEU, ЕАЭС, TDT, Türk Devletleri Teşkilatı
Arab League, Arap Birliği, جامعة الدول العربية, African Union, Afrika Birliği
# Ethnic or regional labels that are not one country
Arab, Arap, عرب, العرب, Araber, Arabe, Árabe, Арабы, Kurd, Kürt, کرد, Kurdish
# States and entities without an ISO 3166-1 code
KKTC, TRNC, Northern Cyprus, North Cyprus, Kuzey Kıbrıs, Kuzey Kıbrıs Türk Cumhuriyeti
Turkish Republic of Northern Cyprus, Nordzypern, Chypre du Nord, Северный Кипр
قبرس شمالی, شمال قبرص, Somaliland, Somaliland Cumhuriyeti, Abkhazia, Abhazya, Абхазия
آبخازیا, South Ossetia, Güney Osetya, Южная Осетия, Transnistria, Transdinyester
Приднестровье, Pridnestrovie, Nagorno-Karabakh, Dağlık Karabağ, Karabağ, Karabakh
Нагорный Карабах, Карабах, قره‌باغ, Artsakh, Арцах, Kurdistan, Kürdistan, Kurdistan Region
Курдистан, کردستان, كردستان, إقليم كردستان
# Regions and cities near country names
Nahçıvan, Nahcivan, Nakhchivan, Naxçıvan, Nachitschewan, Nakhitchevan, Najicheván
Нахичевань, Нахчыван, نخجوان, ناخچیوان, نخجيوان, Crimea, Kırım, Krim, Crimée
Крым, کریمه, القرم, Tibet, Tibet Autonomous Region, Тибет, تبت, Xinjiang, Sincan, Синьцзян
Chechnya, Çeçenistan, Tschetschenien, Tchétchénie, Чечня, چچن, الشيشان, Dagestan
Dağıstan, Дагестан, Tatarstan, Tataristan, Татарстан, Donbas, Donbass, Донбасс
England, Scotland, Wales, Northern Ireland, Schottland, Écosse, Escocia
Gaza, Gazze, Газа, غزة, غزه, West Bank, Batı Şeria, Западный берег, الضفة الغربية
# Historical states
Soviet Union, USSR, SSCB, Sovyetler Birliği, Sowjetunion, Union soviétique, СССР
Советский Союз, شوروی, اتحاد جماهیر شوروی, الاتحاد السوفيتي, Yugoslavia, Yugoslavya
Jugoslawien, Yougoslavie, Югославия, یوگسلاوی, يوغوسلافيا, Czechoslovakia
Çekoslovakya, Tschechoslowakei, Чехословакия, East Germany, DDR, GDR, ГДР
# Names shared by several countries
Korea, Kore, Koreya, Corea, Corée, Корея, Кореја, کره, كوريا, 朝鮮, 조선
Congo, Kongo, Konqo, Конго, کنگو, کونگو, الكونغو, 刚果, コンゴ, 콩고, Guinea, Guinée, Gine
Qvineya, Gvineya, Гвинея, گینه, غينيا, 几内亚, ギニア, 기니
"""

# Names, short names and abbreviations, by language.
NAMES: dict[str, str] = {
    "en": """
USA US, U.S., U.S.A., America, United States of America
GBR UK, U.K., Britain, Great Britain
ARE UAE, U.A.E., Emirates
SAU KSA, Saudi, Kingdom of Saudi Arabia
RUS Russian Federation, RF
PRK DPRK, D.P.R.K., Democratic People's Republic of Korea
KOR ROK, R.O.K., Republic of Korea, S. Korea
CHN PRC, People's Republic of China, Mainland China
DEU FRG, Federal Republic of Germany
TUR Turkey, Turkiye, Republic of Turkey, Republic of Türkiye
IRN Islamic Republic of Iran, Iran (Islamic Republic of)
NLD Holland
CIV Ivory Coast
MMR Burma
CZE Czech Republic
SWZ Swaziland
TLS East Timor
VAT Vatican
COD DRC, DR Congo, Democratic Republic of the Congo, Congo-Kinshasa
COG Republic of the Congo, Congo-Brazzaville
GIN Guinea-Conakry, Republic of Guinea
PSE Palestine, State of Palestine
BIH Bosnia
MKD Republic of North Macedonia
LAO Lao PDR
XKX Republic of Kosovo
""",
    "de": """
USA Vereinigte Staaten von Amerika, Vereinigten Staaten, Amerika
DEU BRD, Bundesrepublik Deutschland, Bundesrepublik
GBR Großbritannien
ARE VAE, Vereinigten Arabischen Emirate, Emirate
RUS Russische Föderation
KOR Republik Korea
PRK Demokratische Volksrepublik Korea, DVRK
CHN Volksrepublik China, VR China
TUR Republik Türkei
IRN Islamische Republik Iran
NLD Holland
CZE Tschechische Republik
BLR Weißrussland
CIV Elfenbeinküste
PSE Palästina
COD Demokratische Republik Kongo, DR Kongo
""",
    "fr": """
USA États-Unis d'Amérique
GBR Grande-Bretagne
ARE EAU, Émirats
RUS Fédération de Russie
KOR République de Corée
PRK République populaire démocratique de Corée, RPDC
CHN République populaire de Chine, RPC
TUR République de Turquie
IRN République islamique d'Iran
NLD Hollande
PSE Palestine, État de Palestine
COD RDC, RD Congo, République démocratique du Congo
GIN Guinée-Conakry, République de Guinée
""",
    "es": """
USA EE. UU., EE.UU., EEUU, EUA, Estados Unidos de América
GBR Gran Bretaña
ARE EAU, Emiratos
RUS Federación de Rusia, Federación Rusa
KOR República de Corea
PRK República Popular Democrática de Corea
CHN República Popular China
TUR República de Turquía
IRN República Islámica de Irán
NLD Holanda
PSE Palestina
COD República Democrática del Congo
""",
    "tr": """
USA ABD, Amerika
ARE BAE
GBR İngiltere, Büyük Britanya
RUS Rusya Federasyonu, RF
KOR Kore Cumhuriyeti
PRK Kore Demokratik Halk Cumhuriyeti, KDHC
CHN Çin Halk Cumhuriyeti, ÇHC
TUR Türkiye Cumhuriyeti
IRN İran İslam Cumhuriyeti
DEU Almanya Federal Cumhuriyeti
CYP GKRY, Güney Kıbrıs, Güney Kıbrıs Rum Yönetimi, Kıbrıs Cumhuriyeti
PSE Filistin, Filistin Devleti
AZE Azerbaycan Cumhuriyeti
COD Kongo Demokratik Cumhuriyeti
GIN Gine Cumhuriyeti
""",
    "ru": """
USA США, Соединённые Штаты Америки, Америка
RUS РФ, Российская Федерация
ARE Объединённые Арабские Эмираты, Эмираты
GBR Соединённое Королевство, Британия
KOR Южная Корея
PRK Северная Корея
CHN КНР, Китайская Народная Республика
TUR Турецкая Республика
IRN Исламская Республика Иран, ИРИ
DEU ФРГ, Федеративная Республика Германия
TKM Туркмения
KGZ Кыргызстан
MDA Молдавия
BLR Белоруссия
PSE Палестина
CZE Чешская Республика
NLD Голландия
COD ДРК, Демократическая Республика Конго
""",
    "fa": """
USA آمریکا, امریکا, ایالات متحده آمریکا
GBR انگلیس, انگلستان, بریتانیای کبیر, پادشاهی متحده
ARE امارات
RUS فدراسیون روسیه
CHN جمهوری خلق چین
TUR جمهوری ترکیه
AZE آذربایجان
SAU عربستان
PSE فلسطین
IND هندوستان
""",
    "ar": """
USA أمريكا, أميركا, الولايات المتحدة الأمريكية, الولايات المتحدة الأميركية
GBR بريطانيا
ARE الإمارات, دولة الإمارات
RUS روسيا الاتحادية, الاتحاد الروسي
KOR جمهورية كوريا
PRK جمهورية كوريا الديمقراطية الشعبية
CHN جمهورية الصين الشعبية
TUR الجمهورية التركية
SAU السعودية
PSE فلسطين, دولة فلسطين
SYR سورية
COD جمهورية الكونغو الديمقراطية
""",
    "az": """
USA ABŞ, Amerika
ARE BƏƏ
GBR Böyük Britaniya, İngiltərə
RUS Rusiya Federasiyası
TUR Türkiyə Respublikası, Türkiye
AZE Azərbaycan Respublikası
IRN İran İslam Respublikası
KOR Koreya Respublikası
PRK KXDR
CHN ÇXR, Çin Xalq Respublikası
""",
    "uz": """
USA AQSH
ARE BAA
RUS Rossiya Federatsiyasi
TUR Turkiya Respublikasi
KOR Koreya Respublikasi
CHN XXR, Xitoy Xalq Respublikasi
UZB Oʻzbekiston Respublikasi
GBR Buyuk Britaniya
""",
    "kk": """
USA АҚШ, Америка
ARE БАӘ
RUS Ресей Федерациясы, Reseı, Resei
KAZ Қазақстан Республикасы, Qazaqstan, Qazaqstan Respýblıkasy
KOR Корея Республикасы
CHN ҚХР, Қытай Халық Республикасы, Qytaı, Qytai
UZB Özbekstan, Ózbekstan
""",
    "zh": """
CHN 中华人民共和国, 中華人民共和國, 中方
USA 美利坚合众国, 美方
RUS 俄罗斯联邦, 俄方
KOR 大韩民国, 大韓民國, 韓國, 南韩, 韩方
PRK 北韩, 朝鲜民主主义人民共和国, 朝方
GBR 英方
JPN 日方
DEU 德方
FRA 法方
ARE 阿联酋
""",
    "ja": """
USA 米国, アメリカ
GBR 英国
RUS ロシア連邦
KOR 大韓民国
PRK 朝鮮民主主義人民共和国
CHN 中華人民共和国
JPN 日本国
TUR トルコ共和国
""",
    "ko": """
KOR 한국, 남한
PRK 조선민주주의인민공화국
USA 미합중국
RUS 러시아 연방
CHN 중화인민공화국
TUR 터키
JPN 일본국
""",
}

# Base demonyms / adjectives by language (see the module docstring for what
# is derived from them). German and Russian entries are adjectives.
DEMONYMS: dict[str, str] = {
    "en": """
AFG Afghan
ALB Albanian
DZA Algerian
AGO Angolan
ARG Argentine, Argentinian
ARM Armenian
AUS Australian
AUT Austrian
AZE Azerbaijani, Azeri
BHR Bahraini
BGD Bangladeshi
BLR Belarusian, Belarussian
BEL Belgian
BIH Bosnian
BRA Brazilian
BGR Bulgarian
KHM Cambodian
CAN Canadian
CHL Chilean
CHN Chinese
COL Colombian
HRV Croatian
CUB Cuban
CYP Cypriot
CZE Czech
DNK Danish
EGY Egyptian
EST Estonian
ETH Ethiopian
FIN Finnish
FRA French
GEO Georgian
DEU German
GHA Ghanaian
GRC Greek
HUN Hungarian
ISL Icelandic
IND Indian
IDN Indonesian
IRN Iranian
IRQ Iraqi
IRL Irish
ISR Israeli
ITA Italian
JPN Japanese
JOR Jordanian
KAZ Kazakh, Kazakhstani
KEN Kenyan
KWT Kuwaiti
KGZ Kyrgyz
LAO Laotian
LVA Latvian
LBN Lebanese
LBY Libyan
LTU Lithuanian
LUX Luxembourgish
MYS Malaysian
MLI Malian
MEX Mexican
MDA Moldovan
MNG Mongolian
MNE Montenegrin
MAR Moroccan
MMR Burmese
NLD Dutch
NGA Nigerian
PRK North Korean
MKD North Macedonian
NOR Norwegian
OMN Omani
PAK Pakistani
PSE Palestinian
PER Peruvian
PHL Philippine, Filipino
POL Polish
PRT Portuguese
QAT Qatari
ROU Romanian
RUS Russian
RWA Rwandan
SAU Saudi Arabian
SEN Senegalese
SRB Serbian
SGP Singaporean
SVK Slovak, Slovakian
SVN Slovenian, Slovene
SOM Somali
ZAF South African
KOR South Korean, Korean
SSD South Sudanese
ESP Spanish
LKA Sri Lankan
SDN Sudanese
SWE Swedish
CHE Swiss
SYR Syrian
TWN Taiwanese
TJK Tajik, Tajikistani
TZA Tanzanian
THA Thai
TUN Tunisian
TUR Turkish
TKM Turkmen
UKR Ukrainian
ARE Emirati
GBR British
USA American
UZB Uzbek, Uzbekistani
VEN Venezuelan
VNM Vietnamese
YEM Yemeni
NER Nigerien
DOM Dominican
ECU Ecuadorian
URY Uruguayan
PRY Paraguayan
BOL Bolivian
CMR Cameroonian
CIV Ivorian
UGA Ugandan
NPL Nepali, Nepalese
MLT Maltese
ZWE Zimbabwean
XKX Kosovar, Kosovan
""",
    "de": """
AFG afghanisch
ALB albanisch
DZA algerisch
AGO angolanisch
ARG argentinisch
ARM armenisch
AUS australisch
AUT österreichisch
AZE aserbaidschanisch
BHR bahrainisch
BGD bangladeschisch
BLR belarussisch, weißrussisch
BEL belgisch
BIH bosnisch
BRA brasilianisch
BGR bulgarisch
KHM kambodschanisch
CAN kanadisch
CHL chilenisch
CHN chinesisch
COL kolumbianisch
HRV kroatisch
CUB kubanisch
CYP zyprisch
CZE tschechisch
DNK dänisch
EGY ägyptisch
EST estnisch
ETH äthiopisch
FIN finnisch
FRA französisch
GEO georgisch
DEU deutsch, bundesdeutsch
GHA ghanaisch
GRC griechisch
HUN ungarisch
ISL isländisch
IND indisch
IDN indonesisch
IRN iranisch
IRQ irakisch
IRL irisch
ISR israelisch
ITA italienisch
JPN japanisch
JOR jordanisch
KAZ kasachisch
KEN kenianisch
KWT kuwaitisch
KGZ kirgisisch
LAO laotisch
LVA lettisch
LBN libanesisch
LBY libysch
LTU litauisch
LUX luxemburgisch
MYS malaysisch
MLI malisch
MEX mexikanisch
MDA moldauisch
MNG mongolisch
MNE montenegrinisch
MAR marokkanisch
MMR myanmarisch, birmanisch
NLD niederländisch, holländisch
NZL neuseeländisch
NGA nigerianisch
PRK nordkoreanisch
MKD nordmazedonisch
NOR norwegisch
OMN omanisch
PAK pakistanisch
PSE palästinensisch
PER peruanisch
PHL philippinisch
POL polnisch
PRT portugiesisch
QAT katarisch
ROU rumänisch
RUS russisch
RWA ruandisch
SAU saudi-arabisch, saudisch
SEN senegalesisch
SRB serbisch
SGP singapurisch
SVK slowakisch
SVN slowenisch
SOM somalisch
ZAF südafrikanisch
KOR südkoreanisch, koreanisch
SSD südsudanesisch
ESP spanisch
LKA sri-lankisch
SDN sudanesisch
SWE schwedisch
CHE schweizerisch, Schweizer
SYR syrisch
TWN taiwanisch
TJK tadschikisch
TZA tansanisch
THA thailändisch
TUN tunesisch
TUR türkisch
TKM turkmenisch
UKR ukrainisch
ARE emiratisch
GBR britisch
USA amerikanisch, US-amerikanisch
UZB usbekisch
VEN venezolanisch
VNM vietnamesisch
YEM jemenitisch
NER nigrisch
DOM dominikanisch
ECU ecuadorianisch
URY uruguayisch
PRY paraguayisch
BOL bolivianisch
CMR kamerunisch
CIV ivorisch
UGA ugandisch
NPL nepalesisch
MLT maltesisch
ZWE simbabwisch
XKX kosovarisch
""",
    "fr": """
AFG afghan, afghane
ALB albanais, albanaise
DZA algérien, algérienne
AGO angolais, angolaise
ARG argentin, argentine
ARM arménien, arménienne
AUS australien, australienne
AUT autrichien, autrichienne
AZE azerbaïdjanais, azerbaïdjanaise
BHR bahreïni, bahreïnie
BGD bangladais, bangladaise
BLR biélorusse, bélarusse
BEL belge
BIH bosnien, bosnienne
BRA brésilien, brésilienne
BGR bulgare
KHM cambodgien, cambodgienne
CAN canadien, canadienne
CHL chilien, chilienne
CHN chinois, chinoise
COL colombien, colombienne
HRV croate
CUB cubain, cubaine
CYP chypriote
CZE tchèque
DNK danois, danoise
EGY égyptien, égyptienne
EST estonien, estonienne
ETH éthiopien, éthiopienne
FIN finlandais, finlandaise
FRA français, française
GEO géorgien, géorgienne
DEU allemand, allemande
GHA ghanéen, ghanéenne
GRC grec, grecque
HUN hongrois, hongroise
ISL islandais, islandaise
IND indien, indienne
IDN indonésien, indonésienne
IRN iranien, iranienne
IRQ irakien, irakienne
IRL irlandais, irlandaise
ISR israélien, israélienne
ITA italien, italienne
JPN japonais, japonaise
JOR jordanien, jordanienne
KAZ kazakh, kazakhe, kazakhstanais, kazakhstanaise
KEN kényan, kényane
KWT koweïtien, koweïtienne
KGZ kirghiz, kirghize
LAO laotien, laotienne
LVA letton, lettone
LBN libanais, libanaise
LBY libyen, libyenne
LTU lituanien, lituanienne
LUX luxembourgeois, luxembourgeoise
MYS malaisien, malaisienne
MLI malien, malienne
MEX mexicain, mexicaine
MDA moldave
MNG mongol, mongole
MNE monténégrin, monténégrine
MAR marocain, marocaine
MMR birman, birmane
NLD néerlandais, néerlandaise
NZL néo-zélandais, néo-zélandaise
NGA nigérian, nigériane
PRK nord-coréen, nord-coréenne
MKD nord-macédonien, nord-macédonienne
NOR norvégien, norvégienne
OMN omanais, omanaise
PAK pakistanais, pakistanaise
PSE palestinien, palestinienne
PER péruvien, péruvienne
PHL philippin, philippine
POL polonais, polonaise
PRT portugais, portugaise
QAT qatari, qatarie, qatarien, qatarienne
ROU roumain, roumaine
RUS russe
RWA rwandais, rwandaise, ruandais, ruandaise
SAU saoudien, saoudienne
SEN sénégalais, sénégalaise
SRB serbe
SGP singapourien, singapourienne
SVK slovaque
SVN slovène
SOM somalien, somalienne
ZAF sud-africain, sud-africaine
KOR sud-coréen, sud-coréenne, coréen, coréenne
SSD sud-soudanais, sud-soudanaise
ESP espagnol, espagnole
LKA sri-lankais, sri-lankaise
SDN soudanais, soudanaise
SWE suédois, suédoise
CHE suisse
SYR syrien, syrienne
TWN taïwanais, taïwanaise
TJK tadjik, tadjike
TZA tanzanien, tanzanienne
THA thaïlandais, thaïlandaise
TUN tunisien, tunisienne
TUR turc, turque
TKM turkmène
UKR ukrainien, ukrainienne
ARE émirati, émiratie
GBR britannique
USA américain, américaine, étasunien, étasunienne
UZB ouzbek, ouzbèke
VEN vénézuélien, vénézuélienne
VNM vietnamien, vietnamienne
YEM yéménite
NER nigérien, nigérienne
DOM dominicain, dominicaine
ECU équatorien, équatorienne
URY uruguayen, uruguayenne
PRY paraguayen, paraguayenne
BOL bolivien, bolivienne
CMR camerounais, camerounaise
CIV ivoirien, ivoirienne
UGA ougandais, ougandaise
NPL népalais, népalaise
MLT maltais, maltaise
ZWE zimbabwéen, zimbabwéenne
XKX kosovar, kosovare
""",
    # Masculine singular; feminine and plurals are derived.
    "es": """
AFG afgano
ALB albanés
DZA argelino
AGO angoleño
ARG argentino
ARM armenio
AUS australiano
AUT austriaco, austríaco
AZE azerbaiyano
BHR bareiní
BGD bangladesí
BLR bielorruso
BEL belga
BIH bosnio
BRA brasileño
BGR búlgaro
KHM camboyano
CAN canadiense
CHL chileno
CHN chino
COL colombiano
HRV croata
CUB cubano
CYP chipriota
CZE checo
DNK danés
EGY egipcio
EST estonio
ETH etíope
FIN finlandés
FRA francés
GEO georgiano
DEU alemán
GHA ghanés
GRC griego
HUN húngaro
ISL islandés
IND indio
IDN indonesio
IRN iraní
IRQ iraquí
IRL irlandés
ISR israelí
ITA italiano
JPN japonés
JOR jordano
KAZ kazajo
KEN keniano
KWT kuwaití
KGZ kirguís
LAO laosiano
LVA letón
LBN libanés
LBY libio
LTU lituano
LUX luxemburgués
MYS malasio
MLI maliense
MEX mexicano
MDA moldavo
MNG mongol
MNE montenegrino
MAR marroquí
MMR birmano
NLD neerlandés, holandés
NZL neozelandés
NGA nigeriano
PRK norcoreano
NOR noruego
OMN omaní
PAK pakistaní
PSE palestino
PER peruano
PHL filipino
POL polaco
PRT portugués
QAT catarí
ROU rumano
RUS ruso
RWA ruandés
SAU saudí, saudita
SEN senegalés
SRB serbio
SGP singapurense
SVK eslovaco
SVN esloveno
SOM somalí
ZAF sudafricano
KOR surcoreano, coreano
SSD sursudanés
ESP español
LKA esrilanqués
SDN sudanés
SWE sueco
CHE suizo
SYR sirio
TWN taiwanés
TJK tayiko
TZA tanzano
THA tailandés
TUN tunecino
TUR turco
TKM turcomano, turkmeno
UKR ucraniano
ARE emiratí
GBR británico
USA estadounidense, norteamericano
UZB uzbeko
VEN venezolano
VNM vietnamita
YEM yemení
NER nigerino
DOM dominicano
ECU ecuatoriano
URY uruguayo
PRY paraguayo
BOL boliviano
CMR camerunés
CIV marfileño
UGA ugandés
NPL nepalí
MLT maltés
ZWE zimbabuense
XKX kosovar
""",
    # Only forms that are not "<Turkish name> + lı/li/lu/lü" (derived).
    "tr": """
AFG Afgan
ALB Arnavut
ARM Ermeni
AZE Azeri
BLR Beyaz Rus
BIH Boşnak
BGR Bulgar
CZE Çek
FIN Fin
FRA Fransız
GEO Gürcü
DEU Alman
GRC Yunan
HUN Macar
IND Hint, Hintli
ITA İtalyan
JPN Japon
KAZ Kazak
KGZ Kırgız
MNG Moğol
POL Polonyalı, Leh
PSE Filistinli
ROU Rumen
RUS Rus
SAU Suudi
SRB Sırp
SVK Slovak
SVN Sloven
ESP İspanyol
TJK Tacik
THA Tay
TUR Türk
TKM Türkmen
GBR İngiliz, Britanyalı
USA Amerikan, Amerikalı
UZB Özbek
HRV Hırvat
KOR Koreli
""",
    # Russian adjectives in -ий/-ой; all case and gender forms are derived.
    "ru": """
AFG афганский
ALB албанский
DZA алжирский
AGO ангольский
ARG аргентинский
ARM армянский
AUS австралийский
AUT австрийский
AZE азербайджанский
BHR бахрейнский
BGD бангладешский
BLR белорусский
BEL бельгийский
BIH боснийский
BRA бразильский
BGR болгарский
KHM камбоджийский
CAN канадский
CHL чилийский
CHN китайский
COL колумбийский
HRV хорватский
CUB кубинский
CYP кипрский
CZE чешский
DNK датский
EGY египетский
EST эстонский
ETH эфиопский
FIN финский, финляндский
FRA французский
GEO грузинский
DEU немецкий, германский
GHA ганский
GRC греческий
HUN венгерский
ISL исландский
IND индийский
IDN индонезийский
IRN иранский
IRQ иракский
IRL ирландский
ISR израильский
ITA итальянский
JPN японский
JOR иорданский
KAZ казахстанский, казахский
KEN кенийский
KWT кувейтский
KGZ киргизский, кыргызский, киргизстанский
LAO лаосский
LVA латвийский, латышский
LBN ливанский
LBY ливийский
LTU литовский
LUX люксембургский
MYS малайзийский
MLI малийский
MEX мексиканский
MDA молдавский, молдовский
MNG монгольский
MNE черногорский
MAR марокканский
MMR мьянманский
NLD нидерландский, голландский
NZL новозеландский
NGA нигерийский
PRK северокорейский
MKD северомакедонский
NOR норвежский
OMN оманский
PAK пакистанский
PSE палестинский
PER перуанский
PHL филиппинский
POL польский
PRT португальский
QAT катарский
ROU румынский
RUS российский, русский
RWA руандийский
SAU саудовский, саудовскоаравийский
SEN сенегальский
SRB сербский
SGP сингапурский
SVK словацкий
SVN словенский
SOM сомалийский
ZAF южноафриканский
KOR южнокорейский, корейский
SSD южносуданский
ESP испанский
LKA шриланкийский
SDN суданский
SWE шведский
CHE швейцарский
SYR сирийский
TWN тайваньский
TJK таджикский, таджикистанский
TZA танзанийский
THA таиландский, тайский
TUN тунисский
TUR турецкий
TKM туркменский
UKR украинский
ARE эмиратский
GBR британский
USA американский
UZB узбекский, узбекистанский
VEN венесуэльский
VNM вьетнамский
YEM йеменский
NER нигерский
DOM доминиканский
ECU эквадорский
URY уругвайский
PRY парагвайский
BOL боливийский
CMR камерунский
CIV ивуарийский
UGA угандийский
NPL непальский
MLT мальтийский
ZWE зимбабвийский
XKX косовский
""",
    # Only forms that are not "<Persian name> + ی/یی/ای" (derived).
    "fa": """
AFG افغان
ARM ارمنی
BIH بوسنیایی
BGR بلغار
HRV کروات
FRA فرانسوی
GBR انگلیسی
GEO گرجی
HUN مجار
KAZ قزاق
KGZ قرقیز
KOR کره‌ای
PSE فلسطینی
RUS روسی, روس
SAU سعودی
SRB صرب
SYR سوری
TJK تاجیک
TKM ترکمن
TUR ترک, ترکیه‌ای
UZB ازبک
""",
    # Masculine nisba; the feminine in ة is derived, the article ال is
    # handled at lookup time.
    "ar": """
AFG أفغاني
ALB ألباني
DZA جزائري
ARG أرجنتيني
ARM أرميني, أرمني
AUS أسترالي
AUT نمساوي
AZE أذربيجاني, أذري
BHR بحريني
BGD بنغلاديشي
BLR بيلاروسي
BEL بلجيكي
BIH بوسني
BRA برازيلي
BGR بلغاري
CAN كندي
CHN صيني
COL كولومبي
HRV كرواتي
CUB كوبي
CYP قبرصي
CZE تشيكي
DNK دنماركي
EGY مصري
EST إستوني
ETH إثيوبي
FIN فنلندي
FRA فرنسي
GEO جورجي
DEU ألماني
GHA غاني
GRC يوناني
HUN هنغاري, مجري
ISL آيسلندي
IND هندي
IDN إندونيسي
IRN إيراني
IRQ عراقي
IRL أيرلندي
ISR إسرائيلي
ITA إيطالي
JPN ياباني
JOR أردني
KAZ كازاخستاني, كازاخي
KEN كيني
KWT كويتي
KGZ قيرغيزي
LVA لاتفي
LBN لبناني
LBY ليبي
LTU ليتواني
MYS ماليزي
MEX مكسيكي
MDA مولدوفي
MNG منغولي
MAR مغربي
NLD هولندي
NGA نيجيري
PRK كوري شمالي
NOR نرويجي
OMN عماني
PAK باكستاني
PSE فلسطيني
PER بيروفي
PHL فلبيني
POL بولندي
PRT برتغالي
QAT قطري
ROU روماني
RUS روسي
RWA رواندي
SAU سعودي
SEN سنغالي
SRB صربي
SGP سنغافوري
SVK سلوفاكي
SVN سلوفيني
SOM صومالي
ZAF جنوب أفريقي
KOR كوري جنوبي, كوري
SSD جنوب سوداني
ESP إسباني
LKA سريلانكي
SDN سوداني
SWE سويدي
CHE سويسري
SYR سوري
TWN تايواني
TJK طاجيكي
TZA تنزاني
THA تايلاندي
TUN تونسي
TUR تركي
TKM تركماني
UKR أوكراني
ARE إماراتي
GBR بريطاني
USA أمريكي, أميركي
UZB أوزبكي
VEN فنزويلي
VNM فيتنامي
YEM يمني
XKX كوسوفي
""",
}


# ---------------------------------------------------------------------------
# Derivation rules. ``_countries`` indexes these forms below every listed name
# (a derived form never shadows a real one) and drops derived forms that two
# countries share, so the rules only need to be right for the common case.
# ---------------------------------------------------------------------------

GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Russian country adjectives all end in -ский/-цкий (velar stem), so one
# paradigm covers every gender, number and case.
RUSSIAN_ADJECTIVE_ENDINGS = (
    "ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими",
)  # fmt: skip
# Turkish and Azerbaijani -lI follows the last vowel of the name.
TURKIC_HARMONY = {"a": "lı", "ı": "lı", "e": "li", "i": "li", "ə": "li", "o": "lu", "u": "lu",
                  "ö": "lü", "ü": "lü"}  # fmt: skip


def forms_from_name(name: str, language: str) -> tuple[str, ...]:
    """Demonyms and oblique cases derived from a country name in `language`."""
    one_word = " " not in name and "\u200c" not in name and not name.isupper()
    if language in ("tr", "az"):  # Rusya -> Rusyalı, Güney Kore -> Güney Koreli
        words = name.split()
        # Long official names and possessive compounds (Fildişi Sahili) take no suffix.
        if len(words) > 2 or name.isupper() or (len(words) == 2 and name[-1] in "ıiuü"):
            return ()
        vowels = [TURKIC_HARMONY[char] for char in name.lower() if char in TURKIC_HARMONY]
        return (name + vowels[-1],) if vowels else ()
    if language == "fa" and one_word:  # ژاپن -> ژاپنی, آمریکا -> آمریکایی, کره -> کره‌ای
        if name.endswith(("ا", "و")):
            return (name + "یی",)
        if name.endswith("ی"):
            return (name + "ایی",)
        return (name + ("\u200cای" if name.endswith("ه") else "ی"),)
    if language == "de" and one_word and not name.endswith(("s", "x", "z", "ß")):
        return (name + "s",)  # genitive: Russlands, Irans, Frankreichs
    if language == "ru" and one_word:  # Турция -> Турции, Турцию, Турцией
        stem, last = name[:-1], name[-1]
        if name.endswith("ия"):
            return (stem + "и", stem + "ю", stem + "ей")
        if last == "а":
            genitive = "и" if stem[-1:] in ("к", "г", "х", "ж", "ш", "ч", "щ") else "ы"
            return (stem + genitive, stem + "у", stem + "ой", stem + "е")
        if last in "йь":
            return (stem + "я", stem + "ю", stem + "ем", stem + "е")
        if last.isalpha() and last not in "аеёиоуыэюя":
            return (name + "а", name + "у", name + "ом", name + "е")
    return ()


def forms_from_demonym(form: str, language: str) -> tuple[str, ...]:
    """Inflections of a base demonym listed in DEMONYMS."""
    if language == "de":  # russisch -> russische, russischen ...
        return tuple(form + ending for ending in GERMAN_ADJECTIVE_ENDINGS)
    if language == "ru" and form.endswith(("ий", "ой", "ый")):
        return tuple(form[:-2] + ending for ending in RUSSIAN_ADJECTIVE_ENDINGS)
    if language == "fr" and not form.endswith(("s", "x")):
        return (form + "s",)
    if language == "es":  # accents are folded away in keys: alemán + a = alemana
        if form.endswith("o"):
            return (form[:-1] + "a", form + "s", form[:-1] + "as")
        if form.endswith(("a", "e")):
            return (form + "s",)
        if form.endswith(("i", "í")):
            return (form + "es", form + "s")
        return (form + "a", form + "es", form + "as")
    if language == "ar" and form.endswith("ي"):  # روسي -> روسية, كوري جنوبي -> كورية جنوبية
        return (" ".join(word + "ة" if word.endswith("ي") else word for word in form.split()),)
    if language == "en" and form.endswith(("an", "i")):
        return (form + "s",)
    return ()
