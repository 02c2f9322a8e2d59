#include "importcorpusbaseline.h"

#include <QStringList>

namespace ap::ImportCorpusBaseline {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

} // namespace

QString header()
{
    return QStringLiteral("# document\tkind\tstructure\tdepartments\ttargets");
}

Scores scoresOf(const ImportScore &s)
{
    const auto d = s.departmentAccuracy();
    // Rounded as written, so a score read back compares equal to itself.
    return {number(s.structureF1()).toDouble(), d ? number(*d).toDouble() : -1.0, number(s.targetF1()).toDouble()};
}

QString line(const QString &document, const QString &kind, const ImportScore &s)
{
    const Scores x = scoresOf(s);
    return QStringList{document, kind, number(x.structure), x.departments < 0 ? QStringLiteral("n/a") : number(x.departments),
                       number(x.targets)}
        .join(QLatin1Char('\t'));
}

QHash<QString, Scores> parse(const QString &text)
{
    QHash<QString, Scores> out;
    for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (l.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = l.split(QLatin1Char('\t'));
        if (f.size() != 5)
            continue;
        out.insert(f.at(0) + QLatin1Char('\t') + f.at(1),
                   {f.at(2).toDouble(), f.at(3) == QLatin1String("n/a") ? -1.0 : f.at(3).toDouble(), f.at(4).toDouble()});
    }
    return out;
}

} // namespace ap::ImportCorpusBaseline
