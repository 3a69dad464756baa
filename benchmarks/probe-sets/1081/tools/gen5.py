"""p1081-5: Báo Quảng Ngãi (Party newspaper), rainy-season outlook and the province's monitoring network (2023-09-15)."""
from lib import F, P, C, T, day, write

TEXT = """Chủ động theo dõi mưa lũ những tháng cuối năm

Theo Đài Khí tượng Thủy văn tỉnh Quảng Ngãi, từ nay đến cuối năm 2023, tỉnh có khả năng chịu ảnh hưởng trực tiếp của 2-3 cơn bão, áp thấp nhiệt đới. Tổng lượng mưa từ tháng 10 đến tháng 12/2023 trên địa bàn tỉnh dự báo phổ biến 1.800-2.200 mm, thấp hơn trung bình nhiều năm khoảng 15%. Trên các sông Trà Khúc, Vệ, Trà Bồng dự kiến xuất hiện 3-4 đợt lũ, đỉnh lũ ở mức báo động 2 đến báo động 3, có sông trên báo động 3.

Hiện toàn tỉnh có 156 trạm đo mưa tự động, 21 trạm đo mực nước và 3 camera giám sát lũ tại các ngầm tràn trên Quốc lộ 24B. Năm 2022, số liệu từ các trạm đã giúp Đài phát hành 68 tin cảnh báo lũ, trong đó có 12 tin cảnh báo lũ khẩn cấp; thời gian cảnh báo trước trung bình 12-24 giờ.

Ông Nguyễn Văn Tám, Giám đốc Đài Khí tượng Thủy văn tỉnh, cho biết: Mùa mưa lũ năm 2022, tại trạm Ba Tơ đo được lượng mưa ngày lớn nhất 462 mm, trạm Sơn Giang trên sông Trà Khúc có đỉnh lũ 36,12 m, vượt báo động 3 là 1,62 m. "Theo Quyết định số 18/2021/QĐ-TTg, bản tin cảnh báo lũ khẩn cấp phải được gửi đến Ban Chỉ huy các huyện chậm nhất 30 phút sau khi phát hành", ông Tám nói.

Năm 2024, tỉnh đặt mục tiêu lắp thêm 25 trạm đo mưa tại các huyện miền núi Sơn Tây, Minh Long và Ba Tơ, với tổng kinh phí khoảng 5 tỷ đồng. Đến năm 2025, phấn đấu 100% hồ chứa thủy lợi có thiết bị đo mực nước tự động, truyền số liệu về Đài.

PHƯƠNG ANH
15/09/2023
"""

FWD = P("từ nay đến cuối năm 2023", "2023-09-15", "2023-12-31")
OND = P("từ tháng 10 đến tháng 12/2023", "2023-10-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
FLOOD22 = P("Mùa mưa lũ năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("của 2-3 cơn bão", "2", 2, "count", "cơn bão, áp thấp nhiệt đới", "bão, áp thấp nhiệt đới ảnh hưởng trực tiếp",
      FWD, value_max=3, status="forecast"),
    F("phổ biến 1.800-2.200 mm", "1.800", 1800, "measure", "mm", "tổng lượng mưa", OND, value_max=2200,
      change=C("decrease", 15, "%", "trung bình nhiều năm", approx="about"), status="forecast"),
    F("xuất hiện 3-4 đợt lũ", "3", 3, "count", "đợt lũ", "đợt lũ trên các sông Trà Khúc, Vệ, Trà Bồng",
      P("từ tháng 10 đến tháng 12/2023", "2023-10-01", "2023-12-31", inh=True), value_max=4, status="forecast"),
    F("có 156 trạm", "156", 156, "count", "trạm đo mưa tự động", "trạm đo mưa tự động"),
    F("21 trạm đo mực nước", "21", 21, "count", "trạm đo mực nước", "trạm đo mực nước"),
    F("3 camera", "3", 3, "count", "camera", "camera giám sát lũ tại các ngầm tràn"),
    F("phát hành 68 tin", "68", 68, "count", "tin cảnh báo lũ", "tin cảnh báo lũ", Y22),
    F("có 12 tin", "12", 12, "count", "tin cảnh báo lũ khẩn cấp", "tin cảnh báo lũ khẩn cấp", Y22, total=68),
    F("trung bình 12-24 giờ", "12", 12, "measure", "giờ", "thời gian cảnh báo trước trung bình", Y22, value_max=24),
    F("lớn nhất 462 mm", "462", 462, "measure", "mm", "lượng mưa ngày lớn nhất tại trạm Ba Tơ", FLOOD22,
      location="Ba Tơ"),
    F("đỉnh lũ 36,12 m", "36,12", 36.12, "measure", "m", "đỉnh lũ trạm Sơn Giang trên sông Trà Khúc", FLOOD22,
      change=C("increase", 1.62, "m", "báo động 3")),
    F("chậm nhất 30 phút", "30", 30, "measure", "phút", "thời hạn gửi bản tin cảnh báo lũ khẩn cấp sau khi phát hành",
      approx="at_most", optional=True),
    F("lắp thêm 25 trạm", "25", 25, "count", "trạm đo mưa", "trạm đo mưa lắp thêm tại các huyện miền núi", Y24,
      status="target"),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "tổng kinh phí lắp thêm trạm đo mưa", Y24, approx="about",
      status="target"),
    F("phấn đấu 100% hồ chứa", "100", 100, "percent", "%", "hồ chứa thủy lợi có thiết bị đo mực nước tự động",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Báo Quảng Ngãi: outlook for the 2023 rainy season (forecast), network (hiện: no period), 2022 results, 2024/2025 targets; byline and bare date at the end.",
    "'từ nay đến cuối năm 2023' starts at the bare date 15/09/2023. 'thấp hơn trung bình nhiều năm khoảng 15%' is the change of the forecast rainfall.",
    "Distractors: 'báo động 2', 'báo động 3' (alarm levels), 'Quốc lộ 24B', the director 'Nguyễn Văn Tám' (a number word as a name),",
    "'Quyết định số 18/2021/QĐ-TTg'. 'chậm nhất 30 phút' is a rule quoted from a decision (optional, at_most).",
    "'Mùa mưa lũ năm 2022' is given the year 2022 (no season dates in the text). 'vượt báo động 3 là 1,62 m' is the change of the flood peak.",
    "Station Ba Tơ is in the district Ba Tơ (location); Sơn Giang lies in Sơn Hà, which the text does not name, so it keeps Quảng Ngãi.",
    "'với tổng kinh phí khoảng 5 tỷ đồng' continues the 'đặt mục tiêu' clause (target).",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-09-15", location="Quảng Ngãi")
