// framer-motion's DOM animation features, split into their own chunk (see LazyMotion in App).
export { domAnimation as default } from 'framer-motion';
