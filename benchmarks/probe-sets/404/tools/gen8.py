from lib import *

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ NỘI
Trang chủ › Bưu chính - Viễn thông › Tin hoạt động

Hà Nội: Hơn 2,6 triệu hộ gia đình sử dụng cáp quang

Tính đến ngày 30/9/2024, trên địa bàn thành phố có hơn 2,6 triệu hộ gia đình sử dụng Internet băng rộng cáp quang, chiếm 92,4% tổng số hộ, tăng 1,7 điểm phần trăm so với cuối năm 2023. Số thuê bao di động đạt 13,9 triệu thuê bao, trong đó có khoảng 11,8 triệu thuê bao băng rộng di động.

Quý III/2024, doanh thu dịch vụ viễn thông trên địa bàn đạt 6.845 tỷ đồng, tăng 4,3% so với quý trước và tăng 6,1% so với cùng kỳ. Lũy kế 9 tháng, doanh thu ước đạt 20,1 nghìn tỷ đồng, bằng 74% kế hoạch năm.

Hiện thành phố có 14.620 trạm BTS, trong đó 1.050 trạm 5G do Viettel, VNPT, MobiFone triển khai, tập trung tại các quận Hoàn Kiếm, Ba Đình, Cầu Giấy. Các quận có tỷ lệ hộ dùng cáp quang trên 98% gồm: Hoàn Kiếm (99,1%), Đống Đa (98,7%), Thanh Xuân (98,3%); huyện Ba Vì thấp nhất (74,6%). Thành phố cũng đã chỉnh trang, hạ ngầm khoảng 1.380 km cáp treo, đạt 92% kế hoạch giai đoạn 2021-2025.

Theo Kế hoạch số 211/KH-UBND, đến năm 2025, Hà Nội phấn đấu phủ sóng 5G tới 100% quận, huyện, thị xã; tốc độ Internet di động đạt tối thiểu 100 Mbps; tỷ lệ người dân sử dụng điện thoại thông minh từ 95% trở lên.

Đường dây nóng: 024.3936.1936. Địa chỉ: 185 Giảng Võ, quận Đống Đa.
Bản quyền thuộc Sở Thông tin và Truyền thông Hà Nội. Số lượt truy cập: 4.812.305
"""

D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
D30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", True)
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUB = "tỷ lệ hộ dùng cáp quang"

FIGS = [
    F("Hơn 2,6 triệu", "2,6", 2600000, "count", "hộ gia đình", "hộ gia đình sử dụng cáp quang", approx="over"),
    F("có hơn 2,6 triệu", "2,6", 2600000, "count", "hộ gia đình",
      "hộ gia đình sử dụng Internet băng rộng cáp quang", approx="over", percent=92.4,
      change=C("increase", 1.7, "điểm phần trăm", "cuối năm 2023"), period=D30),
    F("đạt 13,9 triệu", "13,9", 13900000, "count", "thuê bao", "thuê bao di động", period=D30i),
    F("khoảng 11,8 triệu", "11,8", 11800000, "count", "thuê bao", "thuê bao băng rộng di động",
      approx="about", total=13900000, period=D30i),
    F("đạt 6.845 tỷ đồng", "6.845", 6845000000000, "money", "đồng", "doanh thu dịch vụ viễn thông",
      change=C("increase", 4.3, "%", "quý trước"), period=Q3),
    F("tăng 6,1%", "6,1", 6.1, "percent", "%", "doanh thu dịch vụ viễn thông so với cùng kỳ",
      period=Q3, optional=True),
    F("đạt 20,1 nghìn tỷ", "20,1", 20100000000000, "money", "đồng", "doanh thu lũy kế", status="estimate",
      percent=74, period=M9),
    F("có 14.620 trạm", "14.620", 14620, "count", "trạm", "trạm BTS"),
    F("đó 1.050 trạm", "1.050", 1050, "count", "trạm", "trạm 5G", total=14620),
    F("trên 98%", "98", 98, "percent", "%", SUB, approx="over", optional=True),
    F("Hoàn Kiếm (99,1%)", "99,1", 99.1, "percent", "%", SUB, location="Hoàn Kiếm"),
    F("Đống Đa (98,7%)", "98,7", 98.7, "percent", "%", SUB, location="Đống Đa"),
    F("Thanh Xuân (98,3%)", "98,3", 98.3, "percent", "%", SUB, location="Thanh Xuân"),
    F("(74,6%)", "74,6", 74.6, "percent", "%", SUB, location="Ba Vì"),
    F("khoảng 1.380 km", "1.380", 1380, "measure", "km", "cáp treo hạ ngầm", approx="about", percent=92),
    F("tới 100% quận", "100", 100, "percent", "%", "quận, huyện, thị xã phủ sóng 5G", status="target", period=T25),
    F("tối thiểu 100 Mbps", "100", 100, "measure", "Mbps", "tốc độ Internet di động", approx="at_least",
      status="target", period=T25),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ người dân sử dụng điện thoại thông minh",
      approx="at_least", status="target", period=T25),
]

COMMENTS = [
    "Department site (Sở TT&TT Hà Nội): fibre households, subscribers, Q3/2024 revenue, BTS, districts, 2025 targets. No dateline at all (published null).",
    "Headline 'Hơn 2,6 triệu' is its own figure. '… chiếm 92,4% tổng số hộ, tăng 1,7 điểm phần trăm' → share and change of 2,6 triệu.",
    "'trong đó có khoảng 11,8 triệu' part of 13,9 triệu (same sentence chain, period inherited from the previous sentence).",
    "Two changes on 6.845 tỷ: the first (quý trước) is the attribute, the second 'tăng 6,1% so với cùng kỳ' a percent figure (optional, FIGURES.md).",
    "'Lũy kế 9 tháng' has no year: the nearest earlier period 'Quý III/2024' gives 2024. 'bằng 74% kế hoạch năm' → percent of 20,1 nghìn tỷ.",
    "'trên 98%' is a threshold of the list head (optional); list items → district locations. '1.380 km … đạt 92% kế hoạch giai đoạn 2021-2025' →",
    "percent 92; its period is the plan's, not the figure's, so none given. 'từ 95% trở lên' → at_least. 'đến năm 2025 … phấn đấu' → targets.",
    "Distractors: 'Kế hoạch số 211/KH-UBND', hotline 024.3936.1936, address '185 Giảng Võ', visitor counter 'Số lượt truy cập: 4.812.305', breadcrumb.",
]

build("p404-8", TEXT, COMMENTS, FIGS, location="Hà Nội")
