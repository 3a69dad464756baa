"""p939-2: huyện Cô Tô (Quảng Ninh) district portal — patrols, coral reef and seagrass, 6 months 2024."""
from lib import F, P, I, C, T, make

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ - TỈNH QUẢNG NINH
Tin hoạt động > Kinh tế - Xã hội
Thứ Hai, 08/07/2024 - 16:05

Cô Tô: Tăng cường bảo vệ rạn san hô và thảm cỏ biển

Sáu tháng đầu năm 2024, UBND huyện Cô Tô đã chỉ đạo Ban Quản lý Khu bảo tồn biển Cô Tô - Đảo Trần phối hợp với Đồn Biên phòng Cô Tô và UBND các xã, thị trấn tổ chức 64 đợt tuần tra, kiểm soát trên biển với gần 450 lượt người tham gia. Qua tuần tra đã phát hiện 18 trường hợp vi phạm, xử phạt hành chính 11 trường hợp với số tiền 96,5 triệu đồng.

Kết quả giám sát định kỳ quý II/2024 tại 8 điểm rạn san hô cho thấy độ phủ san hô sống trung bình đạt 31,4%, cao hơn 2,6% so với năm 2023; riêng khu vực Đảo Trần đạt 38%. Toàn huyện hiện có khoảng 1.260 ha rạn san hô và hơn 380 ha thảm cỏ biển, chủ yếu phân bố ở xã Thanh Lân (145 ha) và thị trấn Cô Tô (120 ha).

Cùng với bảo vệ, huyện đã triển khai mô hình phục hồi san hô tại khu vực Bắc Vàn, trồng mới 2.500 tập đoàn san hô trên diện tích 1,2 ha; tỷ lệ sống sau 6 tháng đạt 78%. Tổng kinh phí thực hiện mô hình từ ngân sách huyện và nguồn tài trợ là 1,85 tỷ đồng. Huyện cũng tổ chức Hội thi tìm hiểu pháp luật về bảo vệ nguồn lợi thủy sản lần thứ 3 tại thôn Nam Hà.

Mục tiêu đến năm 2025, huyện phấn đấu 100% tàu cá hoạt động trong vùng bảo tồn được lắp thiết bị giám sát hành trình, phục hồi thêm 3 ha rạn san hô. Dự kiến 6 tháng cuối năm 2024, huyện sẽ tổ chức thêm 40 đợt tuần tra.

Phòng Nông nghiệp và PTNT huyện Cô Tô
"""

L = "Cô Tô"
P6 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PQ2 = P("quý II/2024", "2024-04-01", "2024-06-30")
P25 = P("đến năm 2025", None, "2025-12-31")
P62 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")

FIGS = [
    F("tổ chức 64 đợt tuần tra", "64", 64, "count", "đợt tuần tra", "đợt tuần tra, kiểm soát trên biển", P6),
    F("gần 450 lượt người", "450", 450, "count", "lượt người", "lượt người tham gia tuần tra", P6,
      approx="nearly"),
    F("phát hiện 18 trường hợp", "18", 18, "count", "trường hợp vi phạm", "trường hợp vi phạm phát hiện qua tuần tra",
      I(P6)),
    F("hành chính 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp bị xử phạt hành chính", I(P6)),
    F("số tiền 96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "tiền xử phạt hành chính", I(P6)),
    F("tại 8 điểm rạn san hô", "8", 8, "count", "điểm rạn san hô", "điểm rạn san hô giám sát định kỳ", PQ2),
    F("đạt 31,4%", "31,4", 31.4, "percent", "%", "độ phủ san hô sống trung bình", PQ2,
      change=C("increase", 2.6, "%", "năm 2023")),
    F("Đảo Trần đạt 38%", "38", 38, "percent", "%", "độ phủ san hô sống khu vực Đảo Trần", PQ2),
    F("khoảng 1.260 ha", "1.260", 1260, "measure", "ha", "diện tích rạn san hô", approx="about"),
    F("hơn 380 ha", "380", 380, "measure", "ha", "diện tích thảm cỏ biển", approx="over"),
    F("(145 ha)", "145", 145, "measure", "ha", "diện tích thảm cỏ biển xã Thanh Lân"),
    F("(120 ha)", "120", 120, "measure", "ha", "diện tích thảm cỏ biển thị trấn Cô Tô"),
    F("trồng mới 2.500 tập đoàn", "2.500", 2500, "count", "tập đoàn san hô", "tập đoàn san hô trồng mới"),
    F("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích trồng phục hồi san hô"),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ sống của san hô trồng"),
    F("là 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "tổng kinh phí thực hiện mô hình phục hồi san hô"),
    F("100% tàu cá", "100", 100, "percent", "%",
      "tàu cá hoạt động trong vùng bảo tồn được lắp thiết bị giám sát hành trình", P25, status="target"),
    F("thêm 3 ha rạn san hô", "3", 3, "measure", "ha", "diện tích rạn san hô phục hồi thêm", P25, status="target"),
    F("thêm 40 đợt tuần tra", "40", 40, "count", "đợt tuần tra", "đợt tuần tra tổ chức thêm", P62,
      status="forecast"),
]

make("p939-2", TEXT, FIGS, published="2024-07-08", location=L, notes=[
    "Cô Tô district portal (Quảng Ninh): 6-month patrols, Q2/2024 coral monitoring, reef/seagrass areas, restoration model.",
    "Not figures: 'Thứ Hai, 08/07/2024 - 16:05', 'quý II/2024', 'sau 6 tháng' (duration locating the survival rate),",
    "'lần thứ 3' (ordinal), 'thôn Nam Hà'. Commune/thị trấn figures stay in the district: location Cô Tô.",
    "145 + 120 ha do not add up to 380 ha ('chủ yếu'): no total.",
])
