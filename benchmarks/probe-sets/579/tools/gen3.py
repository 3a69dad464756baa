from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 6 năm 2024

BÁO CÁO
Kết quả tổ chức Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XII năm 2024

Thực hiện Kế hoạch số 92/KH-UBND ngày 05/3/2024 của UBND tỉnh, Hội khỏe Phù Đổng (HKPĐ) tỉnh lần thứ XII đã diễn ra từ ngày 15/5 đến ngày 02/6/2024. UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ TỔ CHỨC
1. Quy mô: HKPĐ có 13 đơn vị tham gia, gồm 12 huyện, thị xã, thành phố và khối các trường THPT trực thuộc Sở, với tổng số 2.865 vận động viên, trong đó 1.214 vận động viên nữ (chiếm 42,4%). Các vận động viên tranh tài ở 14 môn (9 môn chính thức và 5 môn thể thao dân tộc).

2. Kết quả: Ban tổ chức đã trao 412 HCV, 410 HCB và 596 HCĐ; có 17 kỷ lục HKPĐ tỉnh bị phá. Kết quả xếp hạng toàn đoàn (Đơn vị tính: huy chương):

TT | Đơn vị | HCV | HCB | HCĐ | Tổng số
1 | Thành phố Hà Tĩnh | 68 | 55 | 71 | 194
2 | Huyện Cẩm Xuyên | 52 | 49 | 63 | 164
3 | Thị xã Kỳ Anh | 47 | 45 | 58 | 150
4 | Huyện Thạch Hà | 41 | 44 | 60 | 145

Khối các trường THPT xếp thứ 5 toàn đoàn với 39 HCV.

3. Kinh phí: Tổng kinh phí tổ chức là 3,75 tỷ đồng, trong đó ngân sách tỉnh 2,9 tỷ đồng, nguồn xã hội hóa 850 triệu đồng.

II. PHƯƠNG HƯỚNG
Dự kiến tuyển chọn 186 vận động viên tham dự HKPĐ toàn quốc lần thứ X năm 2024; phấn đấu giành từ 8 đến 10 HCV.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

FIGS = [
    F("có 13 đơn vị", "13", 13, "count", "đơn vị", "đơn vị tham gia HKPĐ"),
    F("gồm 12 huyện", "12", 12, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia HKPĐ", total=13),
    F("2.865 vận động viên", "2.865", 2865, "count", "vận động viên", "vận động viên tham gia HKPĐ"),
    F("1.214 vận động viên nữ", "1.214", 1214, "count", "vận động viên", "vận động viên nữ", total=2865, percent=42.4),
    F("ở 14 môn", "14", 14, "count", "môn", "môn các vận động viên tranh tài"),
    F("(9 môn", "9", 9, "count", "môn", "môn chính thức", total=14),
    F("và 5 môn", "5", 5, "count", "môn", "môn thể thao dân tộc", total=14),
    F("412 HCV", "412", 412, "count", "HCV", "HCV Ban tổ chức đã trao"),
    F("410 HCB", "410", 410, "count", "HCB", "HCB Ban tổ chức đã trao"),
    F("596 HCĐ", "596", 596, "count", "HCĐ", "HCĐ Ban tổ chức đã trao"),
    F("có 17 kỷ lục", "17", 17, "count", "kỷ lục", "kỷ lục HKPĐ tỉnh bị phá"),
]

ROWS = [("Thành phố Hà Tĩnh", ["68", "55", "71", "194"]),
        ("Huyện Cẩm Xuyên", ["52", "49", "63", "164"]),
        ("Thị xã Kỳ Anh", ["47", "45", "58", "150"]),
        ("Huyện Thạch Hà", ["41", "44", "60", "145"])]
COLS = ["HCV xếp hạng toàn đoàn", "HCB xếp hạng toàn đoàn", "HCĐ xếp hạng toàn đoàn", "Tổng số huy chương xếp hạng toàn đoàn"]
for place, cells in ROWS:
    line = f"{place} | " + " | ".join(cells)
    for i, c in enumerate(cells):
        # anchor: the cell with its neighbours, unique within the article
        left = place if i == 0 else cells[i - 1]
        anchor = f"{left} | {c}"
        if i < 3:
            anchor += f" | {cells[i + 1]}"
        FIGS.append(F(anchor, c, int(c), "count", "huy chương", COLS[i], location=place))

FIGS += [
    F("xếp thứ 5", "5", 5, "rank", "hạng", "Khối các trường THPT xếp hạng toàn đoàn"),
    F("với 39 HCV", "39", 39, "count", "HCV", "HCV của khối các trường THPT"),
    F("là 3,75 tỷ đồng", "3,75", 3750000000, "money", "đồng", "Tổng kinh phí tổ chức"),
    F("tỉnh 2,9 tỷ đồng", "2,9", 2900000000, "money", "đồng", "kinh phí tổ chức từ ngân sách tỉnh", total=3750000000),
    F("850 triệu đồng", "850", 850000000, "money", "đồng", "kinh phí tổ chức từ nguồn xã hội hóa", total=3750000000),
    F("tuyển chọn 186 vận động viên", "186", 186, "count", "vận động viên",
      "vận động viên tham dự HKPĐ toàn quốc lần thứ X", status="forecast"),
    F("từ 8 đến 10 HCV", "8", 8, "count", "HCV", "HCV tại HKPĐ toàn quốc lần thứ X", value_max=10, status="target"),
]

COMMENTS = [
    "revised: subject of '14 môn' was 'môn thi đấu' (a paraphrase; 'thi đấu' is not in the sentence), now 'môn các vận động viên tranh tài'.",
    "Formal report UBND tỉnh Hà Tĩnh, Số: 187/BC-UBND, 'Hà Tĩnh, ngày 12 tháng 6 năm 2024': kết quả Hội khỏe Phù Đổng tỉnh lần thứ XII.",
    "Flattened '|' table (Đơn vị tính: huy chương): every numeric cell is a count in huy chương; the row label (a city/district) is the",
    "location, the column label the subject. Row numbers (TT 1-4) are not figures; the table cells get no total (no cue; the Tổng số",
    "column comes after its parts). Not figures: Số 187/BC-UBND, Kế hoạch số 92/KH-UBND, lần thứ XII/X, section numbers I./II./1./2./3.",
    "'gồm 12 huyện, thị xã, thành phố và khối ...' is a part after 'gồm' of the 13 units; (9 môn ... 5 môn) adds up to 14.",
    "No periods: the report covers one event (năm 2024 is part of its name).",
]

emit("p579-3", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Hà Tĩnh")
