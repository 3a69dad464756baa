from lib import Doc, P

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của Bộ
Giao thông nông thôn - nền tảng của xây dựng nông thôn mới
Ngày đăng: 26/12/2024

Theo báo cáo của Cục Đường bộ Việt Nam, từ năm 2021 đến nay, cả nước đã đầu tư xây dựng mới, nâng cấp, cải tạo khoảng 72.500 km đường giao thông nông thôn và 4.380 cầu, nâng tổng chiều dài đường giao thông nông thôn lên hơn 669.000 km, chiếm khoảng 85% tổng chiều dài mạng lưới đường bộ.

Tính đến tháng 11/2024, tỷ lệ đường xã được nhựa hóa, bê tông hóa đạt 98,3%; đường thôn, xóm đạt 92,6%; đường trục chính nội đồng đạt 81,2%. Có 7.152/7.669 xã (93,3%) đạt tiêu chí số 2 về giao thông, tăng 4,1 điểm phần trăm so với năm 2021. Thái Bình dẫn đầu với 100% xã đạt tiêu chí giao thông, tiếp đến Nam Định (99,6%), Hưng Yên (99,1%); thấp nhất là Điện Biên (61,3%) và Lai Châu (64,8%).

Nguồn vốn huy động cho giao thông nông thôn giai đoạn này đạt trên 245 nghìn tỷ đồng, trong đó ngân sách trung ương khoảng 38.700 tỷ đồng, ngân sách địa phương 142.300 tỷ đồng, người dân và doanh nghiệp đóng góp hơn 64 nghìn tỷ đồng (kể cả giá trị đất hiến). Riêng người dân đã hiến trên 29.000 ha đất để mở rộng đường.

Theo Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 (Quyết định số 263/QĐ-TTg), mục tiêu đến năm 2025, 100% xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa; đến năm 2030, tỷ lệ đường thôn, xóm được cứng hóa đạt trên 95%. Bộ đề nghị các địa phương bố trí vốn bảo trì không dưới 10% tổng vốn ngân sách cho giao thông nông thôn hằng năm, chú trọng các tuyến qua vùng sạt lở.
"""

d = Doc("p303-4", TEXT, [
    "Bộ GTVT portal (ministry site): national rural-transport results since 2021. Dateline 'Ngày đăng: 26/12/2024' (no time). Location Việt Nam except list provinces.",
    "'từ năm 2021 đến nay' runs to the dateline; 'giai đoạn này' in the funding sentence refers back to it (inherited). 'Tính đến tháng 11/2024' ends 2024-11-30.",
    "'chiếm khoảng 85%' is the percent attribute of 'hơn 669.000 km'; '(93,3%)' the percent and 'tăng 4,1 điểm phần trăm so với năm 2021' the change of 7.152/7.669.",
    "Road-class rates share one sentence and one indicator. Province list: each province is the location, subject the list's indicator.",
    "'nghìn tỷ' multipliers: 245 nghìn tỷ = 2.45e14. Funding parts after 'trong đó' take total 2.45e14.",
    "Distractors: 'giai đoạn 2021-2025' and 'Quyết định số 263/QĐ-TTg' in a programme name, 'tiêu chí số 2', 'năm 2021' baseline. 'không dưới 10%' (a recommended floor) is optional.",
], published="2024-12-26", location="Việt Nam")

SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-12-26")
SINCEi = P("từ năm 2021 đến nay", "2021-01-01", "2024-12-26", inherited=True)
NOV = P("Tính đến tháng 11/2024", None, "2024-11-30")
NOVi = P("Tính đến tháng 11/2024", None, "2024-11-30", inherited=True)
d.f("khoảng 72.500 km", "72.500", 72500, "measure", "km", "đường giao thông nông thôn đầu tư xây dựng mới, nâng cấp, cải tạo", approx="about", period=SINCE)
d.f("và 4.380 cầu", "4.380", 4380, "count", "cầu", "cầu đầu tư xây dựng mới, nâng cấp, cải tạo", period=SINCE)
d.f("hơn 669.000 km", "669.000", 669000, "measure", "km", "tổng chiều dài đường giao thông nông thôn", approx="over", percent=85, period=SINCE)
d.f("đạt 98,3%", "98,3", 98.3, "percent", "%", "tỷ lệ đường xã được nhựa hóa, bê tông hóa", period=NOV)
d.f("xóm đạt 92,6%", "92,6", 92.6, "percent", "%", "tỷ lệ đường thôn, xóm được nhựa hóa, bê tông hóa", period=NOV)
d.f("đồng đạt 81,2%", "81,2", 81.2, "percent", "%", "tỷ lệ đường trục chính nội đồng được nhựa hóa, bê tông hóa", period=NOV)
d.f("7.152/7.669 xã", "7.152", 7152, "count", "xã", "xã đạt tiêu chí số 2 về giao thông", total=7669, percent=93.3,
    change={"direction": "increase", "value": 4.1, "unit": "điểm phần trăm", "baseline": "năm 2021"}, period=NOVi)
SUBJ = "xã đạt tiêu chí giao thông"
d.f("với 100% xã", "100", 100, "percent", "%", SUBJ, period=NOVi, location="Thái Bình")
d.f("Nam Định (99,6%)", "99,6", 99.6, "percent", "%", SUBJ, period=NOVi, location="Nam Định")
d.f("Hưng Yên (99,1%)", "99,1", 99.1, "percent", "%", SUBJ, period=NOVi, location="Hưng Yên")
d.f("Điện Biên (61,3%)", "61,3", 61.3, "percent", "%", SUBJ, period=NOVi, location="Điện Biên")
d.f("Lai Châu (64,8%)", "64,8", 64.8, "percent", "%", SUBJ, period=NOVi, location="Lai Châu")
d.f("trên 245 nghìn tỷ", "245", 245e12, "money", "đồng", "nguồn vốn huy động cho giao thông nông thôn", approx="over", period=SINCEi)
d.f("khoảng 38.700 tỷ", "38.700", 38700e9, "money", "đồng", "ngân sách trung ương", approx="about", total=245e12, period=SINCEi)
d.f("phương 142.300 tỷ", "142.300", 142300e9, "money", "đồng", "ngân sách địa phương", total=245e12, period=SINCEi)
d.f("hơn 64 nghìn tỷ", "64", 64e12, "money", "đồng", "người dân và doanh nghiệp đóng góp", approx="over", total=245e12, period=SINCEi)
d.f("trên 29.000 ha", "29.000", 29000, "measure", "ha", "đất người dân hiến để mở rộng đường", approx="over", period=SINCEi)
d.f("2025, 100% xã", "100", 100, "percent", "%", "xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa", status="target",
    period=P("đến năm 2025", None, "2025-12-31"))
d.f("trên 95%", "95", 95, "percent", "%", "tỷ lệ đường thôn, xóm được cứng hóa", approx="over", status="target",
    period=P("đến năm 2030", None, "2030-12-31"))
d.f("không dưới 10%", "10", 10, "percent", "%", "vốn bảo trì trong tổng vốn ngân sách cho giao thông nông thôn", approx="at_least", optional=True)
d.write()
