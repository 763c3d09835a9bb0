import { Alert, Button, List, Progress, Space, Tag, Typography } from 'antd'
import { FolderOpenOutlined } from '@ant-design/icons'
import { useEffect, useRef, useState } from 'react'
import type { ChosenFolder } from '@shared/channels'
import { describeError } from '@shared/errors'
import type { JobStatus } from '@shared/jobs'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { useProgressRefresh } from '../progress'
import { NoticeSettingsCard } from '../../notices/NoticeSettingsCard'
import { OutputsIntro } from '../../small-school/OutputsIntro'
import { useConfirmIncompleteSteps } from '../outputs/confirm-incomplete'

/** How often the step asks for the job's progress, in milliseconds. */
const pollInterval = 300

const kindLabels = { docx: 'Word', xlsx: 'Excel', png: '图片', zip: '导出包' } as const

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/**
 * The folder chosen last in this window, kept while the user leaves the step (返回补充) and comes back, so
 * they do not have to choose it again. Its token stays valid in the main process for the session.
 */
let lastChosenFolder: ChosenFolder | undefined

/**
 * Step 8 成果输出: choose a folder, generate every document, sheet and the package (after a confirmation when
 * earlier steps are incomplete), then open the folder.
 */
export function OutputsStep() {
  const run = useAction()
  const refresh = useProgressRefresh()
  const confirmIncomplete = useConfirmIncompleteSteps()
  const [folder, setFolder] = useState<ChosenFolder | undefined>(() => lastChosenFolder)
  const [status, setStatus] = useState<JobStatus>()
  // True while the incomplete-steps question is open, so a second click does not ask twice.
  const [confirming, setConfirming] = useState(false)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => () => window.clearTimeout(timer.current), [])

  const poll = (jobId: string) => {
    timer.current = window.setTimeout(async () => {
      const next = await run(() => call('jobs:status', { jobId }))
      if (!next) return
      setStatus(next)
      if (next.state === 'running') poll(jobId)
      else refresh()
    }, pollInterval)
  }

  const chooseFolder = async () => {
    const chosen = await run(() => call('outputs:choose-folder'))
    if (!chosen) return
    lastChosenFolder = chosen
    setFolder(chosen)
  }

  const start = async () => {
    if (!folder) return
    setConfirming(true)
    const proceed = await confirmIncomplete()
    setConfirming(false)
    if (!proceed) return
    setStatus(undefined)
    const started = await run(() => call('outputs:start', { token: folder.token }))
    if (!started) return
    setStatus({ jobId: started.jobId, state: 'running', percent: 0, step: '准备中' })
    poll(started.jobId)
  }

  const running = status?.state === 'running'

  return (
    <>
      <Typography.Title level={4}>成果输出</Typography.Title>
      <OutputsIntro />
      <NoticeSettingsCard />

      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space>
          <Button onClick={() => void chooseFolder()} disabled={running}>
            选择文件夹
          </Button>
          <span data-testid="output-folder">{folder ? folder.folder : <span className="muted">尚未选择保存位置</span>}</span>
        </Space>

        <Button type="primary" size="large" disabled={!folder || running || confirming} onClick={() => void start()}>
          生成全部成果
        </Button>

        {status && (
          <div data-testid="output-progress">
            <Progress percent={status.percent} status={status.state === 'failed' ? 'exception' : status.state === 'done' ? 'success' : 'active'} />
            <span className="muted">{status.step}</span>
          </div>
        )}

        {status?.state === 'failed' && status.error && <Alert type="error" showIcon title={describeError(status.error)} />}

        {status?.state === 'done' && status.result && (
          <>
            <Alert
              type="success"
              showIcon
              title={`已生成 ${status.result.files.length} 个文件，用时 ${(status.result.elapsedMs / 1000).toFixed(1)} 秒`}
              description={`保存位置：${status.result.folder}`}
              action={
                <Button icon={<FolderOpenOutlined />} onClick={() => folder && void run(succeeded(() => call('outputs:open-folder', { token: folder.token })))}>
                  打开文件夹
                </Button>
              }
            />
            <List
              data-testid="output-files"
              bordered
              dataSource={status.result.files}
              renderItem={(file) => (
                <List.Item>
                  <Space>
                    <Tag>{kindLabels[file.kind]}</Tag>
                    <span>{file.name}</span>
                    <span className="muted">{formatBytes(file.bytes)}</span>
                  </Space>
                </List.Item>
              )}
            />
            {status.result.ledgerWarning && (
              <Alert
                type="error"
                showIcon
                data-testid="output-ledger-warning"
                message="隐患台账校验未通过"
                description={`${status.result.ledgerWarning}成果文件已生成，但已销号隐患的记录在销号后被改动过，上报前请核实改动的来由，必要时用备份恢复学校文件。`}
              />
            )}
            {status.result.leftovers.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="output-leftovers"
                message="文件夹中仍有上次生成的旧文件"
                description={`${status.result.leftovers.join('、')} 无法删除，可能正被 Word 或 WPS 打开。请关闭后手动删除，打印时以本次生成的文件为准。`}
              />
            )}
            {status.result.skipped.length > 0 && (
              <List
                data-testid="output-skipped"
                size="small"
                header="未生成"
                dataSource={status.result.skipped}
                renderItem={(skipped) => (
                  <List.Item>
                    <Space>
                      <Tag>{kindLabels[skipped.kind]}</Tag>
                      <span>
                        《{skipped.title}》：<span className="muted">{skipped.reason}</span>
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </>
        )}
      </Space>
    </>
  )
}
