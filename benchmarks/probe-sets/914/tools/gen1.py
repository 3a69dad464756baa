"""p914-1: Bình Định province portal, gifts to leprosy patients at Quy Hòa on World Leprosy Day (01/2025)."""
from lib import F, P, C, inh, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Trao 420 suất quà cho bệnh nhân phong nhân Ngày Thế giới phòng chống bệnh phong

Cập nhật: 24/01/2025 09:15 | Lượt xem: 1.236

Sáng 23/01, đoàn công tác của UBND tỉnh Bình Định đã đến thăm, tặng quà bệnh nhân đang điều trị, nuôi dưỡng tại Bệnh viện Phong - Da liễu Trung ương Quy Hòa (nằm cạnh Quốc lộ 1D) nhân Ngày Thế giới phòng chống bệnh phong lần thứ 72. Dịp này, đoàn đã trao 420 suất quà, mỗi suất trị giá 600.000 đồng (gồm 400.000 đồng tiền mặt và nhu yếu phẩm), tổng trị giá 252 triệu đồng.

Theo báo cáo của Sở Y tế, năm 2024 toàn tỉnh phát hiện 6 bệnh nhân phong mới, giảm 3 bệnh nhân so với năm 2023, trong đó có 1 bệnh nhân bị tàn tật độ 2. Hiện tỉnh đang quản lý 1.148 bệnh nhân phong, trong đó 17 bệnh nhân đang điều trị đa hóa trị liệu (MDT) và 1.131 bệnh nhân đã hoàn thành điều trị, được giám sát, chăm sóc tàn tật. Tỷ lệ lưu hành bệnh phong ở mức 0,07 bệnh nhân/10.000 dân, tỷ lệ phát hiện 0,39 người/100.000 dân, đều thấp hơn ngưỡng loại trừ.

Bệnh viện Quy Hòa hiện nuôi dưỡng 182 bệnh nhân phong già yếu, tàn tật, không nơi nương tựa; làng phong trong khuôn viên bệnh viện có 236 hộ với khoảng 1.050 nhân khẩu, phần lớn là con, cháu bệnh nhân. Bệnh nhân nuôi dưỡng được hưởng trợ cấp 1,5 triệu đồng/người/tháng.

Năm 2024, Hội Bảo trợ bệnh nhân phong tỉnh vận động được hơn 1,3 tỷ đồng, tăng 18,5% so với năm 2023, hỗ trợ sửa chữa 12 căn nhà và tặng 85 đôi giày bảo hộ cho bệnh nhân bị biến dạng bàn chân.

Năm 2025, tỉnh phấn đấu phát hiện sớm 100% bệnh nhân mới, đưa tỷ lệ tàn tật độ 2 ở bệnh nhân mới xuống dưới 10%; dự kiến kinh phí cho công tác phòng chống phong khoảng 850 triệu đồng.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Trao 420 suất quà", "420", 420, "count", "suất quà", "suất quà tặng bệnh nhân phong"),
    F("đoàn đã trao 420 suất quà", "420", 420, "count", "suất quà", "suất quà tặng bệnh nhân phong"),
    F("mỗi suất trị giá 600.000 đồng", "600.000", 600000, "money", "đồng/suất", "trị giá mỗi suất quà"),
    F("gồm 400.000 đồng tiền mặt", "400.000", 400000, "money", "đồng", "tiền mặt trong mỗi suất quà",
      total=600000),
    F("tổng trị giá 252 triệu đồng", "252", 252e6, "money", "đồng", "tổng trị giá quà tặng"),
    F("phát hiện 6 bệnh nhân phong mới", "6", 6, "count", "bệnh nhân", "bệnh nhân phong mới phát hiện",
      Y24, change=C("decrease", 3, "bệnh nhân", "năm 2023")),
    F("có 1 bệnh nhân bị tàn tật", "1", 1, "count", "bệnh nhân", "bệnh nhân phong mới bị tàn tật độ 2",
      Y24, total=6),
    F("quản lý 1.148 bệnh nhân phong", "1.148", 1148, "count", "bệnh nhân", "bệnh nhân phong đang quản lý"),
    F("17 bệnh nhân đang điều trị", "17", 17, "count", "bệnh nhân",
      "bệnh nhân đang điều trị đa hóa trị liệu (MDT)", total=1148),
    F("1.131 bệnh nhân đã hoàn thành", "1.131", 1131, "count", "bệnh nhân",
      "bệnh nhân đã hoàn thành điều trị", total=1148),
    F("ở mức 0,07 bệnh nhân/10.000 dân", "0,07", 0.07, "measure", "bệnh nhân/10.000 dân",
      "tỷ lệ lưu hành bệnh phong"),
    F("phát hiện 0,39 người/100.000 dân", "0,39", 0.39, "measure", "người/100.000 dân", "tỷ lệ phát hiện"),
    F("nuôi dưỡng 182 bệnh nhân phong", "182", 182, "count", "bệnh nhân",
      "bệnh nhân phong già yếu, tàn tật được Bệnh viện Quy Hòa nuôi dưỡng"),
    F("có 236 hộ", "236", 236, "count", "hộ", "hộ trong làng phong"),
    F("khoảng 1.050 nhân khẩu", "1.050", 1050, "count", "nhân khẩu", "nhân khẩu trong làng phong",
      approx="about"),
    F("trợ cấp 1,5 triệu đồng/người/tháng", "1,5", 1.5e6, "money", "đồng/người/tháng",
      "trợ cấp bệnh nhân nuôi dưỡng"),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "kinh phí Hội Bảo trợ bệnh nhân phong vận động",
      Y24b, approx="over", change=C("increase", 18.5, "%", "năm 2023")),
    F("sửa chữa 12 căn nhà", "12", 12, "count", "căn nhà", "căn nhà được hỗ trợ sửa chữa", Y24b),
    F("tặng 85 đôi giày", "85", 85, "count", "đôi giày", "giày bảo hộ tặng bệnh nhân", Y24b),
    F("phát hiện sớm 100% bệnh nhân mới", "100", 100, "percent", "%", "bệnh nhân mới được phát hiện sớm",
      Y25, status="target"),
    F("xuống dưới 10%", "10", 10, "percent", "%", "tỷ lệ tàn tật độ 2 ở bệnh nhân mới", Y25,
      approx="under", status="target"),
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí cho công tác phòng chống phong",
      Y25, approx="about", status="forecast"),
]

COMMENTS = [
    "Bình Định provincial portal: gifts at Quy Hòa leprosy hospital/village for World Leprosy Day 2025; provincial leprosy figures.",
    "Not figures: breadcrumb, 'Cập nhật: 24/01/2025 09:15', 'Lượt xem: 1.236', 'Sáng 23/01', 'Quốc lộ 1D', 'lần thứ 72', 'độ 2' (a grade).",
    "Headline 420 (no year) and body 420 are both figures. 400.000 follows 'gồm' after the 600.000 per-gift value: total 600000.",
    "'giảm 3 bệnh nhân so với năm 2023' is the change of the 6 new patients; 1 bệnh nhân (trong đó) is part of the 6.",
    "'Hiện' gives no period. 'dự kiến' governs its own clause after ';' (forecast); 'phấn đấu' its clause (target).",
]

if __name__ == "__main__":
    write("p914-1", TEXT, COMMENTS, FIGS, published="2025-01-24", location="Bình Định")
