"""p1297-2: district portal (huyện Lục Ngạn, Bắc Giang): re-survey of cadastral maps, exchange of GCN."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Trang chủ | Tin tức - Sự kiện | Chính quyền | Công khai thủ tục hành chính

Lục Ngạn đẩy nhanh cấp đổi giấy chứng nhận sau đo đạc lại bản đồ địa chính

Ngày đăng: 21/05/2024 | Người viết: Hà Linh

Năm 2023, huyện hoàn thành đo đạc lại bản đồ địa chính tại 5 xã gồm Quý Sơn, Phượng Sơn, Nam Dương, Tân Quang và Hồng Giang với tổng diện tích 12.640 ha, lập mới 96.318 thửa đất. Kết quả này thuộc dự án đo đạc, lập hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai giai đoạn 2021-2025 có tổng kinh phí hơn 86 tỷ đồng.

Từ đầu năm 2024 đến ngày 15/5, Chi nhánh Văn phòng Đăng ký đất đai huyện đã cấp đổi 7.412 GCN, đạt 41,2% kế hoạch năm, trong đó xã Quý Sơn 2.108 giấy. Bình quân mỗi ngày, bộ phận một cửa tiếp nhận từ 60 đến 80 hồ sơ về đất đai.

Ông Nguyễn Văn Tuấn, Trưởng phòng Tài nguyên và Môi trường huyện cho biết, sau khi đo đạc lại, diện tích đất của nhiều hộ tăng từ 5-10% so với giấy cũ do trước đây đo bằng thước dây. Người dân chỉ phải nộp phí đo đạc khoảng 300.000 đồng/thửa, lệ phí cấp giấy 50.000 đồng/giấy.

Toàn huyện hiện còn 3 xã chưa có bản đồ địa chính chính quy là Biển Động, Phú Nhuận và Kiên Thành. Huyện dự kiến bố trí khoảng 25 tỷ đồng để đo đạc các xã này trong năm 2025, phấn đấu đến năm 2025 có 100% số xã có cơ sở dữ liệu đất đai.

Tin khác:
- Hội nghị giao ban công tác tài nguyên và môi trường quý I/2024
- Lục Ngạn: Vải thiều sớm vào vụ năm 2024

Địa chỉ: Tổ dân phố Trần Phú, thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang
Điện thoại: 0204.3882.235 - Email: ubndlucngan@bacgiang.gov.vn
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
YTD = per("Từ đầu năm 2024 đến ngày 15/5", "2024-01-01", "2024-05-15")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("tại 5 xã", "5", 5, "count", "xã", subject="xã hoàn thành đo đạc lại bản đồ địa chính", period=Y23),
    fig("diện tích 12.640 ha", "12.640", 12640, "measure", "ha", subject="tổng diện tích đo đạc lại", period=Y23),
    fig("lập mới 96.318 thửa", "96.318", 96318, "count", "thửa đất", subject="thửa đất lập mới", period=Y23),
    fig("hơn 86 tỷ", "86", 86e9, "money", "đồng", approx="over",
        subject="tổng kinh phí dự án đo đạc, lập hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai", period=GD),
    fig("cấp đổi 7.412 GCN", "7.412", 7412, "count", "GCN", percent=41.2, subject="GCN cấp đổi", period=YTD),
    fig("Quý Sơn 2.108 giấy", "2.108", 2108, "count", "giấy", total=7412, subject="GCN cấp đổi",
        period=YTD, location="Quý Sơn"),
    fig("từ 60 đến 80 hồ sơ", "60", 60, "measure", "hồ sơ/ngày", value_max=80,
        subject="hồ sơ về đất đai bộ phận một cửa tiếp nhận mỗi ngày"),
    fig("tăng từ 5-10%", "5", 5, "percent", "%", value_max=10,
        subject="diện tích đất của nhiều hộ tăng so với giấy cũ"),
    fig("khoảng 300.000 đồng/thửa", "300.000", 300000, "money", "đồng/thửa", approx="about",
        subject="phí đo đạc"),
    fig("50.000 đồng/giấy", "50.000", 50000, "money", "đồng/giấy", subject="lệ phí cấp giấy"),
    fig("còn 3 xã", "3", 3, "count", "xã", subject="xã chưa có bản đồ địa chính chính quy"),
    fig("khoảng 25 tỷ", "25", 25e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí đo đạc các xã này", period=Y25),
    fig("có 100% số xã", "100", 100, "percent", "%", status="target",
        subject="số xã có cơ sở dữ liệu đất đai", period=T25),
]

NOTES = [
    "District portal (huyện Lục Ngạn, Bắc Giang): banner naming the district, menu, 'Ngày đăng: 21/05/2024' gives published, 'Tin khác', footer.",
    "Distractors: 'giai đoạn 2021-2025' (period), 'quý I/2024', 'năm 2024' in link titles, 'ngày 15/5', phone 0204.3882.235, e-mail.",
    "Default location Lục Ngạn (a district portal). The commune part 'trong đó xã Quý Sơn 2.108 giấy' gets location Quý Sơn",
    "(a commune: the spec names province, city and district; the commune is the place the figure describes) and total 7.412.",
    "'tại 5 xã gồm <names>' is a count; the names are no figures. 7.412 'đạt 41,2% kế hoạch năm' → percent 41,2.",
    "'Bình quân mỗi ngày ... từ 60 đến 80 hồ sơ' is a rate: measure, 'hồ sơ/ngày', range. Fees keep their denominators.",
    "'tăng từ 5-10% so với giấy cũ' is a growth that is the claim: percent figure, range 5-10, no change object.",
    "'dự kiến bố trí khoảng 25 tỷ' → forecast; 'phấn đấu đến năm 2025 có 100% số xã' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1297-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Lục Ngạn")
