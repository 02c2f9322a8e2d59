#include "officeconversion.h"

#include "planimport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <signal.h>
#include <unistd.h>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace ap {

namespace {

bool isOle(const QByteArray &bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isRtf(const QByteArray &bytes)
{
    return bytes.startsWith("{\\rtf");
}

} // namespace

bool OfficeConversion::needed(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return isOle(bytes) || isRtf(bytes) || suffix == QLatin1String("doc") || suffix == QLatin1String("wps")
        || suffix == QLatin1String("rtf");
}

QString OfficeConversion::program()
{
    const QString given = qEnvironmentVariable("ANNUALPLAN_SOFFICE");
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? given : QString();
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(name));
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

namespace {

// The processes pid started, and theirs, as Linux lists them (/proc/PID/task/TID/children), each
// frozen (SIGSTOP) before its children are read, so none starts another unlisted, and all listed
// before any is ended (an orphan would be another's child by then).
QList<qint64> frozenDescendants(qint64 pid)
{
    QList<qint64> found;
    QList<qint64> next = {pid};
    while (!next.isEmpty() && found.size() < 1000) {
        const qint64 parent = next.takeLast();
        ::kill(pid_t(parent), SIGSTOP);
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(parent));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks.filePath(task + QStringLiteral("/children")));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().split(' '))
                if (const qint64 id = child.trimmed().toLongLong(); id > 0 && !found.contains(id)) {
                    found.append(id);
                    next.append(id);
                }
        }
    }
    return found;
}

} // namespace

bool OfficeConversion::toDocx(const QByteArray &bytes, const QString &fileName, QByteArray *docx, QString *error,
                              int timeoutMs, const Progress &progress)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString soffice = program();
    if (soffice.isEmpty())
        return fail(tr("“%1” is an older Word, WPS or RTF document. AnnualPlan reads it through LibreOffice, which is "
                       "not installed here: install the package libreoffice-writer (sudo apt install "
                       "libreoffice-writer), or save the file as .docx in Word or WPS and import that.")
                        .arg(fileName));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(tr("“%1” could not be converted: no temporary folder could be made (%2).").arg(fileName, dir.errorString()));
    // The copy is named by its content, so LibreOffice reads a WPS or misnamed file as what it is.
    const QString input = dir.filePath(isRtf(bytes) ? QStringLiteral("document.rtf") : QStringLiteral("document.doc"));
    QFile copy(input);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.flush())
        return fail(tr("“%1” could not be converted: %2").arg(fileName, copy.errorString()));
    copy.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                       QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), out, input});
    if (!lo.waitForStarted(10000))
        return fail(tr("LibreOffice (%1) could not be started to convert “%2”: %3").arg(soffice, fileName, lo.errorString()));
    QElapsedTimer running;
    running.start();
    bool stopped = false;
    // waitForFinished is false also once it has finished: the state tells.
    while (lo.state() != QProcess::NotRunning && !lo.waitForFinished(100)) {
        stopped = progress && !progress(0, 0);
        if (stopped || running.hasExpired(timeoutMs))
            break;
    }
    if (lo.state() != QProcess::NotRunning) {
        // soffice starts oosplash, which starts soffice.bin: each is ended, not only the first
        // (they stay in the program's process group, so a Ctrl+C in a terminal reaches them too).
        for (const qint64 pid : frozenDescendants(lo.processId()))
            ::kill(pid_t(pid), SIGKILL);
        lo.kill();
        lo.waitForFinished(5000);
        if (stopped)
            return fail(tr("The conversion of “%1” by LibreOffice was stopped. Nothing was imported.").arg(fileName));
        return fail(tr("LibreOffice did not finish converting “%1” within %2 seconds and was stopped. Nothing was "
                       "imported.")
                        .arg(fileName)
                        .arg(timeoutMs / 1000));
    }
    QFile result(QDir(out).filePath(QStringLiteral("document.docx")));
    if (lo.exitStatus() != QProcess::NormalExit || !result.exists())
        return fail(tr("LibreOffice could not read “%1”: it may be damaged, password-protected or not a document. "
                       "Nothing was imported.")
                        .arg(fileName));
    if (result.size() > PlanImport::kMaxFileBytes || !result.open(QIODevice::ReadOnly))
        return fail(tr("LibreOffice's conversion of “%1” could not be read.").arg(fileName));
    *docx = result.readAll();
    return true;
}

} // namespace ap
