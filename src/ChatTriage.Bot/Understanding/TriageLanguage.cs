using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Understanding;

/// <summary>Everything that reads residents' words, built once from the content.</summary>
public sealed class TriageLanguage
{
    public TriageLanguage(TriageContent content)
    {
        Normaliser = new TextNormaliser(content.Routing);
        Router = new IntentRouter(content, Normaliser);
        Directory = new ServiceDirectory(content, Normaliser);
        Answers = new AnswerRanker(content, Normaliser);
        CrimeTypes = new CrimeTypeMatcher(content, Normaliser);
        Help = new WordList(content.Global.HelpWords);
        Cancel = new WordList(content.Global.CancelWords);
        Person = new WordList(content.Global.PersonWords);
        Skip = new WordList(content.Global.SkipWords);
        NotSure = new WordList(content.Global.NotSureWords);
        Greeting = new WordList(content.Global.GreetingWords);
    }

    public TextNormaliser Normaliser { get; }

    public IntentRouter Router { get; }

    public ServiceDirectory Directory { get; }

    public AnswerRanker Answers { get; }

    public CrimeTypeMatcher CrimeTypes { get; }

    public WordList Help { get; }

    public WordList Greeting { get; }

    public WordList Cancel { get; }

    public WordList Person { get; }

    public WordList Skip { get; }

    public WordList NotSure { get; }
}
