from lib import Doc, P, C, T

TEXT = """BÁO CÀ MAU - Kinh tế

Xổ số kiến thiết Cà Mau nộp ngân sách gần 400 tỷ đồng

HOÀNG VŨ 15:40, 27/12/2024

(CMO) Ngày 26/12, Công ty TNHH MTV Xổ số kiến thiết Cà Mau tổ chức hội nghị tổng kết hoạt động năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, công ty ước đạt tổng doanh thu 1.426 tỷ đồng, vượt 8,6% kế hoạch, tăng 10,2% so với năm 2023. Lợi nhuận trước thuế ước đạt 178 tỷ đồng; nộp ngân sách nhà nước 392 tỷ đồng, chiếm khoảng 4,1% tổng thu ngân sách trên địa bàn tỉnh. Tỷ lệ vé tiêu thụ bình quân đạt 91,7%, cao hơn 1,3 điểm phần trăm so với năm trước. Về doanh thu, công ty đứng thứ 3 trong 21 công ty xổ số khu vực miền Nam.

Công ty hiện có 126 lao động và mạng lưới 2.450 đại lý, thu nhập bình quân của người lao động là 16,8 triệu đồng/người/tháng. Mức thu nhập này gấp 1,9 lần bình quân chung của khối doanh nghiệp nhà nước trong tỉnh.

Từ năm 2016 đến nay, tổng số tiền công ty nộp ngân sách đạt gần 3.100 tỷ đồng, được tỉnh bố trí đầu tư 36 công trình y tế, giáo dục, phúc lợi xã hội; trong đó có 21 trường học.

Năm 2025, công ty phấn đấu doanh thu đạt 1.500 tỷ đồng, nộp ngân sách không dưới 400 tỷ đồng; dự kiến phát hành 52 kỳ vé với mệnh giá 10.000 đồng/vé, quay số mở thưởng vào 16 giờ 15 phút thứ Hai hằng tuần tại số 88 đường Lý Thường Kiệt, phường 7, TP Cà Mau.
"""

d = Doc("p312-8", TEXT, [
    "Báo Cà Mau (Party newspaper, CMO tag): provincial lottery SOE year-end review 2024. Dateline 'HOÀNG VŨ 15:40, 27/12/2024' (byline before time).",
    "Distractors: 'Ngày 26/12', '16 giờ 15 phút', address 'số 88 đường Lý Thường Kiệt, phường 7', 'thứ Hai'. Default location Cà Mau.",
    "Headline 'gần 400 tỷ đồng' has no period phrase. 'ước đạt' → estimate; the cue continues into 'vượt …, tăng …' of the same clause only.",
    "'vượt 8,6% kế hoạch' (gap to plan = change) is the first change; the second 'tăng 10,2% so với năm 2023' is a percent figure of its own: optional.",
    "'392 tỷ đồng' is a verbless clause after ';' continuing 'ước đạt': estimate. 'chiếm khoảng 4,1%': its percent. '91,7%, cao hơn 1,3 điểm phần trăm': change of the rate.",
    "'đứng thứ 3 trong 21 công ty': rank 3, total 21. 'gấp 1,9 lần' standing alone as the claim: multiple. 'trong đó có 21 trường học': total 36.",
    "2025 plan: 'phấn đấu' → target ('không dưới' at_least); 'dự kiến phát hành 52 kỳ vé' forecast; ticket price 10.000 đồng/vé optional.",
], published="2024-12-27", location="Cà Mau")

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FR = P("Từ năm 2016 đến nay", "2016-01-01", "2024-12-27")

d.f("gần 400 tỷ đồng", "400", 400e9, "money", "đồng", "nộp ngân sách", approx="nearly")
d.f("doanh thu 1.426 tỷ đồng", "1.426", 1426e9, "money", "đồng", "tổng doanh thu",
    change=C("increase", 8.6, "%", "kế hoạch"), status="estimate", period=Y24)
d.f("tăng 10,2%", "10,2", 10.2, "percent", "%", "tổng doanh thu so với năm 2023", status="estimate", period=Y24, optional=True)
d.f("ước đạt 178 tỷ đồng", "178", 178e9, "money", "đồng", "Lợi nhuận trước thuế", status="estimate", period=Y24i)
d.f("nước 392 tỷ đồng", "392", 392e9, "money", "đồng", "nộp ngân sách nhà nước", percent=4.1, status="estimate", period=Y24i)
d.f("đạt 91,7%", "91,7", 91.7, "percent", "%", "Tỷ lệ vé tiêu thụ bình quân",
    change=C("increase", 1.3, "điểm phần trăm", "năm trước"), period=Y24i)
d.f("thứ 3 trong 21", "3", 3, "rank", "hạng", "doanh thu", total=21, period=Y24i)
d.f("có 126 lao động", "126", 126, "count", "lao động", "lao động của công ty")
d.f("2.450 đại lý", "2.450", 2450, "count", "đại lý", "mạng lưới đại lý")
d.f("là 16,8 triệu đồng", "16,8", 16.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động")
d.f("gấp 1,9 lần", "1,9", 1.9, "multiple", "lần", "Mức thu nhập so với bình quân chung của khối doanh nghiệp nhà nước trong tỉnh")
d.f("gần 3.100 tỷ đồng", "3.100", 3100e9, "money", "đồng", "tổng số tiền công ty nộp ngân sách", approx="nearly", period=FR)
d.f("đầu tư 36 công trình", "36", 36, "count", "công trình", "công trình y tế, giáo dục, phúc lợi xã hội", period=FR)
d.f("có 21 trường học", "21", 21, "count", "trường học", "trường học", total=36, period=FR)
d.f("đạt 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "doanh thu", status="target", period=Y25)
d.f("không dưới 400 tỷ đồng", "400", 400e9, "money", "đồng", "nộp ngân sách", approx="at_least", status="target", period=Y25)
d.f("phát hành 52 kỳ vé", "52", 52, "count", "kỳ vé", "kỳ vé phát hành", status="forecast", period=Y25)
d.f("mệnh giá 10.000 đồng/vé", "10.000", 10000, "money", "đồng/vé", "mệnh giá", status="forecast", optional=True)
d.write()
