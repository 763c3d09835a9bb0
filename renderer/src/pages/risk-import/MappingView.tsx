import { Alert, Button, Descriptions, Select, Space, Tag, Typography } from 'antd'
import { CheckOutlined, SaveOutlined } from '@ant-design/icons'
import { gradingMethodLabels } from '@shared/grading/grade'
import { importFieldLabels, requiredImportFields, type ImportField, type ImportPreview, type MappingSource } from '@shared/risk-import'
import { columnLabel, columnsByField, fieldGroups, headerRowsText, sheetColumns, type SheetColumn } from './import-view'
import type { RiskImportState } from './use-risk-import'

/** Select value for "this field is not imported"; column letters are upper case, so it cannot clash. */
const noColumn = 'none'

const sourceNotes: Record<MappingSource, string> = {
  detected: '各列的内容是按表头文字自动识别的，请逐项核对；识别有误或漏识别的，在下拉框中改正。',
  saved: '已自动套用之前保存的列对应关系（这份清单的表头与保存时的清单相同）。如有变化，可在下拉框中修改。',
  given: '已按你的修改重新读取。点“保存此映射”后，以后导入表头相同的清单时会自动套用。'
}

interface FieldRowProps {
  field: ImportField
  column: string | undefined
  original: string | undefined
  columns: SheetColumn[]
  missing: boolean
  disabled: boolean
  onChange: (column: string | null) => void
}

function FieldRow({ field, column, original, columns, missing, disabled, onChange }: FieldRowProps) {
  const required = requiredImportFields.includes(field)
  const changed = column !== original
  const labelId = `mapping-label-${field}`
  return (
    <div className="mapping-row" data-testid={`mapping-row-${field}`}>
      <span id={labelId} className="mapping-label">
        {required && <span className="mapping-required" aria-hidden>*</span>}
        {importFieldLabels[field]}
      </span>
      <Select
        className="mapping-select"
        aria-labelledby={labelId}
        value={column ?? noColumn}
        status={missing ? 'error' : undefined}
        disabled={disabled}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(value: string) => onChange(value === noColumn ? null : value)}
        options={[{ value: noColumn, label: '（不导入）' }, ...columns.map((each) => ({ value: each.column, label: columnLabel(each) }))]}
        data-testid={`mapping-${field}`}
      />
      <span className="mapping-note">
        {missing && <Typography.Text type="danger">必须指定是哪一列</Typography.Text>}
        {!missing && changed && <Tag color="blue">已改（原为{original ? ` ${original} 列` : '不导入'}）</Tag>}
      </span>
    </div>
  )
}

function SheetPicker({ state, preview }: { state: RiskImportState; preview: ImportPreview }) {
  return (
    <Select
      className="sheet-select"
      aria-label="工作表"
      value={preview.sheet}
      disabled={state.busy !== undefined}
      onChange={(sheet: string) => void state.chooseSheet(sheet)}
      options={preview.sheets.map((sheet) => ({ value: sheet, label: sheet === state.detectedSheet ? `${sheet}（识别为风险清单）` : sheet }))}
      data-testid="import-sheet"
    />
  )
}

/** Screen 2: the sheet, the header rows found, and which column each field is read from. */
export function MappingView({ state, preview }: { state: RiskImportState; preview: ImportPreview }) {
  const columns = sheetColumns(preview)
  const current = columnsByField(preview.mapping)
  const original = columnsByField(state.baseline)
  const missing = preview.missingFields ?? []
  const duplicates = preview.warnings.filter((warning) => warning.code === 'duplicate-column')
  const busy = state.busy !== undefined

  return (
    <div data-testid="import-mapping">
      <Descriptions
        size="small"
        column={2}
        bordered
        className="import-facts"
        items={[
          {
            key: 'file',
            label: '文件',
            children: (
              <>
                <span data-testid="import-file-name">{preview.file}</span>
                <Button type="link" size="small" disabled={busy} onClick={() => void state.choose()} data-testid="import-change-file">
                  换一个文件
                </Button>
              </>
            )
          },
          { key: 'sheet', label: '工作表', children: <SheetPicker state={state} preview={preview} /> },
          { key: 'header', label: '表头', children: <span data-testid="import-header-rows">{headerRowsText(preview.headerRows)}</span> },
          { key: 'method', label: '评价方法', children: gradingMethodLabels[preview.method] }
        ]}
      />
      <Alert className="import-note" type="info" showIcon title={sourceNotes[preview.mappingSource]} data-testid={`mapping-source-${preview.mappingSource}`} />
      {missing.length > 0 && (
        <Alert
          className="import-note"
          type="error"
          showIcon
          data-testid="mapping-missing"
          title={`表头中没有找到${missing.map((field) => `“${importFieldLabels[field]}”`).join('和')}列。请在下面指定是哪一列，之后才能预览和导入。`}
        />
      )}
      {duplicates.map((warning) => (
        <Alert key={warning.message} className="import-note" type="warning" showIcon title={warning.message} />
      ))}
      <div className="mapping-groups">
        {fieldGroups.map((group) => (
          <section key={group.title} className="mapping-group" aria-label={group.title}>
            <div className="mapping-group-title">{group.title}</div>
            {group.note && <div className="mapping-group-note">{group.note}</div>}
            {group.fields.map((field) => (
              <FieldRow
                key={field}
                field={field}
                column={current.get(field)}
                original={original.get(field)}
                columns={columns}
                missing={missing.includes(field)}
                disabled={busy}
                onChange={(column) => void state.setColumn(field, column)}
              />
            ))}
          </section>
        ))}
      </div>
      {preview.unmappedColumns.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="mapping-unmapped">
          不导入的列：{preview.unmappedColumns.map((column) => `${column.column} 列“${column.header}”`).join('、')}
        </Typography.Paragraph>
      )}
      <Space>
        <Button icon={state.mappingSaved ? <CheckOutlined /> : <SaveOutlined />} disabled={busy || missing.length > 0} onClick={() => void state.saveMapping()} data-testid="mapping-save">
          保存此映射
        </Button>
        {state.mappingSaved && (
          <Typography.Text type="success" data-testid="mapping-saved">
            已保存：以后导入表头相同的清单时会自动套用这套对应关系。
          </Typography.Text>
        )}
      </Space>
    </div>
  )
}
