#include "formcells.h"

#include <cmath>

namespace ap::formcells {

QString statusWord(TaskStatus s)
{
    switch (s) {
    case TaskStatus::NotStarted: return QStringLiteral("未开始");
    case TaskStatus::InProgress: return QStringLiteral("推进中");
    case TaskStatus::Done: return QStringLiteral("已完成");
    case TaskStatus::Behind: return QStringLiteral("滞后");
    case TaskStatus::Cancelled: return QStringLiteral("取消");
    }
    return QString();
}

std::optional<TaskStatus> statusFromWord(const QString &w)
{
    const QString t = w.trimmed();
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Behind,
                         TaskStatus::Cancelled})
        if (t == statusWord(s) || t == statusKey(s) || t == statusDisplay(s))
            return s;
    if (t == QStringLiteral("完成"))
        return TaskStatus::Done;
    if (t == QStringLiteral("进行中"))
        return TaskStatus::InProgress;
    return std::nullopt;
}

std::optional<double> numberFrom(QString text)
{
    text = text.trimmed().normalized(QString::NormalizationForm_KC);
    text.remove(QLatin1Char('%'));
    text.remove(QLatin1Char(','));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString columnLetters(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    return out;
}


} // namespace ap::formcells
