// The one place that includes ANTLR's runtime and the generated lexer/parser headers.
//
// Why: the runtime 4.9 headers trip -Wattributes under GCC; silencing that here keeps our own
// warnings visible. Private to frontend/parse/ (DESIGN.md: ANTLR never leaves frontend/).
#pragma once

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#pragma GCC diagnostic pop
