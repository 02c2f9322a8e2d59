#include "versioncommands.h"

namespace ap {

SetAdjustmentReasonCommand::SetAdjustmentReasonCommand(PlanDocument *doc, Id versionId, const QString &item,
                                                       const QString &reason)
    : PlanCommand(doc, PlanCommand::tr("Reason for an adjustment"))
    , m_version(versionId)
    , m_item(item)
    , m_old(doc->versions().reason(versionId, item))
    , m_new(reason)
{
}

} // namespace ap
