#pragma once

#include "serverclaims.h"
#include "storage/contentwriter.h"
#include "storage/store.h"
#include "domain/serveraddress.h"
#include "servernames.h"
#include "serverrights.h"
#include "serverversions.h"
#include "storage/storeerror.h"

#include <functional>
#include <memory>
#include <optional>

// A plan on a PostgreSQL server, through Qt Sql's QPSQL driver: the same rows and write steps as
// the plan file (its PlanRows, in PostgreSQL's dialect, with its row versions as claims), each plan in a schema of its own, listed with its schema version in
// the database's annualplan.plans. It owns its connection. Publishing writes a whole plan in one
// transaction; opening refuses a plan whose schema is newer than this program's.
class QObject;

namespace ap {

// A plan of a database as the list to open one from shows it: its name on the server, its title
// and year, and the login's role in it.
struct ServerPlanEntry
{
    QString name;
    QString title;
    int year = 0;
    ServerRole role = ServerRole::None;
};

class ServerStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerStore)
public:
    // The server tables' own version (not the file's): 1 holds what plan files of version 5 hold;
    // 2 adds who entered each report, the plan's members and the database's rights (ServerRights).
    // 3 adds row versions (ServerVersions). 4 is file format 6's targets with steps, measures and
    // year-end reports (the file's step runs first, then ServerRights::upgradeTo4). 5 makes the
    // database the plan's boundary: the plan's own roles and channel, and every rule in the
    // database (ServerBoundary); 6 the year-end assessment (ServerAssessment); 7 named versions, 8
    // row versions every change moves; 9 a report kept once per request key (ServerReportKeys). A
    // new plan is published with version 1's tables and then every server step, so a new plan and
    // an upgraded one are the same.
    static constexpr int kServerSchemaVersion = 12;

    ~ServerStore() override;

    static std::unique_ptr<ServerStore> open(const ServerAddress &address, QString *error,
                                             StoreError *code = nullptr);

    // Writes content (and reports, when given) as the plan address.plan, in one transaction: all
    // of it or nothing. An existing plan of that name is refused unless replace, which drops it in
    // the same transaction.
    static bool publish(const PlanData &content, const ServerAddress &address, bool replace, QString *error,
                        StoreError *code = nullptr, const ReportLog *reports = nullptr,
                        const QList<CarriedVersion> *versions = nullptr, const EvidenceReader &evidence = {});

    // The plans of address's database (its plan is not looked at) that its login may open, by
    // name, with the login's role in each (serverplanlist.cpp). A database where nothing was
    // published yet has none. Callable from any thread: the connection is its own and goes with it.
    static bool listPlans(const ServerAddress &address, QList<ServerPlanEntry> *out, QString *error);

    // What the connection to address asks libpq for besides its host, port, database and login:
    // the address's own options, timeouts that find a lost server in seconds, and TLS to any
    // server that is not this machine unless the address says otherwise.
    static QStringList connectionOptions(const ServerAddress &address);

    QString schemaName() const { return m_schema; }
    QString planUid() const override;
    // A plan file with the server plan as it is now: plan, reports and locks.
    bool backupTo(const QString &path, QString *error) const override;
    // The row versions, then the rows, in one snapshot; from then on each write step claims the
    // rows it changes (ServerClaims).
    bool read(PlanData *plan, ReportLog *reports, QString *error) override;
    // The login's role on the plan (the owner's, a member's, or none) and its department.
    const ServerAccess &access() const { return m_access; }
    PlanRights rights() const override;
    // Whether the server still answers on this connection.
    bool isReachable();
    // LISTEN on the plan's channel: every commit of another connection to its rows is told,
    // with the table it changed (the server's triggers NOTIFY, once a table a transaction), to
    // changed for as long as receiver lives.
    void watchChanges(QObject *receiver, std::function<void(const QString &table)> changed);
    // The channel a plan's changes are told on: the plan's own (ServerNames), which only its
    // members can read.
    QString channel() const { return m_names.channel; }
    // The owner's grant: login (created with password when it does not exist; its password set
    // when given only if this plan made it) gets role on the plan, for department (by name; a
    // reporter must have one); its other roles on the plan are taken back. The password goes to
    // the server as a SCRAM verifier made here, never as text. One transaction.
    // passwordToChoose (with a password): the member is asked to choose its own on first open.
    bool grant(const QString &login, ServerRole role, const QString &department, const std::optional<QString> &password,
               QString *error, bool passwordToChoose = false);
    // This login's own password set to password (a SCRAM verifier made here), and the first
    // password's flag cleared, in one transaction.
    bool choosePassword(const QString &password, QString *error);
    // The plan's members, by login; anyone who may read the plan may read them.
    bool members(QList<ServerMember> *out, QString *error);
    // The owner's taking back of login's rights on the plan (its login stays: it is the server's).
    bool revoke(const QString &login, QString *error);
    // The server schema version of the plan opened (at most kServerSchemaVersion).
    int serverSchemaVersion() const { return m_serverVersion; }

private:
    friend class ServerDatabase;   // prepares a database over a connection of its own
    ServerStore() = default;
    static std::unique_ptr<ServerStore> connect(const ServerAddress &address, QString *error, StoreError *code);
    bool readAccess(QString *error);

    ServerAddress m_address;
    QString m_schema;
    int m_serverVersion = kServerSchemaVersion;
    ServerNames m_names;   // the plan's roles and channel, as its server_name table keeps them
    ServerAccess m_access;
    ServerClaims m_claims;   // the rows' claims once read (a document's store; publishing needs none)
};

} // namespace ap
