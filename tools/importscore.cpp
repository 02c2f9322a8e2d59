// importscore: measures how well "annualplan import" reads plan documents, against gold files
// in the form of ../shared/samples/SCHEMA.md.
//
//   importscore GOLD.json EXTRACTED.json     score one extraction (e.g. from import --json)
//   importscore --samples DIR [--markdown] [--kinds]
//                                            import every document in DIR that has a
//                                            NAME.gold.json (NAME.txt, NAME-*.txt, NAME*.docx)
//                                            and print a table with the totals; --kinds adds
//                                            each text with its line breaks lost and, where
//                                            LibreOffice is installed, each .docx as a PDF and
//                                            as a .doc (not in the totals)
#include "import/importscore.h"
#include "import/planimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace ap;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fmt(double v)
{
    return QString::number(v, 'f', 3);
}

QString row(const QString &name, const ImportScore &s, bool markdown)
{
    const auto dep = s.departmentAccuracy();
    const QStringList cells = {name,
                               fmt(s.structureF1()),
                               fmt(s.sectionF1()),
                               fmt(s.taskF1()),
                               dep ? fmt(*dep) + QStringLiteral(" (%1)").arg(s.departmentTasks) : QStringLiteral("n/a (0)"),
                               fmt(s.targetF1()),
                               QStringLiteral("%1/%2/%3").arg(s.matchedNodes).arg(s.goldNodes).arg(s.foundNodes),
                               QStringLiteral("%1/%2/%3").arg(s.matchedTargets).arg(s.goldTargets).arg(s.foundTargets)};
    return markdown ? QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |")
                    : cells.join(QLatin1Char('\t'));
}

// The text with every line break after the title gone, as copied out of a web preview.
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

// The document converted by LibreOffice headless into format (pdf, doc) in folder; "" on failure.
QString convert(const QString &soffice, const QString &path, const QString &format, const QTemporaryDir &folder)
{
    const QString out = folder.filePath(QStringLiteral("office-") + format);
    QProcess lo;
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + folder.filePath(QStringLiteral("profile")),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), out, path});
    if (!lo.waitForFinished(180000))
        return QString();
    const QString made = QDir(out).filePath(QFileInfo(path).completeBaseName() + QLatin1Char('.') + format);
    return QFile::exists(made) ? made : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && !args.first().startsWith(QLatin1Char('-'))) {
        ImportScore s;
        QString error;
        if (!ImportScorer::score(readAll(args.at(0)), readAll(args.at(1)), &s, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        out << row(args.at(1), s, false) << Qt::endl;
        return 0;
    }
    if (args.size() < 2 || args.first() != QLatin1String("--samples")) {
        QTextStream(stderr) << "usage: importscore GOLD.json EXTRACTED.json | importscore --samples DIR [--markdown]"
                            << Qt::endl;
        return 64;
    }
    const bool markdown = args.contains(QStringLiteral("--markdown"));
    // --kinds: also the derived inputs (line breaks lost, LibreOffice's PDF and .doc).
    const bool derived = args.contains(QStringLiteral("--kinds"));
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QTemporaryDir work;
    const QDir dir(args.at(1));
    const QStringList golds = dir.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name);
    if (golds.isEmpty()) {
        QTextStream(stderr) << "no *.gold.json in " << dir.path() << Qt::endl;
        return 2;
    }
    if (markdown) {
        out << "| document | structure F1 | section F1 | task F1 | departments (tasks) | targets F1 | nodes matched/gold/found | targets matched/gold/found |\n";
        out << "|---|---|---|---|---|---|---|---|\n";
    } else {
        out << "document\tstructure\tsections\ttasks\tdepartments\ttargets\tnodes\ttargets\n";
    }
    ImportScore total;
    for (const QString &gold : golds) {
        const QString base = gold.chopped(int(qstrlen(".gold.json")));
        const QByteArray goldJson = readAll(dir.filePath(gold));
        const QStringList documents = dir.entryList({base + QStringLiteral(".txt"), base + QStringLiteral("-*.txt"),
                                                     base + QStringLiteral(".docx"), base + QStringLiteral("-*.docx")},
                                                    QDir::Files, QDir::Name);
        // Every input kind of the same plan: the files as they are, then what a clerk also meets
        // (its text with the line breaks lost; the .docx as a PDF and as an old .doc, made by
        // LibreOffice when it is installed).
        QList<QPair<QString, QString>> inputs;   // label, path
        for (const QString &doc : documents)
            inputs.append({doc, dir.filePath(doc)});
        if (derived) {
            for (const QString &doc : documents) {
                if (doc.endsWith(QLatin1String(".txt")) && !doc.contains(QLatin1Char('-'))) {
                    const QString joined = work.filePath(base + QStringLiteral("-joined.txt"));
                    QFile f(joined);
                    if (f.open(QIODevice::WriteOnly))
                        f.write(joinedText(readAll(dir.filePath(doc))));
                    inputs.append({doc + QStringLiteral(" (line breaks lost)"), joined});
                }
                if (doc == base + QStringLiteral(".docx") && !soffice.isEmpty()) {
                    for (const char *format : {"pdf", "doc"}) {
                        const QString made = convert(soffice, dir.filePath(doc), QLatin1String(format), work);
                        if (!made.isEmpty())
                            inputs.append({doc + QStringLiteral(" → .%1 (LibreOffice)").arg(QLatin1String(format)), made});
                    }
                }
            }
        }
        for (const auto &[label, path] : std::as_const(inputs)) {
            ImportResult r;
            QString error;
            ImportScore s;
            if (!PlanImport::readFile(path, &r, &error)
                || !ImportScorer::score(goldJson, PlanImport::toJson(r), &s, &error)) {
                QTextStream(stderr) << label << ": " << error << Qt::endl;
                return 2;
            }
            out << row(label, s, markdown) << Qt::endl;
            if (!label.contains(QLatin1Char('(')))
                total += s;
        }
    }
    out << row(markdown ? QStringLiteral("**all**") : QStringLiteral("ALL"), total, markdown) << Qt::endl;
    return 0;
}
