from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Thái Bình: Thu ngân sách 6 tháng ước đạt 5.162 tỷ đồng
Cập nhật: 08/07/2024 16:25 | Lượt xem: 1.284

Theo báo cáo của Sở Tài chính, 6 tháng đầu năm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Thái Bình ước đạt 5.162 tỷ đồng, bằng 58,7% dự toán HĐND tỉnh giao, tăng 21,4% so với cùng kỳ năm 2023. Trong đó, thu nội địa ước đạt 4.386 tỷ đồng; thu từ hoạt động xuất nhập khẩu 776 tỷ đồng.

Thu tiền sử dụng đất ước đạt 2.045 tỷ đồng, chiếm 46,6% thu nội địa, gấp 1,6 lần cùng kỳ. Các địa phương có số thu tiền sử dụng đất lớn là Vũ Thư (412 tỷ đồng), Thái Thụy (365 tỷ đồng), Kiến Xương (298 tỷ đồng); riêng thành phố Thái Bình thu 530 tỷ đồng, chủ yếu từ đấu giá các lô đất tại Khu đô thị Trần Hưng Đạo và dọc đường Lý Bôn. Toàn tỉnh có 7/8 huyện, thành phố thu ngân sách đạt trên 50% dự toán.

Một số khoản thu chủ yếu tăng khá: thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt 318 tỷ đồng, tăng 9,2%; thuế thu nhập cá nhân 245 tỷ đồng, tăng 12,8%. Ngược lại, thu từ khu vực doanh nghiệp nhà nước chỉ đạt 96 tỷ đồng, giảm 14,3% so với cùng kỳ.

Tổng chi ngân sách địa phương 6 tháng ước đạt 6.874 tỷ đồng, bằng 47,5% dự toán; trong đó chi đầu tư phát triển 2.310 tỷ đồng, chi thường xuyên 4.528 tỷ đồng. Tỷ lệ giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 41,2% kế hoạch.

UBND tỉnh yêu cầu các ngành phấn đấu năm 2024 thu ngân sách trên địa bàn đạt 9.500 tỷ đồng, trong đó thu tiền sử dụng đất khoảng 3.800 tỷ đồng. Phấn đấu đến năm 2025, thu nội địa chiếm trên 85% tổng thu ngân sách trên địa bàn.

Cổng TTĐT tỉnh Thái Bình - Số 76 Lê Lợi, TP. Thái Bình. ĐT: 0227.3731.568
"""

H1 = ("2024-01-01", "2024-06-30")
H1P = P("6 tháng đầu năm 2024", *H1)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T = 5162e9

FIGS = [
    F("6 tháng ước đạt 5.162", "5.162", 5162e9, "money", "đồng", "thu ngân sách", P("6 tháng", *H1), status="estimate"),
    F("Thái Bình ước đạt 5.162", "5.162", 5162e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn tỉnh", H1P,
      percent=58.7, change=CH("increase", 21.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("thu nội địa ước đạt 4.386", "4.386", 4386e9, "money", "đồng", "thu nội địa", I(H1P), total=T, status="estimate"),
    F("xuất nhập khẩu 776", "776", 776e9, "money", "đồng", "thu từ hoạt động xuất nhập khẩu", I(H1P), total=T, status="estimate"),
    F("ước đạt 2.045 tỷ", "2.045", 2045e9, "money", "đồng", "thu tiền sử dụng đất", I(H1P), percent=46.6,
      change=CH("increase", 1.6, "lần", baseline="cùng kỳ"), status="estimate"),
    F("Vũ Thư (412", "412", 412e9, "money", "đồng", "số thu tiền sử dụng đất", I(H1P), location="Vũ Thư"),
    F("Thái Thụy (365", "365", 365e9, "money", "đồng", "số thu tiền sử dụng đất", I(H1P), location="Thái Thụy"),
    F("Kiến Xương (298", "298", 298e9, "money", "đồng", "số thu tiền sử dụng đất", I(H1P), location="Kiến Xương"),
    F("thu 530 tỷ", "530", 530e9, "money", "đồng", "số thu tiền sử dụng đất", I(H1P), location="Thái Bình"),
    F("có 7/8 huyện", "7", 7, "count", "huyện, thành phố", "huyện, thành phố thu ngân sách đạt trên 50% dự toán", I(H1P), total=8),
    F("trên 50% dự toán", "50", 50, "percent", "%", "thu ngân sách so với dự toán", approx="over", optional=True),
    F("đạt 318 tỷ", "318", 318e9, "money", "đồng", "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", I(H1P),
      change=CH("increase", 9.2)),
    F("nhân 245 tỷ", "245", 245e9, "money", "đồng", "thuế thu nhập cá nhân", I(H1P), change=CH("increase", 12.8)),
    F("đạt 96 tỷ", "96", 96e9, "money", "đồng", "thu từ khu vực doanh nghiệp nhà nước", I(H1P),
      change=CH("decrease", 14.3, baseline="cùng kỳ")),
    F("ước đạt 6.874", "6.874", 6874e9, "money", "đồng", "tổng chi ngân sách địa phương", P("6 tháng", *H1),
      percent=47.5, status="estimate"),
    F("phát triển 2.310", "2.310", 2310e9, "money", "đồng", "chi đầu tư phát triển", P("6 tháng", *H1), total=6874e9,
      status="estimate"),
    F("xuyên 4.528", "4.528", 4528e9, "money", "đồng", "chi thường xuyên", P("6 tháng", *H1), total=6874e9, status="estimate"),
    F("đạt 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công", P("đến ngày 30/6/2024", None, "2024-06-30")),
    F("đạt 9.500", "9.500", 9500e9, "money", "đồng", "thu ngân sách trên địa bàn", Y24, status="target"),
    F("khoảng 3.800", "3.800", 3800e9, "money", "đồng", "thu tiền sử dụng đất", Y24, approx="about", total=9500e9,
      status="target"),
    F("trên 85%", "85", 85, "percent", "%", "thu nội địa trong tổng thu ngân sách trên địa bàn", P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): thu, chi ngân sách 6 tháng đầu năm 2024. Breadcrumb, 'Cập nhật: 08/07/2024 16:25 | Lượt xem: 1.284'.",
    "Distractors: Lượt xem 1.284, 'Số 76 Lê Lợi', phone 0227.3731.568, 'đường Lý Bôn', dates.",
    "Headline '6 tháng' takes 2024 from the published date (nothing earlier). Parts after 'Trong đó'/'trong đó' take the whole before the cue;",
    "'ước' carries into the ';'-continued part. District list items carry location, subject = the list's indicator; 'gấp 1,6 lần cùng kỳ'",
    "after a figure is its change (lần). 'trên 50% dự toán' is a threshold naming the group (optional).",
]

if __name__ == "__main__":
    emit("p527-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Thái Bình")
