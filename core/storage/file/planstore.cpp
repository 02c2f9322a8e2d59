#include "planstore.h"

#include "storage/contentwriter.h"

#include "storage/schema.h"
#include "storage/sqlerror.h"
#include "sqlitefile.h"
#include "sqliteconnection.h"
#include "filemigration.h"
#include "contentcheck.h"
#include "schemacheck.h"
#include "storage/sqlvalues.h"

#include "fs/atomicfile.h"
#include "fs/filelock.h"
#include "fs/outputtarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

using namespace sqlite;

struct PlanStore::Impl
{
    std::unique_ptr<QLockFile> lock;
    // The lock on the file itself, which every name of it reaches (links, bind mounts).
    fs::FileLock fileLock;
    QString uid;  // the plan's own identity (schema 3); empty in an older file opened read-only
    // The content check running alongside the first read, and whether the rows may be written once it passed.
    std::unique_ptr<sqlite::ContentCheck> alongside;
    bool writableOnceChecked = false;

    // After the connection has closed.
    void unlock()
    {
        fileLock.unlock();
        if (lock) {
            lock->unlock();
            lock.reset();
        }
    }
};

namespace {

QString damagedMessage(const QString &name)
{
    return PlanStore::tr("The plan file “%1” is damaged. It has not been changed; open a backup copy instead.").arg(name);
}

bool hasRequiredTables(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return false;
    QStringList have;
    while (q.next())
        have << q.value(0).toString();
    for (const QString &t : schema::requiredTables(version))
        if (!have.contains(t))
            return false;
    QSqlQuery one(db);
    return one.exec(QStringLiteral("SELECT count(*) FROM plan")) && one.next() && one.value(0).toInt() == 1;
}

// The file's schema is its version's and nothing else (SchemaCheck): a file carrying a trigger, a
// view or a definition that is not ours is refused before anything reads or writes its rows.
bool schemaIsOurs(QSqlDatabase &db, int version, const QString &name, QString *error, StoreError *code)
{
    bool ok = false;
    const SchemaDifference d = SchemaCheck::compare(db, version, &ok);
    if (!ok) {
        setStoreError(error, code, StoreError::Damaged,
                 damagedMessage(name));
        return false;
    }
    if (d.hasForeign()) {
        setStoreError(error, code, StoreError::Foreign,
                 PlanStore::tr("The plan file “%1” holds things that are not part of an AnnualPlan plan (%2). Another "
                               "program has changed it, and what it added could change the plan whenever it is edited, "
                               "so it has not been opened. The file has not been changed. A clean copy keeps the plan's "
                               "own rows in a new file: choose “Make a clean copy”, or run "
                               "“annualplan clean-copy FILE -o NEW”.")
                     .arg(name, d.describe()));
        return false;
    }
    if (!d.missing.isEmpty()) {
        setStoreError(error, code, StoreError::Damaged,
                 PlanStore::tr("The plan file “%1” is damaged: parts of the plan are missing (%2). It has not been changed.")
                     .arg(name, d.describe()));
        return false;
    }
    return true;
}

} // namespace

QString PlanStore::nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

PlanStore::PlanStore()
    : d(std::make_unique<Impl>())
{
}

PlanStore::~PlanStore()
{
    // The check's connection and the store's first: closing the lock's descriptor drops every
    // fcntl lock of this process on the file, SQLite's included.
    d->alongside.reset();
    rows().close();
    d->unlock();
}

QString PlanStore::planUid() const
{
    return d->uid;
}

bool PlanStore::read(PlanData *plan, ReportLog *reports, QString *error)
{
    const bool ok = rows().readAll(plan, reports, error);
    if (!d->alongside)
        return ok;
    const bool sound = d->alongside->passed();
    d->alongside.reset();
    if (!sound) {
        if (error)
            *error = damagedMessage(nativeName(m_path));
        return false;
    }
    if (d->writableOnceChecked)
        rows().setReadOnly(false);
    return ok;
}

namespace {

bool integrityOk(const QString &path)
{
    TemporaryConnection connection(path, true);
    if (!connection.isOpen())
        return false;
    QSqlDatabase copy = connection.db();
    bool ok = false;
    return scalar(copy, QStringLiteral("PRAGMA integrity_check"), &ok).toString() == QLatin1String("ok") && ok;
}

} // namespace

bool PlanStore::probe(const QString &path, int *schemaVersion, QString *error, StoreError *code,
                      bool *contentChecked, bool fullCheck)
{
    bool schemaChecked = false;
    return probeFile(path, schemaVersion, error, code, contentChecked, &schemaChecked, fullCheck, true);
}

bool PlanStore::probeFile(const QString &path, int *schemaVersion, QString *error, StoreError *code,
                          bool *contentChecked, bool *schemaChecked, bool fullCheck, bool checkNow)
{
    if (contentChecked)
        *contentChecked = false;
    *schemaChecked = false;
    const QFileInfo fi(path);
    const QString name = nativeName(path);
    if (!fi.exists() && fi.isSymLink()) {
        setStoreError(error, code, StoreError::Missing,
                 tr("“%1” is a link that leads to no file (or round in a circle).").arg(name));
        return false;
    }
    if (!fi.exists()) {
        setStoreError(error, code, StoreError::Missing, tr("The file “%1” does not exist.").arg(name));
        return false;
    }
    if (!fi.isFile()) {
        setStoreError(error, code, StoreError::NotAFile, tr("“%1” is not a file.").arg(name));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setStoreError(error, code, StoreError::Unreadable,
                 tr("The file “%1” cannot be read: %2").arg(name, f.errorString()));
        return false;
    }
    qint64 size = f.size();
    Header h = parseHeader(f.read(100));
    f.close();
    // A writer in the middle of its commit changes the header and the file's size while they are
    // read: what looks cut short is read again once the commit is over.
    if (!looksWhole(h, size, quint32(kApplicationId)) && (journalExists(path) || writerIsActive(path)) && !hasHotJournal(path))
        readUnderSharedLock(path, &size, &h);
    if (!h.sqlite) {
        setStoreError(error, code, StoreError::NotOurs,
                 tr("“%1” is not an AnnualPlan plan file, or it is damaged. It has not been changed.").arg(name));
        return false;
    }
    if (h.applicationId != quint32(kApplicationId)) {
        setStoreError(error, code, StoreError::NotOurs,
                 tr("“%1” is a database of another program, not an AnnualPlan plan file. It has not been changed.")
                     .arg(name));
        return false;
    }
    const bool pageSizeOk = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    const bool sizeOk = !h.pageCountValid || hasHotJournal(path)
                        || qint64(h.pageCount) * qint64(h.pageSize) == size;
    if (!pageSizeOk || !sizeOk || size % qMax<qint64>(h.pageSize, 1) != 0) {
        setStoreError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is damaged (it may have been cut short). It has not been changed; "
                    "open a backup copy instead.").arg(name));
        return false;
    }
    if (h.userVersion > quint32(kSchemaVersion)) {
        setStoreError(error, code, StoreError::Newer,
                 tr("The plan file “%1” was written by a newer version of AnnualPlan (file format %2; this "
                    "version reads up to %3). Please update AnnualPlan. The file has not been changed.")
                     .arg(name)
                     .arg(h.userVersion)
                     .arg(kSchemaVersion));
        return false;
    }
    if (h.userVersion == 0) {
        setStoreError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is incomplete or damaged. It has not been changed.").arg(name));
        return false;
    }
    if (schemaVersion)
        *schemaVersion = int(h.userVersion);
    if (hasHotJournal(path))
        return true;  // content is checked after recovery, on a connection that may write

    bool good = false;
    {
        TemporaryConnection connection(path, true);
        if (connection.isOpen()) {
            QSqlDatabase db = connection.db();
            QString detail;
            good = !checkNow || ContentCheck::run(db, &detail, fullCheck);
            if (good && !schemaIsOurs(db, int(h.userVersion), name, error, code))
                return false;
            good = good && hasRequiredTables(db, int(h.userVersion));
        }
    }
    if (!good) {
        setStoreError(error, code, StoreError::Damaged,
                 damagedMessage(name));
        return false;
    }
    if (contentChecked)
        *contentChecked = checkNow;
    *schemaChecked = true;
    return true;
}

bool PlanStore::lockForEditing(const QString &name, QString *error, StoreError *code, LockOwner *owner)
{
    // The lock belongs to the file, not to the name it was opened by: a symbolic link's
    // lock file is the target's, and a hard link or bind mount meets the file lock below.
    const QString canonical = QFileInfo(m_path).canonicalFilePath();
    d->lock = std::make_unique<QLockFile>((canonical.isEmpty() ? m_path : canonical) + QStringLiteral(".lock"));
    // A lock is stale only when its process is gone, never because it is old.
    d->lock->setStaleLockTime(0);
    bool locked = d->lock->tryLock(0);
    if (!locked && d->lock->error() == QLockFile::LockFailedError
        && isOwnerlessLeftover(d->lock->fileName())) {
        d->lock->removeStaleLockFile();
        locked = d->lock->tryLock(0);
    }
    if (locked)
        fs::removeLeftoverParts(m_path);  // a killed writer's copies and outputs
    if (locked && !d->fileLock.tryLock(m_path)) {
        d->lock.reset();
        setStoreError(error, code, StoreError::Locked,
                 tr("The plan file “%1” is open in another AnnualPlan window or command under another "
                    "name (a link to the same file). You can open it read-only.").arg(name));
        return false;
    }
    const QFileInfo lockInfo(d->lock->fileName());
    if (!locked && lockInfo.exists() && !lockInfo.isFile()) {
        setStoreError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” cannot be locked for editing: “%2” is in the way, and it is not a lock "
                    "AnnualPlan made. Move it away, or open the plan read-only.")
                     .arg(name, lockInfo.fileName()));
        d->lock.reset();
        return false;
    }
    if (!locked) {
        LockOwner who;
        d->lock->getLockInfo(&who.pid, &who.host, &who.application);
        if (owner)
            *owner = who;
        if (d->lock->error() == QLockFile::LockFailedError && who.pid <= 0) {
            // Held, but its owner cannot be read (being written this very moment).
            setStoreError(error, code, StoreError::Locked,
                     tr("The plan file “%1” is open in another AnnualPlan window. You can open it read-only.")
                         .arg(name));
        } else if (d->lock->error() == QLockFile::LockFailedError) {
            setStoreError(error, code, StoreError::Locked,
                     tr("The plan file “%1” is open in another AnnualPlan window (computer “%2”, process %3). "
                        "You can open it read-only.")
                         .arg(name, who.host)
                         .arg(who.pid));
        } else {
            setStoreError(error, code, StoreError::Unreadable,
                     tr("The plan file “%1” cannot be locked for editing. You can open it read-only.").arg(name));
        }
        d->lock.reset();
        return false;
    }
    return true;
}

bool PlanStore::upgrade(int *version, const QString &name, QString *error, StoreError *code)
{
    QSqlDatabase db = rows().db();
    QString detail;
    const QFileInfo fi(m_path);
    const QString backup = fi.absoluteDir().filePath(
        fi.completeBaseName() + QStringLiteral(".v%1-backup.aplan").arg(*version));
    if (!QFileInfo::exists(backup) && !backupTo(backup, &detail)) {
        setStoreError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” needs an upgrade, but its backup copy could not be made: %2. "
                    "The file has not been changed.").arg(name, detail));
        return false;
    }
    if (!migrateFile(db, *version, kSchemaVersion, &detail)) {
        setStoreError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” could not be upgraded: %2. The file has not been changed.")
                     .arg(name, detail));
        return false;
    }
    *version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    return true;
}

void PlanStore::prepareToOpen()
{
    sqlite::SchemaCheck::prepare(kSchemaVersion);
}

std::unique_ptr<PlanStore> PlanStore::open(const QString &path, Mode mode, QString *error, StoreError *code,
                                           LockOwner *owner, ContentCheckTime checkTime)
{
    int version = 0;
    StoreError probeCode = StoreError::None;
    const QString name = nativeName(path);
    const bool writable = mode == Mode::ReadWrite && QFileInfo(path).exists() && fileIsWritable(path);
    const bool hot = QFileInfo(path).exists() && hasHotJournal(path);

    bool checked = false;
    bool schemaChecked = false;
    const bool alongside = checkTime == ContentCheckTime::AlongsideFirstRead;
    if (!probeFile(path, &version, error, &probeCode, &checked, &schemaChecked, writable, !alongside)) {
        if (code)
            *code = probeCode;
        return nullptr;
    }
    // A reader after a writer was killed: in a folder it may write to, the interrupted change is
    // rolled back as the next writer would, and the plan is read as it was before it.
    if (!writable && hot && !(fileIsWritable(path) && recoverHotJournal(path))) {
        setStoreError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” was not closed properly and needs recovery, but it cannot be written "
                    "here. Copy it to a folder you may write to and open it again.").arg(name));
        return nullptr;
    }

    std::unique_ptr<PlanStore> store(new PlanStore);
    store->m_path = QFileInfo(path).absoluteFilePath();

    if (writable && !store->lockForEditing(name, error, code, owner))
        return nullptr;

    const QString connection = newConnectionName();
    store->rows().attach(connection, !writable, version, SqlDialect::sqlite());
    QString detail;
    if (!openConnection(connection, store->m_path, !writable, &detail)) {
        setStoreError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” cannot be opened: %2").arg(name, detail));
        return nullptr;
    }
    QSqlDatabase db = store->rows().db();
    if (writable) {
        // Connection settings only; none of these writes to a file in rollback-journal mode.
        execAll(db,
                {QStringLiteral("PRAGMA busy_timeout = 3000"), QStringLiteral("PRAGMA foreign_keys = ON"),
                 QStringLiteral("PRAGMA synchronous = FULL")},
                nullptr);
    } else {
        execAll(db, {QStringLiteral("PRAGMA busy_timeout = 3000"), QStringLiteral("PRAGMA foreign_keys = ON")},
                nullptr);
    }
    // The probe checked the content already unless a journal had to be rolled back first or the
    // check goes alongside the first read (the checks read every page: twice would double the
    // time to open a large plan). A file to be upgraded is checked before it is written.
    const bool checkAlongside = !checked && alongside && schemaChecked && !(writable && version < kSchemaVersion);
    if (checkAlongside) {
        store->d->alongside = std::make_unique<ContentCheck>(store->m_path, writable);
    } else if (!checked && !ContentCheck::run(db, &detail, writable)) {
        setStoreError(error, code, StoreError::Damaged,
                 damagedMessage(name));
        return nullptr;
    }
    // After a rollback the header the probe read may have been a dead writer's: the version is
    // the recovered file's.
    if (!checked && !schemaChecked && !schemaIsOurs(db, scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), name, error, code))
        return nullptr;
    if (writable && scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() != QLatin1String("delete"))
        scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));

    // The version decides whether to upgrade: a failed read must not pass for version 0.
    bool versionRead = false;
    version = scalar(db, QStringLiteral("PRAGMA user_version"), &versionRead).toInt();
    if (!versionRead || version < 1) {
        setStoreError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” could not be read (the disk reported an error). It has not been changed.")
                     .arg(name));
        return nullptr;
    }
    // A read-only store shows an older file as it is; only a writable one is upgraded.
    if (writable && version < kSchemaVersion && !store->upgrade(&version, name, error, code))
        return nullptr;
    if (!hasRequiredTables(db, version)) {
        setStoreError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is damaged: parts of the plan are missing. It has not been changed.")
                     .arg(name));
        return nullptr;
    }
    // Nothing writes before the check alongside has passed (read() lifts this).
    store->rows().attach(connection, !writable || checkAlongside, version, SqlDialect::sqlite());
    store->d->writableOnceChecked = writable && checkAlongside;
    if (version >= 3)
        store->d->uid = scalar(db, QStringLiteral("SELECT uid FROM plan WHERE id = 1")).toString();
    return store;
}

QString PlanStore::integrityCheck(const QString &path)
{
    TemporaryConnection connection(path, true);
    if (!connection.isOpen())
        return connection.detail();
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

bool PlanStore::backupTo(const QString &target, QString *error) const
{
    QSqlDatabase db = rows().db();
    return fs::writeByName(QFileInfo(target).absoluteFilePath(), fs::OutputTarget::Kind::PlanCopy,
                           [&](const QString &part, QString *why) {
                               QSqlQuery q(db);
                               q.prepare(QStringLiteral("VACUUM INTO ?"));
                               q.addBindValue(part);
                               if (!q.exec()) {
                                   *why = SqlError::isDiskFull(q.lastError())  ? tr("the disk is full")
                                       : SqlError::isIoError(q.lastError()) ? tr("the disk reported a read or write error")
                                                                            : SqlError::describe(q.lastError());
                                   return false;
                               }
                               q.finish();
                               // The copy is checked on its own read-only connection before it may replace anything.
                               if (!integrityOk(part)) {
                                   *why = tr("the copy did not pass its integrity check");
                                   return false;
                               }
                               return true;
                           },
                           error, m_path);
}

} // namespace ap
