// The light build (no clustering) that the throttling plugin itself loads, typed as the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
