import type { BoardSize, CardSize } from '../../shared/domain/notices'
import type { SchoolData } from '../../shared/exchange/school-data'
import { fixtureSchool } from '../documents/fixture'

export interface NoticeOptions {
  cardSize?: CardSize
  cardQrCode?: boolean
  boardSize?: BoardSize
  dutyPhone?: string
  bureauPhone?: string
  smallSchoolMode?: boolean
}

/** Returns a school snapshot with the given notice settings. The county bureau's phone is set unless given. */
export function withNotices(data: SchoolData, options: NoticeOptions = {}): SchoolData {
  return {
    ...data,
    settings: {
      smallSchoolMode: options.smallSchoolMode ?? false,
      notices: {
        cardSize: options.cardSize ?? 'A4',
        cardQrCode: options.cardQrCode ?? true,
        boardSize: options.boardSize ?? 'A4',
        dutyPhone: options.dutyPhone ?? '',
        bureauPhone: options.bureauPhone ?? '0391-3568110'
      }
    }
  }
}

/** The documents' fixture school with notice settings. */
export function noticeFixture(options: NoticeOptions = {}): SchoolData {
  return withNotices(fixtureSchool(), options)
}
