import { Alert, Button, Checkbox, Empty, Input, Space, Spin, Switch, Tag, Tooltip, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { riskPointKindLabels, riskPointKinds } from '@shared/domain/entities'
import type { LibraryEntry } from '@shared/domain/library'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { useProgressRefresh } from '../progress'

interface LibraryPanelProps {
  /** Called after points were added, so the step reloads its list. */
  onAdded: (count: number) => Promise<void>
}

function matches(entry: LibraryEntry, search: string): boolean {
  if (search === '') return true
  return [entry.name, entry.area, entry.description].some((text) => text.includes(search))
}

function groupByArea(entries: LibraryEntry[]): [string, LibraryEntry[]][] {
  const groups = new Map<string, LibraryEntry[]>()
  for (const entry of entries) {
    const area = entry.area || '其他'
    groups.set(area, [...(groups.get(area) ?? []), entry])
  }
  return [...groups.entries()]
}

/**
 * Offers the built-in risk library: risk points with their typical risks, measures and check items. The
 * school ticks the points it has, and points already added are shown as added.
 */
export function LibraryPanel({ onAdded }: LibraryPanelProps) {
  const library = useLoad('library:list')
  const school = useLoad('school:get')
  const [onlyApplicable, setOnlyApplicable] = useState(true)
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [adding, setAdding] = useState(false)
  const run = useAction()
  const refresh = useProgressRefresh()

  const filteredEntries = useMemo(
    () => (library.data ?? []).filter((entry) => (!onlyApplicable || entry.applies) && matches(entry, search.trim())),
    [library.data, onlyApplicable, search]
  )

  if (library.error) return <ErrorBox error={library.error} onRetry={() => void library.reload()} />
  if (!library.data) return <Spin />

  const selectable = filteredEntries.filter((entry) => !entry.added)
  const hiddenCount = library.data.filter((entry) => !entry.applies && !entry.added).length

  const toggle = (keys: string[], checked: boolean) => {
    const next = new Set(selected)
    for (const key of keys) {
      if (checked) next.add(key)
      else next.delete(key)
    }
    setSelected(next)
  }

  const add = async () => {
    setAdding(true)
    const keys = [...selected]
    const added = await run(() => call('risk-points:add-from-library', { keys }), `已添加 ${keys.length} 个风险点及其风险、管控措施和排查项`)
    setAdding(false)
    if (!added) return
    setSelected(new Set())
    refresh()
    await Promise.all([library.reload(), onAdded(added.length)])
  }

  return (
    <div className="library-panel" data-testid="library-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="搜索风险点名称、区域"
          onSearch={setSearch}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 260 }}
          data-testid="library-search"
        />
        <Space>
          <Switch checked={onlyApplicable} onChange={setOnlyApplicable} data-testid="library-only-applicable" />
          <span>只看适用于本校的</span>
        </Space>
        <Button size="small" onClick={() => toggle(selectable.map((entry) => entry.key), true)} disabled={selectable.length === 0}>
          全选当前列表
        </Button>
        <Button size="small" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
          清除选择
        </Button>
      </Space>

      {onlyApplicable && school.data && school.data.category === '' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="学校概况中还没有选择“所属类别”，只按类别适用的风险点不会显示。请先在第 1 步选择所属类别。" />
      )}
      {onlyApplicable && hiddenCount > 0 && (
        <Typography.Paragraph type="secondary">
          另有 {hiddenCount} 个风险点不适用于本校（按学校类别和设施判断），关闭“只看适用于本校的”可以查看。
        </Typography.Paragraph>
      )}

      {filteredEntries.length === 0 && <Empty description={search ? '没有找到匹配的风险点，请换个关键词。' : '没有可显示的风险点。'} />}

      {riskPointKinds.map((kind) => {
        const ofKind = filteredEntries.filter((entry) => entry.kind === kind)
        if (ofKind.length === 0) return null
        return (
          <div key={kind} className="library-kind">
            <Typography.Title level={5}>{riskPointKindLabels[kind]}</Typography.Title>
            {groupByArea(ofKind).map(([area, entries]) => {
              const open = entries.filter((entry) => !entry.added).map((entry) => entry.key)
              const allChosen = open.length > 0 && open.every((key) => selected.has(key))
              return (
                <div key={area} className="library-area">
                  <div className="library-area-title">
                    <Checkbox
                      checked={allChosen}
                      indeterminate={!allChosen && open.some((key) => selected.has(key))}
                      disabled={open.length === 0}
                      onChange={(event) => toggle(open, event.target.checked)}
                    >
                      <strong>{area}</strong>
                    </Checkbox>
                  </div>
                  <div className="library-entries">
                    {entries.map((entry) => (
                      <Tooltip key={entry.key} title={entry.description || undefined} placement="topLeft">
                        <Checkbox
                          checked={entry.added || selected.has(entry.key)}
                          disabled={entry.added}
                          onChange={(event) => toggle([entry.key], event.target.checked)}
                          data-testid={`library-entry-${entry.key}`}
                          data-library-name={entry.name}
                        >
                          {entry.name}
                          {entry.custom && (
                            <Tag color="purple" style={{ marginLeft: 6 }} data-testid={`library-custom-${entry.key}`}>
                              自定义
                            </Tag>
                          )}
                          <span className="muted"> {entry.riskCount} 项风险</span>
                          {entry.added && <Tag style={{ marginLeft: 6 }}>已添加</Tag>}
                          {!entry.applies && <Tag color="default">不适用于本校</Tag>}
                        </Checkbox>
                      </Tooltip>
                    ))}
                  </div>
                </div>
              )
            })}
          </div>
        )
      })}

      <div className="library-footer">
        <span className="muted">已选 {selected.size} 个风险点</span>
        <Button type="primary" disabled={selected.size === 0} loading={adding} onClick={() => void add()} data-testid="library-add">
          添加选中的 {selected.size} 个风险点
        </Button>
      </div>
    </div>
  )
}
