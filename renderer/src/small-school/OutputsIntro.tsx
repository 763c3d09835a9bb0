import { Alert, Typography } from 'antd'
import { useLoad } from '../api/hooks'

/** The Word documents both modes make after the manuals, in the order of the output folder. */
const sharedDocuments =
  '岗位风险告知卡（按岗位和按风险点）、安全风险公告栏、安全检查表、排查计划检查表、安全教育培训记录台账、考核奖惩记录台账、隐患整改通知书和验收单、重大事故隐患治理方案及报告表、隐患排查治理统计分析报告'

const sheetsAndPackage =
  '风险分级管控清单、隐患排查清单、统计表、隐患排查治理台账（Excel），画好四色分布图后还有它的 A3 张贴版（Word）和图片（PNG），以及上报教育局的导出包（zip）。制定排查计划后才生成排查计划检查表。'

const normalOutputs = `生成领导小组通知、全员安全责任清单、安全风险分级管控手册、重大风险管控方案及上报表、隐患排查治理手册、${sharedDocuments}（Word），${sheetsAndPackage}`

const smallOutputs = `生成领导小组通知、全员安全责任清单、小规模学校双重预防体系手册（代替两本手册）、重大风险管控方案及上报表、${sharedDocuments}（Word），${sheetsAndPackage}`

/** Shows what the outputs step generates in the school's mode. */
export function OutputsIntro() {
  const status = useLoad('small-school:status')
  const small = status.data?.enabled === true
  return (
    <>
      {small && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="outputs-small-school"
          title="本校使用小规模学校模式：用一本小规模学校双重预防体系手册代替安全风险分级管控手册和隐患排查治理手册。"
        />
      )}
      <Typography.Paragraph data-testid="outputs-intro">{small ? smallOutputs : normalOutputs}</Typography.Paragraph>
    </>
  )
}
