#pragma once

#include "commands.h"

// The commands of the year-end assessment: the scheme changed (made from the plan, edited in its
// table, published or withdrawn), a unit's mark on a task (自评, 复核), an award. Each keeps what
// it replaces, for its undo.
namespace ap {

class SetAssessmentCommand : public PlanCommand
{
public:
    SetAssessmentCommand(PlanDocument *doc, const AssessmentChange &change, const QString &text);
    void redo() override { check(m_doc->applyAssessment(m_new)); }
    void undo() override;

private:
    AssessmentChange m_old, m_new;
};

class SetAssessmentMarkCommand : public PlanCommand
{
public:
    SetAssessmentMarkCommand(PlanDocument *doc, const AssessmentMark &mark);
    void redo() override { check(m_doc->applyAssessmentMark(m_task, m_department, m_new)); }
    void undo() override { check(m_doc->applyAssessmentMark(m_task, m_department, m_old)); }

private:
    Id m_task, m_department;
    std::optional<AssessmentMark> m_old, m_new;
};

class SetAssessmentAwardCommand : public PlanCommand
{
public:
    SetAssessmentAwardCommand(PlanDocument *doc, Id extraId, Id departmentId, const std::optional<AssessmentAward> &award);
    void redo() override { check(m_doc->applyAssessmentAward(m_extra, m_department, m_new)); }
    void undo() override { check(m_doc->applyAssessmentAward(m_extra, m_department, m_old)); }

private:
    Id m_extra, m_department;
    std::optional<AssessmentAward> m_old, m_new;
};

} // namespace ap
