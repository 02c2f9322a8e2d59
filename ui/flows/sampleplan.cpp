#include "sampleplan.h"

#include "document/plandocument.h"
#include "flows/plansession.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ap {

QString SamplePlan::shipped()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("../share/annualplan/sample"), QStringLiteral("sample"),
                                     QStringLiteral("../sample")}) {
        const QDir folder(QDir::cleanPath(bin.filePath(candidate)));
        const QStringList plans = folder.entryList({QStringLiteral("*.aplan")}, QDir::Files, QDir::Name);
        if (!plans.isEmpty())
            return folder.filePath(plans.first());
    }
    return QString();
}

bool SamplePlan::practiceCopy(QString *path, QString *error)
{
    const QString from = shipped();
    auto sample = from.isEmpty() ? nullptr : PlanDocument::open(from, PlanDocument::Mode::ReadOnly, nullptr);
    if (!sample) {
        *error = tr("The sample plan was not installed with the program.");
        return false;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(documents);
    *path = QDir(documents).filePath(tr("%1 (sample)").arg(PlanSession::planName(sample->plan().info))
                                     + QStringLiteral(".aplan"));
    // The clerk's copy is theirs: made once, then opened as they left it.
    if (QFileInfo::exists(*path))
        return true;
    QString why;
    if (sample->backupTo(*path, &why))
        return true;
    *error = tr("The sample plan could not be copied to %1: %2").arg(QDir::toNativeSeparators(documents), why);
    return false;
}

} // namespace ap
