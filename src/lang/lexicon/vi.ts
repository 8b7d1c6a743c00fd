// Vietnamese–English core lexicon for the sentence aligner (issue 4): a few thousand of the most frequent
// words and short terms of general news text (politics, economy, business, energy and climate, science, health,
// sport, travel, culture, disasters, law, technology, places, calendar, units), grouped by theme.
// Written for xalign from general knowledge of news vocabulary; not derived from any evaluation data.
// Format (see docs/lexicon-format.md): one entry per line, `english<TAB>form1|form2|…`;
// '#' lines are comments. The English side is a lower-case lemma or short phrase.
// Forms are NFC with full diacritics; multi-syllable words are written with spaces as in text. Left out on purpose: prepositions and particles (cho, trong, từ, đã, cũng) and small number words.
export default `
# politics and government
government	chính phủ
governmental	chính phủ
state	nhà nước|bang|tiểu bang|nêu|cho biết
country	đất nước|quốc gia|nước
nation	quốc gia|dân tộc
national	quốc gia|toàn quốc
international	quốc tế
global	toàn cầu|khắp thế giới
world	thế giới
president	tổng thống|chủ tịch
vice president	phó tổng thống|phó chủ tịch
prime minister	thủ tướng
minister	bộ trưởng
ministry	bộ
deputy	phó
cabinet	nội các
parliament	quốc hội|nghị viện
congress	quốc hội|đại hội
senate	thượng viện
senator	thượng nghị sĩ
lawmaker	nhà lập pháp|nghị sĩ
member of parliament	đại biểu quốc hội|nghị sĩ
assembly	hội đồng|quốc hội
council	hội đồng
committee	ủy ban
commission	ủy ban
election	bầu cử|cuộc bầu cử
vote	bỏ phiếu|phiếu bầu|lá phiếu
voter	cử tri
candidate	ứng cử viên|ứng viên
campaign	chiến dịch|vận động tranh cử
party	đảng|bữa tiệc|tiệc
political party	đảng chính trị
politics	chính trị
political	chính trị
politician	chính trị gia
leader	lãnh đạo|nhà lãnh đạo
leadership	sự lãnh đạo|ban lãnh đạo
opposition	phe đối lập|đối lập
democracy	dân chủ|nền dân chủ
democratic	dân chủ
republic	cộng hòa|nước cộng hòa
republican	đảng cộng hòa
democrat	đảng dân chủ
communist	cộng sản
socialist	xã hội chủ nghĩa
conservative	bảo thủ
liberal	tự do|tự do chủ nghĩa
king	vua|nhà vua|quốc vương
queen	nữ hoàng|hoàng hậu
prince	hoàng tử
princess	công chúa
royal	hoàng gia
monarchy	chế độ quân chủ
emperor	hoàng đế
empire	đế chế|đế quốc
governor	thống đốc
mayor	thị trưởng
chief minister	thủ hiến
official	quan chức|chính thức
officially	chính thức
authority	nhà chức trách|chính quyền|cơ quan
authorities	nhà chức trách|chính quyền
administration	chính quyền|quản lý
agency	cơ quan
department	sở|bộ|phòng|ban
office	văn phòng
spokesman	phát ngôn viên|người phát ngôn
spokesperson	người phát ngôn
ambassador	đại sứ
embassy	đại sứ quán
consulate	lãnh sự quán
diplomat	nhà ngoại giao
diplomatic	ngoại giao
diplomacy	ngoại giao
foreign	nước ngoài|ngoại|ngoại lai
foreign minister	bộ trưởng ngoại giao
foreign affairs	ngoại giao
foreign ministry	bộ ngoại giao
domestic	trong nước|nội địa
interior	nội vụ
home minister	bộ trưởng nội vụ
finance minister	bộ trưởng tài chính
defence minister	bộ trưởng quốc phòng
policy	chính sách
reform	cải cách
law	luật|pháp luật
bill	dự luật|hóa đơn
legislation	luật pháp|pháp chế
constitution	hiến pháp
constitutional	hiến pháp|hợp hiến
regulation	quy định|quy chế
rule	quy tắc|quy định|cai trị|thống trị
sovereignty	chủ quyền
independence	độc lập|nền độc lập
independent	độc lập
freedom	tự do
rights	quyền|quyền lợi|bên phải
human rights	nhân quyền|quyền con người
citizen	công dân
citizenship	quốc tịch|quyền công dân
people	người|người dân|mọi người|nhân dân
public	công chúng|công cộng|công khai
population	dân số
society	xã hội
social	xã hội
community	cộng đồng
protest	biểu tình|phản đối
protester	người biểu tình
demonstration	cuộc biểu tình
rally	mít tinh|cuộc mít tinh|tập hợp
strike	đình công|cuộc tấn công
crisis	khủng hoảng|cuộc khủng hoảng
summit	hội nghị thượng đỉnh|đỉnh núi
conference	hội nghị
meeting	cuộc họp|cuộc gặp|cuộc gặp gỡ
talks	đàm phán|hội đàm|cuộc đàm phán
negotiation	đàm phán
agreement	thỏa thuận|hiệp định
treaty	hiệp ước
deal	thỏa thuận|thương vụ
sanction	lệnh trừng phạt|trừng phạt
ban	cấm|lệnh cấm
alliance	liên minh
ally	đồng minh
coalition	liên minh|liên hiệp
union	liên minh|công đoàn|liên hiệp
federal	liên bang
federation	liên đoàn|liên bang
province	tỉnh
provincial	tỉnh
district	huyện|quận
region	khu vực|vùng
regional	khu vực
local	địa phương
city	thành phố
town	thị trấn
village	làng|xã
capital	thủ đô|vốn
municipal	thành phố
border	biên giới|đường biên giới
territory	lãnh thổ
immigration	nhập cư
immigrant	người nhập cư
migrant	người di cư
refugee	người tị nạn
asylum	tị nạn
visa	thị thực|visa
passport	hộ chiếu
referendum	trưng cầu dân ý
majority	đa số
minority	thiểu số
seat	ghế
term	nhiệm kỳ|thuật ngữ
resign	từ chức
resignation	sự từ chức|đơn từ chức
appoint	bổ nhiệm
elect	bầu|được bầu|đắc cử
win election	thắng cử
coup	đảo chính
regime	chế độ
power	quyền lực|sức mạnh|điện
corruption	tham nhũng
scandal	bê bối
propaganda	tuyên truyền
statement	tuyên bố|thông báo
announcement	thông báo|tuyên bố
press conference	họp báo

# economy and finance
economy	kinh tế|nền kinh tế
economic	kinh tế
economist	nhà kinh tế|nhà kinh tế học
economics	kinh tế học
growth	tăng trưởng
development	phát triển|sự phát triển
recession	suy thoái
inflation	lạm phát
deflation	giảm phát
interest rate	lãi suất
interest	lãi|quan tâm|lợi ích|thú vị
rate	tỷ lệ|mức|tốc độ|chuột|chuột cống
price	giá|giá cả
cost	chi phí|giá
expensive	đắt|đắt đỏ
cheap	rẻ
market	thị trường|chợ
stock market	thị trường chứng khoán
stock	cổ phiếu|hàng tồn kho
share	cổ phần|cổ phiếu|chia sẻ|thị phần|tỷ trọng
shareholder	cổ đông
investor	nhà đầu tư
investment	đầu tư|khoản đầu tư
invest	đầu tư|rót vốn
bank	ngân hàng
central bank	ngân hàng trung ương
reserve bank	ngân hàng dự trữ
banking	ngân hàng
finance	tài chính
financial	tài chính
fiscal	tài khóa
budget	ngân sách
tax	thuế|khoản thuế
taxpayer	người nộp thuế
tariff	thuế quan
duty	thuế|nhiệm vụ|nghĩa vụ
customs	hải quan
revenue	doanh thu|nguồn thu
income	thu nhập
profit	lợi nhuận|lãi
loss	thua lỗ|lỗ|tổn thất
debt	nợ|khoản nợ
loan	khoản vay|cho vay
credit	tín dụng
deficit	thâm hụt
surplus	thặng dư
currency	tiền tệ|đồng tiền
money	tiền
cash	tiền mặt
fund	quỹ
funding	tài trợ|nguồn vốn
asset	tài sản
wealth	của cải|sự giàu có
rich	giàu|giàu có|phong phú
poor	nghèo
poverty	nghèo đói|đói nghèo
salary	lương|tiền lương
wage	lương|tiền công
pension	lương hưu
employment	việc làm
unemployment	thất nghiệp
job	việc làm|công việc
worker	công nhân|người lao động
employee	nhân viên
employer	người sử dụng lao động|chủ lao động
labour	lao động
trade	thương mại|mậu dịch|giao dịch
trade war	chiến tranh thương mại
export	xuất khẩu|xuất khẩu sang
import	nhập khẩu
exporter	nhà xuất khẩu|nước xuất khẩu
goods	hàng hóa
product	sản phẩm
production	sản xuất|sản lượng
output	sản lượng
produce	sản xuất
supply	cung cấp|nguồn cung
demand	nhu cầu|yêu cầu|đòi hỏi|đòi
supply chain	chuỗi cung ứng
consumer	người tiêu dùng
consumption	tiêu thụ|tiêu dùng
spending	chi tiêu
sale	bán hàng|doanh số
sell	bán
buy	mua
purchase	mua|mua sắm
pay	trả|thanh toán|trả tiền
payment	thanh toán|khoản thanh toán
subsidy	trợ cấp
grant	khoản tài trợ
aid	viện trợ
industry	công nghiệp|ngành
industrial	công nghiệp
sector	lĩnh vực|ngành
manufacturing	sản xuất|chế tạo
manufacturer	nhà sản xuất
factory	nhà máy
plant	nhà máy|cây|thực vật|trồng
agriculture	nông nghiệp
agricultural	nông nghiệp
farmer	nông dân
farm	trang trại
crop	cây trồng|vụ mùa
harvest	thu hoạch|mùa màng
rice	gạo|lúa|cơm
wheat	lúa mì
food	thực phẩm|lương thực|đồ ăn|thức ăn
food security	an ninh lương thực
fishing	đánh bắt cá|ngư nghiệp
mining	khai thác mỏ|khai khoáng
mine	mỏ|mìn
tourism	du lịch
tourist	khách du lịch|du khách
real estate	bất động sản
property	tài sản|bất động sản
housing	nhà ở
rent	tiền thuê|thuê
insurance	bảo hiểm
gross domestic product	tổng sản phẩm quốc nội
quarter	quý
annual	hằng năm|hàng năm|thường niên
fiscal year	năm tài chính
forecast	dự báo
estimate	ước tính
target	mục tiêu
goal	mục tiêu|bàn thắng|khung thành
plan	kế hoạch|lên kế hoạch|dự định
project	dự án|công trình
scheme	chương trình|kế hoạch
program	chương trình
infrastructure	cơ sở hạ tầng|hạ tầng
construction	xây dựng
build	xây dựng|xây|xây xong
recovery	phục hồi
crash	sụp đổ|rơi|đâm
bankruptcy	phá sản
rise	tăng|tăng lên|dâng lên|nổi lên
increase	tăng|gia tăng|tăng thêm
decrease	giảm|sụt giảm
fall	giảm|rơi|sụt|ngã|té
decline	giảm|suy giảm
reduce	giảm|cắt giảm
cut	cắt|cắt giảm|dễ thương
double	gấp đôi
triple	gấp ba
record	kỷ lục|hồ sơ|ghi nhận|ghi lại|thu âm|ghi hình
level	mức|cấp độ
total	tổng|tổng cộng|toàn diện
average	trung bình|bình thường
percent	phần trăm
value	giá trị
worth	trị giá

# business and companies
company	công ty|doanh nghiệp
business	kinh doanh|doanh nghiệp
businessman	doanh nhân
entrepreneur	doanh nhân|nhà khởi nghiệp
enterprise	doanh nghiệp
firm	công ty|hãng
group	tập đoàn|nhóm
corporation	tập đoàn
state-owned	nhà nước|quốc doanh
private	tư nhân|riêng|riêng tư
public sector	khu vực công
private sector	khu vực tư nhân
chief executive	giám đốc điều hành|tổng giám đốc
director	giám đốc|đạo diễn
chairman	chủ tịch
board	hội đồng quản trị|ban|lên tàu
manager	quản lý|người quản lý
management	quản lý|ban quản lý
owner	chủ|chủ sở hữu
founder	người sáng lập|nhà sáng lập
partner	đối tác
partnership	quan hệ đối tác
cooperation	hợp tác|sự hợp tác
cooperate	hợp tác
merger	sáp nhập
acquisition	mua lại|thâu tóm
acquire	mua lại
contract	hợp đồng
customer	khách hàng
client	khách hàng
service	dịch vụ
brand	thương hiệu
retail	bán lẻ
wholesale	bán buôn|bán sỉ
store	cửa hàng
shop	cửa hàng|tiệm|mua sắm
restaurant	nhà hàng
hotel	khách sạn
startup	khởi nghiệp|công ty khởi nghiệp
billionaire	tỷ phú
millionaire	triệu phú
advertising	quảng cáo
report	báo cáo|bản báo cáo
data	dữ liệu|số liệu
statistics	thống kê|thống kê học
survey	khảo sát|cuộc khảo sát
poll	thăm dò|cuộc thăm dò

# technology
technology	công nghệ
technical	kỹ thuật
tech	công nghệ
internet	internet|mạng
online	trực tuyến|online
website	trang web|website
computer	máy tính
software	phần mềm
hardware	phần cứng
phone	điện thoại
smartphone	điện thoại thông minh
mobile	di động
app	ứng dụng
application	ứng dụng|đơn
network	mạng lưới|mạng
digital	kỹ thuật số|số
data center	trung tâm dữ liệu
artificial intelligence	trí tuệ nhân tạo
robot	người máy|robot
chip	chip
semiconductor	chất bán dẫn|bán dẫn
electronics	điện tử
electronic	điện tử
device	thiết bị
machine	máy|máy móc
equipment	thiết bị
system	hệ thống
platform	nền tảng|sân ga
social media	mạng xã hội
user	người dùng
account	tài khoản
password	mật khẩu
cyber attack	tấn công mạng
hacker	tin tặc|hacker
security	an ninh|bảo mật|an toàn
privacy	quyền riêng tư
satellite	vệ tinh
innovation	đổi mới|sáng tạo
invention	phát minh
inventor	nhà phát minh
engineer	kỹ sư
engineering	kỹ thuật
telecommunications	viễn thông
broadband	băng thông rộng
video	video
camera	máy ảnh|camera
photo	ảnh|bức ảnh
image	hình ảnh
screen	màn hình
battery	pin
code	mã
program code	chương trình
search engine	công cụ tìm kiếm
email	thư điện tử|email
message	tin nhắn|thông điệp
information	thông tin
research	nghiên cứu
researcher	nhà nghiên cứu

# energy
energy	năng lượng
electricity	điện|điện năng
power plant	nhà máy điện
power station	trạm điện|nhà máy điện
grid	lưới điện
oil	dầu|dầu mỏ
crude oil	dầu thô
gas	khí|khí đốt
natural gas	khí tự nhiên|khí đốt tự nhiên
petrol	xăng
diesel	dầu diesel
fuel	nhiên liệu
fossil fuel	nhiên liệu hóa thạch
coal	than|than đá
nuclear	hạt nhân
nuclear power	điện hạt nhân
renewable	tái tạo
renewable energy	năng lượng tái tạo
solar	mặt trời
solar power	điện mặt trời|năng lượng mặt trời
solar panel	tấm pin mặt trời
wind	gió
wind power	điện gió|năng lượng gió
hydropower	thủy điện
dam	đập
hydrogen	hydro|hiđrô
green hydrogen	hydro xanh
green	xanh|xanh lá|màu xanh lá
clean energy	năng lượng sạch
clean	sạch|dọn dẹp|vệ sinh
pipeline	đường ống
refinery	nhà máy lọc dầu
electric vehicle	xe điện
electric	điện
capacity	công suất|năng lực
efficiency	hiệu quả|hiệu suất

# climate and environment
climate	khí hậu
climate change	biến đổi khí hậu
global warming	nóng lên toàn cầu
environment	môi trường
environmental	môi trường
emission	phát thải|khí thải
carbon	các-bon|carbon|cacbon
carbon dioxide	carbon dioxide|khí cacbonic
greenhouse gas	khí nhà kính
net zero	phát thải ròng bằng không
carbon neutrality	trung hòa carbon
pollution	ô nhiễm
air pollution	ô nhiễm không khí
waste	chất thải|rác
plastic	nhựa
recycling	tái chế
forest	rừng
deforestation	phá rừng|nạn phá rừng
tree	cây|cây cối
nature	thiên nhiên|tự nhiên
natural	tự nhiên|thiên nhiên
wildlife	động vật hoang dã
species	loài
animal	động vật|con vật
bird	chim
fish	cá
biodiversity	đa dạng sinh học
extinction	tuyệt chủng
endangered	có nguy cơ tuyệt chủng
conservation	bảo tồn
protect	bảo vệ|bảo đảm
water	nước|tưới|tưới nước
ocean	đại dương
sea	biển
sea level	mực nước biển
river	sông|dòng sông
lake	hồ
mountain	núi
island	đảo|hòn đảo
coast	bờ biển|ven biển
beach	bãi biển
desert	sa mạc
land	đất|đất đai|hạ cánh
soil	đất
air	không khí
weather	thời tiết
temperature	nhiệt độ
heat	nhiệt|nóng|nắng nóng
heatwave	nắng nóng|đợt nắng nóng
cold	lạnh|cảm lạnh|cảm
rain	mưa
monsoon	gió mùa
snow	tuyết
ice	băng
glacier	sông băng
season	mùa
summer	mùa hè|mùa hạ
winter	mùa đông
spring	mùa xuân|suối
autumn	mùa thu
drought	hạn hán

# science and space
science	khoa học
scientific	khoa học
scientist	nhà khoa học
study	nghiên cứu|học|học tập
experiment	thí nghiệm
discovery	khám phá|phát hiện
discover	phát hiện|khám phá
theory	lý thuyết|học thuyết
evidence	bằng chứng
physics	vật lý
chemistry	hóa học
mathematics	toán học|toán
astronomy	thiên văn học
space	vũ trụ|không gian
universe	vũ trụ
planet	hành tinh
earth	trái đất|Trái Đất
moon	mặt trăng|Mặt Trăng
sun	mặt trời|Mặt Trời
mars	sao Hỏa
star	ngôi sao|nhìn chằm chằm
galaxy	thiên hà
rocket	tên lửa
astronaut	phi hành gia
launch	phóng|ra mắt
spacecraft	tàu vũ trụ
space station	trạm vũ trụ
mission	sứ mệnh|nhiệm vụ
orbit	quỹ đạo
telescope	kính thiên văn|kính viễn vọng
gravity	lực hấp dẫn
atom	nguyên tử
molecule	phân tử
cell	tế bào
gene	gen
dna	ADN
fossil	hóa thạch
dinosaur	khủng long
evolution	tiến hóa
laboratory	phòng thí nghiệm
biology	sinh học

# health and medicine
health	sức khỏe|y tế
healthcare	chăm sóc sức khỏe|y tế
public health	y tế công cộng
medical	y tế|y khoa
medicine	thuốc|y học
drug	thuốc|ma túy
doctor	bác sĩ
nurse	y tá
patient	bệnh nhân|kiên nhẫn
hospital	bệnh viện
clinic	phòng khám
disease	bệnh|bệnh tật
illness	bệnh
sick	ốm|bị bệnh
infection	nhiễm trùng|lây nhiễm|ca nhiễm
infected	nhiễm|bị nhiễm
virus	virus|vi-rút
bacteria	vi khuẩn
pandemic	đại dịch
epidemic	dịch bệnh|dịch
outbreak	bùng phát|ổ dịch
coronavirus	virus corona|vi-rút corona
covid	Covid
vaccine	vắc xin|vaccine|vắc-xin
vaccination	tiêm chủng|tiêm vắc xin
test	xét nghiệm|thử nghiệm|kiểm tra|kỳ thi
treatment	điều trị
treat	điều trị|chữa
symptom	triệu chứng
cancer	ung thư
diabetes	tiểu đường|đái tháo đường
heart	tim
heart attack	đau tim|nhồi máu cơ tim
brain	não|bộ não
blood	máu
body	cơ thể|thi thể
mental health	sức khỏe tâm thần
malaria	sốt rét
tuberculosis	bệnh lao|lao
flu	cúm
bird flu	cúm gia cầm
obesity	béo phì
smoking	hút thuốc
alcohol	rượu|cồn
surgery	phẫu thuật
injury	chấn thương|vết thương
injured	bị thương
wounded	bị thương|vết thương
death	cái chết|tử vong
dead	chết|thiệt mạng
die	chết|qua đời|tử vong
kill	giết|thiệt mạng|làm chết|sát hại
killed	thiệt mạng|bị giết
victim	nạn nhân
survivor	người sống sót
survive	sống sót
life	cuộc sống|sự sống|cuộc đời
life expectancy	tuổi thọ
birth	sinh|ra đời
born	sinh ra
pregnant	mang thai
nutrition	dinh dưỡng
hunger	nạn đói|đói
famine	nạn đói
medication	thuốc
pharmaceutical	dược phẩm
world health organization	tổ chức y tế thế giới

# disasters and accidents
disaster	thảm họa|thiên tai
natural disaster	thiên tai
earthquake	động đất
tsunami	sóng thần
flood	lũ|lũ lụt|ngập lụt
landslide	lở đất|sạt lở
storm	bão|cơn bão
hurricane	bão|siêu bão
typhoon	bão|siêu bão
cyclone	lốc xoáy|bão
tornado	lốc xoáy
volcano	núi lửa
eruption	phun trào
fire	lửa|hỏa hoạn|cháy|sa thải
wildfire	cháy rừng
explosion	vụ nổ|nổ
blast	vụ nổ
accident	tai nạn
collision	va chạm
collapse	sập|sụp đổ
rescue	cứu hộ|giải cứu
rescuer	nhân viên cứu hộ
emergency	khẩn cấp|cấp cứu
state of emergency	tình trạng khẩn cấp
evacuate	sơ tán
evacuation	sơ tán
missing	mất tích|nhớ|nhớ nhung
damage	thiệt hại|hư hại
destroy	phá hủy
destruction	sự tàn phá
relief	cứu trợ
shelter	nơi trú ẩn
warning	cảnh báo
alert	cảnh báo
risk	rủi ro|nguy cơ
danger	nguy hiểm|mối nguy
dangerous	nguy hiểm
safe	an toàn|bình an
safety	an toàn
magnitude	độ lớn|cường độ
epicentre	tâm chấn
aftershock	dư chấn
toll	số người chết
death toll	số người chết|số người thiệt mạng
homeless	vô gia cư|mất nhà cửa

# law, crime and justice
court	tòa án|tòa|sân
supreme court	tòa án tối cao
high court	tòa án cấp cao
judge	thẩm phán|đánh giá|phán đoán
justice	công lý|tư pháp
judicial	tư pháp
lawyer	luật sư
prosecutor	công tố viên|viện kiểm sát
trial	phiên tòa|xét xử
case	vụ|vụ án|trường hợp|ca
hearing	phiên điều trần|phiên xử|thính giác|thính lực
verdict	phán quyết|bản án
ruling	phán quyết
sentence	án|bản án|câu
sentenced	bị kết án|lĩnh án
prison	nhà tù|tù
jail	nhà tù|tù
prisoner	tù nhân
death penalty	án tử hình|tử hình
fine	phạt|tiền phạt|khỏe
crime	tội phạm|tội ác
criminal	tội phạm|hình sự
police	cảnh sát|công an
police officer	cảnh sát|sĩ quan cảnh sát
arrest	bắt|bắt giữ
suspect	nghi phạm|nghi ngờ
accused	bị cáo|bị buộc tội
charge	cáo buộc|tội danh|phí|truy tố|buộc tội
allegation	cáo buộc
accuse	cáo buộc|buộc tội
guilty	có tội
innocent	vô tội
investigation	điều tra|cuộc điều tra
investigate	điều tra
investigator	điều tra viên
witness	nhân chứng
murder	giết người|vụ giết người|sát hại
murderer	kẻ giết người|hung thủ
shooting	nổ súng|vụ xả súng|bắn súng
gun	súng
weapon	vũ khí
theft	trộm cắp|vụ trộm
robbery	cướp|vụ cướp
fraud	gian lận|lừa đảo
bribery	hối lộ
smuggling	buôn lậu
trafficking	buôn bán|buôn người
violence	bạo lực
violent	bạo lực
abuse	lạm dụng|ngược đãi
rape	hiếp dâm
kidnapping	bắt cóc
hostage	con tin
terrorism	khủng bố|chủ nghĩa khủng bố
terrorist	kẻ khủng bố
attack	tấn công|vụ tấn công|cuộc tấn công
bomb	bom|quả bom
lawsuit	vụ kiện
sue	kiện
appeal	kháng cáo|kêu gọi
legal	pháp lý|hợp pháp
illegal	bất hợp pháp|trái phép
order	lệnh|đơn hàng|trật tự|đặt hàng
warrant	lệnh bắt
bail	tại ngoại|bảo lãnh
release	thả|trả tự do|công bố|phát hành|phóng thích
detain	tạm giữ|giam giữ
custody	giam giữ

# military and conflict
war	chiến tranh|cuộc chiến
military	quân đội|quân sự
army	quân đội|lục quân
navy	hải quân
air force	không quân
soldier	binh sĩ|người lính|lính
troops	quân|binh lính|lực lượng
force	lực lượng
defence	quốc phòng|phòng thủ
security forces	lực lượng an ninh
fighting	giao tranh|chiến đấu
fight	chiến đấu|đấu tranh
battle	trận chiến|trận
conflict	xung đột
dispute	tranh chấp
tension	căng thẳng
peace	hòa bình
ceasefire	ngừng bắn|lệnh ngừng bắn
invasion	cuộc xâm lược|xâm lược
occupation	chiếm đóng|nghề nghiệp
missile	tên lửa
drone	máy bay không người lái
tank	xe tăng
warship	tàu chiến
fighter jet	máy bay chiến đấu|chiến đấu cơ
nuclear weapon	vũ khí hạt nhân
airstrike	không kích
rebel	phiến quân|quân nổi dậy
militant	chiến binh|phần tử vũ trang
armed	vũ trang|cánh tay
civilian	dân thường
casualty	thương vong
general	tướng|chung|tổng|nói chung|phổ biến
commander	chỉ huy
veteran	cựu chiến binh|kỳ cựu
victory	chiến thắng|thắng lợi
defeat	thất bại|đánh bại
threat	mối đe dọa|đe dọa
threaten	đe dọa
intelligence	tình báo|trí tuệ
spy	gián điệp
nato	NATO|khối NATO
united nations	liên hợp quốc|Liên Hợp Quốc
security council	hội đồng bảo an
european union	liên minh châu âu|Liên minh châu Âu

# common verbs (reporting, action, change)
say	nói|cho biết|nói rằng
said	cho biết|nói
tell	nói với|kể|cho biết|kể chuyện
told	nói với|cho biết
speak	nói|phát biểu
talk	nói chuyện|trò chuyện
ask	hỏi|yêu cầu
answer	trả lời|câu trả lời
reply	trả lời|đáp
announce	công bố|tuyên bố|thông báo
declare	tuyên bố
confirm	xác nhận
deny	phủ nhận|bác bỏ
reject	bác bỏ|từ chối
accept	chấp nhận
agree	đồng ý|nhất trí|tán thành
approve	phê duyệt|phê chuẩn|thông qua
support	ủng hộ|hỗ trợ
oppose	phản đối
criticize	chỉ trích|phê phán
criticism	sự chỉ trích|lời chỉ trích
warn	cảnh báo
urge	kêu gọi|hối thúc
call for	kêu gọi
promise	hứa|lời hứa|cam kết
pledge	cam kết
commit	cam kết
commitment	cam kết
claim	tuyên bố|khẳng định
believe	tin|tin rằng
think	nghĩ|cho rằng
know	biết
understand	hiểu
learn	học|học hỏi
teach	dạy|giảng dạy|dạy học
see	thấy|nhìn thấy|xem
look	nhìn|xem
watch	xem|theo dõi|đồng hồ
hear	nghe|nghe thấy
show	cho thấy|thể hiện|chương trình|buổi diễn
find	tìm thấy|phát hiện
found	phát hiện|thành lập
search	tìm kiếm
go	đi
arrive	tới nơi
leave	rời|rời khỏi|để lại
return	trở lại|trở về|quay lại
travel	du lịch|đi lại
visit	thăm|chuyến thăm|đến thăm|tham quan|viếng
meet	gặp|gặp gỡ
move	di chuyển|chuyển
send	gửi|cử
receive	nhận|nhận được
get	nhận|có được
give	trao|đưa
take	lấy|mất|đưa
make	làm|tạo ra
do	làm
use	sử dụng|dùng
need	cần|nhu cầu|cần phải
want	muốn
hope	hy vọng|mong|niềm hy vọng
expect	dự kiến|kỳ vọng
try	cố gắng|thử
help	giúp|giúp đỡ
work	làm việc|công việc
start	bắt đầu|khởi động
begin	bắt đầu
end	kết thúc|cuối
finish	hoàn thành|kết thúc
complete	hoàn thành|hoàn tất|hoàn chỉnh|toàn bộ
continue	tiếp tục
stop	dừng|ngừng|ngăn chặn
close	đóng cửa|đóng|gần
open	mở|mở cửa|khai trương|cởi mở
change	thay đổi|biến đổi
create	tạo ra|tạo|thành lập
develop	phát triển
improve	cải thiện|nâng cao
grow	tăng trưởng|phát triển|trồng|trồng trọt
lose	mất|thua|đánh mất
win	thắng|giành|chiến thắng
play	chơi|thi đấu|vở kịch
pass	thông qua|vượt qua
allow	cho phép|được phép
prevent	ngăn chặn|phòng ngừa
cause	nguyên nhân|gây ra
lead	dẫn đầu|lãnh đạo|dẫn trước
follow	theo|tuân theo|đi theo
join	gia nhập|tham gia
take part	tham gia
participate	tham gia
include	bao gồm|gồm
remain	vẫn|còn lại|hài cốt|di tích
stay	ở lại
live	sống|sinh sống|trực tiếp
call	gọi|gọi là|cuộc gọi
write	viết|ghi
read	đọc
publish	công bố|xuất bản
sign	ký|ký kết|dấu hiệu|biển báo
choose	chọn|lựa chọn
decide	quyết định
decision	quyết định
happen	xảy ra|diễn ra
occur	xảy ra
become	trở thành
reach	đạt|đạt tới
hold	tổ chức|nắm giữ|cầm|nắm|giữ
organize	tổ chức
event	sự kiện
spend	chi|chi tiêu|dành
save	cứu|tiết kiệm
provide	cung cấp
offer	đề nghị|cung cấp
propose	đề xuất
proposal	đề xuất|đề án
suggest	đề xuất|gợi ý|cho thấy
recommend	khuyến nghị
require	yêu cầu|đòi hỏi
consider	xem xét|cân nhắc|suy nghĩ
discuss	thảo luận|bàn bạc
discussion	cuộc thảo luận
describe	mô tả|miêu tả
explain	giải thích
mention	đề cập
add	thêm|nói thêm
note	lưu ý|ghi nhận
measure	biện pháp|đo|đo lường
step	bước
carry	mang|chở|vác|xách
fly	bay|ruồi
drive	lái|lái xe
run	chạy|điều hành
walk	đi bộ|đi dạo
eat	ăn
drink	uống|đồ uống
sleep	ngủ|giấc ngủ
pray	cầu nguyện
celebrate	kỷ niệm|ăn mừng
remember	nhớ|tưởng nhớ
forget	quên

# people and family
man	người đàn ông|nam giới|đàn ông
woman	phụ nữ|người phụ nữ|nữ giới
child	trẻ em|đứa trẻ|con
children	trẻ em
boy	cậu bé|bé trai
girl	cô gái|bé gái
baby	em bé|trẻ sơ sinh
family	gia đình
father	cha|bố
mother	mẹ
parent	cha mẹ|phụ huynh
son	con trai
daughter	con gái
brother	anh trai|em trai|anh em
sister	chị gái|em gái|chị em
husband	chồng
wife	vợ
friend	bạn|bạn bè
neighbour	hàng xóm|láng giềng
youth	thanh niên|giới trẻ
young	trẻ
old	già|cũ|tuổi
elderly	người cao tuổi|người già
age	tuổi|độ tuổi|thời kỳ
year old	tuổi
person	người
human	con người|nhân loại
resident	cư dân|người dân
crowd	đám đông|quần chúng|đông đúc|chật chội
fan	người hâm mộ|cổ động viên|quạt
volunteer	tình nguyện viên
expert	chuyên gia
professor	giáo sư
teacher	giáo viên|thầy giáo
student	học sinh|sinh viên
journalist	nhà báo|phóng viên
reporter	phóng viên
writer	nhà văn
author	tác giả
artist	nghệ sĩ
actor	diễn viên
actress	nữ diễn viên
singer	ca sĩ
musician	nhạc sĩ
player	cầu thủ|người chơi|tay vợt
athlete	vận động viên
coach	huấn luyện viên
pilot	phi công
driver	tài xế|lái xe
passenger	hành khách
crew	phi hành đoàn|thủy thủ đoàn

# education
education	giáo dục
school	trường|trường học
university	đại học|trường đại học
college	cao đẳng|trường
class	lớp|giai cấp
exam	kỳ thi
degree	độ
knowledge	kiến thức
language	ngôn ngữ|tiếng
english language	tiếng Anh
book	sách|cuốn sách|đặt phòng|đặt chỗ
library	thư viện

# culture, arts and religion
culture	văn hóa
cultural	văn hóa
art	nghệ thuật
music	âm nhạc|nhạc
song	bài hát|ca khúc
film	phim|bộ phim
movie	phim
television	truyền hình|tivi|ti vi
radio	đài phát thanh|radio
newspaper	báo|tờ báo
news	tin tức|tin
media	truyền thông|phương tiện truyền thông
magazine	tạp chí
museum	bảo tàng
exhibition	triển lãm
festival	lễ hội
holiday	kỳ nghỉ|ngày lễ
theatre	nhà hát
history	lịch sử
historic	lịch sử
heritage	di sản
world heritage	di sản thế giới
tradition	truyền thống
traditional	truyền thống
religion	tôn giáo
religious	tôn giáo
god	chúa|thần|thượng đế
church	nhà thờ
temple	chùa|đền
mosque	nhà thờ Hồi giáo
buddhist	Phật giáo
buddhism	Phật giáo|đạo Phật
islam	Hồi giáo
muslim	người Hồi giáo
christian	Kitô giáo|Cơ Đốc giáo
hindu	Ấn Độ giáo
pope	giáo hoàng
monk	nhà sư|tu sĩ

# sport
sport	thể thao
football	bóng đá
soccer	bóng đá
cricket	cricket
tennis	quần vợt|tennis
basketball	bóng rổ
golf	golf
badminton	cầu lông
boxing	quyền anh|hộp|thùng
swimming	bơi|bơi lội
athletics	điền kinh
race	cuộc đua|chủng tộc
marathon	marathon
cycling	đua xe đạp
olympics	Olympic|thế vận hội
world cup	World Cup|cúp thế giới
championship	giải vô địch
champion	nhà vô địch|vô địch
tournament	giải đấu
match	trận đấu|trận
game	trận|trò chơi
team	đội|đội tuyển|nhóm
club	câu lạc bộ
league	giải|giải đấu
final	chung kết|cuối cùng
semi-final	bán kết
medal	huy chương
gold medal	huy chương vàng
silver	bạc
bronze	đồng
gold	vàng
stadium	sân vận động
score	tỷ số|điểm|ghi bàn
point	điểm
prize	giải thưởng|giải
award	giải thưởng
nobel prize	giải Nobel
competition	cuộc thi|cạnh tranh
opponent	đối thủ

# transport and travel
transport	giao thông|vận tải
traffic	giao thông|lưu lượng
road	đường|con đường
highway	đường cao tốc|quốc lộ
street	đường phố|phố
bridge	cầu|cây cầu
tunnel	đường hầm
railway	đường sắt
train	tàu|tàu hỏa|đào tạo|huấn luyện|tập luyện
high-speed rail	đường sắt cao tốc
metro	tàu điện ngầm|metro
station	ga|trạm|nhà ga
bus	xe buýt
car	xe hơi|ô tô|xe
vehicle	xe|phương tiện
truck	xe tải
motorcycle	xe máy|mô tô
bicycle	xe đạp
plane	máy bay
aircraft	máy bay
flight	chuyến bay
airport	sân bay
airline	hãng hàng không
aviation	hàng không
ship	tàu|tàu thủy|vận chuyển
boat	thuyền
port	cảng|hải cảng
journey	hành trình|chuyến đi
trip	chuyến đi
ticket	vé
route	tuyến|tuyến đường
destination	điểm đến
visitor	du khách|khách
guest	khách
park	công viên|bãi đỗ xe|đỗ xe|đậu xe
national park	vườn quốc gia

# time and calendar
time	thời gian|lúc|lần
day	ngày
week	tuần
month	tháng
year	năm
decade	thập kỷ|thập niên
century	thế kỷ
hour	giờ|tiếng
minute	phút
second	giây|thứ hai
today	hôm nay
yesterday	hôm qua
tomorrow	ngày mai
morning	buổi sáng|sáng
afternoon	buổi chiều|chiều
evening	buổi tối|tối
night	đêm|ban đêm
weekend	cuối tuần
date	ngày|ngày tháng
calendar	lịch
period	giai đoạn|thời kỳ
future	tương lai
past	quá khứ|qua
last year	năm ngoái|năm trước
next year	năm sau|năm tới
this year	năm nay
last week	tuần trước
next week	tuần tới|tuần sau
anniversary	kỷ niệm|ngày kỷ niệm
january	tháng một|tháng giêng
february	tháng hai
march	tháng ba
april	tháng tư
may	tháng năm
june	tháng sáu
july	tháng bảy
august	tháng tám
september	tháng chín
october	tháng mười
november	tháng mười một
december	tháng mười hai|tháng chạp
monday	thứ hai
tuesday	thứ ba
wednesday	thứ tư
thursday	thứ năm
friday	thứ sáu
saturday	thứ bảy
sunday	chủ nhật
new year	năm mới
lunar new year	Tết Nguyên Đán|Tết
christmas	Giáng sinh|Noel
early	sớm|đầu
late	muộn|cuối|trễ|chậm trễ
recently	gần đây|mới đây
now	bây giờ|hiện nay|hiện
currently	hiện tại|hiện nay
soon	sớm|sắp|chẳng bao lâu
again	một lần nữa
ago	trước|cách đây
later	sau đó|sau này|về sau
during	trong suốt
since	kể từ
until	cho đến
before	trước|trước khi
after	sau|sau khi
daily	hằng ngày|hàng ngày
weekly	hằng tuần
monthly	hằng tháng

# countries and nationalities
india	Ấn Độ
indian	Ấn Độ|người Ấn Độ
china	Trung Quốc
chinese	Trung Quốc|người Trung Quốc|tiếng Trung
united states	Mỹ|Hoa Kỳ
america	Mỹ|châu Mỹ
american	Mỹ|người Mỹ
united kingdom	Anh|Vương quốc Anh
britain	Anh|Vương quốc Anh
british	Anh|người Anh
england	Anh
english	tiếng Anh|người Anh
scotland	Scotland
wales	xứ Wales|tường|bức tường
ireland	Ireland|Ai Len
france	Pháp
french	Pháp|tiếng Pháp|người Pháp
germany	Đức
german	Đức|tiếng Đức|người Đức
italy	Ý|Italy
italian	Ý|người Ý
spain	Tây Ban Nha
spanish	Tây Ban Nha|tiếng Tây Ban Nha
portugal	Bồ Đào Nha
portuguese	Bồ Đào Nha
netherlands	Hà Lan
dutch	Hà Lan
belgium	Bỉ
switzerland	Thụy Sĩ
swiss	Thụy Sĩ
austria	Áo
sweden	Thụy Điển
swedish	Thụy Điển
norway	Na Uy
denmark	Đan Mạch
finland	Phần Lan
iceland	Iceland|Băng Đảo
poland	Ba Lan
polish	Ba Lan
czech	Séc
hungary	Hungary
romania	Romania
greece	Hy Lạp
greek	Hy Lạp
turkey	Thổ Nhĩ Kỳ
turkish	Thổ Nhĩ Kỳ
russia	Nga
russian	Nga|người Nga|tiếng Nga
ukraine	Ukraine|Ukraina
ukrainian	Ukraine
belarus	Belarus
serbia	Serbia
croatia	Croatia
europe	châu Âu
european	châu Âu|người châu Âu
japan	Nhật Bản|Nhật
japanese	Nhật Bản|người Nhật|tiếng Nhật
korea	Hàn Quốc|Triều Tiên
south korea	Hàn Quốc
north korea	Triều Tiên
korean	Hàn Quốc|tiếng Hàn
taiwan	Đài Loan
hong kong	Hồng Kông
macau	Ma Cao
mongolia	Mông Cổ
vietnam	Việt Nam
vietnamese	Việt Nam|người Việt|tiếng Việt
thailand	Thái Lan
thai	Thái|Thái Lan|người Thái|tiếng Thái
cambodia	Campuchia
laos	Lào
myanmar	Myanmar
malaysia	Malaysia
singapore	Singapore
indonesia	Indonesia
philippines	Philippines
asia	châu Á
asian	châu Á
southeast asia	Đông Nam Á
asean	ASEAN|Hiệp hội các quốc gia Đông Nam Á
pakistan	Pakistan
pakistani	Pakistan
bangladesh	Bangladesh
nepal	Nepal
sri lanka	Sri Lanka
bhutan	Bhutan
maldives	Maldives
afghanistan	Afghanistan
iran	Iran
iranian	Iran
iraq	Iraq
syria	Syria
israel	Israel
israeli	Israel
palestine	Palestine
palestinian	Palestine|người Palestine
gaza	Gaza|dải Gaza
lebanon	Li-băng|Liban
jordan	Jordan
saudi arabia	Ả Rập Xê Út|Saudi Arabia
arab	Ả Rập
arabic	tiếng Ả Rập
united arab emirates	Các Tiểu vương quốc Ả Rập Thống nhất|UAE
qatar	Qatar
kuwait	Kuwait
yemen	Yemen
oman	Oman
middle east	Trung Đông
egypt	Ai Cập
egyptian	Ai Cập
libya	Libya
morocco	Maroc
algeria	Algeria
tunisia	Tunisia
sudan	Sudan
ethiopia	Ethiopia
kenya	Kenya
nigeria	Nigeria
ghana	Ghana
south africa	Nam Phi
somalia	Somalia
congo	Congo
uganda	Uganda
tanzania	Tanzania
zimbabwe	Zimbabwe
africa	châu Phi
african	châu Phi
canada	Canada
canadian	Canada
mexico	Mexico|Mê-hi-cô
mexican	Mexico
brazil	Brazil
brazilian	Brazil
argentina	Argentina
chile	Chile
peru	Peru
colombia	Colombia
venezuela	Venezuela
cuba	Cuba
latin america	Mỹ Latinh
south america	Nam Mỹ
north america	Bắc Mỹ
australia	Úc|Australia
australian	Úc|người Úc
new zealand	New Zealand
antarctica	Nam Cực|châu Nam Cực
arctic	Bắc Cực
pacific	Thái Bình Dương
atlantic	Đại Tây Dương
indian ocean	Ấn Độ Dương
south china sea	Biển Đông
mediterranean	Địa Trung Hải
himalaya	Himalaya
kazakhstan	Kazakhstan
uzbekistan	Uzbekistan
georgia	Gruzia|Georgia
armenia	Armenia
east	đông|phía đông
west	tây|phía tây|phương Tây
north	bắc|phía bắc|miền bắc
south	nam|phía nam|miền nam
northeast	đông bắc
northwest	tây bắc
southeast	đông nam
southwest	tây nam
central	trung ương|miền trung|trung tâm
western	phương Tây|phía tây
eastern	phía đông|miền đông
northern	phía bắc|miền bắc
southern	phía nam|miền nam

# cities and regions
new delhi	New Delhi|Niu Đêli
delhi	Delhi
mumbai	Mumbai
kolkata	Kolkata
chennai	Chennai
bengaluru	Bengaluru|Bangalore
hyderabad	Hyderabad
ahmedabad	Ahmedabad
pune	Pune
jaipur	Jaipur
lucknow	Lucknow
patna	Patna
varanasi	Varanasi
agra	Agra
kashmir	Kashmir
uttar pradesh	Uttar Pradesh
maharashtra	Maharashtra
bihar	Bihar
gujarat	Gujarat
rajasthan	Rajasthan
punjab	Punjab
kerala	Kerala
tamil nadu	Tamil Nadu
west bengal	Tây Bengal
karnataka	Karnataka
madhya pradesh	Madhya Pradesh
ganges	sông Hằng
beijing	Bắc Kinh
shanghai	Thượng Hải
guangzhou	Quảng Châu
shenzhen	Thâm Quyến
wuhan	Vũ Hán
chengdu	Thành Đô
chongqing	Trùng Khánh
hangzhou	Hàng Châu
tianjin	Thiên Tân
nanjing	Nam Kinh
xian	Tây An
tibet	Tây Tạng
xinjiang	Tân Cương
guangdong	Quảng Đông
yunnan	Vân Nam
sichuan	Tứ Xuyên
yangtze	Trường Giang|sông Dương Tử
mekong	Mê Kông|Mekong|sông Mê Kông|sông Cửu Long
hanoi	Hà Nội
ho chi minh city	Thành phố Hồ Chí Minh|Sài Gòn
saigon	Sài Gòn
da nang	Đà Nẵng
hai phong	Hải Phòng
hue	Huế
ha long bay	vịnh Hạ Long|Hạ Long
bangkok	Bangkok|Băng Cốc
chiang mai	Chiang Mai
phuket	Phuket
pattaya	Pattaya
chiang rai	Chiang Rai
tokyo	Tokyo
osaka	Osaka
kyoto	Kyoto
hiroshima	Hiroshima
fukushima	Fukushima
seoul	Seoul
pyongyang	Bình Nhưỡng
taipei	Đài Bắc
manila	Manila
jakarta	Jakarta
bali	Bali
kuala lumpur	Kuala Lumpur
phnom penh	Phnom Penh|Phnôm Pênh
vientiane	Viêng Chăn
yangon	Yangon
dhaka	Dhaka
kathmandu	Kathmandu
colombo	Colombo
islamabad	Islamabad
karachi	Karachi
lahore	Lahore
kabul	Kabul
tehran	Tehran
baghdad	Baghdad
damascus	Damascus
jerusalem	Jerusalem
tel aviv	Tel Aviv
dubai	Dubai
riyadh	Riyadh
mecca	Mecca
istanbul	Istanbul
ankara	Ankara
cairo	Cairo
moscow	Moskva|Moscow
kyiv	Kiev|Kyiv
london	London|Luân Đôn
paris	Paris
berlin	Berlin
rome	Rome|Roma
madrid	Madrid
barcelona	Barcelona
brussels	Brussels
geneva	Geneva|Giơ-ne-vơ
vienna	Vienna|Viên
amsterdam	Amsterdam
athens	Athens|Athena
warsaw	Warsaw|Vácsava
stockholm	Stockholm
new york	New York|Niu Oóc
washington	Washington
los angeles	Los Angeles
san francisco	San Francisco
chicago	Chicago
california	California
texas	Texas
florida	Florida
silicon valley	Thung lũng Silicon
toronto	Toronto
sydney	Sydney
melbourne	Melbourne
rio de janeiro	Rio de Janeiro
nairobi	Nairobi
white house	Nhà Trắng
kremlin	Điện Kremlin
pentagon	Lầu Năm Góc
wall street	Phố Wall

# adjectives
new	mới
big	lớn|to
large	lớn
small	nhỏ
huge	khổng lồ|rất lớn|ôm
high	cao
low	thấp
long	dài|lâu
short	ngắn
fast	nhanh
slow	chậm
good	tốt|hay
bad	xấu|tồi tệ
best	tốt nhất
better	tốt hơn
worst	tồi tệ nhất
worse	tệ hơn
important	quan trọng
major	lớn|chính|chủ yếu
main	chính|chủ yếu
key	then chốt|chìa khóa|chủ chốt
serious	nghiêm trọng
severe	nghiêm trọng|khắc nghiệt
strong	mạnh|mạnh mẽ
weak	yếu|ốm yếu
powerful	hùng mạnh|mạnh
possible	có thể
impossible	không thể
likely	có khả năng|nhiều khả năng
real	thực|thật
true	đúng|thật
false	sai|giả
fake	giả|giả mạo
correct	đúng|chính xác
wrong	sai
same	giống|cùng
different	khác|khác nhau
similar	tương tự
various	nhiều|khác nhau|các loại
special	đặc biệt
specific	cụ thể
common	phổ biến|chung
popular	phổ biến|nổi tiếng
famous	nổi tiếng
well-known	nổi tiếng
difficult	khó|khó khăn
easy	dễ|dễ dàng
simple	đơn giản
hard	khó|cứng|chăm chỉ
free	miễn phí|tự do
full	đầy|toàn bộ|đầy đủ|no bụng
empty	trống|rỗng
whole	toàn bộ|cả
entire	toàn bộ
only	chỉ|duy nhất|chỉ có
first	đầu tiên|thứ nhất
last	cuối cùng|cuối|vừa qua
next	tiếp theo|sau
previous	trước|trước đó
former	cựu|nguyên
current	hiện tại|hiện nay|đương nhiệm
modern	hiện đại
ancient	cổ|cổ đại
recent	gần đây
latest	mới nhất
personal	cá nhân
happy	vui|hạnh phúc
sad	buồn
beautiful	đẹp
hot	nóng
warm	ấm|ấm áp
dry	khô|khô hạn
wet	ướt
heavy	nặng|lớn
light	nhẹ|ánh sáng|đèn
dark	tối
black	đen|màu đen
white	trắng|màu trắng
red	đỏ|màu đỏ
blue	xanh|xanh dương|màu xanh
yellow	vàng|màu vàng
sure	chắc chắn
clear	rõ|rõ ràng
necessary	cần thiết
available	có sẵn|sẵn có
effective	hiệu quả
successful	thành công
success	thành công|sự thành công
failure	thất bại
fail	thất bại|không thể
positive	tích cực|dương tính
negative	tiêu cực|âm tính
large number	số lượng lớn|rất nhiều
many	nhiều
few	ít|một vài|vài
several	một số|vài
most	phần lớn|hầu hết|nhất
more	hơn|nhiều hơn
less	ít hơn
all	tất cả|mọi|toàn bộ
every	mỗi|mọi
each	mỗi
other	khác
own	riêng|của mình|sở hữu
urban	đô thị|thành thị
rural	nông thôn
remote	xa xôi|hẻo lánh|từ xa
nearby	gần|gần đó|lân cận
far	xa|giá vé|tiền vé
normal	bình thường
unusual	bất thường
rare	hiếm|hiếm hoi
unique	độc đáo|duy nhất
sharp increase	tăng mạnh
sharp	mạnh|đột ngột|sắc|nhọn
significant	đáng kể
massive	lớn|khổng lồ
equal	bình đẳng
fair	công bằng
healthy	khỏe mạnh|lành mạnh

# adverbs and connectives with alignment signal
however	tuy nhiên
but	nhưng
because	vì|bởi vì|do
therefore	vì vậy|do đó
although	mặc dù|dù
if	nếu
while	trong khi
almost	gần như|hầu như|gần
about	khoảng
nearly	gần|gần như
approximately	khoảng|xấp xỉ
more than	hơn
less than	dưới|chưa đến|ít hơn
at least	ít nhất
up to	lên tới|lên đến
still	vẫn|vẫn còn
even	thậm chí|ngay cả
together	cùng nhau|cùng
never	không bao giờ|chưa bao giờ|chưa từng
always	luôn|luôn luôn
often	thường|thường xuyên
sometimes	đôi khi|thỉnh thoảng
usually	thường|thông thường
especially	đặc biệt là|đặc biệt
quickly	nhanh chóng
finally	cuối cùng
together with	cùng với
according to	theo
without	không có|mà không
within	trong vòng
between	giữa
against	chống|chống lại
across	khắp|trên khắp
around	quanh|xung quanh|khoảng
near	gần
outside	bên ngoài|ngoài
inside	bên trong
abroad	nước ngoài|ở nước ngoài

# general nouns of news text
problem	vấn đề
issue	vấn đề
question	câu hỏi|vấn đề|đặt câu hỏi|chất vấn
situation	tình hình|tình huống
condition	điều kiện|tình trạng
result	kết quả
effect	tác động|ảnh hưởng|hiệu ứng
impact	tác động|ảnh hưởng
influence	ảnh hưởng
reason	lý do|nguyên nhân
purpose	mục đích
idea	ý tưởng
opinion	ý kiến|quan điểm
view	quan điểm|góc nhìn|cảnh
way	cách|con đường
method	phương pháp
process	quá trình|quy trình
part	phần|bộ phận
side	phía|bên
area	khu vực|diện tích|lĩnh vực
place	nơi|địa điểm
site	địa điểm|hiện trường|ngồi
home	nhà|quê hương
house	nhà|ngôi nhà|hạ viện
building	tòa nhà|công trình
room	phòng|căn phòng
world record	kỷ lục thế giới
name	tên|tên là|có tên
number	số|số lượng
amount	số tiền|lượng
size	kích thước|quy mô
scale	quy mô
proportion	tỷ lệ
half	một nửa|nửa
third	thứ ba|một phần ba
one quarter	một phần tư
fact	sự thật|thực tế
truth	sự thật
in history	trong lịch sử
story	câu chuyện
word	lời
letter	thư|lá thư|chữ cái
document	tài liệu|văn bản
list	danh sách
example	ví dụ
kind	loại|tốt bụng|tử tế
type	loại|kiểu|gõ|đánh máy
form	hình thức|mẫu đơn
model	mô hình|mẫu
quality	chất lượng
standard	tiêu chuẩn
access	tiếp cận|truy cập
opportunity	cơ hội
chance	cơ hội|khả năng
challenge	thách thức
solution	giải pháp
effort	nỗ lực
role	vai trò|lăn
responsibility	trách nhiệm
responsible	chịu trách nhiệm
relationship	mối quan hệ|quan hệ
relations	quan hệ
trust	niềm tin|tin tưởng
fear	nỗi sợ|lo sợ
concern	lo ngại|mối lo ngại|quan ngại
worry	lo lắng|lo ngại
pressure	áp lực|sức ép
stability	ổn định|sự ổn định
sum	khoản tiền
line	đường|tuyến|dòng
centre	trung tâm
headquarters	trụ sở|trụ sở chính
base	căn cứ|cơ sở
organization	tổ chức
institution	tổ chức|thể chế|cơ quan
institute	viện
foundation	quỹ|nền tảng
association	hiệp hội
charity	từ thiện
non-governmental organization	tổ chức phi chính phủ
member	thành viên
representative	đại diện|người đại diện
delegation	phái đoàn
head	người đứng đầu|đầu
chief	người đứng đầu|trưởng
staff	nhân viên
source	nguồn|nguồn tin
sources	các nguồn tin
interview	phỏng vấn|cuộc phỏng vấn
speech	bài phát biểu|diễn văn
comment	bình luận
response	phản ứng|phản hồi
reaction	phản ứng
request	yêu cầu|đề nghị
permission	sự cho phép
license	giấy phép
atmosphere	bầu không khí|khí quyển
resource	tài nguyên|nguồn lực
material	vật liệu|nguyên liệu
metal	kim loại
steel	thép
iron	sắt
copper	đồng
aluminium	nhôm
lithium	liti|lithium
rare earth	đất hiếm
cement	xi măng
wood	gỗ|rừng
paper	giấy
clothes	quần áo|y phục|trang phục|vải
textile	dệt may
sugar	đường
coffee	cà phê
tea	trà|chè
meat	thịt
milk	sữa
fruit	trái cây|hoa quả
vegetable	rau|rau củ

# numbers and scale words
hundred	trăm
thousand	nghìn|ngàn
ten thousand	mười nghìn|vạn
hundred thousand	trăm nghìn
lakh	trăm nghìn
million	triệu
ten million	chục triệu|mười triệu
crore	mười triệu
hundred million	trăm triệu
billion	tỷ|tỉ
trillion	nghìn tỷ|ngàn tỷ
dozen	tá|chục
hundreds	hàng trăm
thousands	hàng nghìn|hàng ngàn
millions	hàng triệu
tens of thousands	hàng chục nghìn
zero	không
once	một lần
twice	hai lần
percentage point	điểm phần trăm

# units of measure
kilometre	ki-lô-mét|kilômét|km
metre	mét
centimetre	xăng-ti-mét|cm
millimetre	mi-li-mét|mm
mile	dặm
foot	feet|bộ|bàn chân
inch	inch
square kilometre	ki-lô-mét vuông
hectare	héc-ta|ha
acre	mẫu Anh
kilogram	ki-lô-gam|kg|cân
gram	gam
tonne	tấn
litre	lít
barrel	thùng
degree celsius	độ C|độ
watt	oát
kilowatt	kilowatt|kW
megawatt	megawatt|MW
gigawatt	gigawatt|GW
kilowatt hour	kWh
speed	tốc độ
kilometres per hour	ki-lô-mét mỗi giờ|km mỗi giờ
height	độ cao|chiều cao
length	chiều dài|độ dài
width	chiều rộng
depth	độ sâu
weight	trọng lượng|cân nặng
distance	khoảng cách
volume	khối lượng|thể tích

# currencies
dollar	đô la|USD
us dollar	đô la Mỹ
euro	euro
pound	bảng Anh|pound
yen	yên Nhật|yên
yuan	nhân dân tệ|tệ
renminbi	nhân dân tệ
rupee	rupee
dong	đồng
baht	baht|bạt
korean won	won
rouble	rúp
bitcoin	bitcoin
cryptocurrency	tiền điện tử|tiền mã hóa
exchange rate	tỷ giá

# international organizations and terms
international monetary fund	Quỹ Tiền tệ Quốc tế
world bank	Ngân hàng Thế giới
world trade organization	Tổ chức Thương mại Thế giới
asian development bank	Ngân hàng Phát triển châu Á
unesco	UNESCO
unicef	UNICEF
red cross	Hội Chữ thập đỏ|Chữ thập đỏ
olympic committee	Ủy ban Olympic
belt and road	Vành đai và Con đường
paris agreement	Thỏa thuận Paris
cold war	Chiến tranh Lạnh
world war	Chiến tranh thế giới|thế chiến
second world war	Chiến tranh thế giới thứ hai|Thế chiến II
first world war	Chiến tranh thế giới thứ nhất
communist party	Đảng Cộng sản
state council	Quốc vụ viện
national assembly	Quốc hội
election commission	Ủy ban bầu cử
lok sabha	Hạ viện Ấn Độ
rajya sabha	Thượng viện Ấn Độ
bjp	Đảng Bharatiya Janata
stock exchange	sở giao dịch chứng khoán
sensex	chỉ số Sensex
index	chỉ số

# more verbs
increase sharply	tăng mạnh
surge	tăng vọt
soar	tăng vọt
drop	giảm|sụt|rơi|đánh rơi
plunge	lao dốc|giảm mạnh
jump	nhảy|tăng vọt
exceed	vượt|vượt quá
achieve	đạt được
gain	tăng|đạt được
earn	kiếm|thu được
hire	thuê|tuyển dụng
dismiss	sa thải|bác bỏ
retire	nghỉ hưu|giải nghệ
serve	phục vụ|giữ chức
manage	quản lý
operate	vận hành|hoạt động
control	kiểm soát|điều khiển
govern	cai trị|quản lý
defend	bảo vệ|phòng thủ
shoot	bắn
burn	đốt|cháy|bỏng
repair	sửa chữa
restore	khôi phục
ensure	đảm bảo|bảo đảm
guarantee	đảm bảo|bảo lãnh
prepare	chuẩn bị
ready	sẵn sàng
wait	chờ|đợi|chờ đợi
delay	trì hoãn|chậm trễ
postpone	hoãn
cancel	hủy|hủy bỏ
suspend	đình chỉ|tạm dừng
restrict	hạn chế
limit	giới hạn|hạn chế
block	chặn|phong tỏa
lift	dỡ bỏ|nâng|thang máy|nhấc
remove	loại bỏ|gỡ bỏ
replace	thay thế
compare	so sánh|so với
compared with	so với
count	đếm
calculate	tính toán
predict	dự đoán
analyze	phân tích
analysis	phân tích
monitor	giám sát|theo dõi
check	kiểm tra
inspect	thanh tra|kiểm tra
identify	xác định|nhận dạng
reveal	tiết lộ
disclose	tiết lộ|công bố
hide	che giấu|giấu|trốn|ẩn
escape	trốn thoát
flee	chạy trốn|bỏ chạy
enter	vào|đi vào|nhập
exit	rời khỏi|lối ra
connect	kết nối
link	liên kết|liên quan
relate	liên quan
depend	phụ thuộc
affect	ảnh hưởng
benefit	lợi ích|hưởng lợi
suffer	chịu|bị
face	đối mặt|khuôn mặt|gương mặt
deal with	giải quyết|xử lý
solve	giải quyết
respond	đáp lại|phản hồi
handle	xử lý
convict	kết tội
host	đăng cai|chủ nhà
welcome	chào đón|hoan nghênh
thank	cảm ơn
apologize	xin lỗi
congratulate	chúc mừng
honour	vinh danh|danh dự
mark	đánh dấu
attend	dự|tham dự
gather	tụ tập|tập trung
collect	thu thập
distribute	phân phối|phát
contain	chứa
cover	bao phủ|đưa tin
hit	tấn công|đánh|đâm
trap	mắc kẹt
sink	chìm
drown	chết đuối
take off	cất cánh
sail	đi thuyền|chèo thuyền|đi thuyền buồm|buồm
borrow	vay|mượn
lend	cho vay
owe	nợ
savings	tiết kiệm
deliver	giao|chuyển giao
install	lắp đặt
design	thiết kế
invent	phát minh
graduate	tốt nghiệp
marry	kết hôn|cưới
wedding	đám cưới
divorce	ly hôn
funeral	đám tang|tang lễ

# society, welfare and daily life
gender	giới tính|giới
equality	bình đẳng
inequality	bất bình đẳng
discrimination	phân biệt đối xử
racism	phân biệt chủng tộc
ethnic	dân tộc|sắc tộc
tribe	bộ lạc|bộ tộc
indigenous	bản địa
caste	đẳng cấp
welfare	phúc lợi
social security	an sinh xã hội
allowance	trợ cấp
disability	khuyết tật
disabled	người khuyết tật
orphan	trẻ mồ côi
marriage	hôn nhân
birth rate	tỷ lệ sinh
ageing	già hóa
generation	thế hệ
lifestyle	lối sống
standard of living	mức sống
cost of living	chi phí sinh hoạt
middle class	tầng lớp trung lưu
homelessness	tình trạng vô gia cư
slum	khu ổ chuột
neighbourhood	khu phố|khu dân cư
apartment	căn hộ|chung cư
hospitality	khách sạn|lòng hiếu khách
water supply	cấp nước
sanitation	vệ sinh
toilet	nhà vệ sinh
smart city	thành phố thông minh
urbanization	đô thị hóa
public transport	giao thông công cộng
traffic jam	ùn tắc giao thông|kẹt xe|tắc đường
road accident	tai nạn giao thông
fireworks	pháo hoa
celebration	lễ kỷ niệm|lễ ăn mừng
ceremony	lễ|buổi lễ
parade	diễu hành
festivity	lễ tết
volunteer work	công tác tình nguyện
donation	quyên góp|tiền quyên góp
donate	quyên góp|ủng hộ
activist	nhà hoạt động
trade union	công đoàn
go on strike	đình công
education system	hệ thống giáo dục
literacy	biết chữ|xóa mù chữ
scholarship	học bổng
tuition	học phí
kindergarten	mẫu giáo
primary school	trường tiểu học|tiểu học
secondary school	trường trung học
high school	trung học phổ thông
graduate student	học viên cao học|nghiên cứu sinh
campus	khuôn viên
academic	học thuật
academy	học viện|viện hàn lâm
skill	kỹ năng
training	đào tạo|tập huấn
experience	kinh nghiệm|trải nghiệm
career	sự nghiệp
profession	nghề|nghề nghiệp
police station	đồn cảnh sát|đồn công an
fire brigade	cứu hỏa|lính cứu hỏa
firefighter	lính cứu hỏa
ambulance	xe cứu thương
martyr	liệt sĩ

# more economy, business and technology
e-commerce	thương mại điện tử
online shopping	mua sắm trực tuyến
delivery	giao hàng
logistics	hậu cần|logistics
warehouse	nhà kho|kho
shipping	vận tải biển|vận chuyển
container	container|công-te-nơ
cargo	hàng hóa
freight	vận tải hàng hóa
automobile	ô tô
carmaker	hãng xe|nhà sản xuất ô tô
electric car	ô tô điện|xe điện
charging station	trạm sạc
self-driving	tự lái
steelmaker	nhà sản xuất thép
aluminum	nhôm
mineral	khoáng sản
raw material	nguyên liệu thô
commodity	hàng hóa|hàng hóa cơ bản
bond	trái phiếu
equity	vốn chủ sở hữu|cổ phần
dividend	cổ tức
valuation	định giá
initial public offering	IPO|phát hành lần đầu ra công chúng
listing	niêm yết
listed	niêm yết
trading	giao dịch
trader	thương nhân|nhà giao dịch
merchant	thương nhân
bankrupt	phá sản
layoff	sa thải|cắt giảm nhân sự
pay rise	tăng lương
minimum wage	lương tối thiểu
workforce	lực lượng lao động
productivity	năng suất
competitiveness	năng lực cạnh tranh|sức cạnh tranh
competitor	đối thủ cạnh tranh
monopoly	độc quyền
regulator	cơ quan quản lý
antitrust	chống độc quyền
patent	bằng sáng chế
copyright	bản quyền
intellectual property	sở hữu trí tuệ
economic growth	tăng trưởng kinh tế
foreign investment	đầu tư nước ngoài
foreign exchange	ngoại hối|ngoại tệ
reserve	dự trữ
stimulus	kích thích|gói kích thích
package	gói
bailout	gói cứu trợ
austerity	thắt lưng buộc bụng
price rise	tăng giá
fuel price	giá nhiên liệu|giá xăng
energy transition	chuyển đổi năng lượng
energy security	an ninh năng lượng
power outage	mất điện|cắt điện
blackout	mất điện
energy storage	lưu trữ năng lượng
transmission line	đường dây truyền tải
offshore	ngoài khơi
wind farm	trang trại gió|điện gió
turbine	tua-bin
biofuel	nhiên liệu sinh học
ammonia	amoniac
methane	mê-tan|metan
liquefied natural gas	khí tự nhiên hóa lỏng|khí hóa lỏng
uranium	urani
reactor	lò phản ứng
oilfield	mỏ dầu
investment project	dự án đầu tư
sign an agreement	ký kết thỏa thuận
memorandum of understanding	biên bản ghi nhớ
joint venture	liên doanh
subsidiary	công ty con
conglomerate	tập đoàn
algorithm	thuật toán
cloud computing	điện toán đám mây
chatbot	chatbot
large language model	mô hình ngôn ngữ lớn
machine learning	học máy
virtual reality	thực tế ảo
quantum	lượng tử
5g	mạng thế hệ thứ năm
telecom operator	nhà mạng
cable	cáp
fibre	cáp quang|sợi
data breach	rò rỉ dữ liệu
cybersecurity	an ninh mạng
surveillance	giám sát
misinformation	thông tin sai lệch
fake news	tin giả
censorship	kiểm duyệt
press freedom	tự do báo chí

# more health, body and nature
hospitalize	nhập viện
intensive care	chăm sóc đặc biệt|hồi sức tích cực
recover	hồi phục|bình phục
cure	chữa khỏi
pain	đau|cơn đau
fever	sốt
cough	ho
mask	khẩu trang|mặt nạ
quarantine	cách ly
lockdown	phong tỏa|giãn cách
dose	liều
antibiotic	kháng sinh
clinical trial	thử nghiệm lâm sàng
stroke	đột quỵ
dementia	sa sút trí tuệ
depression	trầm cảm
stress	căng thẳng|nhấn mạnh
suicide	tự tử|tự sát
addiction	nghiện
tobacco	thuốc lá
cigarette	thuốc lá
diet	chế độ ăn
exercise	tập thể dục
insomnia	mất ngủ
eye	mắt
hand	tay|bàn tay
leg	chân
skin	da
bone	xương
lung	phổi
liver	gan
kidney	thận
tooth	răng
dog	chó
cat	mèo
horse	ngựa
cow	bò
pig	lợn|heo
chicken	gà
elephant	voi
tiger	hổ|cọp
lion	sư tử
monkey	khỉ
bear	gấu
panda	gấu trúc
whale	cá voi
shark	cá mập
snake	rắn
crocodile	cá sấu
insect	côn trùng
mosquito	muỗi
bee	ong
livestock	gia súc
vegetation	thực vật
flower	hoa
grass	cỏ
seed	hạt giống
coral	san hô
coral reef	rạn san hô
wetland	đất ngập nước
jungle	rừng rậm
valley	thung lũng
hill	đồi
cave	hang|hang động
rock	đá
sand	cát
stone	đá|viên đá
gold mine	mỏ vàng
wave	sóng|làn sóng|vẫy tay
cloud	mây|đám mây
sky	bầu trời
rainfall	lượng mưa
heavy rain	mưa lớn|mưa to
humidity	độ ẩm
fog	sương mù
smog	khói mù
dust	bụi
haze	khói mù
lightning	sét
thunderstorm	giông bão|dông
frost	sương giá
weather forecast	dự báo thời tiết
meteorological	khí tượng
meteorological department	cơ quan khí tượng
el nino	El Nino|El Niño
ozone	ôzôn|tầng ozone

# more sport
win a match	thắng trận
goalkeeper	thủ môn
striker	tiền đạo
captain	đội trưởng|thuyền trưởng
referee	trọng tài
penalty	phạt đền|hình phạt
half time	hiệp một
draw	hòa|trận hòa|bức vẽ|vẽ
beat	đánh bại|thắng
lose a match	thua|để thua
sports season	mùa giải
transfer	chuyển nhượng|chuyển
sign a contract	ký hợp đồng
world champion	nhà vô địch thế giới
title	danh hiệu|chức vô địch|tiêu đề
runner-up	á quân
qualify	giành quyền|vượt qua vòng loại
qualifier	vòng loại
round	vòng|tròn
quarter-final	tứ kết
group stage	vòng bảng
fifa	FIFA
asian games	Đại hội Thể thao châu Á|ASIAD
sea games	SEA Games
paralympics	Paralympic
runner	vận động viên chạy
swimmer	vận động viên bơi
boxer	võ sĩ quyền anh
wrestling	đấu vật
hockey	khúc côn cầu
volleyball	bóng chuyền
table tennis	bóng bàn
chess	cờ vua
martial arts	võ thuật
muay thai	Muay Thái|quyền Thái
formula one	đua xe công thức
grand prix	Grand Prix
test match	trận đấu test
wicket	wicket
batsman	người đánh bóng
bowler	người ném bóng
innings	lượt

# travel and tourism
holidaymaker	người đi nghỉ
resort	khu nghỉ dưỡng
tour	tour|chuyến tham quan
tour guide	hướng dẫn viên
sightseeing	tham quan|ngắm cảnh
attraction	điểm tham quan|sức hút
landmark	địa danh|biểu tượng
palace	cung điện
castle	lâu đài
fort	pháo đài
tower	tháp
statue	tượng|bức tượng
monument	di tích|đài tưởng niệm
ruins	tàn tích|phế tích
pagoda	chùa|tháp
marketplace	chợ
cuisine	ẩm thực
dish	món|món ăn
street food	đồ ăn đường phố|ẩm thực đường phố
noodle	mì|phở|bún
bread	bánh mì
fruit juice	nước ép
beer	bia
wine	rượu vang
flight delay	chuyến bay bị hoãn
luggage	hành lý
border crossing	cửa khẩu

# arts and entertainment
concert	buổi hòa nhạc|concert
album	album
band	ban nhạc
film director	đạo diễn phim
cinema	rạp chiếu phim|điện ảnh
box office	doanh thu phòng vé|phòng vé
series	loạt|phim bộ
novel	tiểu thuyết
poem	bài thơ|thơ
poet	nhà thơ
painting	bức tranh|tranh|sơn|vẽ
painter	họa sĩ
photography	nhiếp ảnh
photographer	nhiếp ảnh gia
dance	múa|nhảy|khiêu vũ
dancer	vũ công
fashion	thời trang
designer	nhà thiết kế
architecture	kiến trúc
architect	kiến trúc sư
video game	trò chơi điện tử
celebrity	người nổi tiếng
audience	khán giả
viewer	người xem

# more politics, law and security
president-elect	tổng thống đắc cử
head of state	nguyên thủ quốc gia
general secretary	tổng bí thư|tổng thư ký
secretary-general	tổng thư ký
secretary	thư ký|bộ trưởng
secretary of state	ngoại trưởng
chancellor	thủ tướng
speaker	chủ tịch quốc hội|diễn giả
premier	thủ tướng
ruling party	đảng cầm quyền
opposition party	đảng đối lập
general election	tổng tuyển cử
polling station	điểm bỏ phiếu
ballot	lá phiếu
turnout	tỷ lệ cử tri đi bầu
constituency	khu vực bầu cử
impeachment	luận tội
veto	phủ quyết
martial law	thiết quân luật
curfew	lệnh giới nghiêm
dictator	nhà độc tài
dictatorship	chế độ độc tài
junta	chính quyền quân sự
revolution	cách mạng|cuộc cách mạng
uprising	cuộc nổi dậy
civil war	nội chiến
genocide	diệt chủng
massacre	thảm sát
war crime	tội ác chiến tranh
humanitarian	nhân đạo
humanitarian aid	viện trợ nhân đạo
peacekeeping	gìn giữ hòa bình
peace talks	đàm phán hòa bình
prisoner of war	tù binh
landmine	mìn
ammunition	đạn dược
bullet	viên đạn|đạn
explosive	chất nổ
suicide bomber	kẻ đánh bom liều chết
gunman	tay súng
attacker	kẻ tấn công
police chief	cảnh sát trưởng
inquiry	cuộc điều tra
probe	cuộc điều tra
testimony	lời khai
defendant	bị cáo
plaintiff	nguyên đơn
attorney general	tổng chưởng lý
justice ministry	bộ tư pháp
law enforcement	thực thi pháp luật
jury	bồi thẩm đoàn
life sentence	tù chung thân
execution	hành quyết|xử tử
pardon	ân xá
extradition	dẫn độ
deport	trục xuất
border guard	bộ đội biên phòng
coast guard	cảnh sát biển
drug trafficking	buôn bán ma túy
money laundering	rửa tiền
tax evasion	trốn thuế
embezzlement	tham ô
cheating	gian lận
gambling	cờ bạc
cybercrime	tội phạm mạng
scam	lừa đảo
border dispute	tranh chấp biên giới
territorial	lãnh thổ
nuclear test	thử hạt nhân
bilateral	song phương
multilateral	đa phương
strategic	chiến lược
strategy	chiến lược
geopolitical	địa chính trị
superpower	siêu cường
great power	cường quốc
developing country	nước đang phát triển
developed country	nước phát triển
emerging market	thị trường mới nổi
third world	thế giới thứ ba
colony	thuộc địa
colonial	thuộc địa
national security	an ninh quốc gia
public order	trật tự công cộng

# more verbs of news reporting and policy
expand	mở rộng
expansion	mở rộng|sự mở rộng
boost	thúc đẩy|tăng cường
strengthen	tăng cường|củng cố
promote	thúc đẩy|quảng bá
encourage	khuyến khích
attract	thu hút
unveil	công bố|ra mắt
introduce	giới thiệu|đưa ra
implement	thực hiện|triển khai
implementation	việc thực hiện|triển khai
adopt	thông qua|áp dụng
establish	thành lập|thiết lập
set up	thành lập|thiết lập
extend	gia hạn|kéo dài
shrink	thu hẹp
maintain	duy trì
keep	giữ|giữ lại
raise	tăng|nâng|huy động
lower	hạ|giảm|thấp hơn
blame	đổ lỗi
admit	thừa nhận
insist	khẳng định|nhấn mạnh
emphasize	nhấn mạnh
vow	thề|cam kết
condemn	lên án
praise	khen ngợi|ca ngợi
refuse	từ chối
negotiate	đàm phán
withdraw	rút|rút lui
withdrawal	rút quân|rút lui
deploy	triển khai
deployment	triển khai
impose	áp đặt|áp
ease	nới lỏng|giảm bớt
tighten	thắt chặt
reopen	mở cửa trở lại
resume	nối lại|tiếp tục
halt	tạm dừng|ngừng
exist	tồn tại
appear	xuất hiện
emerge	nổi lên|xuất hiện
disappear	biến mất
injure	làm bị thương
struggle	vật lộn|đấu tranh
compete	cạnh tranh|thi đấu
belong	thuộc|thuộc về
seem	dường như|có vẻ

# more nouns of news and policy
stake	cổ phần
deadline	hạn chót|thời hạn
schedule	lịch trình|kế hoạch
agenda	chương trình nghị sự
priority	ưu tiên
progress	tiến bộ|tiến độ
peak	đỉnh|đỉnh điểm|đỉnh núi
trend	xu hướng
figure	con số|nhân vật
phase	giai đoạn
stage	giai đoạn|sân khấu
version	phiên bản
feature	tính năng|đặc điểm
detail	chi tiết
factor	yếu tố
option	lựa chọn|phương án
alternative	thay thế
approach	cách tiếp cận|tiếp cận|đến gần
framework	khuôn khổ
mechanism	cơ chế
facility	cơ sở
tool	công cụ|dụng cụ
item	mặt hàng|món
fee	phí|lệ phí
uncertainty	bất ổn|sự không chắc chắn
confidence	niềm tin|sự tự tin
anger	sự tức giận|phẫn nộ
pride	niềm tự hào
shock	cú sốc|sốc
surprise	bất ngờ|ngạc nhiên

# more adjectives
senior	cấp cao
top	hàng đầu|cao nhất
leading	hàng đầu
acting	quyền
interim	lâm thời|tạm thời
temporary	tạm thời
permanent	vĩnh viễn|thường trực
long-term	dài hạn
short-term	ngắn hạn
unprecedented	chưa từng có
widespread	lan rộng|rộng rãi
nationwide	toàn quốc
worldwide	trên toàn thế giới
civil	dân sự
joint	chung|liên hợp
mutual	lẫn nhau
direct	trực tiếp
potential	tiềm năng
minor	nhỏ|vị thành niên
critical	nguy kịch|quan trọng
urgent	khẩn cấp|cấp bách
crucial	then chốt|cốt yếu
essential	thiết yếu
basic	cơ bản
advanced	tiên tiến
sustainable	bền vững
sustainable development	phát triển bền vững
low-carbon	carbon thấp|phát thải thấp
smart	thông minh
affordable	giá cả phải chăng
stable	ổn định
uncertain	không chắc chắn|bất định
confident	tự tin
optimistic	lạc quan
angry	tức giận
proud	tự hào

# more countries and places
luxembourg	Luxembourg
slovakia	Slovakia
slovenia	Slovenia
bulgaria	Bulgaria
estonia	Estonia
latvia	Latvia
lithuania	Litva
cyprus	Síp
malta	Malta
azerbaijan	Azerbaijan
kyrgyzstan	Kyrgyzstan
tajikistan	Tajikistan
turkmenistan	Turkmenistan
brunei	Brunei
east timor	Đông Timor
papua new guinea	Papua New Guinea
fiji	Fiji
bahrain	Bahrain
rwanda	Rwanda
senegal	Senegal
cameroon	Cameroon
angola	Angola
mozambique	Mozambique
madagascar	Madagascar
zambia	Zambia
mali	Mali
niger	Niger
ecuador	Ecuador
bolivia	Bolivia
paraguay	Paraguay
uruguay	Uruguay
panama	Panama
haiti	Haiti
jamaica	Jamaica
guatemala	Guatemala
caribbean	Caribe|vùng Caribe
balkans	Balkan
scandinavia	Bắc Âu|Scandinavia
siberia	Siberia
crimea	Crimea|Krym
hawaii	Hawaii
alaska	Alaska
new jersey	New Jersey
boston	Boston
seattle	Seattle
las vegas	Las Vegas
miami	Miami
houston	Houston
vancouver	Vancouver
montreal	Montreal
mexico city	Thành phố Mexico
buenos aires	Buenos Aires
sao paulo	São Paulo
lagos	Lagos
johannesburg	Johannesburg
cape town	Cape Town
addis ababa	Addis Ababa
doha	Doha
abu dhabi	Abu Dhabi
manchester	Manchester
liverpool	Liverpool
munich	Munich|München
frankfurt	Frankfurt
milan	Milan
venice	Venice|Venezia
zurich	Zurich
dublin	Dublin
edinburgh	Edinburgh
lisbon	Lisbon|Lisboa
prague	Praha
budapest	Budapest
copenhagen	Copenhagen
oslo	Oslo
helsinki	Helsinki
st petersburg	Saint Petersburg
hokkaido	Hokkaido
okinawa	Okinawa
busan	Busan
kaohsiung	Cao Hùng
inner mongolia	Nội Mông
hainan	Hải Nam
fujian	Phúc Kiến
zhejiang	Chiết Giang
jiangsu	Giang Tô
shandong	Sơn Đông
henan	Hà Nam
hubei	Hồ Bắc
hunan	Hồ Nam
guangxi	Quảng Tây
hebei	Hà Bắc
shenzhen stock exchange	Sở giao dịch chứng khoán Thâm Quyến
can tho	Cần Thơ
nha trang	Nha Trang
phu quoc	Phú Quốc
quang ninh	Quảng Ninh
dong nai	Đồng Nai
binh duong	Bình Dương
khon kaen	Khon Kaen
nakhon ratchasima	Nakhon Ratchasima
ayutthaya	Ayutthaya
krabi	Krabi
koh samui	Koh Samui
songkhla	Songkhla
hat yai	Hat Yai
rayong	Rayong
chao phraya	sông Chao Phraya
isan	Isan
bodh gaya	Bồ Đề Đạo Tràng
goa	Goa
assam	Assam
odisha	Odisha
telangana	Telangana
andhra pradesh	Andhra Pradesh
jharkhand	Jharkhand
uttarakhand	Uttarakhand
himachal pradesh	Himachal Pradesh
haryana	Haryana
chhattisgarh	Chhattisgarh
ladakh	Ladakh
jammu	Jammu
nagpur	Nagpur
indore	Indore
bhopal	Bhopal
chandigarh	Chandigarh
surat	Surat
noida	Noida
gurugram	Gurugram|Gurgaon

# more frequent nouns and verbs
moment	khoảnh khắc|thời điểm
care	chăm sóc|quan tâm
field	lĩnh vực|cánh đồng|sân
voice	tiếng nói|giọng
difference	sự khác biệt|chênh lệch
action	hành động
position	vị trí|chức vụ|lập trường
activity	hoạt động
love	tình yêu|yêu
like	thích
prefer	thích hơn
attention	sự chú ý
choice	sự lựa chọn
ability	khả năng|năng lực
achievement	thành tựu
hero	anh hùng|nhân vật chính
legend	huyền thoại|truyền thuyết
symbol	biểu tượng|ký hiệu
flag	cờ|lá cờ
anthem	quốc ca
signal	tín hiệu
post	bài đăng|chức vụ
independence day	ngày độc lập
national day	quốc khánh|ngày quốc khánh
bring	mang|mang lại|đem|mang theo|đem theo
seek	tìm kiếm
mean	có nghĩa là|nghĩa là|ý nghĩa|nghĩa
stand	đứng
feel	cảm thấy|cảm giác|cảm xúc|tình cảm
catch	bắt
throw	ném
pull	kéo
push	đẩy|thúc đẩy
turn	quay|chuyển
fill	lấp đầy
seize	thu giữ|tịch thu|chiếm
seizure	vụ thu giữ
punish	trừng phạt|xử phạt
punishment	hình phạt
kick	đá
climb	leo|leo núi
dig	đào
feed	cho ăn
wear	mặc|đeo
sing	hát
smile	nụ cười
cry	khóc
laugh	cười
shout	hô|la hét|hét
slogan	khẩu hiệu
doubt	nghi ngờ
rumour	tin đồn
secret	bí mật
mystery	bí ẩn
dream	giấc mơ|ước mơ|mơ
gap	khoảng cách|chênh lệch
edge	rìa|lợi thế
advantage	lợi thế
disadvantage	bất lợi

# irregular English forms (same forms as their lemma)
went	đi
gone	đi
gave	trao|đưa
given	trao|đưa
took	lấy|mất|đưa
taken	lấy|mất|đưa
made	làm|tạo ra
saw	thấy|nhìn thấy|xem
seen	thấy|nhìn thấy|xem
met	gặp|gặp gỡ
left	rời|rời khỏi|để lại|bên trái
got	nhận|có được
held	tổ chức|nắm giữ
led	dẫn đầu|lãnh đạo|dẫn trước
sent	gửi|cử
sold	bán
bought	mua
paid	trả|thanh toán
built	xây dựng|xây|xây xong
began	bắt đầu
begun	bắt đầu
became	trở thành
won	thắng|giành|chiến thắng
lost	mất|thua
fell	giảm|rơi|sụt
fallen	giảm|rơi|sụt
rose	tăng|tăng lên|hoa hồng
risen	tăng|tăng lên
grew	tăng trưởng|phát triển|trồng
grown	tăng trưởng|phát triển|trồng
spoke	nói|phát biểu
wrote	viết
written	viết
chose	chọn|lựa chọn
chosen	chọn|lựa chọn
brought	mang|mang lại|đem
thought	nghĩ|cho rằng
knew	biết
known	biết
ran	chạy|điều hành
flew	bay
drove	lái|lái xe
ate	ăn
fought	chiến đấu|đấu tranh
taught	dạy|giảng dạy
kept	giữ
spent	chi|chi tiêu|dành
heard	nghe|nghe thấy
understood	hiểu
struck	đình công|cuộc tấn công
sank	chìm
shot	bắn
hid	che giấu|giấu
fled	chạy trốn|bỏ chạy
forgot	quên
slept	ngủ|giấc ngủ
drank	uống|đồ uống
dealt	thỏa thuận|thương vụ
sought	tìm kiếm
meant	có nghĩa là|nghĩa là
stood	đứng
felt	cảm thấy
lent	cho vay
men	người đàn ông|nam giới|đàn ông
women	phụ nữ|người phụ nữ|nữ giới
lives	cuộc sống|sự sống|cuộc đời
teeth	răng
feet	feet|bộ|bàn chân

# travel and tourism (general vocabulary)
hostel	nhà nghỉ|ký túc xá
motel	nhà nghỉ|motel
inn	quán trọ
accommodation	chỗ ở|nơi lưu trú
lodging	chỗ trọ|nơi nghỉ
guesthouse	nhà khách|nhà nghỉ
book a room	đặt phòng
reservation	đặt chỗ|đặt trước
reserve a table	đặt bàn
check in	nhận phòng|làm thủ tục
check out	trả phòng
camping	cắm trại|trại|khu cắm trại
campsite	khu cắm trại
campfire	lửa trại
tent	lều|cái lều
sleeping bag	túi ngủ
backpack	ba lô
backpacker	dân phượt|khách ba lô
baggage	hành lý
suitcase	vali
bag	túi|cái túi|giỏ
pack	đóng gói|thu xếp
ticket office	phòng vé|quầy vé
boarding pass	thẻ lên máy bay
round trip	khứ hồi
one way	một chiều
checkpoint	trạm kiểm soát
immigration office	cục xuất nhập cảnh
visa on arrival	thị thực tại cửa khẩu
entry	nhập cảnh|lối vào
entrance	lối vào|cổng vào
way out	lối ra
seaside	bờ biển|ven biển
shore	bờ|bờ biển
bay	vịnh
peninsula	bán đảo
cape	mũi|mũ lưỡi trai
mountain range	dãy núi
slope	sườn dốc|dốc
trail	đường mòn
path	con đường|lối đi
hiking	đi bộ đường dài|leo núi|chuyến đi bộ
trek	chuyến đi bộ|hành trình
hiker	người đi bộ đường dài
climber	nhà leo núi|người leo núi
mountaineering	leo núi
waterfall	thác nước
hot spring	suối nước nóng
stream	suối|dòng suối|dòng
canyon	hẻm núi
gorge	hẻm núi
plateau	cao nguyên
plain	đồng bằng
countryside	nông thôn|vùng quê|miền quê
scenery	phong cảnh|cảnh quan|cảnh đẹp
landscape	phong cảnh|cảnh quan
sightseer	du khách
traveller	du khách|người du lịch|lữ khách
travel agency	công ty du lịch|đại lý du lịch
guidebook	sách hướng dẫn
guide	hướng dẫn viên|hướng dẫn
map	bản đồ
compass	la bàn
souvenir	quà lưu niệm|đồ lưu niệm
postcard	bưu thiếp
vacation	kỳ nghỉ|nghỉ mát
honeymoon	tuần trăng mật
excursion	chuyến tham quan|dã ngoại
picnic	dã ngoại|picnic
adventure	cuộc phiêu lưu|phiêu lưu
explore	khám phá
explorer	nhà thám hiểm
wander	lang thang|dạo
stroll	đi dạo|dạo bộ
passport control	kiểm soát hộ chiếu
customs officer	nhân viên hải quan
foreigner	người nước ngoài
local people	người dân địa phương
native	bản địa|bản xứ
language barrier	rào cản ngôn ngữ
phrasebook	sổ tay hội thoại
translate	dịch|phiên dịch
translation	bản dịch|dịch thuật
translator	phiên dịch viên|dịch giả
interpreter	phiên dịch viên|thông dịch viên
currency exchange	đổi tiền
tip	tiền boa|tiền tip|mẹo
bargain	mặc cả|trả giá|món hời
sunscreen	kem chống nắng
swimsuit	đồ bơi
diving	lặn|lặn biển|nhảy cầu
snorkelling	lặn với ống thở
surfing	lướt sóng
kayak	thuyền kayak|chèo thuyền kayak
cruise	du thuyền
ferry	phà
pier	bến tàu|cầu tàu
harbour	cảng|bến cảng
lighthouse	hải đăng|ngọn hải đăng
canal	kênh|kênh đào
oasis	ốc đảo
dune	cồn cát|đụn cát
ski	trượt tuyết
ski resort	khu trượt tuyết
viewpoint	điểm ngắm cảnh|quan điểm
observation deck	đài quan sát
gallery	phòng trưng bày
art museum	bảo tàng mỹ thuật
zoo	sở thú|vườn thú
aquarium	thủy cung
amusement park	công viên giải trí
theme park	công viên giải trí
botanical garden	vườn bách thảo|vườn thực vật
garden	vườn|khu vườn
square	quảng trường
plaza	quảng trường
old town	phố cổ
old quarter	phố cổ|khu phố cổ
downtown	trung tâm thành phố|nội thành
city centre	trung tâm thành phố
suburb	ngoại ô|ngoại thành
outskirts	vùng ven|ngoại ô
alley	ngõ|hẻm|con hẻm
lane	làn đường|ngõ
avenue	đại lộ
sidewalk	vỉa hè
crossroads	ngã tư
intersection	giao lộ|ngã tư
roundabout	vòng xoay|bùng binh
signpost	biển chỉ dẫn
direction	phương hướng
straight	đi thẳng|thẳng

# home and daily life
dwelling	nơi ở|nhà ở
residence	nơi ở|dinh thự
address	địa chỉ
floor	tầng|sàn|sàn nhà
storey	tầng
upstairs	tầng trên|trên lầu
downstairs	tầng dưới|dưới nhà
stairs	cầu thang
elevator	thang máy
roof	mái nhà|mái
ceiling	trần nhà|trần
door	cửa|cánh cửa|cửa ra vào
window	cửa sổ
gate	cổng
fence	hàng rào|đấu kiếm
yard	sân|sân vườn
courtyard	sân trong
balcony	ban công
kitchen	bếp|nhà bếp
bedroom	phòng ngủ
bathroom	phòng tắm
living room	phòng khách
dining room	phòng ăn
garage	nhà để xe|ga ra
basement	tầng hầm
furniture	đồ nội thất|đồ đạc
bed	giường
table	cái bàn|bảng
chair	ghế
sofa	ghế sofa|ghế sô pha
shelf	kệ
cupboard	tủ|tủ chén
drawer	ngăn kéo
mirror	gương|cái gương
lamp	đèn
lantern	đèn lồng
light bulb	bóng đèn
candle	nến|cây nến
lighter	nhẹ hơn|bật lửa
lightest	nhẹ nhất
switch	công tắc|chuyển
plug	phích cắm
lock	cái khóa
clock	đồng hồ
cook	nấu|nấu ăn|đầu bếp|nấu nướng
chef	đầu bếp
recipe	công thức|công thức nấu ăn
boil	luộc|đun sôi|sôi
fry	chiên|rán
bake	nướng
roast	nướng
grill	nướng
stove	bếp|bếp lò
oven	lò nướng
refrigerator	tủ lạnh
pot	nồi
pan	chảo
plate	đĩa
bowl	bát|chén|tô|ném bóng|bowling
cup	cốc|chén|cúp
glass	kính|thủy tinh|cốc
bottle	chai|lọ
spoon	thìa|muỗng
fork	dĩa|nĩa
knife	dao|con dao
chopsticks	đũa
dress	váy|áo đầm|trang phục
costume	trang phục
uniform	đồng phục
shirt	áo sơ mi|áo
t-shirt	áo phông|áo thun
trousers	quần dài
skirt	váy|chân váy
coat	áo khoác
jacket	áo khoác|áo jacket
sweater	áo len
hat	mũ|nón|ghét|căm ghét|thù hận
shoe	giày
boot	giày bốt
sock	vớ
glove	găng tay
scarf	khăn quàng|khăn
sari	sari
belt	thắt lưng|dây lưng
pocket	túi|túi áo
button	nút|cúc
jewellery	đồ trang sức|trang sức
ring	nhẫn|chiếc nhẫn
necklace	vòng cổ|dây chuyền
umbrella	cái ô
wash	rửa|giặt|tắm
laundry	giặt giũ|giặt là
bathe	tắm
shower	vòi sen|tắm vòi sen|mưa rào
soap	xà phòng|xà bông
towel	khăn tắm|khăn
toothbrush	bàn chải đánh răng
clean up	dọn dẹp|lau chùi
dirty	bẩn|dơ
tidy	gọn gàng|ngăn nắp
sweep	quét|quét nhà
broom	chổi|cái chổi
rubbish	rác|rác thải
trash	rác
bin	thùng rác
housework	việc nhà
chore	việc vặt|việc nhà
neighbor	hàng xóm|láng giềng
roommate	bạn cùng phòng
landlord	chủ nhà
tenant	người thuê nhà
household	hộ gia đình|gia đình
daily life	cuộc sống hằng ngày|đời sống hàng ngày
routine	thói quen|nếp sinh hoạt
habit	thói quen
wake up	thức dậy|tỉnh dậy
get up	dậy|thức dậy
rest	nghỉ ngơi|phần còn lại
relax	thư giãn
bedtime	giờ đi ngủ
breakfast	bữa sáng|ăn sáng|đồ ăn sáng
lunch	bữa trưa|ăn trưa
dinner	bữa tối|ăn tối
meal	bữa ăn|bữa cơm
snack	đồ ăn vặt|món ăn nhẹ
hungry	đói
thirsty	khát
supermarket	siêu thị
shopping mall	trung tâm mua sắm|trung tâm thương mại
bakery	tiệm bánh
pharmacy	hiệu thuốc|nhà thuốc
post office	bưu điện
mail	thư|bưu phẩm
parcel	bưu kiện|gói hàng
gift	quà|món quà|quà tặng
present	quà tặng
invite	mời
invitation	lời mời|thiệp mời
pet	thú cưng|vật nuôi
toy	đồ chơi
hobby	sở thích
leisure	giải trí|thời gian rảnh
free time	thời gian rảnh
toolbox	hộp dụng cụ
hammer	búa
rope	dây thừng|dây
wheel	bánh xe
tyre	lốp|lốp xe
engine	động cơ
motor	động cơ|mô tơ
basket	giỏ
blanket	mền
pillow	gối
curtain	rèm
air conditioner	điều hòa|máy lạnh
heater	máy sưởi
washing machine	máy giặt
reader	độc giả|bạn đọc

# body and health
hair	tóc|lông
nose	mũi
mouth	miệng
tongue	lưỡi
throat	họng|cổ họng
finger	ngón tay
nail	móng tay|đinh
chest	ngực
back	lưng
stomach	dạ dày|bụng
belly	bụng
knee	đầu gối
ankle	mắt cá chân
toe	ngón chân
muscle	cơ bắp
nerve	dây thần kinh|thần kinh
vein	tĩnh mạch
blood vessel	mạch máu
skull	hộp sọ|sọ
skeleton	bộ xương
spine	cột sống|xoay
heartbeat	nhịp tim
breath	hơi thở|thở|hít thở
sweat	mồ hôi|đổ mồ hôi
tear	nước mắt|xé
blind	mù|khiếm thị
deaf	điếc|khiếm thính
bleed	chảy máu
bleeding	chảy máu|xuất huyết
bruise	vết bầm|bầm tím
fracture	gãy xương
headache	đau đầu|nhức đầu
ache	đau|nhức
hurt	đau|bị thương|làm tổn thương
allergy	dị ứng
asthma	hen suyễn|hen
diarrhoea	tiêu chảy
vomit	nôn|ói|nôn mửa
nausea	buồn nôn
dizzy	chóng mặt
tired	mệt|mệt mỏi
fatigue	mệt mỏi|kiệt sức
pill	viên thuốc
tablet	viên thuốc|máy tính bảng
injection	tiêm|mũi tiêm
prescription	đơn thuốc
pharmacist	dược sĩ
dentist	nha sĩ
surgeon	bác sĩ phẫu thuật
operation	ca mổ|phẫu thuật
diagnosis	chẩn đoán
diagnose	chẩn đoán
therapy	liệu pháp|trị liệu
physician	bác sĩ|thầy thuốc
health worker	nhân viên y tế
first aid	sơ cứu
bandage	băng|băng gạc
wheelchair	xe lăn
pregnancy	mang thai|thai kỳ
give birth	sinh con|sinh
immune	miễn dịch
immune system	hệ miễn dịch
hygiene	vệ sinh
contagious	lây|truyền nhiễm
spread	lây lan|lan rộng
heal	chữa lành
painkiller	thuốc giảm đau
fit	khỏe mạnh
fitness	thể dục|thể lực
gym	phòng tập|phòng gym
yoga	yoga
meditation	thiền|thiền định
weight loss	giảm cân
overweight	thừa cân
fat	béo|mỡ|chất béo
thin	gầy|mỏng
tall	cao|câu chuyện|truyện
vitamin	vitamin|vi-ta-min
protein	protein|chất đạm
calorie	calo
asleep	ngủ|đang ngủ
awake	thức|tỉnh táo
alive	còn sống|sống
sense	giác quan|cảm giác|ý nghĩa
smell	mùi|ngửi
taste	nếm|hương vị
touch	chạm|sờ
sight	thị giác|tầm nhìn
sound	âm thanh
noise	tiếng ồn
silence	im lặng|sự im lặng
quiet	yên tĩnh|im lặng|vắng vẻ
loud	ồn ào|lớn tiếng

# nature, animals and plants
leaf	lá cây
branch	cành|nhánh|chi nhánh
root	rễ
trunk	thân cây
bush	bụi cây
moss	rêu
mushroom	nấm
bamboo	tre|trúc
palm tree	cây cọ|cây dừa
pine	cây thông|thông
oak	cây sồi
lotus	hoa sen|sen
bloom	nở|nở hoa
blossom	nở hoa
petal	cánh hoa
wild	hoang dã|hoang
rainforest	rừng mưa|rừng nhiệt đới
mangrove	rừng ngập mặn
swamp	đầm lầy
pond	ao
well	giếng
estuary	cửa sông
delta	đồng bằng châu thổ|châu thổ
tide	thủy triều
horizon	đường chân trời
sunrise	bình minh|mặt trời mọc
sunset	hoàng hôn|mặt trời lặn
sunlight	ánh nắng|ánh mặt trời
shade	bóng râm|bóng mát
shadow	cái bóng
mud	bùn
clay	đất sét
pebble	sỏi
crystal	tinh thể|pha lê
diamond	kim cương
mammal	động vật có vú
reptile	bò sát
wolf	sói|chó sói
deer	hươu|nai
rabbit	thỏ
mouse	chuột
bat	dơi|đánh bóng
camel	lạc đà
donkey	con lừa
goat	dê
sheep	cừu
buffalo	trâu
duck	vịt
goose	ngỗng
eagle	đại bàng
owl	cú mèo
parrot	vẹt
peacock	con công|chim công
crow	quạ
feather	lông vũ
egg	trứng
tail	đuôi
frog	ếch
turtle	rùa
dolphin	cá heo
octopus	bạch tuộc
crab	cua
shrimp	tôm
jellyfish	sứa
butterfly	bướm
spider	nhện
worm	giun
bug	con bọ|lỗi
gorilla	khỉ đột
chimpanzee	tinh tinh
orangutan	đười ươi
giraffe	hươu cao cổ
zebra	ngựa vằn
rhinoceros	tê giác
hippopotamus	hà mã
kangaroo	chuột túi|kangaroo
penguin	chim cánh cụt
wildlife sanctuary	khu bảo tồn
nature reserve	khu bảo tồn
habitat	môi trường sống
ecosystem	hệ sinh thái
ecology	sinh thái|sinh thái học
hunt	săn|săn bắn
hunter	thợ săn
poaching	săn trộm
prey	con mồi
predator	động vật săn mồi|kẻ săn mồi
breed	sinh sản
fur	lông thú
horn	sừng|còi
tusk	ngà
ivory	ngà voi

# weather and seasons
sunny	nắng|có nắng
cloudy	nhiều mây|có mây
rainy	mưa|có mưa
rainy season	mùa mưa
dry season	mùa khô
windy	có gió|gió to
breeze	gió nhẹ|làn gió
gust	gió giật
hail	mưa đá
thunder	sấm|sấm sét
rainbow	cầu vồng
mist	sương mù|sương
dew	sương|giọt sương
freeze	đóng băng|đông cứng|lạnh cóng
melt	tan|tan chảy
cool	mát|mát mẻ
chilly	se lạnh|lạnh
humid	ẩm|ẩm ướt|oi bức
climate zone	đới khí hậu
tropical	nhiệt đới
temperate	ôn đới
polar	địa cực
freezing point	điểm đóng băng
clear sky	trời quang
blizzard	bão tuyết
snowfall	tuyết rơi
avalanche	tuyết lở
sandstorm	bão cát
flash flood	lũ quét

# buildings and places in town
skyscraper	nhà chọc trời|tòa nhà chọc trời
structure	cấu trúc|công trình
hall	hội trường|sảnh
lobby	sảnh|hành lang
corridor	hành lang
cottage	nhà tranh|nhà nhỏ
hut	túp lều|lều
villa	biệt thự
mansion	dinh thự
cathedral	nhà thờ lớn|nhà thờ chính tòa
shrine	miếu|điện thờ
pilgrimage	hành hương
pilgrim	người hành hương
monastery	tu viện
fortress	pháo đài
city wall	tường thành
gateway	cửa ngõ
cemetery	nghĩa trang
tomb	lăng|lăng mộ|mộ
grave	mộ|ngôi mộ
crossing	giao lộ|cửa khẩu|băng qua|vượt qua
park a car	đỗ xe|đậu xe
gas station	trạm xăng|cây xăng
bus stop	trạm xe buýt|bến xe buýt
terminal	nhà ga|bến
subway	tàu điện ngầm
tram	xe điện|tàu điện
taxi	taxi|xe taxi
rickshaw	xích lô
tuk-tuk	xe tuk tuk
scooter	xe tay ga
motorbike	xe máy|xe gắn máy
cyclist	người đi xe đạp
pedestrian	người đi bộ
van	xe tải nhỏ|xe van
lorry	xe tải
helicopter	trực thăng
jet	máy bay phản lực
runway	đường băng
takeoff	cất cánh
onboard	trên tàu|trên máy bay
anchor	mỏ neo|neo
canoe	xuồng
submarine	tàu ngầm
vessel	tàu|tàu thuyền
sailor	thủy thủ
rail	đường sắt
track	đường ray|đường đua
carriage	toa|toa tàu
seat belt	dây an toàn
driving licence	bằng lái|giấy phép lái xe
speed limit	giới hạn tốc độ
traffic light	đèn giao thông|đèn đỏ
commute	đi lại|đi làm
commuter	người đi làm
ride	cưỡi|chạy xe
overtake	vượt|vượt qua
depart	khởi hành|rời
departure	khởi hành|xuất phát
arrival	đến nơi
change trains	chuyển tiếp|đổi tàu
timetable	lịch trình|thời gian biểu
on time	đúng giờ

# food and drink
eat out	ăn ngoài
food stall	quán ăn|gánh hàng
cafe	quán cà phê
bar	quán bar|quán rượu
menu	thực đơn
waiter	người phục vụ|bồi bàn
order food	gọi món
tasty	ngon|ngon miệng
delicious	ngon|thơm ngon
sweet	ngọt
sour	chua
salty	mặn
spicy	cay
bitter	đắng
fresh	tươi|tươi sống
raw	sống|thô
salt	muối
pepper	hạt tiêu|ớt
chili	ớt
spice	gia vị
garlic	tỏi
onion	hành tây
ginger	gừng
cooking oil	dầu ăn
butter	bơ
cheese	phô mai
yogurt	sữa chua
cream	kem
ice cream	kem
cake	bánh ngọt|bánh kem
cookie	bánh quy
chocolate	sô cô la
candy	kẹo
honey	mật ong
jam	mứt
soup	súp|canh
curry	cà ri
salad	salad|rau trộn|gỏi
sandwich	bánh mì kẹp|bánh sandwich
pizza	pizza
cooked rice	cơm
fried rice	cơm chiên|cơm rang
dumpling	bánh bao|sủi cảo
flour	bột|bột mì
corn	ngô|bắp
potato	khoai tây
tomato	cà chua
carrot	cà rốt
cabbage	bắp cải
bean	đậu
lentil	đậu lăng
tofu	đậu phụ|đậu hũ
peanut	đậu phộng|lạc
apple	táo
banana	chuối
mango	xoài
orange	quả cam
grape	nho
lemon	chanh
coconut	dừa
pineapple	dứa
watermelon	dưa hấu
durian	sầu riêng
beef	thịt bò
pork	thịt lợn|thịt heo
mutton	thịt cừu|thịt dê
seafood	hải sản
vegetarian	ăn chay|người ăn chay
vegan	thuần chay
juice	nước ép
soft drink	nước ngọt
drinking water	nước uống
liquor	rượu
beverage	đồ uống|thức uống
noodle soup	phở|bún
pho	phở
sushi	sushi
bite	cắn|miếng
swallow	nuốt
chew	nhai

# science, education and knowledge
lesson	bài học
lecture	bài giảng
course	khóa học|môn học
subject	môn|môn học|chủ đề
homework	bài tập về nhà
classroom	lớp học|phòng học
pupil	học sinh
educate	giáo dục|có học|được giáo dục
alphabet	bảng chữ cái
grammar	ngữ pháp
vocabulary	từ vựng
dictionary	từ điển
paragraph	đoạn văn
article	bài báo|bài viết
essay	bài luận|tiểu luận
thesis	luận văn|luận án
encyclopedia	bách khoa toàn thư
textbook	sách giáo khoa
notebook	vở|sổ tay
pen	bút
pencil	bút chì
blackboard	bảng đen
principal	hiệu trưởng
lecturer	giảng viên
scholar	học giả
intelligent	thông minh
clever	thông minh|khéo léo
wise	khôn ngoan
wisdom	sự khôn ngoan|trí tuệ
stupid	ngu ngốc|ngu
mind	tâm trí|đầu óc
memory	trí nhớ|ký ức|bộ nhớ
concept	khái niệm
principle	nguyên tắc|nguyên lý
hypothesis	giả thuyết
observe	quan sát
observation	quan sát
prove	chứng minh
proof	bằng chứng|chứng cứ
formula	công thức
equation	phương trình
calculation	tính toán|phép tính
sample	mẫu
microscope	kính hiển vi
element	nguyên tố|yếu tố
oxygen	ô xy|oxy
nitrogen	nitơ
chemical	hóa chất|hóa học
liquid	chất lỏng
solid	chất rắn|rắn
electron	electron|điện tử
radiation	bức xạ
magnet	nam châm
electric current	dòng điện
voltage	điện áp
biologist	nhà sinh vật học
physicist	nhà vật lý
chemist	nhà hóa học
mathematician	nhà toán học
geography	địa lý
geology	địa chất
philosophy	triết học
philosopher	nhà triết học|triết gia
psychology	tâm lý học|tâm lý
sociology	xã hội học
linguistics	ngôn ngữ học
literature	văn học
archaeology	khảo cổ|khảo cổ học
archaeologist	nhà khảo cổ
medical science	y học
computer science	khoa học máy tính
organism	sinh vật
microbe	vi sinh vật
solar system	hệ mặt trời
comet	sao chổi
asteroid	tiểu hành tinh
meteor	sao băng
eclipse	nhật thực|nguyệt thực
light year	năm ánh sáng
observatory	đài thiên văn
research paper	bài báo khoa học
journal	tạp chí
diameter	đường kính
circle	vòng tròn|hình tròn
triangle	tam giác|hình tam giác
shape	hình dạng
surface	bề mặt
layer	lớp
core	lõi|cốt lõi

# sport and games
sportsman	vận động viên
ball	quả bóng|trái bóng
kick off	giao bóng
pitch	sân cỏ|sân
net	lưới
racket	vợt
tennis player	tay vợt
footballer	cầu thủ
spectator	khán giả
cheer	cổ vũ|reo hò
skate	trượt băng
wrestler	đô vật
archery	bắn cung
gymnastics	thể dục dụng cụ
weightlifting	cử tạ
rugby	bóng bầu dục
baseball	bóng chày
handball	bóng ném
kabaddi	kabaddi
practice	luyện tập|thực hành|thực tiễn
warm up	khởi động
injury time	bù giờ|thời gian bù giờ
extra time	hiệp phụ
loser	người thua|kẻ thua cuộc
scoreboard	bảng điểm
trophy	cúp|chiếc cúp
league table	bảng xếp hạng
ranking	xếp hạng|thứ hạng|hạng
fastest	nhanh nhất
faster	nhanh hơn
stronger	mạnh hơn
strongest	mạnh nhất
puzzle	câu đố
card	thẻ|lá bài
dice	xúc xắc
kite	diều

# arts, music and entertainment
colour	màu|màu sắc
sculpture	điêu khắc|tác phẩm điêu khắc
sculptor	nhà điêu khắc
carving	chạm khắc
craft	thủ công|nghề thủ công
craftsman	thợ thủ công|nghệ nhân
pottery	đồ gốm|gốm
silk	lụa|tơ lụa
masterpiece	kiệt tác
artwork	tác phẩm nghệ thuật
work of art	tác phẩm
instrument	nhạc cụ|dụng cụ
guitar	đàn guitar|ghi-ta
piano	đàn piano|dương cầm
drum	trống
violin	vĩ cầm|violin
flute	sáo
orchestra	dàn nhạc
choir	dàn hợp xướng
melody	giai điệu
rhythm	nhịp điệu|nhịp
lyrics	lời bài hát
composer	nhà soạn nhạc
opera	nhạc kịch|opera
drama	kịch|phim truyền hình
perform	biểu diễn|trình diễn
performance	buổi biểu diễn|màn trình diễn|hiệu suất
comedy	hài kịch|hài
joke	trò đùa|chuyện cười
character	nhân vật|tính cách
heroine	nữ anh hùng|nữ chính
scene	hiện trường
plot	cốt truyện|âm mưu
fairy tale	truyện cổ tích
myth	thần thoại
mythology	thần thoại
poetry	thơ|thơ ca
fiction	tiểu thuyết|hư cấu
comic	truyện tranh
cartoon	phim hoạt hình|tranh biếm họa
animation	hoạt hình
documentary	phim tài liệu
broadcast	phát sóng
entertainment	giải trí
fun	vui|niềm vui
boring	nhàm chán|chán

# history and the past
historian	nhà sử học
historical	lịch sử
dynasty	triều đại
reign	triều|trị vì
kingdom	vương quốc
ruler	người cai trị|vua
conquer	chinh phục
conquest	cuộc chinh phục
warrior	chiến binh
knight	hiệp sĩ
sword	kiếm|thanh kiếm
slave	nô lệ
slavery	chế độ nô lệ
civilization	nền văn minh|văn minh
era	thời đại|kỷ nguyên
medieval	trung cổ|thời trung cổ
prehistoric	tiền sử
archaeological site	di chỉ khảo cổ
artifact	hiện vật|cổ vật
relic	di vật|di tích|xá lợi
ancestor	tổ tiên
descendant	hậu duệ|con cháu
heir	người thừa kế
throne	ngai vàng
crown	vương miện
independence movement	phong trào độc lập
founded	thành lập
centuries-old	hàng thế kỷ
ancient city	thành cổ|cố đô

# emotions and character
emotion	cảm xúc
joy	niềm vui|vui mừng
happiness	hạnh phúc
glad	vui|vui mừng
pleased	hài lòng|vui lòng|xin|làm ơn
cheerful	vui vẻ
excited	hào hứng|phấn khích|thú vị|hấp dẫn
sadness	nỗi buồn
sorrow	nỗi buồn|đau buồn
grief	đau buồn|tiếc thương
mourn	thương tiếc|để tang
weep	khóc
lonely	cô đơn
loneliness	sự cô đơn
afraid	sợ|sợ hãi
scared	sợ|hoảng sợ
frightened	hoảng sợ
terrible	khủng khiếp|kinh khủng|tồi tệ
horrible	kinh khủng
fearful	sợ hãi
brave	dũng cảm|can đảm
courage	lòng dũng cảm|can đảm
calm	bình tĩnh|yên bình
nervous	lo lắng|hồi hộp
anxious	lo âu|lo lắng
anxiety	lo âu|sự lo lắng
upset	buồn bã|khó chịu
annoyed	bực mình|khó chịu
furious	giận dữ
rage	cơn giận|thịnh nộ
disappointed	thất vọng
disappointment	sự thất vọng
despair	tuyệt vọng
embarrassed	xấu hổ|ngượng
shame	xấu hổ|nhục
guilt	cảm giác tội lỗi
jealous	ghen tị|ghen
envy	ghen tị
dislike	không thích
enjoy	thưởng thức|tận hưởng|thích
admire	ngưỡng mộ|khâm phục
respect	tôn trọng|kính trọng
grateful	biết ơn
gratitude	lòng biết ơn
kindness	lòng tốt|sự tử tế
gentle	dịu dàng|hiền
cruel	tàn nhẫn|tàn ác
polite	lịch sự
rude	thô lỗ
honest	trung thực|thật thà
honesty	sự trung thực
lazy	lười|lười biếng
patience	sự kiên nhẫn
curious	tò mò
curiosity	sự tò mò
shy	nhút nhát|ngại ngùng
lucky	may mắn
luck	vận may|may mắn
unlucky	không may|xui xẻo
unfortunately	thật không may|không may
fortunately	may mắn thay|may thay
mood	tâm trạng
passion	đam mê|niềm đam mê
desire	mong muốn|khát vọng
wish	mong|chúc
sympathy	cảm thông|thông cảm
compassion	lòng trắc ẩn|từ bi
loyal	trung thành
loyalty	lòng trung thành
satisfied	hài lòng
satisfaction	sự hài lòng
comfortable	thoải mái|dễ chịu
uncomfortable	khó chịu|không thoải mái
amazing	tuyệt vời|đáng kinh ngạc
wonderful	tuyệt vời
excellent	xuất sắc|tuyệt vời
great	vĩ đại|tuyệt vời|lớn
nice	đẹp|tốt|dễ thương
lovely	đáng yêu|dễ thương
ugly	xấu|xấu xí
pretty	xinh|xinh đẹp|khá
handsome	đẹp trai
attractive	hấp dẫn|thu hút
charming	quyến rũ|duyên dáng
romantic	lãng mạn
kiss	nụ hôn
lover	người yêu
girlfriend	bạn gái
boyfriend	bạn trai

# verbs of motion
go out	ra ngoài|đi ra
come back	trở về|quay về|quay lại
go back	quay lại|trở lại
go home	về nhà
rush	vội vàng|lao tới
hurry	vội|nhanh lên
slip	trượt|trượt chân
stand up	đứng|đứng dậy
lean	nghiêng
bend	uốn|cúi
pass by	đi qua|đi ngang qua
go through	đi qua|trải qua
head towards	hướng về|tiến về
towards	về phía|hướng về
float	trôi
flow	chảy|dòng chảy
pour	đổ|rót
shake	lắc|rung
slide	trượt
point out	chỉ ra

# verbs of perception and thought
notice	nhận thấy|để ý|thông báo
recognize	nhận ra|công nhận
realize	nhận ra|hiểu ra
imagine	tưởng tượng
wonder	tự hỏi|kỳ quan
guess	đoán
suppose	giả sử|cho rằng
assume	giả định|cho rằng
disagree	không đồng ý|bất đồng
listen	nghe|lắng nghe
sound like	nghe có vẻ
look like	trông giống|trông như

# verbs of communication
chat	trò chuyện|tán gẫu
conversation	cuộc trò chuyện|hội thoại
greet	chào|chào hỏi|lời chào
hello	xin chào|chào
goodbye	tạm biệt
sorry	xin lỗi
whisper	thì thầm
scream	hét lên|la hét
advise	khuyên|khuyến cáo
advice	lời khuyên
persuade	thuyết phục
argue	tranh luận|cãi nhau|lập luận
argument	cuộc tranh cãi|lập luận
quarrel	cãi nhau
debate	tranh luận|cuộc tranh luận
inform	thông báo|báo tin
notify	thông báo
introduction	giới thiệu|lời giới thiệu
repeat	lặp lại|nhắc lại
pronounce	phát âm
spell	đánh vần
note down	ghi chép|ghi lại
print	in ấn

# verbs of daily action
shut	đóng cửa
fix	sửa|sửa chữa
break	phá|làm vỡ|vỡ|gãy
tear down	phá dỡ|phá bỏ
tie up	trói
hang	treo
grab	chộp|túm|giành
take away	mang đi|lấy đi
put	đặt
pick up	nhặt|đón
drop off	thả
fill up	đổ đầy|lấp đầy
empty out	làm trống
mix	trộn|pha trộn|hỗn hợp
cut up	cắt
look for	tìm|tìm kiếm
find out	phát hiện|tìm ra|biết được
stay overnight	ở lại qua đêm|nghỉ đêm
rent out	cho thuê
sell out	bán hết

# comparatives and superlatives (English forms the stemmer does not reach)
bigger	lớn hơn|to hơn
biggest	lớn nhất
larger	lớn hơn|rộng hơn
largest	lớn nhất
smaller	nhỏ hơn
smallest	nhỏ nhất
higher	cao hơn
highest	cao nhất
lowest	thấp nhất
longer	dài hơn|lâu hơn
longest	dài nhất
shorter	ngắn hơn
shortest	ngắn nhất
older	lớn tuổi hơn|cũ hơn
oldest	lâu đời nhất|già nhất|cổ nhất
younger	trẻ hơn
youngest	trẻ nhất
newer	mới hơn
newest	mới nhất
heavier	nặng hơn
heaviest	nặng nhất
hotter	nóng hơn
hottest	nóng nhất
colder	lạnh hơn
coldest	lạnh nhất
warmer	ấm hơn
cheaper	rẻ hơn
cheapest	rẻ nhất
more expensive	đắt hơn
easier	dễ hơn|dễ dàng hơn
easiest	dễ nhất
harder	khó hơn
closer	gần hơn
closest	gần nhất
farther	xa hơn
further	xa hơn|thêm|hơn nữa
earlier	trước đó|sớm hơn
earliest	sớm nhất
richer	giàu hơn
richest	giàu nhất
poorest	nghèo nhất
greater	lớn hơn|nhiều hơn
greatest	vĩ đại nhất|lớn nhất
wider	rộng hơn
deeper	sâu hơn
deepest	sâu nhất
tallest	cao nhất
busiest	bận rộn nhất|đông đúc nhất
safest	an toàn nhất
safer	an toàn hơn
most popular	phổ biến nhất|được ưa chuộng nhất
most important	quan trọng nhất
least	ít nhất
fewer	ít hơn

# common adjectives
wide	rộng
narrow	hẹp|chật hẹp
deep	sâu
shallow	cạn
thick	dày
dense	dày đặc|rậm rạp
flat	bằng phẳng|phẳng
steep	dốc|dốc đứng
smooth	trơn|suôn sẻ|mịn
rough	gồ ghề|thô ráp
soft	mềm|mềm mại
bright	sáng sủa|rực rỡ
shiny	bóng loáng|sáng bóng
colourful	sặc sỡ|đầy màu sắc
brown	nâu|màu nâu
grey	xám|màu xám
pink	màu hồng
purple	tím|màu tím
golden	vàng|màu vàng
busy	bận|bận rộn|đông đúc
lively	sôi động|nhộn nhịp
peaceful	yên bình|hòa bình|thanh bình
pleasant	dễ chịu|thú vị
convenient	thuận tiện|tiện lợi
inconvenient	bất tiện
useful	hữu ích|có ích
useless	vô dụng|vô ích
helpful	hữu ích|có ích
suitable	phù hợp|thích hợp
proper	thích đáng|đúng đắn
exact	chính xác
accurate	chính xác
certain	chắc chắn|nhất định
obvious	rõ ràng|hiển nhiên
strange	lạ|kỳ lạ
odd	kỳ quặc|lẻ
familiar	quen thuộc|quen
foreign language	ngoại ngữ
native language	tiếng mẹ đẻ
typical	điển hình|tiêu biểu
ordinary	bình thường|thông thường
regular	thường xuyên|định kỳ
frequent	thường xuyên
constant	liên tục|không đổi
partial	một phần
extra	thêm|bổ sung
additional	bổ sung|thêm
enough	đủ
plenty	nhiều|dồi dào
alone	một mình
separate	riêng|riêng biệt
quick	nhanh|mau
rapid	nhanh chóng
sudden	đột ngột|bất ngờ
gradual	dần dần|từ từ
gradually	dần dần
slowly	chậm rãi|từ từ
suddenly	đột nhiên|bỗng nhiên
immediately	ngay lập tức|lập tức|ngay
directly	trực tiếp
easily	dễ dàng
carefully	cẩn thận|kỹ lưỡng
careful	cẩn thận
completely	hoàn toàn
totally	hoàn toàn
mostly	phần lớn|chủ yếu
mainly	chủ yếu
probably	có lẽ|có thể
perhaps	có lẽ|có thể
maybe	có lẽ|có thể
certainly	chắc chắn
definitely	chắc chắn
really	thực sự|thật sự
actually	thực ra|trên thực tế
indeed	quả thật|thực vậy
quite	khá|tương đối
rather	khá|thay vì
too much	quá nhiều
extremely	cực kỳ|vô cùng
simply	đơn giản
merely	đơn thuần
exactly	chính xác|đúng
instead	thay vào đó|thay vì
otherwise	nếu không
anyway	dù sao|dẫu sao
besides	ngoài ra|bên cạnh đó
moreover	hơn nữa|ngoài ra
thus	do đó|vì vậy|như vậy
despite	mặc dù|bất chấp
unless	trừ khi
either	hoặc
everywhere	khắp nơi|mọi nơi
somewhere	đâu đó|ở đâu đó
anywhere	bất cứ đâu
nowhere	không nơi nào
everyone	mọi người
someone	ai đó|một người
nobody	không ai
everything	mọi thứ|tất cả
something	điều gì đó|cái gì đó
nothing	không có gì
thing	đồ vật

# aspect, modality and frequency
yet	chưa|vẫn chưa
not yet	chưa|vẫn chưa
ever	từng|bao giờ|từ trước đến nay
used to	từng|đã từng
just now	vừa mới
about to	sắp|sắp sửa
eventually	cuối cùng|rốt cuộc
at last	cuối cùng
forever	mãi mãi|vĩnh viễn
rarely	hiếm khi
seldom	ít khi|hiếm khi
occasionally	thỉnh thoảng|đôi khi
generally	nói chung|thông thường
normally	thông thường|bình thường
able	có khả năng
unable	không thể
cannot	không thể
have to	phải|buộc phải
forbidden	cấm|bị cấm
unlikely	khó có thể|không chắc

# people, family and work
grandfather	ông nội|ông ngoại
grandmother	bà nội|bà ngoại
grandchild	cháu
uncle	cậu
aunt	dì|thím
cousin	anh họ|chị họ|em họ
relative	họ hàng|người thân
twin	sinh đôi
couple	cặp đôi|vợ chồng
bride	cô dâu
groom	chú rể
teenager	thiếu niên|thanh thiếu niên
adult	người lớn|người trưởng thành
kid	đứa trẻ|trẻ con
infant	trẻ sơ sinh
gentleman	quý ông
lady	quý bà|phụ nữ
stranger	người lạ
guest of honour	khách quý
colleague	đồng nghiệp
boss	ông chủ|sếp
office worker	nhân viên văn phòng
salesman	nhân viên bán hàng
shopkeeper	chủ cửa hàng
vendor	người bán hàng
fisherman	ngư dân
carpenter	thợ mộc
mechanic	thợ máy|thợ sửa xe
labourer	người lao động
servant	người hầu
guard	bảo vệ|lính canh
cleaner	lao công|người dọn dẹp
tailor	thợ may
barber	thợ cắt tóc
baker	thợ làm bánh
priest	linh mục|thầy tu
nun	nữ tu|ni cô
job interview	phỏng vấn xin việc
meeting room	phòng họp
desk	bàn làm việc
task	nhiệm vụ|công việc
busyness	bận rộn

# time expressions
noon	buổi trưa|trưa
midnight	nửa đêm
dawn	bình minh|rạng sáng
dusk	hoàng hôn|chạng vạng
tonight	tối nay
this morning	sáng nay
last night	đêm qua|tối qua
day after tomorrow	ngày kia
nowadays	ngày nay|hiện nay
lifetime	cả đời|suốt đời
childhood	tuổi thơ|thời thơ ấu
old age	tuổi già
duration	thời gian|khoảng thời gian
instant	tức thì|ngay lập tức

# materials and objects
cotton	bông|vải bông
wool	len
leather	da|đồ da
rubber	cao su
brick	gạch
concrete	bê tông
marble	đá cẩm thạch
granite	đá granite
timber	gỗ
tile	ngói|gạch men
thread	sợi chỉ
wire	dây điện|dây
pipe	ống|đường ống
ladder	thang
gadget	thiết bị
object	vật thể|đồ vật

# geography and land
hillside	sườn đồi
highlands	vùng cao|cao nguyên
lowland	vùng trũng|đồng bằng
continent	lục địa|châu lục
mainland	đất liền
archipelago	quần đảo
equator	xích đạo
hemisphere	bán cầu
latitude	vĩ độ
altitude	độ cao
villager	dân làng
city dweller	người dân thành phố
county	huyện|quận
`;
