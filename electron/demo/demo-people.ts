import type { LeadingGroupRole } from '../../shared/domain/posts'

/** The sample school's roster: invented people, each with the built-in posts they hold. */
export interface DemoPerson {
  name: string
  phone: string
  department: string
  posts: string[]
}

export const demoStaff: DemoPerson[] = [
  { name: '李文博', phone: '13903910001', department: '校长室', posts: ['principal'] },
  { name: '张海涛', phone: '13903910002', department: '校长室', posts: ['deputy-safety'] },
  { name: '高建民', phone: '13903910035', department: '校长室', posts: ['deputy-logistics'] },
  { name: '马俊峰', phone: '13903910036', department: '山阳区塔南路派出所', posts: ['legal-deputy'] },
  { name: '陈丽华', phone: '13903910003', department: '校长室', posts: ['deputy-teaching'] },
  { name: '刘志强', phone: '13903910004', department: '总务处', posts: ['general-affairs-director'] },
  { name: '王建国', phone: '13903910005', department: '安全办', posts: ['security-director'] },
  { name: '赵晓燕', phone: '13903910006', department: '安全办', posts: ['office-director'] },
  { name: '孙明', phone: '13903910007', department: '德育处', posts: ['moral-director'] },
  { name: '周敏', phone: '13903910008', department: '教务处', posts: ['academic-director'] },
  { name: '田文静', phone: '13903910037', department: '教务处', posts: ['subject-leader', 'teacher'] },
  { name: '苗晓丽', phone: '13903910038', department: '图书室', posts: ['librarian'] },
  { name: '吴俊杰', phone: '13903910009', department: '初中部', posts: ['grade-leader'] },
  { name: '郑雪梅', phone: '13903910010', department: '小学部', posts: ['grade-leader'] },
  { name: '冯磊', phone: '13903910011', department: '初中部', posts: ['class-teacher', 'teacher'] },
  { name: '褚慧', phone: '13903910012', department: '初中部', posts: ['class-teacher', 'teacher'] },
  { name: '卫国华', phone: '13903910013', department: '小学部', posts: ['class-teacher', 'teacher'] },
  { name: '蒋丽', phone: '13903910014', department: '小学部', posts: ['class-teacher', 'teacher'] },
  { name: '沈浩', phone: '13903910015', department: '体育组', posts: ['pe-teacher', 'pe-equipment-keeper'] },
  { name: '韩雪', phone: '13903910016', department: '体育组', posts: ['pe-teacher'] },
  { name: '杨帆', phone: '13903910017', department: '理化生组', posts: ['lab-keeper', 'teacher'] },
  { name: '朱红', phone: '13903910018', department: '信息组', posts: ['av-teacher'] },
  { name: '秦芳', phone: '13903910019', department: '德育处', posts: ['psychology-teacher'] },
  { name: '尤志勇', phone: '13903910020', department: '食堂', posts: ['canteen-manager'] },
  { name: '许大伟', phone: '13903910021', department: '食堂', posts: ['cook'] },
  { name: '何秀兰', phone: '13903910022', department: '宿管组', posts: ['dorm-manager'] },
  { name: '吕玉梅', phone: '13903910023', department: '宿管组', posts: ['dorm-manager'] },
  { name: '施建军', phone: '13903910024', department: '总务处', posts: ['electrician'] },
  { name: '张德福', phone: '13903910025', department: '总务处', posts: ['boiler-operator'] },
  { name: '孔令军', phone: '13903910026', department: '安全办', posts: ['gatekeeper'] },
  { name: '曹勇', phone: '13903910027', department: '安全办', posts: ['security-guard'] },
  { name: '严华', phone: '13903910028', department: '安全办', posts: ['security-guard'] },
  { name: '华秀英', phone: '13903910029', department: '总务处', posts: ['cleaner'] },
  { name: '钱玉兰', phone: '13903910039', department: '总务处', posts: ['property-keeper'] },
  { name: '金鹏', phone: '13903910030', department: '总务处', posts: ['bus-manager'] },
  { name: '魏长江', phone: '13903910031', department: '总务处', posts: ['bus-driver'] },
  { name: '陶春梅', phone: '13903910032', department: '总务处', posts: ['bus-attendant'] },
  { name: '姜宁', phone: '13903910033', department: '校医室', posts: ['school-doctor'] },
  { name: '戚芳', phone: '13903910034', department: '财务室', posts: ['finance'] }
]

export interface DemoMember {
  name: string
  role: LeadingGroupRole
  title: string
  duty: string
}

export const demoLeadingGroup: DemoMember[] = [
  { name: '李文博', role: 'leader', title: '校长', duty: '全面负责学校双重预防体系建设，审批风险分级管控清单和手册，保障人员和经费投入' },
  { name: '张海涛', role: 'deputy', title: '副校长', duty: '具体负责体系建设的组织实施，组织风险辨识评价和综合排查，督促隐患整改' },
  { name: '陈丽华', role: 'deputy', title: '副校长', duty: '负责教育教学活动中的风险管控，组织安全教育和应急演练' },
  { name: '高建民', role: 'deputy', title: '副校长', duty: '负责校舍、食堂、校车和后勤保障方面的风险管控，落实隐患整改资金' },
  { name: '刘志强', role: 'member', title: '总务处主任', duty: '负责校舍、设施设备、食堂、锅炉和校车的风险管控与隐患整改' },
  { name: '王建国', role: 'member', title: '安全办主任', duty: '负责办公室日常工作，管理隐患排查治理台账，组织培训和考核' },
  { name: '孙明', role: 'member', title: '德育处主任', duty: '负责学生安全教育、防溺水、防欺凌和心理危机干预' },
  { name: '周敏', role: 'member', title: '教务处主任', duty: '负责实验教学、体育教学和大型活动的安全管理' },
  { name: '吴俊杰', role: 'member', title: '初中部年级组长', duty: '负责初中部各班级的风险管控和日常排查' },
  { name: '郑雪梅', role: 'member', title: '小学部年级组长', duty: '负责小学部各班级的风险管控和日常排查' },
  { name: '姜宁', role: 'member', title: '校医', duty: '负责传染病防控、食品卫生监督和伤病急救' }
]
