#include "assessmentcommands.h"

namespace ap {

SetAssessmentCommand::SetAssessmentCommand(PlanDocument *doc, const AssessmentChange &change, const QString &text)
    : PlanCommand(doc, text)
    , m_new(change)
{
    m_old.scheme = doc->plan().assessment;
    for (auto it = change.items.cbegin(); it != change.items.cend(); ++it)
        m_old.items.insert(it.key(), doc->plan().tasks.value(it.key()).assessment);
}

void SetAssessmentCommand::undo()
{
    // The awards of items the change removed went with them (the rows cascade): they are not
    // put back, so an undo that brings an item back brings it without its awards.
    check(m_doc->applyAssessment(m_old));
}

SetAssessmentMarkCommand::SetAssessmentMarkCommand(PlanDocument *doc, const AssessmentMark &mark)
    : PlanCommand(doc, PlanCommand::tr("Assessment of %1").arg(doc->taskLabel(mark.taskId)))
    , m_task(mark.taskId)
    , m_department(mark.departmentId)
    , m_new(mark)
{
    if (const AssessmentMark *old = doc->reports().assessment.mark(mark.taskId, mark.departmentId))
        m_old = *old;
}

SetAssessmentAwardCommand::SetAssessmentAwardCommand(PlanDocument *doc, Id extraId, Id departmentId,
                                                     const std::optional<AssessmentAward> &award)
    : PlanCommand(doc, PlanCommand::tr("Bonus or veto item"))
    , m_extra(extraId)
    , m_department(departmentId)
    , m_new(award)
{
    for (const AssessmentAward &a : doc->reports().assessment.awards)
        if (a.extraId == extraId && a.departmentId == departmentId)
            m_old = a;
}

} // namespace ap
