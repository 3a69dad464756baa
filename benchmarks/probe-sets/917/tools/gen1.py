"""p917-1: Nghệ An province portal, 9 months 2024: prisoners returned, conditional release, reintegration support."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Hơn 1.100 người từ trại giam trở về địa phương được tiếp nhận, quản lý
Cập nhật: 18/10/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Công an tỉnh, 9 tháng đầu năm 2024, các địa phương trong tỉnh đã tiếp nhận 1.146 người từ các trại giam trở về cư trú, tăng 8,2% so với cùng kỳ năm 2023. Trong đó, 989 người chấp hành xong án phạt tù, 132 người được tha tù trước thời hạn có điều kiện và 25 người được đặc xá. Các địa phương tiếp nhận nhiều nhất là TP Vinh (148 người), Quỳnh Lưu (97 người) và Diễn Châu (86 người). Cả năm, số người trở về ước đạt khoảng 1.520 người.

Hiện toàn tỉnh đang quản lý 418 người được tha tù trước thời hạn có điều kiện trong thời gian thử thách, có mặt ở 21/21 huyện, thành phố, thị xã. Số người vi phạm nghĩa vụ, bị Tòa án hủy quyết định tha tù là 3 người, chiếm 0,7%.

Thực hiện Kế hoạch số 415/KH-UBND của UBND tỉnh, từ đầu năm đến nay, các ngành đã hỗ trợ học nghề cho 214 người, giới thiệu việc làm cho 386 người; Ngân hàng Chính sách xã hội tỉnh giải ngân 27,4 tỷ đồng cho 351 người vay vốn theo Quyết định số 22/2023/QĐ-TTg, mức vay bình quân khoảng 78 triệu đồng/người. Nhờ đó, 842 người đã có việc làm ổn định, đạt 73,5% số người trở về.

Tỷ lệ tái phạm tội của người chấp hành xong án phạt tù là 2,9%, giảm 0,6 điểm phần trăm so với năm 2023. Tỉnh phấn đấu đến năm 2025 đưa tỷ lệ này xuống dưới 2,5% và 100% xã, phường, thị trấn có mô hình hỗ trợ tái hòa nhập cộng đồng.
"""

Q3 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.100 người", "1.100", 1100, "count", "người",
      "người từ trại giam trở về địa phương được tiếp nhận, quản lý", approx="over"),
    F("tiếp nhận 1.146 người", "1.146", 1146, "count", "người",
      "người từ các trại giam trở về cư trú được tiếp nhận", Q3,
      change=C("increase", 8.2, "%", "cùng kỳ năm 2023")),
    F("989 người", "989", 989, "count", "người", "người chấp hành xong án phạt tù", I(Q3), total=1146),
    F("132 người", "132", 132, "count", "người", "người được tha tù trước thời hạn có điều kiện", I(Q3), total=1146),
    F("25 người", "25", 25, "count", "người", "người được đặc xá", I(Q3), total=1146),
    F("TP Vinh (148 người)", "148", 148, "count", "người", "người từ trại giam trở về được tiếp nhận", I(Q3),
      location="Vinh"),
    F("Quỳnh Lưu (97 người)", "97", 97, "count", "người", "người từ trại giam trở về được tiếp nhận", I(Q3),
      location="Quỳnh Lưu"),
    F("Diễn Châu (86 người)", "86", 86, "count", "người", "người từ trại giam trở về được tiếp nhận", I(Q3),
      location="Diễn Châu"),
    F("khoảng 1.520 người", "1.520", 1520, "count", "người", "người trở về địa phương",
      P("Cả năm", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("quản lý 418 người", "418", 418, "count", "người",
      "người được tha tù trước thời hạn có điều kiện đang quản lý trong thời gian thử thách"),
    F("21/21 huyện", "21", 21, "count", "huyện, thành phố, thị xã",
      "huyện, thành phố, thị xã có người được tha tù trước thời hạn có điều kiện", total=21),
    F("là 3 người", "3", 3, "count", "người", "người vi phạm nghĩa vụ bị hủy quyết định tha tù", percent=0.7),
    F("học nghề cho 214 người", "214", 214, "count", "người", "người được hỗ trợ học nghề", YTD),
    F("việc làm cho 386 người", "386", 386, "count", "người", "người được giới thiệu việc làm", YTD),
    F("giải ngân 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng",
      "vốn Ngân hàng Chính sách xã hội giải ngân cho vay", YTD),
    F("cho 351 người", "351", 351, "count", "người", "người vay vốn", YTD),
    F("khoảng 78 triệu đồng/người", "78", 78e6, "money", "đồng/người", "mức vay bình quân", YTD, approx="about"),
    F("842 người", "842", 842, "count", "người", "người có việc làm ổn định", I(YTD), percent=73.5),
    F("là 2,9%", "2,9", 2.9, "percent", "%", "tỷ lệ tái phạm tội của người chấp hành xong án phạt tù", I(Q3),
      change=C("decrease", 0.6, "điểm phần trăm", "năm 2023")),
    F("dưới 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ tái phạm tội", T25, approx="under", status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có mô hình hỗ trợ tái hòa nhập cộng đồng", T25,
      status="target"),
]

NOTES = [
    "Nghệ An province portal (breadcrumb, Cập nhật | Lượt xem): people returned from prisons, 9 months 2024.",
    "Headline figure has no period. 'Cả năm' takes 2024; 'ước đạt khoảng' → estimate + about. 'Trong đó' parts take 1.146 as total; the top-3 district list does not add up: no total.",
    "'Hiện' gives no period. 'từ đầu năm đến nay' ends at the dateline 18/10/2024. 2,9% is a level: its 0,6 điểm phần trăm is a change.",
    "Distractors: Lượt xem 2.316, 09:45, Kế hoạch số 415/KH-UBND, Quyết định số 22/2023/QĐ-TTg.",
]

if __name__ == "__main__":
    write("p917-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Nghệ An")
