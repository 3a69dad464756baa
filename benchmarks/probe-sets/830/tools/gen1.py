"""p830-1: province portal (Gia Lai), 9 months 2024 malaria situation."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe
Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.236

Gia Lai: Số ca mắc sốt rét 9 tháng giảm gần 40%

(gialai.gov.vn) - Theo Sở Y tế, 9 tháng đầu năm 2024, toàn tỉnh ghi nhận 412 ca mắc sốt rét, giảm 38,5% so với cùng kỳ năm 2023; trong đó có 287 ca do ký sinh trùng P. falciparum, chiếm 69,7%. Không có trường hợp tử vong; số ca sốt rét ác tính là 3 ca, giảm 5 ca so với cùng kỳ.

Các địa phương có nhiều ca mắc nhất lần lượt là Krông Pa (96 ca), Ia Pa (71 ca), Chư Prông (58 ca) và Đức Cơ (44 ca). Số ca mắc ở Krông Pa gấp hơn 2 lần Đức Cơ. Riêng xã Ia Mơ (huyện Chư Prông) ghi nhận 27 ca, phần lớn là người đi rừng, ngủ rẫy dọc tuyến Quốc lộ 25 và khu vực biên giới.

Từ đầu năm đến nay, ngành y tế đã xét nghiệm 186.540 lam máu, đạt 93,3% kế hoạch năm, phát hiện 398 lam dương tính; thực hiện gần 12.000 test chẩn đoán nhanh. Toàn tỉnh đã tẩm 24.650 chiếc màn và cấp phát hơn 31.000 màn tẩm hóa chất tồn lưu lâu, bảo vệ khoảng 98.000 người; phun tồn lưu cho 6.820 hộ tại 14 xã trọng điểm.

Kinh phí phòng chống sốt rét năm 2024 của tỉnh là 4,6 tỷ đồng, tăng 800 triệu đồng so với năm 2023. Mỗi cộng tác viên sốt rét thôn bản được hỗ trợ 300.000 đồng/tháng.

Theo Kế hoạch số 2150/KH-UBND, năm 2024 tỉnh phấn đấu giảm tỷ lệ lam máu dương tính xuống dưới 0,2%, có thêm 12 xã đạt tiêu chí loại trừ sốt rét; đến năm 2027 hoàn thành loại trừ sốt rét trên toàn tỉnh. Dự kiến trong quý IV/2024, số ca mắc sẽ giảm thêm khoảng 15% so với quý III.
"""

Y9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
CASES = "ca mắc sốt rét"

FIGS = [
    F("9 tháng giảm gần 40%", "40", 40, "percent", "%", "số ca mắc sốt rét giảm", HEAD, approx="nearly"),
    F("ghi nhận 412 ca", "412", 412, "count", "ca", CASES, Y9,
      change=C("decrease", 38.5, "%", "cùng kỳ năm 2023")),
    F("có 287 ca", "287", 287, "count", "ca", "ca do ký sinh trùng P. falciparum", Y9, total=412, percent=69.7),
    F("là 3 ca", "3", 3, "count", "ca", "ca sốt rét ác tính", I(Y9),
      change=C("decrease", 5, "ca", "cùng kỳ")),
    F("Krông Pa (96 ca)", "96", 96, "count", "ca", CASES, I(Y9), location="Krông Pa"),
    F("Ia Pa (71 ca)", "71", 71, "count", "ca", CASES, I(Y9), location="Ia Pa"),
    F("Chư Prông (58 ca)", "58", 58, "count", "ca", CASES, I(Y9), location="Chư Prông"),
    F("Đức Cơ (44 ca)", "44", 44, "count", "ca", CASES, I(Y9), location="Đức Cơ"),
    F("gấp hơn 2 lần", "2", 2, "multiple", "lần", "số ca mắc ở Krông Pa so với Đức Cơ", I(Y9),
      approx="over", location="Krông Pa"),
    F("ghi nhận 27 ca", "27", 27, "count", "ca", CASES, I(Y9), location="Chư Prông"),
    F("xét nghiệm 186.540 lam máu", "186.540", 186540, "count", "lam máu", "lam máu xét nghiệm", YTD, percent=93.3),
    F("phát hiện 398 lam", "398", 398, "count", "lam", "lam dương tính", YTD),
    F("gần 12.000 test", "12.000", 12000, "count", "test", "test chẩn đoán nhanh", YTD, approx="nearly"),
    F("tẩm 24.650 chiếc màn", "24.650", 24650, "count", "chiếc màn", "màn được tẩm", I(YTD)),
    F("hơn 31.000 màn", "31.000", 31000, "count", "màn", "màn tẩm hóa chất tồn lưu lâu cấp phát", I(YTD), approx="over"),
    F("khoảng 98.000 người", "98.000", 98000, "count", "người", "người được bảo vệ", I(YTD), approx="about"),
    F("cho 6.820 hộ", "6.820", 6820, "count", "hộ", "hộ được phun tồn lưu", I(YTD)),
    F("tại 14 xã", "14", 14, "count", "xã", "xã trọng điểm phun tồn lưu", I(YTD)),
    F("là 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "kinh phí phòng chống sốt rét", Y24,
      change=C("increase", 800e6, "đồng", "năm 2023")),
    F("hỗ trợ 300.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng", "hỗ trợ cộng tác viên sốt rét thôn bản", I(Y24)),
    F("dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ lam máu dương tính", Y24, approx="under", status="target"),
    F("thêm 12 xã", "12", 12, "count", "xã", "xã đạt tiêu chí loại trừ sốt rét", Y24, status="target"),
    F("khoảng 15%", "15", 15, "percent", "%", "số ca mắc giảm thêm", Q4, approx="about", status="forecast"),
]

write("p830-1", TEXT, FIGS, published="2024-10-15", location="Gia Lai", comments=[
    "Gia Lai province portal: malaria in the first 9 months of 2024 (cases, parasites, districts, slides, nets, budget, targets).",
    "Headline '9 tháng' without a year takes 2024 from the dateline. 'Từ đầu năm đến nay' ends at the dateline 2024-10-15.",
    "District list 'lần lượt là Krông Pa (96 ca) ...' is a ranking, not a breakdown: no total; districts are locations.",
    "xã Ia Mơ lies in Chư Prông: the district is the location. 'gấp hơn 2 lần' standing as its own sentence is a multiple.",
    "'giảm thêm khoảng 15% so với quý III' is the claim itself (a rate with no base amount): percent, no change object.",
    "Distractors: Lượt xem 1.236, Kế hoạch số 2150/KH-UBND, Quốc lộ 25, P. falciparum, 'đến năm 2027' (year only).",
])
