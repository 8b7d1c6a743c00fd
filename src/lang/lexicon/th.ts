// Thai–English core lexicon for the sentence aligner (issue 4): a few thousand of the most frequent
// words and short terms of general news text (politics, economy, business, energy and climate, science, health,
// sport, travel, culture, disasters, law, technology, places, calendar, units), grouped by theme.
// Written for xalign from general knowledge of news vocabulary; not derived from any evaluation data.
// Format (see docs/lexicon-format.md): one entry per line, `english<TAB>form1|form2|…`;
// '#' lines are comments. The English side is a lower-case lemma or short phrase.
// Left out on purpose: short forms that hide inside unrelated words when matched as substrings (ปิด in เปิด, ขอ in ของ, มือ in เมือง), auxiliaries (ได้, ให้) and small number words.
export default `
# politics and government
government	รัฐบาล
governmental	ของรัฐบาล
state	รัฐ|มลรัฐ|ระบุ
country	ประเทศ
nation	ชาติ|ประชาชาติ
national	แห่งชาติ|ระดับชาติ
international	ระหว่างประเทศ|นานาชาติ
global	ทั่วโลก|ระดับโลก
world	โลก
president	ประธานาธิบดี|ประธาน
vice president	รองประธานาธิบดี|รองประธาน
prime minister	นายกรัฐมนตรี|นายกฯ
minister	รัฐมนตรี
ministry	กระทรวง
cabinet	คณะรัฐมนตรี|ครม
parliament	รัฐสภา
congress	สภาคองเกรส
senate	วุฒิสภา
senator	วุฒิสมาชิก|สมาชิกวุฒิสภา
lawmaker	ส.ส.|สมาชิกสภาผู้แทนราษฎร|ผู้บัญญัติกฎหมาย
member of parliament	สมาชิกรัฐสภา|สมาชิกสภาผู้แทนราษฎร
assembly	สมัชชา
council	คณะมนตรี
committee	คณะกรรมการ|กรรมาธิการ
commission	คณะกรรมาธิการ|คณะกรรมการ
election	การเลือกตั้ง|เลือกตั้ง
vote	ลงคะแนน|คะแนนเสียง|โหวต|ลงคะแนนเสียง
voter	ผู้มีสิทธิเลือกตั้ง|ผู้ลงคะแนน
candidate	ผู้สมัคร
campaign	การหาเสียง|แคมเปญ|รณรงค์
party	พรรค|งานเลี้ยง|ปาร์ตี้
political party	พรรคการเมือง
politics	การเมือง
political	ทางการเมือง|การเมือง
politician	นักการเมือง
leader	ผู้นำ
leadership	ความเป็นผู้นำ|ผู้นำ
opposition	ฝ่ายค้าน
democracy	ประชาธิปไตย
democratic	ประชาธิปไตย|เดโมแครต
republic	สาธารณรัฐ
republican	รีพับลิกัน
democrat	เดโมแครต
communist	คอมมิวนิสต์
socialist	สังคมนิยม
conservative	อนุรักษ์นิยม
liberal	เสรีนิยม
king	กษัตริย์|พระมหากษัตริย์|ในหลวง
queen	ราชินี|พระราชินี
prince	เจ้าชาย
princess	เจ้าหญิง
royal	ราชวงศ์|หลวง
monarchy	สถาบันพระมหากษัตริย์|ระบอบกษัตริย์
emperor	จักรพรรดิ
empire	จักรวรรดิ
governor	ผู้ว่าการ|ผู้ว่าราชการ|ผู้ว่าฯ
mayor	นายกเทศมนตรี
chief minister	มุขมนตรี
official	เจ้าหน้าที่|ทางการ|อย่างเป็นทางการ
officially	อย่างเป็นทางการ
authority	ทางการ|เจ้าหน้าที่|อำนาจ
authorities	ทางการ|เจ้าหน้าที่
administration	รัฐบาล|การบริหาร
agency	หน่วยงาน|สำนักงาน
department	กรม|แผนก
office	สำนักงาน|ออฟฟิศ
spokesman	โฆษก
spokesperson	โฆษก
ambassador	เอกอัครราชทูต|ทูต
embassy	สถานทูต|สถานเอกอัครราชทูต
consulate	สถานกงสุล
diplomat	นักการทูต
diplomatic	ทางการทูต
diplomacy	การทูต
foreign	ต่างประเทศ|ต่างชาติ|ต่างด้าว
foreign minister	รัฐมนตรีว่าการกระทรวงการต่างประเทศ|รมว.ต่างประเทศ
foreign affairs	การต่างประเทศ
foreign ministry	กระทรวงการต่างประเทศ
domestic	ภายในประเทศ
interior	มหาดไทย|ภายใน
home minister	รัฐมนตรีว่าการกระทรวงมหาดไทย
finance minister	รัฐมนตรีว่าการกระทรวงการคลัง|รมว.คลัง
defence minister	รัฐมนตรีว่าการกระทรวงกลาโหม
policy	นโยบาย
reform	การปฏิรูป|ปฏิรูป
law	กฎหมาย
bill	ร่างกฎหมาย|ร่างพ.ร.บ.|บิล
legislation	กฎหมาย|การออกกฎหมาย
constitution	รัฐธรรมนูญ
constitutional	ตามรัฐธรรมนูญ
regulation	กฎระเบียบ|ระเบียบ
rule	กฎเกณฑ์|การปกครอง|ปกครอง
sovereignty	อธิปไตย
independence	เอกราช|ความเป็นอิสระ
independent	อิสระ
freedom	เสรีภาพ|อิสรภาพ
rights	สิทธิ|ด้านขวา
human rights	สิทธิมนุษยชน
citizen	พลเมือง|ประชาชน
citizenship	สัญชาติ|ความเป็นพลเมือง
people	คน|ประชาชน|ผู้คน
public	สาธารณะ|ประชาชน|สาธารณชน
population	ประชากร
society	สังคม
social	ทางสังคม|สังคม
community	ชุมชน
protest	การประท้วง|ประท้วง
protester	ผู้ประท้วง
demonstration	การชุมนุม|การสาธิต
rally	การชุมนุม|แรลลี่
strike	การนัดหยุดงาน|การโจมตี
crisis	วิกฤต|วิกฤติ
summit	การประชุมสุดยอด|ยอดเขา
conference	การประชุม
meeting	การประชุม|การพบปะ
talks	การเจรจา
negotiation	การเจรจา|การต่อรอง
agreement	ข้อตกลง|ความตกลง
treaty	สนธิสัญญา
deal	ข้อตกลง|ดีล
sanction	การคว่ำบาตร|มาตรการคว่ำบาตร
ban	ห้าม|การห้าม|คำสั่งห้าม
alliance	พันธมิตร
ally	พันธมิตร
coalition	รัฐบาลผสม|แนวร่วม
union	สหภาพ
federal	รัฐบาลกลาง|สหพันธรัฐ
federation	สหพันธ์
province	จังหวัด
provincial	ระดับจังหวัด|จังหวัด
district	อำเภอ|เขต
region	ภูมิภาค|เขต|พื้นที่
regional	ระดับภูมิภาค|ภูมิภาค
local	ท้องถิ่น|ในพื้นที่
city	เมือง|นคร
town	เมือง
village	หมู่บ้าน
capital	เมืองหลวง|ทุน
municipal	เทศบาล
border	ชายแดน|พรมแดน|เส้นพรมแดน
territory	ดินแดน
immigration	การย้ายถิ่นฐาน|ตรวจคนเข้าเมือง
immigrant	ผู้อพยพ|ผู้ย้ายถิ่น
migrant	ผู้อพยพ|แรงงานข้ามชาติ
refugee	ผู้ลี้ภัย
asylum	ลี้ภัย
visa	วีซ่า
passport	หนังสือเดินทาง|พาสปอร์ต
referendum	การลงประชามติ|ประชามติ
majority	เสียงข้างมาก|ส่วนใหญ่
minority	เสียงข้างน้อย|ชนกลุ่มน้อย
seat	ที่นั่ง
term	วาระ|คำศัพท์
resign	ลาออก
resignation	การลาออก
appoint	แต่งตั้ง
elect	เลือก|ได้รับเลือก|ได้รับเลือกตั้ง
win election	ชนะการเลือกตั้ง
coup	รัฐประหาร
regime	ระบอบ
power	อำนาจ|พลังงาน|ไฟฟ้า
corruption	การทุจริต|คอร์รัปชัน|คอร์รัปชั่น
scandal	เรื่องอื้อฉาว
propaganda	การโฆษณาชวนเชื่อ
statement	แถลงการณ์|คำแถลง
announcement	การประกาศ|ประกาศ
press conference	แถลงข่าว|การแถลงข่าว

# economy and finance
economy	เศรษฐกิจ
economic	ทางเศรษฐกิจ|เศรษฐกิจ
economist	นักเศรษฐศาสตร์
economics	เศรษฐศาสตร์
growth	การเติบโต|การขยายตัว
development	การพัฒนา|พัฒนา
recession	ภาวะถดถอย|เศรษฐกิจถดถอย
inflation	เงินเฟ้อ|ภาวะเงินเฟ้อ
deflation	เงินฝืด
interest rate	อัตราดอกเบี้ย
interest	ดอกเบี้ย|ความสนใจ|ผลประโยชน์|น่าสนใจ
rate	อัตรา|หนู
price	ราคา
cost	ต้นทุน|ค่าใช้จ่าย
expensive	แพง
cheap	ราคาถูก
market	ตลาด
stock market	ตลาดหุ้น
stock	หุ้น|สต๊อก
share	หุ้น|ส่วนแบ่ง|แบ่งปัน|สัดส่วน
shareholder	ผู้ถือหุ้น
investor	นักลงทุน
investment	การลงทุน
invest	ลงทุน|ลงทุนใน
bank	ธนาคาร|แบงก์
central bank	ธนาคารกลาง
reserve bank	ธนาคารกลาง
banking	การธนาคาร
finance	การเงิน|การคลัง
financial	ทางการเงิน|การเงิน
fiscal	การคลัง
budget	งบประมาณ
tax	ภาษี|ภาษีอากร
taxpayer	ผู้เสียภาษี
tariff	ภาษีศุลกากร|ภาษีนำเข้า
duty	หน้าที่|อากร
customs	ศุลกากร
revenue	รายได้
income	รายได้
profit	กำไร
loss	ขาดทุน|ความสูญเสีย
debt	หนี้|หนี้สิน
loan	เงินกู้|สินเชื่อ
credit	สินเชื่อ|เครดิต
deficit	การขาดดุล|ขาดดุล
surplus	การเกินดุล|ส่วนเกิน
currency	สกุลเงิน|เงินตรา
money	เงิน
cash	เงินสด
fund	กองทุน
funding	เงินทุน|การระดมทุน
asset	สินทรัพย์|ทรัพย์สิน
wealth	ความมั่งคั่ง
rich	รวย|ร่ำรวย|อุดมสมบูรณ์
poor	ยากจน
poverty	ความยากจน
salary	เงินเดือน
wage	ค่าจ้าง|ค่าแรง
pension	เงินบำนาญ
employment	การจ้างงาน
unemployment	การว่างงาน|ว่างงาน
job	ตำแหน่งงาน
worker	คนงาน|แรงงาน|ลูกจ้าง
employee	พนักงาน|ลูกจ้าง
employer	นายจ้าง
labour	แรงงาน
trade	การค้า|ซื้อขาย
trade war	สงครามการค้า
export	การส่งออก|ส่งออก|ส่งออกไป
import	การนำเข้า|นำเข้า
exporter	ผู้ส่งออก
goods	สินค้า
product	ผลิตภัณฑ์|สินค้า
production	การผลิต
output	ผลผลิต
produce	ผลิต
supply	อุปทาน|การจัดหา
demand	ความต้องการ|อุปสงค์|เรียกร้อง
supply chain	ห่วงโซ่อุปทาน
consumer	ผู้บริโภค
consumption	การบริโภค|การใช้
spending	การใช้จ่าย
sale	การขาย|ยอดขาย
sell	ขาย
buy	ซื้อ
purchase	การซื้อ
pay	จ่าย|ชำระ
payment	การชำระเงิน|การจ่ายเงิน
subsidy	เงินอุดหนุน
grant	ทุน|เงินช่วยเหลือ
aid	ความช่วยเหลือ
industry	อุตสาหกรรม
industrial	ทางอุตสาหกรรม
sector	ภาค|ภาคส่วน
manufacturing	การผลิต
manufacturer	ผู้ผลิต
factory	โรงงาน
plant	โรงงาน|พืช|ปลูก|ต้นไม้
agriculture	เกษตรกรรม|การเกษตร
agricultural	ทางการเกษตร
farmer	เกษตรกร|ชาวนา
farm	ฟาร์ม|ไร่
crop	พืชผล
harvest	การเก็บเกี่ยว
rice	ข้าว
wheat	ข้าวสาลี
food	อาหาร
food security	ความมั่นคงทางอาหาร
fishing	การประมง
mining	การทำเหมือง|เหมืองแร่
mine	เหมือง|ทุ่นระเบิด
tourism	การท่องเที่ยว
tourist	นักท่องเที่ยว
real estate	อสังหาริมทรัพย์
property	ทรัพย์สิน|อสังหาริมทรัพย์
housing	ที่อยู่อาศัย
rent	ค่าเช่า|เช่า
insurance	ประกัน|ประกันภัย
gross domestic product	ผลิตภัณฑ์มวลรวมในประเทศ|จีดีพี
quarter	ไตรมาส
annual	ประจำปี|รายปี
fiscal year	ปีงบประมาณ
forecast	คาดการณ์|พยากรณ์
estimate	ประมาณการ|ประมาณ
target	เป้าหมาย
goal	เป้าหมาย|ประตู|ลูกยิง
plan	แผน|แผนการ|วางแผน
project	โครงการ
scheme	โครงการ|แผน
program	โครงการ|โปรแกรม|รายการ
infrastructure	โครงสร้างพื้นฐาน
construction	การก่อสร้าง
build	สร้าง|ก่อสร้าง|สร้างเสร็จ
recovery	การฟื้นตัว|ฟื้นตัว
crash	ร่วง
bankruptcy	ล้มละลาย
rise	เพิ่มขึ้น|สูงขึ้น|เพิ่มขึ้นเป็น|ลุกขึ้น
increase	เพิ่ม|เพิ่มขึ้น
decrease	ลดลง|ลด
fall	ลดลง|ร่วง|ล้ม|หกล้ม
decline	ลดลง|การลดลง
reduce	ลด|ลดลง
cut	ตัด|ลด|น่ารัก
double	สองเท่า|เท่าตัว
triple	สามเท่า
record	สถิติ|บันทึก|ประวัติการณ์|อัด
level	ระดับ
total	รวม|ทั้งหมด
average	เฉลี่ย|ธรรมดา
percent	เปอร์เซ็นต์|ร้อยละ
value	มูลค่า
worth	มูลค่า

# business and companies
company	บริษัท
business	ธุรกิจ
businessman	นักธุรกิจ
entrepreneur	ผู้ประกอบการ
enterprise	วิสาหกิจ|กิจการ
firm	บริษัท|กิจการ
group	กลุ่ม
corporation	บรรษัท|บริษัท
state-owned	รัฐวิสาหกิจ
private	เอกชน|ส่วนตัว
public sector	ภาครัฐ
private sector	ภาคเอกชน
chief executive	ประธานเจ้าหน้าที่บริหาร|ซีอีโอ
director	ผู้อำนวยการ|กรรมการ|ผู้กำกับ
chairman	ประธาน
board	คณะกรรมการ|บอร์ด|ขึ้นเรือ|ขึ้นเครื่อง
manager	ผู้จัดการ
management	การจัดการ|ฝ่ายบริหาร
owner	เจ้าของ
founder	ผู้ก่อตั้ง
partner	หุ้นส่วน|พันธมิตร
partnership	ความร่วมมือ|หุ้นส่วน
cooperation	ความร่วมมือ
cooperate	ร่วมมือ
merger	การควบรวม
acquisition	การเข้าซื้อกิจการ|การซื้อกิจการ
acquire	เข้าซื้อ|ซื้อกิจการ
contract	สัญญา
customer	ลูกค้า
client	ลูกค้า
service	บริการ
brand	แบรนด์|ตราสินค้า
retail	ค้าปลีก
wholesale	ค้าส่ง
store	ร้าน|ร้านค้า
shop	ร้าน|ร้านค้า|ช้อปปิ้ง|ซื้อของ
restaurant	ร้านอาหาร|ภัตตาคาร
hotel	โรงแรม
startup	สตาร์ทอัพ
billionaire	มหาเศรษฐี
millionaire	เศรษฐี
advertising	การโฆษณา|โฆษณา
report	รายงาน
data	ข้อมูล
statistics	สถิติ
survey	การสำรวจ|ผลสำรวจ
poll	โพล|ผลสำรวจ

# technology
technology	เทคโนโลยี
technical	ทางเทคนิค
tech	เทค|เทคโนโลยี
internet	อินเทอร์เน็ต
online	ออนไลน์
website	เว็บไซต์
computer	คอมพิวเตอร์
software	ซอฟต์แวร์
hardware	ฮาร์ดแวร์
phone	โทรศัพท์
smartphone	สมาร์ทโฟน
mobile	มือถือ|โทรศัพท์มือถือ
app	แอป|แอปพลิเคชัน
application	ใบสมัคร|แอปพลิเคชัน
network	เครือข่าย
digital	ดิจิทัล
data center	ศูนย์ข้อมูล
artificial intelligence	ปัญญาประดิษฐ์
robot	หุ่นยนต์
chip	ชิป
semiconductor	เซมิคอนดักเตอร์|สารกึ่งตัวนำ
electronics	อิเล็กทรอนิกส์
electronic	อิเล็กทรอนิกส์
device	อุปกรณ์
machine	เครื่องจักร|เครื่อง
equipment	อุปกรณ์
system	ระบบ|เครือข่าย
platform	แพลตฟอร์ม|ชานชาลา
social media	โซเชียลมีเดีย|สื่อสังคมออนไลน์
user	ผู้ใช้|ผู้ใช้งาน
account	บัญชี
password	รหัสผ่าน
cyber attack	การโจมตีทางไซเบอร์
hacker	แฮกเกอร์
security	ความปลอดภัย|ความมั่นคง
privacy	ความเป็นส่วนตัว
satellite	ดาวเทียม
innovation	นวัตกรรม
invention	การประดิษฐ์|สิ่งประดิษฐ์
inventor	นักประดิษฐ์
engineer	วิศวกร
engineering	วิศวกรรม
telecommunications	โทรคมนาคม
broadband	บรอดแบนด์
video	วิดีโอ
camera	กล้อง
photo	รูปภาพ
screen	หน้าจอ
battery	แบตเตอรี่
code	รหัส|โค้ด
program code	โปรแกรม
search engine	เครื่องมือค้นหา
email	อีเมล
message	ข้อความ
information	ข้อมูล|สารสนเทศ
research	การวิจัย|งานวิจัย|วิจัย
researcher	นักวิจัย

# energy
energy	พลังงาน
electricity	ไฟฟ้า
power plant	โรงไฟฟ้า
power station	สถานีไฟฟ้า|โรงไฟฟ้า
grid	กริด|ระบบสายส่ง
oil	น้ำมัน
crude oil	น้ำมันดิบ
gas	ก๊าซ|แก๊ส
natural gas	ก๊าซธรรมชาติ
petrol	น้ำมันเบนซิน
diesel	ดีเซล
fuel	เชื้อเพลิง
fossil fuel	เชื้อเพลิงฟอสซิล
coal	ถ่านหิน
nuclear	นิวเคลียร์
nuclear power	พลังงานนิวเคลียร์
renewable	หมุนเวียน
renewable energy	พลังงานหมุนเวียน
solar	แสงอาทิตย์|โซลาร์
solar power	พลังงานแสงอาทิตย์
solar panel	แผงโซลาร์เซลล์
wind	ลม
wind power	พลังงานลม
hydropower	พลังน้ำ|ไฟฟ้าพลังน้ำ
dam	เขื่อน
hydrogen	ไฮโดรเจน
green hydrogen	ไฮโดรเจนสีเขียว
green	สีเขียว|เขียว
clean energy	พลังงานสะอาด
clean	สะอาด|การทำความสะอาด
pipeline	ท่อส่ง
refinery	โรงกลั่น|โรงกลั่นน้ำมัน
electric vehicle	รถยนต์ไฟฟ้า|รถอีวี
electric	ไฟฟ้า
capacity	กำลังการผลิต|ความจุ|ขีดความสามารถ
efficiency	ประสิทธิภาพ

# climate and environment
climate	สภาพภูมิอากาศ|ภูมิอากาศ
climate change	การเปลี่ยนแปลงสภาพภูมิอากาศ|ภาวะโลกร้อน
global warming	ภาวะโลกร้อน
environment	สิ่งแวดล้อม
environmental	ด้านสิ่งแวดล้อม
emission	การปล่อย|การปล่อยก๊าซ
carbon	คาร์บอน
carbon dioxide	ก๊าซคาร์บอนไดออกไซด์|คาร์บอนไดออกไซด์
greenhouse gas	ก๊าซเรือนกระจก
net zero	สุทธิเป็นศูนย์
carbon neutrality	ความเป็นกลางทางคาร์บอน
pollution	มลพิษ|มลภาวะ
air pollution	มลพิษทางอากาศ
waste	ขยะ|ของเสีย
plastic	พลาสติก
recycling	การรีไซเคิล
forest	ป่า|ป่าไม้
deforestation	การตัดไม้ทำลายป่า
tree	ต้นไม้
nature	ธรรมชาติ
natural	ธรรมชาติ
wildlife	สัตว์ป่า
species	สายพันธุ์|ชนิด|สปีชีส์
animal	สัตว์
biodiversity	ความหลากหลายทางชีวภาพ
extinction	การสูญพันธุ์
endangered	ใกล้สูญพันธุ์
conservation	การอนุรักษ์
protect	ปกป้อง|คุ้มครอง
water	น้ำ|รดน้ำ
ocean	มหาสมุทร
sea	ทะเล
sea level	ระดับน้ำทะเล
river	แม่น้ำ
lake	ทะเลสาบ
mountain	ภูเขา
island	เกาะ
coast	ชายฝั่ง
beach	ชายหาด|หาด
desert	ทะเลทราย
land	ที่ดิน|แผ่นดิน|ลงจอด
air	อากาศ
weather	สภาพอากาศ|อากาศ
temperature	อุณหภูมิ
heat	ความร้อน
heatwave	คลื่นความร้อน
cold	หนาว|เย็น|หวัด|ไข้หวัด
rain	ฝน
monsoon	มรสุม
snow	หิมะ
ice	น้ำแข็ง
glacier	ธารน้ำแข็ง
season	ฤดู|ฤดูกาล
summer	ฤดูร้อน|หน้าร้อน
winter	ฤดูหนาว|หน้าหนาว
spring	ฤดูใบไม้ผลิ|น้ำพุ|บ่อน้ำพุ
autumn	ฤดูใบไม้ร่วง
drought	ภัยแล้ง|ความแห้งแล้ง

# science and space
science	วิทยาศาสตร์
scientific	ทางวิทยาศาสตร์
scientist	นักวิทยาศาสตร์
study	การศึกษา|ผลการศึกษา|ศึกษา|เรียน
experiment	การทดลอง
discovery	การค้นพบ
discover	ค้นพบ
theory	ทฤษฎี
evidence	หลักฐาน
physics	ฟิสิกส์
chemistry	เคมี
mathematics	คณิตศาสตร์
astronomy	ดาราศาสตร์
space	อวกาศ|พื้นที่
universe	จักรวาล
planet	ดาวเคราะห์
earth	โลก
moon	ดวงจันทร์
sun	ดวงอาทิตย์
mars	ดาวอังคาร
star	ดาว|ดวงดาว|ดารา|จ้องมอง|จ้อง
galaxy	กาแล็กซี|ดาราจักร
rocket	จรวด
astronaut	นักบินอวกาศ
launch	ปล่อย|เปิดตัว
spacecraft	ยานอวกาศ
space station	สถานีอวกาศ
mission	ภารกิจ
orbit	วงโคจร
telescope	กล้องโทรทรรศน์
gravity	แรงโน้มถ่วง
atom	อะตอม
molecule	โมเลกุล
cell	เซลล์
gene	ยีน
dna	ดีเอ็นเอ
fossil	ฟอสซิล|ซากดึกดำบรรพ์
dinosaur	ไดโนเสาร์
evolution	วิวัฒนาการ
laboratory	ห้องปฏิบัติการ|แล็บ
biology	ชีววิทยา

# health and medicine
health	สุขภาพ|สาธารณสุข
healthcare	การดูแลสุขภาพ|บริการสุขภาพ
public health	สาธารณสุข
medical	ทางการแพทย์|การแพทย์
medicine	การแพทย์
drug	ยาเสพติด
doctor	แพทย์
nurse	พยาบาล
patient	ผู้ป่วย|คนไข้|อดทน
hospital	โรงพยาบาล
clinic	คลินิก
disease	โรค
illness	ความเจ็บป่วย|อาการป่วย
sick	ป่วย
infection	การติดเชื้อ
infected	ติดเชื้อ
virus	ไวรัส
bacteria	แบคทีเรีย
pandemic	โรคระบาดใหญ่|การระบาดใหญ่
epidemic	โรคระบาด
outbreak	การระบาด
coronavirus	ไวรัสโคโรนา|โควิด
covid	โควิด
vaccine	วัคซีน
vaccination	การฉีดวัคซีน
test	การทดสอบ|ตรวจ|การตรวจ|ทดสอบ
treatment	การรักษา
treat	รักษา
symptom	อาการ
cancer	มะเร็ง
diabetes	เบาหวาน
heart	หัวใจ
heart attack	หัวใจวาย
brain	สมอง
blood	เลือด
body	ร่างกาย|ศพ
mental health	สุขภาพจิต
malaria	มาลาเรีย
tuberculosis	วัณโรค
flu	ไข้หวัดใหญ่
bird flu	ไข้หวัดนก
obesity	โรคอ้วน
smoking	การสูบบุหรี่
alcohol	แอลกอฮอล์|เหล้า
surgery	การผ่าตัด
injury	การบาดเจ็บ
injured	บาดเจ็บ|ได้รับบาดเจ็บ
wounded	บาดเจ็บ|แผล|บาดแผล
death	การเสียชีวิต|ความตาย
dead	เสียชีวิต|ตาย
die	เสียชีวิต|ตาย|ถึงแก่กรรม
kill	ฆ่า|คร่าชีวิต|สังหาร
killed	เสียชีวิต|ถูกสังหาร
victim	ผู้เสียหาย|เหยื่อ
survivor	ผู้รอดชีวิต
survive	รอดชีวิต
life	ชีวิต
life expectancy	อายุขัย
birth	การเกิด
born	เกิด
pregnant	ตั้งครรภ์
nutrition	โภชนาการ
hunger	ความหิวโหย
famine	ทุพภิกขภัย|ความอดอยาก
pharmaceutical	เภสัชภัณฑ์
world health organization	องค์การอนามัยโลก

# disasters and accidents
disaster	ภัยพิบัติ
natural disaster	ภัยธรรมชาติ|ภัยพิบัติทางธรรมชาติ
earthquake	แผ่นดินไหว
tsunami	สึนามิ
flood	น้ำท่วม|อุทกภัย
landslide	ดินถล่ม
storm	พายุ
hurricane	พายุเฮอริเคน
typhoon	พายุไต้ฝุ่น
cyclone	พายุไซโคลน
tornado	พายุทอร์นาโด
volcano	ภูเขาไฟ
eruption	การปะทุ
fire	ไฟไหม้|ไล่ออก
wildfire	ไฟป่า
explosion	การระเบิด|ระเบิด
blast	ระเบิด
accident	อุบัติเหตุ
collapse	ถล่ม|พังทลาย
rescue	กู้ภัย|ช่วยเหลือ
rescuer	เจ้าหน้าที่กู้ภัย
emergency	ฉุกเฉิน|ภาวะฉุกเฉิน
state of emergency	ภาวะฉุกเฉิน
evacuate	อพยพ
evacuation	การอพยพ
missing	สูญหาย|คิดถึง
damage	ความเสียหาย
destroy	ทำลาย
destruction	การทำลาย|ความพินาศ
relief	บรรเทาทุกข์|การช่วยเหลือ
shelter	ที่พักพิง
warning	คำเตือน|การเตือนภัย
alert	การแจ้งเตือน|เตือนภัย
risk	ความเสี่ยง
danger	อันตราย
dangerous	อันตราย
safe	ปลอดภัย
safety	ความปลอดภัย
magnitude	ขนาด
epicentre	จุดศูนย์กลาง
aftershock	อาฟเตอร์ช็อก
toll	ยอดผู้เสียชีวิต
death toll	ยอดผู้เสียชีวิต
homeless	ไร้ที่อยู่อาศัย|คนไร้บ้าน

# law, crime and justice
court	ศาล|คอร์ต
supreme court	ศาลฎีกา|ศาลสูงสุด
high court	ศาลสูง|ศาลอุทธรณ์
judge	ผู้พิพากษา|ตัดสิน
justice	ความยุติธรรม|ยุติธรรม
judicial	ทางตุลาการ
lawyer	ทนายความ|ทนาย
prosecutor	อัยการ
trial	การพิจารณาคดี|การทดลอง
case	คดี|กรณี
hearing	การไต่สวน|การพิจารณา|การได้ยิน
verdict	คำตัดสิน|คำพิพากษา
ruling	คำวินิจฉัย|คำตัดสิน
sentence	โทษ|ประโยค
sentenced	ถูกตัดสินจำคุก|ถูกพิพากษา
prison	เรือนจำ
jail	เรือนจำ
prisoner	นักโทษ
death penalty	โทษประหารชีวิต
fine	ค่าปรับ|ปรับ
crime	อาชญากรรม
criminal	อาชญากร|ทางอาญา
police	ตำรวจ
police officer	เจ้าหน้าที่ตำรวจ|ตำรวจ
arrest	จับกุม|จับ
suspect	ผู้ต้องสงสัย|สงสัย
accused	ผู้ต้องหา|จำเลย
charge	ข้อกล่าวหา|ค่าธรรมเนียม|ตั้งข้อหา
allegation	ข้อกล่าวหา
accuse	กล่าวหา
guilty	มีความผิด
innocent	บริสุทธิ์
investigation	การสอบสวน|การสืบสวน
investigate	สอบสวน|สืบสวน
investigator	ผู้สืบสวน|พนักงานสอบสวน
witness	พยาน
murder	ฆาตกรรม
murderer	ฆาตกร
shooting	การยิง|เหตุกราดยิง|ยิงปืน
gun	ปืน
weapon	อาวุธ
theft	การโจรกรรม|ลักขโมย
robbery	การปล้น
fraud	การฉ้อโกง
bribery	การติดสินบน|สินบน
smuggling	การลักลอบขนส่ง|การลักลอบ
trafficking	การค้ามนุษย์|การค้า
violence	ความรุนแรง
violent	รุนแรง
abuse	การละเมิด|การทารุณ
rape	ข่มขืน
kidnapping	การลักพาตัว
hostage	ตัวประกัน
terrorism	การก่อการร้าย
terrorist	ผู้ก่อการร้าย
attack	การโจมตี|โจมตี
bomb	ระเบิด
lawsuit	คดีความ|การฟ้องร้อง
sue	ฟ้อง|ฟ้องร้อง
appeal	อุทธรณ์|เรียกร้อง
legal	ทางกฎหมาย|ถูกกฎหมาย
illegal	ผิดกฎหมาย
order	คำสั่ง|ลำดับ|สั่งซื้อ|สั่ง
warrant	หมายจับ
bail	ประกันตัว
release	ปล่อยตัว|เผยแพร่|ปล่อย
detain	ควบคุมตัว|กักตัว
custody	การควบคุมตัว

# military and conflict
war	สงคราม
military	ทหาร|กองทัพ|ทางทหาร
army	กองทัพบก|กองทัพ
navy	กองทัพเรือ
air force	กองทัพอากาศ
soldier	ทหาร
troops	กองกำลัง|ทหาร
force	กองกำลัง|กำลัง
defence	กลาโหม|การป้องกัน
security forces	กองกำลังความมั่นคง
fighting	การสู้รบ
fight	ต่อสู้
battle	การรบ
conflict	ความขัดแย้ง
dispute	ข้อพิพาท
tension	ความตึงเครียด
peace	สันติภาพ
ceasefire	การหยุดยิง|หยุดยิง
invasion	การรุกราน
occupation	การยึดครอง|อาชีพ
missile	ขีปนาวุธ
drone	โดรน|อากาศยานไร้คนขับ
tank	รถถัง
warship	เรือรบ
fighter jet	เครื่องบินขับไล่
nuclear weapon	อาวุธนิวเคลียร์
airstrike	การโจมตีทางอากาศ
rebel	กบฏ|ฝ่ายกบฏ
militant	กลุ่มติดอาวุธ|นักรบ
armed	ติดอาวุธ|แขน
civilian	พลเรือน
casualty	ผู้บาดเจ็บล้มตาย|ความสูญเสีย
general	นายพล|ทั่วไป
commander	ผู้บัญชาการ
veteran	ทหารผ่านศึก|ผู้มากประสบการณ์
victory	ชัยชนะ
defeat	ความพ่ายแพ้|เอาชนะ
threat	ภัยคุกคาม|การข่มขู่
threaten	ขู่|คุกคาม
intelligence	ข่าวกรอง|สติปัญญา
spy	สายลับ|จารชน
nato	นาโต
united nations	สหประชาชาติ
security council	คณะมนตรีความมั่นคง
european union	สหภาพยุโรป

# common verbs (reporting, action, change)
say	กล่าว|บอก|ระบุ|เผย
said	กล่าว|ระบุ
tell	บอก|เล่า|เล่าเรื่อง
told	บอก|กล่าวกับ
speak	พูด|กล่าว
talk	พูดคุย|คุย
ask	ถาม|สอบถาม
answer	ตอบ|คำตอบ
reply	ตอบ
announce	ประกาศ
declare	ประกาศ
confirm	ยืนยัน
deny	ปฏิเสธ
reject	ปฏิเสธ
accept	ยอมรับ
agree	เห็นด้วย|ตกลง
approve	อนุมัติ
support	สนับสนุน
oppose	คัดค้าน|ต่อต้าน
criticize	วิพากษ์วิจารณ์|วิจารณ์
criticism	คำวิจารณ์
warn	เตือน
urge	เรียกร้อง|กระตุ้น
call for	เรียกร้อง
promise	สัญญา|คำมั่น
pledge	ให้คำมั่น|คำมั่นสัญญา
commit	มุ่งมั่น
commitment	ความมุ่งมั่น|พันธสัญญา
claim	อ้าง|อ้างว่า
believe	เชื่อ|เชื่อว่า
think	คิด|คิดว่า
know	รู้|ทราบ
understand	เข้าใจ
learn	เรียนรู้|เรียน
teach	สอน|การสอน
see	เห็น
watch	นาฬิกา|เฝ้าดู
hear	ได้ยิน|ฟัง
show	แสดง|แสดงให้เห็น|รายการ|โชว์
find	พบ|ค้นพบ
found	พบ|ก่อตั้ง
search	ค้นหา
arrive	มาถึง
leave	ออกจาก|ทิ้ง
return	กลับ|คืน|กลับมา
travel	เดินทาง|ท่องเที่ยว
visit	เยือน|เยี่ยม|เยี่ยมชม
meet	พบ|พบปะ|เจอ
move	ย้าย|เคลื่อนย้าย
send	ส่ง
receive	ได้รับ
get	ได้รับ
give	มอบ
take	เอา|ใช้เวลา
make	สร้าง
use	ใช้
need	ต้องการ|จำเป็น|ความจำเป็น
want	ต้องการ|อยาก
hope	หวัง|ความหวัง
expect	คาดว่า|คาดหวัง
try	พยายาม
help	ช่วย|ช่วยเหลือ
work	ทำงาน
start	เริ่ม|เริ่มต้น
begin	เริ่ม
end	สิ้นสุด|จบ|ปลาย
finish	เสร็จ|จบ
complete	เสร็จสิ้น|สมบูรณ์|ครบถ้วน|ทั้งหมด
continue	ดำเนินต่อ|ต่อไป
stop	หยุด|ยุติ
close	ใกล้
open	เปิด
change	การเปลี่ยนแปลง|เปลี่ยน|ความเปลี่ยนแปลง
create	สร้าง
develop	พัฒนา
improve	ปรับปรุง|พัฒนา
grow	เติบโต|ปลูก|เพาะปลูก
lose	สูญเสีย|แพ้|ทำหาย
win	ชนะ|คว้า|ชัยชนะ
play	เล่น|ลงเล่น|ละครเวที
pass	ผ่าน
allow	อนุญาต|ยอมให้|ได้รับอนุญาต
prevent	ป้องกัน|ยับยั้ง
cause	สาเหตุ|ก่อให้เกิด
lead	ผู้นำ
follow	ตาม|ปฏิบัติตาม|ติดตาม
join	เข้าร่วม
take part	เข้าร่วม|มีส่วนร่วม
participate	เข้าร่วม
include	รวมถึง|รวม
remain	ยังคง|เหลือ|ซาก|ซากศพ
stay	อยู่|พัก
live	อาศัย|อยู่|ถ่ายทอดสด|อาศัยอยู่|อยู่อาศัย
call	โทร|เรียก|เรียกว่า
write	เขียน
read	อ่าน
publish	ตีพิมพ์|เผยแพร่
sign	ลงนาม|เซ็น|สัญญาณ|ป้าย|สัญลักษณ์
choose	เลือก
decide	ตัดสินใจ
decision	การตัดสินใจ|คำตัดสิน
happen	เกิดขึ้น
occur	เกิดขึ้น
become	กลายเป็น
reach	บรรลุ
hold	ถือ|จับ
organize	จัดงาน
event	เหตุการณ์|กิจกรรม
spend	ใช้จ่าย|ใช้เวลา
save	ช่วยชีวิต|ประหยัด
provide	จัดหา
offer	เสนอ|ข้อเสนอ
propose	เสนอ
proposal	ข้อเสนอ
suggest	แนะนำ|ชี้ให้เห็น
recommend	แนะนำ
require	กำหนด|ต้องการ
consider	พิจารณา|คิด
discuss	หารือ|อภิปราย|ปรึกษา
discussion	การหารือ|การอภิปราย
describe	อธิบาย|บรรยาย
explain	อธิบาย
mention	กล่าวถึง
add	เพิ่ม|กล่าวเสริม
note	ตั้งข้อสังเกต|หมายเหตุ
measure	มาตรการ|ตรวจวัด
step	ขั้นตอน|ก้าว
carry	บรรทุก|พก|แบก|หิ้ว
fly	บิน|แมลงวัน
drive	ขับ|ขับรถ
run	วิ่ง|ดำเนินการ|รัน
walk	เดิน|เดินเท้า
eat	กิน|รับประทาน
drink	ดื่ม|เครื่องดื่ม
sleep	การนอนหลับ
pray	สวดมนต์|อธิษฐาน
celebrate	ฉลอง|เฉลิมฉลอง
remember	รำลึก
forget	ลืม

# people and family
man	ผู้ชาย
woman	ผู้หญิง|หญิง|สตรี
child	เด็ก
children	เด็ก|เด็กๆ
boy	เด็กชาย|เด็กผู้ชาย
girl	เด็กหญิง|เด็กผู้หญิง
baby	ทารก
family	ครอบครัว
father	พ่อ|บิดา
mother	มารดา
parent	พ่อแม่|ผู้ปกครอง
son	ลูกชาย|บุตรชาย
daughter	ลูกสาว|บุตรสาว
brother	พี่ชาย|น้องชาย
sister	พี่สาว|น้องสาว
husband	สามี
wife	ภรรยา
friend	เพื่อน
neighbour	เพื่อนบ้าน
youth	เยาวชน|คนหนุ่มสาว
young	หนุ่มสาว|อายุน้อย
old	เก่า|แก่|อายุ
elderly	ผู้สูงอายุ
age	อายุ|ยุค
year old	ปี|ขวบ
person	คน|บุคคล
human	มนุษย์
resident	ผู้อยู่อาศัย|ชาวบ้าน
crowd	ฝูงชน|มวลชน|แออัด|คนแน่น
fan	แฟน|แฟนคลับ|แฟนบอล|พัดลม
volunteer	อาสาสมัคร
expert	ผู้เชี่ยวชาญ
professor	ศาสตราจารย์
teacher	ครู|อาจารย์
student	นักเรียน|นักศึกษา
journalist	นักข่าว|ผู้สื่อข่าว
reporter	ผู้สื่อข่าว|นักข่าว
writer	นักเขียน
author	ผู้เขียน
artist	ศิลปิน
actor	นักแสดง
actress	นักแสดงหญิง
singer	นักร้อง
musician	นักดนตรี
player	ผู้เล่น|นักเตะ
athlete	นักกีฬา
coach	โค้ช|ผู้ฝึกสอน
pilot	นักบิน
driver	คนขับ|ผู้ขับขี่
passenger	ผู้โดยสาร
crew	ลูกเรือ

# education
education	การศึกษา
school	โรงเรียน
university	มหาวิทยาลัย
college	วิทยาลัย
class	ชั้นเรียน|ชนชั้น
exam	การสอบ
degree	ปริญญา|องศา
knowledge	ความรู้
language	ภาษา
english language	ภาษาอังกฤษ
book	หนังสือ|การจอง|จองห้อง
library	ห้องสมุด

# culture, arts and religion
culture	วัฒนธรรม
cultural	ทางวัฒนธรรม
art	ศิลปะ
music	ดนตรี|เพลง
song	เพลง
film	ภาพยนตร์|หนัง
movie	ภาพยนตร์|หนัง
television	โทรทัศน์|ทีวี
radio	วิทยุ
newspaper	หนังสือพิมพ์
news	ข่าว
media	สื่อ|สื่อมวลชน
magazine	นิตยสาร
museum	พิพิธภัณฑ์
exhibition	นิทรรศการ
festival	เทศกาล
holiday	วันหยุด
theatre	โรงละคร
history	ประวัติศาสตร์
historic	ประวัติศาสตร์
heritage	มรดก
world heritage	มรดกโลก
tradition	ประเพณี
traditional	ดั้งเดิม|แบบดั้งเดิม
religion	ศาสนา
religious	ทางศาสนา
god	พระเจ้า
church	โบสถ์
temple	วิหาร
mosque	มัสยิด
buddhist	ชาวพุทธ|พุทธ
buddhism	พุทธศาสนา|ศาสนาพุทธ
islam	ศาสนาอิสลาม
muslim	มุสลิม
christian	คริสต์|คริสเตียน
hindu	ฮินดู
pope	สมเด็จพระสันตะปาปา|พระสันตะปาปา
monk	พระสงฆ์

# sport
sport	กีฬา
football	ฟุตบอล
soccer	ฟุตบอล
cricket	คริกเก็ต
tennis	เทนนิส
basketball	บาสเกตบอล
golf	กอล์ฟ
badminton	แบดมินตัน
boxing	มวย|ชกมวย|กล่อง
swimming	ว่ายน้ำ
athletics	กรีฑา
race	การแข่งขัน|การแข่ง|เชื้อชาติ
marathon	มาราธอน
cycling	จักรยาน
olympics	โอลิมปิก
world cup	ฟุตบอลโลก|เวิลด์คัพ
championship	ชิงแชมป์|การแข่งขันชิงแชมป์
champion	แชมป์
tournament	การแข่งขัน|ทัวร์นาเมนต์
match	การแข่งขัน|แมตช์|นัด
game	เกม|การแข่งขัน
team	ทีม|คณะ
club	สโมสร
league	ลีก
final	รอบชิงชนะเลิศ|นัดชิง|สุดท้าย|ขั้นสุดท้าย
semi-final	รอบรองชนะเลิศ
medal	เหรียญ
gold medal	เหรียญทอง
silver	เงิน|เหรียญเงิน
bronze	ทองแดง|เหรียญทองแดง
gold	ทองคำ
stadium	สนามกีฬา
score	คะแนน|สกอร์|ทำประตู
point	คะแนน|จุด
prize	รางวัล
award	รางวัล
nobel prize	รางวัลโนเบล
competition	การแข่งขัน
opponent	คู่แข่ง|คู่ต่อสู้

# transport and travel
transport	การขนส่ง|คมนาคม
traffic	การจราจร|จราจร
road	ถนน
highway	ทางหลวง
street	ถนน
bridge	สะพาน
tunnel	อุโมงค์
railway	รถไฟ|ทางรถไฟ
train	รถไฟ|ฝึก|อบรม|ฝึกซ้อม
high-speed rail	รถไฟความเร็วสูง
metro	รถไฟฟ้า|รถไฟใต้ดิน
station	สถานี
bus	รถบัส|รถเมล์
car	รถยนต์|รถ
vehicle	ยานพาหนะ|รถ
truck	รถบรรทุก
motorcycle	รถจักรยานยนต์|มอเตอร์ไซค์
bicycle	จักรยาน
plane	เครื่องบิน
aircraft	อากาศยาน|เครื่องบิน
flight	เที่ยวบิน
airport	สนามบิน|ท่าอากาศยาน
airline	สายการบิน
aviation	การบิน
ship	เรือ|ขนส่ง
boat	เรือ
port	ท่าเรือ
journey	การเดินทาง
trip	ทริป|การเดินทาง
ticket	ตั๋ว
route	เส้นทาง
destination	จุดหมายปลายทาง
visitor	ผู้มาเยือน|นักท่องเที่ยว
guest	แขก
park	สวนสาธารณะ|อุทยาน|ที่จอดรถ|จอดรถ
national park	อุทยานแห่งชาติ

# time and calendar
time	เวลา|ครั้ง
day	วัน
week	สัปดาห์|อาทิตย์
month	เดือน
year	ปี
decade	ทศวรรษ
century	ศตวรรษ
hour	ชั่วโมง
minute	นาที
second	วินาที|ที่สอง
today	วันนี้
yesterday	เมื่อวาน|เมื่อวานนี้
tomorrow	พรุ่งนี้
morning	เช้า|ตอนเช้า
afternoon	บ่าย|ตอนบ่าย
evening	เย็น|ตอนเย็น
night	คืน|กลางคืน
weekend	สุดสัปดาห์
date	วันที่
calendar	ปฏิทิน
period	ช่วง|ระยะเวลา
future	อนาคต
past	อดีต|ที่ผ่านมา
last year	ปีที่แล้ว|ปีก่อน
next year	ปีหน้า
this year	ปีนี้
last week	สัปดาห์ที่แล้ว
next week	สัปดาห์หน้า
anniversary	ครบรอบ|วันครบรอบ
january	มกราคม|ม.ค.
february	กุมภาพันธ์|ก.พ.
march	มีนาคม|มี.ค.
april	เมษายน|เม.ย.
may	พฤษภาคม|พ.ค.
june	มิถุนายน|มิ.ย.
july	กรกฎาคม|ก.ค.
august	สิงหาคม|ส.ค.
september	กันยายน|ก.ย.
october	ตุลาคม|ต.ค.
november	พฤศจิกายน|พ.ย.
december	ธันวาคม|ธ.ค.
monday	วันจันทร์|จันทร์
tuesday	วันอังคาร|อังคาร
wednesday	วันพุธ|พุธ
thursday	วันพฤหัสบดี|พฤหัสบดี|วันพฤหัสฯ
friday	วันศุกร์|ศุกร์
saturday	วันเสาร์|เสาร์
sunday	วันอาทิตย์
new year	ปีใหม่
lunar new year	ตรุษจีน
christmas	คริสต์มาส
early	เร็ว|ช่วงแรก
late	ปลาย|ล่าช้า
recently	ล่าสุด
now	ตอนนี้|ขณะนี้
currently	ปัจจุบัน|ขณะนี้
already	แล้ว|เรียบร้อยแล้ว
soon	ในไม่ช้า
again	อีก|อีกครั้ง
ago	ที่แล้ว|ก่อน
later	ต่อมา|ภายหลัง
during	ระหว่าง|ในช่วง
since	ตั้งแต่
until	จนถึง
before	ก่อน
after	หลัง|หลังจาก
daily	รายวัน|ทุกวัน
weekly	รายสัปดาห์
monthly	รายเดือน

# countries and nationalities
india	อินเดีย
indian	อินเดีย|ชาวอินเดีย
china	จีน|ประเทศจีน
chinese	จีน|ชาวจีน|ภาษาจีน
united states	สหรัฐ|สหรัฐอเมริกา|สหรัฐฯ|อเมริกา
america	อเมริกา
american	อเมริกัน|ชาวอเมริกัน
united kingdom	สหราชอาณาจักร|อังกฤษ
britain	อังกฤษ|สหราชอาณาจักร
british	อังกฤษ|ชาวอังกฤษ
england	อังกฤษ
english	อังกฤษ|ภาษาอังกฤษ
scotland	สกอตแลนด์
wales	เวลส์|กำแพง|ผนัง
ireland	ไอร์แลนด์
france	ฝรั่งเศส
french	ฝรั่งเศส|ชาวฝรั่งเศส
germany	เยอรมนี|เยอรมัน
german	เยอรมัน|ชาวเยอรมัน
italy	อิตาลี
italian	อิตาลี|ชาวอิตาลี
spain	สเปน
spanish	สเปน|ภาษาสเปน
portugal	โปรตุเกส
portuguese	โปรตุเกส
netherlands	เนเธอร์แลนด์|ฮอลแลนด์
dutch	ดัตช์|เนเธอร์แลนด์
belgium	เบลเยียม
switzerland	สวิตเซอร์แลนด์
swiss	สวิส
austria	ออสเตรีย
sweden	สวีเดน
swedish	สวีเดน
norway	นอร์เวย์
denmark	เดนมาร์ก
finland	ฟินแลนด์
iceland	ไอซ์แลนด์
poland	โปแลนด์
polish	โปแลนด์
czech	เช็ก
hungary	ฮังการี
romania	โรมาเนีย
greece	กรีซ
greek	กรีก
turkey	ตุรกี|ทูร์เคีย
turkish	ตุรกี
russia	รัสเซีย
russian	รัสเซีย|ชาวรัสเซีย
ukraine	ยูเครน
ukrainian	ยูเครน|ชาวยูเครน
belarus	เบลารุส
serbia	เซอร์เบีย
croatia	โครเอเชีย
europe	ยุโรป
european	ยุโรป|ชาวยุโรป
japan	ญี่ปุ่น
japanese	ญี่ปุ่น|ชาวญี่ปุ่น
korea	เกาหลี
south korea	เกาหลีใต้
north korea	เกาหลีเหนือ
korean	เกาหลี|ชาวเกาหลี
taiwan	ไต้หวัน
hong kong	ฮ่องกง
macau	มาเก๊า
mongolia	มองโกเลีย
vietnam	เวียดนาม
vietnamese	เวียดนาม|ชาวเวียดนาม
thailand	ไทย|ประเทศไทย
thai	ไทย|คนไทย|ชาวไทย|ภาษาไทย
cambodia	กัมพูชา
laos	ลาว
myanmar	เมียนมา|พม่า
malaysia	มาเลเซีย
singapore	สิงคโปร์
indonesia	อินโดนีเซีย
philippines	ฟิลิปปินส์
asia	เอเชีย
asian	เอเชีย
southeast asia	เอเชียตะวันออกเฉียงใต้
asean	อาเซียน
pakistan	ปากีสถาน
pakistani	ปากีสถาน
bangladesh	บังกลาเทศ
nepal	เนปาล
sri lanka	ศรีลังกา
bhutan	ภูฏาน
maldives	มัลดีฟส์
afghanistan	อัฟกานิสถาน
iran	อิหร่าน
iranian	อิหร่าน
iraq	อิรัก
syria	ซีเรีย
israel	อิสราเอล
israeli	อิสราเอล
palestine	ปาเลสไตน์
palestinian	ปาเลสไตน์|ชาวปาเลสไตน์
gaza	กาซา|ฉนวนกาซา
lebanon	เลบานอน
jordan	จอร์แดน
saudi arabia	ซาอุดีอาระเบีย
arab	อาหรับ
arabic	ภาษาอาหรับ
united arab emirates	สหรัฐอาหรับเอมิเรตส์
qatar	กาตาร์
kuwait	คูเวต
yemen	เยเมน
oman	โอมาน
middle east	ตะวันออกกลาง
egypt	อียิปต์
egyptian	อียิปต์
libya	ลิเบีย
morocco	โมร็อกโก
algeria	แอลจีเรีย
tunisia	ตูนิเซีย
sudan	ซูดาน
ethiopia	เอธิโอเปีย
kenya	เคนยา
nigeria	ไนจีเรีย
ghana	กานา
south africa	แอฟริกาใต้
somalia	โซมาเลีย
congo	คองโก
uganda	ยูกันดา
tanzania	แทนซาเนีย
zimbabwe	ซิมบับเว
africa	แอฟริกา
african	แอฟริกา|ชาวแอฟริกัน
canada	แคนาดา
canadian	แคนาดา|ชาวแคนาดา
mexico	เม็กซิโก
mexican	เม็กซิกัน|ชาวเม็กซิกัน
brazil	บราซิล
brazilian	บราซิล
argentina	อาร์เจนตินา
chile	ชิลี
peru	เปรู
colombia	โคลอมเบีย
venezuela	เวเนซุเอลา
cuba	คิวบา
latin america	ละตินอเมริกา
south america	อเมริกาใต้
north america	อเมริกาเหนือ
australia	ออสเตรเลีย
australian	ออสเตรเลีย|ชาวออสเตรเลีย
new zealand	นิวซีแลนด์
antarctica	แอนตาร์กติกา
arctic	อาร์กติก|ขั้วโลกเหนือ
pacific	แปซิฟิก
atlantic	แอตแลนติก
indian ocean	มหาสมุทรอินเดีย
south china sea	ทะเลจีนใต้
mediterranean	เมดิเตอร์เรเนียน
himalaya	หิมาลัย
kazakhstan	คาซัคสถาน
uzbekistan	อุซเบกิสถาน
georgia	จอร์เจีย
armenia	อาร์เมเนีย
east	ตะวันออก
west	ตะวันตก
north	เหนือ|ภาคเหนือ
south	ใต้|ภาคใต้
northeast	ตะวันออกเฉียงเหนือ|อีสาน
northwest	ตะวันตกเฉียงเหนือ
southeast	ตะวันออกเฉียงใต้
southwest	ตะวันตกเฉียงใต้
central	กลาง|ภาคกลาง|ส่วนกลาง
western	ตะวันตก
eastern	ตะวันออก
northern	ภาคเหนือ|ตอนเหนือ
southern	ภาคใต้|ตอนใต้

# cities and regions
new delhi	นิวเดลี
delhi	เดลี
mumbai	มุมไบ
kolkata	โกลกาตา
chennai	เจนไน
bengaluru	เบงกาลูรู|บังกาลอร์
hyderabad	ไฮเดอราบาด
ahmedabad	อาห์มดาบาด
pune	ปูเน
jaipur	ชัยปุระ
lucknow	ลัคเนา
patna	ปัฏนา
varanasi	พาราณสี
agra	อักรา
kashmir	แคชเมียร์
uttar pradesh	อุตตรประเทศ
maharashtra	มหาราษฏระ
bihar	พิหาร
gujarat	คุชราต
rajasthan	ราชสถาน
punjab	ปัญจาบ
kerala	เกรละ
tamil nadu	ทมิฬนาฑู
west bengal	เบงกอลตะวันตก
karnataka	กรณาฏกะ
madhya pradesh	มัธยประเทศ
ganges	แม่น้ำคงคา|คงคา
beijing	ปักกิ่ง
shanghai	เซี่ยงไฮ้
guangzhou	กว่างโจว|กวางโจว
shenzhen	เซินเจิ้น
wuhan	อู่ฮั่น
chengdu	เฉิงตู
chongqing	ฉงชิ่ง
hangzhou	หางโจว
tianjin	เทียนจิน
nanjing	หนานจิง
xian	ซีอาน
tibet	ทิเบต
xinjiang	ซินเจียง
guangdong	กวางตุ้ง|กว่างตง
yunnan	ยูนนาน
sichuan	เสฉวน
yangtze	แยงซี|แม่น้ำแยงซี
mekong	แม่น้ำโขง|โขง
hanoi	ฮานอย
ho chi minh city	นครโฮจิมินห์|โฮจิมินห์
saigon	ไซ่ง่อน
da nang	ดานัง
hai phong	ไฮฟอง
hue	เว้
ha long bay	อ่าวฮาลอง
bangkok	กรุงเทพ|กรุงเทพฯ|กรุงเทพมหานคร|บางกอก
chiang mai	เชียงใหม่
phuket	ภูเก็ต
pattaya	พัทยา
chiang rai	เชียงราย
tokyo	โตเกียว
osaka	โอซากา
kyoto	เกียวโต
hiroshima	ฮิโรชิมา
fukushima	ฟุกุชิมะ
seoul	โซล
pyongyang	เปียงยาง
taipei	ไทเป
manila	มะนิลา
jakarta	จาการ์ตา
bali	บาหลี
kuala lumpur	กัวลาลัมเปอร์
phnom penh	พนมเปญ
vientiane	เวียงจันทน์
yangon	ย่างกุ้ง
dhaka	ธากา
kathmandu	กาฐมาณฑุ
colombo	โคลัมโบ
islamabad	อิสลามาบัด
karachi	การาจี
lahore	ละฮอร์
kabul	คาบูล
tehran	เตหะราน
baghdad	แบกแดด
damascus	ดามัสกัส
jerusalem	เยรูซาเลม
tel aviv	เทลอาวีฟ
dubai	ดูไบ
riyadh	ริยาด
mecca	เมกกะ
istanbul	อิสตันบูล
ankara	อังการา
cairo	ไคโร
moscow	มอสโก
kyiv	เคียฟ
london	ลอนดอน
paris	ปารีส
berlin	เบอร์ลิน
rome	โรม
madrid	มาดริด
barcelona	บาร์เซโลนา
brussels	บรัสเซลส์
geneva	เจนีวา
vienna	เวียนนา
amsterdam	อัมสเตอร์ดัม
athens	เอเธนส์
warsaw	วอร์ซอ
stockholm	สตอกโฮล์ม
new york	นิวยอร์ก
washington	วอชิงตัน
los angeles	ลอสแอนเจลิส
san francisco	ซานฟรานซิสโก
chicago	ชิคาโก
california	แคลิฟอร์เนีย
texas	เท็กซัส
florida	ฟลอริดา
silicon valley	ซิลิคอนแวลลีย์
toronto	โทรอนโต
sydney	ซิดนีย์
melbourne	เมลเบิร์น
rio de janeiro	ริโอเดจาเนโร
nairobi	ไนโรบี
white house	ทำเนียบขาว
kremlin	เครมลิน
pentagon	เพนตากอน
wall street	วอลล์สตรีท

# adjectives
new	ใหม่
big	ใหญ่
large	ใหญ่|ขนาดใหญ่
small	เล็ก|ขนาดเล็ก
huge	มหาศาล|ใหญ่โต|กอด
high	สูง
low	ต่ำ
long	ยาว
short	สั้น
fast	เร็ว|รวดเร็ว
bad	เลว|แย่|ไม่ดี
best	ดีที่สุด
better	ดีกว่า|ดีขึ้น
worst	เลวร้ายที่สุด|แย่ที่สุด
worse	แย่ลง|เลวร้ายกว่า
important	สำคัญ
major	สำคัญ|หลัก|ใหญ่
main	หลัก
key	สำคัญ|กุญแจ
serious	ร้ายแรง|จริงจัง
severe	รุนแรง
strong	แข็งแกร่ง|รุนแรง
weak	อ่อนแอ
powerful	ทรงพลัง|ทรงอิทธิพล
possible	เป็นไปได้
impossible	เป็นไปไม่ได้
likely	น่าจะ|มีแนวโน้ม
real	จริง|แท้
true	จริง
false	เท็จ|ปลอม
fake	ปลอม
correct	ถูกต้อง
wrong	ผิด
same	เดียวกัน|เหมือนกัน
different	แตกต่าง|ต่าง
similar	คล้าย|คล้ายกัน
various	ต่างๆ|หลากหลาย
special	พิเศษ
specific	เฉพาะ
common	ทั่วไป|ร่วมกัน
popular	ได้รับความนิยม|ยอดนิยม
famous	มีชื่อเสียง|ดัง
well-known	เป็นที่รู้จัก
difficult	ลำบาก
easy	ง่าย
simple	ง่าย|เรียบง่าย
hard	แข็ง|หนัก
free	ฟรี|อิสระ|เสรี
full	เต็ม|เต็มที่|อิ่ม
empty	ว่างเปล่า|ว่าง
whole	ทั้งหมด|ทั้ง
entire	ทั้งหมด
only	เท่านั้น|เพียง|แค่|เพียงแค่
first	แรก|ครั้งแรก|อันดับแรก
last	สุดท้าย|ล่าสุด|ที่แล้ว
next	ถัดไป|หน้า
previous	ก่อนหน้า|ก่อน
former	อดีต
current	ปัจจุบัน
modern	สมัยใหม่|ทันสมัย
ancient	โบราณ
recent	ล่าสุด|เมื่อเร็วๆนี้
latest	ล่าสุด
personal	ส่วนตัว|ส่วนบุคคล
happy	มีความสุข|ดีใจ
sad	เศร้า
beautiful	สวย|สวยงาม
hot	ร้อน
warm	อบอุ่น|อุ่น
dry	แห้ง|แล้ง
wet	เปียก
heavy	หนัก
light	เบา|แสง|แสงสว่าง|แสงไฟ
dark	มืด
black	สีดำ
white	ขาว|สีขาว
red	แดง|สีแดง
blue	น้ำเงิน|สีน้ำเงิน
yellow	เหลือง|สีเหลือง
sure	แน่ใจ|แน่นอน
clear	ชัดเจน
necessary	จำเป็น
available	มีให้|พร้อมใช้งาน
effective	มีประสิทธิภาพ|ได้ผล
successful	ประสบความสำเร็จ
success	ความสำเร็จ
failure	ความล้มเหลว
fail	ล้มเหลว
positive	เชิงบวก|บวก
negative	เชิงลบ
large number	จำนวนมาก
many	หลาย|มากมาย
few	น้อย|ไม่กี่
several	หลาย
most	ส่วนใหญ่|ที่สุด
more	มากกว่า|มากขึ้น
less	น้อยกว่า
all	ทั้งหมด
each	แต่ละ
other	อื่น|อื่นๆ
own	ของตัวเอง|ของตน|เป็นเจ้าของ
urban	เมือง|ในเมือง
rural	ชนบท
remote	ห่างไกล|ทางไกล
nearby	ใกล้เคียง|ใกล้|ใกล้ๆ|ละแวก
far	ไกล|ค่าโดยสาร
normal	ปกติ
unusual	ผิดปกติ
rare	หายาก
unique	เป็นเอกลักษณ์|ไม่เหมือนใคร
sharp increase	เพิ่มขึ้นอย่างมาก
sharp	อย่างรวดเร็ว|อย่างหนัก|แหลมคม
significant	อย่างมีนัยสำคัญ|สำคัญ
massive	ขนาดใหญ่|มหาศาล
equal	เท่ากัน|เท่าเทียม
fair	ยุติธรรม|เป็นธรรม
healthy	มีสุขภาพดี

# adverbs and connectives with alignment signal
however	อย่างไรก็ตาม
because	เพราะ|เนื่องจาก
therefore	ดังนั้น
although	แม้ว่า|ถึงแม้
if	ถ้า|หาก
while	ขณะที่|ในขณะที่
almost	เกือบ|แทบ
about	ประมาณ|เกี่ยวกับ
nearly	เกือบ
approximately	ประมาณ
more than	กว่า|มากกว่า
less than	น้อยกว่า|ไม่ถึง
at least	อย่างน้อย
up to	สูงถึง|มากถึง
still	ยัง|ยังคง
even	แม้แต่|แม้กระทั่ง
together	ร่วมกัน|ด้วยกัน
never	ไม่เคย|ไม่เคยเลย
always	เสมอ|ตลอด
often	บ่อย|มักจะ
sometimes	บางครั้ง
usually	โดยปกติ|มักจะ
especially	โดยเฉพาะ
quickly	อย่างรวดเร็ว
finally	ในที่สุด|สุดท้าย
together with	พร้อมกับ|ร่วมกับ
according to	ตาม
without	โดยไม่|ไม่มี
within	ภายใน
between	ระหว่าง
against	ต่อต้าน
across	ทั่ว|ข้าม
around	ประมาณ
near	ใกล้
outside	ข้างนอก|นอก
inside	ข้างใน|ภายใน
abroad	ต่างประเทศ

# general nouns of news text
problem	ปัญหา
issue	ประเด็น|ปัญหา
question	คำถาม|ตั้งคำถาม
situation	สถานการณ์
condition	สภาพ|เงื่อนไข
result	ผลลัพธ์
effect	ผลกระทบ
impact	ผลกระทบ
influence	อิทธิพล
reason	เหตุผล|สาเหตุ
purpose	วัตถุประสงค์|จุดประสงค์
idea	ความคิด|ไอเดีย
opinion	ความเห็น|ความคิดเห็น
view	มุมมอง|ทัศนะ|วิว
way	วิธี
method	วิธีการ
process	กระบวนการ
part	ส่วน
side	ฝ่าย|ด้าน
area	พื้นที่|บริเวณ
place	สถานที่
site	สถานที่|ไซต์|นั่ง
home	บ้าน
house	บ้าน
building	อาคาร|ตึก|สิ่งก่อสร้าง
room	ห้อง
world record	สถิติโลก
name	ชื่อ|มีชื่อว่า
number	จำนวน|หมายเลข|ตัวเลข
amount	จำนวน|ปริมาณ
size	ขนาด
scale	ขนาด|ระดับ
proportion	สัดส่วน
half	ครึ่ง|ครึ่งหนึ่ง
third	ที่สาม|หนึ่งในสาม
one quarter	หนึ่งในสี่
fact	ข้อเท็จจริง
truth	ความจริง
in history	ในประวัติศาสตร์
story	เรื่อง|เรื่องราว
letter	จดหมาย|ตัวอักษร
document	เอกสาร
list	รายชื่อ|รายการ
example	ตัวอย่าง
kind	ชนิด|ประเภท|ใจดี|มีน้ำใจ
type	ประเภท|ชนิด|พิมพ์
form	รูปแบบ|แบบฟอร์ม
model	แบบจำลอง|โมเดล|รุ่น
quality	คุณภาพ
standard	มาตรฐาน
access	การเข้าถึง
opportunity	โอกาส
chance	โอกาส
challenge	ความท้าทาย
solution	ทางออก|วิธีแก้ปัญหา
effort	ความพยายาม
role	บทบาท|กลิ้ง
responsibility	ความรับผิดชอบ
responsible	รับผิดชอบ
relationship	ความสัมพันธ์
relations	ความสัมพันธ์
trust	ความไว้วางใจ|ความเชื่อมั่น
fear	ความกลัว|กลัว
concern	ความกังวล|ข้อกังวล
worry	กังวล|เป็นห่วง
pressure	แรงกดดัน|ความกดดัน
stability	เสถียรภาพ
sum	เงินจำนวน
line	เส้น
centre	ศูนย์|ศูนย์กลาง
headquarters	สำนักงานใหญ่
base	ฐานทัพ
organization	องค์กร|องค์การ
institution	สถาบัน
institute	สถาบัน
foundation	มูลนิธิ|รากฐาน
association	สมาคม
charity	การกุศล|องค์กรการกุศล
non-governmental organization	องค์กรพัฒนาเอกชน|องค์กรนอกภาครัฐ
member	สมาชิก
representative	ตัวแทน|ผู้แทน
delegation	คณะผู้แทน
head	หัวหน้า|ศีรษะ|หัว
chief	หัวหน้า|ผู้บัญชาการ
staff	เจ้าหน้าที่|พนักงาน
source	แหล่ง|แหล่งข่าว|ต้นน้ำ
sources	แหล่งข่าว
interview	สัมภาษณ์
speech	สุนทรพจน์|คำปราศรัย
comment	ความคิดเห็น|แสดงความเห็น
response	การตอบสนอง|การตอบโต้
reaction	ปฏิกิริยา
request	คำขอ|คำร้อง
permission	อนุญาต|การอนุญาต
license	ใบอนุญาต
atmosphere	บรรยากาศ|ชั้นบรรยากาศ
resource	ทรัพยากร
material	วัสดุ
metal	โลหะ
steel	เหล็กกล้า|เหล็ก
iron	เหล็ก
copper	ทองแดง
aluminium	อะลูมิเนียม
lithium	ลิเทียม
rare earth	แร่หายาก
cement	ซีเมนต์|ปูนซีเมนต์
paper	กระดาษ
clothes	เสื้อผ้า|เครื่องแต่งกาย|เครื่องนุ่งห่ม|ผ้า
textile	สิ่งทอ
sugar	น้ำตาล
coffee	กาแฟ
meat	เนื้อ|เนื้อสัตว์
fruit	ผลไม้
vegetable	ผัก

# numbers and scale words
hundred	ร้อย
ten thousand	หมื่น
hundred thousand	แสน
lakh	แสน
million	ล้าน
ten million	สิบล้าน
crore	สิบล้าน
hundred million	ร้อยล้าน
billion	พันล้าน
trillion	ล้านล้าน
dozen	โหล
hundreds	หลายร้อย
thousands	หลายพัน
millions	หลายล้าน
tens of thousands	หลายหมื่น
zero	ศูนย์
once	ครั้งหนึ่ง
twice	สองครั้ง
percentage point	จุดเปอร์เซ็นต์

# units of measure
kilometre	กิโลเมตร|กม.
metre	เมตร
centimetre	เซนติเมตร|ซม.
millimetre	มิลลิเมตร|มม.
mile	ไมล์
foot	ฟุต|เท้า
inch	นิ้ว
square kilometre	ตารางกิโลเมตร
hectare	เฮกตาร์
acre	เอเคอร์
kilogram	กิโลกรัม|กิโล|กก.
gram	กรัม
tonne	ตัน
litre	ลิตร
barrel	บาร์เรล
degree celsius	องศาเซลเซียส|องศา
watt	วัตต์
kilowatt	กิโลวัตต์
megawatt	เมกะวัตต์
gigawatt	กิกะวัตต์
kilowatt hour	กิโลวัตต์ชั่วโมง|หน่วย
speed	ความเร็ว
kilometres per hour	กิโลเมตรต่อชั่วโมง
height	ความสูง
length	ความยาว
width	ความกว้าง
depth	ความลึก
weight	น้ำหนัก
distance	ระยะทาง
volume	ปริมาณ

# currencies
dollar	ดอลลาร์|ดอลลาร์สหรัฐ
us dollar	ดอลลาร์สหรัฐ
euro	ยูโร
pound	ปอนด์
yen	เยน
yuan	หยวน
renminbi	เหรินหมินปี้|หยวน
rupee	รูปี
dong	ด่ง
baht	บาท
korean won	วอน
rouble	รูเบิล
bitcoin	บิตคอยน์
cryptocurrency	สกุลเงินดิจิทัล|คริปโตเคอร์เรนซี
exchange rate	อัตราแลกเปลี่ยน

# international organizations and terms
international monetary fund	กองทุนการเงินระหว่างประเทศ
world bank	ธนาคารโลก
world trade organization	องค์การการค้าโลก
asian development bank	ธนาคารพัฒนาเอเชีย
unesco	ยูเนสโก
unicef	ยูนิเซฟ
red cross	สภากาชาด|กาชาด
olympic committee	คณะกรรมการโอลิมปิก
belt and road	หนึ่งแถบหนึ่งเส้นทาง
paris agreement	ความตกลงปารีส
cold war	สงครามเย็น
world war	สงครามโลก
second world war	สงครามโลกครั้งที่สอง
first world war	สงครามโลกครั้งที่หนึ่ง
communist party	พรรคคอมมิวนิสต์
state council	คณะรัฐมนตรีจีน
national assembly	สมัชชาแห่งชาติ
election commission	คณะกรรมการการเลือกตั้ง|กกต.
lok sabha	โลกสภา
rajya sabha	ราชยสภา
bjp	พรรคภารติยะชนตะ
stock exchange	ตลาดหลักทรัพย์
sensex	ดัชนีเซนเซ็กซ์
index	ดัชนี

# more verbs
increase sharply	เพิ่มขึ้นอย่างรวดเร็ว
surge	พุ่งขึ้น|พุ่งสูง
soar	พุ่งสูง
drop	ลดลง|ร่วง|หล่น|ตกลงมา
plunge	ดิ่งลง|ร่วงหนัก
jump	กระโดด|พุ่ง
exceed	เกิน|มากกว่า
achieve	บรรลุ|ทำได้
gain	เพิ่มขึ้น
earn	ได้รับ|หารายได้
hire	จ้าง|ว่าจ้าง
dismiss	ปลด|ยกฟ้อง
retire	เกษียณ|เลิกเล่น
serve	รับใช้|ดำรงตำแหน่ง
manage	จัดการ|บริหาร
operate	ดำเนินการ|ดำเนินงาน
control	ควบคุม
govern	ปกครอง
defend	ปกป้อง|ป้องกัน
shoot	ยิง
burn	เผา|ไหม้|แผลไฟไหม้|ไฟลวก
repair	ซ่อม|ซ่อมแซม
restore	ฟื้นฟู|คืนสู่สภาพเดิม
ensure	ทำให้แน่ใจ|รับประกัน
guarantee	รับประกัน
prepare	เตรียม
ready	พร้อม
delay	ล่าช้า|เลื่อน|ความล่าช้า
postpone	เลื่อน
cancel	ยกเลิก
suspend	ระงับ|พักงาน
restrict	จำกัด
limit	ขีดจำกัด|จำกัด
block	ปิดกั้น|บล็อก
lift	ยกเลิก|ลิฟต์
remove	ถอด|นำออก
replace	แทนที่
compare	เปรียบเทียบ
compared with	เมื่อเทียบกับ
count	นับ
calculate	คำนวณ
predict	ทำนาย|คาดการณ์
analyze	วิเคราะห์
analysis	การวิเคราะห์
monitor	ติดตาม|เฝ้าระวัง
check	ตรวจสอบ
inspect	ตรวจ|ตรวจสอบ
identify	ระบุ|ระบุตัว
reveal	เปิดเผย
disclose	เปิดเผย
hide	ซ่อน|หลบ
escape	หลบหนี
flee	หนี|อพยพหนี
enter	เข้า|เข้าสู่
exit	ทางออก
connect	เชื่อมต่อ|เชื่อม
link	เชื่อมโยง|ลิงก์
relate	เกี่ยวข้อง
depend	ขึ้นอยู่กับ|พึ่งพา
affect	ส่งผลกระทบ|กระทบ
benefit	ประโยชน์|ได้ประโยชน์
suffer	ประสบ|ได้รับความเสียหาย
face	เผชิญ|ใบหน้า|หน้า
deal with	จัดการ|รับมือ
solve	แก้ปัญหา|แก้ไข
respond	ตอบสนอง|ตอบโต้
handle	จัดการ
convict	ตัดสินว่ามีความผิด
host	เจ้าภาพ
welcome	ต้อนรับ|ยินดี
thank	ขอบคุณ
apologize	ขอโทษ
congratulate	แสดงความยินดี
honour	เกียรติ|ยกย่อง
mark	เป็นการ|ครบรอบ|ทำเครื่องหมาย
attend	เข้าร่วม
gather	รวมตัว|ชุมนุม
collect	รวบรวม|เก็บ
distribute	แจกจ่าย
contain	บรรจุ
cover	ครอบคลุม|ปกคลุม
hit	ถล่ม|โจมตี
trap	ติดอยู่
drown	จมน้ำ
take off	ขึ้นบิน|ทะยานขึ้น
sail	แล่นเรือ|แล่นเรือใบ|ใบเรือ
borrow	กู้|ยืม
lend	ให้กู้
owe	ติดหนี้
savings	ออม|เงินออม
deliver	ส่งมอบ
install	ติดตั้ง
design	ออกแบบ
invent	ประดิษฐ์
graduate	จบการศึกษา|บัณฑิต
marry	แต่งงาน
wedding	งานแต่งงาน
divorce	หย่า
funeral	งานศพ

# society, welfare and daily life
gender	เพศ
equality	ความเท่าเทียม
inequality	ความเหลื่อมล้ำ|ความไม่เท่าเทียม
discrimination	การเลือกปฏิบัติ
racism	การเหยียดเชื้อชาติ
ethnic	ชาติพันธุ์
tribe	ชนเผ่า
indigenous	ชนพื้นเมือง
caste	วรรณะ
welfare	สวัสดิการ
social security	ประกันสังคม
allowance	เงินสวัสดิการ
disability	ความพิการ
disabled	ผู้พิการ|คนพิการ
orphan	เด็กกำพร้า
marriage	การสมรส|การแต่งงาน
birth rate	อัตราการเกิด
ageing	สังคมสูงวัย
generation	รุ่น|คนรุ่น
lifestyle	วิถีชีวิต|ไลฟ์สไตล์
standard of living	มาตรฐานการครองชีพ
cost of living	ค่าครองชีพ
middle class	ชนชั้นกลาง
homelessness	การไร้ที่อยู่อาศัย
slum	สลัม|ชุมชนแออัด
neighbourhood	ย่าน|ละแวก
apartment	อพาร์ตเมนต์|คอนโด
hospitality	การบริการ|การต้อนรับ
water supply	ประปา|การจ่ายน้ำ
sanitation	สุขาภิบาล
toilet	ห้องน้ำ|ส้วม
smart city	เมืองอัจฉริยะ
urbanization	การขยายตัวของเมือง
public transport	ขนส่งสาธารณะ
traffic jam	รถติด|การจราจรติดขัด
road accident	อุบัติเหตุทางถนน|อุบัติเหตุจราจร
fireworks	ดอกไม้ไฟ|พลุ
celebration	การเฉลิมฉลอง
ceremony	พิธี
parade	ขบวนพาเหรด
festivity	งานประเพณี
volunteer work	งานอาสา
donation	การบริจาค|เงินบริจาค
donate	บริจาค
activist	นักเคลื่อนไหว
trade union	สหภาพแรงงาน
go on strike	นัดหยุดงาน
education system	ระบบการศึกษา
literacy	การรู้หนังสือ
scholarship	ทุนการศึกษา
tuition	ค่าเล่าเรียน
kindergarten	อนุบาล
primary school	โรงเรียนประถม|ประถมศึกษา
secondary school	โรงเรียนมัธยม|มัธยมศึกษา
high school	มัธยมปลาย
graduate student	นักศึกษาปริญญาโท
campus	วิทยาเขต
academic	ทางวิชาการ
academy	สถาบัน|สถาบันการศึกษา
skill	ทักษะ
training	การฝึกอบรม|การฝึก
experience	ประสบการณ์
career	อาชีพ|เส้นทางอาชีพ
profession	อาชีพ
police station	สถานีตำรวจ|โรงพัก
fire brigade	ดับเพลิง|หน่วยดับเพลิง
firefighter	นักดับเพลิง|พนักงานดับเพลิง
ambulance	รถพยาบาล
martyr	ผู้พลีชีพ

# more economy, business and technology
e-commerce	อีคอมเมิร์ซ|พาณิชย์อิเล็กทรอนิกส์
online shopping	ช้อปปิ้งออนไลน์
delivery	การจัดส่ง|เดลิเวอรี่
logistics	โลจิสติกส์
warehouse	คลังสินค้า
shipping	การขนส่งทางเรือ|การจัดส่ง
container	ตู้คอนเทนเนอร์
cargo	สินค้า|สินค้าบรรทุก
freight	การขนส่งสินค้า
automobile	รถยนต์
carmaker	ผู้ผลิตรถยนต์|ค่ายรถ
electric car	รถยนต์ไฟฟ้า
charging station	สถานีชาร์จ
self-driving	ขับขี่อัตโนมัติ
steelmaker	ผู้ผลิตเหล็ก
aluminum	อะลูมิเนียม
mineral	แร่|แร่ธาตุ
raw material	วัตถุดิบ
commodity	สินค้าโภคภัณฑ์
bond	พันธบัตร|หุ้นกู้
equity	ส่วนของผู้ถือหุ้น|ทุน
dividend	เงินปันผล
valuation	มูลค่า|การประเมินมูลค่า
initial public offering	การเสนอขายหุ้นครั้งแรก|ไอพีโอ
listing	การจดทะเบียน|เข้าตลาด
listed	จดทะเบียน
trading	การซื้อขาย
trader	ผู้ค้า|เทรดเดอร์
merchant	พ่อค้า
bankrupt	ล้มละลาย
layoff	การเลิกจ้าง|ปลดพนักงาน
pay rise	ขึ้นเงินเดือน
minimum wage	ค่าแรงขั้นต่ำ
workforce	แรงงาน|กำลังแรงงาน
productivity	ผลิตภาพ|ประสิทธิภาพการผลิต
competitiveness	ความสามารถในการแข่งขัน
competitor	คู่แข่ง
monopoly	การผูกขาด
regulator	หน่วยงานกำกับดูแล
antitrust	ต่อต้านการผูกขาด
patent	สิทธิบัตร
copyright	ลิขสิทธิ์
intellectual property	ทรัพย์สินทางปัญญา
economic growth	การเติบโตทางเศรษฐกิจ
foreign investment	การลงทุนจากต่างประเทศ
foreign exchange	เงินตราต่างประเทศ
reserve	ทุนสำรอง|สำรอง
stimulus	มาตรการกระตุ้น
package	แพ็กเกจ|ชุดมาตรการ
bailout	การอุ้ม|เงินช่วยเหลือ
austerity	มาตรการรัดเข็มขัด
price rise	ขึ้นราคา
fuel price	ราคาน้ำมัน
energy transition	การเปลี่ยนผ่านพลังงาน
energy security	ความมั่นคงทางพลังงาน
power outage	ไฟดับ
blackout	ไฟดับ
energy storage	การกักเก็บพลังงาน
transmission line	สายส่งไฟฟ้า
offshore	นอกชายฝั่ง
wind farm	ฟาร์มกังหันลม
turbine	กังหัน
biofuel	เชื้อเพลิงชีวภาพ
ammonia	แอมโมเนีย
methane	มีเทน
liquefied natural gas	ก๊าซธรรมชาติเหลว
uranium	ยูเรเนียม
reactor	เครื่องปฏิกรณ์
oilfield	แหล่งน้ำมัน
investment project	โครงการลงทุน
sign an agreement	ลงนามข้อตกลง
memorandum of understanding	บันทึกความเข้าใจ
joint venture	กิจการร่วมค้า
subsidiary	บริษัทในเครือ|บริษัทลูก
conglomerate	กลุ่มบริษัท
algorithm	อัลกอริทึม
cloud computing	คลาวด์คอมพิวติ้ง
chatbot	แชทบอท
large language model	โมเดลภาษาขนาดใหญ่
machine learning	การเรียนรู้ของเครื่อง
virtual reality	ความเป็นจริงเสมือน
quantum	ควอนตัม
5g	ไฟว์จี
telecom operator	ผู้ให้บริการโทรคมนาคม
cable	สายเคเบิล
fibre	ไฟเบอร์|เส้นใย
data breach	ข้อมูลรั่วไหล
cybersecurity	ความปลอดภัยทางไซเบอร์
surveillance	การสอดแนม|การเฝ้าระวัง
misinformation	ข้อมูลเท็จ|ข้อมูลบิดเบือน
fake news	ข่าวปลอม
censorship	การเซ็นเซอร์
press freedom	เสรีภาพสื่อ

# more health, body and nature
hospitalize	เข้าโรงพยาบาล|รักษาตัวในโรงพยาบาล
intensive care	ห้องไอซียู|ผู้ป่วยหนัก
recover	หายป่วย|ฟื้นตัว
cure	รักษาหาย
pain	ความเจ็บปวด|ปวด
fever	ไข้
mask	หน้ากาก|หน้ากากอนามัย
quarantine	กักตัว|กักกันโรค
lockdown	ล็อกดาวน์|ปิดเมือง
dose	เข็ม|โดส
antibiotic	ยาปฏิชีวนะ
clinical trial	การทดลองทางคลินิก
stroke	โรคหลอดเลือดสมอง
dementia	ภาวะสมองเสื่อม
depression	ภาวะซึมเศร้า|โรคซึมเศร้า
stress	ความเครียด|เน้นย้ำ
suicide	การฆ่าตัวตาย|ฆ่าตัวตาย
addiction	การเสพติด
tobacco	ยาสูบ
cigarette	บุหรี่
diet	อาหาร|การรับประทานอาหาร
exercise	การออกกำลังกาย
insomnia	นอนไม่หลับ
eye	ดวงตา
skin	ผิว|ผิวหนัง
bone	กระดูก
lung	ปอด
liver	ตับ
tooth	ฟัน
dog	สุนัข
cat	แมว
horse	ม้า
cow	วัว
pig	หมู|สุกร
chicken	ไก่
elephant	ช้าง
tiger	เสือ
lion	สิงโต
bear	หมี
panda	แพนด้า
whale	วาฬ
shark	ฉลาม
snake	งู
crocodile	จระเข้
insect	แมลง
mosquito	ยุง
bee	ผึ้ง
livestock	ปศุสัตว์
vegetation	พืชพรรณ
flower	ดอกไม้
grass	หญ้า
seed	เมล็ด|เมล็ดพันธุ์
coral	ปะการัง
coral reef	แนวปะการัง
wetland	พื้นที่ชุ่มน้ำ
jungle	ป่า
valley	หุบเขา
hill	เนินเขา
cave	ถ้ำ
rock	หิน
sand	ทราย
stone	หิน
gold mine	เหมืองทองคำ
wave	คลื่น|ระลอก|โบกมือ
cloud	เมฆ
sky	ท้องฟ้า
rainfall	ปริมาณฝน
heavy rain	ฝนตกหนัก
humidity	ความชื้น
fog	หมอก
smog	หมอกควัน
dust	ฝุ่น
haze	หมอกควัน
lightning	ฟ้าผ่า
thunderstorm	พายุฝนฟ้าคะนอง
frost	น้ำค้างแข็ง
weather forecast	พยากรณ์อากาศ
meteorological	อุตุนิยมวิทยา
meteorological department	กรมอุตุนิยมวิทยา
el nino	เอลนีโญ
ozone	โอโซน

# more sport
win a match	ชนะการแข่งขัน
goalkeeper	ผู้รักษาประตู
striker	กองหน้า
captain	กัปตัน
referee	ผู้ตัดสิน
penalty	จุดโทษ|บทลงโทษ
half time	ครึ่งแรก
draw	เสมอ|ภาพวาด|การวาดภาพ|วาด|วาดภาพ
beat	เอาชนะ|ชนะ
lose a match	แพ้
sports season	ฤดูกาล
transfer	การย้ายทีม|โอน
sign a contract	เซ็นสัญญา
world champion	แชมป์โลก
title	แชมป์|ตำแหน่ง|ชื่อเรื่อง
runner-up	รองแชมป์
qualify	ผ่านเข้ารอบ
qualifier	รอบคัดเลือก
quarter-final	รอบก่อนรองชนะเลิศ|รอบแปดทีมสุดท้าย
group stage	รอบแบ่งกลุ่ม
fifa	ฟีฟ่า
asian games	เอเชียนเกมส์
sea games	ซีเกมส์
paralympics	พาราลิมปิก
runner	นักวิ่ง
swimmer	นักว่ายน้ำ
boxer	นักมวย
wrestling	มวยปล้ำ
hockey	ฮอกกี้
volleyball	วอลเลย์บอล
table tennis	เทเบิลเทนนิส|ปิงปอง
chess	หมากรุก
martial arts	ศิลปะการต่อสู้
muay thai	มวยไทย
formula one	ฟอร์มูลาวัน
grand prix	กรังด์ปรีซ์
test match	เทสต์แมตช์
wicket	วิคเก็ต
batsman	ผู้ตี
bowler	ผู้ขว้าง
innings	อินนิงส์

# travel and tourism
holidaymaker	นักท่องเที่ยว
resort	รีสอร์ต
tour	ทัวร์
tour guide	ไกด์|มัคคุเทศก์
sightseeing	เที่ยวชม|ชมเมือง
attraction	สถานที่ท่องเที่ยว|แหล่งท่องเที่ยว
landmark	แลนด์มาร์ก|สถานที่สำคัญ
palace	พระราชวัง|วัง
castle	ปราสาท
fort	ป้อม
tower	หอคอย
statue	รูปปั้น|อนุสาวรีย์
monument	อนุสาวรีย์|โบราณสถาน
ruins	ซากปรักหักพัง|โบราณสถาน
pagoda	เจดีย์
marketplace	ตลาดนัด
cuisine	อาหาร
dish	อาหาร|จาน
street food	อาหารริมทาง|สตรีทฟู้ด
noodle	ก๋วยเตี๋ยว|บะหมี่
bread	ขนมปัง
fruit juice	น้ำผลไม้
beer	เบียร์
wine	ไวน์
flight delay	เที่ยวบินล่าช้า
luggage	กระเป๋าเดินทาง|สัมภาระ
border crossing	ด่านชายแดน|จุดผ่านแดน

# arts and entertainment
concert	คอนเสิร์ต
album	อัลบั้ม
band	วงดนตรี
film director	ผู้กำกับภาพยนตร์
cinema	โรงภาพยนตร์|ภาพยนตร์
box office	บ็อกซ์ออฟฟิศ|รายได้
series	ซีรีส์|ชุด
novel	นวนิยาย
poem	บทกวี
poet	กวี
painting	ภาพวาด|จิตรกรรม|ทาสี|ระบายสี
painter	จิตรกร
photography	การถ่ายภาพ
photographer	ช่างภาพ
dance	การเต้นรำ|เต้น
dancer	นักเต้น
fashion	แฟชั่น
designer	นักออกแบบ|ดีไซเนอร์
architecture	สถาปัตยกรรม
architect	สถาปนิก
video game	วิดีโอเกม
celebrity	คนดัง|ดารา
audience	ผู้ชม
viewer	ผู้ชม

# more politics, law and security
president-elect	ว่าที่ประธานาธิบดี
head of state	ประมุขแห่งรัฐ
general secretary	เลขาธิการ
secretary-general	เลขาธิการ
secretary	เลขานุการ|รัฐมนตรี
secretary of state	รัฐมนตรีต่างประเทศ
chancellor	นายกรัฐมนตรี
speaker	ประธานสภา|ผู้พูด
premier	นายกรัฐมนตรี
ruling party	พรรครัฐบาล
opposition party	พรรคฝ่ายค้าน
general election	การเลือกตั้งทั่วไป
polling station	หน่วยเลือกตั้ง
ballot	บัตรเลือกตั้ง
turnout	ผู้มาใช้สิทธิ
constituency	เขตเลือกตั้ง
impeachment	การถอดถอน
veto	วีโต้|ยับยั้ง
martial law	กฎอัยการศึก
curfew	เคอร์ฟิว
dictator	เผด็จการ
dictatorship	ระบอบเผด็จการ
junta	คณะรัฐประหาร|รัฐบาลทหาร
revolution	การปฏิวัติ
uprising	การลุกฮือ
civil war	สงครามกลางเมือง
genocide	การฆ่าล้างเผ่าพันธุ์
massacre	การสังหารหมู่
war crime	อาชญากรรมสงคราม
humanitarian	ด้านมนุษยธรรม|มนุษยธรรม
humanitarian aid	ความช่วยเหลือด้านมนุษยธรรม
peacekeeping	รักษาสันติภาพ
peace talks	การเจรจาสันติภาพ
prisoner of war	เชลยศึก
landmine	กับระเบิด
ammunition	กระสุน
bullet	กระสุน
explosive	วัตถุระเบิด
suicide bomber	มือระเบิดพลีชีพ
gunman	มือปืน
attacker	คนร้าย|ผู้โจมตี
police chief	ผู้บัญชาการตำรวจ
inquiry	การสอบสวน
probe	การสอบสวน
testimony	คำให้การ
defendant	จำเลย
plaintiff	โจทก์
attorney general	อัยการสูงสุด
justice ministry	กระทรวงยุติธรรม
law enforcement	การบังคับใช้กฎหมาย
jury	คณะลูกขุน
life sentence	จำคุกตลอดชีวิต
execution	การประหารชีวิต
pardon	อภัยโทษ
extradition	การส่งผู้ร้ายข้ามแดน
deport	เนรเทศ|ส่งกลับ
border guard	ตำรวจตระเวนชายแดน
coast guard	หน่วยยามฝั่ง
drug trafficking	การค้ายาเสพติด
money laundering	การฟอกเงิน
tax evasion	การเลี่ยงภาษี
embezzlement	การยักยอก
cheating	การโกง
gambling	การพนัน
cybercrime	อาชญากรรมทางไซเบอร์
scam	การหลอกลวง|แก๊งคอลเซ็นเตอร์
border dispute	ข้อพิพาทชายแดน
territorial	ดินแดน
nuclear test	การทดสอบนิวเคลียร์
bilateral	ทวิภาคี
multilateral	พหุภาคี
strategic	เชิงยุทธศาสตร์
strategy	กลยุทธ์|ยุทธศาสตร์
geopolitical	ภูมิรัฐศาสตร์
superpower	มหาอำนาจ
great power	ประเทศมหาอำนาจ
developing country	ประเทศกำลังพัฒนา
developed country	ประเทศพัฒนาแล้ว
emerging market	ตลาดเกิดใหม่
third world	โลกที่สาม
colony	อาณานิคม
colonial	อาณานิคม
national security	ความมั่นคงแห่งชาติ
public order	ความสงบเรียบร้อย

# more verbs of news reporting and policy
expand	ขยาย
expansion	การขยายตัว|การขยาย
boost	กระตุ้น|ส่งเสริม|เพิ่ม
strengthen	เสริมสร้าง|เสริมความแข็งแกร่ง
promote	ส่งเสริม|โปรโมท
encourage	สนับสนุน|ส่งเสริม
attract	ดึงดูด
unveil	เปิดตัว|เปิดเผย
introduce	แนะนำ|นำเสนอ
implement	ดำเนินการ|นำไปใช้
implementation	การดำเนินการ|การนำไปปฏิบัติ
adopt	รับรอง|นำมาใช้
establish	ก่อตั้ง|จัดตั้ง
set up	ตั้ง|จัดตั้ง
extend	ขยาย|ต่ออายุ
shrink	หดตัว
maintain	รักษา|คงไว้
keep	รักษา|เก็บ
raise	เพิ่ม|ขึ้น|ระดม
lower	ลด|ปรับลด|ต่ำกว่า|ลดลง
blame	โทษ|กล่าวโทษ
admit	ยอมรับ
insist	ยืนยัน|ยืนกราน
emphasize	เน้น|ย้ำ
vow	ให้คำมั่น|สาบาน
condemn	ประณาม
praise	ชื่นชม|ยกย่อง
refuse	ปฏิเสธ
negotiate	เจรจา
withdraw	ถอน|ถอนตัว
withdrawal	การถอนตัว|การถอนทหาร
deploy	ส่ง|วางกำลัง
deployment	การวางกำลัง
impose	บังคับใช้|เรียกเก็บ
ease	ผ่อนคลาย|บรรเทา
tighten	เข้มงวด|กระชับ
reopen	เปิดอีกครั้ง
resume	กลับมา|ดำเนินต่อ
halt	หยุด|ระงับ
exist	มีอยู่|ดำรงอยู่
appear	ปรากฏ
emerge	เกิดขึ้น|ปรากฏ
disappear	หายไป
injure	ทำให้บาดเจ็บ
struggle	ดิ้นรน|ต่อสู้
compete	แข่งขัน
belong	เป็นของ
seem	ดูเหมือน|ดูเหมือนว่า

# more nouns of news and policy
stake	หุ้น|สัดส่วนการถือหุ้น
deadline	กำหนดเส้นตาย|เส้นตาย
schedule	กำหนดการ|ตารางเวลา
agenda	วาระ
priority	ลำดับความสำคัญ|ความสำคัญ
progress	ความคืบหน้า|ความก้าวหน้า
peak	จุดสูงสุด|ยอดเขา
trend	แนวโน้ม|เทรนด์
figure	ตัวเลข|บุคคล
phase	ระยะ|เฟส
stage	ขั้น|เวที
version	เวอร์ชัน|ฉบับ
feature	คุณสมบัติ|ฟีเจอร์
detail	รายละเอียด
factor	ปัจจัย
option	ทางเลือก|ตัวเลือก
alternative	ทางเลือก|ทางเลือกอื่น
approach	แนวทาง|เข้าใกล้
framework	กรอบ|กรอบการทำงาน
mechanism	กลไก
facility	สิ่งอำนวยความสะดวก|สถานที่
tool	เครื่องมือ
item	รายการ|สิ่งของ
fee	ค่าธรรมเนียม
uncertainty	ความไม่แน่นอน
confidence	ความเชื่อมั่น|ความมั่นใจ
anger	ความโกรธ
pride	ความภาคภูมิใจ
shock	ความตกใจ|ช็อก
surprise	ความประหลาดใจ|เซอร์ไพรส์|ประหลาดใจ|แปลกใจ

# more adjectives
senior	อาวุโส|ระดับสูง
top	ชั้นนำ|สูงสุด
leading	ชั้นนำ
acting	รักษาการ
interim	ชั่วคราว|รักษาการ
temporary	ชั่วคราว
permanent	ถาวร
long-term	ระยะยาว
short-term	ระยะสั้น
unprecedented	ไม่เคยมีมาก่อน
widespread	แพร่หลาย|วงกว้าง
nationwide	ทั่วประเทศ
worldwide	ทั่วโลก
civil	พลเรือน|แพ่ง
joint	ร่วม|ร่วมกัน
mutual	ซึ่งกันและกัน
direct	โดยตรง
potential	ศักยภาพ|ที่อาจเกิดขึ้น
minor	เล็กน้อย|ผู้เยาว์
critical	วิกฤต|สำคัญ
urgent	เร่งด่วน
crucial	สำคัญยิ่ง
essential	จำเป็น|สำคัญ
basic	พื้นฐาน
advanced	ขั้นสูง|ก้าวหน้า
sustainable	ยั่งยืน
sustainable development	การพัฒนาที่ยั่งยืน
low-carbon	คาร์บอนต่ำ
smart	อัจฉริยะ|ฉลาด
affordable	ราคาไม่แพง|ราคาย่อมเยา
stable	มั่นคง|คงที่
uncertain	ไม่แน่นอน
confident	มั่นใจ
optimistic	มองโลกในแง่ดี
angry	โกรธ
proud	ภูมิใจ

# more countries and places
luxembourg	ลักเซมเบิร์ก
slovakia	สโลวาเกีย
slovenia	สโลวีเนีย
bulgaria	บัลแกเรีย
estonia	เอสโตเนีย
latvia	ลัตเวีย
lithuania	ลิทัวเนีย
cyprus	ไซปรัส
malta	มอลตา
azerbaijan	อาเซอร์ไบจาน
kyrgyzstan	คีร์กีซสถาน
tajikistan	ทาจิกิสถาน
turkmenistan	เติร์กเมนิสถาน
brunei	บรูไน
east timor	ติมอร์เลสเต|ติมอร์ตะวันออก
papua new guinea	ปาปัวนิวกินี
fiji	ฟิจิ
bahrain	บาห์เรน
rwanda	รวันดา
senegal	เซเนกัล
cameroon	แคเมอรูน
angola	แองโกลา
mozambique	โมซัมบิก
madagascar	มาดากัสการ์
zambia	แซมเบีย
mali	มาลี
niger	ไนเจอร์
ecuador	เอกวาดอร์
bolivia	โบลิเวีย
paraguay	ปารากวัย
uruguay	อุรุกวัย
panama	ปานามา
haiti	เฮติ
jamaica	จาเมกา
guatemala	กัวเตมาลา
caribbean	แคริบเบียน
balkans	บอลข่าน
scandinavia	สแกนดิเนเวีย
siberia	ไซบีเรีย
crimea	ไครเมีย
hawaii	ฮาวาย
alaska	อะแลสกา
new jersey	นิวเจอร์ซีย์
boston	บอสตัน
seattle	ซีแอตเทิล
las vegas	ลาสเวกัส
miami	ไมอามี
houston	ฮิวสตัน
vancouver	แวนคูเวอร์
montreal	มอนทรีออล
mexico city	เม็กซิโกซิตี
buenos aires	บัวโนสไอเรส
sao paulo	เซาเปาลู
lagos	ลากอส
johannesburg	โจฮันเนสเบิร์ก
cape town	เคปทาวน์
addis ababa	แอดดิสอาบาบา
doha	โดฮา
abu dhabi	อาบูดาบี
manchester	แมนเชสเตอร์
liverpool	ลิเวอร์พูล
munich	มิวนิก
frankfurt	แฟรงก์เฟิร์ต
milan	มิลาน
venice	เวนิส
zurich	ซูริก
dublin	ดับลิน
edinburgh	เอดินบะระ
lisbon	ลิสบอน
prague	ปราก
budapest	บูดาเปสต์
copenhagen	โคเปนเฮเกน
oslo	ออสโล
helsinki	เฮลซิงกิ
st petersburg	เซนต์ปีเตอร์สเบิร์ก
hokkaido	ฮอกไกโด
okinawa	โอกินาวา
busan	ปูซาน
kaohsiung	เกาสง
inner mongolia	มองโกเลียใน
hainan	ไหหลำ
fujian	ฝูเจี้ยน
zhejiang	เจ้อเจียง
jiangsu	เจียงซู
shandong	ซานตง
henan	เหอหนาน
hubei	หูเป่ย์
hunan	หูหนาน
guangxi	กวางสี
hebei	เหอเป่ย์
shenzhen stock exchange	ตลาดหลักทรัพย์เซินเจิ้น
can tho	เกิ่นเทอ
nha trang	ญาจาง
phu quoc	ฟู้โกว๊ก
quang ninh	กว๋างนิญ
dong nai	ดงนาย
binh duong	บิ่ญเซือง
khon kaen	ขอนแก่น
nakhon ratchasima	นครราชสีมา|โคราช
ayutthaya	อยุธยา
krabi	กระบี่
koh samui	เกาะสมุย
songkhla	สงขลา
hat yai	หาดใหญ่
rayong	ระยอง
chao phraya	เจ้าพระยา|แม่น้ำเจ้าพระยา
isan	อีสาน|ภาคอีสาน
bodh gaya	พุทธคยา
goa	กัว
assam	อัสสัม
odisha	โอริสสา
telangana	เตลังคานา
andhra pradesh	อานธรประเทศ
jharkhand	ฌารขัณฑ์
uttarakhand	อุตตราขัณฑ์
himachal pradesh	หิมาจัลประเทศ
haryana	หรยาณา
chhattisgarh	ฉัตตีสครห์
ladakh	ลาดักห์
jammu	จัมมู
nagpur	นาคปุระ
indore	อินดอร์
bhopal	โภปาล
chandigarh	จัณฑีครห์
surat	สุรัต
noida	นอยดา
gurugram	คุรุคราม

# more frequent nouns and verbs
moment	ช่วงเวลา|ขณะ
care	การดูแล|ดูแล|ใส่ใจ|ห่วงใย
field	สาขา|สนาม|ทุ่ง
voice	เสียง
difference	ความแตกต่าง
action	การกระทำ|การดำเนินการ
position	ตำแหน่ง|จุดยืน
activity	กิจกรรม
love	ความรัก|รัก
like	ชอบ
prefer	ชอบมากกว่า
attention	ความสนใจ
choice	ทางเลือก
ability	ความสามารถ
achievement	ความสำเร็จ
hero	วีรบุรุษ|ฮีโร่|พระเอก
legend	ตำนาน
symbol	สัญลักษณ์
flag	ธง|ธงชาติ
anthem	เพลงชาติ
signal	สัญญาณ
post	โพสต์|ตำแหน่ง
independence day	วันประกาศอิสรภาพ
national day	วันชาติ
bring	นำมา|พามา
seek	แสวงหา
mean	หมายความว่า|หมายถึง|ความหมาย
stand	ยืน
feel	รู้สึก|ความรู้สึก
catch	จับ
throw	ขว้าง|โยน
pull	ดึง
push	ผลัก|ผลักดัน
turn	หัน|เปลี่ยน
fill	เติม
seize	ยึด
seizure	การยึด
punish	ลงโทษ
punishment	การลงโทษ
kick	เตะ
climb	ปีน|ปีนเขา
dig	ขุด
feed	ให้อาหาร
wear	สวม|ใส่|สวมใส่
sing	ร้อง|ร้องเพลง
smile	รอยยิ้ม|ยิ้ม
cry	ร้องไห้
laugh	หัวเราะ
shout	ตะโกน
slogan	สโลแกน|คำขวัญ
doubt	ข้อสงสัย|ความสงสัย|สงสัย
rumour	ข่าวลือ
secret	ความลับ|ลับ
mystery	ปริศนา
dream	ความฝัน|ฝัน
gap	ช่องว่าง
edge	ขอบ|ความได้เปรียบ
advantage	ข้อได้เปรียบ
disadvantage	ข้อเสียเปรียบ

# irregular English forms (same forms as their lemma)
gave	มอบ
given	มอบ
took	เอา|ใช้เวลา
taken	เอา|ใช้เวลา
made	สร้าง
saw	เห็น
seen	เห็น
met	พบ|พบปะ
left	ออกจาก|ทิ้ง|ซ้าย|ด้านซ้าย
got	ได้รับ
held	ถือ
led	ผู้นำ
sent	ส่ง
sold	ขาย
bought	ซื้อ
paid	จ่าย|ชำระ
built	สร้าง|ก่อสร้าง|สร้างเสร็จ
began	เริ่ม
begun	เริ่ม
became	กลายเป็น
won	ชนะ|คว้า
lost	สูญเสีย|แพ้
fell	ลดลง|ร่วง
fallen	ลดลง|ร่วง
rose	เพิ่มขึ้น|สูงขึ้น|เพิ่มขึ้นเป็น|กุหลาบ|ดอกกุหลาบ
risen	เพิ่มขึ้น|สูงขึ้น|เพิ่มขึ้นเป็น
grew	เติบโต|ปลูก
grown	เติบโต|ปลูก
spoke	พูด|กล่าว
wrote	เขียน
written	เขียน
chose	เลือก
chosen	เลือก
brought	นำมา|พามา
thought	คิด|คิดว่า
knew	รู้|ทราบ
known	รู้|ทราบ
ran	วิ่ง|ดำเนินการ
flew	บิน
drove	ขับ|ขับรถ
ate	กิน|รับประทาน
fought	ต่อสู้
taught	สอน
kept	รักษา|เก็บ
spent	ใช้จ่าย|ใช้เวลา
heard	ได้ยิน|ฟัง
understood	เข้าใจ
struck	การนัดหยุดงาน|การโจมตี
shot	ยิง
hid	ซ่อน
fled	หนี|อพยพหนี
forgot	ลืม
slept	การนอนหลับ
drank	ดื่ม|เครื่องดื่ม
dealt	ข้อตกลง|ดีล
sought	แสวงหา
meant	หมายความว่า|หมายถึง
stood	ยืน
felt	รู้สึก
lent	ให้กู้
men	ผู้ชาย
women	ผู้หญิง|หญิง|สตรี
lives	ชีวิต
teeth	ฟัน
feet	ฟุต|เท้า

# travel and tourism (general vocabulary)
hostel	โฮสเทล|หอพัก
motel	โมเต็ล
inn	โรงเตี๊ยม
accommodation	ที่พัก
lodging	ที่พัก|ที่พักแรม
guesthouse	เกสต์เฮาส์|บ้านพัก
book a room	จองห้อง
reservation	การจอง|จองล่วงหน้า
reserve a table	จองโต๊ะ
check in	เช็คอิน
check out	เช็คเอาท์
camping	ตั้งแคมป์|แคมป์ปิ้ง|ค่าย|แคมป์
campsite	ลานกางเต็นท์|จุดกางเต็นท์
campfire	กองไฟ
tent	เต็นท์
sleeping bag	ถุงนอน
backpack	กระเป๋าเป้|เป้สะพายหลัง
backpacker	แบ็คแพ็คเกอร์|นักท่องเที่ยวแบกเป้
baggage	สัมภาระ|กระเป๋าเดินทาง
suitcase	กระเป๋าเดินทาง
bag	กระเป๋า|ถุง
pack	แพ็ค|จัดกระเป๋า
ticket office	ที่จำหน่ายตั๋ว|ช่องขายตั๋ว
boarding pass	บัตรขึ้นเครื่อง
round trip	ไปกลับ
one way	เที่ยวเดียว
checkpoint	ด่านตรวจ|จุดตรวจ
immigration office	สำนักงานตรวจคนเข้าเมือง
visa on arrival	วีซ่าออนอะไรวัล|วีซ่าเมื่อเดินทางมาถึง
entry	การเข้า|เข้าประเทศ
entrance	ทางเข้า
way out	ทางออก
seaside	ริมทะเล|ชายทะเล
shore	ฝั่ง|ชายฝั่ง
bay	อ่าว
peninsula	คาบสมุทร
cape	แหลม|หมวกแก๊ป
mountain range	เทือกเขา
slope	ทางลาด|เนินเขา|ลาดเขา
trail	เส้นทางเดิน|ทางเดินป่า
path	ทางเดิน|เส้นทาง
hiking	เดินป่า|ปีนเขา
trek	เดินป่า|การเดินทางไกล
hiker	นักเดินป่า
climber	นักปีนเขา
mountaineering	การปีนเขา
waterfall	น้ำตก
hot spring	น้ำพุร้อน|บ่อน้ำร้อน
stream	ลำธาร
canyon	หุบเขาลึก|แคนยอน
gorge	ช่องเขา|หุบเขา
plateau	ที่ราบสูง
plain	ที่ราบ
countryside	ชนบท|ต่างจังหวัด
scenery	ทิวทัศน์|ภูมิทัศน์
landscape	ภูมิทัศน์|ทิวทัศน์
sightseer	นักท่องเที่ยว
traveller	นักเดินทาง|ผู้เดินทาง
travel agency	บริษัทท่องเที่ยว|บริษัททัวร์
guidebook	หนังสือนำเที่ยว|คู่มือท่องเที่ยว
guide	ไกด์|มัคคุเทศก์|คู่มือ
map	แผนที่
compass	เข็มทิศ
souvenir	ของที่ระลึก
postcard	โปสการ์ด|ไปรษณียบัตร
vacation	วันหยุดพักผ่อน|พักร้อน
honeymoon	ฮันนีมูน
excursion	ทัศนศึกษา|ท่องเที่ยว
picnic	ปิกนิก
adventure	การผจญภัย|ผจญภัย
explore	สำรวจ|ท่องเที่ยว
explorer	นักสำรวจ
wander	เดินเล่น|เร่ร่อน
stroll	เดินเล่น
passport control	ตรวจหนังสือเดินทาง
customs officer	เจ้าหน้าที่ศุลกากร
foreigner	ชาวต่างชาติ|คนต่างชาติ|ชาวต่างประเทศ
local people	คนท้องถิ่น|ชาวบ้าน
native	พื้นเมือง|เจ้าของภาษา
language barrier	อุปสรรคทางภาษา
phrasebook	หนังสือวลี
translate	แปล
translation	คำแปล|การแปล
translator	นักแปล|ล่าม
interpreter	ล่าม
currency exchange	แลกเงิน|รับแลกเงิน
tip	ทิป|เคล็ดลับ
bargain	ต่อราคา|ต่อรอง|ของถูก
sunscreen	ครีมกันแดด
swimsuit	ชุดว่ายน้ำ
diving	ดำน้ำ|กระโดดน้ำ
snorkelling	ดำน้ำตื้น
surfing	โต้คลื่น
kayak	เรือคายัค
cruise	ล่องเรือ|เรือสำราญ
ferry	เรือข้ามฟาก
pier	ท่าเรือ|ท่าเทียบเรือ
harbour	ท่าเรือ
lighthouse	ประภาคาร
canal	คลอง
oasis	โอเอซิส
dune	เนินทราย
ski	สกี|เล่นสกี|การเล่นสกี
ski resort	รีสอร์ตสกี
viewpoint	จุดชมวิว|มุมมอง
observation deck	จุดชมวิว|หอชมวิว
gallery	หอศิลป์|แกลเลอรี
art museum	พิพิธภัณฑ์ศิลปะ
zoo	สวนสัตว์
aquarium	พิพิธภัณฑ์สัตว์น้ำ|อควาเรียม
amusement park	สวนสนุก
theme park	สวนสนุก|ธีมปาร์ค
botanical garden	สวนพฤกษศาสตร์
garden	สวน
square	จัตุรัส|ลาน
plaza	พลาซ่า|ลาน
old town	เมืองเก่า
old quarter	ย่านเมืองเก่า
downtown	ใจกลางเมือง|ย่านใจกลางเมือง
city centre	ใจกลางเมือง
suburb	ชานเมือง
outskirts	ชานเมือง|รอบนอก
alley	ซอย|ตรอก
lane	ช่องทาง|ซอย
avenue	ถนนใหญ่|อเวนิว
sidewalk	ทางเท้า|บาทวิถี
crossroads	สี่แยก|ทางแยก
intersection	ทางแยก|สี่แยก
roundabout	วงเวียน
signpost	ป้ายบอกทาง
direction	ทิศทาง|ทิศ
straight	ตรงไป

# home and daily life
dwelling	ที่อยู่อาศัย
residence	ที่พักอาศัย|ที่อยู่|บ้านพัก
address	ที่อยู่
floor	ชั้น
storey	ชั้น
upstairs	ชั้นบน
downstairs	ชั้นล่าง
stairs	บันได
elevator	ลิฟต์
roof	หลังคา
ceiling	เพดาน
door	ประตู
window	หน้าต่าง
gate	ประตู|ประตูรั้ว
fence	รั้ว|ฟันดาบ
yard	สนาม|ลานบ้าน
courtyard	ลานบ้าน|ลานกลางบ้าน
balcony	ระเบียง
kitchen	ห้องครัว
bedroom	ห้องนอน
bathroom	ห้องน้ำ
living room	ห้องนั่งเล่น
dining room	ห้องอาหาร|ห้องทานข้าว
garage	โรงรถ
basement	ห้องใต้ดิน|ชั้นใต้ดิน
furniture	เฟอร์นิเจอร์
bed	เตียง
table	โต๊ะ|ตาราง
chair	เก้าอี้
sofa	โซฟา
shelf	ชั้นวาง|หิ้ง
cupboard	ตู้
drawer	ลิ้นชัก
mirror	กระจก|กระจกเงา
lamp	ตะเกียง|โคมไฟ
lantern	โคม|ตะเกียง
light bulb	หลอดไฟ
candle	เทียน|เทียนไข
lighter	เบากว่า|ไฟแช็ก
lightest	เบาที่สุด
switch	สวิตช์|เปลี่ยน
plug	ปลั๊ก
lock	ล็อก|กุญแจ|ล็อค
clock	นาฬิกา
cook	ทำอาหาร|ปรุงอาหาร|พ่อครัว|แม่ครัว|การทำอาหาร|การปรุงอาหาร
chef	เชฟ|พ่อครัว
recipe	สูตรอาหาร
boil	ต้ม
fry	ผัด
stove	เตา
oven	เตาอบ
refrigerator	ตู้เย็น
pot	หม้อ
pan	กระทะ
plate	จาน
bowl	ชาม|ถ้วย|โยนลูก|โบว์ลิ่ง
cup	ถ้วย|แก้ว|คัพ
glass	แก้ว|กระจก
bottle	ขวด
spoon	ช้อน
fork	ส้อม
knife	มีด
chopsticks	ตะเกียบ
dress	ชุด|ชุดเดรส|แต่งตัว
costume	เครื่องแต่งกาย|ชุด
uniform	เครื่องแบบ|ชุดนักเรียน
shirt	เสื้อเชิ้ต|เสื้อ
t-shirt	เสื้อยืด
trousers	กางเกง|กางเกงขายาว
skirt	กระโปรง
coat	เสื้อโค้ท|เสื้อคลุม
jacket	แจ็คเก็ต|เสื้อแจ็คเก็ต
sweater	เสื้อกันหนาว|เสื้อสเวตเตอร์
hat	หมวก|เกลียด|ความเกลียดชัง
shoe	รองเท้า
boot	รองเท้าบูท
sock	ถุงเท้า
glove	ถุงมือ
scarf	ผ้าพันคอ
sari	ส่าหรี
belt	เข็มขัด
pocket	กระเป๋าเสื้อ|กระเป๋ากางเกง
button	ปุ่ม|กระดุม
jewellery	เครื่องประดับ
ring	แหวน
necklace	สร้อยคอ
umbrella	ร่ม
wash	ล้าง
laundry	ซักผ้า|ร้านซักรีด
bathe	อาบน้ำ
shower	ฝักบัว|อาบน้ำ|ฝนตกปรอยๆ
soap	สบู่
towel	ผ้าเช็ดตัว|ผ้าขนหนู
toothbrush	แปรงสีฟัน
clean up	ทำความสะอาด
dirty	สกปรก
tidy	เรียบร้อย|สะอาดสะอ้าน
sweep	กวาด
broom	ไม้กวาด
rubbish	ขยะ
trash	ขยะ
bin	ถังขยะ
housework	งานบ้าน
chore	งานบ้าน|งานจิปาถะ
neighbor	เพื่อนบ้าน
roommate	เพื่อนร่วมห้อง
landlord	เจ้าของบ้าน|เจ้าของที่พัก
tenant	ผู้เช่า
household	ครัวเรือน
daily life	ชีวิตประจำวัน
routine	กิจวัตร|กิจวัตรประจำวัน
habit	นิสัย|พฤติกรรม|ความเคยชิน
wake up	ตื่น|ตื่นนอน
get up	ลุก|ลุกขึ้น|ตื่นนอน
rest	พักผ่อน|ส่วนที่เหลือ
relax	ผ่อนคลาย|พักผ่อน
bedtime	เวลานอน
breakfast	อาหารเช้า
lunch	อาหารกลางวัน
dinner	อาหารเย็น|มื้อค่ำ
meal	มื้ออาหาร|มื้อ
snack	ขนม|ของว่าง
hungry	หิว
thirsty	กระหายน้ำ|หิวน้ำ
supermarket	ซูเปอร์มาร์เก็ต
shopping mall	ห้างสรรพสินค้า|ศูนย์การค้า
bakery	ร้านเบเกอรี่
pharmacy	ร้านขายยา
post office	ที่ทำการไปรษณีย์|ไปรษณีย์
mail	จดหมาย|ไปรษณีย์
parcel	พัสดุ
gift	ของขวัญ
present	ของขวัญ
invite	เชิญ|เชื้อเชิญ
invitation	คำเชิญ|บัตรเชิญ
pet	สัตว์เลี้ยง
toy	ของเล่น
hobby	งานอดิเรก
leisure	เวลาว่าง|สันทนาการ
free time	เวลาว่าง
toolbox	กล่องเครื่องมือ
hammer	ค้อน
rope	เชือก
wheel	วงล้อ
tyre	ยางรถ|ยาง
engine	เครื่องยนต์
motor	มอเตอร์
basket	ตะกร้า
bucket	ถัง
blanket	ผ้าห่ม
pillow	หมอน
curtain	ผ้าม่าน
air conditioner	เครื่องปรับอากาศ|แอร์
heater	เครื่องทำความร้อน|ฮีตเตอร์
washing machine	เครื่องซักผ้า
reader	ผู้อ่าน

# body and health
hair	เส้นผม
nose	จมูก
lip	ริมฝีปาก
tongue	ลิ้น
neck	ลำคอ
throat	ลำคอ
shoulder	ไหล่
finger	นิ้ว|นิ้วมือ
nail	เล็บ|ตะปู
chest	หน้าอก
back	แผ่นหลัง
stomach	ท้อง|กระเพาะ|กระเพาะอาหาร
belly	ท้อง|พุง
knee	เข่า|หัวเข่า
ankle	ข้อเท้า
toe	นิ้วเท้า
muscle	กล้ามเนื้อ
nerve	เส้นประสาท|ประสาท
vein	เส้นเลือด|หลอดเลือดดำ
blood vessel	หลอดเลือด
skull	กะโหลก|กะโหลกศีรษะ
skeleton	โครงกระดูก
spine	กระดูกสันหลัง|หมุน
heartbeat	การเต้นของหัวใจ|หัวใจเต้น
breath	ลมหายใจ|หายใจ
sweat	เหงื่อ
tear	น้ำตา|ฉีก
blind	ตาบอด
deaf	หูหนวก
bleed	เลือดออก
bleeding	เลือดออก|ภาวะเลือดออก
bruise	รอยฟกช้ำ|ฟกช้ำ
fracture	กระดูกหัก
headache	ปวดหัว|ปวดศีรษะ
ache	ปวด|เจ็บปวด
hurt	เจ็บ|บาดเจ็บ|ทำร้าย
allergy	ภูมิแพ้
asthma	หอบหืด
diarrhoea	ท้องเสีย|ท้องร่วง
vomit	อาเจียน
nausea	คลื่นไส้
dizzy	เวียนหัว|วิงเวียน
tired	เหนื่อย|อ่อนเพลีย
fatigue	ความเหนื่อยล้า|อ่อนล้า
pill	ยาเม็ด
tablet	ยาเม็ด|แท็บเล็ต
injection	ฉีดยา|การฉีด
prescription	ใบสั่งยา
pharmacist	เภสัชกร
dentist	ทันตแพทย์|หมอฟัน
surgeon	ศัลยแพทย์
operation	ผ่าตัด
diagnosis	การวินิจฉัย|วินิจฉัย
diagnose	วินิจฉัย
therapy	การบำบัด|บำบัด
physician	แพทย์
health worker	บุคลากรทางการแพทย์
first aid	ปฐมพยาบาล
bandage	ผ้าพันแผล
wheelchair	รถเข็น|รถเข็นผู้ป่วย
pregnancy	การตั้งครรภ์|ตั้งครรภ์
give birth	คลอด|คลอดบุตร
immune	ภูมิคุ้มกัน
immune system	ระบบภูมิคุ้มกัน
hygiene	สุขอนามัย|สุขลักษณะ
contagious	ติดต่อ|แพร่เชื้อ
spread	แพร่|แพร่กระจาย|ระบาด
heal	รักษา
painkiller	ยาแก้ปวด
fit	ฟิต|แข็งแรง|เหมาะ
fitness	ฟิตเนส|สมรรถภาพ
gym	ยิม|โรงยิม
yoga	โยคะ
meditation	สมาธิ|การทำสมาธิ
weight loss	ลดน้ำหนัก
overweight	น้ำหนักเกิน
fat	อ้วน|ไขมัน
thin	ผอม
tall	สูง|นิทาน|เรื่องเล่า
vitamin	วิตามิน
protein	โปรตีน
calorie	แคลอรี่
asleep	หลับ|นอนหลับ
awake	ตื่น
alive	มีชีวิต|ยังมีชีวิตอยู่
sense	ประสาทสัมผัส|ความรู้สึก|ความหมาย
smell	กลิ่น|ดมกลิ่น
taste	รสชาติ|ชิม
touch	สัมผัส|แตะ
sight	สายตา|การมองเห็น
sound	เสียง
noise	เสียงดัง|เสียงรบกวน
silence	ความเงียบ
quiet	เงียบ|สงบ|เงียบสงบ

# nature, animals and plants
leaf	ใบไม้
branch	กิ่ง|กิ่งไม้|สาขา
root	ราก|รากเหง้า
trunk	ลำต้น
bush	พุ่มไม้
moss	มอส|ตะไคร่
mushroom	เห็ด
bamboo	ไผ่|ต้นไผ่
palm tree	ต้นปาล์ม
pine	ต้นสน
oak	ต้นโอ๊ก
lotus	ดอกบัว|บัว
bloom	ผลิบาน
blossom	ดอกไม้
petal	กลีบดอก
wild	ป่า|ดุร้าย|ธรรมชาติ
woods	ป่า|ป่าไม้
rainforest	ป่าฝน|ป่าดิบชื้น
mangrove	ป่าชายเลน
swamp	หนองน้ำ|บึง
pond	บ่อน้ำ
well	บ่อน้ำ
estuary	ปากแม่น้ำ
delta	สามเหลี่ยมปากแม่น้ำ
tide	น้ำขึ้นน้ำลง|กระแสน้ำ
horizon	ขอบฟ้า
sunrise	พระอาทิตย์ขึ้น
sunset	พระอาทิตย์ตก
sunlight	แสงแดด|แดด
shade	ร่มเงา|ที่ร่ม
shadow	เงา
mud	โคลน
clay	ดินเหนียว
pebble	กรวด
crystal	คริสตัล|ผลึก
diamond	เพชร
mammal	สัตว์เลี้ยงลูกด้วยนม
reptile	สัตว์เลื่อยคลาน
wolf	หมาป่า
fox	สุนัขจิ้งจอก
deer	กวาง
rabbit	กระต่าย
mouse	หนู
squirrel	กระรอก
bat	ค้างคาว|ตีลูก|การตี
camel	อูฐ
goat	แพะ
sheep	แกะ
buffalo	ควาย|กระบือ
duck	เป็ด
goose	ห่าน
eagle	นกอินทรี
owl	นกฮูก
parrot	นกแก้ว
peacock	นกยูง
crow	อีกา
feather	ขนนก
wing	ปีก
egg	ไข่
tail	หาง
turtle	เต่า
dolphin	โลมา
octopus	ปลาหมึกยักษ์
shrimp	กุ้ง
jellyfish	แมงกะพรุน
butterfly	ผีเสื้อ
spider	แมงมุม
worm	หนอน
bug	แมลง|บั๊ก
gorilla	กอริลลา
chimpanzee	ชิมแปนซี
orangutan	อุรังอุตัง
giraffe	ยีราฟ
zebra	ม้าลาย
rhinoceros	แรด
hippopotamus	ฮิปโปโปเตมัส
kangaroo	จิงโจ้
penguin	เพนกวิน
leopard	เสือดาว
wildlife sanctuary	เขตรักษาพันธุ์สัตว์ป่า
nature reserve	เขตอนุรักษ์
habitat	ถิ่นที่อยู่|แหล่งที่อยู่อาศัย
ecosystem	ระบบนิเวศ
ecology	นิเวศวิทยา
hunt	ล่าสัตว์
hunter	นายพราน|นักล่า
poaching	ลักลอบล่าสัตว์
prey	เหยื่อ
predator	ผู้ล่า|สัตว์นักล่า
breed	สายพันธุ์|ผสมพันธุ์
fur	ขนสัตว์
horn	แตร
ivory	งาช้าง

# weather and seasons
sunny	แดดจัด|แดดออก
cloudy	มีเมฆ|เมฆมาก
rainy	ฝนตก
rainy season	ฤดูฝน|หน้าฝน
dry season	ฤดูแล้ง|หน้าแล้ง
windy	ลมแรง
breeze	ลมพัด|สายลม
gust	ลมกระโชก
hail	ลูกเห็บ
thunder	ฟ้าร้อง
rainbow	รุ้ง|สายรุ้ง
mist	หมอก
dew	น้ำค้าง
freeze	แช่แข็ง|เยือกแข็ง|อายัด|หนาวจัด
melt	ละลาย
cool	เย็น|เย็นสบาย
chilly	หนาว
humid	ชื้น|อบอ้าว
climate zone	เขตภูมิอากาศ
tropical	เขตร้อน|ร้อนชื้น
temperate	เขตอบอุ่น
polar	ขั้วโลก
freezing point	จุดเยือกแข็ง
clear sky	ท้องฟ้าแจ่มใส
blizzard	พายุหิมะ
snowfall	หิมะตก
avalanche	หิมะถล่ม
sandstorm	พายุทราย
flash flood	น้ำป่าไหลหลาก

# buildings and places in town
skyscraper	ตึกระฟ้า
structure	โครงสร้าง|สิ่งปลูกสร้าง
hall	ห้องโถง|หอประชุม
lobby	ล็อบบี้
corridor	ทางเดิน|ระเบียงทางเดิน
cottage	กระท่อม
hut	กระท่อม
villa	วิลล่า|คฤหาสน์
mansion	คฤหาสน์
cathedral	มหาวิหาร
shrine	ศาลเจ้า
pilgrimage	แสวงบุญ|จาริกแสวงบุญ
pilgrim	ผู้แสวงบุญ
monastery	อาราม
fortress	ป้อมปราการ|ป้อม
city wall	กำแพงเมือง
gateway	ประตู|ประตูสู่
cemetery	สุสาน
tomb	หลุมฝังศพ|สุสาน
grave	หลุมศพ
crossing	ทางข้าม|จุดผ่านแดน|ข้าม
park a car	จอดรถ
gas station	ปั๊มน้ำมัน|สถานีบริการน้ำมัน
bus stop	ป้ายรถเมล์|ป้ายรถประจำทาง
terminal	อาคารผู้โดยสาร|สถานีปลายทาง
subway	รถไฟใต้ดิน
tram	รถราง
taxi	แท็กซี่
rickshaw	รถสามล้อ|สามล้อ
tuk-tuk	ตุ๊กตุ๊ก|รถตุ๊กตุ๊ก
scooter	สกู๊ตเตอร์
motorbike	มอเตอร์ไซค์|จักรยานยนต์
cyclist	นักปั่นจักรยาน|นักปั่น
pedestrian	คนเดินถนน|คนเดินเท้า
van	รถตู้
lorry	รถบรรทุก
helicopter	เฮลิคอปเตอร์
jet	เครื่องบินเจ็ท
runway	รันเวย์|ทางวิ่ง
takeoff	ขึ้นบิน|บินขึ้น
onboard	บนเครื่อง|บนเรือ
canoe	เรือแคนู
submarine	เรือดำน้ำ
vessel	เรือ|ลำเรือ
sailor	กะลาสี|ลูกเรือ
rail	รางรถไฟ
track	ลู่วิ่ง|สนามแข่ง
carriage	ตู้รถไฟ|ตู้โดยสาร
seat belt	เข็มขัดนิรภัย
driving licence	ใบขับขี่
speed limit	จำกัดความเร็ว
traffic light	สัญญาณไฟจราจร|ไฟแดง
commute	เดินทางไปทำงาน
commuter	ผู้สัญจร
ride	ขี่|นั่ง|โดยสาร
overtake	แซง
depart	ออกเดินทาง|ออกจาก
departure	การออกเดินทาง|ขาออก
arrival	การมาถึง|ขาเข้า
change trains	เปลี่ยนรถ|ต่อรถ
timetable	ตารางเวลา
on time	ตรงเวลา

# food and drink
eat out	กินข้าวนอกบ้าน
food stall	แผงลอย|ร้านอาหารริมทาง
cafe	ร้านกาแฟ|คาเฟ่
bar	บาร์|ผับ
menu	เมนู|รายการอาหาร
waiter	พนักงานเสิร์ฟ|บริกร
order food	สั่งอาหาร
tasty	อร่อย
delicious	อร่อย
sweet	หวาน
sour	เปรี้ยว
salty	เค็ม
spicy	เผ็ด
fresh	สดใหม่
raw	ดิบ
ripe	สุก
salt	เกลือ
pepper	พริกไทย|พริก
chili	พริก
spice	เครื่องเทศ
garlic	กระเทียม
onion	หัวหอม|หอมใหญ่
ginger	ขิง
cooking oil	น้ำมันพืช
butter	เนย
cheese	ชีส|เนยแข็ง
yogurt	โยเกิร์ต
cream	ครีม
ice cream	ไอศกรีม
cake	เค้ก
cookie	คุกกี้
chocolate	ช็อกโกแลต
candy	ลูกอม|ขนม
honey	น้ำผึ้ง
jam	แยม
soup	ซุป|แกงจืด
curry	แกง|แกงกะหรี่
salad	สลัด
sandwich	แซนด์วิช
pizza	พิซซ่า
cooked rice	ข้าว
fried rice	ข้าวผัด
dumpling	เกี๊ยว|ขนมจีบ
flour	แป้ง
corn	ข้าวโพด
potato	มันฝรั่ง
tomato	มะเขือเทศ
carrot	แครอท
cabbage	กะหล่ำปลี
bean	ถั่ว
lentil	ถั่วเลนทิล
tofu	เต้าหู้
peanut	ถั่วลิสง
nut	ถั่ว|ถั่วเปลือกแข็ง
apple	แอปเปิล|แอปเปิ้ล
banana	กล้วย
mango	มะม่วง
orange	ส้ม
grape	องุ่น
lemon	มะนาว
coconut	มะพร้าว
pineapple	สับปะรด
watermelon	แตงโม
durian	ทุเรียน
beef	เนื้อวัว
pork	เนื้อหมู
mutton	เนื้อแกะ
seafood	อาหารทะเล
vegetarian	มังสวิรัติ|อาหารเจ
vegan	วีแกน
juice	น้ำผลไม้
soft drink	น้ำอัดลม
drinking water	น้ำดื่ม
liquor	สุรา|เหล้า
beverage	เครื่องดื่ม
noodle soup	ก๋วยเตี๋ยว
pho	เฝอ
sushi	ซูชิ
portion	จาน
swallow	กลืน
chew	เคี้ยว

# science, education and knowledge
lesson	บทเรียน
lecture	การบรรยาย|บรรยาย
course	หลักสูตร|วิชา
subject	วิชา|หัวข้อ
homework	การบ้าน
classroom	ห้องเรียน
pupil	นักเรียน
educate	ให้การศึกษา|อบรม|มีการศึกษา
alphabet	ตัวอักษร|พยัญชนะ
grammar	ไวยากรณ์
vocabulary	คำศัพท์
dictionary	พจนานุกรม
paragraph	ย่อหน้า
page	หน้ากระดาษ|เพจ
article	บทความ
essay	เรียงความ
thesis	วิทยานิพนธ์
encyclopedia	สารานุกรม
textbook	ตำรา|หนังสือเรียน
notebook	สมุด|โน้ตบุ๊ก
pen	ปากกา
pencil	ดินสอ
blackboard	กระดานดำ
principal	ผู้อำนวยการโรงเรียน|อาจารย์ใหญ่
lecturer	อาจารย์
scholar	นักวิชาการ
intelligent	ฉลาด
clever	ฉลาด|เก่ง
wise	ฉลาด|มีปัญญา
wisdom	ปัญญา|ภูมิปัญญา
stupid	โง่
mind	จิตใจ
memory	ความจำ|ความทรงจำ|หน่วยความจำ
concept	แนวคิด|มโนทัศน์
principle	หลักการ
hypothesis	สมมติฐาน
observe	สังเกต
observation	การสังเกต
prove	พิสูจน์
proof	หลักฐาน|ข้อพิสูจน์
equation	สมการ
calculation	การคำนวณ
sample	ตัวอย่าง
microscope	กล้องจุลทรรศน์
element	ธาตุ|องค์ประกอบ
oxygen	ออกซิเจน
nitrogen	ไนโตรเจน
chemical	สารเคมี|เคมี
liquid	ของเหลว
solid	ของแข็ง|มั่นคง
particle	อนุภาค
electron	อิเล็กตรอน
radiation	รังสี
magnet	แม่เหล็ก
electric current	กระแสไฟฟ้า
voltage	แรงดันไฟฟ้า
biologist	นักชีววิทยา
physicist	นักฟิสิกส์
chemist	นักเคมี
mathematician	นักคณิตศาสตร์
geography	ภูมิศาสตร์
geology	ธรณีวิทยา
philosophy	ปรัชญา
philosopher	นักปรัชญา
psychology	จิตวิทยา
sociology	สังคมวิทยา
linguistics	ภาษาศาสตร์
literature	วรรณกรรม|วรรณคดี
archaeology	โบราณคดี
archaeologist	นักโบราณคดี
medical science	แพทยศาสตร์
computer science	วิทยาการคอมพิวเตอร์
organism	สิ่งมีชีวิต
microbe	จุลินทรีย์
solar system	ระบบสุริยะ
comet	ดาวหาง
asteroid	ดาวเคราะห์น้อย
meteor	ดาวตก|อุกกาบาต
eclipse	สุริยุปราคา|จันทรุปราคา
light year	ปีแสง
observatory	หอดูดาว
research paper	งานวิจัย|บทความวิจัย
journal	วารสาร
diameter	เส้นผ่านศูนย์กลาง
circle	วงกลม
triangle	สามเหลี่ยม
shape	รูปร่าง|รูปทรง
surface	พื้นผิว
layer	ชั้น
core	แกน|แกนกลาง

# sport and games
sportsman	นักกีฬา
ball	ลูกบอล
kick off	เขี่ยลูก
pitch	สนาม
net	ตาข่าย|เน็ต
racket	ไม้แร็กเกต
tennis player	นักเทนนิส
footballer	นักฟุตบอล
spectator	ผู้ชม
cheer	เชียร์|โห่ร้อง
skate	สเก็ต
wrestler	นักมวยปล้ำ
archery	ยิงธนู
gymnastics	ยิมนาสติก
weightlifting	ยกน้ำหนัก
rugby	รักบี้
baseball	เบสบอล
handball	แฮนด์บอล
kabaddi	กาบัดดี้
practice	ฝึกฝน|ฝึกซ้อม|การปฏิบัติ
warm up	วอร์มอัพ|อบอุ่นร่างกาย
injury time	ทดเวลาบาดเจ็บ
extra time	ต่อเวลาพิเศษ
loser	ผู้แพ้
tie	เสมอ
scoreboard	สกอร์บอร์ด
trophy	ถ้วยรางวัล
league table	ตารางคะแนน
ranking	อันดับ|การจัดอันดับ
fastest	เร็วที่สุด
faster	เร็วกว่า|เร็วขึ้น
stronger	แข็งแกร่งกว่า|แข็งแรงกว่า
strongest	แข็งแกร่งที่สุด
puzzle	ปริศนา|จิ๊กซอว์
card	บัตร|การ์ด|ไพ่
dice	ลูกเต๋า
kite	ว่าว

# arts, music and entertainment
sculpture	ประติมากรรม
sculptor	ประติมากร
carving	การแกะสลัก|แกะสลัก
craft	งานฝีมือ|หัตถกรรม
craftsman	ช่างฝีมือ
pottery	เครื่องปั้นดินเผา
silk	ผ้าไหม
masterpiece	ผลงานชิ้นเอก
artwork	งานศิลปะ|ผลงานศิลปะ
work of art	ผลงาน
instrument	เครื่องดนตรี|เครื่องมือ
guitar	กีตาร์
piano	เปียโน
drum	กลอง
violin	ไวโอลิน
flute	ขลุ่ย
orchestra	วงออร์เคสตรา
choir	คณะนักร้องประสานเสียง
melody	ทำนอง
rhythm	จังหวะ
lyrics	เนื้อเพลง
composer	นักแต่งเพลง
opera	โอเปร่า|งิ้ว
drama	ละคร|ดราม่า
perform	แสดง
performance	การแสดง|ผลงาน
comedy	ตลก|คอมเมดี้
joke	มุก|เรื่องตลก
character	ตัวละคร|อุปนิสัย
heroine	นางเอก
scene	ฉาก|ที่เกิดเหตุ
plot	โครงเรื่อง|พล็อต|แผนการ
fairy tale	เทพนิยาย
myth	ตำนาน|เทพปกรณัม
mythology	เทพปกรณัม
poetry	บทกวี|กวีนิพนธ์
fiction	นวนิยาย|เรื่องแต่ง
comic	การ์ตูน
cartoon	การ์ตูน
animation	แอนิเมชัน
documentary	สารคดี
broadcast	ออกอากาศ|ถ่ายทอด
entertainment	ความบันเทิง|บันเทิง
fun	สนุก|ความสนุก
boring	น่าเบื่อ

# history and the past
historian	นักประวัติศาสตร์
historical	ประวัติศาสตร์|เชิงประวัติศาสตร์
dynasty	ราชวงศ์
reign	รัชกาล|รัชสมัย
kingdom	ราชอาณาจักร|อาณาจักร
ruler	ผู้ปกครอง
conquer	พิชิต|ยึดครอง
conquest	การพิชิต
warrior	นักรบ
knight	อัศวิน
sword	ดาบ
slave	ทาส
slavery	ระบบทาส
civilization	อารยธรรม
era	ยุค|สมัย
medieval	ยุคกลาง
prehistoric	ก่อนประวัติศาสตร์
archaeological site	แหล่งโบราณคดี
artifact	โบราณวัตถุ
relic	โบราณวัตถุ|พระธาตุ
ancestor	บรรพบุรุษ
descendant	ลูกหลาน|ทายาท
heir	ทายาท|รัชทายาท
throne	ราชบัลลังก์|บัลลังก์
crown	มงกุฎ
independence movement	ขบวนการเรียกร้องเอกราช
founded	ก่อตั้ง
centuries-old	เก่าแก่
ancient city	เมืองโบราณ

# emotions and character
emotion	อารมณ์
joy	ความสุข|ความยินดี|ความปีติ
happiness	ความสุข
glad	ดีใจ|ยินดี
pleased	พอใจ|ยินดี|กรุณา|โปรด
cheerful	ร่าเริง
excited	ตื่นเต้น|น่าตื่นเต้น
sadness	ความเศร้า
sorrow	ความโศกเศร้า
grief	ความเศร้าโศก|โศกเศร้า
mourn	ไว้อาลัย|โศกเศร้า
weep	ร้องไห้
lonely	เหงา|โดดเดี่ยว
loneliness	ความเหงา|ความโดดเดี่ยว
afraid	กลัว
scared	กลัว|ตกใจ
frightened	หวาดกลัว
terrible	น่ากลัว|แย่มาก|เลวร้าย
horrible	น่ากลัว|น่าสยดสยอง
fearful	หวาดกลัว
brave	กล้าหาญ|กล้า
courage	ความกล้าหาญ|ความกล้า
calm	สงบ|ใจเย็น
nervous	ประหม่า|กังวล|ตื่นเต้น
anxious	วิตกกังวล|กังวล
anxiety	ความวิตกกังวล
upset	เสียใจ|ไม่พอใจ|อารมณ์เสีย
annoyed	รำคาญ
furious	โกรธจัด|เดือดดาล
rage	ความโกรธ|ความเดือดดาล
disappointed	ผิดหวัง
disappointment	ความผิดหวัง
despair	ความสิ้นหวัง|สิ้นหวัง
embarrassed	อับอาย
shame	ความอับอาย|น่าเสียดาย
guilt	ความรู้สึกผิด
jealous	อิจฉา
envy	อิจฉา
dislike	ไม่ชอบ
enjoy	เพลิดเพลิน|สนุกกับ|ชื่นชอบ
admire	ชื่นชม
respect	เคารพ|ความเคารพ
grateful	ขอบคุณ|ซาบซึ้ง|สำนึกบุญคุณ
gratitude	ความกตัญญู|ความขอบคุณ
kindness	ความกรุณา|ความใจดี
gentle	อ่อนโยน|นุ่มนวล
cruel	โหดร้าย|ทารุณ
polite	สุภาพ
rude	หยาบคาย
honest	ซื่อสัตย์
honesty	ความซื่อสัตย์
lazy	ขี้เกียจ
patience	ความอดทน
curious	อยากรู้|สงสัย
curiosity	ความอยากรู้อยากเห็น
shy	ขี้อาย
lucky	โชคดี
luck	โชค
unlucky	โชคร้าย
unfortunately	น่าเสียดาย|โชคไม่ดี
fortunately	โชคดีที่
mood	อารมณ์
passion	ความหลงใหล|ความปรารถนา
desire	ความปรารถนา|ความต้องการ
wish	ปรารถนา|อวยพร|หวังว่า
sympathy	ความเห็นใจ|เห็นใจ
compassion	ความเมตตา|ความเห็นอกเห็นใจ
loyal	ภักดี|จงรักภักดี
loyalty	ความภักดี
satisfied	พอใจ|พึงพอใจ
satisfaction	ความพึงพอใจ
comfortable	สบาย|สะดวกสบาย
uncomfortable	อึดอัด|ไม่สบาย
amazing	น่าทึ่ง|มหัศจรรย์|สุดยอด
wonderful	วิเศษ|ยอดเยี่ยม|มหัศจรรย์
excellent	ยอดเยี่ยม|ดีเยี่ยม
great	ยิ่งใหญ่|ดีมาก
nice	สวย|น่ารัก
lovely	น่ารัก
ugly	น่าเกลียด|ขี้เหร่
pretty	สวย|ค่อนข้าง
handsome	หล่อ
attractive	น่าดึงดูด|มีเสน่ห์
charming	มีเสน่ห์
romantic	โรแมนติก
kiss	จูบ
lover	คนรัก
girlfriend	แฟน|แฟนสาว
boyfriend	แฟน|แฟนหนุ่ม

# verbs of motion
go out	ออกไป|ออกไปข้างนอก
come back	กลับมา
go back	กลับไป
go home	กลับบ้าน
rush	รีบ|เร่งรีบ
hurry	รีบ|รีบเร่ง
crawl	คลาน
slip	ลื่น
stand up	ลุกขึ้นยืน
lie down	นอนลง|เอนกาย
lean	พิง|เอน
bend	โค้ง
pass by	ผ่าน
go through	ผ่าน|ทะลุ
head towards	มุ่งหน้า|มุ่งสู่
towards	ไปทาง|สู่
float	ลอย
sink	จมลง
flow	ไหล
pour	ริน
shake	เขย่า|สั่น
slide	ไถล|สไลด์
point out	ชี้ให้เห็น

# verbs of perception and thought
look	มองดู
notice	สังเกตเห็น|ประกาศ
recognize	จดจำ|ยอมรับ|จำได้
realize	ตระหนัก|รู้ตัว
imagine	จินตนาการ|นึกภาพ
wonder	สงสัย|สิ่งมหัศจรรย์
guess	เดา|คาดเดา
suppose	สมมติ|สมมุติ
assume	สันนิษฐาน|ถือว่า
disagree	ไม่เห็นด้วย
listen	ฟัง|รับฟัง
sound like	ฟังดู
look like	ดูเหมือน|หน้าตาเหมือน

# verbs of communication
chat	คุย|สนทนา|แชท
conversation	การสนทนา|บทสนทนา
greet	ทักทาย|คำทักทาย
hello	สวัสดี
goodbye	ลาก่อน
sorry	ขอโทษ|เสียใจ
whisper	กระซิบ
scream	กรีดร้อง
advise	แนะนำ|ให้คำแนะนำ
advice	คำแนะนำ|คำปรึกษา
persuade	โน้มน้าว|ชักชวน
argue	โต้เถียง|ทะเลาะ|โต้แย้ง
argument	การโต้เถียง|ข้อโต้แย้ง
quarrel	ทะเลาะ|ทะเลาะวิวาท
debate	การอภิปราย|ถกเถียง|อภิปราย
inform	แจ้ง|แจ้งให้ทราบ
notify	แจ้ง
introduction	บทนำ|การแนะนำ
repeat	ทำซ้ำ|พูดซ้ำ|ซ้ำ
pronounce	ออกเสียง
spell	สะกด
note down	บันทึก
print	พิมพ์

# verbs of daily action
shut	ปิดลง
fix	ซ่อม|แก้ไข
break	แตก|หัก|ทำลาย
tear down	รื้อถอน|รื้อ
fold	พับ
tie up	มัด|ผูก
hang	แขวน
grab	คว้า|ฉวย
take away	นำไป|เอาไป
pick up	หยิบ|เก็บ
drop off	ส่ง|ปล่อย
fill up	เติม|เติมเต็ม
empty out	เทออก|ทำให้ว่าง
mix	ผสม|คลุก
cut up	ตัด|หั่น
look for	ค้นหา|ตามหา
find out	ค้นพบ|รู้ว่า
wait	รอคอย|คอย
stay overnight	ค้างคืน|พักค้างคืน
rent out	ให้เช่า
sell out	ขายหมด

# comparatives and superlatives (English forms the stemmer does not reach)
bigger	ใหญ่กว่า|ใหญ่ขึ้น
biggest	ใหญ่ที่สุด
larger	ใหญ่กว่า
largest	ใหญ่ที่สุด
smaller	เล็กกว่า
smallest	เล็กที่สุด
higher	สูงกว่า|สูงขึ้น
highest	สูงที่สุด|สูงสุด
lowest	ต่ำที่สุด|ต่ำสุด
longer	ยาวกว่า|นานกว่า
longest	ยาวที่สุด
shorter	สั้นกว่า
shortest	สั้นที่สุด
older	อายุมากกว่า|เก่ากว่า
oldest	เก่าแก่ที่สุด|อายุมากที่สุด
younger	อายุน้อยกว่า
youngest	อายุน้อยที่สุด
newer	ใหม่กว่า
newest	ใหม่ล่าสุด|ใหม่ที่สุด
heavier	หนักกว่า
heaviest	หนักที่สุด
hotter	ร้อนกว่า
hottest	ร้อนที่สุด
colder	หนาวกว่า|เย็นกว่า
coldest	หนาวที่สุด
warmer	อุ่นกว่า|อบอุ่นขึ้น
cheaper	ถูกกว่า
cheapest	ถูกที่สุด
more expensive	แพงกว่า
easier	ง่ายกว่า|ง่ายขึ้น
easiest	ง่ายที่สุด
harder	ยากกว่า|ยากขึ้น
closer	ใกล้กว่า|ใกล้ชิดขึ้น
closest	ใกล้ที่สุด
farther	ไกลกว่า
further	เพิ่มเติม|ต่อไป|ไกลกว่า
earlier	ก่อนหน้านี้|ก่อนหน้า|เร็วกว่า
earliest	เร็วที่สุด|เก่าแก่ที่สุด
richer	รวยกว่า
richest	รวยที่สุด
poorest	ยากจนที่สุด
greater	มากกว่า|ยิ่งขึ้น
greatest	ยิ่งใหญ่ที่สุด|มากที่สุด
wider	กว้างกว่า
deeper	ลึกกว่า
deepest	ลึกที่สุด
tallest	สูงที่สุด
busiest	พลุกพล่านที่สุด
safest	ปลอดภัยที่สุด
safer	ปลอดภัยกว่า
most popular	ได้รับความนิยมมากที่สุด|ยอดนิยม
most important	สำคัญที่สุด
least	น้อยที่สุด
fewer	น้อยกว่า

# common adjectives
wide	กว้าง
narrow	แคบ
deep	ลึก
shallow	ตื้น
thick	ข้น
dense	หนาแน่น|ทึบ
flat	แบน|อพาร์ตเมนต์
round	กลม
steep	สูงชัน|ชัน
smooth	เรียบ|ราบรื่น
rough	ขรุขระ|หยาบ
soft	นุ่ม|อ่อน
bright	สว่าง|สดใส
shiny	เป็นเงา|แวววาว
colourful	สีสันสดใส|หลากสี
brown	สีน้ำตาล
grey	สีเทา
pink	สีชมพู|ชมพู
purple	สีม่วง|ม่วง
golden	สีทอง|ทองคำ
busy	ยุ่ง|พลุกพล่าน|คึกคัก
lively	คึกคัก|มีชีวิตชีวา
peaceful	สงบ|สันติ
pleasant	น่ารื่นรมย์|สบาย
convenient	สะดวก
inconvenient	ไม่สะดวก
useful	มีประโยชน์
useless	ไร้ประโยชน์
helpful	มีประโยชน์|ช่วยเหลือ
suitable	เหมาะสม
proper	เหมาะสม|ถูกต้อง
exact	แน่นอน|ที่แท้จริง|ตรง
accurate	แม่นยำ|ถูกต้อง
certain	แน่นอน
obvious	ชัดเจน|เห็นได้ชัด
strange	แปลก|ประหลาด
odd	แปลก
familiar	คุ้นเคย
foreign language	ภาษาต่างประเทศ
native language	ภาษาแม่
typical	โดยทั่วไป|แบบฉบับ
ordinary	ธรรมดา|สามัญ
regular	ปกติ|สม่ำเสมอ|ประจำ
frequent	บ่อยครั้ง|บ่อย
constant	ตลอดเวลา|คงที่
partial	บางส่วน
extra	พิเศษ|เพิ่มเติม
additional	เพิ่มเติม
enough	เพียงพอ
plenty	มากมาย|เยอะ
alone	คนเดียว|ลำพัง|ตามลำพัง
separate	แยก|แยกกัน|ต่างหาก
quick	รวดเร็ว|เร็ว
rapid	รวดเร็ว
sudden	ฉับพลัน|กะทันหัน
gradual	ค่อยเป็นค่อยไป|ทีละน้อย
gradually	ค่อยๆ|ทีละน้อย
slowly	ช้าๆ|อย่างช้าๆ
suddenly	ทันใดนั้น|กะทันหัน|จู่ๆ
immediately	ทันที
directly	โดยตรง
easily	ได้ง่าย|อย่างง่ายดาย
carefully	อย่างระมัดระวัง|อย่างรอบคอบ
careful	ระมัดระวัง|รอบคอบ
completely	โดยสิ้นเชิง|อย่างสมบูรณ์|ทั้งหมด
totally	ทั้งหมด|โดยสิ้นเชิง
mostly	ส่วนใหญ่
mainly	ส่วนใหญ่|โดยหลัก
probably	อาจจะ|น่าจะ
perhaps	บางที|อาจจะ
maybe	บางที
certainly	แน่นอน
definitely	แน่นอน
really	จริงๆ|อย่างแท้จริง
actually	ที่จริง|แท้จริงแล้ว
indeed	แท้จริง|จริงๆ
quite	ค่อนข้าง
rather	ค่อนข้าง|แทนที่จะ
too much	มากเกินไป
extremely	อย่างยิ่ง|อย่างมาก|สุดๆ
simply	เพียงแค่|อย่างง่าย
merely	เพียง|แค่
exactly	ตรงๆ|อย่างแน่นอน|พอดี
instead	แทน|แทนที่
otherwise	มิฉะนั้น|ไม่อย่างนั้น
anyway	อย่างไรก็ตาม|ยังไงก็
besides	นอกจากนี้|นอกจาก
moreover	นอกจากนี้|ยิ่งไปกว่านั้น
thus	ดังนั้น|จึง
despite	แม้ว่า|แม้จะ|ทั้งที่
unless	เว้นแต่|นอกจาก
whether	ไม่ว่า|หรือไม่
either	ไม่ว่าจะ|ก็ได้
everywhere	ทุกที่|ทั่วทุกแห่ง
somewhere	ที่ไหนสักแห่ง
anywhere	ที่ไหนก็ได้
nowhere	ไม่มีที่ไหน
everyone	ทุกคน
someone	ใครบางคน|บางคน
nobody	ไม่มีใคร
everything	ทุกสิ่ง|ทุกอย่าง
something	บางอย่าง|บางสิ่ง
nothing	ไม่มีอะไร
thing	สิ่ง|สิ่งของ

# aspect, modality and frequency
yet	ยัง|ยังไม่
not yet	ยังไม่
ever	เคย|เท่าที่เคยมีมา
used to	เคย
just now	เพิ่ง|เพิ่งจะ
about to	กำลังจะ|ใกล้จะ
eventually	ในที่สุด
at last	ในที่สุด
forever	ตลอดไป|ตลอดกาล
rarely	ไม่ค่อย
seldom	แทบจะไม่
occasionally	บางครั้ง|เป็นครั้งคราว
generally	โดยทั่วไป
normally	ตามปกติ|โดยปกติ
able	สามารถ
unable	ไม่สามารถ
cannot	ไม่สามารถ
have to	ต้อง|จำเป็นต้อง
forbidden	ห้าม|ต้องห้าม
unlikely	ไม่น่าจะ|ไม่น่า

# people, family and work
grandfather	ปู่|คุณปู่
grandmother	ยาย|คุณย่า
grandchild	หลาน
uncle	ลุง
cousin	ลูกพี่ลูกน้อง
relative	ญาติ
twin	ฝาแฝด|แฝด
couple	คู่รัก|สามีภรรยา|คู่
bride	เจ้าสาว
groom	เจ้าบ่าว
teenager	วัยรุ่น
adult	ผู้ใหญ่
kid	เด็ก
infant	ทารก
gentleman	สุภาพบุรุษ
lady	สุภาพสตรี|คุณผู้หญิง
stranger	คนแปลกหน้า
guest of honour	แขกผู้มีเกียรติ
colleague	เพื่อนร่วมงาน
boss	เจ้านาย|หัวหน้า
office worker	พนักงานออฟฟิศ
salesman	พนักงานขาย
shopkeeper	เจ้าของร้าน
vendor	พ่อค้าแม่ค้า|ผู้ขาย
fisherman	ชาวประมง
carpenter	ช่างไม้
mechanic	ช่างเครื่อง|ช่างซ่อม
labourer	กรรมกร|แรงงาน
servant	คนรับใช้
guard	รปภ.
cleaner	พนักงานทำความสะอาด
tailor	ช่างตัดเสื้อ
barber	ช่างตัดผม
baker	คนทำขนมปัง
priest	นักบวช|บาทหลวง
nun	แม่ชี
job interview	สัมภาษณ์งาน
meeting room	ห้องประชุม
desk	โต๊ะทำงาน
task	ภารกิจ
busyness	ยุ่ง

# time expressions
noon	เที่ยง|เที่ยงวัน
midnight	เที่ยงคืน
dawn	รุ่งเช้า|รุ่งอรุณ
dusk	พลบค่ำ|โพล้เพล้
tonight	คืนนี้
this morning	เช้านี้
last night	เมื่อคืน|คืนที่ผ่านมา
day after tomorrow	มะรืน|มะรืนนี้
nowadays	ปัจจุบัน|สมัยนี้
lifetime	ชั่วชีวิต|ตลอดชีวิต
childhood	วัยเด็ก
old age	วัยชรา
duration	ระยะเวลา
instant	ทันที|ชั่วพริบตา

# materials and objects
cotton	ฝ้าย|ผ้าฝ้าย
wool	ขนสัตว์|ผ้าขนสัตว์
leather	หนัง
rubber	ยางพารา|ยาง
brick	อิฐ
concrete	คอนกรีต
marble	หินอ่อน
granite	หินแกรนิต
timber	ไม้ซุง|ไม้แปรรูป
tile	กระเบื้อง
thread	ด้าย
needle	เข็ม
wire	สายไฟ|ลวด
ladder	บันได
gadget	อุปกรณ์
object	วัตถุ|สิ่งของ

# geography and land
hillside	ไหล่เขา
highlands	ที่ราบสูง|พื้นที่สูง
lowland	ที่ลุ่ม
continent	ทวีป
mainland	แผ่นดินใหญ่
archipelago	หมู่เกาะ
equator	เส้นศูนย์สูตร
hemisphere	ซีกโลก
latitude	ละติจูด
altitude	ระดับความสูง
villager	ชาวบ้าน
city dweller	ชาวเมือง
county	อำเภอ|เขต
`;
