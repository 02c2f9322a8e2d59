// importscore: measures how well "annualplan import" reads plan documents, against gold files
// in the form of ../shared/samples/SCHEMA.md.
//
//   importscore GOLD.json EXTRACTED.json     score one extraction (e.g. from import --json)
//   importscore --samples DIR [--markdown]   import every document in DIR that has a
//                                            NAME.gold.json (NAME.txt, NAME-*.txt, NAME*.docx)
//                                            and print a table with the totals
#include "import/importscore.h"
#include "import/planimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
        for (const QString &doc : documents) {
            ImportResult r;
            QString error;
            ImportScore s;
            if (!PlanImport::readFile(dir.filePath(doc), &r, &error)
                || !ImportScorer::score(goldJson, PlanImport::toJson(r), &s, &error)) {
                QTextStream(stderr) << doc << ": " << error << Qt::endl;
                return 2;
            }
            out << row(doc, s, markdown) << Qt::endl;
            total += s;
        }
    }
    out << row(markdown ? QStringLiteral("**all**") : QStringLiteral("ALL"), total, markdown) << Qt::endl;
    return 0;
}
