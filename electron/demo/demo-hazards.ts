import type { HazardCategory, HazardGrade, HazardSource } from '../../shared/domain/hazards'

/**
 * The sample school's hazards of 2026—2027学年第一学期, as of 4 December 2026: every state of the loop,
 * 立查立改, a rectification sent back once, two 重大 hazards with 五落实, 治理方案 and 上报, and some past their
 * deadline. People are named as on the sample roster; a name in braces is someone off the roster.
 */

export type DemoStep =
  | { do: 'start'; on: string; responsible: string; measures: string; deadline: string; funds?: string; contingency?: string; governancePlan?: string }
  | { do: 'report'; on: string; to: string; note?: string }
  | { do: 'submit'; on: string; rectifier: string; note: string; photos?: string[] }
  | { do: 'reject'; on: string; reason: string }
  | { do: 'accept'; on: string; acceptor: string; opinion: string }
  | { do: 'close'; on: string; note?: string }

export interface DemoOnTheSpot {
  measures: string
  rectifier: string
  acceptor: string
  opinion: string
  note: string
}

export interface DemoHazard {
  key: string
  foundOn: string
  foundBy: string
  source: HazardSource
  /**
   * The inspection that found it: the plan's name, and a word of the failed checklist item, or of the
   * result's note when the inspection was recorded before the sample's term (see demo-inspections.ts).
   */
  inspection?: { plan: string; keyword: string }
  /** The risk point by name, when no checklist item names it. */
  point: string
  place: string
  description: string
  category: HazardCategory
  grade: HazardGrade
  criteria?: string[]
  foundPhotos?: string[]
  /** Fixed and accepted where it was found (立查立改). */
  onTheSpot?: DemoOnTheSpot
  steps: DemoStep[]
}

const contingencyDefault = '整改完成前设置警示标志和围挡，安排专人看护，禁止学生靠近。'

export const demoHazards: DemoHazard[] = [
  {
    key: 'wall-bricks',
    foundOn: '2026-08-27',
    foundBy: '王建国',
    source: 'inspection',
    inspection: { plan: '开学前综合排查', keyword: '围墙一处砖块' },
    point: '围墙、挡土墙与护坡',
    place: '东侧围墙',
    description: '东侧围墙一处砖块松动，有掉落伤人的危险。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-08-27', responsible: '刘志强', measures: '拆除松动砖块重新砌筑，勾缝加固。', deadline: '2026-08-31', contingency: contingencyDefault },
      { do: 'submit', on: '2026-08-30', rectifier: '施建军', note: '已重新砌筑约1平方米墙体。' },
      { do: 'accept', on: '2026-08-31', acceptor: '刘志强', opinion: '墙体牢固，同意销号。' },
      { do: 'close', on: '2026-08-31' }
    ]
  },
  {
    key: 'water-filter',
    foundOn: '2026-08-27',
    foundBy: '王建国',
    source: 'inspection',
    inspection: { plan: '开学前综合排查', keyword: '饮水机滤芯' },
    point: '饮用水设施',
    place: '教学楼二楼饮水点',
    description: '二楼饮水机滤芯超过更换期限未更换。',
    category: 'site',
    grade: 'general',
    onTheSpot: { measures: '更换饮水机滤芯，张贴更换记录卡。', rectifier: '施建军', acceptor: '姜宁', opinion: '已更换，记录卡填写完整。', note: '当天更换。' },
    steps: [{ do: 'close', on: '2026-08-28' }]
  },
  {
    key: 'switch-room-extinguisher',
    foundOn: '2026-10-28',
    foundBy: '张海涛',
    source: 'inspection',
    inspection: { plan: '月度综合排查', keyword: '配电室灭火器' },
    point: '配电室与配电箱',
    place: '配电室',
    description: '配电室灭火器压力偏低。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-10-28', responsible: '刘志强', measures: '更换配电室灭火器，核对配置数量。', deadline: '2026-11-04' },
      { do: 'submit', on: '2026-11-02', rectifier: '施建军', note: '已更换2具二氧化碳灭火器。' },
      { do: 'accept', on: '2026-11-03', acceptor: '王建国', opinion: '压力正常，同意销号。' },
      { do: 'close', on: '2026-11-03' }
    ]
  },
  {
    key: 'visitor-log',
    foundOn: '2026-12-02',
    foundBy: '孔令军',
    source: 'inspection',
    inspection: { plan: '门卫日常排查', keyword: '访客登记' },
    point: '校门及门卫室',
    place: '门卫室',
    description: '访客登记本缺12月2日下午两条离校时间记录。',
    category: 'basic',
    grade: 'general',
    onTheSpot: { measures: '当班门卫核对监控补记离校时间，重申访客进出登记要求。', rectifier: '孔令军', acceptor: '王建国', opinion: '已补记，登记完整。', note: '当日补记。' },
    steps: [{ do: 'close', on: '2026-12-03' }]
  },
  {
    key: 'extinguisher-teaching',
    foundOn: '2026-08-28',
    foundBy: '张海涛',
    source: 'inspection',
    inspection: { plan: '开学前综合排查', keyword: '灭火器' },
    point: '消防设施与器材',
    place: '教学楼三楼东侧走廊',
    description: '教学楼三楼东侧走廊2具干粉灭火器压力表指针在红区，压力不足。',
    category: 'site',
    grade: 'general',
    foundPhotos: ['灭火器压力不足'],
    steps: [
      { do: 'start', on: '2026-08-28', responsible: '刘志强', measures: '更换2具压力不足的灭火器，检查全楼灭火器并张贴月检卡。', deadline: '2026-09-04', contingency: '从一楼调配2具灭火器临时放置。' },
      { do: 'submit', on: '2026-08-31', rectifier: '施建军', note: '已更换2具灭火器，全楼48具灭火器逐一检查并张贴检查卡。', photos: ['灭火器已更换'] },
      { do: 'accept', on: '2026-09-01', acceptor: '王建国', opinion: '现场检查压力正常，检查卡齐全，同意销号。' },
      { do: 'close', on: '2026-09-01' }
    ]
  },
  {
    key: 'toilet-floor',
    foundOn: '2026-09-10',
    foundBy: '冯磊',
    source: 'report',
    point: '厕所',
    place: '教学楼二楼男厕所',
    description: '二楼男厕所地面瓷砖破损，长期积水，学生容易滑倒。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-09-11', responsible: '刘志强', measures: '更换破损瓷砖，疏通地漏，铺设防滑垫。', deadline: '2026-09-20', contingency: '设置“小心地滑”警示牌，保洁员每节课后拖干积水。' },
      { do: 'submit', on: '2026-09-16', rectifier: '施建军', note: '已更换瓷砖6块并疏通地漏，铺设防滑垫。' },
      { do: 'accept', on: '2026-09-17', acceptor: '王建国', opinion: '地面平整无积水，同意销号。' },
      { do: 'close', on: '2026-09-18' }
    ]
  },
  {
    key: 'socket-kitchen',
    foundOn: '2026-09-15',
    foundBy: '尤志勇',
    source: 'inspection',
    inspection: { plan: '食堂管理员日常排查', keyword: '插座' },
    point: '食堂加工操作区',
    place: '食堂后厨面点间',
    description: '面点间墙面插座面板破损，带电部位外露。',
    category: 'site',
    grade: 'general',
    onTheSpot: { measures: '断电后更换插座面板。', rectifier: '施建军', acceptor: '尤志勇', opinion: '已更换，通电正常。', note: '电工当场更换。' },
    steps: [{ do: 'close', on: '2026-09-16' }]
  },
  {
    key: 'switch-room',
    foundOn: '2026-09-25',
    foundBy: '刘志强',
    source: 'inspection',
    inspection: { plan: '总务处（后勤处）每周排查', keyword: '配电' },
    point: '配电室与配电箱',
    place: '配电室门口',
    description: '配电室门口和室内堆放废旧课桌椅等杂物，影响检修通道。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-09-25', responsible: '刘志强', measures: '清理配电室内外杂物，配电室门口划设禁止堆放标线。', deadline: '2026-09-30' },
      { do: 'submit', on: '2026-09-28', rectifier: '华秀英', note: '杂物已清运至仓库，已划线。' },
      { do: 'accept', on: '2026-09-29', acceptor: '王建国', opinion: '通道畅通，同意销号。' },
      { do: 'close', on: '2026-09-29' }
    ]
  },
  {
    key: 'dorm-window-bars',
    foundOn: '2026-10-09',
    foundBy: '王建国',
    source: 'inspection',
    inspection: { plan: '其他部门每周排查', keyword: '宿舍' },
    point: '学生宿舍',
    place: '学生宿舍1号楼一楼',
    description: '学生宿舍1号楼一楼12间宿舍外窗设置固定式防盗网，不能从内部开启，火灾时影响逃生和救援。',
    category: 'site',
    grade: 'major',
    criteria: ['XF-11'],
    foundPhotos: ['宿舍外窗固定防盗网'],
    steps: [
      { do: 'report', on: '2026-10-10', to: '山阳区教育局', note: '电话报告安全股，当日报送重大事故隐患报告表。' },
      {
        do: 'start',
        on: '2026-10-12',
        responsible: '刘志强',
        measures: '拆除一楼12间宿舍外窗固定式防盗网，更换为可从内部开启的逃生窗；\n每间宿舍配备应急手电和逃生指示。',
        deadline: '2026-12-20',
        funds: '约3.6万元，列入学校2026年度维修经费，由总务处落实',
        contingency: '改造完成前，一楼宿舍每晚安排宿管员和保安双人巡查，走廊配置灭火器和应急照明；开展一次宿舍夜间疏散演练。',
        governancePlan:
          '由总务处委托有资质的施工单位，分三批拆除并更换逃生窗，施工期间相关宿舍学生调整到二楼空置宿舍住宿；\n施工前办理动火审批，现场设安全员监护；\n完成后由校长组织验收，报山阳区教育局申请销号。'
      }
    ]
  },
  {
    key: 'height-barrier',
    foundOn: '2026-10-13',
    foundBy: '王建国',
    source: 'inspection',
    inspection: { plan: '安全办（保卫处）每周排查', keyword: '校门' },
    point: '校门及门卫室',
    place: '学校大门',
    description: '大门限高杆警示反光标志脱落，夜间不易辨认。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-10-14', responsible: '刘志强', measures: '重新粘贴反光警示标志，加装警示灯。', deadline: '2026-10-20' },
      { do: 'submit', on: '2026-10-19', rectifier: '施建军', note: '已粘贴反光膜并加装太阳能警示灯。' },
      { do: 'accept', on: '2026-10-21', acceptor: '王建国', opinion: '夜间可见，同意销号。' },
      { do: 'close', on: '2026-10-21' }
    ]
  },
  {
    key: 'exit-sign-dorm',
    foundOn: '2026-10-15',
    foundBy: '何秀兰',
    source: 'report',
    point: '疏散通道与安全出口',
    place: '学生宿舍2号楼一楼',
    description: '宿舍2号楼一楼安全出口指示灯不亮。',
    category: 'site',
    grade: 'general',
    onTheSpot: { measures: '更换安全出口指示灯。', rectifier: '施建军', acceptor: '王建国', opinion: '指示灯正常点亮，同意销号。', note: '当场更换备用指示灯。' },
    steps: [{ do: 'close', on: '2026-10-16' }]
  },
  {
    key: 'dorm-emergency-light',
    foundOn: '2026-10-20',
    foundBy: '{山阳区教育局安全检查组}',
    source: 'bureau',
    point: '学生宿舍',
    place: '学生宿舍2号楼三楼走廊',
    description: '区教育局检查发现宿舍2号楼三楼走廊应急照明灯多处不亮，断电后不能正常启动。',
    category: 'site',
    grade: 'general',
    foundPhotos: ['应急照明灯不亮'],
    steps: [
      { do: 'start', on: '2026-10-21', responsible: '刘志强', measures: '更换三楼全部应急照明灯的蓄电池，逐盏做断电测试。', deadline: '2026-10-31', contingency: contingencyDefault },
      { do: 'submit', on: '2026-10-28', rectifier: '施建军', note: '已更换8盏应急灯蓄电池。' },
      { do: 'reject', on: '2026-10-29', reason: '断电测试时仍有2盏不亮，其余持续照明不足30分钟，不符合要求。' },
      { do: 'submit', on: '2026-11-05', rectifier: '施建军', note: '10盏应急灯整灯更换，断电测试持续照明均超过90分钟。' },
      { do: 'accept', on: '2026-11-06', acceptor: '王建国', opinion: '复查合格，同意销号，并报区教育局备查。' },
      { do: 'close', on: '2026-11-06' }
    ]
  },
  {
    key: 'lab-register',
    foundOn: '2026-11-18',
    foundBy: '张海涛',
    source: 'inspection',
    inspection: { plan: '学期综合排查', keyword: '危险化学品' },
    point: '化学实验室与危化品储存室',
    place: '化学药品室',
    description: '危险化学品领用登记不全，本学期有3次领用没有双人签字。',
    category: 'basic',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-11-18', responsible: '杨帆', measures: '补全领用记录，重新组织实验员学习双人双锁制度。', deadline: '2026-11-25' },
      { do: 'submit', on: '2026-11-24', rectifier: '杨帆', note: '已补登记并签字，11月23日组织学习。' },
      { do: 'accept', on: '2026-11-25', acceptor: '周敏', opinion: '记录完整，同意销号。' },
      { do: 'close', on: '2026-11-26' }
    ]
  },
  {
    key: 'ebike-dorm',
    foundOn: '2026-11-03',
    foundBy: '曹勇',
    source: 'report',
    point: '电动自行车停放与充电',
    place: '学生宿舍2号楼一楼楼道',
    description: '夜间巡查发现宿舍2号楼一楼楼道内有电动自行车蓄电池拖线充电。',
    category: 'site',
    grade: 'major',
    criteria: ['XF-08'],
    foundPhotos: ['楼道内蓄电池充电'],
    steps: [
      { do: 'report', on: '2026-11-03', to: '山阳区教育局', note: '当日报告，已立即断电并移出蓄电池。' },
      {
        do: 'start',
        on: '2026-11-03',
        responsible: '刘志强',
        measures: '在车棚设置集中充电区，安装智能充电桩；\n宿舍楼入口安装电动车阻车装置，楼道加装视频监控。',
        deadline: '2026-11-10',
        funds: '1.2万元，学校公用经费列支',
        contingency: '充电区建成前，禁止任何电动自行车和蓄电池进入宿舍楼，保安每晚两次巡查。',
        governancePlan: '总务处负责采购安装充电桩和阻车装置；\n安全办负责宣传教育和夜间巡查；\n完成后校长组织验收。'
      },
      { do: 'submit', on: '2026-11-08', rectifier: '施建军', note: '车棚集中充电区已建成（12个充电口），宿舍楼入口阻车装置和监控已安装。', photos: ['集中充电区建成'] },
      { do: 'accept', on: '2026-11-09', acceptor: '李文博', opinion: '现场验收合格，同意销号，报区教育局备案。' },
      { do: 'close', on: '2026-11-10' }
    ]
  },
  {
    key: 'stair-handrail',
    foundOn: '2026-11-05',
    foundBy: '孙明',
    source: 'report',
    point: '楼梯、走廊与连廊',
    place: '教学楼西侧楼梯二至三楼',
    description: '教学楼西侧楼梯二至三楼扶手松动，固定螺栓缺失。',
    category: 'site',
    grade: 'general',
    foundPhotos: ['楼梯扶手松动'],
    steps: [{ do: 'start', on: '2026-11-06', responsible: '刘志强', measures: '补装固定螺栓，更换锈蚀的扶手连接件。', deadline: '2026-11-20', contingency: '在楼梯口张贴提示，课间安排值周教师疏导。' }]
  },
  {
    key: 'boiler-valve',
    foundOn: '2026-11-13',
    foundBy: '刘志强',
    source: 'inspection',
    inspection: { plan: '总务处（后勤处）每周排查', keyword: '锅炉' },
    point: '锅炉房与压力容器',
    place: '锅炉房',
    description: '1号燃气锅炉安全阀校验有效期已过。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-11-13', responsible: '张德福', measures: '联系特种设备检验机构校验安全阀，校验前不启用1号锅炉。', deadline: '2026-11-14' },
      { do: 'submit', on: '2026-11-14', rectifier: '张德福', note: '安全阀已校验合格，取得校验报告。' },
      { do: 'accept', on: '2026-11-16', acceptor: '刘志强', opinion: '校验报告齐全，同意销号。' },
      { do: 'close', on: '2026-11-16' }
    ]
  },
  {
    key: 'fence-post',
    foundOn: '2026-11-16',
    foundBy: '沈浩',
    source: 'inspection',
    inspection: { plan: '体育组每周排查', keyword: '围栏' },
    point: '操场、田径场与球场',
    place: '操场东侧围栏',
    description: '操场东侧围栏3根立柱锈蚀松动。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-11-17', responsible: '刘志强', measures: '更换锈蚀立柱并做防锈处理。', deadline: '2026-12-10', contingency: contingencyDefault },
      { do: 'submit', on: '2026-12-01', rectifier: '施建军', note: '3根立柱已更换，整段围栏除锈刷漆。', photos: ['围栏立柱已更换'] }
    ]
  },
  {
    key: 'range-hood',
    foundOn: '2026-11-17',
    foundBy: '尤志勇',
    source: 'inspection',
    inspection: { plan: '食堂每周排查', keyword: '排烟' },
    point: '食堂燃气、灶具与排烟罩',
    place: '食堂后厨炒菜间',
    description: '炒菜间排烟罩和烟道油污积存较厚，存在火灾隐患。',
    category: 'site',
    grade: 'general',
    steps: [{ do: 'start', on: '2026-11-17', responsible: '尤志勇', measures: '委托专业公司清洗排烟罩和烟道，建立每季度清洗制度。', deadline: '2026-11-28', contingency: '清洗前每日收餐后擦拭排烟罩，灶台旁配置灭火毯。' }]
  },
  {
    key: 'bus-extinguisher',
    foundOn: '2026-11-26',
    foundBy: '王建国',
    source: 'inspection',
    inspection: { plan: '安全办（保卫处）每周排查', keyword: '校车' },
    point: '校车接送',
    place: '1号校车',
    description: '1号校车车载灭火器已过有效期。',
    category: 'site',
    grade: 'general',
    steps: [
      { do: 'start', on: '2026-11-26', responsible: '金鹏', measures: '更换车载灭火器，检查其他校车的应急器材。', deadline: '2026-11-30' },
      { do: 'submit', on: '2026-11-28', rectifier: '金鹏', note: '已更换1号车灭火器，2号车器材检查合格。' }
    ]
  },
  {
    key: 'bookshelf',
    foundOn: '2026-11-18',
    foundBy: '张海涛',
    source: 'inspection',
    inspection: { plan: '学期综合排查', keyword: '书架' },
    point: '图书馆、阅览室、档案室与功能室',
    place: '图书馆阅览室',
    description: '阅览室靠墙书架没有与墙体固定，存在倾倒危险。',
    category: 'site',
    grade: 'general',
    steps: [{ do: 'start', on: '2026-11-19', responsible: '刘志强', measures: '用膨胀螺栓将书架与墙体固定。', deadline: '2026-12-15' }]
  },
  {
    key: 'bollard',
    foundOn: '2026-11-26',
    foundBy: '孔令军',
    source: 'report',
    point: '校门及门卫室',
    place: '学校大门外',
    description: '校门口防冲撞隔离墩被车辆撞击移位。',
    category: 'site',
    grade: 'general',
    onTheSpot: { measures: '将隔离墩复位并固定。', rectifier: '曹勇', acceptor: '王建国', opinion: '已复位，同意销号。', note: '当日复位。' },
    steps: [{ do: 'close', on: '2026-11-27' }]
  },
  {
    key: 'store-rat-board',
    foundOn: '2026-12-01',
    foundBy: '尤志勇',
    source: 'inspection',
    inspection: { plan: '食堂每周排查', keyword: '库' },
    point: '食品库房与原料采购',
    place: '食堂主食库房',
    description: '主食库房门口防鼠板缺失。',
    category: 'site',
    grade: 'general',
    steps: [{ do: 'start', on: '2026-12-01', responsible: '尤志勇', measures: '安装不低于60厘米的防鼠板。', deadline: '2026-12-08' }]
  },
  {
    key: 'corridor-extinguisher-box',
    foundOn: '2026-12-02',
    foundBy: '刘志强',
    source: 'report',
    point: '消防设施与器材',
    place: '教学楼二楼走廊',
    description: '二楼走廊灭火器箱门合页损坏，箱门不能关闭。',
    category: 'site',
    grade: 'general',
    onTheSpot: { measures: '更换箱门合页。', rectifier: '施建军', acceptor: '刘志强', opinion: '箱门开关正常。', note: '当场维修。' },
    steps: [{ do: 'close', on: '2026-12-03' }]
  },
  {
    key: 'north-wall',
    foundOn: '2026-12-03',
    foundBy: '曹勇',
    source: 'inspection',
    inspection: { plan: '保安日常排查', keyword: '围墙' },
    point: '围墙、挡土墙与护坡',
    place: '北侧围墙西段',
    description: '北侧围墙西段出现一道约2米长的斜向裂缝，需要鉴定。',
    category: 'site',
    grade: 'general',
    steps: []
  },
  {
    key: 'vaulting-box',
    foundOn: '2026-12-04',
    foundBy: '沈浩',
    source: 'report',
    point: '体育器材与运动设施',
    place: '体育器材室',
    description: '跳箱底层木框开裂，上课使用时可能散架。',
    category: 'site',
    grade: 'general',
    steps: []
  }
]
