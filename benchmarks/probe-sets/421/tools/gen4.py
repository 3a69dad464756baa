from lib import F, P, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 25 tháng 6 năm 2024

BÁO CÁO
Kết quả phong trào làm đường giao thông nông thôn 6 tháng đầu năm 2024

Thực hiện Nghị quyết số 09-NQ/TU ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
6 tháng đầu năm 2024, toàn tỉnh làm được 243,8 km đường bê tông nông thôn, đạt 48,8% kế hoạch năm (500 km), tăng 9,6% so với cùng kỳ. Nhân dân đã hiến 98.560 m² đất, đóng góp 36.420 ngày công và 41,2 tỷ đồng; ngân sách tỉnh hỗ trợ 11.380 tấn xi măng. Ước cả năm 2024 làm được khoảng 520 km, vượt 4% kế hoạch.

2. Kết quả theo huyện, thành phố (Bảng 1)
Huyện, thành phố | Đường bê tông (km) | Đất hiến (m²) | Nhân dân đóng góp (triệu đồng) | Ngày công
Lâm Bình | 21,6 | 7.240 | 2.850 | 3.960
Na Hang | 24,3 | 8.115 | 3.120 | 4.210
Chiêm Hóa | 52,7 | 21.930 | 9.640 | 7.580
Hàm Yên | 47,5 | 19.620 | 8.270 | 6.940
Yên Sơn | 43,9 | 17.850 | 7.930 | 6.520
Sơn Dương | 45,2 | 19.045 | 8.410 | 6.480
TP Tuyên Quang | 8,6 | 4.760 | 980 | 730
Tổng cộng | 243,8 | 98.560 | 41.200 | 36.420

II. NHIỆM VỤ TRỌNG TÂM
Phấn đấu trong 6 tháng cuối năm làm thêm 256 km đường bê tông, trong đó huyện Chiêm Hóa tối thiểu 50 km; vận động nhân dân hiến thêm từ 80.000 đến 100.000 m² đất.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Việt Phương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("làm được 243,8 km", "243,8", 243.8, "measure", "km", "đường bê tông nông thôn", H1,
      percent=48.8, target={"value": 500, "unit": "km", "met": None}, change=CH("increase", 9.6, baseline="cùng kỳ")),
    F("hiến 98.560 m² đất", "98.560", 98560, "measure", "m²", "đất nhân dân hiến", H1i),
    F("đóng góp 36.420 ngày công", "36.420", 36420, "count", "ngày công", "ngày công nhân dân đóng góp", H1i),
    F("và 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "tiền nhân dân đóng góp", H1i),
    F("hỗ trợ 11.380 tấn xi măng", "11.380", 11380, "measure", "tấn", "xi măng ngân sách tỉnh hỗ trợ", H1i),
    F("khoảng 520 km", "520", 520, "measure", "km", "đường bê tông nông thôn làm được",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate",
      change=CH("increase", 4, baseline="kế hoạch")),
]

COLS = [("km", "Đường bê tông", "km", 1), ("m2", "Đất hiến", "m²", 1),
        ("money", "Nhân dân đóng góp", "đồng", 1e6), ("nc", "Ngày công", "ngày công", 1)]
ROWS = [
    ("Lâm Bình", ["21,6", "7.240", "2.850", "3.960"]),
    ("Na Hang", ["24,3", "8.115", "3.120", "4.210"]),
    ("Chiêm Hóa", ["52,7", "21.930", "9.640", "7.580"]),
    ("Hàm Yên", ["47,5", "19.620", "8.270", "6.940"]),
    ("Yên Sơn", ["43,9", "17.850", "7.930", "6.520"]),
    ("Sơn Dương", ["45,2", "19.045", "8.410", "6.480"]),
    ("TP Tuyên Quang", ["8,6", "4.760", "980", "730"]),
    ("Tổng cộng", ["243,8", "98.560", "41.200", "36.420"]),
]
KIND = {"km": "measure", "m2": "measure", "money": "money", "nc": "count"}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, cells in ROWS:
    for i, ((key, col, unit, mult), cell) in enumerate(zip(COLS, cells)):
        prev = label if i == 0 else cells[i - 1]
        tail = " |" if i < 3 else "\n"
        anchor = f"{prev} | {cell}{tail}"
        loc = "Tuyên Quang" if label in ("TP Tuyên Quang", "Tổng cộng") else label
        subj = col + (" tổng cộng" if label == "Tổng cộng" else "")
        FIGS.append(F(anchor, cell, round(num(cell) * mult, 6), KIND[key], unit, subj, H1i, location=loc))

FIGS += [
    F("làm thêm 256 km", "256", 256, "measure", "km", "đường bê tông làm thêm", H2, status="target"),
    F("tối thiểu 50 km", "50", 50, "measure", "km", "đường bê tông làm thêm", H2, approx="at_least", total=256,
      status="target", location="Chiêm Hóa"),
    F("từ 80.000 đến 100.000 m²", "80.000", 80000, "measure", "m²", "đất nhân dân hiến thêm", H2, value_max=100000,
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Tuyên Quang, 'Số: 386/BC-UBND'); the place-and-date line 'Tuyên Quang, ngày 25 tháng 6 năm 2024' is its date.",
    "243,8 km 'đạt 48,8% kế hoạch năm (500 km), tăng 9,6% so với cùng kỳ': percent, bracketed plan as target, change. 500 is an attribute only.",
    "Flattened '|' table (Bảng 1): units from the column headers ('(km)', '(m²)', '(triệu đồng)' → ×10⁶ đồng, 'Ngày công'); rows are districts/city → location;",
    "'TP Tuyên Quang' and 'Tổng cộng' rows → Tuyên Quang. Period '6 tháng đầu năm 2024' from the title/text above (inherited). No totals for table cells.",
    "Section II: 'Phấn đấu trong 6 tháng cuối năm …' → targets, year-less phrase takes 2024. 'trong đó huyện Chiêm Hóa tối thiểu 50 km' → total 256, at_least.",
    "Distractors: document numbers (386/BC-UBND, Nghị quyết số 09-NQ/TU ngày 20/12/2021), section numbers I./1./2./II., 'Bảng 1', 'Lưu: VT, KT', signer.",
]

emit("p421-4", TEXT, COMMENTS, FIGS, published="2024-06-25", location="Tuyên Quang")
