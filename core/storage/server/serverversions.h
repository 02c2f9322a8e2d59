#pragma once

#include "domain/plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Row versions of a server plan, so that two people editing the same row at once never write
// over each other unseen. Each plan, section, task and department row has a row_version, drawn
// from the plan's one sequence (so that a row removed and put back never has a version it had
// before): the program claims a row before it changes or deletes it (UPDATE … SET row_version =
// nextval WHERE row_version is the one it read, in the write's transaction), and the server's
// trigger gives a new version to a change made by anyone else (psql, a script): once a
// transaction up to server format 7, every change from format 8 (a script that moves a row and
// then edits it in one transaction moves its version too). A claim that finds another version, no row, or another plan of the same name is
// refused: the write is rolled back and the plan read again.
namespace ap {

// The versions one connection read and claimed: what it read holds until a claim of its own
// commits; claims of a transaction that rolls back are forgotten.
class RowVersions
{
public:
    void clear() { m_read.clear(), m_pending.clear(); }
    void setRead(const QString &table, Id id, qint64 version) { m_read[table].insert(id, version); }
    // The version a row has for this connection: the one its transaction claimed last, else
    // the one read; 0 for a row it does not know.
    qint64 read(const QString &table, Id id) const;
    void claimed(const QString &table, Id id, qint64 version) { m_pending.append({table, id, version}); }
    void ended(bool committed);

private:
    struct Claim
    {
        QString table;
        Id id;
        qint64 version;   // 0: the row is deleted
    };
    QHash<QString, QHash<Id, qint64>> m_read;
    QList<Claim> m_pending;
};

namespace ServerVersions {

// The tables whose rows carry a version: the ones the window edits row by row.
const QStringList &tables();
// What brings a plan schema of server version 2 to version 3: the row_version columns and the
// trigger that counts others' changes.
QStringList upgradeTo3(const QString &schema);
QStringList upgradeTo8(const QString &schema);
// The version's trigger function: a change of any column but the row's place, its version and
// alsoNotContent moves the version (format 10 adds who changed it and when, which are no content).
QString countRowVersion(const QString &schema, const QStringList &alsoNotContent);

} // namespace ServerVersions
} // namespace ap
