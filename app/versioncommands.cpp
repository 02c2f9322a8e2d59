// The subcommands of a plan's versions: version (save one, list them) and compare (what changed
// since one, with the reasons).
#include "subcommands.h"

#include "clisupport.h"
#include "commandline.h"

#include "document/planedits.h"
#include "document/plandocument.h"
#include "document/versioncomparison.h"
#include "io/comparisonjson.h"
#include "print/adjustmentprinter.h"
#include "print/planprinter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ap::cli {

namespace {

QString savedWords(const PlanVersion &v)
{
    const QString when = v.savedWhen();
    return v.savedBy.isEmpty() ? when : Cli::tr("%1 by %2").arg(when, v.savedBy);
}

void printComparison(const VersionComparison &c, const PlanVersions &versions)
{
    out() << Cli::tr("From “%1” (%2) to %3: %n change(s)", nullptr, int(c.changes.size()))
                 .arg(c.from.name, savedWords(c.from), c.to ? QStringLiteral("“%1” (%2)").arg(c.to->name, savedWords(*c.to))
                                                            : c.toName())
          << Qt::endl;
    QString group = QStringLiteral("\x01");
    for (const PlanChange &change : c.changes) {
        if (change.groupTitle != group) {
            group = change.groupTitle;
            out() << Qt::endl << (group.isEmpty() ? Cli::tr("The plan and its units") : group) << Qt::endl;
        }
        out() << QStringLiteral("  [%1] ").arg(changeKindWords(change.kind)) << change.place << change.title << QStringLiteral("  (")
              << change.key() << QStringLiteral(")") << Qt::endl;
        auto lines = [](const QString &label, const QString &text) {
            if (text.isEmpty())
                return;
            for (const QString &l : text.split(QLatin1Char('\n')))
                out() << QStringLiteral("    ") << label << l << Qt::endl;
        };
        lines(Cli::tr("was: "), change.before);
        lines(Cli::tr("now: "), change.after);
        lines(Cli::tr("reason: "), c.reason(change, versions));
    }
}

} // namespace

int runVersion(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Saves the plan as it is now under a name (a named version, such as 印发版 when it is issued or "
                        "调整版 after a mid-year adjustment), or lists the plan's versions. A version is never changed; "
                        "compare shows what changed since one."),
                Cli::tr("Save or list the plan's versions."));
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    const QCommandLineOption save(QStringLiteral("save"), Cli::tr("Save the plan now as a version with this name."), Cli::tr("name"));
    const QCommandLineOption list(QStringLiteral("list"), Cli::tr("List the plan's versions, oldest first."));
    parser.addOptions({save, list});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || parser.isSet(save) == parser.isSet(list))
        return usageError(Cli::tr("Usage: annualplan version PLAN (--save NAME | --list)"));
    auto doc = openPlanArgument(args.at(1), parser.isSet(save) ? PlanDocument::Mode::ReadWrite : PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    if (parser.isSet(save)) {
        PlanVersion saved;
        if (!doc->saveVersion(parser.value(save), &saved))
            return refused(doc->lastError());
        out() << Cli::tr("Saved the version “%1” (%n task(s)).", nullptr, saved.taskCount).arg(saved.name) << Qt::endl;
        return ExitOk;
    }
    if (doc->versions().list.isEmpty())
        out() << Cli::tr("The plan has no versions.") << Qt::endl;
    int number = 0;
    for (const PlanVersion &v : doc->versions().list)
        out() << ++number << QStringLiteral("  ") << v.name << QStringLiteral("  ") << savedWords(v) << QStringLiteral("  ")
              << Cli::tr("%n task(s)", nullptr, v.taskCount) << Qt::endl;
    return ExitOk;
}

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Shows what changed in the plan since a version (or between two): tasks, targets, steps, deadlines, "
                        "units and headings added, removed or changed, matched by identity, each with the reason typed for "
                        "it; --reason records one."),
                Cli::tr("Compare the plan with a version."));
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("The earlier version, by name or number."), Cli::tr("version"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("The later version (default: the plan now)."), Cli::tr("version"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the changes as JSON."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Cli::tr("Record the reason for a change (调整理由), by the change's key as the list shows it: "
                                            "task:12=上级指标调整. May be given more than once."),
                                    Cli::tr("key=text"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Write the adjustment table (调整对照表) as PDF to this file."),
                                 Cli::tr("out.pdf"));
    const QCommandLineOption docx(QStringLiteral("docx"), Cli::tr("Write the adjustment table as a Word document (.docx)."),
                                  Cli::tr("out.docx"));
    const QCommandLineOption cover(QStringLiteral("cover"),
                                   Cli::tr("Put the table behind a cover: request (请示) or notice (通知, under the plan's 版头)."),
                                   Cli::tr("kind"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The date the cover is signed on (default: today)."),
                                  Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({from, to, json, reason, pdf, docx, cover, date, force});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString coverKind = parser.value(cover);
    const QDate issued = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (args.size() != 2 || !parser.isSet(from) || !issued.isValid()
        || !(coverKind.isEmpty() || coverKind == QLatin1String("request") || coverKind == QLatin1String("notice")))
        return usageError(Cli::tr("Usage: annualplan compare PLAN --from VERSION [--to VERSION] [--json] [--reason KEY=TEXT]… "
                                  "[--pdf OUT.pdf] [--docx OUT.docx] [--cover request|notice] [--date YYYY-MM-DD] [--force]"));
    const bool writes = parser.isSet(reason);
    auto doc = openPlanArgument(args.at(1), writes ? PlanDocument::Mode::ReadWrite : PlanDocument::Mode::ReadOnly);
    if (!doc)
        return ExitRefused;
    const PlanVersion *earlier = versionArgument(*doc, parser.value(from));
    const PlanVersion *later = parser.isSet(to) ? versionArgument(*doc, parser.value(to)) : nullptr;
    if (!earlier || (parser.isSet(to) && !later))
        return ExitRefused;
    VersionComparison comparison;
    QString error;
    if (!VersionComparison::make(*doc, earlier->id, later ? later->id : 0, &comparison, &error))
        return refused(error);
    // Every key checked before any reason is written: a mistyped one changes nothing.
    QList<QPair<QString, QString>> reasons;
    for (const QString &given : parser.values(reason)) {
        const QString key = given.section(QLatin1Char('='), 0, 0).trimmed();
        if (!std::any_of(comparison.changes.cbegin(), comparison.changes.cend(),
                         [&](const PlanChange &c) { return c.key() == key; }))
            return refused(Cli::tr("No change has the key “%1”; the keys are those the list shows in brackets.").arg(key));
        reasons.append({key, given.section(QLatin1Char('='), 1).trimmed()});
    }
    for (const auto &[key, text] : std::as_const(reasons))
        if (!edits::setAdjustmentReason(*doc, comparison.from.id, key, text))
            return refused(doc->lastError());
    if (parser.isSet(json))
        out() << QString::fromUtf8(ComparisonJson::write(comparison, doc->versions())) << Qt::flush;
    else if (!parser.isSet(pdf) && !parser.isSet(docx))
        printComparison(comparison, doc->versions());
    if (!parser.isSet(pdf) && !parser.isSet(docx))
        return ExitOk;
    const AdjustmentPrinter printer(*doc, comparison,
                                    coverKind == QLatin1String("request")  ? AdjustmentPrinter::Cover::Request
                                    : coverKind == QLatin1String("notice") ? AdjustmentPrinter::Cover::Notice
                                                                           : AdjustmentPrinter::Cover::None,
                                    issued, PrintOptions::fromSettings().fonts);
    return writeOutputs(parser,
                        {{&pdf, [&printer](const QString &path, QString *why) { return printer.writePdf(path, why); }},
                         {&docx, [&printer](const QString &path, QString *why) { return printer.writeDocx(path, why); }}},
                        parser.isSet(force), args.at(1));
}

} // namespace ap::cli
