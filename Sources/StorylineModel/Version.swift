/// The version printed by `storyline --version`.
public enum StorylineVersion {
    public static let current = "0.1.0"
}
