#include "atomicfile.h"

#include "systemerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace ap::fs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ap::fs::AtomicFile)
};

int openForSync(const QString &path, int flags)
{
    return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QString partPath(const QString &target)
{
    return QFileInfo(target).absoluteFilePath() + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
}

QString beginPart(const QString &target)
{
    removeLeftoverParts(target);
    const QString part = partPath(target);
    QFile::remove(part);
    return part;
}

bool syncFile(const QString &path)
{
    const int fd = openForSync(path, O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncDirectoryOf(const QString &path)
{
    const int fd = openForSync(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool commitPart(const QString &part, const QString &target, OutputTarget::Kind kind, QString *error,
                const QString &source)
{
    const QString to = QFileInfo(target).absoluteFilePath();
    auto fail = [&](const QString &why) {
        QFile::remove(part);
        if (error)
            *error = why;
        return false;
    };
    QString refused;
    if (!OutputTarget::check(target, kind, OutputTarget::Existing::Replace, source, &refused))
        return fail(refused);
    if (!syncFile(part))
        return fail(Text::tr("“%1” could not be written to the disk.").arg(QFileInfo(target).fileName()));
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(Text::tr("“%1” could not be put in place: %2").arg(QFileInfo(target).fileName(), systemErrorText(errno)));
    // The rename is in the folder's own data: flushed too, or a power cut may undo it.
    syncDirectoryOf(to);
    return true;
}

bool writeFile(const QString &target, const QByteArray &bytes, OutputTarget::Kind kind, QString *error)
{
    const QString part = beginPart(target);
    const int fd = ::open(QFile::encodeName(part).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (error)
            *error = Text::tr("“%1” cannot be written: %2").arg(QFileInfo(target).fileName(), systemErrorText(errno));
        return false;
    }
    // Written directly, so a full disk shows at write() and not as a short file later.
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int why = n < 0 ? errno : ENOSPC;
            ::close(fd);
            QFile::remove(part);
            if (error)
                *error = Text::tr("“%1” could not be written: %2").arg(QFileInfo(target).fileName(), systemErrorText(why));
            return false;
        }
        done += n;
    }
    ::close(fd);
    return commitPart(part, target, kind, error);
}

bool writeByName(const QString &target, OutputTarget::Kind kind,
                 const std::function<bool(const QString &part, QString *why)> &write, QString *error,
                 const QString &source)
{
    const QString part = beginPart(target);
    QFile::remove(part);
    QString why;
    if (!write(part, &why)) {
        QFile::remove(part);
        if (error)
            *error = why;
        return false;
    }
    return commitPart(part, target, kind, error, source);
}

void removeLeftoverParts(const QString &path)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    // "<name>.part-<pid>" of an output, "<name>.creating-<pid>" of a new plan, and the journal
    // SQLite may have left beside either. Only when its process is gone, and only when it has not
    // been written for a minute: on a shared folder the number may be another computer's process.
    static const QRegularExpression temp(QStringLiteral("^.+\\.(part|creating)-(\\d+)(-journal)?$"));
    const QDateTime quiet = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QStringList entries = dir.entryList({QStringLiteral("*.part-*"), QStringLiteral("*.creating-*")},
                                              QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : entries) {
        const QRegularExpressionMatch m = temp.match(name);
        if (!m.hasMatch())
            continue;
        const QFileInfo fi(dir.filePath(name));
        if (processIsGone(m.captured(2).toLongLong()) && fi.lastModified().toUTC() < quiet)
            QFile::remove(fi.absoluteFilePath());
    }
}

} // namespace ap::fs
