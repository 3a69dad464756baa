"""p822-8: provincial newspaper online (Báo Hà Tĩnh) - tax from household businesses, 9 months 2023; headline figure, tag."""
from lib import F, P, I, C, T, write

TEXT = """Hà Tĩnh thu 186 tỷ đồng thuế từ hộ kinh doanh trong 9 tháng
Thứ Năm, 12/10/2023 - 15:10

(Baohatinh.vn) - 9 tháng năm 2023, số thu từ hộ kinh doanh trên địa bàn tỉnh đạt 186,3 tỷ đồng, bằng 76% dự toán năm, tăng 12,5% so với cùng kỳ.

Hiện toàn tỉnh có 37.420 hộ kinh doanh, trong đó 21.650 hộ thuộc diện nộp thuế. Thuế khoán bình quân mỗi hộ khoảng 540.000 đồng/tháng; riêng các hộ dịch vụ cắt tóc, giặt là, sửa xe có mức khoán phổ biến từ 150.000 đến 300.000 đồng/tháng.

Các địa phương có số thu từ hộ kinh doanh lớn là TP Hà Tĩnh (58,7 tỷ đồng), thị xã Kỳ Anh (31,2 tỷ đồng) và huyện Cẩm Xuyên (17,4 tỷ đồng). Nhiều tuyến phố kinh doanh sầm uất dọc Quốc lộ 1 và Quốc lộ 8A đã được rà soát, đưa vào quản lý thuế theo Chỉ thị số 05/CT-UBND.

Trong 9 tháng, có 1.236 hộ kinh doanh tạm ngừng hoặc nghỉ kinh doanh, chiếm 3,3% tổng số hộ; số hộ chuyển đổi lên doanh nghiệp đạt 47/60 hộ kế hoạch năm. Qua 3 đợt kiểm tra, cơ quan thuế phát hiện 212 hộ kê khai thiếu doanh thu, truy thu và phạt 1,8 tỷ đồng.

Nợ thuế của hộ kinh doanh đến 30/9 là 9,6 tỷ đồng, giảm 14% so với đầu năm.

Quý IV, ngành Thuế dự kiến thu thêm khoảng 60 tỷ đồng, phấn đấu cả năm đạt trên 245 tỷ đồng. Cục Thuế khuyến cáo hộ kinh doanh nộp thuế qua ứng dụng eTax Mobile hoặc ngân hàng, không nộp tiền mặt qua trung gian; mọi phản ánh gọi số 0239.3855.214.

Thu Hà
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
REV = "số thu từ hộ kinh doanh"

FIGS = [
    F("thu 186 tỷ đồng", "186", 186e9, "money", "đồng", "thuế thu từ hộ kinh doanh",
      P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("đạt 186,3 tỷ đồng", "186,3", 186.3e9, "money", "đồng", REV, M9, percent=76,
      change=C("increase", 12.5, baseline="cùng kỳ")),
    F("có 37.420 hộ", "37.420", 37420, "count", "hộ kinh doanh", "hộ kinh doanh"),
    F("21.650 hộ", "21.650", 21650, "count", "hộ", "hộ thuộc diện nộp thuế", total=37420),
    F("khoảng 540.000 đồng/tháng", "540.000", 540000, "money", "đồng/tháng", "thuế khoán bình quân mỗi hộ",
      approx="about"),
    F("từ 150.000 đến", "150.000", 150000, "money", "đồng/tháng",
      "mức khoán phổ biến của hộ dịch vụ cắt tóc, giặt là, sửa xe", value_max=300000),
    F("(58,7 tỷ đồng)", "58,7", 58.7e9, "money", "đồng", REV, I(M9), location="Hà Tĩnh"),
    F("(31,2 tỷ đồng)", "31,2", 31.2e9, "money", "đồng", REV, I(M9), location="Kỳ Anh"),
    F("(17,4 tỷ đồng)", "17,4", 17.4e9, "money", "đồng", REV, I(M9), location="Cẩm Xuyên"),
    F("có 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ kinh doanh tạm ngừng hoặc nghỉ kinh doanh",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30"), percent=3.3),
    F("đạt 47/60 hộ", "47", 47, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30"), target=T(60, "hộ")),
    F("Qua 3 đợt", "3", 3, "count", "đợt kiểm tra", "đợt kiểm tra", I(M9)),
    F("phát hiện 212 hộ", "212", 212, "count", "hộ", "hộ kê khai thiếu doanh thu", I(M9)),
    F("phạt 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "số tiền truy thu và phạt", I(M9)),
    F("là 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "nợ thuế của hộ kinh doanh",
      P("đến 30/9", end="2023-09-30"), change=C("decrease", 14, baseline="đầu năm")),
    F("khoảng 60 tỷ đồng", "60", 60e9, "money", "đồng", "số thu thêm từ hộ kinh doanh",
      P("Quý IV", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
    F("trên 245 tỷ đồng", "245", 245e9, "money", "đồng", REV,
      P("cả năm", "2023-01-01", "2023-12-31"), approx="over", status="target"),
]

NOTES = [
    "Báo Hà Tĩnh online: headline figure (186 tỷ đồng), dateline 'Thứ Năm, 12/10/2023 - 15:10', tag '(Baohatinh.vn) -'.",
    "'đạt 47/60 hộ kế hoạch năm' → value 47, target 60 (not a total). 'chiếm 3,3% tổng số hộ' → percent of 1.236 (no",
    "number for the whole, so no total). 'Quý IV ... dự kiến' forecast; 'phấn đấu cả năm' target; year-less periods take 2023.",
    "Distractors: Quốc lộ 1, Quốc lộ 8A, Chỉ thị số 05/CT-UBND, 0239.3855.214, 15:10, eTax Mobile, byline.",
]

write(8, TEXT, FIGS, NOTES, published="2023-10-12", location="Hà Tĩnh")
