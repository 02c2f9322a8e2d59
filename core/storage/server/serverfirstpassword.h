#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 11: a member whose login the owner made with a first password may be asked to
// choose its own on first open (member.password_to_choose, set by the owner's grant). A member
// reads only its own flag and clears only its own, through two functions the plan's owner owns
// (SECURITY DEFINER, its search path fixed): no member reads or changes the member list itself.
// The password is changed by the member's own ALTER ROLE (any login may change its own), as a
// SCRAM verifier made on its side.
namespace ap::ServerFirstPassword {

QStringList upgradeTo11(const ServerNames &names);

} // namespace ap::ServerFirstPassword
