#include "tasktsv.h"

#include <QHash>
#include <QRegularExpression>

// What a task table's cells mean apart from any plan: which field a header names and the date
// a deadline cell gives. The import readers use these without the pasting around them.
namespace ap {

namespace {

QString normalise(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace() && !c.isPunct())
            out += c.toLower();
    return out;
}

} // namespace

QList<TaskTsv::Field> TaskTsv::headerFields(const QStringList &header)
{
    static const QList<QPair<Field, QStringList>> names = {
        {Title, {QStringLiteral("工作任务"), QStringLiteral("重点任务"), QStringLiteral("任务"), QStringLiteral("任务名称"),
                 QStringLiteral("工作事项"), QStringLiteral("事项"), QStringLiteral("工作项目"), QStringLiteral("目标与任务"),
                 QStringLiteral("目标任务"), QStringLiteral("任务内容"), QStringLiteral("具体任务"), QStringLiteral("主要任务"),
                 QStringLiteral("重点工作"), QStringLiteral("task"),
                 QStringLiteral("title")}},
        {Targets, {QStringLiteral("目标指标"), QStringLiteral("目标"), QStringLiteral("指标"), QStringLiteral("工作目标"),
                   QStringLiteral("预期目标"), QStringLiteral("targets"), QStringLiteral("target")}},
        {Start, {QStringLiteral("开始时间"), QStringLiteral("开始日期"), QStringLiteral("start")}},
        {Deadline, {QStringLiteral("完成时限"), QStringLiteral("时限"), QStringLiteral("完成时间"), QStringLiteral("截止时间"),
                    QStringLiteral("时间节点"), QStringLiteral("deadline")}},
        {Lead, {QStringLiteral("牵头单位"), QStringLiteral("责任单位"), QStringLiteral("牵头部门"), QStringLiteral("责任部门"),
                QStringLiteral("主责单位"), QStringLiteral("牵头责任单位"), QStringLiteral("牵头科室"), QStringLiteral("责任科室"),
                QStringLiteral("lead")}},
        {Support, {QStringLiteral("配合单位"), QStringLiteral("协办单位"), QStringLiteral("配合部门"), QStringLiteral("参与单位"),
                   QStringLiteral("协作单位"), QStringLiteral("主要协作单位"), QStringLiteral("配合科室"), QStringLiteral("cooperating"), QStringLiteral("support")}},
        {Description, {QStringLiteral("工作内容"), QStringLiteral("具体内容"), QStringLiteral("主要内容"), QStringLiteral("工作措施"),
                       QStringLiteral("具体措施"), QStringLiteral("description")}},
        {Notes, {QStringLiteral("备注"), QStringLiteral("notes")}},
    };
    // The names normalised once: the import asks of every line of a long text whether it is a
    // table's header.
    static const QHash<QString, Field> byName = [] {
        QHash<QString, Field> h;
        for (const auto &[field, words] : names)
            for (const QString &w : words)
                if (!h.contains(normalise(w)))
                    h.insert(normalise(w), field);
        return h;
    }();
    QList<Field> fields;
    bool any = false;
    for (const QString &h : header) {
        const Field f = byName.value(normalise(h), Ignored);
        any = any || f != Ignored;
        fields << f;
    }
    return any ? fields : QList<Field>();
}

bool TaskTsv::isSequenceHeader(const QString &cell)
{
    const QString c = cell.trimmed();
    return c == QStringLiteral("序号") || c == QStringLiteral("编号") || c.compare(QStringLiteral("No."), Qt::CaseInsensitive) == 0;
}

int TaskTsv::sequenceNumber(const QString &cell)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})[.、．]?$"));
    const auto m = re.match(cell.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace ap
