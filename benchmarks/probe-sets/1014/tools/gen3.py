"""p1014-3: formal report UBND tỉnh Lâm Đồng, 2023 veterinary practice and pet services, flattened '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH LÂM ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Lâm Đồng, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý hành nghề thú y và dịch vụ chăm sóc thú cưng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác cấp phép
Thực hiện Luật Thú y và Nghị định số 35/2016/NĐ-CP, năm 2023 Sở Nông nghiệp và PTNT cấp mới 46 chứng chỉ hành nghề thú y, nâng tổng số chứng chỉ còn hiệu lực lên 312 chứng chỉ. Tính đến ngày 31/12/2023, tại 4 địa phương trọng điểm có 187 cơ sở hành nghề thú y và dịch vụ thú cưng, cụ thể:

Đơn vị tính: cơ sở
Địa bàn | Phòng khám thú y | Cửa hàng thuốc thú y | Spa, lưu trú thú cưng | Cộng
TP. Đà Lạt | 28 | 35 | 19 | 82
TP. Bảo Lộc | 14 | 22 | 7 | 43
Huyện Đức Trọng | 9 | 26 | 3 | 38
Huyện Di Linh | 5 | 18 | 1 | 24
Tổng cộng | 56 | 101 | 30 | 187

2. Công tác tiêm phòng
Năm 2023, toàn tỉnh tiêm phòng dại cho 38.640 con chó, mèo, tăng 5,3% so với năm 2022; tỷ lệ tiêm phòng đạt 71,6% tổng đàn, chưa đạt chỉ tiêu đề ra là 75%.

3. Công tác kiểm tra
Đoàn kiểm tra liên ngành đã kiểm tra 74 lượt cơ sở, phát hiện 11 cơ sở vi phạm (chiếm 14,9%), xử phạt 52,5 triệu đồng; đình chỉ hoạt động 2 cơ sở spa thú cưng không bảo đảm vệ sinh thú y.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 tỷ lệ tiêm phòng dại đạt 80% tổng đàn; 100% cơ sở khám, chữa bệnh động vật có người được cấp chứng chỉ hành nghề. Kinh phí mua vắc xin dự kiến khoảng 1,2 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = period("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("TP. Đà Lạt", "Đà Lạt", [28, 35, 19, 82]),
    ("TP. Bảo Lộc", "Bảo Lộc", [14, 22, 7, 43]),
    ("Huyện Đức Trọng", "Đức Trọng", [9, 26, 3, 38]),
    ("Huyện Di Linh", "Di Linh", [5, 18, 1, 24]),
    ("Tổng cộng", "Lâm Đồng", [56, 101, 30, 187]),
]
COLS = ["Phòng khám thú y", "Cửa hàng thuốc thú y", "Spa, lưu trú thú cưng", "Cộng"]

TABLE = []
for label, place, cells in ROWS:
    for i, v in enumerate(cells):
        anchor = label + " | " + " | ".join(str(c) for c in cells[:i + 1])
        subj = COLS[i] if label != "Tổng cộng" else ("Tổng cộng " + COLS[i] if i < 3 else "Tổng cộng")
        TABLE.append(F(anchor, str(v), v, "count", "cơ sở", subj, inherit(ASOF), location=place))

FIGS = [
    F("cấp mới 46 chứng chỉ", "46", 46, "count", "chứng chỉ", "chứng chỉ hành nghề thú y cấp mới", Y23),
    F("lên 312 chứng chỉ", "312", 312, "count", "chứng chỉ", "chứng chỉ hành nghề thú y còn hiệu lực", Y23),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương trọng điểm", ASOF, optional=True),
    F("có 187 cơ sở", "187", 187, "count", "cơ sở", "cơ sở hành nghề thú y và dịch vụ thú cưng", ASOF),
] + TABLE + [
    F("cho 38.640 con", "38.640", 38640, "count", "con", "chó, mèo được tiêm phòng dại", Y23b,
      change=change("increase", 5.3, "%", "năm 2022")),
    F("đạt 71,6% tổng đàn", "71,6", 71.6, "percent", "%", "tỷ lệ tiêm phòng dại", Y23b,
      target=target(75, "%", False)),
    F("kiểm tra 74 lượt cơ sở", "74", 74, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", inherit(Y23)),
    F("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở vi phạm", inherit(Y23), percent=14.9),
    F("xử phạt 52,5 triệu đồng", "52,5", 52500000, "money", "đồng", "tiền xử phạt", inherit(Y23)),
    F("đình chỉ hoạt động 2 cơ sở", "2", 2, "count", "cơ sở",
      "cơ sở spa thú cưng bị đình chỉ hoạt động", inherit(Y23)),
    F("đạt 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng dại", Y24, status="target"),
    F("100% cơ sở khám", "100", 100, "percent", "%",
      "cơ sở khám, chữa bệnh động vật có người được cấp chứng chỉ hành nghề", Y24, status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí mua vắc xin", inherit(Y24),
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report (UBND TỈNH LÂM ĐỒNG, Số: 27/BC-UBND, Lâm Đồng, ngày 15 tháng 01 năm 2024); published from the place-date line.",
    "Flattened '|' table: every cell a figure, unit from 'Đơn vị tính: cơ sở', place rows -> location, the subject is the column label;",
    "  the Tổng cộng row is Lâm Đồng (the 4 localities of the report); the as-of date stands in the sentence above the table (inherited). No totals for cells.",
    "'tỷ lệ tiêm phòng đạt 71,6%' names its own indicator after ';', so it is a percent figure (not the share of 38.640) with target 75 (chưa đạt: met false).",
    "Section 3 has no period phrase; the report's year (năm 2023) is inherited. '4 địa phương trọng điểm' refers to the table rows: optional.",
    "Distractors: Số: 27/BC-UBND, Nghị định số 35/2016/NĐ-CP, section numbers I., II., 1.-3., the date line.",
]

write("p1014-3", TEXT, FIGS, NOTES, published="2024-01-15", location="Lâm Đồng")
