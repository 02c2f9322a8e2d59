#include "plancheck.h"

#include <QSet>

namespace ap {

QList<PlanFinding> PlanCheck::run(const PlanDocument &doc)
{
    const PlanData &plan = doc.plan();
    QList<PlanFinding> out;
    // The printed plan ends with its 成文日期 (GB/T 9704 7.3.5); a plan with work in it and none
    // would go out undated.
    if (!plan.tasks.isEmpty() && !plan.info.documentDate.isValid())
        out << PlanFinding{PlanFinding::NoDocumentDate, 0, 0,
                           tr("The plan has no date of issue (成文日期), so the printed plan ends without one: set it "
                              "in Plan ▸ Properties.")};
    QHash<QString, Id> seenTitles;
    for (Id section : plan.sectionsInOrder()) {
        const QString sectionName = doc.sectionLabel(section) + plan.sections.value(section).title.left(200);
        if (plan.sections.value(section).title.size() > kMaxTextLength)
            out << PlanFinding{PlanFinding::TextTooLong, section, 0,
                               tr("The title of section “%1” is %n characters long: far longer than a plan needs.", nullptr,
                                  int(plan.sections.value(section).title.size()))
                                   .arg(sectionName)};
        const QList<Id> tasks = plan.sectionTasks.value(section);   // shared, not copied
        if (tasks.isEmpty() && plan.childSections.value(section).isEmpty())
            out << PlanFinding{PlanFinding::EmptySection, section, 0,
                               tr("Section “%1” has no tasks and no subsections.").arg(sectionName)};
        for (Id id : tasks) {
            // By reference (operator[] of a const hash hands out a copy), and named only when a
            // finding needs the name: a check runs over every task after each edit.
            const auto found = plan.tasks.constFind(id);
            if (found == plan.tasks.cend())
                continue;
            const Task &t = *found;
            const auto taskName = [&doc, &t, id] { return doc.taskLabel(id) + t.title.left(200); };
            qsizetype longest = qMax(qMax(t.title.size(), t.description.size()), t.notes.size());
            for (const Target &target : t.targets)
                longest = qMax(longest, qMax(target.indicator.size(), target.unit.size()));
            if (longest > kMaxTextLength)
                out << PlanFinding{PlanFinding::TextTooLong, section, id,
                                   tr("Task “%1” has a text of %n characters: far longer than a plan needs (pasted by "
                                      "mistake, or put there by another program).", nullptr, int(longest))
                                       .arg(taskName())};
            if (t.departmentIds(DepartmentRole::Lead).isEmpty())
                out << PlanFinding{PlanFinding::TaskWithoutLead, section, id,
                                   tr("Task “%1” has no lead department.").arg(taskName())};
            for (const Target &target : t.targets) {
                if (!target.value)
                    out << PlanFinding{PlanFinding::TargetWithoutValue, section, id,
                                       tr("Target “%1” of task “%2” has no value.").arg(target.indicator, taskName())};
                if (target.baseline && target.baselineSource == BaselineSource::LastYearTarget)
                    out << PlanFinding{PlanFinding::BaselineOnlyLastTarget, section, id,
                                       tr("The baseline of target “%1” of task “%2” is only last year's target, not a "
                                          "result: enter last year's actual.")
                                           .arg(target.indicator, taskName())};
                if (!target.due.isValid() && !t.deadline.isValid())
                    out << PlanFinding{PlanFinding::TargetWithoutDeadline, section, id,
                                       tr("Target “%1” of task “%2” has no deadline.").arg(target.indicator, taskName())};
            }
            if (plan.info.year > 0 && t.deadline.isValid() && t.deadline.year() != plan.info.year)
                out << PlanFinding{PlanFinding::DeadlineOutsideYear, section, id,
                                   tr("Task “%1” is due on %2, outside the plan year %3.")
                                       .arg(taskName(), t.deadline.toString(Qt::ISODate))
                                       .arg(plan.info.year)};
            const QString key = t.title.trimmed();
            if (!key.isEmpty()) {
                if (seenTitles.contains(key))
                    out << PlanFinding{PlanFinding::DuplicateTitle, section, id,
                                       tr("Task “%1” has the same title as task %2.")
                                           .arg(taskName(), doc.taskLabel(seenTitles.value(key)))};
                else
                    seenTitles.insert(key, id);
            }
        }
    }
    // A department no task names: often a name typed wrong once, which the completer then offers
    // again and again.
    QSet<Id> named;
    for (const Task &t : plan.tasks)
        for (const Assignment &a : t.assignments)
            named.insert(a.departmentId);
    for (const Department &d : plan.departments)
        if (!named.contains(d.id))
            out << PlanFinding{PlanFinding::UnusedDepartment, 0, 0,
                               tr("Department “%1” is not named on any task: if it was typed by mistake, remove it in "
                                  "Plan ▸ Departments.")
                                   .arg(d.name)};
    return out;
}

} // namespace ap
