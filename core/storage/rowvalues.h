#pragma once

#include "domain/plan.h"

#include <QVariant>

// Values as a plan keeps them, checked as they are read: a plan file comes from anyone, and a
// value another tool put there (infinity, text in a number's column, a year of 99999, a period that
// is none, sections that form a circle) must be refused by name, never shown, printed or looped on.
namespace ap {
class RowQuery;
}

namespace ap::rowvalues {

// Figures of targets and reports: finite, and within what any count, sum or rate reaches.
constexpr double kMaxFigure = 1e15;

// None (NULL), or a finite number of a numeric type within [lo, hi].
bool isNumber(const QVariant &v, double lo = -kMaxFigure, double hi = kMaxFigure);
// A whole number within [lo, hi] (not NULL).
bool isWhole(const QVariant &v, qint64 lo, qint64 hi);
// None (NULL), or a date as ISO text (2026-06-30) within the years a plan has (1900–2999).
bool isDateOrNone(const QVariant &v);
// The same checks of column c of the row q stands on, read without a QVariant; dateOrNone also
// gives the date (none for NULL) when it is one.
bool isNumber(const RowQuery &q, int c, double lo = -kMaxFigure, double hi = kMaxFigure);
bool isWhole(const RowQuery &q, int c, qint64 lo, qint64 hi);
bool isDateOrNone(const RowQuery &q, int c, QDate *date);
// A valid date within the years a plan has (1900–2999).
bool isPlanDate(const QDate &date);
// As QDate::fromString(text, Qt::ISODate), reading the usual "2026-06-30" itself: Qt's parse was a
// tenth of the time to read a plan's tasks.
QDate isoDate(QAnyStringView text);

// "" (an ad hoc report) or a period key ("2026Q2", "2026-05").
bool isPeriodOrNone(const QString &key);
// Every section is reached from the plan's top through its parents, and every task's section
// is one of them: what a tree of the outline needs (a circle would never end a walk upwards).
bool isOutline(const PlanData &plan);

} // namespace ap::rowvalues
