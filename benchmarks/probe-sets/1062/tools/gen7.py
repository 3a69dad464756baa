"""p1062-7: department site (Sở GTVT Bình Định), no dateline, one-cell-per-line table of traffic by station."""
from lib import F, P, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Lưu lượng xe qua các trạm thu phí trên địa bàn tỉnh năm 2024

Năm 2024, lưu lượng xe qua 3 trạm thu phí trên địa bàn tỉnh đạt khoảng 10,3 triệu lượt, tăng 5,6% so với năm 2023; tỷ lệ thu phí qua hệ thống ETC đạt 95,8%. Số liệu cụ thể như sau:

Đơn vị tính: nghìn lượt xe
Trạm thu phí
Năm 2023
Năm 2024
Kế hoạch 2025
Bắc Bình Định (QL1)
4.215
4.436
4.600
Nam Bình Định (QL1)
3.870
4.102
4.250
QL19 (Km 17+027)
1.668
1.762
1.850
Tổng cộng
9.753
10.300
10.700

Doanh thu phí năm 2024 của các trạm ước đạt 612 tỷ đồng, trong đó trạm Bắc Bình Định chiếm 43,5%. Bình quân mỗi ngày đêm các trạm thu được khoảng 1,68 tỷ đồng. Trong năm, các trạm đã xử lý 326 trường hợp xe cố tình không trả phí, giảm 18% so với năm 2023.

Hiện 100% làn thu phí tại các trạm đã áp dụng ETC; riêng trạm QL19 còn duy trì 1 làn hỗn hợp để xử lý xe chưa dán thẻ. Năm 2025, Sở phấn đấu giảm số vụ ùn tắc tại trạm xuống dưới 5 vụ/năm, đồng thời phối hợp với các nhà cung cấp dịch vụ dán thẻ cho thêm 15.000 phương tiện.

SỞ GIAO THÔNG VẬN TẢI TỈNH BÌNH ĐỊNH
Địa chỉ: 02 Lê Thánh Tôn, phường Lê Lợi, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.640 - Fax: 0256.3822.169
Lượt truy cập: 1.284.517
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ROWS = [("Bắc Bình Định (QL1)", "trạm Bắc Bình Định (QL1)", "4.215", "4.436", "4.600"),
        ("Nam Bình Định (QL1)", "trạm Nam Bình Định (QL1)", "3.870", "4.102", "4.250"),
        ("QL19 (Km 17+027)", "trạm QL19 (Km 17+027)", "1.668", "1.762", "1.850"),
        ("Tổng cộng", "các trạm (tổng cộng)", "9.753", "10.300", "10.700")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("qua 3 trạm", "3", 3, "count", "trạm", "trạm thu phí trên địa bàn tỉnh", Y24),
    F("khoảng 10,3 triệu lượt", "10,3", 10_300_000, "count", "lượt", "lưu lượng xe qua các trạm thu phí", Y24,
      approx="about", change=chg("increase", 5.6, baseline="năm 2023")),
    F("đạt 95,8%", "95,8", 95.8, "percent", "%", "tỷ lệ thu phí qua hệ thống ETC", Y24),
]
for label, subj, a, b, c in ROWS:
    FIGS.append(F(f"\n{a}\n", a, num(a) * 1000, "count", "lượt xe", f"lượt xe qua {subj} năm 2023", Y23))
    FIGS.append(F(f"\n{b}\n", b, num(b) * 1000, "count", "lượt xe", f"lượt xe qua {subj} năm 2024", Y24))
    FIGS.append(F(f"\n{c}\n", c, num(c) * 1000, "count", "lượt xe", f"lượt xe qua {subj} kế hoạch 2025", Y25,
                  status="target"))
FIGS += [
    F("ước đạt 612 tỷ đồng", "612", 612_000_000_000, "money", "đồng", "doanh thu phí của các trạm", Y24, status="estimate"),
    F("chiếm 43,5%", "43,5", 43.5, "percent", "%", "doanh thu phí của trạm Bắc Bình Định", Y24, status="estimate"),
    F("khoảng 1,68 tỷ đồng", "1,68", 1_680_000_000, "money", "đồng/ngày đêm", "doanh thu phí các trạm thu được bình quân mỗi ngày đêm",
      P("năm 2024", "2024-01-01", "2024-12-31", inherited=True), approx="about"),
    F("xử lý 326 trường hợp", "326", 326, "count", "trường hợp", "trường hợp xe cố tình không trả phí được xử lý",
      P("Trong năm", "2024-01-01", "2024-12-31"), change=chg("decrease", 18, baseline="năm 2023")),
    F("Hiện 100% làn", "100", 100, "percent", "%", "làn thu phí tại các trạm đã áp dụng ETC"),
    F("duy trì 1 làn", "1", 1, "count", "làn", "làn hỗn hợp còn duy trì tại trạm QL19"),
    F("dưới 5 vụ/năm", "5", 5, "measure", "vụ/năm", "số vụ ùn tắc tại trạm", Y25 | {"text": "Năm 2025"},
      approx="under", status="target"),
    F("thêm 15.000 phương tiện", "15.000", 15_000, "count", "phương tiện", "phương tiện được dán thẻ thêm",
      Y25 | {"text": "Năm 2025"}, status="target"),
]

NOTES = [
    "Sở GTVT Bình Định site (invented), no dateline: lượt xe qua 3 trạm thu phí năm 2024, one-cell-per-line table.",
    "Not figures: 'QL1', 'QL19 (Km 17+027)' in row labels, address '02 Lê Thánh Tôn', phone/fax, 'Lượt truy cập: 1.284.517'.",
    "Table: Đơn vị tính nghìn lượt xe (×1000); period from the column header; 'Kế hoạch 2025' column is status target.",
    "Row labels are station names (Bắc/Nam Bình Định contain the province name, but the figures stay Bình Định); the",
    "'Tổng cộng' row is a figure of its own; no totals in table cells.",
    "'trong đó trạm Bắc Bình Định chiếm 43,5%' continues the 'ước đạt' clause: estimate, a percent figure of its own (no count).",
    "'Bình quân mỗi ngày đêm ... 1,68 tỷ đồng' is a rate: money, unit đồng/ngày đêm; its sentence has no period (inherited).",
    "No published date (no dateline on the page).",
]

if __name__ == "__main__":
    write("p1062-7", TEXT, FIGS, published=None, location="Bình Định", notes=NOTES)
