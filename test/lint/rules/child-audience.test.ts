import rule from "../../../src/lint/rules/child-audience.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [{ name: "students are not assumed to be children", yaml: "chapters:\n  - id: student\n    title: U studeert bij ons\n    dataSubjects: [student]\n" }],
  invalid: [
    {
      name: "a chapter that says it also addresses children",
      yaml: "chapters:\n  - id: leerling\n    title: Je gebruikt de app op school\n    dataSubjects: [user, student]\n    audienceIncludesChildren: true\n",
      errors: [{ messageId: "children", path: ["chapters", 0, "audienceIncludesChildren"] }],
    },
    {
      name: "each chapter with children is reported once",
      yaml: `chapters:
  - id: ouder
    title: U bent ouder
    dataSubjects: [user]
  - id: kind
    title: Je bent jonger dan 16
    dataSubjects: [user, child]
    audienceIncludesChildren: true
  - id: junior
    title: Je fietst in de juniorclub
    dataSubjects: [child]
`,
      errors: [
        { messageId: "children", path: ["chapters", 1, "audienceIncludesChildren"] },
        { messageId: "children", path: ["chapters", 2, "dataSubjects", 0] },
      ],
    },
  ],
});
