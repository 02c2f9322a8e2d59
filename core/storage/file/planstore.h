#pragma once

#include "storage/contentwriter.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

class QLockFile;

namespace ap::sqlite {
class ContentCheck;
}

namespace ap {

// Who holds a plan's lock file, for the "opened elsewhere" message.
struct LockOwner
{
    qint64 pid = 0;
    QString host;
    QString application;
};

// The schema version this build writes; files with a higher user_version are never touched.
constexpr int kSchemaVersion = 9;
// PRAGMA application_id of every plan file: "APLN".
constexpr qint32 kApplicationId = 0x41504C4E;


// The one owner of a plan file's SQLite connection and lock: it probes, locks, creates, checks,
// upgrades and copies the file, and hands the open connection to its rows (Store::rows), which
// read and write the plan's rows. Opening validates the file before anything can write to it; every write
// goes through a Transaction (BEGIN IMMEDIATE … COMMIT) so a crash loses at most the edit in flight.
class PlanStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanStore)
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~PlanStore() override;

    // Creates a new plan file at path (which must not exist) holding info and nothing else.
    // The file appears only complete: it is built under a temporary name and renamed.
    // With content, its departments, sections, tasks and targets are written too (ids are
    // assigned anew), so an import or a generated plan appears in one piece or not at all; and the
    // versions given, turned to the new ids (a copy from a server carries them).
    static std::unique_ptr<PlanStore> create(const QString &path, const PlanInfo &info,
                                             QString *error, StoreError *code = nullptr,
                                             const PlanData *content = nullptr, const ReportLog *reports = nullptr,
                                             const QList<CarriedVersion> *versions = nullptr,
                                             const EvidenceReader &evidence = {});
    // create()'s file, not opened: what a long write on a thread of its own makes (a store is used
    // on the thread that opened it). progress hears how far it is and may stop it (StoreError::
    // Stopped), asked last just before the file takes its name: a stopped write leaves nothing.
    static bool createFile(const QString &path, const PlanInfo &info, QString *error, StoreError *code = nullptr,
                           const PlanData *content = nullptr, const ReportLog *reports = nullptr,
                           const QList<CarriedVersion> *versions = nullptr, const EvidenceReader &evidence = {},
                           const Progress &progress = {});

    // Opens an existing plan. Never creates, migrates or changes a file that is missing, not
    // ours, damaged, newer, locked or read-only; in those cases returns null with a message.
    // An older file that may be written is upgraded, each step in its own transaction,
    // after a backup copy "<name>.v<N>-backup.aplan" of the original has been made.
    // checkTime AlongsideFirstRead checks the content while the first read() reads the rows (on
    // another thread): that read fails when the check does, and the rows refuse every write
    // before it (see ContentCheck). A file that is to be upgraded is always checked first.
    enum class ContentCheckTime { BeforeOpen, AlongsideFirstRead };
    static std::unique_ptr<PlanStore> open(const QString &path, Mode mode, QString *error,
                                           StoreError *code = nullptr, LockOwner *owner = nullptr,
                                           ContentCheckTime checkTime = ContentCheckTime::BeforeOpen);

    // Checks a file without opening a connection that could write: header, then a read-only
    // integrity check. Used by "annualplan info" and before any open. *contentChecked tells whether
    // the content check ran (not when a rollback journal waits: that needs a connection that writes).
    // fullCheck runs PRAGMA integrity_check instead of quick_check (which does not compare
    // indexes with their tables): a file that is to be written must pass it.
    static bool probe(const QString &path, int *schemaVersion, QString *error, StoreError *code,
                      bool *contentChecked = nullptr, bool fullCheck = false);

    // Starts making, on another thread, what every open checks a file against (the schema this
    // version writes), for a program about to open a plan (see SchemaCheck::prepare).
    static void prepareToOpen();

    // Full PRAGMA integrity_check of a file on a read-only connection; "ok" when sound.
    static QString integrityCheck(const QString &path);

    // The plan's identity, kept through edits, copies and renames (empty for a file older than
    // schema 3 opened read-only). Return forms are matched by it.
    QString planUid() const override;
    QString path() const { return m_path; }
    // One read transaction: a writer's commit never lands between two tables.
    bool read(PlanData *plan, ReportLog *reports, QString *error) override;
    PlanRights rights() const override { return PlanRights::ofFile(rows().isReadOnly()); }

    // Copies the whole plan to path (replacing it) with VACUUM INTO a temporary name,
    // verifies the copy, then renames it into place. Nothing is left behind on failure.
    bool backupTo(const QString &path, QString *error) const override;

private:
    PlanStore();
    // The file's name as messages give it.
    static QString nativeName(const QString &path);
    // open()'s steps. Takes the file's lock (and its file lock) for editing; false, and why, when
    // another window or command holds it or it cannot be taken. name: the file as messages name it.
    // probe() with the content check left out when !checkNow; *schemaChecked tells whether the
    // schema was compared with ours (not when a rollback journal waits).
    static bool probeFile(const QString &path, int *schemaVersion, QString *error, StoreError *code,
                          bool *contentChecked, bool *schemaChecked, bool fullCheck, bool checkNow);
    bool lockForEditing(const QString &name, QString *error, StoreError *code, LockOwner *owner);
    // Upgrades a file older than this program's schema, after a backup copy of it; *version
    // becomes the file's new version.
    bool upgrade(int *version, const QString &name, QString *error, StoreError *code);
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
};

} // namespace ap
