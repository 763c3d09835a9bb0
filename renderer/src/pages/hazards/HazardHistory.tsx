import { Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import type { HazardEvent } from '@shared/domain/hazards'
import { hazardEventLabels, hazardStateLabels } from '@shared/domain/hazards'

const eventColours: Partial<Record<HazardEvent['action'], string>> = {
  reject: 'red',
  accept: 'green',
  'on-the-spot': 'green',
  close: 'gray',
  report: 'red'
}

/** Shows the hazard's history, oldest first: what was done, the state change, who did it and the note. */
export function HazardHistory({ events }: { events: HazardEvent[] }) {
  return (
    <Timeline
      data-testid="hazard-history"
      items={events.map((event) => ({
        key: event.id,
        color: eventColours[event.action] ?? 'blue',
        content: (
          <div data-action={event.action}>
            <Typography.Text type="secondary">{dayjs(event.at).format('YYYY-MM-DD HH:mm')} </Typography.Text>
            <Typography.Text strong>{hazardEventLabels[event.action]}</Typography.Text>
            {event.fromState !== event.toState && event.toState && (
              <Typography.Text type="secondary">
                （{event.fromState ? `${hazardStateLabels[event.fromState]} → ` : ''}
                {hazardStateLabels[event.toState]}）
              </Typography.Text>
            )}
            <Typography.Text type="secondary"> 操作人：{event.operator}</Typography.Text>
            {event.note && <div className="history-note">{event.note}</div>}
          </div>
        )
      }))}
    />
  )
}
