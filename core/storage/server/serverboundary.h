#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 5: the database is the plan's only boundary. Every rule a member's writing must
// keep is the server's, so that psql, a script or an old copy of this program meets the same
// rules the window keeps:
//  - the group roles and the change channel are the plan's own (ServerNames), and what formats 2–4
//    granted to roles named after the plan's name is taken back;
//  - a report's lock is checked after its period's lock is waited for, in READ COMMITTED only (an
//    earlier snapshot would not see a lock committed meanwhile), and a quarter's lock covers its
//    months and a month's its quarter;
//  - a correction replaces a report of its own task and department, never one in a locked period;
//    a report's figures are for its own task's targets; who entered a report and when are the
//    server's to write (its owner's history, as published, excepted);
//  - periods, dates, percents, figures and text lengths are checked by CHECK constraints;
//  - every function runs with a fixed search_path and names its tables with their schema, so
//    that no temporary table or search path of a session stands in for the plan's.
// The statements run as the schema's owner, in the transaction that writes the version.
namespace ap::ServerBoundary {

QStringList upgradeTo5(const ServerNames &names);

} // namespace ap::ServerBoundary
