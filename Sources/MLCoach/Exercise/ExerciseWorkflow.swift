/// The GitHub Actions workflow of an exercise repository: builds mlcoach from source in a Swift
/// container, writes the Markdown summary to the run's summary page and annotates the answer files.
public enum ExerciseWorkflow {
    /// The workflow's YAML.
    public static func yaml(_ options: ExerciseScaffold.Options, customProblems: Bool) -> String {
        let source = options.source.map(quoted) ?? "${{ vars.MLCOACH_SOURCE }}"
        let problems = customProblems ? " --problems problems" : ""
        let grade = "mlcoach grade answers\(problems) --min-score \"$MIN_SCORE\""
        return """
            # Grades answers/*.md with mlcoach on every push and pull request.
            # The job fails when an answer scores below MIN_SCORE or cannot be graded; the score table is
            # on the run's summary page and the gaps are annotations on the answer files.
            name: mlcoach

            on:
              push:
              pull_request:
              workflow_dispatch:

            permissions:
              contents: read

            jobs:
              grade:
                runs-on: ubuntu-latest
                container: \(quoted(options.swiftImage))
                env:
                  MLCOACH_SOURCE: \(source)
                  MLCOACH_REF: \(quoted(options.ref))
                  MIN_SCORE: '\(options.minScore)'
                steps:
                  - uses: actions/checkout@v4

                  - name: Build mlcoach
                    run: |
                      if [ -z "$MLCOACH_SOURCE" ]; then
                        echo "::error title=mlcoach::Set the repository variable MLCOACH_SOURCE to the git URL of mlcoach (Settings > Secrets and variables > Actions > Variables)."
                        exit 1
                      fi
                      git clone --quiet --depth 1 --branch "$MLCOACH_REF" "$MLCOACH_SOURCE" "$RUNNER_TEMP/mlcoach"
                      swift build -c release --package-path "$RUNNER_TEMP/mlcoach" --product mlcoach
                      echo "$RUNNER_TEMP/mlcoach/.build/release" >> "$GITHUB_PATH"

                  - name: Score table
                    run: \(grade) --format markdown >> "$GITHUB_STEP_SUMMARY" || true

                  - name: Grade answers
                    run: \(grade) --format github

            """
    }

    /// A YAML single-quoted scalar.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "''") + "'"
    }
}
