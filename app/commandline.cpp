#include "commandline.h"

#include "document/plandocument.h"
#include "document/rollforward.h"
#include "import/planimport.h"
#include "import/tableimport.h"
#include "io/planjson.h"
#include "io/tableexport.h"
#include "print/odtexport.h"
#include "print/planprinter.h"

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace ap::cli {

// Translation context of the command line's texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ap::cli::Cli)
};

namespace {

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        Cli::tr("User interface language: zh_CN or en."), Cli::tr("language")));
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints a plan file's year, title and counts without changing it."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("info"), Cli::tr("Show information about a plan file."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err() << Cli::tr("Usage: annualplan info FILE") << Qt::endl;
        return 64;
    }
    QString error;
    StoreError code = StoreError::None;
    auto doc = PlanDocument::open(args.at(1), PlanStore::Mode::ReadOnly, &error, &code);
    if (!doc) {
        err() << error << Qt::endl;
        return 2;
    }
    const PlanData &p = doc->plan();
    out() << Cli::tr("File: %1").arg(QFileInfo(args.at(1)).absoluteFilePath()) << '\n'
          << Cli::tr("Year: %1").arg(p.info.year) << '\n'
          << Cli::tr("Title: %1").arg(p.info.title) << '\n'
          << Cli::tr("Organisation: %1").arg(p.info.organisation) << '\n'
          << Cli::tr("Sections: %1").arg(p.sections.size()) << '\n'
          << Cli::tr("Tasks: %1").arg(p.tasks.size()) << '\n'
          << Cli::tr("Targets: %1").arg(p.targetCount()) << '\n'
          << Cli::tr("Departments: %1").arg(p.departments.size()) << '\n'
          << Cli::tr("Schema version: %1").arg(doc->schemaVersion()) << Qt::endl;
    return 0;
}

int runCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Creates a new plan file, empty or from plan JSON."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("create"), Cli::tr("Create a new plan file."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The new plan file (.aplan); it must not exist."));
    const QCommandLineOption fromJson(QStringLiteral("from-json"), Cli::tr("Fill the plan from this JSON file."),
                                      Cli::tr("json"));
    const QCommandLineOption year(QStringLiteral("year"), Cli::tr("Plan year of an empty plan."), Cli::tr("year"));
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("Title of an empty plan."), Cli::tr("title"));
    parser.addOption(fromJson);
    parser.addOption(year);
    parser.addOption(title);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err() << Cli::tr("Usage: annualplan create FILE [--from-json PLAN.json | --year YEAR --title TITLE]") << Qt::endl;
        return 64;
    }
    PlanData data;
    if (parser.isSet(fromJson)) {
        QFile f(parser.value(fromJson));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << Cli::tr("Cannot read %1: %2").arg(parser.value(fromJson), f.errorString()) << Qt::endl;
            return 2;
        }
        QString error;
        if (!PlanJson::read(f.readAll(), &data, &error)) {
            err() << error << Qt::endl;
            return 2;
        }
    } else {
        data.info.year = parser.value(year).toInt();
        data.info.title = parser.value(title);
        if (data.info.year <= 0) {
            err() << Cli::tr("Give --year for an empty plan.") << Qt::endl;
            return 64;
        }
    }
    QString error;
    auto store = PlanStore::create(args.at(1), data.info, &error, nullptr, &data);
    if (!store) {
        err() << error << Qt::endl;
        return 2;
    }
    out() << Cli::tr("Created %1").arg(QFileInfo(args.at(1)).absoluteFilePath()) << Qt::endl;
    return 0;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Exports a plan as a printable PDF (正文 and annex tables) without a display."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("export"), Cli::tr("Export a plan."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption what(QStringLiteral("what"),
                                  Cli::tr("What to print: plan, annex, responsibilities or all (default)."),
                                  Cli::tr("part"), QStringLiteral("all"));
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Write the task table as CSV (UTF-8) to this file."),
                                 Cli::tr("out.csv"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Cli::tr("Write the task table as an Excel workbook to this file."),
                                  Cli::tr("out.xlsx"));
    const QCommandLineOption odt(QStringLiteral("odt"), Cli::tr("Write the plan as an OpenDocument text to this file."),
                                 Cli::tr("out.odt"));
    parser.addOption(pdf);
    parser.addOption(odt);
    parser.addOption(csv);
    parser.addOption(xlsx);
    parser.addOption(what);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !(parser.isSet(pdf) || parser.isSet(odt) || parser.isSet(csv) || parser.isSet(xlsx))) {
        err() << Cli::tr("Usage: annualplan export FILE [--pdf OUT.pdf] [--odt OUT.odt] [--csv OUT.csv] [--xlsx OUT.xlsx] "
                         "[--what plan|annex|responsibilities|all]")
              << Qt::endl;
        return 64;
    }
    PrintOptions options;
    const QString part = parser.value(what);
    if (part == QLatin1String("plan"))
        options.parts = PrintOptions::Plan;
    else if (part == QLatin1String("annex"))
        options.parts = PrintOptions::Annex;
    else if (part == QLatin1String("responsibilities"))
        options.parts = PrintOptions::Responsibilities;
    else if (part != QLatin1String("all")) {
        err() << Cli::tr("Unknown part “%1”; use plan, annex, responsibilities or all.").arg(part) << Qt::endl;
        return 64;
    }
    QString error;
    auto doc = PlanDocument::open(args.at(1), PlanStore::Mode::ReadOnly, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return 2;
    }
    struct Output
    {
        const QCommandLineOption &option;
        std::function<bool(const QString &, QString *)> write;
    };
    const QList<Output> outputs = {
        {pdf, [&](const QString &p, QString *e) { return PlanPrinter(*doc, options).writePdf(p, e); }},
        {odt, [&](const QString &p, QString *e) { return OdtExport::write(*doc, options.fonts, p, e); }},
        {csv, [&](const QString &p, QString *e) { return TableExport::writeCsv(*doc, p, e); }},
        {xlsx, [&](const QString &p, QString *e) { return TableExport::writeXlsx(*doc, p, e); }},
    };
    for (const Output &o : outputs) {
        if (!parser.isSet(o.option))
            continue;
        if (!o.write(parser.value(o.option), &error)) {
            err() << error << Qt::endl;
            return 2;
        }
        out() << Cli::tr("Wrote %1").arg(QFileInfo(parser.value(o.option)).absoluteFilePath()) << Qt::endl;
    }
    return 0;
}

int runRollForward(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Starts next year's plan from last year's plan file, which is only read."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("rollforward"), Cli::tr("Roll a plan forward."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("Last year's plan file (.aplan)."));
    const QCommandLineOption year(QStringLiteral("year"), Cli::tr("The new plan year (default: the next year)."),
                                  Cli::tr("year"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The new plan file; it must not exist."), Cli::tr("new.aplan"));
    const QCommandLineOption keepYears(QStringLiteral("keep-years"),
                                       Cli::tr("Leave the old year in titles and text as it is."));
    const QCommandLineOption clearValues(QStringLiteral("clear-values"),
                                         Cli::tr("Keep each target's indicator and unit but clear its value."));
    const QCommandLineOption noCarry(QStringLiteral("no-carry"),
                                     Cli::tr("Do not mark tasks left unfinished last year as 延续."));
    const QCommandLineOption dropCompleted(QStringLiteral("drop-completed"),
                                           Cli::tr("Leave out one-off tasks (with a deadline) reported done last year."));
    parser.addOptions({year, output, keepYears, clearValues, noCarry, dropCompleted});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(output)) {
        err() << Cli::tr("Usage: annualplan rollforward LAST.aplan [--year YEAR] -o NEW.aplan [--keep-years] [--clear-values] "
                         "[--no-carry] [--drop-completed]")
              << Qt::endl;
        return 64;
    }
    RollForwardOptions options;
    options.year = parser.value(year).toInt();
    options.keepTargetValues = !parser.isSet(clearValues);
    options.markUnfinished = !parser.isSet(noCarry);
    options.dropCompletedOneOff = parser.isSet(dropCompleted);
    QString summary, error;
    if (!RollForward::run(args.at(1), parser.value(output), options, !parser.isSet(keepYears), &summary, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    out() << summary << Qt::endl;
    return 0;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads a plan document (.docx or text) and prints what was recognised as JSON, or writes it as a new plan file."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("import"), Cli::tr("Import a plan document."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("The document: .docx, .txt (UTF-8, GBK/GB18030 or UTF-16), or a task table: .xlsx, .csv, .tsv."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the extraction as JSON (the form of SCHEMA.md)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write the extraction as a new plan file; it must not exist."),
                                    Cli::tr("plan.aplan"));
    const QCommandLineOption year(QStringLiteral("year"), Cli::tr("Plan year when the document does not state one."),
                                  Cli::tr("year"));
    parser.addOptions({json, output, year});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (!parser.isSet(json) && !parser.isSet(output))) {
        err() << Cli::tr("Usage: annualplan import FILE (--json | -o NEW.aplan) [--year YEAR]") << Qt::endl;
        return 64;
    }
    QString error;
    const QString suffix = QFileInfo(args.at(1)).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        // A task table: columns mapped from its header, groups as sections.
        QList<QStringList> rows;
        if (!TableImport::read(args.at(1), &rows, &error)) {
            err() << error << Qt::endl;
            return 2;
        }
        const TableMapping mapping = TableImport::guess(rows);
        if (!mapping.hasTitle()) {
            err() << Cli::tr("No column of the table is headed as the task title (工作任务, 重点任务 …).") << Qt::endl;
            return 2;
        }
        const int planYear = parser.isSet(year) ? parser.value(year).toInt() : QDate::currentDate().year() + 1;
        const PlanData data = TableImport::toPlan(rows, mapping, planYear, QFileInfo(args.at(1)).completeBaseName());
        if (parser.isSet(json)) {
            QFile stdoutFile;
            if (stdoutFile.open(stdout, QIODevice::WriteOnly))
                stdoutFile.write(PlanJson::write(data));
        }
        if (parser.isSet(output)) {
            auto store = PlanStore::create(parser.value(output), data.info, &error, nullptr, &data);
            if (!store) {
                err() << error << Qt::endl;
                return 2;
            }
            err() << Cli::tr("Imported %1 sections, %2 tasks and %3 targets into %4.")
                         .arg(data.sections.size())
                         .arg(data.tasks.size())
                         .arg(data.targetCount())
                         .arg(parser.value(output))
                  << Qt::endl;
        }
        return 0;
    }
    ImportResult result;
    if (!PlanImport::readFile(args.at(1), &result, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    if (result.year == 0 && parser.isSet(year))
        result.year = parser.value(year).toInt();
    if (parser.isSet(json)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            err() << Cli::tr("Cannot write to standard output.") << Qt::endl;
            return 2;
        }
        stdoutFile.write(PlanImport::toJson(result));
        stdoutFile.flush();
    }
    if (parser.isSet(output)) {
        if (result.year <= 0) {
            err() << Cli::tr("The document does not state its plan year; give --year.") << Qt::endl;
            return 64;
        }
        const PlanData data = PlanImport::toPlan(result);
        auto store = PlanStore::create(parser.value(output), data.info, &error, nullptr, &data);
        if (!store) {
            err() << error << Qt::endl;
            return 2;
        }
        err() << Cli::tr("Imported %1 sections, %2 tasks and %3 targets into %4.")
                     .arg(result.count(ImportNode::Kind::Section))
                     .arg(result.count(ImportNode::Kind::Task))
                     .arg(result.targetCount())
                     .arg(parser.value(output))
              << Qt::endl;
    }
    return 0;
}

} // namespace

QString subcommand(int argc, char **argv)
{
    static const QStringList known = {QStringLiteral("info"), QStringLiteral("create"), QStringLiteral("export"),
                                      QStringLiteral("rollforward"), QStringLiteral("import")};
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return known.contains(a) ? a : QString();
    }
    return QString();
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

QString languageOption(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

int runSubcommand(const QString &name, const QStringList &arguments)
{
    if (name == QLatin1String("info"))
        return runInfo(arguments);
    if (name == QLatin1String("create"))
        return runCreate(arguments);
    if (name == QLatin1String("export"))
        return runExport(arguments);
    if (name == QLatin1String("rollforward"))
        return runRollForward(arguments);
    if (name == QLatin1String("import"))
        return runImport(arguments);
    return 64;
}

bool parseWindowArguments(const QStringList &arguments, QStringList *files, int *exitCode, QString *importDocument)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("AnnualPlan: draft, print and monitor an annual work plan.\n\n"
           "Subcommands (run without a display):\n"
           "  info FILE                     print a plan file's year, title and counts\n"
           "  create FILE --from-json JSON  create a plan file from plan JSON\n"
           "  export FILE --pdf OUT.pdf     print the plan and its annex tables to PDF (or --odt)\n"
           "  export FILE --xlsx|--csv OUT  write the task table for Excel or WPS\n"
           "  rollforward LAST -o NEW       start next year's plan from last year's\n"
           "  import DOC --json | -o NEW    read a Word or text plan into a structured plan"));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("A plan file (.aplan) to open."), Cli::tr("[file]"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          Cli::tr("Open the window with this plan document (.docx, .txt) under review for import."),
                                          Cli::tr("document"));
    parser.addOption(importOption);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        *exitCode = 64;
        return false;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
        err() << Cli::tr("Unknown language “%1”; use zh_CN or en.").arg(lang) << Qt::endl;
        *exitCode = 64;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        *exitCode = 0;
        return false;
    }
    *files = parser.positionalArguments();
    if (importDocument)
        *importDocument = parser.value(importOption);
    return true;
}

} // namespace ap::cli
