#pragma once

#include <QString>

// An exclusive lock on a file itself, not on its name: a second name for the same file (a
// symbolic or hard link, a bind mount) reaches the same lock. It is an open-file-description
// lock on one byte far past SQLite's lock bytes, so it neither disturbs SQLite's own locking
// nor goes away when SQLite closes another descriptor of the file in this process.
namespace ap::fs {

class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // False when another holder has it (or the file cannot be opened for writing). True, without a
    // lock, where the file system has no such locks (isLocked() tells).
    bool tryLock(const QString &path);
    // Closes the lock's descriptor. POSIX drops all of a process's fcntl locks on a file when any
    // of its descriptors closes: SQLite's connection to the file must be closed first.
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// True when some holder, in this process or another, has the lock of path.
bool isLockedElsewhere(const QString &path);

} // namespace ap::fs
