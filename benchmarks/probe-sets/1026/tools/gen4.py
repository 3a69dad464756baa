from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ
Trang chủ / Tin hoạt động / Vệ sinh môi trường
20/03/2025 | 10:12

Cả nước có 80,2% hộ gia đình nông thôn có nhà tiêu hợp vệ sinh

Theo kết quả theo dõi, đánh giá Bộ chỉ số vệ sinh nông thôn năm 2024 do Cục Quản lý Môi trường y tế tổng hợp từ báo cáo của 63 tỉnh, thành phố, tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh của cả nước đạt 80,2%, tăng 2,1 điểm phần trăm so với năm 2023; tỷ lệ hộ có nhà tiêu (cả hợp vệ sinh và chưa hợp vệ sinh) đạt 97,4%. Cả nước vẫn còn khoảng 1,2 triệu hộ nông thôn chưa có nhà tiêu, tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên.

Các địa phương có tỷ lệ cao là Thái Bình (99,1%), Nam Định (98,4%), Bình Dương (97,8%); thấp nhất là Điện Biên (38,6%), Lai Châu (42,3%) và Hà Giang (45,1%).

Về vệ sinh trường học, 94,6% điểm trường chính có nhà tiêu hợp vệ sinh, song ở điểm trường lẻ tỷ lệ này chỉ đạt 71,2%.

Giai đoạn 2021-2024, Ngân hàng Chính sách xã hội đã giải ngân hơn 19.600 tỷ đồng cho trên 1,05 triệu lượt hộ vay xây dựng, cải tạo công trình nước sạch và nhà tiêu hợp vệ sinh; dư nợ chương trình đến 31/12/2024 đạt 24.870 tỷ đồng.

Theo Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1978/QĐ-TTg), đến năm 2025 phấn đấu 85% hộ gia đình nông thôn có nhà tiêu hợp vệ sinh; đến năm 2030 đạt 100%, trong đó ít nhất 65% hộ sử dụng bể tự hoại.

Năm 2025, Bộ Y tế dự kiến hỗ trợ kỹ thuật cho 15 tỉnh có tỷ lệ dưới 60%, ưu tiên các xã vùng cao, vùng đồng bào dân tộc thiểu số.

Cục Quản lý Môi trường y tế - Ngõ 135 Núi Trúc, Ba Đình, Hà Nội. ĐT: 024.3736.8366
"""

LOC = "Việt Nam"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
S = "tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh"

FIGS = [
    F("Cả nước có 80,2%", "80,2", "percent", "%", subject=S),
    F("của 63 tỉnh", "63", "count", "tỉnh, thành phố", subject="tỉnh, thành phố báo cáo", period=Y24),
    F("đạt 80,2%", "80,2", "percent", "%", change=C("increase", 2.1, "điểm phần trăm", "năm 2023"),
      subject=S, period=Y24),
    F("đạt 97,4%", "97,4", "percent", "%", subject="tỷ lệ hộ có nhà tiêu", period=Y24),
    F("khoảng 1,2 triệu hộ", "1,2", "count", "hộ", mult=10**6, approx="about",
      subject="hộ nông thôn chưa có nhà tiêu", period=I(Y24)),
    F("Thái Bình (99,1%)", "99,1", "percent", "%", subject=S, location="Thái Bình", period=I(Y24)),
    F("Nam Định (98,4%)", "98,4", "percent", "%", subject=S, location="Nam Định", period=I(Y24)),
    F("Bình Dương (97,8%)", "97,8", "percent", "%", subject=S, location="Bình Dương", period=I(Y24)),
    F("Điện Biên (38,6%)", "38,6", "percent", "%", subject=S, location="Điện Biên", period=I(Y24)),
    F("Lai Châu (42,3%)", "42,3", "percent", "%", subject=S, location="Lai Châu", period=I(Y24)),
    F("Hà Giang (45,1%)", "45,1", "percent", "%", subject=S, location="Hà Giang", period=I(Y24)),
    F("94,6% điểm trường", "94,6", "percent", "%", subject="điểm trường chính có nhà tiêu hợp vệ sinh",
      period=I(Y24)),
    F("đạt 71,2%", "71,2", "percent", "%", subject="tỷ lệ điểm trường lẻ có nhà tiêu hợp vệ sinh",
      period=I(Y24)),
    F("hơn 19.600 tỷ đồng", "19.600", "money", "đồng", mult=10**9, approx="over",
      subject="vốn vay giải ngân", period=P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("trên 1,05 triệu lượt hộ", "1,05", "count", "lượt hộ", mult=10**6, approx="over",
      subject="lượt hộ vay xây dựng, cải tạo công trình nước sạch và nhà tiêu hợp vệ sinh",
      period=P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("đạt 24.870 tỷ đồng", "24.870", "money", "đồng", mult=10**9,
      subject="dư nợ chương trình", period=P("đến 31/12/2024", end="2024-12-31")),
    F("phấn đấu 85%", "85", "percent", "%", status="target", subject=S,
      period=P("đến năm 2025", end="2025-12-31")),
    F("đạt 100%", "100", "percent", "%", status="target", subject=S,
      period=P("đến năm 2030", end="2030-12-31")),
    F("ít nhất 65%", "65", "percent", "%", approx="at_least", status="target",
      subject="hộ sử dụng bể tự hoại", period=P("đến năm 2030", end="2030-12-31")),
    F("cho 15 tỉnh", "15", "count", "tỉnh", status="forecast",
      subject="tỉnh được hỗ trợ kỹ thuật", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("dưới 60%", "60", "percent", "%", approx="under", subject="ngưỡng tỷ lệ hộ có nhà tiêu hợp vệ sinh",
      optional=True),
]

write("p1026-4", TEXT, FIGS, published="2025-03-20", location=LOC, notes=[
    "Ministry site (Bộ Y tế, Cục Quản lý Môi trường y tế): national rural sanitation index 2024, provinces, schools, policy loans 2021-2024, strategy targets.",
    "Distractors: 10:12, Quyết định số 1978/QĐ-TTg, 'đến năm 2030, tầm nhìn đến năm 2045' in the strategy's name, address Ngõ 135 Núi Trúc, phone 024.3736.8366.",
    "'63 tỉnh, thành phố' (provinces reporting) is a count (Việt Nam). 'dưới 60%' is a threshold: optional.",
    "The strategy's name contains 'đến năm 2030', the targets carry their own 'đến năm 2025' / 'đến năm 2030'; '65%' shares the 2030 clause.",
])
