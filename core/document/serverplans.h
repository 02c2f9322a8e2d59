#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"
#include "domain/serveraddress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Plans on a PostgreSQL server for the command line and the window: a plan file published to a
// server address, a server plan copied to a new plan file, a server plan read. The store behind
// them is ServerStore; what is moved is the whole plan: properties, outline, tasks, targets,
// departments, progress reports and period locks.
namespace ap {

struct ReportRequest;

// A login's part in a server plan, in the command line's words: role "reporter", "viewer" or
// "editor"; its department by name (empty when none).
struct PlanMember
{
    QString login;
    QString role;
    QString department;
};

// A plan a login may open, as File ▸ Open Shared Plan lists it: its name on the server, title,
// year and the login's role ("owner", "editor", "reporter" or "viewer").
struct ListedPlan
{
    QString name;
    QString title;
    int year = 0;
    QString role;
};

class ServerPlans
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerPlans)
public:
    // A role as every output names it ("reporter" is 报送人 in Chinese); a key not a role as it is.
    static QString roleName(const QString &role);
    // Whether the server at address answers at all (ServerProbe): asked from any thread, as the
    // window does before it opens a lost plan again, so that its own thread never waits on it.
    static bool answers(const ServerAddress &address);
    // The plans of address's database its login may open (ServerStore::listPlans; address's plan
    // is not looked at), by name. Callable from any thread.
    static bool list(const ServerAddress &address, QList<ListedPlan> *out, QString *error);
    // `annualplan server init`: address's database prepared by its owner so that publishers (logins)
    // may publish plans there (ServerDatabase::init).
    // *group: the role whose members publish there.
    static bool initDatabase(const ServerAddress &address, const QStringList &publishers, QString *error, QString *group = nullptr);
    // A password the clerk typed for address's login and server, kept for this run only.
    static void rememberPassword(const ServerAddress &address, const QString &password);
    // Whether this run knows a password for address's login and server; one it no longer takes forgotten.
    static bool knowsPassword(const ServerAddress &address);
    static void forgetPassword(const ServerAddress &address);

    // The plan file at file as the server plan at address; refuses a plan of that name unless replace.
    static bool publish(const QString &file, const ServerAddress &address, bool replace, QString *error);
    // The server plan at address as a new plan file at file (which must not exist).
    static bool copy(const ServerAddress &address, const QString &file, QString *error);
    // A progress report into the server plan at address: checked against the plan and written in
    // one transaction; id gets its id.
    static bool addReport(const ServerAddress &address, const ReportRequest &request, QString *error, Id *id = nullptr);
    // The owner's grant (ServerStore::grant): login gets role ("reporter", "viewer" or "editor")
    // on the plan at address for department; password creates or resets the login.
    // passwordToChoose: the member chooses its own password on first open (the one given is a first one).
    static bool grant(const ServerAddress &address, const QString &login, const QString &role, const QString &department,
                      const std::optional<QString> &password, QString *error, bool passwordToChoose = false);
    // Whether address's login was given a first password to replace with its own; *asked false,
    // and why, when the server could not say.
    static bool passwordToChoose(const ServerAddress &address, bool *asked, QString *error);
    // address's login's own password chosen: set on the server (the first one's flag cleared) and
    // remembered for this run in its place. Refused (and why) when shorter than kMinPasswordLength
    // or the same as the first one.
    static constexpr int kMinPasswordLength = 8;
    static bool choosePassword(const ServerAddress &address, const QString &password, QString *error);
    // The members of the plan at address, by login.
    static bool members(const ServerAddress &address, QList<PlanMember> *out, QString *error);
    // The owner's taking back of everything login was granted on the plan at address.
    static bool revoke(const ServerAddress &address, const QString &login, QString *error);
    // The server plan at address, the server schema version it has, and (when asked) its reports.
    static bool read(const ServerAddress &address, PlanData *out, int *schemaVersion, QString *error,
                     ReportLog *reports = nullptr);
};

} // namespace ap
