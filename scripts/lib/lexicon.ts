// Word lists for the generated corpus (scripts/make-corpus.ts). Everything is
// written in Simplified; Traditional articles are converted with OpenCC.
// Names are assembled from parts, so no list here holds a whole person or
// organisation name; generated names that happen to match a seed name are
// skipped at run time (see corpus.ts).

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '林', '何', '郭', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '曹', '袁', '邓', '许', '傅', '蒋', '蔡', '贾',
  '丁', '薛', '叶', '阎', '余', '潘', '杜', '戴', '夏', '钟', '汪', '田', '任', '姜', '范', '方', '石', '姚',
  '谭', '廖', '熊', '金', '陆', '郝', '孔', '白', '崔', '康', '毛', '邱', '秦', '江', '史', '顾', '侯', '孟',
  '龙', '万', '段', '雷', '钱', '汤', '尹', '黎', '易', '常', '武', '乔', '贺', '赖', '龚', '文', '庞', '樊',
  '兰', '殷', '施', '陶', '洪', '翟', '安', '颜', '倪', '严', '牛', '温', '芦', '季', '俞', '章', '鲁', '葛',
  '伍', '韦', '申', '尤', '毕', '聂', '焦', '向', '柳', '邢', '岳', '齐', '梅', '莫', '庄', '辛', '管', '祝',
  '左', '涂', '谷', '时', '单', '和', '查', '费', '农', '普', '牟', '闫', '钮',
];

export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '令狐', '司徒', '夏侯', '长孙'];

/** Characters for given names; a given name is one or two of them. */
export const GIVEN_FIRST = [
  '建', '国', '明', '志', '文', '海', '永', '德', '立', '正', '宏', '振', '春', '秋', '晓', '思', '嘉', '佳',
  '雨', '新', '学', '世', '家', '天', '少', '兴', '长', '金', '玉', '一', '继', '承', '开', '红', '丽', '秀',
  '俊', '凤', '宇', '子', '庆', '光', '卫', '云', '伟', '泽', '景', '朝', '岩', '书', '绍', '维', '启', '惠',
];
export const GIVEN_SECOND = [
  '华', '强', '平', '军', '刚', '斌', '波', '辉', '峰', '宁', '林', '森', '杰', '涛', '勇', '磊', '洋', '鹏',
  '飞', '凯', '旭', '东', '生', '成', '民', '安', '康', '泰', '瑞', '祥', '福', '顺', '鸿', '亮', '超', '松',
  '梅', '兰', '英', '芳', '敏', '静', '婷', '琳', '璐', '蕾', '菲', '薇', '倩', '颖', '娟', '霞', '燕', '萍',
  '彤', '雯', '岚', '晨', '阳', '帆', '远', '毅', '诚', '智', '坤', '武', '栋', '良', '源', '清', '达', '川',
];

/** Real provinces as settings, each with cities and the pinyin used in file names. */
export const PROVINCES: Array<{ name: string; short: string; pinyin: string; cities: string[] }> = [
  { name: '江西省', short: '江西', pinyin: 'jiangxi', cities: ['南昌', '九江', '赣州', '上饶', '宜春'] },
  { name: '四川省', short: '四川', pinyin: 'sichuan', cities: ['成都', '绵阳', '宜宾', '泸州', '南充'] },
  { name: '贵州省', short: '贵州', pinyin: 'guizhou', cities: ['贵阳', '遵义', '六盘水', '安顺', '毕节'] },
  { name: '吉林省', short: '吉林', pinyin: 'jilin', cities: ['长春', '四平', '通化', '白山', '松原'] },
  { name: '广东省', short: '广东', pinyin: 'guangdong', cities: ['广州', '佛山', '湛江', '韶关', '江门'] },
  { name: '云南省', short: '云南', pinyin: 'yunnan', cities: ['昆明', '曲靖', '玉溪', '大理', '红河'] },
  { name: '安徽省', short: '安徽', pinyin: 'anhui', cities: ['合肥', '芜湖', '蚌埠', '安庆', '马鞍山'] },
  { name: '黑龙江省', short: '黑龙江', pinyin: 'heilongjiang', cities: ['哈尔滨', '齐齐哈尔', '大庆', '牡丹江', '佳木斯'] },
  { name: '山东省', short: '山东', pinyin: 'shandong', cities: ['济南', '青岛', '烟台', '潍坊', '临沂'] },
  { name: '浙江省', short: '浙江', pinyin: 'zhejiang', cities: ['杭州', '宁波', '温州', '绍兴', '台州'] },
  { name: '甘肃省', short: '甘肃', pinyin: 'gansu', cities: ['兰州', '天水', '白银', '酒泉', '张掖'] },
  { name: '河北省', short: '河北', pinyin: 'hebei', cities: ['石家庄', '唐山', '邯郸', '保定', '沧州'] },
  { name: '福建省', short: '福建', pinyin: 'fujian', cities: ['福州', '厦门', '泉州', '漳州', '三明'] },
  { name: '湖北省', short: '湖北', pinyin: 'hubei', cities: ['武汉', '宜昌', '襄阳', '荆州', '十堰'] },
  { name: '河南省', short: '河南', pinyin: 'henan', cities: ['郑州', '洛阳', '新乡', '南阳', '许昌'] },
  { name: '山西省', short: '山西', pinyin: 'shanxi', cities: ['太原', '大同', '长治', '晋城', '临汾'] },
  { name: '辽宁省', short: '辽宁', pinyin: 'liaoning', cities: ['沈阳', '大连', '鞍山', '抚顺', '锦州'] },
  { name: '江苏省', short: '江苏', pinyin: 'jiangsu', cities: ['南京', '苏州', '无锡', '徐州', '常州'] },
  { name: '青海省', short: '青海', pinyin: 'qinghai', cities: ['西宁', '海东', '格尔木'] },
  { name: '海南省', short: '海南', pinyin: 'hainan', cities: ['海口', '三亚', '儋州'] },
];

/** Company names: stem + industry + suffix; the short name is stem + 集团 or stem + industry. */
export const COMPANY_STEMS = [
  '瑞丰', '恒远', '北辰', '天衡', '鑫泰', '宏盛', '嘉润', '通联', '兴达', '丰源', '永安', '华晟', '远航', '安泰',
  '中禾', '卓越', '启明', '百川', '博远', '泰和', '鼎盛', '聚源', '广信', '金桥', '润泽', '东升', '景明', '长青',
];
export const INDUSTRIES: Array<{ name: string; topic: string; units: string[] }> = [
  { name: '能源', topic: '安全生产', units: ['万吨', '亿千瓦时', '万千瓦'] },
  { name: '煤业', topic: '安全生产', units: ['万吨', '处'] },
  { name: '电力', topic: '迎峰度夏', units: ['亿千瓦时', '万千瓦', '公里'] },
  { name: '钢铁', topic: '超低排放改造', units: ['万吨', '亿元'] },
  { name: '水务', topic: '供水保障', units: ['万立方米', '公里', '万户'] },
  { name: '交通投资', topic: '重点项目建设', units: ['公里', '座', '亿元'] },
  { name: '建工', topic: '质量安全', units: ['万平方米', '个'] },
  { name: '化工', topic: '安全环保', units: ['万吨', '套'] },
  { name: '装备制造', topic: '改革发展', units: ['台', '亿元'] },
  { name: '港务', topic: '港口发展', units: ['亿吨', '万标箱', '艘'] },
  { name: '农垦', topic: '春耕生产', units: ['万亩', '万吨'] },
  { name: '医药', topic: '质量管理', units: ['个', '亿元'] },
  { name: '物流', topic: '降本增效', units: ['万吨', '辆'] },
];
export const COMPANY_SUFFIXES = ['集团有限公司', '集团有限责任公司', '股份有限公司', '控股集团有限公司'];

/** Government bodies at province level: full name, short name, titles from top to bottom. */
export const DEPARTMENTS: Array<{ full: string; short: string; titles: string[] }> = [
  { full: '应急管理厅', short: '应急厅', titles: ['党委书记、厅长', '副厅长', '二级巡视员'] },
  { full: '发展和改革委员会', short: '发展改革委', titles: ['主任', '副主任', '一级巡视员'] },
  { full: '工业和信息化厅', short: '工信厅', titles: ['党组书记、厅长', '党组成员、副厅长', '总工程师'] },
  { full: '生态环境厅', short: '生态环境厅', titles: ['厅长', '副厅长', '二级巡视员'] },
  { full: '水利厅', short: '水利厅', titles: ['党组书记、厅长', '副厅长', '总工程师'] },
  { full: '交通运输厅', short: '交通运输厅', titles: ['厅长', '党组成员、副厅长'] },
  { full: '住房和城乡建设厅', short: '住建厅', titles: ['厅长', '党组成员、副厅长'] },
  { full: '商务厅', short: '商务厅', titles: ['厅长', '副厅长'] },
  { full: '卫生健康委员会', short: '卫健委', titles: ['主任', '副主任'] },
  { full: '市场监督管理局', short: '市场监管局', titles: ['局长', '副局长'] },
  { full: '能源局', short: '能源局', titles: ['局长', '副局长'] },
];

export const ASSOCIATION_FIELDS = ['建筑业', '煤炭工业', '电力行业', '物流与采购', '安全生产', '水利工程', '钢铁工业', '港口'];

export const COMPANY_TITLES_TOP = ['党委书记、董事长', '董事长'];
export const COMPANY_TITLES_SECOND = ['总经理', '党委副书记、总经理', '总经理、党委副书记'];
export const COMPANY_TITLES = ['党委副书记', '副总经理', '党委委员、副总经理', '总会计师', '总工程师', '纪委书记', '工会主席', '安全总监'];
export const CITY_TITLES = ['市委书记', '市委副书记、市长', '市委常委、常务副市长', '副市长', '市政府副秘书长'];
export const ASSOCIATION_TITLES = ['会长', '常务副会长', '副会长兼秘书长', '副会长', '秘书长'];

/** Rooms and buildings where meetings are held (prefixed by the host or a city). */
export const VENUES = ['总部五楼会议中心', '第一会议室', '二楼多功能厅', '行政楼第三会议室', '调度指挥中心', '综合楼报告厅', '职工培训中心'];
export const HOTELS = ['迎宾馆', '国际会议中心', '会展中心', '宾馆会议中心'];

/** Meeting kinds; `{topic}` and `{year}` are filled in. */
export const MEETING_KINDS = [
  '{year}年{topic}工作会议',
  '{topic}工作推进会',
  '{topic}专题会议',
  '{year}年{topic}暨党风廉政建设工作会议',
  '{topic}现场推进会',
  '{topic}座谈会',
  '第{ordinal}次{topic}工作调度会',
];

export const EXTRA_TOPICS = ['科技创新', '疫情防控', '项目建设', '招商引资', '人才工作', '节能降耗', '乡村振兴', '信息化建设', '降本增效', '对标提升'];

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Figure phrases; `{n}` is a number, `{p}` a percentage, `{unit}` an industry unit. */
export const FIGURE_PHRASES = [
  '实现营业收入{money}亿元，同比增长{p}%',
  '完成固定资产投资{money}亿元，占年度计划的{p}%',
  '排查整治各类隐患{n}项，整改率达{p}%',
  '全年生产{small}{unit}，同比增长{p}%',
  '实现利润总额{money}亿元',
  '投入专项资金{money}亿元',
  '累计完成投资{money}亿元，占总投资的{pi}%',
  '新增就业岗位近{n}个',
  '惠及群众{small}万人',
  '职工总数达{n}余人',
  '上缴税费{money}亿元，同比增长{p}%',
  '节约成本{n}万元',
  '开展培训{n}期，培训职工{small}万人次',
  '办结群众诉求{n}件，满意率{p}%',
];

export const DIRECTIVES = [
  '压实责任，严格落实“一岗双责”',
  '强化现场管理，深化标准化建设',
  '抓好疫情防控和复工复产',
  '坚持问题导向，找准短板弱项',
  '加强统筹协调，形成工作合力',
  '严格考核问责，确保各项任务落地见效',
  '加快项目建设进度，确保年内建成投用',
  '强化要素保障，积极争取政策和资金支持',
  '深化改革创新，激发内生动力',
  '守牢安全底线，坚决遏制较大以上事故发生',
  '提高政治站位，切实增强责任感和紧迫感',
  '加强干部队伍建设，营造干事创业良好氛围',
];

export const PRAISE = [
  '充分肯定了{host}近年来取得的成绩',
  '对{host}各项工作给予充分肯定',
  '对{host}在保障全省经济运行方面所做的工作表示感谢',
];

export const PUBLICATIONS = ['{province}日报', '{province}工人报', '{industry}报', '{province}经济报', '{host}报', '{province}{industry}网'];
export const CATEGORIES = ['重点新闻', '企业新闻', '行业动态', '要闻', '基层动态', '工作动态', '协会动态'];

export const FOOTERS = [
  '如需了解更多信息，请登录{publication}网站。',
  '本网所有内容的版权均属于作者或页面内声明的版权人。',
  '联系电话：0{area}-{phone}',
];
