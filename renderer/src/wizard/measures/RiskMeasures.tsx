import { Button, Space, Tag, Typography } from 'antd'
import { PlusOutlined, WarningFilled } from '@ant-design/icons'
import type { ControlMeasure, Post, Risk, Staff } from '@shared/domain/entities'
import { controlLevelLabels } from '@shared/domain/levels'
import { measureCategories, measureCategoryLabels, type MeasureCategory } from '@shared/domain/measures'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { LevelTag } from '../../components/LevelTag'
import { postName, staffName } from '../../components/lookups'
import { useProgressRefresh } from '../progress'
import { gapLabels, measureGaps } from '@shared/measure-gaps'

interface RiskMeasuresProps {
  risk: Risk
  posts: readonly Post[]
  staff: readonly Staff[]
  onAdd: (risk: Risk, category?: MeasureCategory) => void
  onEdit: (risk: Risk, measure: ControlMeasure) => void
  onDeleted: () => Promise<void>
}

/** Shows one risk with its measures by category, and what it still lacks. */
export function RiskMeasures({ risk, posts, staff, onAdd, onEdit, onDeleted }: RiskMeasuresProps) {
  const run = useAction()
  const refresh = useProgressRefresh()
  const gaps = measureGaps(risk)
  const labels = gapLabels(gaps)

  const remove = async (measure: ControlMeasure) => {
    const done = await run(succeeded(() => call('measures:delete', { id: measure.id })), '管控措施已删除')
    if (done === undefined) return
    refresh()
    await onDeleted()
  }

  const owner = (measure: ControlMeasure) => [postName(posts, measure.ownerPostId), staffName(staff, measure.ownerStaffId)].filter(Boolean).join(' / ')

  return (
    <div className={labels.length ? 'risk-measures has-gaps' : 'risk-measures'} data-testid={`risk-measures-${risk.id}`}>
      <div className="risk-measures-head">
        <Space wrap>
          <LevelTag level={risk.level} />
          <Typography.Text strong>{risk.hazard}</Typography.Text>
          {labels.map((gap) => (
            <Tag key={gap} color="warning" icon={<WarningFilled />} data-testid="measure-gap">
              {gap}
            </Tag>
          ))}
        </Space>
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onAdd(risk, gaps.missing[0])} data-testid={`measure-add-${risk.id}`}>
          添加措施
        </Button>
      </div>
      {measureCategories.map((category) => {
        const ofCategory = risk.measures.filter((measure) => measure.category === category)
        if (ofCategory.length === 0) return null
        return (
          <div key={category} className="measure-category">
            <div className="measure-category-label">{measureCategoryLabels[category]}</div>
            <ol className="measure-lines">
              {ofCategory.map((measure, index) => (
                <li key={measure.id} className="measure-line">
                  <span className="measure-number">{index + 1}.</span>
                  <span className="measure-text">
                    {measure.content}
                    <span className="muted measure-meta">
                      {controlLevelLabels[measure.controlLevel]}
                      {owner(measure) ? ` · ${owner(measure)}` : ''}
                    </span>
                  </span>
                  <Space size={0} className="measure-actions">
                    <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEdit(risk, measure)} data-testid={`measure-edit-${measure.id}`}>
                      编辑
                    </Button>
                    <DeleteButton
                      target="这条管控措施"
                      consequence="由它生成、且未修改过的排查项将一并删除。"
                      onConfirm={() => remove(measure)}
                      testId={`measure-delete-${measure.id}`}
                    />
                  </Space>
                </li>
              ))}
            </ol>
          </div>
        )
      })}
    </div>
  )
}
