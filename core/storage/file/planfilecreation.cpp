#include "planstore.h"

#include "storage/contentwriter.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"
#include "filemigration.h"
#include "sqliteconnection.h"

#include "fs/atomicfile.h"
#include "fs/outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// How a new plan file is made (PlanStore::create and createFile): under a temporary name, its
// tables, its plan row and its content written in one transaction, synced, then renamed into place,
// so a name is only ever an empty place or a whole plan.
namespace ap {

using namespace sqlite;

namespace {

// create()'s steps. A new file at path with the plan's tables (every migration) and its one plan row.
bool makeEmptyPlan(const QString &path, int year, QString *detail, StoreError *code)
{
    TemporaryConnection connection(path, false);
    if (!connection.isOpen()) {
        *detail = connection.detail();
        return false;
    }
    QSqlDatabase db = connection.db();
    if (!makePlanFile(db, kSchemaVersion, detail))
        return false;
    // The plan's one row; its properties are written by the rows (fillPlan), as every edit writes them.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO plan (id, year, uid) VALUES (1, ?, lower(hex(randomblob(16))))"));
    q.addBindValue(year);
    if (q.exec())
        return true;
    *detail = SqlError::describe(q.lastError());
    if (SqlError::isDiskFull(q.lastError()) && code)
        *code = StoreError::DiskFull;
    return false;
}

// The plan's properties, and content with its reports when given, written into the new file at
// path in one transaction.
bool fillPlan(const QString &path, const PlanInfo &info, const PlanData *content, const ReportLog *reports,
              const QList<CarriedVersion> *versions, const EvidenceReader &evidence, const Progress &progress,
              QString *detail, StoreError *code)
{
    PlanRows rows;
    const QString connection = newConnectionName();
    rows.attach(connection, false, kSchemaVersion, SqlDialect::sqlite());
    if (!openConnection(connection, path, false, detail))
        return false;
    QSqlDatabase db = rows.db();
    execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")}, nullptr);
    PlanRows::Transaction tx(rows);
    if (tx.isActive() && rows.writePlanInfo(info)
        && (!content || writeContent(rows, *content, reports, versions, evidence, progress)) && tx.commit(detail))
        return true;
    *detail = rows.lastError();
    if (code && (rows.lastErrorCode() == StoreError::DiskFull || rows.lastErrorCode() == StoreError::Stopped))
        *code = rows.lastErrorCode();
    return false;
}

} // namespace

std::unique_ptr<PlanStore> PlanStore::create(const QString &path, const PlanInfo &info, QString *error,
                                             StoreError *code, const PlanData *content, const ReportLog *reports,
                                             const QList<CarriedVersion> *versions, const EvidenceReader &evidence)
{
    if (!createFile(path, info, error, code, content, reports, versions, evidence))
        return nullptr;
    return open(QFileInfo(path).absoluteFilePath(), Mode::ReadWrite, error, code);
}

bool PlanStore::createFile(const QString &path, const PlanInfo &info, QString *error, StoreError *code,
                           const PlanData *content, const ReportLog *reports, const QList<CarriedVersion> *versions,
                           const EvidenceReader &evidence, const Progress &progress)
{
    const QFileInfo fi(path);
    const QString name = nativeName(path);
    if (fi.exists() || fi.isSymLink()) {
        setStoreError(error, code, StoreError::WriteFailed,
                 tr("“%1” already exists. Choose another name.").arg(name));
        return false;
    }
    // A journal left under the new name would be played into the new plan when it is opened.
    if (QFileInfo::exists(fi.absoluteFilePath() + QStringLiteral("-journal"))) {
        setStoreError(error, code, StoreError::WriteFailed,
                 tr("“%1” cannot be created: the journal of an interrupted change of an earlier file of that name "
                    "is beside it. Choose another name.").arg(name));
        return false;
    }
    // Asked first, so the clerk hears why in words of the program's own, not SQLite's.
    const QFileInfo folder(fi.absolutePath());
    if (!folder.isDir()) {
        setStoreError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” cannot be created: its folder “%2” does not exist.")
                     .arg(name, QDir::toNativeSeparators(folder.absoluteFilePath())));
        return false;
    }
    if (!fs::mayWrite(folder.absoluteFilePath())) {
        setStoreError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” cannot be created: the folder “%2” may not be written to (it is read-only, "
                    "or you have no permission there).").arg(name, QDir::toNativeSeparators(folder.absoluteFilePath())));
        return false;
    }
    fs::removeLeftoverParts(fi.absoluteFilePath());
    const QString temp = fi.absoluteFilePath() + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    QString detail;
    StoreError why = StoreError::None;
    bool ok = makeEmptyPlan(temp, info.year, &detail, &why)
        && fillPlan(temp, info, content, reports, versions, evidence, progress, &detail, &why);
    // Asked once more before the file takes its name: a Stop heard until then leaves nothing.
    const qint64 total = content ? content->tasks.size() : 0;
    if (ok && progress && !progress(total, total)) {
        ok = false;
        why = StoreError::Stopped;
    }
    ok = ok && fs::syncFile(temp) && QFile::rename(temp, fi.absoluteFilePath());
    if (!ok) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        if (why == StoreError::Stopped)
            setStoreError(error, code, StoreError::Stopped,
                     tr("The plan file “%1” was not created: it was stopped before it was complete.").arg(name));
        else
            setStoreError(error, code, StoreError::WriteFailed,
                     tr("The plan file “%1” could not be created: %2")
                         .arg(name, detail.isEmpty() ? tr("write failed") : detail));
        return false;
    }
    fs::syncDirectoryOf(fi.absoluteFilePath());
    return true;
}

} // namespace ap
