#include "planimport.h"

#include "domain/targetsteps.h"

#include "annextable.h"
#include "importrules.h"
#include "texttable.h"
#include "planoutline.h"
#include "io/planjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace ap {

using namespace importrules;

int ImportResult::count(ImportNode::Kind kind) const
{
    return int(std::count_if(nodes.cbegin(), nodes.cend(), [kind](const ImportNode &n) { return n.kind == kind; }));
}

int ImportResult::targetCount() const
{
    int n = 0;
    for (const ImportNode &node : nodes)
        n += int(node.targets.size());
    return n;
}

ImportResult PlanImport::parseText(const QString &input)
{
    // A task table pasted as text: the words before its header are read as a plan's, then the
    // table's rows either are the plan or fill in what its items leave out.
    if (const auto table = TextTable::find(input)) {
        ImportResult r;
        if (readWithTable(input, *table, &r))
            return r;
    }
    return planoutline::read(input);
}

bool PlanImport::readWithTable(const QString &input, const TextTable::Found &table, ImportResult *out)
{
    ImportResult r = planoutline::read(input.left(table.start));
    if (AnnexTable::apply(&r, QString(), table.rows) == 0)
        return false;
    // The plan's text after the table (its 保障措施, say) goes on after the rows.
    if (table.end < input.size()) {
        const ImportResult rest = planoutline::read(input.mid(table.end), false);
        const int offset = int(r.source.size()) + 1;
        r.source += QLatin1Char('\n') + rest.source;
        for (ImportNode n : rest.nodes) {
            n.sourceStart += offset;
            n.sourceEnd += offset;
            for (auto &span : n.targetSpans)
                span = {span.first + offset, span.second + offset};
            for (auto &span : n.responsibilitySpans)
                span = {span.first + offset, span.second + offset};
            r.nodes.append(n);
        }
    }
    *out = std::move(r);
    return true;
}

namespace {

// What reading an item's words gave it (units, deadline, cadence, targets and their marks, the
// guesses about them), forgotten before the words are read again; how it was found stays.
void forgetReading(ImportNode *node)
{
    node->lead.clear();
    node->support.clear();
    node->deadline = QDate();
    node->cadence.clear();
    node->targets.clear();
    node->targetSpans.clear();
    node->responsibilitySpans.clear();
    node->doubts &= ImportNode::NoLabel | ImportNode::TitleCut;
}

} // namespace

bool PlanImport::splitTask(ImportResult *result, int row, int sourcePos)
{
    if (row < 0 || row >= result->nodes.size() || result->nodes.at(row).kind != ImportNode::Kind::Task)
        return false;
    ImportNode &first = result->nodes[row];
    const QString folded = fold(result->source);
    if (sourcePos <= first.sourceStart || sourcePos >= first.sourceEnd || first.sourceEnd > folded.size())
        return false;
    // Back to the start of the sentence the position is in.
    int split = sourcePos;
    while (split > first.sourceStart && !planoutline::isSentenceEndChar(folded.at(split - 1)) && folded.at(split - 1) != QLatin1Char('\n'))
        --split;
    while (split < first.sourceEnd && folded.at(split).isSpace())
        ++split;
    int start = first.sourceStart;
    if (const auto label = matchLabel(folded, start))
        start += label->length;
    if (split <= start || split >= first.sourceEnd)
        return false;
    ImportNode second;
    second.kind = ImportNode::Kind::Task;
    second.origin = ImportNode::Origin::Paragraph;
    second.level = first.level;
    second.sourceStart = split;
    second.sourceEnd = first.sourceEnd;
    second.title = planoutline::itemTitle(result->source, folded, split, second.sourceEnd, true);
    second.text = result->source.mid(split, second.sourceEnd - split).trimmed();
    planoutline::recogniseRange(&second, folded, split, second.sourceEnd, result->year);
    // The first keeps its words before the sentence, and what they say.
    const qsizetype cut = first.text.lastIndexOf(second.text);
    if (cut > 0)
        first.text = first.text.left(cut).trimmed();
    first.sourceEnd = split;
    forgetReading(&first);
    planoutline::recogniseRange(&first, folded, start, split, result->year);
    result->nodes.insert(row + 1, second);
    return true;
}

bool PlanImport::mergeTasks(ImportResult *result, int row)
{
    if (row <= 0 || row >= result->nodes.size())
        return false;
    ImportNode &first = result->nodes[row - 1];
    const ImportNode second = result->nodes.at(row);
    if (first.kind != ImportNode::Kind::Task || second.kind != ImportNode::Kind::Task || second.level < first.level)
        return false;
    // What a table's columns or the clerk gave them stays where their words say nothing.
    QStringList lead = first.lead, support = first.support;
    for (const QString &n : second.lead)
        if (!lead.contains(n))
            lead.append(n);
    for (const QString &n : second.support)
        if (!support.contains(n) && !lead.contains(n))
            support.append(n);
    const QDate deadline = std::max(first.deadline, second.deadline);
    first.text = first.text + QLatin1Char('\n') + second.text;
    first.sourceEnd = std::max(first.sourceEnd, second.sourceEnd);
    forgetReading(&first);
    // Read again from the source, so that what is marked there stays where it stands.
    const QString folded = fold(result->source);
    int start = first.sourceStart;
    if (const auto label = matchLabel(folded, start))
        start += label->length;
    if (first.sourceEnd <= folded.size() && start < first.sourceEnd)
        planoutline::recogniseRange(&first, folded, start, first.sourceEnd, result->year);
    if (first.lead.isEmpty() && first.support.isEmpty()) {
        first.lead = lead;
        first.support = support;
    }
    if (!first.deadline.isValid())
        first.deadline = deadline;
    if (first.cadence.isEmpty())
        first.cadence = second.cadence;
    result->nodes.removeAt(row);
    return true;
}

void PlanImport::recognise(ImportNode *node, int planYear)
{
    forgetReading(node);
    const QString folded = fold(node->text);
    planoutline::recogniseRange(node, folded, 0, int(folded.size()), planYear);
}

namespace {

// In the samples' form (SCHEMA.md): each step of a target as a target of its own.
QJsonArray jsonTargets(const QList<Target> &targets)
{
    QJsonArray a;
    for (const Target &t : targets)
        for (const TargetStep &step : t.steps())
            a.append(QJsonObject{{QLatin1String("indicator"), t.indicator},
                                 {QLatin1String("op"), opSymbol(t.op)},
                                 {QLatin1String("value"), PlanJson::number(step.value)},
                                 {QLatin1String("unit"), t.unit},
                                 {QLatin1String("baseline"), PlanJson::number(t.baseline)},
                                 {QLatin1String("baseline_year"),
                                  t.baselineYear ? QJsonValue(*t.baselineYear) : QJsonValue(QJsonValue::Null)},
                                 {QLatin1String("due"), PlanJson::date(step.due)}});
    return a;
}

} // namespace

QByteArray PlanImport::toJson(const ImportResult &result)
{
    QJsonObject root;
    root.insert(QLatin1String("title"), result.title);
    root.insert(QLatin1String("year"), result.year > 0 ? QJsonValue(result.year) : QJsonValue(QJsonValue::Null));
    QJsonArray nodes;
    for (const ImportNode &n : result.nodes) {
        QJsonObject o{{QLatin1String("kind"), n.kind == ImportNode::Kind::Section ? QLatin1String("section")
                                                                                  : QLatin1String("task")},
                      {QLatin1String("level"), n.level},
                      {QLatin1String("label"), n.label},
                      {QLatin1String("title"), n.title}};
        if (n.kind == ImportNode::Kind::Task) {
            o.insert(QLatin1String("lead"), QJsonArray::fromStringList(n.lead));
            o.insert(QLatin1String("support"), QJsonArray::fromStringList(n.support));
            o.insert(QLatin1String("deadline"), PlanJson::date(n.deadline));
            o.insert(QLatin1String("targets"), jsonTargets(n.targets));
        } else if (!n.targets.isEmpty()) {
            o.insert(QLatin1String("targets"), jsonTargets(n.targets));
        }
        nodes.append(o);
    }
    root.insert(QLatin1String("nodes"), nodes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PlanData PlanImport::toPlan(const ImportResult &result)
{
    PlanData plan;
    plan.info.year = result.year;
    plan.info.title = result.title;
    Id nextId = 1;
    auto departmentId = [&](const QString &name) -> Id {
        if (const Department *d = plan.departmentByName(name))
            return d->id;
        plan.departments.append({nextId, name, QString(), int(plan.departments.size())});
        return nextId++;
    };
    auto addSection = [&](Id parent, const QString &title) {
        Section s{nextId++, parent, title};
        plan.sections.insert(s.id, s);
        plan.childSections[parent].append(s.id);
        return s.id;
    };
    auto addTask = [&](Id section, Task t) {
        t.id = nextId++;
        plan.tasks.insert(t.id, t);
        plan.sectionTasks[section].append(t.id);
        plan.taskSection.insert(t.id, section);
    };

    QList<QPair<int, Id>> open;   // level -> section
    Id looseSection = 0;
    for (const ImportNode &n : result.nodes) {
        while (!open.isEmpty() && open.last().first >= n.level)
            open.removeLast();
        const Id parent = open.isEmpty() ? 0 : open.last().second;
        if (n.kind == ImportNode::Kind::Section) {
            const Id id = addSection(parent, n.title);
            open.append({n.level, id});
            if (!n.targets.isEmpty()) {
                Task overall;
                overall.title = tr("Overall targets");
                overall.description = n.text;
                overall.targets = n.targets;
                addTask(id, overall);
            }
            continue;
        }
        Id section = parent;
        if (section == 0) {
            if (looseSection == 0)
                looseSection = addSection(0, result.title.isEmpty() ? tr("Imported items") : result.title);
            section = looseSection;
        }
        Task t;
        t.title = n.title;
        QString description = n.text;
        if (description.startsWith(n.title)) {
            description.remove(0, n.title.size());
            while (!description.isEmpty() && QStringLiteral("。；;，,：: \n").contains(description.front()))
                description.remove(0, 1);
        }
        t.description = description;
        t.deadline = n.deadline;
        t.notes = n.cadence;
        t.targets = foldSteps(n.targets);
        for (const QString &name : n.lead)
            t.assignments.append({departmentId(name), DepartmentRole::Lead});
        for (const QString &name : n.support)
            t.assignments.append({departmentId(name), DepartmentRole::Support});
        addTask(section, t);
    }
    return plan;
}

} // namespace ap
