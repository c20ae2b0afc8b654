// antd's rc-resize-observer imports a ResizeObserver polyfill; every browser Skranke supports has it built in.
export default globalThis.ResizeObserver;
