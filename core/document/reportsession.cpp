#include "reportsession.h"

#include "reportrequest.h"
#include "storage/server/serverstore.h"

#include <algorithm>

namespace ap {

ReportSession::~ReportSession() = default;

std::unique_ptr<ReportSession> ReportSession::open(const ServerAddress &address, QString *error)
{
    std::unique_ptr<ReportSession> session(new ReportSession);
    session->m_store = ServerStore::open(address, error);
    if (!session->m_store || !session->m_store->rows().load(&session->m_plan, error))
        return nullptr;
    return session;
}

bool ReportSession::add(const ReportRequest &request, QString *error, Id *id)
{
    ServerStore &store = *m_store;
    PlanRows &rows = store.rows();
    PlanRows::Transaction tx(rows);
    if (!tx.isActive()) {
        if (error)
            *error = rows.lastError();
        return false;
    }
    // Checked against the plan and the period locks, not against the other reports: reading them
    // all would make every report slower than the one before. A lock committing meanwhile is the
    // server's to refuse (its period guard).
    ReportLog log;
    ProgressReport c;
    if (!rows.loadPeriodLocks(&log.locks, error) || !request.toReport(m_plan, log, &c, error))
        return false;
    // A reporter reports as its department; the database refuses any other task or department.
    const ServerAccess &access = store.access();
    if (access.role == ServerRole::Reporter && access.departmentId)
        c.departmentId = access.departmentId;
    if (!rows.insertReport(c)) {
        if (error) {
            *error = rows.lastError();
            if (rows.lastErrorCode() == StoreError::Denied && access.role == ServerRole::Reporter) {
                const auto d = std::find_if(m_plan.departments.cbegin(), m_plan.departments.cend(),
                                            [&](const Department &x) { return x.id == access.departmentId; });
                *error = tr("The server refused the report: your login “%1” reports for %2, and may report only on tasks "
                            "that department leads or supports, in periods that are not locked.")
                             .arg(access.login, d != m_plan.departments.cend() ? d->name : tr("no department"));
            } else if (rows.lastErrorCode() == StoreError::Denied) {
                *error = tr("The server refused the report: your login “%1” may not report on this plan.").arg(access.login);
            }
        }
        return false;
    }
    if (!tx.commit(error))
        return false;
    if (id)
        *id = c.id;
    return true;
}

} // namespace ap
