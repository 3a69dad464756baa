from lib import emit, P

text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Văn hóa - Xã hội

Thanh Hóa: Sôi nổi các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2024
Cập nhật: 24/04/2024 09:15 | Lượt xem: 1.236

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4/2024), từ ngày 15 đến 23/4, các cấp, ngành trong tỉnh Thanh Hóa đã tổ chức 1.148 hoạt động, thu hút khoảng 215.000 lượt người tham gia, tăng 18,6% so với năm 2023.

Tại lễ khai mạc ở Thư viện tỉnh (số 85 đường Lê Hoàn, TP Thanh Hóa), Ban tổ chức trưng bày hơn 6.500 bản sách thuộc 12 chủ đề; 9 nhà xuất bản và công ty phát hành tham gia với 26 gian hàng. Doanh thu bán sách trong 3 ngày hội ước đạt 1,35 tỷ đồng.

Dịp này, các đơn vị đã trao tặng 42.300 cuốn sách cho học sinh vùng khó khăn, trong đó huyện Mường Lát 8.200 cuốn, Quan Sơn 6.750 cuốn, Bá Thước 5.400 cuốn; đồng thời luân chuyển gần 30 nghìn bản sách giữa các thư viện cơ sở.

Tính đến tháng 3/2024, toàn tỉnh có 27 thư viện cấp huyện và 2.156 thư viện trường học; trong đó 1.684 thư viện trường học đạt chuẩn trở lên, chiếm 78,1%.

Năm 2024, tỉnh phấn đấu 100% trường phổ thông có thư viện đạt chuẩn, mỗi học sinh đọc ít nhất 4 cuốn sách/năm; mỗi thư viện cấp huyện được bổ sung tối thiểu 1.000 bản sách mới. Theo Kế hoạch số 86/KH-UBND, kinh phí bổ sung sách năm 2024 từ ngân sách tỉnh là 2,8 tỷ đồng, tăng 0,6 tỷ đồng so với năm trước.

Chi tiết liên hệ: Phòng Thư viện, Sở Văn hóa, Thể thao và Du lịch, điện thoại 0237.3852.667.

Minh Hằng (Sở VHTTDL)
"""

EV = P("từ ngày 15 đến 23/4", "2024-04-15", "2024-04-23")
EVi = P("từ ngày 15 đến 23/4", "2024-04-15", "2024-04-23", inherited=True)
M3 = P("Tính đến tháng 3/2024", None, "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    dict(anchor="lần thứ 3", number="3", value=3, kind="count", unit="lần", optional=True),
    dict(anchor="tổ chức 1.148 hoạt động", number="1.148", value=1148, kind="count", unit="hoạt động",
         subject="hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", period=EV),
    dict(anchor="khoảng 215.000 lượt người", number="215.000", value=215000, kind="count", unit="lượt người",
         approx="about", change=dict(direction="increase", value=18.6, unit="%", baseline="năm 2023"),
         subject="lượt người tham gia hoạt động hưởng ứng Ngày Sách", period=EV),
    dict(anchor="hơn 6.500 bản sách", number="6.500", value=6500, kind="count", unit="bản sách", approx="over",
         subject="bản sách trưng bày tại lễ khai mạc", period=EVi),
    dict(anchor="thuộc 12 chủ đề", number="12", value=12, kind="count", unit="chủ đề",
         subject="chủ đề sách trưng bày", period=EVi),
    dict(anchor="9 nhà xuất bản", number="9", value=9, kind="count", unit="nhà xuất bản và công ty phát hành",
         subject="nhà xuất bản và công ty phát hành tham gia", period=EVi),
    dict(anchor="với 26 gian hàng", number="26", value=26, kind="count", unit="gian hàng",
         subject="gian hàng sách", period=EVi),
    dict(anchor="ước đạt 1,35 tỷ đồng", number="1,35", value=1.35e9, kind="money", unit="đồng", status="estimate",
         subject="doanh thu bán sách trong ngày hội", period=EVi),
    dict(anchor="trao tặng 42.300 cuốn sách", number="42.300", value=42300, kind="count", unit="cuốn sách",
         subject="sách trao tặng cho học sinh vùng khó khăn", period=EVi),
    dict(anchor="Mường Lát 8.200 cuốn", number="8.200", value=8200, kind="count", unit="cuốn", total=42300,
         subject="sách trao tặng cho học sinh vùng khó khăn", period=EVi, location="Mường Lát"),
    dict(anchor="Quan Sơn 6.750 cuốn", number="6.750", value=6750, kind="count", unit="cuốn", total=42300,
         subject="sách trao tặng cho học sinh vùng khó khăn", period=EVi, location="Quan Sơn"),
    dict(anchor="Bá Thước 5.400 cuốn", number="5.400", value=5400, kind="count", unit="cuốn", total=42300,
         subject="sách trao tặng cho học sinh vùng khó khăn", period=EVi, location="Bá Thước"),
    dict(anchor="gần 30 nghìn bản", number="30", value=30000, kind="count", unit="bản sách", approx="nearly",
         subject="sách luân chuyển giữa các thư viện cơ sở", period=EVi),
    dict(anchor="có 27 thư viện cấp huyện", number="27", value=27, kind="count", unit="thư viện cấp huyện",
         subject="thư viện cấp huyện", period=M3),
    dict(anchor="và 2.156 thư viện trường học", number="2.156", value=2156, kind="count", unit="thư viện trường học",
         subject="thư viện trường học", period=M3),
    dict(anchor="trong đó 1.684 thư viện", number="1.684", value=1684, kind="count", unit="thư viện trường học",
         total=2156, percent=78.1, subject="thư viện trường học đạt chuẩn trở lên", period=M3),
    dict(anchor="phấn đấu 100% trường", number="100", value=100, kind="percent", unit="%", status="target",
         subject="trường phổ thông có thư viện đạt chuẩn", period=Y24),
    dict(anchor="ít nhất 4 cuốn sách/năm", number="4", value=4, kind="measure", unit="cuốn sách/năm",
         approx="at_least", status="target", subject="sách mỗi học sinh đọc", period=Y24),
    dict(anchor="tối thiểu 1.000 bản sách mới", number="1.000", value=1000, kind="count", unit="bản sách",
         approx="at_least", status="target", subject="sách mới bổ sung cho mỗi thư viện cấp huyện", period=Y24),
    dict(anchor="là 2,8 tỷ đồng", number="2,8", value=2.8e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=0.6e9, unit="đồng", baseline="năm trước"),
         subject="kinh phí bổ sung sách từ ngân sách tỉnh", period=Y24b),
]

emit(1, text, [
    "Province portal (Cổng TTĐT tỉnh Thanh Hóa): hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 2024; events, book gifts, libraries, 2024 targets.",
    "Dateline 'Cập nhật: 24/04/2024 09:15 | Lượt xem: 1.236' (view counter = page furniture). Distractors: '21/4/2024', address 'số 85 đường Lê Hoàn',",
    "'Kế hoạch số 86/KH-UBND', phone 0237.3852.667, 'trong 3 ngày hội' (a duration locating the revenue, not a figure). 'lần thứ 3' (edition) optional.",
    "Event period 'từ ngày 15 đến 23/4' (year 2024 from the earlier '21/4/2024'); later event figures inherit it.",
    "District parts after 'trong đó' take the 42.300 as total and their district as location. 1.684 is part of 2.156 with share 78,1%.",
    "'ít nhất 4 cuốn sách/năm' is a rate (measure, unit with its denominator), target. '2,8 tỷ đồng, tăng 0,6 tỷ đồng' carries an absolute change.",
], figs, published="2024-04-24", location="Thanh Hóa")
