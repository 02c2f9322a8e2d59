#include "tableimport.h"

#include <algorithm>

// Which column of a task table holds what, read from its header rows; apart from the applying
// so the document readers (a PDF's 分解表) use it without the plan document.
namespace ap {

TableMapping TableImport::guess(const QList<QStringList> &rows)
{
    static const QStringList sectionWords = {QStringLiteral("章节"), QStringLiteral("类别"), QStringLiteral("任务类别"),
                                             QStringLiteral("板块"), QStringLiteral("领域"), QStringLiteral("重点领域"),
                                             QStringLiteral("工作类别"), QStringLiteral("section")};
    TableMapping m;
    int width = 0;
    for (const QStringList &r : rows)
        width = std::max(width, int(r.size()));
    auto fieldsOf = [&](int r) {
        QStringList cells = rows.at(r);
        QList<int> out;
        const QList<TaskTsv::Field> f = TaskTsv::headerFields(cells);
        for (int c = 0; c < width; ++c) {
            int field = c < f.size() ? int(f.at(c)) : int(TaskTsv::Ignored);
            if (c < cells.size() && sectionWords.contains(cells.at(c).trimmed()))
                field = TableMapping::kSection;
            out.append(field);
        }
        return out;
    };
    // The header: the first of the top rows that names a task-title column.
    for (int r = 0; r < std::min<int>(12, int(rows.size())); ++r) {
        const QList<int> f = fieldsOf(r);
        if (!f.contains(int(TaskTsv::Title)))
            continue;
        m.firstHeaderRow = r;
        m.headerRows = 1;
        m.columns = f;
        // A second header row under merged cells: its names win where it has them.
        if (r + 1 < rows.size()) {
            const QList<int> below = fieldsOf(r + 1);
            const bool headerLike = std::count_if(below.cbegin(), below.cend(), [](int x) { return x != TaskTsv::Ignored; }) > 0;
            if (headerLike) {
                m.headerRows = 2;
                for (int c = 0; c < width; ++c)
                    if (below.at(c) != TaskTsv::Ignored)
                        m.columns[c] = below.at(c);
            }
        }
        // A field named twice (责任单位 above 牵头单位 and 配合单位): the second is support.
        const int firstLead = int(m.columns.indexOf(int(TaskTsv::Lead)));
        const int secondLead = firstLead >= 0 ? int(m.columns.indexOf(int(TaskTsv::Lead), firstLead + 1)) : -1;
        if (secondLead >= 0 && !m.columns.contains(int(TaskTsv::Support)))
            m.columns[secondLead] = TaskTsv::Support;
        for (int c = 0; c < width; ++c)
            for (int d = c + 1; d < width; ++d)
                if (m.columns.at(c) != TaskTsv::Ignored && m.columns.at(d) == m.columns.at(c))
                    m.columns[d] = TaskTsv::Ignored;
        return m;
    }
    // No header: the order AnnualPlan's own copy uses.
    m.columns = {TaskTsv::Title, TaskTsv::Targets, TaskTsv::Deadline, TaskTsv::Lead, TaskTsv::Support,
                 TaskTsv::Description, TaskTsv::Notes};
    while (m.columns.size() < width)
        m.columns.append(TaskTsv::Ignored);
    m.columns = m.columns.mid(0, width);
    return m;
}

QStringList TableImport::headers(const QList<QStringList> &rows, const TableMapping &m)
{
    QStringList out;
    for (int c = 0; c < m.columns.size(); ++c) {
        QStringList parts;
        for (int r = m.firstHeaderRow; r < m.firstHeaderRow + m.headerRows && r < rows.size(); ++r) {
            const QString t = c < rows.at(r).size() ? rows.at(r).at(c).trimmed() : QString();
            if (!t.isEmpty() && !parts.contains(t))
                parts.append(t);
        }
        out.append(parts.isEmpty() ? tr("Column %1").arg(c + 1) : parts.join(QLatin1Char('/')));
    }
    return out;
}

} // namespace ap
