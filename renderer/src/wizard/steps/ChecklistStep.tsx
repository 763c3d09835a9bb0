import { Alert, App, Button, Empty, Select, Space, Spin } from 'antd'
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { CheckItem } from '@shared/domain/entities'
import { inspectionTypeLabels, inspectionTypes, type InspectionType } from '@shared/domain/checks'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { CheckItemModal } from '../checklist/CheckItemModal'
import { CheckItemTable } from '../checklist/CheckItemTable'
import { useProgressRefresh } from '../progress'

/** Step 7 隐患排查清单: check items derived from the measures, edited or added by the school. */
export function ChecklistStep() {
  const items = useLoad('check-items:list')
  const points = useLoad('risk-points:list')
  const posts = useLoad('posts:list')
  const run = useAction()
  const refresh = useProgressRefresh()
  const { message } = App.useApp()
  const [pointId, setPointId] = useState<number>()
  const [postId, setPostId] = useState<number>()
  const [type, setType] = useState<InspectionType>()
  const [editing, setEditing] = useState<CheckItem | 'new'>()
  const [deriving, setDeriving] = useState(false)

  const failed = items.error ?? points.error ?? posts.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([items.reload(), points.reload(), posts.reload()])} />
  if (!items.data || !points.data || !posts.data) return <Spin />

  const all = items.data
  const filteredItems = all.filter(
    (item) => (!pointId || item.riskPointId === pointId) && (!postId || item.responsiblePostId === postId) && (!type || item.inspectionType === type)
  )
  const hasMeasures = points.data.some((point) => point.risks.some((risk) => risk.measures.length > 0))

  const keepSaved = (saved: CheckItem) => {
    if (all.some((item) => item.id === saved.id)) {
      items.setData(all.map((item) => (item.id === saved.id ? saved : item)))
    } else {
      items.setData([...all, saved])
    }
  }

  const derive = async () => {
    setDeriving(true)
    const derived = await run(() => call('check-items:derive'))
    setDeriving(false)
    if (!derived) return
    const added = derived.length - all.length
    void message.success(added > 0 ? `已生成 ${added} 个排查项` : '所有管控措施都已有排查项，没有新增')
    items.setData(derived)
    refresh()
  }

  return (
    <>
      <StepHeader
        title="隐患排查清单"
        intro="把每条管控措施转成排查时要检查的内容，明确排查标准、方法、类型、频次和责任岗位；这份清单印入《隐患排查治理手册》和安全检查表。"
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="“根据管控措施生成排查项”只为还没有排查项的措施新增排查项：修改过的排查项保持不变，删除过的排查项也不会再次生成。新增或修改管控措施后可再次点击。"
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<ThunderboltOutlined />} loading={deriving} disabled={!hasMeasures} onClick={() => void derive()} data-testid="check-items-derive">
          根据管控措施生成排查项
        </Button>
        <Button icon={<PlusOutlined />} disabled={points.data.length === 0} onClick={() => setEditing('new')} data-testid="check-item-add">
          添加排查项
        </Button>
        <Select<number | undefined>
          value={pointId}
          onChange={setPointId}
          allowClear
          placeholder="全部风险点"
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={points.data.map((point) => ({ value: point.id, label: `${point.code} ${point.name}` }))}
          data-testid="check-items-filter-point"
        />
        <Select<number | undefined>
          value={postId}
          onChange={setPostId}
          allowClear
          placeholder="全部责任岗位"
          style={{ width: 170 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={posts.data.map((post) => ({ value: post.id, label: post.name }))}
          data-testid="check-items-filter-post"
        />
        <Select<InspectionType | undefined>
          value={type}
          onChange={setType}
          allowClear
          placeholder="全部排查类型"
          style={{ width: 150 }}
          options={inspectionTypes.map((value) => ({ value, label: inspectionTypeLabels[value] }))}
          data-testid="check-items-filter-type"
        />
      </Space>
      {all.length === 0 ? (
        <Empty
          description={
            hasMeasures
              ? '还没有排查项。请点击“根据管控措施生成排查项”，再按本校实际修改。'
              : '还没有管控措施。请先在“风险辨识”和“管控措施”两步添加风险和措施，再回到这里生成排查项。'
          }
        />
      ) : (
        <CheckItemTable
          items={filteredItems}
          points={points.data}
          posts={posts.data}
          onEdit={setEditing}
          onDeleted={(removed) => items.setData(all.filter((item) => item.id !== removed.id))}
        />
      )}
      {editing && (
        <CheckItemModal
          item={editing === 'new' ? undefined : editing}
          points={points.data}
          posts={posts.data}
          riskPointId={pointId}
          onClose={() => setEditing(undefined)}
          onSaved={keepSaved}
        />
      )}
    </>
  )
}
