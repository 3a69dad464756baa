"""p1555-5: provincial newspaper (Báo Vĩnh Long, tag (VLO)): HDPE pipes for rural clean water."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO VĨNH LONG ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn
Thứ Năm, 21/11/2024 | 07:15

Hơn 1.100 km ống HDPE đưa nước sạch về nông thôn

Nhờ mạng lưới ống HDPE, uPVC được đầu tư đồng bộ, tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn của tỉnh tăng nhanh trong những năm gần đây.

(VLO) - Tính đến tháng 10/2024, toàn tỉnh Vĩnh Long đã lắp đặt hơn 1.100 km đường ống cấp nước nông thôn, chủ yếu là ống HDPE đường kính từ 63 đến 225 mm. Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 78,6%, tăng 4,1 điểm phần trăm so với cuối năm trước.

Từ đầu năm đến nay, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh đã thi công 12 công trình, gồm 9 công trình mở rộng mạng lưới và 3 công trình xây mới, tổng vốn gần 146 tỷ đồng. Riêng huyện Trà Ôn lắp đặt 186 km ống, đấu nối cho 4.250 hộ.

Ông Trần Minh Khải, Giám đốc Công ty TNHH MTV Ống nhựa Cửu Long (Khu công nghiệp Hòa Phú, huyện Long Hồ), cho biết 9 tháng đầu năm công ty cung ứng khoảng 2.300 tấn ống HDPE cho các công trình nước sạch, chiếm gần 40% sản lượng tiêu thụ; giá bán ống HDPE phi 110 dao động 98.000-105.000 đồng/mét. "Năm nay, chúng tôi dự kiến tăng thêm một ca sản xuất để kịp tiến độ", ông Khải nói.

Theo kế hoạch, đến năm 2025 tỷ lệ hộ dân nông thôn sử dụng nước sạch của tỉnh đạt ít nhất 85%; đến năm 2030 đạt 95%.

THANH TÂM
"""

ASOF = per("Tính đến tháng 10/2024", None, "2024-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
TO, LH = "Trà Ôn", "Long Hồ"
RATE = "tỷ lệ hộ dân nông thôn sử dụng nước sạch"

FIGS = [
    fig("Hơn 1.100 km ống HDPE", "1.100", 1100, "measure", "km", approx="over",
        subject="ống HDPE đưa nước sạch về nông thôn"),
    fig("hơn 1.100 km đường ống", "1.100", 1100, "measure", "km", approx="over",
        subject="đường ống cấp nước nông thôn đã lắp đặt", period=ASOF),
    fig("từ 63 đến 225 mm", "63", 63, "measure", "mm", value_max=225, subject="đường kính ống HDPE"),
    fig("đạt 78,6%", "78,6", 78.6, "percent", "%",
        change=chg("increase", 4.1, "điểm phần trăm", "cuối năm trước"), subject=RATE, period=inh(ASOF)),
    fig("thi công 12 công trình", "12", 12, "count", "công trình",
        subject="công trình Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh thi công", period=YTD),
    fig("gồm 9 công trình", "9", 9, "count", "công trình", total=12,
        subject="công trình mở rộng mạng lưới", period=YTD),
    fig("và 3 công trình", "3", 3, "count", "công trình", total=12, subject="công trình xây mới", period=YTD),
    fig("gần 146 tỷ", "146", 146e9, "money", "đồng", approx="nearly", subject="tổng vốn các công trình",
        period=YTD),
    fig("lắp đặt 186 km", "186", 186, "measure", "km", subject="ống lắp đặt", period=inh(YTD), location=TO),
    fig("cho 4.250 hộ", "4.250", 4250, "count", "hộ", subject="hộ được đấu nối", period=inh(YTD),
        location=TO),
    fig("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", approx="about", percent=40,
        subject="ống HDPE công ty cung ứng cho các công trình nước sạch", period=NINE, location=LH),
    fig("98.000-105.000", "98.000", 98000, "money", "đồng/mét", value_max=105000,
        subject="giá bán ống HDPE phi 110", location=LH),
    fig("thêm một ca", "một", 1, "count", "ca", status="forecast", subject="ca sản xuất tăng thêm",
        period=NOW, location=LH),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target", subject=RATE,
        period=TO25),
    fig("đạt 95%", "95", 95, "percent", "%", status="target", subject=RATE, period=TO30),
]

NOTES = [
    "Provincial newspaper (Báo Vĩnh Long): 'Thứ Năm, 21/11/2024 | 07:15' (published), sapo, tag '(VLO) -', byline at the end.",
    "Distractors: 07:15, 'Khu công nghiệp Hòa Phú', 'ống HDPE phi 110' (a pipe size in a product name), 'tháng 10/2024' as an as-of date.",
    "The headline figure 'Hơn 1.100 km ống HDPE' is its own figure (no period in the headline).",
    "'Tính đến tháng 10/2024' → start null, end 2024-10-31; the 78,6% in the next sentence inherits it.",
    "'tăng 4,1 điểm phần trăm so với cuối năm trước' → change of the 78,6% level, unit 'điểm phần trăm'.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-11-21); 9 and 3 công trình after 'gồm' take total 12.",
    "Trà Ôn figures: location Trà Ôn, period inherited. The company passage (huyện Long Hồ): location Long Hồ;",
    "'9 tháng đầu năm' takes 2024; 'chiếm gần 40%' is a percent attribute; 'Năm nay ... dự kiến' → forecast, 2024.",
    "'Theo kế hoạch, đến năm 2025 ... ít nhất 85%; đến năm 2030 đạt 95%' → targets, start null.",
]

if __name__ == "__main__":
    write("p1555-5", TEXT, NOTES, FIGS, published="2024-11-21", location="Vĩnh Long")
