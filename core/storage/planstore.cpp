#include "planstore.h"

#include "schema.h"

#include "fs/atomicfile.h"
#include "fs/filelock.h"
#include "fs/outputtarget.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QUrl>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ap {

namespace {

QAtomicInteger<int> s_connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("annualplan-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

// SQLite result codes we translate into clearer words.
constexpr int kSqliteFull = 13;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;

bool isDiskFull(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteFull;
}

// QLockFile creates the lock file, then writes its owner into it. A process killed between the two
// (or a power cut before the owner reached the disk) leaves a lock file with no owner, which Qt never
// calls stale (our stale time is 0: age proves nothing). It is a leftover when its owner still cannot
// be read a moment later and no process holds the file lock QLockFile keeps on it while it lives.
bool isOwnerlessLeftover(const QString &lockPath)
{
    QLockFile reader(lockPath);
    qint64 pid = 0;
    QString host, application;
    if (reader.getLockInfo(&pid, &host, &application))
        return false;
    QThread::msleep(250);
    if (reader.getLockInfo(&pid, &host, &application))
        return false;
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    const bool unheld = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return unheld;
}

// SQLITE_IOERR and its extended codes: the disk (or the network share) failed a read or write.
bool isIoError(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteIoErr;
}

// What went wrong in words for the clerk: SQLite's own texts ("unable to open database file")
// are English and say nothing a clerk can act on.
QString describeSqlError(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return PlanStore::tr("the plan file could not be read or written");
    switch (code) {
    case kSqliteFull:
        return PlanStore::tr("the disk is full");
    case kSqliteIoErr:
        return PlanStore::tr("the disk reported a read or write error");
    case 3:   // SQLITE_PERM
    case 8:   // SQLITE_READONLY
    case 23:  // SQLITE_AUTH
        return PlanStore::tr("the file or its folder may not be written to (read-only, or no permission)");
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        return PlanStore::tr("another program kept the plan busy for too long; try again");
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return PlanStore::tr("the file is damaged");
    case 14:  // SQLITE_CANTOPEN
        return PlanStore::tr("the file cannot be opened (its folder may be missing or read-only)");
    default:
        return PlanStore::tr("the plan file could not be read or written (database error %1)").arg(code);
    }
}

QString ioErrorMessage()
{
    return PlanStore::tr("The disk reported a read or write error, so the change was not saved. Everything saved "
                         "before is kept; check the disk or network drive, or save a copy elsewhere.");
}

// Text columns are NOT NULL; a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

QVariant parentValue(Id parent)
{
    return parent == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(parent);
}

using fs::syncDirectoryOf;
using fs::syncFile;

// The 100-byte SQLite header, read with plain file I/O so that checking a file can never
// change it.
struct Header
{
    bool sqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Header parseHeader(const QByteArray &h)
{
    Header out;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (h.size() < 100 || !h.startsWith(magic))
        return out;
    out.sqlite = true;
    const auto *p = reinterpret_cast<const uchar *>(h.constData());
    out.pageSize = qFromBigEndian<quint16>(p + 16);
    if (out.pageSize == 1)
        out.pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(p + 24);
    out.pageCount = qFromBigEndian<quint32>(p + 28);
    const quint32 validFor = qFromBigEndian<quint32>(p + 92);
    out.pageCountValid = out.pageCount != 0 && changeCounter == validFor;
    out.userVersion = qFromBigEndian<quint32>(p + 60);
    out.applicationId = qFromBigEndian<quint32>(p + 68);
    return out;
}

// SQLite's lock bytes on a database file (os_unix.c): PENDING at 1 GiB, RESERVED the next byte.
constexpr off_t kReservedByte = 0x40000001;

// True while a connection, in any process, is writing to the file: it holds SQLite's RESERVED lock.
bool writerIsActive(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock l = {};
    l.l_type = F_WRLCK;
    l.l_whence = SEEK_SET;
    l.l_start = kReservedByte;
    l.l_len = 1;
    const bool held = ::fcntl(fd, F_OFD_GETLK, &l) == 0 && l.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

bool journalExists(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-journal"));
}

// A journal left by a writer that died in the middle of a change, by SQLite's own rule: it has
// content, its first byte is not zero, and no connection holds the RESERVED lock. The journal of a
// write in progress is not hot, and a reader must not take it for damage.
bool hasHotJournal(const QString &path)
{
    QFile j(path + QStringLiteral("-journal"));
    if (!j.open(QIODevice::ReadOnly) || j.size() == 0)
        return false;
    char first = 0;
    if (j.read(&first, 1) != 1 || first == 0)
        return false;
    return !writerIsActive(path);
}

bool fileIsWritable(const QString &path)
{
    return fs::mayWrite(path) && fs::mayWrite(QFileInfo(path).absolutePath());
}

void setError(QString *error, StoreError *code, StoreError c, const QString &text)
{
    if (error)
        *error = text;
    if (code)
        *code = c;
}

} // namespace

struct PlanStore::Impl
{
    QString connection;
    std::unique_ptr<QLockFile> lock;
    // The lock on the file itself, which every name of it reaches (links, bind mounts).
    fs::FileLock fileLock;
    QHash<QString, QSqlQuery> queries;
    int schemaVersion = 0;
    QString uid;  // the plan's own identity (schema 3); empty in an older file opened read-only
    bool inTransaction = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // Prepared statements are kept for the connection's lifetime: edits repeat the same few.
    QSqlQuery &query(const QString &sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            q.prepare(sql);
            it = queries.insert(sql, q);
        }
        return it.value();
    }

    void close()
    {
        queries.clear();
        if (!connection.isEmpty()) {
            {
                QSqlDatabase d = db();
                if (d.isOpen())
                    d.close();
            }
            QSqlDatabase::removeDatabase(connection);
            connection.clear();
        }
        // Only now: closing the lock's descriptor drops every fcntl lock of this process on
        // the file, SQLite's included.
        fileLock.unlock();
        if (lock) {
            lock->unlock();
            lock.reset();
        }
    }
};

namespace {

bool openConnection(const QString &name, const QString &path, bool readOnly, QString *detail);
QString newConnectionName();

// The header as an undamaged plan file has it, with a size that agrees.
bool looksWhole(const Header &h, qint64 size)
{
    const bool pageSizeOk = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    return h.sqlite && h.applicationId == quint32(kApplicationId) && pageSizeOk && h.userVersion != 0
           && size % qMax<qint64>(h.pageSize, 1) == 0
           && (!h.pageCountValid || qint64(h.pageCount) * qint64(h.pageSize) == size);
}

// Reads size and header again while holding SQLite's shared lock, which waits (busy timeout) for
// a writer's commit to end and keeps the next one out. The file is opened before SQLite's
// connection and closed after it, since closing a descriptor drops the process's fcntl locks.
void readUnderSharedLock(const QString &path, qint64 *size, Header *h)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QString conn = newConnectionName();
    {
        QString detail;
        if (openConnection(conn, path, true, &detail)) {
            QSqlDatabase db = QSqlDatabase::database(conn, false);
            if (db.transaction()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()) {
                    *size = f.size();
                    f.seek(0);
                    *h = parseHeader(f.read(100));
                }
                q.finish();
                db.rollback();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
}

// Rolls back the journal a dead writer left, on a connection of its own, so that a reader can
// read the plan as it was before the interrupted change. True when no hot journal is left.
bool recoverHotJournal(const QString &path)
{
    const QString conn = newConnectionName();
    {
        QString detail;
        if (openConnection(conn, path, false, &detail)) {
            QSqlDatabase db = QSqlDatabase::database(conn, false);
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return !hasHotJournal(path);
}

// Opens a raw connection; readOnly uses SQLITE_OPEN_READONLY so the file cannot be written.
// A file in write-ahead-log mode (ours are not, but another tool may have switched one) whose
// log is not there: SQLite would create "-wal" and "-shm" beside it even to read.
bool isWalWithoutLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(20);
    return h.size() == 20 && h.at(18) == 2 && h.at(19) == 2 && !QFileInfo::exists(path + QStringLiteral("-wal"));
}

bool openConnection(const QString &name, const QString &path, bool readOnly, QString *detail)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // Every connection waits for another's write to finish instead of failing at once: a
    // reader during a writer's commit must see a busy file as busy, never as damaged.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly && isWalWithoutLog(path)) {
        // Read as the unchanging file it is, without the log files.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(path);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        if (detail)
            *detail = describeSqlError(db.lastError());
        return false;
    }
    return true;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *detail)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            if (detail)
                *detail = describeSqlError(q.lastError());
            return false;
        }
    }
    return true;
}

QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool good = q.exec(sql) && q.next();
    if (ok)
        *ok = good;
    return good ? q.value(0) : QVariant();
}

// Quick structural check plus our id and tables; the connection may be read-only.
bool checkContent(QSqlDatabase &db, QString *detail, bool full)
{
    bool ok = false;
    const QVariant result = scalar(db, full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"), &ok);
    if (!ok || result.toString() != QLatin1String("ok")) {
        if (detail)
            *detail = ok ? result.toString() : describeSqlError(db.lastError());
        return false;
    }
    if (scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong() != kApplicationId)
        return false;
    return true;
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

bool migrate(QSqlDatabase &db, int fromVersion, QString *detail)
{
    for (const schema::Migration &m : schema::migrations()) {
        if (m.toVersion <= fromVersion)
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (detail)
                *detail = describeSqlError(q.lastError());
            return false;
        }
        QStringList statements = m.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion);
        if (!execAll(db, statements, detail) || !q.exec(QStringLiteral("COMMIT"))) {
            if (detail && detail->isEmpty())
                *detail = describeSqlError(q.lastError());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

} // namespace

PlanStore::PlanStore()
    : d(std::make_unique<Impl>())
{
}

PlanStore::~PlanStore()
{
    d->close();
}

int PlanStore::schemaVersion() const
{
    return d->schemaVersion;
}

QString PlanStore::planUid() const
{
    return d->uid;
}

bool PlanStore::probe(const QString &path, int *schemaVersion, QString *error, StoreError *code,
                      bool *contentChecked, bool fullCheck)
{
    if (contentChecked)
        *contentChecked = false;
    const QFileInfo fi(path);
    const QString name = nativeName(path);
    if (!fi.exists() && fi.isSymLink()) {
        setError(error, code, StoreError::Missing,
                 tr("“%1” is a link that leads to no file (or round in a circle).").arg(name));
        return false;
    }
    if (!fi.exists()) {
        setError(error, code, StoreError::Missing, tr("The file “%1” does not exist.").arg(name));
        return false;
    }
    if (!fi.isFile()) {
        setError(error, code, StoreError::NotAFile, tr("“%1” is not a file.").arg(name));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, code, StoreError::Unreadable,
                 tr("The file “%1” cannot be read: %2").arg(name, f.errorString()));
        return false;
    }
    qint64 size = f.size();
    Header h = parseHeader(f.read(100));
    f.close();
    // A writer in the middle of its commit changes the header and the file's size while they are
    // read: what looks cut short is read again once the commit is over.
    if (!looksWhole(h, size) && (journalExists(path) || writerIsActive(path)) && !hasHotJournal(path))
        readUnderSharedLock(path, &size, &h);
    if (!h.sqlite) {
        setError(error, code, StoreError::NotOurs,
                 tr("“%1” is not an AnnualPlan plan file, or it is damaged. It has not been changed.").arg(name));
        return false;
    }
    if (h.applicationId != quint32(kApplicationId)) {
        setError(error, code, StoreError::NotOurs,
                 tr("“%1” is a database of another program, not an AnnualPlan plan file. It has not been changed.")
                     .arg(name));
        return false;
    }
    const bool pageSizeOk = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    const bool sizeOk = !h.pageCountValid || hasHotJournal(path)
                        || qint64(h.pageCount) * qint64(h.pageSize) == size;
    if (!pageSizeOk || !sizeOk || size % qMax<qint64>(h.pageSize, 1) != 0) {
        setError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is damaged (it may have been cut short). It has not been changed; "
                    "open a backup copy instead.").arg(name));
        return false;
    }
    if (h.userVersion > quint32(kSchemaVersion)) {
        setError(error, code, StoreError::Newer,
                 tr("The plan file “%1” was written by a newer version of AnnualPlan (file format %2; this "
                    "version reads up to %3). Please update AnnualPlan. The file has not been changed.")
                     .arg(name)
                     .arg(h.userVersion)
                     .arg(kSchemaVersion));
        return false;
    }
    if (h.userVersion == 0) {
        setError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is incomplete or damaged. It has not been changed.").arg(name));
        return false;
    }
    if (schemaVersion)
        *schemaVersion = int(h.userVersion);
    if (hasHotJournal(path))
        return true;  // content is checked after recovery, on a connection that may write

    const QString conn = newConnectionName();
    bool good = false;
    QString detail;
    {
        if (openConnection(conn, path, true, &detail)) {
            QSqlDatabase db = QSqlDatabase::database(conn, false);
            good = checkContent(db, &detail, fullCheck) && hasRequiredTables(db, int(h.userVersion));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!good) {
        setError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is damaged. It has not been changed; open a backup copy instead.").arg(name));
        return false;
    }
    if (contentChecked)
        *contentChecked = true;
    return true;
}

std::unique_ptr<PlanStore> PlanStore::open(const QString &path, Mode mode, QString *error, StoreError *code,
                                           LockOwner *owner)
{
    int version = 0;
    StoreError probeCode = StoreError::None;
    const QString name = nativeName(path);
    const bool writable = mode == Mode::ReadWrite && QFileInfo(path).exists() && fileIsWritable(path);
    const bool hot = QFileInfo(path).exists() && hasHotJournal(path);

    bool checked = false;
    if (!probe(path, &version, error, &probeCode, &checked, writable)) {
        if (code)
            *code = probeCode;
        return nullptr;
    }
    // A reader after a writer was killed: in a folder it may write to, the interrupted change is
    // rolled back as the next writer would, and the plan is read as it was before it.
    if (!writable && hot && !(fileIsWritable(path) && recoverHotJournal(path))) {
        setError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” was not closed properly and needs recovery, but it cannot be written "
                    "here. Copy it to a folder you may write to and open it again.").arg(name));
        return nullptr;
    }

    std::unique_ptr<PlanStore> store(new PlanStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_readOnly = !writable;

    if (writable) {
        // The lock belongs to the file, not to the name it was opened by: a symbolic link's
        // lock file is the target's, and a hard link or bind mount meets the file lock below.
        const QString canonical = QFileInfo(path).canonicalFilePath();
        store->d->lock = std::make_unique<QLockFile>((canonical.isEmpty() ? store->m_path : canonical)
                                                     + QStringLiteral(".lock"));
        // A lock is stale only when its process is gone, never because it is old.
        store->d->lock->setStaleLockTime(0);
        bool locked = store->d->lock->tryLock(0);
        if (!locked && store->d->lock->error() == QLockFile::LockFailedError
            && isOwnerlessLeftover(store->d->lock->fileName())) {
            store->d->lock->removeStaleLockFile();
            locked = store->d->lock->tryLock(0);
        }
        if (locked)
            fs::removeLeftoverParts(store->m_path);  // a killed writer's copies and outputs
        if (locked && !store->d->fileLock.tryLock(store->m_path)) {
            store->d->lock.reset();
            setError(error, code, StoreError::Locked,
                     tr("The plan file “%1” is open in another AnnualPlan window or command under another "
                        "name (a link to the same file). You can open it read-only.").arg(name));
            return nullptr;
        }
        const QFileInfo lockInfo(store->d->lock->fileName());
        if (!locked && lockInfo.exists() && !lockInfo.isFile()) {
            setError(error, code, StoreError::Unreadable,
                     tr("The plan file “%1” cannot be locked for editing: “%2” is in the way, and it is not a lock "
                        "AnnualPlan made. Move it away, or open the plan read-only.")
                         .arg(name, lockInfo.fileName()));
            store->d->lock.reset();
            return nullptr;
        }
        if (!locked) {
            LockOwner who;
            store->d->lock->getLockInfo(&who.pid, &who.host, &who.application);
            if (owner)
                *owner = who;
            if (store->d->lock->error() == QLockFile::LockFailedError && who.pid <= 0) {
                // Held, but its owner cannot be read (being written this very moment).
                setError(error, code, StoreError::Locked,
                         tr("The plan file “%1” is open in another AnnualPlan window. You can open it read-only.")
                             .arg(name));
            } else if (store->d->lock->error() == QLockFile::LockFailedError) {
                setError(error, code, StoreError::Locked,
                         tr("The plan file “%1” is open in another AnnualPlan window (computer “%2”, process %3). "
                            "You can open it read-only.")
                             .arg(name, who.host)
                             .arg(who.pid));
            } else {
                setError(error, code, StoreError::Unreadable,
                         tr("The plan file “%1” cannot be locked for editing. You can open it read-only.").arg(name));
            }
            store->d->lock.reset();
            return nullptr;
        }
    }

    store->d->connection = newConnectionName();
    QString detail;
    if (!openConnection(store->d->connection, store->m_path, !writable, &detail)) {
        setError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” cannot be opened: %2").arg(name, detail));
        return nullptr;
    }
    QSqlDatabase db = store->d->db();
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
    // The probe checked the content already unless a journal had to be rolled back first (the
    // checks read every page: twice would double the time to open a large plan).
    if (!checked && !checkContent(db, &detail, writable)) {
        setError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is damaged. It has not been changed; open a backup copy instead.").arg(name));
        return nullptr;
    }
    if (writable && scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() != QLatin1String("delete"))
        scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));

    // The version decides whether to upgrade: a failed read must not pass for version 0.
    bool versionRead = false;
    version = scalar(db, QStringLiteral("PRAGMA user_version"), &versionRead).toInt();
    if (!versionRead || version < 1) {
        setError(error, code, StoreError::Unreadable,
                 tr("The plan file “%1” could not be read (the disk reported an error). It has not been changed.")
                     .arg(name));
        return nullptr;
    }
    // A read-only store shows an older file as it is; only a writable one is upgraded.
    if (writable && version < kSchemaVersion) {
        const QFileInfo fi(store->m_path);
        const QString backup = fi.absoluteDir().filePath(
            fi.completeBaseName() + QStringLiteral(".v%1-backup.aplan").arg(version));
        if (!QFileInfo::exists(backup) && !store->backupTo(backup, &detail)) {
            setError(error, code, StoreError::WriteFailed,
                     tr("The plan file “%1” needs an upgrade, but its backup copy could not be made: %2. "
                        "The file has not been changed.").arg(name, detail));
            return nullptr;
        }
        if (!migrate(db, version, &detail)) {
            setError(error, code, StoreError::WriteFailed,
                     tr("The plan file “%1” could not be upgraded: %2. The file has not been changed.")
                         .arg(name, detail));
            return nullptr;
        }
        version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    }
    if (!hasRequiredTables(db, version)) {
        setError(error, code, StoreError::Damaged,
                 tr("The plan file “%1” is damaged: parts of the plan are missing. It has not been changed.")
                     .arg(name));
        return nullptr;
    }
    store->d->schemaVersion = version;
    if (version >= 3)
        store->d->uid = scalar(db, QStringLiteral("SELECT uid FROM plan WHERE id = 1")).toString();
    return store;
}

std::unique_ptr<PlanStore> PlanStore::create(const QString &path, const PlanInfo &info, QString *error,
                                             StoreError *code, const PlanData *content)
{
    const QFileInfo fi(path);
    const QString name = nativeName(path);
    if (fi.exists() || fi.isSymLink()) {
        setError(error, code, StoreError::WriteFailed,
                 tr("“%1” already exists. Choose another name.").arg(name));
        return nullptr;
    }
    // A journal left under the new name would be played into the new plan when it is opened.
    if (QFileInfo::exists(fi.absoluteFilePath() + QStringLiteral("-journal"))) {
        setError(error, code, StoreError::WriteFailed,
                 tr("“%1” cannot be created: the journal of an interrupted change of an earlier file of that name "
                    "is beside it. Choose another name.").arg(name));
        return nullptr;
    }
    // Asked first, so the clerk hears why in words of the program's own, not SQLite's.
    const QFileInfo folder(fi.absolutePath());
    if (!folder.isDir()) {
        setError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” cannot be created: its folder “%2” does not exist.")
                     .arg(name, QDir::toNativeSeparators(folder.absoluteFilePath())));
        return nullptr;
    }
    if (!fs::mayWrite(folder.absoluteFilePath())) {
        setError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” cannot be created: the folder “%2” may not be written to (it is read-only, "
                    "or you have no permission there).").arg(name, QDir::toNativeSeparators(folder.absoluteFilePath())));
        return nullptr;
    }
    fs::removeLeftoverParts(fi.absoluteFilePath());
    const QString temp = fi.absoluteFilePath() + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    QString detail;
    bool ok = false;
    const QString conn = newConnectionName();
    {
        if (openConnection(conn, temp, false, &detail)) {
            QSqlDatabase db = QSqlDatabase::database(conn, false);
            ok = execAll(db,
                         {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA synchronous = FULL"),
                          QStringLiteral("PRAGMA foreign_keys = ON"),
                          QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)},
                         &detail)
                 && migrate(db, 0, &detail);
            if (ok) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO plan (id, year, title, organisation, document_date, cadence, "
                                         "warn_days, behind_points, uid) "
                                         "VALUES (1, ?, ?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))))"));
                q.addBindValue(info.year);
                q.addBindValue(text(info.title));
                q.addBindValue(text(info.organisation));
                q.addBindValue(dateValue(info.documentDate));
                q.addBindValue(cadenceKey(info.cadence));
                q.addBindValue(info.warnDays);
                q.addBindValue(info.behindPoints);
                ok = q.exec();
                if (!ok) {
                    detail = describeSqlError(q.lastError());
                    if (isDiskFull(q.lastError()) && code)
                        *code = StoreError::DiskFull;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (ok && content) {
        PlanStore filler;
        filler.m_path = temp;
        filler.d->connection = newConnectionName();
        ok = openConnection(filler.d->connection, temp, false, &detail);
        if (ok) {
            QSqlDatabase db = filler.d->db();
            execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")},
                    nullptr);
            Transaction tx(filler);
            ok = tx.isActive() && filler.writeContent(*content) && tx.commit(&detail);
            if (!ok) {
                detail = filler.lastError();
                if (code && filler.lastErrorCode() == StoreError::DiskFull)
                    *code = StoreError::DiskFull;
            }
        }
        filler.d->close();
    }
    ok = ok && syncFile(temp) && QFile::rename(temp, fi.absoluteFilePath());
    if (!ok) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        setError(error, code, StoreError::WriteFailed,
                 tr("The plan file “%1” could not be created: %2").arg(name, detail.isEmpty() ? tr("write failed") : detail));
        return nullptr;
    }
    syncDirectoryOf(fi.absoluteFilePath());
    return open(fi.absoluteFilePath(), Mode::ReadWrite, error, code);
}

QString PlanStore::integrityCheck(const QString &path)
{
    QString result;
    const QString conn = newConnectionName();
    {
        QString detail;
        if (openConnection(conn, path, true, &detail)) {
            QSqlDatabase db = QSqlDatabase::database(conn, false);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                result = lines.join(QLatin1Char('\n'));
            } else {
                result = q.lastError().text();
            }
            q.finish();
            db.close();
        } else {
            result = detail;
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return result;
}

bool PlanStore::load(PlanData *out, QString *error)
{
    QSqlDatabase db = d->db();
    PlanData data;
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = tr("The plan could not be read: %1").arg(describeSqlError(q.lastError()));
        return false;
    };

    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A version 1 file opened read-only (it cannot be upgraded) has no warning settings yet.
    const bool v2 = schemaVersion() >= 2;
    if (!q.exec(v2 ? QStringLiteral("SELECT year, title, organisation, document_date, cadence, warn_days, behind_points "
                                    "FROM plan WHERE id = 1")
                   : QStringLiteral("SELECT year, title, organisation, document_date, cadence FROM plan WHERE id = 1"))
        || !q.next())
        return fail(q);
    if (v2) {
        data.info.warnDays = q.value(5).toInt();
        data.info.behindPoints = q.value(6).toDouble();
    }
    data.info.year = q.value(0).toInt();
    data.info.title = q.value(1).toString();
    data.info.organisation = q.value(2).toString();
    data.info.documentDate = dateFrom(q.value(3));
    data.info.cadence = cadenceFromKey(q.value(4).toString()).value_or(Cadence::Quarterly);

    if (!q.exec(QStringLiteral("SELECT id, name, short_name, position FROM department ORDER BY position, id")))
        return fail(q);
    while (q.next())
        data.departments.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 int(data.departments.size())});

    if (!q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), title FROM section "
                               "ORDER BY coalesce(parent_id, 0), position, id")))
        return fail(q);
    while (q.next()) {
        Section s{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
        data.sections.insert(s.id, s);
        data.childSections[s.parentId].append(s.id);
    }

    if (!q.exec(QStringLiteral("SELECT id, section_id, title, description, start_date, deadline, notes FROM task "
                               "ORDER BY section_id, position, id")))
        return fail(q);
    while (q.next()) {
        Task t;
        t.id = q.value(0).toLongLong();
        const Id section = q.value(1).toLongLong();
        t.title = q.value(2).toString();
        t.description = q.value(3).toString();
        t.start = dateFrom(q.value(4));
        t.deadline = dateFrom(q.value(5));
        t.notes = q.value(6).toString();
        data.tasks.insert(t.id, t);
        data.sectionTasks[section].append(t.id);
        data.taskSection.insert(t.id, section);
    }

    if (!q.exec(QStringLiteral("SELECT id, task_id, indicator, op, value, unit, baseline, baseline_year, due_date "
                               "FROM target ORDER BY task_id, position, id")))
        return fail(q);
    while (q.next()) {
        Target t;
        t.id = q.value(0).toLongLong();
        const Id task = q.value(1).toLongLong();
        t.indicator = q.value(2).toString();
        t.op = opFromSymbol(q.value(3).toString()).value_or(TargetOp::AtLeast);
        if (!q.value(4).isNull())
            t.value = q.value(4).toDouble();
        t.unit = q.value(5).toString();
        if (!q.value(6).isNull())
            t.baseline = q.value(6).toDouble();
        if (!q.value(7).isNull())
            t.baselineYear = q.value(7).toInt();
        t.due = dateFrom(q.value(8));
        auto it = data.tasks.find(task);
        if (it != data.tasks.end())
            it->targets.append(t);
    }

    if (!q.exec(QStringLiteral("SELECT task_id, department_id, role FROM task_department ORDER BY task_id, position")))
        return fail(q);
    while (q.next()) {
        auto it = data.tasks.find(q.value(0).toLongLong());
        if (it != data.tasks.end())
            it->assignments.append({q.value(1).toLongLong(), q.value(2).toString() == QLatin1String("support")
                                                                 ? DepartmentRole::Support
                                                                 : DepartmentRole::Lead});
    }
    *out = std::move(data);
    return true;
}

bool PlanStore::backupTo(const QString &target, QString *error) const
{
    const QFileInfo fi(target);
    const QString temp = fs::beginPart(target);
    QFile::remove(temp);
    QSqlDatabase db = d->db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    auto fail = [&](const QString &why) {
        QFile::remove(temp);
        if (error)
            *error = why;
        return false;
    };
    if (!q.exec())
        return fail(isDiskFull(q.lastError())  ? tr("the disk is full")
                    : isIoError(q.lastError()) ? tr("the disk reported a read or write error")
                                               : describeSqlError(q.lastError()));
    q.finish();

    // Verify the copy on its own read-only connection before it may replace anything.
    bool good = false;
    const QString conn = newConnectionName();
    {
        QString detail;
        if (openConnection(conn, temp, true, &detail)) {
            QSqlDatabase copy = QSqlDatabase::database(conn, false);
            bool ok = false;
            good = scalar(copy, QStringLiteral("PRAGMA integrity_check"), &ok).toString() == QLatin1String("ok")
                   && ok;
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!good)
        return fail(tr("the copy did not pass its integrity check"));
    QString why;
    if (!fs::commitPart(temp, fi.absoluteFilePath(), fs::OutputTarget::Kind::PlanCopy, &why, m_path))
        return fail(why);
    return true;
}

// ---- transactions -------------------------------------------------------------------------

PlanStore::Transaction::Transaction(PlanStore &store)
    : m_store(store)
{
    if (store.m_readOnly) {
        store.m_lastCode = StoreError::ReadOnly;
        store.m_lastError = tr("The plan is open read-only; changes cannot be saved.");
        return;
    }
    QSqlQuery &q = store.d->query(QStringLiteral("BEGIN IMMEDIATE"));
    if (!q.exec()) {
        store.m_lastCode = StoreError::WriteFailed;
        store.m_lastError = tr("The change could not be saved: %1").arg(describeSqlError(q.lastError()));
        return;
    }
    store.d->inTransaction = true;
    m_active = true;
}

PlanStore::Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery &q = m_store.d->query(QStringLiteral("ROLLBACK"));
        q.exec();
        m_store.d->inTransaction = false;
    }
}

bool PlanStore::Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_store.m_lastError;
        return false;
    }
    QSqlQuery &q = m_store.d->query(QStringLiteral("COMMIT"));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        m_store.m_lastCode = isDiskFull(e) ? StoreError::DiskFull : StoreError::WriteFailed;
        m_store.m_lastError = isDiskFull(e)  ? tr("The disk is full. The change was not saved.")
                            : isIoError(e) ? ioErrorMessage()
                                           : tr("The change could not be saved: %1").arg(e.text());
        if (error)
            *error = m_store.m_lastError;
        return false;  // the destructor rolls back
    }
    m_active = false;
    m_store.d->inTransaction = false;
    return true;
}

// ---- write steps ---------------------------------------------------------------------------

namespace {

bool run(PlanStore *store, QSqlQuery &q, QString *lastError, StoreError *lastCode)
{
    Q_UNUSED(store);
    if (q.exec())
        return true;
    const QSqlError e = q.lastError();
    bool ok = false;
    const int native = e.nativeErrorCode().toInt(&ok);
    if (isDiskFull(e)) {
        *lastCode = StoreError::DiskFull;
        *lastError = PlanStore::tr("The disk is full. The change was not saved.");
    } else if (isIoError(e)) {
        *lastCode = StoreError::WriteFailed;
        *lastError = ioErrorMessage();
    } else if (ok && (native & 0xff) == kSqliteReadOnly) {
        *lastCode = StoreError::ReadOnly;
        *lastError = PlanStore::tr("The plan file cannot be written. The change was not saved.");
    } else {
        *lastCode = StoreError::WriteFailed;
        *lastError = PlanStore::tr("The change could not be saved: %1").arg(e.text());
    }
    return false;
}

} // namespace

#define AP_RUN(q) run(this, (q), &m_lastError, &m_lastCode)

bool PlanStore::writePlanInfo(const PlanInfo &info)
{
    QSqlQuery &q = d->query(QStringLiteral(
        "UPDATE plan SET year = ?, title = ?, organisation = ?, document_date = ?, cadence = ?, warn_days = ?, "
        "behind_points = ? WHERE id = 1"));
    q.addBindValue(info.year);
    q.addBindValue(text(info.title));
    q.addBindValue(text(info.organisation));
    q.addBindValue(dateValue(info.documentDate));
    q.addBindValue(cadenceKey(info.cadence));
    q.addBindValue(info.warnDays);
    q.addBindValue(info.behindPoints);
    return AP_RUN(q);
}

// Sections, tasks and departments are ordered lists: positions 0..n-1 within a group (a
// section's parent, a task's section; departments form one list). These steps keep them dense.
namespace {
struct ListSql
{
    QString table;
    QString group;  // empty: the table is one list
    QString what;   // for the message when a row has gone
};

ListSql listSql(int list)
{
    switch (list) {
    case 0: return {QStringLiteral("section"), QStringLiteral("parent_id"), PlanStore::tr("the section")};
    case 1: return {QStringLiteral("task"), QStringLiteral("section_id"), PlanStore::tr("the task")};
    default: return {QStringLiteral("department"), QString(), PlanStore::tr("the department")};
    }
}

QString groupClause(const ListSql &l)
{
    return l.group.isEmpty() ? QStringLiteral("1") : l.group + QStringLiteral(" IS ?");
}
} // namespace

bool PlanStore::findPlace(List list, Id id, QVariant *group, int *row)
{
    const ListSql l = listSql(int(list));
    QSqlQuery &q = d->query(QStringLiteral("SELECT %1, position FROM %2 WHERE id = ?")
                                .arg(l.group.isEmpty() ? QStringLiteral("NULL") : l.group, l.table));
    q.addBindValue(id);
    if (!AP_RUN(q) || !q.next()) {
        m_lastCode = StoreError::WriteFailed;
        m_lastError = tr("The change could not be saved: %1 no longer exists.").arg(l.what);
        return false;
    }
    *group = q.value(0);
    *row = q.value(1).toInt();
    q.finish();
    return true;
}

bool PlanStore::openGap(List list, const QVariant &group, int row, Id except)
{
    const ListSql l = listSql(int(list));
    QSqlQuery &q = d->query(QStringLiteral("UPDATE %1 SET position = position + 1 WHERE %2 AND position >= ? AND id <> ?")
                                .arg(l.table, groupClause(l)));
    if (!l.group.isEmpty())
        q.addBindValue(group);
    q.addBindValue(row);
    q.addBindValue(except);
    return AP_RUN(q);
}

bool PlanStore::closeGap(List list, const QVariant &group, int row)
{
    const ListSql l = listSql(int(list));
    QSqlQuery &q = d->query(QStringLiteral("UPDATE %1 SET position = position - 1 WHERE %2 AND position > ?")
                                .arg(l.table, groupClause(l)));
    if (!l.group.isEmpty())
        q.addBindValue(group);
    q.addBindValue(row);
    return AP_RUN(q);
}

bool PlanStore::removeFromList(List list, Id id)
{
    QVariant group;
    int row = 0;
    if (!findPlace(list, id, &group, &row))
        return false;
    QSqlQuery &del = d->query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(listSql(int(list)).table));
    del.addBindValue(id);
    return AP_RUN(del) && closeGap(list, group, row);
}

bool PlanStore::moveInList(List list, Id id, const QVariant &newGroup, int newRow)
{
    QVariant oldGroup;
    int oldRow = 0;
    if (!findPlace(list, id, &oldGroup, &oldRow) || !closeGap(list, oldGroup, oldRow)
        || !openGap(list, newGroup, newRow, id))
        return false;
    const ListSql l = listSql(int(list));
    QSqlQuery &place = d->query(
        l.group.isEmpty() ? QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(l.table)
                          : QStringLiteral("UPDATE %1 SET %2 = ?, position = ? WHERE id = ?").arg(l.table, l.group));
    if (!l.group.isEmpty())
        place.addBindValue(newGroup);
    place.addBindValue(newRow);
    place.addBindValue(id);
    return AP_RUN(place);
}

bool PlanStore::insertSection(Section &section, int row)
{
    if (!openGap(List::Sections, parentValue(section.parentId), row, 0))
        return false;
    QSqlQuery &q = d->query(QStringLiteral(
        "INSERT INTO section (id, parent_id, position, title) VALUES (?, ?, ?, ?)"));
    q.addBindValue(section.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(section.id));
    q.addBindValue(parentValue(section.parentId));
    q.addBindValue(row);
    q.addBindValue(text(section.title));
    if (!AP_RUN(q))
        return false;
    if (section.id == 0)
        section.id = q.lastInsertId().toLongLong();
    return true;
}

bool PlanStore::deleteSection(Id id)
{
    return removeFromList(List::Sections, id);
}

bool PlanStore::moveSection(Id id, Id newParent, int newRow)
{
    return moveInList(List::Sections, id, parentValue(newParent), newRow);
}

bool PlanStore::renameSection(Id id, const QString &title)
{
    QSqlQuery &q = d->query(QStringLiteral("UPDATE section SET title = ? WHERE id = ?"));
    q.addBindValue(text(title));
    q.addBindValue(id);
    return AP_RUN(q);
}

namespace {
const QString kTargetUpsert = QStringLiteral(
    "INSERT INTO target (id, task_id, position, indicator, op, value, unit, baseline, baseline_year, due_date) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET task_id = excluded.task_id, position = excluded.position, "
    "indicator = excluded.indicator, op = excluded.op, value = excluded.value, unit = excluded.unit, "
    "baseline = excluded.baseline, baseline_year = excluded.baseline_year, due_date = excluded.due_date");
}

bool PlanStore::insertTask(Task &task, Id sectionId, int row)
{
    if (!openGap(List::Tasks, sectionId, row, 0))
        return false;
    QSqlQuery &q = d->query(QStringLiteral(
        "INSERT INTO task (id, section_id, position, title, description, start_date, deadline, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(task.id));
    q.addBindValue(sectionId);
    q.addBindValue(row);
    q.addBindValue(text(task.title));
    q.addBindValue(text(task.description));
    q.addBindValue(dateValue(task.start));
    q.addBindValue(dateValue(task.deadline));
    q.addBindValue(text(task.notes));
    if (!AP_RUN(q))
        return false;
    if (task.id == 0)
        task.id = q.lastInsertId().toLongLong();
    return writeTaskParts(task, true);
}

bool PlanStore::updateTask(Task &task)
{
    QSqlQuery &q = d->query(QStringLiteral(
        "UPDATE task SET title = ?, description = ?, start_date = ?, deadline = ?, notes = ? WHERE id = ?"));
    q.addBindValue(text(task.title));
    q.addBindValue(text(task.description));
    q.addBindValue(dateValue(task.start));
    q.addBindValue(dateValue(task.deadline));
    q.addBindValue(text(task.notes));
    q.addBindValue(task.id);
    if (!AP_RUN(q))
        return false;

    return writeTaskParts(task, false);
}

bool PlanStore::writeTaskParts(Task &task, bool fresh)
{
    // Targets keep their ids (progress check-ins point at them): delete the ones that are gone,
    // upsert the rest.
    if (!fresh) {
        QSet<Id> keep;
        for (const Target &t : task.targets)
            keep.insert(t.id);
        QSqlQuery &existing = d->query(QStringLiteral("SELECT id FROM target WHERE task_id = ?"));
        existing.addBindValue(task.id);
        if (!AP_RUN(existing))
            return false;
        QList<Id> gone;
        while (existing.next())
            if (!keep.contains(existing.value(0).toLongLong()))
                gone.append(existing.value(0).toLongLong());
        existing.finish();
        for (const Id id : std::as_const(gone)) {
            QSqlQuery &del = d->query(QStringLiteral("DELETE FROM target WHERE id = ?"));
            del.addBindValue(id);
            if (!AP_RUN(del))
                return false;
        }
    }
    for (int i = 0; i < task.targets.size(); ++i) {
        Target &t = task.targets[i];
        QSqlQuery &u = d->query(kTargetUpsert);
        u.addBindValue(t.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(t.id));
        u.addBindValue(task.id);
        u.addBindValue(i);
        u.addBindValue(text(t.indicator));
        u.addBindValue(opSymbol(t.op));
        u.addBindValue(optionalDouble(t.value));
        u.addBindValue(text(t.unit));
        u.addBindValue(optionalDouble(t.baseline));
        u.addBindValue(optionalInt(t.baselineYear));
        u.addBindValue(dateValue(t.due));
        if (!AP_RUN(u))
            return false;
        if (t.id == 0)
            t.id = u.lastInsertId().toLongLong();
    }

    if (!fresh) {
        QSqlQuery &clear = d->query(QStringLiteral("DELETE FROM task_department WHERE task_id = ?"));
        clear.addBindValue(task.id);
        if (!AP_RUN(clear))
            return false;
    }
    for (int i = 0; i < task.assignments.size(); ++i) {
        const Assignment &a = task.assignments.at(i);
        QSqlQuery &ins = d->query(QStringLiteral(
            "INSERT INTO task_department (task_id, department_id, role, position) VALUES (?, ?, ?, ?)"));
        ins.addBindValue(task.id);
        ins.addBindValue(a.departmentId);
        ins.addBindValue(a.role == DepartmentRole::Support ? QStringLiteral("support") : QStringLiteral("lead"));
        ins.addBindValue(i);
        if (!AP_RUN(ins))
            return false;
    }
    return true;
}

bool PlanStore::deleteTask(Id id)
{
    return removeFromList(List::Tasks, id);
}

bool PlanStore::moveTask(Id id, Id newSection, int newRow)
{
    return moveInList(List::Tasks, id, newSection, newRow);
}

bool PlanStore::insertDepartment(Department &dept, int row)
{
    if (!openGap(List::Departments, QVariant(), row, 0))
        return false;
    QSqlQuery &q = d->query(QStringLiteral(
        "INSERT INTO department (id, name, short_name, position) VALUES (?, ?, ?, ?)"));
    q.addBindValue(dept.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(dept.id));
    q.addBindValue(text(dept.name));
    q.addBindValue(text(dept.shortName));
    q.addBindValue(row);
    if (!AP_RUN(q))
        return false;
    if (dept.id == 0)
        dept.id = q.lastInsertId().toLongLong();
    dept.position = row;
    return true;
}

bool PlanStore::deleteDepartment(Id id)
{
    return removeFromList(List::Departments, id);
}

bool PlanStore::updateDepartment(const Department &dept)
{
    QSqlQuery &q = d->query(QStringLiteral("UPDATE department SET name = ?, short_name = ? WHERE id = ?"));
    q.addBindValue(text(dept.name));
    q.addBindValue(text(dept.shortName));
    q.addBindValue(dept.id);
    return AP_RUN(q);
}

bool PlanStore::moveDepartment(Id id, int newRow)
{
    return moveInList(List::Departments, id, QVariant(), newRow);
}

bool PlanStore::writeContent(const PlanData &content)
{
    QHash<Id, Id> deptIds;
    for (int i = 0; i < content.departments.size(); ++i) {
        Department d = content.departments.at(i);
        const Id old = d.id;
        d.id = 0;
        if (!insertDepartment(d, i))
            return false;
        deptIds.insert(old, d.id);
    }
    QHash<Id, Id> sectionIds;
    for (Id oldId : content.sectionsInOrder()) {
        Section s = content.sections.value(oldId);
        const int row = content.sectionRow(oldId);
        s.id = 0;
        s.parentId = sectionIds.value(s.parentId, 0);
        if (!insertSection(s, row))
            return false;
        sectionIds.insert(oldId, s.id);
        const QList<Id> tasks = content.sectionTasks.value(oldId);
        for (int i = 0; i < tasks.size(); ++i) {
            Task t = content.tasks.value(tasks.at(i));
            t.id = 0;
            for (Target &target : t.targets)
                target.id = 0;
            for (Assignment &a : t.assignments)
                a.departmentId = deptIds.value(a.departmentId, 0);
            t.assignments.removeIf([](const Assignment &a) { return a.departmentId == 0; });
            if (!insertTask(t, s.id, i))
                return false;
        }
    }
    return true;
}

bool PlanStore::insertCheckIn(CheckIn &c)
{
    QSqlQuery &q = d->query(QStringLiteral(
        "INSERT INTO checkin (id, task_id, period, entered_at, report_date, status, percent, progress, problems, "
        "next_steps, department_id, supersedes_id, correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(c.id));
    q.addBindValue(c.taskId);
    q.addBindValue(text(c.period));
    q.addBindValue(c.enteredAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(dateValue(c.reportDate));
    q.addBindValue(statusKey(c.status));
    q.addBindValue(c.percent ? QVariant(*c.percent) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(text(c.progress));
    q.addBindValue(text(c.problems));
    q.addBindValue(text(c.nextSteps));
    q.addBindValue(c.departmentId ? QVariant(c.departmentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(c.supersedesId ? QVariant(c.supersedesId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(c.correctionReason));
    if (!AP_RUN(q))
        return false;
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    for (auto it = c.actuals.cbegin(); it != c.actuals.cend(); ++it)
        if (!insertCheckInValue(c.id, it.key(), it.value()))
            return false;
    return true;
}

bool PlanStore::insertCheckInValue(Id checkInId, Id targetId, double actual)
{
    QSqlQuery &v = d->query(QStringLiteral("INSERT OR REPLACE INTO checkin_value (checkin_id, target_id, actual) VALUES (?, ?, ?)"));
    v.addBindValue(checkInId);
    v.addBindValue(targetId);
    v.addBindValue(actual);
    return AP_RUN(v);
}

bool PlanStore::deleteCheckIn(Id id)
{
    QSqlQuery &q = d->query(QStringLiteral("DELETE FROM checkin WHERE id = ?"));
    q.addBindValue(id);
    return AP_RUN(q);
}

bool PlanStore::writePeriodLock(const PeriodLock &lock)
{
    QSqlQuery &q = d->query(QStringLiteral(
        "INSERT OR REPLACE INTO period_lock (period, locked, changed_at, reason) VALUES (?, ?, ?, ?)"));
    q.addBindValue(lock.period);
    q.addBindValue(lock.locked ? 1 : 0);
    q.addBindValue(lock.changedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(text(lock.reason));
    return AP_RUN(q);
}

bool PlanStore::deletePeriodLock(const QString &period)
{
    QSqlQuery &q = d->query(QStringLiteral("DELETE FROM period_lock WHERE period = ?"));
    q.addBindValue(period);
    return AP_RUN(q);
}

bool PlanStore::loadCheckIns(CheckInLog *out, QString *error)
{
    if (schemaVersion() < 2) {
        *out = CheckInLog();
        return true;
    }
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    CheckInLog log;
    auto fail = [&] {
        if (error)
            *error = tr("The progress reports could not be read: %1").arg(describeSqlError(q.lastError()));
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT id, task_id, period, entered_at, report_date, status, percent, progress, problems, "
                               "next_steps, coalesce(department_id, 0), coalesce(supersedes_id, 0), correction_reason "
                               "FROM checkin ORDER BY id")))
        return fail();
    QHash<Id, int> index;
    while (q.next()) {
        CheckIn c;
        c.id = q.value(0).toLongLong();
        c.taskId = q.value(1).toLongLong();
        c.period = q.value(2).toString();
        c.enteredAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.reportDate = dateFrom(q.value(4));
        c.status = statusFromKey(q.value(5).toString()).value_or(TaskStatus::NotStarted);
        if (!q.value(6).isNull())
            c.percent = q.value(6).toDouble();
        c.progress = q.value(7).toString();
        c.problems = q.value(8).toString();
        c.nextSteps = q.value(9).toString();
        c.departmentId = q.value(10).toLongLong();
        c.supersedesId = q.value(11).toLongLong();
        c.correctionReason = q.value(12).toString();
        index.insert(c.id, int(log.entries.size()));
        log.entries.append(c);
    }
    if (!q.exec(QStringLiteral("SELECT checkin_id, target_id, actual FROM checkin_value WHERE actual IS NOT NULL")))
        return fail();
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            log.entries[*it].actuals.insert(q.value(1).toLongLong(), q.value(2).toDouble());
    }
    if (!q.exec(QStringLiteral("SELECT period, locked, changed_at, reason FROM period_lock")))
        return fail();
    while (q.next()) {
        PeriodLock l{q.value(0).toString(), q.value(1).toInt() != 0,
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString()};
        log.locks.insert(l.period, l);
    }
    *out = std::move(log);
    return true;
}

#undef AP_RUN

} // namespace ap
