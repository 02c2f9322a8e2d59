#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"
#include "domain/planversion.h"
#include "rowclaims.h"
#include "sqldialect.h"
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
// reports, and every write step of the document inside a Transaction. It is the SQL row mapper
// each store owns and calls (a plan file's PlanStore, a server plan's ServerStore): it knows the
// tables, not the file or the server. What differs between the two is data (SqlDialect) and, for
// a plan shared by many, the RowClaims asked around each write step.
class PlanRows final
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanRows)

public:
    PlanRows();
    ~PlanRows();
    PlanRows(const PlanRows &) = delete;
    PlanRows &operator=(const PlanRows &) = delete;

    // The connection (by name) the rows are read and written on, in dialect; the rows close it
    // when they go. claims, when given, is asked around every write step (a server plan's row
    // versions) and must outlive the rows' use of it.
    void attach(const QString &connection, bool readOnly, int schemaVersion, SqlDialect dialect,
                RowClaims *claims = nullptr);
    // What the rows learn after they are attached: a server plan's format (whether its reports
    // keep who entered them) and its row versions, once read.
    void setDialect(SqlDialect dialect) { m_dialect = dialect; }
    void setClaims(RowClaims *claims) { m_claims = claims; }
    // Closes the connection now (a store closes it before it lets go of its lock).
    void close();

    // Whether the connection was opened read-only (a file opened so).
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // The schema version of the rows (what a file older than ours lacks is read as defaults).
    int schemaVersion() const { return m_schemaVersion; }

    // The whole plan and its reports as of one moment: no one else's commit lands between two of
    // its tables. first, when given, reads before them in the same moment (a server plan's row
    // versions, so that a row changed in between is refused and read again, never written over).
    bool readAll(PlanData *plan, ReportLog *reports, QString *error,
                 const std::function<bool(QString *error)> &first = {});
    bool load(PlanData *out, QString *error);
    bool loadReports(ReportLog *out, QString *error);
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

    // RAII read of one moment, for a copy: the rows it reads (readAll) and the evidence files'
    // bytes it reads after them (readEvidence) are of the same snapshot, whatever others commit
    // meanwhile. Nothing is written inside it; it ends with a rollback.
    class Snapshot
    {
    public:
        explicit Snapshot(PlanRows &rows);
        ~Snapshot();
        Snapshot(const Snapshot &) = delete;
        Snapshot &operator=(const Snapshot &) = delete;

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
    // A block of tasks at row of sectionId, the list opened once for all of them (a paste of a
    // thousand rows shifts the rows after it once, not a thousand times).
    bool insertTasks(QList<Task> &tasks, Id sectionId, int row);
    // Several tasks removed, each section they leave renumbered once.
    bool deleteTasks(const QList<Id> &ids);
    bool moveTask(Id id, Id newSection, int newRow);
    bool updateTask(Task &task);                            // assigns ids to new targets
    bool insertDepartment(Department &dept, int row);
    bool deleteDepartment(Id id);
    bool updateDepartment(const Department &dept);
    bool moveDepartment(Id id, int newRow);
    // Assigns the id when 0; on a server, a report whose request key the login has sent before is
    // not written again: report takes the id and entry of the one the server has.
    bool insertReport(ProgressReport &report);
    bool deleteReport(Id id);
    bool insertReportValue(Id reportId, Id targetId, double actual);
    // The files a report carries (evidencerows.cpp), written with it, each given its id; refused
    // in a plan older than schema 9. One file's bytes, checked against the size and SHA-256 kept.
    bool insertEvidence(Id reportId, QList<EvidenceFile> &files, int firstPosition = 0);
    bool readEvidence(Id evidenceId, QByteArray *content, QString *error);
    bool writePeriodLock(const PeriodLock &lock);
    bool deletePeriodLock(const QString &period);
    // The year-end assessment (assessmentrows.cpp): the plan's part of the scheme (its bonus and
    // veto items keep their ids, for the awards point at them: new ones get one), a task's item
    // (nullopt: not assessed), a unit's mark on a task and an award (nullopt or empty: none).
    bool writeAssessmentScheme(AssessmentScheme &scheme);
    bool writeTaskAssessment(Id taskId, const std::optional<AssessmentItem> &item);
    bool writeAssessmentMark(Id taskId, Id departmentId, const std::optional<AssessmentMark> &mark);
    // A unit's 自评 alone (what a reporter of a server plan may write), its 复核 left as it is.
    bool writeAssessmentSelf(const AssessmentMark &mark);
    bool writeAssessmentAward(Id extraId, Id departmentId, const std::optional<AssessmentAward> &award);
    // Named versions (versionrows.cpp): one frozen in one step, its content in parts
    // (VersionContent; version's id and time are set here, its saver by a server itself), one
    // removed with its reasons; a reason typed for an item changed since a version (empty: none).
    bool insertVersion(PlanVersion &version, const QList<QByteArray> &parts);
    bool deleteVersion(Id id);
    bool writeAdjustmentReason(Id versionId, const QString &item, const QString &reason);
    // The versions and their reasons (none in a file older than schema 8), and one version's parts.
    bool loadVersions(PlanVersions *out, QString *error);
    bool loadVersionParts(Id id, QList<QByteArray> *parts, QString *error);
    // Removing tasks takes their progress reports with it (an undo puts back the ones known): a
    // store shared with departments refuses (Conflict) when a task has a report that is not among
    // known, and holds the tasks until the transaction ends (RowClaims::claimReports).
    bool claimReports(const QList<Id> &tasks, const QSet<Id> &known);

    // A failure of a step beside the rows' own (a copy's source), told as the rows' last error.
    void failWith(StoreError code, const QString &message) { setLastError(code, message); }
    QString lastError() const { return m_lastError; }
    StoreError lastErrorCode() const { return m_lastCode; }
    // The row someone else changed first, when the last error is a Conflict over one.
    const RowConflict &lastConflict() const { return m_lastConflict; }
    // The open connection, for a store's own statements beside the rows'.
    QSqlDatabase db() const;

private:
    void setLastError(StoreError code, const QString &message, const RowConflict &conflict = {})
    {
        m_lastCode = code;
        m_lastError = message;
        m_lastConflict = conflict;
    }
    // The claims' answer, when there are claims; a refusal becomes the rows' last error.
    bool claimRow(const QString &table, Id id, bool remove);
    bool rowInserted(const QString &table, Id id);
    bool claimed(bool ok);
    // The report the login sent before with report's request key: its id and entry into report.
    bool readKeptReport(ProgressReport &report);
    // Prepared statements are kept for the connection's lifetime: edits repeat the same few.
    QSqlQuery &query(const QString &sql);
    // Runs a prepared write; false with the failure told as lastError().
    bool execute(QSqlQuery &q);
    // A task's targets and departments; `fresh` when the task row was just inserted (nothing to replace).
    bool writeTaskParts(Task &task, bool fresh);
    bool writeTargetSteps(const Target &target, bool fresh);
    enum class List { Sections, Tasks, Departments };
    bool findPlace(List list, Id id, QVariant *group, int *row);
    bool openGap(List list, const QVariant &group, int row, Id except, int by = 1);
    bool insertTaskRow(Task &task, Id sectionId, int row);   // insertTask without opening the list
    bool closeGap(List list, const QVariant &group, int row);
    bool removeFromList(List list, Id id);
    bool moveInList(List list, Id id, const QVariant &newGroup, int newRow);

    QString m_connection;
    SqlDialect m_dialect = SqlDialect::sqlite();
    RowClaims *m_claims = nullptr;   // not owned
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;   // statements by their text
    bool m_readOnly = true;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    QString m_lastError;
    StoreError m_lastCode = StoreError::None;
    RowConflict m_lastConflict;
};

} // namespace ap
