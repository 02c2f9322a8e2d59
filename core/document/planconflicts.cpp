#include "plandocument.h"

// PlanDocument's part in a conflict on a shared plan: the clerk's refused edit kept.
namespace ap {

bool PlanDocument::keepRefused(RefusedEdit edit)
{
    if (m_lastCode == StoreError::Conflict) {
        edit.conflict = m_store->rows().lastConflict();
        m_refused = std::move(edit);
    }
    return false;
}

} // namespace ap
