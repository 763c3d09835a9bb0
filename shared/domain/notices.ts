/** Settings of the printed notices: risk notice cards (告知卡) and the risk notice board (公告栏). */

export const cardSizes = ['A4', 'A5'] as const
export type CardSize = (typeof cardSizes)[number]

export const cardSizeLabels: Record<CardSize, string> = {
  A4: 'A4（210×297 毫米）',
  A5: 'A5（148×210 毫米，内容更紧凑）'
}

export const boardSizes = ['A4', 'A3'] as const
export type BoardSize = (typeof boardSizes)[number]

export const boardSizeLabels: Record<BoardSize, string> = {
  A4: 'A4 横向',
  A3: 'A3 横向'
}

export interface NoticeSettings {
  cardSize: CardSize
  /** Prints a QR code on every card that carries the card's own text, readable by a phone camera offline. */
  cardQrCode: boolean
  boardSize: BoardSize
  /** 学校值班电话, printed on cards and the board; when empty the office phone, then the contact phone stand in. */
  dutyPhone: string
  /** 县（市、区）教育局 phone for reporting, printed on the board and the cards. */
  bureauPhone: string
}

export const defaultNoticeSettings: NoticeSettings = {
  cardSize: 'A4',
  cardQrCode: true,
  boardSize: 'A4',
  dutyPhone: '',
  bureauPhone: ''
}
