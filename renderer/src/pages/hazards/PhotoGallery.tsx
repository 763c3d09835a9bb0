import { Button, Empty, Modal, Popconfirm, Space, Spin, Tooltip, Typography } from 'antd'
import { CameraOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { HazardDetail, HazardPhotoFull, HazardPhotoThumbnail } from '@shared/contract/hazards'
import { checkHazardAction, photoStageLabels, photoStages, transitionFacts, type Hazard, type PhotoStage } from '@shared/domain/hazards'
import type { HazardAddPhotosInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'

interface PhotoGalleryProps {
  hazard: Hazard
  photos: HazardPhotoThumbnail[]
  onChanged: (detail: HazardDetail) => void
}

/** Photos before and after rectification as thumbnails; a click shows the full picture. */
export function PhotoGallery({ hazard, photos, onChanged }: PhotoGalleryProps) {
  const run = useAction()
  const [viewing, setViewing] = useState<HazardPhotoFull | 'loading' | null>(null)
  const canAdd = checkHazardAction(transitionFacts(hazard), 'add-photo')
  const canRemove = checkHazardAction(transitionFacts(hazard), 'remove-photo')

  const view = async (photo: HazardPhotoThumbnail) => {
    setViewing('loading')
    const full = await run(() => call('hazards:photo', { photoId: photo.id }))
    setViewing(full ?? null)
  }

  const add = async (stage: PhotoStage) => {
    const chosen = await run(() => call('hazards:choose-photos'))
    if (!chosen || chosen.length === 0) return
    const input = { id: hazard.id, stage, photoTokens: chosen.map((photo) => photo.token) } as unknown as HazardAddPhotosInput
    const saved = await run(() => call('hazards:add-photos', input), `已添加 ${chosen.length} 张照片`)
    if (saved) onChanged(saved)
  }

  const remove = async (photo: HazardPhotoThumbnail) => {
    const saved = await run(() => call('hazards:remove-photo', { photoId: photo.id }), '照片已删除')
    if (saved) onChanged(saved)
  }

  return (
    <div data-testid="hazard-photos">
      {photoStages.map((stage) => {
        const ofStage = photos.filter((photo) => photo.stage === stage)
        return (
          <div key={stage} className="photo-stage" data-testid={`hazard-photos-${stage}`}>
            <Space style={{ display: 'flex', marginBottom: 6 }}>
              <Typography.Text strong>{photoStageLabels[stage]}</Typography.Text>
              <Tooltip title={canAdd.allowed ? undefined : canAdd.reason}>
                <Button size="small" icon={<CameraOutlined />} disabled={!canAdd.allowed} onClick={() => void add(stage)} data-testid={`hazard-add-photo-${stage}`}>
                  添加照片
                </Button>
              </Tooltip>
            </Space>
            {ofStage.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无照片" style={{ margin: '4px 0' }} />
            ) : (
              <Space wrap size="middle">
                {ofStage.map((photo) => (
                  <div key={photo.id} className="photo-thumb">
                    <img src={photo.thumbnail} alt={photo.originalName} title={`${photo.originalName}（点击查看大图）`} onClick={() => void view(photo)} data-testid="hazard-photo-thumb" />
                    {canRemove.allowed && (
                      <Popconfirm title="删除这张照片吗？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(photo)}>
                        <Button type="link" size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    )}
                  </div>
                ))}
              </Space>
            )}
          </div>
        )
      })}
      <Modal open={viewing !== null} footer={null} width={900} onCancel={() => setViewing(null)} title={viewing && viewing !== 'loading' ? viewing.originalName : '照片'} data-testid="hazard-photo-viewer">
        {viewing === 'loading' ? (
          <Spin />
        ) : viewing ? (
          <img src={viewing.dataUrl} alt={viewing.originalName} style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }} data-testid="hazard-photo-full" />
        ) : null}
      </Modal>
    </div>
  )
}
