import { Button, Space, Tag } from 'antd'
import { CameraOutlined } from '@ant-design/icons'
import type { ChosenPhoto } from '@shared/contract/hazards'
import { maxPhotosPerStage } from '@shared/domain/hazards'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'

/** Largest picture file the Node side accepts, in bytes (shown early here; the Node side enforces it). */
const maxPhotoBytes = 15 * 1024 * 1024

interface PhotoPickerProps {
  value?: ChosenPhoto[]
  onChange?: (photos: ChosenPhoto[]) => void
  testId: string
}

/**
 * Chooses picture files through the program's own file dialog and lists them until the form is saved. The
 * pictures are checked and stored when the record is saved.
 */
export function PhotoPicker({ value = [], onChange, testId }: PhotoPickerProps) {
  const run = useAction()

  const choose = async () => {
    const chosen = await run(() => call('hazards:choose-photos'))
    if (!chosen || chosen.length === 0) return
    const names = new Set(value.map((photo) => photo.token))
    onChange?.([...value, ...chosen.filter((photo) => !names.has(photo.token))].slice(0, maxPhotosPerStage))
  }

  return (
    <Space wrap data-testid={testId}>
      <Button icon={<CameraOutlined />} onClick={() => void choose()} disabled={value.length >= maxPhotosPerStage} data-testid={`${testId}-choose`}>
        选择照片
      </Button>
      {value.map((photo) => (
        <Tag
          key={photo.token}
          closable
          color={photo.bytes > maxPhotoBytes ? 'red' : undefined}
          onClose={() => onChange?.(value.filter((item) => item.token !== photo.token))}
        >
          {photo.fileName}
          {photo.bytes > maxPhotoBytes ? '（超过 15 MB，无法添加）' : ''}
        </Tag>
      ))}
      {value.length === 0 && <span className="muted">JPEG 或 PNG，每张不超过 15 MB，最多 {maxPhotosPerStage} 张</span>}
    </Space>
  )
}
