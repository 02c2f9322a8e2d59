#pragma once

// Logins of the test cluster acting by hand (psql) or through the program (PGPASSWORD), and a plan
// of an older server format made from a new one, for the server tests.
#include <QProcess>
#include <QString>

namespace testutil {

// psql's exit code and its words.
struct Psql
{
    int exitCode = -1;
    QString out, err;
};
// psql started as login on database in, with the plan's schema first in its search path (none
// when schema is empty): the statements in sql (none: it reads them from its standard input).
void startPsqlAs(QProcess &p, const QString &login, const QString &password, const QString &in, const QString &schema,
                 const QString &sql = QString());
Psql finished(QProcess &p);
Psql psqlAs(const QString &login, const QString &password, const QString &in, const QString &schema, const QString &sql);

// The process's libpq password while a login of the test acts; the test cluster's again after.
class AsLogin
{
public:
    explicit AsLogin(const QString &password);
    ~AsLogin();

private:
    QByteArray m_saved;
};

// No libpq password in the process while it lives (a clerk's machine without PGPASSWORD, where the
// password is typed); the test cluster's again after.
class WithoutPassword
{
public:
    WithoutPassword() : m_saved(qgetenv("PGPASSWORD")) { qunsetenv("PGPASSWORD"); }
    ~WithoutPassword() { qputenv("PGPASSWORD", m_saved); }
    WithoutPassword(const WithoutPassword &) = delete;
    WithoutPassword &operator=(const WithoutPassword &) = delete;

private:
    QByteArray m_saved;
};

// The address of plan on the test database's cluster, for another login and (when not empty)
// another database.
QString addressAs(const QString &login, const QString &plan, const QString &database = QString());

// A login of the test cluster the way a bureau's IT makes a clerk's (no superuser, allowed to
// create logins) and a database it owns: names with tag, password "pw-<tag>".
struct Bureau
{
    QString clerk, password, database;
    explicit Bureau(const QString &tag);
};

// SQL that turns the plan in schema (published by this program) back into what server format 4
// wrote: format 5's names, checks, guards and policies gone, and the group roles named after the
// schema (shared by any plan of the same name on the cluster) with format 4's grants and policies.
QString backToServerFormat4(const QString &schema);

} // namespace testutil
