from lib import F, P, Y, write

TEXT = """Quảng Bình: 1.650 thanh niên lên đường nhập ngũ năm 2024
Cập nhật: 27/02/2024 10:15 | Lượt xem: 2.384

Sáng 26/2, các huyện, thị xã, thành phố trên địa bàn tỉnh Quảng Bình đồng loạt tổ chức Lễ giao nhận quân năm 2024. Toàn tỉnh đã giao 1.650 công dân nhập ngũ, đạt 100% chỉ tiêu Bộ Tư lệnh Quân khu 4 giao; trong đó 1.452 công dân nhập ngũ vào Quân đội và 198 công dân thực hiện nghĩa vụ tham gia Công an nhân dân.

Chất lượng tân binh năm nay được nâng lên rõ rệt: có 41 đảng viên (chiếm 2,48%), 236 công dân có trình độ cao đẳng, đại học (chiếm 14,3%); 100% tân binh đạt sức khỏe loại 1, 2, 3. Số công dân tình nguyện viết đơn nhập ngũ là 312 người, tăng 18,2% so với năm 2023.

Địa phương giao quân nhiều nhất là huyện Bố Trạch với 315 công dân, tiếp đến là huyện Lệ Thủy (278 công dân), huyện Quảng Ninh (196 công dân) và thị xã Ba Đồn (185 công dân). Tại thành phố Đồng Hới, buổi lễ diễn ra ở Quảng trường Hồ Chí Minh, số 1 đường Quang Trung, với 164 tân binh lên đường vào các đơn vị Sư đoàn 325, Lữ đoàn 283 và Bộ đội Biên phòng tỉnh.

Nhân dịp này, các cấp, ngành, doanh nghiệp đã thăm hỏi, tặng quà tân binh với tổng trị giá hơn 2,3 tỷ đồng; mỗi tân binh được ngân sách tỉnh hỗ trợ 1 triệu đồng. Công tác tuyển quân được thực hiện đúng Luật Nghĩa vụ quân sự năm 2015, không có trường hợp khiếu nại, tố cáo.

Năm 2025, tỉnh phấn đấu giao quân đạt 100% chỉ tiêu, trong đó tỷ lệ tân binh là đảng viên đạt từ 2,5% trở lên.

Đường dây nóng tiếp nhận phản ánh về công tác tuyển quân: 0232.3822.417.
"""

Y24 = Y(2024)
Y24i = Y(2024, inherited=True)
SUBJ_D = "công dân giao quân"
FIGS = [
    F("Quảng Bình: 1.650 thanh niên", "1.650", 1650, "count", "thanh niên", "thanh niên lên đường nhập ngũ",
      period=Y24),
    F("Toàn tỉnh đã giao 1.650 công dân", "1.650", 1650, "count", "công dân",
      "công dân nhập ngũ", percent=100, period=Y24i),
    F("1.452 công dân", "1.452", 1452, "count", "công dân", "công dân nhập ngũ vào Quân đội",
      total=1650, period=Y24i),
    F("198 công dân", "198", 198, "count", "công dân",
      "công dân thực hiện nghĩa vụ tham gia Công an nhân dân", total=1650, period=Y24i),
    F("có 41 đảng viên", "41", 41, "count", "đảng viên", "tân binh là đảng viên", percent=2.48,
      period=Y(2024, "năm nay")),
    F("236 công dân", "236", 236, "count", "công dân", "công dân có trình độ cao đẳng, đại học",
      percent=14.3, period=Y(2024, "năm nay")),
    F("100% tân binh", "100", 100, "percent", "%", "tân binh đạt sức khỏe loại 1, 2, 3",
      period=Y(2024, "năm nay")),
    F("là 312 người", "312", 312, "count", "người", "công dân tình nguyện viết đơn nhập ngũ",
      change={"direction": "increase", "value": 18.2, "unit": "%", "baseline": "năm 2023"},
      period=Y24i),
    F("Bố Trạch với 315 công dân", "315", 315, "count", "công dân", SUBJ_D, location="Bố Trạch", period=Y24i),
    F("(278 công dân)", "278", 278, "count", "công dân", SUBJ_D, location="Lệ Thủy", period=Y24i),
    F("(196 công dân)", "196", 196, "count", "công dân", SUBJ_D, location="Quảng Ninh", period=Y24i),
    F("(185 công dân)", "185", 185, "count", "công dân", SUBJ_D, location="Ba Đồn", period=Y24i),
    F("với 164 tân binh", "164", 164, "count", "tân binh", "tân binh lên đường", location="Đồng Hới",
      period=Y24i),
    F("hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "tổng trị giá quà tặng tân binh", approx="over",
      period=Y24i),
    F("hỗ trợ 1 triệu đồng", "1", 1e6, "money", "đồng", "ngân sách tỉnh hỗ trợ mỗi tân binh",
      period=Y24i),
    F("giao quân đạt 100% chỉ tiêu", "100", 100, "percent", "%", "giao quân", status="target",
      period=Y(2025)),
    F("từ 2,5% trở lên", "2,5", 2.5, "percent", "%", "tỷ lệ tân binh là đảng viên", approx="at_least",
      status="target", period=Y(2025)),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: Lễ giao nhận quân năm 2024. 'Cập nhật: 27/02/2024 10:15 | Lượt xem: 2.384' (dateline + counter).",
    "Distractors: 'Quân khu 4', 'Sư đoàn 325', 'Lữ đoàn 283', 'số 1 đường Quang Trung', 'Luật … năm 2015', 'loại 1, 2, 3' (health grades), hotline.",
    "1.452 + 198 = 1.650 after 'trong đó': totals. 'chiếm' shares are percent attributes. 'năm nay' = 2024 (dateline and title year).",
    "The headline's 1.650 thanh niên restates the body figure but is a figure of its own occurrence (required).",
    "District list: each item's district is its location (Quảng Ninh here is the district of Quảng Bình). 2025 targets: status target.",
]

write(1, TEXT, FIGS, COMMENTS, published="2024-02-27", location="Quảng Bình")
