#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"
#include "domain/planrights.h"
#include "planrows.h"

#include <QString>

namespace ap {

// What the document asks of the place a plan is kept, a plan file (PlanStore) or a server plan
// (ServerStore): its rows to read and write through, one consistent read of the whole plan, the
// login's rights, the plan's identity and a copy. Each store owns its connection and its rows; what
// only a server has (its presence, others' changes, members) is ServerStore's own, used by
// ServerSession.
class Store
{
public:
    virtual ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The plan's rows, written through inside a PlanRows::Transaction.
    PlanRows &rows() { return m_rows; }
    const PlanRows &rows() const { return m_rows; }
    // The plan and its progress reports as of one moment.
    virtual bool read(PlanData *plan, ReportLog *reports, QString *error) = 0;
    // What the one who opened the plan may do with it.
    virtual PlanRights rights() const = 0;
    // The plan's identity, kept through edits, copies and renames; return forms are matched by it.
    virtual QString planUid() const = 0;
    // The whole plan copied to a plan file at path (replacing it), checked, nothing left on failure.
    virtual bool backupTo(const QString &path, QString *error) const = 0;

protected:
    Store() = default;

private:
    PlanRows m_rows;
};

} // namespace ap
