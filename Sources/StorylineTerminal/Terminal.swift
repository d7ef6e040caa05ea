import StorylineUI
import CNcursesw
