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
  list: 'Жагсаалт',
  date: 'Огноо',
  event: 'Үйл явдал',
  listLimited: (count) => `эхний ${count}-г харуулав; бусдыг нь харахын тулд томруулна уу`,
  noData: 'Энэ он дараалалд үйл явдал алга.',
  loading: (percent) => `Үйл явдлуудыг ачаалж байна…${percent === null ? '' : ` ${percent}%`}`,
  loadFailed: ({ kind, source, value = 0 }) => {
    const where = source === 'inline' ? 'хуудсанд орсон өгөгдөл' : source === 'data' ? 'өгөгдөл' : source;
    const why = {
      network: `${where} хаягтай холбогдож чадсангүй`,
      http: `сервер ${value} кодоор хариулав (${where})`,
      json: `JSON бичиглэл алдаатай (${where})`,
      size: `20 МБ-аас том байна (${where})`,
      timeout: `20 секундээс удаан үргэлжилэв (${where})`,
      'too-many': `${value} үйл явдалтай, дээд хязгаар нь 100 000 (${where})`,
    }[kind];
    return `Үйл явдлуудыг ачаалж чадсангүй: ${why}.`;
  },
  keptData: 'Өмнө ачаалсан үйл явдлуудыг харуулж байна.',
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
