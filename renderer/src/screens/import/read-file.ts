// Reads a chosen or dropped file as base64 for members.importPreview / members.import. The core
// detects the encoding itself, so the bytes go as they are. FileReader does the base64 work off the
// main thread: a 100 MB file does not freeze the window.
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  size: number;
  contentBase64: string;
}

export async function readChosenFile(file: File): Promise<ChosenFile> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`“${file.name}” is larger than 150 MB. Split it into smaller files and import them one by one.`);
  if (file.size === 0) throw new Error(`“${file.name}” is empty. Choose the CSV file with your members in it.`);
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read. Check that it is still there and try again.`));
    reader.readAsDataURL(file);
  });
  const comma = dataUrl.indexOf(',');
  return { name: file.name, size: file.size, contentBase64: comma >= 0 ? dataUrl.slice(comma + 1) : '' };
}
