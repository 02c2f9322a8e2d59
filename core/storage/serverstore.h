#pragma once

#include "planrows.h"
#include "serveraddress.h"
#include "storeerror.h"

#include <memory>

// A plan on a PostgreSQL server, through Qt Sql's QPSQL driver: the same rows and write steps as
// the plan file (PlanRows), each plan in a schema of its own, listed with its schema version in
// the database's annualplan.plans. It owns its connection. Publishing writes a whole plan in one
// transaction; opening refuses a plan whose schema is newer than this program's.
namespace ap {

class ServerStore : public PlanRows
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerStore)
public:
    // The server tables' own version (not the file's): 1 holds what plan files of version 5 hold.
    static constexpr int kServerSchemaVersion = 1;

    ~ServerStore() override;

    static std::unique_ptr<ServerStore> open(const ServerAddress &address, QString *error,
                                             StoreError *code = nullptr);

    // Writes content (and reports, when given) as the plan address.plan, in one transaction: all
    // of it or nothing. An existing plan of that name is refused unless replace, which drops it in
    // the same transaction.
    static bool publish(const PlanData &content, const ServerAddress &address, bool replace, QString *error,
                        StoreError *code = nullptr, const CheckInLog *reports = nullptr);

    QString schemaName() const { return m_schema; }
    // The server schema version of the plan opened (at most kServerSchemaVersion).
    int serverSchemaVersion() const { return m_serverVersion; }

protected:
    QString beginStatement() const override;
    QString newId(const QString &table) const override;

private:
    ServerStore() = default;
    static std::unique_ptr<ServerStore> connect(const ServerAddress &address, QString *error, StoreError *code);

    QString m_schema;
    int m_serverVersion = kServerSchemaVersion;
};

} // namespace ap
