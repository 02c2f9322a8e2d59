#include "filecommit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ap {

QString partPath(const QString &target)
{
    return QFileInfo(target).absoluteFilePath() + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
}

bool moveIntoPlace(const QString &temp, const QString &target)
{
    const QString to = QFileInfo(target).absoluteFilePath();
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    QFile::remove(temp);
    return false;
}

} // namespace ap
