#pragma once

#include "serverrights.h"

#include <QString>

class QSqlDatabase;

// The names a server plan is known by inside the cluster, apart from its schema: its three group
// roles and the channel its changes are told on. Roles belong to the whole cluster, not to a
// database; named after the plan's name (as server formats before 5 did) a plan of the same name in
// another database shared them, and an editor of one was an editor of the other. So each plan
// publication draws names of its own at random, once, and keeps them in its server_name table, which
// only its members can read: no other plan, in this database or another, has them, and a stranger
// cannot guess the channel to disturb the plan's windows.
namespace ap {

struct ServerNames
{
    QString schema;
    QString editor, reporter, viewer;   // group roles: "ap_<20 hex>_editor" …
    QString channel;                    // "ap_<32 hex>"

    // New names for a plan in schema, unlike any a cluster has (128 bits of chance each).
    static ServerNames fresh(const QString &schema);
    // The names the plan in schema keeps (server format 5 and later). False with the reason.
    static bool read(QSqlDatabase &db, const QString &schema, ServerNames *out, QString *detail);
    // The group role of one role (editor, reporter or viewer); empty for the others.
    QString role(ServerRole r) const;
    // The names as quoted identifiers for SQL statements.
    static QString quoted(const QString &name);
    // The triggers that tell the plan's windows of a change to each of tables (the schema quoted):
    // the plan's notify_change() on every statement that writes them.
    static QStringList changeNotices(const QString &schema, const QStringList &tables);
    // The search path every function of a plan runs with (it names its tables with their schema,
    // so no temporary table or session path stands in for the plan's).
    static const QString &fixedPath();
};

} // namespace ap
