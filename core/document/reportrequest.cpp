#include "reportrequest.h"

#include "planedits.h"
#include "reportrules.h"
#include "plandocument.h"
#include "serverplans.h"

#include <QUndoStack>

#include <algorithm>

namespace ap {

bool ReportRequest::toReport(const PlanData &plan, const ReportLog &log, ProgressReport *out, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const auto task = plan.tasks.constFind(this->task);
    if (task == plan.tasks.cend())
        return fail(tr("The plan has no task %1 (the ids are those annualplan status --json prints).").arg(this->task));
    // A report from the command line names its period (the rules let an old report have none).
    if (period.isEmpty())
        return fail(ReportRules::periodRefusal(plan, period));
    ProgressReport c;
    c.taskId = task->id;
    c.period = period;
    c.enteredAt = QDateTime::currentDateTimeUtc();
    c.reportDate = QDate::currentDate();
    c.status = TaskStatus::InProgress;
    if (!status.isEmpty()) {
        // By its key, by the Chinese name the help gives (whatever the language), or as shown.
        static const std::pair<const char16_t *, TaskStatus> names[] = {
            {u"未开始", TaskStatus::NotStarted}, {u"推进中", TaskStatus::InProgress}, {u"已完成", TaskStatus::Done},
            {u"滞后", TaskStatus::Behind}, {u"取消", TaskStatus::Cancelled}};
        std::optional<TaskStatus> s = statusFromKey(status);
        for (const auto &[name, candidate] : names)
            if (!s && (status == QStringView(name) || status == statusDisplay(candidate)))
                s = candidate;
        if (!s)
            return fail(tr("“%1” is not a status: give 未开始, 推进中, 已完成, 滞后 or 取消 (or not_started, in_progress, "
                           "done, behind, cancelled).")
                            .arg(status));
        c.status = *s;
    }
    c.percent = percent;
    for (const auto &[indicator, value] : actuals) {
        const auto target = std::find_if(task->targets.cbegin(), task->targets.cend(),
                                         [&](const Target &t) { return t.indicator == indicator; });
        if (target == task->targets.cend()) {
            QStringList names;
            for (const Target &t : task->targets)
                names << t.indicator;
            return fail(tr("The task “%1” has no target “%2” (its targets: %3).")
                            .arg(task->title, indicator, names.isEmpty() ? tr("none") : names.join(QStringLiteral("、"))));
        }
        c.actuals.insert(target->id, value);
    }
    c.progress = progress;
    c.yearEnd = yearEnd;
    // The lead department reports, as on a return form.
    for (const Assignment &a : task->assignments)
        if (a.role == DepartmentRole::Lead && c.departmentId == 0)
            c.departmentId = a.departmentId;
    // The period, its lock and the percent: the rules every report meets, in their words.
    if (!ReportRules::admit(plan, log.locks, &c, error))
        return false;
    *out = c;
    return true;
}

bool ReportRequest::record(const PlanLocation &where, QString *error, Id *id) const
{
    if (where.isServer())
        return ServerPlans::addReport(where.address(), *this, error, id);
    auto doc = PlanDocument::open(where, PlanDocument::Mode::ReadWrite, error);
    if (!doc)
        return false;
    ProgressReport c;
    if (!toReport(doc->plan(), doc->reports(), &c, error))
        return false;
    const Id added = edits::addReport(*doc, c);
    if (!added) {
        if (error)
            *error = doc->lastError();
        return false;
    }
    if (id)
        *id = added;
    return true;
}

} // namespace ap
