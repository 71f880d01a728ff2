import MLCoachResources
print(BundledResources.files.map { $0.path })
