// The subcommands of the year's end: assess (the 年度目标考核).
#include "subcommands.h"

#include "clisupport.h"
#include "commandline.h"

#include "document/planedits.h"
#include "document/plandocument.h"
#include "io/assessmentjson.h"
#include "print/assessmentprinter.h"
#include "print/planprinter.h"
#include "print/yearsummary.h"
#include "status/assessmentengine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace ap::cli {

namespace {

// A number of points as typed: whole or with a fraction, 0 to 1000; nullopt (and a message) otherwise.
std::optional<double> pointsArgument(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !(v >= 0 && v <= 1000)) {
        usageError(Cli::tr("“%1” is not a number of points; give one from 0 to 1000, e.g. 7.5.").arg(text));
        return std::nullopt;
    }
    return v;
}

// A unit's mark on a task from --task, --unit, --self/--note and --review/--reason: written as
// an editor's edit, or as a reporter's own 自评 on a server plan.
int writeMark(PlanDocument &doc, const QCommandLineParser &parser, const QCommandLineOption &task,
              const QCommandLineOption &unit, const QCommandLineOption &self, const QCommandLineOption &note,
              const QCommandLineOption &review, const QCommandLineOption &reason)
{
    bool ok = false;
    const Id taskId = parser.value(task).toLongLong(&ok);
    const Department *department = doc.plan().departmentByName(parser.value(unit).trimmed());
    if (!ok || !doc.plan().tasks.contains(taskId))
        return refused(Cli::tr("The plan has no task %1 (the ids are those annualplan assess --json prints).").arg(parser.value(task)));
    if (!department)
        return refused(Cli::tr("The plan has no department “%1”.").arg(parser.value(unit)));
    const Task &t = *doc.plan().tasks.constFind(taskId);
    if (!t.assessment)
        return refused(Cli::tr("Task %1 is not assessed: give it points in the assessment scheme first.").arg(taskId));
    if (!t.hasDepartment(department->id, DepartmentRole::Lead))
        return refused(Cli::tr("“%1” does not lead task %2, so it is not assessed on it.").arg(department->name).arg(taskId));
    AssessmentMark mark;
    if (const AssessmentMark *old = doc.reports().assessment.mark(taskId, department->id))
        mark = *old;
    mark.taskId = taskId;
    mark.departmentId = department->id;
    for (const QCommandLineOption *o : {&self, &review})
        if (parser.isSet(*o)) {
            const std::optional<double> p = pointsArgument(parser.value(*o));
            if (!p)
                return ExitUsage;
            if (*p > t.assessment->points + 1e-9)
                return refused(Cli::tr("Task %1 is worth %2 point(s); %3 is more than that.")
                                   .arg(taskId)
                                   .arg(t.assessment->points)
                                   .arg(*p));
            (o == &self ? mark.selfPoints : mark.reviewPoints) = *p;
        }
    if (parser.isSet(note))
        mark.selfNote = parser.value(note);
    if (parser.isSet(reason))
        mark.reviewReason = parser.value(reason);
    if (parser.isSet(review) && mark.reviewReason.trimmed().isEmpty())
        return refused(Cli::tr("A review that sets the points gives its reason: add --reason."));
    const bool written = doc.isReadOnly() && !parser.isSet(review) && !parser.isSet(reason) ? doc.addSelfAssessment(mark)
                                                                                             : edits::setAssessmentMark(doc, mark);
    return written ? ExitOk : refused(doc.lastError());
}

} // namespace

int runAssess(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Scores the units of a plan at the year's end (年度目标考核) from the year's own figures, by the "
                        "plan's assessment scheme; records a unit's self-assessment (自评) or the review (复核); writes the "
                        "result notice (考核结果通报), the scheme's rules (考核细则) or one unit's score sheet as PDF or Word."),
                Cli::tr("Assess the year."));
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print every unit's score, item by item, as JSON."));
    const QCommandLineOption makeScheme(QStringLiteral("make-scheme"),
                                        Cli::tr("Make the scheme from the plan: 100 points spread over its sections and tasks."));
    const QCommandLineOption task(QStringLiteral("task"), Cli::tr("The task of a mark, by the id assess --json prints."), Cli::tr("id"));
    const QCommandLineOption unit(QStringLiteral("unit"), Cli::tr("The unit (department) of a mark or of a score sheet."),
                                  Cli::tr("name"));
    const QCommandLineOption self(QStringLiteral("self"), Cli::tr("The unit's own points on the task (自评)."), Cli::tr("points"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("The unit's note with its self-assessment."), Cli::tr("text"));
    const QCommandLineOption review(QStringLiteral("review"), Cli::tr("The reviewed points on the task (复核)."), Cli::tr("points"));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why the review changes the points."), Cli::tr("text"));
    const QCommandLineOption publish(QStringLiteral("publish"), Cli::tr("Publish the result: marks and awards no longer change."));
    const QCommandLineOption withdraw(QStringLiteral("withdraw"), Cli::tr("Withdraw the publication."));
    const QCommandLineOption rules(QStringLiteral("rules"), Cli::tr("Write the scheme's rules (考核细则) instead of the result."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption docx(QStringLiteral("docx"), Cli::tr("Write a Word document (.docx) to this file."), Cli::tr("out.docx"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The date the document is signed on (default: today)."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({json, makeScheme, task, unit, self, note, review, reason, publish, withdraw, rules, pdf, docx, date, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const bool marking = parser.isSet(task) || parser.isSet(self) || parser.isSet(review) || parser.isSet(note) || parser.isSet(reason);
    const bool writing = marking || parser.isSet(makeScheme) || parser.isSet(publish) || parser.isSet(withdraw);
    const QDate issued = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (args.size() != 2 || (marking && (!parser.isSet(task) || !parser.isSet(unit))) || !issued.isValid()
        || (parser.isSet(publish) && parser.isSet(withdraw)))
        return usageError(Cli::tr("Usage: annualplan assess PLAN [--make-scheme] [--task ID --unit NAME (--self P [--note T] | "
                                  "--review P --reason T)] [--publish | --withdraw] [--json] [--pdf OUT] [--docx OUT] "
                                  "[--rules | --unit NAME] [--date YYYY-MM-DD] [--force]"));
    auto doc = openPlanArgument(args.at(1), writing ? PlanDocument::Mode::ReadWrite : PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    if (parser.isSet(makeScheme)) {
        const AssessmentChange change = AssessmentEngine::defaultScheme(doc->plan());
        if (!edits::setAssessment(*doc, change, Cli::tr("Make the assessment scheme")))
            return refused(doc->lastError());
        err() << Cli::tr("The scheme assesses %1 task(s).").arg(std::count_if(change.items.cbegin(), change.items.cend(),
                                                                               [](const auto &i) { return i.has_value(); }))
              << Qt::endl;
    }
    if (marking) {
        if (const int code = writeMark(*doc, parser, task, unit, self, note, review, reason); code != ExitOk)
            return code;
    }
    if (parser.isSet(publish) || parser.isSet(withdraw)) {
        AssessmentChange change;
        change.scheme = doc->plan().assessment;
        change.scheme.published = parser.isSet(publish);
        if (!edits::setAssessment(*doc, change, parser.isSet(publish) ? Cli::tr("Publish the assessment") : Cli::tr("Withdraw the publication")))
            return refused(doc->lastError());
    }
    const AssessmentResult result = AssessmentEngine::assess(*doc->planInForce(AssessmentEngine::yearEnd(doc->plan())),
                                                             doc->reports());
    if (parser.isSet(json)) {
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(AssessmentJson::write(*doc, result));
    }
    if (!parser.isSet(pdf) && !parser.isSet(docx))
        return ExitOk;
    Id sheet = 0;
    if (parser.isSet(unit) && !marking) {
        const Department *d = doc->plan().departmentByName(parser.value(unit).trimmed());
        if (!d)
            return refused(Cli::tr("The plan has no department “%1”.").arg(parser.value(unit)));
        sheet = d->id;
    }
    const AssessmentPrinter printer(*doc,
                                    parser.isSet(rules) ? AssessmentPrinter::Kind::Rules
                                    : sheet            ? AssessmentPrinter::Kind::UnitSheet
                                                       : AssessmentPrinter::Kind::Bulletin,
                                    issued, sheet, PrintOptions::fromSettings().fonts);
    if (printer.result().itemCount == 0 && !parser.isSet(rules))
        return refused(Cli::tr("The plan has no assessment scheme yet: make one with --make-scheme (or in the window)."));
    return writeOutputs(parser,
                        {{&pdf, [&printer](const QString &path, QString *why) { return printer.writePdf(path, why); }},
                         {&docx, [&printer](const QString &path, QString *why) { return printer.writeDocx(path, why); }}},
                        parser.isSet(force), args.at(1));
}

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Writes a draft of the year's work summary (年度工作总结) from the plan and its reports, to finish in "
                        "Word or WPS: the year's counts, what each section achieved, the problems and what comes next. "
                        "Every figure is one the plan holds."),
                Cli::tr("Draft the year's summary."));
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write a PDF to this file."), Cli::tr("out.pdf"));
    const QCommandLineOption docx(QStringLiteral("docx"), Cli::tr("Write a Word document (.docx) to this file."), Cli::tr("out.docx"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The date the document is signed on (default: today)."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({pdf, docx, date, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QDate issued = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (args.size() != 2 || !(parser.isSet(pdf) || parser.isSet(docx)) || !issued.isValid())
        return usageError(Cli::tr("Usage: annualplan summary PLAN (--docx OUT.docx | --pdf OUT.pdf) [--date YYYY-MM-DD] [--force]"));
    auto doc = openPlanArgument(args.at(1), PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    const YearSummary summary(*doc, issued, PrintOptions::fromSettings().fonts);
    return writeOutputs(parser,
                        {{&pdf, [&summary](const QString &path, QString *why) { return summary.writePdf(path, why); }},
                         {&docx, [&summary](const QString &path, QString *why) { return summary.writeDocx(path, why); }}},
                        parser.isSet(force), args.at(1));
}

} // namespace ap::cli
