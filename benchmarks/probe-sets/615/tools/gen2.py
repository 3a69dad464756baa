"""p615-2: huyện Yên Thành (Nghệ An) district portal — spring-crop mechanisation, cooperatives' machine services, subsidy."""
from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - NGHỆ AN
Kinh tế > Nông nghiệp - Nông thôn
Thứ Năm, 20/06/2024 - 15:20

Yên Thành: Hợp tác xã làm "cánh tay nối dài" đưa máy xuống đồng

Vụ Xuân 2024, toàn huyện gieo cấy 12.850 ha lúa; diện tích làm đất bằng máy đạt 12.720 ha, bằng 99%; diện tích cấy bằng máy đạt 2.315 ha, tăng 640 ha so với vụ Xuân 2023; diện tích thu hoạch bằng máy gặt đập liên hợp ước đạt 11.900 ha, chiếm 92,6%.

Hiện toàn huyện có 14 hợp tác xã cung ứng dịch vụ cơ giới hóa với 96 máy cày, 41 máy cấy, 37 máy gặt đập liên hợp và 6 thiết bị bay phun thuốc. Giá dịch vụ cày bừa dao động từ 180.000 đến 220.000 đồng/sào, gặt máy khoảng 250.000 đồng/sào. Nhờ đó, chi phí sản xuất lúa giảm 30-40% so với làm thủ công.

Tại HTX Dịch vụ nông nghiệp Hợp Thành (xóm 5, xã Hợp Thành), HTX đã đầu tư 4 máy cấy và 2 máy gặt, mỗi vụ làm dịch vụ cho khoảng 350 ha. Theo ông Nguyễn Văn Lực, Giám đốc HTX (điện thoại 0238.3865.217), cấy máy giúp lúa đẻ nhánh khỏe, ít sâu bệnh và xã viên không còn thiếu lao động lúc thời vụ.

Năm 2024, huyện bố trí 2,4 tỷ đồng hỗ trợ các HTX mua sắm máy móc, mức hỗ trợ 30% giá trị máy nhưng không quá 150 triệu đồng/máy. Đến nay, đã có 9 HTX được giải ngân 1,86 tỷ đồng, đạt 77,5% kế hoạch vốn.

Mục tiêu đến năm 2025, tỷ lệ diện tích lúa cấy bằng máy của huyện đạt 30%.

Minh Châu (Trung tâm VH-TT&TT huyện)
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-06-20")

FIGS = [
    F("gieo cấy 12.850 ha", "12.850", 12850, "measure", "ha", "diện tích lúa gieo cấy"),
    F("đạt 12.720 ha", "12.720", 12720, "measure", "ha", "diện tích làm đất bằng máy", percent=99),
    F("đạt 2.315 ha", "2.315", 2315, "measure", "ha", "diện tích cấy bằng máy",
      change=CH("increase", 640, "ha", "vụ Xuân 2023")),
    F("ước đạt 11.900 ha", "11.900", 11900, "measure", "ha", "diện tích thu hoạch bằng máy gặt đập liên hợp",
      percent=92.6, status="estimate"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã cung ứng dịch vụ cơ giới hóa"),
    F("96 máy cày", "96", 96, "count", "máy cày", "máy cày của hợp tác xã"),
    F("41 máy cấy", "41", 41, "count", "máy cấy", "máy cấy của hợp tác xã"),
    F("37 máy gặt", "37", 37, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp của hợp tác xã"),
    F("6 thiết bị bay", "6", 6, "count", "thiết bị bay", "thiết bị bay phun thuốc của hợp tác xã"),
    F("từ 180.000 đến", "180.000", 180000, "money", "đồng/sào", "giá dịch vụ cày bừa", value_max=220000),
    F("khoảng 250.000 đồng/sào", "250.000", 250000, "money", "đồng/sào", "giá dịch vụ gặt máy", approx="about"),
    F("giảm 30-40%", "30", 30, "percent", "%", "chi phí sản xuất lúa giảm so với làm thủ công", value_max=40),
    F("đầu tư 4 máy cấy", "4", 4, "count", "máy cấy", "máy cấy HTX Dịch vụ nông nghiệp Hợp Thành đầu tư"),
    F("2 máy gặt", "2", 2, "count", "máy gặt", "máy gặt HTX Dịch vụ nông nghiệp Hợp Thành đầu tư"),
    F("khoảng 350 ha", "350", 350, "measure", "ha", "diện tích HTX làm dịch vụ mỗi vụ", approx="about"),
    F("bố trí 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "kinh phí hỗ trợ các HTX mua sắm máy móc", Y24),
    F("mức hỗ trợ 30%", "30", 30, "percent", "%", "mức hỗ trợ giá trị máy", Y24),
    F("không quá 150 triệu", "150", 150000000, "money", "đồng/máy", "mức hỗ trợ tối đa", Y24, approx="at_most"),
    F("có 9 HTX", "9", 9, "count", "HTX", "HTX được giải ngân", NOW),
    F("giải ngân 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "vốn hỗ trợ được giải ngân", NOW, percent=77.5),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ diện tích lúa cấy bằng máy", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Yên Thành district portal (Thứ Năm, 20/06/2024 - 15:20; byline at the end): vụ Xuân 2024 mechanisation, cooperatives' fleet and",
    "service prices, one cooperative, district subsidy. Distractors: xóm 5, phone 0238.3865.217, the time 15:20.",
    "Choice: 'Vụ Xuân 2024' is a crop season, not in the spec's period table, so those figures carry no period (unscored).",
    "'bằng 99%' / 'chiếm 92,6%' are the shares of the area figures; no total (no cue ties them to 12.850 ha).",
    "'giảm 30-40% so với làm thủ công' has no base amount: a percent figure (rate as the claim). 'Đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    emit("p615-2", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Yên Thành")
