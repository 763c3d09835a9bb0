import { Alert, App, Col, Empty, Row, Spin } from 'antd'
import { useState } from 'react'
import type { Policy } from '@shared/domain/entities'
import { useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { PolicyEditor } from './policies/PolicyEditor'

/** 制度文本: the school's policies, printed as they are written here in the two manuals. */
export function PoliciesPage() {
  const policies = useLoad('policies:list')
  const { modal } = App.useApp()
  const [selectedId, setSelectedId] = useState<number>()
  const [dirty, setDirty] = useState(false)

  if (policies.error) return <div className="page"><ErrorBox error={policies.error} onRetry={() => void policies.reload()} /></div>
  if (!policies.data) return <div className="page"><Spin /></div>

  const list = policies.data
  const selected = list.find((policy) => policy.id === selectedId) ?? list[0]

  const select = (policy: Policy) => {
    if (policy.id === selected?.id) return
    if (!dirty) {
      setSelectedId(policy.id)
      return
    }
    modal.confirm({
      title: '放弃未保存的修改？',
      content: `“${selected?.title ?? ''}”有未保存的修改，切换后这些修改将丢失。`,
      okText: '放弃修改',
      cancelText: '继续编辑',
      onOk: () => {
        setDirty(false)
        setSelectedId(policy.id)
      }
    })
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="policies-page">
        <StepHeader title="制度文本" intro="学校双重预防体系的各项制度。这里的文字原样印入《安全风险分级管控手册》和《隐患排查治理手册》，请按本校实际修改后保存。" />
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="制度中的学校名称、部门和职务请与前面各步骤填写的一致；修改后重新“生成全部成果”即可更新手册。" />
        {list.length === 0 ? (
          <Empty description="学校文件中没有制度文本。请重新打开学校文件；如仍为空，请联系技术支持。" />
        ) : (
          <Row gutter={16}>
            <Col flex="260px">
              <ul className="post-list" aria-label="制度列表" data-testid="policy-list">
                {list.map((policy) => (
                  <li key={policy.id}>
                    <button
                      type="button"
                      className={policy.id === selected?.id ? 'post-list-item selected' : 'post-list-item'}
                      onClick={() => select(policy)}
                      data-testid={`policy-item-${policy.id}`}
                    >
                      <span className="post-list-name">{policy.title}</span>
                      <span className="post-list-meta">{[...policy.body].length} 字</span>
                    </button>
                  </li>
                ))}
              </ul>
            </Col>
            <Col flex="1" style={{ minWidth: 0 }}>
              {selected && (
                <PolicyEditor
                  key={selected.id}
                  policy={selected}
                  onDirtyChange={setDirty}
                  onSaved={(saved) => policies.setData(list.map((policy) => (policy.id === saved.id ? saved : policy)))}
                />
              )}
            </Col>
          </Row>
        )}
      </div>
    </div>
  )
}
