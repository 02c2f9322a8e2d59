#include "sqlitefile.h"

#include "sqliteconnection.h"

#include "fs/outputtarget.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ap::sqlite {

namespace {
// SQLite's lock bytes on a database file (os_unix.c): PENDING at 1 GiB, RESERVED the next byte.
constexpr off_t kReservedByte = 0x40000001;
} // namespace

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

bool looksWhole(const Header &h, qint64 size, quint32 applicationId)
{
    const bool pageSizeOk = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    return h.sqlite && h.applicationId == applicationId && pageSizeOk && h.userVersion != 0
           && size % qMax<qint64>(h.pageSize, 1) == 0
           && (!h.pageCountValid || qint64(h.pageCount) * qint64(h.pageSize) == size);
}

// The file is opened before SQLite's connection and closed after it, since closing a descriptor
// drops the process's fcntl locks.
void readUnderSharedLock(const QString &path, qint64 *size, Header *h)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    TemporaryConnection connection(path, true);
    if (!connection.isOpen())
        return;
    QSqlDatabase db = connection.db();
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
}

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

// Hot by SQLite's own rule: it has content, its first byte is not zero, and no connection holds
// the RESERVED lock. The journal of a write in progress is not hot, and a reader must not take it
// for damage.
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

bool recoverHotJournal(const QString &path)
{
    {
        TemporaryConnection connection(path, false);
        if (connection.isOpen()) {
            QSqlQuery q(connection.db());
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            q.finish();
        }
    }
    return !hasHotJournal(path);
}

bool fileIsWritable(const QString &path)
{
    return fs::mayWrite(path) && fs::mayWrite(QFileInfo(path).absolutePath());
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

} // namespace ap::sqlite
