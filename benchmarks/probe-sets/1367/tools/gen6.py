"""p1367-6: national newspaper: mini football / futsal pitches in Hà Nội fully booked in the evening."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 7/11/2024, 09:25 (GMT+7)

Sân bóng mini ở Hà Nội kín lịch khung giờ tối

Nhu cầu đá bóng sau giờ làm tăng mạnh khiến nhiều sân cỏ nhân tạo, sân futsal ở Hà Nội kín lịch từ 17h đến 22h, giá thuê tăng 10-15% so với năm ngoái.

Theo khảo sát của Hiệp hội Bóng đá Hà Nội, thành phố hiện có khoảng 1.150 sân bóng đá mini, trong đó gần 200 sân futsal trong nhà. Riêng huyện Thanh Trì có hơn 60 sân, nhiều nhất thành phố.

Anh Nguyễn Đức Thịnh, chủ cụm sân Đức Thịnh Arena trên đường Nguyễn Xiển (quận Thanh Xuân), cho biết cụm có 6 sân 5 người và 2 sân 7 người. Giá thuê khung giờ vàng từ 450.000 đến 600.000 đồng/giờ, ban ngày chỉ khoảng 250.000 đồng/giờ. "9 tháng đầu năm nay, công suất sử dụng buổi tối luôn trên 90%, doanh thu tăng khoảng 25% so với cùng kỳ", anh Thịnh nói.

Ông Lê Quang Vinh, Phó Chủ tịch Hiệp hội, ước tính doanh thu cho thuê sân bóng mini tại Hà Nội đạt 1.300-1.500 tỷ đồng mỗi năm, tạo việc làm cho khoảng 6.000 lao động. Tuy nhiên, chưa đến 30% số sân có giấy phép kinh doanh dịch vụ thể thao đầy đủ.

Năm 2023, các sân mini trên địa bàn đã tổ chức gần 300 giải bóng đá phong trào, thu hút hơn ba chục nghìn lượt cầu thủ. Dự kiến đến năm 2026, thành phố có thêm 150-200 sân futsal trong nhà tại các khu đô thị mới.

Minh Khôi

Ý kiến (0) | Chia sẻ
"""

NINE = per("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO26 = per("đến năm 2026", None, "2026-12-31")
TX = "Thanh Xuân"

FIGS = [
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá thuê sân"),
    fig("khoảng 1.150 sân", "1.150", 1150, "count", "sân", approx="about", subject="sân bóng đá mini"),
    fig("gần 200 sân", "200", 200, "count", "sân", approx="nearly", total=1150, subject="sân futsal trong nhà"),
    fig("hơn 60 sân", "60", 60, "count", "sân", approx="over", subject="sân bóng đá mini", location="Thanh Trì"),
    fig("có 6 sân", "6", 6, "count", "sân", subject="sân 5 người của cụm sân Đức Thịnh Arena", location=TX),
    fig("và 2 sân", "2", 2, "count", "sân", subject="sân 7 người của cụm sân Đức Thịnh Arena", location=TX),
    fig("từ 450.000 đến 600.000", "450.000", 450000, "money", "đồng/giờ", value_max=600000,
        subject="giá thuê khung giờ vàng", location=TX),
    fig("khoảng 250.000", "250.000", 250000, "money", "đồng/giờ", approx="about",
        subject="giá thuê ban ngày", location=TX),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="công suất sử dụng buổi tối",
        period=NINE, location=TX),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about", subject="doanh thu", period=NINE, location=TX),
    fig("đạt 1.300-1.500", "1.300", 1.3e12, "money", "đồng/năm", value_max=1.5e12, status="estimate",
        subject="doanh thu cho thuê sân bóng mini"),
    fig("khoảng 6.000 lao động", "6.000", 6000, "count", "lao động", approx="about", status="estimate",
        subject="lao động có việc làm từ cho thuê sân bóng mini"),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="số sân có giấy phép kinh doanh dịch vụ thể thao đầy đủ"),
    fig("gần 300 giải", "300", 300, "count", "giải", approx="nearly",
        subject="giải bóng đá phong trào các sân mini tổ chức", period=Y23),
    fig("hơn ba chục nghìn", "ba chục", 30000, "count", "lượt cầu thủ", approx="over",
        subject="lượt cầu thủ tham gia giải bóng đá phong trào", period=Y23),
    fig("thêm 150-200 sân", "150", 150, "count", "sân", value_max=200, status="forecast",
        subject="sân futsal trong nhà thành phố có thêm", period=TO26),
]

NOTES = [
    "National newspaper: 'Thứ năm, 7/11/2024, 09:25 (GMT+7)', sapo, quote, byline 'Minh Khôi', comment counter 'Ý kiến (0)'.",
    "Sapo 'giá thuê tăng 10-15% so với năm ngoái' is a growth rate as the claim: percent range, no change, no period ('năm ngoái' is the baseline).",
    "'sân 5 người', 'sân 7 người' are pitch types (names with numbers), not figures; the counts are 6 and 2 sân.",
    "'từ 17h đến 22h' are times of day. The arena passage (quận Thanh Xuân) → location Thanh Xuân; 'Riêng huyện Thanh Trì' → Thanh Trì, no total.",
    "'9 tháng đầu năm nay' = 2024-01..09 (dateline year); 'doanh thu tăng khoảng 25% so với cùng kỳ' is a percent figure (no base amount).",
    "'ước tính doanh thu ... đạt 1.300-1.500 tỷ đồng mỗi năm, tạo việc làm cho khoảng 6.000 lao động' → estimate for both (the cue governs the continuing clause).",
    "'hơn ba chục nghìn lượt' = over 30 000 (number words with multiplier); 'Dự kiến đến năm 2026 ... 150-200 sân' → forecast range.",
    "Distractors: 09:25, GMT+7, 17h, 22h, 'Ý kiến (0)', 'năm ngoái'.",
]

if __name__ == "__main__":
    write("p1367-6", TEXT, NOTES, FIGS, published="2024-11-07", location="Hà Nội")
