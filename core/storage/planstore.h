#pragma once

#include "domain/checkin.h"
#include "domain/plan.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

class QLockFile;

namespace ap {

// Why a plan file could not be opened or written. The UI decides what to offer from it
// (e.g. "open read-only" for Locked); the text for the user comes with it as a QString.
enum class StoreError {
    None,
    Missing,        // no such file
    NotAFile,       // a directory or device
    Unreadable,     // permissions or I/O error while reading
    NotOurs,        // not a plan file: random bytes, a .docx, another program's SQLite database
    Damaged,        // a plan file whose bytes fail the header or integrity checks
    Newer,          // written by a newer AnnualPlan (schema version above ours)
    Locked,         // another program instance holds the lock
    ReadOnly,       // an edit on a store opened read-only
    DiskFull,
    WriteFailed,
};

// Who holds a plan's lock file, for the "opened elsewhere" message.
struct LockOwner
{
    qint64 pid = 0;
    QString host;
    QString application;
};

// The schema version this build writes; files with a higher user_version are never touched.
constexpr int kSchemaVersion = 3;
// PRAGMA application_id of every plan file: "APLN".
constexpr qint32 kApplicationId = 0x41504C4E;


// The one owner of a plan file's SQLite connection and lock. It is the only code that speaks
// SQL. Opening validates the file before anything can write to it; every write goes through a
// Transaction (BEGIN IMMEDIATE … COMMIT) so a crash loses at most the edit in flight.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanStore)
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~PlanStore();
    PlanStore(const PlanStore &) = delete;
    PlanStore &operator=(const PlanStore &) = delete;

    // Creates a new plan file at path (which must not exist) holding info and nothing else.
    // The file appears only complete: it is built under a temporary name and renamed.
    // With content, its departments, sections, tasks and targets are written too (ids are
    // assigned anew), so an import or a generated plan appears in one piece or not at all.
    static std::unique_ptr<PlanStore> create(const QString &path, const PlanInfo &info,
                                             QString *error, StoreError *code = nullptr,
                                             const PlanData *content = nullptr);

    // Opens an existing plan. Never creates, migrates or changes a file that is missing, not
    // ours, damaged, newer, locked or read-only; in those cases returns null with a message.
    // An older file that may be written is upgraded, each step in its own transaction,
    // after a backup copy "<name>.v<N>-backup.aplan" of the original has been made.
    static std::unique_ptr<PlanStore> open(const QString &path, Mode mode, QString *error,
                                           StoreError *code = nullptr, LockOwner *owner = nullptr);

    // Checks a file without opening a connection that could write: header, then a read-only
    // integrity check. Used by "annualplan info" and before any open. *contentChecked tells whether
    // the content check ran (not when a rollback journal waits: that needs a connection that writes).
    // fullCheck runs PRAGMA integrity_check instead of quick_check (which does not compare
    // indexes with their tables): a file that is to be written must pass it.
    static bool probe(const QString &path, int *schemaVersion, QString *error, StoreError *code,
                      bool *contentChecked = nullptr, bool fullCheck = false);

    // Full PRAGMA integrity_check of a file on a read-only connection; "ok" when sound.
    static QString integrityCheck(const QString &path);

    // The plan's identity, kept through edits, copies and renames (empty for a file older than
    // schema 3 opened read-only). Return forms are matched by it.
    QString planUid() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    bool load(PlanData *out, QString *error);

    // Copies the whole plan to path (replacing it) with VACUUM INTO a temporary name,
    // verifies the copy, then renames it into place. Nothing is left behind on failure.
    bool backupTo(const QString &path, QString *error) const;

    // RAII write transaction. All write methods below require one to be active.
    class Transaction
    {
    public:
        explicit Transaction(PlanStore &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit(QString *error);

    private:
        PlanStore &m_store;
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
    bool loadCheckIns(CheckInLog *out, QString *error);

    QString lastError() const { return m_lastError; }
    StoreError lastErrorCode() const { return m_lastCode; }

private:
    PlanStore();
    bool writeContent(const PlanData &content);
    // A task's targets and departments; `fresh` when the task row was just inserted (nothing to replace).
    bool writeTaskParts(Task &task, bool fresh);

    enum class List { Sections, Tasks, Departments };
    bool findPlace(List list, Id id, QVariant *group, int *row);
    bool openGap(List list, const QVariant &group, int row, Id except);
    bool closeGap(List list, const QVariant &group, int row);
    bool removeFromList(List list, Id id);
    bool moveInList(List list, Id id, const QVariant &newGroup, int newRow);
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
    bool m_readOnly = false;
    QString m_lastError;
    StoreError m_lastCode = StoreError::None;
    friend class Transaction;
};

} // namespace ap
