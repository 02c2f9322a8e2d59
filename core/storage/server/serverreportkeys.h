#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 9: a report sent with a request key (a UUID its sender made when the report was
// typed, ReportOutbox) is kept once per key and login, whatever number of times it is sent. A
// report whose confirmation was lost on its way back is sent again with the same key, and the
// server answers with the report it already has instead of a second one. The key is the sender's
// own: a login never finds, nor blocks, another login's report by its key.
namespace ap::ServerReportKeys {

QStringList upgradeTo9(const ServerNames &names);

} // namespace ap::ServerReportKeys
