/**
 * The bundled sample feed names its pictures by their real URLs on the
 * union's site, so its QR codes and captions are true; the pictures ship in
 * assets/feed under the URL's file name and are put into the image cache as
 * if downloaded, so a fresh install shows the article with its picture offline.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedArticle } from '../../core/feed/article';
import type { RemoteImages } from '../media/remote-images';

/** Seeds the cache with the bundled picture of each sample article that has one; returns the URLs seeded. */
export async function seedSampleImages(
  articles: readonly FeedArticle[],
  bundledDir: string,
  images: RemoteImages,
): Promise<string[]> {
  const seeded: string[] = [];
  for (const article of articles) {
    if (!article.image) continue;
    const fileName = decodeURIComponent(new URL(article.image.url).pathname.split('/').pop() ?? '');
    const bundled = join(bundledDir, fileName);
    if (fileName && existsSync(bundled)) {
      await images.seed(article.image.url, bundled);
      seeded.push(article.image.url);
    }
  }
  return seeded;
}
