import { App, Button, Col, Empty, Row, Space, Spin } from 'antd'
import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { Post } from '@shared/domain/entities'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { BuiltinPostsModal } from '../responsibilities/BuiltinPostsModal'
import { NewPostModal } from '../responsibilities/NewPostModal'
import { PostEditor } from '../responsibilities/PostEditor'
import { PostList } from '../responsibilities/PostList'

/** Step 3 责任清单: the school's posts, the people in each and each post's responsibility list. */
export function ResponsibilitiesStep() {
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const { modal } = App.useApp()
  const [selectedId, setSelectedId] = useState<number>()
  const [dirty, setDirty] = useState(false)
  const [dialog, setDialog] = useState<'builtin' | 'custom'>()

  const failed = posts.error ?? staff.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([posts.reload(), staff.reload()])} />
  if (!posts.data || !staff.data) return <Spin />

  const list = posts.data
  const selected = list.find((post) => post.id === selectedId) ?? list[0]

  const select = (post: Post) => {
    if (post.id === selected?.id) return
    if (!dirty) {
      setSelectedId(post.id)
      return
    }
    modal.confirm({
      title: '放弃未保存的修改？',
      content: `岗位“${selected?.name ?? ''}”有未保存的修改，切换后这些修改将丢失。`,
      okText: '放弃修改',
      cancelText: '继续编辑',
      onOk: () => {
        setDirty(false)
        setSelectedId(post.id)
      }
    })
  }

  const replace = (saved: Post) => posts.setData(list.map((post) => (post.id === saved.id ? saved : post)))

  const header = (
    <StepHeader
      title="责任清单"
      intro="为学校的每个岗位写明安全职责、管控的风险、隐患排查、应急职责和培训要求，并落实到具体人员；这些内容生成《全员安全责任清单》。"
      extra={
        list.length > 0 && (
          <Space>
            <Button icon={<AppstoreAddOutlined />} onClick={() => setDialog('builtin')} data-testid="posts-add-builtin">
              添加内置岗位
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setDialog('custom')} data-testid="posts-add-custom">
              添加自定义岗位
            </Button>
          </Space>
        )
      }
    />
  )

  const dialogs = (
    <>
      {dialog === 'builtin' && (
        <BuiltinPostsModal
          existing={list}
          onClose={() => setDialog(undefined)}
          onSeeded={(seeded) => {
            posts.setData(seeded)
            void staff.reload()
          }}
        />
      )}
      {dialog === 'custom' && (
        <NewPostModal
          onClose={() => setDialog(undefined)}
          onSaved={(created) => {
            posts.setData([...list, created])
            setDirty(false)
            setSelectedId(created.id)
          }}
        />
      )}
    </>
  )

  if (list.length === 0) {
    return (
      <>
        {header}
        <Empty description="还没有岗位。建议先从内置岗位清单添加，内置岗位已带有常用的责任内容，再按本校实际修改。" data-testid="posts-empty">
          <Space>
            <Button type="primary" size="large" icon={<AppstoreAddOutlined />} onClick={() => setDialog('builtin')} data-testid="posts-seed-first">
              从内置岗位清单添加
            </Button>
            <Button size="large" icon={<PlusOutlined />} onClick={() => setDialog('custom')}>
              添加自定义岗位
            </Button>
          </Space>
        </Empty>
        {dialogs}
      </>
    )
  }

  return (
    <>
      {header}
      <Row gutter={16}>
        <Col flex="260px">
          <PostList posts={list} selectedId={selected?.id} onSelect={select} />
        </Col>
        <Col flex="1" style={{ minWidth: 0 }}>
          {selected && (
            <PostEditor
              key={selected.id}
              post={selected}
              staff={staff.data}
              onStaffAdded={staff.reload}
              onDirtyChange={setDirty}
              onSaved={(saved) => {
                replace(saved)
                void staff.reload()
              }}
              onDeleted={(deleted) => {
                posts.setData(list.filter((post) => post.id !== deleted.id))
                setSelectedId(undefined)
              }}
            />
          )}
        </Col>
      </Row>
      {dialogs}
    </>
  )
}
