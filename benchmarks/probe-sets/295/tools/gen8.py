from lib import *

TEXT = """TẠP CHÍ THUẾ - CƠ QUAN CỦA TỔNG CỤC THUẾ
Thuế với cuộc sống

Hải Dương: Thu nội địa giai đoạn 2021-2025 ước gấp 1,2 lần mục tiêu Nghị quyết

Giai đoạn 2021-2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh Hải Dương ước đạt 97,6 nghìn tỷ đồng, bình quân tăng 10,4%/năm; trong đó thu nội địa ước 84,3 nghìn tỷ đồng, chiếm 86,4%. So với giai đoạn 2016-2020, số thu nội địa tăng gần gấp đôi.

Năm 2023, lần đầu tiên thu nội địa của tỉnh vượt mốc 20 nghìn tỷ đồng, đạt 20.415 tỷ đồng; năm 2024 đạt 21.980 tỷ đồng, xếp thứ 14 cả nước và thứ hai trong 11 tỉnh, thành phố vùng đồng bằng sông Hồng về quy mô thu nội địa.

Cơ cấu nguồn thu chuyển dịch tích cực: tỷ trọng thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài tăng từ 28,5% năm 2020 lên 34,2% năm 2024; thu từ tiền sử dụng đất giảm còn khoảng 18%. Ba sắc thuế lớn là thuế giá trị gia tăng, thuế thu nhập doanh nghiệp và thuế thu nhập cá nhân đóng góp từ 55% đến 60% tổng thu nội địa mỗi năm.

Các địa phương có số thu lớn gồm TP Hải Dương (trên 4.200 tỷ đồng năm 2024), thị xã Kinh Môn (2.750 tỷ đồng), thành phố Chí Linh (2.180 tỷ đồng).

Theo Cục trưởng Cục Thuế Hải Dương, năm 2025 dự toán thu nội địa được HĐND tỉnh giao 23.500 tỷ đồng; ngành Thuế phấn đấu thu vượt dự toán, đưa tổng thu nội địa cả giai đoạn 2021-2025 đạt tối thiểu 85 nghìn tỷ đồng, hoàn thành mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII. Đến năm 2030, tỉnh đặt mục tiêu thu nội địa chiếm khoảng 90% tổng thu ngân sách.

Minh Khôi
"""

GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDh = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDt = P("cả giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y20 = P("năm 2020", "2020-01-01", "2020-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("Đến năm 2030", None, "2030-12-31")
TY = "số thu"

FIGS = [
    F("gấp 1,2 lần", "1,2", 1.2, "multiple", "lần", "thu nội địa so với mục tiêu Nghị quyết", status="estimate", period=GDh),
    F("ước đạt 97,6 nghìn tỷ đồng", "97,6", 97.6e12, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn tỉnh",
      change=ch("+", 10.4), status="estimate", period=GD),
    F("ước 84,3 nghìn tỷ đồng", "84,3", 84.3e12, "money", "đồng", "thu nội địa",
      total=97.6e12, percent=86.4, status="estimate", period=GD),
    F("tăng gần gấp đôi", "đôi", 2, "multiple", "lần", "số thu nội địa so với giai đoạn 2016-2020",
      approx="nearly", period=I(GD)),
    F("vượt mốc 20 nghìn tỷ đồng", "20", 20e12, "money", "đồng", "mốc thu nội địa", approx="over",
      period=Y23, optional=True),
    F("đạt 20.415 tỷ đồng", "20.415", ty(20415), "money", "đồng", "thu nội địa", period=Y23),
    F("đạt 21.980 tỷ đồng", "21.980", ty(21980), "money", "đồng", "thu nội địa", period=Y24),
    F("xếp thứ 14 cả nước", "14", 14, "rank", "hạng", "quy mô thu nội địa", period=Y24),
    F("thứ hai trong 11", "hai", 2, "rank", "hạng", "quy mô thu nội địa vùng đồng bằng sông Hồng", total=11, period=Y24),
    F("từ 28,5% năm 2020", "28,5", 28.5, "percent", "%",
      "tỷ trọng thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", period=Y20),
    F("lên 34,2% năm 2024", "34,2", 34.2, "percent", "%",
      "tỷ trọng thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", period=Y24),
    F("khoảng 18%", "18", 18, "percent", "%", "tỷ trọng thu từ tiền sử dụng đất", approx="about", period=Y24),
    F("Ba sắc thuế", "Ba", 3, "count", "sắc thuế", optional=True),
    F("từ 55% đến 60%", "55", 55, "percent", "%",
      "đóng góp của ba sắc thuế lớn trong tổng thu nội địa", value_max=60, period=I(GD)),
    F("(trên 4.200 tỷ đồng năm 2024)", "4.200", ty(4200), "money", "đồng", TY, approx="over",
      location="Hải Dương", period=Y24),
    F("Kinh Môn (2.750 tỷ đồng)", "2.750", ty(2750), "money", "đồng", TY, location="Kinh Môn", period=I(Y24)),
    F("Chí Linh (2.180 tỷ đồng)", "2.180", ty(2180), "money", "đồng", TY, location="Chí Linh", period=I(Y24)),
    F("giao 23.500 tỷ đồng", "23.500", ty(23500), "money", "đồng", "dự toán thu nội địa", status="target", period=Y25),
    F("tối thiểu 85 nghìn tỷ đồng", "85", 85e12, "money", "đồng", "tổng thu nội địa cả giai đoạn 2021-2025",
      approx="at_least", status="target", period=GDt),
    F("khoảng 90% tổng thu", "90", 90, "percent", "%", "thu nội địa trong tổng thu ngân sách", approx="about",
      status="target", period=T30),
]

COMMENTS = [
    "Ministry-branch magazine site (Tạp chí Thuế, Tổng cục Thuế) with masthead and section; no dateline anywhere (published null); byline at the end.",
    "Headline 'ước gấp 1,2 lần mục tiêu Nghị quyết' is the claim: multiple 1.2 (estimate). 'tăng gần gấp đôi' stands alone: multiple 2, nearly.",
    "'bình quân tăng 10,4%/năm' after 97,6 nghìn tỷ is its change. 'nghìn tỷ' = 10^12. 'vượt mốc 20 nghìn tỷ' is a threshold: optional.",
    "'xếp thứ 14 cả nước' rank; 'thứ hai trong 11 tỉnh, thành phố vùng …' rank 2 with total 11 (number word 'hai').",
    "'tăng từ 28,5% năm 2020 lên 34,2% năm 2024': two percent figures with their own years, no change stated. 'giảm còn khoảng 18%' new level, no change.",
    "'từ 55% đến 60%' range, 'mỗi năm' within the period (inherited). District list in brackets: place -> location; TP Hải Dương -> Hải Dương.",
    "Targets: 'năm 2025 dự toán … giao' (plan), 'phấn đấu … tối thiểu 85 nghìn tỷ', 'Đến năm 2030 … mục tiêu … khoảng 90%' (start null).",
    "Distractors: 'giai đoạn 2016-2020', 'Đại hội Đảng bộ tỉnh lần thứ XVII', masthead.",
]

write(8, TEXT, COMMENTS, FIGS, location="Hải Dương")
