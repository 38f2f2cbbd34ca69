// The explorer page's inline style and script (page.h).
//
// The script: a click on anything with data-v (an SSA or IR value, an
// allocation site, an escape-graph node) toggles the class "hl" on every
// element with the same key, and on every line of the same source line
// ("hl-line"); a click on a column title collapses or expands the column.
#include "driver/html/page.h"
#include "ssa/print.h"

namespace gosc::driver::html {

const char* AllocKindColour(ssa::AllocKind k) {
  switch (k) {
    case ssa::AllocKind::kStack: return "#c8efc8";
    case ssa::AllocKind::kHeap: return "#f8b4b4";
    case ssa::AllocKind::kRegion: return "#c9d8ff";
    case ssa::AllocKind::kCoalloc: return "#f8d0b4";
  }
  return "#ffffff";
}

std::string AllocKindCss() {
  std::string css;
  for (ssa::AllocKind k : kPageAllocKinds) {
    css += std::string(".alloc-") + ssa::AllocKindName(k) + " { background: " + AllocKindColour(k) +
           "; }\n";
  }
  return css;
}

const char* const kExplorerCss = R"css(
body { font-family: sans-serif; margin: 0; font-size: 13px; }
h1 { font-size: 16px; margin: 6px 10px; }
#legend { margin: 0 10px 6px; }
#columns { display: flex; align-items: flex-start; overflow-x: auto; }
.column { border-right: 1px solid #bbb; padding: 0 6px; flex: 0 0 auto; max-width: 60em; }
.column h2 { font-size: 13px; margin: 4px 0; cursor: pointer; background: #eee;
  padding: 2px 4px; white-space: nowrap; }
.column.unchanged h2 { color: #888; }
.column.collapsed { max-width: 2em; overflow: hidden; }
.column.collapsed h2 { writing-mode: vertical-rl; }
.column.collapsed .body { display: none; }
.body { font-family: monospace; white-space: pre; font-size: 12px; }
.line.hl-line { background: #fff2a8; }
.v { cursor: pointer; border-radius: 2px; }
.v:hover { outline: 1px solid #999; }
.hl { background: #ffd24d !important; outline: 2px solid #e08e00; }
.alloc-site { margin: 4px 0; padding: 2px 4px; white-space: pre-wrap; }
#graph svg { max-width: 100%; height: auto; }
#graph g.node.hl polygon, #graph g.node.hl path { stroke: #e08e00; stroke-width: 4; }
)css";

const char* const kExplorerJs = R"js(
(function () {
  function toggleKey(key, on) {
    document.querySelectorAll('[data-v="' + key + '"]').forEach(function (e) {
      e.classList.toggle('hl', on);
    });
  }
  function toggleLine(line, on) {
    if (!line) return;
    document.querySelectorAll('.line[data-line="' + line + '"]').forEach(function (e) {
      e.classList.toggle('hl-line', on);
    });
  }
  // Escape-graph nodes carry their key the same way as the text does.
  var locKeys = JSON.parse(document.getElementById('loc-keys').textContent);
  Object.keys(locKeys).forEach(function (id) {
    var g = document.getElementById(id);
    if (g) { g.setAttribute('data-v', String(locKeys[id])); g.classList.add('v'); }
  });
  document.addEventListener('click', function (ev) {
    var head = ev.target.closest('.column h2');
    if (head) { head.parentElement.classList.toggle('collapsed'); return; }
    var v = ev.target.closest('[data-v]');
    if (!v) return;
    var key = v.getAttribute('data-v');
    var on = !v.classList.contains('hl');
    toggleKey(key, on);
    var line = v.closest('.line');
    var src = v.getAttribute('data-line') || (line && line.getAttribute('data-line'));
    toggleLine(src, on);
  });
})();
)js";

}  // namespace gosc::driver::html
