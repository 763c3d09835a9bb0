import { shortcuts } from './tools'

/** Lists the canvas's keys under it. The canvas names this list as its description for screen readers. */
export function ShortcutHelp() {
  return (
    <div className="risk-map-shortcuts" id="risk-map-shortcuts" data-testid="risk-map-shortcuts">
      <span className="risk-map-shortcuts-title">快捷键（先单击画布或用 Tab 键移到画布）：</span>
      {shortcuts.map((shortcut) => (
        <span key={shortcut.keys} className="risk-map-shortcut">
          <kbd>{shortcut.keys}</kbd> {shortcut.action}
        </span>
      ))}
    </div>
  )
}
