#include "outputtarget.h"

#include "filelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sys/stat.h>

namespace ap::fs {

namespace {

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// The same file by identity (device and inode): another name, a link or a bind mount of it.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa = {}, sb = {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// A lock file beside the plan whose owner is alive: the window that has it open.
bool lockFileHeld(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const QString &name : {QFileInfo(path).absoluteFilePath(), canonical}) {
        if (name.isEmpty() || !QFileInfo::exists(name + QStringLiteral(".lock")))
            continue;
        QLockFile probe(name + QStringLiteral(".lock"));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            probe.unlock();  // nobody held it; QLockFile removes what it made
        else if (probe.error() == QLockFile::LockFailedError)
            return true;
    }
    return false;
}

} // namespace

bool mayWrite(const QString &path)
{
    const QFileInfo fi(path);
    const bool bits = fi.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    return bits && fi.isWritable();
}

bool OutputTarget::isDatabase(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool OutputTarget::isOpenForWriting(const QString &path)
{
    return isLockedElsewhere(path) || lockFileHeld(path);
}

bool OutputTarget::check(const QString &target, Kind kind, Existing existing, const QString &source,
                         QString *error)
{
    auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo fi(target);
    const QString name = displayName(target);
    if (target.isEmpty())
        return refuse(tr("No file name was given for the output."));
    if (fi.isDir())
        return refuse(tr("“%1” is a folder; give a file name for the output.").arg(name));
    if (!fi.exists() && !fi.isSymLink() && !QFileInfo(fi.absolutePath()).isDir())
        return refuse(tr("“%1” cannot be written: its folder “%2” does not exist.")
                          .arg(name, QDir::toNativeSeparators(fi.absolutePath())));
    // The output appears by a rename in its folder, so the folder itself must take writes.
    if (!mayWrite(fi.absolutePath()))
        return refuse(tr("“%1” cannot be written: the folder “%2” may not be written to (it is read-only, or you "
                         "have no permission there).")
                          .arg(name, QDir::toNativeSeparators(fi.absolutePath())));
    // A journal beside the name belongs to an interrupted change of the file there: SQLite would
    // play it into whatever file takes the name next.
    if (QFileInfo::exists(fi.absoluteFilePath() + QStringLiteral("-journal")))
        return refuse(tr("“%1” has the journal of an interrupted change beside it (“%1-journal”). Open that plan "
                         "once so the change is rolled back, or give another file name.").arg(name));
    if (!fi.exists() && !fi.isSymLink())
        return true;
    if (fi.isSymLink() && !fi.exists())
        return refuse(tr("“%1” is a link to a file that does not exist; give another file name.").arg(name));
    if (!fi.isFile())
        return refuse(tr("“%1” is not an ordinary file; give another file name.").arg(name));
    if (!source.isEmpty() && sameFile(target, source))
        return refuse(tr("“%1” is the plan file itself; an output never replaces it. Give another file name.")
                          .arg(name));
    if (isOpenForWriting(target))
        return refuse(tr("“%1” is a plan file that is open in AnnualPlan; it has not been replaced. Give another "
                         "file name.").arg(name));
    if (kind == Kind::Document && isDatabase(target))
        return refuse(tr("“%1” is a plan file or another database; an export never replaces it. Give another "
                         "file name.").arg(name));
    if (existing == Existing::Refuse)
        return refuse(tr("“%1” already exists. Give another file name, or --force to replace it.").arg(name));
    return true;
}

} // namespace ap::fs
