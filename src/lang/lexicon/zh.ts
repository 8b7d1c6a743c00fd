// Chinese (simplified; common traditional variants)–English core lexicon for the sentence aligner (issue 4): a few thousand of the most frequent
// words and short terms of general news text (politics, economy, business, energy and climate, science, health,
// sport, travel, culture, disasters, law, technology, places, calendar, units), grouped by theme.
// Written for xalign from general knowledge of news vocabulary; not derived from any evaluation data.
// Format (see docs/lexicon-format.md): one entry per line, `english<TAB>form1|form2|…`;
// '#' lines are comments. The English side is a lower-case lemma or short phrase.
// Simplified script. Single-character forms (国, 党, 雪) are matched by the aligner only as whole Intl.Segmenter tokens. Small number words are left to the facts engine.
export default `
# politics and government
government	政府
governmental	政府的
state	国家|州|邦|指出|称
country	国家|国
nation	国家|民族
national	全国|国家|国立
international	国际
global	全球|全世界
world	世界|全世界
president	总统|主席
vice president	副总统|副主席
prime minister	总理|首相
minister	部长|大臣
ministry	部|部委
deputy	副
cabinet	内阁
parliament	议会|国会
congress	国会|大会
senate	参议院
senator	参议员
lawmaker	议员|立法者
member of parliament	议员
assembly	议会|大会
council	理事会|委员会
committee	委员会
commission	委员会
election	选举|大选
vote	投票|选票
voter	选民
candidate	候选人
campaign	竞选|运动|活动
party	党|政党|派对|聚会
political party	政党
politics	政治
political	政治
politician	政治家|政客
leader	领导人|领袖|领导
leadership	领导|领导层
opposition	反对派|反对党|反对
democracy	民主
democratic	民主
republic	共和国
republican	共和党|共和党人
democrat	民主党|民主党人
communist	共产党|共产主义
socialist	社会主义
conservative	保守|保守党
liberal	自由派|自由党
king	国王|王
queen	女王|王后
prince	王子
princess	公主
royal	王室|皇家
monarchy	君主制
emperor	皇帝
empire	帝国
governor	州长|总督|行长
mayor	市长
chief minister	首席部长
official	官员|官方
officially	正式
authority	当局|权力|机构
authorities	当局
administration	政府|行政|管理
agency	机构|署|局
department	部门|部|系
office	办公室|办事处|办公厅
spokesman	发言人
spokesperson	发言人
ambassador	大使
embassy	大使馆
consulate	领事馆
diplomat	外交官
diplomatic	外交
diplomacy	外交
foreign	外国|对外|国外|外来
foreign minister	外交部长|外长
foreign affairs	外交事务
foreign ministry	外交部
domestic	国内
interior	内政|内部
home minister	内政部长
finance minister	财政部长
defence minister	国防部长
policy	政策|方针
reform	改革
law	法律|法
bill	法案|账单
legislation	立法|法规
constitution	宪法
constitutional	宪法
regulation	法规|规定|监管
rule	规则|规定|统治
sovereignty	主权
independence	独立
independent	独立
freedom	自由
rights	权利|右边|右侧|右
human rights	人权
citizen	公民
citizenship	公民身份|国籍
people	人|人们|人民
public	公众|公共|公开
population	人口
society	社会
social	社会
community	社区|社会|群体
protest	抗议|示威
protester	抗议者|示威者
demonstration	示威|演示
rally	集会
strike	罢工|袭击
crisis	危机
summit	峰会|首脑会议|山顶|峰顶
conference	会议|大会
meeting	会议|会见|会晤
talks	会谈|谈判
negotiation	谈判
agreement	协议|协定
treaty	条约
deal	交易|协议
sanction	制裁
ban	禁止|禁令
alliance	联盟
ally	盟友
coalition	联盟|联合政府
union	联盟|工会
federal	联邦
federation	联合会|联邦
province	省
provincial	省级
district	区|地区|县
region	地区|区域
regional	地区|区域
local	当地|地方|本地
city	城市|市
town	镇|城镇
village	村|村庄
capital	首都|资本|资金
municipal	市政
border	边境|边界|国界
territory	领土|国土
immigration	移民
immigrant	移民
migrant	移民|外来务工
refugee	难民
asylum	庇护
visa	签证
passport	护照
referendum	公投|全民公决
majority	多数
minority	少数|少数民族
seat	席位|座位
term	任期|术语
resign	辞职
resignation	辞职
appoint	任命
elect	选举|当选
win election	赢得选举|胜选
coup	政变
regime	政权
power	权力|力量|电力
corruption	腐败|贪腐
scandal	丑闻
propaganda	宣传
statement	声明|发言
announcement	公告|宣布
press conference	新闻发布会|记者会

# economy and finance
economy	经济
economic	经济
economist	经济学家
economics	经济学
growth	增长|成长
development	发展|开发
recession	衰退|经济衰退
inflation	通胀|通货膨胀
deflation	通缩|通货紧缩
interest rate	利率
interest	利息|兴趣|利益|有趣|有意思
rate	率|利率|速度|老鼠
price	价格|价
cost	成本|费用
expensive	昂贵|贵
cheap	便宜|廉价
market	市场
stock market	股市|股票市场
stock	股票|股|库存
share	股份|股票|份额|分享|占比|比例
shareholder	股东
investor	投资者|投资人
investment	投资
invest	投资|投入
bank	银行
central bank	央行|中央银行
reserve bank	储备银行
banking	银行业
finance	金融|财政
financial	金融|财务|财政
fiscal	财政
budget	预算
tax	税|税收|税款
taxpayer	纳税人
tariff	关税
duty	关税|职责|责任|义务|值班
customs	海关
revenue	收入|营收|税收
income	收入
profit	利润|盈利
loss	亏损|损失
debt	债务
loan	贷款
credit	信贷|信用
deficit	赤字
surplus	盈余|顺差
currency	货币
money	钱|资金|货币
cash	现金
fund	基金|资金
funding	资金|资助|融资
asset	资产
wealth	财富
rich	富有|富|丰富
poor	贫穷|穷|贫困
poverty	贫困
salary	工资|薪水
wage	工资
pension	养老金|退休金
employment	就业
unemployment	失业
job	工作|职位|岗位
worker	工人|员工|劳动者
employee	员工|雇员|职工
employer	雇主
labour	劳动|劳工
trade	贸易|交易
trade war	贸易战
export	出口|出口到
import	进口
exporter	出口国|出口商
goods	商品|货物
product	产品
production	生产|产量
output	产量|产出
produce	生产|产生
supply	供应
demand	需求|要求
supply chain	供应链
consumer	消费者
consumption	消费|消耗
spending	支出|开支|消费
sale	销售|销量
sell	卖|出售|销售
buy	买|购买|收购
purchase	购买|采购
pay	支付|付|付钱
payment	付款|支付
subsidy	补贴
grant	拨款|赠款
aid	援助
industry	工业|产业|行业
industrial	工业
sector	部门|行业|领域
manufacturing	制造业
manufacturer	制造商|厂商
factory	工厂|厂
plant	工厂|电厂|植物|种植|栽
agriculture	农业
agricultural	农业
farmer	农民
farm	农场
crop	作物|庄稼
harvest	收获|收成
rice	大米|米|水稻|稻米
wheat	小麦
food	食品|食物|粮食
food security	粮食安全
fishing	渔业|捕鱼
mining	采矿|矿业
mine	矿|矿山|地雷
tourism	旅游业|旅游
tourist	游客|旅客
real estate	房地产
property	房产|财产|物业
housing	住房
rent	租金|房租
insurance	保险
gross domestic product	国内生产总值
quarter	季度|四分之一
annual	年度|每年
fiscal year	财年|财政年度
forecast	预测|预报
estimate	估计|预计
target	目标
goal	目标|进球|球门
plan	计划|规划
project	项目|工程
scheme	计划|方案
program	项目|计划|节目|程序
infrastructure	基础设施
construction	建设|建筑|施工
build	建|建设|建造|建成
recovery	复苏|恢复
crash	崩盘|坠毁
bankruptcy	破产
rise	上涨|增长|上升|升至|增至|升起|起来
increase	增加|提高|增长
decrease	减少|下降
fall	下降|下跌|跌|摔倒|跌倒|倒下
decline	下降|下滑
reduce	减少|降低
cut	削减|切|砍|可爱
double	翻倍|两倍|双
triple	三倍
record	纪录|记录|创纪录|录制
level	水平|级别|水位
total	总|总计|共|全面
average	平均|一般
percent	百分之|百分点
value	价值|值
worth	价值

# business and companies
company	公司|企业
business	商业|企业|业务|生意
businessman	商人|企业家
entrepreneur	企业家
enterprise	企业
firm	公司
group	集团|组|群体
corporation	公司|集团
state-owned	国有|国营
private	私营|私人|民营
public sector	公共部门
private sector	私营部门|私营企业
chief executive	首席执行官|总裁
director	主任|董事|导演
chairman	主席|董事长
board	董事会|委员会|登上|登机|上船
manager	经理
management	管理|管理层
owner	所有者|业主|老板
founder	创始人
partner	伙伴|合作伙伴
partnership	合作|伙伴关系
cooperation	合作
cooperate	合作
merger	合并
acquisition	收购
acquire	收购
contract	合同|合约
customer	客户|顾客
client	客户
service	服务
brand	品牌
retail	零售
wholesale	批发
store	商店|门店
shop	商店|店|购物|买东西
restaurant	餐厅|饭店|餐馆
hotel	酒店|宾馆|饭店|旅馆
startup	初创企业|初创公司
billionaire	亿万富翁
millionaire	百万富翁
advertising	广告
report	报告|报道
data	数据
statistics	统计|数据|统计学
survey	调查
poll	民调|民意调查

# technology
technology	技术|科技
technical	技术
tech	科技
internet	互联网|网络|因特网
online	在线|网上
website	网站
computer	电脑|计算机
software	软件
hardware	硬件
phone	电话|手机
smartphone	智能手机
mobile	移动|手机
app	应用|应用程序|软件
application	申请|应用
network	网络
digital	数字|数码
data center	数据中心
artificial intelligence	人工智能
robot	机器人
chip	芯片
semiconductor	半导体
electronics	电子
electronic	电子
device	设备|装置
machine	机器
equipment	设备
system	系统|体系|制度
platform	平台|站台|月台
social media	社交媒体
user	用户
account	账户|帐户|账号
password	密码
cyber attack	网络攻击
hacker	黑客
security	安全|保安
privacy	隐私
satellite	卫星
innovation	创新
invention	发明
inventor	发明家
engineer	工程师
engineering	工程
telecommunications	电信
broadband	宽带
video	视频
camera	相机|摄像头|摄像机
photo	照片|图片
image	图像|形象|图片
screen	屏幕
battery	电池
code	代码|编码
program code	程序
search engine	搜索引擎
email	电子邮件|邮件
message	信息|消息|短信
information	信息|资料
research	研究
researcher	研究人员|研究者

# energy
energy	能源|能量
electricity	电力|电
power plant	发电厂|电厂|电站
power station	发电站|电站
grid	电网
oil	石油|油
crude oil	原油
gas	天然气|气体|燃气
natural gas	天然气
petrol	汽油
diesel	柴油
fuel	燃料
fossil fuel	化石燃料
coal	煤|煤炭
nuclear	核|核能
nuclear power	核电|核能
renewable	可再生
renewable energy	可再生能源
solar	太阳能
solar power	太阳能
solar panel	太阳能电池板
wind	风
wind power	风能|风电
hydropower	水电
dam	大坝|水坝
hydrogen	氢|氢气|氢能
green hydrogen	绿氢
green	绿色|绿
clean energy	清洁能源
clean	清洁|干净|打扫|清扫
pipeline	管道
refinery	炼油厂
electric vehicle	电动汽车|电动车
electric	电动|电
capacity	容量|能力|产能
efficiency	效率

# climate and environment
climate	气候
climate change	气候变化
global warming	全球变暖
environment	环境
environmental	环境|环保
emission	排放
carbon	碳
carbon dioxide	二氧化碳
greenhouse gas	温室气体
net zero	净零
carbon neutrality	碳中和
pollution	污染
air pollution	空气污染
waste	废物|垃圾
plastic	塑料
recycling	回收
forest	森林
deforestation	森林砍伐
tree	树|树木
nature	自然|大自然
natural	自然|天然
wildlife	野生动物
species	物种|种
animal	动物
bird	鸟|鸟类
fish	鱼|鱼类
biodiversity	生物多样性
extinction	灭绝
endangered	濒危
conservation	保护
protect	保护|保障
water	水|浇水|灌溉
ocean	海洋|大洋
sea	海|大海
sea level	海平面
river	河|江|河流
lake	湖
mountain	山|山脉
island	岛|岛屿
coast	海岸|沿海
beach	海滩|沙滩|海滨
desert	沙漠
land	土地|陆地|降落|着陆
soil	土壤
air	空气
weather	天气
temperature	温度|气温
heat	热|高温
heatwave	热浪
cold	冷|寒冷|感冒
rain	雨|降雨
monsoon	季风
snow	雪
ice	冰|冰块
glacier	冰川
season	季节|赛季
summer	夏天|夏季
winter	冬天|冬季
spring	春天|春季|泉水|温泉
autumn	秋天|秋季
drought	干旱|旱灾

# science and space
science	科学
scientific	科学
scientist	科学家
study	研究|学习|研究了|读书
experiment	实验
discovery	发现
discover	发现
theory	理论
evidence	证据
physics	物理|物理学
chemistry	化学
mathematics	数学
astronomy	天文学
space	太空|空间
universe	宇宙
planet	行星
earth	地球
moon	月球|月亮
sun	太阳
mars	火星
star	星|恒星|明星|盯着|凝视
galaxy	星系|银河
rocket	火箭
astronaut	宇航员|航天员
launch	发射|推出
spacecraft	航天器|宇宙飞船
space station	空间站
mission	任务|使命
orbit	轨道
telescope	望远镜
gravity	引力|重力
atom	原子
molecule	分子
cell	细胞
gene	基因
dna	脱氧核糖核酸
fossil	化石
dinosaur	恐龙
evolution	进化
laboratory	实验室
biology	生物学

# health and medicine
health	健康|卫生
healthcare	医疗|医疗保健
public health	公共卫生
medical	医疗|医学
medicine	药|药物|医学
drug	药物|药品|毒品
doctor	医生|医师
nurse	护士
patient	患者|病人|耐心
hospital	医院
clinic	诊所
disease	疾病|病
illness	疾病|病
sick	生病|病
infection	感染
infected	感染
virus	病毒
bacteria	细菌
pandemic	大流行|疫情
epidemic	流行病|疫情
outbreak	爆发|疫情
coronavirus	冠状病毒|新冠病毒
covid	新冠
vaccine	疫苗
vaccination	接种|疫苗接种
test	检测|测试|考试
treatment	治疗
treat	治疗
symptom	症状
cancer	癌症|癌
diabetes	糖尿病
heart	心脏|心
heart attack	心脏病发作
brain	大脑|脑
blood	血|血液
body	身体|尸体
mental health	心理健康
malaria	疟疾
tuberculosis	结核病
flu	流感
bird flu	禽流感
obesity	肥胖
smoking	吸烟
alcohol	酒精|酒
surgery	手术
injury	伤|受伤
injured	受伤|伤者
wounded	受伤|伤口|创伤
death	死亡
dead	死|死亡
die	死亡|死|去世|逝世
kill	杀|杀死|致死|杀害
killed	死亡|遇难|丧生
victim	受害者|遇难者
survivor	幸存者
survive	幸存|生存
life	生命|生活
life expectancy	预期寿命
birth	出生
born	出生
pregnant	怀孕
nutrition	营养
hunger	饥饿
famine	饥荒
medication	药物
pharmaceutical	制药|医药
world health organization	世界卫生组织|世卫组织

# disasters and accidents
disaster	灾难|灾害
natural disaster	自然灾害
earthquake	地震
tsunami	海啸
flood	洪水|洪灾
landslide	山体滑坡|滑坡
storm	风暴|暴风雨
hurricane	飓风
typhoon	台风
cyclone	气旋
tornado	龙卷风
volcano	火山
eruption	喷发
fire	火|火灾|解雇|开除
wildfire	山火|野火
explosion	爆炸
blast	爆炸
accident	事故
collision	撞车|相撞
collapse	倒塌|崩溃
rescue	救援|营救
rescuer	救援人员
emergency	紧急|紧急情况
state of emergency	紧急状态
evacuate	疏散|撤离
evacuation	疏散|撤离
missing	失踪|想念|思念
damage	损害|破坏|损失
destroy	摧毁|破坏
destruction	破坏|毁灭
relief	救济|赈灾
shelter	避难所|庇护
warning	警告|预警
alert	警报|警戒
risk	风险
danger	危险
dangerous	危险
safe	安全|平安
safety	安全
magnitude	级|震级
epicentre	震中
aftershock	余震
toll	死亡人数
death toll	死亡人数
homeless	无家可归

# law, crime and justice
court	法院|法庭|球场
supreme court	最高法院
high court	高等法院
judge	法官|判断
justice	正义|司法
judicial	司法
lawyer	律师
prosecutor	检察官
trial	审判|审理|试验
case	案件|案例|病例
hearing	听证会|审理|听力|听觉
verdict	判决|裁决
ruling	裁决|裁定
sentence	判处|刑期|句子
sentenced	被判|判处
prison	监狱
jail	监狱|入狱
prisoner	囚犯|犯人
death penalty	死刑
fine	罚款|好
crime	犯罪|罪行
criminal	罪犯|犯罪|刑事
police	警方|警察
police officer	警察|警官
arrest	逮捕|拘留
suspect	嫌疑人|嫌犯|怀疑
accused	被告|被指控
charge	指控|罪名|费用|起诉
allegation	指控|指称
accuse	指责|指控
guilty	有罪
innocent	无辜|无罪
investigation	调查
investigate	调查|调查了
investigator	调查人员
witness	证人|目击者
murder	谋杀|杀人
murderer	凶手|杀人犯
shooting	枪击|射击
gun	枪|枪支
weapon	武器
theft	盗窃
robbery	抢劫
fraud	欺诈|诈骗
bribery	贿赂|受贿
smuggling	走私
trafficking	贩卖|走私
violence	暴力
violent	暴力
abuse	虐待|滥用
rape	强奸
kidnapping	绑架
hostage	人质
terrorism	恐怖主义
terrorist	恐怖分子
attack	袭击|攻击
bomb	炸弹
lawsuit	诉讼
sue	起诉|控告
appeal	上诉|呼吁
legal	法律|合法
illegal	非法
order	命令|订单|秩序|订购
warrant	逮捕令
bail	保释
release	释放|发布|放
detain	拘留|扣押
custody	拘留|羁押

# military and conflict
war	战争
military	军队|军事
army	陆军|军队
navy	海军
air force	空军
soldier	士兵|军人
troops	部队|军队
force	部队|力量
defence	国防|防御
security forces	安全部队
fighting	战斗|冲突
fight	战斗|打
battle	战役|战斗
conflict	冲突
dispute	争端|纠纷|争议
tension	紧张|紧张局势
peace	和平
ceasefire	停火
invasion	入侵
occupation	占领|职业
missile	导弹
drone	无人机
tank	坦克
warship	军舰|战舰
fighter jet	战斗机
nuclear weapon	核武器
airstrike	空袭
rebel	叛军|反叛者
militant	武装分子
armed	武装|手臂|胳膊|臂
civilian	平民
casualty	伤亡
general	将军|一般|总|普遍
commander	指挥官
veteran	老兵|资深
victory	胜利
defeat	失败|击败
threat	威胁
threaten	威胁
intelligence	情报|智能|智力|智慧
spy	间谍
nato	北约
united nations	联合国
security council	安理会|安全理事会
european union	欧盟|欧洲联盟

# common verbs (reporting, action, change)
say	说|表示|称
said	说|表示|称
tell	告诉|说|讲述|讲
told	告诉|说
speak	讲|说话|发言|说
talk	谈|谈话
ask	问|要求|询问|提问
answer	回答|答案
reply	答复|回复
announce	宣布
declare	宣布|宣告
confirm	证实|确认
deny	否认
reject	拒绝|驳回
accept	接受
agree	同意|赞同
approve	批准|通过
support	支持
oppose	反对
criticize	批评
criticism	批评
warn	警告
urge	敦促|呼吁
call for	呼吁
promise	承诺|答应
pledge	承诺|誓言
commit	承诺|致力
commitment	承诺
claim	声称|索赔
believe	相信|认为
think	认为|想
know	知道|了解
understand	理解|了解
learn	学习|学
teach	教|教授|教学
see	看|看到|看见
look	看|看着
watch	观看|看|手表
hear	听|听到
show	显示|表明|节目|演出
find	发现|找到
found	发现|成立|创立
search	搜索|寻找
go	去|走
come	来
arrive	抵达|到达
leave	离开
return	返回|回到|归还
travel	旅行|出行
visit	访问|参观|拜访|游览
meet	会见|见面|会晤|相遇
move	移动|搬
send	发送|派遣|寄
receive	收到|获得|接受
get	得到|获得
give	给|提供|给予
take	拿|采取|需要
make	做|制造|使
do	做|进行
use	使用|用|利用
need	需要|需求|须
want	想|想要|希望
hope	希望
expect	预计|预期|期待
try	尝试|努力|试图
help	帮助|协助
work	工作|劳动
start	开始|启动
begin	开始
end	结束|末
finish	完成|结束
complete	完成|完整|全部
continue	继续
stop	停止|阻止
close	关闭|接近|密切
open	开放|开|打开|开幕
change	变化|改变|变革
create	创造|创建
develop	开发|发展|研制
improve	改善|提高
grow	增长|种植|栽培
lose	失去|输|丢|丢失
win	赢|获胜|赢得|胜利
play	玩|踢|打|参加比赛|戏剧|话剧
pass	通过
allow	允许|准许
prevent	防止|阻止|预防
cause	原因|导致|造成
lead	领导|导致|领先
follow	跟随|遵循|跟着
join	加入|参加
take part	参加|参与
participate	参与|参加
include	包括
remain	仍然|保持|遗骸|遗迹|残骸
stay	停留|留
live	生活|居住|直播|住|住在
call	打电话|称为|叫|称作
write	写|写下
read	读|阅读
publish	发表|出版|发布
sign	签署|签|迹象|标志|招牌|标牌
choose	选择
decide	决定
decision	决定
happen	发生
occur	发生
become	成为
reach	达到|到达
hold	举行|举办|持有|握|拿着|抱
organize	组织|举办
event	活动|事件
spend	花|花费|度过
save	拯救|节省
provide	提供
offer	提供|提议
propose	提议|提出
proposal	提案|建议
suggest	建议|表明
recommend	建议|推荐
require	要求|需要
consider	考虑|认为|思考
discuss	讨论|商量
discussion	讨论
describe	描述|形容
explain	解释
mention	提到
add	补充|增加|添加
note	指出|注意
measure	措施|测量
step	步骤|措施
carry	携带|运载|搬|扛
fly	飞|飞行|苍蝇
drive	驾驶|开车
run	跑|运行|经营|奔跑|跑步
walk	走|步行|散步|走路
eat	吃
drink	喝|饮料
sleep	睡觉|睡眠
pray	祈祷
celebrate	庆祝
remember	记得|纪念
forget	忘记

# people and family
man	男子|男人|男性
woman	女子|女人|女性|妇女
child	儿童|孩子|小孩
children	儿童|孩子们
boy	男孩
girl	女孩
baby	婴儿
family	家庭|家人|家族
father	父亲|爸爸
mother	母亲|妈妈
parent	父母|家长
son	儿子
daughter	女儿
brother	兄弟|哥哥|弟弟
sister	姐妹|姐姐|妹妹
husband	丈夫
wife	妻子|太太
friend	朋友
neighbour	邻居|邻国
youth	青年|年轻人
young	年轻
old	老|旧|岁
elderly	老年人|老人
age	年龄|岁|时代
year old	岁
person	人|人士
human	人类|人
resident	居民
crowd	人群|群众|拥挤
fan	粉丝|球迷|风扇|电扇
volunteer	志愿者
expert	专家
professor	教授
teacher	教师|老师
student	学生
journalist	记者
reporter	记者
writer	作家
author	作者
artist	艺术家
actor	演员
actress	女演员
singer	歌手
musician	音乐家
player	球员|选手|玩家
athlete	运动员
coach	教练
pilot	飞行员
driver	司机|驾驶员
passenger	乘客
crew	机组|船员

# education
education	教育
school	学校
university	大学
college	学院
class	课|班|阶级
exam	考试
degree	学位|度
knowledge	知识
language	语言|语
english language	英语|英文
book	书|书籍|预订|订房
library	图书馆

# culture, arts and religion
culture	文化
cultural	文化
art	艺术
music	音乐
song	歌曲|歌
film	电影|影片
movie	电影
television	电视|电视机
radio	广播|电台
newspaper	报纸|报
news	新闻|消息
media	媒体
magazine	杂志
museum	博物馆
exhibition	展览
festival	节|节日|艺术节
holiday	假期|节假日
theatre	剧院|戏剧
history	历史
historic	历史性|历史
heritage	遗产
world heritage	世界遗产
tradition	传统
traditional	传统
religion	宗教
religious	宗教
god	上帝|神
church	教堂|教会
temple	寺庙|庙
mosque	清真寺
buddhist	佛教|佛教徒
buddhism	佛教
islam	伊斯兰教
muslim	穆斯林
christian	基督徒|基督教
hindu	印度教|印度教徒
pope	教皇|教宗
monk	僧侣|和尚

# sport
sport	体育|运动
football	足球
soccer	足球
cricket	板球
tennis	网球
basketball	篮球
golf	高尔夫
badminton	羽毛球
boxing	拳击|盒子|箱子|箱
swimming	游泳|游
athletics	田径
race	比赛|赛跑|种族
marathon	马拉松
cycling	自行车
olympics	奥运会|奥运
world cup	世界杯
championship	锦标赛
champion	冠军
tournament	比赛|锦标赛
match	比赛
game	比赛|游戏
team	队|球队|团队
club	俱乐部
league	联赛
final	决赛|最后|最终
semi-final	半决赛
medal	奖牌
gold medal	金牌
silver	银|银牌
bronze	铜牌|铜
gold	黄金|金
stadium	体育场|球场
score	得分|比分|进球
point	分|点
prize	奖|奖项
award	奖|奖项
nobel prize	诺贝尔奖
competition	竞争|比赛
opponent	对手

# transport and travel
transport	交通|运输
traffic	交通|流量
road	道路|路|公路
highway	高速公路|公路
street	街|街道
bridge	桥|大桥|桥梁
tunnel	隧道
railway	铁路
train	火车|列车|培训|训练
high-speed rail	高铁
metro	地铁
station	站|车站
bus	公交车|巴士|公共汽车
car	汽车|车
vehicle	车辆
truck	卡车
motorcycle	摩托车
bicycle	自行车
plane	飞机
aircraft	飞机|航空器
flight	航班|飞行
airport	机场
airline	航空公司
aviation	航空
ship	船|船只|舰|运送
boat	船|小船
port	港口|港
journey	旅程
trip	旅行|行程
ticket	票|门票|机票
route	路线|航线
destination	目的地
visitor	游客|访客
guest	客人|嘉宾
park	公园|停车|停车场
national park	国家公园

# time and calendar
time	时间|时候|次
day	天|日
week	周|星期|礼拜
month	月|个月
year	年
decade	十年|年代
century	世纪
hour	小时|钟头
minute	分钟
second	秒|第二
today	今天|今日
yesterday	昨天|昨日
tomorrow	明天|明日
morning	早上|上午|早晨
afternoon	下午
evening	晚上|傍晚
night	夜|晚上|夜间
weekend	周末
date	日期
calendar	日历
period	期间|时期
future	未来|将来
past	过去
last year	去年
next year	明年
this year	今年
last week	上周
next week	下周
anniversary	周年|纪念日
january	一月
february	二月
march	三月
april	四月
may	五月
june	六月
july	七月
august	八月
september	九月
october	十月
november	十一月
december	十二月
monday	星期一|周一
tuesday	星期二|周二
wednesday	星期三|周三
thursday	星期四|周四
friday	星期五|周五
saturday	星期六|周六
sunday	星期日|星期天|周日
new year	新年
lunar new year	春节|农历新年
christmas	圣诞节|圣诞
early	早|初|早期
late	晚|末|后期|晚点|延误|迟到
recently	最近|近日|近来|近期
now	现在|目前
currently	目前|当前
already	已经|已
soon	很快|不久
again	再|再次|又
ago	前|以前
later	后来|之后|稍后|以后
during	期间
since	自从|以来
until	直到
before	之前|以前
after	之后|以后|后
daily	每天|每日|日报
weekly	每周
monthly	每月

# countries and nationalities
india	印度
indian	印度|印度人
china	中国
chinese	中国|中国人|中文|华人
united states	美国
america	美国|美洲
american	美国|美国人
united kingdom	英国
britain	英国
british	英国|英国人
england	英格兰
english	英语|英文|英格兰
scotland	苏格兰
wales	威尔士|墙|墙壁|城墙
ireland	爱尔兰
france	法国
french	法国|法语|法国人
germany	德国
german	德国|德语|德国人
italy	意大利
italian	意大利|意大利人
spain	西班牙
spanish	西班牙|西班牙语
portugal	葡萄牙
portuguese	葡萄牙|葡萄牙语
netherlands	荷兰
dutch	荷兰
belgium	比利时
switzerland	瑞士
swiss	瑞士
austria	奥地利
sweden	瑞典
swedish	瑞典
norway	挪威
denmark	丹麦
finland	芬兰
iceland	冰岛
poland	波兰
polish	波兰
czech	捷克
hungary	匈牙利
romania	罗马尼亚
greece	希腊
greek	希腊|希腊语
turkey	土耳其
turkish	土耳其
russia	俄罗斯|俄国
russian	俄罗斯|俄|俄语
ukraine	乌克兰
ukrainian	乌克兰
belarus	白俄罗斯
serbia	塞尔维亚
croatia	克罗地亚
europe	欧洲
european	欧洲|欧洲人
japan	日本
japanese	日本|日本人|日语
korea	韩国|朝鲜
south korea	韩国
north korea	朝鲜
korean	韩国|朝鲜|韩语
taiwan	台湾|臺灣
hong kong	香港
macau	澳门
mongolia	蒙古
vietnam	越南
vietnamese	越南|越南人|越南语
thailand	泰国
thai	泰国|泰国人|泰语
cambodia	柬埔寨
laos	老挝
myanmar	缅甸
malaysia	马来西亚
singapore	新加坡
indonesia	印度尼西亚|印尼
philippines	菲律宾
asia	亚洲
asian	亚洲
southeast asia	东南亚
asean	东盟
pakistan	巴基斯坦
pakistani	巴基斯坦
bangladesh	孟加拉国|孟加拉
nepal	尼泊尔
sri lanka	斯里兰卡
bhutan	不丹
maldives	马尔代夫
afghanistan	阿富汗
iran	伊朗
iranian	伊朗
iraq	伊拉克
syria	叙利亚
israel	以色列
israeli	以色列
palestine	巴勒斯坦
palestinian	巴勒斯坦
gaza	加沙
lebanon	黎巴嫩
jordan	约旦
saudi arabia	沙特阿拉伯|沙特
arab	阿拉伯
arabic	阿拉伯语
united arab emirates	阿联酋|阿拉伯联合酋长国
qatar	卡塔尔
kuwait	科威特
yemen	也门
oman	阿曼
middle east	中东
egypt	埃及
egyptian	埃及
libya	利比亚
morocco	摩洛哥
algeria	阿尔及利亚
tunisia	突尼斯
sudan	苏丹
ethiopia	埃塞俄比亚
kenya	肯尼亚
nigeria	尼日利亚
ghana	加纳
south africa	南非
somalia	索马里
congo	刚果
uganda	乌干达
tanzania	坦桑尼亚
zimbabwe	津巴布韦
africa	非洲
african	非洲
canada	加拿大
canadian	加拿大
mexico	墨西哥
mexican	墨西哥
brazil	巴西
brazilian	巴西
argentina	阿根廷
chile	智利
peru	秘鲁
colombia	哥伦比亚
venezuela	委内瑞拉
cuba	古巴
latin america	拉丁美洲|拉美
south america	南美洲|南美
north america	北美洲|北美
australia	澳大利亚|澳洲
australian	澳大利亚|澳洲
new zealand	新西兰
antarctica	南极洲|南极
arctic	北极
pacific	太平洋
atlantic	大西洋
indian ocean	印度洋
south china sea	南海|南中国海
mediterranean	地中海
himalaya	喜马拉雅山|喜马拉雅
kazakhstan	哈萨克斯坦
uzbekistan	乌兹别克斯坦
georgia	格鲁吉亚|佐治亚
armenia	亚美尼亚
east	东|东部
west	西|西部|西方
north	北|北部
south	南|南部
northeast	东北
northwest	西北
southeast	东南
southwest	西南
central	中部|中央
western	西方|西部
eastern	东部|东方
northern	北部|北方
southern	南部|南方

# cities and regions
new delhi	新德里
delhi	德里
mumbai	孟买
kolkata	加尔各答
chennai	金奈
bengaluru	班加罗尔
hyderabad	海得拉巴
ahmedabad	艾哈迈达巴德
pune	浦那
jaipur	斋浦尔
lucknow	勒克瑙
patna	巴特那
varanasi	瓦拉纳西
agra	阿格拉
kashmir	克什米尔
uttar pradesh	北方邦
maharashtra	马哈拉施特拉邦
bihar	比哈尔邦
gujarat	古吉拉特邦
rajasthan	拉贾斯坦邦
punjab	旁遮普
kerala	喀拉拉邦
tamil nadu	泰米尔纳德邦
west bengal	西孟加拉邦
karnataka	卡纳塔克邦
madhya pradesh	中央邦
ganges	恒河
beijing	北京
shanghai	上海
guangzhou	广州
shenzhen	深圳
wuhan	武汉
chengdu	成都
chongqing	重庆
hangzhou	杭州
tianjin	天津
nanjing	南京
xian	西安
tibet	西藏
xinjiang	新疆
guangdong	广东
yunnan	云南
sichuan	四川
yangtze	长江
mekong	湄公河
hanoi	河内
ho chi minh city	胡志明市
saigon	西贡
da nang	岘港
hai phong	海防
hue	顺化
ha long bay	下龙湾
bangkok	曼谷
chiang mai	清迈
phuket	普吉岛|普吉
pattaya	芭提雅
chiang rai	清莱
tokyo	东京
osaka	大阪
kyoto	京都
hiroshima	广岛
fukushima	福岛
seoul	首尔
pyongyang	平壤
taipei	台北
manila	马尼拉
jakarta	雅加达
bali	巴厘岛
kuala lumpur	吉隆坡
phnom penh	金边
vientiane	万象
yangon	仰光
dhaka	达卡
kathmandu	加德满都
colombo	科伦坡
islamabad	伊斯兰堡
karachi	卡拉奇
lahore	拉合尔
kabul	喀布尔
tehran	德黑兰
baghdad	巴格达
damascus	大马士革
jerusalem	耶路撒冷
tel aviv	特拉维夫
dubai	迪拜
riyadh	利雅得
mecca	麦加
istanbul	伊斯坦布尔
ankara	安卡拉
cairo	开罗
moscow	莫斯科
kyiv	基辅
london	伦敦
paris	巴黎
berlin	柏林
rome	罗马
madrid	马德里
barcelona	巴塞罗那
brussels	布鲁塞尔
geneva	日内瓦
vienna	维也纳
amsterdam	阿姆斯特丹
athens	雅典
warsaw	华沙
stockholm	斯德哥尔摩
new york	纽约
washington	华盛顿
los angeles	洛杉矶
san francisco	旧金山
chicago	芝加哥
california	加州|加利福尼亚
texas	得克萨斯|德州
florida	佛罗里达
silicon valley	硅谷
toronto	多伦多
sydney	悉尼
melbourne	墨尔本
rio de janeiro	里约热内卢
nairobi	内罗毕
white house	白宫
kremlin	克里姆林宫
pentagon	五角大楼
wall street	华尔街

# adjectives
new	新|新的
big	大|大型
large	大|大型|大规模
small	小|小型
huge	巨大|拥抱
high	高
low	低
long	长|长期
short	短
fast	快|快速
slow	慢|缓慢
good	好|良好
bad	坏|差|糟糕
best	最好|最佳
better	更好
worst	最糟|最差|最严重
worse	更糟|恶化
important	重要
major	主要|重大
main	主要
key	关键|钥匙
serious	严重|认真
severe	严重|严峻
strong	强|强大|强烈
weak	弱|疲软|虚弱
powerful	强大|强有力
possible	可能
impossible	不可能
likely	可能|有望
real	真正|真实
true	真|真实
false	假|虚假
fake	假|虚假
correct	正确
wrong	错误|错
same	相同|同样
different	不同
similar	类似|相似
various	各种|各
special	特殊|特别
specific	具体|特定
common	常见|共同
popular	受欢迎|流行
famous	著名|有名
well-known	知名
difficult	困难|难
easy	容易|简单
simple	简单
hard	难|硬|努力
free	免费|自由
full	全|满|完全|吃饱
empty	空
whole	整个|全部
entire	整个
only	只|唯一|仅|仅仅
first	第一|首|首次|首先
last	最后|上|去
next	下|下一个|明
previous	上一|以前|此前
former	前|前任
current	目前|当前|现任
modern	现代
ancient	古代|古老
recent	最近|近期
latest	最新
personal	个人
happy	快乐|高兴
sad	难过|悲伤
beautiful	美丽|漂亮
hot	热|炎热
warm	温暖
dry	干燥|干
wet	湿
heavy	重|大
light	轻|光|灯光|灯|光线
dark	黑暗|暗
black	黑|黑色
white	白|白色
red	红|红色
blue	蓝|蓝色
yellow	黄|黄色
sure	确定|肯定
clear	清楚|明确
necessary	必要
available	可用|可获得
effective	有效
successful	成功
success	成功
failure	失败
fail	失败|未能
positive	积极|正面|阳性
negative	消极|负面|阴性
large number	大量
many	许多|很多|多
few	少数|几|很少
several	几|数
most	大多数|最
more	更多|更
less	更少|少于
all	所有|全部|都
every	每|每个
each	每|各
other	其他|其它|别的
own	自己|拥有
urban	城市
rural	农村
remote	偏远|远程
nearby	附近
far	远|票价|车费
normal	正常
unusual	不寻常
rare	罕见|稀有
unique	独特|唯一
sharp increase	大幅增长
sharp	急剧|大幅|锋利|尖
significant	显著|重大
massive	大规模|巨大
equal	平等|相等
fair	公平
healthy	健康

# adverbs and connectives with alignment signal
however	然而|但是|不过
but	但|但是|而
because	因为
therefore	因此|所以
although	虽然|尽管
if	如果
while	而|同时|虽然
almost	几乎|将近
about	大约|约|关于
nearly	近|将近|几乎
approximately	大约|约
more than	超过|以上|多
less than	不到|少于|以下
at least	至少
up to	多达|高达
still	仍|仍然|还|依然|依旧
even	甚至
together	一起|共同
never	从未|从不|永远不|从来没有|绝不
always	总是|一直|始终
often	经常|常常
sometimes	有时
usually	通常
especially	特别是|尤其
quickly	迅速|很快
finally	最终|终于
together with	与|和
according to	据|根据
without	没有|无
within	以内|之内
between	之间
against	反对|对
across	全|横跨
around	周围|左右|大约
near	附近|靠近
outside	外|外面|以外
inside	内|里面
abroad	国外|海外

# general nouns of news text
problem	问题
issue	问题|议题
question	问题|疑问|质疑
situation	情况|局势|形势
condition	条件|状况
result	结果|成果
effect	影响|效果
impact	影响|冲击
influence	影响
reason	原因|理由
purpose	目的
idea	想法|主意|理念
opinion	意见|看法
view	观点|看法|景色
way	方式|方法|道路
method	方法
process	过程|进程|流程
part	部分
side	方|一方|边
area	地区|面积|领域
place	地方|地点
site	地点|现场|网站|坐
home	家
house	房子|房屋|众议院
building	建筑|大楼|楼|楼房|建筑物|大厦
room	房间|室
world record	世界纪录
name	名字|名称|名叫|名为|叫做
number	数量|数字|号码
amount	数额|数量|金额
size	大小|规模|尺寸
scale	规模
proportion	比例
half	一半|半
third	第三|三分之一
one quarter	四分之一
fact	事实
truth	真相|真理
in history	史上
story	故事|报道
word	词|字|话
letter	信|字母
document	文件
list	名单|清单|列表
example	例子|例如
kind	种|类型|善良|友善|和蔼
type	类型|种类|打字|输入
form	形式|表格
model	模型|模式|型号
quality	质量|品质
standard	标准
access	获取|进入|接入
opportunity	机会
chance	机会|可能性
challenge	挑战
solution	解决方案|解决办法
effort	努力
role	作用|角色|滚|滚动
responsibility	责任
responsible	负责
relationship	关系
relations	关系
trust	信任
fear	恐惧|担心
concern	担忧|关切
worry	担心|担忧
pressure	压力
stability	稳定
sum	款项
line	线|条
centre	中心
headquarters	总部
base	基地|基础
organization	组织|机构
institution	机构
institute	研究所|学院
foundation	基金会|基础
association	协会
charity	慈善|慈善机构
non-governmental organization	非政府组织
member	成员|会员
representative	代表
delegation	代表团
head	首脑|负责人|头|头部
chief	首席|负责人|长
staff	工作人员|员工
source	来源|消息人士|源头
sources	消息人士
interview	采访|专访|面试
speech	讲话|演讲
comment	评论
response	回应|反应
reaction	反应
request	请求|要求
permission	许可
license	许可证|执照
atmosphere	氛围|大气|气氛
resource	资源
material	材料
metal	金属
steel	钢|钢铁
iron	铁
copper	铜
aluminium	铝
lithium	锂
rare earth	稀土
cement	水泥
wood	木材|木头|树林|森林
paper	纸
clothes	衣服|服装|衣物|布|布料
textile	纺织|纺织品
sugar	糖
coffee	咖啡
tea	茶
meat	肉
milk	牛奶|奶
fruit	水果
vegetable	蔬菜

# numbers and scale words
hundred	百
thousand	千
ten thousand	万
hundred thousand	十万
lakh	十万
million	百万
ten million	千万
crore	千万
hundred million	亿
billion	十亿
trillion	万亿|兆
dozen	打|十几
hundreds	数百|几百
thousands	数千|几千|成千上万
millions	数百万
tens of thousands	数万|上万
zero	零
once	一次
twice	两次
percentage point	个百分点

# units of measure
kilometre	公里|千米
metre	米|公尺
centimetre	厘米
millimetre	毫米
mile	英里
foot	英尺|脚
inch	英寸
square kilometre	平方公里
hectare	公顷
acre	英亩
kilogram	公斤|千克
gram	克
tonne	吨
litre	升|公升
barrel	桶
degree celsius	摄氏度|度
watt	瓦
kilowatt	千瓦
megawatt	兆瓦
gigawatt	吉瓦|千兆瓦
kilowatt hour	千瓦时|度电
speed	速度
kilometres per hour	公里每小时
height	高度
length	长度
width	宽度
depth	深度
weight	重量|体重
distance	距离
volume	量|体积

# currencies
dollar	美元|元
us dollar	美元
euro	欧元
pound	英镑|磅
yen	日元
yuan	元|人民币
renminbi	人民币
rupee	卢比
dong	越南盾|越盾
baht	泰铢|铢
korean won	韩元
rouble	卢布
bitcoin	比特币
cryptocurrency	加密货币
exchange rate	汇率

# international organizations and terms
international monetary fund	国际货币基金组织
world bank	世界银行
world trade organization	世界贸易组织|世贸组织
asian development bank	亚洲开发银行|亚行
unesco	联合国教科文组织
unicef	联合国儿童基金会
red cross	红十字会
olympic committee	奥委会
belt and road	一带一路
paris agreement	巴黎协定
cold war	冷战
world war	世界大战
second world war	第二次世界大战|二战
first world war	第一次世界大战|一战
communist party	共产党
state council	国务院
national assembly	国民议会
election commission	选举委员会
lok sabha	人民院
rajya sabha	联邦院
bjp	印度人民党
stock exchange	证券交易所|交易所
sensex	孟买敏感指数
index	指数

# more verbs
increase sharply	大幅增长|激增
surge	激增|飙升
soar	飙升
drop	下降|下跌|掉|掉落|落下
plunge	暴跌
jump	跳|跃升|跳跃
exceed	超过
achieve	实现|达到|取得
gain	获得|上涨
earn	赚|挣
hire	雇佣|招聘
dismiss	解雇|驳回
retire	退休|退役
serve	服务|担任
manage	管理|设法
operate	运营|经营|操作
control	控制|管控
govern	治理|统治
defend	捍卫|防守|辩护
shoot	开枪|射击
burn	燃烧|烧|烧伤|烫伤
repair	修理|修复
restore	恢复|修复
ensure	确保
guarantee	保证|担保
prepare	准备
ready	准备好
wait	等|等待|等候
delay	推迟|延误|延迟
postpone	推迟|延期
cancel	取消
suspend	暂停|停职
restrict	限制
limit	限制|上限
block	阻止|封锁
lift	解除|举起|电梯|抬起
remove	移除|删除
replace	取代|替换
compare	比较|相比
compared with	与相比|比
count	计算|数
calculate	计算
predict	预测
analyze	分析
analysis	分析
monitor	监测|监控
check	检查
inspect	检查|视察
identify	确认|识别
reveal	透露|揭示
disclose	披露
hide	隐藏|躲|藏
escape	逃跑|逃离
flee	逃离
enter	进入
exit	退出|出口
connect	连接
link	联系|连接
relate	有关
depend	依赖|取决
affect	影响
benefit	好处|受益|利益
suffer	遭受|受苦
face	面临|面对|脸|面孔|面部
deal with	处理|应对
solve	解决
respond	回应
handle	处理
convict	定罪
host	主办|东道主
welcome	欢迎
thank	感谢|谢谢
apologize	道歉
congratulate	祝贺
honour	荣誉|表彰
mark	标志|纪念
attend	出席|参加
gather	聚集
collect	收集
distribute	分发|分配
contain	含有|包含
cover	覆盖|报道
hit	袭击|打击|撞
trap	被困
sink	沉没|沉|下沉
drown	溺水
take off	起飞
sail	航行|航海|帆船|帆
borrow	借
lend	借出|放贷
owe	欠
savings	储蓄
deliver	交付|递送
install	安装
design	设计
invent	发明
graduate	毕业|毕业生
marry	结婚
wedding	婚礼
divorce	离婚
funeral	葬礼

# society, welfare and daily life
gender	性别
equality	平等
inequality	不平等
discrimination	歧视
racism	种族主义|种族歧视
ethnic	民族|族裔
tribe	部落
indigenous	原住民|土著
caste	种姓
welfare	福利
social security	社会保障|社保
allowance	津贴
disability	残疾
disabled	残疾人
orphan	孤儿
marriage	婚姻
birth rate	出生率
ageing	老龄化
generation	一代|代
lifestyle	生活方式
standard of living	生活水平
cost of living	生活成本
middle class	中产阶级
homelessness	无家可归
slum	贫民窟
neighbourhood	社区|街区
apartment	公寓
hospitality	酒店业|款待
water supply	供水
sanitation	卫生设施
toilet	厕所
smart city	智慧城市
urbanization	城市化|城镇化
public transport	公共交通
traffic jam	堵车|交通拥堵
road accident	交通事故|车祸
fireworks	烟花|烟火
celebration	庆祝活动|庆典
ceremony	仪式|典礼
parade	游行|阅兵
festivity	节庆
volunteer work	志愿服务
donation	捐款|捐赠
donate	捐赠|捐款
activist	活动人士|维权人士
trade union	工会
go on strike	罢工
education system	教育体系|教育制度
literacy	识字|识字率
scholarship	奖学金
tuition	学费
kindergarten	幼儿园
primary school	小学
secondary school	中学
high school	高中
graduate student	研究生
campus	校园
academic	学术
academy	学院|科学院
skill	技能
training	培训|训练
experience	经验|经历
career	职业生涯|事业
profession	职业
police station	警察局|派出所
fire brigade	消防|消防队
firefighter	消防员
ambulance	救护车
martyr	烈士

# more economy, business and technology
e-commerce	电子商务|电商
online shopping	网购|网上购物
delivery	交付|配送|快递
logistics	物流
warehouse	仓库
shipping	航运|运输
container	集装箱|容器
cargo	货物|货运
freight	货运
automobile	汽车
carmaker	汽车制造商|车企
electric car	电动汽车
charging station	充电站|充电桩
self-driving	自动驾驶
steelmaker	钢铁企业
aluminum	铝业
mineral	矿物|矿产
raw material	原材料|原料
commodity	大宗商品|商品
bond	债券
equity	股权|股本
dividend	股息|红利
valuation	估值
initial public offering	首次公开募股|上市
listing	上市
listed	上市
trading	交易
trader	交易员|商人
merchant	商人
bankrupt	破产
layoff	裁员
pay rise	加薪
minimum wage	最低工资
workforce	劳动力
productivity	生产率|生产力
competitiveness	竞争力
competitor	竞争对手
monopoly	垄断
regulator	监管机构
antitrust	反垄断
patent	专利
copyright	版权
intellectual property	知识产权
economic growth	经济增长
foreign investment	外国投资|外资
foreign exchange	外汇
reserve	储备
stimulus	刺激|刺激措施
package	一揽子|配套
bailout	救助|纾困
austerity	紧缩
price rise	涨价
fuel price	油价
energy transition	能源转型
energy security	能源安全
power outage	停电
blackout	停电|大停电
energy storage	储能
transmission line	输电线路
offshore	海上|离岸
wind farm	风电场
turbine	涡轮机|风机
biofuel	生物燃料
ammonia	氨
methane	甲烷
liquefied natural gas	液化天然气
uranium	铀
reactor	反应堆
oilfield	油田
investment project	投资项目
sign an agreement	签署协议
memorandum of understanding	谅解备忘录
joint venture	合资企业|合资
subsidiary	子公司
conglomerate	集团
algorithm	算法
cloud computing	云计算
chatbot	聊天机器人
large language model	大语言模型|大模型
machine learning	机器学习
virtual reality	虚拟现实
quantum	量子
5g	第五代移动通信
telecom operator	电信运营商
cable	电缆
fibre	光纤|纤维
data breach	数据泄露
cybersecurity	网络安全
surveillance	监控|监视
misinformation	错误信息|虚假信息
fake news	假新闻
censorship	审查
press freedom	新闻自由

# more health, body and nature
hospitalize	住院
intensive care	重症监护
recover	康复|恢复|痊愈
cure	治愈
pain	疼痛|痛
fever	发烧|发热
cough	咳嗽
mask	口罩|面具
quarantine	隔离|检疫
lockdown	封锁|封城
dose	剂
antibiotic	抗生素
clinical trial	临床试验
stroke	中风
dementia	痴呆
depression	抑郁|抑郁症
stress	压力|强调
suicide	自杀
addiction	成瘾|上瘾
tobacco	烟草
cigarette	香烟|卷烟
diet	饮食
exercise	锻炼|运动
insomnia	失眠
eye	眼睛|眼
hand	手
leg	腿
skin	皮肤
bone	骨|骨头
lung	肺
liver	肝|肝脏
kidney	肾|肾脏
tooth	牙齿|牙
dog	狗|犬
cat	猫
horse	马
cow	牛|奶牛
pig	猪
chicken	鸡|鸡肉
elephant	大象|象
tiger	老虎|虎
lion	狮子
monkey	猴子|猴
bear	熊
panda	熊猫|大熊猫
whale	鲸|鲸鱼
shark	鲨鱼
snake	蛇
crocodile	鳄鱼
insect	昆虫
mosquito	蚊子
bee	蜜蜂
livestock	牲畜
vegetation	植物
flower	花
grass	草
seed	种子
coral	珊瑚
coral reef	珊瑚礁
wetland	湿地
jungle	丛林
valley	山谷|谷
hill	山丘|山
cave	洞穴|山洞
rock	岩石|石头
sand	沙
stone	石头|石
gold mine	金矿
wave	波|浪|波浪|浪潮|挥手
cloud	云
sky	天空
rainfall	降雨量|降水
heavy rain	暴雨|大雨
humidity	湿度
fog	雾
smog	雾霾
dust	灰尘|沙尘
haze	阴霾|霾
lightning	闪电|雷电
thunderstorm	雷暴|雷雨
frost	霜
weather forecast	天气预报
meteorological	气象
meteorological department	气象局
el nino	厄尔尼诺
ozone	臭氧

# more sport
win a match	赢得比赛
goalkeeper	守门员
striker	前锋
captain	队长|船长|机长
referee	裁判
penalty	点球|罚款|处罚
half time	半场
draw	平局|打平|绘画|图画|画|绘
beat	击败|战胜
lose a match	输掉|落败
sports season	赛季
transfer	转会|转让|转移
sign a contract	签约
world champion	世界冠军
title	冠军|头衔|标题
runner-up	亚军
qualify	晋级|获得资格
qualifier	预选赛|资格赛
round	轮|回合|圆|圆形
quarter-final	四分之一决赛
group stage	小组赛
fifa	国际足联
asian games	亚运会
sea games	东南亚运动会
paralympics	残奥会
runner	跑者|选手
swimmer	游泳运动员
boxer	拳击手
wrestling	摔跤
hockey	曲棍球|冰球
volleyball	排球
table tennis	乒乓球
chess	国际象棋|象棋
martial arts	武术
muay thai	泰拳
formula one	一级方程式
grand prix	大奖赛
test match	板球测试赛
wicket	三柱门
batsman	击球手
bowler	投球手
innings	局

# travel and tourism
holidaymaker	度假者
resort	度假村
tour	旅游|巡回
tour guide	导游
sightseeing	观光|游览
attraction	景点|吸引力
landmark	地标
palace	宫殿|宫
castle	城堡
fort	堡垒
tower	塔
statue	雕像
monument	纪念碑|古迹
ruins	遗址|废墟
pagoda	宝塔|塔
marketplace	集市
cuisine	菜肴|美食
dish	菜|菜肴
street food	街头小吃
noodle	面条|面
bread	面包
fruit juice	果汁
beer	啤酒
wine	葡萄酒|酒
flight delay	航班延误
luggage	行李
border crossing	过境|口岸

# arts and entertainment
concert	音乐会|演唱会
album	专辑
band	乐队
film director	电影导演
cinema	电影院|影院
box office	票房
series	系列|剧集
novel	小说
poem	诗|诗歌
poet	诗人
painting	画|绘画|油漆|涂料
painter	画家
photography	摄影
photographer	摄影师
dance	舞蹈|跳舞
dancer	舞者|舞蹈家
fashion	时尚|时装
designer	设计师
architecture	建筑|建筑学
architect	建筑师
video game	电子游戏
celebrity	名人
audience	观众|听众
viewer	观众

# more politics, law and security
president-elect	当选总统
head of state	国家元首
general secretary	总书记|秘书长
secretary-general	秘书长
secretary	秘书|部长
secretary of state	国务卿
chancellor	总理|校长
speaker	议长|发言者
premier	总理
ruling party	执政党
opposition party	反对党
general election	大选
polling station	投票站
ballot	选票
turnout	投票率
constituency	选区
impeachment	弹劾
veto	否决
martial law	戒严
curfew	宵禁
dictator	独裁者
dictatorship	独裁
junta	军政府
revolution	革命
uprising	起义
civil war	内战
genocide	种族灭绝
massacre	屠杀
war crime	战争罪
humanitarian	人道主义
humanitarian aid	人道主义援助
peacekeeping	维和
peace talks	和谈
prisoner of war	战俘
landmine	地雷
ammunition	弹药
bullet	子弹
explosive	炸药|爆炸物
suicide bomber	自杀式炸弹袭击者
gunman	枪手
attacker	袭击者
police chief	警察局长
inquiry	调查|问询
probe	调查
testimony	证词
defendant	被告
plaintiff	原告
attorney general	司法部长|总检察长
justice ministry	司法部
law enforcement	执法
jury	陪审团
life sentence	无期徒刑
execution	处决
pardon	赦免
extradition	引渡
deport	驱逐出境|遣返
border guard	边防|边防部队
coast guard	海岸警卫队
drug trafficking	贩毒
money laundering	洗钱
tax evasion	逃税
embezzlement	贪污|挪用
cheating	作弊|欺骗
gambling	赌博
cybercrime	网络犯罪
scam	诈骗|骗局
border dispute	边界争端
territorial	领土
nuclear test	核试验
bilateral	双边
multilateral	多边
strategic	战略
strategy	战略|策略
geopolitical	地缘政治
superpower	超级大国
great power	大国
developing country	发展中国家
developed country	发达国家
emerging market	新兴市场
third world	第三世界
colony	殖民地
colonial	殖民
national security	国家安全
public order	公共秩序

# more verbs of news reporting and policy
expand	扩大|扩张|扩展
expansion	扩张|扩大
boost	提振|推动|提升
strengthen	加强|增强
promote	促进|推广|提拔
encourage	鼓励
attract	吸引
unveil	公布|推出|揭幕
introduce	推出|引入|介绍
implement	实施|执行
implementation	实施|执行
adopt	采用|通过
establish	建立|设立
set up	设立|成立
extend	延长|扩大
shrink	萎缩|缩小
maintain	保持|维持
keep	保持|保留|保存|留
raise	提高|筹集|提出
lower	降低|下调|更低|较低
blame	指责|归咎
admit	承认
insist	坚持
emphasize	强调
vow	誓言|发誓
condemn	谴责
praise	赞扬|称赞
refuse	拒绝
negotiate	谈判
withdraw	撤出|撤回|退出
withdrawal	撤军|撤出
deploy	部署
deployment	部署
impose	实施|征收|施加
ease	放松|缓解
tighten	收紧
reopen	重新开放
resume	恢复
halt	停止|暂停
exist	存在
appear	出现
emerge	出现|浮现
disappear	消失
injure	伤|致伤
struggle	挣扎|斗争
compete	竞争
belong	属于
seem	似乎|看来|好像

# more nouns of news and policy
stake	股份|股权
deadline	最后期限|截止日期
schedule	日程|时间表
agenda	议程
priority	优先|优先事项
progress	进展|进步
peak	高峰|峰值|山峰|顶峰|峰
trend	趋势
figure	数字|人物
phase	阶段|期
stage	阶段|舞台
version	版本
feature	特点|功能
detail	细节|详情
factor	因素
option	选择|选项
alternative	替代|替代品
approach	方法|做法|接近|靠近
framework	框架
mechanism	机制
facility	设施
tool	工具
item	物品|项目
fee	费用|费
uncertainty	不确定性
confidence	信心
anger	愤怒
pride	骄傲|自豪
shock	震惊|冲击
surprise	惊讶|意外|吃惊

# more adjectives
senior	高级|资深
top	顶级|最高
leading	领先|主要
acting	代理
interim	临时
temporary	暂时|临时
permanent	永久|常任
long-term	长期
short-term	短期
unprecedented	前所未有
widespread	广泛
nationwide	全国
worldwide	全球|世界各地
civil	民事|民用|公民
joint	联合|共同
mutual	相互|共同
direct	直接
potential	潜在|潜力
minor	轻微|次要|未成年
critical	关键|危急|批评
urgent	紧急|迫切
crucial	关键|至关重要
essential	必要|必不可少
basic	基本
advanced	先进|高级
sustainable	可持续
sustainable development	可持续发展
low-carbon	低碳
smart	智能|聪明
affordable	负担得起|平价
stable	稳定
uncertain	不确定
confident	有信心
optimistic	乐观
angry	愤怒|生气
proud	自豪

# more countries and places
luxembourg	卢森堡
slovakia	斯洛伐克
slovenia	斯洛文尼亚
bulgaria	保加利亚
estonia	爱沙尼亚
latvia	拉脱维亚
lithuania	立陶宛
cyprus	塞浦路斯
malta	马耳他
azerbaijan	阿塞拜疆
kyrgyzstan	吉尔吉斯斯坦
tajikistan	塔吉克斯坦
turkmenistan	土库曼斯坦
brunei	文莱
east timor	东帝汶
papua new guinea	巴布亚新几内亚
fiji	斐济
bahrain	巴林
rwanda	卢旺达
senegal	塞内加尔
cameroon	喀麦隆
angola	安哥拉
mozambique	莫桑比克
madagascar	马达加斯加
zambia	赞比亚
mali	马里
niger	尼日尔
ecuador	厄瓜多尔
bolivia	玻利维亚
paraguay	巴拉圭
uruguay	乌拉圭
panama	巴拿马
haiti	海地
jamaica	牙买加
guatemala	危地马拉
caribbean	加勒比|加勒比海
balkans	巴尔干
scandinavia	斯堪的纳维亚
siberia	西伯利亚
crimea	克里米亚
hawaii	夏威夷
alaska	阿拉斯加
new jersey	新泽西
boston	波士顿
seattle	西雅图
las vegas	拉斯维加斯
miami	迈阿密
houston	休斯敦
vancouver	温哥华
montreal	蒙特利尔
mexico city	墨西哥城
buenos aires	布宜诺斯艾利斯
sao paulo	圣保罗
lagos	拉各斯
johannesburg	约翰内斯堡
cape town	开普敦
addis ababa	亚的斯亚贝巴
doha	多哈
abu dhabi	阿布扎比
manchester	曼彻斯特
liverpool	利物浦
munich	慕尼黑
frankfurt	法兰克福
milan	米兰
venice	威尼斯
zurich	苏黎世
dublin	都柏林
edinburgh	爱丁堡
lisbon	里斯本
prague	布拉格
budapest	布达佩斯
copenhagen	哥本哈根
oslo	奥斯陆
helsinki	赫尔辛基
st petersburg	圣彼得堡
hokkaido	北海道
okinawa	冲绳
busan	釜山
kaohsiung	高雄
inner mongolia	内蒙古
hainan	海南
fujian	福建
zhejiang	浙江
jiangsu	江苏
shandong	山东
henan	河南
hubei	湖北
hunan	湖南
guangxi	广西
hebei	河北
shenzhen stock exchange	深圳证券交易所|深交所
can tho	芹苴
nha trang	芽庄
phu quoc	富国岛
quang ninh	广宁
dong nai	同奈
binh duong	平阳
khon kaen	孔敬
nakhon ratchasima	呵叻
ayutthaya	大城
krabi	甲米
koh samui	苏梅岛
songkhla	宋卡
hat yai	合艾
rayong	罗勇
chao phraya	湄南河
isan	东北部|依善
bodh gaya	菩提伽耶
goa	果阿
assam	阿萨姆
odisha	奥里萨邦
telangana	特伦甘纳邦
andhra pradesh	安得拉邦
jharkhand	贾坎德邦
uttarakhand	北阿坎德邦
himachal pradesh	喜马偕尔邦
haryana	哈里亚纳邦
chhattisgarh	恰蒂斯加尔邦
ladakh	拉达克
jammu	查谟
nagpur	那格浦尔
indore	印多尔
bhopal	博帕尔
chandigarh	昌迪加尔
surat	苏拉特
noida	诺伊达
gurugram	古尔冈

# more frequent nouns and verbs
moment	时刻|瞬间|片刻
care	照顾|护理|关心|在乎
field	领域|田|场地
voice	声音
difference	差异|区别|差距
action	行动
position	职位|立场|位置
activity	活动
love	爱|热爱
like	喜欢
prefer	更喜欢|偏好|宁愿
attention	注意|关注
choice	选择
ability	能力
achievement	成就
hero	英雄|主角
legend	传奇|传说
symbol	象征|标志|符号
flag	国旗|旗
anthem	国歌
signal	信号
post	帖子|职位
independence day	独立日
national day	国庆节|国庆
bring	带来|带
seek	寻求
mean	意味着|意思|意义|含义
stand	站|站立
feel	感到|觉得|感觉|感受|感情
catch	抓住|捕获|接|抓
throw	扔|投掷|投
pull	拉
push	推|推动
turn	转|转向
fill	填|装满
seize	查获|没收|夺取
seizure	查获|缉获
punish	惩罚
punishment	惩罚
kick	踢
climb	爬|攀登
dig	挖|挖掘
feed	喂养
wear	穿|戴|穿着
sing	唱|唱歌
smile	微笑
cry	哭
laugh	笑
shout	喊|呼喊|大喊|叫喊
slogan	口号
doubt	怀疑
rumour	谣言
secret	秘密
mystery	谜|神秘
dream	梦想|梦
gap	差距|缺口
edge	边缘|优势
advantage	优势
disadvantage	劣势|缺点

# irregular English forms (same forms as their lemma)
went	去|走
gone	去|走
came	来
gave	给|提供|给予
given	给|提供|给予
took	拿|采取|需要
taken	拿|采取|需要
made	做|制造|使
saw	看|看到|看见
seen	看|看到|看见
met	会见|见面|会晤
left	离开|左边|左侧|左
got	得到|获得
held	举行|举办|持有
led	领导|导致|领先
sent	发送|派遣|寄
sold	卖|出售|销售
bought	买|购买|收购
paid	支付|付
built	建|建设|建造|建成
began	开始
begun	开始
became	成为
won	赢|获胜|赢得
lost	失去|输
fell	下降|下跌|跌
fallen	下降|下跌|跌
rose	上涨|增长|上升|升至|增至|玫瑰
risen	上涨|增长|上升|升至|增至
grew	增长|种植
grown	增长|种植
spoke	讲|说话|发言
wrote	写
written	写
chose	选择
chosen	选择
brought	带来|带
thought	认为|想
knew	知道|了解
known	知道|了解
ran	跑|运行|经营
flew	飞|飞行
drove	驾驶|开车
ate	吃
fought	战斗|打
taught	教|教授
kept	保持|保留
spent	花|花费|度过
heard	听|听到
understood	理解|了解
struck	罢工|袭击
sank	沉没
shot	开枪|射击
hid	隐藏
fled	逃离
forgot	忘记
slept	睡觉|睡眠
drank	喝|饮料
dealt	交易|协议
sought	寻求
meant	意味着|意思
stood	站|站立
felt	感到|觉得
lent	借出|放贷
men	男子|男人|男性
women	女子|女人|女性|妇女
lives	生命|生活
teeth	牙齿|牙
feet	英尺|脚

# travel and tourism (general vocabulary)
hostel	青年旅舍|旅社
motel	汽车旅馆
inn	客栈|旅店
accommodation	住宿
lodging	住宿|寄宿
guesthouse	民宿|宾馆
book a room	订房
reservation	预订|预约
reserve a table	订座|订位
check in	入住|登记|办理登机
check out	退房
camping	露营|野营|营地|营
campsite	营地|露营地
campfire	篝火|营火
tent	帐篷
sleeping bag	睡袋
backpack	背包|双肩包
backpacker	背包客
baggage	行李
suitcase	行李箱|手提箱
bag	包|袋子|包包
pack	打包|收拾
ticket office	售票处
boarding pass	登机牌
round trip	往返
one way	单程
checkpoint	检查站|关卡
immigration office	移民局
visa on arrival	落地签
entry	入境|进入|入口
entrance	入口
way out	出口
seaside	海边|海滨
shore	岸|海岸|岸边
bay	海湾|湾
peninsula	半岛
cape	海角|岬|帽子|帽
mountain range	山脉
slope	斜坡|山坡
trail	小径|步道|小道
path	小路|道路|路径
hiking	徒步|远足|登山|徒步旅行
trek	徒步|跋涉
hiker	徒步者|登山者
climber	登山者
mountaineering	登山
waterfall	瀑布
hot spring	温泉
stream	溪流|小溪
canyon	峡谷
gorge	峡谷
plateau	高原
plain	平原
countryside	乡村|农村|乡下
scenery	风景|景色|景观
landscape	景观|风景|地貌
sightseer	游客|观光客
traveller	旅行者|旅客|游客
travel agency	旅行社
guidebook	旅游指南|指南
guide	导游|向导|指南
map	地图
compass	指南针
souvenir	纪念品
postcard	明信片
vacation	假期|度假
honeymoon	蜜月
excursion	远足|游览
picnic	野餐
adventure	冒险|探险
explore	探索|探险|游览
explorer	探险家
wander	漫步|徘徊|闲逛
stroll	散步|漫步
passport control	护照检查
customs officer	海关官员
foreigner	外国人
local people	当地人
native	本地|土生|原住
language barrier	语言障碍
phrasebook	常用语手册
translate	翻译
translation	翻译|译文|译本
translator	翻译|译者
interpreter	口译|翻译
currency exchange	货币兑换|换钱
tip	小费|提示|窍门
bargain	讨价还价|便宜货
sunscreen	防晒霜
swimsuit	泳衣
diving	潜水|跳水
snorkelling	浮潜
surfing	冲浪
kayak	皮划艇
cruise	游轮|邮轮|巡航
ferry	渡轮|轮渡|渡船
pier	码头
harbour	港口|海港
lighthouse	灯塔
canal	运河
oasis	绿洲
dune	沙丘
ski	滑雪
ski resort	滑雪场|滑雪胜地
viewpoint	观景台|观点
observation deck	观景台
gallery	画廊|美术馆
art museum	美术馆
zoo	动物园
aquarium	水族馆
amusement park	游乐园
theme park	主题公园
botanical garden	植物园
garden	花园|园|庭园
square	广场
plaza	广场
old town	老城|古城
old quarter	老城区
downtown	市中心|闹市区
city centre	市中心
suburb	郊区|市郊
outskirts	郊外|郊区
alley	小巷|胡同|巷子
lane	车道|小巷
avenue	大街|大道
sidewalk	人行道
crossroads	十字路口|路口
intersection	交叉口|路口
roundabout	环岛|转盘
signpost	路标
direction	方向
straight	一直走|直走

# home and daily life
dwelling	住所|住宅
residence	住所|住宅|官邸
address	地址
floor	楼层|地板|层
storey	层|楼
upstairs	楼上
downstairs	楼下
stairs	楼梯|台阶
elevator	电梯
roof	屋顶|房顶
ceiling	天花板
door	门|大门|房门
window	窗户|窗口|窗
gate	大门|门口|登机口
fence	篱笆|围栏|击剑
yard	院子|庭院
courtyard	庭院|院子
balcony	阳台
kitchen	厨房
bedroom	卧室
bathroom	浴室|卫生间
living room	客厅
dining room	餐厅|饭厅
garage	车库
basement	地下室
furniture	家具
bed	床|床铺
table	桌子|桌|表格
chair	椅子
sofa	沙发
shelf	书架|架子
cupboard	橱柜|柜子
drawer	抽屉
mirror	镜子
lamp	灯|台灯|灯具
lantern	灯笼
light bulb	灯泡
candle	蜡烛
lighter	更轻|较轻|打火机
lightest	最轻
switch	开关|切换
plug	插头
lock	锁|锁上
clock	钟|时钟|钟表
cook	做饭|烹饪|烹调|煮|厨师
chef	厨师|主厨
recipe	食谱|菜谱|配方
boil	煮|烧开|沸腾
fry	炸|煎|炒
bake	烤|烘焙|烘烤
roast	烤|烘烤
grill	烧烤|烤
stove	炉子|灶|炉灶
oven	烤箱|烤炉
refrigerator	冰箱
pot	锅|壶|罐
pan	平底锅|锅
plate	盘子|碟子
bowl	碗|投球|保龄球
cup	杯子|杯|杯赛
glass	玻璃|玻璃杯|杯子
bottle	瓶子|瓶
spoon	勺子|汤匙
fork	叉子
knife	刀|小刀|刀子
chopsticks	筷子
dress	连衣裙|衣服|穿着
costume	服装|戏服
uniform	制服|校服
shirt	衬衫|衬衣
t-shirt	短袖
trousers	裤子|长裤
skirt	裙子
coat	外套|大衣
jacket	夹克|外套
sweater	毛衣
hat	帽子|恨|憎恨|讨厌
shoe	鞋|鞋子
boot	靴子|靴
sock	袜子
glove	手套
scarf	围巾
sari	纱丽
belt	腰带|皮带
pocket	口袋|衣袋
button	按钮|纽扣
jewellery	珠宝|首饰
ring	戒指|环
necklace	项链
umbrella	伞|雨伞
wash	洗|清洗|洗涤
laundry	洗衣|洗衣房
bathe	洗澡|沐浴
shower	淋浴|阵雨
soap	肥皂
towel	毛巾|浴巾
toothbrush	牙刷
clean up	清理|打扫|清洁
dirty	脏|肮脏
tidy	整洁|整齐
sweep	扫|扫地
broom	扫帚
rubbish	垃圾
trash	垃圾
bin	垃圾桶|箱
housework	家务|家务活
chore	家务|杂务
neighbor	邻居
roommate	室友
landlord	房东
tenant	租户|房客
household	家庭|住户|户
daily life	日常生活
routine	日常|惯例
habit	习惯
wake up	醒来|起床|醒
get up	起床|起来
rest	休息|其余|剩下
relax	放松
bedtime	就寝时间
breakfast	早餐|早饭|早点
lunch	午餐|午饭
dinner	晚餐|晚饭|晚宴
meal	餐|饭|膳食|一顿饭
snack	零食|小吃
hungry	饿|饥饿
thirsty	渴|口渴
supermarket	超市
shopping mall	购物中心|商场
bakery	面包店
pharmacy	药店|药房
post office	邮局
mail	邮件|信件
parcel	包裹
gift	礼物|礼品
present	礼物
invite	邀请
invitation	邀请|请柬
pet	宠物
toy	玩具
hobby	爱好|嗜好
leisure	休闲|闲暇
free time	空闲时间|业余时间
toolbox	工具箱
hammer	锤子
rope	绳子|绳索
wheel	车轮|轮子|轮
tyre	轮胎
engine	发动机|引擎
motor	马达|电动机
basket	篮子|篮
bucket	桶|水桶
blanket	毯子|被子
pillow	枕头
carpet	地毯
curtain	窗帘|帘子
air conditioner	空调
heater	暖气|加热器
washing machine	洗衣机
reader	读者

# body and health
hair	头发|毛发
ear	耳朵|耳
nose	鼻子|鼻
mouth	嘴|嘴巴|口
lip	嘴唇
tongue	舌头
neck	脖子|颈部
throat	喉咙|咽喉
shoulder	肩膀|肩
finger	手指|指头
nail	指甲|钉子
chest	胸部|胸
back	背|后背|背部
stomach	胃|肚子|腹部
belly	肚子|腹
knee	膝盖
ankle	脚踝
toe	脚趾
muscle	肌肉
nerve	神经
vein	静脉|血管
blood vessel	血管
skull	头骨|颅骨
skeleton	骨骼|骨架
spine	脊椎|脊柱|旋转|转
heartbeat	心跳
breath	呼吸|气息
sweat	汗|出汗
tear	眼泪|泪|撕
blind	盲|失明|盲人
deaf	聋|耳聋
bleed	流血|出血
bleeding	出血
bruise	瘀伤|淤青
fracture	骨折
headache	头痛|头疼
ache	疼痛|痛
hurt	受伤|伤害|疼
allergy	过敏
asthma	哮喘
diarrhoea	腹泻|拉肚子
vomit	呕吐|吐
nausea	恶心
dizzy	头晕|眩晕
tired	累|疲倦|疲劳
fatigue	疲劳|疲惫
pill	药片|药丸
tablet	药片|平板电脑
injection	注射|打针
prescription	处方|药方
pharmacist	药剂师
dentist	牙医
surgeon	外科医生
operation	手术
diagnosis	诊断
diagnose	诊断|确诊
therapy	疗法|治疗
physician	医师|医生
health worker	医护人员
first aid	急救
bandage	绷带
wheelchair	轮椅
pregnancy	怀孕|妊娠
give birth	分娩|生孩子|生下
immune	免疫
immune system	免疫系统
hygiene	卫生
contagious	传染|传染性
spread	传播|蔓延|扩散
heal	愈合|治愈
painkiller	止痛药
fit	健康|合适
fitness	健身|健康
gym	健身房
yoga	瑜伽
meditation	冥想|打坐
weight loss	减肥|减重
overweight	超重
fat	胖|脂肪|肥
thin	瘦|薄|细
tall	高|高大|故事|传说
vitamin	维生素
protein	蛋白质
calorie	卡路里|热量
asleep	睡着
awake	醒着|清醒
alive	活着|活
sense	感觉|意义|感官
smell	气味|闻|味道
taste	味道|品尝|口味|尝
touch	触摸|接触|摸
sight	视力|景象|视觉
sound	声音|声|音
noise	噪音|噪声|声响
silence	沉默|寂静
quiet	安静|平静|僻静|宁静
loud	大声|响亮

# nature, animals and plants
leaf	叶子|树叶|叶
branch	树枝|分支|分行
root	根|根源
trunk	树干
bush	灌木|灌木丛
moss	苔藓
mushroom	蘑菇|菌
bamboo	竹子|竹
palm tree	棕榈|椰子树
pine	松树|松
oak	橡树
lotus	莲花|荷花
bloom	开花|盛开
blossom	花|开花
petal	花瓣
wild	野生|野
rainforest	雨林|热带雨林
mangrove	红树林
swamp	沼泽
pond	池塘
well	井|水井
estuary	河口
delta	三角洲
tide	潮|潮汐
horizon	地平线
sunrise	日出
sunset	日落
sunlight	阳光|日光
shade	阴凉|树荫
shadow	影子|阴影
mud	泥|泥巴|泥浆
clay	黏土|陶土
pebble	卵石
crystal	水晶|晶体
diamond	钻石
mammal	哺乳动物
reptile	爬行动物
wolf	狼
fox	狐狸
deer	鹿
rabbit	兔子|兔
mouse	老鼠|鼠标
squirrel	松鼠
bat	蝙蝠|球拍|击球
camel	骆驼
donkey	驴
goat	山羊|羊
sheep	羊|绵羊
buffalo	水牛
duck	鸭子|鸭
goose	鹅
eagle	鹰|老鹰
owl	猫头鹰
parrot	鹦鹉
peacock	孔雀
crow	乌鸦
feather	羽毛
wing	翅膀|翼
nest	巢|鸟巢
egg	鸡蛋|蛋|卵
tail	尾巴|尾
frog	青蛙|蛙
turtle	乌龟|海龟|龟
dolphin	海豚
octopus	章鱼
crab	螃蟹|蟹
shrimp	虾
jellyfish	水母
butterfly	蝴蝶
ant	蚂蚁
spider	蜘蛛
worm	虫子|蠕虫
bug	虫子|漏洞|错误
gorilla	大猩猩
chimpanzee	黑猩猩
orangutan	猩猩
giraffe	长颈鹿
zebra	斑马
rhinoceros	犀牛
hippopotamus	河马
kangaroo	袋鼠
penguin	企鹅
leopard	豹|花豹
wildlife sanctuary	野生动物保护区
nature reserve	保护区
habitat	栖息地
ecosystem	生态系统
ecology	生态|生态学
hunt	狩猎|打猎|猎杀
hunter	猎人
poaching	偷猎
prey	猎物
predator	捕食者|掠食者
breed	品种|繁殖
fur	毛皮|皮毛
horn	角|喇叭
tusk	象牙
ivory	象牙

# weather and seasons
sunny	晴|晴朗|阳光明媚
cloudy	多云|阴
rainy	下雨|雨天|多雨
rainy season	雨季
dry season	旱季
windy	有风|大风
breeze	微风
gust	阵风
hail	冰雹
thunder	雷|雷声
rainbow	彩虹
mist	薄雾|雾
dew	露水|露
freeze	冻结|结冰|冻|冰冻|严寒
melt	融化|熔化
cool	凉|凉爽|酷
chilly	寒冷|冷飕飕
humid	潮湿|闷热
climate zone	气候带
tropical	热带
temperate	温带
polar	极地
freezing point	冰点
clear sky	晴空
blizzard	暴风雪
snowfall	降雪
avalanche	雪崩
sandstorm	沙尘暴
flash flood	山洪

# buildings and places in town
skyscraper	摩天大楼|摩天楼
structure	结构|建筑物
hall	大厅|礼堂|厅
lobby	大堂|大厅
corridor	走廊
cottage	小屋|村舍
hut	小屋|棚屋
villa	别墅
mansion	豪宅|大宅
cathedral	大教堂
shrine	神社|神殿|圣地
pilgrimage	朝圣|朝拜
pilgrim	朝圣者
monastery	修道院|寺院
fortress	堡垒|要塞
city wall	城墙
gateway	门户|大门
cemetery	墓地|公墓
tomb	墓|陵墓|坟墓
grave	坟墓|墓
crossing	过境|路口|渡口|穿过|越过|横渡
park a car	停车
gas station	加油站
bus stop	公交车站|车站
terminal	航站楼|终点站
subway	地铁
tram	有轨电车
taxi	出租车|的士
rickshaw	人力车|黄包车
tuk-tuk	嘟嘟车
scooter	摩托车|踏板车
motorbike	摩托车
cyclist	骑自行车者
pedestrian	行人
van	面包车|货车
lorry	卡车|货车
helicopter	直升机
jet	喷气机|飞机
runway	跑道
takeoff	起飞
onboard	机上|船上|车上
anchor	锚|主播
canoe	独木舟
raft	木筏|筏
submarine	潜艇
vessel	船只|船舶
sailor	水手
rail	铁路|铁轨
track	轨道|跑道|赛道
carriage	车厢
seat belt	安全带
driving licence	驾照|驾驶执照
speed limit	限速
traffic light	红绿灯|交通灯
commute	通勤
commuter	通勤者
ride	骑|乘坐|搭乘
overtake	超车|超越
depart	出发|离开|启程
departure	出发|离境|起飞
arrival	到达|抵达|入境
change trains	换乘|转乘
timetable	时刻表
on time	准时|按时

# food and drink
eat out	外出就餐|下馆子
food stall	小吃摊|摊位
cafe	咖啡馆|咖啡店
bar	酒吧
menu	菜单
waiter	服务员
order food	点菜|点餐
tasty	好吃|美味|可口
delicious	美味|好吃|可口
sweet	甜|甜的|甜点
sour	酸
salty	咸
spicy	辣|麻辣
bitter	苦|苦涩
fresh	新鲜
raw	生|未加工
ripe	成熟|熟
salt	盐
pepper	胡椒|辣椒
chili	辣椒
spice	香料|调料
garlic	大蒜|蒜
onion	洋葱
ginger	姜|生姜
cooking oil	食用油|油
butter	黄油
cheese	奶酪|芝士
yogurt	酸奶
cream	奶油|霜
ice cream	冰淇淋|雪糕
cake	蛋糕
cookie	饼干|曲奇
chocolate	巧克力
candy	糖果
honey	蜂蜜
jam	果酱
soup	汤
curry	咖喱
salad	沙拉
sandwich	三明治
pizza	比萨|披萨
cooked rice	米饭|饭
fried rice	炒饭
dumpling	饺子|包子
flour	面粉
corn	玉米
potato	土豆|马铃薯
tomato	西红柿|番茄
carrot	胡萝卜
cabbage	卷心菜|白菜
bean	豆|豆子
lentil	扁豆|小扁豆
tofu	豆腐
peanut	花生
nut	坚果
apple	苹果
banana	香蕉
mango	芒果
orange	橙子|橘子|橙色
grape	葡萄
lemon	柠檬
coconut	椰子
pineapple	菠萝
watermelon	西瓜
durian	榴莲
beef	牛肉
pork	猪肉
mutton	羊肉
seafood	海鲜
vegetarian	素食|素食者
vegan	纯素|严格素食
juice	果汁|汁
soft drink	软饮料|汽水
drinking water	饮用水
liquor	白酒|烈酒
beverage	饮料
noodle soup	汤面
pho	河粉
sushi	寿司
portion	份|部分
bite	咬|一口
swallow	吞|咽
chew	咀嚼|嚼

# science, education and knowledge
lesson	课|课程|教训
lecture	讲座|讲课
course	课程|过程
subject	科目|主题|学科
homework	作业|家庭作业
classroom	教室
pupil	小学生|学生
educate	教育|受过教育
alphabet	字母|字母表
grammar	语法
vocabulary	词汇
dictionary	词典|字典
paragraph	段落
chapter	章|章节
page	页|页面
article	文章
essay	论文|散文
thesis	论文
encyclopedia	百科全书
textbook	教科书|课本
notebook	笔记本
pen	笔|钢笔
pencil	铅笔
blackboard	黑板
principal	校长
lecturer	讲师
scholar	学者
intelligent	聪明|智能
clever	聪明|机灵
wise	明智|睿智
wisdom	智慧
stupid	愚蠢|笨
mind	头脑|心|心灵
memory	记忆|回忆|内存
concept	概念
principle	原则|原理
hypothesis	假设|假说
observe	观察
observation	观察|观测
prove	证明
proof	证明|证据
formula	公式|配方
equation	方程|方程式
calculation	计算
sample	样本|样品
microscope	显微镜
element	元素|要素
oxygen	氧气|氧
nitrogen	氮
chemical	化学|化学品
substance	物质
liquid	液体
solid	固体|坚实
particle	粒子|颗粒
electron	电子
radiation	辐射
magnet	磁铁
electric current	电流
voltage	电压
biologist	生物学家
physicist	物理学家
chemist	化学家
mathematician	数学家
geography	地理
geology	地质学|地质
philosophy	哲学
philosopher	哲学家
psychology	心理学|心理
sociology	社会学
linguistics	语言学
literature	文学
archaeology	考古|考古学
archaeologist	考古学家
medical science	医学
computer science	计算机科学
organism	生物|有机体
microbe	微生物
solar system	太阳系
comet	彗星
asteroid	小行星
meteor	流星
eclipse	日食|月食
light year	光年
observatory	天文台
research paper	论文
journal	期刊|杂志|日志
diameter	直径
circle	圆|圆圈
triangle	三角形
shape	形状
surface	表面|地表
layer	层
core	核心|地核

# sport and games
sportsman	运动员
ball	球
kick off	开球
pitch	球场
net	网|球网
racket	球拍
tennis player	网球运动员
footballer	足球运动员|球员
spectator	观众
cheer	欢呼|加油
skate	滑冰
wrestler	摔跤手
archery	射箭
gymnastics	体操
weightlifting	举重
rugby	橄榄球
baseball	棒球
handball	手球
kabaddi	卡巴迪
practice	练习|实践|做法
warm up	热身
injury time	伤停补时|补时
extra time	加时|加时赛
loser	失败者|输家
tie	平局|打平
scoreboard	记分牌
trophy	奖杯
league table	积分榜
ranking	排名|级别
fastest	最快
faster	更快
stronger	更强
strongest	最强
puzzle	谜题|拼图
card	卡|卡片|牌
dice	骰子
kite	风筝

# arts, music and entertainment
colour	颜色|色彩
sculpture	雕塑|雕像
sculptor	雕塑家
carving	雕刻
craft	工艺|手艺
craftsman	工匠
pottery	陶器|陶瓷
silk	丝绸|丝
masterpiece	杰作
artwork	艺术品|作品
work of art	艺术作品
instrument	乐器|仪器
guitar	吉他
piano	钢琴
drum	鼓
violin	小提琴
flute	笛子|长笛
orchestra	管弦乐团|乐团
choir	合唱团
melody	旋律|曲调
rhythm	节奏
lyrics	歌词
composer	作曲家
opera	歌剧
drama	戏剧|剧
perform	表演|演出
performance	表演|演出|表现|业绩
comedy	喜剧
joke	笑话|玩笑
character	角色|人物|性格|字符
heroine	女主角|女英雄
scene	场景|场面|现场
plot	情节|阴谋
fairy tale	童话
myth	神话
mythology	神话|神话学
poetry	诗歌|诗
fiction	小说|虚构
comic	漫画
cartoon	卡通|漫画|动画片
animation	动画
documentary	纪录片
episode	集|一集
broadcast	广播|播出|转播
entertainment	娱乐
fun	乐趣|好玩|有趣
boring	无聊|枯燥

# history and the past
historian	历史学家
historical	历史|历史上
dynasty	王朝|朝代|朝
reign	统治|在位
kingdom	王国
ruler	统治者
conquer	征服
conquest	征服
warrior	战士|武士
knight	骑士
sword	剑|刀
slave	奴隶
slavery	奴隶制
civilization	文明
era	时代|纪元
medieval	中世纪
prehistoric	史前
archaeological site	考古遗址|遗址
artifact	文物|器物
relic	遗物|遗迹|舍利
ancestor	祖先|祖宗
descendant	后代|后裔
heir	继承人
throne	王位|宝座
crown	王冠|皇冠
independence movement	独立运动
founded	成立|建立|创立
centuries-old	百年
ancient city	古城

# emotions and character
emotion	情感|情绪|感情
joy	喜悦|快乐|欢乐
happiness	幸福|快乐
glad	高兴|开心
pleased	高兴|满意|请
cheerful	快活|开朗
excited	兴奋|激动|令人兴奋|激动人心
sadness	悲伤|难过
sorrow	悲痛|悲伤
grief	悲痛|哀悼
mourn	哀悼|悼念
weep	哭|哭泣
lonely	孤独|寂寞
loneliness	孤独
afraid	害怕|担心
scared	害怕|恐惧
frightened	惊恐
terrible	可怕|糟糕
horrible	可怕|恐怖
fearful	恐惧
brave	勇敢
courage	勇气
calm	平静|冷静|镇定
nervous	紧张
anxious	焦虑|担心
anxiety	焦虑
upset	难过|不安|沮丧
annoyed	恼火|生气
furious	愤怒|狂怒
rage	愤怒|狂怒
disappointed	失望
disappointment	失望
despair	绝望
embarrassed	尴尬|难堪
shame	羞耻|耻辱|可惜
guilt	内疚|罪恶感
jealous	嫉妒|妒忌
envy	羡慕|嫉妒
dislike	不喜欢|讨厌
enjoy	享受|喜欢|欣赏
admire	钦佩|欣赏|敬佩
respect	尊重|尊敬
grateful	感激|感谢
gratitude	感激|感恩
kindness	善意|好意|仁慈
gentle	温和|温柔
cruel	残忍|残酷
polite	礼貌|有礼貌
rude	粗鲁|无礼
honest	诚实|老实
honesty	诚实
lazy	懒|懒惰
patience	耐心|耐性
curious	好奇
curiosity	好奇心
shy	害羞
lucky	幸运
luck	运气
unlucky	不幸|倒霉
unfortunately	不幸的是|遗憾的是
fortunately	幸运的是|幸好|幸亏
mood	心情|情绪
passion	热情|激情
desire	欲望|渴望|愿望
wish	愿望|希望|祝
sympathy	同情
compassion	同情心|慈悲
loyal	忠诚
loyalty	忠诚
satisfied	满意|满足
satisfaction	满意|满足
comfortable	舒适|舒服
uncomfortable	不舒服|不自在
amazing	惊人|令人惊叹|了不起
wonderful	美妙|精彩|极好
excellent	优秀|卓越|出色
great	伟大|很大|巨大
nice	好|不错|美好
lovely	可爱|美丽
ugly	丑|丑陋|难看
pretty	漂亮|美丽|相当
handsome	英俊|帅
attractive	有吸引力|迷人
charming	迷人
romantic	浪漫
kiss	吻|亲吻
lover	爱人|恋人|情人
girlfriend	女朋友|女友
boyfriend	男朋友|男友

# verbs of motion
go out	出去|外出
come back	回来|返回
go back	回去
go home	回家
rush	冲|赶紧|匆忙
hurry	赶快|匆忙
crawl	爬|爬行
slip	滑倒|滑
stand up	站起来|站
lie down	躺|躺下
lean	靠|倾斜
bend	弯|弯曲
pass by	经过|路过
go through	通过|穿过
head towards	前往|驶向|朝
towards	朝向|向着
float	漂浮|漂
flow	流|流动
pour	浇
shake	摇|摇晃|震动
slide	滑动|滑
point out	指出

# verbs of perception and thought
notice	注意到|发现|通知
recognize	认出|承认|识别
realize	意识到|认识到|实现
imagine	想象
wonder	想知道|奇迹|惊奇
guess	猜|猜测
suppose	假设|假定
assume	假设|认为|承担
disagree	不同意|反对
listen	听|倾听|收听
sound like	听起来|似乎
look like	看起来

# verbs of communication
chat	聊天|闲聊
conversation	对话|谈话
greet	问候|打招呼|迎接|祝贺
hello	你好|喂
goodbye	再见
sorry	对不起|抱歉|遗憾
whisper	低语|耳语
scream	尖叫
advise	建议|劝告
advice	建议|忠告
persuade	说服|劝说
argue	争论|争辩|认为
argument	争论|论点
quarrel	吵架|争吵
debate	辩论|争论
inform	通知|告知
notify	通知
introduction	介绍|引进|引言
repeat	重复
pronounce	发音
spell	拼写
note down	记下|记录
print	印刷|打印

# verbs of daily action
shut	关|关闭|关上
fix	修|修理|修复
break	打破|打碎|破|断
tear down	拆除|拆
fold	折|折叠
tie up	绑
hang	挂|悬挂|吊
grab	抓住|抓
take away	带走|拿走
put	放|放置|摆
pick up	捡起|拿起|接
drop off	送|放下
fill up	装满|填|加满
empty out	清空|倒空
mix	混合|搅拌|混
cut up	切|剪|砍
look for	寻找|找
find out	发现|查明|得知
stay overnight	过夜|住宿
rent out	出租
sell out	卖完|售罄

# comparatives and superlatives (English forms the stemmer does not reach)
bigger	更大|较大
biggest	最大
larger	更大|较大
largest	最大
smaller	更小|较小
smallest	最小
higher	更高|较高
highest	最高
lowest	最低
longer	更长|较长
longest	最长
shorter	更短|较短
shortest	最短
older	更老|年长|较旧
oldest	最古老|最老|最早
younger	更年轻|年轻
youngest	最年轻
newer	较新
newest	最新
heavier	更重|较重
heaviest	最重
hotter	更热
hottest	最热
colder	更冷
coldest	最冷
warmer	更暖|变暖
cheaper	更便宜|较便宜
cheapest	最便宜
more expensive	更贵
easier	更容易|较容易
easiest	最容易
harder	更难|更硬
closer	更近|更紧密
closest	最接近
farther	更远
further	进一步|更远
earlier	早些时候|此前|早先|较早
earliest	最早
richer	更富
richest	最富有|首富
poorest	最贫穷
greater	更大|更多
greatest	最伟大|最大
wider	更宽|更广
deeper	更深
deepest	最深
tallest	最高
busiest	最繁忙
safest	最安全
safer	更安全
most popular	最受欢迎
most important	最重要
least	最少|最不
fewer	更少|较少

# common adjectives
wide	宽|广泛|宽阔
narrow	狭窄|窄
deep	深|深入
shallow	浅
thick	厚|浓|密
dense	密集|茂密
flat	平|平坦|公寓
steep	陡|陡峭
smooth	光滑|顺利|平稳
rough	粗糙|崎岖
soft	软|柔软
bright	明亮|亮|光明
shiny	闪亮|发亮
colourful	多彩|五颜六色|丰富多彩
brown	棕色|褐色
grey	灰色|灰
pink	粉红|粉色
purple	紫色|紫
golden	金色|金黄|黄金
busy	忙|繁忙|忙碌
lively	热闹|活泼
peaceful	和平|宁静|平静
pleasant	宜人|愉快|令人愉快
convenient	方便|便利
inconvenient	不方便
useful	有用|有益
useless	无用|没用
helpful	有帮助|乐于助人
suitable	合适|适合
proper	适当|正确
exact	确切|精确
accurate	准确|精确
certain	一定|确定|某些
obvious	明显|显然
strange	奇怪|陌生
odd	奇怪|奇数
familiar	熟悉
foreign language	外语
native language	母语
typical	典型
ordinary	普通|平常
regular	定期|正常|常规
frequent	频繁|经常
constant	不断|持续|恒定
partial	部分
extra	额外|附加
additional	额外|附加|另外
enough	足够|充足
plenty	大量|充足|很多
alone	独自|单独|一个人
separate	分开|单独|独立
quick	快|迅速|快速
rapid	快速|迅速
sudden	突然
gradual	逐渐|逐步
gradually	逐渐|渐渐
slowly	慢慢|缓慢
suddenly	突然|忽然
immediately	立即|马上|立刻
directly	直接
easily	容易|轻松
carefully	仔细|小心
careful	小心|仔细|谨慎
completely	完全|彻底
totally	完全|全然
mostly	大多|主要|大部分
mainly	主要
probably	可能|大概
perhaps	也许|或许
maybe	也许|可能
certainly	当然|肯定
definitely	肯定|一定
really	真的|确实
actually	实际上|其实
indeed	确实|的确
quite	相当|颇
rather	相当|而是|宁愿
too much	太多|过多
extremely	极其|非常|极度
simply	只是|简单地
merely	仅仅|只是
exactly	正是|确切|恰好
instead	而是|反而|代替
otherwise	否则|不然
anyway	无论如何|反正
besides	此外|除了
moreover	此外|而且|另外
thus	因此|从而
despite	尽管|虽然
unless	除非
whether	是否|无论
either	要么|任何一个
everywhere	到处|各地
somewhere	某处|某个地方
anywhere	任何地方
nowhere	无处
everyone	大家|每个人|所有人
someone	某人|有人
nobody	没有人|无人
everything	一切|所有|一切事物
something	某事|某物|一些东西
nothing	什么都没有|没有什么
thing	东西|事情|事物

# aspect, modality and frequency
yet	尚未|还没|仍
not yet	还没|尚未
ever	曾经|从来|有史以来
used to	曾经|过去常
just now	刚|刚才|刚刚
about to	即将|将要|快要
eventually	最终|终于
at last	终于|最后
forever	永远|永久
rarely	很少|难得
seldom	很少
occasionally	偶尔|有时
generally	一般|通常|总体上
normally	通常|正常情况下
able	能够|有能力
unable	无法|不能
cannot	无法|不能
have to	不得不|必须|只好
forbidden	禁止|不准
unlikely	不太可能

# people, family and work
grandfather	祖父|爷爷|外公
grandmother	祖母|奶奶|外婆
grandchild	孙子|孙女
uncle	叔叔|舅舅|伯伯
aunt	阿姨|姑姑|婶婶
cousin	表兄弟|堂兄弟|表姐妹
relative	亲戚|亲属
twin	双胞胎
couple	夫妇|夫妻|情侣
bride	新娘
groom	新郎
teenager	青少年
adult	成年人|成人
kid	孩子|小孩
infant	婴儿
gentleman	绅士
lady	女士
stranger	陌生人
guest of honour	贵宾
colleague	同事
boss	老板|上司
office worker	上班族|职员
salesman	推销员|售货员
shopkeeper	店主
vendor	小贩|摊贩|供应商
fisherman	渔民
carpenter	木匠
mechanic	机械师|修理工
labourer	劳工|工人
servant	仆人
guard	警卫|保安
cleaner	清洁工
tailor	裁缝
barber	理发师
baker	面包师
priest	牧师|神父|祭司
nun	修女|尼姑
job interview	面试
meeting room	会议室
desk	书桌|办公桌
task	任务
busyness	忙碌

# time expressions
noon	中午|正午
midnight	午夜|半夜
dawn	黎明|拂晓
dusk	黄昏|傍晚
tonight	今晚
this morning	今天早上|今早
last night	昨晚|昨夜
day after tomorrow	后天
nowadays	如今|现在
lifetime	一生|终身
childhood	童年
old age	老年
duration	持续时间|期间
instant	瞬间|即时

# materials and objects
cotton	棉|棉花
wool	羊毛
leather	皮革|皮
rubber	橡胶
brick	砖|砖块
concrete	混凝土
marble	大理石
granite	花岗岩
timber	木材
tile	瓷砖|瓦
thread	线|丝线
needle	针
wire	电线|金属丝
pipe	管子|管道
ladder	梯子
gadget	小工具|小玩意
object	物体|对象

# geography and land
hillside	山坡
highlands	高地|高原
lowland	低地|低洼
continent	大陆|洲
mainland	大陆|本土
archipelago	群岛
equator	赤道
hemisphere	半球
latitude	纬度
altitude	海拔
villager	村民
city dweller	市民|城市居民
county	县
`;
