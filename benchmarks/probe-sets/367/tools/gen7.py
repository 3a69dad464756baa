from lib import *

TEXT = """Thời sự › Môi trường
Thứ tư, 20/3/2024, 10:15 (GMT+7)

Cả nước còn hơn 240 cá thể gấu nuôi nhốt

Số gấu nuôi nhốt tại các hộ dân đã giảm mạnh sau gần hai thập kỷ, song việc chuyển giao những cá thể cuối cùng về cơ sở cứu hộ vẫn gặp khó.

Theo Cục Lâm nghiệp và Kiểm lâm, tính đến tháng 2/2024, cả nước còn 241 cá thể gấu nuôi tại 103 cơ sở ở 22 tỉnh, thành phố, giảm hơn 94% so với năm 2005 (4.300 cá thể). Hà Nội là địa phương còn nhiều gấu nuôi nhất với 62 cá thể, tiếp theo là Quảng Ninh 31 cá thể, Hải Phòng 18 cá thể và Bình Dương 17 cá thể.

Từ năm 2020 đến nay, các chủ nuôi đã tự nguyện chuyển giao 152 cá thể gấu cho Trung tâm Cứu hộ gấu Việt Nam tại Vườn quốc gia Tam Đảo và Trạm cứu hộ gấu Ninh Bình. Riêng năm 2023 có 37 cá thể được chuyển giao, cao nhất trong 5 năm gần đây.

Đại diện Tổ chức Động vật châu Á (AAF) cho biết chi phí chăm sóc mỗi cá thể gấu khoảng 40-50 triệu đồng/năm. Tổ chức dự kiến đầu tư hơn 2 triệu USD mở rộng trạm cứu hộ tại Ninh Bình, nâng sức chứa thêm 100 cá thể vào cuối năm 2025.

Việt Nam là thành viên Công ước CITES từ năm 1994. Theo Chỉ thị số 29/CT-TTg ngày 23/7/2020 của Thủ tướng, mục tiêu đến năm 2025 chuyển 100% số gấu nuôi nhốt còn lại về các cơ sở cứu hộ. Ngoài gấu, cả nước hiện có 17 cơ sở nuôi hổ với 368 cá thể, chủ yếu ở Nghệ An, Bình Dương và Thanh Hóa; phần lớn là hổ có nguồn gốc từ trại nuôi ở nước ngoài.

Người dân phát hiện gấu, hổ nuôi trái phép có thể báo qua đường dây nóng 1800 1522 (miễn phí).

Gia Chính
"""

ASOF = P("tính đến tháng 2/2024", None, "2024-02-29")
ASOF_I = P("tính đến tháng 2/2024", None, "2024-02-29", inh=True)

FIGS = [
    F("còn hơn 240 cá thể", "240", 240, "count", "cá thể", "gấu nuôi nhốt", approx="over", optional=True),
    F("gần hai thập kỷ", "hai", 2, "measure", "thập kỷ", approx="nearly", optional=True),
    F("còn 241 cá thể", "241", 241, "count", "cá thể", "gấu nuôi", ASOF,
      change=C("decrease", 94, "%", "năm 2005", approx="over")),
    F("tại 103 cơ sở", "103", 103, "count", "cơ sở", "cơ sở nuôi gấu", ASOF),
    F("ở 22 tỉnh", "22", 22, "count", "tỉnh, thành phố", "tỉnh, thành phố có gấu nuôi", ASOF),
    F("(4.300 cá thể)", "4.300", 4300, "count", "cá thể", "gấu nuôi", P("năm 2005", "2005-01-01", "2005-12-31")),
    F("với 62 cá thể", "62", 62, "count", "cá thể", "gấu nuôi", ASOF_I, location="Hà Nội"),
    F("Quảng Ninh 31", "31", 31, "count", "cá thể", "gấu nuôi", ASOF_I, location="Quảng Ninh"),
    F("Hải Phòng 18", "18", 18, "count", "cá thể", "gấu nuôi", ASOF_I, location="Hải Phòng"),
    F("Bình Dương 17 cá thể", "17", 17, "count", "cá thể", "gấu nuôi", ASOF_I, location="Bình Dương"),
    F("chuyển giao 152 cá thể", "152", 152, "count", "cá thể", "cá thể gấu tự nguyện chuyển giao",
      P("Từ năm 2020 đến nay", "2020-01-01", "2024-03-20")),
    F("có 37 cá thể", "37", 37, "count", "cá thể", "cá thể gấu được chuyển giao", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("trong 5 năm gần đây", "5", 5, "measure", "năm", optional=True),
    F("khoảng 40-50 triệu", "40", 40000000, "money", "đồng/năm", "chi phí chăm sóc mỗi cá thể gấu",
      value_max=50000000, approx="about"),
    F("hơn 2 triệu USD", "2", 2000000, "money", "USD", "đầu tư mở rộng trạm cứu hộ", P("cuối năm 2025", None, "2025-12-31", inh=False),
      approx="over", status="forecast", location="Ninh Bình"),
    F("thêm 100 cá thể", "100", 100, "count", "cá thể", "sức chứa trạm cứu hộ tăng thêm", P("cuối năm 2025", None, "2025-12-31"),
      status="forecast", location="Ninh Bình"),
    F("chuyển 100% số gấu", "100", 100, "percent", "%", "gấu nuôi nhốt chuyển về cơ sở cứu hộ",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("có 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở nuôi hổ"),
    F("với 368 cá thể", "368", 368, "count", "cá thể", "hổ nuôi"),
]

emit("p367-7", TEXT, [
    "National online press: bears still kept in captivity (Cục Lâm nghiệp và Kiểm lâm, to 2/2024), provinces (list), hand-overs since 2020, AAF costs and plans, tigers.",
    "Dateline 'Thứ tư, 20/3/2024, 10:15 (GMT+7)'; byline at the end. National figures: location Việt Nam; list items take their province.",
    "Headline 'hơn 240 cá thể' restates 241 without a period: optional. 'gần hai thập kỷ' and 'trong 5 năm gần đây' (durations) optional.",
    "'giảm hơn 94% so với năm 2005 (4.300 cá thể)': change of 241 (over); the bracketed 4.300 is a figure of its own with period năm 2005.",
    "'tính đến tháng 2/2024' ends 2024-02-29. 'khoảng 40-50 triệu đồng/năm' is a money range with unit đồng/năm, no period.",
    "AAF's planned investment and capacity at the Ninh Bình station: location Ninh Bình, status forecast ('dự kiến'), period 'vào cuối năm 2025' (as-of end).",
    "'hiện có 17 cơ sở nuôi hổ với 368 cá thể': 'hiện' gives no period. Distractors: 'từ năm 1994', Chỉ thị số 29/CT-TTg ngày 23/7/2020, '5 năm gần đây',",
    "place names inside names (Vườn quốc gia Tam Đảo, Trạm cứu hộ gấu Ninh Bình), hotline 1800 1522, GMT+7.",
], FIGS, published="2024-03-20", location="Việt Nam")
