#pragma once

#include "domain/serveraddress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a plan lives: a plan file (.aplan) on this computer, or a plan on a PostgreSQL server.
// Text becomes a location once, where it comes in (the command line, a dialog, the recent-plans
// list, a message from another instance of the program) through parse(); from there on the
// location is passed as this value, and no other code looks at its text to tell which it is.
namespace ap {

class PlanLocation
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanLocation)
public:
    PlanLocation() = default;   // no plan
    static PlanLocation file(const QString &path);
    static PlanLocation server(const ServerAddress &address);
    // The location text names: a server plan's address (postgresql://… or postgres://…), or else
    // a file's path. nullopt, and why in error, for an address that is not well formed or for
    // empty text.
    static std::optional<PlanLocation> parse(const QString &text, QString *error = nullptr);
    // The server plan whose address text is (where only a server plan may be named); nullopt, and
    // why in error, for anything else.
    static std::optional<PlanLocation> parseServer(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_kind == Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isServer() const { return m_kind == Kind::Server; }
    // A plan file's path as it was given (empty for a server plan).
    QString filePath() const { return isFile() ? m_text : QString(); }
    // A server plan's address (only meaningful when isServer()).
    const ServerAddress &address() const { return m_address; }

    // The location as text that parse() reads back to the same location: a file's absolute
    // path, a server plan's address. What the recent-plans list keeps and another instance is sent.
    QString toString() const;
    // As a clerk reads it: the file's name ("清河区2026年计划.aplan"), or a server plan's name and
    // server ("清河区2026 @ db.example").
    QString displayName() const;
    // A stem for files made from the plan: the file's name without .aplan, or the server plan's
    // name with what a file name may not hold replaced.
    QString baseName() const;
    // Where files made from the plan go unless the clerk says otherwise: beside a plan file; the
    // Documents folder for a server plan.
    QString folder() const;
    // Whether there is something to open: a file that exists; a server plan as far as can be told
    // without asking its server (always).
    bool mayExist() const;
    // text with what a file name may not hold (\ / : * ? " < > |) replaced by “_”.
    static QString fileNameSafe(const QString &text);

    // The same plan: the same file (by its absolute path, links followed) or the same address.
    bool operator==(const PlanLocation &other) const;
    bool operator!=(const PlanLocation &other) const { return !(*this == other); }

private:
    enum class Kind { None, File, Server };
    Kind m_kind = Kind::None;
    QString m_text;            // a file's path as given; a server plan's address as written
    ServerAddress m_address;   // a server plan's
};

} // namespace ap
