#include "targetsteps.h"

#include <QSet>

#include <algorithm>

namespace ap {

namespace {

bool sameIndicator(const Target &a, const Target &b)
{
    return a.indicator.trimmed() == b.indicator.trimmed() && a.op == b.op && a.unit.trimmed() == b.unit.trimmed();
}

// A year-end value (no date) sorts after every dated one.
bool dueBefore(const Target &a, const Target &b)
{
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    return a.due < b.due;
}

bool datesTellApart(const QList<Target> &rows)
{
    QSet<QDate> dates;
    int undated = 0;
    for (const Target &t : rows) {
        if (!t.due.isValid())
            ++undated;
        else if (dates.contains(t.due))
            return false;
        else
            dates.insert(t.due);
        if (t.hasSteps())
            return false;   // already a target with steps: never folded again
    }
    return undated <= 1;
}

Target folded(QList<Target> rows)
{
    std::stable_sort(rows.begin(), rows.end(), dueBefore);
    Target out = rows.last();
    out.milestones.clear();
    for (int i = 0; i + 1 < rows.size(); ++i)
        out.milestones.append({rows.at(i).value, rows.at(i).due});
    if (!out.baseline)
        for (const Target &t : rows)
            if (t.baseline) {
                out.baseline = t.baseline;
                out.baselineYear = t.baselineYear;
                out.baselineSource = t.baselineSource;
                out.baselinePeriod = t.baselinePeriod;
                break;
            }
    return out;
}

} // namespace

QList<Target> foldSteps(const QList<Target> &targets, QHash<Id, Id> *merged)
{
    QList<Target> out;
    QList<bool> used(targets.size(), false);
    for (int i = 0; i < targets.size(); ++i) {
        if (used.at(i))
            continue;
        QList<Target> rows = {targets.at(i)};
        QList<int> at = {i};
        if (!targets.at(i).indicator.trimmed().isEmpty())
            for (int j = i + 1; j < targets.size(); ++j)
                if (!used.at(j) && sameIndicator(targets.at(i), targets.at(j))) {
                    rows.append(targets.at(j));
                    at.append(j);
                }
        if (rows.size() == 1 || !datesTellApart(rows)) {
            out.append(targets.at(i));
            used[i] = true;
            continue;
        }
        for (int j : at)
            used[j] = true;
        const Target one = folded(rows);
        if (merged)
            for (const Target &t : rows)
                if (t.id != one.id)
                    merged->insert(t.id, one.id);
        out.append(one);
    }
    return out;
}

} // namespace ap
