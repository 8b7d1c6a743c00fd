// Hindi–English core lexicon for the sentence aligner (issue 4): a few thousand of the most frequent
// words and short terms of general news text (politics, economy, business, energy and climate, science, health,
// sport, travel, culture, disasters, law, technology, places, calendar, units), grouped by theme.
// Written for xalign from general knowledge of news vocabulary; not derived from any evaluation data.
// Format (see docs/lexicon-format.md): one entry per line, `english<TAB>form1|form2|…`;
// '#' lines are comments. The English side is a lower-case lemma or short phrase.
// Verbs and nouns list their inflected forms; चाँद-style chandrabindu spellings also appear with anusvara. Left out on purpose: postpositions and auxiliaries (पर, से, की, गया, दिया) and small number words (the facts engine reads numbers).
export default `
# politics and government
government	सरकार|सरकारें|सरकारों|शासन
governmental	सरकारी
state	राज्य|राज्यों|प्रदेश|प्रदेशों|कहा गया
country	देश|देशों
nation	राष्ट्र|राष्ट्रों
national	राष्ट्रीय
international	अंतरराष्ट्रीय|अंतर्राष्ट्रीय|अंतरराष्ट्रीय स्तर
global	वैश्विक|विश्वव्यापी
world	दुनिया|विश्व|जगत
president	राष्ट्रपति|अध्यक्ष
vice president	उपराष्ट्रपति|उपाध्यक्ष
prime minister	प्रधानमंत्री|प्रधान मंत्री
minister	मंत्री|मंत्रियों
ministry	मंत्रालय|मंत्रालयों
deputy	उप|उपमंत्री
cabinet	मंत्रिमंडल|कैबिनेट
parliament	संसद|पार्लियामेंट
congress	कांग्रेस
senate	सीनेट
senator	सीनेटर
lawmaker	सांसद|सांसदों|विधायक|विधायकों
member of parliament	सांसद|सांसदों
assembly	विधानसभा|सभा
council	परिषद
committee	समिति|समितियों|कमेटी
commission	आयोग|कमीशन
election	चुनाव|चुनावों|निर्वाचन
vote	वोट|वोटों|मतदान|मत|मतदान किया|वोट दिया|वोट डाले
voter	मतदाता|मतदाताओं|वोटर
candidate	उम्मीदवार|उम्मीदवारों|प्रत्याशी
campaign	अभियान|प्रचार|चुनाव प्रचार
party	पार्टी|दल|दलों|पार्टियों|दावत
political party	राजनीतिक दल|राजनीतिक पार्टी
politics	राजनीति
political	राजनीतिक|सियासी
politician	राजनेता|नेता|राजनीतिज्ञ
leader	नेता|नेताओं|नेतृत्वकर्ता
leadership	नेतृत्व
opposition	विपक्ष|विपक्षी|विरोध
democracy	लोकतंत्र|प्रजातंत्र
democratic	लोकतांत्रिक|डेमोक्रेटिक
republic	गणराज्य|गणतंत्र
republican	रिपब्लिकन
democrat	डेमोक्रेट|डेमोक्रेट्स
communist	कम्युनिस्ट|साम्यवादी
socialist	समाजवादी
conservative	रूढ़िवादी|कंजर्वेटिव
liberal	उदारवादी|लिबरल
king	राजा|सम्राट
queen	रानी|महारानी
prince	राजकुमार
princess	राजकुमारी
royal	शाही
monarchy	राजशाही
emperor	सम्राट|बादशाह
empire	साम्राज्य
governor	राज्यपाल|गवर्नर
mayor	मेयर|महापौर
chief minister	मुख्यमंत्री
official	अधिकारी|अधिकारियों|आधिकारिक
officially	आधिकारिक तौर पर|औपचारिक रूप से
authority	प्राधिकरण|अधिकार|प्रशासन
authorities	अधिकारियों|प्रशासन
administration	प्रशासन
agency	एजेंसी|एजेंसियों|संस्था
department	विभाग|विभागों
office	कार्यालय|दफ्तर|ऑफिस|दफ़्तर
spokesman	प्रवक्ता
spokesperson	प्रवक्ता
ambassador	राजदूत
embassy	दूतावास
consulate	वाणिज्य दूतावास
diplomat	राजनयिक
diplomatic	राजनयिक|कूटनीतिक
diplomacy	कूटनीति
foreign	विदेशी|विदेश|परदेशी
foreign minister	विदेश मंत्री
foreign affairs	विदेश मामले
foreign ministry	विदेश मंत्रालय
domestic	घरेलू
interior	आंतरिक|गृह
home minister	गृह मंत्री
finance minister	वित्त मंत्री
defence minister	रक्षा मंत्री
policy	नीति|नीतियों|पॉलिसी
reform	सुधार|सुधारों
law	कानून|कानूनों|विधि
bill	विधेयक|बिल
legislation	कानून|विधान
constitution	संविधान
constitutional	संवैधानिक
regulation	नियम|विनियमन|नियमों
rule	नियम|नियमों|शासन|शासन किया
sovereignty	संप्रभुता
independence	आजादी|आज़ादी|स्वतंत्रता
independent	स्वतंत्र|निर्दलीय
freedom	स्वतंत्रता|आजादी|आज़ादी
rights	अधिकार|अधिकारों|हक|दाएं|दाईं|दायें
human rights	मानवाधिकार|मानव अधिकार|मानवाधिकारों
citizen	नागरिक|नागरिकों
citizenship	नागरिकता
people	लोग|लोगों|जनता|जन
public	जनता|सार्वजनिक|आम
population	आबादी|जनसंख्या
society	समाज
social	सामाजिक
community	समुदाय|समुदायों|समाज
protest	विरोध|विरोध प्रदर्शन|प्रदर्शन|प्रदर्शनों|विरोध प्रदर्शन किया
protester	प्रदर्शनकारी|प्रदर्शनकारियों
demonstration	प्रदर्शन
rally	रैली|रैलियों
strike	हड़ताल|हमला
crisis	संकट
summit	शिखर सम्मेलन|समिट|चोटी|शिखर
conference	सम्मेलन|कॉन्फ्रेंस
meeting	बैठक|बैठकों|मुलाकात
talks	वार्ता|बातचीत
negotiation	वार्ता|बातचीत
agreement	समझौता|समझौते|करार
treaty	संधि
deal	सौदा|समझौता|सौदे
sanction	प्रतिबंध|प्रतिबंधों
ban	प्रतिबंध|रोक|पाबंदी|प्रतिबंधित
alliance	गठबंधन|संधि
ally	सहयोगी|मित्र देश
coalition	गठबंधन
union	संघ|यूनियन
federal	संघीय|फेडरल
federation	महासंघ|संघ
province	प्रांत|प्रांतों
provincial	प्रांतीय
district	जिला|जिले|जिलों|ज़िला
region	क्षेत्र|क्षेत्रों|इलाका
regional	क्षेत्रीय
local	स्थानीय
city	शहर|शहरों|नगर
town	कस्बा|कस्बे|शहर
village	गांव|गाँव|गांवों|गाँवों|ग्राम
capital	राजधानी|पूंजी|पूँजी
municipal	नगरपालिका|नगर निगम
border	सीमा|सीमाओं|बॉर्डर|सरहद
territory	क्षेत्र|इलाका|भूभाग|भूक्षेत्र
immigration	आप्रवासन|अप्रवास
immigrant	आप्रवासी|अप्रवासी
migrant	प्रवासी|प्रवासियों
refugee	शरणार्थी|शरणार्थियों
asylum	शरण
visa	वीजा|वीज़ा
passport	पासपोर्ट
referendum	जनमत संग्रह
majority	बहुमत
minority	अल्पसंख्यक
seat	सीट|सीटों
term	कार्यकाल|शब्द
resign	इस्तीफा|इस्तीफ़ा|इस्तीफा देना|इस्तीफा दिया
resignation	इस्तीफा|इस्तीफ़ा|इस्तीफे
appoint	नियुक्त|नियुक्ति
elect	चुना|चुने|चुनी|निर्वाचित|चुने गए|चुनी गईं
win election	चुनाव जीता
coup	तख्तापलट
regime	शासन|सत्ता
power	सत्ता|शक्ति|बिजली|ताकत|पावर
corruption	भ्रष्टाचार
scandal	घोटाला|कांड
propaganda	प्रचार
statement	बयान|वक्तव्य
announcement	घोषणा|ऐलान
press conference	संवाददाता सम्मेलन|प्रेस कॉन्फ्रेंस

# economy and finance
economy	अर्थव्यवस्था|अर्थव्यवस्थाओं
economic	आर्थिक
economist	अर्थशास्त्री|अर्थशास्त्रियों
economics	अर्थशास्त्र
growth	वृद्धि|विकास|बढ़ोतरी|ग्रोथ
development	विकास
recession	मंदी
inflation	महंगाई|मुद्रास्फीति|महँगाई
deflation	अपस्फीति
interest rate	ब्याज दर|ब्याज दरों
interest	ब्याज|रुचि|दिलचस्पी|रोचक|दिलचस्प
rate	दर|दरों|चूहा|चूहे
price	कीमत|कीमतों|दाम|मूल्य
cost	लागत|खर्च|कीमत
expensive	महंगा|महंगी|महंगे|महँगा|महँगी|महँगे
cheap	सस्ता|सस्ती|सस्ते
market	बाजार|बाज़ार|बाजारों|बाज़ारों|मार्केट
stock market	शेयर बाजार|शेयर बाज़ार
stock	शेयर|स्टॉक|भंडार
share	शेयर|शेयरों|हिस्सा|हिस्सेदारी|साझा
shareholder	शेयरधारक|शेयरधारकों
investor	निवेशक|निवेशकों
investment	निवेश
invest	निवेश|निवेश किया|निवेश करेगी|निवेश करेगा|निवेश करना
bank	बैंक|बैंकों
central bank	केंद्रीय बैंक|सेंट्रल बैंक
reserve bank	रिजर्व बैंक|रिज़र्व बैंक
banking	बैंकिंग
finance	वित्त|फाइनेंस|फ़ाइनेंस
financial	वित्तीय
fiscal	राजकोषीय
budget	बजट
tax	टैक्स|करों|टैक्सों
taxpayer	करदाता|करदाताओं
tariff	टैरिफ|शुल्क
duty	शुल्क|ड्यूटी|कर्तव्य
customs	सीमा शुल्क|कस्टम
revenue	राजस्व|आय|कमाई|रेवेन्यू
income	आय|आमदनी|कमाई
profit	मुनाफा|मुनाफ़ा|लाभ|प्रॉफिट
loss	घाटा|नुकसान|हानि
debt	कर्ज|कर्ज़|ऋण
loan	ऋण|लोन|कर्ज|कर्ज़
credit	क्रेडिट|ऋण|साख
deficit	घाटा
surplus	अधिशेष|सरप्लस
currency	मुद्रा
money	पैसा|पैसे|धन|रकम
cash	नकद|नकदी|कैश
fund	कोष|फंड|निधि
funding	वित्त पोषण|फंडिंग|धन
asset	संपत्ति|परिसंपत्ति
wealth	धन|संपत्ति|दौलत
rich	अमीर|धनी|समृद्ध
poor	गरीब
poverty	गरीबी
salary	वेतन|तनख्वाह|सैलरी
wage	मजदूरी|मज़दूरी|वेतन
pension	पेंशन
employment	रोजगार|रोज़गार
unemployment	बेरोजगारी|बेरोज़गारी
job	नौकरी|नौकरियों|रोजगार|काम
worker	कर्मचारी|कर्मचारियों|मजदूर|मज़दूर|श्रमिक|श्रमिकों|कामगार
employee	कर्मचारी|कर्मचारियों
employer	नियोक्ता
labour	श्रम|मजदूर
trade	व्यापार|कारोबार|ट्रेड|व्यापार करना
trade war	व्यापार युद्ध
export	निर्यात|निर्यात किया
import	आयात
exporter	निर्यातक
goods	माल|वस्तुएं|वस्तुएँ|सामान
product	उत्पाद|उत्पादों|प्रोडक्ट
production	उत्पादन
output	उत्पादन|आउटपुट
produce	उत्पादन|पैदा|बनाता|बनाती|बनाते
supply	आपूर्ति|सप्लाई
demand	मांग|माँग|मांग की
supply chain	आपूर्ति श्रृंखला|सप्लाई चेन
consumer	उपभोक्ता|उपभोक्ताओं
consumption	खपत|उपभोग
spending	खर्च|व्यय
sale	बिक्री
sell	बेचना|बेचा|बेची|बेचे|बेचने|बेचता|बेचती|बेचते|बेचेगा|बेचेगी
buy	खरीदना|खरीदा|खरीदी|खरीदे|खरीदने|खरीदता|खरीदती|खरीदते|ख़रीदा|ख़रीदने
purchase	खरीद|ख़रीद|खरीदारी
pay	भुगतान|चुकाना|देना|चुकाया
payment	भुगतान|पेमेंट
subsidy	सब्सिडी|अनुदान
grant	अनुदान
aid	सहायता|मदद
industry	उद्योग|उद्योगों|इंडस्ट्री
industrial	औद्योगिक
sector	क्षेत्र|सेक्टर
manufacturing	विनिर्माण|मैन्युफैक्चरिंग
manufacturer	निर्माता|निर्माताओं
factory	कारखाना|कारखाने|फैक्ट्री|फ़ैक्टरी|फैक्टरी
plant	संयंत्र|प्लांट|पौधा|पौधे|पौधारोपण|लगाया|पौधों|रोपना|रोपण
agriculture	कृषि|खेती
agricultural	कृषि
farmer	किसान|किसानों
farm	खेत|फार्म
crop	फसल|फसलों|फ़सल
harvest	फसल|कटाई
rice	चावल|धान
wheat	गेहूं|गेहूँ
food	भोजन|खाना|खाद्य
food security	खाद्य सुरक्षा
fishing	मछली पकड़ना|मत्स्य
mining	खनन
mine	खदान|खान
tourism	पर्यटन|टूरिज्म
tourist	पर्यटक|पर्यटकों|सैलानी
real estate	रियल एस्टेट|अचल संपत्ति
property	संपत्ति|प्रॉपर्टी
housing	आवास
rent	किराया
insurance	बीमा
gross domestic product	सकल घरेलू उत्पाद|जीडीपी
quarter	तिमाही|चौथाई
annual	वार्षिक|सालाना
fiscal year	वित्त वर्ष|वित्तीय वर्ष
forecast	अनुमान|पूर्वानुमान
estimate	अनुमान|आकलन
target	लक्ष्य|निशाना
goal	लक्ष्य|उद्देश्य|गोल
plan	योजना|योजनाओं|प्लान|योजना बना रहा|योजना है
project	परियोजना|परियोजनाओं|प्रोजेक्ट
scheme	योजना
program	कार्यक्रम|प्रोग्राम
infrastructure	बुनियादी ढांचा|बुनियादी ढाँचा|इन्फ्रास्ट्रक्चर|अवसंरचना
construction	निर्माण
build	बनाना|बनाया|बनाई|बनाए|बनाने|बनाता|बनाती|बनाते|बनेगा|निर्माण|निर्मित
recovery	सुधार|रिकवरी|बहाली
crash	गिरावट|दुर्घटना|दुर्घटनाग्रस्त
bankruptcy	दिवालियापन|दिवाला
rise	बढ़ोतरी|वृद्धि|बढ़त|उछाल|बढ़कर|बढ़ गया|बढ़ गई|उठना
increase	बढ़ाना|बढ़ा|बढ़ी|बढ़े|बढ़कर|बढ़ने|बढ़ाने|बढ़ता|बढ़ती|बढ़ोतरी|वृद्धि
decrease	कमी|घटना|घटा|घटी|घटकर|घटाने
fall	गिरावट|गिरा|गिरी|गिरे|गिरकर|गिरने|गिरना|गिर गया
decline	गिरावट|कमी
reduce	कम करना|कम किया|घटाना
cut	कटौती|काटा|काटना|प्यारा|प्यारी
double	दोगुना|दोगुनी|दोगुने|दुगना
triple	तिगुना
record	रिकॉर्ड|कीर्तिमान|दर्ज|अभिलेख
level	स्तर
total	कुल|संपूर्ण
average	औसत|मामूली
percent	प्रतिशत|फीसदी|फ़ीसदी|परसेंट
value	मूल्य|कीमत
worth	मूल्य|कीमत

# business and companies
company	कंपनी|कंपनियों|कंपनियां|कंपनियाँ|कम्पनी
business	व्यापार|व्यवसाय|कारोबार|बिजनेस|बिज़नेस
businessman	व्यवसायी|कारोबारी|उद्योगपति
entrepreneur	उद्यमी
enterprise	उद्यम|उपक्रम
firm	फर्म|फ़र्म|कंपनी
group	समूह|ग्रुप
corporation	निगम|कॉर्पोरेशन
state-owned	सरकारी|राज्य के स्वामित्व
private	निजी|प्राइवेट
public sector	सार्वजनिक क्षेत्र
private sector	निजी क्षेत्र
chief executive	मुख्य कार्यकारी|सीईओ
director	निदेशक|निर्देशक|डायरेक्टर
chairman	अध्यक्ष|चेयरमैन
board	बोर्ड|मंडल|सवार|सवार होना
manager	प्रबंधक|मैनेजर
management	प्रबंधन|मैनेजमेंट
owner	मालिक|स्वामी
founder	संस्थापक
partner	साझेदार|भागीदार|पार्टनर
partnership	साझेदारी|भागीदारी
cooperation	सहयोग
cooperate	सहयोग करना|सहयोग
merger	विलय
acquisition	अधिग्रहण
acquire	अधिग्रहण|खरीदा
contract	अनुबंध|करार|ठेका|कॉन्ट्रैक्ट
customer	ग्राहक|ग्राहकों
client	ग्राहक|क्लाइंट
service	सेवा|सेवाओं|सर्विस
brand	ब्रांड
retail	खुदरा|रिटेल
wholesale	थोक
store	स्टोर|दुकान
shop	दुकान|दुकानों|खरीदारी|ख़रीदारी|शॉपिंग
restaurant	रेस्तरां|रेस्टोरेंट|रेस्तराँ
hotel	होटल|होटलों
startup	स्टार्टअप
billionaire	अरबपति
millionaire	करोड़पति|लखपति
advertising	विज्ञापन
report	रिपोर्ट|रिपोर्टों|प्रतिवेदन
data	आंकड़े|आँकड़े|आंकड़ों|आँकड़ों|डेटा|डाटा
statistics	आंकड़े|आँकड़े|सांख्यिकी
survey	सर्वेक्षण|सर्वे
poll	सर्वेक्षण|सर्वे|मतदान

# technology
technology	प्रौद्योगिकी|तकनीक|टेक्नोलॉजी|तकनीकी
technical	तकनीकी
tech	टेक|तकनीक
internet	इंटरनेट
online	ऑनलाइन
website	वेबसाइट
computer	कंप्यूटर|कम्प्यूटर
software	सॉफ्टवेयर|सॉफ़्टवेयर
hardware	हार्डवेयर
phone	फोन|फ़ोन
smartphone	स्मार्टफोन|स्मार्टफ़ोन
mobile	मोबाइल
app	ऐप|एप
application	आवेदन|एप्लिकेशन
network	नेटवर्क
digital	डिजिटल
data center	डेटा सेंटर
artificial intelligence	कृत्रिम बुद्धिमत्ता|आर्टिफिशियल इंटेलिजेंस
robot	रोबोट
chip	चिप
semiconductor	सेमीकंडक्टर|अर्धचालक
electronics	इलेक्ट्रॉनिक्स
electronic	इलेक्ट्रॉनिक
device	उपकरण|डिवाइस
machine	मशीन|यंत्र
equipment	उपकरण|उपकरणों
system	प्रणाली|व्यवस्था|सिस्टम|तंत्र
platform	मंच|प्लेटफॉर्म|प्लेटफ़ॉर्म|प्लेटफार्म
social media	सोशल मीडिया
user	उपयोगकर्ता|उपयोगकर्ताओं|यूजर|यूज़र
account	खाता|खाते|अकाउंट
password	पासवर्ड
cyber attack	साइबर हमला
hacker	हैकर|हैकरों
security	सुरक्षा
privacy	निजता|गोपनीयता
satellite	उपग्रह|सैटेलाइट
innovation	नवाचार|इनोवेशन
invention	आविष्कार
inventor	आविष्कारक
engineer	इंजीनियर|अभियंता
engineering	इंजीनियरिंग|अभियांत्रिकी
telecommunications	दूरसंचार
broadband	ब्रॉडबैंड
video	वीडियो
camera	कैमरा
photo	फोटो|फ़ोटो|तस्वीर|तस्वीरें|तस्वीरों
image	छवि|तस्वीर
screen	स्क्रीन
battery	बैटरी
code	कोड
program code	प्रोग्राम
search engine	सर्च इंजन
email	ईमेल
message	संदेश|मैसेज
information	जानकारी|सूचना
research	अनुसंधान|शोध|रिसर्च
researcher	शोधकर्ता|शोधकर्ताओं|अनुसंधानकर्ता

# energy
energy	ऊर्जा|एनर्जी
electricity	बिजली|विद्युत
power plant	बिजली संयंत्र|पावर प्लांट|बिजलीघर
power station	बिजलीघर|पावर स्टेशन
grid	ग्रिड
oil	तेल|कच्चा तेल
crude oil	कच्चा तेल
gas	गैस
natural gas	प्राकृतिक गैस
petrol	पेट्रोल
diesel	डीजल|डीज़ल
fuel	ईंधन
fossil fuel	जीवाश्म ईंधन
coal	कोयला|कोयले
nuclear	परमाणु|न्यूक्लियर
nuclear power	परमाणु ऊर्जा
renewable	नवीकरणीय|अक्षय
renewable energy	नवीकरणीय ऊर्जा|अक्षय ऊर्जा
solar	सौर|सोलर
solar power	सौर ऊर्जा
solar panel	सोलर पैनल|सौर पैनल
wind	हवा|पवन
wind power	पवन ऊर्जा
hydropower	जलविद्युत|पनबिजली
dam	बांध|बाँध
hydrogen	हाइड्रोजन
green hydrogen	हरित हाइड्रोजन|ग्रीन हाइड्रोजन
green	हरा|हरी|हरे|हरित|ग्रीन
clean energy	स्वच्छ ऊर्जा
clean	स्वच्छ|साफ|सफाई|सफ़ाई
pipeline	पाइपलाइन
refinery	रिफाइनरी
electric vehicle	इलेक्ट्रिक वाहन
electric	बिजली|इलेक्ट्रिक|विद्युत
capacity	क्षमता
efficiency	दक्षता

# climate and environment
climate	जलवायु
climate change	जलवायु परिवर्तन
global warming	ग्लोबल वार्मिंग
environment	पर्यावरण
environmental	पर्यावरणीय|पर्यावरण
emission	उत्सर्जन
carbon	कार्बन
carbon dioxide	कार्बन डाइऑक्साइड
greenhouse gas	ग्रीनहाउस गैस
net zero	नेट जीरो|शुद्ध शून्य
carbon neutrality	कार्बन तटस्थता
pollution	प्रदूषण
air pollution	वायु प्रदूषण
waste	कचरा|अपशिष्ट
plastic	प्लास्टिक
recycling	पुनर्चक्रण|रीसाइक्लिंग
forest	जंगल|वन|जंगलों
deforestation	वनों की कटाई
tree	पेड़|वृक्ष|पेड़ों
nature	प्रकृति
natural	प्राकृतिक
wildlife	वन्यजीव
species	प्रजाति|प्रजातियों|जाति
animal	जानवर|जानवरों|पशु|जीव|प्राणी|जीव-जंतु
bird	पक्षी|पक्षियों|चिड़िया
fish	मछली|मछलियों|मछलियां|मछलियाँ
biodiversity	जैव विविधता
extinction	विलुप्ति|विलुप्त
endangered	लुप्तप्राय|संकटग्रस्त
conservation	संरक्षण
protect	रक्षा|संरक्षण|बचाना|बचाने|सुरक्षित रखना
water	पानी|जल|पानी देना|सींचना|सिंचाई
ocean	महासागर|समुद्र
sea	समुद्र|सागर
sea level	समुद्र स्तर|समुद्र का स्तर|समुद्र तल
river	नदी|नदियों
lake	झील
mountain	पहाड़|पर्वत|पहाड़ों
island	द्वीप|टापू
coast	तट|समुद्र तट
beach	समुद्र तट|बीच|तट
desert	रेगिस्तान|मरुस्थल
land	भूमि|जमीन|ज़मीन|उतरा|लैंडिंग|उतरना|उतरी|उतरे|लैंड
soil	मिट्टी
air	हवा|वायु
weather	मौसम
temperature	तापमान
heat	गर्मी|ताप
heatwave	लू|गर्मी की लहर|हीटवेव
cold	ठंड|ठंडा|ठंडी|सर्दी|जुकाम
rain	बारिश|वर्षा
monsoon	मानसून
snow	बर्फ|बर्फबारी|हिमपात
ice	बर्फ|बर्फ़
glacier	हिमनद|ग्लेशियर
season	मौसम|ऋतु|सीजन|सीज़न
summer	गर्मी|गर्मियों|ग्रीष्म
winter	सर्दी|सर्दियों|शीतकाल
spring	वसंत|बसंत|झरना|सोता
autumn	शरद|पतझड़
drought	सूखा

# science and space
science	विज्ञान
scientific	वैज्ञानिक
scientist	वैज्ञानिक|वैज्ञानिकों
study	अध्ययन|पढ़ाई|अध्ययन किया|पढाई|पढ़ना|पढना|पढ़ते|पढते|पढ़ा|पढा
experiment	प्रयोग
discovery	खोज
discover	खोजा|खोज|पता लगाया
theory	सिद्धांत
evidence	सबूत|साक्ष्य|प्रमाण
physics	भौतिकी|भौतिक विज्ञान
chemistry	रसायन विज्ञान|रसायन
mathematics	गणित
astronomy	खगोल विज्ञान
space	अंतरिक्ष|स्थान|जगह
universe	ब्रह्मांड
planet	ग्रह
earth	पृथ्वी|धरती
moon	चंद्रमा|चांद|चाँद
sun	सूर्य|सूरज
mars	मंगल|मंगल ग्रह
star	तारा|तारे|सितारा|स्टार|घूरना
galaxy	आकाशगंगा
rocket	रॉकेट
astronaut	अंतरिक्ष यात्री
launch	प्रक्षेपण|लॉन्च|शुरू
spacecraft	अंतरिक्ष यान
space station	अंतरिक्ष स्टेशन
mission	मिशन|अभियान
orbit	कक्षा
telescope	दूरबीन|टेलीस्कोप
gravity	गुरुत्वाकर्षण
atom	परमाणु
molecule	अणु
cell	कोशिका|सेल
gene	जीन
dna	डीएनए
fossil	जीवाश्म
dinosaur	डायनासोर
evolution	विकास|क्रमिक विकास
laboratory	प्रयोगशाला|लैब
biology	जीव विज्ञान

# health and medicine
health	स्वास्थ्य|सेहत
healthcare	स्वास्थ्य सेवा|स्वास्थ्य देखभाल
public health	सार्वजनिक स्वास्थ्य|जन स्वास्थ्य
medical	चिकित्सा|मेडिकल
medicine	दवा|दवाई|दवाओं|चिकित्सा
drug	दवा|दवाओं|ड्रग्स|नशीली दवा|मादक पदार्थ
doctor	डॉक्टर|चिकित्सक|डॉक्टरों|चिकित्सकों
nurse	नर्स|परिचारिका
patient	मरीज|मरीज़|मरीजों|मरीज़ों|रोगी|रोगियों|धैर्यवान|धैर्य
hospital	अस्पताल|अस्पतालों
clinic	क्लिनिक|दवाखाना
disease	बीमारी|रोग|बीमारियों|रोगों
illness	बीमारी
sick	बीमार
infection	संक्रमण
infected	संक्रमित
virus	वायरस|विषाणु
bacteria	बैक्टीरिया|जीवाणु
pandemic	महामारी
epidemic	महामारी
outbreak	प्रकोप
coronavirus	कोरोना वायरस|कोरोनावायरस|कोरोना
covid	कोविड
vaccine	टीका|वैक्सीन|टीके
vaccination	टीकाकरण
test	परीक्षण|जांच|जाँच|टेस्ट|परीक्षा|परीक्षण किया
treatment	इलाज|उपचार
treat	इलाज|उपचार
symptom	लक्षण|लक्षणों
cancer	कैंसर
diabetes	मधुमेह|डायबिटीज
heart	दिल|हृदय
heart attack	दिल का दौरा|हार्ट अटैक
brain	मस्तिष्क|दिमाग|दिमाग़
blood	खून|रक्त
body	शरीर|शव
mental health	मानसिक स्वास्थ्य
malaria	मलेरिया
tuberculosis	तपेदिक|टीबी
flu	फ्लू|इन्फ्लूएंजा
bird flu	बर्ड फ्लू
obesity	मोटापा
smoking	धूम्रपान
alcohol	शराब|अल्कोहल
surgery	सर्जरी|शल्य चिकित्सा|ऑपरेशन
injury	चोट
injured	घायल|जख्मी|ज़ख्मी
wounded	घायल|घाव|जख्म|ज़ख़्म|ज़ख्म
death	मौत|मृत्यु
dead	मृत|मरे
die	मरना|मरा|मरी|मरे|मरने|मौत हो गई|मृत्यु हो गई|निधन|देहांत
kill	मारना|मारा|मारे|मारी|मार डाला|हत्या|हत्या कर दी
killed	मारे गए|मारा गया|मौत
victim	पीड़ित|पीड़ितों|शिकार
survivor	बचे लोगों|जीवित बचे
survive	बचा|बच गया|जीवित
life	जीवन|जिंदगी|ज़िंदगी|जान
life expectancy	जीवन प्रत्याशा
birth	जन्म
born	जन्म|पैदा
pregnant	गर्भवती
nutrition	पोषण
hunger	भूख|भुखमरी
famine	अकाल
medication	दवा
pharmaceutical	दवा|फार्मा
world health organization	विश्व स्वास्थ्य संगठन

# disasters and accidents
disaster	आपदा|आपदाओं
natural disaster	प्राकृतिक आपदा
earthquake	भूकंप|भूचाल
tsunami	सुनामी
flood	बाढ़
landslide	भूस्खलन
storm	तूफान|तूफ़ान|आंधी|आँधी
hurricane	तूफान|तूफ़ान|हरिकेन
typhoon	तूफान|टाइफून
cyclone	चक्रवात
tornado	बवंडर|टॉर्नेडो
volcano	ज्वालामुखी
eruption	विस्फोट|उद्गार
fire	आग|अग्नि|बर्खास्त|निकाला
wildfire	जंगल की आग|दावानल
explosion	विस्फोट|धमाका
blast	धमाका|विस्फोट
accident	दुर्घटना|हादसा|हादसे
collision	टक्कर
collapse	ढहना|ढह गया|गिर गई
rescue	बचाव|बचाया
rescuer	बचावकर्मी
emergency	आपातकाल|आपात|इमरजेंसी
state of emergency	आपातकाल
evacuate	खाली कराया|निकाला
evacuation	निकासी
missing	लापता|याद आना|याद
damage	नुकसान|क्षति
destroy	नष्ट|तबाह|नष्ट कर दिया|तबाह कर दिया
destruction	विनाश|तबाही
relief	राहत
shelter	आश्रय|शरण
warning	चेतावनी
alert	अलर्ट|चेतावनी
risk	खतरा|ख़तरा|जोखिम
danger	खतरा|ख़तरा
dangerous	खतरनाक|ख़तरनाक
safe	सुरक्षित|महफूज
safety	सुरक्षा
magnitude	तीव्रता
epicentre	केंद्र|भूकंप का केंद्र
aftershock	झटके|आफ्टरशॉक
toll	संख्या|मृतकों की संख्या
death toll	मृतकों की संख्या|मरने वालों की संख्या
homeless	बेघर

# law, crime and justice
court	अदालत|न्यायालय|कोर्ट|अदालतों
supreme court	सुप्रीम कोर्ट|उच्चतम न्यायालय|सर्वोच्च न्यायालय
high court	हाईकोर्ट|हाई कोर्ट|उच्च न्यायालय
judge	न्यायाधीश|जज|न्यायमूर्ति|आंकना|निर्णय
justice	न्याय
judicial	न्यायिक
lawyer	वकील|वकीलों|अधिवक्ता
prosecutor	अभियोजक|अभियोजन पक्ष
trial	मुकदमा|मुक़दमा|सुनवाई
case	मामला|मामले|मामलों|केस
hearing	सुनवाई|सुनने|श्रवण
verdict	फैसला|फ़ैसला|निर्णय
ruling	फैसला|फ़ैसला|निर्णय
sentence	सजा|सज़ा|वाक्य
sentenced	सजा सुनाई|दोषी ठहराया
prison	जेल|कारागार
jail	जेल
prisoner	कैदी|क़ैदी|बंदी
death penalty	मृत्युदंड|फांसी|फाँसी
fine	जुर्माना|ठीक
crime	अपराध|अपराधों|जुर्म
criminal	अपराधी|आपराधिक
police	पुलिस
police officer	पुलिसकर्मी|पुलिस अधिकारी
arrest	गिरफ्तार|गिरफ़्तार|गिरफ्तारी|गिरफ़्तारी
suspect	संदिग्ध|संदिग्धों|आरोपी
accused	आरोपी|अभियुक्त
charge	आरोप|आरोपों|शुल्क|आरोप लगाए
allegation	आरोप|आरोपों
accuse	आरोप लगाया|आरोप लगाना
guilty	दोषी
innocent	निर्दोष|बेगुनाह
investigation	जांच|जाँच|तहकीकात
investigate	जांच|जाँच|जांच कर रही|जांच की
investigator	जांचकर्ता|जाँचकर्ता
witness	गवाह
murder	हत्या|कत्ल|क़त्ल
murderer	हत्यारा
shooting	गोलीबारी|फायरिंग|निशानेबाजी|निशानेबाज़ी
gun	बंदूक|बंदूकों
weapon	हथियार|हथियारों
theft	चोरी
robbery	डकैती|लूट
fraud	धोखाधड़ी|घोटाला
bribery	रिश्वत|रिश्वतखोरी
smuggling	तस्करी
trafficking	तस्करी
violence	हिंसा
violent	हिंसक
abuse	दुर्व्यवहार|शोषण
rape	बलात्कार|दुष्कर्म
kidnapping	अपहरण
hostage	बंधक|बंधकों
terrorism	आतंकवाद
terrorist	आतंकवादी|आतंकी|आतंकवादियों
attack	हमला|हमले|हमलों|आक्रमण|हमला किया|हमला कर
bomb	बम
lawsuit	मुकदमा|मुक़दमा
sue	मुकदमा दायर|मुकदमा
appeal	अपील
legal	कानूनी|वैध
illegal	अवैध|गैरकानूनी|ग़ैरक़ानूनी
order	आदेश|ऑर्डर|क्रम|मंगाना
warrant	वारंट
bail	जमानत|ज़मानत
release	रिहा|रिहाई|जारी|छोड़ा
detain	हिरासत|हिरासत में लिया
custody	हिरासत

# military and conflict
war	युद्ध|जंग
military	सेना|सैन्य
army	सेना|थलसेना|फौज|फ़ौज
navy	नौसेना
air force	वायुसेना|वायु सेना
soldier	सैनिक|सैनिकों|जवान|जवानों|सिपाही
troops	सैनिक|सैनिकों|सेना
force	बल|सेना
defence	रक्षा
security forces	सुरक्षा बल|सुरक्षाबलों
fighting	लड़ाई|संघर्ष
fight	लड़ना|लड़ाई|लड़े|लड़ रहे
battle	लड़ाई|युद्ध
conflict	संघर्ष|टकराव|विवाद
dispute	विवाद
tension	तनाव
peace	शांति|अमन
ceasefire	युद्धविराम|संघर्ष विराम
invasion	आक्रमण|हमला
occupation	कब्जा|क़ब्ज़ा
missile	मिसाइल|प्रक्षेपास्त्र
drone	ड्रोन
tank	टैंक
warship	युद्धपोत
fighter jet	लड़ाकू विमान
nuclear weapon	परमाणु हथियार
airstrike	हवाई हमला|हवाई हमले
rebel	विद्रोही|विद्रोहियों|बागी|बाग़ी
militant	उग्रवादी|आतंकवादी
armed	सशस्त्र|बांह|बाँह|भुजा|हाथ
civilian	नागरिक|नागरिकों|आम लोग
casualty	हताहत
general	जनरल|सामान्य|आम
commander	कमांडर
veteran	पूर्व सैनिक|अनुभवी
victory	जीत|विजय
defeat	हार|पराजय
threat	खतरा|ख़तरा|धमकी
threaten	धमकी|धमकी दी
intelligence	खुफिया|ख़ुफ़िया|बुद्धि|बुद्धिमत्ता
spy	जासूस|जासूसी
nato	नाटो
united nations	संयुक्त राष्ट्र
security council	सुरक्षा परिषद
european union	यूरोपीय संघ

# common verbs (reporting, action, change)
say	कहना|कहा|कही|कहे|कहते|कहती|कहता|कहने|कहेंगे|कहेगा|कहेगी|बताया|बताई|बताते
said	कहा|कही|बताया
tell	बताना|बताया|बताई|बताए|बताने|बताता|बताती|बताते|सुनाना|सुनाई|सुनाया
told	बताया|कहा
speak	बोलना|बोला|बोली|बोले|बोलते|बोलने|बात|बोलता|बोलती
talk	बात|बातचीत|बात की
ask	पूछा|पूछना|पूछे|पूछने|मांगा|पूछी|पूछते
answer	जवाब|उत्तर
reply	जवाब|उत्तर
announce	घोषणा|घोषणा की|ऐलान
declare	घोषित|घोषणा
confirm	पुष्टि|पुष्टि की
deny	खंडन|इनकार|इंकार
reject	खारिज|ख़ारिज|अस्वीकार|ठुकराया
accept	स्वीकार|मान लिया
agree	सहमत|सहमति|राजी
approve	मंजूरी|मंज़ूरी|मंजूर|स्वीकृति|अनुमोदन
support	समर्थन|सहायता|सपोर्ट
oppose	विरोध|विरोध किया
criticize	आलोचना|आलोचना की
criticism	आलोचना
warn	चेतावनी|चेताया
urge	आग्रह|अपील|आह्वान
call for	मांग|आह्वान
promise	वादा|वचन
pledge	संकल्प|वादा|प्रतिज्ञा
commit	प्रतिबद्ध
commitment	प्रतिबद्धता
claim	दावा|दावे
believe	मानना|मानते|मानती|माना|विश्वास
think	सोचना|सोचा|सोचते|सोचती|लगता
know	जानना|जानते|जानती|जाना|पता
understand	समझना|समझा|समझते|समझ
learn	सीखना|सीखा|सीखते
teach	पढ़ाना|सिखाना|पढ़ाते|शिक्षण|पढाना
see	देखना|देखा|देखी|देखे|देखने|देखते|देखती
look	देखना|देखा|देखो|देखी|देखे|देखते|निहारना
watch	देखना|देखा|घड़ी|घडी|देखते
hear	सुनना|सुना|सुनी|सुने|सुनने
show	दिखाना|दिखाया|दिखाती|दिखाते|दिखाई|शो
find	पाया|पाना|मिला|मिली|मिले|खोज
found	पाया गया|मिला|स्थापना|स्थापित
search	खोज|तलाश|खोजना
go	जाना|जाने|जाता|जाती|जाते|जाएगा|जाएगी|जाएंगे
come	आना|आया|आई|आए|आने|आता|आती|आते|आएगा|आएगी|आएंगे
arrive	पहुंचना|पहुंचा|पहुंची|पहुंचे|पहुँचा|पहुँची|पहुँचे
leave	छोड़ना|छोड़ा|छोड़ दिया|रवाना
return	लौटना|लौटा|लौटे|लौटी|वापसी|वापस
travel	यात्रा|सफर|सफ़र
visit	दौरा|यात्रा|दौरे|मुलाकात|दौरा किया|दौरे पर|घूमने|मुलाक़ात
meet	मिलना|मिले|मिली|मुलाकात
move	ले जाना|स्थानांतरित|कदम
send	भेजना|भेजा|भेजी|भेजे|भेजने
receive	प्राप्त|मिला|मिली|मिले
get	मिलना|मिला|मिली|मिले|पाना|प्राप्त
give	देना|देने|देता|देती|देते|देगा|देगी|देंगे
take	लेना|लेने|लेता|लेती|लेते|लेगा
make	बनाना|बनाया|बनाई|बनाए
do	किया|किए|किये|करने|करता|करती|करते|करेगा|करेगी|करेंगे|करें
use	उपयोग|इस्तेमाल|प्रयोग|उपयोग किया
need	जरूरत|ज़रूरत|आवश्यकता|चाहिए
want	चाहना|चाहता|चाहती|चाहते|चाहा
hope	उम्मीद|आशा
expect	उम्मीद|अपेक्षा|संभावना
try	कोशिश|प्रयास
help	मदद|सहायता
work	काम|कार्य|काम करना|काम किया
start	शुरू|शुरुआत|आरंभ
begin	शुरू|आरंभ|प्रारंभ
end	अंत|खत्म|ख़त्म|समाप्त
finish	पूरा|समाप्त|खत्म
complete	पूरा|पूर्ण|संपन्न|संपूर्ण
continue	जारी|जारी रखना
stop	रोकना|रोका|रुका|बंद
close	बंद|करीब|क़रीब
open	खोलना|खोला|खुला|खुली|खोली|खोले
change	बदलाव|परिवर्तन|बदलना|बदला|बदल
create	बनाना|निर्माण|सृजन
develop	विकसित|विकास
improve	सुधार|सुधारना|बेहतर
grow	बढ़ना|बढ़ा|बढ़ी|उगाना|उगाया|उगते|खेती
lose	खोना|खोया|गंवाया|हारना|हार|खो दिया|खोई|खो गया
win	जीतना|जीता|जीती|जीते|जीत
play	खेलना|खेला|खेली|खेले|खेलते|नाटक
pass	पारित|पास
allow	अनुमति|इजाजत|इजाज़त
prevent	रोकना|रोकथाम
cause	कारण|वजह
lead	नेतृत्व|अगुवाई|बढ़त
follow	पालन|अनुसरण|बाद|पीछा करना
join	शामिल|जुड़ना|जुड़े
take part	भाग लेना|हिस्सा लेना|भाग लिया
participate	भाग लेना|हिस्सा लिया
include	शामिल|सम्मिलित
remain	बना हुआ|रहना|बाकी|बाक़ी|अवशेष
stay	रुकना|रहना
live	रहना|रहते|रहती|जीना|लाइव|रहता|निवास
call	बुलाना|कहा जाता|फोन|कॉल|पुकारना|कहलाता
write	लिखना|लिखा|लिखी|लिखे|लिखने|लिखते
read	पढ़ना|पढ़ा|पढ़ी|पढ़ने
publish	प्रकाशित
sign	हस्ताक्षर|संकेत|चिह्न|निशान
choose	चुनना|चुना|चुनी
decide	फैसला|फ़ैसला|तय|निर्णय
decision	फैसला|फ़ैसला|निर्णय
happen	होना|घटना
occur	घटित
become	बनना|बना|बनी|बने|बन गया|हो गया
reach	पहुंचना|पहुंचा|पहुंची|पहुँचा|पहुँची
hold	आयोजित|रखा|पकड़|पकड़ना|पकडना|थामना|थामे
organize	आयोजित|आयोजन
event	कार्यक्रम|घटना|आयोजन|इवेंट
spend	खर्च|बिताया
save	बचाना|बचाया|बचत
provide	प्रदान|उपलब्ध
offer	पेशकश|प्रस्ताव|ऑफर
propose	प्रस्ताव|प्रस्तावित
proposal	प्रस्ताव|प्रस्तावों
suggest	सुझाव|सुझाव दिया
recommend	सिफारिश|सिफ़ारिश
require	आवश्यक|जरूरी|ज़रूरी
consider	विचार|माना|सोच
discuss	चर्चा|विचार विमर्श|चर्चा की|बात की
discussion	चर्चा
describe	वर्णन|बताया
explain	समझाया|स्पष्ट|व्याख्या
mention	उल्लेख|जिक्र|ज़िक्र
add	जोड़ा|जोड़ना|कहा
note	नोट|उल्लेख
measure	मापना|उपाय|कदम|मापा|माप
step	कदम
carry	ले जाना|ढोना|उठाना
fly	उड़ना|उड़ान|मक्खी|मक्खियां
drive	चलाना|ड्राइव
run	चलाना|दौड़|भागना|रन|रनों|दौड़ना|दौडना|दौड|दौड़ा|दौडा|दौड़ी|दौडी|दौड़े|दौडे|भागा|भागे
walk	चलना|पैदल|टहलना
eat	खाना|खाया|खाते
drink	पीना|पिया|पेय
sleep	सोना|नींद
pray	प्रार्थना|दुआ
celebrate	जश्न|मनाया|मनाना
remember	याद|स्मरण
forget	भूलना|भूल गए

# people and family
man	आदमी|पुरुष|व्यक्ति|पुरुषों
woman	महिला|महिलाओं|औरत|स्त्री
child	बच्चा|बच्चे|बच्चों|बच्ची|बालक
children	बच्चे|बच्चों
boy	लड़का|लड़के|लड़कों
girl	लड़की|लड़कियों|लड़कियां|लड़कियाँ
baby	शिशु|बच्चा
family	परिवार|परिवारों|कुटुंब
father	पिता|पिताजी|बाप
mother	मां|माँ|माता
parent	माता-पिता|अभिभावक
son	बेटा|बेटे|पुत्र
daughter	बेटी|बेटियों|पुत्री
brother	भाई
sister	बहन
husband	पति
wife	पत्नी
friend	दोस्त|मित्र|दोस्तों
neighbour	पड़ोसी
youth	युवा|युवाओं|नौजवान
young	युवा|जवान
old	पुराना|पुरानी|पुराने|बूढ़ा|बुजुर्ग|बुज़ुर्ग
elderly	बुजुर्ग|बुज़ुर्ग|वृद्ध
age	उम्र|आयु|युग
year old	वर्षीय|साल|साल के
person	व्यक्ति|शख्स|इंसान
human	मानव|इंसान|मनुष्य
resident	निवासी|निवासियों
crowd	भीड़|जनसमूह|भीड़भाड़|भीडभाड|भीड
fan	प्रशंसक|प्रशंसकों|फैन|पंखा|पंखे|समर्थक
volunteer	स्वयंसेवक
expert	विशेषज्ञ|विशेषज्ञों|जानकार
professor	प्रोफेसर|प्रोफ़ेसर|प्राध्यापक
teacher	शिक्षक|अध्यापक|शिक्षकों
student	छात्र|छात्रों|विद्यार्थी|छात्रा|छात्राओं
journalist	पत्रकार|पत्रकारों
reporter	संवाददाता|रिपोर्टर
writer	लेखक
author	लेखक|लेखिका
artist	कलाकार|कलाकारों
actor	अभिनेता
actress	अभिनेत्री
singer	गायक|गायिका
musician	संगीतकार
player	खिलाड़ी|खिलाड़ियों
athlete	एथलीट|खिलाड़ी
coach	कोच|प्रशिक्षक
pilot	पायलट
driver	चालक|ड्राइवर
passenger	यात्री|यात्रियों
crew	चालक दल|क्रू

# education
education	शिक्षा
school	स्कूल|विद्यालय|स्कूलों
university	विश्वविद्यालय|यूनिवर्सिटी
college	कॉलेज|महाविद्यालय
class	कक्षा|वर्ग|क्लास
exam	परीक्षा
degree	डिग्री|उपाधि
knowledge	ज्ञान|जानकारी
language	भाषा|भाषाओं
english language	अंग्रेजी|अंग्रेज़ी
book	किताब|पुस्तक|किताबों|बुकिंग|आरक्षण
library	पुस्तकालय|लाइब्रेरी

# culture, arts and religion
culture	संस्कृति
cultural	सांस्कृतिक
art	कला
music	संगीत|म्यूजिक
song	गीत|गाना
film	फिल्म|फ़िल्म|फिल्मों|फ़िल्मों|सिनेमा
movie	फिल्म|फ़िल्म
television	टेलीविजन|टेलीविज़न|टीवी
radio	रेडियो
newspaper	अखबार|अख़बार|समाचार पत्र
news	समाचार|खबर|ख़बर|न्यूज
media	मीडिया
magazine	पत्रिका
museum	संग्रहालय|म्यूजियम
exhibition	प्रदर्शनी
festival	त्योहार|त्यौहार|उत्सव|महोत्सव
holiday	छुट्टी|अवकाश
theatre	रंगमंच|थिएटर
history	इतिहास
historic	ऐतिहासिक
heritage	विरासत|धरोहर
world heritage	विश्व धरोहर
tradition	परंपरा|परम्परा
traditional	पारंपरिक|परंपरागत
religion	धर्म
religious	धार्मिक
god	भगवान|ईश्वर|परमेश्वर|खुदा
church	चर्च|गिरजाघर
temple	मंदिर|मंदिरों
mosque	मस्जिद
buddhist	बौद्ध
buddhism	बौद्ध धर्म
islam	इस्लाम
muslim	मुस्लिम|मुसलमान
christian	ईसाई
hindu	हिंदू|हिन्दू
pope	पोप
monk	भिक्षु

# sport
sport	खेल|स्पोर्ट्स|खेलों
football	फुटबॉल
soccer	फुटबॉल
cricket	क्रिकेट
tennis	टेनिस
basketball	बास्केटबॉल
golf	गोल्फ
badminton	बैडमिंटन
boxing	मुक्केबाजी|बॉक्सिंग|डिब्बा|बक्सा|डिब्बे
swimming	तैराकी|तैरना|तैरते
athletics	एथलेटिक्स
race	दौड़|रेस|नस्ल|जाति
marathon	मैराथन
cycling	साइकिलिंग
olympics	ओलंपिक
world cup	विश्व कप
championship	चैंपियनशिप
champion	चैंपियन|विजेता
tournament	टूर्नामेंट
match	मैच|मुकाबला|मुक़ाबला
game	खेल|मैच|गेम
team	टीम|दल|टीमों|टोली
club	क्लब
league	लीग
final	फाइनल|फ़ाइनल|अंतिम
semi-final	सेमीफाइनल
medal	पदक
gold medal	स्वर्ण पदक
silver	चांदी|चाँदी|रजत
bronze	कांस्य|काँस्य
gold	सोना|स्वर्ण|गोल्ड
stadium	स्टेडियम
score	स्कोर|अंक|गोल किया
point	अंक|बिंदु
prize	पुरस्कार|इनाम
award	पुरस्कार|अवॉर्ड|सम्मान
nobel prize	नोबेल पुरस्कार
competition	प्रतियोगिता|मुकाबला|प्रतिस्पर्धा
opponent	प्रतिद्वंद्वी

# transport and travel
transport	परिवहन|यातायात
traffic	यातायात|ट्रैफिक|ट्रैफ़िक
road	सड़क|सड़कों|मार्ग
highway	राजमार्ग|हाईवे
street	सड़क|गली
bridge	पुल|पुलों
tunnel	सुरंग
railway	रेलवे|रेल
train	ट्रेन|रेलगाड़ी|ट्रेनों|प्रशिक्षण|प्रशिक्षित|अभ्यास
high-speed rail	हाई स्पीड रेल|बुलेट ट्रेन
metro	मेट्रो
station	स्टेशन
bus	बस|बसों
car	कार|गाड़ी|कारों
vehicle	वाहन|वाहनों|गाड़ी
truck	ट्रक
motorcycle	मोटरसाइकिल|बाइक
bicycle	साइकिल
plane	विमान|हवाई जहाज|जहाज
aircraft	विमान
flight	उड़ान|उड़ानों|फ्लाइट
airport	हवाई अड्डा|हवाई अड्डे|एयरपोर्ट
airline	एयरलाइन|एयरलाइंस|विमानन कंपनी
aviation	विमानन
ship	जहाज|पोत|भेजा गया
boat	नाव|नौका
port	बंदरगाह|पोर्ट
journey	यात्रा|सफर|सफ़र
trip	यात्रा|ट्रिप
ticket	टिकट
route	मार्ग|रास्ता|रूट
destination	गंतव्य|मंजिल
visitor	आगंतुक|पर्यटक
guest	मेहमान|अतिथि
park	पार्क|उद्यान|पार्किंग
national park	राष्ट्रीय उद्यान

# time and calendar
time	समय|वक्त|वक़्त|बार
day	दिन|दिनों|दिवस
week	सप्ताह|हफ्ता|हफ़्ता|हफ्ते|हफ़्ते
month	महीना|महीने|महीनों|माह
year	वर्ष|साल|सालों|वर्षों
decade	दशक|दशकों
century	सदी|शताब्दी
hour	घंटा|घंटे|घंटों
minute	मिनट|मिनटों
second	सेकंड|दूसरा|दूसरी|दूसरे
today	आज
yesterday	कल|बीते दिन
tomorrow	कल
morning	सुबह|प्रातः
afternoon	दोपहर
evening	शाम
night	रात|रात्रि
weekend	सप्ताहांत|वीकेंड
date	तारीख|तारीख़|तिथि
calendar	कैलेंडर|पंचांग
period	अवधि|काल
future	भविष्य
past	अतीत|पिछला|पिछले
last year	पिछले साल|पिछले वर्ष|गत वर्ष
next year	अगले साल|अगले वर्ष
this year	इस साल|इस वर्ष
last week	पिछले सप्ताह|पिछले हफ्ते
next week	अगले सप्ताह|अगले हफ्ते
anniversary	वर्षगांठ|सालगिरह
january	जनवरी
february	फरवरी|फ़रवरी
march	मार्च
april	अप्रैल
may	मई
june	जून
july	जुलाई
august	अगस्त
september	सितंबर|सितम्बर
october	अक्टूबर
november	नवंबर|नवम्बर
december	दिसंबर|दिसम्बर
monday	सोमवार
tuesday	मंगलवार
wednesday	बुधवार
thursday	गुरुवार|बृहस्पतिवार
friday	शुक्रवार
saturday	शनिवार
sunday	रविवार|इतवार
new year	नया साल|नव वर्ष
lunar new year	चंद्र नव वर्ष
christmas	क्रिसमस
early	शुरुआती|जल्दी|प्रारंभिक
late	देर|देरी|अंत|आखिरी|विलंब
recently	हाल ही में|हाल में
now	अब|अभी
currently	वर्तमान में|फिलहाल|फ़िलहाल|इस समय
already	पहले ही|पहले से|चुका|चुकी|चुके
soon	जल्द|जल्द ही|शीघ्र
again	फिर|दोबारा|पुनः|फिर से
ago	पहले
later	बाद में
during	दौरान
since	तब से
until	तक
before	पहले|से पहले
after	बाद|के बाद
daily	दैनिक|रोजाना|रोज़ाना|प्रतिदिन
weekly	साप्ताहिक
monthly	मासिक

# countries and nationalities
india	भारत|हिंदुस्तान|हिन्दुस्तान|इंडिया
indian	भारतीय|भारतीयों
china	चीन
chinese	चीनी
united states	अमेरिका|संयुक्त राज्य अमेरिका|यूएस|अमरीका
america	अमेरिका|अमरीका
american	अमेरिकी|अमेरिकन|अमरीकी
united kingdom	ब्रिटेन|यूनाइटेड किंगडम|यूके
britain	ब्रिटेन
british	ब्रिटिश|ब्रितानी
england	इंग्लैंड
english	अंग्रेजी|अंग्रेज़ी|अंग्रेज
scotland	स्कॉटलैंड
wales	वेल्स|दीवार|दीवारों|दीवारें
ireland	आयरलैंड
france	फ्रांस
french	फ्रांसीसी|फ्रेंच
germany	जर्मनी
german	जर्मन
italy	इटली
italian	इतालवी
spain	स्पेन
spanish	स्पेनिश|स्पेनी
portugal	पुर्तगाल
portuguese	पुर्तगाली
netherlands	नीदरलैंड|नीदरलैंड्स|हॉलैंड
dutch	डच
belgium	बेल्जियम
switzerland	स्विट्जरलैंड|स्विट्ज़रलैंड
swiss	स्विस
austria	ऑस्ट्रिया
sweden	स्वीडन
swedish	स्वीडिश
norway	नॉर्वे
denmark	डेनमार्क
finland	फिनलैंड|फ़िनलैंड
iceland	आइसलैंड
poland	पोलैंड
polish	पोलिश
czech	चेक
hungary	हंगरी
romania	रोमानिया
greece	यूनान|ग्रीस
greek	यूनानी|ग्रीक
turkey	तुर्की
turkish	तुर्की
russia	रूस
russian	रूसी
ukraine	यूक्रेन
ukrainian	यूक्रेनी|यूक्रेनियन
belarus	बेलारूस
serbia	सर्बिया
croatia	क्रोएशिया
europe	यूरोप
european	यूरोपीय
japan	जापान
japanese	जापानी
korea	कोरिया
south korea	दक्षिण कोरिया
north korea	उत्तर कोरिया
korean	कोरियाई
taiwan	ताइवान
hong kong	हांगकांग|हॉन्गकॉन्ग
macau	मकाऊ
mongolia	मंगोलिया
vietnam	वियतनाम
vietnamese	वियतनामी
thailand	थाईलैंड
thai	थाई
cambodia	कंबोडिया
laos	लाओस
myanmar	म्यांमार|म्यांमा|बर्मा
malaysia	मलेशिया
singapore	सिंगापुर
indonesia	इंडोनेशिया
philippines	फिलीपींस|फ़िलीपींस
asia	एशिया
asian	एशियाई
southeast asia	दक्षिण पूर्व एशिया|दक्षिण-पूर्व एशिया
asean	आसियान
pakistan	पाकिस्तान
pakistani	पाकिस्तानी
bangladesh	बांग्लादेश
nepal	नेपाल
sri lanka	श्रीलंका
bhutan	भूटान
maldives	मालदीव
afghanistan	अफगानिस्तान|अफ़ग़ानिस्तान
iran	ईरान
iranian	ईरानी
iraq	इराक|इराक़
syria	सीरिया
israel	इजराइल|इज़राइल|इस्राइल|इजरायल
israeli	इजराइली|इज़राइली
palestine	फिलिस्तीन|फ़िलिस्तीन
palestinian	फिलिस्तीनी|फ़िलिस्तीनी
gaza	गाजा|ग़ज़ा|गजा
lebanon	लेबनान
jordan	जॉर्डन
saudi arabia	सऊदी अरब
arab	अरब
arabic	अरबी
united arab emirates	संयुक्त अरब अमीरात|यूएई
qatar	कतर|क़तर
kuwait	कुवैत
yemen	यमन
oman	ओमान
middle east	मध्य पूर्व
egypt	मिस्र
egyptian	मिस्री|मिस्र के
libya	लीबिया
morocco	मोरक्को
algeria	अल्जीरिया
tunisia	ट्यूनीशिया
sudan	सूडान
ethiopia	इथियोपिया
kenya	केन्या
nigeria	नाइजीरिया
ghana	घाना
south africa	दक्षिण अफ्रीका|दक्षिण अफ़्रीका
somalia	सोमालिया
congo	कांगो
uganda	युगांडा
tanzania	तंजानिया|तंज़ानिया
zimbabwe	जिम्बाब्वे|ज़िम्बाब्वे
africa	अफ्रीका|अफ़्रीका
african	अफ्रीकी|अफ़्रीकी
canada	कनाडा
canadian	कनाडाई
mexico	मेक्सिको
mexican	मैक्सिकन|मेक्सिकन
brazil	ब्राजील|ब्राज़ील
brazilian	ब्राजीली|ब्राज़ीली
argentina	अर्जेंटीना
chile	चिली
peru	पेरू
colombia	कोलंबिया
venezuela	वेनेजुएला|वेनेज़ुएला
cuba	क्यूबा
latin america	लैटिन अमेरिका
south america	दक्षिण अमेरिका
north america	उत्तरी अमेरिका
australia	ऑस्ट्रेलिया|आस्ट्रेलिया
australian	ऑस्ट्रेलियाई
new zealand	न्यूजीलैंड|न्यूज़ीलैंड
antarctica	अंटार्कटिका
arctic	आर्कटिक
pacific	प्रशांत
atlantic	अटलांटिक
indian ocean	हिंद महासागर
south china sea	दक्षिण चीन सागर
mediterranean	भूमध्य सागर|भूमध्यसागरीय
himalaya	हिमालय
kazakhstan	कजाकिस्तान|कज़ाकिस्तान
uzbekistan	उज्बेकिस्तान|उज़्बेकिस्तान
georgia	जॉर्जिया
armenia	आर्मेनिया
east	पूर्व|पूर्वी
west	पश्चिम|पश्चिमी
north	उत्तर|उत्तरी
south	दक्षिण|दक्षिणी
northeast	पूर्वोत्तर|उत्तर-पूर्व|उत्तर पूर्व
northwest	उत्तर-पश्चिम|उत्तर पश्चिम
southeast	दक्षिण-पूर्व|दक्षिण पूर्व
southwest	दक्षिण-पश्चिम|दक्षिण पश्चिम
central	केंद्रीय|मध्य
western	पश्चिमी
eastern	पूर्वी
northern	उत्तरी
southern	दक्षिणी

# cities and regions
new delhi	नई दिल्ली
delhi	दिल्ली
mumbai	मुंबई|मुम्बई|बंबई
kolkata	कोलकाता
chennai	चेन्नई
bengaluru	बेंगलुरु|बेंगलूरु|बैंगलोर
hyderabad	हैदराबाद
ahmedabad	अहमदाबाद
pune	पुणे
jaipur	जयपुर
lucknow	लखनऊ
patna	पटना
varanasi	वाराणसी|बनारस
agra	आगरा
kashmir	कश्मीर
uttar pradesh	उत्तर प्रदेश
maharashtra	महाराष्ट्र
bihar	बिहार
gujarat	गुजरात
rajasthan	राजस्थान
punjab	पंजाब
kerala	केरल
tamil nadu	तमिलनाडु
west bengal	पश्चिम बंगाल
karnataka	कर्नाटक
madhya pradesh	मध्य प्रदेश
ganges	गंगा
beijing	बीजिंग
shanghai	शंघाई
guangzhou	ग्वांगझू|गुआंगझोउ
shenzhen	शेनझेन|शेन्ज़ेन|शेन्जेन
wuhan	वुहान
chengdu	चेंगदू
chongqing	चोंगकिंग
hangzhou	हांगझोउ
tianjin	तियानजिन
nanjing	नानजिंग
xian	शीआन
tibet	तिब्बत
xinjiang	शिनजियांग|झिंजियांग
guangdong	ग्वांगडोंग
yunnan	युन्नान
sichuan	सिचुआन
yangtze	यांग्त्ज़ी|यांग्त्जी
mekong	मेकांग|मेकोंग
hanoi	हनोई
ho chi minh city	हो ची मिन्ह सिटी|हो ची मिन्ह शहर
saigon	साइगॉन
da nang	दा नांग
hai phong	हाई फोंग
hue	ह्यू
ha long bay	हा लॉन्ग बे
bangkok	बैंकॉक
chiang mai	चियांग माई
phuket	फुकेत
pattaya	पटाया
chiang rai	चियांग राय
tokyo	टोक्यो|तोक्यो
osaka	ओसाका
kyoto	क्योटो
hiroshima	हिरोशिमा
fukushima	फुकुशिमा
seoul	सियोल
pyongyang	प्योंगयांग
taipei	ताइपे
manila	मनीला
jakarta	जकार्ता
bali	बाली
kuala lumpur	कुआलालंपुर
phnom penh	नोम पेन्ह
vientiane	वियनतियाने
yangon	यांगून
dhaka	ढाका
kathmandu	काठमांडू
colombo	कोलंबो
islamabad	इस्लामाबाद
karachi	कराची
lahore	लाहौर
kabul	काबुल
tehran	तेहरान
baghdad	बगदाद
damascus	दमिश्क
jerusalem	यरुशलम|येरूशलम
tel aviv	तेल अवीव
dubai	दुबई
riyadh	रियाद
mecca	मक्का
istanbul	इस्तांबुल
ankara	अंकारा
cairo	काहिरा
moscow	मॉस्को|मास्को
kyiv	कीव
london	लंदन
paris	पेरिस
berlin	बर्लिन
rome	रोम
madrid	मैड्रिड
barcelona	बार्सिलोना
brussels	ब्रुसेल्स
geneva	जिनेवा
vienna	वियना
amsterdam	एम्स्टर्डम
athens	एथेंस
warsaw	वारसॉ
stockholm	स्टॉकहोम
new york	न्यूयॉर्क
washington	वाशिंगटन|वॉशिंगटन
los angeles	लॉस एंजिल्स|लॉस एंजेलिस
san francisco	सैन फ्रांसिस्को
chicago	शिकागो
california	कैलिफोर्निया
texas	टेक्सास
florida	फ्लोरिडा
silicon valley	सिलिकॉन वैली
toronto	टोरंटो
sydney	सिडनी
melbourne	मेलबर्न
rio de janeiro	रियो डी जेनेरियो
nairobi	नैरोबी
white house	व्हाइट हाउस
kremlin	क्रेमलिन
pentagon	पेंटागन
wall street	वॉल स्ट्रीट

# adjectives
new	नया|नई|नए|नये|नवीन
big	बड़ा|बड़ी|बड़े
large	बड़ा|बड़ी|बड़े|विशाल
small	छोटा|छोटी|छोटे
huge	विशाल|भारी|गले लगाना|गले मिलना
high	ऊंचा|ऊँचा|उच्च|ऊंची|ऊँची|ऊंचे|ऊँचे
low	कम|निम्न|नीचा
long	लंबा|लंबी|लंबे|लम्बा|दीर्घ
short	छोटा|संक्षिप्त
fast	तेज|तेज़|तेजी|तेज़ी|जल्दी
slow	धीमा|धीमी|धीमे
good	अच्छा|अच्छी|अच्छे
bad	बुरा|बुरी|बुरे|खराब|ख़राब
best	सबसे अच्छा|सर्वश्रेष्ठ|बेहतरीन
better	बेहतर
worst	सबसे खराब|सबसे बुरा
worse	बदतर
important	महत्वपूर्ण|अहम|ज़रूरी|जरूरी
major	प्रमुख|बड़ा|मुख्य
main	मुख्य|प्रमुख
key	प्रमुख|अहम|मुख्य|चाबी|चाभी|कुंजी
serious	गंभीर
severe	गंभीर|भीषण
strong	मजबूत|मज़बूत|शक्तिशाली|तेज
weak	कमजोर|कमज़ोर
powerful	शक्तिशाली|ताकतवर|ताक़तवर
possible	संभव|मुमकिन
impossible	असंभव|नामुमकिन
likely	संभावना|संभावित|संभवतः
real	असली|वास्तविक
true	सच|सत्य|सही
false	झूठा|गलत|ग़लत
fake	फर्जी|फ़र्ज़ी|नकली
correct	सही|ठीक
wrong	गलत|ग़लत
same	समान|वही|एक जैसा
different	अलग|भिन्न|विभिन्न
similar	समान|इसी तरह|मिलता-जुलता
various	विभिन्न|अलग-अलग
special	विशेष|खास|ख़ास
specific	विशिष्ट|विशेष
common	आम|सामान्य
popular	लोकप्रिय
famous	प्रसिद्ध|मशहूर|विख्यात
well-known	जाना-माना|प्रसिद्ध
difficult	कठिन|मुश्किल
easy	आसान|सरल
simple	सरल|आसान
hard	कठिन|मुश्किल|कड़ी
free	मुफ्त|मुफ़्त|स्वतंत्र|निःशुल्क
full	पूरा|पूर्ण|भरा|पेट भरा
empty	खाली
whole	पूरा|संपूर्ण
entire	पूरा|संपूर्ण
only	केवल|सिर्फ|सिर्फ़|मात्र
first	पहला|पहली|पहले|प्रथम
last	आखिरी|आख़िरी|अंतिम|पिछला|पिछली
next	अगला|अगली|अगले
previous	पिछला|पिछली|पिछले|पूर्व
former	पूर्व
current	वर्तमान|मौजूदा|चालू
modern	आधुनिक
ancient	प्राचीन
recent	हालिया|हाल
latest	नवीनतम|ताजा|ताज़ा
personal	व्यक्तिगत|निजी
happy	खुश|ख़ुश|प्रसन्न
sad	दुखी|उदास
beautiful	सुंदर|खूबसूरत|ख़ूबसूरत
hot	गर्म|गरम
warm	गर्म|गरम
dry	सूखा|शुष्क
wet	गीला
heavy	भारी
light	हल्का|प्रकाश|रोशनी|उजाला|बत्ती|हल्की|हल्के
dark	अंधेरा|अँधेरा|काला
black	काला|काली|काले
white	सफेद|सफ़ेद|श्वेत
red	लाल
blue	नीला|नीली|नीले
yellow	पीला|पीली|पीले
sure	निश्चित|पक्का
clear	स्पष्ट|साफ
necessary	आवश्यक|जरूरी|ज़रूरी
available	उपलब्ध
effective	प्रभावी|कारगर
successful	सफल
success	सफलता
failure	विफलता|असफलता
fail	विफल|असफल|नाकाम
positive	सकारात्मक|पॉजिटिव
negative	नकारात्मक|निगेटिव
large number	बड़ी संख्या
many	कई|अनेक|बहुत
few	थोड़े
several	कई|अनेक
most	अधिकांश|ज्यादातर|ज़्यादातर|सबसे
more	अधिक|ज्यादा|ज़्यादा
less	कम
all	सभी|सब|सारे|तमाम
every	हर|प्रत्येक
each	प्रत्येक|हर
other	अन्य|दूसरे
own	खुद|ख़ुद|स्वामित्व
urban	शहरी
rural	ग्रामीण|देहात
remote	दूरदराज|दूर-दराज|दूरस्थ
nearby	पास|नजदीक|नज़दीक|आसपास|पास में
far	दूर|किराया|किराये
normal	सामान्य
unusual	असामान्य
rare	दुर्लभ
unique	अनोखा|अद्वितीय
sharp increase	भारी वृद्धि
sharp	तेज|तीव्र|तेज धार|नुकीला
significant	महत्वपूर्ण|उल्लेखनीय
massive	विशाल|भारी
equal	बराबर|समान
fair	निष्पक्ष|उचित
healthy	स्वस्थ

# adverbs and connectives with alignment signal
however	हालांकि|हालाँकि|लेकिन|परंतु
but	लेकिन|परंतु|मगर
because	क्योंकि|कारण
therefore	इसलिए|अतः
although	हालांकि|यद्यपि
if	अगर|यदि
while	जबकि|जब तक
almost	लगभग|करीब|क़रीब|तकरीबन
about	लगभग|करीब|के बारे में
nearly	लगभग|करीब|क़रीब
approximately	लगभग|तकरीबन
more than	से अधिक|से ज्यादा|से ज़्यादा
less than	से कम
at least	कम से कम
up to	तक
still	अभी भी|अब भी|फिर भी|अभी तक
even	तक
together	साथ|एक साथ|साथ-साथ
never	कभी नहीं|कभी भी नहीं
always	हमेशा|सदा
often	अक्सर|प्रायः
sometimes	कभी-कभी|कभी कभी
usually	आमतौर पर|आम तौर पर|प्रायः
especially	विशेष रूप से|खासकर|ख़ासकर|खास तौर पर|विशेषकर
quickly	जल्दी|तेजी से|तेज़ी से
finally	आखिरकार|आख़िरकार|अंततः|अंत में
together with	के साथ
according to	अनुसार|मुताबिक|मुताबिक़
without	बिना
within	भीतर|अंदर|के अंदर
between	बीच|के बीच
against	खिलाफ|ख़िलाफ़|विरुद्ध
across	भर में|पार
around	आसपास|लगभग|चारों ओर
near	पास|निकट|करीब
outside	बाहर
inside	अंदर|भीतर
abroad	विदेश|विदेशों

# general nouns of news text
problem	समस्या|समस्याओं|दिक्कत|परेशानी
issue	मुद्दा|मुद्दे|मुद्दों|मसला
question	सवाल|प्रश्न|सवालों|सवाल उठाया
situation	स्थिति|हालात|हालत
condition	स्थिति|हालत|शर्त
result	परिणाम|नतीजा|नतीजे|परिणामों
effect	प्रभाव|असर
impact	प्रभाव|असर
influence	प्रभाव
reason	कारण|वजह
purpose	उद्देश्य|मकसद|मक़सद
idea	विचार|आइडिया
opinion	राय|मत
view	विचार|दृश्य|राय
way	तरीका|तरीक़ा|रास्ता|ढंग
method	विधि|तरीका|तरीक़ा
process	प्रक्रिया
part	हिस्सा|भाग|अंश
side	पक्ष|तरफ|ओर
area	क्षेत्र|इलाका|इलाक़ा|इलाके
place	जगह|स्थान
site	स्थल|जगह|साइट|बैठना|बैठा|बैठी|बैठे|बैठते
home	घर|घरों
house	घर|मकान|सदन
building	इमारत|भवन|बिल्डिंग|इमारतों
room	कमरा|कमरे
world record	विश्व रिकॉर्ड
name	नाम|नामक|नाम से
number	संख्या|नंबर|तादाद
amount	राशि|मात्रा|रकम
size	आकार
scale	पैमाना|पैमाने
proportion	अनुपात
half	आधा|आधी|आधे
third	तीसरा|तीसरी|तीसरे|एक तिहाई
one quarter	एक चौथाई
fact	तथ्य
truth	सच|सच्चाई|सत्य
in history	इतिहास में
story	कहानी|खबर
word	शब्द|शब्दों
letter	पत्र|चिट्ठी|अक्षर
document	दस्तावेज|दस्तावेज़|दस्तावेजों
list	सूची
example	उदाहरण|मिसाल
kind	प्रकार|तरह|किस्म|दयालु|कृपालु|नेक
type	प्रकार|किस्म|टाइप
form	रूप|फॉर्म|प्रपत्र
model	मॉडल|नमूना
quality	गुणवत्ता
standard	मानक|स्टैंडर्ड
access	पहुंच|पहुँच
opportunity	अवसर|मौका|मौक़ा
chance	मौका|मौक़ा|संभावना
challenge	चुनौती|चुनौतियों
solution	समाधान|हल
effort	प्रयास|कोशिश|प्रयासों
role	भूमिका|लुढ़कना|लुढकना|रोल
responsibility	जिम्मेदारी|ज़िम्मेदारी|दायित्व
responsible	जिम्मेदार|ज़िम्मेदार
relationship	संबंध|रिश्ता|रिश्ते
relations	संबंध|संबंधों|रिश्ते
trust	भरोसा|विश्वास
fear	डर|भय
concern	चिंता|चिंताओं
worry	चिंता|फिक्र
pressure	दबाव
stability	स्थिरता
sum	धनराशि
line	लाइन|रेखा|पंक्ति
centre	केंद्र|केन्द्र|सेंटर
headquarters	मुख्यालय
base	आधार|अड्डा|बेस
organization	संगठन|संस्था|संगठनों
institution	संस्थान|संस्था
institute	संस्थान
foundation	फाउंडेशन|नींव|प्रतिष्ठान
association	संघ|एसोसिएशन
charity	दान|चैरिटी|धर्मार्थ
non-governmental organization	गैर सरकारी संगठन|एनजीओ
member	सदस्य|सदस्यों
representative	प्रतिनिधि|प्रतिनिधियों
delegation	प्रतिनिधिमंडल
head	प्रमुख|मुखिया|सिर|सर|मस्तिष्क
chief	प्रमुख|मुख्य
staff	कर्मचारी|स्टाफ
source	स्रोत|सूत्र|सूत्रों
sources	सूत्रों
interview	साक्षात्कार|इंटरव्यू
speech	भाषण
comment	टिप्पणी
response	प्रतिक्रिया|जवाब
reaction	प्रतिक्रिया
request	अनुरोध|गुज़ारिश|गुजारिश
permission	अनुमति|इजाजत
license	लाइसेंस
atmosphere	माहौल|वातावरण|वायुमंडल
resource	संसाधन|संसाधनों
material	सामग्री
metal	धातु
steel	स्टील|इस्पात
iron	लोहा
copper	तांबा|ताँबा
aluminium	एल्यूमीनियम
lithium	लिथियम
rare earth	दुर्लभ पृथ्वी
cement	सीमेंट
wood	लकड़ी|जंगल|वन
paper	कागज|काग़ज़|पेपर
clothes	कपड़े|वस्त्र|कपडे|कपड़ा|कपडा|कपड़ों|कपडों|पोशाक|परिधान
textile	कपड़ा|वस्त्र
sugar	चीनी|शक्कर
coffee	कॉफी|कॉफ़ी
tea	चाय
meat	मांस|गोश्त
milk	दूध
fruit	फल
vegetable	सब्जी|सब्ज़ी|सब्जियों

# numbers and scale words
hundred	सौ
thousand	हजार|हज़ार
ten thousand	दस हजार|दस हज़ार
hundred thousand	लाख
lakh	लाख
million	मिलियन|दस लाख
ten million	करोड़
crore	करोड़
hundred million	दस करोड़
billion	अरब|बिलियन
trillion	खरब|ट्रिलियन|लाख करोड़
dozen	दर्जन
hundreds	सैकड़ों
thousands	हजारों|हज़ारों
millions	लाखों|करोड़ों
tens of thousands	हजारों|दसियों हजार
zero	शून्य
once	एक बार
twice	दो बार
percentage point	प्रतिशत अंक

# units of measure
kilometre	किलोमीटर|किमी
metre	मीटर
centimetre	सेंटीमीटर|सेमी
millimetre	मिलीमीटर|मिमी
mile	मील
foot	फुट|फीट|पैर
inch	इंच
square kilometre	वर्ग किलोमीटर
hectare	हेक्टेयर
acre	एकड़
kilogram	किलोग्राम|किलो
gram	ग्राम
tonne	टन
litre	लीटर
barrel	बैरल
degree celsius	डिग्री सेल्सियस|डिग्री
watt	वाट
kilowatt	किलोवाट
megawatt	मेगावाट
gigawatt	गीगावाट
kilowatt hour	किलोवाट घंटा|यूनिट
speed	गति|रफ्तार|रफ़्तार
kilometres per hour	किलोमीटर प्रति घंटा
height	ऊंचाई|ऊँचाई
length	लंबाई
width	चौड़ाई
depth	गहराई
weight	वजन|वज़न|भार
distance	दूरी
volume	मात्रा|आयतन

# currencies
dollar	डॉलर
us dollar	अमेरिकी डॉलर
euro	यूरो
pound	पाउंड
yen	येन
yuan	युआन
renminbi	रेनमिनबी
rupee	रुपया|रुपये|रुपए|रुपयों
dong	डोंग
baht	बाट
korean won	वॉन
rouble	रूबल
bitcoin	बिटकॉइन
cryptocurrency	क्रिप्टोकरेंसी
exchange rate	विनिमय दर

# international organizations and terms
international monetary fund	अंतरराष्ट्रीय मुद्रा कोष|आईएमएफ
world bank	विश्व बैंक
world trade organization	विश्व व्यापार संगठन
asian development bank	एशियाई विकास बैंक
unesco	यूनेस्को
unicef	यूनिसेफ
red cross	रेड क्रॉस
olympic committee	ओलंपिक समिति
belt and road	बेल्ट एंड रोड
paris agreement	पेरिस समझौता
cold war	शीत युद्ध
world war	विश्व युद्ध
second world war	द्वितीय विश्व युद्ध|दूसरे विश्व युद्ध
first world war	प्रथम विश्व युद्ध|पहले विश्व युद्ध
communist party	कम्युनिस्ट पार्टी
state council	राज्य परिषद
national assembly	राष्ट्रीय सभा|नेशनल असेंबली
election commission	चुनाव आयोग|निर्वाचन आयोग
lok sabha	लोकसभा|लोक सभा
rajya sabha	राज्यसभा|राज्य सभा
bjp	भाजपा|बीजेपी
stock exchange	स्टॉक एक्सचेंज|शेयर बाजार
sensex	सेंसेक्स
index	सूचकांक|इंडेक्स

# more verbs
increase sharply	तेजी से बढ़ा|तेज़ी से बढ़ा
surge	उछाल|तेजी
soar	आसमान छूना|उछला
drop	गिरावट|गिरा|गिरी|गिराना|गिराया
plunge	भारी गिरावट
jump	उछाल|छलांग|कूदना|कूदा
exceed	अधिक|पार कर|पार किया
achieve	हासिल|प्राप्त|हासिल किया
gain	लाभ|बढ़त|हासिल
earn	कमाया|कमाई|कमाना
hire	नियुक्त|भर्ती
dismiss	बर्खास्त|खारिज
retire	सेवानिवृत्त|रिटायर
serve	सेवा|परोसा
manage	प्रबंधन|संभालना
operate	संचालन|चलाना
control	नियंत्रण|काबू|क़ाबू
govern	शासन|शासित
defend	बचाव|रक्षा
shoot	गोली मारी|गोली चलाई|फायरिंग
burn	जलाना|जला|जली|जले|जलना|झुलसना|झुलसे
repair	मरम्मत
restore	बहाल|पुनर्स्थापित
ensure	सुनिश्चित
guarantee	गारंटी
prepare	तैयार|तैयारी
ready	तैयार
wait	इंतजार|इंतज़ार|प्रतीक्षा
delay	देरी|विलंब|देर
postpone	स्थगित|टाला
cancel	रद्द|रद्द किया
suspend	निलंबित
restrict	सीमित|प्रतिबंध
limit	सीमा
block	रोक|अवरुद्ध|ब्लॉक
lift	हटाना|उठाना|लिफ्ट|उठाया
remove	हटाना|हटाया
replace	बदलना|स्थान लेना
compare	तुलना
compared with	की तुलना में
count	गिनती
calculate	गणना
predict	भविष्यवाणी|अनुमान
analyze	विश्लेषण
analysis	विश्लेषण
monitor	निगरानी
check	जांच|जाँच|जांचना
inspect	निरीक्षण
identify	पहचान|पहचाना
reveal	खुलासा|उजागर
disclose	खुलासा
hide	छिपाना|छुपा|छिपना|छिपा
escape	भाग निकले|फरार
flee	भागना|भागे|पलायन
enter	प्रवेश|घुसना|दाखिल
exit	बाहर निकलना|निकास
connect	जोड़ना|जोड़ता
link	संबंध|जोड़
relate	संबंधित
depend	निर्भर
affect	प्रभावित
benefit	लाभ|फायदा|फ़ायदा
suffer	पीड़ित|झेलना
face	सामना|चेहरा|मुख|चेहरे
deal with	निपटना
solve	हल करना|सुलझाना
respond	प्रतिक्रिया दी|जवाब दिया
handle	संभालना
convict	दोषी करार|दोषी ठहराया
host	मेजबानी|मेज़बानी|मेजबान
welcome	स्वागत
thank	धन्यवाद|शुक्रिया|आभार
apologize	माफी|माफ़ी|क्षमा
congratulate	बधाई
honour	सम्मान|सम्मानित
mark	चिह्नित|निशान
attend	भाग लिया|शामिल हुए
gather	इकट्ठा|एकत्र|जमा
collect	इकट्ठा|संग्रह
distribute	वितरित|बांटा|बाँटा
contain	शामिल|रखता
cover	कवर|ढकना
hit	टक्कर|मारा|चपेट
trap	फंसे|फँसे
sink	डूबना|डूब गया|डूबा|डूबी|डूबे
drown	डूबना|डूबने
take off	उड़ान भरी
sail	नौकायन|पाल
borrow	उधार
lend	उधार देना
owe	बकाया
savings	बचत
deliver	पहुंचाना|डिलीवरी
install	स्थापित|लगाया
design	डिजाइन|डिज़ाइन|रूपरेखा
invent	आविष्कार किया
graduate	स्नातक
marry	शादी|विवाह
wedding	शादी|विवाह
divorce	तलाक
funeral	अंतिम संस्कार

# society, welfare and daily life
gender	लिंग|जेंडर
equality	समानता
inequality	असमानता
discrimination	भेदभाव
racism	नस्लवाद
ethnic	जातीय
tribe	जनजाति|आदिवासी
indigenous	स्वदेशी|मूल निवासी
caste	जाति
welfare	कल्याण
social security	सामाजिक सुरक्षा
allowance	भत्ता
disability	विकलांगता|दिव्यांगता
disabled	विकलांग|दिव्यांग
orphan	अनाथ
marriage	विवाह|शादी
birth rate	जन्म दर
ageing	बुढ़ापा
generation	पीढ़ी
lifestyle	जीवनशैली
standard of living	जीवन स्तर
cost of living	जीवनयापन लागत|रहन-सहन की लागत
middle class	मध्यम वर्ग
homelessness	बेघरी
slum	झुग्गी|झुग्गियों|मलिन बस्ती
neighbourhood	मोहल्ला|पड़ोस
apartment	अपार्टमेंट|फ्लैट
hospitality	आतिथ्य
water supply	जलापूर्ति|पानी की आपूर्ति
sanitation	स्वच्छता
toilet	शौचालय
smart city	स्मार्ट सिटी
urbanization	शहरीकरण
public transport	सार्वजनिक परिवहन
traffic jam	ट्रैफिक जाम|जाम
road accident	सड़क दुर्घटना|सड़क हादसा
fireworks	आतिशबाजी|पटाखे
celebration	जश्न|उत्सव|समारोह
ceremony	समारोह
parade	परेड
festivity	पर्व
volunteer work	स्वयंसेवा
donation	दान|चंदा
donate	दान|दान किया
activist	कार्यकर्ता|एक्टिविस्ट
trade union	श्रमिक संघ|मजदूर संघ
go on strike	हड़ताल पर
education system	शिक्षा प्रणाली
literacy	साक्षरता
scholarship	छात्रवृत्ति
tuition	शुल्क|ट्यूशन
kindergarten	किंडरगार्टन|बालवाड़ी
primary school	प्राथमिक विद्यालय
secondary school	माध्यमिक विद्यालय
high school	हाई स्कूल
graduate student	स्नातकोत्तर छात्र
campus	परिसर|कैंपस
academic	शैक्षणिक|अकादमिक
academy	अकादमी
skill	कौशल|हुनर
training	प्रशिक्षण|ट्रेनिंग
experience	अनुभव
career	करियर
profession	पेशा|व्यवसाय
police station	थाना|पुलिस स्टेशन
fire brigade	दमकल|अग्निशमन
firefighter	अग्निशमनकर्मी|दमकलकर्मी
ambulance	एम्बुलेंस
martyr	शहीद

# more economy, business and technology
e-commerce	ई-कॉमर्स
online shopping	ऑनलाइन खरीदारी|ऑनलाइन शॉपिंग
delivery	डिलीवरी|वितरण
logistics	लॉजिस्टिक्स|रसद
warehouse	गोदाम|वेयरहाउस
shipping	शिपिंग|नौवहन
container	कंटेनर
cargo	माल|कार्गो
freight	माल ढुलाई
automobile	ऑटोमोबाइल|वाहन
carmaker	कार निर्माता
electric car	इलेक्ट्रिक कार
charging station	चार्जिंग स्टेशन
self-driving	स्वचालित|सेल्फ-ड्राइविंग
steelmaker	इस्पात निर्माता
aluminum	एल्युमिनियम
mineral	खनिज
raw material	कच्चा माल
commodity	जिंस|कमोडिटी|वस्तु
bond	बॉन्ड|बांड
equity	इक्विटी
dividend	लाभांश
valuation	मूल्यांकन
initial public offering	आईपीओ
listing	सूचीबद्ध|लिस्टिंग
listed	सूचीबद्ध
trading	कारोबार|ट्रेडिंग
trader	व्यापारी|कारोबारी
merchant	व्यापारी
bankrupt	दिवालिया
layoff	छंटनी|छँटनी
pay rise	वेतन वृद्धि
minimum wage	न्यूनतम मजदूरी|न्यूनतम वेतन
workforce	कार्यबल
productivity	उत्पादकता
competitiveness	प्रतिस्पर्धात्मकता
competitor	प्रतिस्पर्धी
monopoly	एकाधिकार
regulator	नियामक
antitrust	अविश्वास|एंटीट्रस्ट
patent	पेटेंट
copyright	कॉपीराइट
intellectual property	बौद्धिक संपदा
economic growth	आर्थिक विकास|आर्थिक वृद्धि
foreign investment	विदेशी निवेश
foreign exchange	विदेशी मुद्रा
reserve	भंडार|आरक्षित
stimulus	प्रोत्साहन|राहत पैकेज
package	पैकेज
bailout	बेलआउट
austerity	मितव्ययिता
price rise	मूल्य वृद्धि
fuel price	ईंधन की कीमत
energy transition	ऊर्जा परिवर्तन|ऊर्जा संक्रमण
energy security	ऊर्जा सुरक्षा
power outage	बिजली कटौती|बिजली गुल
blackout	ब्लैकआउट|बिजली गुल
energy storage	ऊर्जा भंडारण
transmission line	ट्रांसमिशन लाइन
offshore	अपतटीय
wind farm	पवन फार्म
turbine	टरबाइन
biofuel	जैव ईंधन
ammonia	अमोनिया
methane	मीथेन
liquefied natural gas	तरलीकृत प्राकृतिक गैस|एलएनजी
uranium	यूरेनियम
reactor	रिएक्टर
oilfield	तेल क्षेत्र
investment project	निवेश परियोजना
sign an agreement	समझौते पर हस्ताक्षर
memorandum of understanding	समझौता ज्ञापन
joint venture	संयुक्त उद्यम
subsidiary	सहायक कंपनी
conglomerate	समूह
algorithm	एल्गोरिदम
cloud computing	क्लाउड कंप्यूटिंग
chatbot	चैटबॉट
large language model	बड़ा भाषा मॉडल
machine learning	मशीन लर्निंग
virtual reality	आभासी वास्तविकता|वर्चुअल रियलिटी
quantum	क्वांटम
5g	फाइव जी
telecom operator	दूरसंचार कंपनी
cable	केबल
fibre	फाइबर
data breach	डेटा लीक|डेटा उल्लंघन
cybersecurity	साइबर सुरक्षा
surveillance	निगरानी
misinformation	गलत सूचना|भ्रामक जानकारी
fake news	फर्जी खबर|फ़र्ज़ी ख़बर
censorship	सेंसरशिप
press freedom	प्रेस स्वतंत्रता

# more health, body and nature
hospitalize	अस्पताल में भर्ती|भर्ती
intensive care	गहन चिकित्सा|आईसीयू
recover	ठीक|स्वस्थ|उबरना|ठीक होना
cure	इलाज
pain	दर्द|पीड़ा
fever	बुखार
cough	खांसी|खाँसी
mask	मास्क
quarantine	क्वारंटाइन|संगरोध
lockdown	लॉकडाउन|तालाबंदी
dose	खुराक
antibiotic	एंटीबायोटिक
clinical trial	क्लिनिकल ट्रायल|नैदानिक परीक्षण
stroke	स्ट्रोक|आघात
dementia	मनोभ्रंश|डिमेंशिया
depression	अवसाद|डिप्रेशन
stress	तनाव|जोर दिया|ज़ोर दिया
suicide	आत्महत्या|खुदकुशी
addiction	लत|नशा
tobacco	तंबाकू
cigarette	सिगरेट
diet	आहार
exercise	व्यायाम|कसरत
insomnia	अनिद्रा
eye	आंख|आँख|आंखों|आँखों
hand	हाथ
leg	पैर|टांग
skin	त्वचा
bone	हड्डी
lung	फेफड़ा|फेफड़े|फेफड़ों
liver	यकृत|लीवर
kidney	गुर्दा|किडनी
tooth	दांत|दाँत
dog	कुत्ता|कुत्ते
cat	बिल्ली
horse	घोड़ा|घोड़े
cow	गाय
pig	सुअर|सूअर
chicken	मुर्गी|चिकन
elephant	हाथी
tiger	बाघ
lion	शेर|सिंह
monkey	बंदर
bear	भालू
panda	पांडा
whale	व्हेल
shark	शार्क
snake	सांप|साँप
crocodile	मगरमच्छ
insect	कीट|कीड़े
mosquito	मच्छर
bee	मधुमक्खी
livestock	पशुधन|मवेशी
vegetation	पेड़-पौधे|वनस्पति
flower	फूल
grass	घास
seed	बीज
coral	मूंगा|प्रवाल
coral reef	प्रवाल भित्ति
wetland	आर्द्रभूमि
jungle	जंगल
valley	घाटी
hill	पहाड़ी
cave	गुफा
rock	चट्टान
sand	रेत
stone	पत्थर
gold mine	सोने की खान
wave	लहर|लहरें|हाथ हिलाना
cloud	बादल
sky	आसमान|आकाश
rainfall	वर्षा|बारिश
heavy rain	भारी बारिश|भारी वर्षा|मूसलाधार बारिश
humidity	नमी|आर्द्रता
fog	कोहरा
smog	स्मॉग|धुंध
dust	धूल
haze	धुंध
lightning	बिजली|आकाशीय बिजली
thunderstorm	आंधी-तूफान|तूफान
frost	पाला
weather forecast	मौसम पूर्वानुमान
meteorological	मौसम विज्ञान
meteorological department	मौसम विभाग
el nino	अल नीनो
ozone	ओजोन|ओज़ोन

# more sport
win a match	मैच जीता
goalkeeper	गोलकीपर
striker	स्ट्राइकर
captain	कप्तान
referee	रेफरी
penalty	पेनल्टी|दंड|जुर्माना
half time	हाफ टाइम
draw	ड्रा|बराबरी|चित्र|ड्राइंग|चित्रकारी|चित्र बनाना|बनाया|बनाई
beat	हराया|हरा दिया
lose a match	हार गया|हार गई|हारे
sports season	सत्र
transfer	स्थानांतरण|ट्रांसफर
sign a contract	अनुबंधित
world champion	विश्व चैंपियन
title	खिताब|ख़िताब|शीर्षक
runner-up	उपविजेता
qualify	क्वालीफाई|योग्य
qualifier	क्वालीफायर
round	दौर|राउंड|गोल
quarter-final	क्वार्टर फाइनल
group stage	ग्रुप चरण
fifa	फीफा
asian games	एशियाई खेल
sea games	दक्षिण पूर्व एशियाई खेल
paralympics	पैरालंपिक
runner	धावक
swimmer	तैराक
boxer	मुक्केबाज
wrestling	कुश्ती
hockey	हॉकी
volleyball	वॉलीबॉल
table tennis	टेबल टेनिस
chess	शतरंज
martial arts	मार्शल आर्ट
muay thai	मुए थाई
formula one	फॉर्मूला वन
grand prix	ग्रां प्री
test match	टेस्ट मैच
wicket	विकेट
batsman	बल्लेबाज
bowler	गेंदबाज
innings	पारी

# travel and tourism
holidaymaker	सैलानी
resort	रिसॉर्ट
tour	दौरा|टूर|भ्रमण
tour guide	गाइड|पर्यटक गाइड
sightseeing	दर्शनीय स्थल|घूमना|घूमने
attraction	आकर्षण
landmark	पहचान|प्रतीक स्थल
palace	महल
castle	किला|क़िला
fort	किला|क़िला|दुर्ग
tower	मीनार|टावर
statue	प्रतिमा|मूर्ति
monument	स्मारक
ruins	खंडहर
pagoda	पगोडा
marketplace	बाजार
cuisine	व्यंजन|पकवान
dish	व्यंजन|पकवान
street food	स्ट्रीट फूड
noodle	नूडल्स
bread	रोटी|ब्रेड
fruit juice	जूस|रस
beer	बीयर
wine	वाइन|शराब
flight delay	उड़ान में देरी
luggage	सामान|लगेज
border crossing	सीमा पार

# arts and entertainment
concert	संगीत कार्यक्रम|कॉन्सर्ट
album	एल्बम
band	बैंड
film director	फिल्म निर्देशक
cinema	सिनेमा|सिनेमाघर
box office	बॉक्स ऑफिस
series	श्रृंखला|सीरीज|सीरीज़
novel	उपन्यास
poem	कविता
poet	कवि
painting	चित्र|पेंटिंग|पेंट|रंग|चित्र बनाना
painter	चित्रकार
photography	फोटोग्राफी
photographer	फोटोग्राफर|फ़ोटोग्राफ़र
dance	नृत्य|डांस
dancer	नर्तक|नर्तकी
fashion	फैशन
designer	डिजाइनर|डिज़ाइनर
architecture	वास्तुकला|स्थापत्य
architect	वास्तुकार
video game	वीडियो गेम
celebrity	सेलिब्रिटी|हस्ती
audience	दर्शक|दर्शकों|श्रोता
viewer	दर्शक

# more politics, law and security
president-elect	निर्वाचित राष्ट्रपति
head of state	राष्ट्राध्यक्ष
general secretary	महासचिव
secretary-general	महासचिव
secretary	सचिव
secretary of state	विदेश मंत्री
chancellor	चांसलर|कुलपति
speaker	अध्यक्ष|स्पीकर|वक्ता
premier	प्रधानमंत्री
ruling party	सत्तारूढ़ दल|सत्ताधारी पार्टी
opposition party	विपक्षी दल
general election	आम चुनाव
polling station	मतदान केंद्र
ballot	मतपत्र
turnout	मतदान प्रतिशत
constituency	निर्वाचन क्षेत्र
impeachment	महाभियोग
veto	वीटो
martial law	मार्शल लॉ
curfew	कर्फ्यू
dictator	तानाशाह
dictatorship	तानाशाही
junta	जुंटा|सैन्य शासन
revolution	क्रांति
uprising	विद्रोह
civil war	गृहयुद्ध
genocide	नरसंहार
massacre	नरसंहार|कत्लेआम
war crime	युद्ध अपराध
humanitarian	मानवीय
humanitarian aid	मानवीय सहायता
peacekeeping	शांति स्थापना|शांतिरक्षा
peace talks	शांति वार्ता
prisoner of war	युद्धबंदी
landmine	बारूदी सुरंग
ammunition	गोला-बारूद
bullet	गोली
explosive	विस्फोटक
suicide bomber	आत्मघाती हमलावर
gunman	बंदूकधारी
attacker	हमलावर
police chief	पुलिस प्रमुख
inquiry	जांच|पूछताछ
probe	जांच|जाँच
testimony	गवाही
defendant	प्रतिवादी|आरोपी
plaintiff	वादी
attorney general	अटॉर्नी जनरल|महान्यायवादी
justice ministry	न्याय मंत्रालय|विधि मंत्रालय
law enforcement	कानून प्रवर्तन
jury	जूरी
life sentence	आजीवन कारावास|उम्रकैद|उम्रक़ैद
execution	फांसी|मृत्युदंड
pardon	क्षमादान|माफी
extradition	प्रत्यर्पण
deport	निर्वासित
border guard	सीमा सुरक्षा बल
coast guard	तटरक्षक
drug trafficking	मादक पदार्थों की तस्करी
money laundering	मनी लॉन्ड्रिंग|धन शोधन
tax evasion	कर चोरी
embezzlement	गबन
cheating	धोखा
gambling	जुआ
cybercrime	साइबर अपराध
scam	घोटाला|ठगी
border dispute	सीमा विवाद
territorial	क्षेत्रीय
nuclear test	परमाणु परीक्षण
bilateral	द्विपक्षीय
multilateral	बहुपक्षीय
strategic	रणनीतिक|सामरिक
strategy	रणनीति
geopolitical	भू-राजनीतिक
superpower	महाशक्ति
great power	बड़ी शक्ति
developing country	विकासशील देश
developed country	विकसित देश
emerging market	उभरता बाजार
third world	तीसरी दुनिया
colony	उपनिवेश
colonial	औपनिवेशिक
national security	राष्ट्रीय सुरक्षा
public order	सार्वजनिक व्यवस्था

# more verbs of news reporting and policy
expand	विस्तार|बढ़ाना|विस्तारित
expansion	विस्तार
boost	बढ़ावा|प्रोत्साहन|बढ़ाना
strengthen	मजबूत|मज़बूत करना|मजबूत करना|सुदृढ़
promote	बढ़ावा|प्रचार|प्रोत्साहित
encourage	प्रोत्साहित|प्रेरित
attract	आकर्षित
unveil	अनावरण|पेश
introduce	पेश|शुरू|लागू|परिचय|परिचय कराना
implement	लागू|कार्यान्वित
implementation	कार्यान्वयन
adopt	अपनाया|अपनाना|पारित
establish	स्थापित|स्थापना
set up	स्थापित|गठित|गठन
extend	बढ़ाया|विस्तार
shrink	सिकुड़ना|घटना
maintain	बनाए रखना|कायम
keep	रखना|रखा|संभालना
raise	बढ़ाना|उठाना|जुटाना
lower	घटाना|कम|निचला|निम्न
blame	दोष|जिम्मेदार ठहराया
admit	स्वीकार|माना|कबूल
insist	जोर|ज़ोर
emphasize	जोर|बल
vow	संकल्प|कसम
condemn	निंदा
praise	प्रशंसा|तारीफ|सराहना
refuse	इनकार|मना
negotiate	बातचीत|वार्ता
withdraw	वापस|वापसी
withdrawal	वापसी
deploy	तैनात
deployment	तैनाती
impose	लगाया|लगाना
ease	ढील|आसान
tighten	सख्त|कड़ा
reopen	फिर से खुला|दोबारा खुला
resume	फिर से शुरू|बहाल
halt	रोक|रोका
exist	अस्तित्व|मौजूद
appear	दिखाई|प्रकट
emerge	उभरना|उभरा
disappear	गायब|लुप्त
injure	घायल|जख्मी
struggle	संघर्ष
compete	प्रतिस्पर्धा|मुकाबला
belong	संबंधित|का है
seem	लगता|प्रतीत|लगता है

# more nouns of news and policy
stake	हिस्सेदारी
deadline	समय सीमा|डेडलाइन
schedule	कार्यक्रम|समय सारिणी|शेड्यूल
agenda	एजेंडा
priority	प्राथमिकता
progress	प्रगति
peak	चरम|शिखर|चोटी
trend	प्रवृत्ति|रुझान|ट्रेंड
figure	आंकड़ा|आँकड़ा
phase	चरण
stage	चरण|मंच
version	संस्करण|वर्जन
feature	विशेषता|फीचर
detail	विवरण|ब्योरा
factor	कारक
option	विकल्प
alternative	विकल्प|वैकल्पिक
approach	दृष्टिकोण|तरीका|निकट आना|पास आना|पहुंचना
framework	ढांचा|ढाँचा|रूपरेखा
mechanism	तंत्र
facility	सुविधा|केंद्र
tool	उपकरण|साधन|औजार
item	वस्तु|आइटम
fee	शुल्क|फीस
uncertainty	अनिश्चितता
confidence	विश्वास|भरोसा
anger	गुस्सा|क्रोध|नाराजगी
pride	गर्व
shock	सदमा|झटका
surprise	आश्चर्य|हैरानी|हैरान|आश्चर्यचकित|चकित

# more adjectives
senior	वरिष्ठ
top	शीर्ष|शीर्ष पर
leading	अग्रणी|प्रमुख
acting	कार्यवाहक
interim	अंतरिम
temporary	अस्थायी
permanent	स्थायी
long-term	दीर्घकालिक
short-term	अल्पकालिक
unprecedented	अभूतपूर्व
widespread	व्यापक
nationwide	देशव्यापी|राष्ट्रव्यापी
worldwide	दुनिया भर|विश्वभर
civil	नागरिक|सिविल
joint	संयुक्त
mutual	आपसी|परस्पर
direct	सीधा|प्रत्यक्ष
potential	संभावित|क्षमता
minor	मामूली|छोटा|नाबालिग
critical	गंभीर|महत्वपूर्ण
urgent	तत्काल|जरूरी
crucial	निर्णायक|अहम
essential	आवश्यक|अनिवार्य
basic	बुनियादी|मूल
advanced	उन्नत
sustainable	टिकाऊ|सतत|स्थायी
sustainable development	सतत विकास
low-carbon	कम कार्बन
smart	स्मार्ट
affordable	किफायती|सस्ता
stable	स्थिर
uncertain	अनिश्चित
confident	आश्वस्त|आत्मविश्वासी
optimistic	आशावादी
angry	नाराज|नाराज़|गुस्से
proud	गर्व|गौरवान्वित

# more countries and places
luxembourg	लक्जमबर्ग
slovakia	स्लोवाकिया
slovenia	स्लोवेनिया
bulgaria	बुल्गारिया
estonia	एस्टोनिया
latvia	लातविया
lithuania	लिथुआनिया
cyprus	साइप्रस
malta	माल्टा
azerbaijan	अजरबैजान|अज़रबैजान
kyrgyzstan	किर्गिस्तान
tajikistan	ताजिकिस्तान
turkmenistan	तुर्कमेनिस्तान
brunei	ब्रुनेई
east timor	पूर्वी तिमोर
papua new guinea	पापुआ न्यू गिनी
fiji	फिजी
bahrain	बहरीन
rwanda	रवांडा
senegal	सेनेगल
cameroon	कैमरून
angola	अंगोला
mozambique	मोजाम्बिक|मोज़ाम्बिक
madagascar	मेडागास्कर
zambia	जाम्बिया|ज़ाम्बिया
mali	माली
niger	नाइजर
ecuador	इक्वाडोर
bolivia	बोलीविया
paraguay	पराग्वे
uruguay	उरुग्वे
panama	पनामा
haiti	हैती
jamaica	जमैका
guatemala	ग्वाटेमाला
caribbean	कैरिबियन|कैरेबियाई
balkans	बाल्कन
scandinavia	स्कैंडिनेविया
siberia	साइबेरिया
crimea	क्रीमिया
hawaii	हवाई
alaska	अलास्का
new jersey	न्यू जर्सी
boston	बोस्टन
seattle	सिएटल
las vegas	लास वेगास
miami	मियामी
houston	ह्यूस्टन
vancouver	वैंकूवर
montreal	मॉन्ट्रियल
mexico city	मेक्सिको सिटी
buenos aires	ब्यूनस आयर्स
sao paulo	साओ पाउलो
lagos	लागोस
johannesburg	जोहान्सबर्ग
cape town	केप टाउन
addis ababa	अदीस अबाबा
doha	दोहा
abu dhabi	अबू धाबी
manchester	मैनचेस्टर
liverpool	लिवरपूल
munich	म्यूनिख
frankfurt	फ्रैंकफर्ट
milan	मिलान
venice	वेनिस
zurich	ज्यूरिख
dublin	डबलिन
edinburgh	एडिनबर्ग
lisbon	लिस्बन
prague	प्राग
budapest	बुडापेस्ट
copenhagen	कोपेनहेगन
oslo	ओस्लो
helsinki	हेलसिंकी
st petersburg	सेंट पीटर्सबर्ग
hokkaido	होक्काइडो
okinawa	ओकिनावा
busan	बुसान
kaohsiung	काऊशुंग
inner mongolia	भीतरी मंगोलिया
hainan	हैनान
fujian	फुजियान
zhejiang	झेजियांग
jiangsu	जियांग्सू
shandong	शानदोंग
henan	हेनान
hubei	हुबेई
hunan	हुनान
guangxi	गुआंग्शी
hebei	हेबेई
shenzhen stock exchange	शेन्ज़ेन स्टॉक एक्सचेंज|शेन्जेन स्टॉक एक्सचेंज
can tho	कैन थो
nha trang	न्हा ट्रांग
phu quoc	फु क्वोक
quang ninh	क्वांग निन्ह
dong nai	डोंग नाई
binh duong	बिन्ह डुओंग
khon kaen	खोन केन
nakhon ratchasima	नाखोन रत्चासीमा
ayutthaya	अयुत्थया
krabi	क्राबी
koh samui	कोह समुई
songkhla	सोंगखला
hat yai	हाट याई
rayong	रायोंग
chao phraya	चाओ फ्राया
isan	ईसान
bodh gaya	बोधगया
goa	गोवा
assam	असम
odisha	ओडिशा|उड़ीसा
telangana	तेलंगाना
andhra pradesh	आंध्र प्रदेश
jharkhand	झारखंड
uttarakhand	उत्तराखंड
himachal pradesh	हिमाचल प्रदेश
haryana	हरियाणा
chhattisgarh	छत्तीसगढ़
ladakh	लद्दाख
jammu	जम्मू
nagpur	नागपुर
indore	इंदौर
bhopal	भोपाल
chandigarh	चंडीगढ़
surat	सूरत
noida	नोएडा
gurugram	गुरुग्राम|गुड़गांव

# more frequent nouns and verbs
moment	क्षण|पल
care	देखभाल|परवाह|ध्यान
field	क्षेत्र|मैदान|खेत
voice	आवाज|आवाज़|स्वर|आवाजें
difference	अंतर|फर्क|फ़र्क
action	कार्रवाई|कार्य
position	पद|स्थिति
activity	गतिविधि|गतिविधियों
love	प्यार|प्रेम
like	पसंद
prefer	पसंद करते|पसंद करना
attention	ध्यान
choice	विकल्प|पसंद
ability	क्षमता|योग्यता
achievement	उपलब्धि
hero	नायक|हीरो
legend	किंवदंती|दिग्गज
symbol	प्रतीक|चिह्न
flag	झंडा|ध्वज
anthem	राष्ट्रगान
signal	संकेत|सिग्नल
post	पोस्ट|पद
independence day	स्वतंत्रता दिवस
national day	राष्ट्रीय दिवस
bring	लाना|लाया|लाई|लाए|लाने|लेकर आना
seek	मांगना|तलाश
mean	मतलब|अर्थ
stand	खड़ा|खड़े
feel	महसूस|भावना|एहसास|अहसास
catch	पकड़ना|पकड़ा|पकडना|पकडा|पकड़ी|पकडी
throw	फेंकना|फेंका|फेंकी
pull	खींचना
push	धक्का|दबाव
turn	मुड़ना|बदलना
fill	भरना|भरा
seize	जब्त|ज़ब्त
seizure	जब्ती|ज़ब्ती
punish	सजा देना|दंडित
punishment	सजा|सज़ा|दंड
kick	लात|किक
climb	चढ़ना|चढ़ाई|चढना|चढाई|चढ़े|चढे
dig	खुदाई|खोदना|खोदा
feed	खिलाना
wear	पहनना|पहने|पहनते|पहना|पहनी
sing	गाना|गाया
smile	मुस्कान
cry	रोना
laugh	हंसना|हँसना
shout	चिल्लाना|नारे|चिल्लाया|चीखना
slogan	नारा|नारे
doubt	संदेह|शक
rumour	अफवाह
secret	गुप्त|रहस्य
mystery	रहस्य
dream	सपना|सपने|स्वप्न
gap	अंतर|खाई
edge	किनारा|बढ़त
advantage	लाभ|फायदा
disadvantage	नुकसान

# irregular English forms (same forms as their lemma)
went	जाना|जाने|जाता|जाती|जाते|जाएगा|जाएगी|जाएंगे
gone	जाना|जाने|जाता|जाती|जाते|जाएगा|जाएगी|जाएंगे
came	आना|आया|आई|आए|आने|आता|आती|आते|आएगा|आएगी|आएंगे
gave	देना|देने|देता|देती|देते|देगा|देगी|देंगे
given	देना|देने|देता|देती|देते|देगा|देगी|देंगे
took	लेना|लेने|लेता|लेती|लेते|लेगा
taken	लेना|लेने|लेता|लेती|लेते|लेगा
made	बनाना|बनाया|बनाई|बनाए
saw	देखना|देखा|देखी|देखे|देखने|देखते|देखती
seen	देखना|देखा|देखी|देखे|देखने|देखते|देखती
met	मिलना|मिले|मिली|मुलाकात
left	छोड़ना|छोड़ा|छोड़ दिया|रवाना|बाएं|बाईं|बायें
got	मिलना|मिला|मिली|मिले|पाना|प्राप्त
held	आयोजित|रखा|पकड़
led	नेतृत्व|अगुवाई|बढ़त
sent	भेजना|भेजा|भेजी|भेजे|भेजने
sold	बेचना|बेचा|बेची|बेचे|बेचने|बेचता|बेचती|बेचते|बेचेगा|बेचेगी
bought	खरीदना|खरीदा|खरीदी|खरीदे|खरीदने|खरीदता|खरीदती|खरीदते|ख़रीदा|ख़रीदने
paid	भुगतान|चुकाना|देना
built	बनाना|बनाया|बनाई|बनाए|बनाने|बनाता|बनाती|बनाते|बनेगा|निर्माण|निर्मित
began	शुरू|आरंभ|प्रारंभ
begun	शुरू|आरंभ|प्रारंभ
became	बनना|बना|बनी|बने|बन गया|हो गया
won	जीतना|जीता|जीती|जीते|जीत
lost	खोना|खोया|गंवाया|हारना|हार
fell	गिरावट|गिरा|गिरी|गिरे|गिरकर|गिरने
fallen	गिरावट|गिरा|गिरी|गिरे|गिरकर|गिरने
rose	बढ़ोतरी|वृद्धि|बढ़त|उछाल|बढ़कर|बढ़ गया|बढ़ गई|गुलाब
risen	बढ़ोतरी|वृद्धि|बढ़त|उछाल|बढ़कर|बढ़ गया|बढ़ गई
grew	बढ़ना|बढ़ा|बढ़ी|उगाना
grown	बढ़ना|बढ़ा|बढ़ी|उगाना
spoke	बोलना|बोला|बोली|बोले|बोलते|बोलने|बात
wrote	लिखना|लिखा|लिखी|लिखे|लिखने
written	लिखना|लिखा|लिखी|लिखे|लिखने
chose	चुनना|चुना|चुनी
chosen	चुनना|चुना|चुनी
brought	लाना|लाया|लाई|लाए|लाने
thought	सोचना|सोचा|सोचते|सोचती|लगता
knew	जानना|जानते|जानती|जाना|पता
known	जानना|जानते|जानती|जाना|पता
ran	चलाना|दौड़|भागना
flew	उड़ना|उड़ान
drove	चलाना|ड्राइव
ate	खाना|खाया|खाते
fought	लड़ना|लड़ाई|लड़े|लड़ रहे
taught	पढ़ाना|सिखाना|पढ़ाते
kept	रखना|रखा
spent	खर्च|बिताया
heard	सुनना|सुना|सुनी|सुने|सुनने
understood	समझना|समझा|समझते|समझ
struck	हड़ताल|हमला
sank	डूबना|डूब गया
shot	गोली मारी|गोली चलाई|फायरिंग
hid	छिपाना|छुपा
fled	भागना|भागे|पलायन
forgot	भूलना|भूल गए
slept	सोना|नींद
drank	पीना|पिया|पेय
dealt	सौदा|समझौता|सौदे
sought	मांगना|तलाश
meant	मतलब|अर्थ
stood	खड़ा|खड़े
felt	महसूस
lent	उधार देना
men	आदमी|पुरुष|व्यक्ति|पुरुषों
women	महिला|महिलाओं|औरत|स्त्री
lives	जीवन|जिंदगी|ज़िंदगी|जान
teeth	दांत|दाँत
feet	फुट|फीट|पैर

# travel and tourism (general vocabulary)
hostel	हॉस्टल|छात्रावास
motel	मोटल
inn	सराय
accommodation	आवास|ठहरने|रहने की जगह
lodging	ठहरने|आवास
guesthouse	गेस्टहाउस|अतिथि गृह
book a room	कमरा बुक
reservation	आरक्षण|बुकिंग
reserve a table	टेबल बुक
check in	चेक इन
check out	चेक आउट
camping	कैंपिंग|डेरा|शिविर|कैंप
campsite	कैंपसाइट|शिविर स्थल
campfire	अलाव
tent	तंबू|तम्बू|टेंट
sleeping bag	स्लीपिंग बैग
backpack	बैग|बस्ता|बैकपैक
backpacker	बैकपैकर
baggage	सामान
suitcase	सूटकेस|अटैची
bag	बैग|थैला|थैली|झोला
pack	पैक|सामान बांधना|बांधा
ticket office	टिकट घर|टिकट खिड़की|टिकट खिडकी
boarding pass	बोर्डिंग पास
round trip	आना-जाना|वापसी यात्रा
one way	एकतरफा
checkpoint	चौकी|चेकपोस्ट|चेक पोस्ट
immigration office	आप्रवासन कार्यालय
visa on arrival	वीज़ा ऑन अराइवल|वीजा ऑन अराइवल|आगमन पर वीज़ा|आगमन पर वीजा
entry	प्रवेश
entrance	प्रवेश द्वार|प्रवेश|दरवाज़ा|दरवाजा
way out	निकास|बाहर निकलने
seaside	समुद्र किनारे
shore	किनारा|किनारे|तट
bay	खाड़ी|खाडी
peninsula	प्रायद्वीप
cape	अंतरीप|टोपी
mountain range	पर्वत श्रृंखला|पर्वतमाला
slope	ढलान
trail	पगडंडी|रास्ता|ट्रेल
path	रास्ता|रास्ते|मार्ग|पथ
hiking	पैदल यात्रा|हाइकिंग|ट्रेकिंग|ट्रेक
trek	ट्रेक|ट्रेकिंग
hiker	पर्वतारोही|ट्रेकर
climber	पर्वतारोही
mountaineering	पर्वतारोहण
waterfall	झरना|झरने|जलप्रपात
hot spring	गर्म झरना|गर्म पानी का सोता
stream	धारा|नाला|झरना
canyon	घाटी|खड्ड
gorge	कंदरा|घाटी
plateau	पठार
plain	मैदान|मैदानी
countryside	ग्रामीण इलाका|देहात|गांव|ग्राम्य
scenery	दृश्य|नज़ारा|नजारा|नज़ारे|नजारे
landscape	परिदृश्य|भूदृश्य
sightseer	पर्यटक
traveller	यात्री|यात्रियों|मुसाफिर|मुसाफ़िर
travel agency	ट्रैवल एजेंसी
guidebook	गाइडबुक|मार्गदर्शिका
guide	गाइड|मार्गदर्शक|मार्गदर्शन
map	नक्शा|नक्शे|नक़्शा|मानचित्र
compass	कम्पास|कंपास|दिशा सूचक
souvenir	स्मृति चिन्ह|सोवेनियर
postcard	पोस्टकार्ड
vacation	छुट्टी|छुट्टियां|छुट्टियाँ|छुट्टियों
honeymoon	हनीमून
excursion	भ्रमण|सैर
picnic	पिकनिक
adventure	साहसिक|रोमांच|साहस
explore	खोज|खोजना|अन्वेषण|घूमना
explorer	खोजकर्ता|अन्वेषक
wander	भटकना|घूमना|घूमते
stroll	टहलना|सैर
passport control	पासपोर्ट जांच
customs officer	सीमा शुल्क अधिकारी
foreigner	विदेशी|विदेशियों
local people	स्थानीय लोग
native	मूल|देशी|मूल निवासी
language barrier	भाषा बाधा
phrasebook	वाक्यांश पुस्तिका
translate	अनुवाद|अनुवाद करना|अनुवादित
translation	अनुवाद
translator	अनुवादक|दुभाषिया
interpreter	दुभाषिया
currency exchange	मुद्रा विनिमय
tip	टिप|बख्शीश|बख़्शीश|सुझाव
bargain	मोलभाव|सौदा
sunscreen	सनस्क्रीन
swimsuit	स्विमसूट
diving	गोताखोरी|डाइविंग|गोता|गोता लगाना
snorkelling	स्नॉर्कलिंग
surfing	सर्फिंग
kayak	कयाक
cruise	क्रूज़|क्रूज|जलयात्रा
ferry	फ़ेरी|फेरी|नौका
pier	घाट|जेटी
harbour	बंदरगाह
lighthouse	प्रकाश स्तंभ|लाइटहाउस
canal	नहर|नहरों
oasis	नखलिस्तान
dune	टीला|रेत का टीला
ski	स्की|स्कीइंग
ski resort	स्की रिसॉर्ट
viewpoint	दर्शनीय स्थल
observation deck	अवलोकन डेक
gallery	गैलरी|दीर्घा
art museum	कला संग्रहालय
zoo	चिड़ियाघर|चिडियाघर
aquarium	एक्वेरियम|मछलीघर
amusement park	मनोरंजन पार्क
theme park	थीम पार्क
botanical garden	वनस्पति उद्यान
garden	बगीचा|बगीचे|बाग|उद्यान
square	चौक|चौराहा
plaza	प्लाज़ा|प्लाजा|चौक
old town	पुराना शहर
old quarter	पुराना इलाका
downtown	शहर का केंद्र|डाउनटाउन
city centre	शहर के बीच|शहर का केंद्र
suburb	उपनगर|उपनगरों
outskirts	बाहरी इलाका|बाहरी इलाके
alley	गली|गलियों
lane	गली
avenue	मार्ग|एवेन्यू
sidewalk	फुटपाथ
crossroads	चौराहा|चौराहे
intersection	चौराहा|चौराहे
roundabout	गोल चक्कर
signpost	संकेत|दिशा सूचक
direction	दिशा|दिशाओं|दिशा में

# home and daily life
dwelling	आवास|मकान
residence	निवास|आवास|घर
floor	मंजिल|मंज़िल|फर्श|फ़र्श
storey	मंजिल|मंज़िला|मंजिला
upstairs	ऊपर|ऊपरी मंजिल
downstairs	नीचे|निचली मंजिल
stairs	सीढ़ी|सीढी|सीढ़ियां|सीढियां|सीढ़ियाँ|सीढियाँ|सीढ़ियों|सीढियों
elevator	लिफ्ट|लिफ़्ट
roof	छत|छतों
ceiling	छत
door	दरवाज़ा|दरवाजा|दरवाज़े|दरवाजे|द्वार
window	खिड़की|खिडकी|खिड़कियां|खिडकियां|खिड़कियाँ|खिडकियाँ|खिड़कियों|खिडकियों
gate	गेट|द्वार|फाटक
fence	बाड़|बाड|बाड़ा|बाडा|तलवारबाजी
yard	आंगन|आँगन|अहाता
courtyard	आंगन|आँगन|प्रांगण
balcony	बालकनी|छज्जा
kitchen	रसोई|रसोईघर|किचन
bedroom	बेडरूम|शयनकक्ष
bathroom	बाथरूम|स्नानघर
living room	बैठक|ड्राइंग रूम
dining room	भोजन कक्ष
garage	गैरेज
basement	तहखाना
furniture	फर्नीचर|फ़र्नीचर
bed	बिस्तर|पलंग|चारपाई
table	मेज़|मेज|टेबल
chair	कुर्सी|कुर्सियां|कुर्सियाँ
sofa	सोफा|सोफ़ा
shelf	शेल्फ|अलमारी|ताक
cupboard	अलमारी
drawer	दराज
mirror	दर्पण|आईना|शीशा
lamp	दीपक|दीया|लैंप|बत्ती
lantern	लालटेन
light bulb	बल्ब
candle	मोमबत्ती|मोमबत्तियां
lighter	हल्का|हल्की|हल्के|अधिक हल्का
lightest	सबसे हल्का
switch	स्विच|बदलना
plug	प्लग
lock	ताला|लॉक
clock	घड़ी|घडी|घड़ियां|घडियां
cook	पकाना|पकाता|पकाती|पकाते|पकाया|पकाई|पकाए|पकाएगा|पकाएंगे|खाना बनाना|खाना बनाते|रसोइया|खाना पकाना|पाक कला
chef	शेफ|रसोइया|बावर्ची
recipe	नुस्खा|रेसिपी|विधि
boil	उबालना|उबाला|उबलता|उबले
fry	तलना|तला|तली|तले
bake	सेंकना|बेक
roast	भूनना|भुना
grill	ग्रिल|सेंकना
stove	चूल्हा|चूल्हे|स्टोव
oven	ओवन|भट्ठी
refrigerator	फ्रिज|रेफ्रिजरेटर
pot	बर्तन|हांडी|घड़ा|घडा
pan	कड़ाही|कडाही|तवा
plate	थाली|प्लेट|तश्तरी
bowl	कटोरा|कटोरी|गेंदबाजी|गेंदबाज़ी
cup	कप|प्याला|प्याली
glass	गिलास|कांच|काँच|शीशा
bottle	बोतल|बोतलें|बोतलों
spoon	चम्मच
fork	कांटा|काँटा
knife	चाकू|छुरी
chopsticks	चॉपस्टिक
dress	पोशाक|ड्रेस|कपड़े पहनना|कपडे पहनना
costume	वेशभूषा|पोशाक
uniform	वर्दी|यूनिफॉर्म
shirt	कमीज|कमीज़|शर्ट
t-shirt	टी-शर्ट
trousers	पतलून|पैंट
skirt	स्कर्ट|घाघरा
coat	कोट
jacket	जैकेट
sweater	स्वेटर
hat	टोपी|हैट|नफरत|नफ़रत|घृणा
shoe	जूता|जूते|जूतों
boot	बूट|जूते
sock	मोजा|मोज़ा|मोजे
glove	दस्ताना|दस्ताने
scarf	दुपट्टा|मफलर|स्कार्फ
sari	साड़ी|साडी|साड़ियां|साडियां
belt	बेल्ट|पेटी
pocket	जेब|जेबें
button	बटन
jewellery	गहने|आभूषण|ज़ेवर|जेवर
ring	अंगूठी
umbrella	छाता|छतरी
wash	धोना|धोया|धोते|धुलाई
laundry	कपड़े धोना|कपडे धोना|धुलाई|लॉन्ड्री
bathe	नहाना|नहाते|नहाया|स्नान
shower	शावर|फव्वारा|बौछार
soap	साबुन
towel	तौलिया
toothbrush	टूथब्रश
clean up	साफ करना|सफाई|साफ़|साफ
dirty	गंदा|गंदी|गंदे|मैला
tidy	साफ-सुथरा
sweep	झाड़ू|झाडू|झाड़ना|झाडना
broom	झाड़ू|झाडू
rubbish	कूड़ा|कूडा|कचरा|कूड़े|कूडे
trash	कचरा|कूड़ा|कूडा
bin	कूड़ेदान|कूडेदान
housework	घरेलू काम|घर का काम
chore	घरेलू काम
neighbor	पड़ोसी|पडोसी|पड़ोसियों|पडोसियों
roommate	रूममेट
landlord	मकान मालिक
tenant	किरायेदार|किराएदार
household	घर|घरेलू
daily life	दैनिक जीवन|रोजमर्रा
routine	दिनचर्या|रूटीन
habit	आदत|आदतें|आदतों
wake up	जागना|जागा|जागते|उठना
get up	उठना|उठते
rest	आराम|विश्राम|बाकी|बाक़ी
relax	आराम करना|आराम
bedtime	सोने का समय
breakfast	नाश्ता|नाश्ते
lunch	दोपहर का भोजन|लंच
dinner	रात का खाना|रात्रिभोज|डिनर
meal	भोजन|खाना|भोजनों
snack	नाश्ता|स्नैक
hungry	भूखा|भूखी|भूखे|भूख
thirsty	प्यासा|प्यासी|प्यासे|प्यास
supermarket	सुपरमार्केट
shopping mall	मॉल|शॉपिंग मॉल
bakery	बेकरी
pharmacy	दवा की दुकान|फार्मेसी
post office	डाकघर
mail	डाक
parcel	पार्सल
gift	उपहार|तोहफा|तोहफ़ा|भेंट
present	उपहार
invite	आमंत्रित|बुलाना|न्योता|निमंत्रण
invitation	निमंत्रण|न्योता|आमंत्रण
pet	पालतू|पालतू जानवर
toy	खिलौना|खिलौने|खिलौनों
hobby	शौक|शौक़
leisure	अवकाश|फुर्सत|फ़ुर्सत
free time	खाली समय
toolbox	औजार
hammer	हथौड़ा|हथौडा
rope	रस्सी
wheel	पहिया|पहिये|पहियों
tyre	टायर
engine	इंजन
motor	मोटर
basket	टोकरी
bucket	बाल्टी
blanket	कंबल|कम्बल
pillow	तकिया
carpet	कालीन|गलीचा
curtain	पर्दा|परदा
air conditioner	एसी|एयर कंडीशनर
heater	हीटर
washing machine	वॉशिंग मशीन
reader	पाठक|पाठकों

# body and health
hair	बाल|बालों|केश
ear	कान|कानों
nose	नाक
mouth	मुंह|मुँह|मुख
lip	होंठ|होठ
tongue	जीभ
neck	गर्दन
throat	गला|गले
shoulder	कंधा|कंधे|कंधों
finger	उंगली|उँगली|उंगलियां|उंगलियों
nail	नाखून|कील
chest	छाती|सीना
back	पीठ
stomach	पेट
belly	पेट
knee	घुटना|घुटने
ankle	टखना
toe	पैर की उंगली
muscle	मांसपेशी|मांसपेशियों|पेशी
nerve	तंत्रिका|नस
vein	नस|शिरा
blood vessel	रक्त वाहिका
skull	खोपड़ी|खोपडी
skeleton	कंकाल
spine	रीढ़|रीढ|रीढ़ की हड्डी|रीढ की हड्डी|घूमना|घुमाना
heartbeat	धड़कन|धडकन
breath	सांस|साँस|श्वास|सांस लेना|साँस लेना
sweat	पसीना
tear	आंसू|आँसू|आंसुओं|फाड़ना|फाडना
blind	अंधा|अंधी|अंधे|दृष्टिहीन
deaf	बहरा|बहरी|बहरे
bleed	खून बहना|खून बहा
bleeding	रक्तस्राव
bruise	चोट का निशान
fracture	फ्रैक्चर|हड्डी टूटना
headache	सिरदर्द|सिर दर्द
ache	दर्द|पीड़ा|पीडा
hurt	चोट|दुख|दर्द
allergy	एलर्जी
asthma	दमा|अस्थमा
diarrhoea	दस्त|डायरिया
vomit	उल्टी|उलटी
nausea	मतली|जी मिचलाना
dizzy	चक्कर
tired	थका|थकी|थके|थका हुआ
fatigue	थकान|थकावट
tablet	टैबलेट
injection	इंजेक्शन|टीका
prescription	नुस्खा|पर्चा|पर्ची
pharmacist	फार्मासिस्ट
dentist	दंत चिकित्सक|डेंटिस्ट
surgeon	सर्जन|शल्य चिकित्सक
operation	ऑपरेशन
diagnosis	निदान
diagnose	निदान|निदान किया
therapy	थेरेपी|चिकित्सा|उपचार
physician	चिकित्सक|डॉक्टर
health worker	स्वास्थ्यकर्मी|स्वास्थ्य कर्मी
first aid	प्राथमिक चिकित्सा
bandage	पट्टी
wheelchair	व्हीलचेयर
pregnancy	गर्भावस्था|गर्भ
give birth	जन्म देना|जन्म दिया
immune	प्रतिरक्षा|प्रतिरक्षी
immune system	प्रतिरक्षा प्रणाली
hygiene	स्वच्छता|साफ-सफाई
contagious	संक्रामक|छूत
spread	फैलना|फैला|फैली|फैलाव
heal	ठीक होना|चंगा
painkiller	दर्द निवारक
fit	तंदुरुस्त|फिट
fitness	फिटनेस|तंदुरुस्ती
gym	जिम|व्यायामशाला
yoga	योग
meditation	ध्यान
weight loss	वजन घटाना|वज़न कम|वजन कम
overweight	अधिक वजन|मोटा
fat	मोटा|मोटी|वसा|चर्बी
thin	पतला|पतली|पतले|दुबला
tall	लंबा|लंबी|लंबे|ऊंचा|कहानी|कथा
vitamin	विटामिन
protein	प्रोटीन
calorie	कैलोरी
asleep	सोया|सोई|सोए|सो रहा
awake	जागा|जागी|जागते
alive	जीवित|ज़िंदा|जिंदा
sense	इंद्रिय|भावना|समझ|अर्थ
smell	गंध|सूंघना|बदबू|खुशबू|ख़ुशबू
taste	स्वाद|चखना|चखा
touch	छूना|छुआ|स्पर्श
sight	दृष्टि|नजर|नज़र|दृश्य
sound	आवाज|आवाज़|ध्वनि
noise	शोर|शोरगुल
silence	चुप्पी|खामोशी|ख़ामोशी|सन्नाटा|मौन
quiet	शांत|चुप|सुनसान
loud	जोर से|ज़ोर से

# nature, animals and plants
leaf	पत्ता|पत्ती|पत्ते|पत्तियां|पत्तियों
branch	शाखा|शाखाओं
root	जड़|जड|जड़ें|जडें|जड़ों|जडों
trunk	तना
bush	झाड़ी|झाडी|झाड़ियों|झाडियों
moss	काई
mushroom	मशरूम|कुकुरमुत्ता
bamboo	बांस|बाँस
palm tree	ताड़|ताड|खजूर
pine	चीड़|चीड
oak	बलूत|ओक
lotus	कमल
bloom	खिलना
blossom	फूल|बौर
petal	पंखुड़ी|पंखुडी
wild	जंगली|वन्य
rainforest	वर्षावन
mangrove	मैंग्रोव
swamp	दलदल
pond	तालाब
well	कुआं|कुआँ|कुएं
estuary	मुहाना
delta	डेल्टा
tide	ज्वार
horizon	क्षितिज
sunrise	सूर्योदय
sunset	सूर्यास्त
sunlight	धूप|सूर्य का प्रकाश
shade	छाया|छांव|छाँव
shadow	परछाई|छाया
mud	कीचड़|कीचड|मिट्टी
clay	मिट्टी
pebble	कंकड़|कंकड
crystal	क्रिस्टल|स्फटिक
diamond	हीरा|हीरे
mammal	स्तनधारी
reptile	सरीसृप
wolf	भेड़िया|भेडिया|भेड़िये|भेडिये
fox	लोमड़ी|लोमडी
deer	हिरण|हिरन
rabbit	खरगोश
mouse	चूहा|चूहे
squirrel	गिलहरी
bat	चमगादड़|चमगादड|बल्ला|बल्लेबाजी|बल्लेबाज़ी
camel	ऊंट|ऊँट
donkey	गधा|गधे
goat	बकरी|बकरा|बकरियों
sheep	भेड़|भेड|भेड़ें|भेडें|भेड़ों|भेडों
buffalo	भैंस|भैंसे
duck	बत्तख
goose	हंस
eagle	चील|बाज
owl	उल्लू
parrot	तोता|तोते
peacock	मोर
crow	कौआ|कौवा
feather	पंख
wing	पंख|विंग
nest	घोंसला
egg	अंडा|अंडे|अंडों
tail	पूंछ|पूँछ
frog	मेंढक
turtle	कछुआ|कछुए
dolphin	डॉल्फिन
octopus	ऑक्टोपस
crab	केकड़ा|केकडा
shrimp	झींगा
jellyfish	जेलीफ़िश|जेलीफिश
butterfly	तितली|तितलियां
ant	चींटी|चींटियां
spider	मकड़ी|मकडी
worm	कीड़ा|कीडा|कृमि
bug	कीड़ा|कीडा|कीड़े|कीडे|बग
gorilla	गोरिल्ला
chimpanzee	चिंपांजी
orangutan	ओरंगुटान
giraffe	जिराफ
zebra	ज़ेबरा|जेबरा
rhinoceros	गैंडा
hippopotamus	दरियाई घोड़ा|दरियाई घोडा
kangaroo	कंगारू
penguin	पेंगुइन
leopard	तेंदुआ|तेंदुए
wildlife sanctuary	अभयारण्य
nature reserve	अभयारण्य|आरक्षित वन
habitat	आवास|पर्यावास|निवास स्थान
ecosystem	पारिस्थितिकी तंत्र
ecology	पारिस्थितिकी
hunt	शिकार|शिकार करना
hunter	शिकारी
poaching	अवैध शिकार
prey	शिकार
predator	शिकारी
breed	नस्ल|प्रजनन
fur	फर|रोएं
horn	सींग|हॉर्न
tusk	दांत|हाथीदांत
ivory	हाथीदांत|हाथी दांत

# weather and seasons
sunny	धूप|धूपदार
cloudy	बादल|बादलों|बादल छाए
rainy	बरसात|बरसाती
rainy season	बरसात|वर्षा ऋतु
dry season	शुष्क मौसम
windy	तेज़ हवा|तेज हवा|हवादार
breeze	हवा|बयार|झोंका
gust	झोंका
hail	ओले|ओला|ओलावृष्टि
thunder	गरज|गड़गड़ाहट|गडगडाहट
rainbow	इंद्रधनुष
mist	धुंध|कोहरा
dew	ओस
freeze	जमना|जम गया|जमाना|जमा देने वाली|कड़ाके की ठंड|कडाके की ठंड
melt	पिघलना|पिघला|पिघलते
cool	ठंडा|ठंडी|ठंडे|शीतल
chilly	सर्द
humid	उमस|नम|उमस भरा
climate zone	जलवायु क्षेत्र
tropical	उष्णकटिबंधीय
temperate	समशीतोष्ण
polar	ध्रुवीय
freezing point	हिमांक
clear sky	साफ आसमान
blizzard	बर्फ़ीला तूफ़ान|बर्फीला तूफान
snowfall	बर्फबारी|बर्फ़बारी|हिमपात
avalanche	हिमस्खलन
sandstorm	रेतीला तूफान|आंधी
flash flood	अचानक बाढ़|अचानक बाढ

# buildings and places in town
skyscraper	गगनचुंबी इमारत
structure	संरचना|ढांचा|ढाँचा
hall	हॉल|सभागार|कक्ष
lobby	लॉबी
corridor	गलियारा
cottage	झोपड़ी|झोपडी|कुटिया
hut	झोपड़ी|झोपडी|झोपड़ियों|झोपडियों
villa	विला|बंगला
mansion	हवेली
cathedral	गिरजाघर|कैथेड्रल
shrine	मंदिर|दरगाह|तीर्थ
pilgrimage	तीर्थयात्रा|तीर्थ
pilgrim	तीर्थयात्री|श्रद्धालु
monastery	मठ
fortress	किला|किले|दुर्ग
city wall	परकोटा
gateway	प्रवेशद्वार|द्वार
cemetery	कब्रिस्तान|क़ब्रिस्तान
tomb	मकबरा|मक़बरा|कब्र|क़ब्र
grave	कब्र|क़ब्र|समाधि
crossing	क्रॉसिंग|पारगमन|पार करना|पार किया
park a car	गाड़ी खड़ी|गाडी खडी
gas station	पेट्रोल पंप
bus stop	बस स्टॉप|बस अड्डा
terminal	टर्मिनल
subway	मेट्रो|भूमिगत
tram	ट्राम
taxi	टैक्सी
rickshaw	रिक्शा
tuk-tuk	टुकटुक|ऑटो रिक्शा
scooter	स्कूटर
motorbike	मोटरसाइकिल|बाइक
cyclist	साइकिल चालक|साइकिल सवार
pedestrian	पैदल यात्री|राहगीर
van	वैन
lorry	ट्रक|लॉरी
helicopter	हेलीकॉप्टर
jet	जेट|विमान
runway	रनवे|हवाई पट्टी
takeoff	उड़ान भरना|उडान भरना|उड़ान|उडान
onboard	सवार
anchor	लंगर
canoe	डोंगी
raft	बेड़ा|बेडा
submarine	पनडुब्बी
vessel	जहाज|पोत
sailor	नाविक|मल्लाह
rail	रेल
track	पटरी|ट्रैक
carriage	डिब्बा|गाड़ी|गाडी
seat belt	सीट बेल्ट
driving licence	ड्राइविंग लाइसेंस
speed limit	गति सीमा
traffic light	ट्रैफिक लाइट|ट्रैफ़िक सिग्नल|ट्रैफिक सिग्नल
commute	आना-जाना|आवागमन
commuter	यात्री|दैनिक यात्री
ride	सवारी|सवार|चलाना
overtake	आगे निकलना
depart	प्रस्थान|रवाना
departure	प्रस्थान|रवानगी
arrival	आगमन
change trains	बदलना
timetable	समय सारणी
on time	समय पर

# food and drink
eat out	बाहर खाना
food stall	ठेला|खोमचा
cafe	कैफ़े|कैफे
bar	बार|शराबखाना
menu	मेनू
waiter	वेटर|बैरा
order food	ऑर्डर
tasty	स्वादिष्ट|लज़ीज़|लजीज
delicious	स्वादिष्ट|लज़ीज़|लजीज
sweet	मीठा|मीठी|मीठे|मिठाई
sour	खट्टा|खट्टी|खट्टे
salty	नमकीन|खारा
spicy	तीखा|तीखी|मसालेदार
bitter	कड़वा|कडवा|कड़वी|कडवी|कड़वे|कडवे
fresh	ताजा|ताज़ा|ताजी|ताज़ी|ताजे|ताज़े
raw	कच्चा|कच्ची|कच्चे
ripe	पका|पकी|पके
salt	नमक
pepper	मिर्च|काली मिर्च
chili	मिर्च|मिर्ची
spice	मसाला|मसाले|मसालों
garlic	लहसुन
onion	प्याज
ginger	अदरक
cooking oil	तेल
butter	मक्खन
cheese	पनीर|चीज़|चीज
yogurt	दही
cream	क्रीम|मलाई
ice cream	आइसक्रीम
cake	केक
cookie	बिस्कुट
chocolate	चॉकलेट
candy	टॉफी|मिठाई
honey	शहद|मधु
jam	जैम|मुरब्बा
soup	सूप|शोरबा
curry	करी|कढ़ी|कढी|तरकारी
salad	सलाद
sandwich	सैंडविच
pizza	पिज़्ज़ा|पिज्जा
cooked rice	चावल|भात
fried rice	फ्राइड राइस
dumpling	मोमो
flour	आटा|मैदा
corn	भुट्टा
potato	आलू
tomato	टमाटर
carrot	गाजर
cabbage	पत्तागोभी|पत्ता गोभी
bean	बीन|फली|सेम
lentil	दाल
tofu	टोफू
peanut	मूंगफली
nut	मेवा
apple	सेब
banana	केला|केले
orange	संतरा|नारंगी
grape	अंगूर
lemon	नींबू
coconut	नारियल
pineapple	अनानास
watermelon	तरबूज
durian	डूरियन
beef	गोमांस|बीफ
pork	सूअर का मांस
mutton	मटन|बकरे का मांस
seafood	समुद्री भोजन
vegetarian	शाकाहारी
vegan	शुद्ध शाकाहारी|वीगन
juice	जूस|रस
soft drink	शीतल पेय
drinking water	पीने का पानी|पेयजल
liquor	शराब
beverage	पेय|पेय पदार्थ
noodle soup	नूडल सूप
pho	फो
sushi	सुशी
portion	हिस्सा|भाग
bite	काटना|काटा|कौर
swallow	निगलना
chew	चबाना

# science, education and knowledge
lesson	पाठ|सबक
lecture	व्याख्यान|लेक्चर
course	पाठ्यक्रम|कोर्स
subject	विषय|विषयों
homework	गृहकार्य|होमवर्क
classroom	कक्षा|क्लासरूम
pupil	छात्र|विद्यार्थी
educate	शिक्षित|शिक्षा देना|पढ़ा-लिखा|पढा-लिखा|पढ़े-लिखे|पढे-लिखे
alphabet	वर्णमाला
grammar	व्याकरण
vocabulary	शब्दावली
dictionary	शब्दकोश
paragraph	अनुच्छेद|पैराग्राफ
chapter	अध्याय
page	पृष्ठ|पन्ना|पन्ने|पेज
article	लेख|लेखों
essay	निबंध
thesis	शोध प्रबंध|थीसिस
encyclopedia	विश्वकोश
textbook	पाठ्यपुस्तक
notebook	नोटबुक|कॉपी
pen	कलम|पेन
pencil	पेंसिल
blackboard	ब्लैकबोर्ड
principal	प्रधानाचार्य|प्रिंसिपल
lecturer	व्याख्याता
scholar	विद्वान
intelligent	बुद्धिमान
clever	चतुर|होशियार
wise	बुद्धिमान|समझदार
wisdom	ज्ञान|बुद्धि
stupid	मूर्ख|बेवकूफ
mind	मन|दिमाग|दिमाग़
memory	याद|स्मृति|यादें
concept	अवधारणा
principle	सिद्धांत
hypothesis	परिकल्पना
observe	देखना|अवलोकन
observation	अवलोकन
prove	सिद्ध|साबित
proof	प्रमाण|सबूत
formula	सूत्र|फॉर्मूला
equation	समीकरण
calculation	गणना
sample	नमूना|नमूने
microscope	सूक्ष्मदर्शी|माइक्रोस्कोप
element	तत्व
oxygen	ऑक्सीजन
nitrogen	नाइट्रोजन
chemical	रसायन|रासायनिक
substance	पदार्थ
liquid	तरल
solid	ठोस
particle	कण
electron	इलेक्ट्रॉन
radiation	विकिरण
magnet	चुंबक
electric current	विद्युत धारा
voltage	वोल्टेज
biologist	जीवविज्ञानी
physicist	भौतिक विज्ञानी
chemist	रसायनज्ञ
mathematician	गणितज्ञ
geography	भूगोल
geology	भूविज्ञान
philosophy	दर्शन|दर्शनशास्त्र
philosopher	दार्शनिक
psychology	मनोविज्ञान
sociology	समाजशास्त्र
linguistics	भाषाविज्ञान
literature	साहित्य
archaeology	पुरातत्व
archaeologist	पुरातत्वविद
medical science	चिकित्सा विज्ञान
computer science	कंप्यूटर विज्ञान
organism	जीव|जीवों
microbe	सूक्ष्मजीव
solar system	सौरमंडल|सौर मंडल
comet	धूमकेतु
asteroid	क्षुद्रग्रह
meteor	उल्का
eclipse	ग्रहण
light year	प्रकाश वर्ष
observatory	वेधशाला
research paper	शोध पत्र
journal	पत्रिका|जर्नल
diameter	व्यास
circle	वृत्त|गोला|घेरा
triangle	त्रिभुज
shape	आकार|आकृति
surface	सतह
layer	परत
core	कोर|केंद्र|मूल

# sport and games
sportsman	खिलाड़ी|खिलाडी|खिलाड़ियों|खिलाडियों
ball	गेंद|बॉल
kick off	शुरुआत
pitch	पिच|मैदान
net	जाल|नेट
racket	रैकेट
tennis player	टेनिस खिलाड़ी|टेनिस खिलाडी
footballer	फुटबॉलर|फुटबॉल खिलाड़ी|फुटबॉल खिलाडी
spectator	दर्शक|दर्शकों
cheer	जयकार|उत्साह
skate	स्केट
wrestler	पहलवान
archery	तीरंदाजी|तीरंदाज़ी
gymnastics	जिमनास्टिक
weightlifting	भारोत्तोलन
rugby	रग्बी
baseball	बेसबॉल
handball	हैंडबॉल
kabaddi	कबड्डी
practice	अभ्यास|प्रथा|रियाज
warm up	वार्म अप
injury time	इंजरी टाइम
extra time	अतिरिक्त समय
loser	हारने वाला|पराजित
tie	बराबरी|ड्रॉ
scoreboard	स्कोरबोर्ड
trophy	ट्रॉफी
league table	अंक तालिका
ranking	रैंकिंग|क्रमांक|रैंक|दर्जा
fastest	सबसे तेज
faster	अधिक तेज
stronger	अधिक मजबूत|और मजबूत
strongest	सबसे मजबूत|सबसे शक्तिशाली
puzzle	पहेली
card	कार्ड|पत्ता|ताश
dice	पासा
kite	पतंग

# arts, music and entertainment
colour	रंग|रंगों
sculpture	मूर्तिकला|मूर्ति
sculptor	मूर्तिकार
carving	नक्काशी
craft	शिल्प|हस्तशिल्प|कारीगरी
craftsman	कारीगर|शिल्पकार
pottery	मिट्टी के बर्तन
silk	रेशम|रेशमी
masterpiece	उत्कृष्ट कृति
artwork	कलाकृति
work of art	कलाकृति
instrument	वाद्य|वाद्य यंत्र|उपकरण
guitar	गिटार
piano	पियानो
drum	ढोल|ड्रम|नगाड़ा|नगाडा
violin	वायलिन
flute	बांसुरी|बाँसुरी
orchestra	ऑर्केस्ट्रा|वाद्यवृंद
choir	गायक मंडली
melody	धुन|राग
rhythm	लय|ताल
lyrics	गीत के बोल
composer	संगीतकार
opera	ओपेरा
drama	नाटक|ड्रामा
perform	प्रदर्शन|प्रस्तुति|प्रस्तुत
performance	प्रदर्शन|प्रस्तुति
comedy	कॉमेडी|हास्य
joke	मजाक|मज़ाक|चुटकुला
character	पात्र|चरित्र|किरदार
heroine	नायिका
scene	दृश्य
plot	कथानक|साजिश
fairy tale	परी कथा
myth	मिथक|पौराणिक कथा
mythology	पौराणिक कथाएं|पुराण
poetry	कविता|काव्य
fiction	कथा साहित्य|उपन्यास
comic	कॉमिक|हास्य
cartoon	कार्टून
animation	एनीमेशन
documentary	वृत्तचित्र|डॉक्यूमेंट्री
episode	एपिसोड|कडी|प्रकरण
broadcast	प्रसारण|प्रसारित
entertainment	मनोरंजन
fun	मज़ा|मजा|मज़ेदार|मजेदार
boring	उबाऊ

# history and the past
historian	इतिहासकार
historical	ऐतिहासिक
dynasty	राजवंश|वंश
reign	शासनकाल|राज
kingdom	साम्राज्य
ruler	शासक|शासकों
conquer	विजय|जीतना|जीत लिया
conquest	विजय
warrior	योद्धा
knight	शूरवीर|योद्धा
sword	तलवार
slave	गुलाम|दास
slavery	गुलामी|दासता
civilization	सभ्यता
era	युग|काल|दौर
medieval	मध्यकालीन
prehistoric	प्रागैतिहासिक
archaeological site	पुरातात्विक स्थल
artifact	कलाकृति|अवशेष
relic	अवशेष
ancestor	पूर्वज|पूर्वजों|पुरखे
descendant	वंशज
heir	वारिस|उत्तराधिकारी
throne	सिंहासन|गद्दी
crown	मुकुट|ताज
independence movement	स्वतंत्रता आंदोलन
founded	स्थापना|स्थापित
centuries-old	सदियों पुराना
ancient city	प्राचीन नगर

# emotions and character
emotion	भावना|भावनाओं|भाव
joy	खुशी|ख़ुशी|आनंद|हर्ष
happiness	खुशी|ख़ुशी|सुख
glad	खुश|ख़ुश|प्रसन्न
pleased	प्रसन्न|खुश|कृपया|कृपा
cheerful	हंसमुख|प्रसन्न
excited	उत्साहित|रोमांचक
sadness	दुख|उदासी|दुःख
sorrow	दुख|शोक|दुःख
grief	शोक|दुख
mourn	शोक|शोक मनाना
weep	रोना|रोया|रोई|रोते|आंसू बहाना
lonely	अकेला|अकेली|अकेले|अकेलापन
loneliness	अकेलापन
afraid	डरा|डरी|डरे|भयभीत
scared	डरा हुआ|डर
frightened	भयभीत|डरे हुए
terrible	भयानक|भयंकर|बुरा
horrible	भयानक
fearful	भयभीत
brave	बहादुर|साहसी|वीर
courage	साहस|हिम्मत
calm	शांत|शांति|स्थिर
nervous	घबराया|घबराहट|बेचैन
anxious	चिंतित|बेचैन
anxiety	चिंता|बेचैनी
upset	परेशान|नाराज
annoyed	नाराज|चिढ़|चिढ
furious	आगबबूला|बहुत गुस्सा|क्रोधित
rage	गुस्सा|क्रोध|रोष
disappointed	निराश
disappointment	निराशा
despair	निराशा|हताशा
embarrassed	शर्मिंदा
shame	शर्म|लज्जा
guilt	अपराध बोध
jealous	ईर्ष्यालु|जलन
envy	ईर्ष्या
dislike	नापसंद
enjoy	आनंद लेना|आनंद|मज़ा लेना|मजा लेना
admire	प्रशंसा करना|सराहना
respect	सम्मान|आदर|इज्जत|इज़्ज़त
grateful	आभारी|कृतज्ञ
gratitude	कृतज्ञता|आभार
kindness	दया|करुणा
gentle	सौम्य|कोमल|नरम
cruel	क्रूर|निर्दयी
polite	विनम्र|शिष्ट
rude	असभ्य|बदतमीज
honest	ईमानदार
honesty	ईमानदारी
lazy	आलसी
patience	धैर्य|सब्र
curious	जिज्ञासु|उत्सुक
curiosity	जिज्ञासा
shy	शर्मीला|शर्मीली
lucky	भाग्यशाली|खुशकिस्मत
luck	भाग्य|किस्मत|क़िस्मत
unlucky	दुर्भाग्यपूर्ण|बदकिस्मत
unfortunately	दुर्भाग्य से|दुर्भाग्यवश
fortunately	सौभाग्य से
mood	मूड|मनोदशा
passion	जुनून|जोश
desire	इच्छा|चाह|अभिलाषा
wish	इच्छा|कामना|शुभकामना|चाहते
sympathy	सहानुभूति
compassion	करुणा|दया
loyal	वफादार|वफ़ादार
loyalty	वफादारी|निष्ठा
satisfied	संतुष्ट
satisfaction	संतोष|संतुष्टि
comfortable	आरामदायक|आरामदेह
uncomfortable	असहज
amazing	अद्भुत|शानदार
wonderful	अद्भुत|शानदार|बढ़िया|बढिया
excellent	उत्कृष्ट|बेहतरीन|शानदार
great	महान|बडा|शानदार
nice	अच्छा|अच्छी|अच्छे|सुंदर
lovely	प्यारा|प्यारी|प्यारे|सुंदर
ugly	बदसूरत|भद्दा
pretty	सुंदर|खूबसूरत|ख़ूबसूरत
handsome	सुंदर|सुन्दर
attractive	आकर्षक
charming	मनमोहक|आकर्षक
romantic	रोमांटिक|प्रेमपूर्ण
kiss	चुंबन|चूमना
lover	प्रेमी|प्रेमिका
girlfriend	प्रेमिका|गर्लफ्रेंड
boyfriend	प्रेमी|बॉयफ्रेंड

# verbs of motion
go out	बाहर जाना|निकलना|निकला|निकली|निकले
come back	लौटना|लौटा|लौटी|लौटे|वापस आना|वापस आए
go back	वापस जाना|लौट जाना
go home	घर जाना|घर लौटना
rush	जल्दी करना|दौड़ पड़े|दौड पडे
hurry	जल्दबाजी
crawl	रेंगना
slip	फिसलना|फिसला
stand up	खड़ा होना|खडा होना|खडे|खडी|खडा
lie down	लेटना|लेटा|लेटी
lean	झुकना|टिकना
bend	झुकना|मोड़ना|मोडना|मोड़|मोड
pass by	गुजरना|गुज़रना|गुजरा|गुज़रे|गुजरे
go through	से होकर|गुजरना
head towards	की ओर|की तरफ|रवाना
towards	की ओर|की तरफ
float	तैरना|तैरता
flow	बहना|बहती|बहता|प्रवाह
pour	डालना|उंडेलना
shake	हिलाना|हिलना|कांपना
slide	फिसलना|स्लाइड
point out	इंगित

# verbs of perception and thought
notice	ध्यान देना|गौर|देखा|नोटिस
recognize	पहचानना|पहचाना|पहचान|मान्यता
realize	एहसास|महसूस|समझ आया
imagine	कल्पना|सोचो
wonder	आश्चर्य|सोचना|अचरज
guess	अनुमान|अंदाज़ा|अंदाजा
suppose	मान लो|मानना
assume	मानना|माना|अनुमान
disagree	असहमत|असहमति
listen	सुनना|सुना|सुनी|सुने|सुनते|सुनिए
look like	जैसा दिखना|दिखता|दिखती

# verbs of communication
chat	बातचीत|गपशप|चैट
conversation	बातचीत|वार्तालाप
greet	अभिवादन|स्वागत|नमस्ते|नमस्कार
hello	नमस्ते|नमस्कार|हैलो
goodbye	अलविदा
sorry	माफ़ करना|माफ करना|क्षमा|खेद
whisper	फुसफुसाना
scream	चीख|चीखना
advise	सलाह|सलाह देना|परामर्श
advice	सलाह|परामर्श
persuade	मनाना|राजी करना
argue	बहस|तर्क
argument	बहस|तर्क
quarrel	झगड़ा|झगडा|झगड़े|झगडे
debate	बहस|वाद-विवाद|चर्चा
inform	सूचित|सूचना|जानकारी दी
notify	सूचित|अधिसूचित
introduction	परिचय|भूमिका
repeat	दोहराना|दोहराया|दोहराव
pronounce	उच्चारण
spell	वर्तनी
note down	नोट|दर्ज
print	छापना|छपा|मुद्रण|प्रिंट

# verbs of daily action
shut	बंद करना|बंद किया
fix	ठीक करना|मरम्मत
break	तोड़ना|तोडना|तोड़ा|तोडा|तोड़ी|तोडी|टूटा|टूटी|टूटे
tear down	गिराना|ढहाना
fold	मोड़ना|मोडना|तह
tie up	बांधना|बाँधना|बांधा
hang	लटकाना|टांगना|फांसी
grab	झपटना|पकड़|पकड
take away	ले जाना|ले गया|ले गए
put	रखना
pick up	उठाना|उठाया|उठाई
drop off	छोड़ना|छोडना|उतारना
empty out	खाली करना|खाली
mix	मिलाना|मिलाया|मिश्रण|मिला-जुला
cut up	काटना|काटी|काटे
look for	ढूंढना|ढूँढना|खोजना|तलाश|तलाशी
find out	पता लगाना|पता चला
stay overnight	रात बिताना|ठहरना|ठहरे
rent out	किराए पर
sell out	बिक गया

# comparatives and superlatives (English forms the stemmer does not reach)
bigger	बडा|अधिक बड़ा|अधिक बडा|और बड़ा|और बडा
biggest	सबसे बड़ा|सबसे बडा|सबसे बड़ी|सबसे बडी|सबसे बड़े|सबसे बडे
larger	बडा|अधिक बड़ा|अधिक बडा
largest	सबसे बड़ा|सबसे बडा|सबसे बड़ी|सबसे बडी|सबसे बड़े|सबसे बडे
smaller	अधिक छोटा
smallest	सबसे छोटा|सबसे छोटी|सबसे छोटे
higher	ऊंचा|ऊँचा|उच्चतर
highest	सबसे ऊंचा|सबसे ऊँचा|सर्वोच्च|सबसे अधिक
lowest	सबसे कम|न्यूनतम|सबसे निचला
longer	लंबा|अधिक लंबा
longest	सबसे लंबा|सबसे लंबी|सबसे लंबे
shortest	सबसे छोटा
older	बडा|अधिक उम्र
oldest	सबसे पुराना|सबसे बुजुर्ग|सबसे पुरानी
younger	कम उम्र
youngest	सबसे कम उम्र|सबसे छोटा
newer	नवीनतर
newest	सबसे नया|नवीनतम
heavier	भारी|अधिक भारी
heaviest	सबसे भारी
hotter	गर्म|अधिक गर्म
hottest	सबसे गर्म
colder	ठंडा|अधिक ठंडा
coldest	सबसे ठंडा
warmer	गर्म|अधिक गर्म
cheaper	सस्ता|सस्ती|सस्ते
cheapest	सबसे सस्ता
more expensive	महंगा|महँगा|अधिक महंगा
easier	आसान|अधिक आसान
easiest	सबसे आसान
harder	कठिन|अधिक कठिन|मुश्किल
closer	करीब|क़रीब|नजदीक|नज़दीक
closest	सबसे करीब|निकटतम
farther	अधिक दूर
earlier	पूर्व
earliest	सबसे पुराना|सबसे पहले|सबसे प्रारंभिक
richer	अमीर|अधिक अमीर
richest	सबसे अमीर|सबसे धनी
poorest	सबसे गरीब|सबसे ग़रीब
greater	बडा|ज्यादा|ज़्यादा
greatest	सबसे बड़ा|सबसे बडा|सबसे महान
wider	चौड़ा|चौडा|व्यापक
deeper	गहरा|अधिक गहरा
deepest	सबसे गहरा
tallest	सबसे ऊंचा|सबसे ऊँचा|सबसे लंबा
busiest	सबसे व्यस्त
safest	सबसे सुरक्षित
safer	अधिक सुरक्षित|सुरक्षित
most popular	सबसे लोकप्रिय
most important	सबसे महत्वपूर्ण
least	सबसे कम|कम से कम

# common adjectives
wide	चौड़ा|चौडा|चौड़ी|चौडी|चौड़े|चौडे|व्यापक
narrow	संकरा|संकरी|तंग
deep	गहरा|गहरी|गहरे
shallow	उथला
thick	मोटा|घना|घनी
dense	घना|घनी|घने
flat	समतल|सपाट|फ्लैट
steep	खडी|ढलवां
smooth	चिकना|सुचारू
rough	खुरदरा|उबड़-खाबड़|उबड-खाबड
soft	नरम|मुलायम|कोमल
bright	चमकीला|उज्ज्वल
shiny	चमकदार
colourful	रंगीन|रंग-बिरंगा|रंग-बिरंगे
brown	भूरा|भूरी|भूरे
grey	धूसर|स्लेटी
pink	गुलाबी
purple	बैंगनी
golden	सुनहरा|सुनहरी|स्वर्णिम
busy	व्यस्त|भीड़भाड़|भीडभाड
lively	जीवंत|चहल-पहल
peaceful	शांत|शांतिपूर्ण
pleasant	सुखद|मनोरम
convenient	सुविधाजनक
inconvenient	असुविधाजनक
useful	उपयोगी|काम का
useless	बेकार|व्यर्थ
helpful	सहायक|मददगार
suitable	उपयुक्त|उचित
proper	उचित
exact	सटीक
accurate	सटीक
certain	निश्चित|पक्का
obvious	स्पष्ट|ज़ाहिर|जाहिर
strange	अजीब|विचित्र
odd	अजीब|विषम
familiar	परिचित|जाना-पहचाना
foreign language	विदेशी भाषा
native language	मातृभाषा
typical	विशिष्ट|ठेठ
ordinary	साधारण|सामान्य
regular	नियमित
frequent	बार-बार|अक्सर|लगातार
constant	निरंतर|लगातार|स्थिर
partial	आंशिक
extra	अतिरिक्त
additional	अतिरिक्त
enough	पर्याप्त
plenty	भरपूर|ढेर
alone	अकेला|अकेले|अकेली
separate	अलग|पृथक
quick	त्वरित|तुरंत
rapid	तीव्र|तेजी|तेज़ी
sudden	अचानक|आकस्मिक
gradual	क्रमिक|धीरे-धीरे
gradually	धीरे-धीरे|क्रमशः
slowly	धीरे|धीरे-धीरे
suddenly	अचानक|एकाएक
immediately	तुरंत|फौरन|तत्काल
easily	आसानी से
carefully	ध्यान से|सावधानी से
careful	सावधान|सतर्क
completely	पूरी तरह|पूर्णतः|बिल्कुल
totally	पूरी तरह|बिल्कुल
mostly	अधिकतर|ज्यादातर|ज़्यादातर|मुख्यतः
mainly	मुख्य रूप से|मुख्यतः
probably	शायद|संभवतः|सम्भवतः
perhaps	शायद|संभवतः
maybe	शायद
certainly	निश्चित रूप से|जरूर|ज़रूर
definitely	निश्चित रूप से|बिल्कुल
really	वास्तव में|सचमुच|सच में
actually	वास्तव में|दरअसल|असल में
indeed	वास्तव में|सचमुच
rather	बल्कि
too much	बहुत ज्यादा|अत्यधिक
extremely	बेहद|अत्यंत|अत्यधिक
simply	सिर्फ
merely	केवल|मात्र
exactly	बिल्कुल|सटीक
instead	इसके बजाय|बजाय|के बजाय
otherwise	अन्यथा|वरना
anyway	वैसे भी|फिर भी
besides	इसके अलावा|के अलावा
moreover	इसके अलावा|साथ ही|इसके साथ ही
thus	इस प्रकार|इसलिए
despite	बावजूद|के बावजूद
unless	जब तक नहीं|अगर नहीं
whether	चाहे|कि क्या
either	या तो
everywhere	हर जगह|सब जगह|सर्वत्र
somewhere	कहीं
anywhere	कहीं भी
nowhere	कहीं नहीं
everyone	हर कोई|सबको
nobody	कोई नहीं
everything	सब कुछ|सबकुछ
something	कोई चीज
nothing	कुछ नहीं
thing	चीज|चीज़|चीजें|चीज़ें|वस्तु

# aspect, modality and frequency
yet	अभी तक|अब तक
not yet	अभी तक नहीं|अभी नहीं
ever	कभी|कभी भी
used to	करता था|होता था
just now	अभी-अभी|हाल ही में
about to	होने वाला|होने वाली|होने वाले
eventually	अंततः|आखिरकार|आख़िरकार
at last	आखिरकार|अंत में
forever	हमेशा के लिए|सदा
rarely	शायद ही|कभी-कभार
seldom	शायद ही कभी
occasionally	कभी-कभी|कभी-कभार
generally	आम तौर पर|सामान्यतः|आमतौर पर
normally	सामान्यतः|आमतौर पर|आम तौर पर
able	सक्षम|समर्थ
unable	असमर्थ|नहीं सका|नहीं सकते|नहीं सकता|नहीं सकती
cannot	नहीं सकता|नहीं सकती|नहीं सकते|नहीं सका
have to	पड़ेगा|पडेगा|पड़ेंगे|पडेंगे|पड़ता है|पडता है|करना पड़ा|करना पडा|करना होगा
forbidden	वर्जित|निषिद्ध|मना
unlikely	असंभव|संभावना नहीं

# people, family and work
grandfather	दादा|नाना
grandmother	दादी|नानी
grandchild	पोता|पोती|नाती|नातिन
uncle	चाचा|मामा|ताऊ
aunt	चाची|मामी|मौसी|बुआ
cousin	चचेरा भाई|चचेरी बहन|ममेरा भाई
relative	रिश्तेदार|रिश्तेदारों|संबंधी
twin	जुड़वां|जुडवां|जुड़वाँ|जुडवाँ
couple	दंपति|जोड़ा|जोडा|जोड़े|जोडे
bride	दुल्हन
groom	दूल्हा
teenager	किशोर|किशोरी
adult	वयस्क
kid	बच्चा|बच्चे
infant	शिशु
gentleman	सज्जन
lady	महिला|देवी
stranger	अजनबी
guest of honour	मुख्य अतिथि
colleague	सहकर्मी
boss	मालिक|बॉस
office worker	कर्मचारी
salesman	विक्रेता
shopkeeper	दुकानदार
vendor	विक्रेता|फेरीवाला
fisherman	मछुआरा|मछुआरे
carpenter	बढ़ई|बढई
mechanic	मैकेनिक|मिस्त्री
labourer	मजदूर|मज़दूर|श्रमिक
servant	नौकर
guard	पहरेदार|गार्ड
cleaner	सफाईकर्मी|सफ़ाई कर्मचारी|सफाई कर्मचारी
tailor	दर्जी
barber	नाई
baker	बेकर|नानबाई
priest	पुजारी|पादरी
nun	नन|भिक्षुणी
job interview	साक्षात्कार
meeting room	बैठक कक्ष
desk	डेस्क|मेज
task	कार्य
busyness	व्यस्तता

# time expressions
noon	दोपहर
midnight	आधी रात
dawn	भोर|सुबह|प्रभात
dusk	शाम|गोधूलि
tonight	आज रात
this morning	आज सुबह
last night	कल रात
day after tomorrow	परसों
nowadays	आजकल|इन दिनों
lifetime	जीवनकाल|जीवन भर
childhood	बचपन
old age	बुढ़ापा|बुढापा
duration	अवधि
instant	तुरंत|क्षण

# materials and objects
cotton	कपास|सूती
wool	ऊन
leather	चमड़ा|चमडा|चमड़े|चमडे
rubber	रबर|रबड़|रबड
brick	ईंट|ईंटें|ईंटों
concrete	कंक्रीट
marble	संगमरमर
granite	ग्रेनाइट
timber	लकड़ी|लकडी|इमारती लकड़ी|इमारती लकडी
tile	टाइल
thread	धागा
needle	सुई
wire	तार
pipe	पाइप|नली
ladder	सीढ़ी|सीढी
gadget	गैजेट|उपकरण
object	वस्तु|चीज़|चीज

# geography and land
hillside	पहाड़ी|पहाडी
highlands	पहाड़ी क्षेत्र|पहाडी क्षेत्र
lowland	तराई|निचला क्षेत्र
continent	महाद्वीप
mainland	मुख्य भूमि
archipelago	द्वीपसमूह
equator	भूमध्य रेखा
hemisphere	गोलार्ध
latitude	अक्षांश
altitude	ऊंचाई|ऊँचाई
villager	ग्रामीण|ग्रामीणों|गांववाले
city dweller	शहरवासी
county	जिला|ज़िला
`;
