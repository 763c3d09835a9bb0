import { Alert, Button, Collapse, List, Radio, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { accidentTypeName } from '@shared/domain/accident-types'
import { riskPointKindLabels } from '@shared/domain/entities'
import { controlLevelLabels, riskLevelInfo, riskLevels, type RiskLevel } from '@shared/domain/levels'
import { measureCategoryShortLabels } from '@shared/domain/measures'
import { formatScore } from '@shared/grading/grade'
import { levelSourceLabels, type ImportPreview, type ImportWarning, type ParsedRiskRow, type SkippedRow } from '@shared/risk-import'
import { LevelTag } from '../../components/LevelTag'
import { methodText } from './import-view'
import type { RiskImportState } from './use-risk-import'

type LevelFilter = 'all' | RiskLevel | 'pending'

const pageSize = 50

function Detail({ label, value }: { label: string; value: string }) {
  if (!value) return null
  return (
    <span className="preview-detail">
      {label}：{value}
    </span>
  )
}

function RowDetails({ row }: { row: ParsedRiskRow }) {
  return (
    <div className="preview-details">
      <div>
        <Detail label="风险点类型" value={row.pointKind ? riskPointKindLabels[row.pointKind] : '（待回答）'} />
        <Detail label="区域" value={row.area} />
        <Detail label="所在分组" value={row.section} />
      </div>
      <div>
        <Detail label="因素类别" value={row.factorType} />
        <Detail label="可能导致的后果" value={row.consequence} />
      </div>
      <div>
        <Detail label="管控层级" value={row.controlLevel ? controlLevelLabels[row.controlLevel] : '按风险等级默认'} />
        <Detail label="责任岗位" value={row.post} />
        <Detail label="责任部门" value={row.department} />
        <Detail label="责任人" value={row.person} />
      </div>
      {row.measures.length === 0 ? (
        <div className="muted">这项风险没有管控措施，导入后请在“管控措施”步骤中补充。</div>
      ) : (
        <ol className="preview-measures">
          {row.measures.map((measure, index) => (
            <li key={index}>
              <Tag>{measureCategoryShortLabels[measure.category]}</Tag>
              {measure.content}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

function LevelCell({ row }: { row: ParsedRiskRow }) {
  if (!row.level) return <Tag color="warning">待回答</Tag>
  return <LevelTag level={row.level} />
}

function RowsTable({ rows }: { rows: ParsedRiskRow[] }) {
  return (
    <Table<ParsedRiskRow>
      rowKey="row"
      size="small"
      dataSource={rows}
      data-testid="preview-table"
      pagination={rows.length > pageSize ? { pageSize, showSizeChanger: false, showTotal: (total) => `共 ${total} 行` } : false}
      expandable={{ expandedRowRender: (row) => <RowDetails row={row} /> }}
      columns={[
        { title: '行号', dataIndex: 'row', width: 60 },
        {
          title: '风险点',
          key: 'point',
          width: 170,
          render: (_value, row) => (
            <>
              {row.pointName}
              {row.existingPointId !== null && <Tag className="preview-existing">已有</Tag>}
            </>
          )
        },
        {
          title: '危险源（危险有害因素）',
          key: 'hazard',
          render: (_value, row) => (
            <>
              <div>{row.hazard}</div>
              {row.accidentTypes.length > 0 && <div className="muted">{row.accidentTypes.map(accidentTypeName).join('、')}</div>}
            </>
          )
        },
        { title: '方法与取值', key: 'factors', width: 160, render: (_value, row) => methodText(row) },
        { title: '分值', key: 'score', width: 70, render: (_value, row) => formatScore(row.score) },
        { title: '风险等级', key: 'level', width: 120, render: (_value, row) => <LevelCell row={row} /> },
        {
          title: '等级依据',
          key: 'source',
          width: 130,
          render: (_value, row) => (row.levelSource ? <span data-source={row.levelSource}>{levelSourceLabels[row.levelSource]}</span> : <span className="muted">—</span>)
        },
        { title: '措施', key: 'measures', width: 56, render: (_value, row) => row.measures.length }
      ]}
    />
  )
}

function LevelFilterBar({ preview, value, onChange }: { preview: ImportPreview; value: LevelFilter; onChange: (value: LevelFilter) => void }) {
  const { levels } = preview.counts
  return (
    <Radio.Group value={value} onChange={(event) => onChange(event.target.value as LevelFilter)} optionType="button" size="small" data-testid="preview-filter">
      <Radio.Button value="all">全部 {preview.rows.length}</Radio.Button>
      {riskLevels.map((level) => (
        <Radio.Button key={level} value={level}>
          {riskLevelInfo[level].word} {levels[level]}
        </Radio.Button>
      ))}
      {levels.pending > 0 && <Radio.Button value="pending">待回答 {levels.pending}</Radio.Button>}
    </Radio.Group>
  )
}

function SkippedTable({ skipped }: { skipped: SkippedRow[] }) {
  return (
    <Table<SkippedRow>
      rowKey="row"
      size="small"
      dataSource={skipped}
      data-testid="preview-skipped"
      pagination={skipped.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { title: '行号', dataIndex: 'row', width: 60 },
        { title: '原因', dataIndex: 'reason', width: 300 },
        { title: '内容', dataIndex: 'text', render: (text: string) => <span className="muted">{text || '（空）'}</span> }
      ]}
    />
  )
}

function WarningList({ warnings }: { warnings: ImportWarning[] }) {
  return (
    <List
      size="small"
      dataSource={warnings}
      data-testid="preview-warnings"
      pagination={warnings.length > 20 ? { pageSize: 20, size: 'small' } : false}
      renderItem={(warning) => (
        <List.Item>
          <span className="warning-line">
            {warning.cell ? <Tag className="cell-tag">{warning.cell}</Tag> : warning.row ? <Tag className="cell-tag">第 {warning.row} 行</Tag> : null}
            {warning.message}
          </span>
        </List.Item>
      )}
    />
  )
}

/** Screen 3: the dry run, every parsed row with its grade and where the level came from, the skipped rows and the warnings. */
export function PreviewView({ state, preview }: { state: RiskImportState; preview: ImportPreview }) {
  const [chosenFilter, setFilter] = useState<LevelFilter>('all')
  // Once the last question is answered there is no pending row and no 待回答 button to leave the filter by.
  const filter = chosenFilter === 'pending' && preview.counts.levels.pending === 0 ? 'all' : chosenFilter
  const rows = useMemo(
    () => (filter === 'all' ? preview.rows : preview.rows.filter((row) => (row.level ?? 'pending') === filter)),
    [preview.rows, filter]
  )
  const { counts } = preview
  const open = preview.questions.length

  return (
    <div data-testid="import-preview">
      <Typography.Paragraph data-testid="preview-summary">
        工作表“{preview.sheet}”中读到 {counts.risks} 项风险，分属 {counts.riskPoints} 个风险点（新建 {counts.newRiskPoints} 个），管控措施 {counts.measures} 条；
        跳过 {counts.skippedRows} 行，警告 {counts.warnings} 条。这只是预览，学校文件尚未改动。
      </Typography.Paragraph>
      {open > 0 && (
        <Alert
          className="import-note"
          type="warning"
          showIcon
          title={`还有 ${open} 个问题需要你确认，回答后预览会随之更新。等级显示“待回答”的行就在等这些回答。`}
          action={
            <Button size="small" type="primary" onClick={() => state.setStep('questions')} data-testid="preview-go-questions">
              去回答
            </Button>
          }
        />
      )}
      <div className="preview-toolbar">
        <LevelFilterBar preview={preview} value={filter} onChange={setFilter} />
      </div>
      <RowsTable rows={rows} />
      <Collapse
        className="preview-extra"
        defaultActiveKey={preview.warnings.length > 0 ? ['warnings'] : []}
        items={[
          { key: 'warnings', label: `警告（${preview.warnings.length}）`, children: <WarningList warnings={preview.warnings} /> },
          { key: 'skipped', label: `跳过的行（${preview.skipped.length}）`, children: <SkippedTable skipped={preview.skipped} /> }
        ]}
        data-testid="preview-collapse"
      />
    </div>
  )
}
