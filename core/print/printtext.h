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

using UnitWidth = std::function<double(const QString &)>;

// Breaks text into lines of units no wider than width (the first narrowed by indent). A unit is
// a run of Latin letters and digits, kept whole, or one other character. No line starts with
// closing punctuation or ends with an opening mark.
QList<QStringList> breakLines(const QString &text, const UnitWidth &unitWidth, double width, double firstIndent);

QStringList joined(const QList<QStringList> &lines);

} // namespace ap::printlayout
