#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 7: the plan's named versions and reasons for changes (file format 8's tables)
// under the plan's boundary. Every member reads them; editors save, remove and give reasons; no one
// changes a version once saved (its rows are never updated), and who saved it and when are the
// server's to write, not the client's (format 8: but for the plan's owner publishing versions saved
// in the file, which keep when they were saved there). Their changes are told to the plan's
// windows. Texts within kMaxTextLength, as everywhere.
namespace ap::ServerNamedVersions {

QStringList upgradeTo7(const ServerNames &names);
QStringList upgradeTo8(const ServerNames &names);

} // namespace ap::ServerNamedVersions
