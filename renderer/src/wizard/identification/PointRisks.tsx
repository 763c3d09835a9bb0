import { Button, Space, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Risk, RiskPoint } from '@shared/domain/entities'
import { controlLevelLabels } from '@shared/domain/levels'
import { formatScore } from '@shared/grading/grade'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { LevelTag } from '../../components/LevelTag'
import { useProgressRefresh } from '../progress'
import { accidentTypesText, factorsText, methodShortLabels } from '../risk-editor/risk-display'

interface PointRisksProps {
  point: RiskPoint
  onAdd: () => void
  onEdit: (risk: Risk) => void
  onDeleted: () => Promise<void>
}

/** Lists the risks (危险有害因素) of one risk point when its row is expanded. */
export function PointRisks({ point, onAdd, onEdit, onDeleted }: PointRisksProps) {
  const run = useAction()
  const refresh = useProgressRefresh()

  const remove = async (risk: Risk) => {
    const done = await run(succeeded(() => call('risks:delete', { id: risk.id })), '风险已删除')
    if (done === undefined) return
    refresh()
    await onDeleted()
  }

  return (
    <div className="point-risks" data-testid={`point-risks-${point.id}`}>
      <Table<Risk>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={point.risks}
        locale={{ emptyText: '此风险点还没有风险。请点击下方“添加风险”，写明其中的危险有害因素并评价。' }}
        columns={[
          { title: '危险有害因素', dataIndex: 'hazard' },
          { title: '事故类型', key: 'accidents', width: 120, render: (_value, risk) => accidentTypesText(risk) },
          {
            title: '评价',
            key: 'evaluation',
            width: 150,
            render: (_value, risk) => `${methodShortLabels[risk.method]} ${factorsText(risk)}${risk.score === null ? '' : `，${formatScore(risk.score)}`}`
          },
          { title: '风险等级', key: 'level', width: 110, render: (_value, risk) => <LevelTag level={risk.level} /> },
          { title: '管控层级', key: 'controlLevel', width: 80, render: (_value, risk) => controlLevelLabels[risk.controlLevel] },
          {
            title: '操作',
            key: 'actions',
            width: 96,
            render: (_value, risk) => (
              <Space size={0}>
                <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEdit(risk)} data-testid={`risk-edit-${risk.id}`}>
                  编辑
                </Button>
                <DeleteButton
                  target="这项风险"
                  consequence="它的管控措施和由措施生成的排查项将一并删除。"
                  onConfirm={() => remove(risk)}
                  testId={`risk-delete-${risk.id}`}
                />
              </Space>
            )
          }
        ]}
      />
      <Button type="dashed" size="small" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={onAdd} data-testid={`risk-add-${point.id}`}>
        添加风险
      </Button>
    </div>
  )
}
