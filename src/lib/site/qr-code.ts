import QRCode from 'qrcode';

/**
 * A page's address as a QR code in SVG, drawn at build time: no outside QR service sees who
 * reads what. The address is handed over as bytes (the mode qrcode would choose for it anyway)
 * and with one fixed mask pattern: any of the eight reads, and qrcode would otherwise try each
 * on every poster and visit sheet, most of what a poster cost to build (docs/measurements.md).
 */
export function qrCodeSvg(url: string, width?: number): Promise<string> {
  return QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    maskPattern: 0,
    color: { dark: '#000000', light: '#ffffff' },
    ...(width === undefined ? {} : { width }),
  });
}
