import { Button, Input, Popconfirm, Space, Tooltip, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { responsibilityKindLabels, responsibilityKinds, type ResponsibilityKind } from '@shared/domain/posts'

/** One editable line of a post's responsibility list. `key` only identifies it in the window. */
export interface ResponsibilityLine {
  key: string
  kind: ResponsibilityKind
  content: string
}

const placeholders: Record<ResponsibilityKind, string> = {
  duty: '如：负责本班学生的日常安全教育和管理，落实一岗双责。',
  risk: '如：负责本班教室的用电、门窗和悬挂物风险管控。',
  check: '如：每日上课前检查教室门窗、插座和消防通道，发现隐患当天报告。',
  emergency: '如：发生突发事件时，第一时间组织本班学生疏散并报告学校。',
  training: '如：每学期参加学校组织的安全培训不少于 4 学时。'
}

let lineCounter = 0

export function newLineKey(): string {
  lineCounter += 1
  return `line-${lineCounter}`
}

/** Moves a line one place up or down among the lines of its own kind. */
function moveWithinKind(lines: ResponsibilityLine[], key: string, step: -1 | 1): ResponsibilityLine[] {
  const index = lines.findIndex((line) => line.key === key)
  const kind = lines[index].kind
  const sameKind = lines.map((line, position) => ({ line, position })).filter(({ line }) => line.kind === kind)
  const rank = sameKind.findIndex(({ line }) => line.key === key)
  const neighbour = sameKind[rank + step]
  if (!neighbour) return lines
  const next = [...lines]
  next[index] = neighbour.line
  next[neighbour.position] = lines[index]
  return next
}

interface ResponsibilityLinesProps {
  lines: ResponsibilityLine[]
  onChange: (lines: ResponsibilityLine[]) => void
  /** Chinese message per line key, for lines that fail the content check. */
  errors: Record<string, string>
}

/** Edits the responsibility items of a post, grouped by kind, each a line that can be moved or deleted. */
export function ResponsibilityLines({ lines, onChange, errors }: ResponsibilityLinesProps) {
  const update = (key: string, content: string) => onChange(lines.map((line) => (line.key === key ? { ...line, content } : line)))
  const remove = (key: string) => onChange(lines.filter((line) => line.key !== key))
  const add = (kind: ResponsibilityKind) => {
    const lastOfKind = lines.map((line) => line.kind).lastIndexOf(kind)
    const insertAt = lastOfKind === -1 ? lines.length : lastOfKind + 1
    onChange([...lines.slice(0, insertAt), { key: newLineKey(), kind, content: '' }, ...lines.slice(insertAt)])
  }

  return (
    <div className="responsibility-groups">
      {responsibilityKinds.map((kind) => {
        const ofKind = lines.filter((line) => line.kind === kind)
        return (
          <div key={kind} className="responsibility-group" data-testid={`duties-${kind}`}>
            <div className="block-title">
              <Typography.Text strong>
                {responsibilityKindLabels[kind]}（{ofKind.length}）
              </Typography.Text>
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add(kind)} data-testid={`duty-add-${kind}`}>
                添加一条
              </Button>
            </div>
            {ofKind.length === 0 && <div className="muted responsibility-empty">暂无内容，可点击“添加一条”。</div>}
            {ofKind.map((line, rank) => (
              <div key={line.key} className="responsibility-line">
                <span className="responsibility-number">{rank + 1}.</span>
                <div className="responsibility-text">
                  <Input.TextArea
                    value={line.content}
                    onChange={(event) => update(line.key, event.target.value)}
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    placeholder={placeholders[kind]}
                    status={errors[line.key] ? 'error' : undefined}
                    autoFocus={line.content === ''}
                    aria-label={`${responsibilityKindLabels[kind]}第 ${rank + 1} 条`}
                  />
                  {errors[line.key] && <div className="field-error">{errors[line.key]}</div>}
                </div>
                <Space size={0}>
                  <Tooltip title="上移">
                    <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={rank === 0} onClick={() => onChange(moveWithinKind(lines, line.key, -1))} aria-label="上移" />
                  </Tooltip>
                  <Tooltip title="下移">
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      disabled={rank === ofKind.length - 1}
                      onClick={() => onChange(moveWithinKind(lines, line.key, 1))}
                      aria-label="下移"
                    />
                  </Tooltip>
                  {line.content.trim() === '' ? (
                    <Tooltip title="删除这一条">
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(line.key)} aria-label="删除这一条" />
                    </Tooltip>
                  ) : (
                    <Popconfirm
                      title="确定删除这一条吗？"
                      description="保存岗位后生效。"
                      okText="删除"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(line.key)}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除这一条" />
                    </Popconfirm>
                  )}
                </Space>
              </div>
            ))}
          </div>
        )
      })}
    </div>
  )
}
