"""p977-8: provincial newspaper online (Báo Tây Ninh), headline figure and '(BTN) -' tag; pigeons and quail, 9 months 2024."""
from lib import F, P, I, C, build

TEXT = """BÁO TÂY NINH ONLINE
Kinh tế › Nông nghiệp

Đàn bồ câu 9 tháng tăng 18%

Cập nhật: Thứ ba, 15/10/2024 - 14:05

(BTN) - Theo Chi cục Chăn nuôi và Thú y tỉnh, 9 tháng đầu năm 2024, tổng đàn bồ câu trên địa bàn tỉnh đạt khoảng 212.000 con, tăng 18% so với cùng kỳ; đàn chim cút đạt 1,36 triệu con, giảm 5,4%.

Bồ câu được nuôi tập trung tại các huyện Dương Minh Châu (58.000 con), Châu Thành (46.000 con), Gò Dầu (39.000 con) và thị xã Hòa Thành (27.000 con). Nhiều hộ nuôi quy mô lớn như trang trại của ông Nguyễn Văn Năm ở ấp Phước Hội, xã Phước Minh (Dương Minh Châu), cạnh đường ĐT.784, với 3.200 cặp bồ câu sinh sản, mỗi tháng xuất bán 2.500-2.800 cặp bồ câu thịt.

Sản lượng thịt bồ câu 9 tháng ước đạt 265 tấn, đạt 76% kế hoạch năm; sản lượng trứng cút ước đạt 218 triệu quả. Giá bồ câu thịt hiện ở mức 85.000 - 95.000 đồng/cặp, cao hơn cùng kỳ khoảng 10.000 đồng/cặp. Giá trứng cút ổn định ở mức 480-520 đồng/quả.

Ông Trần Quốc Bảo, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y cho biết, quý IV/2024 nhu cầu tiêu thụ dịp cuối năm tăng, dự kiến giá bồ câu có thể tăng thêm 5-7%. Tỉnh đặt mục tiêu đến năm 2025 tổng đàn bồ câu đạt 250.000 con, trong đó 40% được nuôi theo hình thức trang trại. Ngành chăn nuôi khuyến cáo người nuôi tiêm phòng đầy đủ, không tái đàn ồ ạt khi giá tăng.

THANH TÙNG
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9Y = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
DMC = "Dương Minh Châu"

FIGS = [
    F("9 tháng tăng 18%", "18", 18, "percent", "%", "tăng trưởng đàn bồ câu", period=M9),
    F("khoảng 212.000 con", "212.000", 212_000, "count", "con", "tổng đàn bồ câu", approx="about",
      change=C("increase", 18, baseline="cùng kỳ"), period=M9Y),
    F("đạt 1,36 triệu con", "1,36", 1_360_000, "count", "con", "đàn chim cút",
      change=C("decrease", 5.4), period=M9Y),
    F("Dương Minh Châu (58.000 con)", "58.000", 58_000, "count", "con", "đàn bồ câu", location=DMC,
      period=I(M9Y)),
    F("Châu Thành (46.000 con)", "46.000", 46_000, "count", "con", "đàn bồ câu", location="Châu Thành",
      period=I(M9Y)),
    F("Gò Dầu (39.000 con)", "39.000", 39_000, "count", "con", "đàn bồ câu", location="Gò Dầu",
      period=I(M9Y)),
    F("Hòa Thành (27.000 con)", "27.000", 27_000, "count", "con", "đàn bồ câu", location="Hòa Thành",
      period=I(M9Y)),
    F("với 3.200 cặp", "3.200", 3200, "count", "cặp", "bồ câu sinh sản của trang trại", location=DMC),
    F("2.500-2.800 cặp", "2.500", 2500, "measure", "cặp/tháng", "bồ câu thịt xuất bán mỗi tháng",
      value_max=2800, location=DMC),
    F("ước đạt 265 tấn", "265", 265, "measure", "tấn", "sản lượng thịt bồ câu", percent=76,
      status="estimate", period=M9),
    F("ước đạt 218 triệu quả", "218", 218_000_000, "count", "quả", "sản lượng trứng cút", status="estimate",
      period=M9),
    F("85.000 - 95.000 đồng/cặp", "85.000", 85_000, "money", "đồng/cặp", "giá bồ câu thịt", value_max=95_000,
      change=C("increase", 10_000, "đồng/cặp", baseline="cùng kỳ", approx="about")),
    F("480-520 đồng/quả", "480", 480, "money", "đồng/quả", "giá trứng cút", value_max=520),
    F("thêm 5-7%", "5", 5, "percent", "%", "mức tăng giá bồ câu", value_max=7, status="forecast", period=Q4),
    F("đạt 250.000 con", "250.000", 250_000, "count", "con", "tổng đàn bồ câu", status="target", period=T25),
    F("trong đó 40%", "40", 40, "percent", "%", "tỷ lệ bồ câu nuôi theo hình thức trang trại",
      status="target", period=T25),
]

COMMENTS = [
    "Báo Tây Ninh online, (BTN) tag, 'Cập nhật: Thứ ba, 15/10/2024 - 14:05': pigeons and quail, 9 months 2024 (invented).",
    "Headline '9 tháng tăng 18%': a growth rate as the claim (percent, no change); year-less '9 tháng' takes 2024 (published).",
    "'giảm 5,4%' after 1,36 triệu con is its change (baseline implied 'cùng kỳ', not written). District list: 58+46+39+27 != 212, no total.",
    "Not figures: 14:05, 'Thứ ba', ấp Phước Hội, đường ĐT.784, name Nguyễn Văn Năm, 'cùng kỳ' baselines.",
    "'Sản lượng thịt bồ câu 9 tháng' has the year-less period in the same sentence (scored, 2024).",
    "'trong đó 40%' after a target count: a percent figure of its own (a percent has no whole), target status.",
]

build(8, TEXT, FIGS, COMMENTS, published="2024-10-15", location="Tây Ninh")
