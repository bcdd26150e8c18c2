public enum CatallaxModel {}
