// Pivot: small progressive enhancements. No inline scripts anywhere (CSP).
