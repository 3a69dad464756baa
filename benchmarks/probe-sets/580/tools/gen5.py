"""p580-5: Party newspaper (Báo Bắc Giang), textiles Q1/2024: output, exports, firms by district, hiring, wages."""
from lib import F, P, I, CH, emit

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC GIANG
Kinh tế

Dệt may Bắc Giang: Đơn hàng phục hồi, doanh nghiệp tăng tuyển dụng

(BGĐT) - Theo Sở Công Thương, quý I/2024, giá trị sản xuất ngành dệt may toàn tỉnh ước đạt 6.245 tỷ đồng, tăng 15,8% so với cùng kỳ năm 2023; kim ngạch xuất khẩu hàng dệt may đạt 498 triệu USD, chiếm 9,2% kim ngạch xuất khẩu của tỉnh. Thị trường Hoa Kỳ chiếm khoảng 45% kim ngạch xuất khẩu dệt may.

Toàn tỉnh hiện có 147 doanh nghiệp dệt may, tập trung chủ yếu tại thị xã Việt Yên (38 doanh nghiệp), các huyện Lạng Giang (21 doanh nghiệp), Yên Dũng (17 doanh nghiệp) và Hiệp Hòa (15 doanh nghiệp). Ngành đang sử dụng khoảng 95.000 lao động, chiếm gần 30% tổng số lao động trong các khu, cụm công nghiệp.

Sau Tết Nguyên đán, nhiều doanh nghiệp có đơn hàng ổn định đến hết quý II, nhu cầu tuyển dụng tăng mạnh. Công ty TNHH May mặc Hà Bắc tại Khu công nghiệp Quang Châu cần tuyển 1.200 công nhân; Công ty CP May Bắc Giang LGG cần tuyển 800 lao động. Tại phiên giao dịch việc làm lần thứ 3 trong năm do Trung tâm Dịch vụ việc làm tỉnh tổ chức, có 42 doanh nghiệp dệt may tham gia tuyển dụng.

Mức lương bình quân của công nhân may dao động từ 7 đến 9,5 triệu đồng/tháng; nhiều doanh nghiệp hỗ trợ thêm tiền nhà ở 500.000 đồng/người/tháng, tiền chuyên cần 300.000 đồng/tháng.

Năm 2024, tỉnh phấn đấu giá trị sản xuất ngành dệt may đạt 27.500 tỷ đồng, tăng 12% so với năm 2023.

Nguyễn Thủy
18/04/2024
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
DN = "doanh nghiệp dệt may"

FIGS = [
    F("ước đạt 6.245 tỷ đồng", "6.245", 6245e9, "money", "đồng", "giá trị sản xuất ngành dệt may", Q1,
      change=CH("increase", 15.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("đạt 498 triệu USD", "498", 498e6, "money", "USD", "kim ngạch xuất khẩu hàng dệt may", Q1,
      percent=9.2, status="estimate"),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "thị trường Hoa Kỳ trong kim ngạch xuất khẩu dệt may", I(Q1),
      approx="about"),
    F("có 147 doanh nghiệp", "147", 147, "count", "doanh nghiệp", DN),
    F("(38 doanh nghiệp)", "38", 38, "count", "doanh nghiệp", DN, location="Việt Yên"),
    F("(21 doanh nghiệp)", "21", 21, "count", "doanh nghiệp", DN, location="Lạng Giang"),
    F("(17 doanh nghiệp)", "17", 17, "count", "doanh nghiệp", DN, location="Yên Dũng"),
    F("(15 doanh nghiệp)", "15", 15, "count", "doanh nghiệp", DN, location="Hiệp Hòa"),
    F("khoảng 95.000 lao động", "95.000", 95000, "count", "lao động", "lao động ngành dệt may",
      approx="about", percent=30),
    F("tuyển 1.200 công nhân", "1.200", 1200, "count", "công nhân", "công nhân Công ty TNHH May mặc Hà Bắc cần tuyển"),
    F("tuyển 800 lao động", "800", 800, "count", "lao động", "lao động Công ty CP May Bắc Giang LGG cần tuyển"),
    F("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", "doanh nghiệp dệt may tham gia tuyển dụng"),
    F("từ 7 đến 9,5 triệu", "7", 7e6, "money", "đồng/tháng", "mức lương bình quân của công nhân may",
      value_max=9.5e6),
    F("ở 500.000 đồng/người/tháng", "500.000", 500000, "money", "đồng/người/tháng", "tiền nhà ở hỗ trợ thêm"),
    F("cần 300.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng", "tiền chuyên cần"),
    F("đạt 27.500 tỷ đồng", "27.500", 27500e9, "money", "đồng", "giá trị sản xuất ngành dệt may",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 12, baseline="năm 2023"), status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper, tag BGĐT): dệt may quý I/2024 - output, exports, firms by district, hiring, wages.",
    "Byline + bare date '18/04/2024' at the end give published. 'lần thứ 3' (ordinal), 'Khu công nghiệp Quang Châu',",
    "'LGG' are not figures. The export value after ';' continues the 'ước đạt' clause (estimate) and carries its share",
    "(chiếm 9,2%). 'Thị trường Hoa Kỳ chiếm khoảng 45%' has no amount: a percent figure. District items in brackets take",
    "the district as location, the indicator as subject; 'tập trung chủ yếu', and 38+21+17+15 ≠ 147: no total.",
    "'chiếm gần 30%' is the percent of 95.000 lao động. Company hiring counts: subject = indicator + company.",
    "Wages and allowances: money with the rate in the unit. 'phấn đấu' → target with its change to 2023.",
]

if __name__ == "__main__":
    emit("p580-5", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Bắc Giang")
