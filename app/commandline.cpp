#include "commandline.h"

#include "document/plandocument.h"
#include "fs/inputfile.h"
#include "fs/outputtarget.h"
#include "document/rollforward.h"
#include "import/importkind.h"
#include "import/planimport.h"
#include "import/tableimport.h"
#include "print/reportprinter.h"
#include "monitor/collectionforms.h"
#include "status/statusengine.h"
#include "io/planjson.h"
#include "io/tableexport.h"
#include "print/odtexport.h"
#include "print/planprinter.h"

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
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

// A plan year given on the command line: a whole number from 1900 to 2999, else 0 (and a message).
int yearArgument(const QString &text)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (ok && year >= 1900 && year <= 2999)
        return year;
    err() << Cli::tr("“%1” is not a plan year; give one such as 2027.").arg(text) << Qt::endl;
    return 0;
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"), Cli::tr("Replace output files that already exist."));
}

// True when the command may write an output to path; otherwise says why. A plan file, a plan
// that is open, and the plan being read are never replaced, with --force or without.
bool outputAllowed(const QString &path, bool force, const QString &plan)
{
    QString why;
    if (fs::OutputTarget::check(path, fs::OutputTarget::Kind::Document,
                                force ? fs::OutputTarget::Existing::Replace : fs::OutputTarget::Existing::Refuse, plan,
                                &why))
        return true;
    err() << why << Qt::endl;
    return false;
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
        return ExitUsage;
    }
    QString error;
    StoreError code = StoreError::None;
    auto doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadOnly, &error, &code);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
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
    return ExitOk;
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
        return ExitUsage;
    }
    PlanData data;
    if (parser.isSet(fromJson)) {
        QString error;
        QByteArray json;
        if (!fs::readInput(parser.value(fromJson), 64 * 1024 * 1024, &json, &error)) {
            err() << error << Qt::endl;
            return ExitRefused;
        }
        if (!PlanJson::read(json, &data, &error)) {
            err() << error << Qt::endl;
            return ExitRefused;
        }
    } else {
        if (!parser.isSet(year)) {
            err() << Cli::tr("Give --year for an empty plan.") << Qt::endl;
            return ExitUsage;
        }
        data.info.year = yearArgument(parser.value(year));
        data.info.title = parser.value(title);
        if (data.info.year == 0)
            return ExitUsage;
    }
    QString error;
    auto store = PlanDocument::create(args.at(1), data, &error);
    if (!store) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    out() << Cli::tr("Created %1").arg(QFileInfo(args.at(1)).absoluteFilePath()) << Qt::endl;
    return ExitOk;
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
    const QCommandLineOption force = forceOption();
    parser.addOption(force);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !(parser.isSet(pdf) || parser.isSet(odt) || parser.isSet(csv) || parser.isSet(xlsx))) {
        err() << Cli::tr("Usage: annualplan export FILE [--pdf OUT.pdf] [--odt OUT.odt] [--csv OUT.csv] [--xlsx OUT.xlsx] "
                         "[--what plan|annex|responsibilities|all] [--force]")
              << Qt::endl;
        return ExitUsage;
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
        return ExitUsage;
    }
    QString error;
    auto doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadOnly, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
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
    // Every output is checked before the first is written: a refused one leaves nothing half done.
    for (const Output &o : outputs)
        if (parser.isSet(o.option) && !outputAllowed(parser.value(o.option), parser.isSet(force), args.at(1)))
            return ExitRefused;
    for (const Output &o : outputs) {
        if (!parser.isSet(o.option))
            continue;
        if (!o.write(parser.value(o.option), &error)) {
            err() << error << Qt::endl;
            return ExitRefused;
        }
        out() << Cli::tr("Wrote %1").arg(QFileInfo(parser.value(o.option)).absoluteFilePath()) << Qt::endl;
    }
    return ExitOk;
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
        return ExitUsage;
    }
    RollForwardOptions options;
    if (parser.isSet(year) && (options.year = yearArgument(parser.value(year))) == 0)
        return ExitUsage;
    options.keepTargetValues = !parser.isSet(clearValues);
    options.markUnfinished = !parser.isSet(noCarry);
    options.dropCompletedOneOff = parser.isSet(dropCompleted);
    QString summary, error;
    if (!RollForward::run(args.at(1), parser.value(output), options, !parser.isSet(keepYears), &summary, &error)) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    out() << summary << Qt::endl;
    return ExitOk;
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
    int givenYear = 0;
    if (parser.isSet(year) && (givenYear = yearArgument(parser.value(year))) == 0)
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (!parser.isSet(json) && !parser.isSet(output))) {
        err() << Cli::tr("Usage: annualplan import FILE (--json | -o NEW.aplan) [--year YEAR]") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (importKindOf(args.at(1)) == ImportKind::Table) {
        // A task table: columns mapped from its header, groups as sections.
        QList<QStringList> rows;
        if (!TableImport::read(args.at(1), &rows, &error)) {
            err() << error << Qt::endl;
            return ExitRefused;
        }
        const TableMapping mapping = TableImport::guess(rows);
        if (!mapping.hasTitle()) {
            err() << Cli::tr("No column of the table is headed as the task title (工作任务, 重点任务 …).") << Qt::endl;
            return ExitRefused;
        }
        const int planYear = givenYear != 0 ? givenYear : QDate::currentDate().year() + 1;
        const PlanData data = TableImport::toPlan(rows, mapping, planYear, QFileInfo(args.at(1)).completeBaseName());
        if (parser.isSet(json)) {
            QFile stdoutFile;
            if (stdoutFile.open(stdout, QIODevice::WriteOnly))
                stdoutFile.write(PlanJson::write(data));
        }
        if (parser.isSet(output)) {
            auto store = PlanDocument::create(parser.value(output), data, &error);
            if (!store) {
                err() << error << Qt::endl;
                return ExitRefused;
            }
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
    if (!PlanImport::readFile(args.at(1), &result, &error)) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    if (result.year == 0 && givenYear != 0)
        result.year = givenYear;
    if (parser.isSet(json)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            err() << Cli::tr("Cannot write to standard output.") << Qt::endl;
            return ExitRefused;
        }
        stdoutFile.write(PlanImport::toJson(result));
        stdoutFile.flush();
    }
    if (parser.isSet(output)) {
        if (result.year <= 0) {
            err() << Cli::tr("The document does not state its plan year; give --year.") << Qt::endl;
            return ExitUsage;
        }
        const PlanData data = PlanImport::toPlan(result);
        auto store = PlanDocument::create(parser.value(output), data, &error);
        if (!store) {
            err() << error << Qt::endl;
            return ExitRefused;
        }
        err() << Cli::tr("Imported %1 sections, %2 tasks and %3 targets into %4.")
                     .arg(result.count(ImportNode::Kind::Section))
                     .arg(result.count(ImportNode::Kind::Task))
                     .arg(result.targetCount())
                     .arg(parser.value(output))
              << Qt::endl;
    }
    return ExitOk;
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints each task's status, expected and reported progress and warning colour "
                                             "on a date, from the plan's progress reports."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("status"), Cli::tr("Show where every task stands."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The day to judge on (default: today)."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({date, json});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QDate asOf = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (args.size() != 2 || !asOf.isValid()) {
        err() << Cli::tr("Usage: annualplan status FILE [--date YYYY-MM-DD] [--json]") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    auto doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadOnly, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    const PlanData &plan = doc->plan();
    const QList<TaskResult> results = StatusEngine::evaluateAll(plan, doc->checkins(), asOf);
    auto number = [](const std::optional<double> &v) {
        return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
    };
    if (parser.isSet(json)) {
        QJsonArray tasks;
        QJsonObject counts;
        for (const TaskResult &r : results) {
            const Task &t = *plan.tasks.constFind(r.taskId);
            QJsonArray targets;
            for (int i = 0; i < t.targets.size() && i < r.targets.size(); ++i) {
                const Target &target = t.targets.at(i);
                const TargetResult &res = r.targets.at(i);
                targets.append(QJsonObject{{QStringLiteral("indicator"), target.indicator},
                                           {QStringLiteral("op"), opSymbol(target.op)},
                                           {QStringLiteral("value"), number(target.value)},
                                           {QStringLiteral("unit"), target.unit},
                                           {QStringLiteral("actual"), number(res.actual)},
                                           {QStringLiteral("met"), res.met ? QJsonValue(*res.met) : QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("cumulative"), res.cumulative},
                                           {QStringLiteral("expected"), number(res.expected)}});
            }
            QJsonArray lead;
            for (Id d : t.departmentIds(DepartmentRole::Lead))
                if (const Department *dep = plan.department(d))
                    lead.append(dep->name);
            tasks.append(QJsonObject{
                {QStringLiteral("id"), r.taskId},
                {QStringLiteral("label"), doc->taskLabel(r.taskId)},
                {QStringLiteral("section"), plan.sections.value(plan.taskSection.value(r.taskId)).title},
                {QStringLiteral("title"), t.title},
                {QStringLiteral("lead"), lead},
                {QStringLiteral("deadline"), t.deadline.isValid() ? QJsonValue(t.deadline.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), statusKey(r.status)},
                {QStringLiteral("expected"), std::round(r.expected * 10) / 10},
                {QStringLiteral("actual"), number(r.actual)},
                {QStringLiteral("warning"), warningKey(r.warning)},
                {QStringLiteral("days_left"), r.daysLeft ? QJsonValue(*r.daysLeft) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("last_report"), r.latest ? QJsonValue(r.latest->period.isEmpty() ? r.latest->reportDate.toString(Qt::ISODate) : r.latest->period) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("targets"), targets}});
            counts.insert(warningKey(r.warning), counts.value(warningKey(r.warning)).toInt() + 1);
        }
        const QJsonObject root{{QStringLiteral("plan"), plan.info.title},
                               {QStringLiteral("year"), plan.info.year},
                               {QStringLiteral("date"), asOf.toString(Qt::ISODate)},
                               {QStringLiteral("warn_days"), plan.info.warnDays},
                               {QStringLiteral("behind_points"), plan.info.behindPoints},
                               {QStringLiteral("counts"), counts},
                               {QStringLiteral("tasks"), tasks}};
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const TaskResult &r : results) {
        const Task &t = *plan.tasks.constFind(r.taskId);
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5/%6")
                     .arg(warningDisplay(r.warning), statusDisplay(r.status), doc->taskLabel(r.taskId), t.title)
                     .arg(r.actual ? QString::number(qRound(*r.actual)) + QLatin1Char('%') : QStringLiteral("—"))
                     .arg(QString::number(qRound(r.expected)) + QLatin1Char('%'))
              << Qt::endl;
    }
    return ExitOk;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes the progress report (进展通报) of a period, or the year-end assessment, "
                                             "as a PDF without a display."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("report"), Cli::tr("Write a progress report."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    const QCommandLineOption periodOption(QStringLiteral("period"), Cli::tr("The period: 2026Q2 or 2026-05."),
                                          Cli::tr("period"));
    const QCommandLineOption annual(QStringLiteral("annual"), Cli::tr("The year-end assessment (年度考核) instead."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption odt(QStringLiteral("odt"), Cli::tr("Write an OpenDocument text to this file."),
                                 Cli::tr("out.odt"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("Judge on this day instead of the period's last day."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({periodOption, annual, pdf, odt, date, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString periodKey = parser.value(periodOption);
    if (args.size() != 2 || !(parser.isSet(pdf) || parser.isSet(odt))
        || (!parser.isSet(annual) && !period::parse(periodKey, nullptr, nullptr))) {
        err() << Cli::tr("Usage: annualplan report FILE (--period 2026Q2 | --annual) (--pdf OUT.pdf | --odt OUT.odt) [--date YYYY-MM-DD] [--force]")
              << Qt::endl;
        return ExitUsage;
    }
    QString error;
    auto doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadOnly, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    const QDate asOf = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate();
    if (parser.isSet(date) && !asOf.isValid()) {
        err() << Cli::tr("“%1” is not a date; give it as YYYY-MM-DD, e.g. 2026-06-30.").arg(parser.value(date)) << Qt::endl;
        return ExitUsage;
    }
    const ReportPrinter report(*doc, parser.isSet(annual) ? ReportPrinter::Kind::Annual : ReportPrinter::Kind::Progress,
                               parser.isSet(annual) ? QString::number(doc->plan().info.year) : periodKey, asOf,
                               PrintOptions::fromSettings().fonts);
    for (const QCommandLineOption *o : {&pdf, &odt})
        if (parser.isSet(*o) && !outputAllowed(parser.value(*o), parser.isSet(force), args.at(1)))
            return ExitRefused;
    for (const QCommandLineOption *o : {&pdf, &odt}) {
        if (!parser.isSet(*o))
            continue;
        const QString path = parser.value(*o);
        if (!(o == &pdf ? report.writePdf(path, &error) : report.writeOdt(path, &error))) {
            err() << error << Qt::endl;
            return ExitRefused;
        }
        out() << Cli::tr("Wrote %1").arg(path) << Qt::endl;
    }
    return ExitOk;
}

int runForms(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes one Excel return form per department for a period."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("forms"), Cli::tr("Write return forms."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    const QCommandLineOption periodOption(QStringLiteral("period"), Cli::tr("The period: 2026Q2 or 2026-05."),
                                          Cli::tr("period"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The folder for the forms."),
                                    Cli::tr("folder"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({periodOption, output, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(output) || !period::parse(parser.value(periodOption), nullptr, nullptr)) {
        err() << Cli::tr("Usage: annualplan forms FILE --period 2026Q2 -o FOLDER [--force]") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    auto doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadOnly, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    // A form already in the folder may have been filled in: replaced only when told.
    QDir().mkpath(parser.value(output));
    for (const QString &path : CollectionForms::formPaths(*doc, parser.value(periodOption), parser.value(output)))
        if (!outputAllowed(path, parser.isSet(force), args.at(1)))
            return ExitRefused;
    const QStringList written = CollectionForms::writeForms(*doc, parser.value(periodOption), parser.value(output), &error);
    for (const QString &f : written)
        out() << f << Qt::endl;
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    return ExitOk;
}

int runCollect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Takes filled-in return forms back into the plan as progress reports."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("collect"), Cli::tr("Take in return forms."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    parser.addPositionalArgument(QStringLiteral("forms"), Cli::tr("The filled-in forms (.xlsx)."), Cli::tr("FORM.xlsx…"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Only show what would change."));
    parser.addOption(dryRun);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3) {
        err() << Cli::tr("Usage: annualplan collect FILE FORM.xlsx… [--dry-run]") << Qt::endl;
        return ExitUsage;
    }
    // Every form is read and checked against the plan opened only for reading; the plan is opened
    // for writing (and upgraded, if it is older) only when a form has something to take in.
    QString error;
    auto doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadOnly, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    int status = ExitOk;
    QStringList toTake;
    for (int i = 2; i < args.size(); ++i) {
        const QString name = QFileInfo(args.at(i)).fileName();
        ReturnedForm form;
        if (!CollectionForms::readForm(*doc, args.at(i), &form, &error)) {
            err() << error << Qt::endl;
            status = ExitRefused;
            continue;
        }
        if (!form.problems.isEmpty()) {
            for (const FormProblem &p : std::as_const(form.problems))
                err() << Cli::tr("%1: %2").arg(name, p.describe()) << Qt::endl;
            err() << Cli::tr("%1 was not taken in: correct the cells above and take it in again.").arg(name) << Qt::endl;
            status = ExitRefused;
            continue;
        }
        const QList<FormChange> changes = CollectionForms::changes(*doc, form, QDate::currentDate());
        int fresh = 0, corrected = 0, same = 0;
        for (const FormChange &c : changes) {
            const char *mark = c.kind == FormChange::New ? "+" : c.kind == FormChange::Correction ? "~" : "=";
            fresh += c.kind == FormChange::New;
            corrected += c.kind == FormChange::Correction;
            same += c.kind == FormChange::Unchanged;
            out() << mark << ' ' << c.entry.taskTitle << '\t' << statusDisplay(c.checkIn.status) << '\t'
                  << (c.checkIn.percent ? QString::number(*c.checkIn.percent) + QLatin1Char('%') : QString()) << Qt::endl;
        }
        out() << Cli::tr("%1 (%2, %3): %4 new, %5 corrected, %6 unchanged.")
                     .arg(name, form.department, period::display(form.period))
                     .arg(fresh)
                     .arg(corrected)
                     .arg(same)
              << Qt::endl;
        if (fresh + corrected > 0)
            toTake << args.at(i);
    }
    if (parser.isSet(dryRun) || toTake.isEmpty())
        return status;
    doc = PlanDocument::open(args.at(1), PlanDocument::Mode::ReadWrite, &error);
    if (!doc) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    QString failure;
    QObject::connect(doc.get(), &PlanDocument::writeFailed, [&failure](const QString &m) { failure = m; });
    for (const QString &path : std::as_const(toTake)) {
        ReturnedForm form;
        error.clear();
        if (!CollectionForms::readForm(*doc, path, &form, &error) || !form.problems.isEmpty()) {
            err() << (error.isEmpty() ? Cli::tr("%1 changed while it was taken in; take it in again.").arg(path) : error)
                  << Qt::endl;
            status = ExitRefused;
            continue;
        }
        failure.clear();
        CollectionForms::apply(doc.get(), CollectionForms::changes(*doc, form, QDate::currentDate()),
                               QFileInfo(path).fileName());
        if (!failure.isEmpty()) {
            err() << failure << Qt::endl;
            status = ExitRefused;
        }
    }
    return status;
}

} // namespace

QString subcommand(int argc, char **argv)
{
    static const QStringList known = {QStringLiteral("info"), QStringLiteral("create"), QStringLiteral("export"),
                                      QStringLiteral("rollforward"), QStringLiteral("import"), QStringLiteral("status"),
                                      QStringLiteral("report"), QStringLiteral("forms"), QStringLiteral("collect")};
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
    if (name == QLatin1String("status"))
        return runStatus(arguments);
    if (name == QLatin1String("report"))
        return runReport(arguments);
    if (name == QLatin1String("forms"))
        return runForms(arguments);
    if (name == QLatin1String("collect"))
        return runCollect(arguments);
    return ExitUsage;
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
           "  import DOC --json | -o NEW    read a Word or text plan into a structured plan\n"
           "  status FILE [--date D] --json where every task stands: status, progress, warning\n"
           "  report FILE --period 2026Q2 --pdf OUT  the progress report (进展通报) as PDF\n"
           "  forms FILE --period 2026Q2 -o DIR       one Excel return form per department\n"
           "  collect FILE FORM.xlsx…                 take filled-in forms back as progress reports"));
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
