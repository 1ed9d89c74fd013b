// See automation.hpp.
#include "ui/automation.hpp"

#include <cctype>
#include <cstdlib>
#include <sstream>

namespace pathlight::ui {

namespace {

struct KeyName {
    const char* name;
    ImGuiKey key;
};
constexpr KeyName kKeys[] = {
    {"Enter", ImGuiKey_Enter},       {"Return", ImGuiKey_Enter},   {"Escape", ImGuiKey_Escape},
    {"Tab", ImGuiKey_Tab},           {"Backspace", ImGuiKey_Backspace}, {"Space", ImGuiKey_Space},
    {"Left", ImGuiKey_LeftArrow},    {"Right", ImGuiKey_RightArrow}, {"Up", ImGuiKey_UpArrow},
    {"Down", ImGuiKey_DownArrow},    {"Delete", ImGuiKey_Delete},  {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},           {"PageUp", ImGuiKey_PageUp},  {"PageDown", ImGuiKey_PageDown},
};

// Reads `count` double-quoted arguments with \" and \\ escapes, and nothing after them.
bool readQuoted(const std::string& rest, std::vector<std::string>& out, std::size_t count) {
    out.clear();
    std::size_t i = 0;
    auto skipSpace = [&] {
        while (i < rest.size() && std::isspace(static_cast<unsigned char>(rest[i]))) {
            ++i;
        }
    };
    while (out.size() < count) {
        skipSpace();
        if (i >= rest.size() || rest[i] != '"') {
            return false;
        }
        ++i;
        std::string arg;
        bool closed = false;
        for (; i < rest.size() && !closed; ++i) {
            if (rest[i] == '\\' && i + 1 < rest.size()) {
                arg += rest[++i];
            } else if (rest[i] == '"') {
                closed = true;
            } else {
                arg += rest[i];
            }
        }
        if (!closed) {
            return false;
        }
        out.push_back(std::move(arg));
    }
    skipSpace();
    return i == rest.size();
}

bool readQuoted(const std::string& rest, std::string& out) {
    std::vector<std::string> args;
    if (!readQuoted(rest, args, 1)) {
        return false;
    }
    out = std::move(args[0]);
    return true;
}

std::string trim(const std::string& s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) {
        ++b;
    }
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) {
        --e;
    }
    return s.substr(b, e - b);
}

} // namespace

core::Result<std::vector<ScriptStep>> parseScript(const std::string& text, const std::string& fileName) {
    std::vector<ScriptStep> steps;
    std::istringstream in(text);
    std::string raw;
    int lineNo = 0;
    auto bad = [&](const std::string& why) {
        return core::makeError("The script has a mistake.", fileName + ":" + std::to_string(lineNo) + ": " + why,
                               "script.invalid");
    };
    while (std::getline(in, raw)) {
        ++lineNo;
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const std::size_t space = line.find_first_of(" \t");
        const std::string verb = line.substr(0, space);
        const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
        ScriptStep step;
        step.line = lineNo;
        if (verb == "click" || verb == "type" || verb == "expect" || verb == "expect-not") {
            step.op = verb == "click"    ? ScriptStep::Op::Click
                      : verb == "type"   ? ScriptStep::Op::Type
                      : verb == "expect" ? ScriptStep::Op::Expect
                                         : ScriptStep::Op::ExpectNot;
            if (!readQuoted(rest, step.arg)) {
                return bad(verb + " needs one \"quoted text\"");
            }
        } else if (verb == "drag") {
            step.op = ScriptStep::Op::Drag;
            std::vector<std::string> args;
            if (!readQuoted(rest, args, 2)) {
                return bad("drag needs two \"quoted texts\": what to drag and where to let go");
            }
            step.arg = std::move(args[0]);
            step.arg2 = std::move(args[1]);
        } else if (verb == "key") {
            step.op = ScriptStep::Op::Key;
            step.arg = trim(rest);
            bool known = step.arg.size() == 1 && std::isdigit(static_cast<unsigned char>(step.arg[0]));
            for (const KeyName& k : kKeys) {
                known = known || step.arg == k.name;
            }
            if (!known) {
                return bad("unknown key \"" + step.arg + "\" (Enter, Escape, Tab, Backspace, Space, arrows, 1-9)");
            }
        } else if (verb == "wait") {
            step.op = ScriptStep::Op::Wait;
            char* end = nullptr;
            const long ms = std::strtol(rest.c_str(), &end, 10);
            if (rest.empty() || (end && *end != '\0') || ms < 0 || ms > 600000) {
                return bad("wait needs milliseconds, e.g. wait 200");
            }
            step.ms = static_cast<int>(ms);
        } else if (verb == "screenshot") {
            step.op = ScriptStep::Op::Screenshot;
            if (!readQuoted(rest, step.arg)) {
                step.arg = trim(rest);
            }
            if (step.arg.empty()) {
                return bad("screenshot needs a file name");
            }
        } else if (verb == "quit") {
            step.op = ScriptStep::Op::Quit;
        } else {
            return bad("unknown step \"" + verb + "\"");
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

Automation::Automation(std::vector<ScriptStep> steps, std::string fileName)
    : m_steps(std::move(steps)), m_fileName(std::move(fileName)) {}

void Automation::fail(const std::string& why, const ItemLog* log) {
    m_failed = true;
    m_failure = m_fileName + ":" + std::to_string(m_steps[m_index].line) + ": " + why;
    if (log) {
        m_failure += "\nOn screen:\n" + log->dump();
    }
}

void Automation::next() {
    ++m_index;
    m_phase = Phase::Start;
    m_stepStart = -1;
}

void Automation::beforeFrame(ImGuiIO& io, double now) {
    if (m_keyReleasePending) {
        if (m_keyIndex >= 0) {
            io.KeysDown[m_keyIndex] = false;
        }
        m_keyReleasePending = false;
        return; // one frame with the key up, so the same key pressed next is a new press
    }
    if (done()) {
        return;
    }
    const ScriptStep& step = m_steps[m_index];
    if (m_stepStart < 0) {
        m_stepStart = now;
    }
    switch (step.op) {
    case ScriptStep::Op::Click:
        if (m_phase == Phase::Hover || m_phase == Phase::Press || m_phase == Phase::Release) {
            io.MousePos = m_target;
            io.MouseDown[0] = m_phase == Phase::Press;
        }
        break;
    case ScriptStep::Op::Drag:
        if (m_phase == Phase::Hover || m_phase == Phase::Press) {
            io.MousePos = m_target;
            io.MouseDown[0] = m_phase == Phase::Press;
        } else if (m_phase == Phase::Move) {
            const float t = static_cast<float>(m_dragFrame) / static_cast<float>(kDragFrames);
            io.MousePos = ImVec2(m_target.x + (m_dragTo.x - m_target.x) * t,
                                 m_target.y + (m_dragTo.y - m_target.y) * t);
            io.MouseDown[0] = true;
        } else if (m_phase == Phase::Release) {
            io.MousePos = m_dragTo;
            io.MouseDown[0] = false;
        }
        break;
    case ScriptStep::Op::Type:
        if (m_phase == Phase::Start) {
            io.AddInputCharactersUTF8(step.arg.c_str());
            m_phase = Phase::Settle;
        }
        break;
    case ScriptStep::Op::Key:
        if (m_phase == Phase::Start) {
            if (step.arg.size() == 1) {
                io.AddInputCharacter(static_cast<unsigned>(step.arg[0]));
            } else {
                for (const KeyName& k : kKeys) {
                    if (step.arg == k.name) {
                        m_keyIndex = io.KeyMap[k.key];
                    }
                }
                if (m_keyIndex >= 0 && m_keyIndex < IM_ARRAYSIZE(io.KeysDown)) {
                    io.KeysDown[m_keyIndex] = true;
                    m_keyReleasePending = true;
                }
            }
            m_phase = Phase::Settle;
        }
        break;
    default:
        break;
    }
}

void Automation::afterFrame(ItemLog& log, double now) {
    if (done()) {
        return;
    }
    const ScriptStep& step = m_steps[m_index];
    if (m_stepStart < 0) {
        m_stepStart = now; // a step that began after this frame's input (e.g. right after a screenshot)
    }
    const bool timedOut = now - m_stepStart > kTimeoutSeconds;
    switch (step.op) {
    case ScriptStep::Op::Click:
        if (m_phase == Phase::Start) {
            const LoggedItem* item = log.findClickable(step.arg);
            if (item && !item->visible) {
                log.requestScrollTo(item->text); // below the fold: scroll, then look again
                if (timedOut) {
                    fail("\"" + step.arg + "\" stays out of view", &log);
                }
            } else if (item) {
                m_target = ImVec2((item->min.x + item->max.x) * 0.5f, (item->min.y + item->max.y) * 0.5f);
                m_phase = Phase::Hover;
            } else if (timedOut) {
                fail("nothing to click called \"" + step.arg + "\"", &log);
            }
        } else if (m_phase == Phase::Hover) {
            m_phase = Phase::Press;
        } else if (m_phase == Phase::Press) {
            m_phase = Phase::Release;
        } else if (m_phase == Phase::Release) {
            next();
        }
        break;
    case ScriptStep::Op::Drag:
        if (m_phase == Phase::Start) {
            const LoggedItem* from = log.findClickable(step.arg);
            const LoggedItem* to = log.find(step.arg2);
            if (from && !from->visible) {
                log.requestScrollTo(from->text);
            } else if (to && !to->visible) {
                log.requestScrollTo(to->text);
            } else if (from && to) {
                m_target = ImVec2((from->min.x + from->max.x) * 0.5f, (from->min.y + from->max.y) * 0.5f);
                m_dragTo = ImVec2((to->min.x + to->max.x) * 0.5f, (to->min.y + to->max.y) * 0.5f);
                m_phase = Phase::Hover;
            }
            if (m_phase == Phase::Start && timedOut) {
                fail(!from ? "nothing to drag called \"" + step.arg + "\""
                     : !to ? "nowhere to let go called \"" + step.arg2 + "\""
                           : "\"" + step.arg + "\" or \"" + step.arg2 + "\" stays out of view",
                     &log);
            }
        } else if (m_phase == Phase::Hover) {
            m_phase = Phase::Press;
        } else if (m_phase == Phase::Press) {
            m_phase = Phase::Move;
            m_dragFrame = 1;
        } else if (m_phase == Phase::Move) {
            if (++m_dragFrame > kDragFrames) {
                m_phase = Phase::Release;
            }
        } else if (m_phase == Phase::Release) {
            next();
        }
        break;
    case ScriptStep::Op::Type:
    case ScriptStep::Op::Key:
        if (m_phase == Phase::Settle) {
            next();
        }
        break;
    case ScriptStep::Op::Wait:
        if (now - m_stepStart >= step.ms / 1000.0) {
            next();
        }
        break;
    case ScriptStep::Op::Expect:
        if (log.showsText(step.arg)) {
            next();
        } else if (timedOut) {
            fail("expected \"" + step.arg + "\" on screen", &log);
        }
        break;
    case ScriptStep::Op::ExpectNot:
        if (!log.showsText(step.arg)) {
            next();
        } else {
            fail("did not expect \"" + step.arg + "\" on screen", &log);
        }
        break;
    case ScriptStep::Op::Screenshot:
        break; // handled through screenshotDue()/screenshotTaken()
    case ScriptStep::Op::Quit:
        m_quit = true;
        break;
    }
}

bool Automation::screenshotDue(std::string& path) const {
    if (done() || m_steps[m_index].op != ScriptStep::Op::Screenshot) {
        return false;
    }
    path = m_steps[m_index].arg;
    return true;
}

void Automation::screenshotTaken(bool ok, const std::string& detail) {
    if (!ok) {
        fail("could not save screenshot: " + detail);
        return;
    }
    next();
}

} // namespace pathlight::ui
