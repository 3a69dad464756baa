"""p1338-2: district portal (quận Đống Đa, Hà Nội): Hội chữ Xuân Giáp Thìn 2024 at Văn Miếu – Quốc Tử Giám."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Văn hóa - Xã hội | Liên hệ

Hội chữ Xuân Giáp Thìn 2024 thu hút hơn 320.000 lượt khách

26/02/2024 - 16:05

Hội chữ Xuân Giáp Thìn 2024 tại Di tích Văn Miếu – Quốc Tử Giám (số 58 phố Quốc Tử Giám, phường Văn Miếu) đã bế mạc sau 30 ngày hoạt động. Từ ngày 26/01 đến ngày 24/02/2024, Hội chữ đã đón hơn 320.000 lượt khách, tăng 14% so với Hội chữ Xuân năm 2023, trong đó khoảng 58.000 lượt khách quốc tế, chiếm 18%.

Ban tổ chức bố trí 40 gian hàng (28 gian thư pháp chữ Hán - Nôm, 12 gian thư pháp chữ Quốc ngữ) cho các ông đồ, thư pháp gia của 6 câu lạc bộ thư pháp. Giá cho chữ năm nay dao động từ 100.000 đến 500.000 đồng/chữ tùy khổ giấy; riêng câu đối viết trên giấy đỏ có giá 300.000 - 700.000 đồng/cặp.

Theo ước tính của Trung tâm Hoạt động văn hóa khoa học Văn Miếu – Quốc Tử Giám, tổng doanh thu của các gian hàng cho chữ đạt khoảng 2,8 tỷ đồng. Doanh thu bán vé tham quan trong thời gian diễn ra Hội chữ đạt 9,6 tỷ đồng, bằng 126% cùng kỳ.

Quận Đống Đa đã huy động 150 lượt đoàn viên thanh niên tình nguyện hướng dẫn khách; Công an phường Văn Miếu bố trí 3 chốt trực bảo đảm an ninh trật tự. Không gian "Chữ Xuân tặng em" đã trao tặng miễn phí 2.500 chữ cho học sinh, sinh viên trên địa bàn.

Dự kiến năm 2025, Hội chữ Xuân sẽ mở rộng lên khoảng 50 gian hàng.

Tin khác:
- Phường Văn Miếu ra quân làm sạch đường phố đón Tết
- Quận Đống Đa triển khai nhiệm vụ năm 2024

Bản quyền thuộc UBND quận Đống Đa. Địa chỉ: Số 101 Nguyễn Lương Bằng, quận Đống Đa, Hà Nội. Điện thoại: 024.3851.3165
"""

FAIR = per("Từ ngày 26/01 đến ngày 24/02/2024", "2024-01-26", "2024-02-24")
THIS = per("năm nay", "2024-01-01", "2024-12-31")
Y2025 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("thu hút hơn 320.000 lượt", "320.000", 320000, "count", "lượt khách", approx="over",
        subject="lượt khách Hội chữ Xuân thu hút"),
    fig("đón hơn 320.000 lượt", "320.000", 320000, "count", "lượt khách", approx="over",
        change=chg("increase", 14, "%", "Hội chữ Xuân năm 2023"),
        subject="lượt khách Hội chữ đã đón", period=FAIR),
    fig("khoảng 58.000 lượt", "58.000", 58000, "count", "lượt khách", approx="about", total=320000,
        percent=18, subject="lượt khách quốc tế", period=FAIR),
    fig("sau 30 ngày", "30", 30, "measure", "ngày", subject="thời gian hoạt động của Hội chữ",
        optional=True),
    fig("bố trí 40 gian", "40", 40, "count", "gian hàng", subject="gian hàng cho các ông đồ, thư pháp gia"),
    fig("(28 gian", "28", 28, "count", "gian", total=40, subject="gian thư pháp chữ Hán - Nôm"),
    fig("12 gian thư pháp", "12", 12, "count", "gian", total=40, subject="gian thư pháp chữ Quốc ngữ"),
    fig("của 6 câu lạc bộ", "6", 6, "count", "câu lạc bộ thư pháp", subject="câu lạc bộ thư pháp"),
    fig("từ 100.000 đến 500.000", "100.000", 100000, "money", "đồng/chữ", value_max=500000,
        subject="giá cho chữ", period=THIS),
    fig("giá 300.000 - 700.000", "300.000", 300000, "money", "đồng/cặp", value_max=700000,
        subject="giá câu đối viết trên giấy đỏ", period=THIS),
    fig("khoảng 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng doanh thu của các gian hàng cho chữ", period=inh(FAIR)),
    fig("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", percent=126,
        subject="doanh thu bán vé tham quan", period=inh(FAIR)),
    fig("huy động 150 lượt", "150", 150, "count", "lượt đoàn viên",
        subject="lượt đoàn viên thanh niên tình nguyện hướng dẫn khách"),
    fig("bố trí 3 chốt", "3", 3, "count", "chốt trực", subject="chốt trực bảo đảm an ninh trật tự"),
    fig("miễn phí 2.500 chữ", "2.500", 2500, "count", "chữ",
        subject="chữ trao tặng miễn phí cho học sinh, sinh viên"),
    fig("khoảng 50 gian", "50", 50, "count", "gian hàng", approx="about", status="forecast",
        subject="gian hàng Hội chữ Xuân", period=Y2025),
]

NOTES = [
    "District portal (quận Đống Đa): Hội chữ Xuân Giáp Thìn 2024; dateline '26/02/2024 - 16:05' under the headline.",
    "Distractors: 'Giáp Thìn 2024' (event name), 'số 58 phố Quốc Tử Giám', 16:05, 'Số 101 Nguyễn Lương Bằng', phone 024.3851.3165, 'năm 2024' in a link.",
    "The fair's date range gives the period of the visitor figures; 'sau 30 ngày hoạt động' (the fair's length) is optional: a duration stated as a fact, but one that only repeats the date range.",
    "The bracketed breakdown 28 + 12 = 40 gian: total 40. 'bằng 126% cùng kỳ' after 9,6 tỷ is its percent attribute.",
    "'Theo ước tính ... đạt khoảng 2,8 tỷ' → estimate; the next sentence (ticket sales) has no cue → actual.",
    "All figures describe events in quận Đống Đa: location Đống Đa.",
]

if __name__ == "__main__":
    write("p1338-2", TEXT, NOTES, FIGS, published="2024-02-26", location="Đống Đa")
