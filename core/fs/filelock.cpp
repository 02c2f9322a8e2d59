#include "filelock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace ap::fs {

namespace {

// One byte far beyond SQLite's lock bytes (which start at 1 GiB and span 512 bytes).
constexpr off_t kLockByte = 0x50000000;

struct flock lockRequest(short type)
{
    struct flock l = {};
    l.l_type = type;
    l.l_whence = SEEK_SET;
    l.l_start = kLockByte;
    l.l_len = 1;
    l.l_pid = 0;  // must be 0 for open-file-description locks
    return l;
}

int openFile(const QString &path, int mode)
{
    return ::open(QFile::encodeName(path).constData(), mode | O_CLOEXEC);
}

} // namespace

FileLock::~FileLock()
{
    unlock();
}

bool FileLock::tryLock(const QString &path)
{
    unlock();
    // A write lock needs a descriptor open for writing; only a plan opened for editing locks.
    const int fd = openFile(path, O_RDWR);
    if (fd < 0)
        return false;
    struct flock l = lockRequest(F_WRLCK);
    if (::fcntl(fd, F_OFD_SETLK, &l) != 0) {
        // Held by another (EAGAIN, EACCES); a file system without such locks (EINVAL, ENOLCK) still
        // has the lock file beside the plan, so it is no reason to refuse.
        const bool held = errno == EAGAIN || errno == EACCES;
        ::close(fd);
        return !held;
    }
    m_fd = fd;
    return true;
}

void FileLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool isLockedElsewhere(const QString &path)
{
    const int fd = openFile(path, O_RDONLY);
    if (fd < 0)
        return false;
    // Asking whether a read lock could be had: only a holder of the write lock says no.
    struct flock probe = lockRequest(F_RDLCK);
    const bool held = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

} // namespace ap::fs
