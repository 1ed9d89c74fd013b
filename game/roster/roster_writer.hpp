// Writes a RosterSnapshot back out as OneRoster 1.1 or Clever CSV files (in memory). The property
// tests write -> read rosters with it, the benchmark makes a 5,000-user district with it, and a
// teacher tool could hand a cleaned roster to another program. Pure: no files, no SQLite.
#pragma once

#include "roster/bundle.hpp"
#include "roster/roster.hpp"

#include <string>

namespace pathlight::roster {

struct WriteOptions {
    bool bom = false;             // start every file with a UTF-8 byte-order mark
    std::string lineEnd = "\r\n"; // RFC 4180's CRLF; "\n" or "\r" like some exports
    bool alwaysQuote = false;     // quote every value (ClassLink style)
};

// manifest.csv, orgs.csv, users.csv (students, staff, guardians), classes.csv, enrollments.csv and,
// when any student has them, demographics.csv.
RosterFiles writeOneRoster11(const RosterSnapshot& snapshot, const WriteOptions& options = {});
// schools.csv, students.csv, teachers.csv, sections.csv, enrollments.csv.
RosterFiles writeClever(const RosterSnapshot& snapshot, const WriteOptions& options = {});

} // namespace pathlight::roster
