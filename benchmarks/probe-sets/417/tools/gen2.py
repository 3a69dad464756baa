from lib import *

text = """SỞ Y TẾ THANH HÓA
Trang chủ > Tin tức - Sự kiện > Hoạt động chuyên môn

Can thiệp tim mạch tuyến tỉnh: 6 tháng đầu năm 2024 thực hiện 2.180 ca
Ngày đăng: 08/07/2024 | Lượt xem: 1.126

6 tháng đầu năm 2024, các bệnh viện tuyến tỉnh của Thanh Hóa đã chụp và can thiệp mạch vành cho 2.180 ca, tăng 18,6% so với cùng kỳ năm 2023; trong đó 1.342 ca đặt stent động mạch vành, 126 ca cấy máy tạo nhịp tim. Riêng số ca nhồi máu cơ tim cấp được can thiệp cấp cứu là 417 ca, chiếm 31,1% số ca đặt stent.

Bệnh viện Đa khoa tỉnh tiếp tục là đơn vị thực hiện nhiều nhất với 1.265 ca; tiếp đến là Bệnh viện Đa khoa khu vực Ngọc Lặc 382 ca, Bệnh viện Đa khoa Hợp Lực 301 ca và Bệnh viện Đa khoa thị xã Bỉm Sơn 96 ca.

Thời gian trung bình từ khi người bệnh nhồi máu cơ tim vào viện đến khi thông được mạch vành (door-to-balloon) tại Bệnh viện Đa khoa tỉnh là 68 phút, rút ngắn 15 phút so với năm 2023; tỷ lệ tử vong nội viện do nhồi máu cơ tim cấp giảm từ 7,8% xuống 5,4%.

Để nâng cao năng lực cấp cứu tim mạch, từ đầu năm đến nay, ngành Y tế đã đầu tư thêm 2 hệ thống chụp mạch số hóa xóa nền (DSA) với tổng kinh phí khoảng 54,5 tỷ đồng. Hiện toàn tỉnh có 7 máy DSA đang hoạt động.

Theo kế hoạch, đến năm 2025, 100% bệnh viện đa khoa tuyến tỉnh và 5/8 bệnh viện đa khoa khu vực của tỉnh thực hiện được can thiệp mạch vành cấp cứu 24/7.

Phòng Nghiệp vụ Y - Sở Y tế Thanh Hóa
Địa chỉ: 101 Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa. Điện thoại: 0237.3852.461
"""

h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
yd = P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")
lst = "ca chụp và can thiệp mạch vành"
figs = [
    F("thực hiện 2.180 ca", "2.180", 2180, "count", "ca", "ca can thiệp tim mạch tuyến tỉnh", period=h1),
    F("vành cho 2.180 ca", "2.180", 2180, "count", "ca", "ca chụp và can thiệp mạch vành tại các bệnh viện tuyến tỉnh",
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"), period=h1),
    F("trong đó 1.342 ca", "1.342", 1342, "count", "ca", "ca đặt stent động mạch vành", total=2180, period=h1),
    F("126 ca cấy", "126", 126, "count", "ca", "ca cấy máy tạo nhịp tim", total=2180, period=h1),
    F("là 417 ca", "417", 417, "count", "ca", "ca nhồi máu cơ tim cấp được can thiệp cấp cứu", percent=31.1, period=h1i),
    F("nhiều nhất với 1.265 ca", "1.265", 1265, "count", "ca", lst, period=h1i),
    F("Ngọc Lặc 382 ca", "382", 382, "count", "ca", lst, period=h1i, location="Ngọc Lặc"),
    F("Hợp Lực 301 ca", "301", 301, "count", "ca", lst, period=h1i),
    F("Bỉm Sơn 96 ca", "96", 96, "count", "ca", lst, period=h1i, location="Bỉm Sơn"),
    F("là 68 phút", "68", 68, "measure", "phút",
      "thời gian trung bình từ khi người bệnh nhồi máu cơ tim vào viện đến khi thông được mạch vành (door-to-balloon)",
      change=C("decrease", 15, "phút", "năm 2023"), period=h1i),
    F("từ 7,8%", "7,8", 7.8, "percent", "%", "tỷ lệ tử vong nội viện do nhồi máu cơ tim cấp"),
    F("xuống 5,4%", "5,4", 5.4, "percent", "%", "tỷ lệ tử vong nội viện do nhồi máu cơ tim cấp", period=h1i),
    F("thêm 2 hệ thống", "2", 2, "count", "hệ thống", "hệ thống chụp mạch số hóa xóa nền (DSA) đầu tư thêm", period=yd),
    F("khoảng 54,5 tỷ đồng", "54,5", 54.5e9, "money", "đồng", "tổng kinh phí đầu tư hệ thống DSA", approx="about", period=yd),
    F("có 7 máy DSA", "7", 7, "count", "máy", "máy DSA đang hoạt động"),
    F("2025, 100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện đa khoa tuyến tỉnh thực hiện được can thiệp mạch vành cấp cứu", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("5/8 bệnh viện", "5", 5, "count", "bệnh viện", "bệnh viện đa khoa khu vực thực hiện được can thiệp mạch vành cấp cứu",
      total=8, status="target", period=P("đến năm 2025", None, "2025-12-31")),
]
comments = [
    "Sở Y tế Thanh Hóa (department site): interventional cardiology in provincial hospitals, 6 months 2024. 'Ngày đăng: dd/mm/yyyy | Lượt xem: N'.",
    "Distractors: breadcrumb, 'Lượt xem: 1.126', '24/7' (service hours, not a ratio), address '101 Nguyễn Trãi', phone 0237.3852.461.",
    "The headline 2.180 and the body 2.180 are two mentions, each a figure. 'trong đó 1.342 ca ..., 126 ca ...' are parts of 2.180.",
    "'417 ca, chiếm 31,1% số ca đặt stent': share attached as percent; no total (no part-of cue, only 'chiếm').",
    "Hospital list shares the indicator of the first paragraph; the regional hospital of Ngọc Lặc and the town hospital of Bỉm Sơn take those",
    "  district-level places as location; the provincial hospital and the private Hợp Lực hospital keep Thanh Hóa.",
    "'rút ngắn 15 phút so với năm 2023' = decrease change of the 68 minutes. 'giảm từ 7,8% xuống 5,4%': both levels are figures, no change stated",
    "  as an amount; the earlier level 7,8% has no stated period (the previous period is not named).",
    "'từ đầu năm đến nay' runs 2024-01-01 to the dateline. 'Hiện ... 7 máy' has no period phrase. 'đến năm 2025' targets: status target.",
]
build("p417-2", text, comments, figs, published="2024-07-08", location="Thanh Hóa")
