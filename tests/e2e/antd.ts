import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Interactions with antd 6 controls as a user makes them: click, type, pick from the open list. */

/** Returns the options of the Select list that is open now. */
function openOptions(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
}

/**
 * Waits until a Select list is open and its slide-in animation (rc-motion's slide-up classes) is over,
 * because a click during the animation can land beside its target.
 */
export async function waitForListOpen(page: Page): Promise<void> {
  await page.locator('.ant-select-dropdown:visible:not([class*="slide-up"])').first().waitFor()
}

/** Waits until no Select list is open or still fading out. */
export async function waitForListsClosed(page: Page): Promise<void> {
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' })
}

/** Opens a Select and clicks the option whose text contains `text`. */
export async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
  await select.click()
  await waitForListOpen(page)
  await openOptions(page).filter({ hasText: text }).first().click()
  await waitForListsClosed(page)
}

/** Types into a searchable Select and takes the first match with Enter, as a fast typist does. */
export async function typeAndPick(page: Page, select: Locator, text: string, options: { multiple?: boolean } = {}): Promise<void> {
  await select.click()
  await waitForListOpen(page)
  await select.locator('input').fill(text)
  await openOptions(page).filter({ hasText: text }).first().waitFor()
  await page.keyboard.press('Enter')
  // A multiple Select stays open after a pick; Escape closes the list (a modal around it stays open).
  if (options.multiple) await page.keyboard.press('Escape')
  await waitForListsClosed(page)
}

/** Waits for a toast message (antd `message`) that contains `text`. */
export async function waitForMessage(page: Page, text: string): Promise<void> {
  await page.locator('.ant-message-notice', { hasText: text }).first().waitFor()
}

/** Returns the modal whose form carries `testId`; it is rendered only while open. */
export function modal(page: Page, testId: string): Locator {
  return page.locator(`form[data-testid="${testId}"]`)
}

export async function waitForModalClosed(page: Page, testId: string): Promise<void> {
  await modal(page, testId).waitFor({ state: 'detached' })
}

/** Returns the validation messages shown under the fields of a form. */
export function fieldErrors(scope: Page | Locator): Locator {
  return scope.locator('.ant-form-item-explain-error')
}

export async function goToStep(page: Page, title: string): Promise<void> {
  await page.locator('.wizard-steps').getByText(title, { exact: true }).click()
}

/**
 * Clicks the OK button of a confirmation (antd `modal.confirm`) until the dialog is closed or its button
 * spins. On a loaded machine a click during the zoom-in can be lost, which leaves the dialog open. Clicking
 * again is safe, because an accepted click closes the dialog or disables the button.
 */
export async function confirmDialog(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId)
  await button.waitFor()

  const accepted = async () => !(await button.isVisible()) || ((await button.getAttribute('class')) ?? '').includes('ant-btn-loading')
  await expect
    .poll(
      async () => {
        if (await accepted()) return true
        await button.click({ timeout: 2_000 }).catch(() => undefined)
        return accepted()
      },
      { timeout: 20_000, interval: 700 }
    )
    .toBe(true)
}
