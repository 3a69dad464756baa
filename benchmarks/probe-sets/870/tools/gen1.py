"""p870-1: Đồng Nai province portal, camera results 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Giao thông - Vận tải
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.317

Gần 48.000 trường hợp vi phạm bị camera ghi nhận trong 9 tháng

Theo báo cáo của Công an tỉnh, 9 tháng đầu năm 2024, hệ thống camera giám sát giao thông trên địa bàn tỉnh Đồng Nai đã ghi nhận gần 48.000 trường hợp vi phạm, tăng 23,5% so với cùng kỳ năm 2023. Trong đó, vượt đèn đỏ 9.860 trường hợp; đi sai làn đường 4.215 trường hợp; vi phạm tốc độ chiếm 61,2%, còn lại là dừng, đỗ xe sai quy định.

Phòng Cảnh sát giao thông đã gửi 31.540 thông báo vi phạm đến chủ phương tiện, đạt 65,7% số trường hợp ghi nhận. Đã có 18.926 trường hợp đến nộp phạt với tổng số tiền hơn 42,3 tỷ đồng, tăng 5,1 tỷ đồng so với cùng kỳ.

Hiện toàn tỉnh có 286 camera giám sát được kết nối về Trung tâm chỉ huy Công an tỉnh, trong đó 74 camera có chức năng phát hiện vi phạm tự động. Camera được lắp tại 15 nút giao trọng điểm, trên Quốc lộ 1A, Quốc lộ 51, Quốc lộ 20 và tập trung ở Biên Hòa (112 camera), Long Khánh (38 camera), Trảng Bom (45 camera).

Sau khi điều chỉnh chu kỳ đèn tín hiệu tại ngã tư Tân Phong và nút giao Amata, thời gian chờ đèn đỏ bình quân còn 90 giây, giảm 30 giây so với trước khi điều chỉnh. Tại các nút giao có camera, từ đầu năm đến nay xảy ra 27 vụ tai nạn giao thông, giảm 18 vụ so với cùng kỳ.

Theo Kế hoạch số 215/KH-UBND, năm 2025 tỉnh phấn đấu lắp thêm 120 camera với tổng kinh phí khoảng 68 tỷ đồng, nâng tỷ lệ nút giao trọng điểm có camera lên 80%.

Chủ phương tiện tra cứu thông tin phạt nguội trên Trang thông tin điện tử của Cục Cảnh sát giao thông hoặc gọi đường dây nóng 0251.3822.113.
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 48.000 trường hợp vi phạm bị camera", "48.000", 48000, "count", "trường hợp",
      "trường hợp vi phạm bị camera ghi nhận", P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("ghi nhận gần 48.000 trường hợp vi phạm, tăng", "48.000", 48000, "count", "trường hợp",
      "trường hợp vi phạm được hệ thống camera giám sát giao thông ghi nhận", P9, approx="nearly",
      change=C("increase", 23.5, "%", "cùng kỳ năm 2023")),
    F("vượt đèn đỏ 9.860 trường hợp", "9.860", 9860, "count", "trường hợp",
      "trường hợp vượt đèn đỏ", I(P9), total=48000),
    F("sai làn đường 4.215 trường hợp", "4.215", 4215, "count", "trường hợp",
      "trường hợp đi sai làn đường", I(P9), total=48000),
    F("tốc độ chiếm 61,2%", "61,2", 61.2, "percent", "%",
      "vi phạm tốc độ trong tổng số trường hợp vi phạm", I(P9)),
    F("gửi 31.540 thông báo", "31.540", 31540, "count", "thông báo",
      "thông báo vi phạm gửi đến chủ phương tiện", I(P9), percent=65.7),
    F("Đã có 18.926 trường hợp", "18.926", 18926, "count", "trường hợp",
      "trường hợp đến nộp phạt", I(P9)),
    F("hơn 42,3 tỷ đồng", "42,3", 42.3e9, "money", "đồng",
      "tổng số tiền nộp phạt", I(P9), approx="over",
      change=C("increase", 5.1e9, "đồng", "cùng kỳ")),
    F("có 286 camera", "286", 286, "count", "camera",
      "camera giám sát được kết nối về Trung tâm chỉ huy Công an tỉnh"),
    F("trong đó 74 camera", "74", 74, "count", "camera",
      "camera có chức năng phát hiện vi phạm tự động", total=286),
    F("tại 15 nút giao trọng điểm", "15", 15, "count", "nút giao",
      "nút giao trọng điểm được lắp camera"),
    F("Biên Hòa (112 camera)", "112", 112, "count", "camera", "camera giám sát", location="Biên Hòa"),
    F("Long Khánh (38 camera)", "38", 38, "count", "camera", "camera giám sát", location="Long Khánh"),
    F("Trảng Bom (45 camera)", "45", 45, "count", "camera", "camera giám sát", location="Trảng Bom"),
    F("bình quân còn 90 giây", "90", 90, "measure", "giây",
      "thời gian chờ đèn đỏ bình quân", change=C("decrease", 30, "giây", "trước khi điều chỉnh")),
    F("xảy ra 27 vụ tai nạn", "27", 27, "count", "vụ",
      "vụ tai nạn giao thông tại các nút giao có camera",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-14"),
      change=C("decrease", 18, "vụ", "cùng kỳ")),
    F("lắp thêm 120 camera", "120", 120, "count", "camera", "camera lắp thêm", Y25, status="target"),
    F("khoảng 68 tỷ đồng", "68", 68e9, "money", "đồng", "tổng kinh phí lắp thêm camera", Y25,
      approx="about", status="target"),
    F("camera lên 80%", "80", 80, "percent", "%", "tỷ lệ nút giao trọng điểm có camera", Y25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Nai: camera giám sát giao thông, phạt nguội 9 tháng đầu năm 2024; 2025 plan.",
    "Year-less headline '9 tháng' takes 2024 from the dateline. 'Hiện' sentences get no period.",
    "Biên Hòa/Long Khánh/Trảng Bom (112+38+45 = 195) do not add up to 286: no total. 61,2% is a share (percent figure, no total).",
    "Distractors: Lượt xem 2.317, Quốc lộ 1A/51/20, Kế hoạch số 215/KH-UBND, phone 0251.3822.113, 09:45.",
]

write(1, TEXT, FIGS, NOTES, published="2024-10-14", location="Đồng Nai")
