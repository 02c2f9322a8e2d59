#pragma once

#include <QDate>
#include <QString>

// Dates as a clerk types them: 2027-06-30, 2027/6/30, 2027.6.30, 20270630, 2027年6月30日, and the
// deadline words of a plan: 6月底, 6月30日, 2027年6月 (its last day), 年底, 上半年, 三季度末. A form
// without a year takes the plan's year. Full-width digits and spaces are allowed.
namespace ap::datetext {

// The date the text means, or an invalid date when it means none.
QDate parse(const QString &text, int planYear);

// How every date field shows a date: 2027-06-30.
QString display(const QDate &date);

// How a date that was understood from other words is said back: 2027年6月30日.
QString spoken(const QDate &date);

} // namespace ap::datetext
