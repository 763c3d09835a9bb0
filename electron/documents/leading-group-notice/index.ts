import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { packDocument } from '../layout/pack'
import { portraitSection } from '../layout/sections'
import { SchoolIndex } from '../school/school-index'
import { noticeBody, noticeTitle } from './notice-body'

export async function buildLeadingGroupNotice(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  return packDocument({
    hasContents: false,
    title: noticeTitle,
    subject: index.schoolName,
    sections: [portraitSection(noticeBody(index))]
  })
}

export const leadingGroupNotice: OutputBuilder = {
  key: 'leading-group-notice',
  title: noticeTitle,
  kind: 'docx',
  build: buildLeadingGroupNotice
}
