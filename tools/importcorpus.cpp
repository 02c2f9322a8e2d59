#include "importcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace ap::ImportCorpus {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

namespace {

// LibreOffice converts all the files in one run (its start costs more than a plan's layout).
// Returns the made file of each input that it made.
QList<QString> convertAll(const QString &soffice, const QProcessEnvironment &office, const QStringList &paths,
                          const QString &format, const QString &filter, const QString &work)
{
    QList<QString> made;
    if (paths.isEmpty())
        return made;
    const QString ext = format.section(u':', 0, 0);
    const QString out = QDir(work).filePath(QStringLiteral("to-") + ext);
    QStringList args{QStringLiteral("-env:UserInstallation=file://") + QDir(work).filePath(QStringLiteral("lo-profile")),
                     QStringLiteral("--headless")};
    if (!filter.isEmpty())
        args << QStringLiteral("--infilter=") + filter;
    args << QStringLiteral("--convert-to") << format << QStringLiteral("--outdir") << out << paths;
    QProcess lo;
    lo.setProcessEnvironment(office);
    lo.start(soffice, args);
    lo.waitForFinished(-1);
    for (const QString &p : paths) {
        const QString file = QDir(out).filePath(QFileInfo(p).completeBaseName() + QLatin1Char('.') + ext);
        made.append(QFile::exists(file) ? file : QString());
    }
    return made;
}

} // namespace

QString Input::label() const
{
    const QString name = QFileInfo(path).fileName();
    if (kind == QLatin1String("txt") || kind == QLatin1String("docx"))
        return name;
    return document + QStringLiteral(" (") + kind + QLatin1Char(')');
}

QByteArray joinedText(const QByteArray &bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return bytes;
    const QString title = lines.takeFirst().trimmed();
    QString rest;
    for (const QString &l : std::as_const(lines))
        rest += l.trimmed();
    return (title + QLatin1Char('\n') + rest).toUtf8();
}

QList<Input> inputs(const QString &dirPath, const QString &work, bool derived, const QString &soffice,
                    const QProcessEnvironment &office)
{
    const QDir dir(dirPath);
    QList<Input> out;
    QStringList toDocx;         // texts without a Word file of their own
    QList<Input> docxSources;   // documents whose Word file (given or made) becomes a PDF and a .doc
    for (const QString &gold : dir.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        const QString base = gold.chopped(int(qstrlen(".gold.json")));
        const QString goldPath = dir.filePath(gold);
        const QStringList files = dir.entryList({base + QStringLiteral(".txt"), base + QStringLiteral("-*.txt"),
                                                 base + QStringLiteral(".docx"), base + QStringLiteral("-*.docx")},
                                                QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString stem = QFileInfo(f).completeBaseName();
            // NAME-GBK.txt is NAME's; another gold's files (NAME-more.gold.json) are its own.
            if (stem != base && QFile::exists(dir.filePath(stem + QStringLiteral(".gold.json"))))
                continue;
            out.append({base, QFileInfo(f).suffix(), dir.filePath(f), goldPath});
        }
        if (!derived)
            continue;
        const QString text = dir.filePath(base + QStringLiteral(".txt"));
        if (QFile::exists(text)) {
            const QString joined = QDir(work).filePath(base + QStringLiteral("-joined.txt"));
            QFile f(joined);
            if (f.open(QIODevice::WriteOnly) && f.write(joinedText(readAll(text))) >= 0)
                out.append({base, QStringLiteral("line breaks lost"), joined, goldPath});
        }
        if (soffice.isEmpty())
            continue;
        const QString docx = dir.filePath(base + QStringLiteral(".docx"));
        if (QFile::exists(docx))
            docxSources.append({base, QString(), docx, goldPath});
        else if (QFile::exists(text))
            toDocx.append(text);
    }
    if (soffice.isEmpty() || !derived)
        return out;
    // Texts into Word files, as a clerk's Word would open them (one paragraph a line, UTF-8).
    const QList<QString> madeDocx = convertAll(soffice, office, toDocx, QStringLiteral("docx:MS Word 2007 XML"),
                                               QStringLiteral("Text (encoded):UTF8,LF,,,"), work);
    for (int i = 0; i < toDocx.size(); ++i) {
        if (madeDocx.at(i).isEmpty())
            continue;
        const QString base = QFileInfo(toDocx.at(i)).completeBaseName();
        const Input in{base, QStringLiteral("→ docx"), madeDocx.at(i), dir.filePath(base + QStringLiteral(".gold.json"))};
        out.append(in);
        docxSources.append(in);
    }
    QStringList sources;
    for (const Input &in : std::as_const(docxSources))
        sources.append(in.path);
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("doc")}) {
        const QList<QString> made = convertAll(soffice, office, sources, format, QString(), work);
        for (int i = 0; i < sources.size(); ++i)
            if (!made.at(i).isEmpty())
                out.append({docxSources.at(i).document, QStringLiteral("→ ") + format, made.at(i), docxSources.at(i).goldPath});
    }
    return out;
}

} // namespace ap::ImportCorpus
