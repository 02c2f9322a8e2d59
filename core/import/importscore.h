#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Scores an extraction against a gold file, both in the JSON form of ../shared/samples/SCHEMA.md,
// by the rules written there: nodes match on kind, level, label and the first six characters
// of the title (NFKC, no spaces or punctuation), greedily in document order; departments and
// targets are compared on matched nodes only.
namespace ap {

struct ImportScore
{
    int goldNodes = 0, foundNodes = 0, matchedNodes = 0;
    int goldSections = 0, foundSections = 0, matchedSections = 0;
    int goldTasks = 0, foundTasks = 0, matchedTasks = 0;
    int departmentTasks = 0, departmentCorrect = 0;        // gold tasks that name departments
    int goldTargets = 0, foundTargets = 0, matchedTargets = 0;   // on matched nodes

    double structureF1() const { return f1(matchedNodes, goldNodes, foundNodes); }
    double sectionF1() const { return f1(matchedSections, goldSections, foundSections); }
    double taskF1() const { return f1(matchedTasks, goldTasks, foundTasks); }
    std::optional<double> departmentAccuracy() const
    {
        return departmentTasks == 0 ? std::nullopt : std::optional<double>(double(departmentCorrect) / departmentTasks);
    }
    double targetF1() const { return f1(matchedTargets, goldTargets, foundTargets); }

    ImportScore &operator+=(const ImportScore &o);
    static double f1(int matched, int gold, int found);
};

class ImportScorer
{
public:
    static bool score(const QByteArray &goldJson, const QByteArray &foundJson, ImportScore *out, QString *error);
    // Key used to compare titles, department names and units.
    static QString normalise(const QString &s, int maxChars = -1);
};

} // namespace ap
