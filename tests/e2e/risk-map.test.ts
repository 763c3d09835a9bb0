import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MapPoint } from '../../shared/domain/risk-map'
import { getRiskMapState } from '../../electron/risk-map/risk-map.service'
import { addPointsOfEveryLevel } from '../risk-map/seed'
import { confirmDialog, typeAndPick, waitForMessage } from './antd'
import { assertRendererBuilt, launchBrowser, openGuardedPage, screenshot, startTestSchool, type TestSchool } from './browser'

let browser: Browser

beforeAll(async () => {
  assertRendererBuilt()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Returns where a point in map units is on the screen now: the overlay's viewBox and its group's translation
 * give the picture units, and the overlay's on-screen box scales them (the stage keeps the viewBox's aspect).
 */
async function screenPoint(page: Page, [x, y]: MapPoint): Promise<{ x: number; y: number }> {
  const overlay = page.getByTestId('risk-map-overlay')
  const box = await overlay.boundingBox()
  const viewBox = ((await overlay.getAttribute('viewBox')) ?? '').split(' ').map(Number)
  const translate = /translate\(([\d.]+) ([\d.]+)\)/.exec((await overlay.locator('> g').getAttribute('transform')) ?? '')
  if (!box || viewBox.length !== 4 || !translate) throw new Error('the overlay is not laid out')
  const scale = box.width / viewBox[2]
  return { x: box.x + (Number(translate[1]) + x) * scale, y: box.y + (Number(translate[2]) + y) * scale }
}

async function drag(page: Page, from: MapPoint, to: MapPoint): Promise<void> {
  const start = await screenPoint(page, from)
  const end = await screenPoint(page, to)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(end.x, end.y, { steps: 8 })
  await page.mouse.up()
}

/** Clicks a tool button of the toolbar (antd draws the radio button over its hidden input). */
async function chooseTool(page: Page, tool: 'select' | 'rect' | 'polygon'): Promise<void> {
  await page.locator(`.risk-map-toolbar label:has([data-testid=risk-map-tool-${tool}])`).click()
}

async function clickAt(page: Page, point: MapPoint): Promise<void> {
  const screen = await screenPoint(page, point)
  await page.mouse.click(screen.x, screen.y)
}

/** Returns the fill of an area's shape in the drawn picture, as the documents would print it. */
function areaFill(page: Page, id: number): Promise<string | null> {
  return page.locator(`[data-testid=risk-map-picture] [data-area-id="${id}"] > rect, [data-testid=risk-map-picture] [data-area-id="${id}"] > polygon`).getAttribute('fill')
}

/** Waits until a shape just drawn is stored and selected: the side panel shows its default name. */
async function waitForNewAreaSelected(page: Page, defaultLabel: string): Promise<void> {
  await page.locator(`[data-testid=risk-map-area-label][value="${defaultLabel}"]`).waitFor()
}

/** Names the selected area and links risk points to it in the side panel, then saves. */
async function describeArea(page: Page, label: string, points: string[]): Promise<void> {
  const panel = page.getByTestId('risk-map-area-panel')
  await panel.getByTestId('risk-map-area-label').fill(label)
  for (const point of points) await typeAndPick(page, panel.getByTestId('risk-map-area-points'), point, { multiple: true })
  await panel.getByTestId('risk-map-area-save').click()
  await waitForMessage(page, `区域“${label}”已保存`)
}

describe('four-colour risk map editor', () => {
  let school: TestSchool

  beforeAll(async () => {
    school = await startTestSchool()
    await addPointsOfEveryLevel(school.harness.ctx.session.schoolDb.db)
  })

  afterAll(async () => {
    await school?.close()
  })

  it('draws, links, moves and deletes areas with mouse and keyboard', async () => {
    const { page, context, problems } = await openGuardedPage(browser)
    const db = school.harness.ctx.session.schoolDb.db
    try {
      await page.goto(`${school.harness.url}/#/risk-map`)
      await page.getByTestId('risk-map-start').waitFor()
      await screenshot(page, 'map-01-start')
      await page.getByTestId('risk-map-start-blank').click()
      await page.getByTestId('risk-map-editor').waitFor()
      await page.getByTestId('risk-map-shortcuts').getByText('闭合多边形').waitFor()

      // A rectangle dragged with the mouse becomes area 区域1 and is selected.
      await chooseTool(page, 'rect')
      await drag(page, [200, 150], [700, 420])
      await waitForNewAreaSelected(page, '区域1')
      let state = await getRiskMapState(db)
      expect(state.areas).toHaveLength(1)
      const building = state.areas[0]
      expect(building.shape).toBe('rect')
      expect(building.points[0][0]).toBeCloseTo(200, -1)
      expect(building.points[1][1]).toBeCloseTo(420, -1)
      expect(await areaFill(page, building.id)).toBe('none')
      expect(await page.locator(`[data-testid=risk-map-picture] [data-area-id="${building.id}"]`).getAttribute('data-level')).toBe('unlinked')

      await describeArea(page, '教学楼', ['门卫室', '教学楼楼梯'])
      await page.locator(`[data-testid=risk-map-picture] [data-area-id="${building.id}"][data-level="major"]`).waitFor()
      expect(await areaFill(page, building.id)).toBe('#FF0000')
      expect(await page.getByTestId('risk-map-picture').textContent()).toContain('教学楼 · 重大风险')
      await screenshot(page, 'map-02-rectangle-linked')

      // A polygon from clicks, closed with Enter on the keyboard.
      await page.getByTestId('risk-map-canvas').focus()
      await page.keyboard.press('p')
      expect(await page.getByTestId('risk-map-canvas').getAttribute('data-tool')).toBe('polygon')
      for (const vertex of [[900, 150], [1400, 150], [1400, 600], [1150, 600], [1150, 350], [900, 350]] as MapPoint[]) await clickAt(page, vertex)
      await page.getByTestId('risk-map-status').getByText('已放 6 个顶点').waitFor()
      await screenshot(page, 'map-03-polygon-drawing')
      await page.keyboard.press('Enter')
      await waitForNewAreaSelected(page, '区域2')
      await page.getByTestId('risk-map-area-panel').getByText('选中的区域（多边形）').waitFor()
      state = await getRiskMapState(db)
      const canteen = state.areas.find((area) => area.shape === 'polygon')
      expect(canteen?.points).toHaveLength(6)
      if (!canteen) return

      await describeArea(page, '食堂', ['学生食堂', '操场'])
      await page.locator(`[data-testid=risk-map-picture] [data-area-id="${canteen.id}"][data-level="high"]`).waitFor()
      expect(await areaFill(page, canteen.id)).toBe('#FF9900')

      // A third area linked only to a point without graded risks stays uncoloured; one with 一般 is yellow.
      await chooseTool(page, 'rect')
      await drag(page, [200, 600], [600, 900])
      await waitForNewAreaSelected(page, '区域3')
      await describeArea(page, '车棚', ['新建车棚'])
      state = await getRiskMapState(db)
      const shed = state.areas.find((area) => area.label === '车棚')
      if (!shed) throw new Error('车棚 was not saved')
      expect(await page.locator(`[data-testid=risk-map-picture] [data-area-id="${shed.id}"]`).getAttribute('data-level')).toBe('ungraded')
      expect(await areaFill(page, shed.id)).toBe('none')
      await describeArea(page, '车棚', ['操场'])
      await page.locator(`[data-testid=risk-map-picture] [data-area-id="${shed.id}"][data-level="medium"]`).waitFor()
      expect(await areaFill(page, shed.id)).toBe('#FFFF00')

      // The legend and the north arrow are drawn.
      const picture = page.getByTestId('risk-map-picture')
      expect(await picture.locator('[data-role=legend] [data-legend-level]').count()).toBe(4)
      expect(await picture.locator('[data-role=north-arrow]').count()).toBe(1)

      // Select 教学楼 with the mouse and move it with the arrow keys: 3 small steps right, one big step down.
      await chooseTool(page, 'select')
      await clickAt(page, [450, 300])
      await page.getByTestId('risk-map-area-label').and(page.locator('[value="教学楼"]')).waitFor()
      const before = (await getRiskMapState(db)).areas.find((area) => area.id === building.id)?.points ?? []
      await page.getByTestId('risk-map-canvas').focus()
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Shift+ArrowDown')
      // On a 1,600-unit grid a step is 4 units and a Shift step 40.
      const expected = before.map(([x, y]) => [Math.round((x + 12) * 10) / 10, Math.round((y + 40) * 10) / 10])
      await expect.poll(async () => (await getRiskMapState(db)).areas.find((area) => area.id === building.id)?.points, { timeout: 5000 }).toEqual(expected)
      expect(await areaFill(page, building.id)).toBe('#FF0000')
      await screenshot(page, 'map-04-moved')

      // Drag the first vertex of 食堂 by its handle.
      await clickAt(page, [1300, 300])
      await page.locator('[data-testid=risk-map-area-label][value="食堂"]').waitFor()
      const [firstVertex] = (await getRiskMapState(db)).areas.find((area) => area.id === canteen.id)?.points ?? []
      await drag(page, firstVertex, [860, 120])
      await expect
        .poll(async () => {
          const [x, y] = (await getRiskMapState(db)).areas.find((area) => area.id === canteen.id)?.points[0] ?? [0, 0]
          return Math.abs(x - 860) < 3 && Math.abs(y - 120) < 3
        })
        .toBe(true)

      // Delete the shed with the Delete key, after confirming.
      await page.getByTestId(`risk-map-area-item-${shed.id}`).click()
      await page.getByTestId('risk-map-canvas').focus()
      await page.keyboard.press('Delete')
      await page.getByTestId('confirm-delete-area').waitFor()
      await screenshot(page, 'map-05-delete-confirm')
      await confirmDialog(page, 'confirm-delete-area')
      await waitForMessage(page, '已删除区域“车棚”')
      state = await getRiskMapState(db)
      expect(state.areas.map((area) => area.label).sort()).toEqual(['教学楼', '食堂'])
      expect(await page.locator(`[data-testid=risk-map-picture] [data-area-id="${shed.id}"]`).count()).toBe(0)

      // The point left unplaced is listed with its level.
      const unplaced = page.getByTestId('risk-map-unplaced')
      await unplaced.getByText('新建车棚').waitFor()
      expect(await unplaced.textContent()).not.toContain('门卫室')
      await screenshot(page, 'map-06-final')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } catch (error) {
      await screenshot(page, 'map-failure')
      throw error
    } finally {
      await context.close()
    }
  })
})

describe('four-colour risk map with a plan image', () => {
  let school: TestSchool

  beforeAll(async () => {
    school = await startTestSchool()
    await addPointsOfEveryLevel(school.harness.ctx.session.schoolDb.db)
  })

  afterAll(async () => {
    await school?.close()
  })

  it('opens from the wizard, rejects a renamed text file and shows the plan', async () => {
    const { page, context, problems } = await openGuardedPage(browser)
    try {
      await page.goto(`${school.harness.url}/#/wizard/evaluation`)
      await page.getByTestId('evaluation-risk-map-link').click()
      await page.getByTestId('risk-map-start').waitFor()

      // A text file named .png is rejected with a message naming it, and the start screen stays.
      const fake = join(school.folder, '校园平面图.png')
      writeFileSync(fake, '平面图见附件\n')
      school.harness.platform.nextMapImage = fake
      await page.getByTestId('risk-map-choose-image').click()
      await waitForMessage(page, '“校园平面图.png”无法用作校园平面图：不是 PNG 或 JPEG 图片（文件内容是文字）')
      await screenshot(page, 'map-07-text-file-rejected')
      expect((await getRiskMapState(school.harness.ctx.session.schoolDb.db)).map).toBeNull()

      // A real plan becomes the background; the drawing takes its size in pixels.
      const plan = join(school.folder, '总平面图.jpg')
      const building = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="900"><rect x="200" y="150" width="500" height="300" fill="#bbb" stroke="#333" stroke-width="6"/><rect x="900" y="500" width="400" height="300" fill="#ccc" stroke="#333" stroke-width="6"/></svg>')
      await sharp({ create: { width: 1500, height: 900, channels: 3, background: '#f4f1e8' } }).composite([{ input: building }]).jpeg().toFile(plan)
      school.harness.platform.nextMapImage = plan
      await page.getByTestId('risk-map-choose-image').click()
      await page.getByTestId('risk-map-editor').waitFor()
      await page.locator('[data-testid=risk-map-picture] image[data-role=background][href^="blob:"]').waitFor({ state: 'attached' })
      expect(await page.getByTestId('risk-map-background-info').textContent()).toContain('平面图“总平面图.jpg”（1500×900 像素')

      await chooseTool(page, 'rect')
      await drag(page, [200, 150], [700, 450])
      await waitForNewAreaSelected(page, '区域1')
      await describeArea(page, '教学楼', ['学生食堂'])
      const fill = page.locator('[data-testid=risk-map-picture] [data-area-id] > rect')
      expect(await fill.getAttribute('fill')).toBe('#FF9900')
      expect(await fill.getAttribute('fill-opacity')).toBe('0.55')
      await screenshot(page, 'map-08-plan-image')

      expect(problems.errors).toEqual([])
      expect(problems.blockedRequests).toEqual([])
    } catch (error) {
      await screenshot(page, 'map-failure')
      throw error
    } finally {
      await context.close()
    }
  })
})
