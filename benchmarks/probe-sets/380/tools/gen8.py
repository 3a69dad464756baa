from lib import F, P, Y, CH, TG, emit

TEXT = """BÁO TUYÊN QUANG ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn

Hàm Yên: Cam sành VietGAP vững bước vào chuỗi liên kết

Thu Hà

Tính đến ngày 30/9/2024, huyện Hàm Yên có 2.815 ha cam sành đạt chứng nhận VietGAP trên tổng số 8.460 ha cam, tăng 15,2% so với cùng thời điểm năm 2023.

Quý III/2024, sản lượng cam sành VietGAP tiêu thụ qua hợp đồng liên kết đạt 9.750 tấn, chiếm 38% sản lượng cam tiêu thụ trong quý. Từ đầu năm đến nay, tổng giá trị cam sành của huyện ước đạt 1,15 nghìn tỷ đồng, trong đó cam VietGAP khoảng 420 tỷ đồng.

Huyện hiện có 23 HTX, 146 tổ hợp tác sản xuất cam; bảy doanh nghiệp đã ký kết bao tiêu sản phẩm. Giá cam sành VietGAP loại 1 bán tại vườn từ 15.000-18.000 đồng/kg, cao hơn 20-25% so với cam không chứng nhận. Cam sành Hàm Yên được cấp nhãn hiệu tập thể từ năm 2014 và được công nhận sản phẩm OCOP 4 sao.

Ông Nguyễn Văn Lượng, tổ trưởng tổ hợp tác cam xã Phù Lưu cho biết: "Gia đình tôi có 3,5 ha cam, năm 2023 thu hơn 120 tấn, lãi gần 600 triệu đồng".

Để duy trì chứng nhận, năm 2024 tỉnh Tuyên Quang hỗ trợ 80% chi phí tái chứng nhận VietGAP cho các HTX, tổng kinh phí gần 1,2 tỷ đồng. Huyện phấn đấu đến hết năm 2025 diện tích cam VietGAP đạt 3.500 ha, chiếm 41% diện tích cam toàn huyện.

Tuần lễ Cam sành Hàm Yên năm 2024 dự kiến tổ chức từ ngày 15 đến 17/11 tại Quảng trường 26/3 của huyện, với khoảng 120 gian hàng.
"""

SEP30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", None)
Y24 = Y("năm 2024", 2024)
Y23 = Y("năm 2023", 2023)
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("có 2.815 ha", "2.815", 2815, "measure", "ha", "diện tích cam sành đạt chứng nhận VietGAP", SEP30,
      total=8460, change=CH("increase", 15.2, "%", "cùng thời điểm năm 2023")),
    F("tổng số 8.460 ha", "8.460", 8460, "measure", "ha", "tổng diện tích cam", SEP30, optional=True),
    F("đạt 9.750 tấn", "9.750", 9750, "measure", "tấn", "sản lượng cam sành VietGAP tiêu thụ qua hợp đồng liên kết",
      Q3, percent=38),
    F("ước đạt 1,15 nghìn tỷ đồng", "1,15", 1.15e12, "money", "đồng", "tổng giá trị cam sành", YTD,
      status="estimate"),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "giá trị cam VietGAP", YTD, approx="about",
      total=1.15e12, status="estimate"),
    F("có 23 HTX", "23", 23, "count", "HTX", "HTX sản xuất cam"),
    F("146 tổ hợp tác", "146", 146, "count", "tổ hợp tác", "tổ hợp tác sản xuất cam"),
    F("bảy doanh nghiệp", "bảy", 7, "count", "doanh nghiệp", "doanh nghiệp đã ký kết bao tiêu sản phẩm"),
    F("từ 15.000-18.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá cam sành VietGAP loại 1 bán tại vườn",
      value_max=18000, change=CH("increase", 20, "%", "cam không chứng nhận")),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP của cam sành Hàm Yên", optional=True),
    F("có 3,5 ha", "3,5", 3.5, "measure", "ha", "diện tích cam của hộ ông Nguyễn Văn Lượng"),
    F("hơn 120 tấn", "120", 120, "measure", "tấn", "sản lượng cam của hộ", Y23, approx="over"),
    F("gần 600 triệu đồng", "600", 600e6, "money", "đồng", "lãi của hộ trồng cam", Y23, approx="nearly"),
    F("hỗ trợ 80% chi phí", "80", 80, "percent", "%", "hỗ trợ chi phí tái chứng nhận VietGAP cho các HTX", Y24,
      location="Tuyên Quang"),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí hỗ trợ tái chứng nhận VietGAP", Y24,
      approx="nearly", location="Tuyên Quang"),
    F("đạt 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích cam VietGAP", T25, percent=41, status="target"),
    F("khoảng 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng tại Tuần lễ Cam sành Hàm Yên",
      P("từ ngày 15 đến 17/11", "2024-11-15", "2024-11-17"), approx="about", status="forecast"),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Tuyên Quang): VietGAP sành oranges in huyện Hàm Yên; NO dateline anywhere (published null), byline on top.",
    "'2.815 ha ... trên tổng số 8.460 ha cam, tăng 15,2% so với cùng thời điểm năm 2023': total 8460, and the change belongs to 2.815 ha (the",
    "figure), so 8.460 ha is optional (a total attribute, not clearly a figure of its own). 'Quý III/2024' and 'chiếm 38%' (percent of 9.750 tấn).",
    "'Từ đầu năm đến nay' with no published date: start 2024-01-01 (year from the earlier Quý III/2024), end null (FIGURES.md: published, else null).",
    "'trong đó cam VietGAP khoảng 420 tỷ đồng' continues the 'ước đạt' clause: estimate, total 1,15 nghìn tỷ = 1.15e12.",
    "'bảy doanh nghiệp' number word. Price range with 'cao hơn 20-25% so với ...' as change (lower end 20). 'OCOP 4 sao' (a label) optional.",
    "The farmer in xã Phù Lưu: 3,5 ha (no period), 'năm 2023 thu hơn 120 tấn, lãi gần 600 triệu đồng'. Province support figures take",
    "location Tuyên Quang (the text names the province as actor). Festival: 'dự kiến ... khoảng 120 gian hàng' forecast; its period is the event's dates 'từ ngày 15 đến 17/11' (2024 from the event name; revised from 'năm 2024').",
    "Distractors: 'từ năm 2014', 'Quảng trường 26/3' (a name), 'Quý III' as period.",
]

if __name__ == "__main__":
    emit("p380-8", TEXT, COMMENTS, FIGS, published=None, location="Hàm Yên")
