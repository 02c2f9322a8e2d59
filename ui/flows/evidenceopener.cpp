#include "evidenceopener.h"

#include "document/plandocument.h"
#include "fs/atomicfile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

namespace ap {

namespace {
// This run's folder for opened files, removed with everything in it when the program quits.
Q_GLOBAL_STATIC_WITH_ARGS(QTemporaryDir, openedFiles, (QDir::tempPath() + QStringLiteral("/annualplan-evidence-XXXXXX")))
} // namespace

QString EvidenceOpener::fileNameFor(const EvidenceFile &file)
{
    QString name = QFileInfo(QString(file.name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    for (QChar &c : name)
        if (c.unicode() < 0x20 || QStringLiteral(":*?\"<>|").contains(c))
            c = QLatin1Char('_');
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("evidence");
    // Within a file name's 255 bytes, with room for the writer's part suffix: the stem is cut, a
    // suffix of a few letters kept (a longer "suffix" is part of the name).
    QString suffix = QFileInfo(name).suffix();
    if (suffix.size() > 8 || suffix.size() + 1 >= name.size())
        suffix.clear();
    QString stem = suffix.isEmpty() ? name : name.left(name.size() - suffix.size() - 1);
    while (!stem.isEmpty() && (stem + suffix).toUtf8().size() > 150)
        stem.chop(1);
    if (stem.isEmpty())
        stem = tr("evidence");
    name = suffix.isEmpty() ? stem : stem + QLatin1Char('.') + suffix;
    const QString has = suffix.toLower();
    const QString want = evidence::suffixOf(file.kind);
    if (has != want && !(file.kind == QLatin1String("jpeg") && has == QLatin1String("jpeg")))
        name += QLatin1Char('.') + want;
    return name;
}

bool EvidenceOpener::open(const PlanDocument &doc, const EvidenceFile &file, QString *path, QString *error)
{
    auto refuse = [&](const QString &why) {
        if (error)
            *error = tr("“%1” could not be opened: %2").arg(file.name, why);
        return false;
    };
    QByteArray bytes;
    QString why;
    if (!doc.readEvidence(file.id, &bytes, &why))
        return refuse(why);
    if (!openedFiles->isValid())
        return refuse(tr("no temporary folder could be made"));
    // A folder per content (its SHA-256, which the bytes just read were checked against): two
    // files of one name from two reports, or two plans, are two files, and the same file opened
    // twice is written once.
    const QString folder = openedFiles->path() + QLatin1Char('/') + file.sha256.left(32);
    const QString target = folder + QLatin1Char('/') + fileNameFor(file);
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(folder))
            return refuse(tr("no temporary folder could be made"));
        if (!fs::writeFile(target, bytes, fs::OutputTarget::Kind::Document, &why))
            return refuse(why);
        // A viewer that saves does so elsewhere: what the report carries is not changed by it.
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    }
    if (path)
        *path = target;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        return refuse(tr("the desktop has no program to open it with (it is at %1)").arg(QDir::toNativeSeparators(target)));
    return true;
}

} // namespace ap
