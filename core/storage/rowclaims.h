#pragma once

#include "domain/plan.h"
#include "rowconflict.h"
#include "storeerror.h"

#include <QList>
#include <QSet>
#include <QString>

namespace ap {

// What a store shared by many (a server plan) checks around the row mapper's write steps, so that
// someone else's change since the plan was read is refused (Conflict) and read again, never written
// over. The row mapper calls it when its store gives it one; a plan file has no one else and gives
// none.
class RowClaims
{
public:
    virtual ~RowClaims() = default;
    // Before a write step changes (or, remove, deletes) a row: refused when the row is no longer
    // what was read.
    virtual bool claimRow(const QString &table, Id id, bool remove) = 0;
    // A row this connection just inserted (a new one, or one an undo puts back): its version is
    // the one it got, never one it had before.
    virtual bool rowInserted(const QString &table, Id id) = 0;
    // Before tasks are removed with their reports: refused when a task has a report that is not
    // among known (one a department has just entered); the tasks are held until the transaction
    // ends so that no report comes in meanwhile.
    virtual bool claimReports(const QList<Id> &tasks, const QSet<Id> &known) = 0;
    // The transaction's end: what it claimed holds from now on (committed) or is forgotten.
    virtual void transactionEnded(bool committed) = 0;

    // Why the last claim was refused (Conflict: someone else's change; WriteFailed: the server's
    // error), in words for the clerk.
    StoreError refusalCode() const { return m_code; }
    QString refusal() const { return m_message; }
    // The row someone else changed, when the last refusal was a Conflict over one.
    const RowConflict &conflict() const { return m_conflict; }

protected:
    bool refuse(StoreError code, const QString &message, const RowConflict &conflict = {})
    {
        m_code = code;
        m_message = message;
        m_conflict = conflict;
        return false;
    }

private:
    StoreError m_code = StoreError::None;
    QString m_message;
    RowConflict m_conflict;
};

} // namespace ap
