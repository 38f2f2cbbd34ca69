// The escape graph of the explored function, drawn by Graphviz.
//
// Why it exists: `gosc -html` shows where each object's address flows and
// which root made it escape (or made it a region object). The graph is
// written in Graphviz's DOT language and laid out by the `dot` program, run
// only here, at compile time, only when -html asks for it.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "passes/escape/graph_export.h"

namespace gosc::driver::html {

struct EscapeSvg {
  std::string svg;             // the <svg> element, without the XML prologue
  std::map<int, int> loc_key;  // DOT node "loc<ID>" -> the value key it stands for
};

// The DOT text of `g`; `key_of` gives a value's explorer key. The last
// recorded escape path of every location is drawn in red, ending at its root.
std::string EscapeGraphDot(const passes::escape::EscapeGraph& g,
                           const std::function<int(const ssa::Value*)>& key_of,
                           std::map<int, int>* loc_key);

// Runs `dot -Tsvg` over `dot_text`. False with *error set when `dot` is not
// installed or fails.
bool RunGraphviz(const std::string& dot_text, std::string* svg, std::string* error);

}  // namespace gosc::driver::html
