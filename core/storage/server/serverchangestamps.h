#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 10: who last changed each row of the plan's content (the plan's details, a
// department, a section, a task) and when, written by the server itself (a trigger: the session's
// login and the transaction's time, whatever the statement says), so that a change refused because
// someone else's came first can say whose it was and when (ServerClaims). Only a change of a row's
// content moves it (the same changes that move its version): a row moved among its siblings keeps
// who last wrote it. Rows from before this format say no one.
namespace ap::ServerChangeStamps {

QStringList upgradeTo10(const ServerNames &names);

} // namespace ap::ServerChangeStamps
