fn main(){geotimeline_app::run()}
