"""p593-2: district portal, quận Hoàng Mai (Hà Nội) — lake renovation, dredging, embankment, fish deaths, discharge points."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Trang chủ / Tin tức / Đô thị - Môi trường
Thứ Tư, 12/06/2024 - 15:20

Hoàng Mai: Cải tạo 6 hồ điều hòa, nạo vét gần 95.000 m³ bùn

Tại hội nghị sơ kết công tác bảo vệ môi trường 5 tháng đầu năm 2024, UBND quận Hoàng Mai cho biết trên địa bàn quận hiện có 38 hồ, ao với tổng diện tích mặt nước khoảng 310 ha, trong đó 21 hồ đã được kè bờ.

Từ đầu năm đến nay, quận đã hoàn thành cải tạo 6 hồ điều hòa, nạo vét gần 95.000 m³ bùn, xây mới 3.250 m kè đá và 2,1 km đường dạo quanh hồ với tổng kinh phí 186,4 tỷ đồng.

Kết quả quan trắc tháng 5/2024 tại 14 điểm cho thấy chỉ số WQI của các hồ đã cải tạo đạt từ 52 đến 68 điểm, cao hơn 10-15 điểm so với trước khi cải tạo. Tuy nhiên, ngày 28/5 tại hồ Linh Đàm vẫn xảy ra hiện tượng cá chết cục bộ, lượng cá chết được vớt khoảng 1,2 tấn. Nguyên nhân do nắng nóng kéo dài khiến hàm lượng oxy hòa tan (DO) giảm xuống còn 1,8 mg/l.

Quận đã kiểm tra 47 cơ sở xả thải ra hồ, phát hiện và xử phạt 9 cơ sở vi phạm với tổng số tiền 415 triệu đồng; rà soát, bịt 126 cửa xả nước thải trực tiếp.

Năm 2024, quận dự kiến cải tạo thêm 4 hồ, nạo vét khoảng 60.000 m³ bùn với kinh phí 120 tỷ đồng. Phấn đấu đến năm 2025 có 100% hồ trên địa bàn được kè bờ, không còn nước thải chưa qua xử lý xả trực tiếp ra hồ.

Hưởng ứng Ngày Môi trường thế giới 5/6, mọi phản ánh về xả thải trái phép xin gửi về đường dây nóng 024.3644.5566 hoặc trụ sở UBND quận, số 8 ngõ 6 Bùi Huy Bích.

Minh Anh
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Cải tạo 6 hồ", "6", 6, "count", "hồ điều hòa", subject="hồ điều hòa được cải tạo", period=I(SINCE)),
    F("vét gần 95.000 m³ bùn\n", "95.000", 95000, "measure", "m³", approx="nearly",
      subject="bùn nạo vét", period=I(SINCE)),
    F("có 38 hồ", "38", 38, "count", "hồ, ao", subject="hồ, ao trên địa bàn quận"),
    F("khoảng 310 ha", "310", 310, "measure", "ha", approx="about", subject="tổng diện tích mặt nước"),
    F("trong đó 21 hồ", "21", 21, "count", "hồ", total=38, subject="hồ đã được kè bờ"),
    F("cải tạo 6 hồ điều hòa, nạo", "6", 6, "count", "hồ điều hòa",
      subject="hồ điều hòa hoàn thành cải tạo", period=SINCE),
    F("vét gần 95.000 m³ bùn, xây", "95.000", 95000, "measure", "m³", approx="nearly",
      subject="bùn nạo vét", period=SINCE),
    F("mới 3.250 m kè", "3.250", 3250, "measure", "m", subject="kè đá xây mới", period=SINCE),
    F("2,1 km đường", "2,1", 2.1, "measure", "km", subject="đường dạo quanh hồ xây mới", period=SINCE),
    F("phí 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", subject="tổng kinh phí", period=SINCE),
    F("tại 14 điểm", "14", 14, "count", "điểm", subject="điểm quan trắc", period=M5),
    F("từ 52 đến 68 điểm", "52", 52, "measure", "điểm", value_max=68,
      change=CH("increase", 10, "điểm", "trước khi cải tạo"),
      subject="chỉ số WQI của các hồ đã cải tạo", period=M5),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="about",
      subject="lượng cá chết được vớt tại hồ Linh Đàm"),
    F("còn 1,8 mg/l", "1,8", 1.8, "measure", "mg/l", subject="hàm lượng oxy hòa tan (DO)"),
    F("kiểm tra 47 cơ sở", "47", 47, "count", "cơ sở", subject="cơ sở xả thải ra hồ được kiểm tra"),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt"),
    F("tiền 415 triệu đồng", "415", 415e6, "money", "đồng", subject="tổng số tiền xử phạt"),
    F("bịt 126 cửa xả", "126", 126, "count", "cửa xả", subject="cửa xả nước thải trực tiếp được rà soát, bịt"),
    F("thêm 4 hồ", "4", 4, "count", "hồ", status="forecast", subject="hồ cải tạo thêm", period=Y24),
    F("khoảng 60.000 m³", "60.000", 60000, "measure", "m³", approx="about", status="forecast",
      subject="bùn nạo vét", period=Y24),
    F("phí 120 tỷ đồng", "120", 120e9, "money", "đồng", status="forecast", subject="kinh phí", period=Y24),
    F("có 100% hồ", "100", 100, "percent", "%", status="target",
      subject="hồ trên địa bàn được kè bờ", period=T25),
]

COMMENTS = [
    "Cổng TTĐT quận Hoàng Mai (district portal): cải tạo hồ, nạo vét, kè, quan trắc WQI, cá chết hồ Linh Đàm, cửa xả.",
    "Distractors: dateline, '5 tháng đầu năm 2024' (conference), 'ngày 28/5', 'Ngày Môi trường thế giới 5/6', hotline, 'số 8 ngõ 6'.",
    "'hiện có 38 hồ, ao …, trong đó 21 hồ': the whole is 38 hồ (same thing counted), not the 310 ha just before the cue.",
    "'cao hơn 10-15 điểm so với trước khi cải tạo' is the change of the 52-68 range (lower end as value). 'giảm xuống còn 1,8 mg/l': 1,8 is the level, no change.",
    "'kiểm tra 47 …, xử phạt 9 …': no part-of cue, no total. 'hiện có' and the fish-death day get no period. Location Hoàng Mai throughout.",
]

if __name__ == "__main__":
    emit("p593-2", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Hoàng Mai")
