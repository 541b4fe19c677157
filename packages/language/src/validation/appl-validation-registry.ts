import {
    ValidationRegistry, type ValidationAcceptor, type ValidationCategory, type ValidationCheck,
} from 'langium';

/** What Langium's registry keeps per check (its own type is not exported). */
type ValidationCheckEntry = { check: ValidationCheck, category: ValidationCategory };

/**
 * Langium's registry, made cheap to call once per node: the checks for a node type are looked up once
 * per set of categories instead of streamed for every node, and a check that returns nothing costs no
 * promise (Langium wraps every check in an async function). A check that throws still becomes an error
 * on its node, as in Langium, and an asynchronous check is still awaited.
 */
export class ApplValidationRegistry extends ValidationRegistry {
    /** By set of categories (one array per validation run), then by node type. */
    private checksByCategories = new WeakMap<readonly ValidationCategory[], Map<string, readonly ValidationCheck[]>>();
    private readonly allChecksByType = new Map<string, readonly ValidationCheck[]>();

    /** The checks to run on a node of the given type: those of its own type, its supertypes and `AstNode`. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
        let byType = categories ? this.checksByCategories.get(categories) : this.allChecksByType;
        if (!byType) {
            byType = new Map();
            this.checksByCategories.set(categories!, byType);
        }
        let checks = byType.get(type);
        if (!checks) {
            checks = this.getChecks(type, categories ? [...categories] : undefined).toArray();
            byType.set(type, checks);
        }
        return checks;
    }

    protected override addEntry(type: string, entry: ValidationCheckEntry): void {
        this.checksByCategories = new WeakMap();
        this.allChecksByType.clear();
        super.addEntry(type, entry);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept: ValidationAcceptor, cancelToken) => {
            let result: ReturnType<ValidationCheck>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, context, accept, node);
            }
            return result instanceof Promise ? this.handleException(() => result, context, accept, node) : undefined;
        };
    }
}
