#pragma once

#include "domain/checkin.h"
#include "domain/plan.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace ap {

// The plan's rows over one open Qt Sql connection: reading the whole plan and its progress
// reports, and every write step of the document inside a Transaction. It knows the tables, not
// the file: opening, locking, checking and upgrading a file is PlanStore's job, so another store
// over another driver can reuse these rows and the document's write-through contract.
class PlanRows
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanRows)
public:
    virtual ~PlanRows();
    PlanRows(const PlanRows &) = delete;
    PlanRows &operator=(const PlanRows &) = delete;

    bool isReadOnly() const { return m_readOnly; }
    // Whether the plan itself may be changed here (a server plan: by its owner and editors; its
    // reporters add reports only, and through their own steps).
    virtual bool mayEditPlan() const { return !m_readOnly; }
    // Whether progress reports may be added here, and on which task (a server plan's reporter:
    // the tasks its department leads or supports). Reports added so are never taken back: the
    // server refuses a reporter's DELETE, and a correction is a report of its own.
    virtual bool mayAddReports() const { return !m_readOnly; }
    virtual bool mayReportOn(const Task &task) const
    {
        (void)task;
        return mayAddReports();
    }
    // Whether the login may give others rights on the plan (a server plan's owner).
    virtual bool isOwner() const { return false; }
    // The department a login reports as (a server plan's reporter); 0 when it may name any.
    virtual Id reportingDepartment() const { return 0; }
    // Calls changed(table) when another connection commits a change to the plan's rows (a server
    // plan: LISTEN/NOTIFY, delivered by the event loop); a plan file has no one else to hear.
    virtual void watchChanges(std::function<void(const QString &table)> changed) { (void)changed; }
    // The plan's identity, kept through edits, copies and renames; return forms are matched by it.
    virtual QString planUid() const = 0;
    // The whole plan copied to a plan file at path (replacing it), checked, nothing left on failure.
    virtual bool backupTo(const QString &path, QString *error) const = 0;
    // The schema version of the rows (what a file older than ours lacks is read as defaults).
    int schemaVersion() const { return m_schemaVersion; }

    // Someone else's changes since the plan was read: a store shared by many (a server plan)
    // remembers each row's version as read (readRowVersions, before the document reads the rows:
    // a row changed in between is then refused and read again, never written over) and
    // claims a row before a write step changes or deletes it, refusing it (Conflict) when the
    // row is no longer what was read. A plan file has no one else and claims nothing.
    virtual bool readRowVersions(QString *error)
    {
        (void)error;
        return true;
    }
    // Removing tasks takes their progress reports with it (an undo puts back the ones known): a
    // store shared with departments (a server plan) refuses (Conflict) when a task has a report
    // that is not among known, one a department has just entered, and holds the tasks until the
    // transaction ends so that no report comes in meanwhile.
    virtual bool claimReports(const QList<Id> &tasks, const QSet<Id> &known)
    {
        (void)tasks, (void)known;
        return true;
    }
    bool load(PlanData *out, QString *error);
    bool loadCheckIns(CheckInLog *out, QString *error);
    // The period locks alone (what a new report is checked against), without the reports.
    bool loadPeriodLocks(QHash<QString, PeriodLock> *out, QString *error);

    // RAII write transaction. All write methods below require one to be active; it rolls back
    // unless committed.
    class Transaction
    {
    public:
        explicit Transaction(PlanRows &rows);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit(QString *error);

    private:
        PlanRows &m_rows;
        bool m_active = false;
    };

    // Write steps (inside a Transaction). Each returns false and sets lastError() on failure.
    bool writePlanInfo(const PlanInfo &info);
    bool insertSection(Section &section, int row);          // assigns id when 0
    bool deleteSection(Id id);                              // cascades to subsections and tasks
    bool moveSection(Id id, Id newParent, int newRow);
    bool renameSection(Id id, const QString &title);
    bool insertTask(Task &task, Id sectionId, int row);    // assigns task/target ids when 0
    bool deleteTask(Id id);
    bool moveTask(Id id, Id newSection, int newRow);
    bool updateTask(Task &task);                            // assigns ids to new targets
    bool insertDepartment(Department &dept, int row);
    bool deleteDepartment(Id id);
    bool updateDepartment(const Department &dept);
    bool moveDepartment(Id id, int newRow);
    bool insertCheckIn(CheckIn &checkIn);                   // assigns the id when 0
    bool deleteCheckIn(Id id);
    bool insertCheckInValue(Id checkInId, Id targetId, double actual);
    bool writePeriodLock(const PeriodLock &lock);
    bool deletePeriodLock(const QString &period);

    QString lastError() const { return m_lastError; }
    StoreError lastErrorCode() const { return m_lastCode; }
    // Whether the store's connection still answers (a server plan's; a file's always does).
    virtual bool isReachable() { return true; }

protected:
    PlanRows();
    // The connection (by name) the rows are read and written on; the rows close it when they go.
    void attach(const QString &connection, bool readOnly, int schemaVersion);
    void closeConnection();
    QSqlDatabase db() const;
    // The statement that starts a write transaction (SQLite: BEGIN IMMEDIATE, so that a second
    // writer waits at the start instead of failing at the commit).
    virtual QString beginStatement() const;
    // The value an INSERT gives a row's id, bound to the id it keeps (an undone row put back) or
    // NULL for a new one: SQLite assigns an INTEGER PRIMARY KEY given NULL; a server takes the
    // table's sequence.
    virtual QString newId(const QString &table) const;
    // The column that says who entered a report (a server's entered_by), or an SQL '' when the
    // rows keep none.
    virtual QString enteredByColumn() const { return QStringLiteral("''"); }
    virtual bool claimRow(const QString &table, Id id, bool remove)
    {
        (void)table, (void)id, (void)remove;
        return true;
    }
    // A row this connection just inserted (a new one, or one an undo puts back): its version is
    // the one it got, never one it had before.
    virtual bool rowInserted(const QString &table, Id id)
    {
        (void)table, (void)id;
        return true;
    }
    // The transaction's end: what it claimed holds from now on (committed) or is forgotten.
    virtual void transactionEnded(bool committed) { (void)committed; }
    void setLastError(StoreError code, const QString &message)
    {
        m_lastCode = code;
        m_lastError = message;
    }
    // Whole content after what the plan has (an import into a new file), ids assigned anew; with
    // reports, its progress reports and period locks too, pointed at the new ids.
    bool writeContent(const PlanData &content, const CheckInLog *reports = nullptr);

private:
    // Prepared statements are kept for the connection's lifetime: edits repeat the same few.
    QSqlQuery &query(const QString &sql);
    // A task's targets and departments; `fresh` when the task row was just inserted (nothing to replace).
    bool writeTaskParts(Task &task, bool fresh);

    enum class List { Sections, Tasks, Departments };
    bool findPlace(List list, Id id, QVariant *group, int *row);
    bool openGap(List list, const QVariant &group, int row, Id except);
    bool closeGap(List list, const QVariant &group, int row);
    bool removeFromList(List list, Id id);
    bool moveInList(List list, Id id, const QVariant &newGroup, int newRow);

    QString m_connection;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;   // statements by their text
    bool m_readOnly = true;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    QString m_lastError;
    StoreError m_lastCode = StoreError::None;
};

} // namespace ap
