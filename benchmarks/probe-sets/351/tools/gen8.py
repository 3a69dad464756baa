from lib import Doc, P, CH, TG

TEXT = """Tiền Giang đặt mục tiêu giảm 5% số ca mắc sốt xuất huyết năm 2025

Ấp Bắc - Ngày 08/01/2025, UBND tỉnh Tiền Giang ban hành Kế hoạch số 58/KH-UBND về phòng, chống sốt xuất huyết năm 2025 trên địa bàn tỉnh.

Theo đánh giá của Sở Y tế, năm 2024 ước toàn tỉnh ghi nhận khoảng 3.250 ca mắc sốt xuất huyết, giảm 18,5% so với năm 2023; 3 ca tử vong. Huyện Cái Bè là địa phương có số ca mắc cao nhất với 692 ca, chiếm 21,3%. Kết quả một số chỉ tiêu chuyên môn năm 2024:

Chỉ tiêu	Kế hoạch 2024	Ước thực hiện 2024
Tỷ lệ mắc (ca/100.000 dân)	180	182,6
Tỷ lệ chết/mắc (%)	0,05	0,09
Ổ dịch được xử lý (%)	100	98,7

Kế hoạch đặt mục tiêu năm 2025 giảm 5% số ca mắc so với trung bình giai đoạn 2020-2024; tỷ lệ mắc dưới 170 ca/100.000 dân; tỷ lệ chết/mắc dưới 0,05%; 100% ổ dịch được phát hiện và xử lý trong vòng 48 giờ; ít nhất 90% hộ gia đình vùng nguy cơ được tuyên truyền về các biện pháp phòng bệnh.

Để đạt các chỉ tiêu trên, tỉnh sẽ tổ chức ít nhất 3 đợt chiến dịch diệt lăng quăng vào các tháng 3, 6 và 9; phun hóa chất chủ động tại 40 xã trọng điểm với khoảng 60.000 hộ. Tổng kinh phí dự kiến 14,6 tỷ đồng, trong đó ngân sách tỉnh 9,8 tỷ đồng, ngân sách cấp huyện 4,8 tỷ đồng.

UBND tỉnh giao Sở Y tế chủ trì, phối hợp Sở Giáo dục và Đào tạo đưa nội dung phòng chống sốt xuất huyết vào trường học; các huyện Cái Bè, Cai Lậy, Châu Thành và thành phố Mỹ Tho thành lập đội phản ứng nhanh, bảo đảm mỗi xã có 1 đội.

Hồng Nhung
13/01/2025
"""

d = Doc("p351-8", TEXT, [
    "Báo Ấp Bắc (Party newspaper of Tiền Giang): the province's 2025 dengue plan (Kế hoạch số 58/KH-UBND). Bare date '13/01/2025' at the end after the byline.",
    "'năm 2024 ước … khoảng 3.250 ca' status estimate, approx about; the cue continues over '3 ca tử vong'. The Cái Bè sentence has no cue of its own: actual.",
    "Tab-separated table 'Chỉ tiêu | Kế hoạch 2024 | Ước thực hiện 2024': plan cells status target, result cells estimate; unit from the row label's bracket; period from the column headers.",
    "Targets for 2025 (one sentence, 'mục tiêu năm 2025'): status target, period năm 2025; '48 giờ' (a deadline inside the target) optional.",
    "'tỉnh sẽ tổ chức ít nhất 3 đợt …' in the plan: targets (period năm 2025 inherited); 'Tổng kinh phí dự kiến 14,6 tỷ đồng, trong đó …' forecast, parts have total 14,6 tỷ.",
    "Distractors: plan number, 'Ngày 08/01/2025', 'giai đoạn 2020-2024', 'các tháng 3, 6 và 9', title's '5%' restates the body (kept as a figure: it is the headline target).",
    "'mỗi xã có 1 đội' is a rule of thumb (optional).",
], published="2025-01-13", location="Tiền Giang")

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y25i = P("năm 2025", "2025-01-01", "2025-12-31", inherited=True)

d.f("giảm 5% số ca mắc sốt xuất huyết năm 2025", "5", 5, "percent", "%", "giảm số ca mắc sốt xuất huyết", Y25,
    status="target")
d.f("khoảng 3.250 ca", "3.250", 3250, "count", "ca", "ca mắc sốt xuất huyết", Y24, approx="about", status="estimate",
    change=CH("decrease", 18.5, "%", "năm 2023"))
d.f("3 ca tử vong", "3", 3, "count", "ca", "ca tử vong", Y24, status="estimate")
d.f("với 692 ca", "692", 692, "count", "ca", "số ca mắc cao nhất", Y24i, location="Cái Bè", percent=21.3)
d.f("dân)\t180", "180", 180, "measure", "ca/100.000 dân", "Tỷ lệ mắc kế hoạch", K24, status="target")
d.f("182,6", "182,6", 182.6, "measure", "ca/100.000 dân", "Tỷ lệ mắc ước thực hiện", U24, status="estimate")
d.f("(%)\t0,05", "0,05", 0.05, "percent", "%", "Tỷ lệ chết/mắc kế hoạch", K24, status="target")
d.f("0,09", "0,09", 0.09, "percent", "%", "Tỷ lệ chết/mắc ước thực hiện", U24, status="estimate")
d.f("(%)\t100", "100", 100, "percent", "%", "Ổ dịch được xử lý kế hoạch", K24, status="target")
d.f("98,7", "98,7", 98.7, "percent", "%", "Ổ dịch được xử lý ước thực hiện", U24, status="estimate")
d.f("năm 2025 giảm 5%", "5", 5, "percent", "%", "giảm số ca mắc so với trung bình giai đoạn 2020-2024", Y25,
    status="target")
d.f("dưới 170 ca", "170", 170, "measure", "ca/100.000 dân", "tỷ lệ mắc", Y25, approx="under", status="target")
d.f("dưới 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ chết/mắc", Y25, approx="under", status="target")
d.f("; 100% ổ dịch", "100", 100, "percent", "%", "ổ dịch được phát hiện và xử lý trong vòng 48 giờ", Y25,
    status="target")
d.f("trong vòng 48 giờ", "48", 48, "measure", "giờ", approx="at_most", status="target", optional=True)
d.f("ít nhất 90%", "90", 90, "percent", "%", "hộ gia đình vùng nguy cơ được tuyên truyền", Y25, approx="at_least",
    status="target")
d.f("ít nhất 3 đợt", "3", 3, "count", "đợt", "đợt chiến dịch diệt lăng quăng", Y25i, approx="at_least", status="target")
d.f("tại 40 xã", "40", 40, "count", "xã", "xã trọng điểm phun hóa chất chủ động", Y25i, status="target")
d.f("khoảng 60.000 hộ", "60.000", 60000, "count", "hộ", "hộ được phun hóa chất chủ động", Y25i, approx="about",
    status="target")
d.f("dự kiến 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "tổng kinh phí phòng chống sốt xuất huyết", Y25i,
    status="forecast")
d.f("tỉnh 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "kinh phí ngân sách tỉnh", Y25i, total=14600000000,
    status="forecast")
d.f("huyện 4,8 tỷ đồng", "4,8", 4800000000, "money", "đồng", "kinh phí ngân sách cấp huyện", Y25i, total=14600000000,
    status="forecast")
d.f("có 1 đội", "1", 1, "count", "đội", "đội phản ứng nhanh mỗi xã", optional=True)
d.write()
