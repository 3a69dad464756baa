"""p906-3: Kon Tum formal report - food safety at school collective kitchens, 6 months 2024, flattened | table."""
from lib import F, P, I, CH, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 214/BC-UBND
Kon Tum, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả bảo đảm an toàn thực phẩm tại bếp ăn tập thể trường học 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 38/KH-UBND ngày 15/01/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến 30/6/2024, toàn tỉnh có 318 bếp ăn tập thể trong trường học, phục vụ bình quân 52.460 suất ăn/ngày; trong đó 241 bếp ăn do nhà trường tự tổ chức, 77 bếp ăn thuê doanh nghiệp cung cấp suất ăn. Có 296/318 bếp ăn được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc ký cam kết, đạt 93,1%.

2. Kết quả kiểm tra
Các đoàn liên ngành đã kiểm tra 274 lượt bếp ăn, phát hiện 31 lượt vi phạm, chiếm 11,3%; xử phạt 9 cơ sở với số tiền 62,5 triệu đồng, nhắc nhở 22 cơ sở. Kết quả theo địa bàn:

Đơn vị tính: lượt bếp ăn
STT | Địa bàn | Số lượt kiểm tra | Số lượt vi phạm | Tỷ lệ vi phạm (%)
1 | Thành phố Kon Tum | 96 | 8 | 8,3
2 | Huyện Đắk Hà | 54 | 6 | 11,1
3 | Huyện Ngọc Hồi | 47 | 7 | 14,9
4 | Huyện Kon Plông | 41 | 6 | 14,6
5 | Các huyện còn lại | 36 | 4 | 11,1
Tổng cộng | | 274 | 31 | 11,3

3. Ngộ độc thực phẩm
Trong 6 tháng đầu năm, không xảy ra ngộ độc thực phẩm tại trường học (cùng kỳ năm 2023 xảy ra 1 vụ với 46 học sinh mắc). Giá suất ăn bán trú tại các trường mầm non ở thành phố Kon Tum từ 25.000 đến 30.000 đồng/trẻ/ngày.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu 100% bếp ăn trường học được kiểm tra ít nhất 1 lần trước ngày 31/12/2024; tập huấn kiến thức an toàn thực phẩm cho khoảng 650 nhân viên cấp dưỡng.

Nơi nhận: Bộ Y tế; TT Tỉnh ủy; Lưu: VT, KGVX.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
U = "lượt bếp ăn"
rows = [
    ("Thành phố Kon Tum | 96 | 8 | 8,3", "Kon Tum", None, ("96", "8", "8,3")),
    ("Huyện Đắk Hà | 54 | 6 | 11,1", "Đắk Hà", None, ("54", "6", "11,1")),
    ("Huyện Ngọc Hồi | 47 | 7 | 14,9", "Ngọc Hồi", None, ("47", "7", "14,9")),
    ("Huyện Kon Plông | 41 | 6 | 14,6", "Kon Plông", None, ("41", "6", "14,6")),
    ("Các huyện còn lại | 36 | 4 | 11,1", None, "các huyện còn lại", ("36", "4", "11,1")),
    ("Tổng cộng | | 274 | 31 | 11,3", None, "tổng cộng", ("274", "31", "11,3")),
]
COLS = ("số lượt kiểm tra", "số lượt vi phạm", "tỷ lệ vi phạm")


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for line, loc, label, cells in rows:
    # anchor: the row from the start of its label up to and including this cell
    parts = line.split(" | ")
    for i, (cell, col) in enumerate(zip(cells, COLS)):
        upto = " | ".join(parts[: len(parts) - 3 + i + 1])
        subject = f"{col} {label}" if label else col
        kw = {"location": loc} if loc else {}
        if col == "tỷ lệ vi phạm":
            TABLE.append(F(upto, cell, num(cell), "percent", "%", subject, H1, **kw))
        else:
            TABLE.append(F(upto, cell, num(cell), "count", U, subject, H1, **kw))

FIGS = [
    F("có 318 bếp ăn", "318", 318, "count", "bếp ăn", "bếp ăn tập thể trong trường học", ASOF),
    F("bình quân 52.460 suất ăn/ngày", "52.460", 52460, "measure", "suất ăn/ngày", "suất ăn các bếp ăn trường học phục vụ",
      ASOF),
    F("trong đó 241 bếp ăn", "241", 241, "count", "bếp ăn", "bếp ăn do nhà trường tự tổ chức", ASOF, total=318),
    F("77 bếp ăn thuê", "77", 77, "count", "bếp ăn", "bếp ăn thuê doanh nghiệp cung cấp suất ăn", ASOF, total=318),
    F("Có 296/318 bếp ăn", "296", 296, "count", "bếp ăn",
      "bếp ăn được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc ký cam kết", I(ASOF), total=318, percent=93.1),
    F("kiểm tra 274 lượt bếp ăn", "274", 274, "count", "lượt bếp ăn", "lượt bếp ăn được đoàn liên ngành kiểm tra", H1),
    F("phát hiện 31 lượt vi phạm", "31", 31, "count", "lượt", "lượt vi phạm phát hiện", H1, percent=11.3),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị xử phạt", H1),
    F("tiền 62,5 triệu đồng", "62,5", 62.5e6, "money", "đồng", "tiền xử phạt", H1),
    F("nhắc nhở 22 cơ sở", "22", 22, "count", "cơ sở", "cơ sở bị nhắc nhở", H1),
] + TABLE + [
    F("xảy ra 1 vụ", "1", 1, "count", "vụ", "vụ ngộ độc thực phẩm tại trường học",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")),
    F("với 46 học sinh", "46", 46, "count", "học sinh", "học sinh mắc ngộ độc thực phẩm",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")),
    F("từ 25.000 đến 30.000", "25.000", 25000, "money", "đồng/trẻ/ngày", "giá suất ăn bán trú tại các trường mầm non",
      value_max=30000, location="Kon Tum"),
    F("Phấn đấu 100% bếp ăn", "100", 100, "percent", "%", "bếp ăn trường học được kiểm tra", H2, status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi bếp ăn", H2, approx="at_least", status="target",
      optional=True),
    F("khoảng 650 nhân viên", "650", 650, "count", "nhân viên", "nhân viên cấp dưỡng được tập huấn kiến thức an toàn thực phẩm",
      H2, approx="about", status="target"),
]

NOTES = [
    "Kon Tum provincial report (letterhead, Số 214/BC-UBND, section numbers) on food safety at school kitchens, H1/2024.",
    "Flattened | table: Đơn vị tính 'lượt bếp ăn' for the count columns, % for the rate column; district rows give location,",
    "'Các huyện còn lại' and 'Tổng cộng' are not places (location stays Kon Tum, the label goes to the subject). STT numbers are not figures.",
    "Table period comes from the title '6 tháng đầu năm 2024' (another sentence): inherited. No totals for table cells.",
    "'cùng kỳ năm 2023' used as the period of the bracketed 1 vụ / 46 học sinh = H1/2023. 'ít nhất 1 lần' is the target's spec: optional.",
    "Thành phố Kon Tum -> location 'Kon Tum' (same name as the province).",
]

if __name__ == "__main__":
    write("p906-3", TEXT, FIGS, NOTES, published="2024-07-05", location="Kon Tum")
