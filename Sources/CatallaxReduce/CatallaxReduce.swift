public enum CatallaxReduce {}
