from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển hạ tầng viễn thông 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng di động
Tính đến ngày 30/9/2024, toàn tỉnh có 1.187 trạm BTS, trong đó 968 trạm 4G. Trong 9 tháng, các doanh nghiệp đã phát triển mới 84/100 trạm BTS kế hoạch năm. Tỷ lệ thôn, bản có sóng di động đạt 96,8% (1.631/1.685 thôn, bản); còn 54 thôn, bản lõm sóng, chủ yếu tại ba huyện Mường Nhé, Nậm Pồ và Tủa Chùa.

Bảng 1. Hạ tầng di động theo huyện (tính đến 30/9/2024)
STT | Đơn vị | Trạm BTS (trạm) | Trạm 4G (trạm) | Thôn, bản lõm sóng (thôn) | Tỷ lệ thôn, bản có sóng (%)
1 | TP Điện Biên Phủ | 142 | 138 | 0 | 100
2 | Mường Nhé | 118 | 86 | 17 | 89,4
3 | Nậm Pồ | 126 | 91 | 14 | 92,1
4 | Tủa Chùa | 97 | 74 | 9 | 94,8
5 | Mường Ảng | 88 | 79 | 2 | 98,6

2. Hạ tầng băng rộng cố định
Toàn tỉnh có 64.350 thuê bao internet băng rộng cố định, tăng 11,2% so với cùng kỳ năm 2023; tỷ lệ hộ gia đình có kết nối cáp quang đạt 41,5%, thấp hơn 3,5% so với chỉ tiêu năm (45%). Kinh phí đầu tư hạ tầng viễn thông 9 tháng ước đạt 186,4 tỷ đồng, trong đó vốn doanh nghiệp 171,9 tỷ đồng, vốn Quỹ Dịch vụ viễn thông công ích 14,5 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu phát triển mới 16 trạm BTS, xóa 20 thôn, bản lõm sóng; dự kiến đến hết năm 2024 tỷ lệ thôn, bản có sóng di động đạt 98%.

Nơi nhận:
- Bộ TT&TT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = I(P("tính đến 30/9/2024", None, "2024-09-30"))
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))
END24 = P("đến hết năm 2024", None, "2024-12-31")

ROWS = [  # (anchor prefix, location, bts, g4, lom, rate)
    ("TP Điện Biên Phủ", "Điện Biên Phủ", "142", "138", "0", "100"),
    ("Mường Nhé", "Mường Nhé", "118", "86", "17", "89,4"),
    ("Nậm Pồ", "Nậm Pồ", "126", "91", "14", "92,1"),
    ("Tủa Chùa", "Tủa Chùa", "97", "74", "9", "94,8"),
    ("Mường Ảng", "Mường Ảng", "88", "79", "2", "98,6"),
]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for label, loc, bts, g4, lom, rate in ROWS:
    row = f"{label} | {bts} | {g4} | {lom} | {rate}"
    TABLE += [
        F(f"{label} | {bts} |", bts, num(bts), "count", "trạm", "Trạm BTS", TAB, location=loc),
        F(f"| {bts} | {g4} |", g4, num(g4), "count", "trạm", "Trạm 4G", TAB, location=loc),
        F(f"| {g4} | {lom} |", lom, num(lom), "count", "thôn", "Thôn, bản lõm sóng", TAB, location=loc),
        F(f"| {lom} | {rate}\n", rate, num(rate), "percent", "%", "Tỷ lệ thôn, bản có sóng", TAB, location=loc),
    ]

FIGS = [
    F("có 1.187 trạm BTS", "1.187", 1187, "count", "trạm BTS", "trạm BTS", ASOF),
    F("968 trạm 4G", "968", 968, "count", "trạm", "trạm 4G", ASOF, total=1187),
    F("mới 84/100 trạm", "84", 84, "count", "trạm BTS", "trạm BTS phát triển mới", M9, target=T(100, "trạm BTS")),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ thôn, bản có sóng di động", I(ASOF)),
    F("(1.631/1.685 thôn", "1.631", 1631, "count", "thôn, bản", "thôn, bản có sóng di động", I(ASOF), total=1685),
    F("còn 54 thôn", "54", 54, "count", "thôn, bản", "thôn, bản lõm sóng", I(ASOF)),
    F("ba huyện", "ba", 3, "count", "huyện", optional=True),
] + TABLE + [
    F("có 64.350 thuê bao", "64.350", 64350, "count", "thuê bao", "thuê bao internet băng rộng cố định", I(ASOF),
      change=CH("increase", 11.2, "%", "cùng kỳ năm 2023")),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ hộ gia đình có kết nối cáp quang", I(ASOF),
      change=CH("decrease", 3.5, "%", "chỉ tiêu năm"), target=T(45)),
    F("ước đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "kinh phí đầu tư hạ tầng viễn thông", M9,
      status="estimate"),
    F("nghiệp 171,9 tỷ đồng", "171,9", 171.9e9, "money", "đồng", "vốn doanh nghiệp đầu tư hạ tầng viễn thông", M9,
      total=186.4e9, status="estimate"),
    F("công ích 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "vốn Quỹ Dịch vụ viễn thông công ích", M9,
      total=186.4e9, status="estimate"),
    F("mới 16 trạm BTS", "16", 16, "count", "trạm BTS", "trạm BTS phát triển mới", Q4, status="target"),
    F("xóa 20 thôn", "20", 20, "count", "thôn, bản", "thôn, bản lõm sóng được xóa", Q4, status="target"),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ thôn, bản có sóng di động", END24, status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Điện Biên (invented), Số: 318/BC-UBND, 'Điện Biên, ngày 07 tháng 10 năm 2024': hạ tầng viễn thông 9 tháng năm 2024,",
    "with a flattened '|' table (Bảng 1) of BTS, 4G sites, dead-zone villages and coverage rate by district. Every numeric cell is a",
    "figure (the 0 included); STT row numbers, 'Bảng 1', section numbers 'I.', '1.', '2.', 'II.' are not. Table period from the title",
    "'(tính đến 30/9/2024)' (inherited); column labels are the subjects, district row labels go to location; units from the headers.",
    "'84/100 trạm BTS kế hoạch năm' → target 100 (plan), not a total. '96,8% (1.631/1.685 thôn, bản)': the percent is the claim and",
    "a figure; the bracketed count is a figure with total 1685 (no percent attribute: the share stands before it as its own figure).",
    "'41,5%, thấp hơn 3,5% so với chỉ tiêu năm (45%)' → change −3.5 (baseline chỉ tiêu năm), target 45. 'ba huyện' optional.",
    "'ước đạt … trong đó …' parts carry total 186,4 tỷ and status estimate. Section II (QUÝ IV/2024): 'Phấn đấu' → target, 'dự kiến' → forecast.",
]

emit("p597-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Điện Biên")
