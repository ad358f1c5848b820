/** Styles of the page UI, scoped to its shadow root so neither the page nor we leak styles. */
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.tl-panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 320px; max-height: 70vh; overflow: auto;
  background: #fff; color: #1b1f24; border: 1px solid #c9d1d9; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); font-size: 13px; line-height: 1.4; }
.tl-panel.closed { width: auto; }
.tl-panel header { display: flex; align-items: center; justify-content: space-between; padding: 6px 8px; border-bottom: 1px solid #e5e9ef; }
.tl-title { font-weight: 700; background: none; border: 0; cursor: pointer; font-size: 13px; color: inherit; }
.tl-icon { background: none; border: 0; font-size: 18px; cursor: pointer; color: inherit; line-height: 1; }
.tl-body { padding: 8px 10px; }
.tl-verdict.yes strong { color: #b42318; } .tl-verdict.no strong { color: #57606a; }
.tl-level { margin-left: 6px; padding: 1px 6px; border-radius: 8px; background: #fde68a; color: #5c3c00; font-size: 12px; }
.tl-topics, .tl-top { color: #57606a; margin: 4px 0; }
.tl-reasons { margin: 4px 0; padding-left: 18px; }
.tl-counts { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
.tl-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: middle; }
.tl-toggles { border: 1px solid #e5e9ef; border-radius: 6px; margin: 8px 0; padding: 4px 8px; display: grid; grid-template-columns: 1fr 1fr; gap: 2px; }
.tl-entities ul { list-style: none; padding: 0; margin: 4px 0; max-height: 160px; overflow: auto; }
.tl-entity { border: 0; background: none; padding: 1px 2px; text-align: left; }
.tl-count { color: #57606a; }
.tl-actions { display: flex; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #c9d1d9; background: #f6f8fa; color: #1b1f24; cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 2px solid #2f80ed; outline-offset: 1px; }
.tl-primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.tl-error { color: #b42318; }
.tl-card { position: fixed; z-index: 2147483647; max-width: 300px; background: #fff; color: #1b1f24; border: 2px solid; border-radius: 8px;
  padding: 8px 10px; box-shadow: 0 6px 20px rgba(0,0,0,.2); font-size: 13px; line-height: 1.35; }
.tl-card p { margin: 2px 0; }
.tl-card-type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; font-weight: 700; }
.tl-card-title { font-weight: 700; font-size: 14px; }
.tl-card-desc { color: #3d444d; } .tl-card-count, .tl-card-also { color: #57606a; font-size: 12px; }
.tl-watch { position: fixed; top: 16px; right: 16px; z-index: 2147483646; max-width: 320px; padding: 4px 8px; border-radius: 6px; background: #fff3e0; color: #4e2600; border: 1px solid #ff6f00; font: 12px/1.4 system-ui, sans-serif; }
.tl-clip { position: fixed; z-index: 2147483647; background: #1f6feb; color: #fff; border-color: #1f6feb; }
@media (prefers-color-scheme: dark) {
  .tl-panel, .tl-card { background: #161b22; color: #e6edf3; border-color: #30363d; }
  .tl-panel header { border-color: #30363d; }
  button { background: #21262d; color: #e6edf3; border-color: #30363d; }
  .tl-topics, .tl-top, .tl-card-count, .tl-card-also { color: #9da7b3; } .tl-card-desc { color: #c9d1d9; }
}
`;
