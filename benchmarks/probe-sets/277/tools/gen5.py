from lib import emit, P

text = """Cổng thông tin điện tử huyện Lục Nam
Tin hoạt động > Văn hóa - Thông tin

Lục Nam: Lan tỏa phong trào đọc sách trong cộng đồng

Từ đầu năm đến nay, Thư viện huyện Lục Nam đã cấp mới 1.245 thẻ bạn đọc, phục vụ 38.600 lượt bạn đọc với 72.150 lượt sách báo luân chuyển, tăng lần lượt 12% và 9,5% so với cùng kỳ năm 2023. Xe thư viện lưu động của Thư viện tỉnh Bắc Giang đã về phục vụ tại 14 trường tiểu học, THCS trên địa bàn với khoảng 9.800 lượt học sinh tham gia.

Tính đến tháng 10/2024, toàn huyện có 27/27 xã, thị trấn có tủ sách hoặc thư viện cơ sở; 312 tủ sách tại nhà văn hóa thôn, tổ dân phố, tăng 45 tủ sách so với năm 2023. Trong đó, 86 tủ sách được trang bị mới từ nguồn xã hội hóa với tổng trị giá hơn 430 triệu đồng.

Huyện cũng tổ chức Hội thi Đại sứ Văn hóa đọc cấp huyện, thu hút 2.860 học sinh dự thi; Ban Tổ chức trao 35 giải (3 giải Nhất, 8 giải Nhì, 10 giải Ba và 14 giải Khuyến khích). Bài dự thi của em Nguyễn Minh Anh, lớp 8A1 Trường THCS thị trấn Đồi Ngô, đạt giải Nhất cấp tỉnh.

Bà Hoàng Thị Lan, Giám đốc Trung tâm Văn hóa - Thông tin và Thể thao huyện cho biết, mục tiêu đến năm 2025, 100% trường học trên địa bàn có thư viện đạt chuẩn, 70% thôn, tổ dân phố có tủ sách cộng đồng; mỗi năm luân chuyển không dưới 80 nghìn lượt sách báo.

Mọi thông tin xin liên hệ đường dây nóng: 0204.3884.215.

Nguyễn Thu Trang - Trung tâm VH-TT&TT huyện
18/11/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-18", inherited=True)
O10 = P("Tính đến tháng 10/2024", None, "2024-10-31")
O10i = P("Tính đến tháng 10/2024", None, "2024-10-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")

PR = "giải Hội thi Đại sứ Văn hóa đọc cấp huyện"
figs = [
    dict(anchor="cấp mới 1.245 thẻ", number="1.245", value=1245, kind="count", unit="thẻ bạn đọc",
         subject="thẻ bạn đọc cấp mới", period=YTD),
    dict(anchor="phục vụ 38.600 lượt", number="38.600", value=38600, kind="count", unit="lượt bạn đọc",
         change=dict(direction="increase", value=12, unit="%", baseline="cùng kỳ năm 2023"),
         subject="lượt bạn đọc được phục vụ", period=YTD),
    dict(anchor="với 72.150 lượt", number="72.150", value=72150, kind="count", unit="lượt sách báo",
         change=dict(direction="increase", value=9.5, unit="%", baseline="cùng kỳ năm 2023"),
         subject="lượt sách báo luân chuyển", period=YTD),
    dict(anchor="tại 14 trường", number="14", value=14, kind="count", unit="trường",
         subject="trường tiểu học, THCS được xe thư viện lưu động phục vụ", period=YTDi),
    dict(anchor="khoảng 9.800 lượt", number="9.800", value=9800, kind="count", unit="lượt học sinh", approx="about",
         subject="lượt học sinh tham gia", period=YTDi),
    dict(anchor="có 27/27 xã", number="27", value=27, kind="count", unit="xã, thị trấn", total=27,
         subject="xã, thị trấn có tủ sách hoặc thư viện cơ sở", period=O10),
    dict(anchor="312 tủ sách", number="312", value=312, kind="count", unit="tủ sách",
         change=dict(direction="increase", value=45, unit="tủ sách", baseline="năm 2023"),
         subject="tủ sách tại nhà văn hóa thôn, tổ dân phố", period=O10),
    dict(anchor="86 tủ sách", number="86", value=86, kind="count", unit="tủ sách", total=312,
         subject="tủ sách trang bị mới từ nguồn xã hội hóa", period=O10i),
    dict(anchor="hơn 430 triệu đồng", number="430", value=430e6, kind="money", unit="đồng", approx="over",
         subject="tổng trị giá tủ sách trang bị mới từ nguồn xã hội hóa", period=O10i),
    dict(anchor="thu hút 2.860 học sinh", number="2.860", value=2860, kind="count", unit="học sinh",
         subject="học sinh dự thi Hội thi Đại sứ Văn hóa đọc cấp huyện", period=YTDi),
    dict(anchor="trao 35 giải", number="35", value=35, kind="count", unit="giải", subject=PR, period=YTDi),
    dict(anchor="(3 giải Nhất", number="3", value=3, kind="count", unit="giải Nhất", total=35,
         subject="giải Nhất", period=YTDi),
    dict(anchor="8 giải Nhì", number="8", value=8, kind="count", unit="giải Nhì", total=35,
         subject="giải Nhì", period=YTDi),
    dict(anchor="10 giải Ba", number="10", value=10, kind="count", unit="giải Ba", total=35,
         subject="giải Ba", period=YTDi),
    dict(anchor="14 giải Khuyến khích", number="14", value=14, kind="count", unit="giải Khuyến khích", total=35,
         subject="giải Khuyến khích", period=YTDi),
    dict(anchor="năm 2025, 100% trường", number="100", value=100, kind="percent", unit="%", status="target",
         subject="trường học có thư viện đạt chuẩn", period=T25),
    dict(anchor="70% thôn", number="70", value=70, kind="percent", unit="%", status="target",
         subject="thôn, tổ dân phố có tủ sách cộng đồng", period=T25),
    dict(anchor="không dưới 80 nghìn lượt", number="80", value=80000, kind="count", unit="lượt sách báo",
         approx="at_least", status="target", subject="lượt sách báo luân chuyển mỗi năm", period=T25),
]

emit(5, text, [
    "District portal (huyện Lục Nam, Bắc Giang): reading movement, library service from the start of the year, book cabinets, a contest, 2025 targets.",
    "Bare date at the end '18/11/2024' after the byline = published; 'Từ đầu năm đến nay' runs 2024-01-01 to 2024-11-18.",
    "Distractors: 'lớp 8A1', 'Thư viện tỉnh Bắc Giang' (place in a name), phone 0204.3884.215, 'giải Nhất cấp tỉnh' (no number).",
    "'tăng lần lượt 12% và 9,5%' distributes the two changes over 38.600 and 72.150. '27/27 xã, thị trấn' total 27. 86 after 'Trong đó' (sentence break) is part of 312.",
    "Bracketed prize breakdown 3+8+10+14 = 35: each part has total 35 (h21 convention: unit 'giải Nhất' etc.).",
    "Location: the district, Lục Nam, for every figure (district portal). 'mục tiêu đến năm 2025' governs the whole sentence: targets.",
], figs, published="2024-11-18", location="Lục Nam")
