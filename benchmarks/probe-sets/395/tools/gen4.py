from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Đông Anh: Kéo giảm tai nạn giao thông 6 tháng đầu năm 2024

Theo báo cáo của Công an huyện Đông Anh, từ ngày 15/12/2023 đến ngày 14/6/2024, trên địa bàn huyện xảy ra 17 vụ tai nạn giao thông, làm chết 11 người, bị thương 9 người; so với cùng kỳ năm 2023 giảm 6 vụ, giảm 4 người chết, giảm 2 người bị thương. Trong đó, có 4 vụ xảy ra trên quốc lộ 3 và đường Võ Văn Kiệt, 13 vụ trên các tuyến đường liên xã, liên thôn.

Ngoài ra, trên địa bàn còn xảy ra 42 vụ va chạm giao thông làm 51 người bị thương nhẹ, hư hỏng 67 phương tiện.

Từ đầu năm đến nay, Đội Cảnh sát giao thông - Trật tự Công an huyện đã tổ chức 312 ca tuần tra, kiểm soát; lập biên bản xử lý 4.287 trường hợp vi phạm, nộp kho bạc nhà nước 1.865 triệu đồng. Số phương tiện bị tạm giữ là 1.154 chiếc, gồm 96 ô tô và 1.058 mô tô, xe máy; tước 238 giấy phép lái xe có thời hạn từ 1 đến 24 tháng.

Đáng chú ý, số trường hợp vi phạm nồng độ cồn là 1.596, chiếm 37,2% tổng số vi phạm, tăng 412 trường hợp so với cùng kỳ. Nhiều trường hợp người điều khiển xe máy có nồng độ cồn ở mức rất cao, như trường hợp anh Đ.V.H. (SN 1987, trú tại thôn 4, xã Vân Hà) có nồng độ cồn 0,785 miligam/1 lít khí thở.

Đến nay, 24/24 xã, thị trấn đã thành lập tổ tự quản về trật tự an toàn giao thông; gần 1.300 hộ kinh doanh ven đường ký cam kết không lấn chiếm lòng đường, vỉa hè.

Công an huyện phấn đấu 6 tháng cuối năm 2024 kéo giảm ít nhất 5% số người chết do tai nạn giao thông, không để xảy ra tai nạn đặc biệt nghiêm trọng. Người dân phát hiện vi phạm có thể phản ánh qua số điện thoại trực ban 024.3883.2143.

Hoàng Minh - Trung tâm VH, TT&TT huyện
20/06/2024
"""

S = P("từ ngày 15/12/2023 đến ngày 14/6/2024", "2023-12-15", "2024-06-14")
SI = dict(S, inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")
YTDI = dict(YTD, inherited=True)

FIGS = [
    F("xảy ra 17 vụ", "17", 17, "count", "vụ", "vụ tai nạn giao thông", period=S,
      change={"direction": "decrease", "value": 6, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}),
    F("làm chết 11 người", "11", 11, "count", "người", "người chết do tai nạn giao thông", period=S,
      change={"direction": "decrease", "value": 4, "unit": "người", "baseline": "cùng kỳ năm 2023"}),
    F("bị thương 9 người", "9", 9, "count", "người", "người bị thương do tai nạn giao thông", period=S,
      change={"direction": "decrease", "value": 2, "unit": "người", "baseline": "cùng kỳ năm 2023"}),
    F("có 4 vụ xảy ra", "4", 4, "count", "vụ", "vụ xảy ra trên quốc lộ 3 và đường Võ Văn Kiệt", total=17, period=SI),
    F("13 vụ trên", "13", 13, "count", "vụ", "vụ trên các tuyến đường liên xã, liên thôn", total=17, period=SI),
    F("xảy ra 42 vụ va chạm", "42", 42, "count", "vụ", "vụ va chạm giao thông", period=SI),
    F("làm 51 người", "51", 51, "count", "người", "người bị thương nhẹ do va chạm giao thông", period=SI),
    F("hư hỏng 67 phương tiện", "67", 67, "count", "phương tiện", "phương tiện hư hỏng", period=SI),
    F("tổ chức 312 ca", "312", 312, "count", "ca", "ca tuần tra, kiểm soát", period=YTD),
    F("xử lý 4.287 trường hợp", "4.287", 4287, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản xử lý", period=YTD),
    F("1.865 triệu đồng", "1.865", 1865e6, "money", "đồng", "nộp kho bạc nhà nước", period=YTD),
    F("là 1.154 chiếc", "1.154", 1154, "count", "chiếc", "phương tiện bị tạm giữ", period=YTDI),
    F("gồm 96 ô tô", "96", 96, "count", "ô tô", "ô tô bị tạm giữ", total=1154, period=YTDI),
    F("1.058 mô tô", "1.058", 1058, "count", "mô tô, xe máy", "mô tô, xe máy bị tạm giữ", total=1154, period=YTDI),
    F("tước 238 giấy phép", "238", 238, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=YTDI),
    F("từ 1 đến 24 tháng", "1", 1, "measure", "tháng", "thời hạn tước giấy phép lái xe", value_max=24, optional=True),
    F("cồn là 1.596", "1.596", 1596, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", percent=37.2,
      change={"direction": "increase", "value": 412, "unit": "trường hợp", "baseline": "cùng kỳ"}, period=YTDI),
    F("0,785 miligam", "0,785", 0.785, "measure", "miligam/1 lít khí thở", "nồng độ cồn của người điều khiển xe máy"),
    F("24/24 xã", "24", 24, "count", "xã, thị trấn", "xã, thị trấn đã thành lập tổ tự quản về trật tự an toàn giao thông", total=24,
      period=P("Đến nay", None, "2024-06-20")),
    F("gần 1.300 hộ", "1.300", 1300, "count", "hộ", "hộ kinh doanh ven đường ký cam kết không lấn chiếm lòng đường, vỉa hè", approx="nearly",
      period=P("Đến nay", None, "2024-06-20")),
    F("ít nhất 5% số người chết", "5", 5, "percent", "%", "kéo giảm số người chết do tai nạn giao thông", approx="at_least", status="target",
      period=P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")),
]

HEADER = [
    "District portal (Cổng TTĐT huyện Đông Anh, Hà Nội): TNGT and enforcement, statistical half-year 15/12/2023-14/6/2024; bare date '20/06/2024' at the end.",
    "All figures describe huyện Đông Anh (location 'Đông Anh'). The headline '6 tháng đầu năm 2024' is not the figures' period: the sentence gives exact dates.",
    "'Trong đó, có 4 vụ …, 13 vụ …' are parts of the 17 (4+13 = 17); 'gồm 96 ô tô và 1.058 mô tô' parts of 1.154 (96+1.058). '24/24 xã' total 24.",
    "'1.865 triệu đồng' = 1,865·10⁹ đồng. 'Từ đầu năm đến nay' runs 2024-01-01 to the dated end line; 'Đến nay' is an as-of end date.",
    "'chiếm 37,2% tổng số vi phạm, tăng 412 trường hợp' → percent and change of 1.596 (no total: the whole is not named as a number).",
    "Distractors: 'quốc lộ 3', 'SN 1987', 'thôn 4', phone 024.3883.2143, 'Trung tâm VH, TT&TT', dates. Revocation term 'từ 1 đến 24 tháng' optional.",
]

build("p395-4", TEXT, HEADER, FIGS, published="2024-06-20", location="Đông Anh")
