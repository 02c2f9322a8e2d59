#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// One login's session of progress reports on a server plan (a script, a department's form, the
// command line's one report): one connection, the plan read once; each report checked against
// the plan and the period locks and written in a transaction of its own, where the database's
// rights and guards have the last word (ServerRights).
namespace ap {

class ServerStore;
struct ServerAddress;
struct ReportRequest;

class ReportSession
{
    Q_DECLARE_TR_FUNCTIONS(ap::ReportSession)
public:
    ~ReportSession();
    static std::unique_ptr<ReportSession> open(const ServerAddress &address, QString *error);

    // The report, or false and why (the plan's reasons, or the server's refusal in the clerk's words).
    bool add(const ReportRequest &request, QString *error, Id *id = nullptr);
    const PlanData &plan() const { return m_plan; }

private:
    ReportSession() = default;
    std::unique_ptr<ServerStore> m_store;
    PlanData m_plan;
};

} // namespace ap
