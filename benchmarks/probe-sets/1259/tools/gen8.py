"""p1259-8: radio/TV site (Đài PT-TH Hà Tĩnh): satellite fire hotspots, forest fires, fire-season forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH HÀ TĨNH
Thời sự | Kinh tế | Xã hội | Nông nghiệp | Video | Phát thanh

Hà Tĩnh: Ảnh vệ tinh ghi nhận 46 điểm cháy từ đầu năm

Thứ Tư, 03/07/2024 - 16:20

HTTV - Từ đầu năm đến nay, hệ thống phát hiện điểm cháy qua ảnh vệ tinh MODIS và VIIRS đã ghi nhận 46 điểm cháy trên địa bàn tỉnh, trong đó 11 điểm là cháy rừng thực tế, số còn lại do người dân đốt thực bì, đốt rơm rạ.

Qua xác minh, toàn tỉnh xảy ra 8 vụ cháy rừng, giảm 3 vụ so với cùng kỳ năm 2023, diện tích bị cháy 21,5 ha. Riêng huyện Hương Khê có 3 vụ, thiệt hại 9,2 ha rừng keo.

Toàn tỉnh hiện có khoảng 362.000 ha rừng, trong đó hơn 100.000 ha rừng thông, rừng keo dễ cháy. Theo dự báo, từ nay đến hết tháng 8, nắng nóng có thể kéo dài thêm 25-30 ngày, nhiệt độ cao nhất 39-41 độ C; cấp dự báo cháy rừng nhiều nơi ở cấp IV, cấp V.

Các chủ rừng duy trì 86 chòi canh lửa, mỗi chòi bố trí ít nhất 2 người trực 24/24 giờ trong những ngày cao điểm. Trong quý III, Chi cục Kiểm lâm dự kiến tổ chức diễn tập phòng cháy, chữa cháy rừng tại 4 huyện với khoảng 600 người tham gia. Kinh phí mua sắm trang thiết bị phòng cháy năm 2024 là 2,8 tỷ đồng, tăng 16,7% so với năm trước.

Người dân phát hiện cháy rừng báo ngay về Chi cục Kiểm lâm qua số điện thoại 0239.3855.115.

Tin cùng chuyên mục:
- Hà Tĩnh ra quân cao điểm phòng cháy, chữa cháy rừng mùa khô
- Vũ Quang: Diễn tập chữa cháy rừng năm 2024
"""

YTD_H = per("từ đầu năm", "2024-01-01", "2024-07-03")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-03")
AHEAD = per("từ nay đến hết tháng 8", "2024-07-03", "2024-08-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HK = "Hương Khê"

FIGS = [
    fig("nhận 46 điểm cháy từ", "46", 46, "count", "điểm cháy", subject="điểm cháy ảnh vệ tinh ghi nhận",
        period=YTD_H),
    fig("nhận 46 điểm cháy trên", "46", 46, "count", "điểm cháy",
        subject="điểm cháy hệ thống phát hiện qua ảnh vệ tinh ghi nhận", period=YTD),
    fig("đó 11 điểm", "11", 11, "count", "điểm", total=46, subject="điểm là cháy rừng thực tế", period=YTD),
    fig("ra 8 vụ", "8", 8, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2023"),
        subject="vụ cháy rừng", period=inh(YTD)),
    fig("cháy 21,5 ha", "21,5", 21.5, "measure", "ha", subject="diện tích bị cháy", period=inh(YTD)),
    fig("có 3 vụ", "3", 3, "count", "vụ", subject="vụ cháy rừng", period=inh(YTD), location=HK),
    fig("hại 9,2 ha", "9,2", 9.2, "measure", "ha", subject="diện tích rừng keo thiệt hại", period=inh(YTD),
        location=HK),
    fig("khoảng 362.000 ha", "362.000", 362000, "measure", "ha", approx="about", subject="diện tích rừng"),
    fig("hơn 100.000 ha", "100.000", 100000, "measure", "ha", approx="over", total=362000,
        subject="diện tích rừng thông, rừng keo dễ cháy"),
    fig("thêm 25-30 ngày", "25", 25, "measure", "ngày", value_max=30, status="forecast",
        subject="thời gian nắng nóng kéo dài thêm", period=AHEAD),
    fig("nhất 39-41 độ", "39", 39, "measure", "độ C", value_max=41, status="forecast",
        subject="nhiệt độ cao nhất", period=AHEAD),
    fig("duy trì 86 chòi", "86", 86, "count", "chòi canh lửa", subject="chòi canh lửa các chủ rừng duy trì"),
    fig("ít nhất 2 người", "2", 2, "count", "người", approx="at_least", subject="người trực mỗi chòi"),
    fig("tại 4 huyện", "4", 4, "count", "huyện", status="forecast",
        subject="huyện tổ chức diễn tập phòng cháy, chữa cháy rừng", period=Q3),
    fig("khoảng 600 người", "600", 600, "count", "người", approx="about", status="forecast",
        subject="người tham gia diễn tập", period=Q3),
    fig("là 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", change=chg("increase", 16.7, "%", "năm trước"),
        subject="kinh phí mua sắm trang thiết bị phòng cháy", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hà Tĩnh): menu, 'Thứ Tư, 03/07/2024 - 16:20', tag 'HTTV -', related links. Location Hà Tĩnh (named).",
    "Distractors: 16:20, 'MODIS', 'VIIRS', 'cấp IV, cấp V' (forecast levels), '24/24 giờ' (around the clock), phone 0239.3855.115, 'năm 2024' in a link.",
    "Headline '46 điểm cháy từ đầu năm' is its own figure (period to the dateline). 'trong đó 11 điểm' → total 46 (same unit).",
    "'giảm 3 vụ so với cùng kỳ năm 2023' follows 8 vụ: its change. 'Riêng huyện Hương Khê': location Hương Khê; 'riêng' is no part-of cue, so no total.",
    "'trong đó hơn 100.000 ha' → total 362.000. 'Theo dự báo, từ nay đến hết tháng 8' → forecast, period from the dateline to 31/8/2024.",
    "'ít nhất 2 người' → at_least. 'dự kiến' in the quý III sentence → forecast; the next sentence (kinh phí) is actual; 'năm trước' is a baseline.",
]

if __name__ == "__main__":
    write("p1259-8", TEXT, NOTES, FIGS, published="2024-07-03", location="Hà Tĩnh")
