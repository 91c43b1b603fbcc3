import { describe, expect, it } from 'vitest';
import {
  rotationImageSrcs,
  rotationVideoSrcs,
  slideImageSrc,
  slideVideoSrc,
} from '../../../../renderer/player/slide-image';
import { slideKey } from '../../../../renderer/player/slide-key';
import { countdownSlide, textSlide, videoSlide } from './item-fixtures';
import { imageSlide, newsSlide } from './news-fixtures';

describe('the picture a slide waits for', () => {
  it('is the image of an image slide and the lead image of a news slide', () => {
    expect(slideImageSrc(imageSlide())).toBe('/media/bundled/bk1.jpg');
    expect(slideImageSrc(newsSlide())).toBe('/media/cache/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg');
  });

  it('is none for a text-only news slide, which is ready at once', () => {
    expect(slideImageSrc(newsSlide({ image: null }))).toBeNull();
  });

  it('keeps every picture of the rotation once, and nothing for text-only news', () => {
    const slides = [
      imageSlide(),
      imageSlide({ id: 'bk1-again', itemId: 'bk1-again' }),
      newsSlide(),
      newsSlide({ id: 'tin\u0000other', image: null }),
    ];
    expect(rotationImageSrcs(slides)).toEqual([
      '/media/bundled/bk1.jpg',
      '/media/cache/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg',
    ]);
  });
});

describe('slide keys', () => {
  it('stay the same for the same slide and image, so a new state does not restart the slide', () => {
    expect(slideKey(imageSlide())).toBe(slideKey(imageSlide({ durationMs: 10_000 })));
    expect(slideKey(newsSlide())).toBe(slideKey(newsSlide({ title: 'Tiêu đề đã sửa' })));
  });

  it('change when the image of a slide changes, or for another slide with the same image', () => {
    const key = slideKey(imageSlide());
    expect(slideKey(imageSlide({ src: '/media/cache/abc.jpg' }))).not.toBe(key);
    expect(slideKey(imageSlide({ id: 'bk1-copy', itemId: 'bk1-copy' }))).not.toBe(key);
    expect(slideKey(newsSlide({ image: null }))).not.toBe(slideKey(newsSlide()));
  });

  it('differ for two articles of the same news item, which share their data-item-id', () => {
    const first = newsSlide({ id: 'tin\u0000a', image: null });
    const second = newsSlide({ id: 'tin\u0000b', image: null });
    expect(first.itemId).toBe(second.itemId);
    expect(slideKey(first)).not.toBe(slideKey(second));
  });
});

describe('media of the other kinds', () => {
  it('a video is loaded by the video player, not decoded as a picture; countdowns and text cards need nothing', () => {
    expect(slideImageSrc(videoSlide())).toBeNull();
    expect(slideVideoSrc(videoSlide())).toBe('/media/library/phim-dai-hoi.webm');
    expect(slideImageSrc(countdownSlide())).toBeNull();
    expect(slideImageSrc(textSlide())).toBeNull();
    expect(slideVideoSrc(imageSlide())).toBeNull();
  });

  it('the rotation keeps its videos apart from its pictures, once each', () => {
    const slides = [imageSlide(), videoSlide(), videoSlide({ id: 'phim-2' }), countdownSlide(), textSlide()];
    expect(rotationImageSrcs(slides)).toEqual(['/media/bundled/bk1.jpg']);
    expect(rotationVideoSrcs(slides)).toEqual(['/media/library/phim-dai-hoi.webm']);
  });

  it('a video slide’s key follows its file, so a replaced clip crossfades in', () => {
    expect(slideKey(videoSlide())).not.toBe(slideKey(videoSlide({ src: '/media/library/moi.mp4' })));
    expect(slideKey(textSlide())).toBe(slideKey(textSlide({ title: 'Đã sửa' })));
  });
});
