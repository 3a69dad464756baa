"""p848-8: Báo Bắc Giang online, headline figure, (BGĐT) tag: upgrading the left Cầu river dyke, 2025."""
from lib import F, P, I, C, T, write

TEXT = """Bắc Giang đầu tư 450 tỷ đồng nâng cấp đê tả Cầu
05/06/2025 | 16:40 GMT+7

(BGĐT) - Ngày 4/6, UBND tỉnh tổ chức khởi công dự án cải tạo, nâng cấp tuyến đê tả Cầu đoạn qua huyện Hiệp Hòa và thị xã Việt Yên, với tổng mức đầu tư 450 tỷ đồng từ nguồn ngân sách trung ương và tỉnh. Đây là lần thứ 2 tuyến đê này được đầu tư nâng cấp đồng bộ.

Theo thiết kế, tuyến đê dài 18,6 km, điểm đầu giao với Quốc lộ 37, được tôn cao trung bình 0,5-0,8 m; mặt đê rộng 6 m được cứng hóa bằng bê tông; xây mới 7 cống qua đê và 2,4 km kè bảo vệ mái. Dự án thực hiện trong 30 tháng, người dân có đất bị thu hồi được bồi thường 145.000 đồng/m2 đất nông nghiệp.

Toàn tỉnh hiện có 544 km đê, trong đó 255 km đê từ cấp III trở lên trên các sông Cầu, Thương, Lục Nam. Năm 2024, tỉnh bố trí 185 tỷ đồng cho công tác duy tu, bảo dưỡng đê điều, trong đó vốn ngân sách tỉnh chiếm 40%. 5 tháng đầu năm 2025, tỉnh đã tu bổ 12,3 km đê, cứng hóa 9,6 km mặt đê với kinh phí 96,5 tỷ đồng, bằng 132% cùng kỳ năm trước.

Cũng trong 5 tháng, lực lượng chức năng phát hiện 64 vụ vi phạm trên hành lang đê, đã xử lý 58 vụ; số vụ vi phạm mới giảm gần 30% so với cùng kỳ.

Đến năm 2030, tỉnh phấn đấu 100% tuyến đê từ cấp III trở lên được cứng hóa mặt đê, kết hợp làm đường giao thông. Trong mùa mưa lũ năm nay, tỉnh bố trí lực lượng hộ đê tại chỗ khoảng 9.200 người, sẵn sàng ứng phó khi có sự cố.

HÀ LINH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
M5B = P("Cũng trong 5 tháng", "2025-01-01", "2025-05-31")
TGT = P("Đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đầu tư 450 tỷ đồng nâng cấp", "450", 450e9, "money", "đồng",
      "đầu tư nâng cấp đê tả Cầu"),
    F("tư 450 tỷ đồng từ", "450", 450e9, "money", "đồng",
      "tổng mức đầu tư dự án cải tạo, nâng cấp tuyến đê tả Cầu"),
    F("dài 18,6 km", "18,6", 18.6, "measure", "km", "chiều dài tuyến đê tả Cầu"),
    F("trung bình 0,5-0,8 m", "0,5", 0.5, "measure", "m", "mức tôn cao đê trung bình", value_max=0.8),
    F("rộng 6 m", "6", 6, "measure", "m", "chiều rộng mặt đê"),
    F("xây mới 7 cống", "7", 7, "count", "cống", "cống qua đê xây mới"),
    F("2,4 km kè", "2,4", 2.4, "measure", "km", "kè bảo vệ mái xây mới"),
    F("trong 30 tháng", "30", 30, "measure", "tháng", "thời gian thực hiện dự án"),
    F("145.000 đồng/m2", "145.000", 145000, "money", "đồng/m2", "mức bồi thường đất nông nghiệp bị thu hồi"),
    F("có 544 km đê", "544", 544, "measure", "km", "chiều dài đê toàn tỉnh"),
    F("255 km đê", "255", 255, "measure", "km", "đê từ cấp III trở lên", total=544),
    F("bố trí 185 tỷ đồng", "185", 185e9, "money", "đồng", "kinh phí duy tu, bảo dưỡng đê điều", Y24),
    F("chiếm 40%", "40", 40, "percent", "%", "vốn ngân sách tỉnh trong kinh phí duy tu, bảo dưỡng đê điều", Y24),
    F("tu bổ 12,3 km đê", "12,3", 12.3, "measure", "km", "đê được tu bổ", M5),
    F("cứng hóa 9,6 km", "9,6", 9.6, "measure", "km", "mặt đê được cứng hóa", M5),
    F("phí 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "kinh phí tu bổ, cứng hóa đê", M5,
      percent=132),
    F("phát hiện 64 vụ", "64", 64, "count", "vụ", "vụ vi phạm trên hành lang đê", M5B),
    F("xử lý 58 vụ", "58", 58, "count", "vụ", "vụ vi phạm đã xử lý", M5B),
    F("gần 30%", "30", 30, "percent", "%", "số vụ vi phạm mới giảm so với cùng kỳ", M5B,
      approx="nearly"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tuyến đê từ cấp III trở lên được cứng hóa mặt đê",
      TGT, status="target"),
    F("khoảng 9.200 người", "9.200", 9200, "count", "người", "lực lượng hộ đê tại chỗ", approx="about"),
]

NOTES = [
    "Báo Bắc Giang online style: headline figure, '05/06/2025 | 16:40 GMT+7', tag '(BGĐT) -', byline at the end.",
    "The headline 450 tỷ and the body 450 tỷ are two figures. Project figures span two districts: location Bắc Giang.",
    "'bằng 132% cùng kỳ năm trước' is the percent of 96,5 tỷ; 'giảm gần 30% so với cùng kỳ' (no base amount) is a percent figure.",
    "'Dự án thực hiện trong 30 tháng' is how long the work takes: measure. 'Cũng trong 5 tháng' takes 2025 from the sentence before.",
    "'trong đó vốn ngân sách tỉnh chiếm 40%' is a share with no amount of its own: a percent figure (total not applicable).",
    "Distractors: Ngày 4/6, lần thứ 2 (ordinal), Quốc lộ 37, cấp III, 16:40, GMT+7.",
]

if __name__ == "__main__":
    write("p848-8", TEXT, FIGS, NOTES, published="2025-06-05", location="Bắc Giang")
