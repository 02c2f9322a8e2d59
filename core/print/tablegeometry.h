#pragma once

#include "printeddocument.h"

#include <QList>

// The measures of a landscape annex in twips, for the painter (TableFlow) and the Word writer
// alike, so that a table's rows wrap into the same lines and take the same heights in both: its
// columns' widths, the cells' padding, the exact line pitch of its text. Private to core/print.
namespace ap::printlayout::table {

// 257 mm across (297 less 20 mm a side).
inline constexpr int kWidth = 14570;
// 1.5 mm inside each cell's edges.
inline constexpr int kCellPad = 85;
// Every line of a table (cells 12 pt, header and group rows 12 pt 黑体): exactly 16 pt.
inline constexpr int kLine = 320;
// An annex's "附件1" line (16 pt 黑体) and each line of its title (22 pt 小标宋), exactly; and the
// space under each of them.
inline constexpr int kLabelLine = 480;
inline constexpr int kTitleLine = 640;
inline constexpr int kAfterTitle = 170;   // 3 mm
inline constexpr int kAfterLabel = 170;

// Each column's width, in proportion to its weight, a column at least as wide as its header on
// one line (12 pt a character) where the others have room to give; the widths add up to kWidth.
QList<int> columnWidths(const PrintedTable &t);

// The rules between rows, 0.5 pt: a word processor gives each row its height for them.
inline constexpr int kRule = 10;
// A row's height from its most lines.
inline int rowHeight(int lines) { return lines * kLine + 2 * kCellPad + kRule; }

} // namespace ap::printlayout::table
