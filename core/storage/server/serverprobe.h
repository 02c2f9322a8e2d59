#pragma once

#include "domain/serveraddress.h"

// Whether a server answers at all, asked without a connection of Qt's (libpq's PQpingParams, with
// the address's place, timeouts and TLS mode as a connection has them), so that it may be asked on
// a thread of its own: the window asks before it opens a lost plan again, and never waits on its
// own thread for a server that drops packets. Safe to call from any thread.
namespace ap::ServerProbe {

bool answers(const ServerAddress &address);

} // namespace ap::ServerProbe
