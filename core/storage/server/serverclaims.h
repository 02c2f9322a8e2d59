#pragma once

#include "storage/rowclaims.h"
#include "serverversions.h"

#include <QCoreApplication>
#include <QString>

namespace ap {

// A server plan's row versions as RowClaims (ServerVersions says how they work): what a
// document's connection read, claimed in each write step so that nothing someone else changed
// since is written over. ServerStore owns it and gives it to its rows once the versions are read.
class ServerClaims final : public RowClaims
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerClaims)

public:
    // The connection (by name) the claims are made on: the rows' own, so that a claim is part of
    // the write's transaction.
    void attach(const QString &connection) { m_connection = connection; }
    // Reads every row's version (and which schema they are in: a plan published over this one
    // is another); the document's read does this first, in the same snapshot as the rows.
    bool read(QString *error);

    bool claimRow(const QString &table, Id id, bool remove) override;
    bool rowInserted(const QString &table, Id id) override;
    bool claimReports(const QList<Id> &tasks, const QSet<Id> &known) override;
    void transactionEnded(bool committed) override { m_versions.ended(committed); }

private:
    // Refused because a row is not the one read: someone else changed or removed it since (or,
    // underTable given, a row that goes with it: the one whose writer is told).
    bool refuseChanged(const QString &table, Id id, const QString &underTable = {}, Id underId = 0);
    // Who changed a row last and when, or that it is gone.
    RowConflict changeOf(const QString &table, Id id);
    QString m_connection;
    RowVersions m_versions;
    qint64 m_schemaOid = 0;   // the plan's schema as read
};

} // namespace ap
