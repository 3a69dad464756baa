"""p963-4: Bộ Công Thương portal, national fuel supply, e-invoices and market inspections H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ
Ngày đăng: 22/07/2024 | Lượt xem: 1.106

Tăng cường quản lý hoạt động kinh doanh xăng dầu 6 tháng cuối năm

Theo báo cáo của Vụ Thị trường trong nước, tính đến ngày 30/6/2024, cả nước có 31 thương nhân đầu mối kinh doanh xăng dầu, 293 thương nhân phân phối và khoảng 17.500 cửa hàng bán lẻ. Tổng nguồn xăng dầu cho thị trường 6 tháng đầu năm đạt khoảng 13,8 triệu m3, tấn, bằng 52,4% kế hoạch tổng nguồn năm 2024 được Bộ giao; trong đó nguồn sản xuất trong nước chiếm 68,5%.

Về hóa đơn điện tử, theo Tổng cục Thuế, đến ngày 30/6 đã có 15.940 cửa hàng thực hiện xuất hóa đơn điện tử theo từng lần bán, chiếm 91,1% tổng số cửa hàng. Có 28 địa phương đạt tỷ lệ 100%, trong đó có Hà Nội, Đà Nẵng, Bắc Ninh; một số địa phương còn thấp như Sóc Trăng (72,4%), Hậu Giang (75,8%) và Bạc Liêu (78,1%).

Trong 6 tháng, lực lượng quản lý thị trường cả nước đã kiểm tra 1.286 vụ việc liên quan đến xăng dầu, xử lý 742 vụ vi phạm, thu nộp ngân sách hơn 21,6 tỷ đồng, giảm 12% so với cùng kỳ năm 2023. Bộ đã thu hồi giấy phép của 4 thương nhân phân phối không duy trì đủ điều kiện kinh doanh theo Nghị định số 83/2014/NĐ-CP và Nghị định số 95/2021/NĐ-CP.

Bộ trưởng yêu cầu các thương nhân đầu mối bảo đảm tổng nguồn năm 2024 theo kế hoạch là 26,3 triệu m3, tấn; dự kiến nhu cầu tiêu thụ 6 tháng cuối năm khoảng 14,2 triệu m3, tấn. Mục tiêu đến hết năm 2024, 100% cửa hàng xăng dầu trên cả nước xuất hóa đơn điện tử từng lần bán và kết nối dữ liệu với cơ quan thuế.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF2 = P("đến ngày 30/6", end="2024-06-30")
H1b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
EOY = P("đến hết năm 2024", end="2024-12-31")
RATE = "tỷ lệ cửa hàng xuất hóa đơn điện tử theo từng lần bán"

FIGS = [
    F("có 31 thương nhân", "31", 31, "count", "thương nhân đầu mối",
      "thương nhân đầu mối kinh doanh xăng dầu", ASOF),
    F("293 thương nhân", "293", 293, "count", "thương nhân phân phối",
      "thương nhân phân phối", ASOF),
    F("khoảng 17.500 cửa hàng", "17.500", 17500, "count", "cửa hàng",
      "cửa hàng bán lẻ xăng dầu", ASOF, approx="about"),
    F("khoảng 13,8 triệu m3", "13,8", 13800000, "measure", "m3, tấn",
      "tổng nguồn xăng dầu cho thị trường", H1, approx="about", percent=52.4),
    F("chiếm 68,5%", "68,5", 68.5, "percent", "%",
      "tỷ trọng nguồn sản xuất trong nước trong tổng nguồn xăng dầu", H1),
    F("có 15.940 cửa hàng", "15.940", 15940, "count", "cửa hàng",
      "cửa hàng thực hiện xuất hóa đơn điện tử theo từng lần bán", ASOF2, percent=91.1),
    F("Có 28 địa phương", "28", 28, "count", "địa phương",
      "địa phương có tỷ lệ cửa hàng xuất hóa đơn điện tử đạt 100%", I(ASOF2)),
    F("tỷ lệ 100%, trong", "100", 100, "percent", "%", RATE, I(ASOF2), optional=True),
    F("Sóc Trăng (72,4%)", "72,4", 72.4, "percent", "%", RATE, I(ASOF2), location="Sóc Trăng"),
    F("Hậu Giang (75,8%)", "75,8", 75.8, "percent", "%", RATE, I(ASOF2), location="Hậu Giang"),
    F("Bạc Liêu (78,1%)", "78,1", 78.1, "percent", "%", RATE, I(ASOF2), location="Bạc Liêu"),
    F("kiểm tra 1.286 vụ việc", "1.286", 1286, "count", "vụ việc",
      "vụ việc liên quan đến xăng dầu được kiểm tra", H1b),
    F("xử lý 742 vụ", "742", 742, "count", "vụ", "vụ vi phạm được xử lý", H1b),
    F("hơn 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "thu nộp ngân sách", H1b,
      approx="over", change=C("decrease", 12, "%", "cùng kỳ năm 2023")),
    F("của 4 thương nhân", "4", 4, "count", "thương nhân phân phối",
      "thương nhân phân phối bị thu hồi giấy phép"),
    F("là 26,3 triệu m3", "26,3", 26300000, "measure", "m3, tấn",
      "tổng nguồn xăng dầu năm 2024 theo kế hoạch", Y24, status="target"),
    F("khoảng 14,2 triệu m3", "14,2", 14200000, "measure", "m3, tấn",
      "nhu cầu tiêu thụ xăng dầu", H2, approx="about", status="forecast"),
    F("2024, 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng xăng dầu xuất hóa đơn điện tử từng lần bán", EOY, status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ Công Thương, 22/07/2024: thương nhân đầu mối/phân phối, tổng nguồn, hóa đơn điện tử và kiểm tra QLTT cả nước 6 tháng đầu năm 2024.",
    "National article: location Việt Nam, except the provinces in the list of low e-invoice rates (their own location, subject the list's indicator).",
    "'bằng 52,4% kế hoạch' after 13,8 triệu m3, tấn is its percent; 'trong đó ... chiếm 68,5%' is a share of that whole, a percent figure of its own.",
    "'Có 28 địa phương đạt tỷ lệ 100%': 28 is the figure, 100% names the group (optional). Unit 'm3, tấn' as the trade writes it.",
    "'đến ngày 30/6' takes 2024 from 'tính đến ngày 30/6/2024'. '6 tháng cuối năm' = 2024-07..12. 'theo kế hoạch' → target; 'dự kiến' → forecast.",
    "Distractors: Lượt xem 1.106, Nghị định số 83/2014/NĐ-CP, 95/2021/NĐ-CP, '54 Hai Bà Trưng', phone 024.2220.2108; '6 tháng cuối năm' in the headline.",
]

write("p963-4", TEXT, FIGS, NOTES, published="2024-07-22", location="Việt Nam")
