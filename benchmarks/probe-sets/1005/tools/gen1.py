"""p1005-1: Bình Dương province portal, 9 months of 2024, weigh-station checks and fines."""
from lib import F, P, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Xây dựng

Bình Dương: Xử phạt hơn 14 tỷ đồng xe quá tải trong 9 tháng

Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.315

Theo Sở Giao thông vận tải tỉnh Bình Dương, 9 tháng đầu năm 2024, lực lượng thanh tra giao thông và các tổ công tác liên ngành đã kiểm tra 18.426 lượt xe tại trạm kiểm tra tải trọng xe cố định trên Quốc lộ 13 và các điểm cân lưu động, tăng 12,4% so với cùng kỳ năm 2023. Qua kiểm tra, phát hiện 1.387 xe vi phạm, chiếm 7,5% số xe được cân; trong đó có 942 xe chở hàng vượt tải trọng cho phép của cầu, đường và 445 xe cơi nới thành thùng.

Tổng số tiền phạt nộp ngân sách nhà nước là 14,26 tỷ đồng, tăng 2,1 tỷ đồng so với cùng kỳ; lực lượng chức năng đã tước 318 giấy phép lái xe có thời hạn, buộc hạ tải hơn 6.200 tấn hàng hóa. Riêng trạm cân trên Quốc lộ 13 đoạn qua thị xã Bến Cát bình quân mỗi ngày kiểm tra khoảng 70 lượt xe.

Ông Nguyễn Văn Hải, Chánh Thanh tra Sở GTVT cho biết, phần lớn vi phạm thuộc các xe chở đất, đá, cát từ mỏ, với mức quá tải phổ biến từ 30% đến 60%. Có trường hợp xe đầu kéo 5 trục chở tới 62 tấn, gấp 2 lần khối lượng cho phép. Các vi phạm đều được xử lý theo Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP của Chính phủ.

Trong quý IV/2024, Sở GTVT phấn đấu duy trì tỷ lệ xe vi phạm tải trọng dưới 5% số xe được kiểm tra; dự kiến lắp đặt thêm 6 trạm cân tự động tại các cửa mỏ và 12 camera giám sát tải trọng trên các tuyến ĐT.741, ĐT.746. Người dân phát hiện xe quá tải có thể phản ánh qua đường dây nóng 0274.3856.789.
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 14 tỷ đồng xe quá tải", "14", 14e9, "money", "đồng", "tiền xử phạt xe quá tải", approx="over",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("kiểm tra 18.426 lượt xe", "18.426", 18426, "count", "lượt xe", "lượt xe được kiểm tra tải trọng",
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), period=N9),
    F("phát hiện 1.387 xe vi phạm", "1.387", 1387, "count", "xe", "xe vi phạm", percent=7.5, period=N9i),
    F("có 942 xe chở hàng", "942", 942, "count", "xe", "xe chở hàng vượt tải trọng cho phép của cầu, đường",
      total=1387, period=N9i),
    F("445 xe cơi nới", "445", 445, "count", "xe", "xe cơi nới thành thùng", total=1387, period=N9i),
    F("là 14,26 tỷ đồng", "14,26", 14.26e9, "money", "đồng", "tiền phạt nộp ngân sách nhà nước",
      change=C("increase", 2.1e9, "đồng", "cùng kỳ"), period=N9i),
    F("tước 318 giấy phép", "318", 318, "count", "giấy phép lái xe", "giấy phép lái xe bị tước có thời hạn",
      period=N9i),
    F("hơn 6.200 tấn", "6.200", 6200, "measure", "tấn", "hàng hóa buộc hạ tải", approx="over", period=N9i),
    F("khoảng 70 lượt xe", "70", 70, "measure", "lượt xe/ngày", "lượt xe trạm cân Quốc lộ 13 kiểm tra mỗi ngày",
      approx="about", location="Bến Cát"),
    F("từ 30% đến 60%", "30", 30, "percent", "%", "mức quá tải phổ biến", value_max=60),
    F("đầu kéo 5 trục", "5", 5, "count", "trục", "số trục xe đầu kéo", optional=True),
    F("chở tới 62 tấn", "62", 62, "measure", "tấn", "khối lượng hàng xe đầu kéo chở",
      change=C("increase", 2, "lần", "khối lượng cho phép")),
    F("dưới 5% số xe", "5", 5, "percent", "%", "tỷ lệ xe vi phạm tải trọng", approx="under", status="target",
      period=Q4),
    F("thêm 6 trạm cân", "6", 6, "count", "trạm cân", "trạm cân tự động lắp đặt thêm tại cửa mỏ",
      status="forecast", period=Q4),
    F("12 camera", "12", 12, "count", "camera", "camera giám sát tải trọng", status="forecast", period=Q4),
]

build("p1005-1", TEXT, FIGS, published="2024-10-14", location="Bình Dương", comments=[
    "Cổng TTĐT tỉnh Bình Dương: kiểm soát tải trọng xe 9 tháng đầu năm 2024 (invented). Breadcrumb, 'Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.315'.",
    "Not figures: Quốc lộ 13, ĐT.741, ĐT.746, Nghị định số 100/2019/NĐ-CP, 123/2021/NĐ-CP, hotline 0274.3856.789, view counter, quý IV/2024.",
    "Headline '9 tháng' takes 2024 from the dateline. 942 + 445 = 1.387 (trong đó). 'gấp 2 lần khối lượng cho phép' after 62 tấn is its change (a multiple only when it stands alone as the claim).",
    "'5 trục' is the example truck's specification (optional). The 70 lượt/ngày is the Bến Cát station (district named).",
    "revised after scoring: 'gấp 2 lần' is no longer a multiple figure; it is the change (increase 2 lần) of 62 tấn (FIGURES.md: multiple only standing alone).",
])
