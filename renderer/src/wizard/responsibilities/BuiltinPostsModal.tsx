import { Button, Checkbox, Modal, Space, Spin, Tag, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { Post } from '@shared/domain/entities'
import type { BuiltinPost } from '@shared/domain/library'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { useProgressRefresh } from '../progress'

interface BuiltinPostsModalProps {
  existing: readonly Post[]
  onClose: () => void
  onSeeded: (posts: Post[]) => void
}

function groupByDepartment(posts: readonly BuiltinPost[]): [string, BuiltinPost[]][] {
  const groups = new Map<string, BuiltinPost[]>()
  for (const post of posts) {
    const department = post.department || '其他'
    groups.set(department, [...(groups.get(department) ?? []), post])
  }
  return [...groups.entries()]
}

/**
 * Offers the built-in posts (with default responsibility lists) as a checklist grouped by department. The
 * posts most schools have start ticked, and posts the school already has are shown as added.
 */
export function BuiltinPostsModal({ existing, onClose, onSeeded }: BuiltinPostsModalProps) {
  const builtin = useLoad('posts:builtin')
  const [selected, setSelected] = useState<Set<string>>()
  const [saving, setSaving] = useState(false)
  const run = useAction()
  const refresh = useProgressRefresh()

  const presentCodes = useMemo(() => new Set(existing.map((post) => post.code)), [existing])
  const presentNames = useMemo(() => new Set(existing.map((post) => post.name)), [existing])
  const isPresent = (post: BuiltinPost) => presentCodes.has(post.code) || presentNames.has(post.name)

  useEffect(() => {
    if (builtin.data && selected === undefined) {
      setSelected(new Set(builtin.data.filter((post) => post.common && !presentCodes.has(post.code) && !presentNames.has(post.name)).map((post) => post.code)))
    }
  }, [builtin.data, selected, presentCodes, presentNames])

  const available = builtin.data?.filter((post) => !isPresent(post)) ?? []
  const chosen = selected ?? new Set<string>()

  const toggle = (code: string, checked: boolean) => {
    const next = new Set(chosen)
    if (checked) next.add(code)
    else next.delete(code)
    setSelected(next)
  }

  const seed = async () => {
    setSaving(true)
    const posts = await run(() => call('posts:seed', { codes: [...chosen] }), `已添加 ${chosen.size} 个岗位及其责任清单`)
    setSaving(false)
    if (!posts) return
    refresh()
    onSeeded(posts)
    onClose()
  }

  return (
    <Modal
      open
      title="从内置岗位清单添加"
      width={760}
      onCancel={onClose}
      mask={{ closable: false }}
      okText={`添加选中的 ${chosen.size} 个岗位`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.size === 0, 'data-testid': 'builtin-posts-ok' }}
      confirmLoading={saving}
      onOk={() => void seed()}
    >
      <div data-testid="builtin-posts">
        <Typography.Paragraph type="secondary">
          内置岗位依据教育部学校安全岗位职责指南编写，每个岗位带有安全职责、管控的风险、隐患排查、应急职责和培训要求，添加后可逐条修改。已勾选的是大多数学校都设置的岗位。
        </Typography.Paragraph>
        {builtin.error && <ErrorBox error={builtin.error} onRetry={() => void builtin.reload()} />}
        {!builtin.data && !builtin.error && <Spin />}
        {builtin.data && (
          <>
            <Space style={{ marginBottom: 12 }}>
              <Button size="small" onClick={() => setSelected(new Set(available.map((post) => post.code)))}>
                全选
              </Button>
              <Button size="small" onClick={() => setSelected(new Set(available.filter((post) => post.common).map((post) => post.code)))}>
                只选常设岗位
              </Button>
              <Button size="small" onClick={() => setSelected(new Set())}>
                全不选
              </Button>
            </Space>
            <div className="builtin-post-groups">
              {groupByDepartment(builtin.data).map(([department, posts]) => (
                <div key={department} className="builtin-post-group">
                  <Typography.Text strong>{department}</Typography.Text>
                  <div className="builtin-post-items">
                    {posts.map((post) =>
                      isPresent(post) ? (
                        <Checkbox key={post.code} checked disabled>
                          {post.name} <Tag>已添加</Tag>
                        </Checkbox>
                      ) : (
                        <Checkbox
                          key={post.code}
                          checked={chosen.has(post.code)}
                          onChange={(event) => toggle(post.code, event.target.checked)}
                          data-testid={`builtin-post-${post.code}`}
                        >
                          {post.name}
                          <span className="muted"> {post.responsibilities.length} 条</span>
                        </Checkbox>
                      )
                    )}
                  </div>
                </div>
              ))}
            </div>
          </>
        )}
      </div>
    </Modal>
  )
}
