#include "assessmentengine.h"

#include "statusengine.h"

#include <algorithm>
#include <cmath>

namespace ap {

namespace {

constexpr double kEps = 1e-9;

// The share of a target reached by its figure, 0..1: the figure over the value for "at least",
// the value over the figure for "at most", all or nothing for "equal"; none without a value.
std::optional<double> completionOf(const Target &target, const TargetScore &s)
{
    if (!target.value)
        return std::nullopt;
    if (!s.actual)
        return 0.0;
    if (s.met.value_or(false))
        return 1.0;
    const double v = *target.value, a = *s.actual;
    switch (target.op) {
    case TargetOp::AtLeast:
    case TargetOp::Above: return v > 0 ? std::clamp(a / v, 0.0, 1.0) : 0.0;
    case TargetOp::AtMost:
    case TargetOp::Below: return a > 0 ? std::clamp(v / a, 0.0, 1.0) : 1.0;
    case TargetOp::Equal: return v > 0 && a > 0 ? std::min(a / v, v / a) : 0.0;   // as near as it came
    }
    return 0.0;
}

// How far the figure falls short of the value, in the target's unit.
double shortfallOf(const Target &target, const TargetScore &s)
{
    if (!target.value || !s.actual || s.met.value_or(false))
        return 0;
    const double v = *target.value, a = *s.actual;
    switch (target.op) {
    case TargetOp::AtLeast:
    case TargetOp::Above: return std::max(0.0, v - a);
    case TargetOp::AtMost:
    case TargetOp::Below: return std::max(0.0, a - v);
    case TargetOp::Equal: return std::abs(a - v);
    }
    return 0;
}

// The item's targets as its rule reads them, in the task's order.
QList<TargetScore> targetScores(const Task &task, const TaskResult &result)
{
    QList<TargetScore> out;
    for (const Target &target : task.targets) {
        TargetScore s;
        s.targetId = target.id;
        for (const TargetResult &r : result.targets)
            if (r.targetId == target.id) {
                s.actual = r.actual;
                s.period = r.actualPeriod;
                s.yearEnd = r.yearEnd;
                s.met = r.met;
            }
        s.completion = completionOf(target, s);
        s.shortfall = shortfallOf(target, s);
        out.append(s);
    }
    return out;
}

// The points the rule gives the item from its figures (none for a manual item).
std::optional<double> computedPoints(const AssessmentItem &item, const Task &task, ItemScore &score)
{
    const double full = item.points;
    QList<int> valued;   // the targets with a value to be scored against
    for (int i = 0; i < task.targets.size(); ++i)
        if (task.targets.at(i).value)
            valued << i;
    switch (item.rule) {
    case ScoringRule::Manual: return std::nullopt;
    case ScoringRule::Done: return score.taskDone ? full : 0.0;
    case ScoringRule::Met: {
        if (valued.isEmpty())
            return score.taskDone ? full : 0.0;
        for (int i : valued)
            if (!score.targets.at(i).met.value_or(false))
                return 0.0;
        return full;
    }
    case ScoringRule::Proportional: {
        double share = 0;
        if (valued.isEmpty()) {
            share = score.taskDone ? 1.0 : std::clamp(score.reportedPercent.value_or(0) / 100.0, 0.0, 1.0);
        } else {
            for (int i : valued)
                share += score.targets.at(i).completion.value_or(0);
            share /= valued.size();
        }
        score.completion = share;
        return share * 100 + kEps >= item.floor ? full * share : 0.0;
    }
    case ScoringRule::Deduction: {
        if (valued.isEmpty())
            return score.taskDone ? full : 0.0;
        const double cap = std::min(full, item.cap.value_or(full));
        double off = 0;
        for (int i : valued) {
            TargetScore &t = score.targets[i];
            if (!t.actual)
                t.deducted = cap;   // no figure: nothing to measure the shortfall by
            else if (t.shortfall > kEps)
                t.deducted = (item.step > kEps ? std::ceil(t.shortfall / item.step - kEps) : 1.0) * item.deduct;
            off += t.deducted;
        }
        return full - std::min(cap, off);
    }
    }
    return std::nullopt;
}

ItemScore scoreItem(const AssessmentItem &item, const Task &task, const TaskResult &result, Id unit,
                    const AssessmentRecord &record)
{
    ItemScore s;
    s.taskId = task.id;
    s.departmentId = unit;
    s.rule = item.rule;
    s.available = item.points;
    s.taskDone = result.latest && result.latest->status == TaskStatus::Done;
    if (result.latest)
        s.reportedPercent = result.latest->percent;
    s.targets = targetScores(task, result);
    s.computed = computedPoints(item, task, s);
    if (s.computed)
        s.computed = AssessmentEngine::rounded(*s.computed);
    if (const AssessmentMark *m = record.mark(task.id, unit)) {
        s.selfPoints = m->selfPoints;
        s.selfNote = m->selfNote;
        s.reviewPoints = m->reviewPoints;
        s.reviewReason = m->reviewReason;
    }
    s.points = s.reviewPoints ? *s.reviewPoints : s.computed.value_or(0);
    s.pending = !s.computed && !s.reviewPoints;
    return s;
}

// A unit's totals from its items and awards.
void total(UnitScore &unit, const AssessmentScheme &scheme)
{
    for (const ItemScore &i : std::as_const(unit.items)) {
        unit.available += i.available;
        unit.earned += i.points;
    }
    unit.available = AssessmentEngine::rounded(unit.available);
    unit.earned = AssessmentEngine::rounded(unit.earned);
    unit.base = unit.available > kEps ? AssessmentEngine::rounded(unit.earned / unit.available * 100) : 0;
    for (const ExtraScore &e : std::as_const(unit.extras)) {
        if (e.kind == AssessmentExtra::Kind::Veto && e.count > kEps)
            unit.vetoed = true;
        unit.bonus += e.points;
    }
    unit.bonus = AssessmentEngine::rounded(unit.bonus);
    unit.score = unit.vetoed ? 0 : AssessmentEngine::rounded(unit.base + unit.bonus);
    unit.tier = scheme.tierOf(unit.score);
    bool allSelf = !unit.items.isEmpty();
    double self = 0;
    for (const ItemScore &i : std::as_const(unit.items)) {
        allSelf = allSelf && i.selfPoints.has_value();
        self += i.selfPoints.value_or(0);
    }
    if (allSelf && unit.available > kEps)
        unit.selfScore = AssessmentEngine::rounded(self / unit.available * 100);
}

// The bonuses and vetoes given to a unit, a bonus's points capped.
QList<ExtraScore> extrasOf(Id unit, const AssessmentScheme &scheme, const AssessmentRecord &record)
{
    QList<ExtraScore> out;
    for (const AssessmentAward &a : record.awards) {
        const AssessmentExtra *extra = a.departmentId == unit ? scheme.extra(a.extraId) : nullptr;
        if (!extra)
            continue;
        ExtraScore e;
        e.extraId = extra->id;
        e.kind = extra->kind;
        e.count = a.count;
        e.note = a.note;
        if (extra->kind == AssessmentExtra::Kind::Bonus) {
            e.points = extra->points * a.count;
            if (extra->cap > kEps)
                e.points = std::min(e.points, extra->cap);
            e.points = AssessmentEngine::rounded(e.points);
        }
        out.append(e);
    }
    return out;
}

} // namespace

double AssessmentEngine::rounded(double points)
{
    return std::round(points * 100) / 100;
}

QDate AssessmentEngine::yearEnd(const PlanData &plan)
{
    return QDate(plan.info.year, 12, 31);
}

AssessmentResult AssessmentEngine::assess(const PlanData &plan, const ReportLog &log, const QDate &asOf)
{
    AssessmentResult out;
    out.asOf = asOf.isValid() ? asOf : yearEnd(plan);
    const AssessmentScheme &scheme = plan.assessment;
    const QHash<Id, QList<const ProgressReport *>> current = log.currentByTask();
    const StatusEngine::Day day = StatusEngine::day(plan.info, out.asOf);
    QHash<Id, UnitScore> units;
    for (Id sid : plan.sectionsInOrder())
        for (Id tid : plan.sectionTasks.value(sid)) {
            const Task &task = *plan.tasks.constFind(tid);
            const auto &item = task.assessment;   // no copy of the item
            if (!item)
                continue;
            ++out.itemCount;
            const TaskResult result = StatusEngine::evaluate(plan.info, task, current.value(tid), day);
            for (Id unit : task.departmentIds(DepartmentRole::Lead)) {
                ItemScore s = scoreItem(*item, task, result, unit, log.assessment);
                out.pendingCount += s.pending ? 1 : 0;
                UnitScore &u = units[unit];
                u.departmentId = unit;
                u.items.append(s);
            }
        }
    for (const AssessmentAward &a : log.assessment.awards)
        if (scheme.extra(a.extraId) && plan.department(a.departmentId))
            units[a.departmentId].departmentId = a.departmentId;
    for (const Department &d : plan.departments) {
        auto it = units.find(d.id);
        if (it == units.end())
            continue;
        it->extras = extrasOf(d.id, scheme, log.assessment);
        total(*it, scheme);
        out.units.append(*it);
    }
    std::stable_sort(out.units.begin(), out.units.end(),
                     [](const UnitScore &a, const UnitScore &b) { return a.score > b.score + kEps; });
    for (int i = 0; i < out.units.size(); ++i)
        out.units[i].rank = i > 0 && std::abs(out.units.at(i).score - out.units.at(i - 1).score) < kEps
            ? out.units.at(i - 1).rank
            : i + 1;
    return out;
}

AssessmentChange AssessmentEngine::defaultScheme(const PlanData &plan, const QHash<Id, double> &sectionWeights)
{
    AssessmentChange change;
    change.scheme = plan.assessment;
    change.scheme.published = false;
    if (change.scheme.tiers.isEmpty())
        change.scheme.tiers = AssessmentScheme::defaultTiers();
    for (auto it = plan.tasks.cbegin(); it != plan.tasks.cend(); ++it)
        if (it->assessment)
            change.items.insert(it.key(), std::nullopt);   // a task the plan no longer weighs
    // Each top-level section's tasks that a unit answers for (a lead department).
    QList<QPair<Id, QList<Id>>> parts;
    for (Id top : plan.childSections.value(0)) {
        QList<Id> tasks;
        for (Id sid : plan.sectionSubtree(top))
            for (Id tid : plan.sectionTasks.value(sid))
                if (!plan.tasks.value(tid).departmentIds(DepartmentRole::Lead).isEmpty())
                    tasks << tid;
        const double w = sectionWeights.value(top, 1.0);
        if (tasks.isEmpty() || w <= kEps)
            continue;
        parts.append({top, tasks});
    }
    // In tenths of a point, by largest remainder: the sections' shares add up to 100 exactly, and
    // each section's tasks to its share (3.4, 3.3, 3.3), so the scheme's total is 100.
    auto spread = [](int tenths, const QList<double> &weights) {
        double sum = 0;
        for (double w : weights)
            sum += w;
        QList<int> out;
        QList<QPair<double, int>> remainders;
        int given = 0;
        for (int i = 0; i < weights.size(); ++i) {
            const double exact = tenths * weights.at(i) / sum;
            out << int(std::floor(exact));
            given += out.last();
            remainders.append({exact - out.last(), i});
        }
        std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int k = 0; k < tenths - given && k < remainders.size(); ++k)
            ++out[remainders.at(k).second];
        return out;
    };
    QList<double> sectionWeightsInOrder;
    for (const auto &part : std::as_const(parts))
        sectionWeightsInOrder << sectionWeights.value(part.first, 1.0);
    const QList<int> sectionTenths = spread(1000, sectionWeightsInOrder);
    for (int p = 0; p < parts.size(); ++p) {
        const QList<Id> &tasks = parts.at(p).second;
        const QList<int> taskTenths = spread(sectionTenths.at(p), QList<double>(tasks.size(), 1.0));
        for (int i = 0; i < tasks.size(); ++i) {
            const Task &task = *plan.tasks.constFind(tasks.at(i));
            AssessmentItem item;
            item.points = std::max(1, taskTenths.at(i)) / 10.0;
            const bool measured = std::any_of(task.targets.cbegin(), task.targets.cend(),
                                              [](const Target &t) { return t.value.has_value(); });
            item.rule = measured ? ScoringRule::Proportional : ScoringRule::Done;
            item.method = measured ? QStringLiteral("核对数据") : QStringLiteral("查阅资料");
            change.items.insert(tasks.at(i), item);
        }
    }
    return change;
}

} // namespace ap
