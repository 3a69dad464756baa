"""p1148-8: provincial newspaper online (Báo Hải Phòng, '(HPO) -'): 6 months 2024 inspections, lead-acid battery case."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HẢI PHÒNG ĐIỆN TỬ
Xã hội > Môi trường

6 tháng, xử phạt 14 cơ sở vi phạm quy định về chất thải nguy hại

12/07/2024 16:20

(HPO) - 6 tháng đầu năm, các lực lượng chức năng thành phố đã thanh tra, kiểm tra 97 cơ sở sản xuất, kinh doanh có phát sinh chất thải nguy hại (CTNH), đạt 55% kế hoạch năm; trong đó phát hiện 14 cơ sở vi phạm, xử phạt tổng số tiền 1,68 tỷ đồng, tăng 27% so với cùng kỳ.

Các vi phạm chủ yếu là không đăng ký chủ nguồn thải (5 cơ sở), chuyển giao CTNH cho đơn vị không có giấy phép (4 cơ sở), lưu giữ CTNH không đúng quy định (3 cơ sở).

Đáng chú ý, trong tháng 4, Công ty TNHH Tái chế Hưng Phát ở xã An Hồng, huyện An Dương bị phát hiện thu mua khoảng 12 tấn ắc quy chì thải, tự phá dỡ để lấy chì bán với giá 28.000 đồng/kg, axit thải đổ thẳng ra mương thoát nước. Doanh nghiệp bị phạt 450 triệu đồng, tịch thu toàn bộ tang vật.

Theo Sở Tài nguyên và Môi trường, toàn thành phố hiện có 11 doanh nghiệp được cấp phép xử lý CTNH, mỗi năm tiếp nhận, xử lý khoảng 75 nghìn tấn. Ước cả năm 2024, lượng CTNH công nghiệp phát sinh trên địa bàn khoảng 82.000 tấn, tăng khoảng 4% so với năm 2023. Thành phố phấn đấu đến năm 2025 thu gom, xử lý 100% lượng CTNH phát sinh; 6 tháng cuối năm dự kiến kiểm tra thêm từ 70 đến 80 cơ sở, tập trung tại các khu công nghiệp Đình Vũ, Nam Cầu Kiền và VSIP.

Hoàng Lâm
"""

H6 = P("6 tháng", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M4 = P("trong tháng 4", "2024-04-01", "2024-04-30")
Y24 = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
AD = "An Dương"
VIOL = "cơ sở vi phạm"

FIGS = [
    F("xử phạt 14 cơ sở", "14", 14, "count", "cơ sở",
      subject="cơ sở vi phạm quy định về chất thải nguy hại bị xử phạt", period=H6),
    F("kiểm tra 97 cơ sở", "97", 97, "count", "cơ sở", percent=55,
      subject="cơ sở sản xuất, kinh doanh có phát sinh chất thải nguy hại được thanh tra, kiểm tra", period=H1),
    F("phát hiện 14 cơ sở", "14", 14, "count", "cơ sở", total=97, subject="cơ sở vi phạm", period=H1),
    F("tiền 1,68 tỷ", "1,68", 1680000000, "money", "đồng",
      change=C("increase", 27, "%", "cùng kỳ"), subject="tổng số tiền xử phạt", period=H1),
    F("thải (5 cơ sở)", "5", 5, "count", "cơ sở",
      subject="cơ sở vi phạm không đăng ký chủ nguồn thải", period=I(H1)),
    F("phép (4 cơ sở)", "4", 4, "count", "cơ sở",
      subject="cơ sở vi phạm chuyển giao CTNH cho đơn vị không có giấy phép", period=I(H1)),
    F("định (3 cơ sở)", "3", 3, "count", "cơ sở",
      subject="cơ sở vi phạm lưu giữ CTNH không đúng quy định", period=I(H1)),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", approx="about",
      subject="ắc quy chì thải thu mua", period=M4, location=AD),
    F("28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", subject="giá bán chì", period=M4, location=AD),
    F("phạt 450 triệu", "450", 450000000, "money", "đồng",
      subject="tiền phạt doanh nghiệp", period=I(M4), location=AD),
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép xử lý CTNH"),
    F("khoảng 75 nghìn", "75", 75000, "measure", "tấn/năm", approx="about",
      subject="CTNH được các doanh nghiệp tiếp nhận, xử lý mỗi năm"),
    F("khoảng 82.000 tấn", "82.000", 82000, "measure", "tấn", approx="about", status="estimate",
      change=C("increase", 4, "%", "năm 2023", approx="about"),
      subject="lượng CTNH công nghiệp phát sinh", period=Y24),
    F("xử lý 100%", "100", 100, "percent", "%", status="target",
      subject="lượng CTNH phát sinh được thu gom, xử lý", period=T25),
    F("từ 70 đến 80", "70", 70, "count", "cơ sở", value_max=80, status="forecast",
      subject="cơ sở được kiểm tra thêm", period=H2),
]

NOTES = [
    "Provincial newspaper online (Báo Hải Phòng): headline figure, '12/07/2024 16:20', tag '(HPO) -', byline at the end. Location Hải Phòng.",
    "Headline '6 tháng, xử phạt 14 cơ sở' → period 6 months 2024 (year from the dateline). 97 cơ sở 'đạt 55% kế hoạch năm' → percent 55.",
    "'trong đó phát hiện 14 cơ sở vi phạm' → total 97. The violation types (5/4/3) say 'chủ yếu' and do not add up to 14: no total.",
    "Battery-recycling case in huyện An Dương (trong tháng 4 of 2024): location An Dương. 'mỗi năm ... khoảng 75 nghìn tấn' → tấn/năm.",
    "'Ước cả năm 2024' → estimate; 'phấn đấu đến năm 2025' → target; '6 tháng cuối năm dự kiến' → forecast (2024-07-01..2024-12-31).",
    "Distractors: time 16:20, KCN names Đình Vũ, Nam Cầu Kiền, VSIP; 'xã An Hồng'.",
    "revised after the first run: subject of 450 triệu was the company name from the previous sentence; the sentence names the payer 'Doanh nghiệp' → 'tiền phạt doanh nghiệp'.",
]

if __name__ == "__main__":
    write("p1148-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Hải Phòng")
