import { useCallback, useRef, useState } from 'react'
import type { ChosenImportFile } from '@shared/channels'
import type { ImportAnswers, ImportField, ImportMappingInput, ImportPreview, ImportQuestion, ImportResult, MappedColumn } from '@shared/risk-import'
import { ApiError, call } from '../../api/client'
import { completeMapping, mappingWith } from './import-view'

/**
 * State of the risk-list import page: the chosen file, what the preview was asked for (sheet, mapping,
 * answers), the last preview, and the import result. Every change re-reads the file on the Node side;
 * nothing is written to the school file before `apply`.
 */

export type ImportStep = 'file' | 'mapping' | 'preview' | 'questions' | 'confirm' | 'done'

interface PreviewRequest {
  sheet?: string
  mapping?: ImportMappingInput
  answers: ImportAnswers
}

/** An answer the user gave, kept to list it and to take it back. */
export interface GivenAnswer {
  /** The question id, or its group id when the answer applies to every question of the group. */
  key: string
  question: ImportQuestion
  optionLabel: string
  appliesToGroup: boolean
}

export type Busy = 'choosing' | 'reading' | 'importing' | 'saving'

const emptyRequest: PreviewRequest = { answers: {} }

function errorText(caught: unknown): string {
  return caught instanceof ApiError ? caught.message : '操作失败，请重试。'
}

/**
 * Drops answers the Node side no longer uses (the mapping changed, so their question is gone) and the
 * warnings that report them, which would only confuse here.
 */
function pruneUnused(request: PreviewRequest, preview: ImportPreview): { request: PreviewRequest; preview: ImportPreview; unused: Set<string> } {
  const unused = new Set(preview.warnings.filter((warning) => warning.code === 'answer-unused' && warning.answer).map((warning) => warning.answer ?? ''))
  if (unused.size === 0) return { request, preview, unused }

  const answers = Object.fromEntries(Object.entries(request.answers).filter(([key]) => !unused.has(key)))
  const warnings = preview.warnings.filter((warning) => !(warning.code === 'answer-unused' && warning.answer && unused.has(warning.answer)))
  return {
    request: { ...request, answers },
    preview: { ...preview, warnings, counts: { ...preview.counts, warnings: warnings.length } },
    unused
  }
}

export function useRiskImport() {
  const [step, setStep] = useState<ImportStep>('file')
  const [file, setFile] = useState<ChosenImportFile>()
  const [request, setRequest] = useState<PreviewRequest>(emptyRequest)
  const [preview, setPreview] = useState<ImportPreview>()
  const [detectedSheet, setDetectedSheet] = useState<string>()
  /** The mapping the sheet was first read with, to mark the fields the user changed. */
  const [baseline, setBaseline] = useState<MappedColumn[]>([])
  const [given, setGiven] = useState<GivenAnswer[]>([])
  const [mappingSaved, setMappingSaved] = useState(false)
  const [result, setResult] = useState<ImportResult>()
  const [busy, setBusy] = useState<Busy>()
  const [error, setError] = useState<string>()
  /** Only the reply to the latest preview request is shown; an older one that arrives late is dropped. */
  const latest = useRef(0)

  /** Previews `next`; on success it becomes the request, on failure the last good preview stays and the error shows. */
  const load = useCallback(async (chosen: ChosenImportFile, next: PreviewRequest): Promise<ImportPreview | undefined> => {
    const id = ++latest.current
    setBusy('reading')
    setError(undefined)
    try {
      const value = await call('risk-import:preview', { token: chosen.token, sheet: next.sheet, mapping: next.mapping, answers: next.answers })
      if (id !== latest.current) return undefined
      const pruned = pruneUnused(next, value)
      setRequest(pruned.request)
      setPreview(pruned.preview)
      if (pruned.unused.size > 0) setGiven((list) => list.filter((answer) => !pruned.unused.has(answer.key)))
      return pruned.preview
    } catch (caught) {
      if (id === latest.current) setError(errorText(caught))
      return undefined
    } finally {
      if (id === latest.current) setBusy(undefined)
    }
  }, [])

  const choose = async () => {
    setBusy('choosing')
    setError(undefined)
    let chosen: ChosenImportFile | null
    try {
      chosen = await call('risk-import:choose-file')
    } catch (caught) {
      setError(errorText(caught))
      setBusy(undefined)
      return
    }
    setBusy(undefined)
    if (!chosen) return

    setFile(chosen)
    setPreview(undefined)
    setResult(undefined)
    setGiven([])
    setMappingSaved(false)
    setStep('file')
    const first = await load(chosen, emptyRequest)
    if (!first) return
    setDetectedSheet(first.sheet)
    setBaseline(first.mapping)
    setStep('mapping')
  }

  const chooseSheet = async (sheet: string) => {
    if (!file) return
    const loaded = await load(file, { sheet, answers: {} })
    if (!loaded) return
    setBaseline(loaded.mapping)
    setGiven([])
    setMappingSaved(false)
  }

  const setColumn = async (field: ImportField, column: string | null) => {
    if (!file || !preview) return
    const loaded = await load(file, { ...request, sheet: preview.sheet, mapping: mappingWith(preview.mapping, field, column) })
    if (loaded) setMappingSaved(false)
  }

  const saveMapping = async () => {
    if (!preview) return
    setBusy('saving')
    setError(undefined)
    try {
      await call('risk-import:save-mapping', { signature: preview.signature, mapping: completeMapping(preview.mapping) })
      setMappingSaved(true)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setBusy(undefined)
    }
  }

  const answer = async (question: ImportQuestion, value: string, toGroup: boolean) => {
    if (!file || !preview) return
    const key = toGroup && question.groupId ? question.groupId : question.id
    const loaded = await load(file, { ...request, sheet: preview.sheet, answers: { ...request.answers, [key]: value } })
    if (!loaded) return
    const optionLabel = question.options.find((option) => option.value === value)?.label ?? value
    setGiven((list) => [...list.filter((entry) => entry.key !== key), { key, question, optionLabel, appliesToGroup: key !== question.id }])
  }

  const withdraw = async (key: string) => {
    if (!file || !preview) return
    const answers = Object.fromEntries(Object.entries(request.answers).filter(([each]) => each !== key))
    const loaded = await load(file, { ...request, sheet: preview.sheet, answers })
    if (loaded) setGiven((list) => list.filter((entry) => entry.key !== key))
  }

  const apply = async () => {
    if (!file || !preview) return
    setBusy('importing')
    setError(undefined)
    try {
      const imported = await call('risk-import:apply', { token: file.token, sheet: preview.sheet, mapping: request.mapping, answers: request.answers })
      setResult(imported)
      setStep('done')
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setBusy(undefined)
    }
  }

  const startOver = () => {
    latest.current += 1
    setFile(undefined)
    setPreview(undefined)
    setRequest(emptyRequest)
    setResult(undefined)
    setGiven([])
    setError(undefined)
    setStep('file')
  }

  return {
    step,
    setStep,
    file,
    preview,
    detectedSheet,
    baseline,
    given,
    mappingSaved,
    result,
    busy,
    error,
    clearError: () => setError(undefined),
    choose,
    chooseSheet,
    setColumn,
    saveMapping,
    answer,
    withdraw,
    apply,
    startOver
  }
}

export type RiskImportState = ReturnType<typeof useRiskImport>
