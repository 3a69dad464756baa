"""p1456-5: Party newspaper (Báo Bắc Giang): a label-printing company in Việt Yên; the province's label makers."""
from lib import F, P, inh, CH, TG, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Nhãn mác "made in Việt Yên" theo hàng may đi khắp thế giới

Từ xưởng nhỏ với 20 công nhân, sau 8 năm, Công ty TNHH In nhãn Minh Phát đã trở thành nhà cung cấp nhãn mác quen thuộc của nhiều hãng may xuất khẩu.

(BGĐT) - Đặt nhà máy tại Khu công nghiệp Quang Châu, thị xã Việt Yên, Công ty TNHH In nhãn Minh Phát hiện có 420 công nhân, trong đó hơn 300 người là lao động địa phương. Mỗi tháng, công ty sản xuất khoảng 45 triệu nhãn dệt, nhãn in và thẻ treo, phục vụ khoảng 60 khách hàng may mặc.

Ông Lê Văn Phát, Giám đốc công ty cho biết, 6 tháng đầu năm nay, doanh thu đạt 96 tỷ đồng, tăng 22% so với cùng kỳ; riêng xuất khẩu trực tiếp đạt 1,4 triệu USD. Giá nhãn dệt từ 120 đến 350 đồng/chiếc tùy loại, thấp hơn khoảng 15% so với hàng nhập khẩu cùng chất lượng. Thu nhập của công nhân từ 8 đến 10 triệu đồng/người/tháng.

Năm nay, công ty dự kiến đầu tư thêm 12 máy dệt nhãn kỹ thuật số, nâng sản lượng lên 60 triệu nhãn/tháng, tạo việc làm cho thêm khoảng 80 lao động.

Theo Sở Công Thương, toàn tỉnh hiện có 14 doanh nghiệp sản xuất nhãn mác, bao bì phụ liệu may (9 doanh nghiệp FDI, 5 doanh nghiệp trong nước). Năm 2023, các doanh nghiệp này đạt doanh thu gần 1.200 tỷ đồng. Theo kế hoạch, đến năm 2025 tỉnh thu hút thêm từ 3 đến 5 dự án sản xuất phụ liệu dệt may.

Bài, ảnh: THU HÀ
02/07/2024
"""

H1 = P("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
NN = P("Năm nay", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
VY = "Việt Yên"
MP = "Công ty TNHH In nhãn Minh Phát"

FIGS = [
    F("với 20 công nhân", "20", 20, "count", "công nhân",
      subject="công nhân của xưởng khi mới thành lập", location=VY),
    F("sau 8 năm", "8", 8, "measure", "năm", optional=True, location=VY),
    F("có 420 công nhân", "420", 420, "count", "công nhân",
      subject=f"công nhân {MP}", location=VY),
    F("hơn 300 người", "300", 300, "count", "người", approx="over", total=420,
      subject="lao động địa phương trong công nhân của công ty", location=VY),
    F("khoảng 45 triệu", "45", 45e6, "measure", "nhãn/tháng", approx="about",
      subject="nhãn dệt, nhãn in và thẻ treo công ty sản xuất mỗi tháng", location=VY),
    F("khoảng 60 khách", "60", 60, "count", "khách hàng", approx="about",
      subject="khách hàng may mặc công ty phục vụ", location=VY),
    F("đạt 96 tỷ", "96", 96e9, "money", "đồng",
      change=CH("increase", 22, "%", "cùng kỳ"),
      subject="doanh thu của công ty", period=H1, location=VY),
    F("đạt 1,4 triệu", "1,4", 1.4e6, "money", "USD",
      subject="xuất khẩu trực tiếp của công ty", period=H1, location=VY),
    F("từ 120 đến 350", "120", 120, "money", "đồng/chiếc", value_max=350,
      change=CH("decrease", 15, "%", "hàng nhập khẩu cùng chất lượng", approx="about"),
      subject="giá nhãn dệt", location=VY),
    F("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập của công nhân", location=VY),
    F("thêm 12 máy", "12", 12, "count", "máy dệt nhãn", status="forecast",
      subject="máy dệt nhãn kỹ thuật số công ty đầu tư thêm", period=NN, location=VY),
    F("lên 60 triệu", "60", 60e6, "measure", "nhãn/tháng", status="forecast",
      subject="sản lượng nhãn của công ty", period=NN, location=VY),
    F("khoảng 80 lao động", "80", 80, "count", "lao động", approx="about", status="forecast",
      subject="lao động được tạo thêm việc làm", period=NN, location=VY),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất nhãn mác, bao bì phụ liệu may"),
    F("(9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp FDI sản xuất nhãn mác, bao bì phụ liệu may"),
    F("5 doanh nghiệp trong nước", "5", 5, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp trong nước sản xuất nhãn mác, bao bì phụ liệu may"),
    F("gần 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="nearly",
      subject="doanh thu của các doanh nghiệp nhãn mác, bao bì phụ liệu may", period=Y23),
    F("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
      subject="dự án sản xuất phụ liệu dệt may tỉnh thu hút thêm", period=T25),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): sapo, tag '(BGĐT) -', byline 'THU HÀ' and bare date 02/07/2024 at the end.",
    "Distractors: headline 'made in Việt Yên', KCN Quang Châu, the bare date at the end.",
    "Location: the company's figures Việt Yên (named in the headline and body); province figures Bắc Giang (tag BGĐT).",
    "Optional: 'sau 8 năm' is the story's duration; it only places the company in time.",
    "'Mỗi tháng ... khoảng 45 triệu nhãn' is a rate: measure, unit nhãn/tháng, like '60 triệu nhãn/tháng'.",
    "'6 tháng đầu năm nay' and 'Năm nay' take 2024 from the date at the end (published). 'riêng xuất khẩu ... 1,4 triệu USD': "
    "'riêng' is not a part cue and the unit differs: no total.",
    "'thấp hơn khoảng 15% so với hàng nhập khẩu' is a change (decrease) of the price range.",
    "Bracketed breakdown '(9 doanh nghiệp FDI, 5 doanh nghiệp trong nước)' adds up to 14: both take total 14.",
    "'dự kiến' governs the three clauses of its sentence (forecast); 'Theo kế hoạch, đến năm 2025' is a target.",
]

if __name__ == "__main__":
    write("p1456-5", TEXT, NOTES, FIGS, published="2024-07-02", location="Bắc Giang")
