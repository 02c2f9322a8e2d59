#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The text rules the printed documents share: which font of a list is installed, dates and full
// stops as a clerk writes them, full-width characters, and line breaking by 避头尾. Private to
// core/print.
namespace ap::printlayout {

// Closing marks never start a line; opening marks never end one (避头尾).
extern const QString kNoLineStart;
extern const QString kNoLineEnd;

QString firstInstalled(const QStringList &candidates);

QString chineseDate(const QDate &d);

QString withFullStop(QString s);

// A full-width character: ideographs, kana, full-width forms and Chinese punctuation. On the
// document grid each takes one cell.
bool isFullWidth(QChar c);
// Characters on the grid: a full-width one fills a cell, a Latin letter or digit half of one.
double gridCells(const QString &text);

using UnitWidth = std::function<double(const QString &)>;

// How a line is measured: each unit's width, and what two units add or take where they meet (the
// last character of one, the first of the next), as a word processor spaces Chinese and Latin
// text apart (see WordMeasure).
struct LineMeasure
{
    UnitWidth width;
    std::function<double(QChar, QChar)> joint;   // none when empty
    // A measure word stays with the number it counts (0项, 33家): the print's own rule, which a
    // word processor does not keep.
    bool measureWords = true;
};

// Breaks text into lines of units no wider than width (the first narrowed by indent). A unit is
// a run of Latin letters and digits, kept whole, or one other character. No line starts with
// closing punctuation or ends with an opening mark.
QList<QStringList> breakLines(const QString &text, const UnitWidth &unitWidth, double width, double firstIndent);
QList<QStringList> breakLines(const QString &text, const LineMeasure &measure, double width, double firstIndent);

QStringList joined(const QList<QStringList> &lines);

// A title's words, kept whole when it breaks (GB/T 9704 7.3.3: 回行时词意完整): a number with the
// unit or word after it (2026年, 33项), 第…季度, and the words documents end their titles with
// (工作计划, 进展通报 …); every other character is a unit of its own.
QStringList titleWords(const QString &title);
// A title in lines no wider than width, broken only between its words and as even as the words
// allow (排列对称).
QStringList titleLines(const QString &title, const UnitWidth &unitWidth, double width);

// A table's column widths, widened where a column is narrower than its least (a header on one
// line: 序时进度, 牵头单位); what that takes comes from the columns with room to spare, in
// proportion to their room. Left as they are when there is not room enough.
void widenToLeast(QList<double> &widths, const QList<double> &least);

} // namespace ap::printlayout
