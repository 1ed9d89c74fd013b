// Test helpers for the content layer: a temporary folder that removes itself, a small valid
// content folder written file by file (so each test can break exactly one thing), and a way to run
// pathlight-tool and capture its output and exit code.
#pragma once

#include "content/catalog.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace pathlight::content::testing {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, deleted with everything in it at scope end.
class TempDir {
  public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "pathlight-content-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            ADD_FAILURE() << "mkdtemp failed for " << pattern;
        }
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

inline std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void writeText(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// The smallest content folder that passes every check: 2 clusters, 3 occupations, 36 quiz items
// (6 per area, item k of the list on line k + 2), and a few strings in both languages.
// Line numbers used by the tests are noted next to each table.
class ContentFixture {
  public:
    ContentFixture() {
        m_files[std::string(files::kClusters)] = // lines 2–3
            "id,name_en,name_es,icon,grouping\n"
            "health,Health Care,Salud,heartbeat,caring-communities\n"
            "tech,\"Digital Technology, Data\",Tecnología digital,laptop,cross-cutting\n";
        m_files[std::string(files::kJobZones)] = "zone,name\n"
                                                 "1,Job Zone One: Little or No Preparation Needed\n"
                                                 "3,Job Zone Three: Medium Preparation Needed\n"
                                                 "4,Job Zone Four: Considerable Preparation Needed\n";
        m_files[std::string(files::kOccupations)] = // 29-1141.00 on line 2, 15-1252.00 on 3, 31-1131.00 on 4
            "code,title,R,I,A,S,E,C,high_point,job_zone,median_annual,median_hourly,wage_note,typical_"
            "education,"
            "growth_pct,clusters\n"
            "29-1141.00,Registered Nurses,3.66,4.82,1.31,5.62,2.28,4.58,SIC,4,93600,45,,Bachelor's "
            "degree,4.9,health\n"
            "15-1252.00,Software Developers,2.1,6.5,3.2,1.9,3.1,4.4,ICR,4,133080,63.98,,Bachelor's "
            "degree,15.8,"
            "tech\n"
            "31-1131.00,\"Nursing Assistants, Home\",4.1,2.2,1,5.9,1.8,3.1,SR,3,,,not_available,"
            "Postsecondary nondegree award,,health;tech\n";
        m_files[std::string(files::kOccupationClusters)] = // lines 2–5
            "code,cluster,sub_cluster\n"
            "15-1252.00,tech,Software Solutions\n"
            "29-1141.00,health,Physical Health\n"
            "31-1131.00,health,Physical Health\n"
            "31-1131.00,tech,Health Data\n";
        std::string quiz = "id,area,icon,text_en,text_es\n";
        const char* areas = "RIASEC";
        for (int a = 0; a < 6; ++a) {
            for (int k = 1; k <= 6; ++k) {
                quiz += std::string(1, static_cast<char>(areas[a] + ('a' - 'A'))) + "0" + std::to_string(k) +
                        "," + areas[a] +
                        ",wrench,\"Fix a bike, then ride it\",\"Arreglar una bici y pasear\"\n";
            }
        }
        m_files[std::string(files::kInterestItems)] = quiz; // r01..r06 on lines 2–7, i01 on 8, ..., s01 on 20
        m_files[std::string(files::kStringsEn)] =           // keys on lines 2–4
            "{\n"
            "  \"app.name\": \"Pathlight\",\n"
            "  \"quiz.progress\": \"Question {n} of {total}\",\n"
            "  \"welcome.start\": \"Start\"\n"
            "}\n";
        m_files[std::string(files::kStringsEs)] = "{\n"
                                                  "  \"app.name\": \"Pathlight\",\n"
                                                  "  \"quiz.progress\": \"Pregunta {n} de {total}\",\n"
                                                  "  \"welcome.start\": \"Empezar\"\n"
                                                  "}\n";
        m_files[std::string(files::kTitlesEs)] = // 15-1252.00 on line 2, 29-1141.00 on 3, 31-1131.00 on 4
            "code,title_es\n"
            "15-1252.00,Desarrollador/a de software\n"
            "29-1141.00,Enfermero/a titulado/a\n"
            "31-1131.00,\"Auxiliar de enfermería, en casa\"\n";
        m_files[std::string(files::kSubClusters)] = // lines 2–4
            "cluster,name_en,name_es\n"
            "health,Physical Health,Salud física\n"
            "tech,Health Data,Datos de salud\n"
            "tech,Software Solutions,Desarrollo de software\n";
        m_files[std::string(files::kSubjects)] = // math on line 2, science on 3
            "id,icon,name_en,name_es\n"
            "math,calculator,Math,Matemáticas\n"
            "science,flask,Science,Ciencias\n";
        m_files[std::string(files::kClusterSubjects)] = // health on line 2, tech on 3
            "cluster,subjects\n"
            "health,science;math\n"
            "tech,math\n";
        m_files[std::string(files::kWorkValues)] = // achievement on line 2, support on 3
            "id,icon,name_en,name_es,about_en,about_es\n"
            "achievement,trophy,Doing my best work,Dar lo mejor de mí,You like to finish hard jobs.,Te gusta "
            "terminar trabajos difíciles.\n"
            "support,life-ring,A team that helps,Un equipo que ayuda,You want help when you get stuck.,Quieres "
            "ayuda cuando no sabes qué hacer.\n";
        m_files[std::string(files::kValueCards)] = // a1..a3 on lines 2–4, s1..s3 on 5–7
            "id,value,icon,text_en,text_es\n"
            "a1,achievement,trophy,See what I made,Ver lo que hice\n"
            "a2,achievement,star,Finish hard jobs,Terminar trabajos difíciles\n"
            "a3,achievement,flag,Use what I am good at,Usar lo que hago bien\n"
            "s1,support,life-ring,Get help when stuck,Recibir ayuda\n"
            "s2,support,users,Have a kind boss,Tener un jefe amable\n"
            "s3,support,book,Learn new things at work,Aprender cosas nuevas\n";
        m_files[std::string(files::kStrengths)] = // communication on line 2, teamwork on 3
            "id,icon,name_en,name_es,about_en,about_es,check_en,check_es,work_en,work_es\n"
            "communication,comments,Communication,Comunicación,Sharing ideas.,Compartir ideas.,People get what I "
            "mean.,La gente me entiende.,A nurse explains a medicine.,Quien cuida explica una medicina.\n"
            "teamwork,users,Teamwork,Trabajo en equipo,Working together.,Trabajar juntos.,I do my part.,Hago mi "
            "parte.,A crew lifts steel together.,Un equipo sube acero.\n";
        m_files[std::string(files::kFeatured)] = // 29-1141.00 on line 2
            "code,cluster,icon,subjects,values,skills,description_en,description_es,day_en,day_es\n"
            "29-1141.00,health,user-md,science;math,support,communication;teamwork,You care for sick people.,"
            "Cuidas a personas enfermas.,You check on patients.,Revisas a tus pacientes.\n";
        m_files[std::string(files::kPrograms)] = // mathcounts on line 2
            "id,name,kind,grades,clusters,about_en,about_es\n"
            "mathcounts,MATHCOUNTS,competition,6-8,tech,You solve math problems with a team.,Resuelves problemas "
            "de matemáticas en equipo.\n";
    }

    std::string& file(std::string_view rel) { return m_files.at(std::string(rel)); }
    void remove(std::string_view rel) { m_files.erase(std::string(rel)); }

    // Replaces the first `from` in file `rel`; fails the test if it isn't there.
    void replace(std::string_view rel, const std::string& from, const std::string& to) {
        std::string& text = file(rel);
        const std::size_t at = text.find(from);
        ASSERT_NE(at, std::string::npos) << "fixture text not found in " << rel << ": " << from;
        text.replace(at, from.size(), to);
    }

    const fs::path& write() {
        for (const auto& [rel, text] : m_files) {
            writeText(m_dir.path() / rel, text);
        }
        // The games' levels and words come from the real content: the tool checks every registered game.
        std::error_code ec;
        fs::copy(fs::path(PATHLIGHT_CONTENT_DIR) / "minigames", m_dir.path() / "minigames",
                 fs::copy_options::recursive | fs::copy_options::skip_existing, ec);
        return m_dir.path();
    }

    // Writes the files and loads them, returning the report.
    LoadReport load() {
        LoadReport report;
        const core::Result<Catalog> catalog = loadCatalog(write(), &report);
        EXPECT_EQ(catalog.ok(), report.ok());
        return report;
    }

  private:
    TempDir m_dir;
    std::map<std::string, std::string> m_files;
};

// Exactly one error, in `file` at `line`, whose message contains `text`.
inline void expectOnlyError(const LoadReport& report, std::string_view file, int line, std::string_view text) {
    ASSERT_EQ(report.errors.size(), 1u) << [&] {
        std::string all;
        for (const ContentError& e : report.errors) {
            all += e.toString() + "\n";
        }
        return all;
    }();
    EXPECT_EQ(report.errors[0].file, file);
    EXPECT_EQ(report.errors[0].line, line);
    EXPECT_NE(report.errors[0].message.find(std::string(text)), std::string::npos) << report.errors[0].message;
}

struct ToolRun {
    int exitCode = -1;
    std::string output; // stdout and stderr together
};

// Runs pathlight-tool with `args` (already shell-quoted where needed).
inline ToolRun runTool(const std::string& args) {
    ToolRun run;
    const std::string command = std::string("'") + PATHLIGHT_TOOL_PATH + "' " + args + " 2>&1";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        ADD_FAILURE() << "popen failed: " << command;
        return run;
    }
    std::array<char, 4096> buffer{};
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        run.output.append(buffer.data(), got);
    }
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

inline std::string quoteArg(const fs::path& path) {
    return "'" + path.string() + "'";
}

} // namespace pathlight::content::testing
