import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Cập nhật: 15/07/2024 10:25 | Lượt xem: 3.482

Nghệ An: Triệt phá 67 vụ lừa đảo qua mạng trong 6 tháng đầu năm 2024

Theo báo cáo của Công an tỉnh, 6 tháng đầu năm 2024, cơ quan chức năng đã tiếp nhận 312 tin báo, tố giác tội phạm liên quan đến lừa đảo chiếm đoạt tài sản trên không gian mạng, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, đã xác minh, giải quyết 241 tin, đạt 77,2%.

Lực lượng Công an đã khởi tố 67 vụ, 94 bị can về tội lừa đảo chiếm đoạt tài sản qua mạng; tổng số tiền bị chiếm đoạt khoảng 86,4 tỷ đồng, đã thu hồi, trả lại cho bị hại hơn 12,7 tỷ đồng. Các địa bàn có nhiều vụ việc là thành phố Vinh (98 tin báo), thị xã Cửa Lò (27 tin báo), huyện Diễn Châu (24 tin báo) và huyện Quỳnh Lưu (21 tin báo).

Phương thức phổ biến nhất là giả danh cơ quan công an, viện kiểm sát (chiếm 31%), tiếp đến là lừa "việc nhẹ lương cao", làm nhiệm vụ trên ứng dụng (chiếm 27%) và đầu tư tiền ảo, chứng khoán quốc tế (chiếm 19%). Có 6 vụ việc mỗi vụ bị hại mất trên 1 tỷ đồng.

Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao đã phối hợp với các ngân hàng tạm dừng giao dịch 1.156 tài khoản nghi vấn, ngăn chặn kịp thời 43 trường hợp chuyển tiền với số tiền gần 5,9 tỷ đồng. Từ đầu năm đến nay, Công an tỉnh đã phát đi 28 bản tin cảnh báo trên Trang thông tin điện tử và Fanpage "Công an Nghệ An", thu hút trên 2,3 triệu lượt xem.

Công an tỉnh khuyến cáo người dân khi phát hiện dấu hiệu lừa đảo cần báo ngay cho cơ quan Công an gần nhất hoặc gọi số điện thoại 069.2878.244, đường dây nóng 113. Phấn đấu đến hết năm 2024, tỷ lệ điều tra, khám phá án lừa đảo qua mạng đạt trên 60%.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
END = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Triệt phá 67 vụ", "67", 67, "count", "vụ", "vụ lừa đảo qua mạng triệt phá", H1),
    F("tiếp nhận 312 tin báo", "312", 312, "count", "tin báo",
      "tin báo, tố giác tội phạm liên quan đến lừa đảo chiếm đoạt tài sản trên không gian mạng", H1,
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("giải quyết 241 tin", "241", 241, "count", "tin", "tin báo đã xác minh, giải quyết", I(H1),
      total=312, percent=77.2),
    F("khởi tố 67 vụ", "67", 67, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng khởi tố", I(H1)),
    F("94 bị can", "94", 94, "count", "bị can", "bị can về tội lừa đảo chiếm đoạt tài sản qua mạng khởi tố", I(H1)),
    F("khoảng 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "tổng số tiền bị chiếm đoạt", I(H1), approx="about"),
    F("hơn 12,7 tỷ đồng", "12,7", 12.7e9, "money", "đồng", "số tiền đã thu hồi, trả lại cho bị hại", I(H1), approx="over"),
    F("Vinh (98 tin báo)", "98", 98, "count", "tin báo", "tin báo tại các địa bàn có nhiều vụ việc", I(H1), location="Vinh"),
    F("Cửa Lò (27 tin báo)", "27", 27, "count", "tin báo", "tin báo tại các địa bàn có nhiều vụ việc", I(H1), location="Cửa Lò"),
    F("Diễn Châu (24 tin báo)", "24", 24, "count", "tin báo", "tin báo tại các địa bàn có nhiều vụ việc", I(H1), location="Diễn Châu"),
    F("Quỳnh Lưu (21 tin báo)", "21", 21, "count", "tin báo", "tin báo tại các địa bàn có nhiều vụ việc", I(H1), location="Quỳnh Lưu"),
    F("(chiếm 31%)", "31", 31, "percent", "%", "phương thức giả danh cơ quan công an, viện kiểm sát", I(H1)),
    F("(chiếm 27%)", "27", 27, "percent", "%", "phương thức lừa \"việc nhẹ lương cao\", làm nhiệm vụ trên ứng dụng", I(H1)),
    F("(chiếm 19%)", "19", 19, "percent", "%", "phương thức đầu tư tiền ảo, chứng khoán quốc tế", I(H1)),
    F("Có 6 vụ việc", "6", 6, "count", "vụ việc", "vụ việc mỗi vụ bị hại mất trên 1 tỷ đồng", I(H1)),
    F("mất trên 1 tỷ đồng", "1", 1e9, "money", "đồng", "số tiền bị hại mất mỗi vụ", approx="over", optional=True),
    F("giao dịch 1.156 tài khoản", "1.156", 1156, "count", "tài khoản", "tài khoản nghi vấn tạm dừng giao dịch", I(H1)),
    F("kịp thời 43 trường hợp", "43", 43, "count", "trường hợp", "trường hợp chuyển tiền ngăn chặn kịp thời", I(H1)),
    F("gần 5,9 tỷ đồng", "5,9", 5.9e9, "money", "đồng", "số tiền ngăn chặn kịp thời", I(H1), approx="nearly"),
    F("phát đi 28 bản tin", "28", 28, "count", "bản tin", "bản tin cảnh báo Công an tỉnh phát đi", NOW),
    F("trên 2,3 triệu lượt xem", "2,3", 2.3e6, "count", "lượt xem", "lượt xem bản tin cảnh báo", NOW, approx="over"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ điều tra, khám phá án lừa đảo qua mạng", END,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: Công an tỉnh, lừa đảo qua mạng 6 tháng đầu năm 2024 (tin báo, khởi tố, tiền bị chiếm đoạt/thu hồi, tài khoản, cảnh báo).",
    "Province portal: breadcrumb, 'Cập nhật: 15/07/2024 10:25 | Lượt xem: 3.482' (counter is page furniture). Phone 069.2878.244 and hotline 113 are not figures.",
    "Districts in the bracketed list go to location; the list has no total (no cue, does not add up to 312). 'trên 1 tỷ đồng' is a threshold: optional.",
    "'Từ đầu năm đến nay' ends at the dateline; 'Phấn đấu đến hết năm 2024' -> target, as-of period.",
]

if __name__ == "__main__":
    emit("p682-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
