import { Descriptions, Typography } from 'antd'
import type { HazardDetail } from '@shared/contract/hazards'
import { hazardCategoryLabels, hazardGradeLabels, hazardSourceLabels } from '@shared/domain/hazards'
import type { MajorHazardCriteria } from '@shared/domain/major-hazard-criteria'

function criterionText(criteria: MajorHazardCriteria, code: string): string {
  const criterion = criteria.criteria.find((item) => item.code === code)
  return criterion ? `${code} ${criterion.text}` : `${code}（已不在本校判定标准中）`
}

/** Shows the registration of a hazard, and its 上报 record when it has one. */
export function RegistrationRecord({ detail, criteria }: { detail: HazardDetail; criteria: MajorHazardCriteria }) {
  const { hazard } = detail
  return (
    <Descriptions
      size="small"
      column={3}
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      data-testid="hazard-registration"
      items={[
        { key: 'description', label: '隐患描述', span: 3, children: <span style={{ whiteSpace: 'pre-wrap' }}>{hazard.description}</span> },
        { key: 'point', label: '风险点', children: detail.riskPointLabel || '—' },
        { key: 'place', label: '具体部位', children: hazard.place || '—' },
        { key: 'found', label: '发现', children: `${hazard.foundOn} ${hazard.foundBy.name}` },
        { key: 'source', label: '来源', children: hazardSourceLabels[hazard.source] },
        { key: 'category', label: '类别', children: hazardCategoryLabels[hazard.category] },
        { key: 'grade', label: '等级', children: hazardGradeLabels[hazard.grade] },
        ...(hazard.majorCriteria.length > 0
          ? [{ key: 'criteria', label: '判定情形', span: 3, children: hazard.majorCriteria.map((code) => <div key={code}>{criterionText(criteria, code)}</div>) }]
          : []),
        ...(hazard.grade === 'major'
          ? [
              {
                key: 'report',
                label: '上报情况',
                span: 3,
                children: hazard.reportedOn ? `${hazard.reportedOn} 上报${hazard.reportTo}${hazard.reportNote ? `：${hazard.reportNote}` : ''}` : <Typography.Text type="danger">尚未上报</Typography.Text>
              }
            ]
          : [])
      ]}
    />
  )
}

/** Shows the rectification, acceptance and closure once the hazard has reached them. */
export function OutcomeRecord({ detail }: { detail: HazardDetail }) {
  const { hazard } = detail
  if (!hazard.rectifiedOn && !hazard.acceptedOn && !hazard.closedOn) return null
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      data-testid="hazard-outcome"
      items={[
        { key: 'rectified', label: '整改完成', children: hazard.rectifiedOn ? `${hazard.rectifiedOn} ${hazard.rectifier.name}` : '—' },
        { key: 'note', label: '整改情况', children: hazard.rectificationNote || '—' },
        { key: 'accepted', label: '验收', children: hazard.acceptedOn ? `${hazard.acceptedOn} ${hazard.acceptor.name}` : '—' },
        { key: 'opinion', label: '验收意见', children: hazard.acceptanceOpinion || '—' },
        ...(hazard.closedOn
          ? [
              { key: 'closed', label: '销号', children: `${hazard.closedOn}（第 ${hazard.closureSeq ?? ''} 次销号）` },
              { key: 'hash', label: '销号校验值', children: <span className="file-path">{hazard.closureHash}</span> }
            ]
          : [])
      ]}
    />
  )
}
