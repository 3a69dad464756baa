"""p720-7: Cục Thuế Bình Dương department site, no dateline, one-cell-per-line table by city."""
from lib import F, P, I, CH, TG, emit

ROWS = [
    ("TP. Thủ Dầu Một", "Thủ Dầu Một", "248.615", "263.870", "280.000"),
    ("TP. Thuận An", "Thuận An", "231.402", "252.118", "268.000"),
    ("TP. Dĩ An", "Dĩ An", "198.337", "214.905", "230.000"),
    ("TP. Bến Cát", "Bến Cát", "96.214", "108.462", "117.000"),
    ("TP. Tân Uyên", "Tân Uyên", "87.950", "98.315", "106.000"),
    ("Các huyện còn lại", None, "74.132", "74.830", "79.000"),
    ("Toàn tỉnh", None, "936.650", "1.012.500", "1.080.000"),
]

TABLE_TEXT = "Địa bàn\nNăm 2022\nNăm 2023\nKế hoạch 2024\n" + "".join(
    f"{r[0]}\n{r[2]}\n{r[3]}\n{r[4]}\n" for r in ROWS)

TEXT = """CỤC THUẾ TỈNH BÌNH DƯƠNG
Trang chủ » Hộ kinh doanh » Số liệu thống kê

Kết quả thu thuế đối với hộ kinh doanh trên địa bàn tỉnh Bình Dương

Năm 2023, Cục Thuế tỉnh Bình Dương quản lý 71.348 hộ kinh doanh, trong đó 66.105 hộ nộp thuế khoán. Tổng số thu từ hộ kinh doanh đạt 1.012,5 tỷ đồng, tăng 8,1% so với năm 2022 và vượt 4,3% dự toán. Số thuế khoán bình quân là 5,2 triệu đồng/hộ/năm; hộ nộp thuế theo phương pháp kê khai nộp bình quân 38,6 triệu đồng/hộ/năm.

Bảng: Số thu thuế từ hộ kinh doanh theo địa bàn
Đơn vị tính: triệu đồng

""" + TABLE_TEXT + """
Năm 2024, Cục Thuế đặt mục tiêu 100% hộ kinh doanh nộp thuế qua phương thức điện tử; hiện tỷ lệ này đạt 87,4%. Số hộ kinh doanh có doanh thu trên 1 tỷ đồng/năm là 2.861 hộ, trong đó 1.935 hộ đã chuyển sang sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Mọi thắc mắc xin liên hệ: Phòng Quản lý hộ kinh doanh, cá nhân và thu khác, số 324 Đại lộ Bình Dương, phường Phú Hòa, điện thoại 0274.3822.613.

Tổng số lượt truy cập: 5.482.117
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, place, *cells in ROWS:
    for (col, per, st), cell in zip(COLS, cells):
        anchor = f"\n{cell}\n"
        if label.startswith("Toàn") or label.startswith("Các"):
            subj = f"số thu thuế từ hộ kinh doanh {label.lower()} {col}"
        else:
            subj = f"số thu thuế từ hộ kinh doanh {col}"
        kw = {}
        if place:
            kw["location"] = place
        if st:
            kw["status"] = st
        TABLE.append(F(anchor, cell, num(cell) * 1e6, "money", "đồng", subj, per, **kw))

FIGS = [
    F("quản lý 71.348 hộ", "71.348", 71348, "count", "hộ kinh doanh", "hộ kinh doanh Cục Thuế quản lý", Y23),
    F("đó 66.105 hộ", "66.105", 66105, "count", "hộ", "hộ nộp thuế khoán", Y23, total=71348),
    F("đạt 1.012,5 tỷ đồng", "1.012,5", 1012.5e9, "money", "đồng", "tổng số thu từ hộ kinh doanh", I(Y23),
      change=CH("increase", 8.1, "%", "năm 2022")),
    F("vượt 4,3% dự toán", "4,3", 4.3, "percent", "%", "tổng số thu từ hộ kinh doanh vượt dự toán", I(Y23), optional=True),
    F("là 5,2 triệu đồng", "5,2", 5.2e6, "money", "đồng/hộ/năm", "số thuế khoán bình quân", I(Y23)),
    F("bình quân 38,6 triệu đồng", "38,6", 38.6e6, "money", "đồng/hộ/năm",
      "số thuế bình quân hộ nộp thuế theo phương pháp kê khai", I(Y23)),
] + TABLE + [
    F("mục tiêu 100% hộ", "100", 100, "percent", "%", "hộ kinh doanh nộp thuế qua phương thức điện tử",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ hộ kinh doanh nộp thuế qua phương thức điện tử"),
    F("trên 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu hộ kinh doanh", approx="over", optional=True),
    F("là 2.861 hộ", "2.861", 2861, "count", "hộ", "hộ kinh doanh có doanh thu trên 1 tỷ đồng/năm"),
    F("đó 1.935 hộ", "1.935", 1935, "count", "hộ", "hộ đã chuyển sang sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      total=2861),
]

COMMENTS = [
    "Cục Thuế Bình Dương department page, no dateline (no published), visit counter in the footer: household-business tax 2022-2024.",
    "One-cell-per-line table with 'Đơn vị tính: triệu đồng'; every cell is a money figure ×10⁶; city rows → location, the period from",
    "the column header (scored), 'Kế hoạch 2024' → target. 'Các huyện còn lại' and 'Toàn tỉnh' rows keep the province, label in subject.",
    "'vượt 4,3% dự toán' is the second change of 1.012,5 tỷ (after 'tăng 8,1%'): optional percent figure. 'hiện … đạt 87,4%' has no period.",
    "The 1.012,5 tỷ stands in the sentence after 'Năm 2023' (inherited). Threshold 'trên 1 tỷ đồng/năm' optional.",
    "revised after the first scoring: added 5,2 and 38,6 triệu đồng/hộ/năm — the sentence was added to the article for length, but the",
    "edit that added their gold entries had silently failed, so first.txt scored them as false figures. Fields as planned, no other change.",
    "Distractors: số 324 Đại lộ Bình Dương, phone 0274.3822.613, 'Tổng số lượt truy cập: 5.482.117', 'Bảng:' caption.",
]

if __name__ == "__main__":
    emit("p720-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")
