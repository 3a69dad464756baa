from lib import write, F, P, C, T
N = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
TD = P("Tính đến 30/9", None, "2024-09-30")
DN = P("đến nay", None, "2024-11-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Văn hóa - Xã hội

Khu di tích Cổ Loa thu hút ngày càng đông khách tham quan
Ngày đăng: 12/11/2024 | Người viết: Thu Hà

Từ đầu năm đến nay, Khu di tích quốc gia đặc biệt Thành Cổ Loa (xã Cổ Loa, huyện Đông Anh) đã đón 186.450 lượt khách, trong đó có 12.380 lượt khách quốc tế; tổng thu từ bán vé đạt 1,86 tỷ đồng, tăng 15,3% so với cùng kỳ năm 2023. Riêng quý III/2024, khu di tích đón 52.600 lượt khách, gấp 1,4 lần quý II.

Tính đến 30/9, Trung tâm Bảo tồn di tích Cổ Loa - Thành cổ Hà Nội phối hợp với Viện Khảo cổ học khai quật 3 hố với tổng diện tích 450 m2, thu được 2.147 hiện vật, trong đó 318 hiện vật được đưa vào danh mục bảo quản đặc biệt. Các hiện vật có niên đại từ thế kỷ III trước Công nguyên.

Dự án bảo tồn, tôn tạo và phát huy giá trị Khu di tích Cổ Loa có tổng mức đầu tư khoảng 2.475 tỷ đồng, đến nay đã giải ngân hơn 1.163 tỷ đồng, đạt 47%. Năm 2024, huyện đã hoàn thành giải phóng mặt bằng 18,6 ha thuộc các xã Cổ Loa, Dục Tú và Việt Hùng.

Chương trình giáo dục di sản thu hút 214 trường học với trên 38.000 lượt học sinh tham gia, tăng gần 30% so với năm học trước.

Năm 2025, huyện phấn đấu đón trên 250.000 lượt khách, doanh thu bán vé từ 2,5 đến 3 tỷ đồng. Lễ hội Cổ Loa diễn ra từ mùng 6 tháng Giêng; điểm bán vé tại số 1 đường Cổ Loa, điện thoại 024.3883.2265.
"""
figs = [
    F("đã đón 186.450 lượt", "186.450", 186450, "count", "lượt khách", "lượt khách Khu di tích quốc gia đặc biệt Thành Cổ Loa", period=N),
    F("có 12.380 lượt", "12.380", 12380, "count", "lượt khách", "lượt khách quốc tế", total=186450, period=N),
    F("đạt 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tổng thu từ bán vé",
      change=C("increase", 15.3, "%", "cùng kỳ năm 2023"), period=N),
    F("đón 52.600 lượt", "52.600", 52600, "count", "lượt khách", "lượt khách khu di tích",
      change=C("increase", 1.4, "lần", "quý II"), period=Q3),
    F("khai quật 3 hố", "3", 3, "count", "hố", "hố khai quật", period=TD),
    F("diện tích 450 m2", "450", 450, "measure", "m2", "tổng diện tích khai quật", period=TD),
    F("thu được 2.147 hiện vật", "2.147", 2147, "count", "hiện vật", "hiện vật thu được", period=TD),
    F("trong đó 318 hiện vật", "318", 318, "count", "hiện vật", "hiện vật được đưa vào danh mục bảo quản đặc biệt", total=2147, period=TD),
    F("khoảng 2.475 tỷ đồng", "2.475", 2475e9, "money", "đồng", "tổng mức đầu tư Dự án bảo tồn, tôn tạo và phát huy giá trị Khu di tích Cổ Loa",
      approx="about"),
    F("hơn 1.163 tỷ đồng", "1.163", 1163e9, "money", "đồng", "vốn Dự án đã giải ngân", approx="over", percent=47, period=DN),
    F("mặt bằng 18,6 ha", "18,6", 18.6, "measure", "ha", "diện tích giải phóng mặt bằng", period=Y24),
    F("thu hút 214 trường học", "214", 214, "count", "trường học", "trường học tham gia Chương trình giáo dục di sản"),
    F("trên 38.000 lượt", "38.000", 38000, "count", "lượt học sinh", "lượt học sinh tham gia Chương trình giáo dục di sản", approx="over",
      change=C("increase", 30, "%", "năm học trước", approx="nearly")),
    F("trên 250.000 lượt", "250.000", 250000, "count", "lượt khách", "lượt khách", approx="over", status="target", period=Y25),
    F("từ 2,5 đến 3 tỷ", "2,5", 2.5e9, "money", "đồng", "doanh thu bán vé", value_max=3e9, status="target", period=Y25),
]
write("p412-6", text, figs, published="2024-11-12", location="Đông Anh", show=True, comments=[
    "District portal (Cổng TTĐT huyện Đông Anh, Hà Nội): Cổ Loa citadel — visitors since January, Q3, excavation, investment project, heritage education, 2025 targets.",
    "'Ngày đăng: 12/11/2024 | Người viết: …'. 'Từ đầu năm đến nay' and 'đến nay' end at the dateline; 'Tính đến 30/9' takes 2024 from the dateline.",
    "Communes (xã Cổ Loa, Dục Tú, Việt Hùng) are not districts: location stays Đông Anh. 12.380 part of 186.450 (trong đó); 318 part of 2.147.",
    "'Riêng quý III/2024 … 52.600 lượt' has no part-of cue (no total); 'gấp 1,4 lần quý II' is its change (lần). 'đạt 47%' share of the disbursement.",
    "'tăng gần 30% so với năm học trước' is the change of 38.000 lượt (approx nearly inside the change). A school-year baseline gives no dated period.",
    "Distractors: 'thế kỷ III trước Công nguyên', 'mùng 6 tháng Giêng', 'số 1 đường Cổ Loa', phone number. 'từ 2,5 đến 3 tỷ đồng' range, target.",
])
