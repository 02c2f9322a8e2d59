#include "assessmentprinter.h"

#include "status/assessmentwords.h"
#include "documentpainter.h"
#include "docxwriter.h"
#include "domain/documentlanguage.h"
#include "domain/targettext.h"
#include "pdfoutput.h"
#include "planprinter.h"

namespace ap {

namespace {

PrintedTable::Row row(const QStringList &cells)
{
    return {cells, false, {}};
}

PrintedTable::Row groupRow(const QString &name)
{
    return {{name}, true, {}};
}

} // namespace

AssessmentPrinter::AssessmentPrinter(const PlanDocument &doc, Kind kind, const QDate &issued, Id unit, const PrintFonts &fonts)
    : m_doc(doc)
    , m_kind(kind)
    , m_issued(issued.isValid() ? issued : QDate::currentDate())
    , m_unit(unit)
    , m_fonts(fonts)
    , m_measured(doc.planInForce(AssessmentEngine::yearEnd(doc.plan())))
    , m_result(AssessmentEngine::assess(*m_measured, doc.reports()))
{
}

QString AssessmentPrinter::text(const char *source)
{
    return doclang::text("ap::AssessmentPrinter", source);
}

QString AssessmentPrinter::unitName(Id id) const
{
    const Department *d = m_measured->department(id);
    return d ? d->name : QString();
}

QString AssessmentPrinter::taskName(Id task) const
{
    return m_doc.taskPlace(task) + m_measured->tasks.value(task).title.trimmed();
}

QString AssessmentPrinter::title() const
{
    const int year = m_measured->info.year;
    switch (m_kind) {
    case Kind::Bulletin: return text(QT_TR_NOOP("Notice of the results of the %1 annual target assessment")).arg(year);
    case Kind::Rules: return text(QT_TR_NOOP("Rules of the %1 annual target assessment")).arg(year);
    case Kind::UnitSheet: return text(QT_TR_NOOP("%1: scores of the %2 annual target assessment")).arg(unitName(m_unit)).arg(year);
    }
    return QString();
}

QString AssessmentPrinter::openingText() const
{
    const PlanInfo &info = m_measured->info;
    const QString organisation = info.organisation.trimmed().isEmpty() ? text(QT_TR_NOOP("We")) : info.organisation.trimmed();
    return text(QT_TR_NOOP("Under “%1” and its assessment scheme, %2 has assessed how %3 unit(s) carried out their %4 targets and "
                           "tasks (%5 assessed item(s), on a scale of 100, from the year's figures as reported by %6). "
                           "The results are announced as follows."))
        .arg(info.title.trimmed(), organisation)
        .arg(m_result.units.size())
        .arg(info.year)
        .arg(m_result.itemCount)
        .arg(PlanPrinter::yearMonthDay(m_result.asOf))
        + m_doc.versions().measuredWords(m_result.asOf);
}

QStringList AssessmentPrinter::tierTexts() const
{
    QStringList out;
    const QList<AssessmentTier> &tiers = m_measured->assessment.tiers;
    auto named = [this](const UnitScore &u) {
        return text(QT_TR_NOOP("%1 (%2 points)")).arg(unitName(u.departmentId), AssessmentWords::points(u.score));
    };
    for (const AssessmentTier &tier : tiers) {
        QStringList units;
        for (const UnitScore &u : m_result.units)
            if (!u.vetoed && u.tier == tier.name)
                units << named(u);
        if (!units.isEmpty())
            out << text(QT_TR_NOOP("%1: %2.")).arg(tierRange(tier), units.join(QStringLiteral("、")));
    }
    QStringList untiered, vetoed;
    for (const UnitScore &u : m_result.units) {
        if (u.vetoed)
            vetoed << unitName(u.departmentId);
        else if (u.tier.isEmpty())
            untiered << named(u);
    }
    if (!untiered.isEmpty())
        out << text(QT_TR_NOOP("Ranked: %1.")).arg(untiered.join(QStringLiteral("、")));
    if (!vetoed.isEmpty())
        out << text(QT_TR_NOOP("Vetoed (no score): %1.")).arg(vetoed.join(QStringLiteral("、")));
    return out;
}

QString AssessmentPrinter::tierRange(const AssessmentTier &tier) const
{
    // The lowest tier from 0 is said as below the next one up ("不合格（60分以下）").
    std::optional<double> above;
    for (const AssessmentTier &t : m_measured->assessment.tiers)
        if (t.minScore > tier.minScore && (!above || t.minScore < *above))
            above = t.minScore;
    if (tier.minScore <= 0 && above)
        return text(QT_TR_NOOP("%1 (below %2 points)")).arg(tier.name, formatNumber(*above));
    return text(QT_TR_NOOP("%1 (%2 points or more)")).arg(tier.name, formatNumber(tier.minScore));
}

QStringList AssessmentPrinter::lossTexts() const
{
    QStringList out;
    for (const UnitScore &u : m_result.units) {
        QStringList items;
        for (const ItemScore &i : u.items) {
            if (i.points >= i.available - 1e-9 && !i.pending)
                continue;
            const Task &task = *m_measured->tasks.constFind(i.taskId);
            const QString why = AssessmentWords::loss(i, *task.assessment, task);
            items << text(QT_TR_NOOP("%1: %2 of %3 point(s)%4"))
                         .arg(taskName(i.taskId), AssessmentWords::points(i.points), AssessmentWords::points(i.available),
                              why.isEmpty() ? QString() : text(QT_TR_NOOP(" (%1)")).arg(why));
        }
        for (const ExtraScore &e : u.extras) {
            const AssessmentExtra *extra = m_measured->assessment.extra(e.extraId);
            if (e.kind == AssessmentExtra::Kind::Veto)
                items << text(QT_TR_NOOP("vetoed: %1%2")).arg(extra->title, e.note.isEmpty() ? QString() : text(QT_TR_NOOP(" (%1)")).arg(e.note));
            else if (e.points > 0)
                items << text(QT_TR_NOOP("bonus: %1, %2 point(s)")).arg(extra->title, AssessmentWords::points(e.points));
        }
        if (items.isEmpty())
            continue;
        out << text(QT_TR_NOOP("%1 scored %2: %3.")).arg(unitName(u.departmentId), AssessmentWords::points(u.score),
                                                         items.join(text(QT_TR_NOOP("; "))));
    }
    if (out.isEmpty() && !m_result.units.isEmpty())
        out << text(QT_TR_NOOP("Every unit earned every point."));
    if (m_result.pendingCount > 0)
        out << text(QT_TR_NOOP("%1 item(s) scored by the assessors have no score yet and count as none.")).arg(m_result.pendingCount);
    return out;
}

PrintedTable AssessmentPrinter::rankingTable() const
{
    PrintedTable t;
    t.title = text(QT_TR_NOOP("Results of the %1 annual target assessment")).arg(m_measured->info.year);
    t.columns = {{text(QT_TR_NOOP("Rank")), 0.8},        {text(QT_TR_NOOP("Unit")), 3.0},
                 {text(QT_TR_NOOP("Points assessed")), 1.3}, {text(QT_TR_NOOP("Points earned")), 1.3},
                 {text(QT_TR_NOOP("Out of 100")), 1.3},  {text(QT_TR_NOOP("Bonus")), 1.0},
                 {text(QT_TR_NOOP("Score")), 1.2},       {text(QT_TR_NOOP("Tier")), 1.2},
                 {text(QT_TR_NOOP("Self-assessed")), 1.3}};
    for (const UnitScore &u : m_result.units)
        t.rows.append(row({QString::number(u.rank), unitName(u.departmentId), AssessmentWords::points(u.available),
                        AssessmentWords::points(u.earned), AssessmentWords::points(u.base), AssessmentWords::points(u.bonus),
                        u.vetoed ? text(QT_TR_NOOP("0 (vetoed)")) : AssessmentWords::points(u.score), u.tier,
                        u.selfScore ? AssessmentWords::points(*u.selfScore) : QStringLiteral("—")}));
    return t;
}

PrintedTable AssessmentPrinter::scoreTable(Id unit) const
{
    PrintedTable t;
    t.title = unit ? text(QT_TR_NOOP("%1: scores of the %2 annual target assessment")).arg(unitName(unit)).arg(m_measured->info.year)
                   : text(QT_TR_NOOP("Scores of each unit, %1")).arg(m_measured->info.year);
    t.columns = {{text(QT_TR_NOOP("No.")), 0.7},          {text(QT_TR_NOOP("Task")), 3.0},
                 {text(QT_TR_NOOP("Points")), 0.8},       {text(QT_TR_NOOP("Scoring rule")), 2.4},
                 {text(QT_TR_NOOP("What was reached")), 3.2}, {text(QT_TR_NOOP("Self")), 0.9},
                 {text(QT_TR_NOOP("Score")), 0.9},        {text(QT_TR_NOOP("Points lost because")), 2.6}};
    t.headerPerGroup = unit == 0;
    for (const UnitScore &u : m_result.units) {
        if (unit && u.departmentId != unit)
            continue;
        if (!unit)
            t.rows.append(groupRow(text(QT_TR_NOOP("%1 (score %2, %3)")).arg(unitName(u.departmentId), AssessmentWords::points(u.score), u.tier)));
        int n = 0;
        for (const ItemScore &i : u.items) {
            const Task &task = *m_measured->tasks.constFind(i.taskId);
            t.rows.append(row({QString::number(++n), taskName(i.taskId), AssessmentWords::points(i.available),
                            AssessmentWords::rule(*task.assessment, task), AssessmentWords::figures(i, task),
                            i.selfPoints ? AssessmentWords::points(*i.selfPoints) : QString(),
                            i.pending ? text(QT_TR_NOOP("to be scored")) : AssessmentWords::points(i.points),
                            AssessmentWords::loss(i, *task.assessment, task)}));
        }
        for (const ExtraScore &e : u.extras) {
            const AssessmentExtra *extra = m_measured->assessment.extra(e.extraId);
            const bool veto = e.kind == AssessmentExtra::Kind::Veto;
            t.rows.append(row({QString(), (veto ? text(QT_TR_NOOP("Veto: %1")) : text(QT_TR_NOOP("Bonus: %1"))).arg(extra->title),
                            QString(), QString(), e.note, QString(), veto ? QStringLiteral("—") : AssessmentWords::points(e.points),
                            QString()}));
        }
        t.rows.append(row({QString(), text(QT_TR_NOOP("Total")), AssessmentWords::points(u.available), QString(),
                        text(QT_TR_NOOP("%1 of %2 point(s), %3 out of 100, bonus %4"))
                            .arg(AssessmentWords::points(u.earned), AssessmentWords::points(u.available),
                                 AssessmentWords::points(u.base), AssessmentWords::points(u.bonus)),
                        u.selfScore ? AssessmentWords::points(*u.selfScore) : QString(),
                        u.vetoed ? text(QT_TR_NOOP("0 (vetoed)")) : AssessmentWords::points(u.score), u.tier}));
    }
    return t;
}

PrintedTable AssessmentPrinter::rulesTable() const
{
    const PlanData &plan = *m_measured;
    PrintedTable t;
    t.title = title();
    t.columns = {{text(QT_TR_NOOP("No.")), 0.7},          {text(QT_TR_NOOP("Task")), 3.6},
                 {text(QT_TR_NOOP("Lead")), 1.6},         {text(QT_TR_NOOP("Points")), 0.8},
                 {text(QT_TR_NOOP("Scoring rule")), 3.0}, {text(QT_TR_NOOP("How assessed")), 1.3}};
    int n = 0;
    for (Id top : plan.childSections.value(0)) {
        bool group = false;
        for (Id sid : plan.sectionSubtree(top))
            for (Id tid : plan.sectionTasks.value(sid)) {
                const Task &task = *plan.tasks.constFind(tid);
                if (!task.assessment)
                    continue;
                if (!group) {
                    t.rows.append(groupRow(m_doc.sectionLabel(top) + plan.sections.value(top).title));
                    group = true;
                }
                t.rows.append(row({QString::number(++n), taskName(tid), m_doc.departmentNames(task, DepartmentRole::Lead, QStringLiteral("、")),
                                AssessmentWords::points(task.assessment->points), AssessmentWords::rule(*task.assessment, task),
                                task.assessment->method}));
            }
    }
    if (!plan.assessment.extras.isEmpty()) {
        t.rows.append(groupRow(text(QT_TR_NOOP("Bonus and veto items"))));
        for (const AssessmentExtra &e : plan.assessment.extras) {
            const bool veto = e.kind == AssessmentExtra::Kind::Veto;
            const QString rule = veto ? text(QT_TR_NOOP("The unit scores nothing"))
                               : e.cap > 0 ? text(QT_TR_NOOP("%1 point(s) each time, at most %2")).arg(AssessmentWords::points(e.points), AssessmentWords::points(e.cap))
                                           : text(QT_TR_NOOP("%1 point(s) each time")).arg(AssessmentWords::points(e.points));
            t.rows.append(row({QString(), (veto ? text(QT_TR_NOOP("Veto: %1")) : text(QT_TR_NOOP("Bonus: %1"))).arg(e.title), QString(),
                            veto ? QStringLiteral("—") : AssessmentWords::points(e.points), rule, QString()}));
        }
    }
    return t;
}

QList<PrintedParagraph> AssessmentPrinter::closing() const
{
    using Role = PrintedParagraph::Role;
    QList<PrintedParagraph> out;
    const QString organisation = m_measured->info.organisation.trimmed();
    if (!organisation.isEmpty())
        out.append({Role::Signature, organisation});
    out.append({Role::Date, PlanPrinter::yearMonthDay(m_issued)});
    return out;
}

PrintedDocument AssessmentPrinter::content() const
{
    using Role = PrintedParagraph::Role;
    PrintedDocument out;
    out.title = title();
    out.body.append({Role::Title, title()});
    switch (m_kind) {
    case Kind::Bulletin: {
        out.body.append({Role::Body, openingText()});
        out.body.append({Role::Heading1, text(QT_TR_NOOP("I. Results"))});
        for (const QString &p : tierTexts())
            out.body.append({Role::Body, p});
        out.body.append({Role::Heading1, text(QT_TR_NOOP("II. Points lost"))});
        for (const QString &p : lossTexts())
            out.body.append({Role::Body, p});
        out.annexes = {rankingTable(), scoreTable()};
        break;
    }
    case Kind::Rules: {
        QStringList tiers;
        for (const AssessmentTier &tier : m_measured->assessment.tiers)
            tiers << tierRange(tier);
        out.body.append({Role::Body, text(QT_TR_NOOP("Each unit is assessed on the tasks it leads. The points of its tasks "
                                                     "make up 100; bonus items are added on top; a veto item scores the unit "
                                                     "nothing. Figures are the year's results as reported."))});
        if (!tiers.isEmpty())
            out.body.append({Role::Body, text(QT_TR_NOOP("Tiers: %1.")).arg(tiers.join(QStringLiteral("；")))});
        out.annexes = {rulesTable()};
        break;
    }
    case Kind::UnitSheet: {
        for (const UnitScore &u : m_result.units)
            if (u.departmentId == m_unit)
                out.body.append({Role::Body, text(QT_TR_NOOP("Score %1 (%2), ranked %3 of %4."))
                                                 .arg(u.vetoed ? text(QT_TR_NOOP("0 (vetoed)")) : AssessmentWords::points(u.score), u.tier)
                                                 .arg(u.rank)
                                                 .arg(m_result.units.size())});
        out.annexes = {scoreTable(m_unit)};
        break;
    }
    }
    for (int i = 0; i < out.annexes.size(); ++i)
        out.annexes[i].label = out.annexes.size() > 1 ? text(QT_TR_NOOP("Annex %1")).arg(i + 1) : text(QT_TR_NOOP("Annex"));
    out.body.append(PrintedDocument::attachmentNote(out.annexes));
    out.body.append(closing());
    return out;
}

int AssessmentPrinter::paint(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(content(), m_fonts, device);
}

bool AssessmentPrinter::writeDocx(const QString &path, QString *error) const
{
    return DocxWriter::write(content(), m_fonts, path, error);
}

bool AssessmentPrinter::writePdf(const QString &path, QString *error) const
{
    return DocumentPainter::writePdf(content(), m_fonts, path, error);
}

} // namespace ap
