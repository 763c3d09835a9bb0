import type { FileChild } from 'docx'
import { leadingGroupTable } from '../content/organisation'
import { officeDescription } from '../content/leading-group'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { DataPost, SchoolIndex } from '../school/school-index'
import { cardItem } from '../risk-notice-cards/card-lists'

/** Most risk points a post's row names; the count says how many there are in all. */
const pointsPerPost = 3

/** The first duty of the post that names risks it controls, else its first duty: the post's key duty in one line. */
function keyDuty(post: DataPost): string {
  const risk = post.responsibilities.find((item) => item.kind === 'risk')
  const duty = post.responsibilities.find((item) => item.kind === 'duty')
  const chosen = risk ?? duty
  return chosen ? `${cardItem(chosen.content)}。` : '按全员安全责任清单履职。'
}

function postTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  if (index.posts.length === 0) {
    return [body(`${index.terms.unit}尚未设置岗位。设置岗位并安排人员后，本章列出每个岗位的人员、负责的风险点和主要职责。`)]
  }
  return [
    captions.caption('岗位、人员和主要安全职责'),
    ...table({
      width: portraitTextWidth,
      fontSize: sizes.tableSmall,
      columns: [
        { header: '岗位', weight: 3 },
        { header: '人员', weight: 2.6 },
        { header: '负责的风险点', weight: 5 },
        { header: '主要安全职责', weight: 8 }
      ],
      rows: index.posts.map((post) => {
        const holders = index.holders(post).map((person) => cleanText(person.name)).filter(Boolean)
        const points = index.pointsOwnedBy(post).map((point) => cleanText(point.name))
        const shownPoints = points.length > pointsPerPost ? `${points.slice(0, pointsPerPost).join('、')}等 ${points.length} 个` : points.join('、')
        return [cleanText(post.name), holders.join('、') || '（待安排）', shownPoints || '—', keyDuty(post)]
      })
    })
  ]
}

/**
 * Writes 组织机构与职责 on about one page: the leading group (a leader and one safety person are enough for a
 * small school), the office, and one line per post. The full duties are in the 全员安全责任清单 and the post cards.
 */
export function organisationChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  return [
    outline.chapter('组织机构与职责'),
    ...leadingGroupTable(index, captions),
    body(officeDescription(index)),
    body(
      `${index.terms.unit}实行全员安全责任制，每名教职员工对本岗位安全负责。各岗位的全部职责见《全员安全责任清单》，岗位风险、操作要点和应急职责见各岗位的岗位风险告知卡。`
    ),
    ...postTable(index, captions)
  ]
}
