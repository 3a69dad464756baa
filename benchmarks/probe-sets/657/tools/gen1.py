from lib import *

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Thông tin cơ sở
Hà Tĩnh: 87,5% xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT - viễn thông
Cập nhật: 18/06/2024 10:25 | Lượt xem: 1.482

Thực hiện Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ, tính đến ngày 31/5/2024, toàn tỉnh có 189/216 xã, phường, thị trấn đã chuyển đổi đài truyền thanh cơ sở sang công nghệ IP/4G, đạt 87,5%, tăng 23 đơn vị so với cuối năm 2023.

Toàn tỉnh hiện có 4.126 cụm loa truyền thanh, trong đó 3.018 cụm loa IP/4G, chiếm 73,1%; số còn lại là cụm loa FM không dây và hữu tuyến. Hai huyện Cẩm Xuyên và Thạch Hà có nhiều cụm loa IP/4G nhất, lần lượt 412 và 389 cụm.

Theo Sở Thông tin và Truyền thông, tổng kinh phí chuyển đổi giai đoạn 2021-2024 khoảng 96,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 52 tỷ đồng, ngân sách huyện, xã 31,8 tỷ đồng, còn lại huy động xã hội hóa. Chi phí mỗi đài IP từ 350 đến 500 triệu đồng tùy số cụm loa.

5 tháng đầu năm 2024, các đài truyền thanh cấp xã đã phát 58.740 tin, bài với tổng thời lượng hơn 41.200 giờ, tăng 12,6% so với cùng kỳ.

Đến nay có 4/13 huyện, thị xã, thành phố đã chuyển đổi toàn bộ đài xã sang IP/4G; các địa phương có tỷ lệ thấp là Hương Khê (68,2%), Vũ Quang (72,7%) và Hương Sơn (76,9%).

Mục tiêu đến hết năm 2025, 100% xã, phường, thị trấn của tỉnh có đài truyền thanh ứng dụng CNTT - viễn thông và 100% thôn, tổ dân phố có cụm loa hoạt động thường xuyên, theo Kế hoạch số 412/KH-UBND của UBND tỉnh.

Cơ quan chủ quản: UBND tỉnh Hà Tĩnh. Địa chỉ: Số 1 Nguyễn Tất Thành, TP. Hà Tĩnh. Điện thoại: 0239.3855.123
"""

asof = P("tính đến ngày 31/5/2024", end="2024-05-31")
gd = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
m5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
now = P("Đến nay", end="2024-06-18")
t25 = P("đến hết năm 2025", end="2025-12-31")
SUBJ_RATE = "tỷ lệ đài truyền thanh xã chuyển đổi sang IP/4G"

FIGS = [
    F("Hà Tĩnh: 87,5%", "87,5", 87.5, "percent", "%",
      "xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT - viễn thông", I(asof)),
    F("có 189/216", "189", 189, "count", "xã, phường, thị trấn", total=216, percent=87.5,
      change=CH("increase", 23, "đơn vị", "cuối năm 2023"),
      subject="xã, phường, thị trấn đã chuyển đổi đài truyền thanh cơ sở sang công nghệ IP/4G", period=asof),
    F("có 4.126 cụm loa", "4.126", 4126, "count", "cụm loa", "cụm loa truyền thanh"),
    F("3.018 cụm loa", "3.018", 3018, "count", "cụm loa", "cụm loa IP/4G", total=4126, percent=73.1),
    F("Hai huyện", "Hai", 2, "count", "huyện", "huyện có nhiều cụm loa IP/4G nhất", optional=True),
    F("lần lượt 412", "412", 412, "count", "cụm", "cụm loa IP/4G", location="Cẩm Xuyên"),
    F("và 389 cụm", "389", 389, "count", "cụm", "cụm loa IP/4G", location="Thạch Hà"),
    F("khoảng 96,4 tỷ", "96,4", 96.4e9, "money", "đồng", "tổng kinh phí chuyển đổi", gd, approx="about"),
    F("hỗ trợ 52 tỷ", "52", 52e9, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí chuyển đổi", gd, total=96.4e9),
    F("xã 31,8 tỷ", "31,8", 31.8e9, "money", "đồng", "kinh phí chuyển đổi từ ngân sách huyện, xã", gd, total=96.4e9),
    F("từ 350 đến", "350", 350e6, "money", "đồng", "chi phí mỗi đài IP", value_max=500e6),
    F("phát 58.740 tin", "58.740", 58740, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã đã phát", m5),
    F("hơn 41.200 giờ", "41.200", 41200, "measure", "giờ", "tổng thời lượng phát", m5, approx="over",
      change=CH("increase", 12.6, "%", "cùng kỳ")),
    F("có 4/13", "4", 4, "count", "huyện, thị xã, thành phố", total=13,
      subject="huyện, thị xã, thành phố đã chuyển đổi toàn bộ đài xã sang IP/4G", period=now),
    F("Hương Khê (68,2%)", "68,2", 68.2, "percent", "%", SUBJ_RATE, now, location="Hương Khê"),
    F("Vũ Quang (72,7%)", "72,7", 72.7, "percent", "%", SUBJ_RATE, now, location="Vũ Quang"),
    F("Hương Sơn (76,9%)", "76,9", 76.9, "percent", "%", SUBJ_RATE, now, location="Hương Sơn"),
    F("2025, 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT - viễn thông", t25, status="target"),
    F("và 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có cụm loa hoạt động thường xuyên", t25,
      status="target"),
]

emit("p657-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal: breadcrumb, `Cập nhật:` line, `Lượt xem: 1.482`): đài truyền thanh cấp xã IP/4G đến 31/5/2024.",
    "Distractors: Quyết định số 135/QĐ-TTg ngày 20/01/2020, Kế hoạch số 412/KH-UBND, IP/4G, Số 1 Nguyễn Tất Thành, phone 0239.3855.123, view counter.",
    "189/216 carries percent 87,5 and change +23 đơn vị (baseline cuối năm 2023); 52 and 31,8 tỷ are `trong đó` parts of 96,4 tỷ.",
    "`Hai huyện Cẩm Xuyên và Thạch Hà` (a count that only introduces the named pair) is optional; `lần lượt 412 và 389 cụm` -> district locations.",
    "`Đến nay` ends at the dateline and also dates the district list after the `;`; headline percent has no period of its own (inherited).",
], FIGS, published="2024-06-18", location="Hà Tĩnh")
