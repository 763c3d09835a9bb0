import { Alert } from 'antd'
import { useState } from 'react'
import { useLoad } from '../api/hooks'

/**
 * Warns when the window opens if the hazard ledger's closure chain does not hold: a closed hazard was
 * changed outside the app after its 销号. The check runs once per opened school file. The warning can be
 * closed for this session, and it comes back each time the file is opened while the chain stays broken.
 */
export function LedgerBanner() {
  const check = useLoad('hazards:ledger-check')
  const [closed, setClosed] = useState(false)
  if (!check.data || check.data.ok || closed) return null

  return (
    <Alert
      banner
      type="error"
      showIcon
      closable={{ onClose: () => setClosed(true), 'aria-label': '关闭提醒' }}
      title={`隐患台账校验未通过：${check.data.message}`}
      description="已销号隐患的记录在销号后被本软件以外的方式改动过。请核实改动的来由，必要时用“备份”文件夹中的备份恢复学校文件；上报导出包前请先处理。"
      data-testid="ledger-banner"
    />
  )
}
