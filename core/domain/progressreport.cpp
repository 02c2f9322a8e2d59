#include "progressreport.h"

#include "documentlanguage.h"

#include "numbering.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ap {

namespace {
// The texts of statuses and periods, in the window's language or in a document's (doclang): one
// list, two ways of translating it.
using Translate = QString (*)(const char *context, const char *source, const char *disambiguation, int n);

QString windowLanguage(const char *context, const char *source, const char *disambiguation, int n)
{
    return QCoreApplication::translate(context, source, disambiguation, n);
}

QString statusText(TaskStatus s, Translate say)
{
    switch (s) {
    case TaskStatus::NotStarted: return say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "Not started"), nullptr, -1);
    case TaskStatus::InProgress: return say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "In progress"), nullptr, -1);
    case TaskStatus::Done: return say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "Done"), nullptr, -1);
    case TaskStatus::Behind: return say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "Behind"), nullptr, -1);
    case TaskStatus::Cancelled: return say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "Cancelled"), nullptr, -1);
    }
    return QString();
}

// %3 is the quarter as a Chinese numeral, for 第二季度.
QString quarterText(int year, int q, Translate say)
{
    // Replaced by hand: the English text has no %3, and QString::arg would warn.
    QString text = say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "Q%2 %1"), nullptr, -1);
    return text.replace(QLatin1String("%1"), QString::number(year))
        .replace(QLatin1String("%2"), QString::number(q))
        .replace(QLatin1String("%3"), chineseNumeral(q));
}

QString monthText(int year, int m, Translate say)
{
    return say("ap::ProgressReport", QT_TRANSLATE_NOOP("ap::ProgressReport", "%2/%1"), nullptr, -1).arg(year).arg(m);
}
} // namespace

QString statusKey(TaskStatus s)
{
    switch (s) {
    case TaskStatus::NotStarted: return QStringLiteral("not_started");
    case TaskStatus::InProgress: return QStringLiteral("in_progress");
    case TaskStatus::Done: return QStringLiteral("done");
    case TaskStatus::Behind: return QStringLiteral("behind");
    case TaskStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<TaskStatus> statusFromKey(const QString &key)
{
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Behind,
                         TaskStatus::Cancelled})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString statusDisplay(TaskStatus s)
{
    return statusText(s, windowLanguage);
}

QString statusDocumentText(TaskStatus s)
{
    return statusText(s, doclang::text);
}

namespace period {

QString quarter(int year, int q)
{
    return QStringLiteral("%1Q%2").arg(year).arg(q);
}

QString month(int year, int m)
{
    return QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
}

QString of(const QDate &date, Cadence cadence)
{
    return cadence == Cadence::Monthly ? month(date.year(), date.month()) : quarter(date.year(), (date.month() + 2) / 3);
}

QList<QString> ofYear(int year, Cadence cadence)
{
    QList<QString> out;
    if (cadence == Cadence::Monthly)
        for (int m = 1; m <= 12; ++m)
            out.append(month(year, m));
    else
        for (int q = 1; q <= 4; ++q)
            out.append(quarter(year, q));
    return out;
}

bool parse(const QString &key, QDate *first, QDate *last)
{
    // "2026Q2" or "2026-05", read by hand: status for a whole plan parses every report's period.
    if (key.size() < 6 || key.size() > 7)
        return false;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (!key.at(i).isDigit() || key.at(i).unicode() > '9')
            return false;
        year = year * 10 + (key.at(i).unicode() - '0');
    }
    QDate f, l;
    if (key.size() == 6 && key.at(4) == QLatin1Char('Q') && key.at(5) >= QLatin1Char('1') && key.at(5) <= QLatin1Char('4')) {
        f = QDate(year, (key.at(5).unicode() - '1') * 3 + 1, 1);
        l = f.addMonths(3).addDays(-1);
    } else if (key.size() == 7 && key.at(4) == QLatin1Char('-') && key.at(5).isDigit() && key.at(6).isDigit()
               && key.at(5).unicode() <= '9' && key.at(6).unicode() <= '9') {
        const int month = (key.at(5).unicode() - '0') * 10 + (key.at(6).unicode() - '0');
        if (month < 1 || month > 12)
            return false;
        f = QDate(year, month, 1);
        l = f.addMonths(1).addDays(-1);
    } else {
        return false;
    }
    if (first)
        *first = f;
    if (last)
        *last = l;
    return true;
}

namespace {
QString displayIn(const QString &key, Translate say)
{
    QDate first;
    if (!parse(key, &first, nullptr))
        return key;
    if (key.contains(QLatin1Char('Q')))
        return quarterText(first.year(), (first.month() + 2) / 3, say);
    return monthText(first.year(), first.month(), say);
}
} // namespace

QString display(const QString &key)
{
    return displayIn(key, windowLanguage);
}

QString documentText(const QString &key)
{
    return displayIn(key, doclang::text);
}

} // namespace period

const PeriodLock *ReportLog::lockOn(const QHash<QString, PeriodLock> &locks, const QString &key)
{
    const auto own = locks.constFind(key);
    if (own != locks.cend() && own->locked)
        return &*own;
    QDate first, last;
    if (!period::parse(key, &first, &last))
        return nullptr;
    for (const PeriodLock &lock : locks) {
        QDate lockFirst, lockLast;
        if (lock.locked && period::parse(lock.period, &lockFirst, &lockLast) && lockFirst <= last && first <= lockLast)
            return &lock;
    }
    return nullptr;
}

namespace {

QDate dateOf(const ProgressReport *c)
{
    QDate last;
    if (!c->period.isEmpty() && period::parse(c->period, nullptr, &last))
        return last;
    return c->reportDate.isValid() ? c->reportDate : c->enteredAt.date();
}

// One task's entries (in id order) reduced to the current ones, oldest first.
QList<const ProgressReport *> currentOf(const QList<const ProgressReport *> &entries, const QSet<Id> &superseded)
{
    QHash<QString, int> byPeriod;
    QList<QPair<QDate, const ProgressReport *>> kept;
    for (const ProgressReport *c : entries) {
        if (superseded.contains(c->id))
            continue;
        if (!c->period.isEmpty()) {
            // A later entry for the same period replaces the earlier one.
            const auto it = byPeriod.constFind(c->period);
            if (it != byPeriod.cend()) {
                kept[*it] = {kept.at(*it).first, c};
                continue;
            }
            byPeriod.insert(c->period, int(kept.size()));
        }
        kept.append({dateOf(c), c});
    }
    std::sort(kept.begin(), kept.end(), [](const QPair<QDate, const ProgressReport *> &a, const QPair<QDate, const ProgressReport *> &b) {
        return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
    });
    QList<const ProgressReport *> out;
    out.reserve(kept.size());
    for (const auto &k : kept)
        out.append(k.second);
    return out;
}

} // namespace

QList<const ProgressReport *> ReportLog::current(Id taskId) const
{
    QSet<Id> superseded;
    QList<const ProgressReport *> mine;
    for (const ProgressReport &c : entries) {
        if (c.supersedesId)
            superseded.insert(c.supersedesId);
        if (c.taskId == taskId)
            mine.append(&c);
    }
    return currentOf(mine, superseded);
}

QHash<Id, QList<const ProgressReport *>> ReportLog::currentByTask() const
{
    QSet<Id> superseded;
    QHash<Id, QList<const ProgressReport *>> byTask;
    for (const ProgressReport &c : entries) {
        if (c.supersedesId)
            superseded.insert(c.supersedesId);
        byTask[c.taskId].append(&c);
    }
    for (auto it = byTask.begin(); it != byTask.end(); ++it)
        *it = currentOf(*it, superseded);
    return byTask;
}

const ProgressReport *ReportLog::byId(Id id) const
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [id](const ProgressReport &c) { return c.id == id; });
    return id && it != entries.cend() ? &*it : nullptr;
}

const ProgressReport *ReportLog::latest(Id taskId) const
{
    const QList<const ProgressReport *> c = current(taskId);
    return c.isEmpty() ? nullptr : c.last();
}

const ProgressReport *ReportLog::currentFor(Id taskId, const QString &p) const
{
    for (const ProgressReport *c : current(taskId))
        if (c->period == p)
            return c;
    return nullptr;
}

std::optional<double> ReportLog::latestActual(Id taskId, Id targetId, const ProgressReport **from) const
{
    const QList<const ProgressReport *> c = current(taskId);
    for (auto it = c.crbegin(); it != c.crend(); ++it)
        if ((*it)->actuals.contains(targetId)) {
            if (from)
                *from = *it;
            return (*it)->actuals.value(targetId);
        }
    return std::nullopt;
}

std::optional<double> ReportLog::yearEndActual(Id taskId, Id targetId, const ProgressReport **from) const
{
    const QList<const ProgressReport *> c = current(taskId);
    for (auto it = c.crbegin(); it != c.crend(); ++it)
        if ((*it)->yearEnd && (*it)->actuals.contains(targetId)) {
            if (from)
                *from = *it;
            return (*it)->actuals.value(targetId);
        }
    return std::nullopt;
}

} // namespace ap
