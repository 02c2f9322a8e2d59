#pragma once

#include "domain/serveraddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A database made ready for AnnualPlan once, by its owner (`annualplan server init`), so that any
// login it names may publish plans there afterwards without a superuser: the list of plans
// (annualplan.plans, read by every login), a group role of the database's own whose members may
// make a plan's schema (CREATE on the database) and add it to the list, and row-level security on
// the list so that a publisher adds rows only as itself and changes or removes only its own plans'
// (the plan's schema's owner, or the login that listed it). Each step is idempotent: init runs
// again to add publishers or after an upgrade.
namespace ap {

class ServerDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerDatabase)
public:
    // Prepares address's database (its plan is not looked at) as its owner, and lets each of
    // publishers (existing logins) publish there. One transaction; false and why otherwise. *group:
    // the publishers' group role, "annualplan_publish_<the database's oid>" (a name no other
    // database's shares, whatever their names).
    static bool init(const ServerAddress &address, const QStringList &publishers, QString *error, QString *group = nullptr);
    // The list of plans itself (the first to publish makes it where no one prepared the database).
    static QStringList listTable();
    // The statements that make the list of plans and its rights, group being the publishers'.
    static QStringList listStatements(const QString &database, const QString &group);
};

} // namespace ap
