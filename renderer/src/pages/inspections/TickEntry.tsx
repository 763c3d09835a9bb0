import { Input, Radio, Table } from 'antd'
import { inspectionResultLabels, inspectionResults, type InspectionResultValue, type NumberedItem } from '@shared/domain/inspections'
import { setMark, type Marks } from './record-marks'

interface TickEntryProps {
  items: readonly NumberedItem[]
  marks: Marks
  onChange: (marks: Marks) => void
}

/** Ticking on screen: every item 合格 until clicked otherwise, with a note per item. */
export function TickEntry({ items, marks, onChange }: TickEntryProps) {
  return (
    <Table<NumberedItem>
      rowKey="itemNo"
      size="small"
      virtual
      scroll={{ y: 380 }}
      pagination={false}
      dataSource={[...items]}
      data-testid="record-ticks"
      columns={[
        { title: '序号', dataIndex: 'itemNo', width: 60 },
        { title: '风险点', dataIndex: 'riskPointLabel', width: 150 },
        { title: '检查内容', dataIndex: 'content' },
        {
          title: '结论',
          key: 'result',
          width: 230,
          render: (_value, item) => (
            <Radio.Group
              size="small"
              optionType="button"
              buttonStyle="solid"
              value={marks[item.itemNo]?.result ?? 'ok'}
              onChange={(event) => onChange(setMark(marks, item.itemNo, { result: event.target.value as InspectionResultValue }))}
              options={inspectionResults.map((value) => ({ value, label: inspectionResultLabels[value] }))}
              data-testid={`record-tick-${item.itemNo}`}
            />
          )
        },
        {
          title: '问题描述',
          key: 'note',
          width: 200,
          render: (_value, item) => (
            <Input size="small" maxLength={500} value={marks[item.itemNo]?.note ?? ''} onChange={(event) => onChange(setMark(marks, item.itemNo, { note: event.target.value }))} />
          )
        }
      ]}
    />
  )
}
