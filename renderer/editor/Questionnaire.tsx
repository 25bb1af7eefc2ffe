import { memo } from 'react';
import type { Profile, Provenance } from '../../shared/profile';
import { answeredByPerson } from '../../shared/person-answer';
import { useCatalog } from '../catalog/CatalogProvider';
import type { ProfileChange } from './useProfileEditor';
import { QuestionField } from './QuestionField';

interface QuestionnaireProps {
  answers: Profile['answers'];
  /** Answers an inventory import inferred: marked while the answer is still theirs. */
  inferred: Provenance;
  revisit: Profile['revisit'];
  onChange: (change: ProfileChange) => void;
}

/**
 * The questionnaire, one section per theme in the catalogue's order. Memoised on the answers: a weight
 * slider or the notes change the profile many times a second and leave this long form as it is.
 */
export const Questionnaire = memo(function Questionnaire({ answers, inferred, revisit, onChange }: QuestionnaireProps) {
  const catalog = useCatalog();
  return (
    <div className="hw-questionnaire">
      {catalog.themes.map((theme) => {
        const questions = catalog.questions.filter((question) => question.theme === theme.id);
        return questions.length === 0 ? null : (
          <section key={theme.id} className="hw-card" aria-labelledby={`theme-${theme.id}`}>
            <h3 id={`theme-${theme.id}`}>{theme.name}</h3>
            {questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                answerId={answers[question.id]}
                inferred={inferred[question.id]}
                revisit={revisit.includes(question.id)}
                onAnswer={(answerId) => onChange((current) => answeredByPerson(current, question.id, answerId))}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
});
