import { Button, Dropdown, type MenuProps } from 'antd'
import { HistoryOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { RecentSchoolFile } from '@shared/channels'
import { call } from '../api/client'
import { useAction } from '../api/hooks'

interface RecentFilesButtonProps {
  /** Called after another school file was opened; the shell reloads the window. */
  onOpened: () => void
}

function menuItems(files: readonly RecentSchoolFile[] | undefined): MenuProps['items'] {
  if (!files) return [{ key: 'loading', label: '正在读取…', disabled: true }]
  if (files.length === 0) return [{ key: 'empty', label: '还没有最近打开的学校文件', disabled: true }]
  return files.map((file) => ({
    key: String(file.index),
    disabled: file.missing || file.current,
    label: (
      <div className="recent-file" data-testid={`recent-file-${file.index}`}>
        <div>
          {file.fileName}
          {file.current && <span className="recent-file-mark">（当前）</span>}
          {file.missing && <span className="recent-file-mark">（文件已不存在）</span>}
        </div>
        <div className="recent-file-path">{file.path}</div>
      </div>
    )
  }))
}

/** The list of recently opened school files beside 打开; the main process keeps the list and opens by index. */
export function RecentFilesButton({ onOpened }: RecentFilesButtonProps) {
  const [files, setFiles] = useState<RecentSchoolFile[]>()
  const run = useAction()

  const load = async (open: boolean) => {
    if (!open) return
    setFiles(undefined)
    setFiles((await run(() => call('files:recent'))) ?? [])
  }

  const openRecent = async (key: string) => {
    const opened = await run(() => call('files:open-recent', { index: Number(key) }))
    if (opened) onOpened()
  }

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      onOpenChange={(open) => void load(open)}
      menu={{ items: menuItems(files), onClick: ({ key }) => void openRecent(key) }}
    >
      <Button size="small" icon={<HistoryOutlined />} data-testid="recent-files">
        最近打开
      </Button>
    </Dropdown>
  )
}
