import type { ImageSlide } from '../deck/types.js';
import { imageDataUri } from '../fs/assets.js';
import { trusted } from '../text/trusted.js';
import type { SlideBuilder } from './types.js';

export const image: SlideBuilder = ({ baseDir }, { options }) => {
  const o = options as unknown as ImageSlide;
  return [
    {
      kind: 'image',
      title: o.title ?? o.alt,
      classes: o.title ? [] : ['no-title'],
      paginate: true,
      data: { heading: o.title ?? null, alt: o.alt, src: trusted(imageDataUri(baseDir, o.src)) },
    },
  ];
};
