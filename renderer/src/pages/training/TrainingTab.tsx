import { Button, Spin, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { Training, TrainingDetail } from '@shared/domain/training'
import { call } from '../../api/client'
import { succeeded, useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { TermFilterNote, useTermFilter } from './TermFilterNote'
import { TrainingModal } from './TrainingModal'
import { TrainingSummaryBlock } from './TrainingSummaryBlock'
import { TrainingTable } from './TrainingTable'

/** 培训记录: the list of sessions with the form, and who has been trained this term. */
export function TrainingTab() {
  const trainings = useLoad('trainings:list')
  const summary = useLoad('trainings:summary')
  const staff = useLoad('staff:list')
  const run = useAction()
  const [editing, setEditing] = useState<TrainingDetail | 'new'>()
  const termFilter = useTermFilter()

  const error = trainings.error ?? summary.error ?? staff.error
  if (error) return <ErrorBox error={error} onRetry={() => void Promise.all([trainings.reload(), summary.reload(), staff.reload()])} />
  if (!trainings.data || !summary.data || !staff.data) return <Spin />

  const reload = async () => {
    await Promise.all([trainings.reload(), summary.reload()])
  }
  const edit = async (training: Training) => {
    const detail = await run(() => call('trainings:get', { id: training.id }))
    if (detail) setEditing(detail)
  }
  const remove = async (training: Training) => {
    const done = await run(succeeded(() => call('trainings:delete', { id: training.id })), `已删除培训记录“${training.topic}”`)
    if (done) await reload()
  }

  const shown = termFilter.apply(trainings.data, summary.data)
  return (
    <>
      <section className="block">
        <div className="block-title">
          <Typography.Title level={5}>培训记录</Typography.Title>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="training-add">
            登记培训
          </Button>
        </div>
        <TermFilterNote state={termFilter} summary={summary.data} shown={shown.length} />
        <TrainingTable trainings={shown} onEdit={(training) => void edit(training)} onDelete={remove} />
      </section>
      <TrainingSummaryBlock summary={summary.data} />
      {editing && (
        <TrainingModal
          training={editing === 'new' ? undefined : editing}
          staff={staff.data}
          onSaved={() => void reload()}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  )
}
