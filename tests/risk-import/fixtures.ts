import { sharedFormulaMaster, type Cell, type SheetSpec } from './workbooks'

/**
 * School risk lists as schools lay them out, one per case the importer must handle. Each comment
 * states what the sheet checks, and the tests hold the expected parse.
 */

/** 1. One header row, LEC columns, typed D and level that agree, numbered and prefixed measures. */
export const cleanList: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['序号', '风险点名称', '类型', '所在区域', '危险有害因素', '可能导致的事故', 'L', 'E', 'C', 'D', '风险等级', '管控措施', '管控层级', '责任岗位', '责任人'],
      [1, '教学楼楼梯', '设施场所', '教学区', '课间学生在楼梯追逐打闹', '拥挤踩踏', 3, 6, 7, 126, '一般风险', '1.安排教师课间值守；2.楼梯张贴靠右行走标识', '年级组级', '班主任', '张老师'],
      [2, '学生食堂', '设施场所', '生活区', '食品原料采购索证不全，加工不当', '食物中毒', 3, 6, 15, 270, '较大风险', '工程技术措施：安装紫外线消毒灯\n管理措施：1. 落实索证索票制度 2. 食品留样48小时', '部门级', '食堂管理员', null],
      [3, '校园配电室', '设施场所', '后勤区', '配电设备老化漏电', '触电伤害、火灾事故', 1, 6, 15, 90, '一般风险', '配电室上锁，电工持证上岗', '部门级', '电工', null],
      [4, '体育课', '作业活动', '操场', '学生运动前热身不足', '运动伤害', 3, 3, 3, 27, '低风险', '课前做好准备活动', '岗位级', '体育教师', null]
    ]
  }
]

/** 2. 区域 merged over five risks, 风险点 over three, 责任部门 over three; a blank measure cell next to a filled one. */
export const mergedHierarchy: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['区域', '风险点', '危险源', '事故类型', '风险等级', '工程技术措施', '管理措施', '责任部门'],
      ['教学区', '教学楼', '楼梯扶手松动', '其他伤害', '一般风险', '更换松动扶手', '每周检查扶手', '总务处'],
      [null, null, '窗户未安装限位器', '高处坠落', '较大风险', null, '安装限位器前禁止学生开窗', null],
      [null, null, '走廊地面湿滑', '其他伤害', '低风险', '铺设防滑垫', '雨天及时拖干地面', null],
      [null, '实验室', '危化品存放不规范', '中毒和窒息', '较大风险', '设置危化品专柜', '双人双锁管理', '教务处'],
      [null, null, '酒精灯使用不当', '火灾', '一般风险', '配备灭火毯', '实验前讲解操作规程', '教务处']
    ],
    merges: ['A2:A6', 'B2:B4', 'B5:B6', 'H2:H4']
  }
]

const pagedPoints = ['教学楼', '学生食堂', '学生宿舍', '操场', '校门']
const pagedLevels = ['重大风险', '较大风险', '一般风险', '低风险']
const pagedHeader = ['序号', '风险点', '危险源', '事故类型', '风险等级', '管控措施']

function pagedRow(index: number): Cell[] {
  return [index, pagedPoints[index % pagedPoints.length], `设施第 ${index} 处破损`, '其他伤害', pagedLevels[index % pagedLevels.length], '定期检查维修']
}

/** 3. A printed list: title and header repeated on every page of 20 rows. */
export function pagedList(): SheetSpec[] {
  const rows: Cell[][] = [['某某小学安全风险分级管控清单'], pagedHeader]
  const merges = ['A1:F1']
  let index = 1
  for (const pageSize of [20, 20, 4]) {
    if (index > 1) {
      rows.push(['某某小学安全风险分级管控清单（续）'])
      merges.push(`A${rows.length}:F${rows.length}`)
      rows.push(pagedHeader)
    }
    for (let count = 0; count < pageSize; count++) rows.push(pagedRow(index++))
  }
  return [{ name: '清单', rows, merges }]
}

/** 4. Three header rows: 风险评价 over LEC法 over L/E/C/D, 管控措施 over 现有控制措施 over the five categories. */
export const threeRowHeader: SheetSpec[] = [
  {
    name: '风险分级管控清单',
    rows: [
      ['序号', '风险点', '危险有害因素', '可能导致的事故类型', '风险评价', null, null, null, '风险等级', '管控措施', null, null, null, null, '管控层级', '责任岗位'],
      [null, null, null, null, 'LEC法', null, null, null, null, '现有控制措施'],
      [null, null, null, null, 'L', 'E', 'C', 'D', null, '工程技术', '管理', '培训教育', '个体防护', '应急处置'],
      [1, '校车接送', '校车超员、超速行驶', '车辆伤害', 3, 6, 40, 720, '重大风险', '安装校车卫星定位监控', '1.核定载客人数\n2.每日出车前安全检查', '驾驶员每月安全培训', '配备安全锤', '制定校车事故应急预案', '学校级', '校车管理员'],
      [2, '学生宿舍', '宿舍私拉乱接电线', '触电、火灾', 3, 6, 15, 270, '较大风险', '安装限流器', '每晚查寝', '开展用电安全教育', null, '配备灭火器', '部门级', '宿管员'],
      [3, '游泳教学', '学生在泳池溺水', '溺水', 1, 3, 15, 45, '低风险', '泳池设置救生设施', '配备救生员', '游泳前安全教育', '佩戴泳帽', '制定溺水应急预案', '岗位级', '体育教师']
    ],
    merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:H1', 'E2:H2', 'I1:I3', 'J1:N1', 'J2:N2', 'O1:O3', 'P1:P3']
  }
]

/** 5. Score and level in one cell under the header "D/分级". */
export const scoreLevelCell: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', 'L', 'E', 'C', 'D/分级', '管控措施'],
      ['学生食堂', '燃气管道泄漏', '其他爆炸、火灾', 3, 6, 15, '270/较大', '安装燃气泄漏报警器'],
      ['教学楼', '消防通道堵塞', '火灾', 1, 6, 15, '90/一般', '每日巡查消防通道'],
      ['校门口', '上下学车辆拥堵', '交通事故', 3, 6, 7, '126/一般', '护学岗疏导']
    ]
  }
]

/** 6. A three-level scheme: only Ⅰ/Ⅱ/Ⅲ used, and a legend row that makes Ⅱ yellow. */
export const threeLevelScheme: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['某某幼儿园安全风险辨识清单'],
      ['风险点', '危险源', '事故类型', '风险等级', '管控措施'],
      ['大型玩具', '滑梯螺丝松动', '其他伤害', 'Ⅱ级', '每日晨检玩具'],
      ['幼儿园大门', '接送时陌生人冒领幼儿', '走失', 'Ⅰ级', '凭接送卡接送'],
      ['午睡室', '幼儿午睡时蒙头', '异物窒息', 'Ⅲ级', '午睡巡视'],
      ['Ⅰ级-红 Ⅱ级-黄 Ⅲ级-蓝']
    ],
    merges: ['A1:E1', 'A6:E6']
  }
]

/** 7. Full-width letters and digits, a full-width space, traditional characters in header and levels. */
export const fullWidthTraditional: SheetSpec[] = [
  {
    name: '風險清單',
    rows: [
      ['風險點', '危險源', '事故類型', 'Ｌ', 'Ｅ', 'Ｃ', 'Ｄ', '風險等級', '管控措施'],
      ['實驗室', '危化品存放不當', '中毒', '３', '６', '１５', '２７０', '較大　風險', '專人管理'],
      ['操場', '地面坑洼不平', '摔倒', '１', '６', '７', '４２', '低風險', '及時修補']
    ]
  }
]

/** 8. Typed levels that disagree with the level computed from L, E and C (rows 2 and 4), and one that agrees. */
export const levelConflict: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', 'L', 'E', 'C', '风险等级', '管控措施'],
      ['锅炉房', '锅炉超压运行', '锅炉爆炸', 3, 6, 7, '较大风险', '安装安全阀'],
      ['围墙', '围墙局部开裂', '坍塌', 3, 6, 15, '较大风险', '设置警戒线'],
      ['旗杆', '旗杆底座锈蚀', '物体打击', 3, 6, 7, '较大风险', '定期除锈']
    ]
  }
]

/** 9. Factors off the school's LEC scale: L = 5 and C = 20. */
export const offScaleFactors: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', 'L', 'E', 'C', '风险等级'],
      ['电梯', '电梯困人', '其他伤害', 5, 6, 7, '较大风险'],
      ['配电房', '学生私自进入配电房', '触电', 3, 6, 20, '较大风险'],
      ['屋顶', '维修时无防护', '高处坠落', 5, 3, 20, '较大风险']
    ]
  }
]

/** 10. Rows that are not risks: section titles, a spacer, 合计, signature and date lines, a note. */
export const notDataRows: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['序号', '风险点', '危险源', '事故类型', '风险等级', '管控措施'],
      ['一、教学区'],
      [1, '教学楼', '楼梯台阶破损', '其他伤害', '一般风险', '及时维修'],
      [],
      ['二、生活区'],
      [2, '学生宿舍', '床铺护栏高度不足', '高处坠落', '较大风险', '加装护栏'],
      ['合计', '共 2 项'],
      ['编制人：王某', null, '审核人：李某', null, '日期：2026年3月'],
      ['注：风险等级按本校评价标准判定。']
    ],
    merges: ['A2:F2', 'A5:F5', 'A9:F9']
  }
]

/** 11. Levels written as letters A–D with no legend anywhere. */
export const letterScale: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', '风险级别', '管控措施'],
      ['学生食堂', '燃气泄漏', '其他爆炸', 'A', '安装燃气报警器'],
      ['教室', '吊扇松动', '物体打击', 'C', '每月检查吊扇'],
      ['操场', '单杠锈蚀', '其他伤害', 'D', '更换单杠']
    ]
  }
]

/** 12. A column "等级" of bare digits 1–4; `hint` puts "1级最高" in the header. */
export function digitLevels(header = '等级'): SheetSpec[] {
  return [
    {
      name: '风险清单',
      rows: [
        ['风险点', '危险源', '事故类型', header, '管控措施'],
        ['锅炉房', '锅炉缺水干烧', '锅炉爆炸', 1, '安装低水位报警'],
        ['学生宿舍', '违规使用电器', '火灾', 2, '每晚查寝'],
        ['教学楼', '楼道照明不足', '其他伤害', 3, '更换灯具'],
        ['花坛', '花坛边角尖锐', '其他伤害', 4, '包裹边角']
      ]
    }
  ]
}

/** 13. As WPS saves a list: D as a shared formula (one without a cached result) and rich-text cells. */
export const wpsLike: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', 'L', 'E', 'C', 'D', '风险等级', '管控措施'],
      ['厨房', { richText: [{ text: '油锅' }, { text: '起火', font: { bold: true } }] }, '火灾', 3, 6, 15, sharedFormulaMaster('D2*E2*F2', 270, 'G2:G4'), { richText: [{ text: '较大' }, { text: '风险', font: { color: { argb: 'FFFF0000' } } }] }, '配备灭火毯'],
      ['锅炉房', '锅炉缺水', '锅炉爆炸', 1, 6, 40, { sharedFormula: 'G2', result: 240 }, '较大风险', '安装低水位报警'],
      ['游泳池', '池边湿滑', '淹溺', 3, 6, 7, { sharedFormula: 'G2' }, '一般风险', '铺设防滑垫']
    ]
  }
]

/**
 * 14. The other questions: one name with two types, a blank name cell below a risk (not merged), an
 * unreadable L, an unknown accident word, 溺水 without a place, a merged measure cell over two risks.
 */
export const messyList: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '类型', '危险源', '事故类型', 'L', 'E', 'C', '风险等级', '管控措施'],
      ['游泳池', '设施场所', '池水过深', '溺水', 3, 6, 15, '较大风险', '设置水深标识'],
      ['游泳池', '作业活动', '救生员脱岗', '溺水', 3, 6, 15, '较大风险', '救生员持证上岗'],
      [null, null, '更衣室地面湿滑', '其他伤害', '较高', 6, 3, '一般风险', '铺设防滑垫'],
      ['学校周边', '设施场所', '学生放学后到河边玩耍', '溺水、意外', 3, 3, 15, '一般风险', '开展防溺水教育'],
      ['水边', '设施场所', '学生靠近水边', '溺水', 1, 3, 15, '低风险', null]
    ],
    merges: ['I5:I6']
  }
]

/**
 * 15. The LS method: R typed wrong (row 2), an unreadable level "中" (row 3), S = 6 off the 1–5 scale
 * (row 4), and a row with neither factors nor a level (row 5).
 */
export const lsList: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', '可能性L', '严重性S', '风险值R', '风险等级', '管控措施'],
      ['配电室', '线路老化', '触电', 4, 4, 12, '较大风险', '更换老化线路'],
      ['食堂', '地面油污', '其他伤害', 2, 3, 6, '中', '每日清洁地面'],
      ['操场', '器材老化', '物体打击', 2, 6, 12, '一般风险', '定期检查器材'],
      ['围墙', '墙体裂缝', '坍塌', null, null, null, null, '设置警示标志']
    ]
  }
]

/** 16. Colours only, and only 红, 黄 and 蓝: a three-level scheme without a legend. */
export const threeColours: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', '风险颜色', '管控措施'],
      ['锅炉房', '锅炉超压', '锅炉爆炸', '红', '安装安全阀'],
      ['食堂', '地面湿滑', '其他伤害', '黄', '铺设防滑垫'],
      ['花坛', '边角尖锐', '其他伤害', '蓝', '包裹边角']
    ]
  }
]

/** 17. The four levels in the forms schools write them: words, roman and Chinese grades, digits with 级, colours. */
export const fourLevelWords: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['风险点', '危险源', '事故类型', '风险等级', '管控措施'],
      ...['重大', 'I级', '一级', '1级', '红色', '较大', 'Ⅱ', '二级', '橙', '一般', 'Ⅲ级', '三级', '黄', '低', 'Ⅳ级', '四级', '蓝', '轻微', 'Ⅱ级（较大）'].map(
        (level, index) => [`风险点${index + 1}`, `危险源${index + 1}`, '其他伤害', level, '定期检查']
      )
    ]
  }
]

/** A workbook whose first sheet is a note and whose second sheet is the list. */
export const listOnSecondSheet: SheetSpec[] = [
  { name: '填表说明', rows: [['本表由学校安全办填写'], ['请按实际情况填写']] },
  ...cleanList.map((sheet) => ({ ...sheet, name: '风险清单' }))
]

/** A list whose hazard column has a header the importer does not know ("情况描述"). */
export const unknownHazardHeader: SheetSpec[] = [
  {
    name: '风险清单',
    rows: [
      ['序号', '风险点', '情况描述', '事故类型', '风险等级', '管控措施'],
      [1, '教学楼', '楼梯扶手松动', '其他伤害', '一般风险', '每周检查扶手'],
      [2, '操场', '单杠锈蚀', '其他伤害', '低风险', '更换单杠']
    ]
  }
]
