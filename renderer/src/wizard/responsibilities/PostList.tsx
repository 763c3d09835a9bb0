import { Tooltip } from 'antd'
import { WarningFilled } from '@ant-design/icons'
import type { Post } from '@shared/domain/entities'

interface PostListProps {
  posts: readonly Post[]
  selectedId: number | undefined
  onSelect: (post: Post) => void
}

function problemsOf(post: Post): string[] {
  return [post.staffIds.length === 0 ? '尚未安排岗位人员' : '', post.responsibilities.length === 0 ? '没有责任内容' : ''].filter(Boolean)
}

/** Lists the school's posts with their counts of people and items; a warning marks posts not yet complete. */
export function PostList({ posts, selectedId, onSelect }: PostListProps) {
  return (
    <ul className="post-list" data-testid="post-list" aria-label="岗位列表">
      {posts.map((post) => {
        const problems = problemsOf(post)
        return (
          <li key={post.id}>
            <button
              type="button"
              className={post.id === selectedId ? 'post-list-item selected' : 'post-list-item'}
              onClick={() => onSelect(post)}
              data-testid={`post-item-${post.id}`}
              data-post-name={post.name}
            >
              <span className="post-list-name">
                {problems.length > 0 && (
                  <Tooltip title={problems.join('，')}>
                    <WarningFilled style={{ color: '#d48806', marginRight: 6 }} aria-label={problems.join('，')} data-testid="post-warning" />
                  </Tooltip>
                )}
                {post.name}
              </span>
              <span className="post-list-meta">
                {[post.department, `${post.staffIds.length} 人`, `${post.responsibilities.length} 条责任`].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
