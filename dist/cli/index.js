import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4281:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const loader = __nccwpck_require__(1950)
const dumper = __nccwpck_require__(9980)

function renamed (from, to) {
  return function () {
    throw new Error('Function yaml.' + from + ' is removed in js-yaml 4. ' +
      'Use yaml.' + to + ' instead, which is now safe by default.')
  }
}

module.exports.Type = __nccwpck_require__(9557)
module.exports.Schema = __nccwpck_require__(2046)
module.exports.FAILSAFE_SCHEMA = __nccwpck_require__(9832)
module.exports.JSON_SCHEMA = __nccwpck_require__(8927)
module.exports.CORE_SCHEMA = __nccwpck_require__(5746)
module.exports.DEFAULT_SCHEMA = __nccwpck_require__(7336)
module.exports.load = loader.load
module.exports.loadAll = loader.loadAll
module.exports.dump = dumper.dump
module.exports.YAMLException = __nccwpck_require__(1248)

// Re-export all types in case user wants to create custom schema
module.exports.types = {
  binary: __nccwpck_require__(8149),
  float: __nccwpck_require__(7584),
  map: __nccwpck_require__(7316),
  null: __nccwpck_require__(4333),
  pairs: __nccwpck_require__(6267),
  set: __nccwpck_require__(8758),
  timestamp: __nccwpck_require__(8966),
  bool: __nccwpck_require__(7296),
  int: __nccwpck_require__(2271),
  merge: __nccwpck_require__(6854),
  omap: __nccwpck_require__(8649),
  seq: __nccwpck_require__(7161),
  str: __nccwpck_require__(3929)
}

// Removed functions from JS-YAML 3.0.x
module.exports.safeLoad = renamed('safeLoad', 'load')
module.exports.safeLoadAll = renamed('safeLoadAll', 'loadAll')
module.exports.safeDump = renamed('safeDump', 'dump')


/***/ }),

/***/ 9816:
/***/ ((module) => {



function isNothing (subject) {
  return (typeof subject === 'undefined') || (subject === null)
}

function isObject (subject) {
  return (typeof subject === 'object') && (subject !== null)
}

function toArray (sequence) {
  if (Array.isArray(sequence)) return sequence
  else if (isNothing(sequence)) return []

  return [sequence]
}

function extend (target, source) {
  if (source) {
    const sourceKeys = Object.keys(source)

    for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
      const key = sourceKeys[index]
      target[key] = source[key]
    }
  }

  return target
}

function repeat (string, count) {
  let result = ''

  for (let cycle = 0; cycle < count; cycle += 1) {
    result += string
  }

  return result
}

function isNegativeZero (number) {
  return (number === 0) && (Number.NEGATIVE_INFINITY === 1 / number)
}

module.exports.isNothing = isNothing
module.exports.isObject = isObject
module.exports.toArray = toArray
module.exports.repeat = repeat
module.exports.isNegativeZero = isNegativeZero
module.exports.extend = extend


/***/ }),

/***/ 9980:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const common = __nccwpck_require__(9816)
const YAMLException = __nccwpck_require__(1248)
const DEFAULT_SCHEMA = __nccwpck_require__(7336)

const _toString = Object.prototype.toString
const _hasOwnProperty = Object.prototype.hasOwnProperty

const CHAR_BOM = 0xFEFF
const CHAR_TAB = 0x09 /* Tab */
const CHAR_LINE_FEED = 0x0A /* LF */
const CHAR_CARRIAGE_RETURN = 0x0D /* CR */
const CHAR_SPACE = 0x20 /* Space */
const CHAR_EXCLAMATION = 0x21 /* ! */
const CHAR_DOUBLE_QUOTE = 0x22 /* " */
const CHAR_SHARP = 0x23 /* # */
const CHAR_PERCENT = 0x25 /* % */
const CHAR_AMPERSAND = 0x26 /* & */
const CHAR_SINGLE_QUOTE = 0x27 /* ' */
const CHAR_ASTERISK = 0x2A /* * */
const CHAR_COMMA = 0x2C /* , */
const CHAR_MINUS = 0x2D /* - */
const CHAR_COLON = 0x3A /* : */
const CHAR_EQUALS = 0x3D /* = */
const CHAR_GREATER_THAN = 0x3E /* > */
const CHAR_QUESTION = 0x3F /* ? */
const CHAR_COMMERCIAL_AT = 0x40 /* @ */
const CHAR_LEFT_SQUARE_BRACKET = 0x5B /* [ */
const CHAR_RIGHT_SQUARE_BRACKET = 0x5D /* ] */
const CHAR_GRAVE_ACCENT = 0x60 /* ` */
const CHAR_LEFT_CURLY_BRACKET = 0x7B /* { */
const CHAR_VERTICAL_LINE = 0x7C /* | */
const CHAR_RIGHT_CURLY_BRACKET = 0x7D /* } */

const ESCAPE_SEQUENCES = {}

ESCAPE_SEQUENCES[0x00] = '\\0'
ESCAPE_SEQUENCES[0x07] = '\\a'
ESCAPE_SEQUENCES[0x08] = '\\b'
ESCAPE_SEQUENCES[0x09] = '\\t'
ESCAPE_SEQUENCES[0x0A] = '\\n'
ESCAPE_SEQUENCES[0x0B] = '\\v'
ESCAPE_SEQUENCES[0x0C] = '\\f'
ESCAPE_SEQUENCES[0x0D] = '\\r'
ESCAPE_SEQUENCES[0x1B] = '\\e'
ESCAPE_SEQUENCES[0x22] = '\\"'
ESCAPE_SEQUENCES[0x5C] = '\\\\'
ESCAPE_SEQUENCES[0x85] = '\\N'
ESCAPE_SEQUENCES[0xA0] = '\\_'
ESCAPE_SEQUENCES[0x2028] = '\\L'
ESCAPE_SEQUENCES[0x2029] = '\\P'

const DEPRECATED_BOOLEANS_SYNTAX = [
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'
]

const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/

function compileStyleMap (schema, map) {
  if (map === null) return {}

  const result = {}
  const keys = Object.keys(map)

  for (let index = 0, length = keys.length; index < length; index += 1) {
    let tag = keys[index]
    let style = String(map[tag])

    if (tag.slice(0, 2) === '!!') {
      tag = 'tag:yaml.org,2002:' + tag.slice(2)
    }
    const type = schema.compiledTypeMap['fallback'][tag]

    if (type && _hasOwnProperty.call(type.styleAliases, style)) {
      style = type.styleAliases[style]
    }

    result[tag] = style
  }

  return result
}

function encodeHex (character) {
  let handle
  let length

  const string = character.toString(16).toUpperCase()

  if (character <= 0xFF) {
    handle = 'x'
    length = 2
  } else if (character <= 0xFFFF) {
    handle = 'u'
    length = 4
  } else if (character <= 0xFFFFFFFF) {
    handle = 'U'
    length = 8
  } else {
    throw new YAMLException('code point within a string may not be greater than 0xFFFFFFFF')
  }

  return '\\' + handle + common.repeat('0', length - string.length) + string
}

const QUOTING_TYPE_SINGLE = 1
const QUOTING_TYPE_DOUBLE = 2

function State (options) {
  this.schema = options['schema'] || DEFAULT_SCHEMA
  this.indent = Math.max(1, (options['indent'] || 2))
  this.noArrayIndent = options['noArrayIndent'] || false
  this.skipInvalid = options['skipInvalid'] || false
  this.flowLevel = (common.isNothing(options['flowLevel']) ? -1 : options['flowLevel'])
  this.styleMap = compileStyleMap(this.schema, options['styles'] || null)
  this.sortKeys = options['sortKeys'] || false
  this.lineWidth = options['lineWidth'] || 80
  this.noRefs = options['noRefs'] || false
  this.noCompatMode = options['noCompatMode'] || false
  this.condenseFlow = options['condenseFlow'] || false
  this.quotingType = options['quotingType'] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE
  this.forceQuotes = options['forceQuotes'] || false
  this.replacer = typeof options['replacer'] === 'function' ? options['replacer'] : null

  this.implicitTypes = this.schema.compiledImplicit
  this.explicitTypes = this.schema.compiledExplicit

  this.tag = null
  this.result = ''

  this.duplicates = []
  this.usedDuplicates = null
}

// Indents every line in a string. Empty lines (\n only) are not indented.
function indentString (string, spaces) {
  const ind = common.repeat(' ', spaces)
  let position = 0
  let result = ''
  const length = string.length

  while (position < length) {
    let line
    const next = string.indexOf('\n', position)
    if (next === -1) {
      line = string.slice(position)
      position = length
    } else {
      line = string.slice(position, next + 1)
      position = next + 1
    }

    if (line.length && line !== '\n') result += ind

    result += line
  }

  return result
}

function generateNextLine (state, level) {
  return '\n' + common.repeat(' ', state.indent * level)
}

function testImplicitResolving (state, str) {
  for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
    const type = state.implicitTypes[index]

    if (type.resolve(str)) {
      return true
    }
  }

  return false
}

// [33] s-white ::= s-space | s-tab
function isWhitespace (c) {
  return c === CHAR_SPACE || c === CHAR_TAB
}

// Returns true if the character can be printed without escaping.
// From YAML 1.2: "any allowed characters known to be non-printable
// should also be escaped. [However,] This isn’t mandatory"
// Derived from nb-char - \t - #x85 - #xA0 - #x2028 - #x2029.
function isPrintable (c) {
  return (c >= 0x00020 && c <= 0x00007E) ||
    ((c >= 0x000A1 && c <= 0x00D7FF) && c !== 0x2028 && c !== 0x2029) ||
    ((c >= 0x0E000 && c <= 0x00FFFD) && c !== CHAR_BOM) ||
    (c >= 0x10000 && c <= 0x10FFFF)
}

// [34] ns-char ::= nb-char - s-white
// [27] nb-char ::= c-printable - b-char - c-byte-order-mark
// [26] b-char  ::= b-line-feed | b-carriage-return
// Including s-white (for some reason, examples doesn't match specs in this aspect)
// ns-char ::= c-printable - b-line-feed - b-carriage-return - c-byte-order-mark
function isNsCharOrWhitespace (c) {
  return isPrintable(c) &&
    c !== CHAR_BOM &&
    // - b-char
    c !== CHAR_CARRIAGE_RETURN &&
    c !== CHAR_LINE_FEED
}

// [127]  ns-plain-safe(c) ::= c = flow-out  ⇒ ns-plain-safe-out
//                             c = flow-in   ⇒ ns-plain-safe-in
//                             c = block-key ⇒ ns-plain-safe-out
//                             c = flow-key  ⇒ ns-plain-safe-in
// [128] ns-plain-safe-out ::= ns-char
// [129]  ns-plain-safe-in ::= ns-char - c-flow-indicator
// [130]  ns-plain-char(c) ::=  ( ns-plain-safe(c) - “:” - “#” )
//                            | ( /* An ns-char preceding */ “#” )
//                            | ( “:” /* Followed by an ns-plain-safe(c) */ )
function isPlainSafe (c, prev, inblock) {
  const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c)
  const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c)
  return (
    (
      // ns-plain-safe
      inblock // c = flow-in
        ? cIsNsCharOrWhitespace
        : cIsNsCharOrWhitespace &&
          // - c-flow-indicator
          c !== CHAR_COMMA &&
          c !== CHAR_LEFT_SQUARE_BRACKET &&
          c !== CHAR_RIGHT_SQUARE_BRACKET &&
          c !== CHAR_LEFT_CURLY_BRACKET &&
          c !== CHAR_RIGHT_CURLY_BRACKET
    ) &&
    // ns-plain-char
    c !== CHAR_SHARP && // false on '#'
    !(prev === CHAR_COLON && !cIsNsChar)
  ) || // false on ': '
  (isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP) || // change to true on '[^ ]#'
  (prev === CHAR_COLON && cIsNsChar) // change to true on ':[^ ]'
}

// Simplified test for values allowed as the first character in plain style.
function isPlainSafeFirst (c) {
  // Uses a subset of ns-char - c-indicator
  // where ns-char = nb-char - s-white.
  // No support of ( ( “?” | “:” | “-” ) /* Followed by an ns-plain-safe(c)) */ ) part
  return isPrintable(c) &&
    c !== CHAR_BOM &&
    !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS &&
    c !== CHAR_QUESTION &&
    c !== CHAR_COLON &&
    c !== CHAR_COMMA &&
    c !== CHAR_LEFT_SQUARE_BRACKET &&
    c !== CHAR_RIGHT_SQUARE_BRACKET &&
    c !== CHAR_LEFT_CURLY_BRACKET &&
    c !== CHAR_RIGHT_CURLY_BRACKET &&
    // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP &&
    c !== CHAR_AMPERSAND &&
    c !== CHAR_ASTERISK &&
    c !== CHAR_EXCLAMATION &&
    c !== CHAR_VERTICAL_LINE &&
    c !== CHAR_EQUALS &&
    c !== CHAR_GREATER_THAN &&
    c !== CHAR_SINGLE_QUOTE &&
    c !== CHAR_DOUBLE_QUOTE &&
    // | “%” | “@” | “`”)
    c !== CHAR_PERCENT &&
    c !== CHAR_COMMERCIAL_AT &&
    c !== CHAR_GRAVE_ACCENT
}

// Simplified test for values allowed as the last character in plain style.
function isPlainSafeLast (c) {
  // just not whitespace or colon, it will be checked to be plain character later
  return !isWhitespace(c) && c !== CHAR_COLON
}

// Same as 'string'.codePointAt(pos), but works in older browsers.
function codePointAt (string, pos) {
  const first = string.charCodeAt(pos)
  let second

  if (first >= 0xD800 && first <= 0xDBFF && pos + 1 < string.length) {
    second = string.charCodeAt(pos + 1)
    if (second >= 0xDC00 && second <= 0xDFFF) {
      // https://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
      return (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000
    }
  }
  return first
}

// Determines whether block indentation indicator is required.
function needIndentIndicator (string) {
  const leadingSpaceRe = /^\n* /
  return leadingSpaceRe.test(string)
}

const STYLE_PLAIN = 1
const STYLE_SINGLE = 2
const STYLE_LITERAL = 3
const STYLE_FOLDED = 4
const STYLE_DOUBLE = 5

// Determines which scalar styles are possible and returns the preferred style.
// lineWidth = -1 => no limit.
// Pre-conditions: str.length > 0.
// Post-conditions:
//    STYLE_PLAIN or STYLE_SINGLE => no \n are in the string.
//    STYLE_LITERAL => no lines are suitable for folding (or lineWidth is -1).
//    STYLE_FOLDED => a line > lineWidth and can be folded (and lineWidth != -1).
function chooseScalarStyle (string, singleLineOnly, indentPerLevel, lineWidth,
  testAmbiguousType, quotingType, forceQuotes, inblock) {
  let i
  let char = 0
  let prevChar = null
  let hasLineBreak = false
  let hasFoldableLine = false // only checked if shouldTrackWidth
  const shouldTrackWidth = lineWidth !== -1
  let previousLineBreak = -1 // count the first line correctly
  let plain = isPlainSafeFirst(codePointAt(string, 0)) &&
    isPlainSafeLast(codePointAt(string, string.length - 1))

  if (singleLineOnly || forceQuotes) {
    // Case: no block styles.
    // Check for disallowed characters to rule out plain and single.
    for (i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
      char = codePointAt(string, i)
      if (!isPrintable(char)) {
        return STYLE_DOUBLE
      }
      plain = plain && isPlainSafe(char, prevChar, inblock)
      prevChar = char
    }
  } else {
    // Case: block styles permitted.
    for (i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
      char = codePointAt(string, i)
      if (char === CHAR_LINE_FEED) {
        hasLineBreak = true
        // Check if any line can be folded.
        if (shouldTrackWidth) {
          hasFoldableLine = hasFoldableLine ||
            // Foldable line = too long, and not more-indented.
            (i - previousLineBreak - 1 > lineWidth &&
             string[previousLineBreak + 1] !== ' ')
          previousLineBreak = i
        }
      } else if (!isPrintable(char)) {
        return STYLE_DOUBLE
      }
      plain = plain && isPlainSafe(char, prevChar, inblock)
      prevChar = char
    }
    // in case the end is missing a \n
    hasFoldableLine = hasFoldableLine || (shouldTrackWidth &&
      (i - previousLineBreak - 1 > lineWidth &&
       string[previousLineBreak + 1] !== ' '))
  }
  // Although every style can represent \n without escaping, prefer block styles
  // for multiline, since they're more readable and they don't add empty lines.
  // Also prefer folding a super-long line.
  if (!hasLineBreak && !hasFoldableLine) {
    // Strings interpretable as another type have to be quoted;
    // e.g. the string 'true' vs. the boolean true.
    if (plain && !forceQuotes && !testAmbiguousType(string)) {
      return STYLE_PLAIN
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE
  }
  // Edge case: block indentation indicator can only have one digit.
  if (indentPerLevel > 9 && needIndentIndicator(string)) {
    return STYLE_DOUBLE
  }
  // At this point we know block styles are valid.
  // Prefer literal style unless we want to fold.
  if (!forceQuotes) {
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL
  }
  return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE
}

// Note: line breaking/folding is implemented for only the folded style.
// NB. We drop the last trailing newline (if any) of a returned block scalar
//  since the dumper adds its own newline. This always works:
//    • No ending newline => unaffected; already using strip "-" chomping.
//    • Ending newline    => removed then restored.
//  Importantly, this keeps the "+" chomp indicator from gaining an extra line.
function writeScalar (state, string, level, iskey, inblock) {
  state.dump = (function () {
    if (string.length === 0) {
      return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''"
    }
    if (!state.noCompatMode) {
      if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? ('"' + string + '"') : ("'" + string + "'")
      }
    }

    const indent = state.indent * Math.max(1, level) // no 0-indent scalars
    // As indentation gets deeper, let the width decrease monotonically
    // to the lower bound min(state.lineWidth, 40).
    // Note that this implies
    //  state.lineWidth ≤ 40 + state.indent: width is fixed at the lower bound.
    //  state.lineWidth > 40 + state.indent: width decreases until the lower bound.
    // This behaves better than a constant minimum width which disallows narrower options,
    // or an indent threshold which causes the width to suddenly increase.
    const lineWidth = (state.lineWidth === -1)
      ? -1
      : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent)

    // Without knowing if keys are implicit/explicit, assume implicit for safety.
    const singleLineOnly = iskey ||
      // No block styles in flow mode.
      (state.flowLevel > -1 && level >= state.flowLevel)
    function testAmbiguity (string) {
      return testImplicitResolving(state, string)
    }

    switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth,
      testAmbiguity, state.quotingType, state.forceQuotes && !iskey, inblock)) {
      case STYLE_PLAIN:
        return string
      case STYLE_SINGLE:
        return "'" + string.replace(/'/g, "''") + "'"
      case STYLE_LITERAL:
        return '|' + blockHeader(string, state.indent) +
          dropEndingNewline(indentString(string, indent))
      case STYLE_FOLDED:
        return '>' + blockHeader(string, state.indent) +
          dropEndingNewline(indentString(foldString(string, lineWidth), indent))
      case STYLE_DOUBLE:
        return '"' + escapeString(string, lineWidth) + '"'
      default:
        throw new YAMLException('impossible error: invalid scalar style')
    }
  }())
}

// Pre-conditions: string is valid for a block scalar, 1 <= indentPerLevel <= 9.
function blockHeader (string, indentPerLevel) {
  const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : ''

  // note the special case: the string '\n' counts as a "trailing" empty line.
  const clip = string[string.length - 1] === '\n'
  const keep = clip && (string[string.length - 2] === '\n' || string === '\n')
  const chomp = keep ? '+' : (clip ? '' : '-')

  return indentIndicator + chomp + '\n'
}

// (See the note for writeScalar.)
function dropEndingNewline (string) {
  return string[string.length - 1] === '\n' ? string.slice(0, -1) : string
}

// Note: a long line without a suitable break point will exceed the width limit.
// Pre-conditions: every char in str isPrintable, str.length > 0, width > 0.
function foldString (string, width) {
  // In folded style, $k$ consecutive newlines output as $k+1$ newlines—
  // unless they're before or after a more-indented line, or at the very
  // beginning or end, in which case $k$ maps to $k$.
  // Therefore, parse each chunk as newline(s) followed by a content line.
  const lineRe = /(\n+)([^\n]*)/g

  // first line (possibly an empty line)
  let result = (function () {
    let nextLF = string.indexOf('\n')
    nextLF = nextLF !== -1 ? nextLF : string.length
    lineRe.lastIndex = nextLF
    return foldLine(string.slice(0, nextLF), width)
  }())
  // If we haven't reached the first content line yet, don't add an extra \n.
  let prevMoreIndented = string[0] === '\n' || string[0] === ' '
  let moreIndented

  // rest of the lines
  let match
  while ((match = lineRe.exec(string))) {
    const prefix = match[1]
    const line = match[2]

    moreIndented = (line[0] === ' ')
    result += prefix +
      ((!prevMoreIndented && !moreIndented && line !== '') ? '\n' : '') +
      foldLine(line, width)
    prevMoreIndented = moreIndented
  }

  return result
}

// Greedy line breaking.
// Picks the longest line under the limit each time,
// otherwise settles for the shortest line over the limit.
// NB. More-indented lines *cannot* be folded, as that would add an extra \n.
function foldLine (line, width) {
  if (line === '' || line[0] === ' ') return line

  // Since a more-indented line adds a \n, breaks can't be followed by a space.
  const breakRe = / [^ ]/g // note: the match index will always be <= length-2.
  let match
  // start is an inclusive index. end, curr, and next are exclusive.
  let start = 0
  let end
  let curr = 0
  let next = 0
  let result = ''

  // Invariants: 0 <= start <= length-1.
  //   0 <= curr <= next <= max(0, length-2). curr - start <= width.
  // Inside the loop:
  //   A match implies length >= 2, so curr and next are <= length-2.
  while ((match = breakRe.exec(line))) {
    next = match.index
    // maintain invariant: curr - start <= width
    if (next - start > width) {
      end = (curr > start) ? curr : next // derive end <= length-2
      result += '\n' + line.slice(start, end)
      // skip the space that was output as \n
      start = end + 1                    // derive start <= length-1
    }
    curr = next
  }

  // By the invariants, start <= length-1, so there is something left over.
  // It is either the whole string or a part starting from non-whitespace.
  result += '\n'
  // Insert a break if the remainder is too long and there is a break available.
  if (line.length - start > width && curr > start) {
    result += line.slice(start, curr) + '\n' + line.slice(curr + 1)
  } else {
    result += line.slice(start)
  }

  return result.slice(1) // drop extra \n joiner
}

// Escapes a double-quoted string.
function escapeString (string) {
  let result = ''
  let char = 0

  for (let i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
    char = codePointAt(string, i)
    const escapeSeq = ESCAPE_SEQUENCES[char]

    if (!escapeSeq && isPrintable(char)) {
      result += string[i]
      if (char >= 0x10000) result += string[i + 1]
    } else {
      result += escapeSeq || encodeHex(char)
    }
  }

  return result
}

function writeFlowSequence (state, level, object) {
  let _result = ''
  const _tag = state.tag

  for (let index = 0, length = object.length; index < length; index += 1) {
    let value = object[index]

    if (state.replacer) {
      value = state.replacer.call(object, String(index), value)
    }

    // Write only valid elements, put null instead of invalid elements.
    if (writeNode(state, level, value, false, false) ||
        (typeof value === 'undefined' &&
         writeNode(state, level, null, false, false))) {
      if (_result !== '') _result += ',' + (!state.condenseFlow ? ' ' : '')
      _result += state.dump
    }
  }

  state.tag = _tag
  state.dump = '[' + _result + ']'
}

function writeBlockSequence (state, level, object, compact) {
  let _result = ''
  const _tag = state.tag

  for (let index = 0, length = object.length; index < length; index += 1) {
    let value = object[index]

    if (state.replacer) {
      value = state.replacer.call(object, String(index), value)
    }

    // Write only valid elements, put null instead of invalid elements.
    if (writeNode(state, level + 1, value, true, true, false, true) ||
        (typeof value === 'undefined' &&
         writeNode(state, level + 1, null, true, true, false, true))) {
      if (!compact || _result !== '') {
        _result += generateNextLine(state, level)
      }

      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        _result += '-'
      } else {
        _result += '- '
      }

      _result += state.dump
    }
  }

  state.tag = _tag
  state.dump = _result || '[]' // Empty sequence if no valid values.
}

function writeFlowMapping (state, level, object) {
  let _result = ''
  const _tag = state.tag
  const objectKeyList = Object.keys(object)

  for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
    let pairBuffer = ''
    if (_result !== '') pairBuffer += ', '

    if (state.condenseFlow) pairBuffer += '"'

    const objectKey = objectKeyList[index]
    let objectValue = object[objectKey]

    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue)
    }

    if (!writeNode(state, level, objectKey, false, false)) {
      continue // Skip this pair because of invalid key;
    }

    if (state.dump.length > 1024) pairBuffer += '? '

    pairBuffer += state.dump + (state.condenseFlow ? '"' : '') + ':' + (state.condenseFlow ? '' : ' ')

    if (!writeNode(state, level, objectValue, false, false)) {
      continue // Skip this pair because of invalid value.
    }

    pairBuffer += state.dump

    // Both key and value are valid.
    _result += pairBuffer
  }

  state.tag = _tag
  state.dump = '{' + _result + '}'
}

function writeBlockMapping (state, level, object, compact) {
  let _result = ''
  const _tag = state.tag
  const objectKeyList = Object.keys(object)

  // Allow sorting keys so that the output file is deterministic
  if (state.sortKeys === true) {
    // Default sorting
    objectKeyList.sort()
  } else if (typeof state.sortKeys === 'function') {
    // Custom sort function
    objectKeyList.sort(state.sortKeys)
  } else if (state.sortKeys) {
    // Something is wrong
    throw new YAMLException('sortKeys must be a boolean or a function')
  }

  for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
    let pairBuffer = ''

    if (!compact || _result !== '') {
      pairBuffer += generateNextLine(state, level)
    }

    const objectKey = objectKeyList[index]
    let objectValue = object[objectKey]

    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue)
    }

    if (!writeNode(state, level + 1, objectKey, true, true, true)) {
      continue // Skip this pair because of invalid key.
    }

    const explicitPair = (state.tag !== null && state.tag !== '?') ||
                   (state.dump && state.dump.length > 1024)

    if (explicitPair) {
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += '?'
      } else {
        pairBuffer += '? '
      }
    }

    pairBuffer += state.dump

    if (explicitPair) {
      pairBuffer += generateNextLine(state, level)
    }

    if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
      continue // Skip this pair because of invalid value.
    }

    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
      pairBuffer += ':'
    } else {
      pairBuffer += ': '
    }

    pairBuffer += state.dump

    // Both key and value are valid.
    _result += pairBuffer
  }

  state.tag = _tag
  state.dump = _result || '{}' // Empty mapping if no valid pairs.
}

function detectType (state, object, explicit) {
  const typeList = explicit ? state.explicitTypes : state.implicitTypes

  for (let index = 0, length = typeList.length; index < length; index += 1) {
    const type = typeList[index]

    if ((type.instanceOf || type.predicate) &&
        (!type.instanceOf || ((typeof object === 'object') && (object instanceof type.instanceOf))) &&
        (!type.predicate || type.predicate(object))) {
      if (explicit) {
        if (type.multi && type.representName) {
          state.tag = type.representName(object)
        } else {
          state.tag = type.tag
        }
      } else {
        state.tag = '?'
      }

      if (type.represent) {
        const style = state.styleMap[type.tag] || type.defaultStyle

        let _result
        if (_toString.call(type.represent) === '[object Function]') {
          _result = type.represent(object, style)
        } else if (_hasOwnProperty.call(type.represent, style)) {
          _result = type.represent[style](object, style)
        } else {
          throw new YAMLException('!<' + type.tag + '> tag resolver accepts not "' + style + '" style')
        }

        state.dump = _result
      }

      return true
    }
  }

  return false
}

// Serializes `object` and writes it to global `result`.
// Returns true on success, or false on invalid object.
//
function writeNode (state, level, object, block, compact, iskey, isblockseq) {
  state.tag = null
  state.dump = object

  if (!detectType(state, object, false)) {
    detectType(state, object, true)
  }

  const type = _toString.call(state.dump)
  const inblock = block

  if (block) {
    block = (state.flowLevel < 0 || state.flowLevel > level)
  }

  const objectOrArray = type === '[object Object]' || type === '[object Array]'
  let duplicateIndex
  let duplicate

  if (objectOrArray) {
    duplicateIndex = state.duplicates.indexOf(object)
    duplicate = duplicateIndex !== -1
  }

  if ((state.tag !== null && state.tag !== '?') || duplicate || (state.indent !== 2 && level > 0)) {
    compact = false
  }

  if (duplicate && state.usedDuplicates[duplicateIndex]) {
    state.dump = '*ref_' + duplicateIndex
  } else {
    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
      state.usedDuplicates[duplicateIndex] = true
    }
    if (type === '[object Object]') {
      if (block && (Object.keys(state.dump).length !== 0)) {
        writeBlockMapping(state, level, state.dump, compact)
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + state.dump
        }
      } else {
        writeFlowMapping(state, level, state.dump)
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump
        }
      }
    } else if (type === '[object Array]') {
      if (block && (state.dump.length !== 0)) {
        if (state.noArrayIndent && !isblockseq && level > 0) {
          writeBlockSequence(state, level - 1, state.dump, compact)
        } else {
          writeBlockSequence(state, level, state.dump, compact)
        }
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + state.dump
        }
      } else {
        writeFlowSequence(state, level, state.dump)
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump
        }
      }
    } else if (type === '[object String]') {
      if (state.tag !== '?') {
        writeScalar(state, state.dump, level, iskey, inblock)
      }
    } else if (type === '[object Undefined]') {
      return false
    } else {
      if (state.skipInvalid) return false
      throw new YAMLException('unacceptable kind of an object to dump ' + type)
    }

    if (state.tag !== null && state.tag !== '?') {
      // Need to encode all characters except those allowed by the spec:
      //
      // [35] ns-dec-digit    ::=  [#x30-#x39] /* 0-9 */
      // [36] ns-hex-digit    ::=  ns-dec-digit
      //                         | [#x41-#x46] /* A-F */ | [#x61-#x66] /* a-f */
      // [37] ns-ascii-letter ::=  [#x41-#x5A] /* A-Z */ | [#x61-#x7A] /* a-z */
      // [38] ns-word-char    ::=  ns-dec-digit | ns-ascii-letter | “-”
      // [39] ns-uri-char     ::=  “%” ns-hex-digit ns-hex-digit | ns-word-char | “#”
      //                         | “;” | “/” | “?” | “:” | “@” | “&” | “=” | “+” | “$” | “,”
      //                         | “_” | “.” | “!” | “~” | “*” | “'” | “(” | “)” | “[” | “]”
      //
      // Also need to encode '!' because it has special meaning (end of tag prefix).
      //
      let tagStr = encodeURI(
        state.tag[0] === '!' ? state.tag.slice(1) : state.tag
      ).replace(/!/g, '%21')

      if (state.tag[0] === '!') {
        tagStr = '!' + tagStr
      } else if (tagStr.slice(0, 18) === 'tag:yaml.org,2002:') {
        tagStr = '!!' + tagStr.slice(18)
      } else {
        tagStr = '!<' + tagStr + '>'
      }

      state.dump = tagStr + ' ' + state.dump
    }
  }

  return true
}

function getDuplicateReferences (object, state) {
  const objects = []
  const duplicatesIndexes = []

  inspectNode(object, objects, duplicatesIndexes)

  const length = duplicatesIndexes.length
  for (let index = 0; index < length; index += 1) {
    state.duplicates.push(objects[duplicatesIndexes[index]])
  }
  state.usedDuplicates = new Array(length)
}

function inspectNode (object, objects, duplicatesIndexes) {
  if (object !== null && typeof object === 'object') {
    const index = objects.indexOf(object)
    if (index !== -1) {
      if (duplicatesIndexes.indexOf(index) === -1) {
        duplicatesIndexes.push(index)
      }
    } else {
      objects.push(object)

      if (Array.isArray(object)) {
        for (let i = 0, length = object.length; i < length; i += 1) {
          inspectNode(object[i], objects, duplicatesIndexes)
        }
      } else {
        const objectKeyList = Object.keys(object)

        for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
          inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes)
        }
      }
    }
  }
}

function dump (input, options) {
  options = options || {}

  const state = new State(options)

  if (!state.noRefs) getDuplicateReferences(input, state)

  let value = input

  if (state.replacer) {
    value = state.replacer.call({ '': value }, '', value)
  }

  if (writeNode(state, 0, value, true, true)) return state.dump + '\n'

  return ''
}

module.exports.dump = dump


/***/ }),

/***/ 1248:
/***/ ((module) => {

// YAML error class. http://stackoverflow.com/questions/8458984
//


function formatError (exception, compact) {
  let where = ''
  const message = exception.reason || '(unknown reason)'

  if (!exception.mark) return message

  if (exception.mark.name) {
    where += 'in "' + exception.mark.name + '" '
  }

  where += '(' + (exception.mark.line + 1) + ':' + (exception.mark.column + 1) + ')'

  if (!compact && exception.mark.snippet) {
    where += '\n\n' + exception.mark.snippet
  }

  return message + ' ' + where
}

function YAMLException (reason, mark) {
  // Super constructor
  Error.call(this)

  this.name = 'YAMLException'
  this.reason = reason
  this.mark = mark
  this.message = formatError(this, false)

  // Include stack trace in error object
  if (Error.captureStackTrace) {
    // Chrome and NodeJS
    Error.captureStackTrace(this, this.constructor)
  } else {
    // FF, IE 10+ and Safari 6+. Fallback for others
    this.stack = (new Error()).stack || ''
  }
}

// Inherit from Error
YAMLException.prototype = Object.create(Error.prototype)
YAMLException.prototype.constructor = YAMLException

YAMLException.prototype.toString = function toString (compact) {
  return this.name + ': ' + formatError(this, compact)
}

module.exports = YAMLException


/***/ }),

/***/ 1950:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const common = __nccwpck_require__(9816)
const YAMLException = __nccwpck_require__(1248)
const makeSnippet = __nccwpck_require__(9440)
const DEFAULT_SCHEMA = __nccwpck_require__(7336)

const _hasOwnProperty = Object.prototype.hasOwnProperty

const CONTEXT_FLOW_IN = 1
const CONTEXT_FLOW_OUT = 2
const CONTEXT_BLOCK_IN = 3
const CONTEXT_BLOCK_OUT = 4

const CHOMPING_CLIP = 1
const CHOMPING_STRIP = 2
const CHOMPING_KEEP = 3

// eslint-disable-next-line no-control-regex
const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/
const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/
// eslint-disable-next-line no-useless-escape
const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/
// eslint-disable-next-line no-useless-escape
const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/
// eslint-disable-next-line no-useless-escape
const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i

function _class (obj) { return Object.prototype.toString.call(obj) }

function isEol (c) {
  return (c === 0x0A/* LF */) || (c === 0x0D/* CR */)
}

function isWhiteSpace (c) {
  return (c === 0x09/* Tab */) || (c === 0x20/* Space */)
}

function isWsOrEol (c) {
  return (c === 0x09/* Tab */) ||
         (c === 0x20/* Space */) ||
         (c === 0x0A/* LF */) ||
         (c === 0x0D/* CR */)
}

function isFlowIndicator (c) {
  return c === 0x2C/* , */ ||
         c === 0x5B/* [ */ ||
         c === 0x5D/* ] */ ||
         c === 0x7B/* { */ ||
         c === 0x7D/* } */
}

function fromHexCode (c) {
  if ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */)) {
    return c - 0x30
  }

  const lc = c | 0x20

  if ((lc >= 0x61/* a */) && (lc <= 0x66/* f */)) {
    return lc - 0x61 + 10
  }

  return -1
}

function escapedHexLen (c) {
  if (c === 0x78/* x */) { return 2 }
  if (c === 0x75/* u */) { return 4 }
  if (c === 0x55/* U */) { return 8 }
  return 0
}

function fromDecimalCode (c) {
  if ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */)) {
    return c - 0x30
  }

  return -1
}

function simpleEscapeSequence (c) {
  switch (c) {
    case 0x30/* 0 */: return '\x00'
    case 0x61/* a */: return '\x07'
    case 0x62/* b */: return '\x08'
    case 0x74/* t */: return '\x09'
    case 0x09/* Tab */: return '\x09'
    case 0x6E/* n */: return '\x0A'
    case 0x76/* v */: return '\x0B'
    case 0x66/* f */: return '\x0C'
    case 0x72/* r */: return '\x0D'
    case 0x65/* e */: return '\x1B'
    case 0x20/* Space */: return ' '
    case 0x22/* " */: return '\x22'
    case 0x2F/* / */: return '/'
    case 0x5C/* \ */: return '\x5C'
    case 0x4E/* N */: return '\x85'
    case 0x5F/* _ */: return '\xA0'
    case 0x4C/* L */: return '\u2028'
    case 0x50/* P */: return '\u2029'
    default: return ''
  }
}

function charFromCodepoint (c) {
  if (c <= 0xFFFF) {
    return String.fromCharCode(c)
  }
  // Encode UTF-16 surrogate pair
  // https://en.wikipedia.org/wiki/UTF-16#Code_points_U.2B010000_to_U.2B10FFFF
  return String.fromCharCode(
    ((c - 0x010000) >> 10) + 0xD800,
    ((c - 0x010000) & 0x03FF) + 0xDC00
  )
}

// set a property of a literal object, while protecting against prototype pollution,
// see https://github.com/nodeca/js-yaml/issues/164 for more details
function setProperty (object, key, value) {
  // used for this specific key only because Object.defineProperty is slow
  if (key === '__proto__') {
    Object.defineProperty(object, key, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: value
    })
  } else {
    object[key] = value
  }
}

const simpleEscapeCheck = new Array(256) // integer, for fast access
const simpleEscapeMap = new Array(256)
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0
  simpleEscapeMap[i] = simpleEscapeSequence(i)
}

function State (input, options) {
  this.input = input

  this.filename = options['filename'] || null
  this.schema = options['schema'] || DEFAULT_SCHEMA
  this.onWarning = options['onWarning'] || null
  // (Hidden) Remove? makes the loader to expect YAML 1.1 documents
  // if such documents have no explicit %YAML directive
  this.legacy = options['legacy'] || false

  this.json = options['json'] || false
  this.listener = options['listener'] || null
  this.maxDepth = typeof options['maxDepth'] === 'number' ? options['maxDepth'] : 100
  this.maxTotalMergeKeys = typeof options['maxTotalMergeKeys'] === 'number' ? options['maxTotalMergeKeys'] : 10000

  this.implicitTypes = this.schema.compiledImplicit
  this.typeMap = this.schema.compiledTypeMap

  this.length = input.length
  this.position = 0
  this.line = 0
  this.lineStart = 0
  this.lineIndent = 0
  this.depth = 0
  this.totalMergeKeys = 0

  // position of first leading tab in the current line,
  // used to make sure there are no tabs in the indentation
  this.firstTabInLine = -1

  this.documents = []
  this.anchorMapTransactions = []

  /*
  this.version;
  this.checkLineBreaks;
  this.tagMap;
  this.anchorMap;
  this.tag;
  this.anchor;
  this.kind;
  this.result; */
}

function generateError (state, message) {
  const mark = {
    name: state.filename,
    buffer: state.input.slice(0, -1), // omit trailing \0
    position: state.position,
    line: state.line,
    column: state.position - state.lineStart
  }

  mark.snippet = makeSnippet(mark)

  return new YAMLException(message, mark)
}

function throwError (state, message) {
  throw generateError(state, message)
}

function throwWarning (state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message))
  }
}

function storeAnchor (state, name, value) {
  const transactions = state.anchorMapTransactions

  if (transactions.length !== 0) {
    const transaction = transactions[transactions.length - 1]

    if (!_hasOwnProperty.call(transaction, name)) {
      transaction[name] = {
        existed: _hasOwnProperty.call(state.anchorMap, name),
        value: state.anchorMap[name]
      }
    }
  }

  state.anchorMap[name] = value
}

function beginAnchorTransaction (state) {
  state.anchorMapTransactions.push(Object.create(null))
}

function commitAnchorTransaction (state) {
  const transaction = state.anchorMapTransactions.pop()
  const transactions = state.anchorMapTransactions

  if (transactions.length === 0) return

  const parent = transactions[transactions.length - 1]
  const names = Object.keys(transaction)

  for (let index = 0, length = names.length; index < length; index += 1) {
    const name = names[index]

    if (!_hasOwnProperty.call(parent, name)) {
      parent[name] = transaction[name]
    }
  }
}

function rollbackAnchorTransaction (state) {
  const transaction = state.anchorMapTransactions.pop()
  const names = Object.keys(transaction)

  for (let index = names.length - 1; index >= 0; index -= 1) {
    const entry = transaction[names[index]]

    if (entry.existed) {
      state.anchorMap[names[index]] = entry.value
    } else {
      delete state.anchorMap[names[index]]
    }
  }
}

function snapshotState (state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    tag: state.tag,
    anchor: state.anchor,
    kind: state.kind,
    result: state.result
  }
}

function restoreState (state, snapshot) {
  state.position = snapshot.position
  state.line = snapshot.line
  state.lineStart = snapshot.lineStart
  state.lineIndent = snapshot.lineIndent
  state.firstTabInLine = snapshot.firstTabInLine
  state.tag = snapshot.tag
  state.anchor = snapshot.anchor
  state.kind = snapshot.kind
  state.result = snapshot.result
}

const directiveHandlers = {

  YAML: function handleYamlDirective (state, name, args) {
    if (state.version !== null) {
      throwError(state, 'duplication of %YAML directive')
    }

    if (args.length !== 1) {
      throwError(state, 'YAML directive accepts exactly one argument')
    }

    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0])

    if (match === null) {
      throwError(state, 'ill-formed argument of the YAML directive')
    }

    const major = parseInt(match[1], 10)
    const minor = parseInt(match[2], 10)

    if (major !== 1) {
      throwError(state, 'unacceptable YAML version of the document')
    }

    state.version = args[0]
    state.checkLineBreaks = (minor < 2)

    if (minor !== 1 && minor !== 2) {
      throwWarning(state, 'unsupported YAML version of the document')
    }
  },

  TAG: function handleTagDirective (state, name, args) {
    let prefix

    if (args.length !== 2) {
      throwError(state, 'TAG directive accepts exactly two arguments')
    }

    const handle = args[0]
    prefix = args[1]

    if (!PATTERN_TAG_HANDLE.test(handle)) {
      throwError(state, 'ill-formed tag handle (first argument) of the TAG directive')
    }

    if (_hasOwnProperty.call(state.tagMap, handle)) {
      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle')
    }

    if (!PATTERN_TAG_URI.test(prefix)) {
      throwError(state, 'ill-formed tag prefix (second argument) of the TAG directive')
    }

    try {
      prefix = decodeURIComponent(prefix)
    } catch (err) {
      throwError(state, 'tag prefix is malformed: ' + prefix)
    }

    state.tagMap[handle] = prefix
  }
}

function captureSegment (state, start, end, checkJson) {
  if (start < end) {
    const _result = state.input.slice(start, end)

    if (checkJson) {
      for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
        const _character = _result.charCodeAt(_position)
        if (!(_character === 0x09 ||
              (_character >= 0x20 && _character <= 0x10FFFF))) {
          throwError(state, 'expected valid JSON character')
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, 'the stream contains non-printable characters')
    }

    state.result += _result
  }
}

function chargeMergeWork (state) {
  state.totalMergeKeys++

  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
    throwError(state, 'merge keys exceeded maxTotalMergeKeys (' + state.maxTotalMergeKeys + ')')
  }
}

function mergeMappings (state, destination, source, overridableKeys) {
  if (!common.isObject(source)) {
    throwError(state, 'cannot merge mappings; the provided source object is unacceptable')
  }

  // Count the source mapping itself to bound sequences of empty mappings.
  chargeMergeWork(state)

  const sourceKeys = Object.keys(source)

  for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    const key = sourceKeys[index]

    chargeMergeWork(state)

    if (!_hasOwnProperty.call(destination, key)) {
      setProperty(destination, key, source[key])
      overridableKeys[key] = true
    }
  }
}

function storeMappingPair (state, _result, overridableKeys, keyTag, keyNode, valueNode,
  startLine, startLineStart, startPos) {
  // The output is a plain object here, so keys can only be strings.
  // We need to convert keyNode to a string, but doing so can hang the process
  // (deeply nested arrays that explode exponentially using aliases).
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode)

    for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, 'nested arrays are not supported inside keys')
      }

      if (typeof keyNode === 'object' && _class(keyNode[index]) === '[object Object]') {
        keyNode[index] = '[object Object]'
      }
    }
  }

  // Avoid code execution in load() via toString property
  // (still use its own toString for arrays, timestamps,
  // and whatever user schema extensions happen to have @@toStringTag)
  if (typeof keyNode === 'object' && _class(keyNode) === '[object Object]') {
    keyNode = '[object Object]'
  }

  keyNode = String(keyNode)

  if (_result === null) {
    _result = {}
  }

  if (keyTag === 'tag:yaml.org,2002:merge') {
    if (Array.isArray(valueNode)) {
      if (valueNode.length > 100) {
        throwError(state, 'abnormal merge sequence size')
      }

      for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys)
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys)
    }
  } else {
    if (!state.json &&
        !_hasOwnProperty.call(overridableKeys, keyNode) &&
        _hasOwnProperty.call(_result, keyNode)) {
      state.line = startLine || state.line
      state.lineStart = startLineStart || state.lineStart
      state.position = startPos || state.position
      throwError(state, 'duplicated mapping key')
    }

    setProperty(_result, keyNode, valueNode)
    delete overridableKeys[keyNode]
  }

  return _result
}

function readLineBreak (state) {
  const ch = state.input.charCodeAt(state.position)

  if (ch === 0x0A/* LF */) {
    state.position++
  } else if (ch === 0x0D/* CR */) {
    state.position++
    if (state.input.charCodeAt(state.position) === 0x0A/* LF */) {
      state.position++
    }
  } else {
    throwError(state, 'a line break is expected')
  }

  state.line += 1
  state.lineStart = state.position
  state.firstTabInLine = -1
}

function skipSeparationSpace (state, allowComments, checkIndent) {
  let lineBreaks = 0
  let ch = state.input.charCodeAt(state.position)

  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      if (ch === 0x09/* Tab */ && state.firstTabInLine === -1) {
        state.firstTabInLine = state.position
      }
      ch = state.input.charCodeAt(++state.position)
    }

    if (allowComments && ch === 0x23/* # */) {
      do {
        ch = state.input.charCodeAt(++state.position)
      } while (ch !== 0x0A/* LF */ && ch !== 0x0D/* CR */ && ch !== 0)
    }

    if (isEol(ch)) {
      readLineBreak(state)

      ch = state.input.charCodeAt(state.position)
      lineBreaks++
      state.lineIndent = 0

      while (ch === 0x20/* Space */) {
        state.lineIndent++
        ch = state.input.charCodeAt(++state.position)
      }
    } else {
      break
    }
  }

  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, 'deficient indentation')
  }

  return lineBreaks
}

function testDocumentSeparator (state) {
  let _position = state.position
  let ch = state.input.charCodeAt(_position)

  // Condition state.position === state.lineStart is tested
  // in parent on each call, for efficiency. No needs to test here again.
  if ((ch === 0x2D/* - */ || ch === 0x2E/* . */) &&
      ch === state.input.charCodeAt(_position + 1) &&
      ch === state.input.charCodeAt(_position + 2)) {
    _position += 3

    ch = state.input.charCodeAt(_position)

    if (ch === 0 || isWsOrEol(ch)) {
      return true
    }
  }

  return false
}

function writeFoldedLines (state, count) {
  if (count === 1) {
    state.result += ' '
  } else if (count > 1) {
    state.result += common.repeat('\n', count - 1)
  }
}

function readPlainScalar (state, nodeIndent, withinFlowCollection) {
  let captureStart
  let captureEnd
  let hasPendingContent
  let _line
  let _lineStart
  let _lineIndent
  const _kind = state.kind
  const _result = state.result

  let ch = state.input.charCodeAt(state.position)

  if (isWsOrEol(ch) ||
      isFlowIndicator(ch) ||
      ch === 0x23/* # */ ||
      ch === 0x26/* & */ ||
      ch === 0x2A/* * */ ||
      ch === 0x21/* ! */ ||
      ch === 0x7C/* | */ ||
      ch === 0x3E/* > */ ||
      ch === 0x27/* ' */ ||
      ch === 0x22/* " */ ||
      ch === 0x25/* % */ ||
      ch === 0x40/* @ */ ||
      ch === 0x60/* ` */) {
    return false
  }

  if (ch === 0x3F/* ? */ || ch === 0x2D/* - */) {
    const following = state.input.charCodeAt(state.position + 1)

    if (isWsOrEol(following) ||
        (withinFlowCollection && isFlowIndicator(following))) {
      return false
    }
  }

  state.kind = 'scalar'
  state.result = ''
  captureStart = captureEnd = state.position
  hasPendingContent = false

  while (ch !== 0) {
    if (ch === 0x3A/* : */) {
      const following = state.input.charCodeAt(state.position + 1)

      if (isWsOrEol(following) ||
          (withinFlowCollection && isFlowIndicator(following))) {
        break
      }
    } else if (ch === 0x23/* # */) {
      const preceding = state.input.charCodeAt(state.position - 1)

      if (isWsOrEol(preceding)) {
        break
      }
    } else if ((state.position === state.lineStart && testDocumentSeparator(state)) ||
               (withinFlowCollection && isFlowIndicator(ch))) {
      break
    } else if (isEol(ch)) {
      _line = state.line
      _lineStart = state.lineStart
      _lineIndent = state.lineIndent
      skipSeparationSpace(state, false, -1)

      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true
        ch = state.input.charCodeAt(state.position)
        continue
      } else {
        state.position = captureEnd
        state.line = _line
        state.lineStart = _lineStart
        state.lineIndent = _lineIndent
        break
      }
    }

    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false)
      writeFoldedLines(state, state.line - _line)
      captureStart = captureEnd = state.position
      hasPendingContent = false
    }

    if (!isWhiteSpace(ch)) {
      captureEnd = state.position + 1
    }

    ch = state.input.charCodeAt(++state.position)
  }

  captureSegment(state, captureStart, captureEnd, false)

  if (state.result) {
    return true
  }

  state.kind = _kind
  state.result = _result
  return false
}

function readSingleQuotedScalar (state, nodeIndent) {
  let captureStart
  let captureEnd

  let ch = state.input.charCodeAt(state.position)

  if (ch !== 0x27/* ' */) {
    return false
  }

  state.kind = 'scalar'
  state.result = ''
  state.position++
  captureStart = captureEnd = state.position

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 0x27/* ' */) {
      captureSegment(state, captureStart, state.position, true)
      ch = state.input.charCodeAt(++state.position)

      if (ch === 0x27/* ' */) {
        captureStart = state.position
        state.position++
        captureEnd = state.position
      } else {
        return true
      }
    } else if (isEol(ch)) {
      captureSegment(state, captureStart, captureEnd, true)
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent))
      captureStart = captureEnd = state.position
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, 'unexpected end of the document within a single quoted scalar')
    } else {
      state.position++
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position
      }
    }
  }

  throwError(state, 'unexpected end of the stream within a single quoted scalar')
}

function readDoubleQuotedScalar (state, nodeIndent) {
  let captureStart
  let captureEnd
  let tmp

  let ch = state.input.charCodeAt(state.position)

  if (ch !== 0x22/* " */) {
    return false
  }

  state.kind = 'scalar'
  state.result = ''
  state.position++
  captureStart = captureEnd = state.position

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 0x22/* " */) {
      captureSegment(state, captureStart, state.position, true)
      state.position++
      return true
    } else if (ch === 0x5C/* \ */) {
      captureSegment(state, captureStart, state.position, true)
      ch = state.input.charCodeAt(++state.position)

      if (isEol(ch)) {
        skipSeparationSpace(state, false, nodeIndent)

        // TODO: rework to inline fn with no type cast?
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch]
        state.position++
      } else if ((tmp = escapedHexLen(ch)) > 0) {
        let hexLength = tmp
        let hexResult = 0

        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position)

          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp
          } else {
            throwError(state, 'expected hexadecimal character')
          }
        }

        state.result += charFromCodepoint(hexResult)

        state.position++
      } else {
        throwError(state, 'unknown escape sequence')
      }

      captureStart = captureEnd = state.position
    } else if (isEol(ch)) {
      captureSegment(state, captureStart, captureEnd, true)
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent))
      captureStart = captureEnd = state.position
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, 'unexpected end of the document within a double quoted scalar')
    } else {
      state.position++
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position
      }
    }
  }

  throwError(state, 'unexpected end of the stream within a double quoted scalar')
}

function readFlowCollection (state, nodeIndent) {
  let readNext = true
  let _line
  let _lineStart
  let _pos
  const _tag = state.tag
  let _result
  const _anchor = state.anchor
  let terminator
  let isPair
  let isExplicitPair
  let isMapping
  const overridableKeys = Object.create(null)
  let keyNode
  let keyTag
  let valueNode

  let ch = state.input.charCodeAt(state.position)

  if (ch === 0x5B/* [ */) {
    terminator = 0x5D/* ] */
    isMapping = false
    _result = []
  } else if (ch === 0x7B/* { */) {
    terminator = 0x7D/* } */
    isMapping = true
    _result = {}
  } else {
    return false
  }

  if (state.anchor !== null) {
    storeAnchor(state, state.anchor, _result)
  }

  ch = state.input.charCodeAt(++state.position)

  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent)

    ch = state.input.charCodeAt(state.position)

    if (ch === terminator) {
      state.position++
      state.tag = _tag
      state.anchor = _anchor
      state.kind = isMapping ? 'mapping' : 'sequence'
      state.result = _result
      return true
    } else if (!readNext) {
      throwError(state, 'missed comma between flow collection entries')
    } else if (ch === 0x2C/* , */) {
      // "flow collection entries can never be completely empty", as per YAML 1.2, section 7.4
      throwError(state, "expected the node content, but found ','")
    }

    keyTag = keyNode = valueNode = null
    isPair = isExplicitPair = false

    if (ch === 0x3F/* ? */) {
      const following = state.input.charCodeAt(state.position + 1)

      if (isWsOrEol(following)) {
        isPair = isExplicitPair = true
        state.position++
        skipSeparationSpace(state, true, nodeIndent)
      }
    }

    _line = state.line // Save the current line.
    _lineStart = state.lineStart
    _pos = state.position
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)
    keyTag = state.tag
    keyNode = state.result
    skipSeparationSpace(state, true, nodeIndent)

    ch = state.input.charCodeAt(state.position)

    if ((isExplicitPair || state.line === _line) && ch === 0x3A/* : */) {
      isPair = true
      ch = state.input.charCodeAt(++state.position)
      skipSeparationSpace(state, true, nodeIndent)
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)
      valueNode = state.result
    }

    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)
    } else if (isPair) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos))
    } else {
      _result.push(keyNode)
    }

    skipSeparationSpace(state, true, nodeIndent)

    ch = state.input.charCodeAt(state.position)

    if (ch === 0x2C/* , */) {
      readNext = true
      ch = state.input.charCodeAt(++state.position)
    } else {
      readNext = false
    }
  }

  throwError(state, 'unexpected end of the stream within a flow collection')
}

function readBlockScalar (state, nodeIndent) {
  let folding
  let chomping = CHOMPING_CLIP
  let didReadContent = false
  let detectedIndent = false
  let textIndent = nodeIndent
  let emptyLines = 0
  let atMoreIndented = false
  let tmp

  let ch = state.input.charCodeAt(state.position)

  if (ch === 0x7C/* | */) {
    folding = false
  } else if (ch === 0x3E/* > */) {
    folding = true
  } else {
    return false
  }

  state.kind = 'scalar'
  state.result = ''

  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position)

    if (ch === 0x2B/* + */ || ch === 0x2D/* - */) {
      if (CHOMPING_CLIP === chomping) {
        chomping = (ch === 0x2B/* + */) ? CHOMPING_KEEP : CHOMPING_STRIP
      } else {
        throwError(state, 'repeat of a chomping mode identifier')
      }
    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, 'bad explicit indentation width of a block scalar; it cannot be less than one')
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1
        detectedIndent = true
      } else {
        throwError(state, 'repeat of an indentation width identifier')
      }
    } else {
      break
    }
  }

  if (isWhiteSpace(ch)) {
    do { ch = state.input.charCodeAt(++state.position) }
    while (isWhiteSpace(ch))

    if (ch === 0x23/* # */) {
      do { ch = state.input.charCodeAt(++state.position) }
      while (!isEol(ch) && (ch !== 0))
    }
  }

  while (ch !== 0) {
    readLineBreak(state)
    state.lineIndent = 0

    ch = state.input.charCodeAt(state.position)

    // eslint-disable-next-line no-unmodified-loop-condition
    while ((!detectedIndent || state.lineIndent < textIndent) &&
           (ch === 0x20/* Space */)) {
      state.lineIndent++
      ch = state.input.charCodeAt(++state.position)
    }

    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent
    }

    if (isEol(ch)) {
      emptyLines++
      continue
    }

    if (!detectedIndent && textIndent === 0) {
      throwError(state, 'missing indentation for block scalar')
    }

    // End of the scalar.
    if (state.lineIndent < textIndent) {
      // Perform the chomping.
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines)
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) { // i.e. only if the scalar is not empty.
          state.result += '\n'
        }
      }

      // Break this `while` cycle and go to the funciton's epilogue.
      break
    }

    // Folded style: use fancy rules to handle line breaks.
    if (folding) {
      // Lines starting with white space characters (more-indented lines) are not folded.
      if (isWhiteSpace(ch)) {
        atMoreIndented = true
        // except for the first content line (cf. Example 8.1)
        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines)

      // End of more-indented block.
      } else if (atMoreIndented) {
        atMoreIndented = false
        state.result += common.repeat('\n', emptyLines + 1)

      // Just one line break - perceive as the same line.
      } else if (emptyLines === 0) {
        if (didReadContent) { // i.e. only if we have already read some scalar content.
          state.result += ' '
        }

      // Several line breaks - perceive as different lines.
      } else {
        state.result += common.repeat('\n', emptyLines)
      }

    // Literal style: just add exact number of line breaks between content lines.
    } else {
      // Keep all line breaks except the header line break.
      state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines)
    }

    didReadContent = true
    detectedIndent = true
    emptyLines = 0
    const captureStart = state.position

    while (!isEol(ch) && (ch !== 0)) {
      ch = state.input.charCodeAt(++state.position)
    }

    captureSegment(state, captureStart, state.position, false)
  }

  return true
}

function readBlockSequence (state, nodeIndent) {
  const _tag = state.tag
  const _anchor = state.anchor
  const _result = []
  let detected = false

  // there is a leading tab before this token, so it can't be a block sequence/mapping;
  // it can still be flow sequence/mapping or a scalar
  if (state.firstTabInLine !== -1) return false

  if (state.anchor !== null) {
    storeAnchor(state, state.anchor, _result)
  }

  let ch = state.input.charCodeAt(state.position)

  while (ch !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine
      throwError(state, 'tab characters must not be used in indentation')
    }

    if (ch !== 0x2D/* - */) {
      break
    }

    const following = state.input.charCodeAt(state.position + 1)

    if (!isWsOrEol(following)) {
      break
    }

    detected = true
    state.position++

    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null)
        ch = state.input.charCodeAt(state.position)
        continue
      }
    }

    const _line = state.line
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true)
    _result.push(state.result)
    skipSeparationSpace(state, true, -1)

    ch = state.input.charCodeAt(state.position)

    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
      throwError(state, 'bad indentation of a sequence entry')
    } else if (state.lineIndent < nodeIndent) {
      break
    }
  }

  if (detected) {
    state.tag = _tag
    state.anchor = _anchor
    state.kind = 'sequence'
    state.result = _result
    return true
  }
  return false
}

function readBlockMapping (state, nodeIndent, flowIndent) {
  let allowCompact
  let _keyLine
  let _keyLineStart
  let _keyPos
  const _tag = state.tag
  const _anchor = state.anchor
  const _result = {}
  const overridableKeys = Object.create(null)
  let keyTag = null
  let keyNode = null
  let valueNode = null
  let atExplicitKey = false
  let detected = false

  // there is a leading tab before this token, so it can't be a block sequence/mapping;
  // it can still be flow sequence/mapping or a scalar
  if (state.firstTabInLine !== -1) return false

  if (state.anchor !== null) {
    storeAnchor(state, state.anchor, _result)
  }

  let ch = state.input.charCodeAt(state.position)

  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine
      throwError(state, 'tab characters must not be used in indentation')
    }

    const following = state.input.charCodeAt(state.position + 1)
    const _line = state.line // Save the current line.

    //
    // Explicit notation case. There are two separate blocks:
    // first for the key (denoted by "?") and second for the value (denoted by ":")
    //
    if ((ch === 0x3F/* ? */ || ch === 0x3A/* : */) && isWsOrEol(following)) {
      if (ch === 0x3F/* ? */) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos)
          keyTag = keyNode = valueNode = null
        }

        detected = true
        atExplicitKey = true
        allowCompact = true
      } else if (atExplicitKey) {
        // i.e. 0x3A/* : */ === character after the explicit key.
        atExplicitKey = false
        allowCompact = true
      } else {
        throwError(state, 'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line')
      }

      state.position += 1
      ch = following

    //
    // Implicit notation case. Flow-style node as the key first, then ":", and the value.
    //
    } else {
      _keyLine = state.line
      _keyLineStart = state.lineStart
      _keyPos = state.position

      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        // Neither implicit nor explicit notation.
        // Reading is done. Go to the epilogue.
        break
      }

      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position)

        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position)
        }

        if (ch === 0x3A/* : */) {
          ch = state.input.charCodeAt(++state.position)

          if (!isWsOrEol(ch)) {
            throwError(state, 'a whitespace character is expected after the key-value separator within a block mapping')
          }

          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos)
            keyTag = keyNode = valueNode = null
          }

          detected = true
          atExplicitKey = false
          allowCompact = false
          keyTag = state.tag
          keyNode = state.result
        } else if (detected) {
          throwError(state, 'can not read an implicit mapping pair; a colon is missed')
        } else {
          state.tag = _tag
          state.anchor = _anchor
          return true // Keep the result of `composeNode`.
        }
      } else if (detected) {
        throwError(state, 'can not read a block mapping entry; a multiline key may not be an implicit key')
      } else {
        state.tag = _tag
        state.anchor = _anchor
        return true // Keep the result of `composeNode`.
      }
    }

    //
    // Common reading code for both explicit and implicit notations.
    //
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (atExplicitKey) {
        _keyLine = state.line
        _keyLineStart = state.lineStart
        _keyPos = state.position
      }

      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result
        } else {
          valueNode = state.result
        }
      }

      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos)
        keyTag = keyNode = valueNode = null
      }

      skipSeparationSpace(state, true, -1)
      ch = state.input.charCodeAt(state.position)
    }

    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
      throwError(state, 'bad indentation of a mapping entry')
    } else if (state.lineIndent < nodeIndent) {
      break
    }
  }

  //
  // Epilogue.
  //

  // Special case: last mapping's node contains only the key in explicit notation.
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos)
  }

  // Expose the resulting mapping.
  if (detected) {
    state.tag = _tag
    state.anchor = _anchor
    state.kind = 'mapping'
    state.result = _result
  }

  return detected
}

function readTagProperty (state) {
  let isVerbatim = false
  let isNamed = false
  let tagHandle
  let tagName

  let ch = state.input.charCodeAt(state.position)

  if (ch !== 0x21/* ! */) return false

  if (state.tag !== null) {
    throwError(state, 'duplication of a tag property')
  }

  ch = state.input.charCodeAt(++state.position)

  if (ch === 0x3C/* < */) {
    isVerbatim = true
    ch = state.input.charCodeAt(++state.position)
  } else if (ch === 0x21/* ! */) {
    isNamed = true
    tagHandle = '!!'
    ch = state.input.charCodeAt(++state.position)
  } else {
    tagHandle = '!'
  }

  let _position = state.position

  if (isVerbatim) {
    do { ch = state.input.charCodeAt(++state.position) }
    while (ch !== 0 && ch !== 0x3E/* > */)

    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position)
      ch = state.input.charCodeAt(++state.position)
    } else {
      throwError(state, 'unexpected end of the stream within a verbatim tag')
    }
  } else {
    while (ch !== 0 && !isWsOrEol(ch)) {
      if (ch === 0x21/* ! */) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1)

          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, 'named tag handle cannot contain such characters')
          }

          isNamed = true
          _position = state.position + 1
        } else {
          throwError(state, 'tag suffix cannot contain exclamation marks')
        }
      }

      ch = state.input.charCodeAt(++state.position)
    }

    tagName = state.input.slice(_position, state.position)

    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, 'tag suffix cannot contain flow indicator characters')
    }
  }

  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, 'tag name cannot contain such characters: ' + tagName)
  }

  try {
    tagName = decodeURIComponent(tagName)
  } catch (err) {
    throwError(state, 'tag name is malformed: ' + tagName)
  }

  if (isVerbatim) {
    state.tag = tagName
  } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName
  } else if (tagHandle === '!') {
    state.tag = '!' + tagName
  } else if (tagHandle === '!!') {
    state.tag = 'tag:yaml.org,2002:' + tagName
  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"')
  }

  return true
}

function readAnchorProperty (state) {
  let ch = state.input.charCodeAt(state.position)

  if (ch !== 0x26/* & */) return false

  if (state.anchor !== null) {
    throwError(state, 'duplication of an anchor property')
  }

  ch = state.input.charCodeAt(++state.position)
  const _position = state.position

  while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
    ch = state.input.charCodeAt(++state.position)
  }

  if (state.position === _position) {
    throwError(state, 'name of an anchor node must contain at least one character')
  }

  state.anchor = state.input.slice(_position, state.position)
  return true
}

function readAlias (state) {
  let ch = state.input.charCodeAt(state.position)

  if (ch !== 0x2A/* * */) return false

  ch = state.input.charCodeAt(++state.position)
  const _position = state.position

  while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
    ch = state.input.charCodeAt(++state.position)
  }

  if (state.position === _position) {
    throwError(state, 'name of an alias node must contain at least one character')
  }

  const alias = state.input.slice(_position, state.position)

  if (!_hasOwnProperty.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"')
  }

  state.result = state.anchorMap[alias]
  skipSeparationSpace(state, true, -1)
  return true
}

function tryReadBlockMappingFromProperty (state, propertyStart, nodeIndent, flowIndent) {
  const fallbackState = snapshotState(state)

  beginAnchorTransaction(state)
  restoreState(state, propertyStart)

  // Re-read the leading properties as part of the first implicit key, not as
  // properties of the current node.
  state.tag = null
  state.anchor = null
  state.kind = null
  state.result = null

  if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === 'mapping') {
    commitAnchorTransaction(state)
    return true
  }

  rollbackAnchorTransaction(state)
  restoreState(state, fallbackState)
  return false
}

function composeNode (state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  let allowBlockScalars
  let allowBlockCollections
  let indentStatus = 1 // 1: this>parent, 0: this=parent, -1: this<parent
  let atNewLine = false
  let hasContent = false
  let propertyStart = null
  let type
  let flowIndent
  let blockIndent

  if (state.depth >= state.maxDepth) {
    throwError(state, 'nesting exceeded maxDepth (' + state.maxDepth + ')')
  }

  state.depth += 1

  if (state.listener !== null) {
    state.listener('open', state)
  }

  state.tag = null
  state.anchor = null
  state.kind = null
  state.result = null

  const allowBlockStyles = allowBlockScalars = allowBlockCollections =
    CONTEXT_BLOCK_OUT === nodeContext ||
    CONTEXT_BLOCK_IN === nodeContext

  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true

      if (state.lineIndent > parentIndent) {
        indentStatus = 1
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1
      }
    }
  }

  if (indentStatus === 1) {
    while (true) {
      const ch = state.input.charCodeAt(state.position)
      const propertyState = snapshotState(state)

      // A duplicate property token after a line break can be the first key of
      // a nested block mapping, e.g. `!!map\n  !!str key: value`.
      if (atNewLine &&
          ((ch === 0x21/* ! */ && state.tag !== null) ||
           (ch === 0x26/* & */ && state.anchor !== null))) {
        break
      }

      if (!readTagProperty(state) && !readAnchorProperty(state)) {
        break
      }

      if (propertyStart === null) {
        propertyStart = propertyState
      }

      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true
        allowBlockCollections = allowBlockStyles

        if (state.lineIndent > parentIndent) {
          indentStatus = 1
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1
        }
      } else {
        allowBlockCollections = false
      }
    }
  }

  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact
  }

  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent
    } else {
      flowIndent = parentIndent + 1
    }

    blockIndent = state.position - state.lineStart

    if (indentStatus === 1) {
      if ((allowBlockCollections &&
          (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent))) ||
          readFlowCollection(state, flowIndent)) {
        hasContent = true
      } else {
        const ch = state.input.charCodeAt(state.position)

        if (propertyStart !== null && allowBlockStyles && !allowBlockCollections &&
            ch !== 0x7C/* | */ && ch !== 0x3E/* > */ &&
            tryReadBlockMappingFromProperty(
              state,
              propertyStart,
              propertyStart.position - propertyStart.lineStart,
              flowIndent
            )) {
          hasContent = true
        } else if ((allowBlockScalars && readBlockScalar(state, flowIndent)) ||
            readSingleQuotedScalar(state, flowIndent) ||
            readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true
        } else if (readAlias(state)) {
          hasContent = true

          if (state.tag !== null || state.anchor !== null) {
            throwError(state, 'alias node should not have any properties')
          }
        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true

          if (state.tag === null) {
            state.tag = '?'
          }
        }

        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result)
        }
      }
    } else if (indentStatus === 0) {
      // Special case: block sequences are allowed to have same indentation level as the parent.
      // http://www.yaml.org/spec/1.2/spec.html#id2799784
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent)
    }
  }

  if (state.tag === null) {
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, state.result)
    }
  } else if (state.tag === '?') {
    // Implicit resolving is not allowed for non-scalar types, and '?'
    // non-specific tag is only automatically assigned to plain scalars.
    //
    // We only need to check kind conformity in case user explicitly assigns '?'
    // tag, for example like this: "!<?> [0]"
    //
    if (state.result !== null && state.kind !== 'scalar') {
      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"')
    }

    for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
      type = state.implicitTypes[typeIndex]

      if (type.resolve(state.result)) { // `state.result` updated in resolver if matched
        state.result = type.construct(state.result)
        state.tag = type.tag
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result)
        }
        break
      }
    }
  } else if (state.tag !== '!') {
    if (_hasOwnProperty.call(state.typeMap[state.kind || 'fallback'], state.tag)) {
      type = state.typeMap[state.kind || 'fallback'][state.tag]
    } else {
      // looking for multi type
      type = null
      const typeList = state.typeMap.multi[state.kind || 'fallback']

      for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
          type = typeList[typeIndex]
          break
        }
      }
    }

    if (!type) {
      throwError(state, 'unknown tag !<' + state.tag + '>')
    }

    if (state.result !== null && type.kind !== state.kind) {
      throwError(state, 'unacceptable node kind for !<' + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"')
    }

    if (!type.resolve(state.result, state.tag)) { // `state.result` updated in resolver if matched
      throwError(state, 'cannot resolve a node with !<' + state.tag + '> explicit tag')
    } else {
      state.result = type.construct(state.result, state.tag)
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result)
      }
    }
  }

  if (state.listener !== null) {
    state.listener('close', state)
  }

  state.depth -= 1
  return state.tag !== null || state.anchor !== null || hasContent
}

function readDocument (state) {
  const documentStart = state.position
  let hasDirectives = false
  let ch

  state.version = null
  state.checkLineBreaks = state.legacy
  state.tagMap = Object.create(null)
  state.anchorMap = Object.create(null)

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1)

    ch = state.input.charCodeAt(state.position)

    if (state.lineIndent > 0 || ch !== 0x25/* % */) {
      break
    }

    hasDirectives = true
    ch = state.input.charCodeAt(++state.position)
    let _position = state.position

    while (ch !== 0 && !isWsOrEol(ch)) {
      ch = state.input.charCodeAt(++state.position)
    }

    const directiveName = state.input.slice(_position, state.position)
    const directiveArgs = []

    if (directiveName.length < 1) {
      throwError(state, 'directive name must not be less than one character in length')
    }

    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        ch = state.input.charCodeAt(++state.position)
      }

      if (ch === 0x23/* # */) {
        do { ch = state.input.charCodeAt(++state.position) }
        while (ch !== 0 && !isEol(ch))
        break
      }

      if (isEol(ch)) break

      _position = state.position

      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position)
      }

      directiveArgs.push(state.input.slice(_position, state.position))
    }

    if (ch !== 0) readLineBreak(state)

    if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs)
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"')
    }
  }

  skipSeparationSpace(state, true, -1)

  if (state.lineIndent === 0 &&
      state.input.charCodeAt(state.position) === 0x2D/* - */ &&
      state.input.charCodeAt(state.position + 1) === 0x2D/* - */ &&
      state.input.charCodeAt(state.position + 2) === 0x2D/* - */) {
    state.position += 3
    skipSeparationSpace(state, true, -1)
  } else if (hasDirectives) {
    throwError(state, 'directives end mark is expected')
  }

  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true)
  skipSeparationSpace(state, true, -1)

  if (state.checkLineBreaks &&
      PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, 'non-ASCII line breaks are interpreted as content')
  }

  state.documents.push(state.result)

  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    if (state.input.charCodeAt(state.position) === 0x2E/* . */) {
      state.position += 3
      skipSeparationSpace(state, true, -1)
    }
    return
  }

  if (state.position < (state.length - 1)) {
    throwError(state, 'end of the stream or a document separator is expected')
  }
}

function loadDocuments (input, options) {
  input = String(input)
  options = options || {}

  if (input.length !== 0) {
    // Add tailing `\n` if not exists
    if (input.charCodeAt(input.length - 1) !== 0x0A/* LF */ &&
        input.charCodeAt(input.length - 1) !== 0x0D/* CR */) {
      input += '\n'
    }

    // Strip BOM
    if (input.charCodeAt(0) === 0xFEFF) {
      input = input.slice(1)
    }
  }

  const state = new State(input, options)

  const nullpos = input.indexOf('\0')

  if (nullpos !== -1) {
    state.position = nullpos
    throwError(state, 'null byte is not allowed in input')
  }

  // Use 0 as string terminator. That significantly simplifies bounds check.
  state.input += '\0'

  while (state.input.charCodeAt(state.position) === 0x20/* Space */) {
    state.lineIndent += 1
    state.position += 1
  }

  while (state.position < (state.length - 1)) {
    readDocument(state)
  }

  return state.documents
}

function loadAll (input, iterator, options) {
  if (iterator !== null && typeof iterator === 'object' && typeof options === 'undefined') {
    options = iterator
    iterator = null
  }

  const documents = loadDocuments(input, options)

  if (typeof iterator !== 'function') {
    return documents
  }

  for (let index = 0, length = documents.length; index < length; index += 1) {
    iterator(documents[index])
  }
}

function load (input, options) {
  const documents = loadDocuments(input, options)

  if (documents.length === 0) {
    return undefined
  } else if (documents.length === 1) {
    return documents[0]
  }
  throw new YAMLException('expected a single document in the stream, but found more')
}

module.exports.loadAll = loadAll
module.exports.load = load


/***/ }),

/***/ 2046:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const YAMLException = __nccwpck_require__(1248)
const Type = __nccwpck_require__(9557)

function compileList (schema, name) {
  const result = []

  schema[name].forEach(function (currentType) {
    let newIndex = result.length

    result.forEach(function (previousType, previousIndex) {
      if (previousType.tag === currentType.tag &&
          previousType.kind === currentType.kind &&
          previousType.multi === currentType.multi) {
        newIndex = previousIndex
      }
    })

    result[newIndex] = currentType
  })

  return result
}

function compileMap (/* lists... */) {
  const result = {
    scalar: {},
    sequence: {},
    mapping: {},
    fallback: {},
    multi: {
      scalar: [],
      sequence: [],
      mapping: [],
      fallback: []
    }
  }
  function collectType (type) {
    if (type.multi) {
      result.multi[type.kind].push(type)
      result.multi['fallback'].push(type)
    } else {
      result[type.kind][type.tag] = result['fallback'][type.tag] = type
    }
  }

  for (let index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType)
  }
  return result
}

function Schema (definition) {
  return this.extend(definition)
}

Schema.prototype.extend = function extend (definition) {
  let implicit = []
  let explicit = []

  if (definition instanceof Type) {
    // Schema.extend(type)
    explicit.push(definition)
  } else if (Array.isArray(definition)) {
    // Schema.extend([ type1, type2, ... ])
    explicit = explicit.concat(definition)
  } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
    // Schema.extend({ explicit: [ type1, type2, ... ], implicit: [ type1, type2, ... ] })
    if (definition.implicit) implicit = implicit.concat(definition.implicit)
    if (definition.explicit) explicit = explicit.concat(definition.explicit)
  } else {
    throw new YAMLException('Schema.extend argument should be a Type, [ Type ], ' +
      'or a schema definition ({ implicit: [...], explicit: [...] })')
  }

  implicit.forEach(function (type) {
    if (!(type instanceof Type)) {
      throw new YAMLException('Specified list of YAML types (or a single Type object) contains a non-Type object.')
    }

    if (type.loadKind && type.loadKind !== 'scalar') {
      throw new YAMLException('There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.')
    }

    if (type.multi) {
      throw new YAMLException('There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.')
    }
  })

  explicit.forEach(function (type) {
    if (!(type instanceof Type)) {
      throw new YAMLException('Specified list of YAML types (or a single Type object) contains a non-Type object.')
    }
  })

  const result = Object.create(Schema.prototype)

  result.implicit = (this.implicit || []).concat(implicit)
  result.explicit = (this.explicit || []).concat(explicit)

  result.compiledImplicit = compileList(result, 'implicit')
  result.compiledExplicit = compileList(result, 'explicit')
  result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit)

  return result
}

module.exports = Schema


/***/ }),

/***/ 5746:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Standard YAML's Core schema.
// http://www.yaml.org/spec/1.2/spec.html#id2804923
//
// NOTE: JS-YAML does not support schema-specific tag resolution restrictions.
// So, Core schema has no distinctions from JSON schema is JS-YAML.



module.exports = __nccwpck_require__(8927)


/***/ }),

/***/ 7336:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// JS-YAML's default schema for `safeLoad` function.
// It is not described in the YAML specification.
//
// This schema is based on standard YAML's Core schema and includes most of
// extra types described at YAML tag repository. (http://yaml.org/type/)



module.exports = (__nccwpck_require__(5746).extend)({
  implicit: [
    __nccwpck_require__(8966),
    __nccwpck_require__(6854)
  ],
  explicit: [
    __nccwpck_require__(8149),
    __nccwpck_require__(8649),
    __nccwpck_require__(6267),
    __nccwpck_require__(8758)
  ]
})


/***/ }),

/***/ 9832:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Standard YAML's Failsafe schema.
// http://www.yaml.org/spec/1.2/spec.html#id2802346



const Schema = __nccwpck_require__(2046)

module.exports = new Schema({
  explicit: [
    __nccwpck_require__(3929),
    __nccwpck_require__(7161),
    __nccwpck_require__(7316)
  ]
})


/***/ }),

/***/ 8927:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Standard YAML's JSON schema.
// http://www.yaml.org/spec/1.2/spec.html#id2803231
//
// NOTE: JS-YAML does not support schema-specific tag resolution restrictions.
// So, this schema is not such strict as defined in the YAML specification.
// It allows numbers in binary notaion, use `Null` and `NULL` as `null`, etc.



module.exports = (__nccwpck_require__(9832).extend)({
  implicit: [
    __nccwpck_require__(4333),
    __nccwpck_require__(7296),
    __nccwpck_require__(2271),
    __nccwpck_require__(7584)
  ]
})


/***/ }),

/***/ 9440:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const common = __nccwpck_require__(9816)

// get snippet for a single line, respecting maxLength
function getLine (buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = ''
  let tail = ''
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1

  if (position - lineStart > maxHalfLength) {
    head = ' ... '
    lineStart = position - maxHalfLength + head.length
  }

  if (lineEnd - position > maxHalfLength) {
    tail = ' ...'
    lineEnd = position + maxHalfLength - tail.length
  }

  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, '→') + tail,
    pos: position - lineStart + head.length // relative position
  }
}

function padStart (string, max) {
  return common.repeat(' ', max - string.length) + string
}

function makeSnippet (mark, options) {
  options = Object.create(options || null)

  if (!mark.buffer) return null

  if (!options.maxLength) options.maxLength = 79
  if (typeof options.indent !== 'number') options.indent = 1
  if (typeof options.linesBefore !== 'number') options.linesBefore = 3
  if (typeof options.linesAfter !== 'number') options.linesAfter = 2

  const re = /\r?\n|\r|\0/g
  const lineStarts = [0]
  const lineEnds = []
  let match
  let foundLineNo = -1

  while ((match = re.exec(mark.buffer))) {
    lineEnds.push(match.index)
    lineStarts.push(match.index + match[0].length)

    if (mark.position <= match.index && foundLineNo < 0) {
      foundLineNo = lineStarts.length - 2
    }
  }

  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1

  let result = ''
  const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length
  const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3)

  for (let i = 1; i <= options.linesBefore; i++) {
    if (foundLineNo - i < 0) break
    const line = getLine(
      mark.buffer,
      lineStarts[foundLineNo - i],
      lineEnds[foundLineNo - i],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
      maxLineLength
    )
    result = common.repeat(' ', options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) +
      ' | ' + line.str + '\n' + result
  }

  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength)
  result += common.repeat(' ', options.indent) + padStart((mark.line + 1).toString(), lineNoLength) +
    ' | ' + line.str + '\n'
  result += common.repeat('-', options.indent + lineNoLength + 3 + line.pos) + '^' + '\n'

  for (let i = 1; i <= options.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break
    const line = getLine(
      mark.buffer,
      lineStarts[foundLineNo + i],
      lineEnds[foundLineNo + i],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
      maxLineLength
    )
    result += common.repeat(' ', options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) +
      ' | ' + line.str + '\n'
  }

  return result.replace(/\n$/, '')
}

module.exports = makeSnippet


/***/ }),

/***/ 9557:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const YAMLException = __nccwpck_require__(1248)

const TYPE_CONSTRUCTOR_OPTIONS = [
  'kind',
  'multi',
  'resolve',
  'construct',
  'instanceOf',
  'predicate',
  'represent',
  'representName',
  'defaultStyle',
  'styleAliases'
]

const YAML_NODE_KINDS = [
  'scalar',
  'sequence',
  'mapping'
]

function compileStyleAliases (map) {
  const result = {}

  if (map !== null) {
    Object.keys(map).forEach(function (style) {
      map[style].forEach(function (alias) {
        result[String(alias)] = style
      })
    })
  }

  return result
}

function Type (tag, options) {
  options = options || {}

  Object.keys(options).forEach(function (name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.')
    }
  })

  // TODO: Add tag format check.
  this.options = options // keep original options in case user wants to extend this type later
  this.tag = tag
  this.kind = options['kind'] || null
  this.resolve = options['resolve'] || function () { return true }
  this.construct = options['construct'] || function (data) { return data }
  this.instanceOf = options['instanceOf'] || null
  this.predicate = options['predicate'] || null
  this.represent = options['represent'] || null
  this.representName = options['representName'] || null
  this.defaultStyle = options['defaultStyle'] || null
  this.multi = options['multi'] || false
  this.styleAliases = compileStyleAliases(options['styleAliases'] || null)

  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.')
  }
}

module.exports = Type


/***/ }),

/***/ 8149:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

// [ 64, 65, 66 ] -> [ padding, CR, LF ]
const BASE64_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r'

function resolveYamlBinary (data) {
  if (data === null) return false

  let bitlen = 0
  const max = data.length
  const map = BASE64_MAP

  // Convert one by one.
  for (let idx = 0; idx < max; idx++) {
    const code = map.indexOf(data.charAt(idx))

    // Skip CR/LF
    if (code > 64) continue

    // Fail on illegal characters
    if (code < 0) return false

    bitlen += 6
  }

  // If there are any bits left, source was corrupted
  return (bitlen % 8) === 0
}

function constructYamlBinary (data) {
  const input = data.replace(/[\r\n=]/g, '') // remove CR/LF & padding to simplify scan
  const max = input.length
  const map = BASE64_MAP
  let bits = 0
  const result = []

  // Collect by 6*4 bits (3 bytes)

  for (let idx = 0; idx < max; idx++) {
    if ((idx % 4 === 0) && idx) {
      result.push((bits >> 16) & 0xFF)
      result.push((bits >> 8) & 0xFF)
      result.push(bits & 0xFF)
    }

    bits = (bits << 6) | map.indexOf(input.charAt(idx))
  }

  // Dump tail

  const tailbits = (max % 4) * 6

  if (tailbits === 0) {
    result.push((bits >> 16) & 0xFF)
    result.push((bits >> 8) & 0xFF)
    result.push(bits & 0xFF)
  } else if (tailbits === 18) {
    result.push((bits >> 10) & 0xFF)
    result.push((bits >> 2) & 0xFF)
  } else if (tailbits === 12) {
    result.push((bits >> 4) & 0xFF)
  }

  return new Uint8Array(result)
}

function representYamlBinary (object /*, style */) {
  let result = ''
  let bits = 0
  const max = object.length
  const map = BASE64_MAP

  // Convert every three bytes to 4 ASCII characters.

  for (let idx = 0; idx < max; idx++) {
    if ((idx % 3 === 0) && idx) {
      result += map[(bits >> 18) & 0x3F]
      result += map[(bits >> 12) & 0x3F]
      result += map[(bits >> 6) & 0x3F]
      result += map[bits & 0x3F]
    }

    bits = (bits << 8) + object[idx]
  }

  // Dump tail

  const tail = max % 3

  if (tail === 0) {
    result += map[(bits >> 18) & 0x3F]
    result += map[(bits >> 12) & 0x3F]
    result += map[(bits >> 6) & 0x3F]
    result += map[bits & 0x3F]
  } else if (tail === 2) {
    result += map[(bits >> 10) & 0x3F]
    result += map[(bits >> 4) & 0x3F]
    result += map[(bits << 2) & 0x3F]
    result += map[64]
  } else if (tail === 1) {
    result += map[(bits >> 2) & 0x3F]
    result += map[(bits << 4) & 0x3F]
    result += map[64]
    result += map[64]
  }

  return result
}

function isBinary (obj) {
  return Object.prototype.toString.call(obj) === '[object Uint8Array]'
}

module.exports = new Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: resolveYamlBinary,
  construct: constructYamlBinary,
  predicate: isBinary,
  represent: representYamlBinary
})


/***/ }),

/***/ 7296:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

function resolveYamlBoolean (data) {
  if (data === null) return false

  const max = data.length

  return (max === 4 && (data === 'true' || data === 'True' || data === 'TRUE')) ||
         (max === 5 && (data === 'false' || data === 'False' || data === 'FALSE'))
}

function constructYamlBoolean (data) {
  return data === 'true' ||
         data === 'True' ||
         data === 'TRUE'
}

function isBoolean (object) {
  return Object.prototype.toString.call(object) === '[object Boolean]'
}

module.exports = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: resolveYamlBoolean,
  construct: constructYamlBoolean,
  predicate: isBoolean,
  represent: {
    lowercase: function (object) { return object ? 'true' : 'false' },
    uppercase: function (object) { return object ? 'TRUE' : 'FALSE' },
    camelcase: function (object) { return object ? 'True' : 'False' }
  },
  defaultStyle: 'lowercase'
})


/***/ }),

/***/ 7584:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const common = __nccwpck_require__(9816)
const Type = __nccwpck_require__(9557)

const YAML_FLOAT_PATTERN = new RegExp(
  // 2.5e4, 2.5 and integers
  '^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?' +
  // .2e4, .2
  // special case, seems not from spec
  '|\\.[0-9]+(?:[eE][-+]?[0-9]+)?' +
  // .inf
  '|[-+]?\\.(?:inf|Inf|INF)' +
  // .nan
  '|\\.(?:nan|NaN|NAN))$')

const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
  '^(?:' +
  // .inf
  '[-+]?\\.(?:inf|Inf|INF)' +
  // .nan
  '|\\.(?:nan|NaN|NAN))$')

function resolveYamlFloat (data) {
  if (data === null) return false

  if (!YAML_FLOAT_PATTERN.test(data)) {
    return false
  }

  if (isFinite(parseFloat(data, 10))) {
    return true
  }

  return YAML_FLOAT_SPECIAL_PATTERN.test(data)
}

function constructYamlFloat (data) {
  let value = data.toLowerCase()
  const sign = value[0] === '-' ? -1 : 1

  if ('+-'.indexOf(value[0]) >= 0) {
    value = value.slice(1)
  }

  if (value === '.inf') {
    return (sign === 1) ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY
  } else if (value === '.nan') {
    return NaN
  }
  return sign * parseFloat(value, 10)
}

const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/

function representYamlFloat (object, style) {
  if (isNaN(object)) {
    switch (style) {
      case 'lowercase': return '.nan'
      case 'uppercase': return '.NAN'
      case 'camelcase': return '.NaN'
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case 'lowercase': return '.inf'
      case 'uppercase': return '.INF'
      case 'camelcase': return '.Inf'
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case 'lowercase': return '-.inf'
      case 'uppercase': return '-.INF'
      case 'camelcase': return '-.Inf'
    }
  } else if (common.isNegativeZero(object)) {
    return '-0.0'
  }

  const res = object.toString(10)

  // JS stringifier can build scientific format without dots: 5e-100,
  // while YAML requres dot: 5.e-100. Fix it with simple hack

  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace('e', '.e') : res
}

function isFloat (object) {
  return (Object.prototype.toString.call(object) === '[object Number]') &&
         (object % 1 !== 0 || common.isNegativeZero(object))
}

module.exports = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: resolveYamlFloat,
  construct: constructYamlFloat,
  predicate: isFloat,
  represent: representYamlFloat,
  defaultStyle: 'lowercase'
})


/***/ }),

/***/ 2271:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const common = __nccwpck_require__(9816)
const Type = __nccwpck_require__(9557)

function isHexCode (c) {
  return ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */)) ||
         ((c >= 0x41/* A */) && (c <= 0x46/* F */)) ||
         ((c >= 0x61/* a */) && (c <= 0x66/* f */))
}

function isOctCode (c) {
  return ((c >= 0x30/* 0 */) && (c <= 0x37/* 7 */))
}

function isDecCode (c) {
  return ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */))
}

function resolveYamlInteger (data) {
  if (data === null) return false

  const max = data.length
  let index = 0
  let hasDigits = false

  if (!max) return false

  let ch = data[index]

  // sign
  if (ch === '-' || ch === '+') {
    ch = data[++index]
  }

  if (ch === '0') {
    // 0
    if (index + 1 === max) return true
    ch = data[++index]

    // base 2, base 8, base 16

    if (ch === 'b') {
      // base 2
      index++

      for (; index < max; index++) {
        ch = data[index]
        if (ch !== '0' && ch !== '1') return false
        hasDigits = true
      }
      return hasDigits && isFinite(parseYamlInteger(data))
    }

    if (ch === 'x') {
      // base 16
      index++

      for (; index < max; index++) {
        if (!isHexCode(data.charCodeAt(index))) return false
        hasDigits = true
      }
      return hasDigits && isFinite(parseYamlInteger(data))
    }

    if (ch === 'o') {
      // base 8
      index++

      for (; index < max; index++) {
        if (!isOctCode(data.charCodeAt(index))) return false
        hasDigits = true
      }
      return hasDigits && isFinite(parseYamlInteger(data))
    }
  }

  // base 10 (except 0)

  for (; index < max; index++) {
    if (!isDecCode(data.charCodeAt(index))) {
      return false
    }
    hasDigits = true
  }

  if (!hasDigits) return false

  return isFinite(parseYamlInteger(data))
}

function parseYamlInteger (data) {
  let value = data
  let sign = 1

  let ch = value[0]

  if (ch === '-' || ch === '+') {
    if (ch === '-') sign = -1
    value = value.slice(1)
    ch = value[0]
  }

  if (value === '0') return 0

  if (ch === '0') {
    if (value[1] === 'b') return sign * parseInt(value.slice(2), 2)
    if (value[1] === 'x') return sign * parseInt(value.slice(2), 16)
    if (value[1] === 'o') return sign * parseInt(value.slice(2), 8)
  }

  return sign * parseInt(value, 10)
}

function constructYamlInteger (data) {
  return parseYamlInteger(data)
}

function isInteger (object) {
  return (Object.prototype.toString.call(object)) === '[object Number]' &&
         (object % 1 === 0 && !common.isNegativeZero(object))
}

module.exports = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: resolveYamlInteger,
  construct: constructYamlInteger,
  predicate: isInteger,
  represent: {
    binary: function (obj) { return obj >= 0 ? '0b' + obj.toString(2) : '-0b' + obj.toString(2).slice(1) },
    octal: function (obj) { return obj >= 0 ? '0o' + obj.toString(8) : '-0o' + obj.toString(8).slice(1) },
    decimal: function (obj) { return obj.toString(10) },
    hexadecimal: function (obj) { return obj >= 0 ? '0x' + obj.toString(16).toUpperCase() : '-0x' + obj.toString(16).toUpperCase().slice(1) }
  },
  defaultStyle: 'decimal',
  styleAliases: {
    binary: [2, 'bin'],
    octal: [8, 'oct'],
    decimal: [10, 'dec'],
    hexadecimal: [16, 'hex']
  }
})


/***/ }),

/***/ 7316:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

module.exports = new Type('tag:yaml.org,2002:map', {
  kind: 'mapping',
  construct: function (data) { return data !== null ? data : {} }
})


/***/ }),

/***/ 6854:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

function resolveYamlMerge (data) {
  return data === '<<' || data === null
}

module.exports = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: resolveYamlMerge
})


/***/ }),

/***/ 4333:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

function resolveYamlNull (data) {
  if (data === null) return true

  const max = data.length

  return (max === 1 && data === '~') ||
         (max === 4 && (data === 'null' || data === 'Null' || data === 'NULL'))
}

function constructYamlNull () {
  return null
}

function isNull (object) {
  return object === null
}

module.exports = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: resolveYamlNull,
  construct: constructYamlNull,
  predicate: isNull,
  represent: {
    canonical: function () { return '~' },
    lowercase: function () { return 'null' },
    uppercase: function () { return 'NULL' },
    camelcase: function () { return 'Null' },
    empty: function () { return '' }
  },
  defaultStyle: 'lowercase'
})


/***/ }),

/***/ 8649:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

const _hasOwnProperty = Object.prototype.hasOwnProperty
const _toString = Object.prototype.toString

function resolveYamlOmap (data) {
  if (data === null) return true

  const objectKeys = {}
  const object = data

  for (let index = 0, length = object.length; index < length; index += 1) {
    const pair = object[index]
    let pairHasKey = false

    if (_toString.call(pair) !== '[object Object]') return false

    let pairKey
    for (pairKey in pair) {
      if (_hasOwnProperty.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true
        else return false
      }
    }

    if (!pairHasKey) return false

    if (_hasOwnProperty.call(objectKeys, pairKey)) return false
    Object.defineProperty(objectKeys, pairKey, { value: true })
  }

  return true
}

function constructYamlOmap (data) {
  return data !== null ? data : []
}

module.exports = new Type('tag:yaml.org,2002:omap', {
  kind: 'sequence',
  resolve: resolveYamlOmap,
  construct: constructYamlOmap
})


/***/ }),

/***/ 6267:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

const _toString = Object.prototype.toString

function resolveYamlPairs (data) {
  if (data === null) return true

  const object = data

  const result = new Array(object.length)

  for (let index = 0, length = object.length; index < length; index += 1) {
    const pair = object[index]

    if (_toString.call(pair) !== '[object Object]') return false

    const keys = Object.keys(pair)

    if (keys.length !== 1) return false

    result[index] = [keys[0], pair[keys[0]]]
  }

  return true
}

function constructYamlPairs (data) {
  if (data === null) return []

  const object = data
  const result = new Array(object.length)

  for (let index = 0, length = object.length; index < length; index += 1) {
    const pair = object[index]

    const keys = Object.keys(pair)

    result[index] = [keys[0], pair[keys[0]]]
  }

  return result
}

module.exports = new Type('tag:yaml.org,2002:pairs', {
  kind: 'sequence',
  resolve: resolveYamlPairs,
  construct: constructYamlPairs
})


/***/ }),

/***/ 7161:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

module.exports = new Type('tag:yaml.org,2002:seq', {
  kind: 'sequence',
  construct: function (data) { return data !== null ? data : [] }
})


/***/ }),

/***/ 8758:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

const _hasOwnProperty = Object.prototype.hasOwnProperty

function resolveYamlSet (data) {
  if (data === null) return true

  const object = data

  for (const key in object) {
    if (_hasOwnProperty.call(object, key)) {
      if (object[key] !== null) return false
    }
  }

  return true
}

function constructYamlSet (data) {
  return data !== null ? data : {}
}

module.exports = new Type('tag:yaml.org,2002:set', {
  kind: 'mapping',
  resolve: resolveYamlSet,
  construct: constructYamlSet
})


/***/ }),

/***/ 3929:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

module.exports = new Type('tag:yaml.org,2002:str', {
  kind: 'scalar',
  construct: function (data) { return data !== null ? data : '' }
})


/***/ }),

/***/ 8966:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Type = __nccwpck_require__(9557)

const YAML_DATE_REGEXP = new RegExp(
  '^([0-9][0-9][0-9][0-9])' + // [1] year
  '-([0-9][0-9])' + // [2] month
  '-([0-9][0-9])$')                   // [3] day

const YAML_TIMESTAMP_REGEXP = new RegExp(
  '^([0-9][0-9][0-9][0-9])' + // [1] year
  '-([0-9][0-9]?)' + // [2] month
  '-([0-9][0-9]?)' + // [3] day
  '(?:[Tt]|[ \\t]+)' + // ...
  '([0-9][0-9]?)' + // [4] hour
  ':([0-9][0-9])' + // [5] minute
  ':([0-9][0-9])' + // [6] second
  '(?:\\.([0-9]*))?' + // [7] fraction
  '(?:[ \\t]*(Z|([-+])([0-9][0-9]?)' + // [8] tz [9] tz_sign [10] tzHour
  '(?::([0-9][0-9]))?))?$')           // [11] tzMinute

function resolveYamlTimestamp (data) {
  if (data === null) return false
  if (YAML_DATE_REGEXP.exec(data) !== null) return true
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true
  return false
}

function constructYamlTimestamp (data) {
  let fraction = 0
  let delta = null

  let match = YAML_DATE_REGEXP.exec(data)
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data)

  if (match === null) throw new Error('Date resolve error')

  // match: [1] year [2] month [3] day

  const year = +(match[1])
  const month = +(match[2]) - 1 // JS month starts with 0
  const day = +(match[3])

  if (!match[4]) { // no hour
    return new Date(Date.UTC(year, month, day))
  }

  // match: [4] hour [5] minute [6] second [7] fraction

  const hour = +(match[4])
  const minute = +(match[5])
  const second = +(match[6])

  if (match[7]) {
    fraction = match[7].slice(0, 3)
    while (fraction.length < 3) { // milli-seconds
      fraction += '0'
    }
    fraction = +fraction
  }

  // match: [8] tz [9] tz_sign [10] tzHour [11] tzMinute

  if (match[9]) {
    const tzHour = +(match[10])
    const tzMinute = +(match[11] || 0)
    delta = (tzHour * 60 + tzMinute) * 60000 // delta in mili-seconds
    if (match[9] === '-') delta = -delta
  }

  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction))

  if (delta) date.setTime(date.getTime() - delta)

  return date
}

function representYamlTimestamp (object /*, style */) {
  return object.toISOString()
}

module.exports = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: resolveYamlTimestamp,
  construct: constructYamlTimestamp,
  instanceOf: Date,
  represent: representYamlTimestamp
})


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 3548:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const alarm_coverage_js_1 = __nccwpck_require__(1854);
const alarm_fix_js_1 = __nccwpck_require__(237);
/** Is the REST API deployed to a stage (an `AWS::ApiGateway::Stage`, or a Deployment with `StageName`)? */
function hasStage(ctx, api) {
    for (const ref of ctx.refsTo(api.id)) {
        if (ref.section !== 'Resources')
            continue;
        const from = ctx.resource(ref.from);
        if (!from || !ref.at.startsWith(`${from.pointer}/Properties/RestApiId`))
            continue;
        if (from.type === 'AWS::ApiGateway::Stage')
            return true;
        if (from.type === 'AWS::ApiGateway::Deployment') {
            const stage = from.properties.StageName;
            if (stage !== undefined && !((0, api_js_1.isMapping)(stage) && stage.Ref === 'AWS::NoValue'))
                return true;
        }
    }
    return false;
}
/**
 * The API's name as written: its `Name`, else the `info.title` of an inline OpenAPI `Body`
 * (API Gateway names the API after it). Undefined when only the deployed API knows.
 */
function apiName(api) {
    if (api.properties.Name !== undefined)
        return api.properties.Name;
    const body = api.properties.Body;
    const info = (0, api_js_1.isMapping)(body) ? body.info : undefined;
    return (0, api_js_1.isMapping)(info) && typeof info.title === 'string' ? info.title : undefined;
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'api-gateway-alarms',
        family: 1,
        severity: 'high',
        title: 'Deployed REST APIs have CloudWatch alarms on 4XXError and 5XXError',
        description: 'A REST API deployed to a stage without alarms on its 4XXError and 5XXError metrics can fail its clients (a broken integration, a bad authorizer, throttling) without anyone being told.',
        resourceTypes: ['AWS::ApiGateway::RestApi'],
        fixable: 'sometimes',
        options: {
            defaults: { clientErrorThreshold: 10, serverErrorThreshold: 5, period: 300 },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    clientErrorThreshold: { type: 'number', minimum: 0 },
                    serverErrorThreshold: { type: 'number', minimum: 0 },
                    period: { type: 'integer', enum: [60, 120, 180, 240, 300, 600, 900, 1800, 3600, 21600, 86400] },
                },
            },
        },
    },
    check(ctx) {
        const apis = ctx.resources('AWS::ApiGateway::RestApi');
        if (apis.length === 0)
            return;
        const metrics = (0, alarm_coverage_js_1.watchedMetrics)(ctx);
        const o = ctx.options;
        for (const api of apis) {
            if (!hasStage(ctx, api))
                continue;
            const name = apiName(api);
            const identity = { ids: new Set([api.id]), names: new Set() };
            (0, alarm_coverage_js_1.addName)(ctx, identity, name);
            const c = (0, alarm_coverage_js_1.coverage)(ctx, metrics, {
                namespace: 'AWS/ApiGateway',
                required: [['4XXError'], ['5XXError']],
                identity,
                identifying: ['ApiName', 'ApiId'],
                aggregateCounts: false,
            });
            if (c.missing.length === 0)
                continue;
            // The ApiName dimension is the API's name; a name that refers to a conditional resource
            // cannot be copied safely, and without a name there is nothing to write.
            const nameUsable = name !== undefined &&
                [...(0, alarm_coverage_js_1.referencedIds)(name)].every((id) => {
                    const r = ctx.resource(id);
                    return !r || r.def.Condition === undefined || r.def.Condition === api.def.Condition;
                });
            const specs = c.missing.map((metric) => {
                const client = metric === '4XXError';
                const threshold = client ? o.clientErrorThreshold : o.serverErrorThreshold;
                return {
                    suffix: metric,
                    description: `${api.id} returned more than ${threshold} ${client ? 'client (4XX)' : 'server (5XX)'} errors in ${o.period / 60} minutes`,
                    namespace: 'AWS/ApiGateway',
                    metricName: metric,
                    dimensions: [{ Name: 'ApiName', Value: (0, alarm_fix_js_1.copyValue)(name) }],
                    statistic: 'Sum',
                    period: o.period,
                    evaluationPeriods: 1,
                    threshold,
                    comparison: 'GreaterThanThreshold',
                    treatMissingData: 'notBreaching',
                };
            });
            const consequence = c.missing.length === 2
                ? 'failing requests go unnoticed'
                : c.missing[0] === '5XXError'
                    ? 'server-side failures go unnoticed'
                    : 'client errors (bad requests, auth failures, throttling) go unnoticed';
            ctx.report({
                at: api.pointer,
                message: `REST API ${api.id} has a stage but no CloudWatch alarm on ${(0, alarm_coverage_js_1.orList)(c.missing)}, so ${consequence}. Add ${c.missing.length === 1 ? 'an AWS/ApiGateway alarm' : 'one AWS/ApiGateway alarm for each'} with dimension ApiName set to the API's name.${(0, alarm_coverage_js_1.nearMissNote)('AWS/ApiGateway', c, 'API')}`,
                ...(nameUsable ? { fix: () => (0, alarm_fix_js_1.addAlarmsFix)(ctx, api, specs) } : {}),
            });
        }
    },
});


/***/ }),

/***/ 9538:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const apigw_common_js_1 = __nccwpck_require__(8292);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'api-gateway-any-method',
        family: 6,
        severity: 'low',
        title: 'API Gateway methods and routes name the HTTP methods they serve',
        description: '`HttpMethod: ANY` (or a route key `ANY /path`) sends every HTTP method — DELETE, PUT, PATCH included — to the backend, whether or not it handles them. Declaring one method per verb the backend serves keeps the exposed surface to what is meant, and lets each verb have its own authorization and validation.',
        resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route'],
        fixable: 'never',
    },
    check(ctx) {
        for (const method of ctx.resources('AWS::ApiGateway::Method')) {
            const at = (0, api_js_1.childPointer)(method.pointer, 'Properties', 'HttpMethod');
            const any = (ctx.values(method.properties.HttpMethod) ?? []).filter((p) => typeof p.value === 'string' && p.value.toUpperCase() === 'ANY');
            if (any.length === 0)
                continue;
            ctx.report({
                at,
                message: `Method ${method.id} has HttpMethod ANY${any.map(apigw_common_js_1.whenText).join(' or')}, so every HTTP method, DELETE and PUT included, reaches its integration. Declare one method per verb the backend serves.`,
            });
        }
        for (const route of ctx.resources('AWS::ApiGatewayV2::Route')) {
            const at = (0, api_js_1.childPointer)(route.pointer, 'Properties', 'RouteKey');
            const any = (ctx.values(route.properties.RouteKey) ?? []).filter((p) => typeof p.value === 'string' && /^ANY\s/i.test(p.value));
            if (any.length === 0)
                continue;
            ctx.report({
                at,
                message: `Route ${route.id} has RouteKey ${any.map((p) => `${JSON.stringify(p.value)}${(0, apigw_common_js_1.whenText)(p)}`).join(', ')}, so every HTTP method, DELETE and PUT included, reaches its integration. Declare one route per verb the backend serves.`,
            });
        }
    },
});


/***/ }),

/***/ 4610:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const apigw_common_js_1 = __nccwpck_require__(8292);
const apigw_settings_js_1 = __nccwpck_require__(5192);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'api-gateway-deployment-stage',
        family: 5,
        severity: 'high',
        title: 'API Gateway deployments do not create stages that are unlogged or declared twice',
        description: 'An `AWS::ApiGateway::Deployment` with `StageName` creates that stage itself. Unless its `StageDescription` sets an access log, execution logging and metrics, the stage is served without them; and when an `AWS::ApiGateway::Stage` declares the same stage, the stack fails with "already exists".',
        resourceTypes: ['AWS::ApiGateway::Deployment', 'AWS::ApiGateway::Stage'],
        fixable: 'sometimes',
        options: {
            defaults: { loggingLevels: ['INFO', 'ERROR'], requireMetrics: true, requireExecutionLogging: true },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    loggingLevels: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['INFO', 'ERROR'] } },
                    requireMetrics: { type: 'boolean' },
                    requireExecutionLogging: { type: 'boolean' },
                },
            },
        },
    },
    check(ctx) {
        const stages = ctx.resources('AWS::ApiGateway::Stage');
        for (const dep of ctx.resources('AWS::ApiGateway::Deployment')) {
            const name = dep.properties.StageName;
            if (name === undefined)
                continue;
            const names = ctx.values(name);
            if (names && names.every((p) => !(0, apigw_common_js_1.isSet)(p.value)))
                continue; // no stage (AWS::NoValue or "")
            const twin = stages.find((s) => (0, apigw_common_js_1.sameValue)(s.properties.RestApiId, dep.properties.RestApiId) && sameName(ctx, s.properties.StageName, name));
            if (twin) {
                reportTwin(ctx, dep, twin, name);
                continue;
            }
            checkImplicitStage(ctx, dep, name, stages);
        }
    },
});
/** Both names are the same expression, or both are known to be the same literal. */
function sameName(ctx, a, b) {
    if (a === undefined || b === undefined)
        return false;
    if ((0, apigw_common_js_1.sameValue)(a, b))
        return true;
    const va = ctx.values(a);
    const vb = ctx.values(b);
    if (!va || !vb || va.length !== 1 || vb.length !== 1)
        return false;
    return typeof va[0].value === 'string' && va[0].value === vb[0].value;
}
function reportTwin(ctx, dep, stage, name) {
    const at = (0, api_js_1.childPointer)(dep.pointer, 'Properties', 'StageName');
    const described = (0, apigw_common_js_1.describeName)(ctx, name);
    const ops = [
        { op: 'test', path: at, value: name },
        { op: 'remove', path: at },
    ];
    const sd = dep.properties.StageDescription;
    if (sd !== undefined) {
        const sdAt = (0, api_js_1.childPointer)(dep.pointer, 'Properties', 'StageDescription');
        ops.push({ op: 'test', path: sdAt, value: sd }, { op: 'remove', path: sdAt });
    }
    const fix = {
        title: `Remove StageName${sd !== undefined ? ' and StageDescription' : ''} from ${dep.id}; ${stage.id} creates the stage`,
        // Removing StageName replaces the deployment on a stack that already has it.
        safety: 'unsafe',
        ops,
    };
    ctx.report({
        at,
        severity: 'critical',
        message: `Deployment ${dep.id} creates stage ${described} through StageName, and Stage ${stage.id} creates the same stage, so the stack fails with "already exists". Remove StageName${sd !== undefined ? ' and StageDescription' : ''} from ${dep.id} and let ${stage.id} configure the stage.`,
        fix,
    });
}
/** What the implicit stage lacks, or an empty list when it logs (or cannot be told). */
function missingSettings(ctx, sd) {
    if (sd === undefined) {
        const out = ['access log'];
        if (ctx.options.requireExecutionLogging)
            out.push('execution logging');
        if (ctx.options.requireMetrics)
            out.push('metrics');
        return out;
    }
    if ((0, api_js_1.intrinsicName)(sd) || !(0, api_js_1.isMapping)(sd))
        return [];
    const out = [];
    const access = sd.AccessLogSetting;
    if (access === undefined)
        out.push('access log');
    else if (!(0, api_js_1.intrinsicName)(access) && (0, api_js_1.isMapping)(access)) {
        if (access.DestinationArn === undefined || (0, apigw_common_js_1.unsetCases)(ctx, access.DestinationArn).length > 0)
            out.push('access log');
    }
    const settings = sd.MethodSettings;
    if (Array.isArray(settings) && settings.some((e) => (0, api_js_1.intrinsicName)(e)))
        return out;
    if (settings !== undefined && !Array.isArray(settings))
        return out;
    const entries = (Array.isArray(settings) ? settings : []).filter((e) => (0, api_js_1.isMapping)(e) && (0, apigw_settings_js_1.coversAll)(ctx, e) !== false);
    const levelOk = (v) => ((0, apigw_settings_js_1.badLevels)(ctx, v, ctx.options.loggingLevels)?.length ?? 0) === 0;
    const metricsOk = (v) => ((0, apigw_settings_js_1.badMetrics)(ctx, v)?.length ?? 0) === 0;
    if (ctx.options.requireExecutionLogging && !levelOk(sd.LoggingLevel) && !entries.some((e) => levelOk(e.LoggingLevel))) {
        out.push('execution logging');
    }
    if (ctx.options.requireMetrics && !metricsOk(sd.MetricsEnabled) && !entries.some((e) => metricsOk(e.MetricsEnabled)))
        out.push('metrics');
    return out;
}
const list = (items) => items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
function checkImplicitStage(ctx, dep, name, stages) {
    const sd = dep.properties.StageDescription;
    const missing = missingSettings(ctx, sd);
    if (missing.length === 0)
        return;
    const described = (0, apigw_common_js_1.describeName)(ctx, name);
    const user = stages.find((s) => (0, apigw_common_js_1.refTarget)(ctx, s.properties.DeploymentId)?.id === dep.id);
    const at = sd !== undefined ? (0, api_js_1.childPointer)(dep.pointer, 'Properties', 'StageDescription') : dep.pointer;
    const message = user
        ? `Deployment ${dep.id} also creates stage ${described} through StageName, besides Stage ${user.id}; that extra stage serves the API with no ${list(missing)}. Remove StageName from ${dep.id}.`
        : `Deployment ${dep.id} creates stage ${described} through StageName with no ${list(missing)}. Declare the stage as an AWS::ApiGateway::Stage with AccessLogSetting and MethodSettings (and remove StageName), or set them in StageDescription.`;
    ctx.report({ at, message });
}


/***/ }),

/***/ 2873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const apigw_common_js_1 = __nccwpck_require__(8292);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'api-gateway-request-validation',
        family: 6,
        severity: 'medium',
        title: 'API Gateway methods validate requests before calling the backend',
        description: 'An `AWS::ApiGateway::Method` without `RequestValidatorId` passes every request, malformed or not, to its integration: invalid input costs a backend invocation, and the `RequestModels` and required `RequestParameters` it declares are never enforced. CORS preflight (`OPTIONS`) methods and `MOCK` integrations are exempt.',
        resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGateway::RequestValidator'],
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const method of ctx.resources('AWS::ApiGateway::Method')) {
            const props = method.properties;
            const verbs = ctx.values(props.HttpMethod);
            // CORS preflight requests carry no body and no custom parameters: nothing to validate.
            if (verbs && verbs.every((p) => typeof p.value === 'string' && p.value.toUpperCase() === 'OPTIONS'))
                continue;
            // A MOCK integration answers from API Gateway itself: no backend is reached, nothing to protect.
            const integration = props.Integration;
            const kinds = (0, api_js_1.isMapping)(integration) && !(0, api_js_1.intrinsicName)(integration) ? ctx.values(integration.Type) : undefined;
            if (kinds && kinds.every((p) => typeof p.value === 'string' && p.value.toUpperCase() === 'MOCK'))
                continue;
            const verb = verbs && verbs.length === 1 && typeof verbs[0].value === 'string' ? ` (${verbs[0].value})` : '';
            const raw = props.RequestValidatorId;
            if (raw === undefined) {
                const fix = validatorFix(ctx, method);
                const d = declared(ctx, method);
                ctx.report({
                    at: method.pointer,
                    message: d
                        ? `Method ${method.id}${verb} declares ${d} but has no RequestValidatorId, so they are never enforced and malformed requests reach its integration. Attach an AWS::ApiGateway::RequestValidator.`
                        : `Method ${method.id}${verb} has no RequestValidatorId, so malformed requests reach its integration. Attach an AWS::ApiGateway::RequestValidator and declare the RequestModels or required RequestParameters it should check.`,
                    ...(fix ? { fix } : {}),
                });
                continue;
            }
            const at = (0, api_js_1.childPointer)(method.pointer, 'Properties', 'RequestValidatorId');
            const removed = (0, apigw_common_js_1.unsetCases)(ctx, raw);
            if (removed.length > 0) {
                ctx.report({
                    at,
                    message: `Method ${method.id}${verb} has no request validator${removed.map(apigw_common_js_1.whenText).join(' or')}, so malformed requests then reach its integration. Attach a RequestValidator in every case.`,
                });
                continue;
            }
            const validator = (0, apigw_common_js_1.refTarget)(ctx, raw);
            if (validator?.type === 'AWS::ApiGateway::RequestValidator' && validatesNothing(ctx, validator)) {
                ctx.report({
                    at,
                    message: `Method ${method.id}${verb} uses RequestValidator ${validator.id}, which validates neither the body nor the parameters, so malformed requests still reach its integration. Set ValidateRequestBody or ValidateRequestParameters to true on ${validator.id}.`,
                });
            }
        }
    },
});
/** `RequestModels`, `required RequestParameters`, both or '' — what a validator would enforce. */
function declared(ctx, method) {
    const out = [];
    const models = method.properties.RequestModels;
    if ((0, api_js_1.isMapping)(models) && !(0, api_js_1.intrinsicName)(models) && Object.keys(models).length > 0)
        out.push('RequestModels');
    const params = method.properties.RequestParameters;
    if ((0, api_js_1.isMapping)(params) && !(0, api_js_1.intrinsicName)(params)) {
        // Path parameters are always present (a request without them matches no resource).
        const required = Object.entries(params).some(([k, v]) => !k.startsWith('method.request.path.') && (ctx.values(v) ?? []).some((p) => (0, api_js_1.asBoolean)(p.value) === true));
        if (required)
            out.push('required RequestParameters');
    }
    return out.join(' and ');
}
/** True when both switches are known to be off (both default to false). */
function validatesNothing(ctx, validator) {
    return ['ValidateRequestBody', 'ValidateRequestParameters'].every((k) => {
        const v = validator.properties[k];
        if (v === undefined)
            return true;
        const vals = ctx.values(v);
        return vals !== undefined && vals.every((p) => p.value === undefined || (0, api_js_1.asBoolean)(p.value) === false);
    });
}
/** Both switches literally on: the validator to reuse first. */
const checksBoth = (validator) => (0, api_js_1.asBoolean)(validator.properties.ValidateRequestBody) === true && (0, api_js_1.asBoolean)(validator.properties.ValidateRequestParameters) === true;
/**
 * Points the method at a validator of its API that checks body and parameters: an existing one
 * when the template has it, else a new one (the same for every method of that API).
 */
function validatorFix(ctx, method) {
    const api = method.properties.RestApiId;
    if (api === undefined || !(0, api_js_1.isMapping)(method.def.Properties) || method.def.Condition !== undefined)
        return undefined;
    const same = ctx
        .resources('AWS::ApiGateway::RequestValidator')
        .filter((v) => v.def.Condition === undefined && (0, apigw_common_js_1.sameValue)(v.properties.RestApiId, api) && !validatesNothing(ctx, v));
    const existing = same.find(checksBoth) ?? same[0];
    const set = { op: 'add', path: (0, api_js_1.childPointer)(method.pointer, 'Properties', 'RequestValidatorId') };
    // Validation starts rejecting requests that do not match the method's models and parameters.
    if (existing) {
        return {
            title: `Validate ${method.id}'s requests with ${existing.id}`,
            safety: 'unsafe',
            ops: [{ ...set, value: { Ref: existing.id } }],
        };
    }
    const apiId = (0, apigw_common_js_1.refTarget)(ctx, api)?.id;
    const id = (0, api_js_1.freeLogicalId)(ctx.template, `${apiId ?? method.id}RequestValidator`);
    return {
        title: `Validate ${method.id}'s requests with a new RequestValidator ${id}`,
        safety: 'unsafe',
        ops: [
            {
                op: 'add',
                path: `/Resources/${id}`,
                value: {
                    Type: 'AWS::ApiGateway::RequestValidator',
                    Properties: { RestApiId: api, ValidateRequestBody: true, ValidateRequestParameters: true },
                },
            },
            { ...set, value: { Ref: id } },
        ],
    };
}


/***/ }),

/***/ 362:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const apigw_common_js_1 = __nccwpck_require__(8292);
const apigw_settings_js_1 = __nccwpck_require__(5192);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'api-gateway-stage-logging',
        family: 5,
        severity: 'high',
        title: 'API Gateway REST stages write access logs, execution logs and metrics',
        description: 'An `AWS::ApiGateway::Stage` without `AccessLogSetting` keeps no record of who called the API, and without a `MethodSettings` entry for all methods (`/*`, `*`) with `MetricsEnabled` and `LoggingLevel` INFO or ERROR it has no CloudWatch metrics or execution logs to debug and alarm on.',
        resourceTypes: ['AWS::ApiGateway::Stage'],
        fixable: 'sometimes',
        options: {
            defaults: {
                loggingLevels: ['INFO', 'ERROR'],
                requireMetrics: true,
                requireExecutionLogging: true,
                accessLogFormat: apigw_common_js_1.REST_ACCESS_LOG_FORMAT,
            },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    loggingLevels: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['INFO', 'ERROR'] } },
                    requireMetrics: { type: 'boolean' },
                    requireExecutionLogging: { type: 'boolean' },
                    accessLogFormat: { type: 'string', pattern: '\\$context\\.requestId' },
                },
            },
        },
    },
    check(ctx) {
        for (const stage of ctx.resources('AWS::ApiGateway::Stage')) {
            (0, apigw_common_js_1.checkAccessLogDestination)(ctx, stage, 'AccessLogSetting', (at, existing) => accessLogFix(ctx, stage, at, existing));
            if (ctx.options.requireMetrics || ctx.options.requireExecutionLogging)
                checkMethodSettings(ctx, stage);
        }
    },
});
function accessLogFix(ctx, stage, at, existing) {
    const group = (0, apigw_common_js_1.logGroupOps)(ctx, stage);
    const role = (0, apigw_common_js_1.roleSafety)(ctx, stage);
    const destination = { 'Fn::GetAtt': [group.id, 'Arn'] };
    const ops = [...group.ops];
    if (existing === undefined) {
        ops.push({ op: 'add', path: at, value: { DestinationArn: destination, Format: ctx.options.accessLogFormat } });
    }
    else {
        ops.push({ op: 'add', path: (0, api_js_1.childPointer)(at, 'DestinationArn'), value: destination });
        if (existing.Format === undefined)
            ops.push({ op: 'add', path: (0, api_js_1.childPointer)(at, 'Format'), value: ctx.options.accessLogFormat });
    }
    ops.push(...role.ops);
    return { title: `Send access logs of ${stage.id} to a new log group ${group.id}${role.note}`, safety: role.safety, ops };
}
/** What the entry for all methods must say, for messages: `MetricsEnabled true and LoggingLevel INFO`. */
function wanted(ctx) {
    const parts = [];
    if (ctx.options.requireMetrics)
        parts.push('MetricsEnabled true');
    if (ctx.options.requireExecutionLogging)
        parts.push(`LoggingLevel ${ctx.options.loggingLevels.join(' or ')}`);
    return parts.join(' and ');
}
/** What is off without the settings, for messages. */
function lost(ctx) {
    const parts = [];
    if (ctx.options.requireMetrics)
        parts.push('CloudWatch metrics');
    if (ctx.options.requireExecutionLogging)
        parts.push('execution logs');
    return parts.join(' and ');
}
function newEntry(ctx) {
    const entry = { ResourcePath: '/*', HttpMethod: '*' };
    if (ctx.options.requireExecutionLogging)
        entry.LoggingLevel = ctx.options.loggingLevels[0];
    if (ctx.options.requireMetrics)
        entry.MetricsEnabled = true;
    return entry;
}
/** A fix that turns logging on needs the account role; one that only turns metrics on does not. */
function settingsFix(ctx, stage, title, ops, logging, explicit = false) {
    if (!logging)
        return { title, safety: explicit ? 'unsafe' : 'safe', ops };
    const role = (0, apigw_common_js_1.roleSafety)(ctx, stage);
    return { title: `${title}${role.note}`, safety: explicit ? 'unsafe' : role.safety, ops: [...ops, ...role.ops] };
}
function checkMethodSettings(ctx, stage) {
    const at = (0, api_js_1.childPointer)(stage.pointer, 'Properties', 'MethodSettings');
    const raw = stage.properties.MethodSettings;
    if (raw === undefined) {
        ctx.report({
            at: stage.pointer,
            message: `Stage ${stage.id} has no MethodSettings, so ${lost(ctx)} are off for all its methods. Add a MethodSettings entry with ResourcePath "/*", HttpMethod "*", ${wanted(ctx)}.`,
            ...((0, api_js_1.isMapping)(stage.def.Properties)
                ? {
                    fix: settingsFix(ctx, stage, `Turn on ${lost(ctx)} for all methods of ${stage.id}`, [{ op: 'add', path: at, value: [newEntry(ctx)] }], ctx.options.requireExecutionLogging),
                }
                : {}),
        });
        return;
    }
    if ((0, api_js_1.intrinsicName)(raw)) {
        checkComputedSettings(ctx, stage, at, raw);
        return;
    }
    if (!Array.isArray(raw))
        return;
    // An entry written through an intrinsic may be the one for all methods: stay quiet.
    if (raw.some((e) => (0, api_js_1.intrinsicName)(e)))
        return;
    const entries = (0, apigw_settings_js_1.literalEntries)(raw);
    let unknown = false;
    const all = entries.filter(({ entry }) => {
        const c = (0, apigw_settings_js_1.coversAll)(ctx, entry);
        if (c === undefined)
            unknown = true;
        return c === true;
    });
    if (all.length === 0) {
        if (unknown)
            return;
        ctx.report({
            at,
            message: `Stage ${stage.id} has no MethodSettings entry for all methods (ResourcePath "/*", HttpMethod "*"), so methods without their own entry get no ${lost(ctx)}. Add one with ${wanted(ctx)}.`,
            fix: settingsFix(ctx, stage, `Add a MethodSettings entry for all methods of ${stage.id}`, [{ op: 'add', path: `${at}/-`, value: newEntry(ctx) }], ctx.options.requireExecutionLogging),
        });
        return;
    }
    for (const { index, entry } of all)
        checkEntry(ctx, stage, (0, api_js_1.childPointer)(at, index), entry);
}
function checkEntry(ctx, stage, at, entry) {
    const missing = [];
    const addOps = [];
    if (ctx.options.requireExecutionLogging) {
        const levelAt = (0, api_js_1.childPointer)(at, 'LoggingLevel');
        if (entry.LoggingLevel === undefined) {
            missing.push('LoggingLevel');
            addOps.push({ op: 'add', path: levelAt, value: ctx.options.loggingLevels[0] });
        }
        else {
            const bad = (0, apigw_settings_js_1.badLevels)(ctx, entry.LoggingLevel, ctx.options.loggingLevels) ?? [];
            if (bad.length > 0) {
                const literal = !(0, api_js_1.intrinsicName)(entry.LoggingLevel);
                ctx.report({
                    at: levelAt,
                    message: `Stage ${stage.id}'s LoggingLevel for all methods is ${bad.map((p) => `${(0, apigw_settings_js_1.shown)(p, 'removed')}${(0, apigw_common_js_1.whenText)(p)}`).join(', ')}, so it writes no execution logs. Set LoggingLevel to ${ctx.options.loggingLevels.join(' or ')}.`,
                    ...(literal
                        ? {
                            fix: settingsFix(ctx, stage, `Set LoggingLevel of ${stage.id} to ${ctx.options.loggingLevels[0]}`, [
                                { op: 'test', path: levelAt, value: entry.LoggingLevel },
                                { op: 'replace', path: levelAt, value: ctx.options.loggingLevels[0] },
                            ], true, true),
                        }
                        : {}),
                });
            }
        }
    }
    if (ctx.options.requireMetrics) {
        const metricsAt = (0, api_js_1.childPointer)(at, 'MetricsEnabled');
        if (entry.MetricsEnabled === undefined) {
            missing.push('MetricsEnabled');
            addOps.push({ op: 'add', path: metricsAt, value: true });
        }
        else {
            const bad = (0, apigw_settings_js_1.badMetrics)(ctx, entry.MetricsEnabled) ?? [];
            if (bad.length > 0) {
                const literal = !(0, api_js_1.intrinsicName)(entry.MetricsEnabled);
                ctx.report({
                    at: metricsAt,
                    message: `Stage ${stage.id}'s MetricsEnabled for all methods is ${bad.map((p) => `${(0, apigw_settings_js_1.shown)(p, 'removed')}${(0, apigw_common_js_1.whenText)(p)}`).join(', ')}, so CloudWatch has no latency, count or error metrics for it. Set MetricsEnabled to true.`,
                    ...(literal
                        ? {
                            fix: {
                                title: `Set MetricsEnabled of ${stage.id} to true`,
                                safety: 'unsafe',
                                ops: [
                                    { op: 'test', path: metricsAt, value: entry.MetricsEnabled },
                                    { op: 'replace', path: metricsAt, value: true },
                                ],
                            },
                        }
                        : {}),
                });
            }
        }
    }
    if (missing.length === 0)
        return;
    const effects = [];
    if (missing.includes('LoggingLevel'))
        effects.push('execution logging is OFF');
    if (missing.includes('MetricsEnabled'))
        effects.push('metrics are off');
    ctx.report({
        at,
        message: `Stage ${stage.id}'s MethodSettings entry for all methods has no ${missing.join(' or ')}, so ${effects.join(' and ')}. Add ${wanted(ctx)}.`,
        fix: settingsFix(ctx, stage, `Add ${missing.join(' and ')} to the MethodSettings of ${stage.id}`, addOps, missing.includes('LoggingLevel')),
    });
}
/** `MethodSettings: !If [...]`: reported at the property, for the cases that lack the entry. */
function checkComputedSettings(ctx, stage, at, raw) {
    const vals = ctx.values(raw);
    if (!vals)
        return;
    const off = vals.filter((p) => {
        if (!Array.isArray(p.value))
            return p.value === undefined;
        if (p.value.some((e) => (0, api_js_1.intrinsicName)(e)))
            return false;
        const entries = (0, apigw_settings_js_1.literalEntries)(p.value).filter(({ entry }) => (0, apigw_settings_js_1.coversAll)(ctx, entry) !== false);
        return !entries.some(({ entry }) => {
            const levelOk = !ctx.options.requireExecutionLogging || ((0, apigw_settings_js_1.badLevels)(ctx, entry.LoggingLevel, ctx.options.loggingLevels)?.length ?? 0) === 0;
            const metricsOk = !ctx.options.requireMetrics || ((0, apigw_settings_js_1.badMetrics)(ctx, entry.MetricsEnabled)?.length ?? 0) === 0;
            return levelOk && metricsOk;
        });
    });
    if (off.length === 0)
        return;
    ctx.report({
        at,
        message: `Stage ${stage.id} has no MethodSettings entry for all methods with ${wanted(ctx)}${off.map(apigw_common_js_1.whenText).join(' or')}, so ${lost(ctx)} are then off. Turn them on in every case.`,
    });
}


/***/ }),

/***/ 8797:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const apigw_common_js_1 = __nccwpck_require__(8292);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'api-gateway-v2-stage-logging',
        family: 5,
        severity: 'high',
        title: 'API Gateway HTTP and WebSocket stages write access logs',
        description: 'An `AWS::ApiGatewayV2::Stage` without `AccessLogSettings` (with a `DestinationArn`) keeps no record of who called the API, for auditing, debugging or incident response.',
        resourceTypes: ['AWS::ApiGatewayV2::Stage'],
        fixable: 'sometimes',
        options: {
            defaults: { accessLogFormat: apigw_common_js_1.V2_ACCESS_LOG_FORMAT },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: { accessLogFormat: { type: 'string', pattern: '\\$context\\.requestId' } },
            },
        },
    },
    check(ctx) {
        for (const stage of ctx.resources('AWS::ApiGatewayV2::Stage')) {
            (0, apigw_common_js_1.checkAccessLogDestination)(ctx, stage, 'AccessLogSettings', (at, existing) => accessLogFix(ctx, stage, at, existing));
        }
    },
});
/** HTTP, WEBSOCKET, or undefined when the API is not in the template or its protocol is unknown. */
function protocolOf(ctx, stage) {
    const api = (0, apigw_common_js_1.refTarget)(ctx, stage.properties.ApiId);
    if (!api || api.type !== 'AWS::ApiGatewayV2::Api')
        return undefined;
    const vals = ctx.values(api.properties.ProtocolType);
    return vals && vals.length === 1 && typeof vals[0].value === 'string' ? vals[0].value.toUpperCase() : undefined;
}
function accessLogFix(ctx, stage, at, existing) {
    const group = (0, apigw_common_js_1.logGroupOps)(ctx, stage);
    const destination = { 'Fn::GetAtt': [group.id, 'Arn'] };
    const ops = [...group.ops];
    if (existing === undefined) {
        ops.push({ op: 'add', path: at, value: { DestinationArn: destination, Format: ctx.options.accessLogFormat } });
    }
    else {
        ops.push({ op: 'add', path: (0, api_js_1.childPointer)(at, 'DestinationArn'), value: destination });
        if (existing.Format === undefined)
            ops.push({ op: 'add', path: (0, api_js_1.childPointer)(at, 'Format'), value: ctx.options.accessLogFormat });
    }
    const title = `Send access logs of ${stage.id} to a new log group ${group.id}`;
    // HTTP APIs write access logs without the account-level CloudWatch role; WebSocket APIs need it.
    if (protocolOf(ctx, stage) === 'HTTP')
        return { title, safety: 'safe', ops };
    const role = (0, apigw_common_js_1.roleSafety)(ctx, stage);
    return { title: `${title}${role.note}`, safety: role.safety, ops: [...ops, ...role.ops] };
}


/***/ }),

/***/ 9993:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const secret_parts_js_1 = __nccwpck_require__(2019);
const secret_props_js_1 = __nccwpck_require__(3255);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'db-password-from-parameter',
        family: 9,
        severity: 'high',
        title: 'Database master passwords come from Secrets Manager, not from template parameters',
        description: 'A database password passed in as a template parameter is chosen by hand, typed into consoles and pipelines, and kept with the stack\'s parameters. Let the service manage it (`ManageMasterUserPassword: true`) or resolve it from a generated Secrets Manager secret with a `{{resolve:secretsmanager:...}}` dynamic reference.',
        resourceTypes: [...new Set(secret_props_js_1.PASSWORD_PROPERTIES.filter((p) => p.database).map((p) => p.type))],
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const site of (0, secret_props_js_1.passwordSites)(ctx, true)) {
            const variants = (0, secret_props_js_1.judgeSite)(ctx, site);
            const bad = variants.filter((v) => v.verdict.kind === 'parameter');
            if (bad.length === 0)
                continue;
            const params = [...new Set(bad.flatMap((v) => (v.verdict.kind === 'parameter' ? v.verdict.params : [])))];
            const ssm = params.filter((p) => (0, secret_parts_js_1.isSsmParameter)(ctx, p));
            const typed = params.filter((p) => !(0, secret_parts_js_1.isSsmParameter)(ctx, p));
            const plain = typed.filter((p) => !(0, secret_parts_js_1.isNoEcho)(ctx, p));
            const why = [];
            if (typed.length > 0) {
                why.push(`the password is chosen by hand, typed in at deploy time and kept with the stack's parameters${plain.length > 0 ? `, in plain text because ${(0, secret_parts_js_1.quoteList)(plain)} ${plain.length > 1 ? 'are' : 'is'} not NoEcho` : ''}`);
            }
            if (ssm.length > 0)
                why.push(`${(0, secret_parts_js_1.quoteList)(ssm)} ${ssm.length > 1 ? 'read' : 'reads'} it from an SSM String parameter, stored unencrypted`);
            const fix = variants.length === 1 ? fixFor(ctx, site, params) : undefined;
            ctx.report({
                at: site.at,
                message: `${capitalize(site.property.label)} ${site.resource.id} takes ${site.name} from parameter${params.length > 1 ? 's' : ''} ${(0, secret_parts_js_1.quoteList)(params)}${(0, secret_props_js_1.whenText)(bad, variants)}: ${why.join('; ')}. ${(0, secret_props_js_1.advice)(site)}`,
                ...(fix ? { fix } : {}),
            });
        }
    },
});
function fixFor(ctx, site, params) {
    if (params.length !== 1)
        return undefined;
    const param = params[0];
    const isPlainRef = JSON.stringify(site.value) === JSON.stringify({ Ref: param });
    if (isPlainRef) {
        const holders = (0, secret_props_js_1.secretHoldingParameter)(ctx, param, site.resource);
        if (holders.length === 1) {
            const { secret, key } = holders[0];
            return {
                title: `Resolve ${site.name} from secret ${secret.id}`,
                // Same password today, but it now follows the secret: generating or rotating the secret changes it.
                safety: 'unsafe',
                ops: [
                    { op: 'test', path: site.at, value: site.value },
                    { op: 'replace', path: site.at, value: { 'Fn::Sub': `{{resolve:secretsmanager:\${${secret.id}}:SecretString:${key}}}` } },
                ],
            };
        }
        if (holders.length > 1)
            return undefined;
    }
    // Anything else reading the parameter (an app's environment, an output) would keep the old password.
    const elsewhere = ctx.refsTo(param).some((r) => (r.section === 'Resources' || r.section === 'Outputs') && r.at !== site.at && !r.at.startsWith(`${site.at}/`));
    if (elsewhere)
        return undefined;
    return (0, secret_props_js_1.managedPasswordFix)(ctx, site);
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);


/***/ }),

/***/ 4629:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const iam_logs_actions_json_1 = __importDefault(__nccwpck_require__(430));
const iam_statements_js_1 = __nccwpck_require__(4782);
const STAR_ONLY = iam_logs_actions_json_1.default.starOnly;
const SCOPABLE = iam_logs_actions_json_1.default.scopable;
const KNOWN = new Set([...STAR_ONLY, ...SCOPABLE].map((a) => a.toLowerCase()));
const STAR_ONLY_LOWER = new Set(STAR_ONLY.map((a) => a.toLowerCase()));
/** What a wildcard action name (`Put*`, lower-cased) reaches: computed once per pattern. */
const wildcardKinds = new Map();
function wildcardKind(name) {
    const key = name.toLowerCase(); // the pattern is case-insensitive
    let kind = wildcardKinds.get(key);
    if (kind === undefined) {
        const re = (0, iam_statements_js_1.actionPattern)(name);
        kind = SCOPABLE.some((a) => re.test(a)) ? 'scoped' : STAR_ONLY.some((a) => re.test(a)) ? 'starOnly' : 'none';
        if (wildcardKinds.size < 10_000)
            wildcardKinds.set(key, kind);
    }
    return kind;
}
const LAMBDA_LOG_GROUPS = 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/*';
const LAMBDA_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];
/** `arn:<partition>:logs:<region>:<account>:*` and `...:log-group:*`, with literal or `${...}` parts. */
const SEG = '(?:\\$\\{[^}]*\\}|[^:$])*';
const ACCOUNT_WIDE = new RegExp(`^arn:${SEG}:logs:${SEG}:${SEG}:(\\*|log-group:\\*(:\\*)?)$`);
/** The `Resource` items written as a literal or an `Fn::Sub` string, with their pointers and values. */
function resourceItems(value, at) {
    const one = (v, p) => {
        if (typeof v === 'string')
            return [{ text: v, at: p, value: v }];
        const sub = typeof v === 'object' && v !== null && !Array.isArray(v) ? v['Fn::Sub'] : undefined;
        return typeof sub === 'string' && Object.keys(v).length === 1 ? [{ text: sub, at: p, value: v }] : [];
    };
    return Array.isArray(value) ? value.flatMap((v, i) => one(v, `${at}/${i}`)) : one(value, at);
}
function classify(stmt) {
    const actions = (0, iam_statements_js_1.stringItems)(stmt.statement.Action, (0, api_js_1.childPointer)(stmt.at, 'Action')).map((a) => a.text);
    if (actions.length === 0)
        return undefined;
    const out = { scoped: [], starOnly: [], otherServices: false, unknown: false };
    for (const action of actions) {
        if (!/^logs:/i.test(action)) {
            out.otherServices = true;
            continue;
        }
        const name = action.slice(5);
        if (!/[*?]/.test(name)) {
            const lower = name.toLowerCase();
            if (!KNOWN.has(lower))
                out.unknown = true;
            if (STAR_ONLY_LOWER.has(lower))
                out.starOnly.push(action);
            else
                out.scoped.push(action);
            continue;
        }
        const kind = wildcardKind(name);
        if (kind === 'scoped')
            out.scoped.push(action);
        else if (kind === 'starOnly')
            out.starOnly.push(action);
    }
    return out;
}
const list = (items) => {
    const shown = items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
};
const KIND = {
    'AWS::IAM::Role': 'Role',
    'AWS::IAM::User': 'User',
    'AWS::IAM::Group': 'Group',
    'AWS::IAM::Policy': 'Policy',
    'AWS::IAM::ManagedPolicy': 'Managed policy',
    'AWS::IAM::RolePolicy': 'Policy',
    'AWS::IAM::UserPolicy': 'Policy',
    'AWS::IAM::GroupPolicy': 'Policy',
};
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'iam-logs-resource-scope',
        family: 7,
        severity: 'medium',
        title: 'CloudWatch Logs permissions are scoped to the log groups they need',
        description: 'An `Allow` statement that grants `logs:` actions on `Resource: "*"` lets the role (a Lambda function, a compromised instance) create, write to or read every log group in the account. Scope the resource to the log groups it uses, e.g. `arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/*` for a Lambda execution role. Actions that only work on "*" (such as `logs:DescribeLogGroups`) are not reported.',
        resourceTypes: [
            'AWS::IAM::Role',
            'AWS::IAM::User',
            'AWS::IAM::Group',
            'AWS::IAM::Policy',
            'AWS::IAM::ManagedPolicy',
            'AWS::IAM::RolePolicy',
            'AWS::IAM::UserPolicy',
            'AWS::IAM::GroupPolicy',
        ],
        fixable: 'sometimes',
        options: {
            defaults: { accountWideArns: false },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: { accountWideArns: { type: 'boolean' } },
            },
        },
    },
    check(ctx) {
        for (const stmt of (0, iam_statements_js_1.policyStatements)(ctx)) {
            const s = stmt.statement;
            if (s.NotAction !== undefined)
                continue;
            const effect = ctx.values(s.Effect);
            if (!effect || effect.length !== 1 || effect[0].value !== 'Allow')
                continue;
            const c = classify(stmt);
            if (!c || c.scoped.length === 0)
                continue;
            const notResource = s.NotResource !== undefined;
            const key = notResource ? 'NotResource' : 'Resource';
            const at = (0, api_js_1.childPointer)(stmt.at, key);
            let wide = [];
            if (!notResource) {
                wide = resourceItems(s.Resource, at).filter((r) => (r.text === '*' && typeof r.value === 'string') || (ctx.options.accountWideArns && ACCOUNT_WIDE.test(r.text)));
                if (wide.length === 0)
                    continue;
            }
            // Last of the filters: it is the one that needs the reference graph.
            if (onlyABoundary(ctx, stmt.resource))
                continue;
            const inline = iam_statements_js_1.INLINE_POLICY_HOLDERS.includes(stmt.resource.type) && stmt.policyName;
            const where = `${KIND[stmt.resource.type] ?? 'Resource'} ${stmt.resource.id}${inline ? ` (policy ${stmt.policyName})` : ''}`;
            const scope = notResource
                ? 'every resource except those in NotResource'
                : wide.every((w) => w.text === '*')
                    ? 'every resource ("*")'
                    : `every log group in the account (${list(wide.map((w) => w.text))})`;
            const when = stmt.when ? ` when ${stmt.when}` : '';
            const sentences = [
                `${where} allows ${list(c.scoped)} on ${scope}${when}: it can reach every log group in the account, not just its own.`,
                `Scope ${key === 'NotResource' ? 'the statement with Resource' : 'Resource'} to the log groups it uses${lambdaRole(ctx, stmt.resource) ? ` (${LAMBDA_LOG_GROUPS} for a Lambda function)` : ''}.`,
            ];
            if (c.starOnly.length > 0)
                sentences.push(`Keep ${list(c.starOnly)}, which only work on "*", in a statement of their own.`);
            const fix = !notResource && !stmt.when && !c.otherServices && c.starOnly.length === 0 && !c.unknown ? scopeFix(ctx, stmt, wide) : undefined;
            ctx.report({ at, message: sentences.join(' '), ...(fix ? { fix } : {}) });
        }
    },
});
/** A role that only Lambda can assume, or a policy attached only to such roles. */
function lambdaRole(ctx, resource) {
    return attachedRoles(ctx, resource)?.every((r) => isLambdaRole(r)) ?? false;
}
function isLambdaRole(role) {
    const services = (0, iam_statements_js_1.trustedServicesOnly)(role);
    return !!services && services.every((s) => s === 'lambda.amazonaws.com');
}
/** The roles a statement's permissions land on, or undefined when they (also) land elsewhere or cannot be told. */
function attachedRoles(ctx, resource) {
    if (resource.type === 'AWS::IAM::Role')
        return [resource];
    if (!['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy'].includes(resource.type))
        return undefined;
    const p = resource.properties;
    if (p.Users !== undefined || p.Groups !== undefined)
        return undefined;
    const refs = resource.type === 'AWS::IAM::RolePolicy' ? [p.RoleName] : Array.isArray(p.Roles) ? p.Roles : undefined;
    if (!refs || refs.length === 0)
        return undefined;
    const roles = [];
    for (const r of refs) {
        const id = typeof r === 'object' && r !== null && typeof r.Ref === 'string' ? r.Ref : undefined;
        const role = id ? ctx.resource(id) : undefined;
        if (!role || role.type !== 'AWS::IAM::Role')
            return undefined;
        roles.push(role);
    }
    // A managed policy can also be attached from a role's ManagedPolicyArns: those roles count too.
    if (resource.type === 'AWS::IAM::ManagedPolicy') {
        for (const ref of ctx.refsTo(resource.id)) {
            const role = ctx.resource(ref.from);
            if (ref.section !== 'Resources' || !role)
                continue;
            if (role.type !== 'AWS::IAM::Role')
                return undefined;
            if (!roles.includes(role))
                roles.push(role);
        }
    }
    return roles;
}
/**
 * Replaces "*" by the Lambda log groups when every role the statement lands on is a Lambda
 * execution role whose functions log to the default /aws/lambda/<name> group.
 */
function scopeFix(ctx, stmt, wide) {
    const roles = attachedRoles(ctx, stmt.resource);
    if (!roles || !roles.every(isLambdaRole))
        return undefined;
    for (const role of roles) {
        for (const ref of ctx.refsTo(role.id)) {
            const fn = ctx.resource(ref.from);
            if (!fn || !LAMBDA_TYPES.includes(fn.type))
                continue;
            const logging = fn.properties.LoggingConfig;
            if (typeof logging === 'object' && logging !== null && logging.LogGroup !== undefined)
                return undefined;
        }
    }
    const value = { 'Fn::Sub': LAMBDA_LOG_GROUPS };
    return {
        title: 'Scope the logs permissions to the Lambda log groups',
        // Narrows access: a function that writes to another log group loses that permission.
        safety: 'unsafe',
        ops: wide.flatMap((w) => [
            { op: 'test', path: w.at, value: w.value },
            { op: 'replace', path: w.at, value },
        ]),
    };
}
/** A managed policy used only as a permissions boundary grants nothing: it caps what others grant. */
function onlyABoundary(ctx, resource) {
    if (resource.type !== 'AWS::IAM::ManagedPolicy')
        return false;
    const p = resource.properties;
    if (p.Roles !== undefined || p.Users !== undefined || p.Groups !== undefined)
        return false;
    const uses = ctx.refsTo(resource.id).filter((r) => r.section === 'Resources');
    return uses.length > 0 && uses.every((r) => /\/Properties\/PermissionsBoundary(\/|$)/.test(r.at));
}


/***/ }),

/***/ 5450:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULES = void 0;
const api_gateway_alarms_js_1 = __importDefault(__nccwpck_require__(3548));
const api_gateway_any_method_js_1 = __importDefault(__nccwpck_require__(9538));
const api_gateway_deployment_stage_js_1 = __importDefault(__nccwpck_require__(4610));
const api_gateway_request_validation_js_1 = __importDefault(__nccwpck_require__(2873));
const api_gateway_stage_logging_js_1 = __importDefault(__nccwpck_require__(362));
const api_gateway_v2_stage_logging_js_1 = __importDefault(__nccwpck_require__(8797));
const db_password_from_parameter_js_1 = __importDefault(__nccwpck_require__(9993));
const iam_logs_resource_scope_js_1 = __importDefault(__nccwpck_require__(4629));
const lambda_function_alarms_js_1 = __importDefault(__nccwpck_require__(1623));
const literal_password_js_1 = __importDefault(__nccwpck_require__(3387));
const parameter_cidr_pattern_js_1 = __importDefault(__nccwpck_require__(5743));
const parameter_constraints_js_1 = __importDefault(__nccwpck_require__(4892));
const parameter_default_valid_js_1 = __importDefault(__nccwpck_require__(2194));
const parameter_groups_js_1 = __importDefault(__nccwpck_require__(2566));
const parameter_noecho_default_js_1 = __importDefault(__nccwpck_require__(8332));
const rds_backup_retention_js_1 = __importDefault(__nccwpck_require__(5683));
const rds_engine_version_js_1 = __importDefault(__nccwpck_require__(985));
const rds_instance_alarms_js_1 = __importDefault(__nccwpck_require__(1728));
const rds_log_exports_js_1 = __importDefault(__nccwpck_require__(5396));
const rds_maintenance_windows_js_1 = __importDefault(__nccwpck_require__(4735));
const rds_not_public_js_1 = __importDefault(__nccwpck_require__(3947));
const rds_storage_encrypted_js_1 = __importDefault(__nccwpck_require__(9928));
const s3_bucket_encryption_js_1 = __importDefault(__nccwpck_require__(7599));
const s3_bucket_https_only_js_1 = __importDefault(__nccwpck_require__(1416));
const s3_bucket_public_access_block_js_1 = __importDefault(__nccwpck_require__(4730));
const s3_bucket_retain_js_1 = __importDefault(__nccwpck_require__(9931));
const s3_versioned_bucket_lifecycle_js_1 = __importDefault(__nccwpck_require__(4224));
const secret_from_parameters_js_1 = __importDefault(__nccwpck_require__(6570));
exports.RULES = new Map([
    api_gateway_alarms_js_1.default,
    api_gateway_any_method_js_1.default,
    api_gateway_deployment_stage_js_1.default,
    api_gateway_request_validation_js_1.default,
    api_gateway_stage_logging_js_1.default,
    api_gateway_v2_stage_logging_js_1.default,
    db_password_from_parameter_js_1.default,
    iam_logs_resource_scope_js_1.default,
    lambda_function_alarms_js_1.default,
    literal_password_js_1.default,
    parameter_cidr_pattern_js_1.default,
    parameter_constraints_js_1.default,
    parameter_default_valid_js_1.default,
    parameter_groups_js_1.default,
    parameter_noecho_default_js_1.default,
    rds_backup_retention_js_1.default,
    rds_engine_version_js_1.default,
    rds_instance_alarms_js_1.default,
    rds_log_exports_js_1.default,
    rds_maintenance_windows_js_1.default,
    rds_not_public_js_1.default,
    rds_storage_encrypted_js_1.default,
    s3_bucket_encryption_js_1.default,
    s3_bucket_https_only_js_1.default,
    s3_bucket_public_access_block_js_1.default,
    s3_bucket_retain_js_1.default,
    s3_versioned_bucket_lifecycle_js_1.default,
    secret_from_parameters_js_1.default,
].map((r) => [r.meta.name, r]));


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const alarm_coverage_js_1 = __nccwpck_require__(1854);
const alarm_fix_js_1 = __nccwpck_require__(237);
/** Resource types whose references to a function do not make it run outside stack operations. */
const BOOKKEEPING = new Set(['AWS::Logs::LogGroup', 'AWS::CloudWatch::Alarm', 'AWS::CloudWatch::Dashboard']);
const isCustomResource = (type) => type === 'AWS::CloudFormation::CustomResource' || (type?.startsWith('Custom::') ?? false);
/**
 * A function that only serves custom resources (its ARN is their ServiceToken and nothing else
 * invokes it): it runs during stack operations, whose events already show its failures.
 */
function customResourceHandler(ctx, fn) {
    let serves = false;
    for (const ref of ctx.refsTo(fn.id)) {
        if (ref.section !== 'Resources' || ref.kind === 'DependsOn')
            continue;
        const from = ctx.resource(ref.from);
        if (isCustomResource(from?.type) && ref.at.startsWith(`${from.pointer}/Properties/ServiceToken`))
            serves = true;
        else if (!BOOKKEEPING.has(from?.type ?? ''))
            return false;
    }
    return serves;
}
/** The function's timeout in seconds (the smallest it may be), or undefined when unknown. */
function timeoutSeconds(ctx, fn) {
    const value = fn.properties.Timeout;
    if (value === undefined)
        return 3;
    const possible = ctx.values(value);
    if (!possible)
        return undefined;
    const numbers = possible.map((p) => (p.value === undefined ? 3 : (0, api_js_1.asNumber)(p.value)));
    if (numbers.some((n) => n === undefined))
        return undefined;
    return Math.min(...numbers);
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'lambda-function-alarms',
        family: 1,
        severity: 'high',
        title: 'Lambda functions have CloudWatch alarms on Errors and Duration',
        description: 'A Lambda function without alarms on its Errors and Duration metrics fails or creeps toward its timeout unnoticed: the logs record it, but nobody is told.',
        resourceTypes: ['AWS::Lambda::Function'],
        fixable: 'always',
        options: {
            defaults: { errorsThreshold: 5, durationPercentOfTimeout: 80, durationThresholdMs: 25000, period: 300, customResourceHandlers: false },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    errorsThreshold: { type: 'number', minimum: 0 },
                    durationPercentOfTimeout: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
                    durationThresholdMs: { type: 'number', exclusiveMinimum: 0 },
                    period: { type: 'integer', enum: [10, 30, 60, 120, 180, 240, 300, 600, 900, 1800, 3600, 21600, 86400] },
                    customResourceHandlers: { type: 'boolean' },
                },
            },
        },
    },
    check(ctx) {
        const functions = ctx.resources('AWS::Lambda::Function');
        if (functions.length === 0)
            return;
        const metrics = (0, alarm_coverage_js_1.watchedMetrics)(ctx);
        const o = ctx.options;
        for (const fn of functions) {
            if (!o.customResourceHandlers && customResourceHandler(ctx, fn))
                continue;
            const identity = { ids: new Set([fn.id]), names: new Set() };
            (0, alarm_coverage_js_1.addName)(ctx, identity, fn.properties.FunctionName);
            const c = (0, alarm_coverage_js_1.coverage)(ctx, metrics, {
                namespace: 'AWS/Lambda',
                required: [['Errors'], ['Duration']],
                identity,
                identifying: ['FunctionName', 'Resource', 'ExecutedVersion'],
                aggregateCounts: true,
            });
            if (c.missing.length === 0)
                continue;
            const timeout = timeoutSeconds(ctx, fn);
            const durationMs = timeout === undefined ? o.durationThresholdMs : Math.round((timeout * 1000 * o.durationPercentOfTimeout) / 100);
            const dimensions = [{ Name: 'FunctionName', Value: { Ref: fn.id } }];
            const specs = c.missing.map((metric) => metric === 'Errors'
                ? {
                    suffix: 'Errors',
                    description: `${fn.id} reported more than ${o.errorsThreshold} errors in ${o.period / 60} minutes`,
                    namespace: 'AWS/Lambda',
                    metricName: 'Errors',
                    dimensions,
                    statistic: 'Sum',
                    period: o.period,
                    evaluationPeriods: 1,
                    threshold: o.errorsThreshold,
                    comparison: 'GreaterThanThreshold',
                    treatMissingData: 'notBreaching',
                }
                : {
                    suffix: 'Duration',
                    description: timeout === undefined
                        ? `${fn.id} runs take more than ${durationMs} ms on average`
                        : `${fn.id} runs take more than ${o.durationPercentOfTimeout}% of its ${timeout} s timeout on average`,
                    namespace: 'AWS/Lambda',
                    metricName: 'Duration',
                    dimensions,
                    statistic: 'Average',
                    period: o.period,
                    evaluationPeriods: 2,
                    threshold: durationMs,
                    comparison: 'GreaterThanThreshold',
                });
            const consequence = c.missing.length === 2
                ? 'its failures and runs nearing the timeout go unnoticed'
                : c.missing[0] === 'Errors'
                    ? 'its failures go unnoticed'
                    : 'runs nearing the timeout go unnoticed';
            ctx.report({
                at: fn.pointer,
                message: `Lambda function ${fn.id} has no CloudWatch alarm on ${(0, alarm_coverage_js_1.orList)(c.missing)}, so ${consequence}. Add ${c.missing.length === 1 ? 'an AWS/Lambda alarm' : 'one AWS/Lambda alarm for each'} with dimension FunctionName.${(0, alarm_coverage_js_1.nearMissNote)('AWS/Lambda', c, 'function')}`,
                fix: () => (0, alarm_fix_js_1.addAlarmsFix)(ctx, fn, specs),
            });
        }
    },
});


/***/ }),

/***/ 1854:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.watchedMetrics = watchedMetrics;
exports.referencedIds = referencedIds;
exports.rawForms = rawForms;
exports.nameForms = nameForms;
exports.addName = addName;
exports.dimensionRefersTo = dimensionRefersTo;
exports.coverage = coverage;
exports.orList = orList;
exports.nearMissNote = nearMissNote;
/**
 * Which CloudWatch alarms watch which resources (family 1: Lambda, API Gateway and RDS alarms).
 *
 * An alarm metric covers a resource when its namespace and metric name match and one of its
 * dimensions refers to the resource: a `Ref`/`Fn::GetAtt`/`${Id}` of it (or of its Aurora
 * cluster), or an expression that evaluates to the same name (the same literal, the same
 * `Fn::Sub`/`Fn::Join` text, the same parameter). Both plain alarms (`Namespace`, `MetricName`,
 * `Dimensions`) and metric-math alarms (`Metrics[].MetricStat.Metric`) count, whatever their
 * `Condition`.
 */
const api_js_1 = __nccwpck_require__(6750);
const strings = (ctx, value) => {
    if (value === undefined)
        return [];
    const possible = ctx.values(value);
    if (!possible)
        return undefined;
    return possible.map((p) => p.value).filter((v) => typeof v === 'string');
};
/** The list items of a property that may be written as a list or as `Fn::If` of lists. */
function listItems(value, depth = 0) {
    if (Array.isArray(value))
        return value;
    if (depth < 10 && (0, api_js_1.intrinsicName)(value) === 'Fn::If') {
        const arg = value['Fn::If'];
        if (Array.isArray(arg) && arg.length === 3)
            return [...listItems(arg[1], depth + 1), ...listItems(arg[2], depth + 1)];
    }
    return [];
}
/** Per-template caches: a template's data does not change while the rules run. */
const metricsCache = new WeakMap();
const formsCache = new WeakMap();
const idsCache = new WeakMap();
/** `compute(value)`, once per template and value (objects by identity, primitives by value). */
function memo(cache, ctx, value, compute) {
    let byValue = cache.get(ctx.template);
    if (!byValue)
        cache.set(ctx.template, (byValue = new Map()));
    let result = byValue.get(value);
    if (!result)
        byValue.set(value, (result = compute()));
    return result;
}
/** Every metric watched by every `AWS::CloudWatch::Alarm` of the template (computed once per template). */
function watchedMetrics(ctx) {
    let metrics = metricsCache.get(ctx.template);
    if (!metrics)
        metricsCache.set(ctx.template, (metrics = readWatchedMetrics(ctx)));
    return metrics;
}
function readWatchedMetrics(ctx) {
    const out = [];
    const add = (alarmId, metric) => {
        const dimensions = listItems(metric.Dimensions)
            .filter(api_js_1.isMapping)
            .map((d) => ({ ...(typeof d.Name === 'string' ? { name: d.Name } : {}), value: d.Value }));
        const namespaces = strings(ctx, metric.Namespace);
        const metricNames = strings(ctx, metric.MetricName);
        out.push({ alarmId, dimensions, ...(namespaces ? { namespaces } : {}), ...(metricNames ? { metricNames } : {}) });
    };
    for (const alarm of ctx.resources('AWS::CloudWatch::Alarm')) {
        const p = alarm.properties;
        if (p.MetricName !== undefined || p.Namespace !== undefined)
            add(alarm.id, p);
        for (const query of listItems(p.Metrics)) {
            if (!(0, api_js_1.isMapping)(query) || !(0, api_js_1.isMapping)(query.MetricStat))
                continue;
            const metric = query.MetricStat.Metric;
            if ((0, api_js_1.isMapping)(metric))
                add(alarm.id, metric);
        }
    }
    return out;
}
/** Logical ids referenced anywhere in a value (`Ref`, `Fn::GetAtt`, `${Id}` in `Fn::Sub`). */
function referencedIds(value, out = new Set(), depth = 0) {
    if (depth > 30)
        return out;
    if (Array.isArray(value)) {
        for (const v of value)
            referencedIds(v, out, depth + 1);
        return out;
    }
    if (!(0, api_js_1.isMapping)(value))
        return out;
    const fn = (0, api_js_1.intrinsicName)(value);
    const arg = fn ? value[fn] : undefined;
    if (fn === 'Ref' && typeof arg === 'string')
        out.add(arg);
    else if (fn === 'Fn::GetAtt') {
        const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
        if (typeof target === 'string')
            out.add(target);
    }
    else if (fn === 'Fn::Sub') {
        const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
        const vars = Array.isArray(arg) && (0, api_js_1.isMapping)(arg[1]) ? arg[1] : {};
        if (typeof text === 'string')
            for (const v of (0, api_js_1.subVariables)(text))
                if (!Object.hasOwn(vars, v.name))
                    out.add(v.name);
        if (Array.isArray(arg))
            referencedIds(arg[1], out, depth + 1);
        return out;
    }
    for (const v of Object.values(value))
        referencedIds(v, out, depth + 1);
    return out;
}
const MAX_FORMS = 16;
/**
 * The text a name expression evaluates to, with the parts decided at deploy time written as
 * `${X}`: `!Ref X` and `!Sub "${X}"` are both `${X}`, `!Join ["-", [a, !Ref B]]` is `a-${B}`.
 * `Fn::If` gives both branches. Anything else (an import, `Fn::Select`, ...) is kept as its
 * JSON, so that the same expression written twice still compares equal.
 */
function rawForms(value, depth = 0) {
    if (depth > 20)
        return [];
    if (typeof value === 'string')
        return [value];
    if (typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    const fn = (0, api_js_1.intrinsicName)(value);
    const arg = fn ? value[fn] : undefined;
    if (fn === 'Ref' && typeof arg === 'string')
        return arg === 'AWS::NoValue' ? [] : [`\${${arg}}`];
    if (fn === 'Fn::GetAtt') {
        const parts = typeof arg === 'string' ? arg.split('.') : Array.isArray(arg) ? arg : [];
        if (parts.every((p) => typeof p === 'string'))
            return [`\${${parts.join('.')}}`];
    }
    if (fn === 'Fn::Sub') {
        const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
        if (text !== undefined) {
            const vars = Array.isArray(arg) && (0, api_js_1.isMapping)(arg[1]) ? arg[1] : {};
            let forms = [text];
            for (const [name, v] of Object.entries(vars)) {
                const inner = rawForms(v, depth + 1);
                if (inner.length === 0)
                    continue;
                forms = forms.flatMap((f) => inner.map((i) => f.split(`\${${name}}`).join(i))).slice(0, MAX_FORMS);
            }
            return forms.map((f) => f.replace(/\$\{\s*([^}!][^}]*?)\s*\}/g, '${$1}'));
        }
    }
    if (fn === 'Fn::Join' && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
        let forms = [''];
        arg[1].forEach((part, i) => {
            const inner = rawForms(part, depth + 1);
            const sep = i === 0 ? '' : arg[0];
            forms = forms.flatMap((f) => inner.map((p) => f + sep + p)).slice(0, MAX_FORMS);
        });
        return forms;
    }
    if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3) {
        return [...rawForms(arg[1], depth + 1), ...rawForms(arg[2], depth + 1)].slice(0, MAX_FORMS);
    }
    return [`\u0000${JSON.stringify(value)}`];
}
/**
 * `rawForms`, plus the same text with parameters replaced by their defaults (so the literal
 * `orders-dev` matches `!Sub orders-${Env}` when Env defaults to dev), lowercased: RDS
 * identifiers are stored in lower case, and a looser match only ever means fewer findings.
 */
function nameForms(ctx, value) {
    return memo(formsCache, ctx, value, () => computeNameForms(ctx, value));
}
function computeNameForms(ctx, value) {
    const params = ctx.template.parameters;
    const out = new Set();
    for (const form of rawForms(value)) {
        out.add(form.toLowerCase());
        const resolved = form.replace(/\$\{([^}]+)\}/g, (whole, name) => {
            const def = params[name]?.Default;
            return typeof def === 'string' || typeof def === 'number' ? String(def) : whole;
        });
        out.add(resolved.toLowerCase());
    }
    return out;
}
/** Adds the forms of a name expression to an identity (nothing for an absent name). */
function addName(ctx, identity, value) {
    if (value === undefined)
        return;
    for (const f of nameForms(ctx, value))
        identity.names.add(f);
}
/** Does a dimension value refer to the resource? */
function dimensionRefersTo(ctx, value, identity) {
    for (const id of memo(idsCache, ctx, value, () => referencedIds(value)))
        if (identity.ids.has(id))
            return true;
    for (const f of nameForms(ctx, value))
        if (identity.names.has(f))
            return true;
    return false;
}
const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Which required metrics of a resource are watched by no alarm. */
function coverage(ctx, metrics, q) {
    const inNamespace = metrics.filter((m) => !m.namespaces || m.namespaces.includes(q.namespace));
    const refersMemo = new Map();
    const refers = (m) => {
        let r = refersMemo.get(m);
        if (r === undefined)
            refersMemo.set(m, (r = m.dimensions.some((d) => dimensionRefersTo(ctx, d.value, q.identity))));
        return r;
    };
    const aggregate = (m) => !m.dimensions.some((d) => d.name !== undefined && q.identifying.includes(d.name));
    const result = { missing: [], nearMisses: [], unscoped: [] };
    for (const names of q.required) {
        const onMetric = inNamespace.filter((m) => !m.metricNames || m.metricNames.some((n) => names.includes(n)));
        const covered = onMetric.some((m) => refers(m) || (q.aggregateCounts && aggregate(m)));
        if (covered)
            continue;
        const wanted = names[0];
        result.missing.push(wanted);
        if (!q.aggregateCounts) {
            for (const m of onMetric)
                if (aggregate(m) && m.metricNames)
                    result.unscoped.push({ alarmId: m.alarmId, metricName: m.metricNames[0] });
        }
        for (const m of inNamespace) {
            if (!m.metricNames || !refers(m))
                continue;
            for (const n of m.metricNames) {
                if (names.includes(n))
                    continue;
                const a = squash(n);
                if (a.length >= 3 && names.some((w) => squash(w) === a || squash(w).startsWith(a) || a.startsWith(squash(w)))) {
                    result.nearMisses.push({ alarmId: m.alarmId, metricName: n, wanted });
                }
            }
        }
    }
    return result;
}
/** "A", "A or B", "A, B or C". */
function orList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/** A sentence about near-miss and unscoped alarms, or ''. `unit` names what a dimension should single out. */
function nearMissNote(namespace, c, unit = 'resource') {
    const notes = c.nearMisses.map((n) => `alarm ${n.alarmId} watches "${n.metricName}", which ${namespace} does not publish (the metric is ${n.wanted})`);
    const unscoped = c.unscoped.map((u) => `alarm ${u.alarmId} on ${u.metricName} has no dimension naming ${unit === 'API' ? 'an' : 'a'} ${unit}, so it never gets data`);
    const all = [...notes, ...unscoped];
    return all.length === 0 ? '' : ` Note: ${all.join('; ')}.`;
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.copyValue = void 0;
exports.sharedActions = sharedActions;
exports.alarmResource = alarmResource;
exports.addAlarmsFix = addAlarmsFix;
/**
 * Fixes for family 1: new `AWS::CloudWatch::Alarm` resources, modelled on the seed's corrected
 * alarms, with ids derived from the watched resource's and never colliding with existing ones.
 */
const api_js_1 = __nccwpck_require__(6750);
const alarm_coverage_js_1 = __nccwpck_require__(1854);
const agreedCache = new WeakMap();
/** The `AlarmActions`/`OKActions` all the template's alarms write identically (once per template). */
function agreedActions(ctx) {
    let agreed = agreedCache.get(ctx.template);
    if (agreed)
        return agreed;
    const alarms = ctx.resources('AWS::CloudWatch::Alarm');
    agreed = [];
    for (const key of ['AlarmActions', 'OKActions']) {
        const values = alarms.map((a) => a.properties[key]);
        if (values.length === 0 || values.some((v) => v === undefined))
            continue;
        const first = JSON.stringify(values[0]);
        if (!values.every((v) => JSON.stringify(v) === first))
            continue;
        agreed.push({ key, value: values[0], targets: [...(0, alarm_coverage_js_1.referencedIds)(values[0])] });
    }
    agreedCache.set(ctx.template, agreed);
    return agreed;
}
/**
 * The `AlarmActions` (and `OKActions`) every existing alarm agrees on, when they all name the
 * same targets and those targets exist whenever the new alarm does; else nothing. New alarms
 * then notify whoever the template's other alarms already notify.
 */
function sharedActions(ctx, condition) {
    const params = ctx.template.parameters;
    const out = {};
    for (const { key, value, targets } of agreedActions(ctx)) {
        const available = targets.every((id) => {
            const target = ctx.resource(id);
            if (!target)
                return Object.hasOwn(params, id) || id.startsWith('AWS::');
            return target.def.Condition === undefined || target.def.Condition === condition;
        });
        if (available)
            out[key] = structuredClone(value);
    }
    return out;
}
/** The resource value of a new alarm on `resource`. */
function alarmResource(ctx, resource, spec) {
    const condition = resource.def.Condition;
    const properties = {};
    // Unique per account and region: the stack name plus a logical id unique in the stack.
    if (resource.id.length <= 100)
        properties.AlarmName = { 'Fn::Sub': `\${AWS::StackName}-${resource.id}-${spec.metricName}` };
    properties.AlarmDescription = spec.description;
    properties.Namespace = spec.namespace;
    properties.MetricName = spec.metricName;
    properties.Dimensions = spec.dimensions;
    properties.Statistic = spec.statistic;
    properties.Period = spec.period;
    properties.EvaluationPeriods = spec.evaluationPeriods;
    properties.Threshold = spec.threshold;
    properties.ComparisonOperator = spec.comparison;
    if (spec.treatMissingData)
        properties.TreatMissingData = spec.treatMissingData;
    Object.assign(properties, sharedActions(ctx, condition));
    return {
        Type: 'AWS::CloudWatch::Alarm',
        ...(typeof condition === 'string' ? { Condition: condition } : {}),
        Properties: properties,
    };
}
/** A safe fix adding one alarm per spec. */
function addAlarmsFix(ctx, resource, specs) {
    const taken = new Set();
    const ops = specs.map((spec) => {
        // Logical ids are alphanumeric; a broken id (`prod-db`) still yields a valid new one.
        const id = (0, api_js_1.freeLogicalId)(ctx.template, `${resource.id}${spec.suffix}Alarm`, taken);
        return { op: 'add', path: (0, api_js_1.pointer)('Resources', id), value: alarmResource(ctx, resource, spec) };
    });
    const names = specs.map((s) => s.metricName);
    return {
        title: `Add CloudWatch alarm${names.length > 1 ? 's' : ''} on ${names.join(' and ')} for ${resource.id}`,
        safety: 'safe',
        ops,
    };
}
/** A deep copy of a template value for use in a new resource. */
const copyValue = (value) => ((0, api_js_1.isMapping)(value) || Array.isArray(value) ? structuredClone(value) : value);
exports.copyValue = copyValue;


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOG_RETENTION_DAYS = exports.V2_ACCESS_LOG_FORMAT = exports.REST_ACCESS_LOG_FORMAT = void 0;
exports.whenText = whenText;
exports.sameValue = sameValue;
exports.refTarget = refTarget;
exports.accountWithRole = accountWithRole;
exports.dependsOnOps = dependsOnOps;
exports.logGroupOps = logGroupOps;
exports.roleSafety = roleSafety;
exports.isSet = isSet;
exports.describeName = describeName;
exports.branches = branches;
exports.unsetCases = unsetCases;
exports.checkAccessLogDestination = checkAccessLogDestination;
/**
 * Shared logic for the API Gateway rules (seed families 5 and 6): reading values that may be
 * written through intrinsics, the account-level CloudWatch role, log group fixes and ids.
 */
const api_js_1 = __nccwpck_require__(6750);
/** The seed's corrected access log format (REST APIs). */
exports.REST_ACCESS_LOG_FORMAT = '$context.requestId $context.requestTime $context.httpMethod $context.resourcePath $context.status $context.error.message';
/** The same fields for HTTP and WebSocket APIs, which have a route key instead of a resource path. */
exports.V2_ACCESS_LOG_FORMAT = '$context.requestId $context.requestTime $context.routeKey $context.status $context.error.message';
/** Retention of the log groups the fixes add (the seed's corrected template uses 30 days). */
exports.LOG_RETENTION_DAYS = 30;
/** `" when <cond>"`, or nothing for a literal. */
function whenText(p) {
    return p.when ? ` when ${p.when}` : '';
}
/** Deep structural equality of two template values (for comparing `RestApiId`s and names). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    if ((0, api_js_1.isMapping)(a) && (0, api_js_1.isMapping)(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
    }
    return false;
}
/** The logical id `value` refers to with `Ref`, if it is a `Ref` to a resource of the template. */
function refTarget(ctx, value) {
    if ((0, api_js_1.intrinsicName)(value) !== 'Ref')
        return undefined;
    const id = value.Ref;
    return typeof id === 'string' ? ctx.resource(id) : undefined;
}
/**
 * The `AWS::ApiGateway::Account` of the template that sets the account-level CloudWatch role
 * (needed before a REST or WebSocket stage may log to CloudWatch), if there is one.
 */
function accountWithRole(ctx) {
    return ctx
        .resources('AWS::ApiGateway::Account')
        .find((a) => a.properties.CloudWatchRoleArn !== undefined && a.def.Condition === undefined);
}
/** Ops that make `res` depend on `target` (nothing when it already does). */
function dependsOnOps(res, target) {
    const at = (0, api_js_1.childPointer)(res.pointer, 'DependsOn');
    const current = res.def.DependsOn;
    if (current === undefined)
        return [{ op: 'add', path: at, value: target }];
    if (current === target)
        return [];
    if (typeof current === 'string') {
        return [
            { op: 'test', path: at, value: current },
            { op: 'replace', path: at, value: [current, target] },
        ];
    }
    if (Array.isArray(current))
        return current.includes(target) ? [] : [{ op: 'add', path: `${at}/-`, value: target }];
    return [];
}
/** A new log group for a stage's access logs: its id and the op that adds it. */
function logGroupOps(ctx, stage) {
    const id = (0, api_js_1.freeLogicalId)(ctx.template, `${stage.id}AccessLogs`);
    const value = { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: exports.LOG_RETENTION_DAYS } };
    if (typeof stage.def.Condition === 'string')
        value.Condition = stage.def.Condition;
    return { id, ops: [{ op: 'add', path: `/Resources/${id}`, value }] };
}
/**
 * How a fix that turns on CloudWatch logging for a REST or WebSocket stage stays deployable:
 * the account needs API Gateway's CloudWatch role. When the template sets it, the stage is made
 * to depend on it and the fix is safe; otherwise the fix is unsafe (the deploy fails on an
 * account without the role) and says so.
 */
function roleSafety(ctx, stage) {
    const account = accountWithRole(ctx);
    if (account)
        return { safety: 'safe', ops: dependsOnOps(stage, account.id), note: '' };
    return {
        safety: 'unsafe',
        ops: [],
        note: ' (needs the account-level API Gateway CloudWatch role, AWS::ApiGateway::Account)',
    };
}
/** True when a value is a non-empty string or an expression (a destination, a name). */
function isSet(value) {
    if (value === undefined || value === null)
        return false;
    if (typeof value === 'string')
        return value.trim() !== '';
    return true;
}
/** `"prod"`, or a description of where a stage name comes from. */
function describeName(ctx, value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    const vals = ctx.values(value);
    if (vals && vals.length === 1 && typeof vals[0].value === 'string' && !vals[0].when?.includes('condition')) {
        if ((0, api_js_1.intrinsicName)(value) === 'Ref')
            return `${JSON.stringify(vals[0].value)} (parameter ${String(value.Ref)})`;
        return JSON.stringify(vals[0].value);
    }
    if ((0, api_js_1.intrinsicName)(value) === 'Ref')
        return `named by parameter ${String(value.Ref)}`;
    return 'named by an expression';
}
const joinWhen = (a, b) => (a ? `${a} and ${b}` : b);
/**
 * The branches of `Fn::If` (nested ones too), each with the condition that picks it; a
 * `Ref: AWS::NoValue` branch is `undefined`. Unlike `ctx.values`, a branch that refers to a
 * resource (`!GetAtt Logs.Arn`) stays an expression instead of making the whole value unknown.
 */
function branches(value, when, depth = 0) {
    if (depth < 10 && (0, api_js_1.intrinsicName)(value) === 'Fn::If') {
        const arg = value['Fn::If'];
        if (Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
            return [
                ...branches(arg[1], joinWhen(when, `condition ${arg[0]} is true`), depth + 1),
                ...branches(arg[2], joinWhen(when, `condition ${arg[0]} is false`), depth + 1),
            ];
        }
    }
    if ((0, api_js_1.intrinsicName)(value) === 'Ref' && value.Ref === 'AWS::NoValue') {
        return [when ? { value: undefined, when } : { value: undefined }];
    }
    return [when ? { value, when } : { value }];
}
/** The cases in which a value (a destination, a validator id) is missing or empty. */
function unsetCases(ctx, value) {
    const out = [];
    for (const b of branches(value)) {
        if (b.value === undefined)
            out.push(b);
        else if ((0, api_js_1.intrinsicName)(b.value) === 'Ref') {
            // A parameter whose default (or allowed value) is empty leaves the property empty.
            for (const p of ctx.values(b.value) ?? []) {
                if (!isSet(p.value))
                    out.push({ value: p.value, when: b.when && p.when ? `${b.when} and ${p.when}` : (b.when ?? p.when) });
            }
        }
        else if (!isSet(b.value))
            out.push(b);
    }
    return out;
}
/**
 * Checks that a stage's access-log setting (`AccessLogSetting` of a REST stage,
 * `AccessLogSettings` of an HTTP/WebSocket stage) names a destination in every case. `fix`
 * builds the fix for a setting that is missing (`existing` undefined) or has no destination.
 */
function checkAccessLogDestination(ctx, stage, property, fix) {
    const at = (0, api_js_1.childPointer)(stage.pointer, 'Properties', property);
    const raw = stage.properties[property];
    if (raw === undefined) {
        ctx.report({
            at: stage.pointer,
            message: `Stage ${stage.id} has no ${property}: requests to it leave no access log for auditing or debugging. Add ${property} with a CloudWatch Logs DestinationArn and a Format.`,
            ...((0, api_js_1.isMapping)(stage.def.Properties) ? { fix: () => fix(at, undefined) } : {}),
        });
        return;
    }
    if ((0, api_js_1.intrinsicName)(raw)) {
        const off = branches(raw).filter((p) => !(0, api_js_1.isMapping)(p.value) || unsetCases(ctx, p.value.DestinationArn).length > 0);
        if (off.length === 0)
            return;
        ctx.report({
            at,
            message: `Stage ${stage.id} has no access log destination${off.map(whenText).join(' or')}: requests to it then leave no access log. Set ${property} with a DestinationArn in every case.`,
        });
        return;
    }
    if (!(0, api_js_1.isMapping)(raw))
        return;
    if (raw.DestinationArn === undefined) {
        ctx.report({
            at,
            message: `Stage ${stage.id} has ${property === 'AccessLogSetting' ? 'an ' : ''}${property} without DestinationArn, so no access log is written. Set DestinationArn to a CloudWatch Logs group ARN.`,
            fix: () => fix(at, raw),
        });
        return;
    }
    const off = unsetCases(ctx, raw.DestinationArn);
    if (off.length === 0)
        return;
    ctx.report({
        at: (0, api_js_1.childPointer)(at, 'DestinationArn'),
        message: `Stage ${stage.id} has no access log DestinationArn${off.map(whenText).join(' or')}, so no access log is written then. Give it a CloudWatch Logs group ARN in every case.`,
    });
}


/***/ }),

/***/ 5192:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shown = void 0;
exports.coversAll = coversAll;
exports.badLevels = badLevels;
exports.badMetrics = badMetrics;
exports.literalEntries = literalEntries;
/**
 * Reading a REST stage's logging settings: the `MethodSettings` entry that covers every method
 * (`ResourcePath: "/*"`, `HttpMethod: "*"`), its `LoggingLevel` and `MetricsEnabled`.
 */
const api_js_1 = __nccwpck_require__(6750);
/** Resource paths that mean "every resource" in a method setting. */
const ALL_PATHS = new Set(['/*', '*', '/*/*']);
/**
 * Whether a method setting entry covers every method: true, false, or undefined when its path
 * or method cannot be known statically.
 */
function coversAll(ctx, entry) {
    const path = ctx.values(entry.ResourcePath);
    const method = ctx.values(entry.HttpMethod);
    if (!path || !method)
        return undefined;
    if (path.some((p) => typeof p.value !== 'string') || method.some((p) => typeof p.value !== 'string'))
        return undefined;
    return path.every((p) => ALL_PATHS.has(p.value)) && method.every((p) => p.value === '*');
}
/** The possibilities of a `LoggingLevel` that do not turn execution logging on (`undefined` = unknown). */
function badLevels(ctx, value, accepted) {
    const vals = ctx.values(value);
    if (!vals)
        return undefined;
    const ok = new Set(accepted.map((a) => a.toUpperCase()));
    return vals.filter((p) => !(typeof p.value === 'string' && ok.has(p.value.toUpperCase())));
}
/** The possibilities of a `MetricsEnabled` that are not true (`undefined` = unknown). */
function badMetrics(ctx, value) {
    const vals = ctx.values(value);
    if (!vals)
        return undefined;
    // A value that is neither a boolean nor NoValue (a malformed string) is not ours to judge.
    return vals.filter((p) => p.value === undefined || (0, api_js_1.asBoolean)(p.value) === false);
}
/** `"OFF"`, `no LoggingLevel` (for a removed value). */
const shown = (p, missing) => (p.value === undefined ? missing : JSON.stringify(p.value));
exports.shown = shown;
/** The entries of a `MethodSettings` list that are mappings written in place, with their index. */
function literalEntries(list) {
    const out = [];
    list.forEach((entry, index) => {
        if ((0, api_js_1.isMapping)(entry) && !Object.keys(entry).some((k) => k === 'Fn::If' || k === 'Ref'))
            out.push({ index, entry });
    });
    return out;
}


/***/ }),

/***/ 4782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.POLICY_RESOURCES = exports.INLINE_POLICY_HOLDERS = void 0;
exports.policyStatements = policyStatements;
exports.stringItems = stringItems;
exports.actionPattern = actionPattern;
exports.trustedServicesOnly = trustedServicesOnly;
/**
 * Identity-policy statements in a template, wherever CloudFormation lets them be written: inline
 * `Policies` of roles, users and groups, and the `PolicyDocument` of policy resources. Used by
 * iam-logs-resource-scope; written to serve other IAM rules too.
 */
const api_js_1 = __nccwpck_require__(6750);
/** Resource types whose `Properties.Policies[].PolicyDocument` holds inline policies. */
exports.INLINE_POLICY_HOLDERS = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
/** Resource types whose `Properties.PolicyDocument` is an identity policy. */
exports.POLICY_RESOURCES = [
    'AWS::IAM::Policy',
    'AWS::IAM::ManagedPolicy',
    'AWS::IAM::RolePolicy',
    'AWS::IAM::UserPolicy',
    'AWS::IAM::GroupPolicy',
];
const join = (a, b) => (a && b ? `${a} and ${b}` : (a ?? b));
/** Follows `Fn::If` (not `AWS::NoValue`) down to mappings, with the condition that selects each. */
function branches(value, at, when, depth = 0) {
    if (depth > 8)
        return [];
    if ((0, api_js_1.intrinsicName)(value) === 'Fn::If') {
        const arg = value['Fn::If'];
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
            return [];
        return [
            ...branches(arg[1], `${at}/Fn::If/1`, join(when, `condition ${arg[0]} is true`), depth + 1),
            ...branches(arg[2], `${at}/Fn::If/2`, join(when, `condition ${arg[0]} is false`), depth + 1),
        ];
    }
    if (!(0, api_js_1.isMapping)(value) || (0, api_js_1.intrinsicName)(value))
        return [];
    return [{ value, at, ...(when ? { when } : {}) }];
}
function statementsOf(resource, doc, docAt, policyName, when) {
    const out = [];
    for (const d of branches(doc, docAt, when)) {
        const stmts = d.value.Statement;
        const at = (0, api_js_1.childPointer)(d.at, 'Statement');
        const items = Array.isArray(stmts) ? stmts.map((v, i) => ({ v, at: `${at}/${i}` })) : [{ v: stmts, at }];
        for (const item of items) {
            for (const s of branches(item.v, item.at, d.when)) {
                out.push({ resource, statement: s.value, at: s.at, ...(policyName ? { policyName } : {}), ...(s.when ? { when: s.when } : {}) });
            }
        }
    }
    return out;
}
const POLICY_TYPES = new Set([...exports.INLINE_POLICY_HOLDERS, ...exports.POLICY_RESOURCES]);
/** Every identity-policy statement in the template, in template order. */
function policyStatements(ctx) {
    const out = [];
    for (const resource of ctx.resources()) {
        if (!POLICY_TYPES.has(resource.type))
            continue;
        const props = resource.properties;
        const propsAt = (0, api_js_1.childPointer)(resource.pointer, 'Properties');
        if (exports.POLICY_RESOURCES.includes(resource.type)) {
            const name = typeof props.PolicyName === 'string' ? props.PolicyName : typeof props.ManagedPolicyName === 'string' ? props.ManagedPolicyName : undefined;
            out.push(...statementsOf(resource, props.PolicyDocument, (0, api_js_1.childPointer)(propsAt, 'PolicyDocument'), name));
            continue;
        }
        const policies = props.Policies;
        if (!Array.isArray(policies))
            continue;
        policies.forEach((p, i) => {
            for (const b of branches(p, (0, api_js_1.childPointer)(propsAt, 'Policies', i))) {
                const name = typeof b.value.PolicyName === 'string' ? b.value.PolicyName : undefined;
                out.push(...statementsOf(resource, b.value.PolicyDocument, (0, api_js_1.childPointer)(b.at, 'PolicyDocument'), name, b.when));
            }
        });
    }
    return out;
}
/** The literal strings of an `Action`/`Resource`-like element (a string or a list), with their pointers. */
function stringItems(value, at) {
    if (typeof value === 'string')
        return [{ text: value, at }];
    if (!Array.isArray(value))
        return [];
    const out = [];
    value.forEach((v, i) => {
        if (typeof v === 'string')
            out.push({ text: v, at: `${at}/${i}` });
    });
    return out;
}
/** An IAM action pattern (`logs:Put*`) as a case-insensitive regular expression. */
function actionPattern(action) {
    const body = action.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 'i');
}
/** The service principals a role's trust policy lets assume it, or undefined when it trusts anything else too. */
function trustedServicesOnly(role) {
    const doc = role.properties.AssumeRolePolicyDocument;
    if (!(0, api_js_1.isMapping)(doc))
        return undefined;
    const stmts = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    const services = [];
    for (const s of stmts) {
        if (!(0, api_js_1.isMapping)(s))
            return undefined;
        if (s.Effect !== 'Allow')
            continue;
        const principal = s.Principal;
        if (!(0, api_js_1.isMapping)(principal))
            return undefined;
        for (const [kind, v] of Object.entries(principal)) {
            if (kind !== 'Service')
                return undefined;
            const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
            if (!list || list.some((x) => typeof x !== 'string'))
                return undefined;
            services.push(...list);
        }
    }
    return services.length > 0 ? services : undefined;
}


/***/ }),

/***/ 4134:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.closestName = exports.looksLikeCidr = exports.hasAllowedPattern = exports.hasAllowedValues = exports.has = void 0;
exports.listParameters = listParameters;
exports.scalarText = scalarText;
exports.show = show;
exports.compileAllowedPattern = compileAllowedPattern;
exports.isCidrParameter = isCidrParameter;
exports.listText = listText;
exports.usedOnlyAsFreeText = usedOnlyAsFreeText;
exports.suggestedAwsType = suggestedAwsType;
/**
 * Shared helpers for the parameter rules (seed families 3 and 4): which parameters are checked,
 * CloudFormation's Java-regex `AllowedPattern` in JavaScript, CIDR-looking parameters.
 */
const api_js_1 = __nccwpck_require__(6750);
const paramsByTemplate = new WeakMap();
/**
 * The template's parameters in template order (entries that are not mappings are skipped).
 * Computed once per template and shared by the parameter rules: do not modify the list.
 */
function listParameters(template) {
    let out = paramsByTemplate.get(template);
    if (!out) {
        out = readParameters(template.template.Parameters);
        paramsByTemplate.set(template, out);
    }
    return out;
}
function readParameters(section) {
    if (!(0, api_js_1.isMapping)(section))
        return [];
    const out = [];
    for (const [name, def] of Object.entries(section)) {
        if (!(0, api_js_1.isMapping)(def))
            continue;
        out.push({ name, pointer: (0, api_js_1.pointer)('Parameters', name), def, type: typeof def.Type === 'string' ? def.Type.trim() : undefined });
    }
    return out;
}
const has = (def, key) => def[key] !== undefined && def[key] !== null;
exports.has = has;
/** `AllowedValues` written as a non-empty list. */
const hasAllowedValues = (def) => Array.isArray(def.AllowedValues) && def.AllowedValues.length > 0;
exports.hasAllowedValues = hasAllowedValues;
/** `AllowedPattern` written as a non-empty string. */
const hasAllowedPattern = (def) => typeof def.AllowedPattern === 'string' && def.AllowedPattern !== '';
exports.hasAllowedPattern = hasAllowedPattern;
/** A parameter value as CloudFormation sees it (every value is a string), or undefined for non-scalars. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** Short, safe rendering of a value for messages. */
function show(value, max = 40) {
    return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
}
const BAIL_ESCAPES = new Set(['p', 'P', 'Q', 'E', 'A', 'Z', 'z', 'G', 'h', 'H', 'R', 'X', 'K', 'v', 'V', 'e', 'a', 'N']);
/**
 * CloudFormation's `AllowedPattern` is a Java regular expression that must match the whole
 * value. Returns the equivalent JavaScript RegExp (anchored), or undefined when the pattern uses
 * Java syntax JavaScript reads differently (possessive quantifiers, atomic groups, inline flags,
 * `\p{..}`, `\Q..\E`, `\A`/`\z`, class unions/intersections) or does not compile: callers then
 * stay quiet rather than guess.
 */
function compileAllowedPattern(pattern) {
    if (typeof pattern !== 'string' || pattern === '')
        return undefined;
    // The same few patterns recur across templates: translate and compile each once.
    if (compiled.has(pattern))
        return compiled.get(pattern);
    if (compiled.size >= 2000)
        compiled.clear();
    const re = translatePattern(pattern);
    compiled.set(pattern, re);
    return re;
}
const compiled = new Map();
function translatePattern(pattern) {
    let inClass = false;
    let classStart = -1;
    let afterQuantifier = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            const n = pattern[i + 1];
            if (n === undefined)
                return undefined;
            if (BAIL_ESCAPES.has(n))
                return undefined;
            if (n === 'x' && pattern[i + 2] === '{')
                return undefined;
            i++;
            afterQuantifier = false;
            continue;
        }
        if (inClass) {
            if (c === ']' && i > classStart)
                inClass = false;
            else if (c === ']')
                return undefined; // `[]...]`: Java and JavaScript disagree
            else if (c === '[')
                return undefined; // Java class union `[a-z[0-9]]`
            else if (c === '&' && pattern[i + 1] === '&')
                return undefined; // Java class intersection
            continue;
        }
        if (c === '[') {
            inClass = true;
            classStart = pattern[i + 1] === '^' ? i + 2 : i + 1;
            if (pattern[i + 1] === '^')
                i++;
            afterQuantifier = false;
            continue;
        }
        if (c === '(' && pattern[i + 1] === '?') {
            const n = pattern[i + 2];
            const ok = n === ':' || n === '=' || n === '!' || (n === '<' && /^(?:[=!]|[A-Za-z][A-Za-z0-9]*>)/.test(pattern.slice(i + 3)));
            if (!ok)
                return undefined; // atomic group `(?>`, inline flags `(?i)`, ...
            afterQuantifier = false;
            continue;
        }
        if (c === '+' && afterQuantifier)
            return undefined; // possessive quantifier `a++`, `a*+`, `a{2}+`
        afterQuantifier = c === '*' || c === '+' || c === '?' || c === '}';
    }
    if (inClass)
        return undefined;
    try {
        return new RegExp(`^(?:${pattern})$`);
    }
    catch {
        return undefined;
    }
}
const IPV4_CIDR = /^\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}$/;
const IPV6_CIDR = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\/\d{1,3}$/;
/** Does the text look like one CIDR block (IPv4 or IPv6)? */
const looksLikeCidr = (text) => IPV4_CIDR.test(text.trim()) || IPV6_CIDR.test(text.trim());
exports.looksLikeCidr = looksLikeCidr;
/** A `String` parameter holding a CIDR block: its default looks like one, or its name says so. */
function isCidrParameter(p) {
    if (p.type !== 'String')
        return false;
    const d = scalarText(p.def.Default);
    if (d !== undefined && (0, exports.looksLikeCidr)(d))
        return true;
    return /cidr/i.test(p.name);
}
/** The name in `known` nearest to `name` (case-insensitive), when it is close enough to be a typo. */
const closestName = (name, known) => (0, api_js_1.closest)(name, known, { ignoreCase: true });
exports.closestName = closestName;
/** "a", "a and b", "a, b and c" */
function listText(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const TAGS = /\/Tags(?:\/|$)/;
/**
 * Is the parameter used only where any text is fine: tag values and stack outputs? (Unused
 * parameters are not: nothing tells what they are for.)
 */
function usedOnlyAsFreeText(refs) {
    let used = false;
    for (const r of refs) {
        if (r.kind !== 'Ref' && r.kind !== 'Sub')
            continue;
        if (r.section !== 'Outputs' && !TAGS.test(r.at))
            return false;
        used = true;
    }
    return used;
}
const AWS_TYPES = [
    [/key_?(?:pair)?_?name$|keypair$/i, 'AWS::EC2::KeyPair::KeyName'],
    [/vpc_?id$/i, 'AWS::EC2::VPC::Id'],
    [/subnet_?id$/i, 'AWS::EC2::Subnet::Id'],
    [/security_?group_?id$/i, 'AWS::EC2::SecurityGroup::Id'],
    [/hosted_?zone_?id$/i, 'AWS::Route53::HostedZone::Id'],
    [/(?:ami|image)_?id$/i, 'AWS::EC2::Image::Id'],
];
/** The AWS-specific parameter type a String parameter's name suggests (it checks the value exists). */
function suggestedAwsType(name) {
    return AWS_TYPES.find(([re]) => re.test(name))?.[1];
}


/***/ }),

/***/ 2225:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.propPointer = exports.isAurora = exports.GLOBAL_CLUSTER = exports.CLUSTER = exports.INSTANCE = void 0;
exports.referenced = referenced;
exports.describeDb = describeDb;
exports.databases = databases;
exports.isServerlessV1 = isServerlessV1;
exports.engineFamily = engineFamily;
exports.propertyAlts = propertyAlts;
/**
 * How the RDS rules (family 10) see databases: which settings a resource owns (an Aurora
 * member instance gets storage, backups and log exports from its cluster; a read replica or a
 * restored snapshot inherits encryption), and which engine it runs.
 */
const api_js_1 = __nccwpck_require__(6750);
const rds_values_js_1 = __nccwpck_require__(2784);
exports.INSTANCE = 'AWS::RDS::DBInstance';
exports.CLUSTER = 'AWS::RDS::DBCluster';
exports.GLOBAL_CLUSTER = 'AWS::RDS::GlobalCluster';
/** True when the property is written and not AWS::NoValue in every alternative we can see. */
function alwaysSet(ctx, res, prop) {
    const v = res.properties[prop];
    if (v === undefined)
        return false;
    const alts = (0, rds_values_js_1.resolve)(ctx.template, v);
    if (!alts)
        return true; // an import or attribute: some value
    return alts.every((a) => a.value !== undefined && a.value !== '');
}
/** The resource a `Ref`/literal id points to, when it is one of this template's resources of `type`. */
function referenced(ctx, value, type) {
    if ((0, api_js_1.intrinsicName)(value) === 'Ref') {
        const id = value.Ref;
        const r = typeof id === 'string' ? ctx.resource(id) : undefined;
        return r?.type === type ? r : undefined;
    }
    if (typeof value === 'string') {
        // A literal identifier naming a resource of this template by its physical name.
        return ctx.resources(type).find((r) => {
            const name = r.properties[type === exports.CLUSTER ? 'DBClusterIdentifier' : 'DBInstanceIdentifier'];
            return typeof name === 'string' && name.toLowerCase() === value.toLowerCase();
        });
    }
    return undefined;
}
function engineAlts(ctx, value) {
    if (value === undefined)
        return undefined;
    const alts = (0, rds_values_js_1.resolve)(ctx.template, value);
    if (!alts || alts.some((a) => typeof a.value !== 'string'))
        return undefined;
    return alts.map((a) => ({ ...a, value: a.value.toLowerCase() }));
}
function describeDb(ctx, res) {
    const p = res.properties;
    if (res.type === exports.GLOBAL_CLUSTER) {
        return {
            res,
            kind: 'global',
            label: `global cluster ${res.id}`,
            member: false,
            replica: false,
            restored: p.SourceDBClusterIdentifier !== undefined,
            engines: engineAlts(ctx, p.Engine),
        };
    }
    if (res.type === exports.CLUSTER) {
        const restored = alwaysSet(ctx, res, 'SnapshotIdentifier') || alwaysSet(ctx, res, 'SourceDBClusterIdentifier');
        const replica = alwaysSet(ctx, res, 'ReplicationSourceIdentifier');
        return { res, kind: 'cluster', label: `DB cluster ${res.id}`, member: false, replica, restored, engines: engineAlts(ctx, p.Engine) };
    }
    const member = p.DBClusterIdentifier !== undefined;
    const cluster = member ? referenced(ctx, p.DBClusterIdentifier, exports.CLUSTER) : undefined;
    const pitr = p.RestoreTime !== undefined || p.UseLatestRestorableTime !== undefined;
    const hasSource = alwaysSet(ctx, res, 'SourceDBInstanceIdentifier') || alwaysSet(ctx, res, 'SourceDBClusterIdentifier');
    const replica = hasSource && !pitr;
    const restored = alwaysSet(ctx, res, 'DBSnapshotIdentifier') ||
        alwaysSet(ctx, res, 'DBClusterSnapshotIdentifier') ||
        alwaysSet(ctx, res, 'SourceDbiResourceId') ||
        alwaysSet(ctx, res, 'SourceDBInstanceAutomatedBackupsArn') ||
        (hasSource && pitr);
    let engines = engineAlts(ctx, p.Engine);
    if (!engines && member && cluster)
        engines = engineAlts(ctx, cluster.properties.Engine);
    if (!engines && replica) {
        const source = referenced(ctx, p.SourceDBInstanceIdentifier, exports.INSTANCE);
        if (source)
            engines = engineAlts(ctx, source.properties.Engine);
    }
    return {
        res,
        kind: 'instance',
        label: `DB instance ${res.id}`,
        member,
        ...(cluster ? { cluster } : {}),
        replica,
        restored,
        ...(engines ? { engines } : {}),
    };
}
/** Every DB instance and cluster (and, when asked, global cluster) of the template, in template order. */
function databases(ctx, withGlobal = false) {
    const types = withGlobal ? [exports.INSTANCE, exports.CLUSTER, exports.GLOBAL_CLUSTER] : [exports.INSTANCE, exports.CLUSTER];
    return ctx.resources(...types).map((r) => describeDb(ctx, r));
}
const isAurora = (engine) => engine.startsWith('aurora');
exports.isAurora = isAurora;
/** Aurora Serverless v1 (`EngineMode: serverless`): always encrypted, logs through its parameter group. */
function isServerlessV1(ctx, db) {
    if (db.kind !== 'cluster')
        return false;
    const mode = db.res.properties.EngineMode;
    if (mode === undefined)
        return false;
    const alts = (0, rds_values_js_1.resolve)(ctx.template, mode);
    return !!alts && alts.every((a) => typeof a.value === 'string' && a.value.toLowerCase() === 'serverless');
}
/**
 * The engine family a table row is keyed by: `postgres`, `mysql`, `mariadb`, `aurora-mysql`,
 * `aurora-postgresql`, `aurora` (Aurora MySQL 1), `sqlserver`, `oracle`, `db2`; undefined for
 * RDS Custom and anything else.
 */
function engineFamily(engine) {
    const e = engine.toLowerCase();
    if (['postgres', 'mysql', 'mariadb', 'aurora-mysql', 'aurora-postgresql', 'aurora'].includes(e))
        return e;
    if (/^sqlserver-(ee|se|ex|web|dev-ee)$/.test(e))
        return 'sqlserver';
    if (/^oracle-(ee|se2|ee-cdb|se2-cdb)$/.test(e))
        return 'oracle';
    if (/^db2-(se|ae)$/.test(e))
        return 'db2';
    return undefined;
}
/** What a property may be under the facts of an engine alternative; undefined when unknowable. */
function propertyAlts(ctx, res, prop, facts = rds_values_js_1.NO_FACTS) {
    const v = res.properties[prop];
    if (v === undefined)
        return [{ value: undefined, conditions: [], sources: [], facts }];
    return (0, rds_values_js_1.resolve)(ctx.template, v, facts);
}
const propPointer = (res, prop) => (0, api_js_1.childPointer)((0, api_js_1.childPointer)(res.pointer, 'Properties'), prop);
exports.propPointer = propPointer;


/***/ }),

/***/ 8818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.subnetExposure = subnetExposure;
/**
 * Whether a DB subnet group's subnets are public (a route to an internet gateway), read from
 * this template's subnets, route table associations and routes. Anything not in the template
 * (imported subnet ids, parameters) makes the answer `unknown`.
 */
const api_js_1 = __nccwpck_require__(6750);
const rds_model_js_1 = __nccwpck_require__(2225);
const refId = (v) => {
    if ((0, api_js_1.intrinsicName)(v) !== 'Ref')
        return undefined;
    const id = v.Ref;
    return typeof id === 'string' ? id : undefined;
};
function routesToInternet(ctx, subnet) {
    const tables = ctx
        .resources('AWS::EC2::SubnetRouteTableAssociation')
        .filter((a) => refId(a.properties.SubnetId) === subnet.id)
        .map((a) => refId(a.properties.RouteTableId));
    if (tables.some((t) => t === undefined))
        return undefined;
    if (tables.length === 0) {
        // The VPC's main route table: only the local route when the VPC is created here.
        const vpc = refId(subnet.properties.VpcId);
        return vpc && ctx.resource(vpc)?.type === 'AWS::EC2::VPC' ? false : undefined;
    }
    for (const route of ctx.resources('AWS::EC2::Route')) {
        const table = refId(route.properties.RouteTableId);
        if (!table || !tables.includes(table))
            continue;
        const gw = route.properties.GatewayId;
        if (gw === undefined)
            continue;
        const gwId = refId(gw);
        if (gwId && ctx.resource(gwId)?.type === 'AWS::EC2::InternetGateway')
            return true;
        if (typeof gw === 'string' && gw.startsWith('igw-'))
            return true;
        if (!gwId)
            return undefined;
    }
    return false;
}
/** How exposed the subnets of the DB subnet group named by `value` (DBSubnetGroupName) are. */
function subnetExposure(ctx, value) {
    const group = (0, rds_model_js_1.referenced)(ctx, value, 'AWS::RDS::DBSubnetGroup');
    if (!group)
        return { kind: 'unknown' };
    const ids = group.properties.SubnetIds;
    if (!Array.isArray(ids) || ids.length === 0)
        return { kind: 'unknown' };
    let allPrivate = true;
    for (const item of ids) {
        const id = refId(item);
        const subnet = id ? ctx.resource(id) : undefined;
        if (!subnet || subnet.type !== 'AWS::EC2::Subnet')
            return { kind: 'unknown' };
        const pub = routesToInternet(ctx, subnet);
        if (pub === true)
            return { kind: 'public', group: group.id, subnet: subnet.id };
        if (pub === undefined)
            allPrivate = false;
    }
    return allPrivate ? { kind: 'private', group: group.id } : { kind: 'unknown' };
}


/***/ }),

/***/ 2784:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_FACTS = void 0;
exports.resolve = resolve;
exports.decide = decide;
exports.circumstances = circumstances;
exports.show = show;
exports.describeAlts = describeAlts;
/**
 * Deploy-time values for the RDS rules (family 10), a superset of `ctx.values()`: the same
 * reading of literals, `Ref` to a parameter (its Default, else each AllowedValue), `Fn::If` and
 * `Fn::FindInMap`, plus *facts*. A fact is what an alternative assumed (condition C is true,
 * parameter P is "v"); resolving another property under the same facts keeps them consistent,
 * so `Engine: !If [IsPg, postgres, mysql]` and `EnableCloudwatchLogsExports: !If [IsPg,
 * [postgresql], [error]]` are read together, and a condition `!Equals [!Ref Engine, postgres]`
 * is decided once the engine's parameter is known. (`ctx.values()` reads each property on its
 * own, which would report `[postgresql]` as wrong for MySQL.)
 */
const api_js_1 = __nccwpck_require__(6750);
exports.NO_FACTS = { params: new Map(), conds: new Map() };
const MAX_ALTS = 64;
function withParam(f, name, value) {
    const params = new Map(f.params);
    params.set(name, value);
    return { params, conds: f.conds };
}
function withCond(f, name, value) {
    const conds = new Map(f.conds);
    conds.set(name, value);
    return { params: f.params, conds };
}
const uniq = (xs) => [...new Set(xs)];
/**
 * What `value` may be, or undefined when it cannot be told (a parameter without Default or
 * AllowedValues, an import, GetAtt, Sub, ...). Alternatives that contradict `facts` are dropped.
 */
function resolve(t, value, facts = exports.NO_FACTS, depth = 0) {
    if (depth > 20)
        return undefined;
    const fn = (0, api_js_1.intrinsicName)(value);
    if (!fn)
        return [{ value, conditions: [], sources: [], facts }];
    const arg = value[fn];
    if (fn === 'Ref' && typeof arg === 'string') {
        if (arg === 'AWS::NoValue')
            return [{ value: undefined, conditions: [], sources: [], facts }];
        const param = t.parameters[arg];
        if (!param)
            return undefined;
        if (facts.params.has(arg))
            return [{ value: facts.params.get(arg), conditions: [], sources: [`parameter ${arg} = ${JSON.stringify(facts.params.get(arg))}`], facts }];
        if ('Default' in param) {
            return [{ value: param.Default, conditions: [], sources: [`parameter ${arg}'s default`], facts: withParam(facts, arg, param.Default) }];
        }
        if (Array.isArray(param.AllowedValues) && param.AllowedValues.length > 0) {
            return param.AllowedValues.map((v) => ({
                value: v,
                conditions: [],
                sources: [`parameter ${arg} = ${JSON.stringify(v)}`],
                facts: withParam(facts, arg, v),
            }));
        }
        return undefined;
    }
    if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
        const cond = arg[0];
        const out = [];
        for (const truth of [true, false]) {
            const known = decide(t, cond, facts);
            if (known !== undefined && known !== truth)
                continue;
            const branchFacts = known === undefined ? withCond(facts, cond, truth) : facts;
            const inner = resolve(t, truth ? arg[1] : arg[2], branchFacts, depth + 1);
            if (!inner)
                return undefined;
            for (const a of inner) {
                out.push({ ...a, conditions: uniq([`condition ${cond} is ${truth}`, ...a.conditions]) });
            }
        }
        return out.length > MAX_ALTS ? undefined : out;
    }
    if (fn === 'Fn::FindInMap' && Array.isArray(arg) && arg.length >= 3) {
        const mappings = t.template.Mappings;
        if (typeof arg[0] !== 'string' || !(0, api_js_1.isMapping)(mappings))
            return undefined;
        const table = mappings[arg[0]];
        if (!(0, api_js_1.isMapping)(table))
            return undefined;
        const tops = resolve(t, arg[1], facts, depth + 1);
        if (!tops)
            return undefined;
        const out = [];
        for (const top of tops) {
            const row = typeof top.value === 'string' ? table[top.value] : undefined;
            if (!(0, api_js_1.isMapping)(row))
                return undefined;
            const seconds = resolve(t, arg[2], top.facts, depth + 1);
            if (!seconds)
                return undefined;
            for (const second of seconds) {
                if (typeof second.value !== 'string' || !Object.hasOwn(row, second.value))
                    return undefined;
                const found = row[second.value];
                // A mapping value is literal data (a list or a scalar), never an intrinsic.
                out.push({
                    value: found,
                    conditions: uniq([...top.conditions, ...second.conditions]),
                    sources: uniq([`mapping ${arg[0]}.${top.value}.${second.value}`, ...top.sources, ...second.sources]),
                    facts: second.facts,
                });
            }
        }
        return out.length > MAX_ALTS ? undefined : out;
    }
    return undefined;
}
/** A condition's truth under `facts`, when it can be decided from them alone. */
function decide(t, name, facts, depth = 0) {
    if (facts.conds.has(name))
        return facts.conds.get(name);
    const conditions = t.template.Conditions;
    if (!(0, api_js_1.isMapping)(conditions) || depth > 20)
        return undefined;
    return evalCondition(t, conditions[name], facts, depth + 1);
}
function evalCondition(t, node, facts, depth) {
    const fn = (0, api_js_1.intrinsicName)(node);
    if (!fn || depth > 20)
        return undefined;
    const arg = node[fn];
    switch (fn) {
        case 'Condition':
            return typeof arg === 'string' ? decide(t, arg, facts, depth + 1) : undefined;
        case 'Fn::Not': {
            const inner = Array.isArray(arg) ? evalCondition(t, arg[0], facts, depth + 1) : undefined;
            return inner === undefined ? undefined : !inner;
        }
        case 'Fn::And':
        case 'Fn::Or': {
            if (!Array.isArray(arg))
                return undefined;
            const vals = arg.map((a) => evalCondition(t, a, facts, depth + 1));
            if (fn === 'Fn::And')
                return vals.includes(false) ? false : vals.includes(undefined) ? undefined : true;
            return vals.includes(true) ? true : vals.includes(undefined) ? undefined : false;
        }
        case 'Fn::Equals': {
            if (!Array.isArray(arg) || arg.length !== 2)
                return undefined;
            const [a, b] = arg.map((x) => fixedScalar(t, x, facts));
            if (a === undefined || b === undefined)
                return undefined;
            return a === b;
        }
        default:
            return undefined;
    }
}
/** A literal scalar, or a parameter whose value the facts fix; as CloudFormation compares them (strings). */
function fixedScalar(t, node, facts) {
    const fn = (0, api_js_1.intrinsicName)(node);
    if (!fn)
        return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean' ? String(node) : undefined;
    const arg = node[fn];
    if (fn === 'Ref' && typeof arg === 'string' && facts.params.has(arg)) {
        const v = facts.params.get(arg);
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
    }
    return undefined;
}
/** ` (parameter P's default) when condition C is true`, or '' for a literal. */
function circumstances(alt) {
    const from = alt.sources.length > 0 ? ` (${alt.sources.join(', ')})` : '';
    const when = alt.conditions.length > 0 ? ` when ${alt.conditions.join(' and ')}` : '';
    return from + when;
}
/** The value as a message shows it: `false`, `"15.7"`, `0`, or `unset` for AWS::NoValue. */
function show(value) {
    if (value === undefined)
        return 'unset';
    if (typeof value === 'string')
        return JSON.stringify(value);
    return JSON.stringify(value) ?? String(value);
}
/** `false when condition A is true; 1 (parameter P's default)` for the alternatives given. */
function describeAlts(alts) {
    return alts.map((a) => `${show(a.value)}${circumstances(a)}`).join('; ');
}


/***/ }),

/***/ 969:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chooseWindows = chooseWindows;
/**
 * RDS backup (`hh24:mi-hh24:mi`, daily, UTC) and maintenance (`ddd:hh24:mi-ddd:hh24:mi`,
 * weekly) windows: parsing, overlap, and picking windows that do not overlap an existing one
 * (RDS rejects overlapping windows).
 */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK = 7 * 24 * 60;
const minutes = (h, m) => Number(h) * 60 + Number(m);
/** Minute-of-week intervals [start, end) a window covers, end may pass the week's end. */
function backupIntervals(w) {
    const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(w.trim());
    if (!m)
        return undefined;
    const s = minutes(m[1], m[2]);
    let e = minutes(m[3], m[4]);
    if (e <= s)
        e += 24 * 60;
    return DAYS.map((_, d) => [d * 1440 + s, d * 1440 + e]);
}
function maintenanceIntervals(w) {
    const m = /^([a-z]{3}):(\d{2}):(\d{2})-([a-z]{3}):(\d{2}):(\d{2})$/.exec(w.trim().toLowerCase());
    if (!m || !DAYS.includes(m[1]) || !DAYS.includes(m[4]))
        return undefined;
    const s = DAYS.indexOf(m[1]) * 1440 + minutes(m[2], m[3]);
    let e = DAYS.indexOf(m[4]) * 1440 + minutes(m[5], m[6]);
    if (e <= s)
        e += WEEK;
    return [[s, e]];
}
function overlap(a, b) {
    for (const [s1, e1] of a) {
        for (const [s2, e2] of b) {
            for (const shift of [-WEEK, 0, WEEK])
                if (s1 < e2 + shift && s2 + shift < e1)
                    return true;
        }
    }
    return false;
}
const BACKUP_CANDIDATES = ['03:00-04:00', '05:00-06:00', '01:00-02:00', '22:00-23:00'];
const MAINTENANCE_CANDIDATES = ['mon:04:00-mon:05:00', 'sun:05:00-sun:06:00', 'mon:06:00-mon:07:00', 'sat:23:00-sat:23:59'];
/**
 * Windows to add for the missing ones, given the existing ones (strings when known). Undefined
 * when an existing window cannot be read, so a non-overlapping choice cannot be made.
 */
function chooseWindows(backup, maintenance) {
    // null = present but unknown
    if (backup === null || maintenance === null)
        return undefined;
    const b = backup === undefined ? undefined : backupIntervals(backup);
    const mt = maintenance === undefined ? undefined : maintenanceIntervals(maintenance);
    if ((backup !== undefined && !b) || (maintenance !== undefined && !mt))
        return undefined;
    for (const bc of backup === undefined ? BACKUP_CANDIDATES : [backup]) {
        for (const mc of maintenance === undefined ? MAINTENANCE_CANDIDATES : [maintenance]) {
            if (!overlap(backupIntervals(bc), maintenanceIntervals(mc)))
                return { backup: bc, maintenance: mc };
        }
    }
    return undefined;
}


/***/ }),

/***/ 9808:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.whenText = exports.ARN_PREFIX = exports.BUCKET_POLICY = exports.BUCKET = void 0;
exports.exprTexts = exprTexts;
exports.bucketNames = bucketNames;
exports.indexPolicies = indexPolicies;
exports.policyStatements = policyStatements;
exports.effectIs = effectIs;
exports.deniesPlainHttp = deniesPlainHttp;
exports.allowsOnlyHttps = allowsOnlyHttps;
exports.everyone = everyone;
exports.allActions = allActions;
exports.resourceCoverage = resourceCoverage;
exports.publicUse = publicUse;
/**
 * Shared logic for the S3 transport and storage rules (family 2): which bucket policies attach to
 * which bucket, what a policy's `Resource` covers, and whether a bucket is public on purpose.
 *
 * Names and ARNs are compared as text: a literal stays itself, `Ref X` / `${X}` becomes the
 * placeholder `${X}`, `GetAtt X.Arn` of a bucket becomes `arn:aws:s3:::${X}`, `${AWS::Partition}`
 * becomes `aws`, and `Fn::Sub` / `Fn::Join` are spelled out. A bucket is known by its placeholder
 * and by the text of its `BucketName`, so `Bucket: my-app-data`, `!Sub my-app-${Env}` and `!Ref X`
 * all find it when they spell the same name.
 */
const api_js_1 = __nccwpck_require__(6750);
exports.BUCKET = 'AWS::S3::Bucket';
exports.BUCKET_POLICY = 'AWS::S3::BucketPolicy';
exports.ARN_PREFIX = 'arn:aws:s3:::';
const MAX_ALTERNATIVES = 16;
function cross(parts) {
    let out = [''];
    for (const alts of parts) {
        const next = [];
        for (const a of out)
            for (const b of alts)
                next.push(a + b);
        if (next.length > MAX_ALTERNATIVES)
            return undefined;
        out = next;
    }
    return out;
}
const getAttParts = (arg) => {
    if (typeof arg === 'string') {
        const dot = arg.indexOf('.');
        return dot === -1 ? [arg, undefined] : [arg.slice(0, dot), arg.slice(dot + 1)];
    }
    if (Array.isArray(arg) && typeof arg[0] === 'string')
        return [arg[0], typeof arg[1] === 'string' ? arg[1] : undefined];
    return [undefined, undefined];
};
const token = (name) => (name === 'AWS::Partition' ? 'aws' : '${' + name + '}');
function attributeText(ctx, id, attribute) {
    if (attribute === 'Arn' && ctx.resource(id)?.type === exports.BUCKET)
        return exports.ARN_PREFIX + token(id);
    return token(attribute ? `${id}.${attribute}` : id);
}
/**
 * The texts a string-valued expression may spell (several through `Fn::If`), or undefined when
 * it cannot be spelled (an import, `Fn::Select`, a GetAtt inside a Join of unknowns, ...).
 */
function exprTexts(ctx, value, depth = 0) {
    if (depth > 10)
        return undefined;
    if (typeof value === 'string')
        return [value];
    if (typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    const fn = (0, api_js_1.intrinsicName)(value);
    if (!fn)
        return undefined;
    const arg = value[fn];
    switch (fn) {
        case 'Ref':
            return typeof arg === 'string' && arg !== 'AWS::NoValue' ? [token(arg)] : undefined;
        case 'Fn::GetAtt': {
            const [id, attribute] = getAttParts(arg);
            return id ? [attributeText(ctx, id, attribute)] : undefined;
        }
        case 'Fn::Sub': {
            const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
            if (text === undefined)
                return undefined;
            const vars = Array.isArray(arg) && (0, api_js_1.isMapping)(arg[1]) ? arg[1] : {};
            const parts = [];
            let last = 0;
            for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
                parts.push([text.slice(last, m.index)]);
                last = m.index + m[0].length;
                const body = m[1].trim();
                if (body.startsWith('!')) {
                    parts.push(['${' + body.slice(1) + '}']);
                }
                else if (Object.hasOwn(vars, body)) {
                    const inner = exprTexts(ctx, vars[body], depth + 1);
                    if (!inner)
                        return undefined;
                    parts.push(inner);
                }
                else {
                    const dot = body.indexOf('.');
                    parts.push([dot === -1 ? token(body) : attributeText(ctx, body.slice(0, dot), body.slice(dot + 1))]);
                }
            }
            parts.push([text.slice(last)]);
            return cross(parts);
        }
        case 'Fn::Join': {
            if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1]))
                return undefined;
            const parts = [];
            for (const [i, item] of arg[1].entries()) {
                const inner = exprTexts(ctx, item, depth + 1);
                if (!inner)
                    return undefined;
                if (i > 0)
                    parts.push([arg[0]]);
                parts.push(inner);
            }
            return cross(parts);
        }
        case 'Fn::If': {
            if (!Array.isArray(arg) || arg.length !== 3)
                return undefined;
            const out = [];
            for (const branch of [arg[1], arg[2]]) {
                if ((0, api_js_1.intrinsicName)(branch) === 'Ref' && branch.Ref === 'AWS::NoValue')
                    continue;
                const inner = exprTexts(ctx, branch, depth + 1);
                if (!inner)
                    return undefined;
                out.push(...inner);
            }
            return out.length > 0 && out.length <= MAX_ALTERNATIVES ? out : undefined;
        }
        case 'Fn::FindInMap': {
            const possible = ctx.values(value);
            if (!possible || possible.some((p) => typeof p.value !== 'string'))
                return undefined;
            return possible.map((p) => p.value);
        }
        default:
            return undefined;
    }
}
const namesByBucket = new WeakMap();
/** The names a bucket is known by: its placeholder `${Id}` and the text(s) of its BucketName. Do not modify. */
function bucketNames(ctx, bucket) {
    let names = namesByBucket.get(bucket);
    if (!names) {
        const name = bucket.properties.BucketName;
        const texts = name === undefined ? undefined : exprTexts(ctx, name);
        names = [token(bucket.id), ...(texts ?? [])];
        namesByBucket.set(bucket, names);
    }
    return names;
}
/**
 * Which policy applies to which bucket. `Bucket` may be `Ref X`, a literal name or `Fn::Sub` /
 * `Fn::Join` spelling the bucket's BucketName, or `Fn::If` of those (each branch under its
 * condition). `Fn::ImportValue` names another stack's bucket (a stack cannot import its own
 * exports), so it applies to none of ours. Anything else unreadable goes to `unknown`.
 */
function indexPolicies(ctx) {
    let index = indexByTemplate.get(ctx.template);
    if (!index) {
        index = buildIndex(ctx);
        indexByTemplate.set(ctx.template, index);
    }
    return index;
}
/** The policy index, computed once per template (several S3 rules ask): do not modify. */
const indexByTemplate = new WeakMap();
function buildIndex(ctx) {
    const buckets = ctx.resources(exports.BUCKET);
    const names = new Map(buckets.map((b) => [b.id, new Set(bucketNames(ctx, b))]));
    const byBucket = new Map();
    const unknown = [];
    for (const policy of ctx.resources(exports.BUCKET_POLICY)) {
        const branches = [];
        const target = policy.properties.Bucket;
        const ifArg = (0, api_js_1.intrinsicName)(target) === 'Fn::If' ? target['Fn::If'] : undefined;
        if (Array.isArray(ifArg) && ifArg.length === 3 && typeof ifArg[0] === 'string') {
            branches.push({ value: ifArg[1], when: `condition ${ifArg[0]} is true`, condition: ifArg[0] }, { value: ifArg[2], when: `condition ${ifArg[0]} is false` });
        }
        else {
            branches.push({ value: target });
        }
        let unreadable = false;
        for (const branch of branches) {
            if (branch.value === undefined || (0, api_js_1.isNoValue)(branch.value) || (0, api_js_1.intrinsicName)(branch.value) === 'Fn::ImportValue')
                continue;
            const ref = (0, api_js_1.intrinsicName)(branch.value) === 'Ref' ? branch.value.Ref : undefined;
            let matched;
            if (typeof ref === 'string' && names.has(ref)) {
                matched = [ref];
            }
            else {
                const texts = exprTexts(ctx, branch.value);
                // A name from another resource (a custom resource's attribute, its Ref) could be anything.
                const foreign = (t) => (t.match(PLACEHOLDER) ?? []).some((p) => {
                    const id = p.slice(2, -1).split('.')[0];
                    const r = ctx.resource(id);
                    return r !== undefined && (r.type !== exports.BUCKET || p.includes('.'));
                });
                if (!texts || texts.some(foreign)) {
                    unreadable = true;
                    continue;
                }
                matched = buckets.filter((b) => texts.some((t) => names.get(b.id).has(t))).map((b) => b.id);
            }
            for (const id of matched) {
                const bucketCondition = ctx.resource(id).def.Condition;
                const policyCondition = policy.def.Condition;
                // `!If [CreateBucket, !Ref Bucket, ...]` on a bucket that exists only under CreateBucket: always.
                const whens = [branch.condition !== undefined && branch.condition === bucketCondition ? undefined : branch.when];
                if (typeof policyCondition === 'string' && policyCondition !== bucketCondition)
                    whens.push(`condition ${policyCondition} is true`);
                const when = whens.filter(Boolean).join(' and ') || undefined;
                const list = byBucket.get(id) ?? [];
                list.push({ policy, ...(when ? { when } : {}) });
                byBucket.set(id, list);
            }
        }
        if (unreadable)
            unknown.push(policy);
    }
    return { byBucket, unknown };
}
const statementsByPolicy = new WeakMap();
/** The statements of a bucket policy, read once per policy: do not modify. */
function policyStatements(policy) {
    let st = statementsByPolicy.get(policy);
    if (!st) {
        st = readStatements(policy);
        statementsByPolicy.set(policy, st);
    }
    return st;
}
function readStatements(policy) {
    const docAt = (0, api_js_1.childPointer)(policy.pointer, 'Properties', 'PolicyDocument');
    const doc = policy.properties.PolicyDocument;
    if (!(0, api_js_1.isMapping)(doc) || (0, api_js_1.intrinsicName)(doc))
        return { list: [], unreadable: true, at: docAt };
    const at = (0, api_js_1.childPointer)(docAt, 'Statement');
    const raw = doc.Statement;
    const list = [];
    let unreadable = false;
    const take = (value, where, when) => {
        if ((0, api_js_1.isMapping)(value) && !(0, api_js_1.intrinsicName)(value)) {
            list.push({ value, at: where, ...(when ? { when } : {}) });
            return;
        }
        if ((0, api_js_1.isNoValue)(value))
            return;
        const ifArg = (0, api_js_1.intrinsicName)(value) === 'Fn::If' ? value['Fn::If'] : undefined;
        if (Array.isArray(ifArg) && ifArg.length === 3 && typeof ifArg[0] === 'string' && !when) {
            take(ifArg[1], `${where}/Fn::If/1`, `condition ${ifArg[0]} is true`);
            take(ifArg[2], `${where}/Fn::If/2`, `condition ${ifArg[0]} is false`);
            return;
        }
        unreadable = true;
    };
    if (raw === undefined)
        return { list, unreadable: false, at: docAt };
    if (Array.isArray(raw))
        raw.forEach((s, i) => take(s, `${at}/${i}`));
    else if ((0, api_js_1.isMapping)(raw) && !(0, api_js_1.intrinsicName)(raw))
        take(raw, at);
    else
        unreadable = true;
    return { list, unreadable, at, ...(Array.isArray(raw) || ((0, api_js_1.isMapping)(raw) && !(0, api_js_1.intrinsicName)(raw)) ? { raw } : {}) };
}
const asList = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/** Every literal value the statement's `Effect` may take is `effect`; undefined when unknowable. */
function effectIs(ctx, statement, effect) {
    const possible = ctx.values(statement.Effect);
    if (!possible)
        return undefined;
    return possible.length > 0 && possible.every((p) => p.value === effect);
}
/**
 * Does the condition make the statement apply to requests without TLS? `Bool` (or
 * `BoolIfExists`) `aws:SecureTransport` false, as a string or a boolean; or
 * `NumericLessThanIfExists` on `s3:TlsVersion` (a plain HTTP request has no TLS version, and
 * `IfExists` makes a missing key match). Plain `NumericLessThan s3:TlsVersion` does NOT match
 * HTTP requests: a missing key makes the condition false.
 */
function deniesPlainHttp(ctx, condition) {
    if (!(0, api_js_1.isMapping)(condition))
        return 'no';
    let result = 'no';
    for (const [operator, block] of Object.entries(condition)) {
        if (!(0, api_js_1.isMapping)(block))
            continue;
        for (const [key, raw] of Object.entries(block)) {
            const op = operator.toLowerCase();
            const k = key.toLowerCase();
            if ((op === 'bool' || op === 'boolifexists') && k === 'aws:securetransport') {
                for (const item of asList(raw)) {
                    const possible = ctx.values(item);
                    if (!possible)
                        result = result === 'yes' ? 'yes' : 'unknown';
                    else if (possible.some((p) => (0, api_js_1.asBoolean)(p.value) === false))
                        return 'yes';
                }
            }
            if (op === 'numericlessthanifexists' && k === 's3:tlsversion')
                return 'yes';
        }
    }
    return result;
}
/** Is the condition one of the `aws:SecureTransport` true allows (which deny nothing)? */
function allowsOnlyHttps(ctx, statement) {
    if (effectIs(ctx, statement, 'Allow') !== true || !(0, api_js_1.isMapping)(statement.Condition))
        return false;
    for (const [operator, block] of Object.entries(statement.Condition)) {
        if (!/^bool(ifexists)?$/i.test(operator) || !(0, api_js_1.isMapping)(block))
            continue;
        for (const [key, raw] of Object.entries(block)) {
            if (key.toLowerCase() === 'aws:securetransport' && asList(raw).some((v) => (0, api_js_1.asBoolean)(v) === true))
                return true;
        }
    }
    return false;
}
/** Principal `*`, `{AWS: "*"}` or `{AWS: ["*"]}`; unknown when written with an intrinsic. */
function everyone(principal) {
    if (principal === '*')
        return 'yes';
    if ((0, api_js_1.intrinsicName)(principal))
        return 'unknown';
    if ((0, api_js_1.isMapping)(principal) && principal.AWS !== undefined) {
        if ((0, api_js_1.intrinsicName)(principal.AWS))
            return 'unknown';
        return asList(principal.AWS).includes('*') ? 'yes' : 'no';
    }
    return 'no';
}
/** Action `s3:*` or `*` (alone or in a list); unknown when written with an intrinsic. */
function allActions(statement) {
    if (statement.NotAction !== undefined)
        return 'no';
    const action = statement.Action;
    if ((0, api_js_1.intrinsicName)(action))
        return 'unknown';
    const list = asList(action);
    if (list.some((a) => (0, api_js_1.intrinsicName)(a)))
        return 'unknown';
    return list.some((a) => typeof a === 'string' && (a === '*' || a.toLowerCase() === 's3:*')) ? 'yes' : 'no';
}
/** Compiled `Resource` globs, by text (the same ARNs recur across buckets and statements). */
const globs = new Map();
function globToRegExp(pattern) {
    let re = globs.get(pattern);
    if (!re) {
        re = compileGlob(pattern);
        if (globs.size < 10_000)
            globs.set(pattern, re);
    }
    return re;
}
function compileGlob(pattern) {
    let re = '';
    for (const c of pattern) {
        if (c === '*')
            re += '[\\s\\S]*';
        else if (c === '?')
            re += '[^\\u0000]';
        else
            re += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
const PLACEHOLDER = /\$\{[^}]*\}/g;
function resourceCoverage(ctx, entry, names) {
    const texts = exprTexts(ctx, entry);
    if (!texts)
        return { bucket: 'unknown', objects: 'unknown', nameNotArn: false };
    let bucket = 'yes';
    let objects = 'yes';
    let nameNotArn = false;
    const worse = (a, b) => (a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes');
    for (const text of texts) {
        if (text === '*')
            continue;
        if (!text.startsWith('arn:')) {
            if (names.some((n) => text === n || text.startsWith(`${n}/`)))
                nameNotArn = true;
            else if (text.startsWith('${')) {
                // `${BucketArn}/*` with a parameter or another resource's attribute: cannot tell.
                bucket = worse(bucket, 'unknown');
                objects = worse(objects, 'unknown');
                continue;
            }
            bucket = 'no';
            objects = 'no';
            continue;
        }
        const re = globToRegExp(text);
        const b = names.some((n) => re.test(exports.ARN_PREFIX + n));
        const o = names.some((n) => re.test(`${exports.ARN_PREFIX}${n}/\u0000`));
        // A wildcard or a foreign placeholder against a name we only know as a placeholder: cannot tell.
        const foreign = (text.match(PLACEHOLDER) ?? []).some((p) => !names.some((n) => n.includes(p)));
        const vague = foreign || (/[*?]/.test(text.slice(exports.ARN_PREFIX.length).split('/')[0]) && names.every((n) => n.includes('${')));
        bucket = worse(bucket, b ? 'yes' : vague ? 'unknown' : 'no');
        objects = worse(objects, o ? 'yes' : vague ? 'unknown' : 'no');
    }
    return { bucket, objects, nameNotArn };
}
const PUBLIC_ACLS = new Set(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead']);
function publicUse(ctx, bucket, links) {
    const out = { website: bucket.properties.WebsiteConfiguration !== undefined };
    const acl = ctx.values(bucket.properties.AccessControl)?.find((p) => typeof p.value === 'string' && PUBLIC_ACLS.has(p.value));
    if (acl)
        out.acl = acl.value;
    for (const { policy } of links) {
        for (const { value } of policyStatements(policy).list) {
            if (effectIs(ctx, value, 'Allow') === true && everyone(value.Principal) === 'yes' && value.Condition === undefined) {
                out.policy = policy.id;
            }
        }
    }
    return out;
}
/** Conditions joined for a message: "when condition A is true". */
const whenText = (when) => (when ? ` when ${when}` : '');
exports.whenText = whenText;


/***/ }),

/***/ 2019:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.quoteList = exports.isPlaceholder = exports.isSecretName = exports.SECRET_NAME = exports.paramNames = exports.hasDynamicReference = exports.literalText = void 0;
exports.composeString = composeString;
exports.splitSub = splitSub;
exports.isSecretParameter = isSecretParameter;
exports.isNoEcho = isNoEcho;
exports.isSsmParameter = isSsmParameter;
/**
 * How a string property is put together: literal text, parameters, pseudo parameters and
 * resource attributes, once per combination of `Fn::If` branches. Used by the family-9 rules
 * (secret-from-parameters, db-password-from-parameter, literal-password) to tell a password typed
 * into a parameter from one written in the template or resolved from Secrets Manager.
 */
const api_js_1 = __nccwpck_require__(6750);
const MAX_VARIANTS = 16;
const join = (a, b) => (a && b ? `${a} and ${b}` : (a ?? b));
/** The variants of a string-valued property. Never empty; `[{ parts: [unknown] }]` when it cannot be followed. */
function composeString(ctx, value, depth = 0) {
    const unknown = [{ parts: [{ kind: 'unknown' }] }];
    if (depth > 12)
        return unknown;
    if (typeof value === 'string')
        return [{ parts: [{ kind: 'literal', text: value }] }];
    if (typeof value === 'number' || typeof value === 'boolean')
        return [{ parts: [{ kind: 'literal', text: String(value) }] }];
    const fn = (0, api_js_1.intrinsicName)(value);
    if (!fn)
        return unknown;
    const arg = value[fn];
    switch (fn) {
        case 'Ref': {
            if (typeof arg !== 'string')
                return unknown;
            if (arg === 'AWS::NoValue')
                return [{ when: undefined, parts: undefined }];
            if (arg.startsWith('AWS::'))
                return [{ parts: [{ kind: 'pseudo', name: arg }] }];
            if (Object.hasOwn(ctx.template.parameters, arg))
                return [{ parts: [{ kind: 'param', name: arg }] }];
            return [{ parts: [{ kind: 'resource', name: arg }] }];
        }
        case 'Fn::GetAtt': {
            const p = typeof arg === 'string' ? splitDot(arg) : Array.isArray(arg) ? arg : [];
            if (typeof p[0] !== 'string')
                return unknown;
            return [{ parts: [{ kind: 'resource', name: p[0], ...(typeof p[1] === 'string' ? { attribute: p[1] } : {}) }] }];
        }
        case 'Fn::If': {
            if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
                return unknown;
            const out = [];
            for (const [branch, truth] of [
                [arg[1], 'true'],
                [arg[2], 'false'],
            ]) {
                for (const v of composeString(ctx, branch, depth + 1))
                    out.push({ ...v, when: join(`condition ${arg[0]} is ${truth}`, v.when) });
            }
            return out.length > MAX_VARIANTS ? unknown : out;
        }
        case 'Fn::Join': {
            if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !Array.isArray(arg[1]))
                return unknown;
            const delimiter = arg[0];
            const items = arg[1];
            let acc = [{ parts: [] }];
            items.forEach((item, i) => {
                const next = composeString(ctx, item, depth + 1);
                acc = product(acc, next, i > 0 && delimiter !== '' ? [{ kind: 'literal', text: delimiter }] : []);
            });
            return acc.length > MAX_VARIANTS ? unknown : acc;
        }
        case 'Fn::Sub': {
            const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
            if (text === undefined)
                return unknown;
            const vars = Array.isArray(arg) && (0, api_js_1.isMapping)(arg[1]) ? arg[1] : {};
            let acc = [{ parts: [] }];
            for (const piece of splitSub(text)) {
                if (typeof piece === 'string') {
                    acc = product(acc, [{ parts: [{ kind: 'literal', text: piece }] }], []);
                    continue;
                }
                let next;
                if (Object.hasOwn(vars, piece.name))
                    next = composeString(ctx, vars[piece.name], depth + 1);
                else if (piece.attribute)
                    next = [{ parts: [{ kind: 'resource', name: piece.name, attribute: piece.attribute }] }];
                else
                    next = composeString(ctx, { Ref: piece.name }, depth + 1);
                acc = product(acc, next, []);
            }
            return acc.length > MAX_VARIANTS ? unknown : acc;
        }
        case 'Fn::FindInMap': {
            const possible = ctx.values(value);
            if (!possible || possible.length !== 1 || typeof possible[0].value !== 'string')
                return unknown;
            return [{ parts: [{ kind: 'literal', text: possible[0].value }] }];
        }
        default:
            return unknown;
    }
}
function product(left, right, separator) {
    const out = [];
    for (const l of left) {
        for (const r of right) {
            const when = join(l.when, r.when);
            // A Join item or Sub variable that is AWS::NoValue makes the whole value invalid; treat it as unknown.
            const parts = l.parts && r.parts ? [...l.parts, ...separator, ...r.parts] : [{ kind: 'unknown' }];
            out.push({ ...(when ? { when } : {}), parts });
            if (out.length > MAX_VARIANTS)
                return out;
        }
    }
    return out;
}
/** Splits an `Fn::Sub` string into literal text and `${Var}` references; `${!X}` is the literal `${X}`. */
function splitSub(text) {
    const out = [];
    const re = /\$\{([^}]*)\}/g;
    let last = 0;
    let m;
    let buffer = '';
    while ((m = re.exec(text))) {
        buffer += text.slice(last, m.index);
        last = m.index + m[0].length;
        const body = m[1];
        if (body.startsWith('!')) {
            buffer += '${' + body.slice(1) + '}';
            continue;
        }
        const [ref] = (0, api_js_1.subVariables)(m[0]);
        if (!ref) {
            buffer += m[0];
            continue;
        }
        if (buffer)
            out.push(buffer);
        buffer = '';
        out.push(ref);
    }
    buffer += text.slice(last);
    if (buffer)
        out.push(buffer);
    return out;
}
function splitDot(s) {
    const dot = s.indexOf('.');
    return dot === -1 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}
/** The literal text of a variant (non-literal parts left out). */
const literalText = (parts) => parts.map((p) => (p.kind === 'literal' ? p.text : '')).join('');
exports.literalText = literalText;
/** A CloudFormation dynamic reference: `{{resolve:secretsmanager:...}}`, `{{resolve:ssm-secure:...}}`, `{{resolve:ssm:...}}`. */
const hasDynamicReference = (parts) => /\{\{resolve:/.test((0, exports.literalText)(parts));
exports.hasDynamicReference = hasDynamicReference;
const paramNames = (parts) => [
    ...new Set(parts.filter((p) => p.kind === 'param').map((p) => p.name)),
];
exports.paramNames = paramNames;
/** Names that say "this holds a secret". */
exports.SECRET_NAME = /pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential|auth/i;
/** Names that look secret but hold an identifier: `encryption_key_id`, `secretArn`, `tokenUrl`. */
const NOT_SECRET_NAME = /(key|secret|token)[-_]?(id|arn|name|url|uri|endpoint|type|length)$|^(username|user|user_name)$/i;
const isSecretName = (name) => exports.SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
exports.isSecretName = isSecretName;
/** A parameter that carries a secret: NoEcho, or named like a password or key. */
function isSecretParameter(ctx, name) {
    const def = ctx.template.parameters[name];
    if (!def)
        return false;
    const noEcho = def.NoEcho === true || (typeof def.NoEcho === 'string' && def.NoEcho.toLowerCase() === 'true');
    return noEcho || (0, exports.isSecretName)(name);
}
function isNoEcho(ctx, name) {
    const d = ctx.template.parameters[name]?.NoEcho;
    return d === true || (typeof d === 'string' && d.toLowerCase() === 'true');
}
/** `AWS::SSM::Parameter::Value<String>`: the value is read from Parameter Store, not typed in. */
function isSsmParameter(ctx, name) {
    const t = ctx.template.parameters[name]?.Type;
    return typeof t === 'string' && t.startsWith('AWS::SSM::Parameter::Value<');
}
/** Values that say "fill me in later", not a real secret. Only used for Secrets Manager secrets. */
const PLACEHOLDER = /change[-_ ]?me|changeit|placeholder|replace|your[-_ ]|to[-_ ]?be[-_ ]?(set|updated|replaced)|\btodo\b|dummy|demo|sample|fake|example|fill[-_ ]?in|set[-_ ]?me|update[-_ ]?(me|this|later|manually)|^x{3,}$|^<.*>$|^\*+$|^tbd$/i;
const isPlaceholder = (text) => PLACEHOLDER.test(text.trim());
exports.isPlaceholder = isPlaceholder;
const quoteList = (names) => {
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
exports.quoteList = quoteList;


/***/ }),

/***/ 3255:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PASSWORD_PROPERTIES = void 0;
exports.passwordSites = passwordSites;
exports.judgePassword = judgePassword;
exports.judgeSite = judgeSite;
exports.whenText = whenText;
exports.dependsOn = dependsOn;
exports.advice = advice;
exports.managedPasswordFix = managedPasswordFix;
exports.secretHoldingParameter = secretHoldingParameter;
/**
 * Password-carrying properties (rules/data/secret-password-properties.json) and what their
 * value is made of at deploy time. Shared by db-password-from-parameter and literal-password.
 */
const api_js_1 = __nccwpck_require__(6750);
const secret_password_properties_json_1 = __importDefault(__nccwpck_require__(5223));
const secret_parts_js_1 = __nccwpck_require__(2019);
const secret_string_js_1 = __nccwpck_require__(7800);
exports.PASSWORD_PROPERTIES = secret_password_properties_json_1.default.properties;
const PROPERTIES_BY_TYPE = new Map();
for (const p of exports.PASSWORD_PROPERTIES)
    PROPERTIES_BY_TYPE.set(p.type, [...(PROPERTIES_BY_TYPE.get(p.type) ?? []), p]);
/** Every written password property, computed once per template (shared by the family-9 rules). */
const sitesByTemplate = new WeakMap();
/** Every written password property of the given kind, in template order. Do not modify the list. */
function passwordSites(ctx, databaseOnly) {
    let all = sitesByTemplate.get(ctx.template);
    if (!all) {
        all = findPasswordSites(ctx);
        sitesByTemplate.set(ctx.template, all);
    }
    return databaseOnly ? all.filter((s) => s.property.database) : all;
}
function findPasswordSites(ctx) {
    const out = [];
    for (const resource of ctx.resources()) {
        for (const property of PROPERTIES_BY_TYPE.get(resource.type) ?? []) {
            const walk = (node, i, at, name) => {
                if (i === property.path.length) {
                    if (node !== undefined)
                        out.push({ resource, property, at, name, value: node });
                    return;
                }
                const seg = property.path[i];
                if (seg === '*') {
                    if (Array.isArray(node))
                        node.forEach((item, j) => walk(item, i + 1, `${at}/${j}`, `${name}[${j}]`));
                    return;
                }
                if (!(0, api_js_1.isMapping)(node) || !Object.hasOwn(node, seg))
                    return;
                walk(node[seg], i + 1, (0, api_js_1.childPointer)(at, seg), name ? `${name}.${seg}` : seg);
            };
            walk(resource.properties, 0, (0, api_js_1.childPointer)(resource.pointer, 'Properties'), '');
        }
    }
    return out;
}
/** What a password property is made of, once per `Fn::If` combination. */
function judgePassword(ctx, value) {
    return (0, secret_parts_js_1.composeString)(ctx, value).map((v) => ({ ...(v.when ? { when: v.when } : {}), verdict: verdictOf(ctx, v.parts) }));
}
const judgedSites = new WeakMap();
/** `judgePassword` of a site's value, computed once per site (shared by the family-9 rules). Do not modify. */
function judgeSite(ctx, site) {
    let variants = judgedSites.get(site);
    if (!variants) {
        variants = judgePassword(ctx, site.value);
        judgedSites.set(site, variants);
    }
    return variants;
}
function verdictOf(ctx, parts) {
    if (!parts)
        return { kind: 'absent' };
    if ((0, secret_parts_js_1.hasDynamicReference)(parts))
        return { kind: 'dynamic' };
    if (parts.some((p) => p.kind === 'resource' || p.kind === 'unknown'))
        return { kind: 'unknown' };
    const params = (0, secret_parts_js_1.paramNames)(parts);
    const literal = (0, secret_parts_js_1.literalText)(parts).trim();
    if (params.length > 0 && (literal === '' || params.some((p) => (0, secret_parts_js_1.isSecretParameter)(ctx, p))))
        return { kind: 'parameter', params, parts };
    const pseudo = parts.filter((p) => p.kind === 'pseudo').map((p) => p.name);
    if (literal === '' && pseudo.length === 0)
        return { kind: 'absent' };
    return { kind: 'literal', derivedFrom: [...params, ...pseudo], parts };
}
/** "when condition X is true" for the variants given, or '' when unconditional. */
function whenText(variants, all) {
    if (all.length <= 1)
        return '';
    const conditions = variants.map((v) => v.when).filter((w) => !!w);
    return conditions.length > 0 ? ` when ${conditions.join(' or ')}` : '';
}
/** Does resource `from` depend on `target`, directly or through other resources? */
function dependsOn(ctx, from, target) {
    const seen = new Set();
    const stack = [from];
    while (stack.length > 0) {
        const id = stack.pop();
        if (seen.has(id))
            continue;
        seen.add(id);
        for (const ref of ctx.refsFrom(id)) {
            if (ref.section !== 'Resources' || !ctx.resource(ref.to))
                continue;
            if (ref.to === target)
                return true;
            stack.push(ref.to);
        }
    }
    return false;
}
/** The advice for a site: what to use instead of the password it has. */
function advice(site) {
    const managed = site.property.managedProperty;
    return managed
        ? `Set ${managed}: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).`
        : 'Resolve it from a Secrets Manager secret with GenerateSecretString ({{resolve:secretsmanager:...}}).';
}
/**
 * `ManageMasterUserPassword: true` in place of the password, where RDS accepts it: not for an
 * instance inside a cluster, a replica, a restore from snapshot, RDS Custom, Oracle multitenant,
 * an Aurora global database member or Aurora Serverless v1.
 */
function managedPasswordFix(ctx, site) {
    if (site.property.managedProperty !== 'ManageMasterUserPassword' || site.property.path.length !== 1)
        return undefined;
    const props = site.resource.properties;
    if (props.ManageMasterUserPassword !== undefined || props.MasterUserSecret !== undefined)
        return undefined;
    const blocking = site.resource.type === 'AWS::RDS::DBInstance'
        ? ['DBClusterIdentifier', 'SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'DBSnapshotIdentifier', 'SourceDbiResourceId']
        : ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier', 'RestoreType'];
    if (blocking.some((p) => props[p] !== undefined))
        return undefined;
    // RDS for Oracle with a container database (MultiTenant) does not take a managed password.
    if (props.MultiTenant !== undefined)
        return undefined;
    if (props.Engine !== undefined) {
        const engines = ctx.values(props.Engine);
        if (!engines || engines.some((e) => typeof e.value !== 'string' || e.value.startsWith('custom-')))
            return undefined;
    }
    if (props.EngineMode !== undefined) {
        const modes = ctx.values(props.EngineMode);
        if (!modes || modes.some((m) => typeof m.value !== 'string' || m.value.toLowerCase() === 'serverless'))
            return undefined;
    }
    return {
        title: `Let RDS manage the master password (ManageMasterUserPassword: true)`,
        // RDS sets a new password and keeps it in its own secret: every client using the old one must switch.
        safety: 'unsafe',
        ops: [
            { op: 'test', path: site.at, value: site.value },
            { op: 'remove', path: site.at },
            { op: 'add', path: (0, api_js_1.childPointer)(site.resource.pointer, 'Properties', 'ManageMasterUserPassword'), value: true },
        ],
    };
}
/**
 * A secret in the template whose SecretString member `key` holds exactly parameter `param`, and
 * that does not depend on the resource (which would make a cycle once the resource resolves it).
 */
function secretHoldingParameter(ctx, param, resource) {
    const out = [];
    for (const secret of ctx.resources('AWS::SecretsManager::Secret')) {
        if (secret.def.Condition !== undefined && secret.def.Condition !== resource.def.Condition)
            continue;
        const variants = (0, secret_string_js_1.analyzeSecretString)(ctx, secret);
        if (!variants || variants.length !== 1 || !variants[0].object)
            continue;
        for (const entry of variants[0].entries) {
            const only = entry.parts.length === 1 ? entry.parts[0] : undefined;
            if (entry.key === undefined || only?.kind !== 'param' || only.name !== param)
                continue;
            if (dependsOn(ctx, secret.id, resource.id))
                continue;
            out.push({ secret, key: entry.key });
        }
    }
    return out;
}


/***/ }),

/***/ 7800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeSub = exports.secretStringPointer = exports.marker = void 0;
exports.analyzeSecretString = analyzeSecretString;
exports.judgeEntry = judgeEntry;
exports.subText = subText;
exports.renderTemplate = renderTemplate;
/**
 * What an `AWS::SecretsManager::Secret`'s `SecretString` is made of, key by key: which JSON keys
 * get their value from parameters, which hold literal secrets. Shared by secret-from-parameters
 * (which reports it) and db-password-from-parameter (which looks for a secret holding the same
 * parameter, to resolve the password from it instead).
 */
const api_js_1 = __nccwpck_require__(6750);
const secret_parts_js_1 = __nccwpck_require__(2019);
const OPEN = '\uE000';
const CLOSE = '\uE001';
const marker = (i) => `${OPEN}${i}${CLOSE}`;
exports.marker = marker;
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
const analyzed = new WeakMap();
/**
 * The variants of a secret's `SecretString`, or undefined when it has none. Computed once per
 * secret (secret-from-parameters and db-password-from-parameter both ask): do not modify.
 */
function analyzeSecretString(ctx, secret) {
    if (!analyzed.has(secret))
        analyzed.set(secret, analyze(ctx, secret));
    return analyzed.get(secret);
}
function analyze(ctx, secret) {
    const value = secret.properties.SecretString;
    if (value === undefined)
        return undefined;
    const out = [];
    for (const v of (0, secret_parts_js_1.composeString)(ctx, value)) {
        if (!v.parts)
            continue; // AWS::NoValue: no SecretString under this condition
        out.push(analyzeVariant(v));
    }
    return out;
}
function analyzeVariant(v) {
    const parts = v.parts;
    let text = '';
    parts.forEach((p, i) => {
        text += p.kind === 'literal' ? p.text : (0, exports.marker)(i);
    });
    const { quoted, bare } = quoteBareMarkers(text);
    let parsed;
    try {
        parsed = JSON.parse(quoted);
    }
    catch {
        parsed = undefined;
    }
    const base = { ...(v.when ? { when: v.when } : {}), parts, bare };
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return { ...base, entries: [{ parts }] };
    }
    const entries = [];
    const walk = (obj, prefix) => {
        for (const [key, val] of Object.entries(obj)) {
            const name = prefix ? `${prefix}.${key}` : key;
            if (typeof val === 'string')
                entries.push({ key: name, parts: partsOf(val, parts) });
            else if (val !== null && typeof val === 'object' && !Array.isArray(val))
                walk(val, name);
        }
    };
    walk(parsed, '');
    return { ...base, object: parsed, entries };
}
/** Splits a string holding markers back into parts. */
function partsOf(text, all) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(MARKER)) {
        if (m.index > last)
            out.push({ kind: 'literal', text: text.slice(last, m.index) });
        out.push(all[Number(m[1])] ?? { kind: 'unknown' });
        last = m.index + m[0].length;
    }
    if (last < text.length)
        out.push({ kind: 'literal', text: text.slice(last) });
    return out;
}
/** Wraps markers that stand outside JSON strings in quotes, so that `"port": ${Port}` parses. */
function quoteBareMarkers(text) {
    const bare = new Set();
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            out += c;
            if (c === '\\') {
                out += text[i + 1] ?? '';
                i++;
            }
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"') {
            inString = true;
            out += c;
            continue;
        }
        if (c === OPEN) {
            const end = text.indexOf(CLOSE, i);
            const n = Number(text.slice(i + 1, end));
            bare.add(n);
            out += `"${text.slice(i, end + 1)}"`;
            i = end;
            continue;
        }
        out += c;
    }
    return { quoted: out, bare };
}
/** Is this entry's value a secret that comes from a parameter, or one written in the template? */
function judgeEntry(ctx, entry) {
    const params = (0, secret_parts_js_1.paramNames)(entry.parts);
    const secretParams = params.filter((p) => (0, secret_parts_js_1.isSecretParameter)(ctx, p));
    const secretKey = entry.key === undefined || (0, secret_parts_js_1.isSecretName)(lastSegment(entry.key));
    if (!secretKey) {
        // a username or host may well come from a parameter; only a parameter named like a secret is one here
        const named = params.filter((p) => (0, secret_parts_js_1.isSecretName)(p));
        return named.length > 0 ? { kind: 'parameter', params: named } : { kind: 'ok' };
    }
    if (secretParams.length > 0)
        return { kind: 'parameter', params: secretParams };
    if ((0, secret_parts_js_1.hasDynamicReference)(entry.parts))
        return { kind: 'ok' };
    if (entry.parts.some((p) => p.kind === 'resource' || p.kind === 'unknown'))
        return { kind: 'ok' };
    const literal = (0, secret_parts_js_1.literalText)(entry.parts);
    if (literal.trim() !== '') {
        if ((0, secret_parts_js_1.isPlaceholder)(literal))
            return { kind: 'ok' };
        return { kind: 'literal', derivedFrom: params };
    }
    if (params.length > 0)
        return { kind: 'parameter', params };
    return { kind: 'ok' };
}
const lastSegment = (key) => key.slice(key.lastIndexOf('.') + 1);
/** Pointer of a secret's SecretString. */
const secretStringPointer = (secret) => (0, api_js_1.childPointer)(secret.pointer, 'Properties', 'SecretString');
exports.secretStringPointer = secretStringPointer;
/** `${...}` text of a non-literal part, for rebuilding the string as an `Fn::Sub`; undefined when it has none. */
function subText(part) {
    switch (part.kind) {
        case 'param':
        case 'pseudo':
            return `\${${part.name}}`;
        case 'resource':
            return part.attribute ? `\${${part.name}.${part.attribute}}` : `\${${part.name}}`;
        default:
            return undefined;
    }
}
/** Escapes literal text for an `Fn::Sub` string: `${` becomes `${!`. */
const escapeSub = (text) => text.replace(/\$\{/g, '${!');
exports.escapeSub = escapeSub;
/**
 * Rebuilds a JSON object holding markers as a `SecretStringTemplate`: a plain string when no
 * marker is left, else an `Fn::Sub`. Undefined when a marker stands for something `Fn::Sub` cannot say.
 */
function renderTemplate(object, parts, bare) {
    const json = JSON.stringify(object);
    let hasVar = false;
    let failed = false;
    const pieces = [];
    let last = 0;
    const re = new RegExp(`"?${OPEN}(\\d+)${CLOSE}"?`, 'g');
    for (const m of json.matchAll(re)) {
        const n = Number(m[1]);
        const text = subText(parts[n] ?? { kind: 'unknown' });
        if (text === undefined)
            failed = true;
        hasVar = true;
        const whole = m[0] === `"${OPEN}${m[1]}${CLOSE}"`;
        // a marker that stood bare in the original (`"port": ${Port}`) goes back without quotes
        const replacement = whole && bare.has(n) ? (text ?? '') : `${m[0].startsWith('"') ? '"' : ''}${text ?? ''}${m[0].endsWith('"') ? '"' : ''}`;
        pieces.push((0, exports.escapeSub)(json.slice(last, m.index)), replacement);
        last = m.index + m[0].length;
    }
    pieces.push((0, exports.escapeSub)(json.slice(last)));
    if (failed)
        return undefined;
    if (!hasVar)
        return json;
    return { 'Fn::Sub': pieces.join('') };
}


/***/ }),

/***/ 3387:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const secret_parts_js_1 = __nccwpck_require__(2019);
const secret_props_js_1 = __nccwpck_require__(3255);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'literal-password',
        family: 9,
        severity: 'critical',
        title: 'Passwords are never written into the template',
        description: 'A password written as a literal — in the property itself, or as the `Default` of the parameter that feeds it — is known to everyone who can read the template, its history and every copy of it. Generate it instead: `ManageMasterUserPassword`, or a Secrets Manager secret with `GenerateSecretString` resolved through `{{resolve:secretsmanager:...}}`.',
        resourceTypes: [...new Set(secret_props_js_1.PASSWORD_PROPERTIES.map((p) => p.type))],
        fixable: 'sometimes',
    },
    check(ctx) {
        const defaults = new Map();
        for (const site of (0, secret_props_js_1.passwordSites)(ctx, false)) {
            const variants = (0, secret_props_js_1.judgeSite)(ctx, site);
            const literal = variants.filter((v) => v.verdict.kind === 'literal');
            if (literal.length > 0) {
                const derived = [...new Set(literal.flatMap((v) => (v.verdict.kind === 'literal' ? v.verdict.derivedFrom : [])))];
                const what = derived.length > 0
                    ? `builds ${site.name} from literal text and ${(0, secret_parts_js_1.quoteList)(derived)}${(0, secret_props_js_1.whenText)(literal, variants)}: anyone who reads the template can work the password out.`
                    : `has a literal ${site.name}${(0, secret_props_js_1.whenText)(literal, variants)}: anyone who reads the template knows the password.`;
                const fix = variants.length === 1 ? (0, secret_props_js_1.managedPasswordFix)(ctx, site) : undefined;
                ctx.report({ at: site.at, message: `${capitalize(site.property.label)} ${site.resource.id} ${what} ${(0, secret_props_js_1.advice)(site)}`, ...(fix ? { fix } : {}) });
            }
            for (const v of variants) {
                if (v.verdict.kind !== 'parameter')
                    continue;
                const when = variants.length > 1 && v.when ? ` when ${v.when}` : '';
                for (const param of v.verdict.params) {
                    const def = ctx.template.parameters[param];
                    const value = def?.Default;
                    if (typeof value !== 'string' && typeof value !== 'number')
                        continue;
                    const text = String(value);
                    if (text.trim() === '' || (0, secret_parts_js_1.isSsmParameter)(ctx, param) || /\{\{resolve:/.test(text))
                        continue;
                    // A NoEcho parameter with a Default is parameter-noecho-default's finding, at this same place.
                    if ((0, secret_parts_js_1.isNoEcho)(ctx, param))
                        continue;
                    const users = defaults.get(param) ?? [];
                    const user = `${site.property.label} ${site.resource.id}'s ${site.name}${when}`;
                    if (!users.includes(user))
                        users.push(user);
                    defaults.set(param, users);
                }
            }
        }
        for (const [param, users] of defaults) {
            ctx.report({
                at: (0, api_js_1.childPointer)((0, api_js_1.pointer)('Parameters', param), 'Default'),
                message: `Parameter ${param} has a literal Default that becomes ${(0, secret_parts_js_1.quoteList)(users)} whenever the stack is deployed without a value for it: anyone who reads the template knows that password. Remove the Default and let the password be generated (ManageMasterUserPassword, or GenerateSecretString resolved with {{resolve:secretsmanager:...}}).`,
            });
        }
    },
});
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);


/***/ }),

/***/ 5743:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONAL_IPV4_CIDR_PATTERN = exports.IPV4_CIDR_PATTERN = void 0;
const api_js_1 = __nccwpck_require__(6750);
const params_common_js_1 = __nccwpck_require__(4134);
const OCTET = '([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])';
const CIDR_BODY = `(${OCTET}\\.){3}${OCTET}/([0-9]|[1-2][0-9]|3[0-2])`;
/** An IPv4 CIDR block, each octet 0-255 and a prefix length 0-32. */
exports.IPV4_CIDR_PATTERN = `^${CIDR_BODY}$`;
/** The same, or nothing (for optional parameters whose default is empty). */
exports.OPTIONAL_IPV4_CIDR_PATTERN = `^(${CIDR_BODY})?$`;
const IPV4_CIDR = new RegExp(exports.IPV4_CIDR_PATTERN);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'parameter-cidr-pattern',
        family: 4,
        severity: 'medium',
        title: 'CIDR block parameters have an AllowedPattern',
        description: 'A `String` parameter holding a CIDR block (its default looks like one, or its name says CIDR) without `AllowedPattern` or `AllowedValues` accepts any text; a mistyped block is rejected only when the VPC, subnet or security group is created, half-way through the deployment.',
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const p of (0, params_common_js_1.listParameters)(ctx.template)) {
            if (!(0, params_common_js_1.isCidrParameter)(p) || (0, params_common_js_1.hasAllowedPattern)(p.def) || (0, params_common_js_1.hasAllowedValues)(p.def))
                continue;
            const d = (0, params_common_js_1.scalarText)(p.def.Default);
            const why = d !== undefined && (0, params_common_js_1.looksLikeCidr)(d) ? `defaults to the CIDR block ${(0, params_common_js_1.show)(d)}` : 'is named as a CIDR block';
            // The pattern must accept the default, or the fix would break deployments that use it.
            const optional = d === '';
            const fixable = d === undefined || optional || IPV4_CIDR.test(d);
            const ops = [
                { op: 'add', path: (0, api_js_1.childPointer)(p.pointer, 'AllowedPattern'), value: optional ? exports.OPTIONAL_IPV4_CIDR_PATTERN : exports.IPV4_CIDR_PATTERN },
            ];
            if (!(0, params_common_js_1.has)(p.def, 'ConstraintDescription')) {
                const description = `Must be an IPv4 CIDR block such as 10.0.0.0/16${optional ? ', or empty' : ''}.`;
                ops.push({ op: 'add', path: (0, api_js_1.childPointer)(p.pointer, 'ConstraintDescription'), value: description });
            }
            ctx.report({
                at: p.pointer,
                message: `Parameter ${p.name} ${why} but has no AllowedPattern, so any text is accepted and a malformed block fails only when the resource using it is created. Add an AllowedPattern for CIDR blocks.`,
                ...(fixable
                    ? {
                        fix: {
                            title: `Allow only IPv4 CIDR blocks in ${p.name}`,
                            // Rejects values that may have deployed before (an IPv6 block, a list of blocks): decide per stack.
                            safety: 'unsafe',
                            ops,
                        },
                    }
                    : {}),
            });
        }
    },
});


/***/ }),

/***/ 4892:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const params_common_js_1 = __nccwpck_require__(4134);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'parameter-constraints',
        family: 4,
        severity: 'medium',
        title: 'String and Number parameters constrain the values they accept',
        description: 'A `String` parameter without `AllowedValues` or `AllowedPattern`, or a `Number` without `MinValue`/`MaxValue` or `AllowedValues`, accepts anything: a typo is caught only when a resource fails mid-deployment (and rolls back), or not at all. AWS-specific and SSM parameter types are validated by CloudFormation and exempt.',
        fixable: 'never',
        options: {
            defaults: { requireBothBounds: false, requireConstraintDescription: false },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    requireBothBounds: { type: 'boolean' },
                    requireConstraintDescription: { type: 'boolean' },
                },
            },
        },
    },
    check(ctx) {
        for (const p of (0, params_common_js_1.listParameters)(ctx.template)) {
            const { def } = p;
            if (p.type === 'String') {
                const constrained = (0, params_common_js_1.hasAllowedValues)(def) || (0, params_common_js_1.hasAllowedPattern)(def);
                // CIDR blocks are parameter-cidr-pattern's, with a more precise message and a fix; tag
                // values and outputs take any text.
                if (!constrained && !(0, params_common_js_1.isCidrParameter)(p) && !(0, params_common_js_1.usedOnlyAsFreeText)(ctx.refsTo(p.name))) {
                    const awsType = (0, params_common_js_1.suggestedAwsType)(p.name);
                    ctx.report({
                        at: p.pointer,
                        message: `String parameter ${p.name} has neither AllowedValues nor AllowedPattern, so any value is accepted and a wrong one fails only when a resource uses it. Add AllowedValues or an AllowedPattern${awsType ? ` (or use the type ${awsType}, which checks the value exists)` : ''}.`,
                    });
                }
                if (ctx.options.requireConstraintDescription && (0, params_common_js_1.hasAllowedPattern)(def) && !(0, params_common_js_1.has)(def, 'ConstraintDescription')) {
                    ctx.report({
                        at: (0, api_js_1.childPointer)(p.pointer, 'AllowedPattern'),
                        message: `Parameter ${p.name} has an AllowedPattern but no ConstraintDescription, so a rejected value is explained only by the raw pattern. Add a ConstraintDescription saying what is allowed.`,
                    });
                }
            }
            else if (p.type === 'Number') {
                if ((0, params_common_js_1.hasAllowedValues)(def))
                    continue;
                const min = (0, params_common_js_1.has)(def, 'MinValue');
                const max = (0, params_common_js_1.has)(def, 'MaxValue');
                if (!min && !max) {
                    ctx.report({
                        at: p.pointer,
                        message: `Number parameter ${p.name} has no MinValue, MaxValue or AllowedValues, so any number is accepted. Add the bounds the resources using it allow.`,
                    });
                }
                else if (ctx.options.requireBothBounds && !(min && max)) {
                    ctx.report({
                        at: p.pointer,
                        message: `Number parameter ${p.name} has ${min ? 'MinValue but no MaxValue' : 'MaxValue but no MinValue'}. Add the missing bound.`,
                    });
                }
            }
        }
    },
});


/***/ }),

/***/ 2194:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const params_common_js_1 = __nccwpck_require__(4134);
const numberOrUndefined = (v) => (v === undefined || v === null ? undefined : (0, api_js_1.asNumber)(v));
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'parameter-default-valid',
        family: 4,
        severity: 'high',
        title: "A parameter's Default satisfies its own constraints",
        description: 'CloudFormation checks a default against the parameter\'s `AllowedValues`, `AllowedPattern`, `MinLength`/`MaxLength` and `MinValue`/`MaxValue` like any other value: a default that fails them makes every deployment that does not pass the parameter fail before it starts.',
        fixable: 'never',
    },
    check(ctx) {
        for (const p of (0, params_common_js_1.listParameters)(ctx.template)) {
            if (p.type !== 'String' && p.type !== 'Number')
                continue;
            const value = p.def.Default;
            if (value === undefined || value === null)
                continue;
            const text = (0, params_common_js_1.scalarText)(value);
            if (text === undefined)
                continue;
            const problems = [];
            const allowed = p.def.AllowedValues;
            if (Array.isArray(allowed) && allowed.length > 0) {
                const n = (0, api_js_1.asNumber)(text);
                const matches = allowed.some((a) => {
                    const t = (0, params_common_js_1.scalarText)(a);
                    if (t === text)
                        return true;
                    return p.type === 'Number' && n !== undefined && (0, api_js_1.asNumber)(a) === n;
                });
                if (!matches) {
                    const list = allowed.map((a) => (0, params_common_js_1.scalarText)(a) ?? '?');
                    problems.push(`is not one of its AllowedValues (${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''})`);
                }
            }
            if (p.type === 'String') {
                const re = (0, params_common_js_1.compileAllowedPattern)(p.def.AllowedPattern);
                if (re && !re.test(text))
                    problems.push(`does not match its AllowedPattern ${p.def.AllowedPattern}`);
                const minLength = numberOrUndefined(p.def.MinLength);
                const maxLength = numberOrUndefined(p.def.MaxLength);
                if (minLength !== undefined && text.length < minLength)
                    problems.push(`is shorter than its MinLength ${minLength}`);
                if (maxLength !== undefined && text.length > maxLength)
                    problems.push(`is longer than its MaxLength ${maxLength}`);
            }
            else {
                const n = (0, api_js_1.asNumber)(text);
                if (n === undefined)
                    problems.push('is not a number');
                else {
                    const min = numberOrUndefined(p.def.MinValue);
                    const max = numberOrUndefined(p.def.MaxValue);
                    if (min !== undefined && n < min)
                        problems.push(`is below its MinValue ${min}`);
                    if (max !== undefined && n > max)
                        problems.push(`is above its MaxValue ${max}`);
                }
            }
            if (problems.length === 0)
                continue;
            const shown = (0, api_js_1.asBoolean)(p.def.NoEcho) === true ? 'default' : `default ${(0, params_common_js_1.show)(text)}`;
            ctx.report({
                at: (0, api_js_1.childPointer)(p.pointer, 'Default'),
                message: `Parameter ${p.name}'s ${shown} ${problems.join(' and ')}, so CloudFormation rejects every deployment that does not pass ${p.name}. Fix the default or the constraint.`,
            });
        }
    },
});


/***/ }),

/***/ 2566:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const params_common_js_1 = __nccwpck_require__(4134);
const INTERFACE = 'AWS::CloudFormation::Interface';
const OTHER = 'Other parameters';
const labelOf = (group) => {
    if (!(0, api_js_1.isMapping)(group))
        return undefined;
    const label = group.Label;
    if (typeof label === 'string')
        return label;
    return (0, api_js_1.isMapping)(label) && typeof label.default === 'string' ? label.default : undefined;
};
const groupName = (g) => (g.label !== undefined ? `"${g.label}"` : `#${g.index + 1}`);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'parameter-groups',
        family: 3,
        severity: 'medium',
        title: 'Every parameter is placed in a parameter group of AWS::CloudFormation::Interface',
        description: 'Without `Metadata.AWS::CloudFormation::Interface` ParameterGroups the console lists parameters ungrouped and alphabetically; a parameter left out of every group lands at the bottom under "Other parameters", and a group naming a parameter the template does not have groups nothing.',
        fixable: 'always',
        options: {
            defaults: { minParameters: 1 },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: { minParameters: { type: 'integer', minimum: 1 } },
            },
        },
    },
    check(ctx) {
        const params = (0, params_common_js_1.listParameters)(ctx.template);
        const names = params.map((p) => p.name);
        const known = new Set(names);
        const metadata = ctx.template.template.Metadata;
        const metadataPtr = (0, api_js_1.pointer)('Metadata');
        const interfacePtr = (0, api_js_1.childPointer)(metadataPtr, INTERFACE);
        const iface = (0, api_js_1.isMapping)(metadata) ? metadata[INTERFACE] : undefined;
        const newGroup = (members) => ({ Label: { default: members.length === names.length ? 'Parameters' : OTHER }, Parameters: members });
        if (iface === undefined) {
            if (params.length === 0 || params.length < ctx.options.minParameters)
                return;
            if (metadata !== undefined && !(0, api_js_1.isMapping)(metadata))
                return; // the engine reports the malformed section
            const value = { ParameterGroups: [newGroup(names)] };
            const fix = {
                title: `Add ${INTERFACE} with one parameter group`,
                safety: 'safe',
                ops: metadata === undefined ? [{ op: 'add', path: metadataPtr, value: { [INTERFACE]: value } }] : [{ op: 'add', path: interfacePtr, value }],
            };
            ctx.report({
                // Shown on the Parameters section: that is what the reader has to group.
                at: (0, api_js_1.pointer)('Parameters'),
                message: params.length === 1
                    ? `The template has a parameter but no ${INTERFACE} metadata, so the console shows it without a group. Add ParameterGroups that group the parameters by purpose.`
                    : `The template has ${params.length} parameters but no ${INTERFACE} metadata, so the console lists them ungrouped in alphabetical order. Add ParameterGroups that group them by purpose.`,
                fix,
            });
            return;
        }
        if (!(0, api_js_1.isMapping)(iface))
            return;
        const groupsPtr = (0, api_js_1.childPointer)(interfacePtr, 'ParameterGroups');
        const rawGroups = iface.ParameterGroups;
        if (rawGroups === undefined) {
            if (params.length === 0)
                return;
            ctx.report({
                at: interfacePtr,
                message: `${INTERFACE} has no ParameterGroups, so the console lists the template's ${params.length === 1 ? 'parameter' : `${params.length} parameters`} without groups. Add ParameterGroups that group them by purpose.`,
                fix: { title: 'Add ParameterGroups with one group', safety: 'safe', ops: [{ op: 'add', path: groupsPtr, value: [newGroup(names)] }] },
            });
            return;
        }
        if (!Array.isArray(rawGroups))
            return;
        const groups = rawGroups.map((g, index) => ({
            index,
            label: labelOf(g),
            names: (0, api_js_1.isMapping)(g) && Array.isArray(g.Parameters) ? g.Parameters : undefined,
        }));
        const grouped = new Set();
        for (const g of groups)
            for (const n of g.names ?? [])
                if (typeof n === 'string')
                    grouped.add(n);
        // Entries naming a parameter the template does not have.
        for (const g of groups) {
            g.names?.forEach((entry, j) => {
                if (typeof entry !== 'string' || known.has(entry))
                    return;
                const at = (0, api_js_1.childPointer)(groupsPtr, g.index, 'Parameters', j);
                const hint = (0, params_common_js_1.closestName)(entry, known);
                const rename = hint !== undefined && !grouped.has(hint);
                ctx.report({
                    at,
                    message: `Parameter group ${groupName(g)} lists ${entry}, which is not a parameter of this template${hint ? ` (did you mean ${hint}?)` : ''}; the entry groups nothing. ${rename ? `Rename it to ${hint}` : 'Remove it or fix the name'}.`,
                    fix: rename
                        ? { title: `Rename ${entry} to ${hint}`, safety: 'safe', ops: [{ op: 'test', path: at, value: entry }, { op: 'replace', path: at, value: hint }] }
                        : { title: `Remove ${entry} from the group`, safety: 'safe', ops: [{ op: 'test', path: at, value: entry }, { op: 'remove', path: at }] },
                });
            });
        }
        // Parameters in no group: all share one fix, which groups every one of them (its test op makes
        // the others stale once one is applied).
        const ungrouped = names.filter((n) => !grouped.has(n));
        if (ungrouped.length === 0)
            return;
        const other = groups.find((g) => g.label === OTHER && g.names !== undefined);
        const fix = other
            ? {
                title: `Add ${(0, params_common_js_1.listText)(ungrouped)} to the "${OTHER}" group`,
                safety: 'safe',
                ops: [
                    { op: 'test', path: (0, api_js_1.childPointer)(groupsPtr, other.index, 'Parameters'), value: other.names },
                    ...ungrouped.map((n) => ({ op: 'add', path: (0, api_js_1.childPointer)(groupsPtr, other.index, 'Parameters', '-'), value: n })),
                ],
            }
            : {
                title: `Group ${(0, params_common_js_1.listText)(ungrouped)} under "${OTHER}"`,
                safety: 'safe',
                ops: [
                    { op: 'test', path: groupsPtr, value: rawGroups },
                    { op: 'add', path: (0, api_js_1.childPointer)(groupsPtr, '-'), value: { Label: { default: OTHER }, Parameters: ungrouped } },
                ],
            };
        for (const p of params) {
            if (grouped.has(p.name))
                continue;
            ctx.report({
                at: p.pointer,
                message: `Parameter ${p.name} is in no parameter group of ${INTERFACE}, so the console shows it apart from the others under "Other parameters". Add it to the group it belongs to.`,
                fix,
            });
        }
    },
});


/***/ }),

/***/ 8332:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const params_common_js_1 = __nccwpck_require__(4134);
/** Names of parameters that hold an account or user name rather than a secret. */
const USERNAME = /user(?:name)?s?$|user_?name|login(?:name)?$|account(?:name)?$/i;
const SECRET_WORD = /pass|secret|token|key|cred|pwd|pin$/i;
/** A default that names where the secret lives rather than holding it. */
function isReference(text) {
    const t = text.trim();
    return (t.startsWith('{{resolve:') || // a dynamic reference
        /^arn:aws[a-z-]*:/.test(t) || // the ARN of a secret or parameter
        /^\/[\w.\-/]+$/.test(t) // an SSM parameter path
    );
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'parameter-noecho-default',
        family: 4,
        severity: 'critical',
        title: 'NoEcho parameters have no Default',
        description: 'A `NoEcho` parameter marks a secret; giving it a `Default` writes the secret into the template, and so into git, and deploys it wherever the parameter is not passed. NoEcho then hides only what anyone with the repository can read.',
        fixable: 'always',
        options: {
            defaults: { includeUsernames: false },
            schema: { type: 'object', additionalProperties: false, properties: { includeUsernames: { type: 'boolean' } } },
        },
    },
    check(ctx) {
        for (const p of (0, params_common_js_1.listParameters)(ctx.template)) {
            if ((0, api_js_1.asBoolean)(p.def.NoEcho) !== true)
                continue;
            if (p.type?.startsWith('AWS::SSM::Parameter::'))
                continue; // the default names an SSM parameter
            const value = p.def.Default;
            const text = (0, params_common_js_1.scalarText)(value);
            if (text === undefined || text.trim() === '' || isReference(text))
                continue;
            if (!ctx.options.includeUsernames && USERNAME.test(p.name) && !SECRET_WORD.test(p.name))
                continue;
            const at = (0, api_js_1.childPointer)(p.pointer, 'Default');
            ctx.report({
                at,
                message: `Parameter ${p.name} is NoEcho but has a Default, so the secret is committed with the template and used by every stack deployed without the parameter. Remove the Default and pass the value at deploy time (or generate it in Secrets Manager), and rotate the committed value.`,
                fix: {
                    title: `Remove the Default of ${p.name}`,
                    // Deployments that relied on the default must now pass the value, or they fail.
                    safety: 'unsafe',
                    ops: [
                        { op: 'test', path: at, value },
                        { op: 'remove', path: at },
                    ],
                },
            });
        }
    },
});


/***/ }),

/***/ 5683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const rds_model_js_1 = __nccwpck_require__(2225);
const rds_values_js_1 = __nccwpck_require__(2784);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-backup-retention',
        family: 10,
        severity: 'medium',
        title: 'RDS databases keep automated backups for at least a week',
        description: 'Automated backups are what point-in-time recovery restores from. CloudFormation keeps them for 1 day when `BackupRetentionPeriod` is not set, and 0 turns them off; a week (the default minimum) lets a problem noticed days later still be undone.',
        resourceTypes: [rds_model_js_1.INSTANCE, rds_model_js_1.CLUSTER],
        fixable: 'sometimes',
        options: {
            defaults: { minDays: 7 },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: { minDays: { type: 'integer', minimum: 1, maximum: 35 } },
            },
        },
    },
    check(ctx) {
        const min = ctx.options.minDays;
        for (const db of (0, rds_model_js_1.databases)(ctx)) {
            // Members keep the cluster's backups; a read replica instance has none of its own by default.
            if (db.member || (db.kind === 'instance' && db.replica))
                continue;
            const { res } = db;
            const value = res.properties.BackupRetentionPeriod;
            if (value === undefined) {
                ctx.report({
                    at: res.pointer,
                    message: `${db.label} does not set BackupRetentionPeriod, so CloudFormation keeps its automated backups for 1 day only. Set BackupRetentionPeriod to ${min} or more.`,
                    // 1 day to more: no downtime.
                    fix: { title: `Set BackupRetentionPeriod to ${min}`, safety: 'safe', ops: [(0, api_js_1.addPropertyOp)(res, 'BackupRetentionPeriod', min)] },
                });
                continue;
            }
            const alts = (0, rds_model_js_1.propertyAlts)(ctx, res, 'BackupRetentionPeriod');
            if (!alts)
                continue;
            const bad = alts.filter((a) => {
                if (a.value === undefined)
                    return true; // AWS::NoValue: the 1-day default
                const n = (0, api_js_1.asNumber)(a.value);
                return n !== undefined && n < min;
            });
            if (bad.length === 0)
                continue;
            const at = (0, rds_model_js_1.propPointer)(res, 'BackupRetentionPeriod');
            const off = bad.some((a) => (0, api_js_1.asNumber)(a.value) === 0);
            const literal = (0, api_js_1.intrinsicName)(value) === undefined;
            const what = off
                ? `, which turns automated backups and point-in-time recovery off`
                : `, fewer than the ${min} days required`;
            ctx.report({
                at,
                message: `${db.label} has BackupRetentionPeriod ${(0, rds_values_js_1.describeAlts)(bad).replace(/\bunset\b/g, 'unset (1 day)')}${what}. Set it to ${min} or more${literal ? '' : ' in every case'}.`,
                ...(literal
                    ? {
                        fix: {
                            title: `Set BackupRetentionPeriod to ${min}`,
                            // From 0 to a non-zero period RDS takes an outage to enable backups; otherwise no downtime.
                            safety: off ? 'unsafe' : 'safe',
                            ops: [
                                { op: 'test', path: at, value },
                                { op: 'replace', path: at, value: typeof value === 'string' ? String(min) : min },
                            ],
                        },
                    }
                    : {}),
            });
        }
    },
});


/***/ }),

/***/ 985:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.majorOf = majorOf;
const api_js_1 = __nccwpck_require__(6750);
const rds_engine_versions_json_1 = __importDefault(__nccwpck_require__(1827));
const rds_model_js_1 = __nccwpck_require__(2225);
const rds_values_js_1 = __nccwpck_require__(2784);
const ENGINES = rds_engine_versions_json_1.default.engines;
/** The major version an EngineVersion names, in the table's notation; undefined when it does not parse. */
function majorOf(family, version) {
    const v = version.trim();
    let m;
    switch (family) {
        case 'postgres':
        case 'aurora-postgresql':
            m = /^(\d+)(?:\.(\d+))?/.exec(v);
            if (!m)
                return undefined;
            return Number(m[1]) < 10 ? (m[2] === undefined ? undefined : `${m[1]}.${m[2]}`) : m[1];
        case 'mysql':
        case 'mariadb':
        case 'aurora':
        case 'aurora-mysql':
            m = /^(\d+)\.(\d+)(?:[.-]|$)/.exec(v);
            return m ? `${m[1]}.${m[2]}` : undefined;
        case 'sqlserver':
            m = /^(\d+)\.(\d{2})(?:\.|$)/.exec(v);
            return m ? `${m[1]}.${m[2]}` : undefined;
        case 'oracle':
            m = /^(\d+)\.(\d+)/.exec(v);
            if (!m)
                return undefined;
            return m[2] === '0' ? m[1] : `${m[1]}.${m[2]}`;
        default:
            return undefined;
    }
}
const compare = (a, b) => {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
};
const supported = (m) => m.endOfStandardSupport === null || m.endOfStandardSupport > rds_engine_versions_json_1.default.asOf;
/** The oldest major still in standard support on the table's date. */
function oldestSupported(row) {
    return row.majors.filter(supported).sort((a, b) => compare(a.major, b.major))[0];
}
const named = (row, m) => `${row.name} ${m.label ?? m.major}`;
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-engine-version',
        family: 10,
        severity: 'medium',
        title: 'RDS databases run a major engine version still in standard support',
        description: 'Models pin the engine versions of their training data. Once a major version leaves RDS standard support it gets no community fixes, RDS bills it under Extended Support or upgrades it on its own schedule, and a late upgrade is a rushed one. The table of supported majors is dated (`rules/data/rds-engine-versions.json`).',
        resourceTypes: [rds_model_js_1.INSTANCE, rds_model_js_1.CLUSTER, rds_model_js_1.GLOBAL_CLUSTER],
        fixable: 'never',
    },
    check(ctx) {
        for (const db of (0, rds_model_js_1.databases)(ctx, true)) {
            // An Aurora member runs its cluster's version.
            if (db.member || !db.engines)
                continue;
            const { res } = db;
            const written = res.properties.EngineVersion;
            if (written === undefined)
                continue; // RDS picks its current default
            const old = [];
            for (const engine of db.engines) {
                const family = (0, rds_model_js_1.engineFamily)(engine.value);
                const row = family ? ENGINES[family] : undefined;
                if (!family || !row)
                    continue;
                const versions = (0, rds_values_js_1.resolve)(ctx.template, written, engine.facts);
                if (!versions)
                    continue;
                for (const version of versions) {
                    if (typeof version.value !== 'string' && typeof version.value !== 'number')
                        continue;
                    const major = majorOf(family, String(version.value));
                    const entry = major === undefined ? undefined : row.majors.find((m) => m.major === major);
                    if (entry && !supported(entry))
                        old.push({ engine, version, row, major: entry });
                }
            }
            if (old.length === 0)
                continue;
            const parts = old.map(({ engine, version, row, major }) => {
                const src = version.sources.length > 0 ? `, ${version.sources.join(', ')}` : '';
                const conds = [...new Set([...engine.conditions, ...version.conditions])];
                const when = conds.length > 0 ? ` when ${conds.join(' and ')}` : '';
                return `${named(row, major)} (EngineVersion ${JSON.stringify(String(version.value))}${src})${when}, out of RDS standard support since ${major.endOfStandardSupport}`;
            });
            const targets = [...new Set(old.map(({ row }) => {
                    const t = oldestSupported(row);
                    return t ? named(row, t) : undefined;
                }))].filter(Boolean);
            ctx.report({
                at: (0, rds_model_js_1.propPointer)(res, 'EngineVersion'),
                message: `${db.label} runs ${parts.join('; ')}, so RDS bills it for Extended Support or upgrades it on its own schedule. Plan a major version upgrade to ${targets.join(' or ') || 'a supported major'} or later (tested first, with AllowMajorVersionUpgrade on an existing database).`,
            });
        }
    },
});


/***/ }),

/***/ 1728:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const alarm_coverage_js_1 = __nccwpck_require__(1854);
const alarm_fix_js_1 = __nccwpck_require__(237);
/** The instance's identity: itself, and for an Aurora member its cluster too. */
function identityOf(ctx, db, clusters) {
    const identity = { ids: new Set([db.id]), names: new Set() };
    (0, alarm_coverage_js_1.addName)(ctx, identity, db.properties.DBInstanceIdentifier);
    const clusterId = db.properties.DBClusterIdentifier;
    const engines = (ctx.values(db.properties.Engine) ?? []).map((p) => p.value);
    let aurora = engines.some((e) => typeof e === 'string' && e.toLowerCase().startsWith('aurora'));
    if (clusterId !== undefined && !(0, api_js_1.isNoValue)(clusterId)) {
        // Only Aurora puts AWS::RDS::DBInstance resources in a cluster.
        aurora = true;
        (0, alarm_coverage_js_1.addName)(ctx, identity, clusterId);
        for (const id of (0, alarm_coverage_js_1.referencedIds)(clusterId))
            identity.ids.add(id);
        const forms = (0, alarm_coverage_js_1.nameForms)(ctx, clusterId);
        for (const cluster of clusters) {
            const name = cluster.properties.DBClusterIdentifier;
            const named = name !== undefined && [...(0, alarm_coverage_js_1.nameForms)(ctx, name)].some((f) => forms.has(f));
            if (identity.ids.has(cluster.id) || named) {
                identity.ids.add(cluster.id);
                (0, alarm_coverage_js_1.addName)(ctx, identity, name);
            }
        }
    }
    return { identity, aurora };
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-instance-alarms',
        family: 1,
        severity: 'high',
        title: 'RDS DB instances have CloudWatch alarms on CPUUtilization and free storage',
        description: 'A database without alarms on CPU and free storage saturates or fills up unnoticed; a full disk stops writes (and an instance in storage-full state), taking the application down.',
        resourceTypes: ['AWS::RDS::DBInstance'],
        fixable: 'always',
        options: {
            defaults: { cpuThresholdPercent: 80, freeStorageThresholdBytes: 2000000000, period: 300 },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    cpuThresholdPercent: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
                    freeStorageThresholdBytes: { type: 'number', exclusiveMinimum: 0 },
                    period: { type: 'integer', enum: [60, 120, 180, 240, 300, 600, 900, 1800, 3600, 21600, 86400] },
                },
            },
        },
    },
    check(ctx) {
        const instances = ctx.resources('AWS::RDS::DBInstance');
        if (instances.length === 0)
            return;
        const metrics = (0, alarm_coverage_js_1.watchedMetrics)(ctx);
        const clusters = ctx.resources('AWS::RDS::DBCluster');
        const o = ctx.options;
        for (const db of instances) {
            const { identity, aurora } = identityOf(ctx, db, clusters);
            // Aurora instances publish no FreeStorageSpace (the cluster volume grows by itself);
            // FreeLocalStorage is their storage metric. An alarm on either is accepted.
            const storage = aurora ? ['FreeLocalStorage', 'FreeStorageSpace'] : ['FreeStorageSpace'];
            const c = (0, alarm_coverage_js_1.coverage)(ctx, metrics, {
                namespace: 'AWS/RDS',
                required: [['CPUUtilization'], storage],
                identity,
                identifying: ['DBInstanceIdentifier', 'DBClusterIdentifier'],
                aggregateCounts: true,
            });
            if (c.missing.length === 0)
                continue;
            const dimensions = [{ Name: 'DBInstanceIdentifier', Value: { Ref: db.id } }];
            const gb = Math.round((o.freeStorageThresholdBytes / 1e9) * 10) / 10;
            const specs = c.missing.map((metric) => metric === 'CPUUtilization'
                ? {
                    suffix: 'CPU',
                    description: `${db.id} CPU above ${o.cpuThresholdPercent}%`,
                    namespace: 'AWS/RDS',
                    metricName: 'CPUUtilization',
                    dimensions,
                    statistic: 'Average',
                    period: o.period,
                    evaluationPeriods: 2,
                    threshold: o.cpuThresholdPercent,
                    comparison: 'GreaterThanThreshold',
                }
                : {
                    suffix: aurora ? 'FreeLocalStorage' : 'FreeStorage',
                    description: `${db.id} ${aurora ? 'local storage' : 'free storage space'} below ${gb} GB`,
                    namespace: 'AWS/RDS',
                    metricName: metric,
                    dimensions,
                    statistic: 'Average',
                    period: o.period,
                    evaluationPeriods: 1,
                    threshold: o.freeStorageThresholdBytes,
                    comparison: 'LessThanThreshold',
                });
            const storageEffect = aurora ? 'local storage for temporary tables and logs running out' : 'a filling disk';
            const consequence = c.missing.length === 2
                ? `CPU saturation and ${storageEffect} go unnoticed`
                : c.missing[0] === 'CPUUtilization'
                    ? 'CPU saturation goes unnoticed'
                    : `${storageEffect} goes unnoticed`;
            const dimension = aurora ? 'DBInstanceIdentifier (or DBClusterIdentifier)' : 'DBInstanceIdentifier';
            ctx.report({
                at: db.pointer,
                message: `${aurora ? 'Aurora DB instance' : 'DB instance'} ${db.id} has no CloudWatch alarm on ${(0, alarm_coverage_js_1.orList)(c.missing)}, so ${consequence}. Add ${c.missing.length === 1 ? 'an AWS/RDS alarm' : 'one AWS/RDS alarm for each'} with dimension ${dimension}.${(0, alarm_coverage_js_1.nearMissNote)('AWS/RDS', c, 'database')}`,
                fix: () => (0, alarm_fix_js_1.addAlarmsFix)(ctx, db, specs),
            });
        }
    },
});


/***/ }),

/***/ 5396:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const rds_log_exports_json_1 = __importDefault(__nccwpck_require__(9511));
const rds_model_js_1 = __nccwpck_require__(2225);
const rds_values_js_1 = __nccwpck_require__(2784);
const DEFAULT_REQUIRED = Object.fromEntries(Object.entries(rds_log_exports_json_1.default.engines).map(([k, v]) => [k, v.required]));
/** The log names an exports value holds, or undefined when some item cannot be read. */
function logNames(ctx, value, alt) {
    if (value === undefined)
        return new Set();
    // A CommaDelimitedList parameter's default arrives as one string.
    if (typeof value === 'string')
        return new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
    if (!Array.isArray(value))
        return undefined;
    const out = new Set();
    for (const item of value) {
        const alts = (0, rds_values_js_1.resolve)(ctx.template, item, alt.facts);
        if (!alts)
            return undefined;
        // An item that is there only under a condition counts as there: stay quiet rather than guess.
        for (const a of alts)
            if (typeof a.value === 'string')
                out.add(a.value);
    }
    return out;
}
function gaps(ctx, res, engines, required) {
    const out = [];
    for (const engine of engines) {
        const family = (0, rds_model_js_1.engineFamily)(engine.value);
        const want = family ? required[family] : undefined;
        if (!want || want.length === 0)
            continue;
        const written = res.properties.EnableCloudwatchLogsExports;
        const exportsAlts = written === undefined ? [{ value: undefined, conditions: [], sources: [], facts: engine.facts }] : (0, rds_values_js_1.resolve)(ctx.template, written, engine.facts);
        if (!exportsAlts)
            return undefined;
        for (const exp of exportsAlts) {
            const names = logNames(ctx, exp.value, exp);
            if (!names)
                return undefined;
            const missing = want.filter((w) => !names.has(w));
            if (missing.length > 0)
                out.push({ engine, exports: exp, missing });
        }
    }
    return out;
}
const list = (xs) => xs.join(' and ');
const engineText = (e) => `${e.value}${(0, rds_values_js_1.circumstances)(e)}`;
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-log-exports',
        family: 10,
        severity: 'medium',
        title: "RDS databases publish their engine's main log to CloudWatch Logs",
        description: "Without `EnableCloudwatchLogsExports`, a database's error log stays on the instance: it is rotated away within days, cannot be searched across instances, and nothing can alarm on it. Each engine's main log (postgresql, error, alert, ...) should be exported.",
        resourceTypes: [rds_model_js_1.INSTANCE, rds_model_js_1.CLUSTER],
        fixable: 'sometimes',
        options: {
            defaults: { required: DEFAULT_REQUIRED },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    required: {
                        type: 'object',
                        propertyNames: { enum: Object.keys(rds_log_exports_json_1.default.engines) },
                        additionalProperties: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
                    },
                },
            },
        },
    },
    check(ctx) {
        const required = { ...DEFAULT_REQUIRED, ...ctx.options.required };
        for (const db of (0, rds_model_js_1.databases)(ctx)) {
            // Aurora members publish through their cluster; Serverless v1 through its parameter group.
            if (db.member || !db.engines || (0, rds_model_js_1.isServerlessV1)(ctx, db))
                continue;
            const { res } = db;
            const found = gaps(ctx, res, db.engines, required);
            if (!found || found.length === 0)
                continue;
            const written = res.properties.EnableCloudwatchLogsExports;
            const sameMissing = found.every((g) => g.missing.join() === found[0].missing.join());
            const missing = found[0].missing;
            const oneEngine = new Set(found.map((g) => g.engine.value)).size === 1;
            if (written === undefined) {
                const needs = oneEngine
                    ? `the ${list(missing)} log${missing.length > 1 ? 's' : ''} of its ${engineText(found[0].engine)} engine ${missing.length > 1 ? 'never reach' : 'never reaches'}`
                    : `its logs (${found.map((g) => `${list(g.missing)} for ${engineText(g.engine)}`).join('; ')}) never reach`;
                ctx.report({
                    at: res.pointer,
                    message: `${db.label} does not set EnableCloudwatchLogsExports, so ${needs} CloudWatch Logs, where it could be kept, searched and alarmed on. ${sameMissing ? `Add EnableCloudwatchLogsExports: [${missing.join(', ')}].` : 'Export the log of the engine in use.'}`,
                    ...(sameMissing
                        ? { fix: { title: `Export the ${list(missing)} log to CloudWatch Logs`, safety: 'safe', ops: [(0, api_js_1.addPropertyOp)(res, 'EnableCloudwatchLogsExports', missing)] } }
                        : {}),
                });
                continue;
            }
            const at = (0, rds_model_js_1.propPointer)(res, 'EnableCloudwatchLogsExports');
            const literal = Array.isArray(written) && written.every((i) => (0, api_js_1.intrinsicName)(i) === undefined);
            const detail = found
                .map((g) => {
                const when = (0, rds_values_js_1.circumstances)({ conditions: g.exports.conditions, sources: [...g.engine.sources, ...g.exports.sources] });
                const engineWhen = g.engine.conditions.length > 0 ? ` when ${g.engine.conditions.join(' and ')}` : '';
                return `${list(g.missing)} for ${g.engine.value}${when}${engineWhen && !when.includes(engineWhen) ? engineWhen : ''}`;
            })
                .join('; ');
            ctx.report({
                at,
                message: `${db.label} does not export the engine's main log to CloudWatch Logs: it lacks ${detail}. Add ${sameMissing ? list(missing) : 'it'} to EnableCloudwatchLogsExports.`,
                ...(literal && sameMissing && oneEngine
                    ? {
                        fix: {
                            title: `Export the ${list(missing)} log to CloudWatch Logs`,
                            // Publishing a log changes nothing on the database (no restart).
                            safety: 'safe',
                            ops: [
                                { op: 'test', path: at, value: written },
                                ...missing.map((m) => ({ op: 'add', path: `${at}/-`, value: m })),
                            ],
                        },
                    }
                    : {}),
            });
        }
    },
});


/***/ }),

/***/ 4735:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const rds_model_js_1 = __nccwpck_require__(2225);
const rds_windows_js_1 = __nccwpck_require__(969);
/** The window's text when it is one known string; undefined when absent; null when present but unknown. */
function known(ctx, res, prop) {
    if (res.properties[prop] === undefined)
        return undefined;
    const alts = (0, rds_model_js_1.propertyAlts)(ctx, res, prop);
    return alts && alts.length === 1 && typeof alts[0].value === 'string' ? alts[0].value : null;
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-maintenance-windows',
        family: 10,
        severity: 'low',
        title: 'RDS databases set their backup and maintenance windows',
        description: 'Without `PreferredBackupWindow` and `PreferredMaintenanceWindow`, RDS picks a random 30-minute backup window and a random weekly maintenance window in the Region, which may fall in business hours: backups slow the database down and maintenance can restart it.',
        resourceTypes: [rds_model_js_1.INSTANCE, rds_model_js_1.CLUSTER],
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const db of (0, rds_model_js_1.databases)(ctx)) {
            if (db.member)
                continue; // an Aurora member's windows follow its cluster
            const { res } = db;
            // A replica has no backups of its own; retention 0 means no backups to schedule.
            const retention = (0, rds_model_js_1.propertyAlts)(ctx, res, 'BackupRetentionPeriod');
            const backupsOff = !!retention && retention.every((a) => (0, api_js_1.asNumber)(a.value) === 0);
            const wantBackup = !db.replica && !backupsOff;
            const missing = [];
            if (wantBackup && res.properties.PreferredBackupWindow === undefined)
                missing.push('PreferredBackupWindow');
            if (res.properties.PreferredMaintenanceWindow === undefined)
                missing.push('PreferredMaintenanceWindow');
            if (missing.length === 0)
                continue;
            const chosen = (0, rds_windows_js_1.chooseWindows)(known(ctx, res, 'PreferredBackupWindow'), known(ctx, res, 'PreferredMaintenanceWindow'));
            const values = chosen ? { PreferredBackupWindow: chosen.backup, PreferredMaintenanceWindow: chosen.maintenance } : {};
            const random = missing.length === 2 ? 'random backup and maintenance windows' : missing[0] === 'PreferredBackupWindow' ? 'a random daily backup window' : 'a random weekly maintenance window';
            const example = chosen ? `, e.g. ${missing.map((m) => `${m}: ${values[m]}`).join(' and ')} (UTC)` : '';
            ctx.report({
                at: res.pointer,
                message: `${db.label} has no ${missing.join(' or ')}, so RDS picks ${random} that may fall in business hours. Set ${missing.length === 2 ? 'them' : 'it'} to quiet hours${example}.`,
                ...(chosen
                    ? {
                        fix: {
                            title: `Set ${missing.join(' and ')}`,
                            // Only schedules when backups and maintenance happen.
                            safety: 'safe',
                            ops: (0, api_js_1.addPropertiesOps)(res, Object.fromEntries(missing.map((m) => [m, values[m]]))),
                        },
                    }
                    : {}),
            });
        }
    },
});


/***/ }),

/***/ 3947:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const rds_model_js_1 = __nccwpck_require__(2225);
const rds_network_js_1 = __nccwpck_require__(8818);
const rds_values_js_1 = __nccwpck_require__(2784);
/** The DBSubnetGroupName the database is placed with (its own, or its cluster's), 'none', or undefined when unknown. */
function subnetGroup(ctx, db) {
    if (db.res.properties.DBSubnetGroupName !== undefined)
        return db.res.properties.DBSubnetGroupName;
    if (db.replica) {
        // A same-Region replica takes its source's subnet group.
        const source = (0, rds_model_js_1.referenced)(ctx, db.res.properties.SourceDBInstanceIdentifier, rds_model_js_1.INSTANCE);
        return source?.properties.DBSubnetGroupName;
    }
    if (db.member) {
        if (!db.cluster)
            return undefined;
        return db.cluster.properties.DBSubnetGroupName ?? 'none';
    }
    return 'none';
}
/** A Multi-AZ DB cluster (not Aurora) has PubliclyAccessible itself; Aurora sets it per instance. */
function ownsAccess(ctx, db) {
    if (db.kind === 'instance')
        return true;
    if (db.kind !== 'cluster' || db.res.properties.DBClusterInstanceClass === undefined)
        return false;
    return !!db.engines && db.engines.every((e) => !(0, rds_model_js_1.isAurora)(e.value));
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-not-public',
        family: 10,
        severity: 'high',
        title: 'RDS databases are not publicly accessible',
        description: 'A database with `PubliclyAccessible: true` gets a public IP address and can be reached from the internet wherever its security group allows. Left unset, RDS decides from the subnets: in a VPC with an internet gateway (the default VPC has one) the database is public, so it must be set to false explicitly.',
        resourceTypes: [rds_model_js_1.INSTANCE, rds_model_js_1.CLUSTER],
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const db of (0, rds_model_js_1.databases)(ctx)) {
            if (!ownsAccess(ctx, db))
                continue;
            const { res } = db;
            const value = res.properties.PubliclyAccessible;
            const title = 'Set PubliclyAccessible to false';
            if (value === undefined) {
                const group = subnetGroup(ctx, db);
                const fix = { title, safety: 'unsafe', ops: [(0, api_js_1.addPropertyOp)(res, 'PubliclyAccessible', false)] };
                const exposure = group === undefined || group === 'none' ? undefined : (0, rds_network_js_1.subnetExposure)(ctx, group);
                if (group === 'none') {
                    ctx.report({
                        at: res.pointer,
                        message: `${db.label} sets neither PubliclyAccessible nor a DB subnet group, so it is created in the default VPC, where RDS makes it publicly accessible. Set PubliclyAccessible to false and give it a DB subnet group of private subnets.`,
                        fix,
                    });
                }
                else if (exposure?.kind === 'public') {
                    ctx.report({
                        at: res.pointer,
                        message: `${db.label} does not set PubliclyAccessible and its DB subnet group ${exposure.group} includes ${exposure.subnet}, a subnet routed to an internet gateway, so RDS makes it publicly accessible. Set PubliclyAccessible to false and use private subnets only.`,
                        fix,
                    });
                }
                else if (exposure?.kind === 'private') {
                    ctx.report({
                        at: res.pointer,
                        severity: 'low',
                        message: `${db.label} does not set PubliclyAccessible; its subnets have no internet route today, but RDS still gives it a public address when the VPC has an internet gateway. Set PubliclyAccessible to false.`,
                        fix,
                    });
                }
                else {
                    ctx.report({
                        at: res.pointer,
                        severity: 'medium',
                        message: `${db.label} does not set PubliclyAccessible, so RDS makes it publicly accessible when its subnets' VPC has an internet gateway. Set PubliclyAccessible to false.`,
                        fix,
                    });
                }
                continue;
            }
            const alts = (0, rds_model_js_1.propertyAlts)(ctx, res, 'PubliclyAccessible');
            if (!alts)
                continue;
            const bad = alts.filter((a) => (0, api_js_1.asBoolean)(a.value) === true);
            if (bad.length === 0)
                continue;
            const at = (0, rds_model_js_1.propPointer)(res, 'PubliclyAccessible');
            const literal = (0, api_js_1.intrinsicName)(value) === undefined;
            const conditional = bad.some((a) => a.conditions.length > 0);
            ctx.report({
                at,
                message: `${db.label} has PubliclyAccessible ${(0, rds_values_js_1.describeAlts)(bad)}, so ${conditional ? 'in that case ' : ''}it gets a public IP address and is reachable from the internet wherever its security group allows. Set it to false${literal ? '' : ' in every case'} and connect from inside the VPC.`,
                ...(literal
                    ? {
                        fix: {
                            title,
                            // Clients connecting over the internet lose access.
                            safety: 'unsafe',
                            ops: [
                                { op: 'test', path: at, value },
                                { op: 'replace', path: at, value: false },
                            ],
                        },
                    }
                    : {}),
            });
        }
    },
});


/***/ }),

/***/ 9928:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const rds_model_js_1 = __nccwpck_require__(2225);
const rds_values_js_1 = __nccwpck_require__(2784);
const REPLACEMENT = 'on an existing database this forces a replacement, so migrate through an encrypted snapshot';
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'rds-storage-encrypted',
        family: 10,
        severity: 'high',
        title: 'RDS databases encrypt their storage at rest',
        description: 'A DB instance or cluster without `StorageEncrypted: true` keeps its data, automated backups, snapshots and read replicas unencrypted at rest, and encryption cannot be turned on later without replacing the database.',
        resourceTypes: [rds_model_js_1.INSTANCE, rds_model_js_1.CLUSTER],
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const db of (0, rds_model_js_1.databases)(ctx)) {
            // An Aurora (or Multi-AZ cluster) member's storage is its cluster's, checked there; a
            // replica or a restored snapshot inherits encryption from its source.
            if (db.member || db.replica || db.restored)
                continue;
            if ((0, rds_model_js_1.isServerlessV1)(ctx, db))
                continue; // always encrypted
            const { res } = db;
            const value = res.properties.StorageEncrypted;
            const alts = (0, rds_model_js_1.propertyAlts)(ctx, res, 'StorageEncrypted');
            if (!alts)
                continue; // decided at deploy time from something we cannot see
            const bad = alts.filter((a) => a.value === undefined || (0, api_js_1.asBoolean)(a.value) === false);
            if (bad.length === 0)
                continue;
            const at = (0, rds_model_js_1.propPointer)(res, 'StorageEncrypted');
            if (value === undefined) {
                const kms = res.properties.KmsKeyId !== undefined ? ' sets KmsKeyId but' : '';
                ctx.report({
                    at: res.pointer,
                    message: `${db.label}${kms} does not set StorageEncrypted, so its storage, automated backups and snapshots are unencrypted at rest. Set StorageEncrypted to true (${REPLACEMENT}).`,
                    fix: { title: 'Set StorageEncrypted to true', safety: 'unsafe', ops: [(0, api_js_1.addPropertyOp)(res, 'StorageEncrypted', true)] },
                });
                continue;
            }
            const literal = (0, api_js_1.intrinsicName)(value) === undefined;
            const conditional = bad.some((a) => a.conditions.length > 0);
            ctx.report({
                at,
                message: `${db.label} has StorageEncrypted ${(0, rds_values_js_1.describeAlts)(bad)}, so ${conditional ? 'in that case ' : ''}its storage, automated backups and snapshots are unencrypted at rest. Set it to true${literal ? '' : ' in every case'} (${REPLACEMENT}).`,
                // An intrinsic was written on purpose (a test or emulator stack): rewriting it is the author's call.
                ...(literal
                    ? {
                        fix: {
                            title: 'Set StorageEncrypted to true',
                            safety: 'unsafe',
                            ops: [
                                { op: 'test', path: at, value },
                                { op: 'replace', path: at, value: true },
                            ],
                        },
                    }
                    : {}),
            });
        }
    },
});


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AES256 = void 0;
const api_js_1 = __nccwpck_require__(6750);
const s3_buckets_js_1 = __nccwpck_require__(9808);
/** The default encryption of the seed's corrected template. */
exports.AES256 = {
    ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
};
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 's3-bucket-encryption',
        family: 2,
        severity: 'low',
        title: 'S3 buckets declare their default encryption',
        description: 'A bucket should state its default server-side encryption (`BucketEncryption`). S3 has encrypted new objects with SSE-S3 by default since January 2023, so a bucket without it is not unencrypted; but the template then neither shows nor pins the choice, and reviewers and scanners cannot tell SSE-S3 from an oversight.',
        resourceTypes: [s3_buckets_js_1.BUCKET],
        fixable: 'sometimes',
    },
    check(ctx) {
        for (const bucket of ctx.resources(s3_buckets_js_1.BUCKET)) {
            const encryption = bucket.properties.BucketEncryption;
            if (encryption === undefined) {
                ctx.report({
                    at: bucket.pointer,
                    message: `Bucket ${bucket.id} declares no BucketEncryption. S3 applies SSE-S3 to new objects by default, but state it: add BucketEncryption with SSEAlgorithm AES256 (or aws:kms with your key).`,
                    fix: {
                        title: `Add BucketEncryption (AES256) to ${bucket.id}`,
                        // Writes down what S3 already does for new objects; existing objects are untouched.
                        safety: 'safe',
                        ops: [(0, api_js_1.addPropertyOp)(bucket, 'BucketEncryption', exports.AES256)],
                    },
                });
                continue;
            }
            if (!(0, api_js_1.intrinsicName)(encryption))
                continue;
            // `!If [Cond, {...}, !Ref AWS::NoValue]`: say when the declaration disappears.
            const removed = (ctx.values(encryption) ?? []).filter((p) => p.value === undefined || ((0, api_js_1.isMapping)(p.value) && Object.keys(p.value).length === 0));
            if (removed.length === 0)
                continue;
            ctx.report({
                at: (0, api_js_1.childPointer)(bucket.pointer, 'Properties', 'BucketEncryption'),
                message: `Bucket ${bucket.id} declares no BucketEncryption when ${removed.map((p) => p.when ?? 'it is empty').join(' or ')}. Declare the default encryption in every case (AES256 or aws:kms).`,
            });
        }
    },
});


/***/ }),

/***/ 1416:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.denyInsecureTransport = denyInsecureTransport;
const api_js_1 = __nccwpck_require__(6750);
const s3_buckets_js_1 = __nccwpck_require__(9808);
/** The statement the seed's corrected template uses, for bucket `id`. */
function denyInsecureTransport(id, sid = 'DenyInsecureTransport') {
    return {
        Sid: sid,
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: bucketAndObjects(id),
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
}
const bucketAndObjects = (id) => [{ 'Fn::GetAtt': [id, 'Arn'] }, { 'Fn::Sub': '${' + id + '.Arn}/*' }];
const ok = (t) => t !== 'no';
function judge(ctx, bucket, statement) {
    const names = (0, s3_buckets_js_1.bucketNames)(ctx, bucket);
    const s = statement.value;
    let b = 'no';
    let o = 'no';
    const namesNotArns = [];
    if (s.Resource === undefined) {
        b = o = s.NotResource === undefined ? 'no' : 'unknown';
    }
    else {
        for (const entry of Array.isArray(s.Resource) ? s.Resource : [s.Resource]) {
            const c = (0, s3_buckets_js_1.resourceCoverage)(ctx, entry, names);
            if (c.bucket !== 'no')
                b = b === 'yes' || c.bucket === 'yes' ? 'yes' : 'unknown';
            if (c.objects !== 'no')
                o = o === 'yes' || c.objects === 'yes' ? 'yes' : 'unknown';
            if (c.nameNotArn)
                namesNotArns.push((0, s3_buckets_js_1.exprTexts)(ctx, entry)?.[0] ?? '?');
        }
    }
    return { statement, principal: (0, s3_buckets_js_1.everyone)(s.Principal), action: (0, s3_buckets_js_1.allActions)(s), bucket: b, objects: o, namesNotArns };
}
const complete = (v) => ok(v.principal) && ok(v.action) && ok(v.bucket) && ok(v.objects);
const defects = (v) => [v.principal, v.action, v.bucket, v.objects].filter((t) => t === 'no').length;
function describeDefects(v, id) {
    const out = [];
    if (v.bucket === 'no' && v.objects === 'no')
        out.push(`its Resource covers neither the bucket (Fn::GetAtt ${id}.Arn) nor its objects (\${${id}.Arn}/*)`);
    else if (v.bucket === 'no')
        out.push(`it covers the objects but not the bucket itself (add Fn::GetAtt ${id}.Arn to Resource)`);
    else if (v.objects === 'no')
        out.push(`it covers the bucket but not its objects (add \${${id}.Arn}/* to Resource)`);
    if (v.namesNotArns.length > 0) {
        out.push(`${v.namesNotArns.map((n) => JSON.stringify(n)).join(' and ')} ${v.namesNotArns.length > 1 ? 'are' : 'is'} the bucket's name, not an ARN (Ref gives the name)`);
    }
    if (v.principal === 'no')
        out.push(`it applies only to Principal ${JSON.stringify(v.statement.value.Principal ?? null)}, not to everyone ("*")`);
    if (v.action === 'no') {
        const a = v.statement.value.Action;
        out.push(a === undefined ? 'it names no Action (use "s3:*")' : `it denies only ${JSON.stringify(a)}, not "s3:*"`);
    }
    return out;
}
/** Replaces what is missing in an existing HTTPS-only statement. */
function completeStatement(v, id) {
    const ops = [];
    const s = v.statement.value;
    const set = (key, value) => {
        const path = (0, api_js_1.childPointer)(v.statement.at, key);
        if (s[key] === undefined)
            ops.push({ op: 'add', path, value });
        else
            ops.push({ op: 'test', path, value: s[key] }, { op: 'replace', path, value });
    };
    if (v.principal === 'no')
        set('Principal', '*');
    if (v.action === 'no')
        set('Action', 's3:*');
    if (v.bucket === 'no' || v.objects === 'no' || v.namesNotArns.length > 0)
        set('Resource', bucketAndObjects(id));
    return { title: `Make the HTTPS-only statement cover everyone, every S3 action, ${id} and its objects`, safety: 'unsafe', ops };
}
function addStatement(link, id) {
    const st = (0, s3_buckets_js_1.policyStatements)(link.policy);
    if (st.unreadable)
        return undefined;
    const sids = new Set(st.list.map((s) => s.value.Sid));
    let sid = 'DenyInsecureTransport';
    for (let i = 2; sids.has(sid); i++)
        sid = `DenyInsecureTransport${i}`;
    const statement = denyInsecureTransport(id, sid);
    const title = `Add a statement to ${link.policy.id} denying requests to ${id} that do not use HTTPS`;
    if (Array.isArray(st.raw))
        return { title, safety: 'unsafe', ops: [{ op: 'add', path: `${st.at}/-`, value: statement }] };
    if ((0, api_js_1.isMapping)(st.raw)) {
        return {
            title,
            safety: 'unsafe',
            ops: [
                { op: 'test', path: st.at, value: st.raw },
                { op: 'replace', path: st.at, value: [st.raw, statement] },
            ],
        };
    }
    return { title, safety: 'unsafe', ops: [{ op: 'add', path: (0, api_js_1.childPointer)(st.at, 'Statement'), value: [statement] }] };
}
/**
 * A fix to the policy is offered only when the policy always applies to the bucket (a policy that
 * exists under a condition needs a human: a bucket has one policy) and `Fn::GetAtt bucket.Arn`
 * resolves whenever the policy exists.
 */
const canGetAtt = (bucket, link) => !link.when && (typeof bucket.def.Condition !== 'string' || bucket.def.Condition === link.policy.def.Condition);
const rule = (0, api_js_1.defineRule)({
    meta: {
        name: 's3-bucket-https-only',
        family: 2,
        severity: 'high',
        title: 'S3 buckets deny requests that do not use HTTPS',
        description: 'A bucket needs a bucket policy that denies every S3 action to everyone when `aws:SecureTransport` is false, on the bucket and on its objects; otherwise clients can read and write its data over plain HTTP.',
        resourceTypes: [s3_buckets_js_1.BUCKET, s3_buckets_js_1.BUCKET_POLICY],
        fixable: 'sometimes',
    },
    check(ctx) {
        const index = (0, s3_buckets_js_1.indexPolicies)(ctx);
        for (const bucket of ctx.resources(s3_buckets_js_1.BUCKET)) {
            const links = index.byBucket.get(bucket.id) ?? [];
            const open = (0, s3_buckets_js_1.publicUse)(ctx, bucket, links);
            // A public static website is served from S3's website endpoint, which speaks only HTTP.
            if (open.website && (open.policy || open.acl))
                continue;
            if (links.length === 0) {
                if (index.unknown.length > 0)
                    continue; // a policy we cannot place might be this bucket's
                const policyId = (0, api_js_1.freeLogicalId)(ctx.template, `${bucket.id}Policy`);
                const condition = bucket.def.Condition;
                ctx.report({
                    at: bucket.pointer,
                    message: `Bucket ${bucket.id} has no bucket policy denying requests that do not use HTTPS, so its data can be read and written in clear text. Add an AWS::S3::BucketPolicy that denies s3:* to everyone on the bucket and its objects when aws:SecureTransport is false.`,
                    fix: {
                        title: `Add bucket policy ${policyId} denying requests to ${bucket.id} that do not use HTTPS`,
                        safety: 'unsafe',
                        ops: [
                            {
                                op: 'add',
                                path: (0, api_js_1.childPointer)('/Resources', policyId),
                                value: {
                                    Type: s3_buckets_js_1.BUCKET_POLICY,
                                    ...(typeof condition === 'string' ? { Condition: condition } : {}),
                                    Properties: {
                                        Bucket: { Ref: bucket.id },
                                        PolicyDocument: { Version: '2012-10-17', Statement: [denyInsecureTransport(bucket.id)] },
                                    },
                                },
                            },
                        ],
                    },
                });
                continue;
            }
            let conditional;
            let partial;
            let covered = false;
            let unreadable = false;
            for (const link of links) {
                const st = (0, s3_buckets_js_1.policyStatements)(link.policy);
                const candidates = st.list.filter((s) => (0, s3_buckets_js_1.effectIs)(ctx, s.value, 'Deny') !== false && (0, s3_buckets_js_1.deniesPlainHttp)(ctx, s.value.Condition) !== 'no');
                if (st.unreadable && candidates.length === 0)
                    unreadable = true;
                const verdicts = candidates.map((s) => judge(ctx, bucket, s));
                // Several statements may share the work (one for the bucket, one for the objects).
                const full = (list) => {
                    const usable = list.filter((v) => ok(v.principal) && ok(v.action));
                    return usable.some((v) => ok(v.bucket)) && usable.some((v) => ok(v.objects));
                };
                const always = verdicts.filter((v) => !v.statement.when);
                if (full(always)) {
                    if (!link.when)
                        covered = true;
                    else
                        conditional ??= { link, statement: always[0].statement };
                    continue;
                }
                if (full(verdicts)) {
                    conditional ??= { link, statement: verdicts.find((v) => v.statement.when).statement };
                    continue;
                }
                const best = [...verdicts].sort((a, b) => defects(a) - defects(b))[0];
                if (best && !complete(best) && (!partial || (partial.link.when && !link.when)))
                    partial = { link, verdict: best };
            }
            if (covered || unreadable)
                continue;
            if (conditional) {
                const when = [conditional.link.when, conditional.statement.when].filter(Boolean).join(' and ');
                ctx.report({
                    at: conditional.statement.when ? conditional.statement.at : conditional.link.policy.pointer,
                    message: `Bucket ${bucket.id} denies requests that do not use HTTPS only when ${when} (bucket policy ${conditional.link.policy.id}); otherwise its data can be read and written in clear text. Make the deny unconditional.`,
                });
                continue;
            }
            if (partial) {
                const { link, verdict } = partial;
                const fixable = canGetAtt(bucket, link);
                ctx.report({
                    at: verdict.statement.at,
                    message: `The HTTPS-only statement in bucket policy ${link.policy.id} does not fully protect bucket ${bucket.id}${(0, s3_buckets_js_1.whenText)(link.when)}: ${describeDefects(verdict, bucket.id).join('; ')}.`,
                    ...(fixable ? { fix: completeStatement(verdict, bucket.id) } : {}),
                });
                continue;
            }
            const link = links.find((l) => !l.when) ?? links[0];
            const st = (0, s3_buckets_js_1.policyStatements)(link.policy);
            const allow = st.list.find((s) => (0, s3_buckets_js_1.allowsOnlyHttps)(ctx, s.value));
            const fix = canGetAtt(bucket, link) ? addStatement(link, bucket.id) : undefined;
            ctx.report({
                at: st.at,
                message: `Bucket policy ${link.policy.id} on bucket ${bucket.id}${link.when ? ` (applied only when ${link.when})` : ''} has no statement denying requests that do not use HTTPS${allow ? ' (an Allow conditioned on aws:SecureTransport true does not stop HTTP requests that other policies allow)' : ''}. Add a Deny of s3:* to everyone on the bucket and its objects when aws:SecureTransport is false.`,
                ...(fix ? { fix } : {}),
            });
        }
    },
});
exports["default"] = rule;


/***/ }),

/***/ 4730:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FLAGS = void 0;
const api_js_1 = __nccwpck_require__(6750);
const s3_buckets_js_1 = __nccwpck_require__(9808);
exports.FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];
const ACL_FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls'];
const POLICY_FLAGS = ['BlockPublicPolicy', 'RestrictPublicBuckets'];
const list = (flags) => (flags.length === 1 ? flags[0] : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`);
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 's3-bucket-public-access-block',
        family: 2,
        severity: 'medium',
        title: 'S3 buckets block public access with all four flags',
        description: '`PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` all true keeps a bucket private whatever ACL or policy is added later. A flag set false, or left out of a configuration that is present (it then defaults to false), opens that path.',
        resourceTypes: [s3_buckets_js_1.BUCKET],
        fixable: 'sometimes',
    },
    check(ctx) {
        const index = (0, s3_buckets_js_1.indexPolicies)(ctx);
        for (const bucket of ctx.resources(s3_buckets_js_1.BUCKET)) {
            const open = (0, s3_buckets_js_1.publicUse)(ctx, bucket, index.byBucket.get(bucket.id) ?? []);
            // Flags that would switch off the public access the template grants on purpose.
            const exempt = new Set([...(open.acl ? ACL_FLAGS : []), ...(open.policy ? POLICY_FLAGS : [])]);
            const wanted = exports.FLAGS.filter((f) => !exempt.has(f));
            if (wanted.length === 0)
                continue;
            const why = open.policy ? ` (bucket policy ${open.policy} makes it public, so BlockPublicPolicy and RestrictPublicBuckets are left to you)` : open.acl ? ` (AccessControl ${open.acl} makes it public, so the ACL flags are left to you)` : '';
            // Log buckets often turn the ACL flags off for log delivery, which does not need it.
            const aclsOn = /ObjectWriter|BucketOwnerPreferred/.test(JSON.stringify(bucket.properties.OwnershipControls ?? null));
            const logAcl = aclsOn || (ctx.values(bucket.properties.AccessControl)?.some((p) => p.value === 'LogDeliveryWrite') ?? false);
            const cautious = open.website || open.acl !== undefined || open.policy !== undefined;
            const configAt = (0, api_js_1.childPointer)(bucket.pointer, 'Properties', 'PublicAccessBlockConfiguration');
            const config = bucket.properties.PublicAccessBlockConfiguration;
            if (config === undefined) {
                ctx.report({
                    at: bucket.pointer,
                    severity: 'low',
                    message: `Bucket ${bucket.id} has no PublicAccessBlockConfiguration${why}. S3 blocks public access on new buckets by default, but state it: set ${list(wanted)} to true.`,
                    fix: {
                        title: `Add a PublicAccessBlockConfiguration to ${bucket.id}`,
                        // New buckets already get these settings; a public or website bucket may rely on public access.
                        safety: cautious ? 'unsafe' : 'safe',
                        ops: [(0, api_js_1.addPropertyOp)(bucket, 'PublicAccessBlockConfiguration', Object.fromEntries(wanted.map((f) => [f, true])))],
                    },
                });
                continue;
            }
            if ((0, api_js_1.intrinsicName)(config)) {
                const removed = (ctx.values(config) ?? []).filter((p) => p.value === undefined);
                if (removed.length > 0) {
                    ctx.report({
                        at: configAt,
                        message: `Bucket ${bucket.id} has no PublicAccessBlockConfiguration when ${removed.map((p) => p.when).join(' or ')}; block public access in every case (${list(wanted)} true).`,
                    });
                }
                continue;
            }
            if (!(0, api_js_1.isMapping)(config))
                continue;
            const missing = wanted.filter((f) => config[f] === undefined);
            if (missing.length > 0) {
                const fix = {
                    title: `Set ${list(missing)} to true on ${bucket.id}`,
                    // An omitted flag is false today: turning it on may cut off public access someone uses.
                    safety: 'unsafe',
                    ops: missing.map((f) => ({ op: 'add', path: (0, api_js_1.childPointer)(configAt, f), value: true })),
                };
                ctx.report({
                    at: configAt,
                    message: `Bucket ${bucket.id}'s PublicAccessBlockConfiguration leaves out ${list(missing)}, which ${missing.length > 1 ? 'then default' : 'then defaults'} to false; set ${missing.length > 1 ? 'them' : 'it'} to true.`,
                    fix,
                });
            }
            for (const flag of wanted) {
                const value = config[flag];
                if (value === undefined)
                    continue;
                const possible = ctx.values(value);
                if (!possible)
                    continue; // a parameter without default, an import: decided at deploy time
                const bad = possible.filter((p) => (0, api_js_1.asBoolean)(p.value) !== true);
                if (bad.length === 0)
                    continue;
                const at = (0, api_js_1.childPointer)(configAt, flag);
                ctx.report({
                    at,
                    message: `Bucket ${bucket.id} has ${flag} ${bad.map((p) => `${JSON.stringify(p.value ?? null)}${p.when ? ` when ${p.when}` : ''}`).join(', ')}${why}; set it to true.${logAcl && ACL_FLAGS.includes(flag) ? ' Log delivery ACLs (LogDeliveryWrite, CloudFront\'s awslogsdelivery grant) are not public, so this does not stop log delivery.' : ''}`,
                    fix: {
                        title: `Set ${flag} to true on ${bucket.id}`,
                        // Someone turned it off, perhaps on purpose: blocking may cut off access in use.
                        safety: 'unsafe',
                        ops: [
                            { op: 'test', path: at, value },
                            { op: 'replace', path: at, value: true },
                        ],
                    },
                });
            }
        }
    },
});


/***/ }),

/***/ 9931:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy'];
const EVENTS = {
    both: 'deleting the stack or replacing the bucket',
    DeletionPolicy: 'deleting the stack',
    UpdateReplacePolicy: 'replacing the bucket in an update',
};
function describe(possible) {
    return possible.map((p) => `${JSON.stringify(p.value ?? 'Delete')}${p.when ? ` when ${p.when}` : ''}`).join(', ');
}
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 's3-bucket-retain',
        family: 8,
        severity: 'high',
        title: 'S3 buckets keep their data when the stack is deleted or the bucket replaced',
        description: 'Without `DeletionPolicy: Retain` and `UpdateReplacePolicy: Retain`, CloudFormation deletes a bucket (and with it the data) when the stack is deleted or an update replaces the bucket.',
        resourceTypes: ['AWS::S3::Bucket'],
        fixable: 'always',
        options: {
            defaults: { accepted: ['Retain'] },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    accepted: {
                        type: 'array',
                        minItems: 1,
                        uniqueItems: true,
                        items: { enum: ['Retain', 'RetainExceptOnCreate', 'Snapshot', 'Delete'] },
                    },
                },
            },
        },
    },
    check(ctx) {
        const accepted = ctx.options.accepted;
        const wanted = accepted[0];
        for (const bucket of ctx.resources('AWS::S3::Bucket')) {
            const missing = ATTRIBUTES.filter((a) => bucket.def[a] === undefined);
            if (missing.length > 0) {
                const fix = {
                    title: `Set ${missing.join(' and ')} to ${wanted}`,
                    safety: 'safe',
                    ops: missing.map((a) => ({ op: 'add', path: (0, api_js_1.childPointer)(bucket.pointer, a), value: wanted })),
                };
                ctx.report({
                    at: bucket.pointer,
                    message: `Bucket ${bucket.id} has no ${missing.join(' or ')}: ${EVENTS[missing.length === 2 ? 'both' : missing[0]]} deletes the bucket and its data. Set ${missing.join(' and ')} to ${wanted}.`,
                    fix,
                });
            }
            for (const attribute of ATTRIBUTES) {
                const value = bucket.def[attribute];
                if (value === undefined)
                    continue;
                const possible = ctx.values(value);
                if (!possible)
                    continue; // decided at deploy time from something we cannot see
                const bad = possible.filter((p) => typeof p.value !== 'string' || !accepted.includes(p.value));
                if (bad.length === 0)
                    continue;
                const at = (0, api_js_1.childPointer)(bucket.pointer, attribute);
                ctx.report({
                    at,
                    message: `Bucket ${bucket.id} has ${attribute} ${describe(bad)}; use ${accepted.join(' or ')} so its data survives ${attribute === 'DeletionPolicy' ? 'stack deletion' : 'replacement'}.`,
                    fix: {
                        title: `Set ${attribute} to ${wanted}`,
                        // Someone chose another policy on purpose (often for a test stack): changing it is theirs to decide.
                        safety: 'unsafe',
                        ops: [
                            { op: 'test', path: at, value },
                            { op: 'replace', path: at, value: wanted },
                        ],
                    },
                });
            }
        }
    },
});


/***/ }),

/***/ 4224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const s3_buckets_js_1 = __nccwpck_require__(9808);
const EXPIRES = ['NoncurrentVersionExpirationInDays', 'NoncurrentVersionExpiration'];
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 's3-versioned-bucket-lifecycle',
        family: 2,
        severity: 'low',
        title: 'Versioned S3 buckets expire noncurrent versions',
        description: 'With versioning enabled every overwrite and delete keeps the previous version, billed like any object, for ever. A lifecycle rule with `NoncurrentVersionExpirationInDays` (or `NoncurrentVersionExpiration`) bounds that.',
        resourceTypes: [s3_buckets_js_1.BUCKET],
        fixable: 'sometimes',
        options: {
            defaults: { noncurrentDays: 90 },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: { noncurrentDays: { type: 'integer', minimum: 1 } },
            },
        },
    },
    check(ctx) {
        for (const bucket of ctx.resources(s3_buckets_js_1.BUCKET)) {
            const props = bucket.properties;
            // Object Lock buckets keep versions on purpose (retention).
            if (props.ObjectLockEnabled !== undefined && (0, api_js_1.asBoolean)(props.ObjectLockEnabled) !== false)
                continue;
            const versioning = ctx.values(props.VersioningConfiguration);
            if (!versioning)
                continue;
            const enabled = [];
            let unknown = false;
            for (const v of versioning) {
                if (!(0, api_js_1.isMapping)(v.value))
                    continue;
                const status = ctx.values(v.value.Status);
                if (!status)
                    unknown = true;
                for (const s of status ?? [])
                    if (s.value === 'Enabled')
                        enabled.push([v.when, s.when].filter(Boolean).join(' and ') || undefined);
            }
            if (enabled.length === 0 || unknown)
                continue;
            const lifecycle = props.LifecycleConfiguration;
            const rules = (0, api_js_1.isMapping)(lifecycle) ? lifecycle.Rules : undefined;
            if (lifecycle !== undefined && (!(0, api_js_1.isMapping)(lifecycle) || (0, api_js_1.intrinsicName)(lifecycle) || (rules !== undefined && !Array.isArray(rules))))
                continue;
            const notes = [];
            let expires = false;
            for (const rule of rules ?? []) {
                if (!(0, api_js_1.isMapping)(rule) || (0, api_js_1.intrinsicName)(rule)) {
                    expires = true; // cannot read it: assume it does
                    continue;
                }
                const name = typeof rule.Id === 'string' ? `rule ${rule.Id}` : 'a rule';
                const has = EXPIRES.some((k) => rule[k] !== undefined);
                const status = ctx.values(rule.Status);
                if (has && (!status || status.some((s) => s.value === 'Enabled')))
                    expires = true;
                else if (has)
                    notes.push(`${name} is not Enabled`);
                else if (rule.ExpirationInDays !== undefined || rule.ExpirationDate !== undefined)
                    notes.push(`${name} expires current objects, which in a versioned bucket only turns them into noncurrent versions`);
                else if (rule.NoncurrentVersionTransitions !== undefined || rule.NoncurrentVersionTransition !== undefined)
                    notes.push(`${name} only moves them to another storage class`);
            }
            if (expires)
                continue;
            const days = ctx.options.noncurrentDays;
            const ids = new Set((rules ?? []).map((r) => ((0, api_js_1.isMapping)(r) ? r.Id : undefined)));
            let id = 'DeleteOldVersions';
            for (let i = 2; ids.has(id); i++)
                id = `DeleteOldVersions${i}`;
            const newRule = { Id: id, Status: 'Enabled', NoncurrentVersionExpirationInDays: days };
            const lifecycleAt = (0, api_js_1.childPointer)(bucket.pointer, 'Properties', 'LifecycleConfiguration');
            const ops = lifecycle === undefined
                ? [(0, api_js_1.addPropertyOp)(bucket, 'LifecycleConfiguration', { Rules: [newRule] })]
                : rules === undefined
                    ? [{ op: 'add', path: (0, api_js_1.childPointer)(lifecycleAt, 'Rules'), value: [newRule] }]
                    : [{ op: 'add', path: (0, api_js_1.childPointer)(lifecycleAt, 'Rules', '-'), value: newRule }];
            const when = enabled.every((w) => w === undefined) ? '' : ` when ${enabled.filter(Boolean).join(' or ')}`;
            ctx.report({
                at: rules !== undefined ? (0, api_js_1.childPointer)(lifecycleAt, 'Rules') : bucket.pointer,
                message: `Bucket ${bucket.id} keeps every old version (versioning is Enabled${when}) but no enabled lifecycle rule expires noncurrent versions${notes.length > 0 ? ` (${notes.join('; ')})` : ''}, so they pile up and are billed for ever. Add a rule with NoncurrentVersionExpirationInDays (${days}).`,
                fix: {
                    title: `Expire ${bucket.id}'s noncurrent versions after ${days} days`,
                    // Deletes old versions someone may still count on for recovery.
                    safety: 'unsafe',
                    ops,
                },
            });
        }
    },
});


/***/ }),

/***/ 6570:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const api_js_1 = __nccwpck_require__(6750);
const secret_parts_js_1 = __nccwpck_require__(2019);
const secret_string_js_1 = __nccwpck_require__(7800);
const keyName = (key) => (key === undefined ? 'the whole value' : JSON.stringify(key));
exports["default"] = (0, api_js_1.defineRule)({
    meta: {
        name: 'secret-from-parameters',
        family: 9,
        severity: 'high',
        title: 'Secrets Manager secrets generate their password instead of taking it from parameters or the template',
        description: 'A secret whose `SecretString` is assembled from template parameters carries a password someone typed in at deploy time, kept in the stack\'s parameters and deployment tooling; one written into the template is readable by anyone with the source (critical). `GenerateSecretString` lets Secrets Manager create a strong password that never passes through CloudFormation.',
        resourceTypes: ['AWS::SecretsManager::Secret'],
        fixable: 'sometimes',
        options: {
            defaults: { passwordLength: 32, excludeCharacters: '"@/\\', requireEachIncludedType: true },
            schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    passwordLength: { type: 'integer', minimum: 8, maximum: 4096 },
                    excludeCharacters: { type: 'string' },
                    requireEachIncludedType: { type: 'boolean' },
                },
            },
        },
    },
    check(ctx) {
        for (const secret of ctx.resources('AWS::SecretsManager::Secret')) {
            const variants = (0, secret_string_js_1.analyzeSecretString)(ctx, secret);
            if (!variants)
                continue;
            const judged = variants.map((variant) => {
                const j = { variant, fromParams: [], literals: [] };
                for (const entry of variant.entries) {
                    const verdict = (0, secret_string_js_1.judgeEntry)(ctx, entry);
                    if (verdict.kind === 'parameter')
                        j.fromParams.push({ key: entry.key, params: verdict.params });
                    else if (verdict.kind === 'literal')
                        j.literals.push({ key: entry.key, derivedFrom: verdict.derivedFrom });
                }
                return j;
            });
            const bad = judged.filter((j) => j.fromParams.length > 0 || j.literals.length > 0);
            if (bad.length === 0)
                continue;
            const literal = bad.some((j) => j.literals.length > 0);
            const at = (0, secret_string_js_1.secretStringPointer)(secret);
            const fix = bad.length === 1 && variants.length === 1 && !variants[0].when ? generateFix(ctx, secret, bad[0]) : undefined;
            ctx.report({
                at,
                message: message(ctx, secret, bad),
                severity: literal ? 'critical' : 'high',
                ...(fix ? { fix } : {}),
            });
        }
    },
});
function message(ctx, secret, bad) {
    const sentences = [];
    const seen = new Set();
    for (const j of bad) {
        const when = j.variant.when ? ` when ${j.variant.when}` : '';
        for (const l of j.literals) {
            const s = l.derivedFrom.length > 0
                ? `Secret ${secret.id} builds ${keyName(l.key)} of its SecretString from literal text and parameter${l.derivedFrom.length > 1 ? 's' : ''} ${(0, secret_parts_js_1.quoteList)(l.derivedFrom)}${when}: anyone who reads the template can work the value out.`
                : `Secret ${secret.id} has a literal ${l.key === undefined ? 'SecretString' : `${keyName(l.key)} in its SecretString`}${when}: anyone who reads the template knows the secret.`;
            if (!seen.has(s))
                sentences.push(s);
            seen.add(s);
        }
        for (const p of j.fromParams) {
            const plain = p.params.filter((n) => !(0, secret_parts_js_1.isNoEcho)(ctx, n));
            const s = `Secret ${secret.id} takes ${keyName(p.key)} of its SecretString from parameter${p.params.length > 1 ? 's' : ''} ${(0, secret_parts_js_1.quoteList)(p.params)}${when}: the value is typed in at deploy time and kept with the stack's parameters${plain.length > 0 ? `, in plain text because ${(0, secret_parts_js_1.quoteList)(plain)} ${plain.length > 1 ? 'are' : 'is'} not NoEcho` : ''}.`;
            if (!seen.has(s))
                sentences.push(s);
            seen.add(s);
        }
    }
    sentences.push('Use GenerateSecretString so that Secrets Manager generates it.');
    return sentences.join(' ');
}
/**
 * Replaces SecretString by GenerateSecretString when exactly one member holds the secret (the
 * password) and every other member can go into SecretStringTemplate as it is.
 */
function generateFix(ctx, secret, j) {
    const { variant } = j;
    if (!variant.object || secret.properties.GenerateSecretString !== undefined)
        return undefined;
    const secretKeys = [...j.fromParams.map((p) => p.key), ...j.literals.map((l) => l.key)];
    if (secretKeys.length !== 1)
        return undefined;
    const key = secretKeys[0];
    if (key === undefined || key.includes('.') || !Object.hasOwn(variant.object, key))
        return undefined;
    const rest = { ...variant.object };
    delete rest[key];
    const template = (0, secret_string_js_1.renderTemplate)(rest, variant.parts, variant.bare);
    if (template === undefined)
        return undefined;
    const at = (0, secret_string_js_1.secretStringPointer)(secret);
    const { passwordLength, excludeCharacters, requireEachIncludedType } = ctx.options;
    return {
        title: `Generate ${JSON.stringify(key)} with GenerateSecretString`,
        // The secret gets a new value: whatever uses the old password (a database set from the same parameter) must follow.
        safety: 'unsafe',
        ops: [
            { op: 'test', path: at, value: secret.properties.SecretString },
            { op: 'remove', path: at },
            {
                op: 'add',
                path: (0, api_js_1.childPointer)(secret.pointer, 'Properties', 'GenerateSecretString'),
                value: {
                    SecretStringTemplate: template,
                    GenerateStringKey: key,
                    PasswordLength: passwordLength,
                    ExcludeCharacters: excludeCharacters,
                    ...(requireEachIncludedType ? { RequireEachIncludedType: true } : {}),
                },
            },
        ],
    };
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
exports.writeAtomically = writeAtomically;
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const node_util_1 = __nccwpck_require__(7975);
const index_js_1 = __nccwpck_require__(5450);
const config_js_1 = __nccwpck_require__(5710);
const scan_js_1 = __nccwpck_require__(6265);
const types_js_1 = __nccwpck_require__(3171);
const json_js_1 = __nccwpck_require__(2794);
const sarif_js_1 = __nccwpck_require__(643);
const text_js_1 = __nccwpck_require__(5655);
const version_js_1 = __nccwpck_require__(311);
const USAGE = `Usage: tap-guard check [paths...] [options]

Checks AWS CloudFormation templates (JSON or YAML). Directories are walked, honouring
.gitignore; templates are recognised by their content.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at or above SEVERITY:
                             critical, high, medium, low (default), or none
  --config FILE              configuration file (default: .tap-guard.yml if present)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration error.
`;
const CONFIG_NAMES = ['.tap-guard.yml', '.tap-guard.yaml'];
function main(argv, io) {
    try {
        return run(argv, io);
    }
    catch (err) {
        if (err instanceof config_js_1.ConfigError) {
            io.stderr(`tap-guard: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
}
function run(argv, io) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', default: 'text' },
                output: { type: 'string' },
                'fail-on': { type: 'string', default: 'low' },
                config: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (err) {
        throw new config_js_1.ConfigError(`${err.message}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (values.version) {
        io.stdout(`${version_js_1.VERSION}\n`);
        return 0;
    }
    const [command, ...paths] = positionals;
    if (command !== 'check') {
        throw new config_js_1.ConfigError(`${command ? `unknown command "${command}"` : 'no command given'}\n\n${USAGE}`);
    }
    const format = values.format;
    if (!['text', 'json', 'sarif'].includes(format))
        throw new config_js_1.ConfigError(`--format must be text, json or sarif, not "${format}"`);
    const failOn = values['fail-on'];
    if (failOn !== 'none' && !types_js_1.SEVERITIES.includes(failOn)) {
        throw new config_js_1.ConfigError(`--fail-on must be one of ${types_js_1.SEVERITIES.join(', ')} or none, not "${failOn}"`);
    }
    const configFile = values.config ?? CONFIG_NAMES.map((n) => (0, node_path_1.resolve)(io.cwd, n)).find((p) => (0, node_fs_1.existsSync)(p));
    const config = configFile ? (0, config_js_1.loadConfigFile)((0, node_path_1.resolve)(io.cwd, configFile), index_js_1.RULES) : (0, config_js_1.emptyConfig)();
    const rules = (0, config_js_1.activeRules)(index_js_1.RULES, config);
    const files = (0, scan_js_1.collectFiles)(paths.length > 0 ? paths : ['.'], config, io.cwd);
    const result = (0, scan_js_1.scanFiles)(files, { config, rules, knownRules: new Set(index_js_1.RULES.keys()), cwd: io.cwd });
    const report = format === 'json'
        ? (0, json_js_1.formatJson)(result)
        : format === 'sarif'
            ? (0, sarif_js_1.formatSarif)(result, {
                rules: rules.map((r) => ({ meta: r.rule.meta, severity: r.severity })),
                root: io.cwd,
                sources: result.templates,
            })
            : (0, text_js_1.formatText)(result);
    if (values.output)
        writeAtomically((0, node_path_1.resolve)(io.cwd, values.output), report);
    else
        io.stdout(report);
    return failed(result, failOn) ? 1 : 0;
}
function failed(result, failOn) {
    if (failOn === 'none')
        return false;
    const threshold = (0, types_js_1.severityRank)(failOn);
    return result.findings.some((f) => (0, types_js_1.severityRank)(f.severity) >= threshold);
}
/** Never leaves a half-written report: write a temporary file, then rename it into place. */
function writeAtomically(file, text) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0, node_fs_1.writeFileSync)(tmp, text);
    (0, node_fs_1.renameSync)(tmp, file);
}


/***/ }),

/***/ 6750:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.subVariables = exports.isMapping = exports.pointer = exports.parsePointer = exports.parentPointer = exports.getAt = exports.escapeToken = exports.childPointer = exports.isNoValue = exports.intrinsicName = exports.asNumber = exports.asBoolean = exports.closest = exports.freeLogicalId = exports.addPropertyOp = exports.addPropertiesOps = exports.defineRule = void 0;
/** Everything a rule may import: the rule API, pointer helpers and value helpers. */
var rule_js_1 = __nccwpck_require__(7466);
Object.defineProperty(exports, "defineRule", ({ enumerable: true, get: function () { return rule_js_1.defineRule; } }));
var edits_js_1 = __nccwpck_require__(1839);
Object.defineProperty(exports, "addPropertiesOps", ({ enumerable: true, get: function () { return edits_js_1.addPropertiesOps; } }));
Object.defineProperty(exports, "addPropertyOp", ({ enumerable: true, get: function () { return edits_js_1.addPropertyOp; } }));
Object.defineProperty(exports, "freeLogicalId", ({ enumerable: true, get: function () { return edits_js_1.freeLogicalId; } }));
var lint_js_1 = __nccwpck_require__(2773);
Object.defineProperty(exports, "closest", ({ enumerable: true, get: function () { return lint_js_1.closest; } }));
var values_js_1 = __nccwpck_require__(2370);
Object.defineProperty(exports, "asBoolean", ({ enumerable: true, get: function () { return values_js_1.asBoolean; } }));
Object.defineProperty(exports, "asNumber", ({ enumerable: true, get: function () { return values_js_1.asNumber; } }));
Object.defineProperty(exports, "intrinsicName", ({ enumerable: true, get: function () { return values_js_1.intrinsicName; } }));
Object.defineProperty(exports, "isNoValue", ({ enumerable: true, get: function () { return values_js_1.isNoValue; } }));
var pointer_js_1 = __nccwpck_require__(7);
Object.defineProperty(exports, "childPointer", ({ enumerable: true, get: function () { return pointer_js_1.childPointer; } }));
Object.defineProperty(exports, "escapeToken", ({ enumerable: true, get: function () { return pointer_js_1.escapeToken; } }));
Object.defineProperty(exports, "getAt", ({ enumerable: true, get: function () { return pointer_js_1.getAt; } }));
Object.defineProperty(exports, "parentPointer", ({ enumerable: true, get: function () { return pointer_js_1.parentPointer; } }));
Object.defineProperty(exports, "parsePointer", ({ enumerable: true, get: function () { return pointer_js_1.parsePointer; } }));
Object.defineProperty(exports, "pointer", ({ enumerable: true, get: function () { return pointer_js_1.pointer; } }));
var template_js_1 = __nccwpck_require__(8014);
Object.defineProperty(exports, "isMapping", ({ enumerable: true, get: function () { return template_js_1.isMapping; } }));
var refs_js_1 = __nccwpck_require__(934);
Object.defineProperty(exports, "subVariables", ({ enumerable: true, get: function () { return refs_js_1.subVariables; } }));


/***/ }),

/***/ 5710:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.emptyConfig = exports.DEFAULT_INCLUDE = exports.ConfigError = void 0;
exports.parseConfig = parseConfig;
exports.loadConfigFile = loadConfigFile;
exports.activeRules = activeRules;
const node_fs_1 = __nccwpck_require__(3024);
const js_yaml_1 = __importDefault(__nccwpck_require__(4281));
const ajv_1 = __nccwpck_require__(2463);
const lint_js_1 = __nccwpck_require__(2773);
const template_js_1 = __nccwpck_require__(8014);
const types_js_1 = __nccwpck_require__(3171);
/** A user mistake in configuration or arguments (exit code 2), as opposed to a bug. */
class ConfigError extends Error {
    name = 'ConfigError';
}
exports.ConfigError = ConfigError;
exports.DEFAULT_INCLUDE = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template'];
const emptyConfig = () => ({ rules: {}, include: [...exports.DEFAULT_INCLUDE], exclude: [] });
exports.emptyConfig = emptyConfig;
const TOP_KEYS = ['rules', 'include', 'exclude'];
/**
 * Validates a parsed `.tap-guard.yml`. Every error names the key path and what was expected,
 * and unknown names come with the nearest known one.
 */
function parseConfig(raw, source, rules) {
    const fail = (path, message) => {
        throw new ConfigError(`${source}: ${path ? `${path}: ` : ''}${message}`);
    };
    const config = (0, exports.emptyConfig)();
    if (raw === null || raw === undefined)
        return config;
    if (!(0, template_js_1.isMapping)(raw))
        fail('', 'the configuration must be a mapping with `rules`, `include` and `exclude`');
    const data = raw;
    for (const key of Object.keys(data)) {
        if (!TOP_KEYS.includes(key)) {
            const hint = (0, lint_js_1.closest)(key, TOP_KEYS);
            fail(key, `unknown setting${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${TOP_KEYS.join(', ')}`);
        }
    }
    for (const key of ['include', 'exclude']) {
        const v = data[key];
        if (v === undefined || v === null)
            continue;
        if (!Array.isArray(v) || v.some((g) => typeof g !== 'string' || g === ''))
            fail(key, 'must be a list of glob strings');
        config[key] = v;
    }
    if (data.rules !== undefined && data.rules !== null) {
        if (!(0, template_js_1.isMapping)(data.rules))
            fail('rules', 'must be a mapping from rule name to off, on, a severity, or {severity, options}');
        const ajv = new ajv_1.Ajv({ allErrors: true, strict: false, useDefaults: false });
        for (const [name, value] of Object.entries(data.rules)) {
            const rule = rules.get(name);
            if (!rule) {
                const hint = (0, lint_js_1.closest)(name, rules.keys());
                fail(`rules.${name}`, `unknown rule${hint ? ` (did you mean "${hint}"?)` : ''}`);
            }
            config.rules[name] = parseSetting(value, `rules.${name}`, rule, ajv, fail);
        }
    }
    return config;
}
function parseSetting(value, path, rule, ajv, fail) {
    const severities = types_js_1.SEVERITIES.join(', ');
    if (value === 'off' || value === false)
        return { enabled: false };
    if (value === 'on' || value === true)
        return { enabled: true };
    if (typeof value === 'string') {
        if (types_js_1.SEVERITIES.includes(value))
            return { enabled: true, severity: value };
        return fail(path, `"${value}" is not off, on or a severity (${severities})`);
    }
    if (!(0, template_js_1.isMapping)(value))
        return fail(path, `must be off, on, a severity (${severities}) or a mapping`);
    const setting = {};
    for (const key of Object.keys(value)) {
        if (!['enabled', 'severity', 'options'].includes(key))
            fail(`${path}.${key}`, 'unknown key; expected enabled, severity or options');
    }
    if (value.enabled !== undefined) {
        if (typeof value.enabled !== 'boolean')
            fail(`${path}.enabled`, 'must be true or false');
        setting.enabled = value.enabled;
    }
    if (value.severity !== undefined) {
        if (!types_js_1.SEVERITIES.includes(value.severity))
            fail(`${path}.severity`, `must be one of ${severities}`);
        setting.severity = value.severity;
    }
    if (value.options !== undefined) {
        const schema = rule.meta.options?.schema;
        if (!schema)
            fail(`${path}.options`, `rule ${rule.meta.name} takes no options`);
        const validate = ajv.compile(schema);
        if (!validate(value.options)) {
            const detail = (validate.errors ?? [])
                .map((e) => `${e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') + ' ' : ''}${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
                .join('; ');
            fail(`${path}.options`, detail);
        }
        setting.options = value.options;
    }
    return setting;
}
function loadConfigFile(file, rules) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`cannot read configuration ${file}: ${err.code ?? String(err)}`);
    }
    let raw;
    try {
        raw = js_yaml_1.default.load(text, { schema: js_yaml_1.default.CORE_SCHEMA });
    }
    catch (err) {
        throw new ConfigError(`${file}: invalid YAML: ${err instanceof js_yaml_1.default.YAMLException ? err.message : String(err)}`);
    }
    return parseConfig(raw, file, rules);
}
/** The rules to run with their severity and options (defaults merged with the config). */
function activeRules(rules, config) {
    const out = [];
    for (const [name, rule] of rules) {
        const setting = config.rules[name] ?? {};
        if (setting.enabled === false)
            continue;
        out.push({
            rule,
            severity: setting.severity ?? rule.meta.severity,
            options: { ...(rule.meta.options?.defaults ?? {}), ...(setting.options ?? {}) },
        });
    }
    return out;
}


/***/ }),

/***/ 1839:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addPropertyOp = void 0;
exports.addPropertiesOps = addPropertiesOps;
exports.freeLogicalId = freeLogicalId;
const pointer_js_1 = __nccwpck_require__(7);
const template_js_1 = __nccwpck_require__(8014);
/**
 * Ops that set properties on a resource: one `add` per property, or a single `add` of the whole
 * `Properties` mapping when the resource has none (separate adds would overwrite each other).
 */
function addPropertiesOps(resource, values) {
    if (!(0, template_js_1.isMapping)(resource.def.Properties)) {
        return [{ op: 'add', path: (0, pointer_js_1.childPointer)(resource.pointer, 'Properties'), value: { ...values } }];
    }
    return Object.entries(values).map(([key, value]) => ({ op: 'add', path: (0, pointer_js_1.childPointer)(resource.pointer, 'Properties', key), value }));
}
/** The op that sets one property on a resource (see addPropertiesOps). */
const addPropertyOp = (resource, key, value) => addPropertiesOps(resource, { [key]: value })[0];
exports.addPropertyOp = addPropertyOp;
/**
 * A logical id for a new resource: `base` with anything but letters and digits removed, or with
 * 2, 3, ... appended, so that it names no resource or parameter of the template and is not in
 * `taken` (ids already handed out by the same fix; the new one is added to it).
 */
function freeLogicalId(template, base, taken = new Set()) {
    const clean = base.replace(/[^A-Za-z0-9]/g, '') || 'Resource';
    // Raw keys: even a malformed resource entry holds its id.
    const resources = (0, template_js_1.isMapping)(template.template.Resources) ? template.template.Resources : {};
    const used = (id) => taken.has(id) || Object.hasOwn(resources, id) || Object.hasOwn(template.parameters, id);
    let id = clean;
    for (let n = 2; used(id); n++)
        id = `${clean}${n}`;
    taken.add(id);
    return id;
}


/***/ }),

/***/ 2773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeFinding = makeFinding;
exports.lintTemplate = lintTemplate;
exports.sortFindings = sortFindings;
exports.listResources = listResources;
exports.closest = closest;
const pointer_js_1 = __nccwpck_require__(7);
const template_js_1 = __nccwpck_require__(8014);
const rule_js_1 = __nccwpck_require__(7466);
const values_js_1 = __nccwpck_require__(2370);
/** Makes a finding for `at` in `template`, located at the nearest written node. */
function makeFinding(template, file, ruleId, family, severity, at, message, fix) {
    const { range } = template.findingRange(at);
    return {
        ruleId,
        family,
        severity,
        message,
        file,
        pointer: at,
        line: range.start.line,
        column: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column,
        ...(fix ? { fix } : {}),
    };
}
/**
 * Runs the active rules over one template. Structural problems and malformed suppressions are
 * findings; an exception in a rule is an `internal-error` finding and the other rules still run.
 */
function lintTemplate(template, file, rules, knownRules) {
    const findings = [];
    const builtin = (ruleId, at, message) => {
        const meta = rule_js_1.BUILTIN_META[ruleId];
        findings.push(makeFinding(template, file, ruleId, null, meta.severity, at, message));
    };
    const structureOk = checkStructure(template, (at, message) => builtin('invalid-template', at, message));
    const suppressions = readSuppressions(template, knownRules, (at, message) => builtin('invalid-suppression', at, message));
    if (structureOk) {
        const resources = listResources(template);
        const byId = new Map();
        const byType = new Map();
        for (const r of resources) {
            byId.set(r.id, r);
            const list = byType.get(r.type);
            if (list)
                list.push(r);
            else
                byType.set(r.type, [r]);
        }
        const ofTypes = (types) => {
            if (types.length === 0)
                return resources;
            if (types.length === 1)
                return byType.get(types[0]) ?? [];
            const wanted = new Set(types);
            return resources.filter((r) => wanted.has(r.type));
        };
        const shared = {
            file,
            template,
            resources: (...types) => ofTypes(types),
            resource: (id) => byId.get(id),
            refsTo: (id) => template.refs.refsTo(id),
            refsFrom: (id) => template.refs.refsFrom(id),
            values: (value) => (0, values_js_1.possibleValues)(template, value),
        };
        for (const active of rules) {
            const { meta } = active.rule;
            const ctx = {
                ...shared,
                options: active.options,
                report: ({ at, message, fix, severity }) => {
                    findings.push(makeFinding(template, file, meta.name, meta.family, severity ?? active.severity, at, message, fix));
                },
            };
            try {
                active.rule.check(ctx);
            }
            catch (err) {
                const detail = err instanceof Error ? `${err.message}` : String(err);
                builtin('internal-error', '', `rule ${meta.name} failed on this file: ${detail}`);
            }
        }
    }
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        const s = suppressions.find((x) => x.rule === f.ruleId && x.scopes.some((scope) => scope === '' || f.pointer === scope || f.pointer.startsWith(scope + '/')));
        if (s)
            suppressed.push({ ...f, suppression: { reason: s.reason, pointer: s.pointer } });
        else
            kept.push(f);
    }
    return { findings: sortFindings(kept), suppressed: sortFindings(suppressed) };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Sorts findings by file, position, rule and pointer (plain code-unit order: stable across locales). */
function sortFindings(findings) {
    return findings.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.pointer, b.pointer));
}
function listResources(template) {
    const out = [];
    const resources = template.template.Resources;
    if (!(0, template_js_1.isMapping)(resources))
        return out;
    for (const id in resources) {
        const def = resources[id];
        if (!(0, template_js_1.isMapping)(def) || typeof def.Type !== 'string')
            continue;
        const props = def.Properties;
        out.push({ id, type: def.Type, pointer: (0, pointer_js_1.pointer)('Resources', id), def, properties: (0, template_js_1.isMapping)(props) ? props : {} });
    }
    return out;
}
const SECTIONS_THAT_ARE_MAPPINGS = ['Parameters', 'Mappings', 'Conditions', 'Outputs', 'Metadata', 'Rules'];
/** Reports what CloudFormation would reject outright; false when rules cannot run at all. */
function checkStructure(template, report) {
    const data = template.template;
    const resources = data.Resources;
    let ok = true;
    if (resources === undefined) {
        report('', 'the template has no Resources section; CloudFormation requires at least one resource');
    }
    else if (!(0, template_js_1.isMapping)(resources)) {
        const found = Array.isArray(resources) ? 'a list' : resources === null ? 'nothing' : `a ${typeof resources}`;
        report('/Resources', `Resources must be a mapping from logical IDs to resources, but it is ${found}`);
        ok = false;
    }
    else {
        for (const id in resources) {
            const def = resources[id];
            if (!(0, template_js_1.isMapping)(def))
                report((0, pointer_js_1.pointer)('Resources', id), `resource ${id} must be a mapping with a Type`);
            else if (typeof def.Type !== 'string')
                report((0, pointer_js_1.pointer)('Resources', id), `resource ${id} has no Type`);
            else if (def.Properties !== undefined && !(0, template_js_1.isMapping)(def.Properties)) {
                report((0, pointer_js_1.pointer)('Resources', id, 'Properties'), `the Properties of ${id} must be a mapping`);
            }
        }
    }
    for (const section of SECTIONS_THAT_ARE_MAPPINGS) {
        const value = data[section];
        if (value !== undefined && !(0, template_js_1.isMapping)(value))
            report((0, pointer_js_1.pointer)(section), `${section} must be a mapping`);
    }
    return ok;
}
const isUnder = (ptr, scope) => ptr.startsWith('/') && (scope === '' || ptr === scope || ptr.startsWith(scope + '/'));
/** Reads `Metadata.tap-guard.ignore` at template and resource level. */
function readSuppressions(template, knownRules, report) {
    const out = [];
    const read = (metadata, metaPtr, scope) => {
        if (!(0, template_js_1.isMapping)(metadata) || !Object.hasOwn(metadata, 'tap-guard'))
            return;
        const at = (0, pointer_js_1.childPointer)(metaPtr, 'tap-guard');
        const block = metadata['tap-guard'];
        if (!(0, template_js_1.isMapping)(block) || !Array.isArray(block.ignore)) {
            report(at, 'tap-guard metadata must be a mapping with an `ignore` list of {rule, reason}');
            return;
        }
        block.ignore.forEach((entry, i) => {
            const entryPtr = (0, pointer_js_1.childPointer)(at, 'ignore', i);
            if (!(0, template_js_1.isMapping)(entry)) {
                report(entryPtr, 'a suppression must be a mapping with `rule` and `reason`');
                return;
            }
            const rule = entry.rule;
            const reason = entry.reason;
            if (typeof rule !== 'string' || rule === '') {
                report(entryPtr, 'this suppression names no `rule`; it suppresses nothing');
                return;
            }
            if (!knownRules.has(rule)) {
                const hint = closest(rule, knownRules);
                report((0, pointer_js_1.childPointer)(entryPtr, 'rule'), `unknown rule "${rule}" in suppression${hint ? ` (did you mean "${hint}"?)` : ''}; it suppresses nothing`);
                return;
            }
            if (typeof reason !== 'string' || reason.trim() === '') {
                report(entryPtr, `the suppression of ${rule} has no \`reason\`; say why, or it suppresses nothing`);
                return;
            }
            let scopes = [scope];
            if (entry.at !== undefined) {
                // `at` narrows an entry to parts of its scope: JSON Pointers relative to the template.
                const list = typeof entry.at === 'string' ? [entry.at] : entry.at;
                const bad = Array.isArray(list) ? list.find((p) => typeof p !== 'string' || !isUnder(p, scope) || (0, pointer_js_1.getAt)(template.data, p) === undefined) : entry.at;
                if (!Array.isArray(list) || bad !== undefined) {
                    report((0, pointer_js_1.childPointer)(entryPtr, 'at'), `\`at\` must be a JSON Pointer (or a list of them) to something in ${scope === '' ? 'this template' : scope}, such as ${scope === '' ? '/Parameters/Name' : `${scope}/Properties`}; ${JSON.stringify(bad)} is not; the suppression suppresses nothing`);
                    return;
                }
                scopes = list;
            }
            out.push({ rule, reason: reason.trim(), scopes, pointer: entryPtr });
        });
    };
    read(template.template.Metadata, '/Metadata', '');
    const resources = template.template.Resources;
    if ((0, template_js_1.isMapping)(resources)) {
        for (const id in resources) {
            const def = resources[id];
            if ((0, template_js_1.isMapping)(def) && (0, template_js_1.isMapping)(def.Metadata) && Object.hasOwn(def.Metadata, 'tap-guard')) {
                read(def.Metadata, (0, pointer_js_1.pointer)('Resources', id, 'Metadata'), (0, pointer_js_1.pointer)('Resources', id));
            }
        }
    }
    return out;
}
/** The known name nearest to a typo, when it is close enough to suggest. */
function closest(name, known, options = {}) {
    let best;
    let bestDistance = Infinity;
    const fold = (s) => (options.ignoreCase ? s.toLowerCase() : s);
    const target = fold(name);
    for (const k of known) {
        const d = levenshtein(target, fold(k));
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}
function levenshtein(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}


/***/ }),

/***/ 7466:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.severityOf = exports.BUILTIN_META = void 0;
exports.defineRule = defineRule;
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Declares a rule; checks its metadata once, when the rule module is loaded. */
function defineRule(rule) {
    const { meta } = rule;
    if (!NAME.test(meta.name))
        throw new Error(`rule name ${JSON.stringify(meta.name)} must be kebab-case`);
    if (meta.family !== null && !(Number.isInteger(meta.family) && meta.family >= 1 && meta.family <= 10)) {
        throw new Error(`rule ${meta.name}: family must be 1-10 or null`);
    }
    if (!meta.title || !meta.description)
        throw new Error(`rule ${meta.name}: title and description are required`);
    return rule;
}
/** The findings the engine itself makes; they share the rules' metadata shape for reports. */
exports.BUILTIN_META = {
    'parse-error': {
        name: 'parse-error',
        family: null,
        severity: 'critical',
        title: 'The file cannot be read or parsed',
        description: 'The file is not valid JSON or YAML, or cannot be read; nothing else in it was checked.',
        fixable: 'never',
    },
    'invalid-template': {
        name: 'invalid-template',
        family: null,
        severity: 'high',
        title: 'The template does not have the shape CloudFormation requires',
        description: 'A section or resource has the wrong shape (for example `Resources` written as a list), so CloudFormation rejects it.',
        fixable: 'never',
    },
    'invalid-suppression': {
        name: 'invalid-suppression',
        family: null,
        severity: 'medium',
        title: 'A tap-guard suppression is malformed',
        description: 'A suppression in `Metadata.tap-guard.ignore` needs a known rule and a reason; one without either suppresses nothing.',
        fixable: 'never',
    },
    'internal-error': {
        name: 'internal-error',
        family: null,
        severity: 'critical',
        title: 'tap-guard failed while checking this file',
        description: 'A rule or the engine threw an exception; the file was not fully checked. Please report it.',
        fixable: 'never',
    },
};
const severityOf = (meta, override) => override ?? meta.severity;
exports.severityOf = severityOf;


/***/ }),

/***/ 6265:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectFiles = collectFiles;
exports.scanFiles = scanFiles;
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const ignore_1 = __importDefault(__nccwpck_require__(298));
const picomatch_1 = __importDefault(__nccwpck_require__(4006));
const load_js_1 = __nccwpck_require__(2260);
const config_js_1 = __nccwpck_require__(5710);
const lint_js_1 = __nccwpck_require__(2773);
const rule_js_1 = __nccwpck_require__(7466);
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const toPosix = (p) => p.split(node_path_1.sep).join('/');
/**
 * Expands paths into files: files as given, directories walked (honouring `.gitignore` files
 * and the config's include/exclude globs). A path that does not exist is a usage error.
 */
function collectFiles(paths, config, cwd = process.cwd()) {
    const out = [];
    const seen = new Set();
    const add = (abs, explicit) => {
        if (seen.has(abs))
            return;
        seen.add(abs);
        out.push({ file: abs, explicit });
    };
    for (const p of paths) {
        const abs = (0, node_path_1.resolve)(cwd, p);
        let stat;
        try {
            stat = (0, node_fs_1.statSync)(abs);
        }
        catch {
            throw new config_js_1.ConfigError(`no such file or directory: ${p}`);
        }
        if (stat.isDirectory()) {
            const include = (0, picomatch_1.default)(config.include, { dot: true });
            const exclude = config.exclude.length > 0 ? (0, picomatch_1.default)(config.exclude, { dot: true }) : () => false;
            walk(abs, abs, [], (file) => {
                const rel = toPosix((0, node_path_1.relative)(abs, file));
                if (include(rel) && !exclude(rel))
                    add(file, false);
            });
        }
        else {
            add(abs, true);
        }
    }
    return out;
}
function walk(root, dir, ignores, visit) {
    let entries;
    try {
        entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return; // unreadable directories are skipped, as git does
    }
    const local = [...ignores];
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
        try {
            local.push({ base: dir, ig: (0, ignore_1.default)().add((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, '.gitignore'), 'utf8')) });
        }
        catch {
            /* unreadable .gitignore: nothing ignored */
        }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        if (ALWAYS_SKIPPED.has(e.name))
            continue;
        const full = (0, node_path_1.join)(dir, e.name);
        const isDir = e.isDirectory();
        if (!isDir && !e.isFile())
            continue; // symlinks, sockets, ...
        const ignored = local.some(({ base, ig }) => {
            const rel = toPosix((0, node_path_1.relative)(base, full));
            return rel !== '' && ig.ignores(isDir ? `${rel}/` : rel);
        });
        if (ignored)
            continue;
        if (isDir)
            walk(root, full, local, visit);
        else
            visit(full);
    }
}
/** Reads, parses and lints files. Bad input becomes findings; the run always goes on. */
function scanFiles(files, options) {
    const cwd = options.cwd ?? process.cwd();
    const result = { files: [], findings: [], suppressed: [], templates: new Map() };
    for (const { file, explicit } of files) {
        const name = toPosix((0, node_path_1.relative)(cwd, file)) || file;
        const builtin = (ruleId, message, line = 1, column = 1) => {
            result.findings.push({
                ruleId,
                family: null,
                severity: rule_js_1.BUILTIN_META[ruleId].severity,
                message,
                file: name,
                pointer: '',
                line,
                column,
                endLine: line,
                endColumn: column,
            });
        };
        let bytes;
        try {
            bytes = (0, node_fs_1.readFileSync)(file);
        }
        catch (err) {
            result.files.push({ file: name, template: false });
            builtin('parse-error', `cannot read the file: ${err.code ?? String(err)}`);
            continue;
        }
        try {
            const loaded = (0, load_js_1.loadSource)(file, bytes);
            if (loaded.kind === 'other') {
                result.files.push({ file: name, template: false });
            }
            else if (loaded.kind === 'error') {
                result.files.push({ file: name, template: loaded.likelyTemplate });
                if (explicit || loaded.likelyTemplate)
                    builtin('parse-error', loaded.message, loaded.position?.line, loaded.position?.column);
            }
            else {
                result.files.push({ file: name, template: true });
                result.templates.set(name, loaded.template);
                const { findings, suppressed } = (0, lint_js_1.lintTemplate)(loaded.template, name, options.rules, options.knownRules);
                result.findings.push(...findings);
                result.suppressed.push(...suppressed);
            }
        }
        catch (err) {
            if (result.files[result.files.length - 1]?.file !== name)
                result.files.push({ file: name, template: false });
            builtin('internal-error', `tap-guard failed on this file: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    (0, lint_js_1.sortFindings)(result.findings);
    (0, lint_js_1.sortFindings)(result.suppressed);
    return result;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.severityRank = exports.SEVERITIES = void 0;
exports.fixOf = fixOf;
exports.SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** How much a severity weighs: higher is worse. */
const severityRank = (s) => 4 - exports.SEVERITIES.indexOf(s);
exports.severityRank = severityRank;
/** The fix of a finding, building it on first use when the rule gave a function. */
function fixOf(finding) {
    if (typeof finding.fix === 'function')
        finding.fix = finding.fix();
    return finding.fix;
}


/***/ }),

/***/ 2370:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isNoValue = void 0;
exports.intrinsicName = intrinsicName;
exports.possibleValues = possibleValues;
exports.asBoolean = asBoolean;
exports.asNumber = asNumber;
const data_js_1 = __nccwpck_require__(1208);
const template_js_1 = __nccwpck_require__(8014);
/** The single key of an intrinsic function object (`Ref`, `Fn::If`, ...), if it is one. */
function intrinsicName(value) {
    if (!(0, template_js_1.isMapping)(value))
        return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return undefined;
    const k = keys[0];
    return (0, data_js_1.isIntrinsicKey)(k) ? k : undefined;
}
/**
 * What `value` may evaluate to, or undefined when it cannot be told statically (an import, a
 * parameter without default, an attribute of another resource). `Ref: AWS::NoValue` gives
 * `undefined` (the property is removed). Parameters resolve to their `Default`, or to each of
 * their `AllowedValues` when they have no default.
 */
function possibleValues(template, value, depth = 0) {
    if (depth > 20)
        return undefined;
    const fn = intrinsicName(value);
    if (!fn)
        return [{ value }];
    const arg = value[fn];
    if (fn === 'Ref' && typeof arg === 'string') {
        if (arg === 'AWS::NoValue')
            return [{ value: undefined }]; // the property is left out
        const param = template.parameters[arg];
        if (!param)
            return undefined;
        if ('Default' in param)
            return [{ value: param.Default, when: `parameter ${arg}'s default` }];
        if (Array.isArray(param.AllowedValues) && param.AllowedValues.length > 0) {
            return param.AllowedValues.map((v) => ({ value: v, when: `parameter ${arg} = ${JSON.stringify(v)}` }));
        }
        return undefined;
    }
    if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
        const out = [];
        for (const [branch, truth] of [
            [arg[1], 'true'],
            [arg[2], 'false'],
        ]) {
            const inner = possibleValues(template, branch, depth + 1);
            if (!inner)
                return undefined;
            for (const p of inner) {
                const when = `condition ${arg[0]} is ${truth}`;
                out.push({ value: p.value, when: p.when ? `${when} and ${p.when}` : when });
            }
        }
        return out;
    }
    if (fn === 'Fn::FindInMap' && Array.isArray(arg) && arg.length >= 3 && arg.slice(0, 3).every((a) => typeof a === 'string')) {
        const [map, top, second] = arg;
        const mappings = template.template.Mappings;
        const table = (0, template_js_1.isMapping)(mappings) ? mappings[map] : undefined;
        const row = (0, template_js_1.isMapping)(table) ? table[top] : undefined;
        if ((0, template_js_1.isMapping)(row) && Object.hasOwn(row, second))
            return [{ value: row[second] }];
        return undefined;
    }
    return undefined;
}
/** `{ "Ref": "AWS::NoValue" }`: the property is removed. */
const isNoValue = (value) => intrinsicName(value) === 'Ref' && value.Ref === 'AWS::NoValue';
exports.isNoValue = isNoValue;
/** CloudFormation's boolean coercion: `true`, `"true"`, `"True"` are true. Undefined when not a boolean. */
function asBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string') {
        const v = value.toLowerCase();
        if (v === 'true')
            return true;
        if (v === 'false')
            return false;
    }
    return undefined;
}
/** CloudFormation's number coercion: `7` and `"7"` are 7. Undefined when not a number. */
function asNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatJson = void 0;
exports.jsonReport = jsonReport;
const toJson = (f) => ({
    ruleId: f.ruleId,
    family: f.family,
    severity: f.severity,
    message: f.message,
    file: f.file,
    pointer: f.pointer,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fixable: f.fix !== undefined,
});
function jsonReport(result) {
    return {
        files: result.files.map((f) => ({ file: f.file, template: f.template })),
        findings: result.findings.map(toJson),
        suppressed: result.suppressed.map((f) => ({ ...toJson(f), reason: f.suppression.reason })),
    };
}
const formatJson = (result) => JSON.stringify(jsonReport(result), null, 2) + '\n';
exports.formatJson = formatJson;


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatSarif = void 0;
exports.fingerprint = fingerprint;
exports.sarifLog = sarifLog;
const node_crypto_1 = __nccwpck_require__(7598);
const node_url_1 = __nccwpck_require__(3136);
const rule_js_1 = __nccwpck_require__(7466);
const version_js_1 = __nccwpck_require__(311);
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub code scanning ranks security alerts by this number (0.1–10). */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
/** Stable across line moves: rule + file + pointer, not the line. */
function fingerprint(f) {
    return (0, node_crypto_1.createHash)('sha256').update(`${f.ruleId}\u0000${f.file}\u0000${f.pointer}`).digest('hex').slice(0, 32);
}
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
function sarifRule(meta, severity) {
    return {
        id: meta.name,
        name: pascal(meta.name),
        shortDescription: { text: meta.title },
        fullDescription: { text: meta.description },
        helpUri: `${version_js_1.DOCS_URL}/${meta.name}.md`,
        help: { text: `${meta.description} See ${version_js_1.DOCS_URL}/${meta.name}.md` },
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            tags: ['cloudformation', ...(meta.family ? [`family-${meta.family}`] : [])],
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[severity],
        },
    };
}
/** Lines `from`..`to` (1-based, inclusive) of a text, clamped. */
function lineSlice(lines, from, to) {
    const startLine = Math.max(1, from);
    const endLine = Math.min(lines.length, Math.max(startLine, to));
    return { startLine, endLine, text: lines.slice(startLine - 1, endLine).join('\n') };
}
/** SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers. */
function sarifLog(result, options) {
    const descriptors = new Map();
    for (const r of options.rules)
        descriptors.set(r.meta.name, r);
    const all = [...result.findings, ...result.suppressed];
    for (const f of all) {
        if (!descriptors.has(f.ruleId)) {
            const meta = rule_js_1.BUILTIN_META[f.ruleId];
            if (meta)
                descriptors.set(f.ruleId, { meta, severity: meta.severity });
        }
    }
    const ids = [...descriptors.keys()];
    const lineCache = new Map();
    const linesOf = (file) => {
        const src = options.sources?.get(file);
        if (!src)
            return undefined;
        let lines = lineCache.get(file);
        if (!lines)
            lineCache.set(file, (lines = src.text.split(/\r?\n/)));
        return lines;
    };
    const regions = (f) => {
        const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
        const lines = linesOf(f.file);
        if (!lines)
            return { region };
        const snippet = lineSlice(lines, f.line, f.endLine);
        const context = lineSlice(lines, f.line - 2, f.endLine + 2);
        return {
            region: { ...region, snippet: { text: snippet.text } },
            contextRegion: { startLine: context.startLine, endLine: context.endLine, snippet: { text: context.text } },
        };
    };
    const results = all.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ids.indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SRCROOT' },
                    ...regions(f),
                },
                ...(f.pointer
                    ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] }
                    : {}),
            },
        ],
        partialFingerprints: { 'tapGuard/v1': fingerprint(f) },
        properties: { severity: f.severity, ...(f.family ? { family: f.family } : {}), fixable: f.fix !== undefined },
        ...('suppression' in f ? { suppressions: [{ kind: 'inSource', justification: f.suppression.reason }] } : {}),
    }));
    let rootUri = (0, node_url_1.pathToFileURL)(options.root).href;
    if (!rootUri.endsWith('/'))
        rootUri += '/';
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: version_js_1.TOOL_NAME,
                        version: version_js_1.VERSION,
                        semanticVersion: version_js_1.VERSION,
                        informationUri: version_js_1.TOOL_URL,
                        rules: [...descriptors.values()].map((d) => sarifRule(d.meta, d.severity)),
                    },
                },
                originalUriBaseIds: { SRCROOT: { uri: rootUri } },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
const formatSarif = (result, options) => JSON.stringify(sarifLog(result, options), null, 2) + '\n';
exports.formatSarif = formatSarif;


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatText = formatText;
const types_js_1 = __nccwpck_require__(3171);
/** ESLint's "stylish" layout: a header per file, then `line:col  severity  message  rule-id`. */
function formatText(result) {
    const lines = [];
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    for (const [file, findings] of byFile) {
        lines.push(file);
        const pos = findings.map((f) => `${f.line}:${f.column}`);
        const posWidth = Math.max(...pos.map((p) => p.length));
        const sevWidth = Math.max(...findings.map((f) => f.severity.length));
        const msgWidth = Math.max(...findings.map((f) => f.message.length));
        findings.forEach((f, i) => {
            lines.push(`  ${pos[i].padEnd(posWidth)}  ${f.severity.padEnd(sevWidth)}  ${f.message.padEnd(msgWidth)}  ${f.ruleId}`);
        });
        lines.push('');
    }
    const templates = result.files.filter((f) => f.template).length;
    const n = result.findings.length;
    if (n === 0) {
        lines.push(`No problems in ${templates} template${templates === 1 ? '' : 's'}${suppressedNote(result.suppressed.length)}.`);
    }
    else {
        const counts = types_js_1.SEVERITIES.map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
        const fixable = result.findings.filter((f) => f.fix).length;
        lines.push(`✖ ${n} problem${n === 1 ? '' : 's'} (${counts}) in ${byFile.size} file${byFile.size === 1 ? '' : 's'}` +
            `${fixable > 0 ? `, ${fixable} fixable` : ''}${suppressedNote(result.suppressed.length)}`);
    }
    return lines.join('\n') + '\n';
}
const suppressedNote = (n) => (n > 0 ? `; ${n} suppressed` : '');


/***/ }),

/***/ 5855:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CFN_SCHEMA = exports.SHORT_TAGS = void 0;
const js_yaml_1 = __importDefault(__nccwpck_require__(4281));
/**
 * CloudFormation's YAML short forms, each turned into its long (JSON) form so that rules see
 * the same data for JSON and YAML. Core schema underneath: `2010-09-09` stays a string.
 */
const FUNCTIONS = {
    Ref: 'Ref',
    Condition: 'Condition',
    Sub: 'Fn::Sub',
    GetAtt: 'Fn::GetAtt',
    Join: 'Fn::Join',
    Select: 'Fn::Select',
    Split: 'Fn::Split',
    If: 'Fn::If',
    Equals: 'Fn::Equals',
    And: 'Fn::And',
    Or: 'Fn::Or',
    Not: 'Fn::Not',
    FindInMap: 'Fn::FindInMap',
    Base64: 'Fn::Base64',
    Cidr: 'Fn::Cidr',
    GetAZs: 'Fn::GetAZs',
    ImportValue: 'Fn::ImportValue',
    Transform: 'Fn::Transform',
    ToJsonString: 'Fn::ToJsonString',
    Length: 'Fn::Length',
    ForEach: 'Fn::ForEach',
    // Functions of the template `Rules` section.
    Contains: 'Fn::Contains',
    EachMemberEquals: 'Fn::EachMemberEquals',
    EachMemberIn: 'Fn::EachMemberIn',
    RefAll: 'Fn::RefAll',
    ValueOf: 'Fn::ValueOf',
    ValueOfAll: 'Fn::ValueOfAll',
};
exports.SHORT_TAGS = Object.keys(FUNCTIONS).map((name) => `!${name}`);
/** `!GetAtt Res.Attr.Sub` → `["Res", "Attr.Sub"]`, as CloudFormation splits at the first dot. */
function splitGetAtt(value) {
    const dot = value.indexOf('.');
    return dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}
const types = [];
for (const [short, long] of Object.entries(FUNCTIONS)) {
    for (const kind of ['scalar', 'sequence', 'mapping']) {
        types.push(new js_yaml_1.default.Type(`!${short}`, {
            kind,
            construct: (data) => {
                if (kind === 'scalar') {
                    const text = data === null || data === undefined ? '' : data;
                    return { [long]: short === 'GetAtt' && typeof text === 'string' ? splitGetAtt(text) : text };
                }
                return { [long]: data ?? (kind === 'sequence' ? [] : {}) };
            },
        }));
    }
}
exports.CFN_SCHEMA = js_yaml_1.default.CORE_SCHEMA.extend(types);


/***/ }),

/***/ 1208:
/***/ ((__unused_webpack_module, exports) => {


/** Shapes of plain template data, shared by the readers, the reference graph and the engine. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isIntrinsicKey = exports.isMapping = void 0;
const isMapping = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
exports.isMapping = isMapping;
/** A key that names an intrinsic function (`Ref`, `Condition`, `Fn::*`) when it is an object's only key. */
const isIntrinsicKey = (k) => k === 'Ref' || k === 'Condition' || k.startsWith('Fn::');
exports.isIntrinsicKey = isIntrinsicKey;


/***/ }),

/***/ 1712:
/***/ ((__unused_webpack_module, exports) => {


/** Limits that keep hostile input from crashing or hanging a run. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_ALIAS_EXPANSION = exports.MAX_FILE_BYTES = exports.MAX_DEPTH = void 0;
/** Deepest nesting of mappings and sequences we read (real templates stay under 30). */
exports.MAX_DEPTH = 500;
/** Largest file we parse. CloudFormation itself accepts at most 1 MB from S3. */
exports.MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most nodes a YAML document may expand to through aliases (guards against alias bombs). */
exports.MAX_ALIAS_EXPANSION = 200_000;


/***/ }),

/***/ 2260:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadSource = loadSource;
const source_js_1 = __nccwpck_require__(4365);
const limits_js_1 = __nccwpck_require__(1712);
const template_js_1 = __nccwpck_require__(8014);
const CFN_HINT = /AWSTemplateFormatVersion|"?Type"?\s*:\s*["']?(AWS|Custom)::/;
/**
 * Reads one file's bytes into a Template, or says why it is not one. Never throws for bad
 * input: oversized, binary, invalid UTF-8, unparsable or hostile files come back as errors.
 */
function loadSource(file, bytes) {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024));
    const likelyTemplate = CFN_HINT.test(head);
    if (bytes.length > limits_js_1.MAX_FILE_BYTES) {
        const mb = (bytes.length / 1024 / 1024).toFixed(1);
        return {
            kind: 'error',
            likelyTemplate,
            message: `the file is ${mb} MB, over the ${limits_js_1.MAX_FILE_BYTES / 1024 / 1024} MB limit (CloudFormation accepts at most 1 MB); not read`,
        };
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { kind: 'error', likelyTemplate, message: `the file is binary (a NUL byte at offset ${nul}), not a template` };
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const offset = invalidUtf8At(bytes);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        return {
            kind: 'error',
            likelyTemplate,
            message: `the file is not valid UTF-8 text (byte 0x${bytes[offset].toString(16)} at offset ${offset})`,
            position: { line, column: offset - lineStart + 1, offset },
        };
    }
    const format = (0, template_js_1.formatOf)(file, text);
    try {
        const doc = (0, template_js_1.parseDocument)(text, format);
        const template = (0, template_js_1.asTemplate)(doc);
        return template ? { kind: 'template', template } : { kind: 'other' };
    }
    catch (err) {
        if (!(err instanceof source_js_1.SourceError))
            throw err;
        const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        const position = err.offset === undefined ? undefined : new source_js_1.LineIndex(stripped).position(err.offset);
        const what = format === 'json' ? 'JSON' : 'YAML';
        return { kind: 'error', likelyTemplate, message: `invalid ${what}: ${err.message}`, ...(position ? { position } : {}) };
    }
}
/** Offset of the first byte of the first invalid UTF-8 sequence. */
function invalidUtf8At(bytes) {
    // The shortest prefix that fails to decode (streaming allows a cut multi-byte sequence)
    // ends where the error is detected; the sequence starts at the lead byte before it.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
            lo = mid + 1;
        }
        catch {
            hi = mid;
        }
    }
    for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
        if ((bytes[i] & 0xc0) === 0x80)
            continue;
        return bytes[i] >= 0xc0 ? i : lo;
    }
    return lo;
}


/***/ }),

/***/ 3988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJson = parseJson;
const jsonc_parser_1 = __nccwpck_require__(9547);
const source_js_1 = __nccwpck_require__(4365);
const limits_js_1 = __nccwpck_require__(1712);
const ERROR_TEXT = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":" after the property name',
    CommaExpected: 'expected "," or the end of the object or array',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected content after the end of the document',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unexpected end of number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character in string',
    InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};
function setMember(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else {
        target[key] = value;
    }
}
/**
 * Parses strict JSON (no comments, no trailing commas) into plain data and a tree of source
 * positions, in one pass. Duplicate keys and nesting deeper than MAX_DEPTH are errors.
 */
function parseJson(text) {
    const stack = [];
    let rootValue = undefined;
    let rootNode;
    const attach = (value, node) => {
        const top = stack[stack.length - 1];
        if (!top) {
            rootValue = value;
            rootNode = node;
            return;
        }
        if (Array.isArray(top.value)) {
            top.value.push(value);
            top.node.items.push(node);
        }
        else {
            const key = top.key;
            node.keyStart = top.keyStart;
            node.keyEnd = top.keyEnd;
            setMember(top.value, key, value);
            top.node.props.set(key, node);
            top.key = null;
        }
    };
    const open = (value, offset) => {
        if (stack.length >= limits_js_1.MAX_DEPTH) {
            throw new source_js_1.SourceError(`nesting is deeper than ${limits_js_1.MAX_DEPTH} levels`, offset);
        }
        const node = Array.isArray(value)
            ? { start: offset, end: offset, items: [] }
            : { start: offset, end: offset, props: new Map() };
        stack.push({ value, node, key: null, keyStart: 0, keyEnd: 0 });
    };
    const close = (offset, length) => {
        const top = stack.pop();
        top.node.end = offset + length;
        attach(top.value, top.node);
    };
    (0, jsonc_parser_1.visit)(text, {
        onObjectBegin: (offset) => open({}, offset),
        onObjectEnd: close,
        onArrayBegin: (offset) => open([], offset),
        onArrayEnd: close,
        onObjectProperty: (property, offset, length) => {
            const top = stack[stack.length - 1];
            if (top.node.props.has(property)) {
                throw new source_js_1.SourceError(`duplicate key ${JSON.stringify(property)}`, offset);
            }
            top.key = property;
            top.keyStart = offset;
            top.keyEnd = offset + length;
        },
        onLiteralValue: (value, offset, length) => attach(value, { start: offset, end: offset + length }),
        onError: (error, offset) => {
            const code = (0, jsonc_parser_1.printParseErrorCode)(error);
            throw new source_js_1.SourceError(ERROR_TEXT[code] ?? code, offset);
        },
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (!rootNode)
        throw new source_js_1.SourceError('the file holds no JSON value', 0);
    return { data: rootValue, root: rootNode };
}


/***/ }),

/***/ 113:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYaml = parseYaml;
const js_yaml_1 = __importDefault(__nccwpck_require__(4281));
const cfn_schema_js_1 = __nccwpck_require__(5855);
const data_js_1 = __nccwpck_require__(1208);
const source_js_1 = __nccwpck_require__(4365);
const limits_js_1 = __nccwpck_require__(1712);
const sameValue = (a, b) => a === b || (Number.isNaN(a) && Number.isNaN(b));
/**
 * Parses a YAML CloudFormation template with js-yaml (the fast reader) and rebuilds, from its
 * listener's open/close events, the source range of every node and every mapping key.
 */
function parseYaml(text) {
    const stack = [];
    let root;
    let sawAlias = false;
    const suspects = [];
    // Aliases need anchors; most templates have neither, and skip the check.
    const mayAlias = text.includes('&') && text.includes('*');
    const listener = (event, state) => {
        if (event === 'open') {
            stack.push({ start: state.position, end: -1, result: undefined, children: null });
            return;
        }
        const frame = stack.pop();
        frame.end = state.position;
        frame.result = state.result;
        if (mayAlias && !sawAlias && text.charCodeAt(skipSpace(text, frame.start)) === 0x2a /* * */)
            sawAlias = true;
        const parent = stack[stack.length - 1];
        if (parent) {
            (parent.children ??= []).push(frame);
            if (frame.result === null || typeof frame.result === 'boolean')
                suspects.push([parent, frame]);
        }
        else
            root = frame;
    };
    let data;
    try {
        // Each level of nesting costs js-yaml up to three composeNode calls.
        data = js_yaml_1.default.load(text, { schema: cfn_schema_js_1.CFN_SCHEMA, listener, maxDepth: limits_js_1.MAX_DEPTH * 3 });
    }
    catch (err) {
        if (err instanceof js_yaml_1.default.YAMLException) {
            const reason = err.reason.replace(/^nesting exceeded maxDepth.*/, `nesting is deeper than ${limits_js_1.MAX_DEPTH} levels`);
            let message = reason;
            if (/expected a single document/.test(reason)) {
                message = 'the file holds more than one YAML document; a CloudFormation template is a single document';
            }
            else if (reason === 'duplicated mapping key' && err.mark) {
                const key = /^\s*(["']?)(.*?)\1\s*:/.exec(text.slice(err.mark.position, text.indexOf('\n', err.mark.position) >>> 0));
                if (key)
                    message = `duplicate key ${JSON.stringify(key[2])}`;
            }
            let offset = err.mark?.position;
            if (/expected a single document/.test(reason))
                offset = secondDocumentAt(text) ?? offset;
            throw new source_js_1.SourceError(message, offset);
        }
        if (err instanceof RangeError)
            throw new source_js_1.SourceError(`nesting is too deep to read (${err.message})`);
        throw err;
    }
    if (root === undefined || data === undefined)
        throw new source_js_1.SourceError('the file holds no YAML document', 0);
    restoreKeys(text, suspects);
    if (sawAlias)
        data = expandAliases(data);
    return { data, root: new YamlNode(text, root, root.result) };
}
/** Aliases share objects; unshare them, refusing documents that expand past the limit. */
function expandAliases(data) {
    const sizes = new Map();
    const size = (v) => {
        if (v === null || typeof v !== 'object')
            return 1;
        const known = sizes.get(v);
        if (known !== undefined)
            return known;
        sizes.set(v, Infinity); // a cycle counts as too large
        let n = 1;
        for (const child of Object.values(v)) {
            n += size(child);
            if (n > limits_js_1.MAX_ALIAS_EXPANSION)
                break;
        }
        sizes.set(v, n);
        return n;
    };
    const total = size(data);
    if (total > limits_js_1.MAX_ALIAS_EXPANSION) {
        throw new source_js_1.SourceError(`YAML aliases expand this document to more than ${limits_js_1.MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (an alias bomb?); refusing to read it`);
    }
    return structuredClone(data);
}
function skipSpace(text, i) {
    for (;;) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c /* , in flow */)
            i++;
        else if (c === 0x23 /* # */) {
            const nl = text.indexOf('\n', i);
            if (nl === -1)
                return text.length;
            i = nl + 1;
        }
        else
            return i;
    }
}
/**
 * The position of one YAML node, computed on first use from its listener frame: a run asks for
 * the positions of the few nodes it reports, so most of the tree is never built.
 */
class YamlNode {
    text;
    result;
    keyStart;
    keyEnd;
    frame;
    resolved = false;
    expanded = false;
    ended = false;
    _start = 0;
    _end = 0;
    _props;
    _items;
    constructor(text, frame, result) {
        this.text = text;
        this.result = result;
        this.frame = frame;
    }
    get start() {
        this.resolve();
        return this._start;
    }
    /** The end of the node; a block collection ends with its last child, found without expanding the others. */
    get end() {
        if (this.ended)
            return this._end;
        this.ended = true;
        this.expand();
        const close = this.text.charCodeAt(this._end - 1);
        if (close === 0x5d /* ] */ || close === 0x7d /* } */)
            return this._end;
        let last;
        if (this._items)
            last = lastDefined(this._items);
        else if (this._props)
            for (const child of this._props.values())
                last = child;
        if (last)
            this._end = last.end;
        return this._end;
    }
    get props() {
        this.expand();
        return this._props;
    }
    get items() {
        this.expand();
        return this._items;
    }
    resolve() {
        if (this.resolved)
            return;
        this.resolved = true;
        // Unwrap frames that only wrap a child holding the same value (candidate keys, properties).
        let frame = this.frame;
        while (frame.children?.length === 1 && sameValue(frame.children[0].result, this.result))
            frame = frame.children[0];
        this.frame = frame;
        this._start = skipSpace(this.text, frame.start);
        this._end = trimEnd(this.text, frame.end, this._start);
    }
    expand() {
        if (this.expanded)
            return;
        this.expanded = true;
        this.resolve();
        const { result, text } = this;
        const children = this.frame.children ?? [];
        if (Array.isArray(result)) {
            this._items = items(text, result, children);
        }
        else if ((0, data_js_1.isMapping)(result)) {
            this._props = props(text, result, children);
            const keys = Object.keys(result);
            if (this._props.size === 0 && keys.length === 1 && (0, data_js_1.isIntrinsicKey)(keys[0])) {
                // A short-form tag (`!If [...]`, `!Sub ...`): the frame's children belong to the inner value.
                const inner = new YamlNode(text, { ...this.frame, start: this._start }, result[keys[0]]);
                inner.keyStart = this._start;
                inner.keyEnd = this._start;
                this._props.set(keys[0], inner);
            }
        }
    }
}
function trimEnd(text, end, start) {
    while (end > start) {
        const c = text.charCodeAt(end - 1);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
            end--;
        else
            break;
    }
    return end;
}
function items(text, values, children) {
    const out = new Array(values.length);
    let j = 0;
    for (const child of children) {
        if (j < values.length && sameValue(child.result, values[j])) {
            out[j] = new YamlNode(text, child, child.result);
            j++;
        }
    }
    return out;
}
function props(text, obj, children) {
    const out = new Map();
    for (let i = 0; i < children.length; i++) {
        const keyFrame = children[i];
        const k = keyFrame.result;
        if (k !== null && typeof k === 'object')
            continue;
        const keyStart = skipSpace(text, keyFrame.start);
        const keyEnd = trimEnd(text, keyFrame.end, keyStart);
        // `Null:` and `true:` keys were restored to their written text (see restoreKeys).
        const key = k === null || typeof k === 'boolean' ? unquote(text.slice(keyStart, keyEnd)) : String(k);
        if (!Object.hasOwn(obj, key) || out.has(key))
            continue;
        const next = children[i + 1];
        let value;
        if (next && sameValue(next.result, obj[key])) {
            value = new YamlNode(text, next, next.result);
            i++;
        }
        else {
            value = { start: keyEnd, end: keyEnd }; // `Key:` with nothing after it
        }
        value.keyStart = keyStart;
        value.keyEnd = keyEnd;
        out.set(key, value);
    }
    return out;
}
/**
 * Keys are strings in CloudFormation: a key YAML reads as null or a boolean (`Null:`, the IAM
 * condition operator) keeps its written text. `suspects` are the frames whose value was null
 * or a boolean, with the frame of their parent.
 */
function restoreKeys(text, suspects) {
    for (const [parent, frame] of suspects) {
        const obj = parent.result;
        if (!(0, data_js_1.isMapping)(obj))
            continue;
        const keyStart = skipSpace(text, frame.start);
        const keyEnd = trimEnd(text, frame.end, keyStart);
        if (text.charCodeAt(skipSpace(text, keyEnd)) !== 0x3a /* : */)
            continue; // a value, not a key
        const written = unquote(text.slice(keyStart, keyEnd));
        const key = String(frame.result);
        if (written === key || !Object.hasOwn(obj, key) || Object.hasOwn(obj, written))
            continue;
        // Rebuild the object in its written order with the key renamed.
        const entries = Object.entries(obj);
        for (const [k] of entries)
            delete obj[k];
        for (const [k, v] of entries)
            obj[k === key ? written : k] = v;
    }
}
function lastDefined(items) {
    for (let i = items.length - 1; i >= 0; i--)
        if (items[i])
            return items[i];
    return undefined;
}
function unquote(s) {
    return /^(['"]).*\1$/s.test(s) ? s.slice(1, -1) : s;
}
/** Offset of the `---` that starts the second document. */
function secondDocumentAt(text) {
    const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
    const firstIsStart = markers.length > 0 && text.slice(0, markers[0]).trim().replace(/^%.*$/gm, '').trim() === '';
    return markers[firstIsStart ? 1 : 0];
}


/***/ }),

/***/ 7:
/***/ ((__unused_webpack_module, exports) => {


/** RFC 6901 JSON Pointers. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeToken = escapeToken;
exports.unescapeToken = unescapeToken;
exports.pointer = pointer;
exports.childPointer = childPointer;
exports.parsePointer = parsePointer;
exports.parentPointer = parentPointer;
exports.getAt = getAt;
function escapeToken(token) {
    const s = String(token);
    return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}
function unescapeToken(token) {
    return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}
/** Builds a pointer from unescaped path segments: `pointer('Resources', 'a/b')` is `/Resources/a~1b`. */
function pointer(...segments) {
    let out = '';
    for (const s of segments)
        out += '/' + escapeToken(s);
    return out;
}
/** Appends segments to an existing pointer. */
function childPointer(base, ...segments) {
    return base + pointer(...segments);
}
function parsePointer(ptr) {
    if (ptr === '')
        return [];
    if (!ptr.startsWith('/'))
        throw new Error(`invalid JSON Pointer ${JSON.stringify(ptr)}: must be empty or start with "/"`);
    const segments = ptr.slice(1).split('/');
    return ptr.includes('~') ? segments.map(unescapeToken) : segments;
}
function parentPointer(ptr) {
    const i = ptr.lastIndexOf('/');
    return i <= 0 ? '' : ptr.slice(0, i);
}
/** The value at a pointer, or undefined when the path does not exist. */
function getAt(data, ptr) {
    let node = data;
    for (const seg of parsePointer(ptr)) {
        if (Array.isArray(node)) {
            if (!/^(0|[1-9]\d*)$/.test(seg))
                return undefined;
            node = node[Number(seg)];
        }
        else if (node !== null && typeof node === 'object' && Object.hasOwn(node, seg)) {
            node = node[seg];
        }
        else {
            return undefined;
        }
    }
    return node;
}


/***/ }),

/***/ 934:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReferenceGraph = void 0;
exports.subVariables = subVariables;
const data_js_1 = __nccwpck_require__(1208);
const pointer_js_1 = __nccwpck_require__(7);
/** A reference found in the walk; its pointer is built from the path only when read. */
class FoundReference {
    kind;
    from;
    section;
    to;
    path;
    pointerText;
    attribute;
    constructor(kind, from, section, to, path, attribute) {
        this.kind = kind;
        this.from = from;
        this.section = section;
        this.to = to;
        this.path = path;
        if (attribute !== undefined)
            this.attribute = attribute;
    }
    get at() {
        this.pointerText ??= (0, pointer_js_1.pointer)(...this.path);
        return this.pointerText;
    }
    toJSON() {
        return { kind: this.kind, from: this.from, section: this.section, to: this.to, ...(this.attribute ? { attribute: this.attribute } : {}), at: this.at };
    }
}
/** `${Name}` and `${Name.Attr}` in an `Fn::Sub` string; `${!Literal}` is not a reference. */
function subVariables(text) {
    const out = [];
    const re = /\$\{([^}!][^}]*)\}/g;
    let m;
    while ((m = re.exec(text))) {
        const body = m[1].trim();
        const dot = body.indexOf('.');
        out.push(dot === -1 ? { name: body } : { name: body.slice(0, dot), attribute: body.slice(dot + 1) });
    }
    return out;
}
/** Every Ref, GetAtt, Sub variable, DependsOn and condition use in a template. */
class ReferenceGraph {
    all = [];
    byTarget = new Map();
    bySource;
    constructor(template) {
        for (const section of ['Resources', 'Outputs', 'Conditions', 'Metadata', 'Rules', 'Parameters']) {
            const entries = template[section];
            if (!(0, data_js_1.isMapping)(entries))
                continue;
            for (const [id, def] of Object.entries(entries)) {
                if (def !== null && typeof def === 'object')
                    walk(def, { refs: this.all, path: [section, id], from: id, section });
                if (section === 'Resources' && (0, data_js_1.isMapping)(def))
                    this.resourceAttributes(def, (0, pointer_js_1.pointer)(section, id), id);
            }
        }
        for (const ref of this.all)
            push(this.byTarget, ref.to, ref);
    }
    /** References to `id` (who uses it). */
    refsTo(id) {
        return this.byTarget.get(id) ?? [];
    }
    /** References made by the definition of `id` (what it uses). */
    refsFrom(id) {
        if (!this.bySource) {
            // Rarely asked for: indexed on first use.
            this.bySource = new Map();
            for (const ref of this.all)
                push(this.bySource, ref.from, ref);
        }
        return this.bySource.get(id) ?? [];
    }
    add(ref) {
        this.all.push(ref);
    }
    resourceAttributes(def, at, id) {
        const dependsOn = def.DependsOn;
        const targets = typeof dependsOn === 'string' ? [dependsOn] : Array.isArray(dependsOn) ? dependsOn : [];
        targets.forEach((to, i) => {
            if (typeof to !== 'string')
                return;
            const where = typeof dependsOn === 'string' ? `${at}/DependsOn` : `${at}/DependsOn/${i}`;
            this.add({ kind: 'DependsOn', from: id, section: 'Resources', to, at: where });
        });
        if (typeof def.Condition === 'string') {
            this.add({ kind: 'Condition', from: id, section: 'Resources', to: def.Condition, at: `${at}/Condition` });
        }
    }
}
exports.ReferenceGraph = ReferenceGraph;
/** Walks a definition; `path` is a stack of segments, turned into a pointer only when a reference's is read. */
function walk(value, w) {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (item === null || typeof item !== 'object')
                continue; // leaves hold no reference
            w.path.push(i);
            walk(item, w);
            w.path.pop();
        }
        return;
    }
    const obj = value;
    // for-in, not Object.keys: this is the hot loop of every template, and allocates nothing.
    let first;
    let single = true;
    for (const k in obj) {
        if (first === undefined)
            first = k;
        else {
            single = false;
            break;
        }
    }
    if (first === undefined)
        return;
    if (single && (0, data_js_1.isIntrinsicKey)(first) && intrinsic(first, obj[first], w))
        return;
    for (const k in obj) {
        const child = obj[k];
        if (child === null || typeof child !== 'object')
            continue; // leaves hold no reference
        w.path.push(k);
        walk(child, w);
        w.path.pop();
    }
}
/** Walks the argument `arg[index]` of the intrinsic `fn`. */
function inner(fn, value, index, w) {
    if (value === null || typeof value !== 'object')
        return;
    w.path.push(fn, index);
    walk(value, w);
    w.path.length -= 2;
}
/** Records the reference an intrinsic function makes; true when its arguments need no walk. */
function intrinsic(fn, arg, w) {
    const { from, section } = w;
    if (fn === 'Ref') {
        if (typeof arg !== 'string')
            return false;
        w.refs.push(new FoundReference('Ref', from, section, arg, w.path.slice()));
        return true;
    }
    if (fn === 'Fn::GetAtt') {
        const parts = typeof arg === 'string' ? splitDot(arg) : Array.isArray(arg) ? arg : [];
        if (typeof parts[0] === 'string') {
            const attribute = typeof parts[1] === 'string' ? parts[1] : undefined;
            w.refs.push(new FoundReference('GetAtt', from, section, parts[0], w.path.slice(), attribute));
        }
        if (Array.isArray(arg) && arg.length > 1)
            inner(fn, arg[1], 1, w);
        return true;
    }
    if (fn === 'Fn::Sub') {
        const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
        const vars = Array.isArray(arg) && (0, data_js_1.isMapping)(arg[1]) ? arg[1] : {};
        if (typeof text === 'string' && text.includes('${')) {
            const at = w.path.slice();
            for (const v of subVariables(text)) {
                if (Object.hasOwn(vars, v.name))
                    continue;
                w.refs.push(new FoundReference('Sub', from, section, v.name, at, v.attribute));
            }
        }
        if (Array.isArray(arg) && arg.length > 1)
            inner(fn, arg[1], 1, w);
        return true;
    }
    if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') {
        w.refs.push(new FoundReference('Condition', from, section, arg[0], w.path.slice()));
        for (let i = 1; i < arg.length; i++)
            inner(fn, arg[i], i, w);
        return true;
    }
    if (fn === 'Condition' && typeof arg === 'string' && section !== 'Resources') {
        w.refs.push(new FoundReference('Condition', from, section, arg, w.path.slice()));
        return true;
    }
    if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string') {
        w.refs.push(new FoundReference('FindInMap', from, section, arg[0], w.path.slice()));
    }
    return false;
}
function splitDot(s) {
    const dot = s.indexOf('.');
    return dot === -1 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}


/***/ }),

/***/ 4365:
/***/ ((__unused_webpack_module, exports) => {


/** Offsets into a source text, and the 1-based line/column positions users see. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SourceError = exports.LineIndex = void 0;
/** Maps offsets to lines and columns; the line table is built on first use. */
class LineIndex {
    text;
    starts = null;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (this.starts)
            return this.starts;
        const starts = [0];
        const text = this.text;
        let i = text.indexOf('\n');
        while (i !== -1) {
            starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
        this.starts = starts;
        return starts;
    }
    get lineCount() {
        return this.lineStarts().length;
    }
    position(offset) {
        const starts = this.lineStarts();
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1, offset: clamped };
    }
    /** Offset of the first character of a 1-based line. */
    lineStart(line) {
        const starts = this.lineStarts();
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }
}
exports.LineIndex = LineIndex;
/** A problem with the input itself, located at an offset when there is one. */
class SourceError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'SourceError';
    }
}
exports.SourceError = SourceError;


/***/ }),

/***/ 8014:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Template = exports.SourceDocument = exports.isMapping = void 0;
exports.parseDocument = parseDocument;
exports.looksLikeTemplate = looksLikeTemplate;
exports.asTemplate = asTemplate;
exports.formatOf = formatOf;
const source_js_1 = __nccwpck_require__(4365);
const parse_json_js_1 = __nccwpck_require__(3988);
const parse_yaml_js_1 = __nccwpck_require__(113);
const pointer_js_1 = __nccwpck_require__(7);
const refs_js_1 = __nccwpck_require__(934);
const data_js_1 = __nccwpck_require__(1208);
Object.defineProperty(exports, "isMapping", ({ enumerable: true, get: function () { return data_js_1.isMapping; } }));
/** The written child of a position node under one pointer segment. */
function child(node, seg) {
    const props = node.props;
    if (props)
        return props.get(seg);
    const items = node.items;
    return items && /^(0|[1-9]\d*)$/.test(seg) ? items[Number(seg)] : undefined;
}
/** A parsed document (template or not) that knows where every value is written. */
class SourceDocument {
    text;
    format;
    data;
    root;
    bom;
    lines;
    constructor(text, format, data, 
    /** Source positions of every node (see `node()`/`locate()`). */
    root, 
    /** The file started with a UTF-8 byte order mark (stripped from `text`). */
    bom = false) {
        this.text = text;
        this.format = format;
        this.data = data;
        this.root = root;
        this.bom = bom;
        this.lines = new source_js_1.LineIndex(text);
    }
    /** The position node at a pointer, or undefined when the pointer is not written in the source. */
    node(ptr) {
        let node = this.root;
        for (const seg of (0, pointer_js_1.parsePointer)(ptr)) {
            node = child(node, seg);
            if (!node)
                return undefined;
        }
        return node;
    }
    /** Exact location of a pointer, or undefined when it is not written in the source. */
    locate(ptr) {
        const node = this.node(ptr);
        if (!node)
            return undefined;
        const value = this.range(node.start, node.end);
        if (node.keyStart === undefined || node.keyEnd === undefined)
            return { value };
        return { key: this.range(node.keyStart, node.keyEnd), value };
    }
    /**
     * The range a finding at `ptr` is shown at: a mapping member from its key to the end of its
     * value when that is on the same line, else its key; an item its value. A pointer that is not
     * written (a value built by a short-form tag, a path to add) falls back to its nearest
     * written ancestor.
     */
    findingRange(ptr) {
        // Descend once, keeping the deepest written node on the path.
        const segs = (0, pointer_js_1.parsePointer)(ptr);
        let node = this.root;
        let depth = 0;
        for (const seg of segs) {
            const next = child(node, seg);
            if (!next)
                break;
            node = next;
            depth++;
        }
        const at = depth === segs.length ? ptr : (0, pointer_js_1.pointer)(...segs.slice(0, depth));
        if (node.keyStart !== undefined && node.keyEnd !== undefined && node.keyEnd > node.keyStart) {
            const key = this.range(node.keyStart, node.keyEnd);
            // A value on the key's line is part of the range; a block below it is not.
            if (this.lines.position(node.start).line !== key.start.line)
                return { range: key, pointer: at };
            const end = this.lines.position(node.end);
            return { range: end.line === key.start.line ? { start: key.start, end } : key, pointer: at };
        }
        return { range: this.range(node.start, Math.max(node.start, this.firstLineEnd(node))), pointer: at };
    }
    firstLineEnd(node) {
        const nl = this.text.indexOf('\n', node.start);
        const lineEnd = nl === -1 ? this.text.length : this.text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
        return Math.min(node.end, lineEnd);
    }
    range(start, end) {
        return { start: this.lines.position(start), end: this.lines.position(end) };
    }
    /** Every pointer written in the source, in document order. */
    *pointers() {
        const walk = function* (node, at) {
            yield at;
            if (node.props)
                for (const [k, child] of node.props)
                    yield* walk(child, at + (0, pointer_js_1.pointer)(k));
            if (node.items) {
                for (let i = 0; i < node.items.length; i++) {
                    const child = node.items[i];
                    if (child)
                        yield* walk(child, `${at}/${i}`);
                }
            }
        };
        yield* walk(this.root, '');
    }
}
exports.SourceDocument = SourceDocument;
/** A CloudFormation template: a document that passed detection, with its reference graph. */
class Template extends SourceDocument {
    graph;
    resourceMap;
    parameterMap;
    get template() {
        return this.data;
    }
    /** The `Resources` mapping without malformed entries (empty when absent). Computed once; do not modify. */
    get resources() {
        this.resourceMap ??= mappingsIn(this.template.Resources);
        return this.resourceMap;
    }
    /** The `Parameters` mapping without malformed entries (empty when absent). Computed once; do not modify. */
    get parameters() {
        this.parameterMap ??= mappingsIn(this.template.Parameters);
        return this.parameterMap;
    }
    get refs() {
        this.graph ??= new refs_js_1.ReferenceGraph(this.template);
        return this.graph;
    }
}
exports.Template = Template;
/** The entries of a section that are mappings. */
function mappingsIn(section) {
    const out = {};
    if ((0, data_js_1.isMapping)(section))
        for (const [id, def] of Object.entries(section))
            if ((0, data_js_1.isMapping)(def))
                out[id] = def;
    return out;
}
/** Parses text in the given format; throws SourceError with an offset on bad input. */
function parseDocument(text, format) {
    let bom = false;
    if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        bom = true;
    }
    if (text.trim() === '')
        throw new source_js_1.SourceError('the file is empty', 0);
    const { data, root } = format === 'json' ? (0, parse_json_js_1.parseJson)(text) : (0, parse_yaml_js_1.parseYaml)(text);
    return new SourceDocument(text, format, data, root, bom);
}
const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+(::[A-Za-z0-9]+)*$/;
/**
 * Is this parsed document a CloudFormation template? A mapping with
 * `AWSTemplateFormatVersion`, or with `Resources` whose entries have a `Type` like `AWS::S3::Bucket`
 * (a list of such entries counts too, so that it can be reported as malformed).
 */
function looksLikeTemplate(data) {
    if (!(0, data_js_1.isMapping)(data))
        return false;
    if ('AWSTemplateFormatVersion' in data)
        return true;
    const resources = data.Resources;
    const entries = (0, data_js_1.isMapping)(resources) ? Object.values(resources) : Array.isArray(resources) ? resources : [];
    return entries.some((r) => (0, data_js_1.isMapping)(r) && typeof r.Type === 'string' && RESOURCE_TYPE.test(r.Type));
}
/** Turns a parsed document into a Template when it is one. */
function asTemplate(doc) {
    if (!looksLikeTemplate(doc.data))
        return undefined;
    return new Template(doc.text, doc.format, doc.data, doc.root, doc.bom);
}
/** Format from a file name: `.json` is JSON, everything else is read as YAML (a superset). */
function formatOf(file, text) {
    if (/\.json$/i.test(file))
        return 'json';
    if (/\.ya?ml$/i.test(file))
        return 'yaml';
    const first = text.replace(/^\uFEFF/, '').trimStart()[0];
    return first === '{' ? 'json' : 'yaml';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DOCS_URL = exports.TOOL_URL = exports.VERSION = exports.TOOL_NAME = void 0;
/** Identity of the tool in reports. Kept in sync with package.json by a test. */
exports.TOOL_NAME = 'tap-guard';
exports.VERSION = '0.1.0';
exports.TOOL_URL = 'https://github.com/org/tap-guard';
exports.DOCS_URL = `${exports.TOOL_URL}/blob/main/docs/rules`;


/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ }),

/***/ 430:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"CloudWatch Logs IAM actions (prefix logs:), split by whether they support resource-level permissions. starOnly: the Service Authorization Reference lists no resource type, so a policy must grant them on Resource \\"*\\" (iam-logs-resource-scope does not report a statement whose logs actions are all starOnly). scopable: the action takes a log-group, log-stream, destination, delivery, anomaly-detector, lookup-table or scheduled-query ARN. An action in neither list is treated as scopable.","source":"Service Authorization Reference, \'Actions, resources, and condition keys for Amazon CloudWatch Logs\' (docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html), as machine-read in iann0036/iam-dataset aws/iam_definition.json (commit 08eff2d7ffe7d6cf0259ab47a7c390f80f86972e).","retrieved":"2026-12-04","starOnly":["AssociateSourceToS3TableIntegration","CallWithBearerToken","CancelExportTask","CancelImportTask","CreateImportTask","CreateLogDelivery","DeleteAccountPolicy","DeleteIndexPolicy","DeleteIntegration","DeleteLogDelivery","DeletePipelineRule","DeleteQueryDefinition","DeleteResourcePolicy","DescribeAccountPolicies","DescribeConfigurationTemplates","DescribeDeliveries","DescribeDeliveryDestinations","DescribeDeliverySources","DescribeDestinations","DescribeExportTasks","DescribeFieldIndexes","DescribeImportTaskBatches","DescribeImportTasks","DescribeIndexPolicies","DescribeLogGroups","DescribeLookupTables","DescribeQueries","DescribeQueryDefinitions","DescribeResourcePolicies","DisassociateSourceFromS3TableIntegration","GetIntegration","GetLogDelivery","GetLogFields","GetStorageTierPolicy","Link","ListAggregateLogGroupSummaries","ListEntitiesForLogGroup","ListIntegrations","ListLogDeliveries","ListLogGroups","ListLogGroupsForEntity","ListLogGroupsForQuery","ListScheduledQueries","ListSourcesForS3TableIntegration","ListSyslogConfigurations","PutAccountPolicy","PutIndexPolicy","PutIntegration","PutPipelineRule","PutQueryDefinition","PutResourcePolicy","PutStorageTierPolicy","StopLiveTail","StopQuery","TestMetricFilter","TestTransformer","UpdateLogDelivery"],"scopable":["AssociateKmsKey","CreateDelivery","CreateExportTask","CreateLogAnomalyDetector","CreateLogGroup","CreateLogStream","CreateLookupTable","CreateScheduledQuery","DeleteDataProtectionPolicy","DeleteDelivery","DeleteDeliveryDestination","DeleteDeliveryDestinationPolicy","DeleteDeliverySource","DeleteDestination","DeleteLogAnomalyDetector","DeleteLogGroup","DeleteLogStream","DeleteLookupTable","DeleteMetricFilter","DeleteRetentionPolicy","DeleteScheduledQuery","DeleteSubscriptionFilter","DeleteSyslogConfiguration","DeleteTransformer","DescribeLogStreams","DescribeMetricFilters","DescribeSubscriptionFilters","DisassociateKmsKey","FilterLogEvents","GetDataProtectionPolicy","GetDelivery","GetDeliveryDestination","GetDeliveryDestinationPolicy","GetDeliverySource","GetLogAnomalyDetector","GetLogEvents","GetLogGroupFields","GetLogRecord","GetLookupTable","GetQueryResults","GetScheduledQuery","GetScheduledQueryHistory","GetTransformer","IntegrateWithS3Table","ListAnomalies","ListLogAnomalyDetectors","ListTagsForResource","ListTagsLogGroup","ProcessWithPipeline","PutBearerTokenAuthentication","PutDataProtectionPolicy","PutDeliveryDestination","PutDeliveryDestinationPolicy","PutDeliverySource","PutDestination","PutDestinationPolicy","PutLogEvents","PutLogGroupDeletionProtection","PutMetricFilter","PutRetentionPolicy","PutSubscriptionFilter","PutSyslogConfiguration","PutTransformer","StartLiveTail","StartQuery","TagLogGroup","TagResource","Unmask","UntagLogGroup","UntagResource","UpdateAnomaly","UpdateDeliveryConfiguration","UpdateLogAnomalyDetector","UpdateLookupTable","UpdateScheduledQuery"]}');

/***/ }),

/***/ 1827:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"asOf":"2026-12-04","source":"Amazon RDS and Aurora release calendars (RDS user guide \'Supported ... major versions\' / \'release calendar\' pages per engine; Aurora \'Release calendars\'), and Microsoft/Oracle lifecycle dates RDS follows. endOfStandardSupport is the last day of RDS standard support for the major version; after it the major runs only on paid RDS Extended Support (or is no longer available). null = no end date announced as of asOf. Written from the maintainers\' knowledge on the asOf date, without a live check: dates may be off by days and later announcements are missing. Update this table (and asOf) when AWS publishes new calendars; rds-engine-version judges versions against asOf, never against today\'s clock, so its results only change when this file does.","engines":{"postgres":{"name":"PostgreSQL","majors":[{"major":"9.6","endOfStandardSupport":"2022-04-26"},{"major":"10","endOfStandardSupport":"2023-04-17"},{"major":"11","endOfStandardSupport":"2024-02-29"},{"major":"12","endOfStandardSupport":"2025-02-28"},{"major":"13","endOfStandardSupport":"2026-02-28"},{"major":"14","endOfStandardSupport":"2027-02-28"},{"major":"15","endOfStandardSupport":"2028-02-29"},{"major":"16","endOfStandardSupport":"2029-02-28"},{"major":"17","endOfStandardSupport":null}]},"aurora-postgresql":{"name":"Aurora PostgreSQL","majors":[{"major":"9.6","endOfStandardSupport":"2022-01-31"},{"major":"10","endOfStandardSupport":"2023-01-31"},{"major":"11","endOfStandardSupport":"2024-02-29"},{"major":"12","endOfStandardSupport":"2025-02-28"},{"major":"13","endOfStandardSupport":"2026-02-28"},{"major":"14","endOfStandardSupport":"2027-02-28"},{"major":"15","endOfStandardSupport":"2028-02-29"},{"major":"16","endOfStandardSupport":"2029-02-28"},{"major":"17","endOfStandardSupport":null}]},"mysql":{"name":"MySQL","majors":[{"major":"5.5","endOfStandardSupport":"2018-12-03"},{"major":"5.6","endOfStandardSupport":"2022-03-01"},{"major":"5.7","endOfStandardSupport":"2024-02-29"},{"major":"8.0","endOfStandardSupport":"2026-07-31"},{"major":"8.4","endOfStandardSupport":null}]},"aurora-mysql":{"name":"Aurora MySQL","majors":[{"major":"5.6","endOfStandardSupport":"2023-02-28"},{"major":"5.7","endOfStandardSupport":"2024-10-31"},{"major":"8.0","endOfStandardSupport":null}]},"aurora":{"name":"Aurora MySQL 1 (engine \\"aurora\\")","majors":[{"major":"5.6","endOfStandardSupport":"2023-02-28"}]},"mariadb":{"name":"MariaDB","majors":[{"major":"10.2","endOfStandardSupport":"2022-10-15"},{"major":"10.3","endOfStandardSupport":"2023-10-23"},{"major":"10.4","endOfStandardSupport":"2024-06-18"},{"major":"10.5","endOfStandardSupport":null},{"major":"10.6","endOfStandardSupport":null},{"major":"10.11","endOfStandardSupport":null},{"major":"11.4","endOfStandardSupport":null}]},"sqlserver":{"name":"SQL Server","majors":[{"major":"11.00","label":"2012","endOfStandardSupport":"2022-07-12"},{"major":"12.00","label":"2014","endOfStandardSupport":"2024-07-09"},{"major":"13.00","label":"2016","endOfStandardSupport":"2026-07-14"},{"major":"14.00","label":"2017","endOfStandardSupport":null},{"major":"15.00","label":"2019","endOfStandardSupport":null},{"major":"16.00","label":"2022","endOfStandardSupport":null}]},"oracle":{"name":"Oracle","majors":[{"major":"11.2","endOfStandardSupport":"2020-12-31"},{"major":"12.1","endOfStandardSupport":"2022-07-31"},{"major":"12.2","endOfStandardSupport":"2022-03-31"},{"major":"18","endOfStandardSupport":"2021-06-30"},{"major":"19","endOfStandardSupport":null},{"major":"21","endOfStandardSupport":null}]}}}');

/***/ }),

/***/ 9511:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"asOf":"2026-12-04","source":"Amazon RDS and Aurora user guides, \'Publishing database logs to Amazon CloudWatch Logs\' (log types per engine), and the AWS::RDS::DBInstance / AWS::RDS::DBCluster EnableCloudwatchLogsExports reference. \'required\' is the engine\'s main log that tap-guard asks for by default (the rds-log-exports option `required` overrides it per engine); \'supported\' lists the names RDS accepts, for reference. Written from the maintainers\' knowledge on the asOf date: check new log types against the current AWS documentation when updating.","engines":{"postgres":{"required":["postgresql"],"supported":["postgresql","upgrade","iam-db-auth-error"]},"aurora-postgresql":{"required":["postgresql"],"supported":["postgresql","instance","iam-db-auth-error"]},"mysql":{"required":["error"],"supported":["error","general","slowquery","audit","iam-db-auth-error"]},"mariadb":{"required":["error"],"supported":["error","general","slowquery","audit","iam-db-auth-error"]},"aurora-mysql":{"required":["error"],"supported":["error","general","slowquery","audit","instance","iam-db-auth-error"]},"aurora":{"required":["error"],"supported":["error","general","slowquery","audit"]},"sqlserver":{"required":["error"],"supported":["error","agent"]},"oracle":{"required":["alert"],"supported":["alert","audit","listener","trace","oemagent"]},"db2":{"required":["diag.log"],"supported":["diag.log","notify.log"]}}}');

/***/ }),

/***/ 5223:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"description":"Properties that carry a password or auth token, for the family-9 rules db-password-from-parameter (entries with database: true) and literal-password (all entries). A path segment \'*\' stands for every item of a list. managedProperty names the property that makes the service generate and keep the password in Secrets Manager itself.","source":"AWS CloudFormation resource and property reference (docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference), property names checked against the tap-guard corpus.","retrieved":"2026-12-04","properties":[{"type":"AWS::RDS::DBInstance","path":["MasterUserPassword"],"database":true,"label":"DB instance","managedProperty":"ManageMasterUserPassword"},{"type":"AWS::RDS::DBCluster","path":["MasterUserPassword"],"database":true,"label":"DB cluster","managedProperty":"ManageMasterUserPassword"},{"type":"AWS::DocDB::DBCluster","path":["MasterUserPassword"],"database":true,"label":"DocumentDB cluster"},{"type":"AWS::DocDBElastic::Cluster","path":["AdminUserPassword"],"database":true,"label":"DocumentDB elastic cluster"},{"type":"AWS::Redshift::Cluster","path":["MasterUserPassword"],"database":true,"label":"Redshift cluster","managedProperty":"ManageMasterPassword"},{"type":"AWS::RedshiftServerless::Namespace","path":["AdminUserPassword"],"database":true,"label":"Redshift Serverless namespace","managedProperty":"ManageAdminPassword"},{"type":"AWS::Lightsail::Database","path":["MasterUserPassword"],"database":true,"label":"Lightsail database"},{"type":"AWS::DMS::Endpoint","path":["Password"],"database":true,"label":"DMS endpoint"},{"type":"AWS::KinesisFirehose::DeliveryStream","path":["RedshiftDestinationConfiguration","Password"],"database":true,"label":"Firehose delivery stream"},{"type":"AWS::OpenSearchService::Domain","path":["AdvancedSecurityOptions","MasterUserOptions","MasterUserPassword"],"database":true,"label":"OpenSearch domain"},{"type":"AWS::Elasticsearch::Domain","path":["AdvancedSecurityOptions","MasterUserOptions","MasterUserPassword"],"database":true,"label":"Elasticsearch domain"},{"type":"AWS::ElastiCache::ReplicationGroup","path":["AuthToken"],"database":true,"label":"ElastiCache replication group"},{"type":"AWS::ElastiCache::User","path":["Passwords","*"],"database":true,"label":"ElastiCache user"},{"type":"AWS::MemoryDB::User","path":["AuthenticationMode","Passwords","*"],"database":true,"label":"MemoryDB user"},{"type":"AWS::AmazonMQ::Broker","path":["Users","*","Password"],"database":false,"label":"Amazon MQ broker"},{"type":"AWS::DirectoryService::MicrosoftAD","path":["Password"],"database":false,"label":"directory"},{"type":"AWS::DirectoryService::SimpleAD","path":["Password"],"database":false,"label":"directory"},{"type":"AWS::IAM::User","path":["LoginProfile","Password"],"database":false,"label":"IAM user"},{"type":"AWS::ManagedBlockchain::Member","path":["MemberConfiguration","MemberFrameworkConfiguration","MemberFabricConfiguration","AdminPassword"],"database":false,"label":"blockchain member"},{"type":"AWS::CodePipeline::Pipeline","path":["Stages","*","Actions","*","Configuration","OAuthToken"],"database":false,"label":"pipeline"}]}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const cli_js_1 = __nccwpck_require__(5581);
process.exitCode = (0, cli_js_1.main)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
});

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
