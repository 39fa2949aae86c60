//! The two macros that make the desktop shell's command list one list.
//!
//! - `#[command]` on a function is `#[tauri::command]` plus, in test builds, a description of
//!   the command for the UI: its name, the arguments the UI passes (named as Tauri expects them,
//!   camelCase unless `rename_all = "snake_case"`) and what it returns (`T` of `Result<T, E>`).
//!   Arguments Tauri fills in itself (`AppHandle`, `State`, `Shared`, `Window`, `Webview`,
//!   `WebviewWindow`, `Request`) are left out.
//! - `commands![a, b, ...]` is the one list: it defines `invoke_handler()`
//!   (`tauri::generate_handler![a, b, ...]`) and, in test builds, `command_signatures()`, from
//!   which `src-tauri/src/ipc.rs` writes `ui/src/lib/bindings/commands.ts`.
//!
//! The generated code calls `crate::ipc::Signature` and `crate::ipc::Arg`, which turn Rust types
//! into TypeScript through ts-rs (a dev-dependency: none of this is in the app users run).

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::{format_ident, quote};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{
    parse_macro_input, FnArg, GenericArgument, Ident, ItemFn, Meta, Pat, PathArguments, ReturnType,
    Token, Type,
};

/// Types Tauri passes to a command itself, by the last segment of their path.
const INJECTED: &[&str] = &[
    "AppHandle",
    "State",
    "Shared",
    "Window",
    "Webview",
    "WebviewWindow",
    "Request",
];

/// `#[tauri::command]` plus the command's signature for the UI's generated command list.
#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    let passed: proc_macro2::TokenStream = attr.clone().into();
    let options = match Punctuated::<Meta, Token![,]>::parse_terminated.parse(attr) {
        Ok(options) => options,
        Err(error) => return error.to_compile_error().into(),
    };
    let snake_case = options.iter().any(|meta| {
        matches!(meta, Meta::NameValue(nv) if nv.path.is_ident("rename_all")
            && matches!(&nv.value, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) if s.value() == "snake_case"))
    });
    let function = parse_macro_input!(item as ItemFn);
    let name = &function.sig.ident;
    let name_text = name.to_string();
    let describe = format_ident!("__command_{}", name);

    let mut args = Vec::new();
    for input in &function.sig.inputs {
        let FnArg::Typed(typed) = input else {
            return syn::Error::new_spanned(input, "a command takes no `self`")
                .to_compile_error()
                .into();
        };
        if is_injected(&typed.ty) {
            continue;
        }
        let Pat::Ident(pat) = &*typed.pat else {
            return syn::Error::new_spanned(&typed.pat, "name each argument of a command")
                .to_compile_error()
                .into();
        };
        let raw = pat.ident.to_string();
        let raw = raw.strip_prefix("r#").unwrap_or(&raw);
        let key = if snake_case {
            raw.to_string()
        } else {
            lower_camel(raw)
        };
        let ty = &typed.ty;
        args.push(quote! { crate::ipc::Arg::new::<#ty>(#key) });
    }
    let result = match &function.sig.output {
        ReturnType::Default => quote! { () },
        ReturnType::Type(_, ty) => {
            let ok = ok_type(ty).unwrap_or(ty);
            quote! { #ok }
        }
    };

    quote! {
        #[::tauri::command(#passed)]
        #function

        #[cfg(test)]
        #[doc(hidden)]
        pub(crate) fn #describe() -> crate::ipc::Signature {
            crate::ipc::Signature::new::<#result>(#name_text, vec![#(#args),*])
        }
    }
    .into()
}

/// The one list of commands: `invoke_handler()` and, in test builds, `command_signatures()`.
#[proc_macro]
pub fn commands(input: TokenStream) -> TokenStream {
    let names = match Punctuated::<Ident, Token![,]>::parse_terminated.parse(input) {
        Ok(names) => names.into_iter().collect::<Vec<_>>(),
        Err(error) => return error.to_compile_error().into(),
    };
    let describe = names
        .iter()
        .map(|name| format_ident!("__command_{}", name, span = Span::call_site()));
    quote! {
        /// Every command of the list, for `tauri::Builder::invoke_handler`.
        fn invoke_handler() -> impl Fn(::tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            ::tauri::generate_handler![#(#names),*]
        }

        /// Every command of the list as the UI calls it, in the list's order.
        #[cfg(test)]
        pub(crate) fn command_signatures() -> Vec<crate::ipc::Signature> {
            vec![#(#describe()),*]
        }
    }
    .into()
}

fn is_injected(ty: &Type) -> bool {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|s| INJECTED.contains(&s.ident.to_string().as_str())),
        Type::Reference(reference) => is_injected(&reference.elem),
        _ => false,
    }
}

/// `T` of a `Result<T, E>` (however the `Result` is spelled at the end of its path).
fn ok_type(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(generics) = &last.arguments else {
        return None;
    };
    generics.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// `export_id` → `exportId`, as Tauri names a command's arguments by default.
fn lower_camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
