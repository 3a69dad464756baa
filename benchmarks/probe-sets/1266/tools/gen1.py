"""p1266-1: province portal (Thái Bình): packaging collected in 9 months 2024, field bins, a district passage (Vũ Thư)."""
from lib import F, P, I, CH, TG, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: 9 tháng thu gom gần 98 tấn bao gói thuốc bảo vệ thực vật

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Chi cục Trồng trọt và Bảo vệ thực vật, 9 tháng đầu năm 2024, các địa phương trong tỉnh đã thu gom được 97,6 tấn bao gói thuốc bảo vệ thực vật sau sử dụng, tăng 12,4% so với cùng kỳ năm 2023, bằng 78,1% kế hoạch năm. Trong đó, đã vận chuyển đi xử lý 71,2 tấn, số còn lại đang lưu giữ tại các điểm tập kết của xã.

Hiện toàn tỉnh có 14.860 bể chứa bao gói trên đồng ruộng, bình quân khoảng 5,6 ha/bể. Năm nay, các xã xây mới thêm 1.240 bể bằng gạch xây và bê tông, kinh phí trên 3,1 tỷ đồng. Ngân sách tỉnh hỗ trợ 1,5 triệu đồng/bể, phần còn lại do xã và người dân đóng góp.

Tại huyện Vũ Thư, 100% số xã đã ký hợp đồng với đơn vị có chức năng để vận chuyển, xử lý bao gói. Từ đầu năm đến nay, huyện thu gom 11,8 tấn, chiếm 12,1% lượng thu gom toàn tỉnh. Chi phí vận chuyển, tiêu hủy bình quân 18.000 đồng/kg.

Theo kế hoạch, quý IV tỉnh phấn đấu thu gom thêm khoảng 30 tấn, đưa tổng lượng cả năm lên trên 127 tấn; mục tiêu đến năm 2025 có 100% xã, thị trấn bố trí đủ bể chứa theo hướng dẫn tại Thông tư liên tịch số 05/2016/TTLT-BNNPTNT-BTNMT.

Tin liên quan:
- Tập huấn sử dụng thuốc bảo vệ thực vật an toàn, hiệu quả năm 2024
- Thái Bình ra quân làm sạch đồng ruộng sau vụ lúa mùa
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")
VT = "Vũ Thư"

FIGS = [
    F("gần 98 tấn", "98", 98, "measure", "tấn", approx="nearly",
      subject="bao gói thuốc bảo vệ thực vật thu gom", period=NINE_H),
    F("được 97,6 tấn", "97,6", 97.6, "measure", "tấn", percent=78.1,
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="bao gói thuốc bảo vệ thực vật sau sử dụng thu gom", period=NINE),
    F("xử lý 71,2 tấn", "71,2", 71.2, "measure", "tấn", total=97.6,
      subject="bao gói đã vận chuyển đi xử lý", period=I(NINE)),
    F("có 14.860 bể", "14.860", 14860, "count", "bể", subject="bể chứa bao gói trên đồng ruộng"),
    F("khoảng 5,6 ha/bể", "5,6", 5.6, "measure", "ha/bể", approx="about",
      subject="diện tích bình quân mỗi bể chứa"),
    F("thêm 1.240 bể", "1.240", 1240, "count", "bể", subject="bể xây mới", period=Y24),
    F("trên 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", approx="over",
      subject="kinh phí xây mới bể", period=Y24),
    F("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/bể", subject="ngân sách tỉnh hỗ trợ"),
    F("100% số xã", "100", 100, "percent", "%",
      subject="xã đã ký hợp đồng với đơn vị có chức năng để vận chuyển, xử lý bao gói", location=VT),
    F("thu gom 11,8 tấn", "11,8", 11.8, "measure", "tấn", percent=12.1,
      subject="bao gói huyện thu gom", period=YTD, location=VT),
    F("18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg",
      subject="chi phí vận chuyển, tiêu hủy bình quân", location=VT),
    F("thêm khoảng 30 tấn", "30", 30, "measure", "tấn", approx="about", status="target",
      subject="bao gói thu gom thêm", period=Q4),
    F("trên 127 tấn", "127", 127, "measure", "tấn", approx="over", status="target",
      subject="tổng lượng bao gói thu gom cả năm", period=YEAR),
    F("có 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, thị trấn bố trí đủ bể chứa", period=T2025),
]

NOTES = [
    "Province portal (Thái Bình): packaging collected in 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Thông tư liên tịch số 05/2016/TTLT-BNNPTNT-BTNMT, 'năm 2024' in a related link.",
    "Headline '9 tháng ... gần 98 tấn' is its own figure; year-less '9 tháng' takes 2024 from the dateline.",
    "97,6 tấn: change +12,4% (cùng kỳ năm 2023) and percent 78,1 ('bằng 78,1% kế hoạch năm').",
    "'Trong đó, đã vận chuyển đi xử lý 71,2 tấn' after a sentence break: total 97,6; period inherited.",
    "'Năm nay' = 2024 (dateline). 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "Vũ Thư passage: location Vũ Thư for its three figures; the 18.000 đồng/kg cost stands in its own sentence without a period.",
    "'phấn đấu' governs both clauses of its sentence up to ';' (target); 'mục tiêu đến năm 2025' → target, start null.",
]

if __name__ == "__main__":
    write("p1266-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thái Bình")
