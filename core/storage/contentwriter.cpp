#include "contentwriter.h"

namespace ap {

bool writeContent(PlanRows &rows, const PlanData &content, const ReportLog *reports)
{
    QHash<Id, Id> taskIds, targetIds;
    QHash<Id, Id> deptIds;
    for (int i = 0; i < content.departments.size(); ++i) {
        Department d = content.departments.at(i);
        const Id old = d.id;
        d.id = 0;
        if (!rows.insertDepartment(d, i))
            return false;
        deptIds.insert(old, d.id);
    }
    QHash<Id, Id> sectionIds;
    for (Id oldId : content.sectionsInOrder()) {
        Section s = content.sections.value(oldId);
        const int row = content.sectionRow(oldId);
        s.id = 0;
        s.parentId = sectionIds.value(s.parentId, 0);
        if (!rows.insertSection(s, row))
            return false;
        sectionIds.insert(oldId, s.id);
        const QList<Id> tasks = content.sectionTasks.value(oldId);
        for (int i = 0; i < tasks.size(); ++i) {
            Task t = content.tasks.value(tasks.at(i));
            t.id = 0;
            for (Target &target : t.targets)
                target.id = 0;
            for (Assignment &a : t.assignments)
                a.departmentId = deptIds.value(a.departmentId, 0);
            t.assignments.removeIf([](const Assignment &a) { return a.departmentId == 0; });
            if (!rows.insertTask(t, s.id, i))
                return false;
            const Task &old = content.tasks[tasks.at(i)];
            taskIds.insert(old.id, t.id);
            for (int k = 0; k < old.targets.size() && k < t.targets.size(); ++k)
                targetIds.insert(old.targets.at(k).id, t.targets.at(k).id);
        }
    }
    // The assessment's scheme (its items came with the tasks), its bonus and veto items given new ids.
    QHash<Id, Id> extraIds;
    if (!content.assessment.isEmpty() || content.assessment.published) {
        // Published last, once the marks are in (a published assessment takes none).
        AssessmentScheme scheme = content.assessment;
        scheme.published = false;
        for (AssessmentExtra &e : scheme.extras)
            e.id = 0;
        if (!rows.writeAssessmentScheme(scheme))
            return false;
        for (int i = 0; i < scheme.extras.size(); ++i)
            extraIds.insert(content.assessment.extras.at(i).id, scheme.extras.at(i).id);
    }
    auto published = [&] {
        AssessmentScheme scheme = content.assessment;
        for (AssessmentExtra &e : scheme.extras)
            e.id = extraIds.value(e.id);
        return !scheme.published || rows.writeAssessmentScheme(scheme);
    };
    if (!reports)
        return published();
    // The reports in the order they were entered (a correction after what it corrects), each
    // pointing at the new ids of its task, targets, department and the report it corrects.
    QHash<Id, Id> reportIds;
    for (const ProgressReport &entry : reports->entries) {
        if (!taskIds.contains(entry.taskId))
            continue;
        ProgressReport c = entry;
        c.id = 0;
        c.taskId = taskIds.value(entry.taskId);
        c.departmentId = deptIds.value(entry.departmentId, 0);
        c.supersedesId = reportIds.value(entry.supersedesId, 0);
        c.actuals.clear();
        for (auto it = entry.actuals.cbegin(); it != entry.actuals.cend(); ++it)
            if (targetIds.contains(it.key()))
                c.actuals.insert(targetIds.value(it.key()), it.value());
        if (!rows.insertReport(c))
            return false;
        reportIds.insert(entry.id, c.id);
    }
    for (const PeriodLock &lock : reports->locks)
        if (!rows.writePeriodLock(lock))
            return false;
    for (AssessmentMark mark : reports->assessment.marks) {
        mark.taskId = taskIds.value(mark.taskId, 0);
        mark.departmentId = deptIds.value(mark.departmentId, 0);
        if (mark.taskId && mark.departmentId && !rows.writeAssessmentMark(mark.taskId, mark.departmentId, mark))
            return false;
    }
    for (AssessmentAward award : reports->assessment.awards) {
        award.extraId = extraIds.value(award.extraId, 0);
        award.departmentId = deptIds.value(award.departmentId, 0);
        if (award.extraId && award.departmentId && !rows.writeAssessmentAward(award.extraId, award.departmentId, award))
            return false;
    }
    return published();
}


} // namespace ap
