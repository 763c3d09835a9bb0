import builtinPostsJson from '../../resources/posts/builtin-posts.json' with { type: 'json' }
import defaultPoliciesJson from '../../resources/policies/default-policies.json' with { type: 'json' }
import type { SchoolData } from '../../shared/exchange/school-data'
import { exchangeFormatName, exchangeFormatVersion, schoolDataSchema } from '../../shared/exchange/school-data'
import type { BuiltinPost } from '../../shared/domain/library'
import { defaultValueTables } from '../../shared/grading/value-tables'
import type { DefaultPolicy } from '../../electron/resources/builtin'

type DataRiskPoint = SchoolData['riskPoints'][number]
type DataRisk = DataRiskPoint['risks'][number]
type DataMeasure = DataRisk['measures'][number]

const builtinPosts = builtinPostsJson as BuiltinPost[]
const defaultPolicies = defaultPoliciesJson as DefaultPolicy[]

/** Posts of the fixture, by built-in code, with their ids. */
const postIds: Record<string, number> = {
  principal: 1,
  'deputy-safety': 2,
  'general-affairs-director': 3,
  'class-teacher': 4,
  'canteen-manager': 5,
  gatekeeper: 6
}

const staff: SchoolData['staff'] = [
  { id: 1, name: '李文博', phone: '13903910001', department: '校长室', note: '', postIds: [1] },
  { id: 2, name: '张海涛', phone: '13903910002', department: '校长室', note: '', postIds: [2] },
  { id: 3, name: '刘志强', phone: '13903910004', department: '总务处', note: '', postIds: [3] },
  { id: 4, name: '冯磊', phone: '13903910011', department: '初中部', note: '', postIds: [4] },
  { id: 5, name: '褚慧', phone: '13903910012', department: '初中部', note: '', postIds: [4] },
  { id: 6, name: '尤志勇', phone: '13903910020', department: '食堂', note: '', postIds: [5] },
  { id: 7, name: '孔令军', phone: '13903910026', department: '安全办', note: '', postIds: [6] },
  { id: 8, name: '吉𠮷', phone: '13903910030', department: '安全办', note: '', postIds: [] }
]

function posts(): SchoolData['posts'] {
  let responsibilityId = 1
  return Object.entries(postIds).map(([code, id], index) => {
    const builtin = builtinPosts.find((post) => post.code === code)
    if (!builtin) throw new Error(`built-in post ${code} not found`)
    return {
      id,
      code,
      name: builtin.name,
      department: builtin.department,
      sortOrder: index,
      responsibilities: builtin.responsibilities.map((item) => ({ id: responsibilityId++, kind: item.kind, content: item.content })),
      staffIds: staff.filter((person) => person.postIds.includes(id)).map((person) => person.id)
    }
  })
}

let nextMeasureId = 1

function measures(riskId: number, items: [DataMeasure['category'], string][], ownerPostId: number): DataMeasure[] {
  return items.map(([category, content], index) => ({
    id: nextMeasureId++,
    riskId,
    category,
    content,
    controlLevel: 'department',
    ownerPostId,
    ownerStaffId: null,
    sortOrder: index
  }))
}

function risk(partial: Partial<DataRisk> & Pick<DataRisk, 'id' | 'riskPointId' | 'hazard' | 'level'>): DataRisk {
  return {
    libraryKey: null,
    factorType: '物的因素',
    consequence: '人员受伤',
    accidentTypes: ['20'],
    method: 'direct',
    lecL: null,
    lecE: null,
    lecC: null,
    lsL: null,
    lsS: null,
    directLevel: partial.level,
    score: null,
    controlLevel: 'post',
    ownerPostId: null,
    ownerStaffId: null,
    sortOrder: 0,
    measures: [],
    ...partial
  }
}

function riskPoints(): DataRiskPoint[] {
  nextMeasureId = 1
  return [
    {
      id: 1,
      code: 'FX-01',
      libraryKey: null,
      name: '学生食堂',
      kind: 'facility',
      area: '生活区',
      ownerPostId: 5,
      ownerStaffId: 6,
      description: '供应全校学生午餐和寄宿生三餐',
      sortOrder: 0,
      risks: [
        risk({
          id: 1,
          riskPointId: 1,
          hazard: '燃气管道、阀门老化泄漏，遇明火引发燃气爆炸\u0001',
          consequence: '燃气爆炸，人员伤亡',
          accidentTypes: ['18', '08'],
          method: 'lec',
          lecL: 3,
          lecE: 6,
          lecC: 40,
          directLevel: null,
          score: 720,
          level: 'major',
          controlLevel: 'school',
          ownerPostId: 1,
          ownerStaffId: 1,
          measures: measures(1, [
            ['engineering', '安装燃气泄漏报警装置并与紧急切断阀联动'],
            ['management', '每日开餐前检查燃气管道、阀门和软管，填写检查记录'],
            ['training', '每学期对食堂从业人员开展燃气安全培训'],
            ['protective', '操作人员佩戴防烫手套'],
            ['emergency', '发现泄漏立即关闭总阀、开窗通风、疏散人员并拨打119']
          ], 5)
        }),
        risk({
          id: 2,
          riskPointId: 1,
          hazard: '食品原料索证索票不全，\u000B加工不当导致食物中毒',
          accidentTypes: ['S02'],
          method: 'ls',
          lsL: 3,
          lsS: 4,
          directLevel: null,
          score: 12,
          level: 'high',
          controlLevel: 'department',
          ownerPostId: 5,
          sortOrder: 1,
          measures: measures(2, [
            ['management', '落实原料索证索票和进货查验记录制度'],
            ['management', '每餐次留样不少于125克，冷藏保存48小时以上'],
            ['emergency', '出现疑似食物中毒立即停止供餐，封存留样并报告']
          ], 5)
        })
      ]
    },
    {
      id: 2,
      code: 'FX-02',
      libraryKey: null,
      name: '校门口',
      kind: 'facility',
      area: '校门区域',
      ownerPostId: 6,
      ownerStaffId: null,
      description: '',
      sortOrder: 1,
      risks: [
        risk({
          id: 3,
          riskPointId: 2,
          hazard: '外来人员未登记进入校园\uD800',
          accidentTypes: ['S05'],
          level: 'medium',
          controlLevel: 'grade',
          ownerPostId: 6,
          measures: measures(3, [
            ['engineering', '校门设置硬质防冲撞设施和一键式紧急报警装置'],
            ['management', '来访人员查验证件、登记并电话确认后方可进入'],
            ['protective', '门卫配备防刺背心和防暴器械']
          ], 6)
        })
      ]
    },
    {
      id: 3,
      code: 'FX-03',
      libraryKey: null,
      name: '放学路队',
      kind: 'activity',
      area: '教学区',
      ownerPostId: 4,
      ownerStaffId: null,
      description: '各班按路线有序离校',
      sortOrder: 2,
      risks: [
        risk({
          id: 4,
          riskPointId: 3,
          hazard: '楼梯口拥挤推搡',
          accidentTypes: ['S01'],
          method: 'lec',
          lecL: 1,
          lecE: 6,
          lecC: 3,
          directLevel: null,
          score: 18,
          level: 'low',
          controlLevel: 'post',
          ownerPostId: 4,
          measures: measures(4, [
            ['management', '班主任按规定路线护送学生离校'],
            ['training', '每月开展一次疏散演练']
          ], 4)
        })
      ]
    },
    {
      id: 4,
      code: 'FX-04',
      libraryKey: null,
      name: '新建车棚',
      kind: 'facility',
      area: '',
      ownerPostId: null,
      ownerStaffId: null,
      description: '尚未评价的风险点',
      sortOrder: 3,
      risks: []
    }
  ]
}

function checkItems(): SchoolData['checkItems'] {
  return [
    { id: 1, riskPointId: 1, measureId: 2, content: '燃气管道、阀门和软管完好，无泄漏', standard: '无异味，报警器工作正常', method: '查看现场', inspectionType: 'daily', frequency: 'daily', responsiblePostId: 5, edited: false, sortOrder: 0 },
    { id: 2, riskPointId: 1, measureId: 7, content: '留样记录齐全', standard: '每餐次留样不少于125克', method: '查阅资料', inspectionType: 'daily', frequency: 'daily', responsiblePostId: 5, edited: false, sortOrder: 1 },
    { id: 3, riskPointId: 2, measureId: 10, content: '来访登记\u0001本', standard: '逐人登记并电话确认', method: '查阅资料', inspectionType: 'daily', frequency: 'perShift', responsiblePostId: 6, edited: false, sortOrder: 0 },
    { id: 4, riskPointId: 3, measureId: 12, content: '路队秩序', standard: '按路线离校，无推搡', method: '查看现场', inspectionType: 'daily', frequency: 'daily', responsiblePostId: null, edited: false, sortOrder: 0 }
  ]
}

/**
 * The four-colour map on a blank grid: the canteen (重大 and 较大 risks) as a polygon, the gate (一般), and a
 * shed linked to the point without risks; 放学路队 (an activity) stays off the map.
 */
function riskMap(): SchoolData['riskMap'] {
  return {
    title: '安全风险四色分布图',
    width: 1600,
    height: 1000,
    northAngle: 30,
    drawnOn: '2026-09-01',
    background: null,
    areas: [
      { id: 1, shape: 'polygon', points: [[100, 100], [700, 100], [700, 500], [400, 500], [400, 350], [100, 350]], label: '学生食堂', sortOrder: 1, riskPointIds: [1] },
      { id: 2, shape: 'rect', points: [[1200, 400], [1500, 600]], label: '校门 & 门卫室', sortOrder: 2, riskPointIds: [2] },
      { id: 3, shape: 'rect', points: [[200, 650], [600, 900]], label: '车棚', sortOrder: 3, riskPointIds: [4] }
    ]
  }
}

/** A small school with every level, every grading method and every measure category, plus hostile text. */
export function fixtureSchool(overrides: Partial<SchoolData> = {}): SchoolData {
  const data: SchoolData = {
    format: exchangeFormatName,
    formatVersion: exchangeFormatVersion,
    schoolFileId: '5b7c1f0e-6a1d-4d0b-9d7e-2f8f0d6c1a11',
    exportedAt: '2026-09-01T02:00:00.000Z',
    appVersion: '0.1.0',
    school: {
      name: '焦作市山阳区𠮷祥学校\u0001',
      county: '山阳区',
      scope: '城区',
      nature: '公办',
      category: '一贯制学校',
      address: '焦作市山阳区塔南路 168 号',
      principal: '李文博',
      principalPhone: '13903910001',
      deputy: '张海涛',
      deputyPhone: '13903910002',
      contactName: '刘志强',
      contactPhone: '0391-3561208',
      pupilCount: 1860,
      staffCount: 132,
      classCount: 42,
      facilities: ['canteen', 'dormitory', 'schoolBus', 'laboratory', 'boiler'],
      surroundings: '东临塔南路，南侧约 400 米为群英河。',
      note: '',
      updatedAt: null
    },
    staff,
    posts: posts(),
    leadingGroup: {
      members: [
        { id: 1, staffId: 1, role: 'leader', title: '校长', duty: '全面负责双重预防体系建设', sortOrder: 0 },
        { id: 2, staffId: 2, role: 'deputy', title: '副校长', duty: '具体组织实施', sortOrder: 1 },
        { id: 3, staffId: 3, role: 'member', title: '总务处主任', duty: '负责设施设备的风险管控', sortOrder: 2 },
        { id: 4, staffId: 8, role: 'member', title: '安全办干事', duty: '', sortOrder: 3 }
      ],
      office: {
        name: '双重预防体系建设工作办公室',
        location: '行政楼二楼安全办',
        directorStaffId: 2,
        contactStaffId: 3,
        phone: '0391-3561208',
        duties: '负责日常组织协调；\n组织风险辨识评价；\n\n管理隐患台账',
        documentNumber: '𠮷校〔2026〕12号',
        issuedOn: '2026-09-01'
      }
    },
    policies: defaultPolicies.map((policy, index) => ({ id: index + 1, kind: policy.kind, title: policy.title, body: policy.body, sortOrder: index })),
    valueTables: defaultValueTables,
    riskPoints: riskPoints(),
    checkItems: checkItems(),
    riskMap: riskMap(),
    ...overrides
  }
  return schoolDataSchema.parse(data)
}

/** Returns the same school before any risk identification: no risk points and no check items. */
export function schoolWithoutRisks(): SchoolData {
  return fixtureSchool({ riskPoints: [], checkItems: [], riskMap: undefined })
}

/** Returns a school as a new school file has it: a name and nothing else. */
export function freshSchool(): SchoolData {
  const base = fixtureSchool()
  return fixtureSchool({
    school: { ...base.school, principal: '', address: '', surroundings: '', pupilCount: null, staffCount: null, classCount: null, facilities: [], county: '', scope: '', nature: '', category: '' },
    staff: [],
    posts: [],
    leadingGroup: {
      members: [],
      office: { name: '双重预防体系建设工作办公室', location: '', directorStaffId: null, contactStaffId: null, phone: '', duties: '', documentNumber: '', issuedOn: null }
    },
    policies: [],
    riskPoints: [],
    checkItems: [],
    riskMap: undefined
  })
}

/** Returns a kindergarten variant, for the words that differ (园长, 各班级). */
export function kindergarten(): SchoolData {
  const base = fixtureSchool()
  return fixtureSchool({ school: { ...base.school, name: '焦作市解放区实验幼儿园', category: '幼儿园' } })
}
