import { Alert, Button, Empty, Space, Spin, Table, Tag } from 'antd'
import { ExportOutlined, ImportOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { CustomLibraryEntry, CustomLibraryImportResult } from '@shared/domain/custom-library'
import { riskPointKindLabels } from '@shared/domain/entities'
import { facilityLabels } from '@shared/domain/school'
import { call } from '../api/client'
import { succeeded, useAction, useLoad } from '../api/hooks'
import { DeleteButton } from '../components/DeleteButton'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { CustomEntryModal } from './custom-library/CustomEntryModal'
import { ImportResultModal } from './custom-library/ImportResultModal'
import { MetaModal } from './custom-library/MetaModal'

function formatTime(iso: string): string {
  if (!iso) return '尚未保存'
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function applicability(entry: CustomLibraryEntry): string {
  const categories = entry.categories.length === 0 ? '所有类别' : entry.categories.join('、')
  const facilities = entry.facilities.length === 0 ? '' : `；需有${entry.facilities.map((key) => facilityLabels[key]).join('或')}`
  return `${categories}${facilities}`
}

/**
 * 自定义风险库: the consultant's own entries, kept in the user's data folder for every school they work on.
 * Entries are added from 风险辨识 (the 存为自定义 button of a point) and handed to other computers by export and import.
 */
export function CustomLibraryPage() {
  const library = useLoad('custom-library:get')
  const run = useAction()
  const [editing, setEditing] = useState<CustomLibraryEntry>()
  const [editingMeta, setEditingMeta] = useState(false)
  const [rejected, setRejected] = useState<CustomLibraryImportResult>()

  if (library.error) {
    return (
      <div className="page">
        <ErrorBox error={library.error} onRetry={() => void library.reload()} />
      </div>
    )
  }
  if (!library.data) {
    return (
      <div className="page">
        <Spin />
      </div>
    )
  }
  const info = library.data

  const remove = async (entry: CustomLibraryEntry) => {
    const next = await run(() => call('custom-library:delete-entry', { key: entry.key }), `已删除自定义条目“${entry.name}”`)
    if (next) library.setData(next)
  }

  const exportLibrary = async () => {
    const chosen = await run(() => call('custom-library:choose-export'))
    if (!chosen) return
    await run(() => call('custom-library:export', { token: chosen.token }), `已导出 ${info.entries.length} 个自定义条目到“${chosen.fileName}”`)
  }

  const importLibrary = async () => {
    const chosen = await run(() => call('custom-library:choose-import'))
    if (!chosen) return
    const result = await run(() => call('custom-library:import', { token: chosen.token }))
    if (!result) return
    if (!result.imported) {
      setRejected(result)
      return
    }
    await run(succeeded(() => library.reload()), `已导入“${result.fileName}”：新增 ${result.added} 个条目，替换 ${result.replaced} 个`)
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="custom-library-page">
        <StepHeader
          title="自定义风险库"
          intro="您自己积累的风险点条目，保存在本机的用户数据文件夹中，所有学校文件共用，软件升级后仍然保留。在“风险辨识”的本校风险点列表中点击某个风险点的“存为自定义”，即可把它加入本库，添加时与内置风险库一样使用。"
          extra={
            <Space>
              <Button icon={<ImportOutlined />} onClick={() => void importLibrary()} data-testid="custom-import">
                导入
              </Button>
              <Button icon={<ExportOutlined />} onClick={() => void exportLibrary()} disabled={info.entries.length === 0} data-testid="custom-export">
                导出
              </Button>
            </Space>
          }
        />
        <div className="custom-library-meta">
          <span>
            风险库：<strong data-testid="custom-library-name">{info.name}</strong>
            {info.author && `（${info.author}）`}
            <Button type="link" size="small" onClick={() => setEditingMeta(true)}>
              修改
            </Button>
          </span>
          <span>最后修改：{formatTime(info.updated)}</span>
          <span className="muted">保存位置：{info.file}</span>
        </div>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="导入时不作询问：编号相同的条目被文件中的替换，新的条目直接添加。文件有任何问题时列出全部问题，不作任何改动。"
        />
        <Table<CustomLibraryEntry>
          rowKey="key"
          size="small"
          data-testid="custom-entry-table"
          dataSource={info.entries}
          pagination={info.entries.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
          locale={{ emptyText: <Empty description="还没有自定义条目。请在“建设向导 → 风险辨识”的本校风险点列表中，点击某个风险点的“存为自定义”。" /> }}
          columns={[
            {
              title: '名称',
              key: 'name',
              render: (_value, entry) => (
                <span>
                  {entry.name} <Tag color="purple">自定义</Tag>
                </span>
              )
            },
            { title: '类型', key: 'kind', width: 80, render: (_value, entry) => riskPointKindLabels[entry.kind] },
            { title: '区域', dataIndex: 'area', width: 120 },
            { title: '适用范围', key: 'applies', render: (_value, entry) => applicability(entry) },
            { title: '风险', dataIndex: 'riskCount', width: 56 },
            { title: '措施', dataIndex: 'measureCount', width: 56 },
            { title: '排查项', dataIndex: 'checkCount', width: 64 },
            {
              title: '操作',
              key: 'actions',
              width: 100,
              render: (_value, entry) => (
                <Space size={0}>
                  <Button type="link" size="small" autoInsertSpace={false} onClick={() => setEditing(entry)} data-testid={`custom-entry-edit-${entry.key}`}>
                    编辑
                  </Button>
                  <DeleteButton
                    target={`自定义条目“${entry.name}”`}
                    consequence="已添加到学校文件中的风险点不受影响。"
                    onConfirm={() => remove(entry)}
                    testId={`custom-entry-delete-${entry.key}`}
                  />
                </Space>
              )
            }
          ]}
        />
      </div>
      {editing && <CustomEntryModal entry={editing} onSaved={library.setData} onClose={() => setEditing(undefined)} />}
      {editingMeta && <MetaModal info={info} onSaved={library.setData} onClose={() => setEditingMeta(false)} />}
      {rejected && <ImportResultModal result={rejected} onClose={() => setRejected(undefined)} />}
    </div>
  )
}
