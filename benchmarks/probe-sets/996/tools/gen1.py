"""p996-1: Bắc Ninh province portal — camera violations, 7 months 2024."""
from lib import build, F, P, I, C, T

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.317

Camera giám sát phát hiện hơn 18.000 trường hợp vi phạm giao thông trong 7 tháng

Theo Công an tỉnh Bắc Ninh, 7 tháng đầu năm 2024, hệ thống camera giám sát giao thông trên địa bàn tỉnh đã ghi nhận, phát hiện 18.426 trường hợp vi phạm trật tự, an toàn giao thông, tăng 27,4% so với cùng kỳ năm 2023. Trong đó, lỗi vượt đèn đỏ 9.871 trường hợp, chiếm 53,6%; lỗi đi không đúng phần đường, làn đường 4.512 trường hợp; lỗi chạy quá tốc độ quy định 3.205 trường hợp; còn lại là các lỗi khác.

Từ dữ liệu hình ảnh, lực lượng chức năng đã gửi 15.940 thông báo vi phạm đến chủ phương tiện và UBND cấp xã nơi cư trú; đã ra quyết định xử phạt 11.283 trường hợp, đạt 70,8% số thông báo đã gửi. Tổng số tiền phạt ước đạt hơn 36,5 tỷ đồng. Tuy nhiên, vẫn còn khoảng 4.600 trường hợp chủ xe chưa đến giải quyết.

Hiện toàn tỉnh có 1.126 camera giám sát đang hoạt động, trong đó 214 camera có chức năng phát hiện vi phạm tự động được lắp đặt tại 58 nút giao trọng điểm trên Quốc lộ 1A, Quốc lộ 18, Quốc lộ 38 và các tuyến đường nội thị. Riêng thành phố Bắc Ninh và thành phố Từ Sơn lần lượt có 96 và 63 camera phát hiện vi phạm.

Theo kế hoạch, đến hết năm 2025, tỉnh phấn đấu lắp đặt thêm 150 camera phát hiện vi phạm, nâng tổng số camera kết nối về Trung tâm chỉ huy lên khoảng 1.500 camera; tổng kinh phí dự kiến gần 120 tỷ đồng. Người dân có thể tra cứu thông tin phạt nguội qua số điện thoại đường dây nóng 0222.3822.113 hoặc trang thông tin điện tử của Công an tỉnh.
"""

P7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
P25 = P("đến hết năm 2025", None, "2025-12-31")
FIGS = [
    F("hơn 18.000 trường hợp", "18.000", 18000, "count", "trường hợp",
      "trường hợp vi phạm giao thông phát hiện qua camera giám sát", approx="over",
      period=P("trong 7 tháng", "2024-01-01", "2024-07-31")),
    F("phát hiện 18.426 trường hợp", "18.426", 18426, "count", "trường hợp",
      "trường hợp vi phạm trật tự, an toàn giao thông phát hiện qua camera giám sát",
      change=C("increase", 27.4, "%", "cùng kỳ năm 2023"), period=P7),
    F("vượt đèn đỏ 9.871 trường hợp", "9.871", 9871, "count", "trường hợp", "lỗi vượt đèn đỏ",
      total=18426, percent=53.6, period=I(P7)),
    F("làn đường 4.512 trường hợp", "4.512", 4512, "count", "trường hợp",
      "lỗi đi không đúng phần đường, làn đường", total=18426, period=I(P7)),
    F("quy định 3.205 trường hợp", "3.205", 3205, "count", "trường hợp", "lỗi chạy quá tốc độ quy định",
      total=18426, period=I(P7)),
    F("gửi 15.940 thông báo", "15.940", 15940, "count", "thông báo",
      "thông báo vi phạm gửi đến chủ phương tiện", period=I(P7)),
    F("xử phạt 11.283 trường hợp", "11.283", 11283, "count", "trường hợp",
      "trường hợp bị ra quyết định xử phạt", percent=70.8, period=I(P7)),
    F("hơn 36,5 tỷ đồng", "36,5", 36_500_000_000, "money", "đồng", "tổng số tiền phạt",
      approx="over", status="estimate", period=I(P7)),
    F("khoảng 4.600 trường hợp", "4.600", 4600, "count", "trường hợp",
      "trường hợp chủ xe chưa đến giải quyết", approx="about", period=I(P7)),
    F("có 1.126 camera", "1.126", 1126, "count", "camera", "camera giám sát đang hoạt động"),
    F("214 camera", "214", 214, "count", "camera", "camera có chức năng phát hiện vi phạm tự động",
      total=1126),
    F("58 nút giao", "58", 58, "count", "nút giao", "nút giao trọng điểm lắp camera phát hiện vi phạm"),
    F("có 96 và", "96", 96, "count", "camera", "camera phát hiện vi phạm", location="Bắc Ninh"),
    F("96 và 63 camera", "63", 63, "count", "camera", "camera phát hiện vi phạm", location="Từ Sơn"),
    F("thêm 150 camera", "150", 150, "count", "camera", "camera phát hiện vi phạm lắp đặt thêm",
      status="target", period=P25),
    F("khoảng 1.500 camera", "1.500", 1500, "count", "camera", "tổng số camera kết nối về Trung tâm chỉ huy",
      approx="about", status="target", period=P25),
    F("gần 120 tỷ đồng", "120", 120_000_000_000, "money", "đồng", "tổng kinh phí lắp đặt camera",
      approx="nearly", status="forecast", period=P25),
]
NOTES = [
    "Bắc Ninh province portal: camera-detected traffic violations, fines, cameras installed (7 months 2024), targets to 2025.",
    "Year-less headline '7 tháng' takes 2024 (published / Cập nhật date). 9.871, 4.512, 3.205 follow 'Trong đó' after the 18.426 whole.",
    "Distractors: Lượt xem 2.317, Quốc lộ 1A/18/38, hotline 0222.3822.113, update time 09:45.",
    "'thành phố Bắc Ninh' (city) → location Bắc Ninh; 96/63 do not add up to 214 → no total.",
]
build("p996-1", TEXT, FIGS, NOTES, published="2024-08-12", location="Bắc Ninh")
