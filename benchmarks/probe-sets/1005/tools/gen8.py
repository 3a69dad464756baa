"""p1005-8: Báo Bắc Giang online, headline figure, (BGĐT) tag; first half of 2024."""
from lib import F, P, C, T, build

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Giao thông - Đô thị

Gần 1.300 xe vi phạm tải trọng bị xử lý trong 6 tháng

05/08/2024 15:10

(BGĐT) - Sáu tháng đầu năm 2024, Thanh tra Sở Giao thông vận tải phối hợp với Đội Cảnh sát giao thông số 2, Công an tỉnh đã kiểm tra 4.172 lượt xe, đạt 52,2% kế hoạch năm; phát hiện, xử lý 1.286 xe vi phạm tải trọng, phạt tiền gần 10,3 tỷ đồng. Bình quân mỗi xe vi phạm bị phạt khoảng 8 triệu đồng. Lực lượng chức năng cũng đã tước 58 giấy phép lái xe, tạm giữ 12 phương tiện tái phạm nhiều lần.

Trong số xe vi phạm, xe quá tải trên 50% có 379 xe, chiếm 29,5%. Riêng trạm kiểm tra tải trọng xe cố định trên Quốc lộ 31 tại xã Quý Sơn (huyện Lục Ngạn) đã cân 1.905 lượt xe, phát hiện 437 xe vi phạm, tăng 64 xe so với cùng kỳ năm 2023.

Theo Sở GTVT, xe quá tải là nguyên nhân chính khiến khoảng 35 km đường tỉnh xuống cấp. Từ đầu năm đến nay, tỉnh đã chi 14,6 tỷ đồng để sửa chữa, khắc phục các tuyến ĐT.290, ĐT.293; dự kiến cả năm 2024 cần khoảng 32 tỷ đồng cho công tác này.

Thực hiện Kế hoạch số 56/KH-UBND của UBND tỉnh, từ nay đến cuối năm, tỉnh Bắc Giang phấn đấu kiểm tra thêm ít nhất 3.800 lượt xe, bảo đảm hoàn thành 100% kế hoạch năm; xử lý nghiêm các chủ mỏ, bến bãi để xe chở quá tải ra khỏi khu vực khai thác.

Ngọc Thành
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)

FIGS = [
    F("Gần 1.300 xe", "1.300", 1300, "count", "xe", "xe vi phạm tải trọng bị xử lý", approx="nearly",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("kiểm tra 4.172 lượt xe", "4.172", 4172, "count", "lượt xe", "lượt xe được kiểm tra", percent=52.2, period=H1),
    F("xử lý 1.286 xe", "1.286", 1286, "count", "xe", "xe vi phạm tải trọng bị xử lý", period=H1),
    F("gần 10,3 tỷ đồng", "10,3", 10.3e9, "money", "đồng", "tiền phạt", approx="nearly", period=H1),
    F("khoảng 8 triệu đồng", "8", 8e6, "money", "đồng/xe", "tiền phạt bình quân mỗi xe vi phạm", approx="about",
      period=H1i),
    F("tước 58 giấy phép", "58", 58, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=H1i),
    F("tạm giữ 12 phương tiện", "12", 12, "count", "phương tiện", "phương tiện tái phạm bị tạm giữ", period=H1i),
    F("quá tải trên 50% có", "50", 50, "percent", "%", "mức quá tải", approx="over", optional=True),
    F("có 379 xe", "379", 379, "count", "xe", "xe quá tải trên 50%", total=1286, percent=29.5, period=H1i),
    F("cân 1.905 lượt xe", "1.905", 1905, "count", "lượt xe", "lượt xe được cân tại trạm kiểm tra tải trọng xe cố định",
      location="Lục Ngạn", period=H1i),
    F("phát hiện 437 xe", "437", 437, "count", "xe", "xe vi phạm tại trạm kiểm tra tải trọng xe cố định",
      change=C("increase", 64, "xe", "cùng kỳ năm 2023"), location="Lục Ngạn", period=H1i),
    F("khoảng 35 km", "35", 35, "measure", "km", "đường tỉnh xuống cấp", approx="about"),
    F("chi 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "kinh phí sửa chữa, khắc phục đường tỉnh",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-08-05")),
    F("khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "kinh phí sửa chữa, khắc phục đường tỉnh", approx="about",
      status="forecast", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 3.800 lượt", "3.800", 3800, "count", "lượt xe", "lượt xe kiểm tra thêm", approx="at_least",
      status="target", period=P("từ nay đến cuối năm", "2024-08-05", "2024-12-31")),
    F("hoàn thành 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm", status="target",
      period=P("từ nay đến cuối năm", "2024-08-05", "2024-12-31")),
]

build("p1005-8", TEXT, FIGS, published="2024-08-05", location="Bắc Giang", comments=[
    "Báo Bắc Giang điện tử (invented): headline figure 'Gần 1.300 xe … trong 6 tháng', dateline '05/08/2024 15:10', tag '(BGĐT) -'.",
    "Not figures: 'Đội Cảnh sát giao thông số 2' (a name), Quốc lộ 31, ĐT.290, ĐT.293, Kế hoạch số 56/KH-UBND, dateline time.",
    "'đạt 52,2% kế hoạch năm' → percent of 4.172. 'Trong số xe vi phạm, … 379 xe, chiếm 29,5%' → total 1.286, percent 29,5.",
    "'trên 50%' is the class threshold (optional). The Quý Sơn station lies in huyện Lục Ngạn → location Lục Ngạn.",
    "'Từ đầu năm đến nay' ends at the dateline; 'từ nay đến cuối năm' runs from the dateline to 2024-12-31; 'dự kiến cả năm 2024' → forecast.",
])
