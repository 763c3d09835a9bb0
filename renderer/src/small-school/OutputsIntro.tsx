import { Alert, Typography } from 'antd'
import { useLoad } from '../api/hooks'

const normalOutputs =
  '生成领导小组通知、全员安全责任清单、安全风险分级管控手册、重大风险管控方案、隐患排查治理手册、岗位风险告知卡（按岗位和按风险点）、安全风险公告栏、安全检查表（Word），风险分级管控清单、隐患排查清单、统计表（Excel），画好四色分布图后还有它的 A3 张贴版（Word）和图片（PNG），以及上报教育局的导出包（zip）。'

const smallOutputs =
  '生成领导小组通知、全员安全责任清单、小规模学校双重预防体系手册（代替两本手册）、重大风险管控方案、岗位风险告知卡（按岗位和按风险点）、安全风险公告栏、安全检查表（Word），风险分级管控清单、隐患排查清单、统计表（Excel），画好四色分布图后还有它的 A3 张贴版和图片，以及上报教育局的导出包（zip）。'

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
