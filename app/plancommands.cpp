// The subcommands on plan files: info, create, export, rollforward and import.
#include "subcommands.h"

#include "clisupport.h"
#include "commandline.h"

#include "document/plandocument.h"
#include "document/rollforward.h"
#include "document/serverplans.h"
#include "fs/inputfile.h"
#include "import/importkind.h"
#include "import/planimport.h"
#include "import/tableimport.h"
#include "io/planjson.h"
#include "io/tableexport.h"
#include "print/planprinter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace ap::cli {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Prints a plan file's year, title and counts without changing it."),
                Cli::tr("Show information about a plan file."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: annualplan info FILE"));
    const std::optional<PlanLocation> where = planArgument(args.at(1));
    if (!where)
        return ExitRefused;
    QString error;
    PlanData server;
    int version = 0;
    std::unique_ptr<PlanDocument> doc;
    // A plan on a server is read where it is; a file through its document.
    const bool remote = where->isServer();
    if (remote ? !ServerPlans::read(where->address(), &server, &version, &error)
               : !(doc = PlanDocument::open(*where, PlanDocument::Mode::ReadOnly, &error)))
        return refused(error);
    const PlanData &p = remote ? server : doc->plan();
    out() << (remote ? Cli::tr("Address: %1").arg(args.at(1)) : Cli::tr("File: %1").arg(QFileInfo(args.at(1)).absoluteFilePath()))
          << '\n'
          << Cli::tr("Year: %1").arg(p.info.year) << '\n'
          << Cli::tr("Title: %1").arg(p.info.title) << '\n'
          << Cli::tr("Organisation: %1").arg(p.info.organisation) << '\n'
          << Cli::tr("Sections: %1").arg(p.sections.size()) << '\n'
          << Cli::tr("Tasks: %1").arg(p.tasks.size()) << '\n'
          << Cli::tr("Targets: %1").arg(p.targetCount()) << '\n'
          << Cli::tr("Departments: %1").arg(p.departments.size()) << '\n'
          << Cli::tr("Schema version: %1").arg(remote ? version : doc->schemaVersion()) << Qt::endl;
    return ExitOk;
}

int runCleanCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Copies the plan's own rows from a plan file that another program has changed (a trigger, "
                        "view or changed table in it) into a new plan file made by AnnualPlan, and says what was "
                        "left behind. The original is only read."),
                Cli::tr("Make a clean copy of a plan file."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The new plan file; it must not exist."), Cli::tr("file"));
    parser.addOption(output);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(output))
        return usageError(Cli::tr("Usage: annualplan clean-copy FILE -o NEW"));
    QString error, report;
    if (!PlanDocument::makeCleanCopy(args.at(1), parser.value(output), &report, &error))
        return refused(error);
    out() << Cli::tr("Made a clean copy of %1 in %2.")
                 .arg(QFileInfo(args.at(1)).absoluteFilePath(), QFileInfo(parser.value(output)).absoluteFilePath())
          << '\n'
          << report << Qt::endl;
    return ExitOk;
}

int runCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Creates a new plan file, empty or from plan JSON."),
                Cli::tr("Create a new plan file."));
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
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: annualplan create FILE [--from-json PLAN.json | --year YEAR --title TITLE]"));
    PlanData data;
    if (parser.isSet(fromJson)) {
        QString error;
        QByteArray json;
        if (!fs::readInput(parser.value(fromJson), 64 * 1024 * 1024, &json, &error))
            return refused(error);
        if (!PlanJson::read(json, &data, &error))
            return refused(error);
    } else {
        if (!parser.isSet(year))
            return usageError(Cli::tr("Give --year for an empty plan."));
        data.info.year = yearArgument(parser.value(year));
        data.info.title = parser.value(title);
        if (data.info.year == 0)
            return ExitUsage;
    }
    QString error;
    auto store = PlanDocument::create(args.at(1), data, &error);
    if (!store)
        return refused(error);
    out() << Cli::tr("Created %1").arg(QFileInfo(args.at(1)).absoluteFilePath()) << Qt::endl;
    return ExitOk;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Exports a plan as a printable PDF (正文 and annex tables) without a display."),
                Cli::tr("Export a plan."));
    addPlanFileArgument(parser);
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption what(QStringLiteral("what"),
                                  Cli::tr("What to print: plan, annex, responsibilities or all (default)."),
                                  Cli::tr("part"), QStringLiteral("all"));
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Write the task table as CSV (UTF-8) to this file."),
                                 Cli::tr("out.csv"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Cli::tr("Write the task table as an Excel workbook to this file."),
                                  Cli::tr("out.xlsx"));
    const QCommandLineOption docx(QStringLiteral("docx"), Cli::tr("Write the plan as a Word document (.docx) to this file."),
                                  Cli::tr("out.docx"));
    parser.addOption(pdf);
    parser.addOption(docx);
    parser.addOption(csv);
    parser.addOption(xlsx);
    parser.addOption(what);
    const QCommandLineOption version(QStringLiteral("saved-version"),
                                     Cli::tr("Export a saved version of the plan (by name or number) as it was saved, "
                                             "instead of the plan now."),
                                     Cli::tr("version"));
    parser.addOption(version);
    const QCommandLineOption force = forceOption();
    parser.addOption(force);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !(parser.isSet(pdf) || parser.isSet(docx) || parser.isSet(csv) || parser.isSet(xlsx)))
        return usageError(Cli::tr("Usage: annualplan export FILE [--pdf OUT.pdf] [--docx OUT.docx] [--csv OUT.csv] [--xlsx OUT.xlsx] "
                                  "[--what plan|annex|responsibilities|all] [--saved-version VERSION] [--force]"));
    PrintOptions options;
    const QString part = parser.value(what);
    if (part == QLatin1String("plan"))
        options.parts = PrintOptions::Plan;
    else if (part == QLatin1String("annex"))
        options.parts = PrintOptions::Annex;
    else if (part == QLatin1String("responsibilities"))
        options.parts = PrintOptions::Responsibilities;
    else if (part != QLatin1String("all"))
        return usageError(Cli::tr("Unknown part “%1”; use plan, annex, responsibilities or all.").arg(part));
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    QString error;
    if (parser.isSet(version)) {
        const PlanVersion *v = versionArgument(*doc, parser.value(version));
        if (!v)
            return ExitRefused;
        std::unique_ptr<PlanDocument> shown = doc->openVersion(v->id, &error);
        if (!shown)
            return refused(error);
        doc = std::move(shown);
    }
    struct Output
    {
        const QCommandLineOption &option;
        std::function<bool(const QString &, QString *)> write;
    };
    const QList<Output> outputs = {
        {pdf, [&](const QString &p, QString *e) { return PlanPrinter(*doc, options).writePdf(p, e); }},
        {docx, [&](const QString &p, QString *e) { return PlanPrinter(*doc, options).writeDocx(p, e); }},
        {csv, [&](const QString &p, QString *e) { return TableExport::writeCsv(*doc, p, e); }},
        {xlsx, [&](const QString &p, QString *e) { return TableExport::writeXlsx(*doc, p, e); }},
    };
    // Every output is checked before the first is written: a refused one leaves nothing half done.
    for (const Output &o : outputs)
        if (parser.isSet(o.option) && !outputAllowed(parser.value(o.option), parser.isSet(force), args.at(1)))
            return ExitRefused;
    for (const Output &o : outputs) {
        if (!parser.isSet(o.option))
            continue;
        if (!o.write(parser.value(o.option), &error))
            return refused(error);
        out() << Cli::tr("Wrote %1").arg(QFileInfo(parser.value(o.option)).absoluteFilePath()) << Qt::endl;
    }
    return ExitOk;
}

int runRollForward(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Starts next year's plan from last year's plan file, which is only read."),
                Cli::tr("Roll a plan forward."));
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
    const QCommandLineOption review(QStringLiteral("review"),
                                    Cli::tr("Print, as JSON, the targets reported in periods only (no year-end value) and what "
                                            "each choice of baseline prints; write nothing."));
    const QCommandLineOption choices(QStringLiteral("choices"),
                                     Cli::tr("The baselines chosen for those targets: the JSON --review prints, each "
                                             "“choice” set to period, target or none."),
                                     Cli::tr("choices.json"));
    parser.addOptions({year, output, keepYears, clearValues, noCarry, dropCompleted, review, choices});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (!parser.isSet(output) && !parser.isSet(review)))
        return usageError(Cli::tr("Usage: annualplan rollforward LAST.aplan [--year YEAR] -o NEW.aplan [--keep-years] [--clear-values] "
                                  "[--no-carry] [--drop-completed] [--choices CHOICES.json], or LAST.aplan --review"));
    RollForwardOptions options;
    if (parser.isSet(year) && (options.year = yearArgument(parser.value(year))) == 0)
        return ExitUsage;
    options.keepTargetValues = !parser.isSet(clearValues);
    options.markUnfinished = !parser.isSet(noCarry);
    options.dropCompletedOneOff = parser.isSet(dropCompleted);
    const std::optional<PlanLocation> last = planArgument(args.at(1));
    if (!last)
        return ExitRefused;
    QString summary, error;
    if (parser.isSet(choices)) {
        QByteArray json;
        if (!fs::readInput(parser.value(choices), 16 * 1024 * 1024, &json, &error)
            || !RollForward::readChoices(json, &options.baselineChoices, &error))
            return refused(error);
    }
    if (parser.isSet(review)) {
        auto plan = PlanDocument::open(*last, PlanDocument::Mode::ReadOnly, &error);
        if (!plan)
            return refused(error);
        out() << QString::fromUtf8(RollForward::reviewJson(RollForward::review(plan->plan(), plan->reports(), options),
                                                           plan->plan().info.year));
        return ExitOk;
    }
    if (!RollForward::run(*last, parser.value(output), options, !parser.isSet(keepYears), &summary, &error))
        return refused(error);
    out() << summary << Qt::endl;
    return ExitOk;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, 
        Cli::tr("Reads a plan document (.docx, .pdf or text) and prints what was recognised as JSON, or writes it as a new plan file."),
                Cli::tr("Import a plan document."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("The document: .docx, .pdf, .txt (UTF-8, GBK/GB18030 or UTF-16), or a task table: .xlsx, .csv, .tsv."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the extraction as JSON (the form of SCHEMA.md)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write the extraction as a new plan file; it must not exist."),
                                    Cli::tr("plan.aplan"));
    const QCommandLineOption year(QStringLiteral("year"), Cli::tr("Plan year when the document does not state one."),
                                  Cli::tr("year"));
    parser.addOptions({json, output, year});
    parser.process(arguments);
    int givenYear = 0;
    if (parser.isSet(year) && (givenYear = yearArgument(parser.value(year))) == 0)
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (!parser.isSet(json) && !parser.isSet(output)))
        return usageError(Cli::tr("Usage: annualplan import FILE (--json | -o NEW.aplan) [--year YEAR]"));
    QString error;
    if (importKindOf(args.at(1)) == ImportKind::Table) {
        // A task table: columns mapped from its header, groups as sections.
        QList<QStringList> rows;
        if (!TableImport::read(args.at(1), &rows, &error))
            return refused(error);
        const TableMapping mapping = TableImport::guess(rows);
        if (!mapping.hasTitle())
            return refused(Cli::tr("No column of the table is headed as the task title (工作任务, 重点任务 …)."));
        const int planYear = givenYear != 0 ? givenYear : QDate::currentDate().year() + 1;
        const PlanData data = TableImport::toPlan(rows, mapping, planYear, QFileInfo(args.at(1)).completeBaseName());
        if (parser.isSet(json)) {
            QFile stdoutFile;
            if (stdoutFile.open(stdout, QIODevice::WriteOnly))
                stdoutFile.write(PlanJson::write(data));
        }
        if (parser.isSet(output)) {
            auto store = PlanDocument::create(parser.value(output), data, &error);
            if (!store)
                return refused(error);
            err() << Cli::tr("Imported %1 sections, %2 tasks and %3 targets into %4.")
                         .arg(data.sections.size())
                         .arg(data.tasks.size())
                         .arg(data.targetCount())
                         .arg(parser.value(output))
                  << Qt::endl;
        }
        return ExitOk;
    }
    ImportResult result;
    if (!PlanImport::readFile(args.at(1), &result, &error))
        return refused(error);
    if (result.year == 0 && givenYear != 0)
        result.year = givenYear;
    if (parser.isSet(json)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return refused(Cli::tr("Cannot write to standard output."));
        stdoutFile.write(PlanImport::toJson(result));
        stdoutFile.flush();
    }
    if (parser.isSet(output)) {
        if (result.year <= 0)
            return usageError(Cli::tr("The document does not state its plan year; give --year."));
        const PlanData data = PlanImport::toPlan(result);
        auto store = PlanDocument::create(parser.value(output), data, &error);
        if (!store)
            return refused(error);
        err() << Cli::tr("Imported %1 sections, %2 tasks and %3 targets into %4.")
                     .arg(result.count(ImportNode::Kind::Section))
                     .arg(result.count(ImportNode::Kind::Task))
                     .arg(result.targetCount())
                     .arg(parser.value(output))
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace ap::cli
