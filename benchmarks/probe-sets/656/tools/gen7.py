import sys
from lib import F, P, I, CH, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
Trang chủ / Trồng trọt - Bảo vệ thực vật

Diện tích rau an toàn theo VietGAP năm 2023

Năm 2023, diện tích rau sản xuất theo VietGAP và tương đương của tỉnh đạt 1.386 ha, tăng 18,6% so với năm 2022, chiếm 4,1% diện tích gieo trồng rau toàn tỉnh. Chi tiết tại một số huyện, thị xã:

Bảng 2. Diện tích rau VietGAP theo địa phương
Đơn vị tính: ha

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Kim Thành
312
365,5
400
Gia Lộc
254
290
320
Cẩm Giàng
188,5
231
260
Kinh Môn
97
142
180

Giá trị sản xuất rau VietGAP bình quân đạt 320 triệu đồng/ha/năm, cao hơn 25-30% so với rau sản xuất thông thường. Toàn tỉnh có 42 chuỗi liên kết tiêu thụ rau an toàn, cung ứng cho 58 cửa hàng, siêu thị ở các tỉnh, thành phố lân cận.

Tỉnh hỗ trợ 100% kinh phí cấp giấy chứng nhận lần đầu và 50% kinh phí cấp lại, mức hỗ trợ không quá 30 triệu đồng/cơ sở theo Nghị quyết số 04/2021/NQ-HĐND.

Trong năm 2023, Chi cục Trồng trọt và Bảo vệ thực vật đã lấy 180 mẫu rau tại các vùng VietGAP để kiểm tra nhanh dư lượng thuốc bảo vệ thực vật, 100% mẫu đạt ngưỡng an toàn. Dự kiến năm 2024 cấp mới khoảng 35 giấy chứng nhận VietGAP cho các tổ hợp tác, hợp tác xã.

Liên hệ: Chi cục Trồng trọt và Bảo vệ thực vật, số 10 đường Tam Giang, TP Hải Dương. Điện thoại: 0220.3852.710
Tổng số lượt truy cập: 2.874.391
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SUBJ = "diện tích rau VietGAP"

def row(place, a, b, c, anchors):
    out = []
    for (anc, num, v), per, col in zip(anchors, (Y22, Y23, K24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        kw = {"status": "target"} if per is K24 else {}
        out.append(F(anc, num, v, "measure", "ha", f"{SUBJ} {col}", per, location=place, **kw))
    return out

FIGS = [
    F("đạt 1.386 ha", "1.386", 1386, "measure", "ha", "diện tích rau sản xuất theo VietGAP và tương đương", P("Năm 2023", "2023-01-01", "2023-12-31"),
      percent=4.1, change=CH("increase", 18.6, "%", "năm 2022")),
    *row("Kim Thành", 0, 0, 0, [("Kim Thành\n312", "312", 312), ("\n365,5", "365,5", 365.5), ("365,5\n400", "400", 400)]),
    *row("Gia Lộc", 0, 0, 0, [("Gia Lộc\n254", "254", 254), ("254\n290", "290", 290), ("290\n320\n", "320", 320)]),
    *row("Cẩm Giàng", 0, 0, 0, [("Cẩm Giàng\n188,5", "188,5", 188.5), ("188,5\n231", "231", 231), ("231\n260", "260", 260)]),
    *row("Kinh Môn", 0, 0, 0, [("Kinh Môn\n97", "97", 97), ("97\n142", "142", 142), ("142\n180", "180", 180)]),
    F("đạt 320 triệu", "320", 320000000, "money", "đồng/ha/năm", "giá trị sản xuất rau VietGAP bình quân", I(Y23),
      change=CH("increase", 25, "%", "rau sản xuất thông thường")),
    F("có 42 chuỗi", "42", 42, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ rau an toàn"),
    F("cho 58 cửa hàng", "58", 58, "count", "cửa hàng, siêu thị", "cửa hàng, siêu thị được cung ứng rau an toàn"),
    F("hỗ trợ 100%", "100", 100, "percent", "%", "hỗ trợ kinh phí cấp giấy chứng nhận lần đầu"),
    F("và 50%", "50", 50, "percent", "%", "hỗ trợ kinh phí cấp lại giấy chứng nhận"),
    F("không quá 30 triệu", "30", 30000000, "money", "đồng/cơ sở", "mức hỗ trợ kinh phí cấp giấy chứng nhận", approx="at_most"),
    F("lấy 180 mẫu", "180", 180, "count", "mẫu", "mẫu rau kiểm tra nhanh dư lượng thuốc bảo vệ thực vật", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("100% mẫu", "100", 100, "percent", "%", "mẫu đạt ngưỡng an toàn", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 35 giấy", "35", 35, "count", "giấy chứng nhận", "giấy chứng nhận VietGAP cấp mới", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Sở NN&PTNT Hải Dương department site (invented), NO dateline: VietGAP vegetable area 2023, one-cell-per-line table by district",
    "(Năm 2022 | Năm 2023 | Kế hoạch 2024) with 'Đơn vị tính: ha', value/ha, chains, support policy. Footer visit counter.",
    "Table cells: subject = indicator + column, district row label -> location, period from the column header (scored, as in shared h23/h24);",
    "'Kế hoạch 2024' column -> status target. Not figures: 'Bảng 2', NQ 04/2021/NQ-HĐND, 'số 10 đường Tam Giang', phone, 'Tổng số lượt truy cập'.",
    "'tăng 18,6% so với năm 2022' -> change, 'chiếm 4,1%' -> percent of 1.386 ha. 'cao hơn 25-30% so với rau thường' after the value/ha -> its change.",
]

if __name__ == "__main__":
    emit("p656-7", TEXT, COMMENTS, FIGS, published=None, location="Hải Dương", show="-v" in sys.argv)
