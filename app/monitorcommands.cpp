// The subcommands of monitoring: status, report, forms and collect.
#include "subcommands.h"

#include "clisupport.h"
#include "commandline.h"

#include "document/plandocument.h"
#include "io/statusjson.h"
#include "print/tablexlsx.h"
#include "print/scheduleprinter.h"
#include "status/monthlyschedule.h"
#include "monitor/collectionforms.h"
#include "print/planprinter.h"
#include "print/bulletinprinter.h"
#include "status/statusengine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace ap::cli {

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Prints each task's status, expected and reported progress and warning colour "
                                           "on a date, from the plan's progress reports."),
                Cli::tr("Show where every task stands."));
    addPlanFileArgument(parser);
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The day to judge on (default: today)."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({date, json});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QDate asOf = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (args.size() != 2 || !asOf.isValid())
        return usageError(Cli::tr("Usage: annualplan status FILE [--date YYYY-MM-DD] [--json]"));
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    // Measured against the version in force on the day (the plan now when none is).
    const PlanVersion *version = nullptr;
    const std::shared_ptr<const PlanData> measured = doc->planInForce(asOf, &version);
    const PlanData &plan = *measured;
    const QList<TaskResult> results = StatusEngine::evaluateAll(plan, doc->reports(), asOf);
    if (parser.isSet(json)) {
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(StatusJson::write(*doc, plan, version, results, asOf));
        return ExitOk;
    }
    if (version)
        out() << Cli::tr("Measured against the version “%1”.").arg(version->name) << Qt::endl;
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
    setUpParser(parser, arguments, Cli::tr("Writes the progress report (进展通报) of a period, or the year-end assessment, "
                                           "as a PDF without a display."),
                Cli::tr("Write a progress report."));
    addPlanFileArgument(parser);
    const QCommandLineOption periodOption = cli::periodOption();
    const QCommandLineOption annual(QStringLiteral("annual"), Cli::tr("The year-end assessment (年度考核) instead."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption docx(QStringLiteral("docx"), Cli::tr("Write a Word document (.docx) to this file."),
                                  Cli::tr("out.docx"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("Judge on this day instead of the period's last day."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({periodOption, annual, pdf, docx, date, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString periodKey = parser.value(periodOption);
    if (args.size() != 2 || !(parser.isSet(pdf) || parser.isSet(docx))
        || (!parser.isSet(annual) && !period::parse(periodKey, nullptr, nullptr)))
        return usageError(Cli::tr("Usage: annualplan report FILE (--period 2026Q2 | --annual) (--pdf OUT.pdf | --docx OUT.docx) [--date YYYY-MM-DD] [--force]"));
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    const QDate asOf = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate();
    if (parser.isSet(date) && !asOf.isValid())
        return usageError(Cli::tr("“%1” is not a date; give it as YYYY-MM-DD, e.g. 2026-06-30.").arg(parser.value(date)));
    const BulletinPrinter report(*doc, parser.isSet(annual) ? BulletinPrinter::Kind::Annual : BulletinPrinter::Kind::Progress,
                               parser.isSet(annual) ? QString::number(doc->plan().info.year) : periodKey, asOf,
                               PrintOptions::fromSettings().fonts);
    return writeOutputs(parser,
                        {{&pdf, [&report](const QString &path, QString *why) { return report.writePdf(path, why); }},
                         {&docx, [&report](const QString &path, QString *why) { return report.writeDocx(path, why); }}},
                        parser.isSet(force), args.at(1));
}

int runForms(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Writes one Excel return form per department for a period."),
                Cli::tr("Write return forms."));
    addPlanFileArgument(parser);
    const QCommandLineOption periodOption = cli::periodOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The folder for the forms."),
                                    Cli::tr("folder"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({periodOption, output, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(output) || !period::parse(parser.value(periodOption), nullptr, nullptr))
        return usageError(Cli::tr("Usage: annualplan forms FILE --period 2026Q2 -o FOLDER [--force]"));
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    QString error;
    // A form already in the folder may have been filled in: replaced only when told.
    QDir().mkpath(parser.value(output));
    for (const QString &path : CollectionForms::formPaths(*doc, parser.value(periodOption), parser.value(output)))
        if (!outputAllowed(path, parser.isSet(force), args.at(1)))
            return ExitRefused;
    const QStringList written = CollectionForms::writeForms(*doc, parser.value(periodOption), parser.value(output), &error);
    for (const QString &f : written)
        out() << f << Qt::endl;
    if (!error.isEmpty())
        return refused(error);
    return ExitOk;
}

int runCollect(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments, Cli::tr("Takes filled-in return forms back into the plan as progress reports."),
                Cli::tr("Take in return forms."));
    addPlanFileArgument(parser);
    parser.addPositionalArgument(QStringLiteral("forms"), Cli::tr("The filled-in forms (.xlsx)."), Cli::tr("FORM.xlsx…"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Only show what would change."));
    parser.addOption(dryRun);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3)
        return usageError(Cli::tr("Usage: annualplan collect FILE FORM.xlsx… [--dry-run]"));
    // Every form is read and checked against the plan opened only for reading; the plan is opened
    // for writing (and upgraded, if it is older) only when a form has something to take in.
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    QString error;
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
            out() << mark << ' ' << c.entry.taskTitle << '\t' << statusDisplay(c.report.status) << '\t'
                  << (c.report.percent ? QString::number(*c.report.percent) + QLatin1Char('%') : QString()) << Qt::endl;
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
    doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadWrite);
    if (!doc)
        return ExitRefused;
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

} // namespace ap::cli

namespace ap::cli {

int runSchedule(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Writes the plan's year month by month (月度工作安排表): a row per task, grouped by section or by "
                        "lead unit, its months from start to deadline shaded, and what falls due in each month. Without "
                        "an output, lists what falls due this month and next."),
                Cli::tr("The year month by month."));
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption docx(QStringLiteral("docx"), Cli::tr("Write a Word document (.docx) to this file."), Cli::tr("out.docx"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Cli::tr("Write an Excel workbook (.xlsx) to this file."), Cli::tr("out.xlsx"));
    const QCommandLineOption byUnit(QStringLiteral("by-unit"), Cli::tr("Group the tasks by their lead unit instead of by section."));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The day whose month and the next are listed (default: today)."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({pdf, docx, xlsx, byUnit, date, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QDate day = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (args.size() != 2 || !day.isValid())
        return usageError(Cli::tr("Usage: annualplan schedule PLAN [--pdf OUT.pdf] [--docx OUT.docx] [--xlsx OUT.xlsx] [--by-unit] "
                                  "[--date YYYY-MM-DD] [--force]"));
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    const MonthlySchedule::Grouping grouping = parser.isSet(byUnit) ? MonthlySchedule::Grouping::ByDepartment
                                                                    : MonthlySchedule::Grouping::BySection;
    const SchedulePrinter printer(*doc, grouping, PrintOptions::fromSettings().fonts);
    if (parser.isSet(pdf) || parser.isSet(docx) || parser.isSet(xlsx))
        return writeOutputs(parser,
                            {{&pdf, [&printer](const QString &path, QString *why) { return printer.writePdf(path, why); }},
                             {&docx, [&printer](const QString &path, QString *why) { return printer.writeDocx(path, why); }},
                             {&xlsx, [&printer](const QString &path, QString *why) {
                                  return TableXlsx::write(printer.table(), printer.title(), path, why);
                              }}},
                            parser.isSet(force), args.at(1));
    // This month's and next month's items, task by task.
    const PlanData &plan = doc->plan();
    for (const QDate month : {day, day.addMonths(1)}) {
        const QList<Id> due = MonthlySchedule::dueIn(plan, month.year(), month.month());
        out() << Cli::tr("Due in %1: %n task(s)", nullptr, int(due.size())).arg(month.toString(QStringLiteral("yyyy-MM"))) << Qt::endl;
        for (Id t : due) {
            const ScheduleRow row = MonthlySchedule::row(plan, t);
            QStringList items;
            for (const ScheduleItem &i : row.itemsIn(month.year(), month.month()))
                items << (i.kind == ScheduleItem::Kind::Deadline ? Cli::tr("deadline %1").arg(i.due.toString(Qt::ISODate))
                                                                 : QStringLiteral("%1 (%2)").arg(i.text, i.due.toString(Qt::ISODate)));
            out() << QStringLiteral("  ") << doc->taskPlace(t) << plan.tasks.value(t).title << QStringLiteral("  ")
                  << items.join(QStringLiteral("；")) << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace ap::cli
