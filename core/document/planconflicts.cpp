#include "plandocument.h"

// PlanDocument's part in a conflict on a shared plan: the clerk's refused edit kept.
namespace ap {

bool PlanDocument::keepRefused(RefusedEdit edit)
{
    m_keptRefused = m_lastCode == StoreError::Conflict;
    if (m_keptRefused) {
        edit.conflict = m_store->rows().lastConflict();
        m_refused.append(std::move(edit));
    }
    return false;
}

void PlanDocument::forgetLastRefusedEdit()
{
    if (m_keptRefused && !m_refused.isEmpty())
        m_refused.removeLast();
    m_keptRefused = false;
}

} // namespace ap
