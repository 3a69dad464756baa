from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 46/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác quản lý đào tạo, sát hạch, cấp giấy phép lái xe năm 2023

Thực hiện Công văn số 9120/BGTVT-ATGT ngày 22/11/2023 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 12 cơ sở đào tạo lái xe (08 cơ sở đào tạo ô tô, 04 cơ sở chỉ đào tạo mô tô) và 05 trung tâm sát hạch, trong đó 03 trung tâm sát hạch loại 1. Tổng số xe tập lái là 486 xe, trong đó 452 xe đã lắp thiết bị DAT, đạt 93%; giáo viên dạy thực hành lái xe 512 người.

II. KẾT QUẢ THỰC HIỆN
1. Đào tạo: Năm 2023, các cơ sở tuyển sinh 25.740 học viên, đạt 107,3% kế hoạch, tăng 9,8% so với năm 2022.
2. Sát hạch: kết quả sát hạch lái xe năm 2023 như sau:
Hạng | Dự sát hạch (người) | Đạt (người) | Tỷ lệ đạt (%)
A1 | 14.236 | 12.108 | 85,1
B2 | 6.842 | 4.517 | 66,0
C | 1.125 | 802 | 71,3
D, E, F | 416 | 331 | 79,6
Tổng cộng | 22.619 | 17.758 | 78,5
3. Cấp, đổi GPLX: đã cấp mới 17.758 GPLX; đổi, cấp lại 19.204 GPLX, trong đó 8.915 GPLX đổi trực tuyến (chiếm 46,4%).

III. PHƯƠNG HƯỚNG, NHIỆM VỤ
Năm 2024, dự kiến tuyển sinh khoảng 27.000 học viên; phấn đấu tỷ lệ đạt sát hạch lái xe ô tô không dưới 70%.

Nơi nhận:
- Bộ GTVT;
- Cục Đường bộ Việt Nam;
- Lưu: VT, GT1.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = I(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ROWS = [
    ("A1", "hạng A1", ["14.236", "12.108", "85,1"], ["A1 | 14.236", "14.236 | 12.108", "12.108 | 85,1"]),
    ("B2", "hạng B2", ["6.842", "4.517", "66,0"], ["B2 | 6.842", "6.842 | 4.517", "4.517 | 66,0"]),
    ("C", "hạng C", ["1.125", "802", "71,3"], ["C | 1.125", "1.125 | 802", "802 | 71,3"]),
    ("DEF", "hạng D, E, F", ["416", "331", "79,6"], ["F | 416", "416 | 331", "331 | 79,6"]),
    ("TC", "tổng cộng", ["22.619", "17.758", "78,5"], ["Tổng cộng | 22.619", "22.619 | 17.758", "17.758 | 78,5"]),
]
COLS = [("Dự sát hạch", "count", "người"), ("Đạt", "count", "người"), ("Tỷ lệ đạt", "percent", "%")]

FIGS = [
    F("hiện có 12 cơ sở", "12", 12, "count", "cơ sở đào tạo lái xe", "cơ sở đào tạo lái xe"),
    F("(08 cơ sở", "08", 8, "count", "cơ sở", "cơ sở đào tạo ô tô", total=12),
    F("04 cơ sở chỉ", "04", 4, "count", "cơ sở", "cơ sở chỉ đào tạo mô tô", total=12),
    F("và 05 trung tâm", "05", 5, "count", "trung tâm sát hạch", "trung tâm sát hạch"),
    F("03 trung tâm sát hạch loại 1", "03", 3, "count", "trung tâm sát hạch", "trung tâm sát hạch loại 1", total=5),
    F("là 486 xe", "486", 486, "count", "xe", "xe tập lái"),
    F("trong đó 452 xe", "452", 452, "count", "xe", "xe tập lái đã lắp thiết bị DAT", total=486, percent=93),
    F("lái xe 512 người", "512", 512, "count", "người", "giáo viên dạy thực hành lái xe"),
    F("tuyển sinh 25.740 học viên", "25.740", 25740, "count", "học viên", "học viên các cơ sở tuyển sinh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=107.3, change=CH("increase", 9.8, baseline="năm 2022")),
]
for _, label, cells, anchors in ROWS:
    for (col, kind, unit), num, anc in zip(COLS, cells, anchors):
        FIGS.append(F(anc, num, float(num.replace(".", "").replace(",", ".")), kind, unit, f"{col} {label}", Y))
FIGS += [
    F("cấp mới 17.758 GPLX", "17.758", 17758, "count", "GPLX", "GPLX cấp mới", Y),
    F("cấp lại 19.204 GPLX", "19.204", 19204, "count", "GPLX", "GPLX đổi, cấp lại", Y),
    F("trong đó 8.915 GPLX", "8.915", 8915, "count", "GPLX", "GPLX đổi trực tuyến", Y, total=19204, percent=46.4),
    F("khoảng 27.000 học viên", "27.000", 27000, "count", "học viên", "học viên tuyển sinh", Y24,
      approx="about", status="forecast"),
    F("không dưới 70%", "70", 70, "percent", "%", "tỷ lệ đạt sát hạch lái xe ô tô", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH / Số: 46/BC-UBND', place-and-date line 'Hà Tĩnh, ngày 18 tháng 01 năm 2024' (= published).",
    "Flattened '|' table: Hạng | Dự sát hạch (người) | Đạt (người) | Tỷ lệ đạt (%); every numeric cell a figure, subject = column + row (licence class).",
    "Licence classes 'A1', 'B2', 'loại 1', 'GT1', section numbers I./II./1./2./3., 'Công văn số 9120/BGTVT-ATGT ngày 22/11/2023' are distractors.",
    "Table cells carry no total/percent (each cell is its own figure, as shared h23). Period from 'năm 2023' in the line above the table: inherited.",
    "'(08 cơ sở …, 04 cơ sở …)' adds up to 12: total 12. '452 xe … đạt 93%': total 486, percent 93. 'Dự kiến' → forecast; 'phấn đấu … không dưới 70%' → target, at_least.",
]

if __name__ == "__main__":
    emit("p719-3", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Hà Tĩnh")
