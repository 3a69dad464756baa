"""p1119-4: ministry site (Bộ NN&PTNT, Cục Kiểm lâm): national snare removal and patrols in special-use forests, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC KIỂM LÂM
Trang chủ > Tin tức > Bảo tồn thiên nhiên

Năm 2023: Lực lượng kiểm lâm tháo gỡ hơn 52.000 bẫy thú trong rừng đặc dụng

Ngày đăng: 06/02/2024 | Lượt xem: 1.084

Theo báo cáo của Cục Kiểm lâm, tính đến hết năm 2023 cả nước có 176 khu rừng đặc dụng với tổng diện tích khoảng 2,5 triệu ha, trong đó có 34 vườn quốc gia và 57 khu dự trữ thiên nhiên.

Năm 2023, lực lượng kiểm lâm và các ban quản lý rừng đặc dụng đã tổ chức hơn 48.600 lượt tuần tra, kiểm soát; tháo gỡ, tiêu hủy 52.317 bẫy các loại, tăng 6,8% so với năm 2022; phá dỡ 1.245 lán trại. Các địa phương tháo gỡ nhiều bẫy nhất lần lượt là Quảng Nam (9.126 bẫy), Thừa Thiên Huế (6.480 bẫy) và Nghệ An (5.915 bẫy).

Toàn quốc đã phát hiện, xử lý 1.842 vụ vi phạm liên quan đến động vật hoang dã, giảm 11,3% so với năm 2022; trong đó khởi tố hình sự 206 vụ, chiếm 11,2%. Các cơ sở cứu hộ ước tính đã tiếp nhận khoảng 3.400 cá thể động vật hoang dã, tái thả về tự nhiên trên 2.100 cá thể. Số cá thể được tái thả gấp 1,5 lần năm 2022.

Hiện cả nước có khoảng 9.500 công chức kiểm lâm, bình quân mỗi kiểm lâm viên phụ trách gần 1.000 ha rừng, cao hơn khoảng 2 lần mức khuyến nghị. Bên cạnh đó, khoảng 1.650 tổ, đội bảo vệ rừng cộng đồng đang hoạt động tại vùng đệm các khu rừng đặc dụng; 23 tỉnh, thành phố đã ban hành cơ chế hỗ trợ kinh phí cho các tổ này.

Năm 2024, Cục Kiểm lâm đặt mục tiêu 100% vườn quốc gia áp dụng công cụ quản lý tuần tra SMART; hiện tỷ lệ này mới đạt 61,8%.

CỤC KIỂM LÂM - Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3733.5676
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "bẫy tháo gỡ"

FIGS = [
    F("hơn 52.000 bẫy thú", "52.000", 52000, "count", "bẫy thú", approx="over",
      subject="bẫy thú lực lượng kiểm lâm tháo gỡ trong rừng đặc dụng",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 176 khu", "176", 176, "count", "khu rừng đặc dụng", subject="khu rừng đặc dụng", period=ASOF),
    F("khoảng 2,5 triệu ha", "2,5", 2500000, "measure", "ha", approx="about",
      subject="tổng diện tích khu rừng đặc dụng", period=ASOF),
    F("có 34 vườn", "34", 34, "count", "vườn quốc gia", total=176, subject="vườn quốc gia", period=ASOF),
    F("57 khu dự trữ", "57", 57, "count", "khu dự trữ thiên nhiên", total=176,
      subject="khu dự trữ thiên nhiên", period=ASOF),
    F("hơn 48.600 lượt", "48.600", 48600, "count", "lượt tuần tra", approx="over",
      subject="lượt tuần tra, kiểm soát", period=Y23),
    F("tiêu hủy 52.317 bẫy", "52.317", 52317, "count", "bẫy", change=C("increase", 6.8, "%", "năm 2022"),
      subject="bẫy các loại tháo gỡ, tiêu hủy", period=Y23),
    F("phá dỡ 1.245 lán", "1.245", 1245, "count", "lán trại", subject="lán trại phá dỡ", period=Y23),
    F("Quảng Nam (9.126 bẫy)", "9.126", 9126, "count", "bẫy", subject=LIST, location="Quảng Nam", period=I(Y23)),
    F("Huế (6.480 bẫy)", "6.480", 6480, "count", "bẫy", subject=LIST, location="Thừa Thiên Huế", period=I(Y23)),
    F("Nghệ An (5.915 bẫy)", "5.915", 5915, "count", "bẫy", subject=LIST, location="Nghệ An", period=I(Y23)),
    F("xử lý 1.842 vụ", "1.842", 1842, "count", "vụ vi phạm", change=C("decrease", 11.3, "%", "năm 2022"),
      subject="vụ vi phạm liên quan đến động vật hoang dã phát hiện, xử lý", period=I(Y23)),
    F("hình sự 206 vụ", "206", 206, "count", "vụ", total=1842, percent=11.2,
      subject="vụ khởi tố hình sự", period=I(Y23)),
    F("khoảng 3.400 cá thể", "3.400", 3400, "count", "cá thể", approx="about", status="estimate",
      subject="cá thể động vật hoang dã các cơ sở cứu hộ tiếp nhận", period=I(Y23)),
    F("trên 2.100 cá thể", "2.100", 2100, "count", "cá thể", approx="over", status="estimate",
      subject="cá thể tái thả về tự nhiên", period=I(Y23)),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="số cá thể được tái thả so với năm 2022",
      period=I(Y23)),
    F("khoảng 9.500 công chức", "9.500", 9500, "count", "công chức kiểm lâm", approx="about",
      subject="công chức kiểm lâm"),
    F("gần 1.000 ha", "1.000", 1000, "measure", "ha/kiểm lâm viên", approx="nearly",
      change=C("increase", 2, "lần", "mức khuyến nghị", approx="about"),
      subject="diện tích rừng bình quân mỗi kiểm lâm viên phụ trách"),
    F("khoảng 1.650 tổ", "1.650", 1650, "count", "tổ, đội bảo vệ rừng cộng đồng", approx="about",
      subject="tổ, đội bảo vệ rừng cộng đồng hoạt động tại vùng đệm các khu rừng đặc dụng"),
    F("23 tỉnh", "23", 23, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố ban hành cơ chế hỗ trợ kinh phí cho tổ bảo vệ rừng cộng đồng"),
    F("mục tiêu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ vườn quốc gia áp dụng công cụ quản lý tuần tra SMART", period=Y24),
    F("đạt 61,8%", "61,8", 61.8, "percent", "%",
      subject="tỷ lệ vườn quốc gia áp dụng công cụ quản lý tuần tra SMART"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Kiểm lâm): national figures 2023, default location Việt Nam. 'Ngày đăng: 06/02/2024 | Lượt xem: 1.084'.",
    "Distractors: view counter 1.084, address 'Số 2 Ngọc Hà', phone 024.3733.5676, 'SMART' (a tool's name).",
    "'lần lượt là Quảng Nam (9.126 bẫy), …': list items share the indicator; each province is the location.",
    "'khởi tố hình sự 206 vụ, chiếm 11,2%' after 'trong đó': total 1.842, percent 11.2. 'ước tính' governs both clauses of that",
    "sentence (3.400 and 2.100 estimate). 'gấp 1,5 lần năm 2022' standing alone as the claim is a multiple.",
    "'mỗi kiểm lâm viên phụ trách gần 1.000 ha' is a rate (ha/kiểm lâm viên); 'cao hơn khoảng 2 lần mức khuyến nghị' is its change.",
    "'23 tỉnh, thành phố' is a count of provinces: location Việt Nam. 'hiện' figures get no period; 'mục tiêu' 100% is a 2024 target.",
]

if __name__ == "__main__":
    write("p1119-4", TEXT, NOTES, FIGS, published="2024-02-06", location="Việt Nam")
