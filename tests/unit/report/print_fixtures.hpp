// Sample printouts in English and Spanish, with the labels the app will read from content/strings:
// a career card, the family talk card and a two-page portfolio. Shared by the tests and by
// `pathlight-tool report-demo` (visual checks); plain data, no test framework.
#pragma once

#include "report/career_card.hpp"
#include "report/family_talk_card.hpp"
#include "report/portfolio_page.hpp"

#include <array>
#include <string>
#include <vector>

namespace pathlight::report::fixtures {

inline CareerCardLabels englishCardLabels() {
    CareerCardLabels l;
    l.title = "My career card";
    l.codeHeading = "My interest code";
    l.noCode = "Take the interest quiz to find your code!";
    l.barsHeading = "What I like";
    l.barsLegend = "Solid bars are the letters in my code.";
    l.clustersHeading = "Career areas for me";
    l.noClusters = "Take the quiz to see your career areas.";
    l.careersHeading = "Careers I saved";
    l.noCareers = "No saved careers yet. Tap the heart on a career you like!";
    l.goalHeading = "My goal";
    l.noGoal = "I have not set a goal yet.";
    l.qrCaption = "Scan with a phone to read my card.";
    l.footer = "Made with Pathlight";
    l.payloadCode = "Code";
    l.payloadClusters = "Clusters";
    l.payloadCareers = "Careers";
    l.payloadMore = "+{n} more";
    return l;
}

inline CareerCardLabels spanishCardLabels() {
    CareerCardLabels l;
    l.title = "Mi tarjeta de carreras";
    l.codeHeading = "Mi código de intereses";
    l.noCode = "¡Haz el cuestionario de intereses para saber tu código!";
    l.barsHeading = "Lo que me gusta";
    l.barsLegend = "Las barras llenas son las letras de mi código.";
    l.clustersHeading = "Áreas de carreras para mí";
    l.noClusters = "Haz el cuestionario para ver tus áreas de carreras.";
    l.careersHeading = "Carreras que guardé";
    l.noCareers = "Todavía no guardaste carreras. ¡Toca el corazón de una carrera que te guste!";
    l.goalHeading = "Mi meta";
    l.noGoal = "Todavía no tengo una meta.";
    l.qrCaption = "Escanéame con un teléfono para leer mi tarjeta.";
    l.footer = "Hecho con Pathlight";
    l.payloadCode = "Código";
    l.payloadClusters = "Áreas";
    l.payloadCareers = "Carreras";
    l.payloadMore = "+{n} más";
    return l;
}

inline std::vector<AreaBar> sampleBars(bool spanish) {
    const std::array<const char*, 6> en = {"Doer", "Thinker", "Creator", "Helper", "Persuader", "Organizer"};
    const std::array<const char*, 6> es = {"Hacedor",  "Pensador",  "Creador",
                                           "Ayudante", "Persuasor", "Organizador"};
    const std::array<int, 6> scores = {35, 58, 62, 88, 71, 40};
    const std::string letters = "RIASEC";
    std::vector<AreaBar> bars;
    for (std::size_t i = 0; i < 6; ++i) {
        bars.push_back(
            AreaBar{letters[i], spanish ? es[i] : en[i], scores[i], letters[i] == 'S' || letters[i] == 'E'});
    }
    return bars;
}

inline CareerCard englishCard() {
    CareerCard card;
    card.nickname = "Sam";
    card.code = "SE";
    card.codeWords = {"Helper", "Persuader"};
    card.bars = sampleBars(false);
    card.topClusters = {"Healthcare & Human Services", "Education", "Marketing & Sales"};
    card.careers = {{"29-1141.00", "Registered Nurses"},
                    {"21-1012.00", "Educational, Guidance, and Career Counselors and Advisors"},
                    {"11-2021.00", "Marketing Managers"}};
    card.goal = "Volunteer at the animal shelter this summer and ask a nurse what a normal day is like.";
    card.date = "March 3, 2026";
    card.labels = englishCardLabels();
    return card;
}

inline CareerCard spanishCard() {
    CareerCard card;
    card.nickname = "Ñandú Begoña";
    card.code = "SE";
    card.codeWords = {"Ayudante", "Persuasor"};
    card.bars = sampleBars(true);
    card.topClusters = {"Salud y servicios humanos", "Educación", "Mercadeo y ventas"};
    card.careers = {{"29-1141.00", "Enfermeros/as titulados/as"},
                    {"21-1012.00", "Consejeros/as educativos y de orientación"},
                    {"25-2021.00", "Maestros/as de primaria"}};
    card.goal = "Aprender a cuidar a mi hermanito y preguntarle a la enfermera de la escuela cómo es su día.";
    card.date = "3 de marzo de 2026";
    card.labels = spanishCardLabels();
    return card;
}

inline FamilyTalkText englishFamilyTalk() {
    FamilyTalkText t;
    t.title = "Ask a grown-up about their work";
    t.intro = "Pick a grown-up you know: someone at home, a neighbour, a coach or a friend's parent. "
              "Ask them these questions and write down what they say.";
    t.questions = {"What is your job? What do you do on a normal day?",
                   "What do you like most about your work? What is hard?",
                   "What did you learn in school that you use at work?", "How did you find this job?",
                   "What would you tell a kid who wants to do your job?"};
    t.nameLabel = "My name:";
    t.notesHeading = "What I found out";
    t.footer = "Bring this card back to class. You can add it to Pathlight as a real-world experience!";
    return t;
}

inline FamilyTalkText spanishFamilyTalk() {
    FamilyTalkText t;
    t.title = "Pregúntale a un adulto sobre su trabajo";
    t.intro =
        "Elige a un adulto que conozcas: alguien de tu casa, un vecino, un entrenador o el papá o la mamá "
        "de un amigo. Hazle estas preguntas y escribe lo que te diga.";
    t.questions = {"¿Cuál es tu trabajo? ¿Qué haces en un día normal?",
                   "¿Qué es lo que más te gusta de tu trabajo? ¿Qué es difícil?",
                   "¿Qué aprendiste en la escuela que usas en tu trabajo?", "¿Cómo encontraste este trabajo?",
                   "¿Qué le dirías a un niño o una niña que quiere hacer tu trabajo?"};
    t.nameLabel = "Mi nombre:";
    t.notesHeading = "Lo que aprendí";
    t.footer =
        "Trae esta tarjeta a clase. ¡Puedes añadirla en Pathlight como una experiencia del mundo real!";
    return t;
}

// A portfolio long enough to run onto a second page.
inline PortfolioPage samplePortfolio() {
    PortfolioPage p;
    p.title = "Sam's portfolio";
    p.subtitle = {"Grade 6 \u00B7 Room 12 \u00B7 Ms. Rivera", "Printed March 3, 2026"};
    p.pageFooter = "Page {page} of {pages}";
    p.footerNote = "Pathlight portfolio \u00B7 share it with your family";
    std::vector<BarItem> bars;
    for (const AreaBar& a : sampleBars(false)) {
        bars.push_back(BarItem{std::string(1, a.letter) + "  " + a.name, static_cast<double>(a.score), 100,
                               std::to_string(a.score), a.inCode});
    }
    p.sections.push_back({"What I like",
                          {FactsBlock{{{"Interest code", "SE (Helper, Persuader)"},
                                       {"Quiz taken", "February 12, 2026 (2nd time)"}}},
                           BarsBlock{bars, "Solid bars are the letters in my code."}}});
    p.sections.push_back({"Career areas for me",
                          {BulletBlock{{"Healthcare & Human Services", "Education", "Marketing & Sales"}}}});
    p.sections.push_back(
        {"Careers I saved",
         {BulletBlock{{"Registered Nurses (29-1141.00): I like helping people feel better.",
                       "Educational, Guidance, and Career Counselors and Advisors (21-1012.00): "
                       "my counselor helped me a lot.",
                       "Marketing Managers (11-2021.00)"}}}});
    p.sections.push_back({"My goals",
                          {ParagraphBlock{"Volunteer at the animal shelter this summer."},
                           ChecklistBlock{{{"Ask my mom to call the shelter", true},
                                           {"Find out the youngest age they take", true},
                                           {"Make a plan for getting there on Saturdays", false}}}}});
    p.sections.push_back({"Real-world experiences",
                          {BulletBlock{{"Career day: a nurse and a firefighter visited our class (Jan 20).",
                                        "I asked my uncle about his job as a bus driver (Feb 2)."}}}});
    std::vector<std::string> journal;
    for (int i = 1; i <= 14; ++i) {
        journal.push_back(
            "Entry " + std::to_string(i) +
            ": Today I played the triage game. I liked choosing who to help first, but it was hard "
            "when two patients needed help at the same time.");
    }
    p.sections.push_back({"From my journal", {BulletBlock{journal}}});
    p.sections.push_back(
        {"Teacher comments", {ParagraphBlock{"Great reflection on the career day! — Ms. Rivera"}}});
    return p;
}

} // namespace pathlight::report::fixtures
