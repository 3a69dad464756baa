"""p815-1: Thanh Hóa provincial portal, elderly sport clubs, 6 months 2024."""
from lib import F, P, I, C, T, emit

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thanh Hóa: Hơn 1.500 câu lạc bộ dưỡng sinh, thể dục thể thao người cao tuổi
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

(Cổng TTĐT Thanh Hóa) - Phong trào rèn luyện thân thể trong người cao tuổi trên địa bàn tỉnh tiếp tục phát triển sâu rộng. Tính đến ngày 30/6/2024, toàn tỉnh có 1.526 câu lạc bộ dưỡng sinh, thể dục thể thao người cao tuổi, tăng 84 câu lạc bộ so với cuối năm 2023, thu hút 97.450 hội viên. Trong đó, có 642 câu lạc bộ dưỡng sinh, 385 câu lạc bộ khiêu vũ, thể dục nhịp điệu, 276 câu lạc bộ đi bộ và 223 câu lạc bộ yoga, bóng chuyền hơi.

Các địa phương có nhiều câu lạc bộ là Hoằng Hóa (112 câu lạc bộ), Thọ Xuân (98 câu lạc bộ), Quảng Xương (87 câu lạc bộ) và thị xã Nghi Sơn (79 câu lạc bộ).

6 tháng đầu năm, số người cao tuổi tập luyện thể dục thể thao thường xuyên ước đạt 198.600 người, chiếm 41,2% tổng số người cao tuổi toàn tỉnh, tăng 2,3 điểm phần trăm so với cùng kỳ năm 2023. Hội Người cao tuổi các cấp đã phối hợp tổ chức 27 giải thi đấu, hội thi cấp huyện với gần 6.800 lượt vận động viên tham gia.

Tháng 5/2024, Hội Người cao tuổi tỉnh tổ chức Giải Thể thao người cao tuổi tỉnh lần thứ V với 14 đoàn, 620 vận động viên tranh tài ở 7 môn. Cũng trong 6 tháng đầu năm, các cơ sở y tế đã khám sức khỏe định kỳ cho 156.300 lượt người cao tuổi, đạt 65,1% kế hoạch năm; lập hồ sơ theo dõi sức khỏe cho hơn 231.000 người.

Mục tiêu đến năm 2025, toàn tỉnh có 1.700 câu lạc bộ, trên 45% người cao tuổi tập luyện thể dục thể thao thường xuyên.

Nguồn: Hội Người cao tuổi tỉnh Thanh Hóa
"""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
M5 = P("Tháng 5/2024", "2024-05-01", "2024-05-31")
T25 = P("đến năm 2025", end="2025-12-31")
CLB = "câu lạc bộ dưỡng sinh, thể dục thể thao người cao tuổi"

FIGS = [
    F("Hơn 1.500 câu lạc bộ", "1.500", 1500, "count", "câu lạc bộ", CLB, approx="over"),
    F("toàn tỉnh có 1.526 câu lạc bộ", "1.526", 1526, "count", "câu lạc bộ", CLB, ASOF,
      change=C("increase", 84, "câu lạc bộ", "cuối năm 2023")),
    F("thu hút 97.450 hội viên", "97.450", 97450, "count", "hội viên",
      "hội viên câu lạc bộ dưỡng sinh, thể dục thể thao người cao tuổi", ASOF),
    F("có 642 câu lạc bộ", "642", 642, "count", "câu lạc bộ", "câu lạc bộ dưỡng sinh", I(ASOF), total=1526),
    F("385 câu lạc bộ khiêu vũ", "385", 385, "count", "câu lạc bộ", "câu lạc bộ khiêu vũ, thể dục nhịp điệu",
      I(ASOF), total=1526),
    F("276 câu lạc bộ đi bộ", "276", 276, "count", "câu lạc bộ", "câu lạc bộ đi bộ", I(ASOF), total=1526),
    F("223 câu lạc bộ yoga", "223", 223, "count", "câu lạc bộ", "câu lạc bộ yoga, bóng chuyền hơi",
      I(ASOF), total=1526),
    F("Hoằng Hóa (112 câu lạc bộ)", "112", 112, "count", "câu lạc bộ", CLB, I(ASOF), location="Hoằng Hóa"),
    F("Thọ Xuân (98 câu lạc bộ)", "98", 98, "count", "câu lạc bộ", CLB, I(ASOF), location="Thọ Xuân"),
    F("Quảng Xương (87 câu lạc bộ)", "87", 87, "count", "câu lạc bộ", CLB, I(ASOF), location="Quảng Xương"),
    F("Nghi Sơn (79 câu lạc bộ)", "79", 79, "count", "câu lạc bộ", CLB, I(ASOF), location="Nghi Sơn"),
    F("ước đạt 198.600 người", "198.600", 198600, "count", "người",
      "người cao tuổi tập luyện thể dục thể thao thường xuyên", H1, status="estimate", percent=41.2,
      change=C("increase", 2.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("tổ chức 27 giải thi đấu", "27", 27, "count", "giải thi đấu",
      "giải thi đấu, hội thi cấp huyện Hội Người cao tuổi phối hợp tổ chức", I(H1)),
    F("gần 6.800 lượt vận động viên", "6.800", 6800, "count", "lượt vận động viên",
      "lượt vận động viên tham gia giải thi đấu, hội thi cấp huyện", I(H1), approx="nearly"),
    F("với 14 đoàn", "14", 14, "count", "đoàn", "đoàn tham gia Giải Thể thao người cao tuổi tỉnh", M5),
    F("620 vận động viên", "620", 620, "count", "vận động viên",
      "vận động viên tranh tài tại Giải Thể thao người cao tuổi tỉnh", M5),
    F("ở 7 môn", "7", 7, "count", "môn", "môn thi đấu tại Giải Thể thao người cao tuổi tỉnh", M5),
    F("cho 156.300 lượt người cao tuổi", "156.300", 156300, "count", "lượt người cao tuổi",
      "lượt người cao tuổi được khám sức khỏe định kỳ", H1b, percent=65.1),
    F("hơn 231.000 người", "231.000", 231000, "count", "người",
      "người cao tuổi được lập hồ sơ theo dõi sức khỏe", H1b, approx="over"),
    F("có 1.700 câu lạc bộ", "1.700", 1700, "count", "câu lạc bộ", CLB, T25, status="target"),
    F("trên 45% người cao tuổi", "45", 45, "percent", "%",
      "người cao tuổi tập luyện thể dục thể thao thường xuyên", T25, status="target", approx="over"),
]

NOTES = [
    "Thanh Hóa provincial portal: elderly sport clubs (6 months 2024). Dateline 'Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317'.",
    "Distractors: Lượt xem 2.317, time 09:45, 'lần thứ V', dates. Headline figure 'Hơn 1.500' has no period.",
    "642/385/276/223 are parts after 'Trong đó' of 1.526 (they add up). District list is a shared-indicator list (location = district).",
    "'tăng 2,3 điểm phần trăm' follows the count's share: change of the 198.600 figure (the first figure before it).",
]

emit("p815-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Thanh Hóa")
