#include "checkin.h"

#include "numbering.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ap {

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ap::CheckIn)
public:
    static QString status(TaskStatus s)
    {
        switch (s) {
        case TaskStatus::NotStarted: return tr("Not started");
        case TaskStatus::InProgress: return tr("In progress");
        case TaskStatus::Done: return tr("Done");
        case TaskStatus::Behind: return tr("Behind");
        case TaskStatus::Cancelled: return tr("Cancelled");
        }
        return QString();
    }
    static QString quarter(int year, int q) { return tr("Q%2 %1").arg(year).arg(q); }
    static QString month(int year, int m) { return tr("%2/%1").arg(year).arg(m); }
};
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
    return Texts::status(s);
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
    static const QRegularExpression q(QStringLiteral("^(\\d{4})Q([1-4])$"));
    static const QRegularExpression m(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto mq = q.match(key); mq.hasMatch()) {
        const QDate f(mq.captured(1).toInt(), (mq.captured(2).toInt() - 1) * 3 + 1, 1);
        if (first)
            *first = f;
        if (last)
            *last = f.addMonths(3).addDays(-1);
        return true;
    }
    if (const auto mm = m.match(key); mm.hasMatch()) {
        const QDate f(mm.captured(1).toInt(), mm.captured(2).toInt(), 1);
        if (!f.isValid())
            return false;
        if (first)
            *first = f;
        if (last)
            *last = f.addMonths(1).addDays(-1);
        return true;
    }
    return false;
}

QString display(const QString &key)
{
    QDate first;
    if (!parse(key, &first, nullptr))
        return key;
    if (key.contains(QLatin1Char('Q')))
        return Texts::quarter(first.year(), (first.month() + 2) / 3);
    return Texts::month(first.year(), first.month());
}

} // namespace period

namespace {

QDate dateOf(const CheckIn *c)
{
    QDate last;
    if (!c->period.isEmpty() && period::parse(c->period, nullptr, &last))
        return last;
    return c->reportDate.isValid() ? c->reportDate : c->enteredAt.date();
}

// One task's entries (in id order) reduced to the current ones, oldest first.
QList<const CheckIn *> currentOf(const QList<const CheckIn *> &entries, const QSet<Id> &superseded)
{
    QHash<QString, const CheckIn *> byPeriod;
    QList<const CheckIn *> out;
    for (const CheckIn *c : entries) {
        if (superseded.contains(c->id))
            continue;
        if (c->period.isEmpty())
            out.append(c);
        else
            byPeriod.insert(c->period, c);   // later entries for the same period win
    }
    out += byPeriod.values();
    std::sort(out.begin(), out.end(), [](const CheckIn *a, const CheckIn *b) {
        const QDate da = dateOf(a), db = dateOf(b);
        return da != db ? da < db : a->id < b->id;
    });
    return out;
}

} // namespace

QList<const CheckIn *> CheckInLog::current(Id taskId) const
{
    QSet<Id> superseded;
    QList<const CheckIn *> mine;
    for (const CheckIn &c : entries) {
        if (c.supersedesId)
            superseded.insert(c.supersedesId);
        if (c.taskId == taskId)
            mine.append(&c);
    }
    return currentOf(mine, superseded);
}

QHash<Id, QList<const CheckIn *>> CheckInLog::currentByTask() const
{
    QSet<Id> superseded;
    QHash<Id, QList<const CheckIn *>> byTask;
    for (const CheckIn &c : entries) {
        if (c.supersedesId)
            superseded.insert(c.supersedesId);
        byTask[c.taskId].append(&c);
    }
    for (auto it = byTask.begin(); it != byTask.end(); ++it)
        *it = currentOf(*it, superseded);
    return byTask;
}

const CheckIn *CheckInLog::latest(Id taskId) const
{
    const QList<const CheckIn *> c = current(taskId);
    return c.isEmpty() ? nullptr : c.last();
}

const CheckIn *CheckInLog::currentFor(Id taskId, const QString &p) const
{
    for (const CheckIn *c : current(taskId))
        if (c->period == p)
            return c;
    return nullptr;
}

std::optional<double> CheckInLog::latestActual(Id taskId, Id targetId, const CheckIn **from) const
{
    const QList<const CheckIn *> c = current(taskId);
    for (auto it = c.crbegin(); it != c.crend(); ++it)
        if ((*it)->actuals.contains(targetId)) {
            if (from)
                *from = *it;
            return (*it)->actuals.value(targetId);
        }
    return std::nullopt;
}

} // namespace ap
