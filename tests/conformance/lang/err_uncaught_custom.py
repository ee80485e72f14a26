# uncaught user-defined exception with a custom __str__; finally blocks run before the exit
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return self.field + ": " + self.problem
def validate(record):
    try:
        if "name" not in record:
            raise ValidationError("name", "is required")
    finally:
        print("validated", sorted(record))
validate({"name": "x"})
validate({"age": 3})
print("never printed")
