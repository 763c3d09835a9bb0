import { Alert, Button, Modal, Radio, Space } from 'antd'
import { FolderOpenOutlined, PrinterOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { PrintedChecklist } from '@shared/contract/inspections'
import type { InspectionPlanRow } from '@shared/domain/inspections'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'

interface PrintModalProps {
  plan: InspectionPlanRow
  onClose: () => void
}

/** Writes a plan's checklist as a Word file into a folder the user chooses, whole or one risk point per page. */
export function PrintModal({ plan, onClose }: PrintModalProps) {
  const run = useAction()
  const [byPoint, setByPoint] = useState(false)
  const [busy, setBusy] = useState(false)
  const [printed, setPrinted] = useState<PrintedChecklist>()

  const print = async () => {
    setBusy(true)
    try {
      const folder = await run(() => call('outputs:choose-folder'))
      if (!folder) return
      const result = await run(() => call('inspection-plans:print', { planId: plan.id, token: folder.token, byPoint }))
      if (result) setPrinted(result)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open title={`打印检查表 — ${plan.name}`} width={620} footer={null} onCancel={onClose}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <span>
          检查表共 {plan.itemCount} 项，版本 {plan.id}-{plan.version}。检查项按风险点顺序编号，录入排查记录时按这些序号输入不合格项和不适用项。
        </span>
        <Radio.Group
          value={byPoint}
          onChange={(event) => setByPoint(event.target.value as boolean)}
          options={[
            { value: false, label: '整份打印（一位检查人检查全部项目）' },
            { value: true, label: '按风险点分页（各区域分别检查，序号不变）' }
          ]}
          data-testid="print-by-point"
        />
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-generate">
          选择保存位置并生成
        </Button>
        {printed && (
          <Alert
            type="success"
            showIcon
            title={`已生成“${printed.fileName}”`}
            description={`保存在 ${printed.folder}，用 Word 或 WPS 打开后打印。`}
            data-testid="print-done"
            action={
              <Button size="small" icon={<FolderOpenOutlined />} onClick={() => void run(succeeded(() => call('outputs:open-folder', { token: printed.token })))}>
                打开文件夹
              </Button>
            }
          />
        )}
      </Space>
    </Modal>
  )
}
