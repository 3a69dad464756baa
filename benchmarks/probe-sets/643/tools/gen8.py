"""p643-8: TP Hội An city portal — Thư viện thành phố: bạn đọc, luân chuyển sách, xe lưu động, thư viện điện tử, dự án số hóa (5 tháng 2024)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỘI AN
Trang chủ / Văn hóa - Thể thao

Ngày đăng: 05/06/2024 14:20 | Lượt xem: 356

Thư viện Hội An đón hơn 40.000 lượt bạn đọc trong 5 tháng đầu năm

Từ đầu năm đến nay, Thư viện thành phố Hội An đã phục vụ 41.280 lượt bạn đọc, bằng 55% kế hoạch năm 2024, trong đó có 6.150 lượt khách du lịch nước ngoài. Thư viện đã luân chuyển 3.600 bản sách đến 12 tủ sách cộng đồng tại các khối phố, thôn và 4 điểm đọc sách trong khu phố cổ.

Xe thư viện lưu động thực hiện 22 lượt phục vụ tại các xã Tân Hiệp (Cù Lao Chàm), Cẩm Kim và Cẩm Thanh, thu hút hơn 5.000 lượt thiếu nhi tham gia.

Về dịch vụ số, trang thư viện điện tử của thành phố hiện có 2.350 tài liệu số, trong đó 860 tài liệu về di sản văn hóa Hội An; 5 tháng qua đạt 38.900 lượt truy cập, giảm 6,2% so với cùng kỳ do hệ thống tạm dừng để nâng cấp trong tháng 3.

Dự án số hóa di sản tư liệu Hội An giai đoạn 2024-2026 có tổng mức đầu tư 4,8 tỷ đồng, dự kiến số hóa khoảng 120.000 trang tư liệu Hán Nôm và 1.500 bức ảnh tư liệu. Chi phí số hóa bình quân khoảng 18.000 đồng/trang.

Cả năm 2024, Thư viện phấn đấu phục vụ 75.000 lượt bạn đọc, cấp mới 800 thẻ bạn đọc.

Thư viện thành phố (số 10 Nguyễn Thị Minh Khai, phường Minh An) mở cửa từ thứ Ba đến Chủ nhật; điện thoại 0235.3861.279.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
PRJ = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
Y24 = P("Cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 40.000 lượt", "40.000", 40000, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện Hội An đón",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31"), approx="over"),
    F("phục vụ 41.280 lượt", "41.280", 41280, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện thành phố đã phục vụ",
      YTD, percent=55),
    F("có 6.150 lượt", "6.150", 6150, "count", "lượt khách", "lượt khách du lịch nước ngoài", YTD, total=41280),
    F("luân chuyển 3.600 bản", "3.600", 3600, "count", "bản sách", "bản sách luân chuyển đến tủ sách cộng đồng",
      I(YTD)),
    F("đến 12 tủ sách", "12", 12, "count", "tủ sách", "tủ sách cộng đồng tại các khối phố, thôn"),
    F("và 4 điểm", "4", 4, "count", "điểm đọc sách", "điểm đọc sách trong khu phố cổ"),
    F("thực hiện 22 lượt", "22", 22, "count", "lượt", "lượt phục vụ của xe thư viện lưu động", I(YTD)),
    F("hơn 5.000 lượt", "5.000", 5000, "count", "lượt thiếu nhi", "lượt thiếu nhi tham gia xe thư viện lưu động",
      I(YTD), approx="over"),
    F("có 2.350 tài liệu", "2.350", 2350, "count", "tài liệu số", "tài liệu số của trang thư viện điện tử"),
    F("đó 860 tài liệu", "860", 860, "count", "tài liệu", "tài liệu về di sản văn hóa Hội An", total=2350),
    F("đạt 38.900 lượt", "38.900", 38900, "count", "lượt truy cập", "lượt truy cập trang thư viện điện tử",
      P("5 tháng qua", "2024-01-01", "2024-05-31"), change=CH("decrease", 6.2, "%", "cùng kỳ")),
    F("tư 4,8 tỷ đồng", "4,8", 4_800_000_000, "money", "đồng", "tổng mức đầu tư dự án số hóa di sản tư liệu Hội An",
      PRJ),
    F("khoảng 120.000 trang", "120.000", 120000, "count", "trang", "trang tư liệu Hán Nôm dự kiến số hóa", PRJ,
      approx="about", status="forecast"),
    F("và 1.500 bức", "1.500", 1500, "count", "bức ảnh", "bức ảnh tư liệu dự kiến số hóa", PRJ, status="forecast"),
    F("khoảng 18.000 đồng/trang", "18.000", 18000, "money", "đồng/trang", "chi phí số hóa bình quân", approx="about"),
    F("phục vụ 75.000 lượt", "75.000", 75000, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện phục vụ", Y24,
      status="target"),
    F("cấp mới 800 thẻ", "800", 800, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Hội An (city portal, Quảng Nam), 'Ngày đăng: 05/06/2024 14:20 | Lượt xem: 356': Thư viện thành phố, 5 tháng 2024.",
    "Location Hội An throughout (a city; the communes Tân Hiệp, Cẩm Kim, Cẩm Thanh are below district level and stay inside it).",
    "'Từ đầu năm đến nay' runs to the dateline (2024-06-05); headline '5 tháng đầu năm' and '5 tháng qua' end on 2024-05-31.",
    "'bằng 55% kế hoạch năm 2024' is the percent of 41.280; 6.150 and 860 are parts after 'trong đó'. 'giảm 6,2% so với cùng kỳ' is a change.",
    "'dự kiến' → forecast for the two quantities of the project; the investment itself (tổng mức đầu tư) is actual.",
    "Distractors: 'Lượt xem: 356', 'giai đoạn 2024-2026', 'trong tháng 3', 'số 10 Nguyễn Thị Minh Khai', phone 0235.3861.279.",
]

if __name__ == "__main__":
    emit("p643-8", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Hội An")
