import type { MapPoint, MapShape } from '../../shared/domain/risk-map'
import { newAreaInput } from '../../shared/schemas/risk-map-inputs'
import type { Db } from '../db/transaction'
import { addArea, createBlankMap, saveMapSettings } from '../risk-map/risk-map.service'
import { listRiskPoints } from '../risks/risk-points.service'

interface DemoArea {
  label: string
  shape: MapShape
  points: MapPoint[]
  /** Library keys of the risk points in the area. */
  riskPointKeys: string[]
}

/**
 * The demo campus on a 1,600 × 1,000 grid, north up: dormitories and canteen to the west, teaching and lab
 * buildings in the middle, the gate on 塔南路 to the east, the sports ground and hall to the south-east.
 * Keys the library does not have (an older library) are skipped.
 */
const demoAreas: DemoArea[] = [
  { label: '宿舍楼', shape: 'rect', points: [[80, 110], [430, 330]], riskPointKeys: ['dorm', 'boarding', 'bathroom', 'staff-housing'] },
  {
    label: '食堂',
    shape: 'polygon',
    points: [[80, 400], [430, 400], [430, 520], [340, 520], [340, 640], [80, 640]],
    riskPointKeys: ['canteen-processing', 'canteen-gas', 'canteen-machines', 'food-storage', 'canteen-dining', 'drinking-water', 'gas-pipeline', 'food-safety-mgmt']
  },
  { label: '锅炉房', shape: 'rect', points: [[460, 410], [600, 510]], riskPointKeys: ['boiler', 'heating', 'special-equipment-mgmt'] },
  { label: '配电室', shape: 'rect', points: [[460, 545], [600, 640]], riskPointKeys: ['power-room', 'wiring', 'lightning'] },
  { label: '消防水泵房', shape: 'rect', points: [[460, 250], [600, 370]], riskPointKeys: ['pump-room'] },
  { label: '教学楼', shape: 'rect', points: [[640, 110], [1100, 320]], riskPointKeys: ['building-structure', 'classroom', 'stairs', 'edges', 'evacuation', 'fire-facilities', 'toilet', 'break-time'] },
  {
    label: '实验楼',
    shape: 'polygon',
    points: [[1140, 110], [1380, 110], [1380, 340], [1290, 340], [1290, 200], [1140, 200]],
    riskPointKeys: ['chem-lab', 'science-lab', 'computer-room', 'labor-room', 'makerspace', 'hazchem-lifecycle', 'gas-cylinders']
  },
  { label: '行政楼', shape: 'rect', points: [[640, 360], [900, 490]], riskPointKeys: ['library-rooms', 'clinic', 'hanging', 'fire-control-room', 'warehouse'] },
  { label: '校内道路', shape: 'rect', points: [[940, 400], [1420, 500]], riskPointKeys: ['campus-traffic', 'wells'] },
  { label: '校门', shape: 'rect', points: [[1450, 380], [1570, 540]], riskPointKeys: ['gate', 'night-patrol'] },
  { label: '操场', shape: 'rect', points: [[640, 560], [1180, 900]], riskPointKeys: ['playground', 'sports-equipment', 'pe-class', 'pe-exam-training', 'assembly'] },
  { label: '礼堂', shape: 'rect', points: [[1220, 560], [1570, 700]], riskPointKeys: ['hall'] },
  { label: '车棚与校车场', shape: 'rect', points: [[1220, 740], [1570, 880]], riskPointKeys: ['ebike', 'bus-yard'] },
  { label: '绿化带', shape: 'rect', points: [[80, 690], [600, 880]], riskPointKeys: ['trees'] },
  { label: '围墙及护坡', shape: 'rect', points: [[80, 925], [1570, 975]], riskPointKeys: ['wall', 'surroundings'] }
]

/** Draws the demo school's four-colour map through the same services the editor calls. */
export async function buildDemoMap(db: Db): Promise<number> {
  const points = await listRiskPoints(db)
  const idOf = new Map(points.map((point) => [point.libraryKey, point.id]))

  await createBlankMap(db, { width: 1600, height: 1000 })
  await saveMapSettings(db, { title: '安全风险四色分布图', northAngle: 0, drawnOn: '2026-09-01' })
  for (const area of demoAreas) {
    const riskPointIds = area.riskPointKeys.map((key) => idOf.get(key)).filter((id): id is number => id !== undefined)
    await addArea(db, newAreaInput.parse({ shape: area.shape, points: area.points, label: area.label, riskPointIds }))
  }
  return demoAreas.length
}
