#pragma once

#include "plandocument.h"

#include <QCoreApplication>

// The plan checks: things a careful clerk fixes before the plan goes out. Each finding points
// at the task or section it is about, so the UI can jump there (neither, for the plan's own
// properties).
namespace ap {

struct PlanFinding
{
    enum Kind { TaskWithoutLead, TargetWithoutValue, TargetWithoutDeadline, DeadlineOutsideYear, DuplicateTitle,
                EmptySection, BaselineOnlyLastTarget, NoDocumentDate, TextTooLong, UnusedDepartment };
    Kind kind;
    Id sectionId = 0;
    Id taskId = 0;
    QString message;
};

class PlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanCheck)
public:
    static QList<PlanFinding> run(const PlanDocument &doc);
};

} // namespace ap
