import { Alert, Button, Modal, Space, Tag, Tooltip } from 'antd'
import { CloseOutlined, FileTextOutlined, PaperClipOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { describeError } from '@shared/errors'
import { attachmentLimits, formatFileSize, type ChosenAttachment, type TrainingAttachmentView } from '@shared/domain/training'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'

/** The attachments of the training being edited: those kept from before and the files chosen since. */
export interface AttachmentValue {
  kept: TrainingAttachmentView[]
  pending: ChosenAttachment[]
}

interface AttachmentFieldProps {
  value?: AttachmentValue
  onChange?: (value: AttachmentValue) => void
}

interface ItemProps {
  name: string
  thumbnail: string | null
  detail: string
  pending: boolean
  onRemove: () => void
  onOpen?: () => void
  testId: string
}

function AttachmentItem({ name, thumbnail, detail, pending, onRemove, onOpen, testId }: ItemProps) {
  return (
    <div className="attachment-item" data-testid={testId}>
      <button type="button" className="attachment-preview" onClick={onOpen} disabled={!onOpen} title={onOpen ? '查看大图' : name}>
        {thumbnail ? <img src={thumbnail} alt={name} /> : <FileTextOutlined style={{ fontSize: 32, color: '#888' }} />}
      </button>
      <div className="attachment-name" title={name}>
        {name}
      </div>
      <div className="muted attachment-detail">
        {detail}
        {pending && <Tag color="blue" style={{ marginLeft: 4 }}>待保存</Tag>}
      </div>
      <Tooltip title="移除">
        <Button size="small" type="text" icon={<CloseOutlined />} className="attachment-remove" onClick={onRemove} aria-label={`移除${name}`} />
      </Tooltip>
    </div>
  )
}

/**
 * Photos and files of a training: thumbnails of what is kept, files chosen in the program's own dialog
 * (checked at once, stored when the training is saved), and the reasons for any file refused.
 */
export function AttachmentField({ value = { kept: [], pending: [] }, onChange }: AttachmentFieldProps) {
  const run = useAction()
  const [rejected, setRejected] = useState<string[]>([])
  const [preview, setPreview] = useState<{ name: string; dataUrl: string }>()
  const count = value.kept.length + value.pending.length

  const choose = async () => {
    const chosen = await run(() => call('trainings:choose-attachments'))
    if (!chosen) return
    setRejected(chosen.rejected.map((item) => describeError(item.error)))
    onChange?.({ ...value, pending: [...value.pending, ...chosen.accepted] })
  }

  const open = async (attachment: TrainingAttachmentView) => {
    const photo = await run(() => call('trainings:attachment-preview', { id: attachment.id }))
    if (photo) setPreview(photo)
  }

  return (
    <div data-testid="training-attachments">
      <div className="attachment-list">
        {value.kept.map((attachment) => (
          <AttachmentItem
            key={`kept-${attachment.id}`}
            name={attachment.name}
            thumbnail={attachment.thumbnail}
            detail={attachment.kind === 'photo' ? `照片 ${formatFileSize(attachment.size)}` : formatFileSize(attachment.size)}
            pending={false}
            onOpen={attachment.kind === 'photo' ? () => void open(attachment) : undefined}
            onRemove={() => onChange?.({ ...value, kept: value.kept.filter((item) => item.id !== attachment.id) })}
            testId={`attachment-kept-${attachment.id}`}
          />
        ))}
        {value.pending.map((attachment) => (
          <AttachmentItem
            key={attachment.token}
            name={attachment.fileName}
            thumbnail={attachment.thumbnail}
            detail={formatFileSize(attachment.size)}
            pending
            onRemove={() => onChange?.({ ...value, pending: value.pending.filter((item) => item.token !== attachment.token) })}
            testId="attachment-pending"
          />
        ))}
      </div>
      <Space wrap align="center">
        <Button icon={<PaperClipOutlined />} onClick={() => void choose()} disabled={count >= attachmentLimits.maxPerTraining} data-testid="training-attachments-add">
          添加照片或附件
        </Button>
        <span className="muted">
          JPG、PNG 照片缩小到 {attachmentLimits.maxPhotoEdge} 像素保存；也可添加 PDF、Word（.docx）、Excel（.xlsx）文件。每个文件不超过 {attachmentLimits.maxFileBytes / 1024 / 1024} MB，每次培训最多 {attachmentLimits.maxPerTraining} 个。
        </span>
      </Space>
      {rejected.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setRejected([]) }}
          style={{ marginTop: 8 }}
          title={`${rejected.length} 个文件未添加`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {rejected.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          }
          data-testid="training-attachments-rejected"
        />
      )}
      {preview && (
        <Modal open title={preview.name} footer={null} width={860} onCancel={() => setPreview(undefined)}>
          <img src={preview.dataUrl} alt={preview.name} style={{ width: '100%' }} />
        </Modal>
      )}
    </div>
  )
}
