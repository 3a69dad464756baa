"""p528-7: Chi cục ATVSTP Thái Bình (department site, no dateline) — cấp Giấy chứng nhận năm 2023, one-cell-per-line table."""
from lib import F, P, INH, emit

TEXT = """SỞ Y TẾ TỈNH THÁI BÌNH
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả thẩm định, cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm năm 2023

Năm 2023, toàn tỉnh Thái Bình có 14.862 cơ sở sản xuất, kinh doanh thực phẩm thuộc ngành y tế quản lý, trong đó 2.315 cơ sở thuộc diện phải cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; các cơ sở còn lại ký cam kết bảo đảm an toàn thực phẩm.

Lũy kế đến ngày 31/12/2023, có 2.106 cơ sở còn hiệu lực Giấy chứng nhận, đạt 91% số cơ sở thuộc diện phải cấp. Kết quả thẩm định trong năm theo địa bàn như sau:

Đơn vị tính: cơ sở
Huyện, thành phố
Số cơ sở được thẩm định
Số cơ sở được cấp Giấy chứng nhận
Tỷ lệ đạt (%)
TP. Thái Bình
412
398
96,6
Hưng Hà
236
221
93,6
Quỳnh Phụ
198
190
96,0
Các huyện còn lại
175
162
92,6
Cộng
1.021
971
95,1

Các cơ sở chưa đạt chủ yếu do điều kiện nhà xưởng, kho bảo quản không bảo đảm, chưa có hồ sơ truy xuất nguồn gốc nguyên liệu. Trong năm, Chi cục tổ chức 12 lớp tập huấn kiến thức an toàn thực phẩm cho hơn 1.350 người trực tiếp sản xuất, chế biến.

Năm 2024, Chi cục phấn đấu thẩm định từ 1.100 đến 1.200 cơ sở, tỷ lệ cơ sở đạt yêu cầu trên 95%.

Địa chỉ: Số 239 đường Trần Thái Tông, TP. Thái Bình - Điện thoại: 0227.3831.455
Tổng số lượt truy cập: 1.204.377
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 14.862 cơ sở", "14.862", 14862, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh thực phẩm thuộc ngành y tế quản lý", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đó 2.315 cơ sở", "2.315", 2315, "count", "cơ sở",
      "cơ sở thuộc diện phải cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=14862),
    F("có 2.106 cơ sở", "2.106", 2106, "count", "cơ sở", "cơ sở còn hiệu lực Giấy chứng nhận",
      P("Lũy kế đến ngày 31/12/2023", None, "2023-12-31"), percent=91),
]
ROWS = [("TP. Thái Bình", "412", "398", "96,6", "Thái Bình", ""),
        ("Hưng Hà", "236", "221", "93,6", "Hưng Hà", ""),
        ("Quỳnh Phụ", "198", "190", "96,0", "Quỳnh Phụ", ""),
        ("Các huyện còn lại", "175", "162", "92,6", "Thái Bình", " các huyện còn lại"),
        ("Cộng", "1.021", "971", "95,1", "Thái Bình", " cộng")]
COLS = ["Số cơ sở được thẩm định", "Số cơ sở được cấp Giấy chứng nhận", "Tỷ lệ đạt"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, b, c, loc, extra in ROWS:
    for i, (cell, prev) in enumerate(((a, label), (b, a), (c, b))):
        anchor = f"{prev}\n{cell}\n"
        kind, unit = ("percent", "%") if i == 2 else ("count", "cơ sở")
        FIGS.append(F(anchor, cell, num(cell), kind, unit, COLS[i] + extra, INH(Y23), location=loc))

FIGS += [
    F("chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kiến thức an toàn thực phẩm",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("hơn 1.350 người", "1.350", 1350, "count", "người", "người trực tiếp sản xuất, chế biến được tập huấn",
      P("Trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("từ 1.100 đến 1.200", "1.100", 1100, "count", "cơ sở", "cơ sở được thẩm định", Y24,
      value_max=1200, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ cơ sở đạt yêu cầu", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Chi cục ATVSTP tỉnh Thái Bình (department site): thẩm định, cấp Giấy chứng nhận cơ sở đủ điều kiện ATTP năm 2023. No dateline.",
    "Table with one cell per line, 'Đơn vị tính: cơ sở' for the count columns and '(%)' in the rate column header.",
    "Every numeric cell is a figure; the row label is a place → location (TP. Thái Bình = Thái Bình after prefix removal), the",
    "column label is the subject; 'Các huyện còn lại' and 'Cộng' are not single places: the province, with the label in the subject.",
    "Table periods come from the title 'năm 2023' and 'trong năm' (inherited). Rate cells are percent figures, not attributes of the counts.",
    "'trong đó 2.315 cơ sở' is a part of 14.862. 'Lũy kế đến ngày 31/12/2023' is as-of; 'đạt 91% số cơ sở thuộc diện phải cấp' → percent.",
    "'Trong năm' (no year) takes 2023 from the nearest earlier period.",
    "Not figures: address 'Số 239 đường Trần Thái Tông', phone, 'Tổng số lượt truy cập: 1.204.377', the menu.",
]

if __name__ == "__main__":
    emit("p528-7", TEXT, COMMENTS, FIGS, published=None, location="Thái Bình")
