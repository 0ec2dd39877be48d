import type { Strings } from './strings.js';

export const mn: Strings = {
  chartLabel: 'Монголын цэргийн дипломатын он дараалал',
  chartHelp:
    'Сум товчоор үйл явдлуудын хооронд шилжинэ, Enter дарж нээнэ, нэмэх хасах товчоор томруулж жижигрүүлнэ, Shift болон сумаар гүйлгэнэ, 0 дарж анхны байдалд буцаана.',
  filtersLabel: 'Түншээр шүүх',
  all: 'Бүгд',
  zoomIn: 'Томруулах',
  zoomOut: 'Жижигрүүлэх',
  resetZoom: 'Бүх хугацааг харуулах',
  close: 'Хаах',
  partners: 'Түншүүд',
  kind: 'Төрөл',
  sources: 'Эх сурвалж',
  note: 'Тайлбар',
  wheelHint: 'Томруулахын тулд Ctrl (Mac дээр ⌘) дарж гүйлгэнэ үү, эсвэл эхлээд он дараалал дээр дарна уу',
  noEvents: 'Энэ хугацаанд үйл явдал алга.',
  dismiss: 'Хаах',
  skipped: (count) => `Өгөгдлийн ${count} бичлэгийг алгасав`,
  kinds: {
    treaty: 'Гэрээ, хэлэлцээр',
    visit: 'Айлчлал',
    exercise: 'Сургуулилалт',
    deployment: 'Цэрэг илгээлт',
    aid: 'Тусламж, техник хэрэгсэл',
    training: 'Сургалт, боловсрол',
    conflict: 'Зэвсэгт мөргөлдөөн',
    institution: 'Байгууллага',
  },
  clusterLabel: (count, period) => `${count} үйл явдал, ${period}. Томруулж харахын тулд идэвхжүүлнэ үү.`,
  eventCount: (count) => `${count} үйл явдал`,
  viewSummary: (period, events, partners) => `${period}, ${events} үйл явдал, ${partners} түнш`,
};
