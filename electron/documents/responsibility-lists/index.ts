import type { FileChild } from 'docx'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { contentsPage, coverPage } from '../layout/front-matter'
import { body, heading1 } from '../layout/paragraphs'
import { packDocument } from '../layout/pack'
import { portraitSection } from '../layout/sections'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { postSection } from './post-section'
import { coverageSentences } from './coverage'

const documentTitle = '全员安全责任清单'

function introduction(index: SchoolIndex): FileChild[] {
  const coverage =
    index.posts.length > 0
      ? coverageSentences(index)
      : `${index.terms.unit}尚未设置岗位。请先在建设向导的“责任清单”步骤中设置岗位并安排人员，再重新生成本清单。`

  return [
    heading1('编制说明'),
    body(
      `本清单依据《中华人民共和国安全生产法》关于建立全员安全生产责任制的规定和教育部《中小学校岗位安全工作指南》，结合${index.schoolName}的岗位设置编制。${coverage}`
    ),
    body(
      `${index.terms.unit}安全工作实行党政同责、一岗双责、齐抓共管、失职追责。每名教职员工在履行业务职责的同时履行本岗位的安全职责，对本岗位负责管控的风险和承担的隐患排查项负责。`
    ),
    body(
      '每个岗位的清单列明安全职责、管控的风险、隐患排查、应急职责和培训要求，以及本岗位负责管控的风险点和承担的隐患排查项。岗位人员应当逐条学习，签字确认后一份交本人留存，一份由双重预防工作办公室存档；同一岗位有多名人员的，每人各签一份。岗位或人员发生变动时，及时修订清单并重新签字。'
    )
  ]
}

export async function buildResponsibilityLists(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const date = snapshotDate(data)
  const posts = index.posts.flatMap((post, position) => postSection(index, post, position + 1))

  return packDocument({
    hasContents: true,
    title: documentTitle,
    subject: index.schoolName,
    sections: [
      portraitSection(coverPage({ schoolName: index.schoolName, documentTitle, date, edition: '第1版' }), { numbered: false }),
      portraitSection(contentsPage(1), { numbered: false }),
      portraitSection([...introduction(index), ...posts], { restartNumbering: true })
    ]
  })
}

export const responsibilityLists: OutputBuilder = {
  key: 'responsibility-lists',
  title: documentTitle,
  kind: 'docx',
  build: buildResponsibilityLists
}
