"""p977-7: department site (Chi cục Chăn nuôi và Thú y Thái Bình), no dateline, pigeon flock 2022-2024,
table pasted one cell per line, footer with address, phone and visit counter."""
from lib import F, P, I, C, build

HEAD = ["Huyện, thành phố", "Năm 2022", "Năm 2023", "Năm 2024"]
ROWS = [
    ("Quỳnh Phụ", "Quỳnh Phụ", ["42,5", "51,0", "58,3"]),
    ("Hưng Hà", "Hưng Hà", ["36,2", "40,8", "47,6"]),
    ("Vũ Thư", "Vũ Thư", ["21,4", "25,7", "30,1"]),
    ("Thành phố Thái Bình", "Thái Bình", ["8,9", "9,6", "10,2"]),
    ("Các huyện còn lại", None, ["12,0", "13,4", "14,8"]),
    ("Toàn tỉnh", None, ["121,0", "140,5", "161,0"]),
]
TABLE = "\n".join(HEAD + [x for label, _, cells in ROWS for x in [label] + cells])

TEXT = f"""SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chăn nuôi bồ câu: tăng trưởng ổn định, đầu ra còn bấp bênh

Những năm qua, chăn nuôi bồ câu trên địa bàn tỉnh Thái Bình phát triển khá nhanh. Năm 2024, tổng đàn bồ câu sinh sản toàn tỉnh đạt 161 nghìn cặp, tăng 14,6% so với năm 2023. Sản lượng bồ câu thịt xuất chuồng ước đạt 1,58 triệu cặp, giá trị khoảng 126 tỷ đồng.

Toàn tỉnh có 2.140 hộ nuôi bồ câu, trong đó 86 hộ nuôi quy mô từ 500 cặp trở lên. Ba huyện Quỳnh Phụ, Hưng Hà và Vũ Thư chiếm 84,5% tổng đàn bồ câu của tỉnh.

Giá bồ câu thịt năm 2024 dao động 70.000-90.000 đồng/cặp, giảm khoảng 8% so với năm 2023 do nguồn cung tăng. Năm 2025, Chi cục đặt mục tiêu tổng đàn bồ câu sinh sản đạt 180 nghìn cặp, xây dựng 5 chuỗi liên kết tiêu thụ sản phẩm.

Tổng đàn bồ câu sinh sản theo địa phương giai đoạn 2022-2024:
Đơn vị tính: nghìn cặp
{TABLE}

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH THÁI BÌNH
Địa chỉ: Số 45 Lý Thường Kiệt, phường Lê Hồng Phong, TP Thái Bình
Điện thoại: 0227.3831.526 - Fax: 0227.3831.527
Tổng lượt truy cập: 1.284.390 | Đang trực tuyến: 27
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YEARS = {
    "Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
    "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
    "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31"),
}


def table_figs():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for head, cell in zip(HEAD[1:], cells):
            anchor = f"{prev}\n{cell}"
            subject = "tổng đàn bồ câu sinh sản" + ("" if place else f" {label.lower()}")
            kw = {"location": place} if place else {}
            value = round(float(cell.replace(",", ".")) * 1000)
            out.append(F(anchor, cell, value, "count", "cặp", subject, period=YEARS[head], **kw))
            prev = cell
    return out


FIGS = [
    F("đạt 161 nghìn cặp", "161", 161_000, "count", "cặp", "tổng đàn bồ câu sinh sản toàn tỉnh",
      change=C("increase", 14.6, baseline="năm 2023"), period=Y24),
    F("ước đạt 1,58 triệu cặp", "1,58", 1_580_000, "count", "cặp", "sản lượng bồ câu thịt xuất chuồng",
      status="estimate", period=I(Y24)),
    F("khoảng 126 tỷ đồng", "126", 126_000_000_000, "money", "đồng", "giá trị bồ câu thịt xuất chuồng",
      approx="about", status="estimate", period=I(Y24)),
    F("có 2.140 hộ", "2.140", 2140, "count", "hộ", "hộ nuôi bồ câu"),
    F("86 hộ", "86", 86, "count", "hộ", "hộ nuôi quy mô từ 500 cặp trở lên", total=2140),
    F("từ 500 cặp trở lên", "500", 500, "count", "cặp", "quy mô hộ nuôi", approx="at_least", optional=True),
    F("Ba huyện", "Ba", 3, "count", "huyện", "huyện nuôi nhiều bồ câu", optional=True),
    F("chiếm 84,5%", "84,5", 84.5, "percent", "%", "tỷ trọng đàn bồ câu của ba huyện Quỳnh Phụ, Hưng Hà và Vũ Thư"),
    F("dao động 70.000-90.000 đồng/cặp", "70.000", 70_000, "money", "đồng/cặp", "giá bồ câu thịt",
      value_max=90_000, change=C("decrease", 8, baseline="năm 2023", approx="about"),
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 180 nghìn cặp", "180", 180_000, "count", "cặp", "tổng đàn bồ câu sinh sản", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("xây dựng 5 chuỗi", "5", 5, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ sản phẩm",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    *table_figs(),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y Thái Bình: pigeon flock 2022-2024 (invented). No dateline: no published date.",
    "Table pasted one cell per line (Đơn vị tính: nghìn cặp): every cell a figure x1000 cặp, period from its column header (scored);",
    "district rows -> location; 'Thành phố Thái Bình' -> Thái Bình; 'Các huyện còn lại'/'Toàn tỉnh' keep the province with the label in the subject.",
    "Not figures: 'giai đoạn 2022-2024', address 'Số 45 Lý Thường Kiệt', phone/fax, 'Tổng lượt truy cập: 1.284.390', 'Đang trực tuyến: 27'.",
    "'Ba huyện ... chiếm 84,5%': a percent figure of its own (share of the flock); location kept at the province (three districts);",
    "'Ba huyện' names the three districts (a count, optional).",
    "'từ 500 cặp trở lên' is a size threshold (optional).",
]

build(7, TEXT, FIGS, COMMENTS, location="Thái Bình")
