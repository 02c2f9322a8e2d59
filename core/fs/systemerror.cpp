#include "systemerror.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace ap::fs {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ap::fs::SystemError)
};
} // namespace

QString systemErrorText(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return Text::tr("the disk is full");
    case EROFS:
        return Text::tr("the disk or folder is read-only");
    case EACCES:
    case EPERM:
        return Text::tr("you have no permission to write there");
    case ENOENT:
        return Text::tr("the folder does not exist");
    case ENOTDIR:
        return Text::tr("a part of the path is not a folder");
    case EISDIR:
        return Text::tr("it is a folder");
    case EIO:
        return Text::tr("the disk reported a read or write error");
    case ELOOP:
        return Text::tr("a link leads round in a circle");
    case ENAMETOOLONG:
        return Text::tr("the name is too long");
    default:
        return Text::tr("system error %1 (%2)").arg(error).arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}

} // namespace ap::fs
