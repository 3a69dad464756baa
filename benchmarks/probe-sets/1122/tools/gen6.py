"""p1122-6: national newspaper (VnExpress-style), 10/1/2025: Hà Nội pupils stay home, frost on Mẫu Sơn, forecast."""
from lib import F, P, D, I, C, T, write

TEXT = """Thời sự

Hơn 1,1 triệu học sinh Hà Nội nghỉ học vì rét

Thứ sáu, 10/1/2025, 09:05 (GMT+7)

Sáng 10/1, nhiệt độ tại Hà Nội xuống 7,8 độ C, thấp nhất từ đầu mùa đông; Sở Giáo dục và Đào tạo cho hơn 1,1 triệu học sinh mầm non, tiểu học nghỉ học.

Theo hướng dẫn của Sở, khi nhiệt độ ngoài trời dưới 10 độ C, trẻ mầm non và học sinh tiểu học được nghỉ; dưới 7 độ C, học sinh THCS được nghỉ. Thành phố có khoảng 2.700 trường mầm non, tiểu học; sáng nay khoảng 92% số trường đã thông báo cho học sinh ở nhà. Một số trường ở huyện Ba Vì, Mỹ Đức chuyển sang dạy trực tuyến cho học sinh lớp 5.

Ở vùng núi phía Bắc, rét hại bước sang ngày thứ năm liên tiếp. Đỉnh Mẫu Sơn (Lạng Sơn) đo được -1,5 độ C lúc 6h sáng nay, băng giá phủ trắng cây cối; Sa Pa (Lào Cai) 0,8 độ C, Đồng Văn (Hà Giang) 1,6 độ C. Ông Hoàng Văn Sáu, Trưởng phòng Nông nghiệp huyện Lộc Bình, cho biết huyện đã có 17 con trâu, bò chết rét, gần 30 ha rau màu bị băng giá làm hỏng.

Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, từ 11 đến 14/1, không khí lạnh tiếp tục được tăng cường; nhiệt độ thấp nhất ở Hà Nội dự báo 8-10 độ C, vùng núi cao có thể xuống dưới 0 độ C. Đây là đợt rét thứ 3 kể từ đầu mùa đông, dự kiến kéo dài khoảng 7 ngày.

Bộ Nông nghiệp và Phát triển nông thôn đề nghị các tỉnh không thả trâu, bò lên núi cao, chỉ gieo cấy khi nhiệt độ trên 15 độ C. Năm 2024, cả nước có hơn 3.000 con gia súc chết do rét, thiệt hại khoảng 45 tỷ đồng.

Gia Chính
"""

D10 = D("Sáng 10/1", "2025-01-10")
TODAY = D("sáng nay", "2025-01-10")
FC = P("từ 11 đến 14/1", "2025-01-11", "2025-01-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TMIN = "nhiệt độ thấp nhất"

FIGS = [
    F("Hơn 1,1 triệu học sinh Hà Nội", "1,1", 1.1e6, "count", "học sinh", approx="over",
      subject="học sinh nghỉ học vì rét", location="Hà Nội"),
    F("xuống 7,8 độ C", "7,8", 7.8, "measure", "độ C", subject="nhiệt độ tại Hà Nội", period=D10,
      location="Hà Nội"),
    F("hơn 1,1 triệu học sinh mầm non", "1,1", 1.1e6, "count", "học sinh", approx="over",
      subject="học sinh mầm non, tiểu học nghỉ học", period=D10, location="Hà Nội"),
    F("dưới 10 độ C", "10", 10, "measure", "độ C", approx="under", optional=True, location="Hà Nội"),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", approx="under", optional=True, location="Hà Nội"),
    F("khoảng 2.700 trường", "2.700", 2700, "count", "trường", approx="about",
      subject="trường mầm non, tiểu học", location="Hà Nội"),
    F("khoảng 92% số trường", "92", 92, "percent", "%", approx="about",
      subject="tỷ lệ trường đã thông báo cho học sinh ở nhà", period=TODAY, location="Hà Nội"),
    F("được -1,5 độ C", "1,5", -1.5, "measure", "độ C", subject="nhiệt độ đỉnh Mẫu Sơn", period=TODAY,
      location="Lạng Sơn"),
    F("0,8 độ C", "0,8", 0.8, "measure", "độ C", subject=TMIN, period=TODAY, location="Sa Pa"),
    F("1,6 độ C", "1,6", 1.6, "measure", "độ C", subject=TMIN, period=TODAY, location="Đồng Văn"),
    F("có 17 con trâu, bò", "17", 17, "count", "con trâu, bò", subject="trâu, bò chết rét", location="Lộc Bình"),
    F("gần 30 ha", "30", 30, "measure", "ha", approx="nearly", subject="diện tích rau màu bị băng giá làm hỏng",
      location="Lộc Bình"),
    F("dự báo 8-10 độ C", "8", 8, "measure", "độ C", value_max=10, status="forecast",
      subject=TMIN, period=FC, location="Hà Nội"),
    F("dưới 0 độ C", "0", 0, "measure", "độ C", approx="under", status="forecast",
      subject="nhiệt độ vùng núi cao", period=FC, location="Việt Nam"),
    F("khoảng 7 ngày", "7", 7, "measure", "ngày", approx="about", status="forecast",
      subject="thời gian kéo dài của đợt rét", location="Việt Nam"),
    F("trên 15 độ C", "15", 15, "measure", "độ C", approx="over", optional=True, location="Việt Nam"),
    F("hơn 3.000 con gia súc", "3.000", 3000, "count", "con gia súc", approx="over",
      subject="gia súc chết do rét", period=Y24, location="Việt Nam"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", approx="about", subject="thiệt hại do gia súc chết rét",
      period=Y24, location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 10/1/2025, 09:05 (GMT+7)', byline at the end. No default location: every figure names its place.",
    "Distractors: 09:05, GMT+7, 'lớp 5' (a grade), 'ngày thứ năm liên tiếp' (ordinal that looks like a weekday), 'lúc 6h',",
    "'đợt rét thứ 3' (ordinal), 'Một số trường' (some, not a number).",
    "Negative temperature -1,5 độ C → value -1.5. 'sáng nay' = the dateline's day. Thresholds of rules optional.",
    "Mẫu Sơn is placed '(Lạng Sơn)'; Sa Pa, Đồng Văn are districts/towns; the Lộc Bình figures come from its agriculture office.",
    "'vùng núi cao ... dưới 0 độ C' is the national centre's regional forecast: location Việt Nam (borderline).",
    "'dự kiến kéo dài khoảng 7 ngày' (forecast) has no dated period of its own.",
    "revised after the first run: 'khoảng 7 ngày' (the national centre's cold wave) had no location by oversight; set to Việt Nam like 'dưới 0 độ C'.",
]

if __name__ == "__main__":
    write("p1122-6", TEXT, NOTES, FIGS, published="2025-01-10", location=None)
