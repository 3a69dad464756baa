"""p1248-1: province portal (Cổng TTĐT tỉnh Sơn La): 9-month new planting of grass and biomass maize, Mộc Châu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp

Sơn La: 9 tháng trồng mới hơn 1.200 ha cỏ và ngô sinh khối

Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.186

9 tháng năm 2024, toàn tỉnh trồng mới 1.236 ha cỏ và ngô sinh khối phục vụ chăn nuôi, tăng 8,4% so với cùng kỳ năm 2023, bằng 82,4% kế hoạch năm. Trong đó, cỏ voi và cỏ VA06 chiếm 715 ha, ngô sinh khối 521 ha. Tổng diện tích cây thức ăn xanh hiện có trên địa bàn tỉnh ước đạt 9.870 ha, cho sản lượng khoảng 1,05 triệu tấn thức ăn thô xanh mỗi năm.

Huyện Mộc Châu là địa phương có diện tích lớn nhất với 3.420 ha, chiếm 34,7% diện tích toàn tỉnh, chủ yếu cung cấp cho đàn bò sữa hơn 28.000 con. Năng suất cỏ voi tại đây bình quân đạt 180-200 tấn/ha/năm, mỗi năm cắt từ 6 đến 8 lứa. Công ty cổ phần Thức ăn xanh Tây Bắc (tiểu khu 19, thị trấn Nông trường Mộc Châu) ký hợp đồng bao tiêu ngô sinh khối với 640 hộ, giá thu mua 1.150 đồng/kg, cao hơn 100 đồng/kg so với năm trước.

Nhờ chủ động nguồn thức ăn, tổng đàn trâu, bò của tỉnh ước đạt 412.500 con. Sản lượng sữa tươi 9 tháng đạt gần 98.000 tấn. Quý IV, tỉnh phấn đấu trồng thêm khoảng 265 ha, đưa diện tích trồng mới cả năm đạt 1.500 ha. Mục tiêu đến năm 2025, diện tích cây thức ăn xanh của tỉnh đạt ít nhất 11.000 ha.

Tin liên quan:
- Mộc Châu tổ chức Hội thi bò sữa lần thứ 3
- Sơn La triển khai Nghị quyết số 18/2023/NQ-HĐND về phát triển chăn nuôi
- Phòng chống rét cho đàn gia súc vụ Đông Xuân 2024-2025
"""

M9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9Y = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
MC = "Mộc Châu"

FIGS = [
    fig("hơn 1.200 ha", "1.200", 1200, "measure", "ha", approx="over",
        subject="diện tích trồng mới cỏ và ngô sinh khối", period=M9),
    fig("trồng mới 1.236 ha", "1.236", 1236, "measure", "ha", percent=82.4,
        change=chg("increase", 8.4, "%", "cùng kỳ năm 2023"),
        subject="diện tích trồng mới cỏ và ngô sinh khối phục vụ chăn nuôi", period=M9Y),
    fig("chiếm 715 ha", "715", 715, "measure", "ha", total=1236,
        subject="diện tích trồng mới cỏ voi và cỏ VA06", period=inh(M9Y)),
    fig("ngô sinh khối 521 ha", "521", 521, "measure", "ha", total=1236,
        subject="diện tích trồng mới ngô sinh khối", period=inh(M9Y)),
    fig("ước đạt 9.870 ha", "9.870", 9870, "measure", "ha", status="estimate",
        subject="tổng diện tích cây thức ăn xanh hiện có trên địa bàn tỉnh"),
    fig("khoảng 1,05 triệu tấn", "1,05", 1050000, "measure", "tấn/năm", approx="about", status="estimate",
        subject="sản lượng thức ăn thô xanh"),
    fig("với 3.420 ha", "3.420", 3420, "measure", "ha", percent=34.7,
        subject="diện tích cây thức ăn xanh", location=MC),
    fig("hơn 28.000 con", "28.000", 28000, "count", "con", approx="over",
        subject="đàn bò sữa", location=MC),
    fig("đạt 180-200 tấn", "180", 180, "measure", "tấn/ha/năm", value_max=200,
        subject="năng suất cỏ voi bình quân", location=MC),
    fig("từ 6 đến 8 lứa", "6", 6, "measure", "lứa/năm", value_max=8,
        subject="số lứa cắt cỏ voi mỗi năm", location=MC),
    fig("với 640 hộ", "640", 640, "count", "hộ",
        subject="hộ ký hợp đồng bao tiêu ngô sinh khối với Công ty cổ phần Thức ăn xanh Tây Bắc", location=MC),
    fig("mua 1.150 đồng/kg", "1.150", 1150, "money", "đồng/kg",
        change=chg("increase", 100, "đồng/kg", "năm trước"),
        subject="giá thu mua ngô sinh khối", location=MC),
    fig("ước đạt 412.500 con", "412.500", 412500, "count", "con", status="estimate",
        subject="tổng đàn trâu, bò của tỉnh"),
    fig("gần 98.000 tấn", "98.000", 98000, "measure", "tấn", approx="nearly",
        subject="sản lượng sữa tươi", period=M9),
    fig("khoảng 265 ha", "265", 265, "measure", "ha", approx="about", status="target",
        subject="diện tích trồng thêm cỏ và ngô sinh khối", period=Q4),
    fig("đạt 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
        subject="diện tích trồng mới cả năm", period=Y24),
    fig("ít nhất 11.000 ha", "11.000", 11000, "measure", "ha", approx="at_least", status="target",
        subject="diện tích cây thức ăn xanh của tỉnh", period=T25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Sơn La): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.186', related links.",
    "Distractors: 'Lượt xem: 3.186', time 09:35, 'tiểu khu 19' (address), 'lần thứ 3', 'Nghị quyết số 18/2023/NQ-HĐND',",
    "'vụ Đông Xuân 2024-2025', 'cỏ VA06' (variety name with digits).",
    "Headline '9 tháng' without a year takes the year of published (2024). 'bằng 82,4% kế hoạch năm' is the share (percent attribute).",
    "'Trong đó' after a sentence break: 715 ha and 521 ha add up to 1.236 ha → total; their period stands in the previous sentence (inherited).",
    "'cho sản lượng khoảng 1,05 triệu tấn ... mỗi năm' continues the 'ước đạt' clause → estimate; 'mỗi năm' makes it tấn/năm.",
    "'mỗi năm cắt từ 6 đến 8 lứa' is a rate (lứa/năm, measure). Mộc Châu passage → location Mộc Châu.",
    "'cao hơn 100 đồng/kg so với năm trước' → change in đồng/kg. The herd (stock) and the standing area get no period.",
]

if __name__ == "__main__":
    write("p1248-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Sơn La")
