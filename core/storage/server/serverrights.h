#pragma once

#include "domain/plan.h"

#include <QString>
#include <QStringList>

#include <optional>

// Who may change a plan on a server, said by the database itself so that no client (this
// program, psql, a script) gets round it. Each plan schema has three group roles of its own
// (editor, reporter, viewer: ServerNames) and a member table that gives a login its role and
// department. GRANTs give editors every plan table, viewers reading only, reporters reading and
// adding reports; row-level security and the server's triggers (ServerBoundary) let a reporter
// add a report (a correction too) and its values only on a task its department leads or
// supports, in a period that is not locked, for its own department. The plan's owner (who
// published it) may do everything, and the server itself writes who entered each report, when.
namespace ap {

enum class ServerRole { None, Viewer, Reporter, Editor, Owner };

struct ServerAccess
{
    ServerRole role = ServerRole::None;
    QString login;
    Id departmentId = 0;     // a member's department, 0 when none
    bool passwordToChoose = false;   // on a first password the owner gave (ServerFirstPassword)
    bool mayEdit() const { return role == ServerRole::Editor || role == ServerRole::Owner; }
};

// A login's part in a plan, as the member table says it.
struct ServerMember
{
    QString login;
    ServerRole role = ServerRole::None;
    Id departmentId = 0;
};

namespace ServerRights {

// What brings a plan schema of server version 1 to version 2: who entered each report, the
// member table and the change notices. (Version 2 also made the group roles and their grants,
// named after the plan's name; version 5 makes the plan's own and takes those back.) Run by the
// schema's owner with search_path on it, in the transaction that writes the version.
QStringList upgradeTo2(const QString &schema);
// What server version 4 adds besides file format 6's tables: target_step's change notices.
QStringList upgradeTo4(const QString &schema);
// "editor", "reporter", "viewer" (the member table's and the command line's words).
QString roleKey(ServerRole role);
std::optional<ServerRole> roleFromKey(const QString &key);

} // namespace ServerRights
} // namespace ap
