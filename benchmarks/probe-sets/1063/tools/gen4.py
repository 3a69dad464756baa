"""p1063-4: ministry site (Bộ LĐ-TB&XH), national 2023."""
from lib import F, P, I, C, T, write

text = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Việc làm

Năm 2023: Hơn 979 nghìn người có quyết định hưởng trợ cấp thất nghiệp
Ngày đăng: 22/02/2024 | Lượt xem: 1.208

(LĐXH) - Theo báo cáo của Cục Việc làm, năm 2023, cả nước có 1.012.540 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 4,8% so với năm 2022; số người có quyết định hưởng là 979.863 người, chiếm 96,8% số người nộp hồ sơ. Tổng số tiền chi trả trợ cấp thất nghiệp khoảng 18.650 tỷ đồng; mức hưởng bình quân tháng 5,2 triệu đồng/người, cao hơn 0,3 triệu đồng so với năm 2022.

Các địa phương có số người hưởng lớn nhất lần lượt là TP. Hồ Chí Minh (186.420 người), Bình Dương (89.506 người), Đồng Nai (58.730 người) và Hà Nội (54.215 người); bốn địa phương này chiếm 39,7% tổng số người hưởng của cả nước.

Cũng trong năm 2023, có 25.364 người được hỗ trợ học nghề, chỉ bằng 2,6% số người có quyết định hưởng; số lượt người được tư vấn, giới thiệu việc làm đạt 1,64 triệu lượt, tăng 6,1%.

Tính đến ngày 31/12/2023, cả nước có 14.116.800 người tham gia bảo hiểm thất nghiệp, chiếm khoảng 27,2% lực lượng lao động trong độ tuổi. Số dư Quỹ bảo hiểm thất nghiệp ước khoảng 59.000 tỷ đồng.

Mục tiêu đến năm 2025 có 35% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp. Dự kiến năm 2024, số người hưởng trợ cấp thất nghiệp khoảng 1,05 triệu người. Cục Việc làm đang phối hợp hoàn thiện dự thảo Luật Việc làm (sửa đổi) thay thế Luật Việc làm số 38/2013/QH13.

Bộ Lao động - Thương binh và Xã hội
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9554
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
E = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
figs = [
    F("Hơn 979 nghìn người", "979", 979000, "count", "người", "người có quyết định hưởng trợ cấp thất nghiệp",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 1.012.540 người", "1.012.540", 1012540, "count", "người",
      "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Y, change=C("increase", 4.8, "%", "năm 2022")),
    F("là 979.863 người", "979.863", 979863, "count", "người", "người có quyết định hưởng", Y, percent=96.8),
    F("khoảng 18.650 tỷ đồng", "18.650", 18650e9, "money", "đồng", "tổng số tiền chi trả trợ cấp thất nghiệp",
      I(Y), approx="about"),
    F("tháng 5,2 triệu đồng/người", "5,2", 5.2e6, "money", "đồng/người", "mức hưởng bình quân tháng", I(Y),
      change=C("increase", 300000, "đồng", "năm 2022")),
    F("Hồ Chí Minh (186.420 người)", "186.420", 186420, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Y),
      location="TP. Hồ Chí Minh"),
    F("Bình Dương (89.506 người)", "89.506", 89506, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Y),
      location="Bình Dương"),
    F("Đồng Nai (58.730 người)", "58.730", 58730, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Y),
      location="Đồng Nai"),
    F("Hà Nội (54.215 người)", "54.215", 54215, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Y),
      location="Hà Nội"),
    F("bốn địa phương này", "bốn", 4, "count", "địa phương", "địa phương có số người hưởng lớn nhất",
      optional=True),
    F("chiếm 39,7%", "39,7", 39.7, "percent", "%",
      "tỷ lệ người hưởng của bốn địa phương trong tổng số người hưởng của cả nước", I(Y)),
    F("có 25.364 người", "25.364", 25364, "count", "người", "người được hỗ trợ học nghề",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=2.6),
    F("1,64 triệu lượt", "1,64", 1.64e6, "count", "lượt", "lượt người được tư vấn, giới thiệu việc làm",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 6.1, "%")),
    F("có 14.116.800 người", "14.116.800", 14116800, "count", "người", "người tham gia bảo hiểm thất nghiệp", E,
      percent=27.2),
    F("khoảng 59.000 tỷ đồng", "59.000", 59000e9, "money", "đồng", "số dư Quỹ bảo hiểm thất nghiệp", I(E),
      approx="about", status="estimate"),
    F("có 35% lực lượng", "35", 35, "percent", "%", "lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 1,05 triệu người", "1,05", 1.05e6, "count", "người", "người hưởng trợ cấp thất nghiệp",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]
notes = [
    "Ministry site (Bộ LĐ-TB&XH), national figures for 2023: location Việt Nam (cả nước, a ministry's national total).",
    "Headline 'Hơn 979 nghìn người' = 979000 (nghìn is a multiplier). 'cao hơn 0,3 triệu đồng so với năm 2022' = change 300000 đồng.",
    "Province list with 'lần lượt' shares the indicator 'người hưởng'; items are locations. 'bốn địa phương này chiếm 39,7%' is a",
    "percent figure of its own (a share of the national total, location Việt Nam), not the percent of Hà Nội's 54.215.",
    "'ước khoảng 59.000 tỷ' -> estimate, about; its as-of date is in the previous sentence (inherited).",
    "'bốn địa phương này' restates the count of the list (anaphoric, like '1 trong 6 nhiệm vụ' in shared gold): optional.",
    "revised after the first run: 'bốn địa phương này' added as optional (a structural count the first gold had overlooked).",
    "Distractors: Ngày đăng 22/02/2024, Lượt xem 1.208, Luật Việc làm số 38/2013/QH13, Số 12 Ngô Quyền, phone 024.3826.9554.",
]
write(4, text, figs, notes, published="2024-02-22", location="Việt Nam")
