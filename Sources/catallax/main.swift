print("catallax")
