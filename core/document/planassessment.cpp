// PlanDocument's edits of the year-end assessment (its scheme, marks and awards), apart from
// plandocument.cpp, which keeps the plan's own: the same write order (one transaction, commit,
// memory, signal).
#include "plandocument.h"

#include "storage/store.h"

namespace ap {

bool PlanDocument::assessmentOpen()
{
    if (!m_plan.assessment.published)
        return true;
    m_lastCode = StoreError::ReadOnly;
    m_lastKept = false;
    m_lastError = tr("The assessment's result is published: its self-assessments, reviews and awards no longer change. "
                     "Withdraw the publication first to change them.");
    Q_EMIT writeFailed(m_lastError);
    return false;
}

bool PlanDocument::applyAssessment(AssessmentChange &change)
{
    for (auto it = change.items.cbegin(); it != change.items.cend(); ++it)
        if (!m_plan.tasks.contains(it.key()))
            return false;
    AssessmentScheme scheme = change.scheme;
    if (!write([&](PlanRows &rows) {
            if (!rows.writeAssessmentScheme(scheme))
                return false;
            for (auto it = change.items.cbegin(); it != change.items.cend(); ++it)
                if (!rows.writeTaskAssessment(it.key(), it.value()))
                    return false;
            return true;
        }))
        return false;
    change.scheme = scheme;   // new bonus and veto items have their ids: a redo reuses them
    m_plan.assessment = scheme;
    for (auto it = change.items.cbegin(); it != change.items.cend(); ++it)
        m_plan.tasks[it.key()].assessment = it.value();
    // An award of an item the scheme no longer has went with it.
    changeReports().assessment.awards.removeIf([&](const AssessmentAward &a) { return !scheme.extra(a.extraId); });
    Q_EMIT assessmentChanged();
    return true;
}

bool PlanDocument::applyAssessmentMark(Id taskId, Id departmentId, const std::optional<AssessmentMark> &mark)
{
    if (!m_plan.tasks.contains(taskId) || !m_plan.department(departmentId) || !assessmentOpen())
        return false;
    if (!write([&](PlanRows &rows) { return rows.writeAssessmentMark(taskId, departmentId, mark); }))
        return false;
    QList<AssessmentMark> &marks = changeReports().assessment.marks;
    marks.removeIf([&](const AssessmentMark &m) { return m.taskId == taskId && m.departmentId == departmentId; });
    if (mark && !mark->isEmpty()) {
        AssessmentMark m = *mark;
        m.taskId = taskId;
        m.departmentId = departmentId;
        marks.append(m);
    }
    Q_EMIT assessmentChanged();
    return true;
}

bool PlanDocument::applyAssessmentAward(Id extraId, Id departmentId, const std::optional<AssessmentAward> &award)
{
    if (!m_plan.assessment.extra(extraId) || !m_plan.department(departmentId) || !assessmentOpen())
        return false;
    if (!write([&](PlanRows &rows) { return rows.writeAssessmentAward(extraId, departmentId, award); }))
        return false;
    QList<AssessmentAward> &awards = changeReports().assessment.awards;
    awards.removeIf([&](const AssessmentAward &a) { return a.extraId == extraId && a.departmentId == departmentId; });
    if (award) {
        AssessmentAward a = *award;
        a.extraId = extraId;
        a.departmentId = departmentId;
        awards.append(a);
    }
    Q_EMIT assessmentChanged();
    return true;
}

bool PlanDocument::addSelfAssessment(const AssessmentMark &mark)
{
    const auto task = m_plan.tasks.constFind(mark.taskId);
    if (task == m_plan.tasks.cend() || !task->assessment
        || !task->hasDepartment(mark.departmentId, DepartmentRole::Lead)
        || (reportingDepartment() != 0 && mark.departmentId != reportingDepartment())) {
        m_lastCode = StoreError::ReadOnly;
        m_lastKept = false;
        m_lastError = tr("A unit assesses itself only on the assessed tasks it leads.");
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    if (!assessmentOpen())
        return false;
    if (!write([&](PlanRows &rows) { return rows.writeAssessmentSelf(mark); }))
        return false;
    QList<AssessmentMark> &marks = changeReports().assessment.marks;
    auto it = std::find_if(marks.begin(), marks.end(), [&](const AssessmentMark &m) {
        return m.taskId == mark.taskId && m.departmentId == mark.departmentId;
    });
    if (it == marks.end())
        it = marks.insert(marks.end(), mark);
    it->selfPoints = mark.selfPoints;
    it->selfNote = mark.selfNote;
    Q_EMIT assessmentChanged();
    return true;
}

} // namespace ap
