"""p1422-6: national newspaper: fill soil shortage on the Bảo Lộc - Liên Khương highway (Lâm Đồng); units written m³."""
from lib import F, period, inherit, change, target, write

TEXT = """Thứ hai, 21/10/2024, 06:00 (GMT+7)

Cao tốc Bảo Lộc - Liên Khương lo thiếu đất đắp

Dự án cần khoảng 9,5 triệu m³ đất đắp nền nhưng các mỏ đã khảo sát mới đáp ứng chưa tới 60%, giá đất tại mỏ đã lên 120.000-150.000 đồng/m³.

Cao tốc Bảo Lộc - Liên Khương dài 73,6 km, đi qua 6 huyện, thành phố của tỉnh Lâm Đồng, tổng mức đầu tư hơn 19.500 tỷ đồng, do Công ty cổ phần BOT Lâm Viên làm nhà đầu tư. Dự án khởi công tháng 6/2023, dự kiến hoàn thành năm 2026.

Theo ông Nguyễn Hữu Phước, Giám đốc Ban điều hành dự án, ngoài đất đắp, tuyến còn cần 1,8 triệu m³ đá các loại và khoảng 420.000 m³ cát. Tỉnh đã khảo sát 16 mỏ đất với tổng trữ lượng 5,4 triệu m³, trong đó mới có 9 mỏ hoàn tất thủ tục khai thác.

"Mỗi ngày công trường cần khoảng 12.000 m³ đất nhưng các mỏ chỉ cung cấp được 7.000-8.000 m³. Chúng tôi phải điều thêm 35 xe ben chở đất từ các mỏ ở xa, có nơi cách công trường hơn 40 km", ông Phước nói.

Giá đất đắp tại mỏ hiện ở mức 120.000-150.000 đồng/m³, tăng khoảng 35% so với thời điểm lập dự toán năm 2022. Nhà đầu tư ước tính chi phí vật liệu chiếm khoảng 40% chi phí xây lắp và đã tăng thêm gần 300 tỷ đồng.

Theo Sở Tài nguyên và Môi trường Lâm Đồng, tỉnh đang xem xét cấp phép thêm 5 mỏ đất tại huyện Di Linh và huyện Đức Trọng. Đến cuối năm nay, sản lượng thi công của dự án dự kiến đạt 18% giá trị hợp đồng.

Khánh Hương
"""

END = period("Đến cuối năm nay", None, "2024-12-31")

FIGS = [
    F("khoảng 9,5 triệu", "9,5", 9.5e6, "measure", "m³", approx="about",
      subject="đất đắp nền dự án cần"),
    F("chưa tới 60%", "60", 60, "percent", "%", approx="under",
      subject="tỷ lệ đáp ứng của các mỏ đã khảo sát"),
    F("lên 120.000-150.000", "120.000", 120000, "money", "đồng/m³", value_max=150000,
      subject="giá đất tại mỏ"),
    F("dài 73,6 km", "73,6", 73.6, "measure", "km", subject="chiều dài cao tốc Bảo Lộc - Liên Khương"),
    F("qua 6 huyện", "6", 6, "count", "huyện, thành phố", subject="huyện, thành phố cao tốc đi qua"),
    F("hơn 19.500 tỷ", "19.500", 19.5e12, "money", "đồng", approx="over", subject="tổng mức đầu tư"),
    F("cần 1,8 triệu", "1,8", 1.8e6, "measure", "m³", subject="đá các loại tuyến còn cần"),
    F("khoảng 420.000 m³", "420.000", 420000, "measure", "m³", approx="about", subject="cát tuyến còn cần"),
    F("sát 16 mỏ", "16", 16, "count", "mỏ đất", subject="mỏ đất tỉnh đã khảo sát"),
    F("lượng 5,4 triệu", "5,4", 5.4e6, "measure", "m³", subject="tổng trữ lượng các mỏ đất đã khảo sát"),
    F("có 9 mỏ", "9", 9, "count", "mỏ", total=16, subject="mỏ hoàn tất thủ tục khai thác"),
    F("khoảng 12.000 m³", "12.000", 12000, "measure", "m³/ngày", approx="about",
      subject="đất công trường cần mỗi ngày"),
    F("được 7.000-8.000", "7.000", 7000, "measure", "m³/ngày", value_max=8000,
      subject="đất các mỏ cung cấp được mỗi ngày"),
    F("thêm 35 xe", "35", 35, "count", "xe ben", subject="xe ben chở đất điều thêm"),
    F("hơn 40 km", "40", 40, "measure", "km", approx="over", subject="khoảng cách từ mỏ đến công trường"),
    F("mức 120.000-150.000", "120.000", 120000, "money", "đồng/m³", value_max=150000,
      change=change("increase", 35, "%", "thời điểm lập dự toán năm 2022", approx="about"),
      subject="giá đất đắp tại mỏ"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", status="estimate",
      subject="chi phí vật liệu trong chi phí xây lắp"),
    F("gần 300 tỷ", "300", 300e9, "money", "đồng", approx="nearly", status="estimate",
      subject="chi phí vật liệu tăng thêm"),
    F("thêm 5 mỏ", "5", 5, "count", "mỏ đất", subject="mỏ đất tỉnh xem xét cấp phép thêm"),
    F("đạt 18%", "18", 18, "percent", "%", status="forecast",
      subject="sản lượng thi công của dự án so với giá trị hợp đồng", per=END),
]

NOTES = [
    "National newspaper: 'Thứ hai, 21/10/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end. Units written 'm³' (kept as written).",
    "Distractors: 06:00, '(GMT+7)', 'tháng 6/2023', 'năm 2026', 'năm 2022' in a baseline, BOT company name.",
    "Whole project in Lâm Đồng: location Lâm Đồng for every figure (Di Linh, Đức Trọng are where the 5 mines would be: both districts, so the province).",
    "Sapo 'mới đáp ứng chưa tới 60%' has its own subject (the surveyed mines), not a share of the 9,5 triệu demand: percent figure, under.",
    "'16 mỏ đất ..., trong đó mới có 9 mỏ' → total 16. 'Mỗi ngày ... 12.000 m³', '7.000-8.000 m³' → m³/ngày (rate).",
    "The price range repeats in sapo and body: two figures; the body one carries 'tăng khoảng 35% so với ...' (change).",
    "'Nhà đầu tư ước tính ... chiếm khoảng 40% ... và đã tăng thêm gần 300 tỷ đồng' → estimate governs both clauses; 40% has no base amount",
    "in the text, so it is a percent figure; 'tăng thêm gần 300 tỷ' is the increase itself as the claim (no change object).",
    "'Đến cuối năm nay ... dự kiến đạt 18%' → forecast, as-of 2024-12-31.",
]

if __name__ == "__main__":
    write("p1422-6", TEXT, NOTES, FIGS, published="2024-10-21", location="Lâm Đồng")
