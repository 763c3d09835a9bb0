import type { FileChild } from 'docx'
import { facilityLabels } from '../../../shared/domain/school'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { table, type Cell } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { bureauPhone, dutyPhone, officePhone, phoneBlank } from '../school/phones'
import type { SchoolIndex } from '../school/school-index'
import { postHasCard } from '../risk-notice-cards/post-card'

const labelFill = 'F2F2F2'

function label(text: string): Cell {
  return { content: text, fill: labelFill, bold: true, align: 'center' }
}

function countText(value: number | null, unit: string): string {
  return value === null ? '—' : `${value}${unit}`
}

/** Writes 编制说明与学校概况: why the school uses the short form and the facts the rest depends on. */
export function introductionChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const school = index.data.school
  const { terms } = index
  const facilities = school.facilities.map((key) => facilityLabels[key]).join('、') || '无'
  return [
    outline.chapter('编制说明与学校概况'),
    body(
      `${terms.we}教职员工和${terms.pupils}人数较少。焦作市教育局《焦作市中小学幼儿园2020年全面推进安全风险隐患双重预防体系建设方案》（焦教文〔2020〕18号）要求小规模学校突出主要风险，用岗位风险告知卡、隐患排查清单和安全检查表等简便办法开展工作，让每名教职员工看得懂、用得上、有任务。据此，${terms.we}把风险分级管控和隐患排查治理合编为本手册，代替两本分册。`
    ),
    body(
      `本手册与《岗位风险告知卡》《安全风险告知卡》《安全风险公告栏》《安全检查表》和风险分级管控清单、隐患排查清单配套使用，每学期开学前评审一次，风险或者人员变化时及时修订。`
    ),
    captions.caption(`${terms.unit}基本情况`),
    ...table({
      width: portraitTextWidth,
      header: false,
      columns: [
        { header: '', weight: 3 },
        { header: '', weight: 5 },
        { header: '', weight: 3 },
        { header: '', weight: 5 }
      ],
      rows: [
        [label(`${terms.unit}名称`), { content: index.schoolName, span: 3 }],
        [label('所在县（市、区）'), cleanText(school.county) || '—', label('类别'), [school.scope, school.nature, school.category].filter(Boolean).join(' ') || '—'],
        [label(`${terms.pupils}人数`), countText(school.pupilCount, '人'), label('教职工人数'), countText(school.staffCount, '人')],
        [label('班级数'), countText(school.classCount, '个'), label('重点设施'), facilities],
        [label('地址'), { content: cleanText(school.address) || '—', span: 3 }],
        [label('周边环境'), { content: cleanText(school.surroundings) || '—', span: 3 }]
      ]
    })
  ]
}

/** Writes 风险告知与培训: the cards, the notice board, and training every term. */
export function noticeChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const { terms } = index
  const postCards = index.posts.filter((post) => postHasCard(index, post)).length
  return [
    outline.chapter('风险告知与培训'),
    body(
      `按岗位制作岗位风险告知卡${postCards}张，发给岗位人员并张贴在岗位醒目位置；按风险点制作安全风险告知卡${index.riskPoints.length}张，张贴在风险点所在场所。告知卡写明风险等级、主要危险有害因素、管控措施、应急措施、应急电话和责任人，卡上的二维码可以用手机扫描查看卡片内容，不需要联网。`
    ),
    body(`在${terms.unit}门口或者醒目位置设置安全风险公告栏，公布风险概况、重大和较大风险、四色标识的含义和报告电话，风险变化时及时更新。`),
    body(
      `每学期开学前组织全体教职员工学习本手册和本岗位告知卡，掌握风险辨识和隐患排查的基本方法；新入职人员上岗前学习。${terms.unit === '幼儿园' ? '每季度' : '每月'}组织一次应急疏散演练，培训和演练保存签到表、照片和记录。`
    )
  ]
}

/** Writes 应急电话与应急处置: the numbers to call and what every member of staff does first. */
export function emergencyChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const { terms } = index
  const phone = (value: string) => value || phoneBlank
  return [
    outline.chapter('应急电话与应急处置'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '单位或事项', weight: 6 },
        { header: '电话', weight: 5, align: 'center' }
      ],
      rows: [
        ['火警', '119'],
        ['急救', '120'],
        ['报警', '110'],
        [`${terms.unit}值班电话`, phone(dutyPhone(index))],
        ['双重预防工作办公室', phone(officePhone(index))],
        [`${terms.head}（${cleanText(index.data.school.principal) || '未填写'}）`, phone(cleanText(index.data.school.principalPhone))],
        ['县（市、区）教育局', phone(bureauPhone(index))]
      ]
    }),
    ...bodyLines(
      numberLines([
        `发生火灾、地震、校舍险情等突发事件时，在场教职员工立即组织${terms.pupils}按疏散路线撤离到安全地带，清点人数；`,
        '有人员受伤或者突发疾病的，先行救护并拨打120，同时通知家长；',
        `遇不法侵害时关闭校门，拨打110并报告${terms.head}；`,
        `事件处置后及时报告县（市、区）教育主管部门，并按各岗位告知卡中的应急职责做好后续工作。`
      ])
    )
  ]
}
