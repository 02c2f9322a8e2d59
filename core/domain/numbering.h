#pragma once

#include <QString>

// Labels of the Chinese official-document outline, derived from position and never stored:
// level 1 "一、", level 2 "（一）", level 3 "1.", level 4 "（1）", level 5 and deeper "①".
namespace ap {

// Chinese numeral for 1..9999 in the reading used in headings: 十一, 二十, 九十九, 一百零一.
QString chineseNumeral(int n);

// Label for the index-th (1-based) item at the given outline level (1-based).
QString outlineLabel(int level, int index);

// Circled number ①..㊿ for 1..50, "(n)" beyond.
QString circledNumber(int n);

} // namespace ap
