import { Select } from 'antd'
import type { Post } from '@shared/domain/entities'

interface PostSelectProps {
  posts: readonly Post[]
  value?: number | null
  onChange?: (value: number | null) => void
  placeholder?: string
  testId?: string
  id?: string
}

/** Picks one of the school's posts (岗位). */
export function PostSelect({ posts, value, onChange, placeholder, testId, id }: PostSelectProps) {
  return (
    <Select<number | null>
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      options={posts.map((post) => ({ value: post.id, label: post.department ? `${post.name}（${post.department}）` : post.name }))}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? '选择岗位'}
      notFoundContent={posts.length === 0 ? '还没有岗位，请先在“责任清单”一步添加' : '没有匹配的岗位'}
      data-testid={testId}
    />
  )
}
