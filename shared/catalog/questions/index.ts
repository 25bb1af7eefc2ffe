import * as context from './context';
import * as operations from './operations';
import * as organisation from './organisation';
import * as platform from './platform';
import * as security from './security';
import * as workload from './workload';

/** The questionnaire in the order it is asked: context first, then platform, security, workload, operations, cost. */
const themes = [context, platform, security, workload, operations, organisation];

export const questions = themes.flatMap((theme) => theme.questions);
export const rules = themes.flatMap((theme) => theme.rules);
