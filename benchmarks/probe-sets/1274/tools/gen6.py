"""p1274-6: national newspaper (TP HCM): HFMD cases nearly double after the school opening."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Các bệnh

Thứ sáu, 6/9/2024, 15:40 (GMT+7)

Ca tay chân miệng ở TP HCM tăng gần gấp đôi sau khai giảng

Số ca mắc tay chân miệng tuần qua tăng mạnh khi học sinh trở lại trường, các bệnh viện nhi phải mở thêm giường điều trị.

Theo Sở Y tế TP HCM, tuần 35 (từ ngày 26/8 đến 1/9), thành phố ghi nhận 1.124 ca tay chân miệng, tăng 87% so với trung bình 4 tuần trước đó. Cộng dồn từ đầu năm đến nay, thành phố có 16.872 ca, trong đó 8.930 ca phải nhập viện và 3 ca tử vong, đều là trẻ dưới 3 tuổi.

Bệnh viện Nhi đồng 1, Nhi đồng 2 và Nhi đồng Thành phố mỗi ngày tiếp nhận tổng cộng khoảng 350 lượt khám tay chân miệng, trong đó 20-25% phải nhập viện. Bác sĩ Phan Hữu Lộc, Trưởng khoa Nhiễm Bệnh viện Nhi đồng 2, cho biết khoa đang điều trị 62 trẻ, gấp 3 lần thời điểm đầu tháng 8; riêng phòng cấp cứu có 9 trẻ độ 3.

Xét nghiệm cho thấy chủng EV71 chiếm 42% mẫu dương tính, cao hơn nhiều so với mức 15-20% của năm ngoái. "Trẻ nhiễm EV71 dễ diễn tiến nặng, phụ huynh cần theo dõi sát các dấu hiệu sốt cao, giật mình", bác sĩ Lộc nói.

Sở Giáo dục và Đào tạo yêu cầu hơn 1.300 trường mầm non khử khuẩn đồ chơi, lớp học hằng ngày. Thành phố đã chi 12,6 tỷ đồng mua hóa chất và thuốc điều trị, ước cả năm cần khoảng 20 tỷ đồng.

Lê Phương
"""

WEEK = per("từ ngày 26/8 đến 1/9", "2024-08-26", "2024-09-01")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-06")
LASTY = per("năm ngoái", "2023-01-01", "2023-12-31")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly",
        subject="ca tay chân miệng"),
    fig("ghi nhận 1.124 ca", "1.124", 1124, "count", "ca",
        change=chg("increase", 87, "%", "trung bình 4 tuần trước đó"),
        subject="ca tay chân miệng", period=WEEK),
    fig("có 16.872 ca", "16.872", 16872, "count", "ca",
        subject="ca tay chân miệng cộng dồn", period=YTD),
    fig("trong đó 8.930 ca", "8.930", 8930, "count", "ca", total=16872,
        subject="ca phải nhập viện", period=YTD),
    fig("và 3 ca tử vong", "3", 3, "count", "ca", total=16872, subject="ca tử vong", period=YTD),
    fig("dưới 3 tuổi", "3", 3, "measure", "tuổi", approx="under", optional=True),
    fig("khoảng 350 lượt", "350", 350, "measure", "lượt khám/ngày", approx="about",
        subject="lượt khám tay chân miệng các bệnh viện nhi tiếp nhận mỗi ngày"),
    fig("trong đó 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="lượt khám phải nhập viện"),
    fig("điều trị 62 trẻ", "62", 62, "count", "trẻ",
        change=chg("increase", 3, "lần", "thời điểm đầu tháng 8"),
        subject="trẻ khoa Nhiễm đang điều trị"),
    fig("có 9 trẻ", "9", 9, "count", "trẻ", subject="trẻ độ 3 phòng cấp cứu"),
    fig("chiếm 42%", "42", 42, "percent", "%", subject="chủng EV71 trong mẫu dương tính"),
    fig("mức 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="chủng EV71 trong mẫu dương tính năm ngoái", period=LASTY),
    fig("hơn 1.300 trường", "1.300", 1300, "count", "trường", approx="over",
        subject="trường mầm non khử khuẩn đồ chơi, lớp học hằng ngày"),
    fig("chi 12,6 tỷ", "12,6", 12.6e9, "money", "đồng",
        subject="kinh phí thành phố chi mua hóa chất và thuốc điều trị"),
    fig("khoảng 20 tỷ", "20", 20e9, "money", "đồng", approx="about", status="estimate",
        subject="kinh phí cần cả năm", period=Y24),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 6/9/2024, 15:40 (GMT+7)', sapo, quote, byline 'Lê Phương' at the end.",
    "Distractors: 15:40, '(GMT+7)', 'tuần 35' (a week label), '4 tuần trước đó' (baseline duration), 'Nhi đồng 1', 'Nhi đồng 2'",
    "(hospital names), 'độ 3' (severity grade), 'EV71', baseline 'đầu tháng 8'.",
    "Headline 'tăng gần gấp đôi' stands alone as the claim: kind multiple, value 2 ('đôi'), approx nearly; no period.",
    "'tuần 35 (từ ngày 26/8 đến 1/9)' → period 2024-08-26..2024-09-01 from the explicit dates.",
    "'16.872 ca, trong đó 8.930 ca ... và 3 ca tử vong' → total 16872; 'dưới 3 tuổi' is optional.",
    "'mỗi ngày ... khoảng 350 lượt khám' → measure 'lượt khám/ngày'; 'trong đó 20-25% phải nhập viện' → a percent figure of its own.",
    "'gấp 3 lần thời điểm đầu tháng 8' after 62 trẻ → change (increase, 3 lần). 'riêng' is no part-of cue: 9 trẻ has no total.",
    "'cao hơn nhiều so với mức 15-20% của năm ngoái': 15-20% is the baseline level, not a change amount, so it is a percent",
    "figure of its own with period 'năm ngoái' (2023, the year before the dateline).",
    "'ước cả năm cần khoảng 20 tỷ đồng' → estimate, about, period 2024. Location TP Hồ Chí Minh for all.",
]

if __name__ == "__main__":
    write("p1274-6", TEXT, NOTES, FIGS, published="2024-09-06", location="TP Hồ Chí Minh")
