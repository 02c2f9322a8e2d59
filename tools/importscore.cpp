// importscore: measures how well "annualplan import" reads plan documents, against gold files
// in the form of ../shared/samples/SCHEMA.md.
//
//   importscore GOLD.json EXTRACTED.json     score one extraction (e.g. from import --json)
//   importscore [--kinds] [--markdown | --baseline] --samples DIR [DIR…]
//                                            import every document in each DIR that has a
//                                            NAME.gold.json (NAME.txt, NAME-*.txt, NAME*.docx)
//                                            and print a table with the totals; --kinds adds
//                                            each text with its line breaks lost and, where
//                                            LibreOffice is installed, each as a .docx, a PDF
//                                            and a .doc (not in the totals); --baseline prints
//                                            the rows of tests/data/import/corpus-baseline.tsv
#include "import/importscore.h"
#include "import/planimport.h"
#include "importcorpus.h"
#include "importcorpusbaseline.h"

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
using ImportCorpus::readAll;

namespace {

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

// LibreOffice's fonts as the tests and benches use them (scripts/office-fonts.sh), when the
// source tree is at hand.
QProcessEnvironment officeEnvironment(const QTemporaryDir &work)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess p;
    p.start(QStringLiteral(ANNUALPLAN_SOURCE_DIR "/scripts/office-fonts.sh"), {work.path()});
    if (p.waitForFinished(-1) && p.exitCode() == 0)
        env.insert(QStringLiteral("FONTCONFIG_FILE"), QString::fromUtf8(p.readAllStandardOutput()).trimmed());
    return env;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
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
    const bool markdown = args.removeAll(QStringLiteral("--markdown")) > 0;
    const bool baseline = args.removeAll(QStringLiteral("--baseline")) > 0;
    // --kinds: also the derived inputs (line breaks lost, LibreOffice's .docx, PDF and .doc).
    const bool derived = args.removeAll(QStringLiteral("--kinds")) > 0;
    if (args.removeAll(QStringLiteral("--samples")) == 0 || args.isEmpty()) {
        QTextStream(stderr) << "usage: importscore GOLD.json EXTRACTED.json | importscore [--kinds] [--markdown|--baseline] "
                               "--samples DIR..."
                            << Qt::endl;
        return 64;
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QTemporaryDir work;
    if (baseline)
        out << ImportCorpusBaseline::header() << Qt::endl;
    else if (markdown)
        out << "| document | structure F1 | section F1 | task F1 | departments (tasks) | targets F1 | nodes matched/gold/found | targets matched/gold/found |\n"
               "|---|---|---|---|---|---|---|---|\n";
    else
        out << "document\tstructure\tsections\ttasks\tdepartments\ttargets\tnodes\ttargets\n";
    ImportScore total;
    for (int d = 0; d < args.size(); ++d) {
        QDir().mkpath(work.filePath(QString::number(d)));
        const QList<ImportCorpus::Input> inputs = ImportCorpus::inputs(args.at(d), work.filePath(QString::number(d)),
                                                                       derived, soffice, officeEnvironment(work));
        if (inputs.isEmpty()) {
            QTextStream(stderr) << "no *.gold.json in " << args.at(d) << Qt::endl;
            return 2;
        }
        for (const ImportCorpus::Input &in : inputs) {
            ImportResult r;
            QString error;
            ImportScore s;
            if (!PlanImport::readFile(in.path, &r, &error)
                || !ImportScorer::score(readAll(in.goldPath), PlanImport::toJson(r), &s, &error)) {
                QTextStream(stderr) << in.label() << ": " << error << Qt::endl;
                return 2;
            }
            if (baseline)
                out << ImportCorpusBaseline::line(in.document, in.kind, s) << Qt::endl;
            else
                out << row(in.label(), s, markdown) << Qt::endl;
            if (in.kind == QLatin1String("txt") || in.kind == QLatin1String("docx"))
                total += s;
        }
    }
    if (!baseline)
        out << row(markdown ? QStringLiteral("**all**") : QStringLiteral("ALL"), total, markdown) << Qt::endl;
    return 0;
}
