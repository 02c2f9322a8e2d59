#pragma once

#include <QDate>
#include <QString>

// Dates as a clerk types them: 2027-06-30, 2027/6/30, 2027.6.30, 20270630, 2027年6月30日, and the
// deadline words of a plan: 6月底, 6月30日, 2027年6月 (its last day), 年底, 上半年, 三季度末. A form
// without a year takes the plan's year. Full-width digits and spaces are allowed.
namespace ap::datetext {

// The date the text means, or an invalid date when it means none.
QDate parse(const QString &text, int planYear);
// The date a cell of a pasted or imported table means, where the date may stand among other words
// ("2026年6月底前完成", "于9月底前"): the whole text as parse() reads it, else the first full date
// (2026年6月30日), year's end (2026年底) or month (2026年6月底, 6月份) written in it.
QDate parseWithin(const QString &text, int planYear);

// How every date field shows a date: 2027-06-30.
QString display(const QDate &date);

// How a date that was understood from other words is said back: 2027年6月30日.
QString spoken(const QDate &date);

} // namespace ap::datetext
