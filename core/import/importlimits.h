#pragma once

// How much an import reads before it refuses: far beyond any real plan or task table (the
// largest real plan has a few hundred items; a 10,000-task table has 200,000 cells), yet small
// enough that a hostile file of a few kilobytes cannot take minutes or gigabytes of an office
// PC. Each reader refuses with a message when a limit is passed; none truncates silently.
namespace ap::limits {

// Tables (.xlsx, .csv, .tsv).
constexpr int kMaxRows = 100000;
constexpr int kMaxColumns = 256;
constexpr long long kMaxCells = 2000000;       // filled cells, merged ranges' cells included
constexpr int kMaxMergedRanges = 20000;
constexpr int kMaxCellChars = 32768;

// Documents (.docx, text).
constexpr long long kMaxTextChars = 4000000;   // about ten times the longest plan seen
constexpr int kMaxParagraphs = 200000;
constexpr int kMaxListStart = 32767;           // Word's own largest list start
constexpr int kMaxPdfPages = 400;              // a long plan with its annexes is under 100

} // namespace ap::limits
