#include "inputfile.h"

#include "systemerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ap::fs {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ap::fs::InputFile)
};
} // namespace

bool readInput(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (info.isSymLink() && !info.exists())
        return fail(Text::tr("“%1” is a link that leads to no file (or round in a circle).").arg(name));
    if (!info.exists())
        return fail(Text::tr("“%1” does not exist.").arg(name));
    if (info.isDir())
        return fail(Text::tr("“%1” is a folder, not a file.").arg(name));
    // Opened without waiting, then checked on the descriptor itself: a pipe or device put in the
    // file's place meanwhile is refused as well.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(Text::tr("Cannot read “%1”: %2").arg(name, systemErrorText(errno)));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(Text::tr("“%1” is not an ordinary file (it is a pipe, a device or a socket).").arg(name));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return fail(Text::tr("“%1” is %2 MB, larger than can be read here (at most %3 MB).")
                        .arg(name)
                        .arg(double(st.st_size) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 0));
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return fail(Text::tr("Cannot read “%1”: %2").arg(name, f.errorString()));
    QByteArray data = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return fail(Text::tr("Cannot read “%1”: %2").arg(name, f.errorString()));
    if (data.size() > maxBytes)
        return fail(Text::tr("“%1” grew while it was read; read it again.").arg(name));
    *bytes = std::move(data);
    return true;
}

} // namespace ap::fs
