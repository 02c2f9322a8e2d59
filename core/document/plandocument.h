#pragma once

#include "domain/plan.h"
#include "domain/planversion.h"
#include "heldreports.h"
#include "planlocation.h"
#include "refusededit.h"
#include "reportoutbox.h"
#include "storage/file/planstore.h"

#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTemporaryDir;

namespace ap {

class ServerSession;
class ServerStore;

// A section with everything below it, as removed; enough to put it back with the same ids.
struct SectionSnapshot
{
    QList<Section> sections;          // pre-order; the first is the subtree's root
    QList<QPair<Id, Task>> tasks;     // (section id, task) in order within each section
};

// Content added to a plan in one step (an import): new departments and whole top-level section
// subtrees, appended after what the plan has. Ids that are 0 or negative are provisional: the
// first apply assigns real ones and writes them back, so undo and redo reuse them.
struct ContentInsert
{
    QList<Department> departments;
    QList<SectionSnapshot> sections;   // each snapshot's root has parentId 0
};

// One open plan: the plan in memory, its store (a plan file's or a server plan's, behind the
// Store interface) and its undo stack; for a server plan also its ServerSession. Only
// QUndoCommands (commands.h) call the apply* methods; each writes through to the store in one
// transaction (write()) and changes memory (and tells the models) only after the commit succeeded.
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    ~PlanDocument() override;

    // How a plan file is opened; the window and the command line name it here, not in storage.
    using Mode = PlanStore::Mode;

    // A plan file, or a server plan (mode and owner are the file's: a server has neither).
    static std::unique_ptr<PlanDocument> open(const PlanLocation &where, Mode mode, QString *error,
                                              StoreError *code = nullptr, LockOwner *owner = nullptr);
    // The plan file at path.
    static std::unique_ptr<PlanDocument> open(const QString &path, Mode mode, QString *error,
                                              StoreError *code = nullptr, LockOwner *owner = nullptr)
    {
        return open(PlanLocation::file(path), mode, error, code, owner);
    }
    // Called as a window starts: what opening a plan file needs first is made on another thread
    // while the window is built (see PlanStore::prepareToOpen).
    static void prepareToOpen();
    // An attempt to open a plan, as the window acts on it: the document, or why not, and whether
    // that was because another window or program has the plan file open for editing (the window
    // then offers to open it read-only).
    struct OpenAttempt
    {
        std::unique_ptr<PlanDocument> document;
        QString error;
        bool openElsewhere = false;
        // A plan file with objects or definitions that are not ours (StoreError::Foreign): a
        // clean copy may be offered (CleanCopy).
        bool notOurSchema = false;
        // A server plan whose server did not take the login or its password (StoreError::LoginRefused).
        bool loginRefused = false;
    };
    static OpenAttempt tryOpen(const PlanLocation &where, Mode mode);
    // A new, empty plan file at path (which must not exist), open for writing.
    static std::unique_ptr<PlanDocument> create(const QString &path, const PlanInfo &info, QString *error,
                                                StoreError *code = nullptr);
    // A new plan file at path with content (an import, a roll forward), open for writing. The
    // one way the window, the command line and the core write a new plan.
    static std::unique_ptr<PlanDocument> create(const QString &path, const PlanData &content, QString *error,
                                                StoreError *code = nullptr);
    // The same plan file written but not opened, for a write on a thread of its own (a long roll
    // forward); the window opens it after. progress hears how many tasks are written and may stop
    // the write (StoreError::Stopped): then nothing is left at path.
    static bool createFile(const QString &path, const PlanData &content, QString *error, StoreError *code = nullptr,
                           const Progress &progress = {});
    // The rows of ours of a plan file another program changed (open refused it with
    // OpenAttempt::notOurSchema), in a new file at target made by our own schema code (CleanCopy);
    // *report says what was kept and left behind. The one way the window and the command line make one.
    static bool makeCleanCopy(const QString &source, const QString &target, QString *report, QString *error);

    const PlanData &plan() const { return m_plan; }
    // Progress reports and period locks (月调度 / 季督导), kept beside the plan.
    const ReportLog &reports() const { return m_reports; }
    // Counts the changes to reports(), each counted before anyone is told of it: what keeps
    // pointers into the reports (TaskStanding) knows when they may point at nothing.
    quint64 reportsRevision() const { return m_reportsRevision; }
    // The bytes of a file a report carries (佐证材料), read from the store and checked against the
    // size and SHA-256 kept with it: a damaged one is refused, never handed on.
    bool readEvidence(Id evidenceId, QByteArray *content, QString *error) const;
    QUndoStack *undoStack() { return &m_undo; }
    // Where the plan lives: its file, or its server and name.
    // A version's document (openVersion) lives in a scratch file of its own: its location is that.
    const PlanLocation &location() const { return m_location; }
    // The plan file's path (empty for a server plan).
    QString filePath() const { return m_location.filePath(); }
    bool isOnServer() const { return m_location.isServer(); }
    // Where files made from the plan go unless the clerk says otherwise: beside a plan file; the
    // Documents folder for a server plan. A version's go where its plan's go.
    QString folder() const;
    // The plan file's name ("清河区2026年计划.aplan"), or a server plan's name and server; a
    // version's is its plan's with the version's name ("清河区2026年计划.aplan · 印发版").
    QString displayName() const;
    // A stem for files made from the plan: the file's name without .aplan, or the plan's name; a
    // version's adds the version's name ("清河区2026年计划-印发版").
    QString baseName() const;
    // Read-only: a file opened so, or a server plan the login may not change (a reporter's, a viewer's).
    bool isReadOnly() const;
    // A server plan whose server stopped answering: nothing can be changed (no edit waits to be
    // sent later); the window opens the plan anew once the server is back.
    bool isDisconnected() const;
    // Whether progress may be reported here at all (a reporter of a server plan may, on its own
    // department's tasks, though the plan is read-only to it), and on which task. On a server plan
    // whose server is away, too: the report waits on this computer (waitingReports).
    bool mayAddReports() const;
    bool mayReportOn(Id taskId) const;
    // The tasks a report may be added to, in the plan's order.
    QList<Id> reportableTasks() const;
    // Whether the login may change the plan, connected or not (a server plan's editor whose server
    // is away may be read-only for now, and still be one).
    bool editsPlan() const;
    // Whether the login may give others rights on the plan: a server plan's owner.
    bool isOwner() const;
    // Whether the login (a server plan's member) is on a first password the owner gave, to be
    // replaced by its own (read with its rights when the plan was opened).
    bool passwordToChoose() const { return m_store->rights().passwordToChoose; }
    // The department reports are entered as (a server plan's reporter's); 0 when any.
    Id reportingDepartment() const;
    // Only the plan's editors add reports through AddReportCommand; a reporter's report is
    // added here, for good (the server keeps it; a correction is a new report).
    bool addReport(ProgressReport &report) { return applyAddReport(report); }
    // A server plan's reports typed here and not yet confirmed by its server (ReportOutbox): every
    // report is kept on this computer before it is sent and taken out once the server has it. One
    // that could not be sent (the server away, or the confirmation lost) waits; one the server
    // refused when it was sent later stays with the reason until discarded. None for a plan file.
    QList<WaitingReport> waitingReports() const;
    // Keeps a server plan's reports on this computer until its server confirms them: the window's
    // choice (a command whose report fails says so and is run again). Nothing for a plan file.
    void useOutbox();
    // Sends those waiting (those refused before too, when asked) with their request keys: each
    // reaches the server once however often it was sent before. How many were confirmed;
    // *refused: how many the server refused now (kept, with the reason). Stops at a lost connection.
    int sendWaitingReports(int *refused = nullptr, bool refusedToo = false);
    // A report kept on this computer to be sent later, without trying the server (one taken in from
    // a return form while the server is away): checked by the rules first; false, and why, when
    // refused or when this is no server plan.
    bool keepReportToSend(const ProgressReport &report, QString *error);
    // Takes a waiting or refused report out for good (the clerk's choice).
    bool discardWaitingReport(const QString &key);
    int schemaVersion() const;
    QString planUid() const { return m_store->planUid(); }
    bool backupTo(const QString &path, QString *error) const { return m_store->backupTo(path, error); }
    QString lastError() const { return m_lastError; }
    // Why the last change failed: Conflict when someone else changed the row on the server first
    // (the plan should be read again), Disconnected when the server stopped answering.
    StoreError lastErrorCode() const { return m_lastCode; }
    // The same, as the window acts on it: someone else changed what was edited (the plan is read
    // again), the server stopped answering (the window waits for it), or refused for a reason said.
    // Kept: a report the server did not confirm, kept on this computer to be sent once it answers.
    enum class WriteFailure { Refused, ChangedElsewhere, ConnectionLost, Kept };
    WriteFailure lastFailure() const;
    // The clerk's edits refused because someone else changed the same item first, kept (with who
    // changed it and when) so that the window can offer them again; taken out by the caller. An
    // undo refused so keeps nothing: what it would put back was not typed now.
    QList<RefusedEdit> takeRefusedEdits() { return std::exchange(m_refused, {}); }
    // (The commands' undo: the edit it just kept is no clerk's words.)
    void forgetLastRefusedEdit();

    // Labels derived from position: "一、", "（二）", "3." …
    QString sectionLabel(Id sectionId) const;
    QString taskLabel(Id taskId) const;
    // Where a task is in the whole plan: its sections' labels and its own ("一、（一）2.").
    QString taskPlace(Id taskId) const;
    QString departmentNames(const Task &task, DepartmentRole role, const QString &separator) const;
    bool isInSubtree(Id candidate, Id root) const;
    SectionSnapshot snapshot(Id sectionId) const;

    // Named versions (planversions.cpp): the plan's, oldest first, with the reasons typed for
    // what changed since each. Saving one freezes the whole plan as it is now under a new name, in
    // one transaction; it is no edit of the plan, so undo never reaches into it (nor does it undo
    // a save). A version is never changed; removing one takes its reasons with it.
    const PlanVersions &versions() const { return m_versions; }
    bool saveVersion(const QString &name, PlanVersion *saved = nullptr);
    bool removeVersion(Id id);
    // A version's plan, read from the store and checked (a file's content is untrusted input).
    bool readVersion(Id id, PlanData *out, QString *error) const;
    // The plan a day is measured against (a report period's end, the year's end): the plan now,
    // with each task's targets, steps, start and deadline as the version in force on that day has
    // them (PlanVersions::inForceOn), and without the tasks that version did not have yet; the plan
    // now itself when no version is in force. *version tells which (null: the plan now). Q1 is not
    // made to look behind by a target raised in July and saved as 调整版; Q3 is measured against it.
    std::shared_ptr<const PlanData> planInForce(const QDate &day, const PlanVersion **version = nullptr) const;
    // A version as a plan of its own, read-only: to read in a window, print and export as it was
    // saved (with no reports: a version has none). It lives in a private scratch file that goes
    // with the returned document; nothing of this plan is changed. Null, and why, when the version
    // cannot be read.
    std::unique_ptr<PlanDocument> openVersion(Id id, QString *error) const;
    // The version such a document shows (null: the document is a plan, not a version of one).
    const PlanVersion *shownVersion() const { return m_shown ? &*m_shown : nullptr; }
    // The name proposed for the plan's first version, the one it is issued as: "印发版".
    static QString issuedVersionName();

    // ---- used by commands only -------------------------------------------------------------
    bool applyPlanInfo(const PlanInfo &info);
    bool applyInsertSection(Section &section, int row);
    bool applyRestoreSection(const SectionSnapshot &snapshot, int row);
    bool applyRemoveSection(Id id);
    bool applyMoveSection(Id id, Id newParent, int newRow);
    bool applyRenameSection(Id id, const QString &title);
    bool applyInsertTask(Task &task, Id sectionId, int row);
    bool applyRemoveTask(Id id);
    // A block of tasks at row of sectionId, and their removal, each in one write.
    bool applyInsertTasks(QList<Task> &tasks, Id sectionId, int row);
    bool applyRemoveTasks(const QList<Id> &ids);
    bool applyMoveTask(Id id, Id newSection, int newRow);
    bool applyReplaceTask(Task &task);
    bool applyInsertDepartment(Department &dept, int row, const QList<Task> &restoreTasks = {});
    bool applyRemoveDepartment(Id id, const QList<Task> &replaceTasks = {});
    bool applyReplaceDepartment(const Department &dept);
    bool applyMoveDepartment(Id id, int newRow);
    bool applyInsertContent(ContentInsert &content);
    bool applyAddReport(ProgressReport &report);           // assigns id and entry time on first apply
    bool applyRemoveReport(Id id);
    bool applyPeriodLock(const QString &period, const std::optional<PeriodLock> &lock);   // nullopt: never set
    bool applyRemoveContent(const ContentInsert &content);
    // The year-end assessment (planassessment.cpp): the scheme and the items of the tasks named;
    // a unit's mark on a task (nullopt: none); an award. Marks and awards are refused once the
    // result is published (the scheme's own change may unpublish it).
    bool applyAssessment(AssessmentChange &change);
    bool applyAssessmentMark(Id taskId, Id departmentId, const std::optional<AssessmentMark> &mark);
    bool applyAssessmentAward(Id extraId, Id departmentId, const std::optional<AssessmentAward> &award);
    // The reason typed for an item changed since a version (empty: none).
    bool applyAdjustmentReason(Id versionId, const QString &item, const QString &reason);
    // ---- end of the commands' part ---------------------------------------------------------

    // A unit's 自评 as its reporter gives it on a server plan (the plan is read-only to it): its
    // own unit's points and note on a task it leads, for good (no undo), the bureau's 复核 kept.
    bool addSelfAssessment(const AssessmentMark &mark);

Q_SIGNALS:
    void planInfoChanged();
    void sectionAboutToBeInserted(ap::Id parentId, int row);
    void sectionInserted(ap::Id id);
    void sectionAboutToBeRemoved(ap::Id id);
    void sectionRemoved(ap::Id parentId, int row);
    void sectionAboutToBeMoved(ap::Id id, ap::Id newParent, int newRow);
    void sectionMoved(ap::Id id);
    void sectionChanged(ap::Id id);
    void taskAboutToBeInserted(ap::Id sectionId, int row);
    void taskInserted(ap::Id id);
    void taskAboutToBeRemoved(ap::Id id);
    void taskRemoved(ap::Id sectionId, int row);
    void taskAboutToBeMoved(ap::Id id, ap::Id newSection, int newRow);
    void taskMoved(ap::Id id);
    void taskChanged(ap::Id id);
    void departmentsAboutToChange();
    void departmentsChanged();
    void reportsChanged(ap::Id taskId);
    void periodLocksChanged();
    // The assessment's scheme, a task's item, a mark or an award changed (here or elsewhere).
    void assessmentChanged();
    // A version was saved or removed, or a reason for a change typed (here or elsewhere).
    void versionsChanged();
    // A change could not be written; the plan in memory and on disk are both unchanged.
    void writeFailed(const QString &message);
    // Someone else changed a server plan: its reports and locks are read again (and told as
    // reportsChanged / periodLocksChanged); a change to the plan itself is only told here.
    void reportsArrived(int tasks);
    void planChangedElsewhere();
    // The server stopped answering (a write failed and so did a ping, or the regular ping did).
    void connectionLost();
    // A report was kept to be sent, was sent, was refused or was discarded (waitingReports).
    void waitingReportsChanged();

private:
    PlanDocument(std::unique_ptr<Store> store, PlanLocation location);
    // The document over an opened store, its plan and reports read; null (and why) when either fails.
    static std::unique_ptr<PlanDocument> fromStore(std::unique_ptr<Store> store, const PlanLocation &location,
                                                   QString *error, StoreError *code);
    // A server plan's presence and others' changes, heard while the document is open.
    void attendServer(ServerStore &store);
    // The one way a change reaches the store: steps in one transaction, committed; or nothing
    // written, and why told (writeFailed). Memory is changed by the caller only after it.
    // Quiet: the caller tells what became of the change (a report kept to send says so once).
    enum class Telling { Tell, Quiet };
    bool write(const std::function<bool(PlanRows &rows)> &steps, Telling telling = Telling::Tell);
    bool fail(Telling telling = Telling::Tell);
    // After a failed write of an edit that carries the clerk's words: kept when someone else's
    // change came first (takeRefusedEdits). Returns false, the write's answer.
    bool keepRefused(RefusedEdit edit);
    // A report kept on this computer, not written: why, as writeFailed tells it (kept: to send later;
    // else the server's refusal, kept with it).
    bool failKept(const QString &message);
    // One waiting report written, quietly (its failure is the list's to show); whether it was,
    // and why not.
    bool sendWaiting(WaitingReport &waiting, QString *why);
    // A report written (or found written, sent again) into memory, told.
    void rememberReport(const ProgressReport &report);
    // Others changed these tables of a server plan: reports and locks are read again.
    void readChangesElsewhere(const QSet<QString> &tables);
    // An import's departments and sections, appended after the plan's (applyInsertContent's steps).
    bool writeInsert(PlanRows &rows, ContentInsert &content) const;
    void renumberDepartments();
    // A section subtree just written, put into memory and told: its root at row among its parent's.
    void rememberSubtree(const SectionSnapshot &snap, int row);
    // Drops a removed section, its subsections and their tasks from memory (the file already has).
    void forgetSubtree(Id id, Id parent, int row);
    // A version's plan, read and checked once and then kept (null, and why, when it cannot be read).
    std::shared_ptr<const PlanData> versionPlan(Id id, QString *error) const;
    // Reports of deleted tasks (the file drops them with the task) wait here for an undo.
    void holdReports(const QList<Id> &taskIds, const QHash<Id, QByteArray> &evidence = {});
    // The bytes of the evidence files of the reports on tasks, read in a removal's write before it
    // takes them (for its undo); false, with the rows' error set, when one cannot be read.
    bool readEvidenceOn(PlanRows &rows, const QList<Id> &tasks, QHash<Id, QByteArray> *out) const;
    // The reports in memory on these tasks (what a removal may take with it and an undo put back).
    QSet<Id> knownReports(const QList<Id> &taskIds) const;
    void giveBackReports(const QList<Id> &taskIds);    // after the restoring commit
    // Refuses (told as writeFailed) a mark or award once the assessment is published.
    bool assessmentOpen();

    // A version's scratch folder (openVersion); it goes after the store whose file it holds.
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<Store> m_store;   // a plan file's, or a server plan's
    PlanLocation m_location;
    // What a version's document shows, and its plan's location (for names and folder).
    std::optional<PlanVersion> m_shown;
    PlanLocation m_shownFrom;
    PlanData m_plan;
    ReportLog m_reports;
    quint64 m_reportsRevision = 0;
    // The reports to change: every change to them goes through here, so it is counted.
    ReportLog &changeReports()
    {
        ++m_reportsRevision;
        return m_reports;
    }
    PlanVersions m_versions;
    mutable QHash<Id, std::shared_ptr<const PlanData>> m_versionPlans;   // versions read, by id
    HeldReports m_held;   // what removals took with them, for an undo
    QUndoStack m_undo;
    QString m_lastError;
    StoreError m_lastCode = StoreError::None;
    bool m_lastKept = false;   // the last failure was a report kept to send
    QList<RefusedEdit> m_refused;   // takeRefusedEdits
    bool m_keptRefused = false;     // the last failed write kept one
    // A server plan's reports waiting to be sent (null for a plan file).
    std::unique_ptr<ReportOutbox> m_outbox;
    // A server plan's (null for a file); it goes before the store it listens to.
    std::unique_ptr<ServerSession> m_session;
};

} // namespace ap
