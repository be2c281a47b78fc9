// Sentences of the genre that are in neither the seeds nor the genre corpus
// (people and bodies made up, places real), each run in Simplified and in
// Traditional: the records must be the same in both scripts.
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { foldName, toTraditional } from '../../src/script.js';
import type { ExtractedRecords, Meeting } from '../../src/types.js';

interface Case {
  text: string;
  /** name → titles as `body/title` (`∅/title` where the text names no body) */
  officials?: Record<string, string[]>;
  /** organisations that must be found (by name or alias) */
  organisations?: string[];
  /** spans that must not come out as organisations */
  notOrganisations?: string[];
  /** full name → declared or abbreviated short form */
  aliases?: Record<string, string>;
  /** full name → a form that is a body of its own, never its alias */
  notAliases?: Record<string, string>;
  meeting?: Partial<Pick<Meeting, 'name' | 'date' | 'time' | 'venue' | 'organiser' | 'chair' | 'attendance'>> & { speakers?: string[] };
  noMeeting?: boolean;
}

const CASES: Case[] = [
  {
    text: '5月9日上午，省政府召开全省安全生产工作电视电话会议。副省长王建国出席会议并讲话，省政府副秘书长李明主持会议。',
    officials: { 王建国: ['∅/副省长'], 李明: ['省政府/副秘书长'] },
    meeting: { name: '全省安全生产工作电视电话会议', date: '2022-05-09', organiser: '省政府', chair: '李明', speakers: ['王建国'] },
  },
  { text: '国务院副总理刘国强在北京会见了来访的代表团。', officials: { 刘国强: ['国务院/副总理'] }, meeting: { name: '会见', venue: '北京' } },
  { text: '县委副书记、代县长赵晓峰，县委常委、县委办公室主任孙丽出席会议。', officials: { 赵晓峰: ['县委/县委副书记', '∅/代县长'], 孙丽: ['县委/县委常委', '县委办公室/主任'] } },
  { text: '省国资委党委书记、主任蒋华，省工业和信息化厅厅长罗平，省生态环境厅副厅长芮冬梅参加调研。', officials: { 蒋华: ['省国资委/党委书记', '省国资委/主任'], 罗平: ['省工业和信息化厅/厅长'], 芮冬梅: ['省生态环境厅/副厅长'] } },
  { text: '市卫生健康委员会（以下简称“市卫健委”）主任许文军表示，今年将继续推进医改。', officials: { 许文军: ['市卫健委/主任'] }, aliases: { 市卫生健康委员会: '市卫健委' } },
  { text: '湖南华菱钢铁集团有限责任公司（简称华菱集团）党委书记、董事长曹志强一行来我市考察。华菱集团副总经理易佐陪同。', officials: { 曹志强: ['华菱集团/党委书记', '华菱集团/董事长'], 易佐: ['华菱集团/副总经理'] }, aliases: { 湖南华菱钢铁集团有限责任公司: '华菱集团' }, notOrganisations: ['简称华菱集团'] },
  {
    text: '5月8日下午3时，全市教育系统党风廉政建设工作会议在市行政中心一楼会议室召开，市教育局党组书记、局长吴颖出席并讲话。',
    officials: { 吴颖: ['市教育局/党组书记', '市教育局/局长'] },
    meeting: { name: '全市教育系统党风廉政建设工作会议', date: '2022-05-08', time: '15:00', venue: '市行政中心一楼会议室', speakers: ['吴颖'] },
  },
  { text: '区人大常委会主任郑国平、区政协主席邓丽华出席。', officials: { 郑国平: ['区人大常委会/主任'], 邓丽华: ['区政协/主席'] }, organisations: ['区人大常委会', '区政协'] },
  { text: '公司召开第一季度经营分析会，公司领导韦力、石磊、苏畅出席会议。', officials: { 韦力: ['公司/领导'], 石磊: ['公司/领导'], 苏畅: ['公司/领导'] }, meeting: { name: '第一季度经营分析会' } },
  { text: '据了解，此次会议由省商务厅主办，省贸促会承办。', organisations: ['省商务厅', '省贸促会'], notOrganisations: ['省商务厅主办', '省贸促会承办'] },
  { text: '记者从市住房和城乡建设局获悉，全市已开工改造老旧小区126个。', organisations: ['市住房和城乡建设局'] },
  { text: '大会选举产生了新一届理事会，孔德明当选为会长，丁小平当选为秘书长。', officials: { 孔德明: ['∅/会长'], 丁小平: ['∅/秘书长'] } },
  { text: '江苏省委常委、南京市委书记韩立明看望慰问了一线工人。', officials: { 韩立明: ['江苏省委/省委常委', '南京市委/书记'] } },
  { text: '厂长时运来、副厂长巫平陪同调研。', officials: { 时运来: ['∅/厂长'], 巫平: ['∅/副厂长'] } },
  { text: '座谈会上，专家就规划编制提出了意见建议。省林业局副局长傅海明主持座谈会。', officials: { 傅海明: ['省林业局/副局长'] }, meeting: { name: '座谈会', chair: '傅海明' } },
  { text: '中国工商银行湖南省分行行长李晓鹏、建设银行长沙支行副行长钱芳出席签约仪式。', officials: { 李晓鹏: ['中国工商银行湖南省分行/行长'], 钱芳: ['建设银行长沙支行/副行长'] } },
  { text: '中南大学湘雅医院党委书记汤敏、院长雷光华陪同考察。', officials: { 汤敏: ['中南大学湘雅医院/党委书记'], 雷光华: ['中南大学湘雅医院/院长'] } },
  {
    text: '11月5日14时，省工信厅在长沙组织召开全省工业企业复工复产视频调度会，厅党组书记、厅长曹慧泉出席会议并讲话，厅党组成员、副厅长熊琛主持会议，各市州工信局负责人约120人参加。',
    officials: { 曹慧泉: ['省工信厅/党组书记', '省工信厅/厅长'], 熊琛: ['省工信厅/党组成员', '省工信厅/副厅长'] },
    meeting: { name: '全省工业企业复工复产视频调度会', date: '2022-11-05', time: '14:00', venue: '长沙', organiser: '省工信厅', chair: '熊琛', attendance: { value: 120, approx: 'about' }, speakers: ['曹慧泉'] },
  },
  { text: '会议由县委副书记、县长吕建华主持，县委书记欧阳琳作总结讲话。', officials: { 吕建华: ['县委/县委副书记', '∅/县长'], 欧阳琳: ['县委/县委书记'] } },
  { text: '省交通运输厅党组副书记、副厅长（正厅级）李伟讲话。', officials: { 李伟: ['省交通运输厅/党组副书记', '省交通运输厅/副厅长'] } },
  { text: '该公司负责人张先生介绍，项目总投资约12亿元。', officials: {} },
  { text: '把思想统一到中央和省委、省政府的决策部署上来，相关市县区维稳办要落实责任。', notOrganisations: ['中央和省委', '市县区维稳办'] },
  // leaders of a level are officials, but 领导 is no post (issue 16)
  { text: '省领导张国华、李建平出席会议。', officials: { 张国华: [], 李建平: [] } },
  { text: '市委常委、秘书长王立新，中共新余市委书记刘卫东出席开幕式。', officials: { 王立新: ['市委/市委常委', '市委/秘书长'], 刘卫东: ['中共新余市委/市委书记'] } },
  { text: '出席会议的还有：陈刚、赵敏、周涛。', officials: {} },
  { text: '集团公司党委常委、副总经理温晓松，集团公司总经理助理、安全环保部部长符建平参加检查。', officials: { 温晓松: ['集团公司/党委常委', '集团公司/副总经理'], 符建平: ['集团公司/总经理助理', '安全环保部/部长'] } },
  { text: '中国建设银行股份有限公司湖北省分行党委书记、行长贾晓明讲话。', officials: { 贾晓明: ['中国建设银行股份有限公司湖北省分行/党委书记', '中国建设银行股份有限公司湖北省分行/行长'] } },
  { text: '10月28日，中共江城市委召开十三届五中全会，市委书记李向东作工作报告。', officials: { 李向东: ['市委/市委书记'] }, meeting: { name: '十三届五中全会', date: '2022-10-28', organiser: '中共江城市委', speakers: ['李向东'] } },
  { text: '市人大常委会召开主任会议，市人大常委会主任孔祥东主持会议。', officials: { 孔祥东: ['市人大常委会/主任'] }, organisations: ['市人大常委会'], meeting: { name: '主任会议', organiser: '市人大常委会', chair: '孔祥东' } },
  { text: '公司组织召开安全生产专题会，总经理潘涛主持。', meeting: { name: '安全生产专题会', chair: '潘涛' } },
  { text: '在王立新副市长的带领下，调研组来到项目现场。会上，刘芳主任作了工作报告。', officials: { 王立新: ['∅/副市长'], 刘芳: ['∅/主任'] } },
  { text: '省工信厅召开调度会。会议由党组成员、副厅长和子辉主持。', officials: { 和子辉: ['省工信厅/党组成员', '省工信厅/副厅长'] }, meeting: { name: '调度会', chair: '和子辉', organiser: '省工信厅' } },
  { text: '3月5日上午10:00，全省水利工作会议在南昌以视频形式召开，参会人员达200余人。', meeting: { name: '全省水利工作会议', date: '2022-03-05', time: '10:00', venue: '南昌', attendance: { value: 200, approx: 'more_than' } } },
  { text: '4月7日晚，县政府召开疫情防控工作调度会，县长杨光主持会议，县直各部门主要负责人千余人通过视频参会。', meeting: { name: '疫情防控工作调度会', date: '2022-04-07', organiser: '县政府', chair: '杨光', attendance: { value: 1000, approx: 'more_than' } } },
  { text: '花桥镇党委书记张立军、镇长胡晓燕陪同调研。石门村党支部书记杨春生介绍了村里的产业。', officials: { 张立军: ['花桥镇/党委书记'], 胡晓燕: ['花桥镇/镇长'], 杨春生: ['石门村/党支部书记'] } },
  { text: '恒达科技股份有限公司董事长兼总经理周建明表示，公司将加大研发投入。', officials: { 周建明: ['恒达科技股份有限公司/董事长', '恒达科技股份有限公司/总经理'] } },
  { text: '宝鸡市市委常委、常务副市长李明华主持会议。', officials: { 李明华: ['宝鸡市市委/市委常委', '宝鸡市/常务副市长'] } },
  { text: '9月27日上午10时，浙江省商务厅在职工培训中心召开疫情防控工作推进会。', notOrganisations: ['职工培训中心'], meeting: { name: '疫情防控工作推进会', time: '10:00', venue: '职工培训中心', organiser: '浙江省商务厅' } },
  { text: '省住建厅厅长周文率调研组深入山东烟台等地调研。', officials: { 周文: ['省住建厅/厅长'] }, notOrganisations: ['山东烟台'] },
  { text: '他说：“这次推进会在县里召开，意义重大。”', noMeeting: true },
  { text: '全市“春风行动”部署会在市公安局召开。', meeting: { name: '全市“春风行动”部署会', venue: '市公安局' } },
  {
    text: '各级党委政府和相关职能部门要切实履行监管职责，属地政府和基层党组织要加强协调。金融机构、科研院所、高等院校和中小学校共同参与。集团公司将指导子公司、分公司和项目公司加强管理，平台公司、城投公司要加快转型。',
    notOrganisations: ['党委政府', '属地政府', '中小学校', '中小学', '指导子公司', '项目公司', '平台公司', '城投公司'],
  },
  { text: '6月18日，2022中国（长沙）工程机械论坛在长沙国际会展中心开幕。论坛由省工信厅、省商务厅主办，长沙市人民政府承办。', meeting: { name: '2022中国（长沙）工程机械论坛', date: '2022-06-18', venue: '长沙国际会展中心', organiser: '省工信厅' } },
  { text: '5月12日，全省安全生产工作会议在省应急管理厅召开，会议由省安委会办公室组织。', meeting: { name: '全省安全生产工作会议', venue: '省应急管理厅', organiser: '省安委会办公室' } },
  { text: '全市人才工作座谈会在市委党校召开。人选由省委组织部统一考察。', meeting: { name: '全市人才工作座谈会', organiser: null } },
  { text: '市长刘洋批示，要求抓紧落实。厅长吴刚指示各地加强防范。副市长赵斌督导检查。书记陈亮调度防汛工作。副省长李海莅临指导。', officials: { 刘洋: ['∅/市长'], 吴刚: ['∅/厅长'], 赵斌: ['∅/副市长'], 陈亮: ['∅/书记'], 李海: ['∅/副省长'] } },
  {
    text: '加快建设区域性物流中心和国际消费中心城市。要坚持以人民为中心的发展思想，推动数据中心、算力中心建设。依托省级工程技术研究中心提升创新能力。',
    notOrganisations: ['加快建设区域性物流中心', '建设区域性物流中心', '国际消费中心', '数据中心', '算力中心', '省级工程技术研究中心'],
  },
  { text: '该项目由中国电建集团中南勘测设计研究院有限公司承建。市生态环境局联合市公安局、市市场监管局开展联合执法行动。', organisations: ['中国电建集团中南勘测设计研究院有限公司', '市生态环境局', '市公安局', '市市场监管局'] },
  { text: '中国建设银行与中国银行的代表参加了签约。', organisations: ['中国建设银行', '中国银行'], notAliases: { 中国建设银行: '中国银行' } },
  { text: '省商务厅副厅长罗文，副市长蒙晓东，集团董事长邱新，总经理胡立出席。', officials: { 罗文: ['省商务厅/副厅长'], 蒙晓东: ['∅/副市长'], 邱新: ['集团/董事长'], 胡立: ['集团/总经理'] } },
  { text: '11月3日，副省长张海出席全省民营经济发展大会并讲话。各单位主要负责人约200人出席会议。', officials: { 张海: ['∅/副省长'] }, meeting: { name: '全省民营经济发展大会', date: '2022-11-03', attendance: { value: 200, approx: 'about' }, speakers: ['张海'] } },
  { text: '3月2日，省政府召开2022年全省安全生产工作会议。副省长王强出席全省安全生产工作会议并讲话。', meeting: { name: '2022年全省安全生产工作会议', date: '2022-03-02', organiser: '省政府', speakers: ['王强'] } },
  { text: '市纪委监委驻市教育局纪检监察组组长许明亮出席会议。', officials: { 许明亮: ['市纪委监委驻市教育局纪检监察组/组长'] } },
  { text: '公司工会主席、职工董事何丽萍宣读了表彰决定。', officials: { 何丽萍: ['公司/工会主席', '公司/职工董事'] } },
  { text: '市委组织部副部长、市人社局党组书记、局长谭飞，市税务局副局长冯军出席。', officials: { 谭飞: ['市委组织部/副部长', '市人社局/党组书记', '市人社局/局长'], 冯军: ['市税务局/副局长'] } },
  { text: '中国石油天然气集团有限公司与湖南省人民政府签署协议，中国石油集团董事长戴厚良、省长毛伟明出席签约仪式。', officials: { 戴厚良: ['中国石油集团/董事长'], 毛伟明: ['∅/省长'] }, aliases: { 中国石油天然气集团有限公司: '中国石油集团' } },
  { text: '江南水务集团有限公司（下称“江南水务”）总经理柯明介绍，江南水务今年供水量增长5%。', officials: { 柯明: ['江南水务/总经理'] }, aliases: { 江南水务集团有限公司: '江南水务' } },
  { text: '会议以视频形式召开，主会场设在省政府。', noMeeting: true },
  { text: '党的二十大胜利召开以来，全省上下认真学习贯彻大会精神。“两会”召开前后，各单位要加强值班值守。', noMeeting: true },
  { text: '他表示，公司将召开股东大会审议相关议案，下次会议于6月召开。', noMeeting: true },
  { text: '2021年6月3日上午，全市文旅系统安全生产专题会议在市文旅局召开。', meeting: { name: '全市文旅系统安全生产专题会议', date: '2021-06-03', venue: '市文旅局' } },
  { text: '市长助理、市公安局局长阎明讲话。', officials: { 阎明: ['∅/市长助理', '市公安局/局长'] } },
  { text: '省交通运输厅厅长郑颖率调研组深入九江调研。', officials: { 郑颖: ['省交通运输厅/厅长'] } },
  { text: '青海省住房和城乡建设厅召开专题会议。省住建厅厅长管天成主持会议。', officials: { 管天成: ['省住建厅/厅长'] }, aliases: { 青海省住房和城乡建设厅: '省住建厅' }, meeting: { name: '专题会议', organiser: '青海省住房和城乡建设厅', chair: '管天成' } },
  { text: '在黑龙江长青电力控股集团有限公司，长青集团董事长姜明介绍了情况。', officials: { 姜明: ['长青集团/董事长'] }, aliases: { 黑龙江长青电力控股集团有限公司: '长青集团' } },
  { text: '在江西省生态环境厅，省生态环境厅厅长余兴国介绍，今年投入资金3亿元。', officials: { 余兴国: ['省生态环境厅/厅长'] }, aliases: { 江西省生态环境厅: '省生态环境厅' } },
  { text: '福建省市场监督管理局召开推进会。省市场监管局局长庞安出席会议并讲话。', officials: { 庞安: ['省市场监管局/局长'] }, aliases: { 福建省市场监督管理局: '省市场监管局' } },
  { text: '湖北省发展和改革委员会召开推进会，省发展改革委主任史宇新出席。', aliases: { 湖北省发展和改革委员会: '省发展改革委' } },
  { text: '中禾钢铁控股集团有限公司在集团职工培训中心召开现场推进会。', notOrganisations: ['集团职工培训中心'], meeting: { name: '现场推进会', venue: '集团职工培训中心' } },
  { text: '省商务厅与中建八局举行工作会谈，双方就合作进行了交流。', organisations: ['省商务厅'], notOrganisations: ['省商务厅与中建八局'], meeting: { name: '工作会谈', organiser: '省商务厅' } },
  // a board's posts are titles of the body it governs (理事会主任 of a 供销社, as 监事会主席 of a company); the body carries along the list
  // transliterated names joined by a middle dot; a place as the body further along a chain
  {
    text: '自治区党委副书记、自治区主席艾尔肯·吐尼亚孜会见了客人，自治区副主席玉苏甫江·麦麦提参加会见。',
    officials: { '艾尔肯·吐尼亚孜': ['自治区/党委副书记', '自治区/主席'], '玉苏甫江·麦麦提': ['自治区/副主席'] },
  },
  { text: '省委副书记、自治区主席张志军出席。', officials: { 张志军: ['省委/省委副书记', '自治区/主席'] } },
  { text: '市委常委、南宁市副市长韦国栋陪同。', officials: { 韦国栋: ['市委/市委常委', '南宁市/副市长'] } },
  { text: '会上，长沙、株洲两市工信局和三一集团作交流发言。', organisations: ['三一集团'], notOrganisations: ['株洲两市工信局', '两市工信局'] },
  { text: '7月8日上午，市长周建明主持召开市政府第四十五次常务会议，研究部署防汛工作。', officials: { 周建明: ['∅/市长'] }, meeting: { name: '市政府第四十五次常务会议', organiser: '市政府', chair: '周建明' } },
  // a stop word inside a body's own suffix (监管 in 监管局, 监管办) does not cut the body
  { text: '省市场监管局副局长董文，省能源局局长熊康出席会议。', officials: { 董文: ['省市场监管局/副局长'], 熊康: ['省能源局/局长'] } },
  { text: '国家能源局华中监管局副局长周敏、湖南监管办主任李华一行来公司调研。', officials: { 周敏: ['国家能源局华中监管局/副局长'], 李华: ['湖南监管办/主任'] } },
  // titles with no name before a comma go on to the next body's: one person, four posts
  { text: '市发改委党组成员、副主任，市能源局党组书记、局长卢伟讲话。', officials: { 卢伟: ['市发改委/党组成员', '市发改委/副主任', '市能源局/党组书记', '市能源局/局长'] } },
  // a short bracketed word inside a meeting's name
  { text: '9月9日，市委召开常委（扩大）会议，传达学习省委全会精神。', meeting: { name: '常委（扩大）会议', date: '2022-09-09' } },
  // a verb of saying ends a name and a body's stem
  { text: '厅长孙华说，要抓好落实。主任张笑笑出席。', officials: { 孙华: ['∅/厅长'], 张笑笑: ['∅/主任'] } },
  { text: '董事长王刚透露公司明年将上市。', officials: { 王刚: ['∅/董事长'] }, notOrganisations: ['王刚透露公司'] },
  // a weak suffix before 签约, 签署, 联合 …: 省交通厅 is a body; 交易所 is a strong suffix
  { text: '中国铁建股份有限公司与省交通厅签约，深圳证券交易所发布公告。', organisations: ['中国铁建股份有限公司', '省交通厅', '深圳证券交易所'] },
  // 昨天 in a report dated 2022-05-10
  { text: '昨天下午，全市优化营商环境工作推进会在市行政中心召开。', meeting: { name: '全市优化营商环境工作推进会', date: '2022-05-09', venue: '市行政中心' } },
  // a village's and a community's committee posts, after their party posts
  { text: '长江村党支部书记、村委会主任王大勇，东湖社区党委书记、居委会主任李娟介绍了情况。', officials: { 王大勇: ['长江村/党支部书记', '长江村/村委会主任'], 李娟: ['东湖社区/党委书记', '东湖社区/居委会主任'] } },
  // 安委会 (a safety committee) hosts meetings; a count of people sent is no body (选派不少于10名专家常驻县医院)
  { text: '会议由省安委会主办，省应急管理厅厅长严国庆通报了情况。', organisations: ['省安委会', '省应急管理厅'], officials: { 严国庆: ['省应急管理厅/厅长'] } },
  { text: '省人民医院将选派不少于10名专家常驻县医院，帮助县医院提升诊疗水平。', organisations: ['省人民医院'], notOrganisations: ['名专家常驻县医院', '专家常驻县医院'] },
  { text: '市供销社理事会主任钱立群、监事会主任孟凡出席会议。', officials: { 钱立群: ['市供销社/理事会主任'], 孟凡: ['市供销社/监事会主任'] }, organisations: ['市供销社'] },
];

const titlesOf = (r: ExtractedRecords, name: string) =>
  r.officials.find((o) => foldName(o.name) === foldName(name))?.titles.map((t) => foldName(`${t.organisation ?? '∅'}/${t.title}`));

function check(c: Case, text: string) {
  const r = extractRecords({ paragraphs: [text], reportStarts: [], date: '2022-05-10', script: 'Hans', title: null });
  const orgForms = r.organisations.flatMap((o) => [o.name, ...o.aliases]).map(foldName);
  if (c.officials) {
    expect(r.officials.map((o) => foldName(o.name)).sort()).toEqual(Object.keys(c.officials).map(foldName).sort());
    for (const [name, titles] of Object.entries(c.officials)) expect(titlesOf(r, name)).toEqual(titles.map(foldName));
  }
  for (const o of c.organisations ?? []) expect(orgForms).toContain(foldName(o));
  for (const o of c.notOrganisations ?? []) expect(orgForms).not.toContain(foldName(o));
  for (const [full, short] of Object.entries(c.aliases ?? {})) {
    const record = r.organisations.find((o) => foldName(o.name) === foldName(full));
    expect(record?.aliases.map(foldName)).toContain(foldName(short));
  }
  for (const [full, other] of Object.entries(c.notAliases ?? {})) {
    const record = r.organisations.find((o) => foldName(o.name) === foldName(full));
    expect(record?.aliases.map(foldName)).not.toContain(foldName(other));
  }
  if (c.noMeeting) expect(r.meetings).toEqual([]);
  if (c.meeting) {
    expect(r.meetings).toHaveLength(1);
    const m = r.meetings[0]!;
    const { speakers, ...fields } = c.meeting;
    for (const [k, v] of Object.entries(fields)) expect(typeof v === 'string' ? foldName(m[k as keyof Meeting] as string) : m[k as keyof Meeting], k).toEqual(typeof v === 'string' ? foldName(v) : v);
    if (speakers) expect(m.speakers.map(foldName)).toEqual(speakers.map(foldName));
  }
}

describe.each([
  ['Simplified', (t: string) => t],
  ['Traditional', toTraditional],
])('genre sentences in %s', (_script, convert) => {
  it.each(CASES.map((c) => [c.text.slice(0, 24), c] as const))('%s…', (_label, c) => check(c, convert(c.text)));
});
