"""p1363-2: district portal (huyện Vĩnh Lộc, Thanh Hóa), dig at Đàn tế Nam Giao, Thành Nhà Hồ."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH LỘC - TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Công bố kết quả khai quật khảo cổ tại Đàn tế Nam Giao, Thành Nhà Hồ
Ngày đăng: 28/11/2023 - 08:40

Thực hiện Quyết định số 2156/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch, từ tháng 9 đến tháng 11/2023, Trung tâm Bảo tồn Di sản Thành Nhà Hồ phối hợp với Viện Khảo cổ học khai quật khu vực Đàn tế Nam Giao, xã Vĩnh Thành. Tổng diện tích khai quật là 1.200 m2, chia thành 6 hố.

Kết quả đã làm xuất lộ nền móng của 3 kiến trúc, đoạn đường thần đạo dài khoảng 45 m và hệ thống cống thoát nước. Đoàn thu được 3.842 hiện vật và tiêu bản (tăng gần 1.000 hiện vật so với đợt khai quật năm 2022), gồm 2.915 tiêu bản vật liệu kiến trúc, 862 mảnh gốm sứ và 65 hiện vật kim loại. Đáng chú ý, tại hố H4 phát hiện 12 viên gạch in chữ Hán ghi niên hiệu Thánh Nguyên (năm 1400).

Để phục vụ khai quật, đơn vị đã huy động 45 lao động địa phương với mức tiền công 250.000 đồng/người/ngày.

Thành Nhà Hồ được UNESCO ghi danh là Di sản Văn hóa thế giới từ năm 2011. Năm 2023, Khu di sản ước đón hơn 120.000 lượt khách tham quan, tăng 18% so với năm 2022; doanh thu bán vé ước đạt 4,2 tỷ đồng. Theo kế hoạch, năm 2024 Trung tâm tiếp tục khai quật khoảng 800 m2 tại khu vực cửa Nam và phấn đấu đón 150.000 lượt khách.

Tin khác:
- Vĩnh Lộc tổ chức Lễ hội Phủ Bà Triệu năm 2023
- Hội nghị tổng kết 10 năm xây dựng nông thôn mới

UBND HUYỆN VĨNH LỘC - Địa chỉ: Khu phố 2, thị trấn Vĩnh Lộc, tỉnh Thanh Hóa
Điện thoại: 0237.3870.259 | Lượt truy cập: 458.903
"""

DIG = period("từ tháng 9 đến tháng 11/2023", "2023-09-01", "2023-11-30", inherited=True)
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("là 1.200 m2", "1.200", 1200, "measure", "m2", subject="tổng diện tích khai quật", per=DIG),
    F("thành 6 hố", "6", 6, "count", "hố", subject="hố khai quật", per=DIG),
    F("của 3 kiến trúc", "3", 3, "count", "kiến trúc", subject="nền móng kiến trúc làm xuất lộ", per=DIG),
    F("dài khoảng 45 m", "45", 45, "measure", "m", approx="about", subject="chiều dài đoạn đường thần đạo"),
    F("thu được 3.842 hiện vật", "3.842", 3842, "count", "hiện vật và tiêu bản",
      change=change("increase", 1000, "hiện vật", "đợt khai quật năm 2022", approx="nearly"),
      subject="hiện vật và tiêu bản đoàn thu được", per=DIG),
    F("gồm 2.915 tiêu bản", "2.915", 2915, "count", "tiêu bản vật liệu kiến trúc", total=3842,
      subject="tiêu bản vật liệu kiến trúc", per=DIG),
    F("862 mảnh", "862", 862, "count", "mảnh gốm sứ", total=3842, subject="mảnh gốm sứ", per=DIG),
    F("và 65 hiện vật", "65", 65, "count", "hiện vật kim loại", total=3842, subject="hiện vật kim loại", per=DIG),
    F("phát hiện 12 viên gạch", "12", 12, "count", "viên gạch",
      subject="gạch in chữ Hán ghi niên hiệu Thánh Nguyên", per=DIG),
    F("huy động 45 lao động", "45", 45, "count", "lao động", subject="lao động địa phương huy động phục vụ khai quật",
      per=DIG),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày", subject="mức tiền công"),
    F("hơn 120.000 lượt", "120.000", 120000, "count", "lượt khách", approx="over", status="estimate",
      change=change("increase", 18, "%", "năm 2022"), subject="lượt khách tham quan Khu di sản", per=Y23),
    F("ước đạt 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", status="estimate", subject="doanh thu bán vé", per=Y23),
    F("khoảng 800 m2", "800", 800, "measure", "m2", approx="about", status="target",
      subject="diện tích khai quật tại khu vực cửa Nam", per=Y24),
    F("đón 150.000 lượt", "150.000", 150000, "count", "lượt khách", status="target",
      subject="lượt khách", per=Y24),
]

NOTES = [
    "District portal (huyện Vĩnh Lộc, Thanh Hóa): banner, menu, 'Ngày đăng: 28/11/2023 - 08:40', 'Tin khác', footer with phone and counter.",
    "Distractors: 'Quyết định số 2156/QĐ-BVHTTDL', 'hố H4', '(năm 1400)', 'từ năm 2011', '10 năm' in a link title, 'Khu phố 2',",
    "phone 0237.3870.259, 'Lượt truy cập: 458.903'.",
    "All figures are located in Vĩnh Lộc (the site is in the district; the banner names it).",
    "'(tăng gần 1.000 hiện vật so với đợt khai quật năm 2022)' is the change of 3.842 (unit hiện vật, approx nearly); the parts after 'gồm' add up.",
    "'ước đón ... ; doanh thu bán vé ước đạt' → estimate. 'Theo kế hoạch, năm 2024 ... khoảng 800 m2 ... và phấn đấu đón 150.000' → target",
    "(a plan; 'kế hoạch' is the cue; borderline against forecast for the 800 m2).",
    "Dig figures after the first sentence inherit 'từ tháng 9 đến tháng 11/2023' (not scored); dimensions and the wage get no period.",
]

if __name__ == "__main__":
    write("p1363-2", TEXT, NOTES, FIGS, published="2023-11-28", location="Vĩnh Lộc")
