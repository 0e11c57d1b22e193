// pdf-lib for the PDF stage, loaded through require. An ESM import of its
// CommonJS build first runs Node's export lexer over the index and every
// module it re-exports: about 0.17 s of CPU on the main thread of each PDF
// build (measured, Node 20), before any PDF is read.
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

const pdfLib = createRequire(import.meta.url)('pdf-lib') as typeof PdfLib;

export const {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFRawStream,
  PDFRef,
  PDFString,
} = pdfLib;

export type PDFArray = PdfLib.PDFArray;
export type PDFDict = PdfLib.PDFDict;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type PDFNumber = PdfLib.PDFNumber;
export type PDFObject = PdfLib.PDFObject;
export type PDFPage = PdfLib.PDFPage;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFRef = PdfLib.PDFRef;
export type PDFString = PdfLib.PDFString;
