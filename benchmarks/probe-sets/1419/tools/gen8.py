"""p1419-8: radio/TV site (Đài Phát thanh và Truyền hình TP Cần Thơ): vending machines in hospitals and schools."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh

Máy bán hàng tự động “phủ sóng” bệnh viện, trường học

Cập nhật lúc: 18:45 - 20/03/2025
▶ Xem video (02:35)

(CTV) - Từ chỉ hơn ba chục máy cách đây hai năm, đến nay trên địa bàn thành phố đã có 186 máy bán hàng tự động, đặt tại bệnh viện, trường đại học, bến tàu du lịch Ninh Kiều và các khu công nghiệp Trà Nóc 1, Trà Nóc 2.

Theo Sở Công Thương thành phố, quý I/2025, doanh thu qua các máy ước đạt 9,8 tỷ đồng, tăng 22,4% so với cùng kỳ năm 2024. Riêng tháng 2/2025 đạt 3,6 tỷ đồng (tháng 1/2025 đạt 2,9 tỷ đồng), cao nhất từ trước đến nay nhờ dịp Tết Nguyên đán.

Bình quân mỗi máy đạt doanh thu khoảng 17 triệu đồng/tháng; các máy đặt tại Bệnh viện Đa khoa Trung ương Cần Thơ có doanh thu gấp 2-3 lần mức bình quân. Đáng chú ý, 91,5% giao dịch được thanh toán bằng mã QR và thẻ ngân hàng, cao hơn 8,2 điểm phần trăm so với năm 2024.

Ông Võ Thanh Sơn, Giám đốc Công ty TNHH Thương mại Dịch vụ Tây Đô Vending, đơn vị sở hữu 74 máy, chiếm gần 40% số máy toàn thành phố, cho biết công ty đang lắp thêm 20 máy bán cơm, bánh mì nóng tại các khu công nghiệp, dự kiến hoàn thành trong tháng 6/2025.

Thành phố đặt mục tiêu đến năm 2027 có 400 máy bán hàng tự động, trong đó ít nhất 50 máy đặt tại các điểm du lịch.

Kim Ngân - Quốc Tuấn

Xem thêm: Bản tin Thời sự 19h ngày 20/3/2025
Đường dây nóng: 0292.3812.345
"""

NOW = per("đến nay", None, "2025-03-20")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
T2 = per("tháng 2/2025", "2025-02-01", "2025-02-28")
T1 = per("tháng 1/2025", "2025-01-01", "2025-01-31")
T27 = per("đến năm 2027", None, "2027-12-31")

FIGS = [
    fig("hơn ba chục máy", "ba chục", 30, "count", "máy", approx="over",
        subject="máy bán hàng tự động cách đây hai năm"),
    fig("có 186 máy", "186", 186, "count", "máy", subject="máy bán hàng tự động", period=NOW),
    fig("ước đạt 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 22.4, "%", "cùng kỳ năm 2024"), subject="doanh thu qua các máy", period=Q1),
    fig("đạt 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="doanh thu qua các máy", period=T2),
    fig("đạt 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", subject="doanh thu qua các máy", period=T1),
    fig("khoảng 17 triệu", "17", 17e6, "money", "đồng/tháng", approx="about",
        subject="doanh thu bình quân mỗi máy"),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="doanh thu các máy đặt tại Bệnh viện Đa khoa Trung ương Cần Thơ so với mức bình quân"),
    fig("91,5% giao dịch", "91,5", 91.5, "percent", "%",
        change=chg("increase", 8.2, "điểm phần trăm", "năm 2024"),
        subject="giao dịch được thanh toán bằng mã QR và thẻ ngân hàng", period=inh(Q1)),
    fig("sở hữu 74 máy", "74", 74, "count", "máy", percent=40,
        subject="máy Công ty TNHH Thương mại Dịch vụ Tây Đô Vending sở hữu"),
    fig("thêm 20 máy", "20", 20, "count", "máy", subject="máy bán cơm, bánh mì nóng công ty đang lắp thêm"),
    fig("có 400 máy", "400", 400, "count", "máy", status="target", subject="máy bán hàng tự động", period=T27),
    fig("ít nhất 50 máy", "50", 50, "count", "máy", approx="at_least", status="target", total=400,
        subject="máy đặt tại các điểm du lịch", period=T27),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, 'Cập nhật lúc: 18:45 - 20/03/2025', video length '(02:35)', tag '(CTV) -',",
    "byline 'Kim Ngân - Quốc Tuấn', 'Bản tin Thời sự 19h ngày 20/3/2025', hotline.",
    "Distractors: 02:35, 18:45, 19h, 'cách đây hai năm' (a time phrase), KCN 'Trà Nóc 1', 'Trà Nóc 2', phone 0292.3812.345.",
    "'hơn ba chục máy' = over 30 (number words); its time 'cách đây hai năm' is relative and gets no period.",
    "'đến nay ... đã có 186 máy' → as-of the dateline (start null, end 2025-03-20).",
    "'Riêng tháng 2/2025 đạt 3,6 tỷ đồng (tháng 1/2025 đạt 2,9 tỷ đồng)': a new sentence with its own verb and closed months",
    "→ actual, not the 'ước đạt' of the quarter.",
    "'gấp 2-3 lần mức bình quân' stands alone (no amount for the hospital machines) → multiple 2-3.",
    "'91,5% giao dịch ..., cao hơn 8,2 điểm phần trăm so với năm 2024' → percent figure with a change in points; quarter inherited.",
    "'74 máy, chiếm gần 40% số máy toàn thành phố' → percent 40 (74/186 = 39.8%); the figure itself is exact.",
    "'đang lắp thêm 20 máy ..., dự kiến hoàn thành trong tháng 6/2025': 'dự kiến' governs only the completion clause after it;",
    "the 20 machines being installed are actual; no period (the month is the completion date).",
    "'mục tiêu đến năm 2027 có 400 máy ..., trong đó ít nhất 50 máy' → targets, 50 takes total 400.",
]

if __name__ == "__main__":
    write("p1419-8", TEXT, NOTES, FIGS, published="2025-03-20", location="Cần Thơ")
