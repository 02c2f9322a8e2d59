#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 11: a member whose login the owner made with a first password may be asked to
// choose its own on first open. The logins still on a first password are a table of their own
// (member_first_password), which no member may read — who still has the password the owner
// handed out is not for the others to know — written by the owner's grant. A member asks only
// whether it is itself on it and takes only itself off, through two functions the plan's owner
// owns (SECURITY DEFINER, their search path fixed). The password is changed by the member's own
// ALTER ROLE (any login may change its own), as a SCRAM verifier made on its side.
namespace ap::ServerFirstPassword {

QStringList upgradeTo11(const ServerNames &names);

} // namespace ap::ServerFirstPassword
