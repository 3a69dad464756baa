"""p1383-1: province portal (Bình Phước): cashew exports 9 months 2024, processors, raw-nut imports, prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu hạt điều 9 tháng đạt gần 1,4 tỷ USD

Cập nhật: 09/10/2024 15:05 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu hạt điều của tỉnh Bình Phước ước đạt 1,38 tỷ USD, tăng 21,6% so với cùng kỳ năm 2023, bằng 81,2% kế hoạch năm; khối lượng điều nhân xuất khẩu ước 219.500 tấn. Hạt điều tiếp tục là mặt hàng chủ lực, chiếm khoảng 36% tổng kim ngạch xuất khẩu của tỉnh.

Toàn tỉnh hiện có 412 doanh nghiệp, cơ sở chế biến điều, gồm 96 doanh nghiệp xuất khẩu trực tiếp và 316 cơ sở sơ chế, gia công; tổng công suất chế biến khoảng 1,2 triệu tấn/năm. Sản lượng điều trong tỉnh chỉ đáp ứng khoảng 30% nhu cầu nguyên liệu, vì vậy từ đầu năm đến nay các doanh nghiệp đã nhập khẩu hơn 640 nghìn tấn điều thô, chủ yếu từ Campuchia, Bờ Biển Ngà và Ghana.

Giá điều thô tại vườn hiện dao động từ 32.000 đến 35.000 đồng/kg, cao hơn khoảng 4.000 đồng/kg so với đầu vụ. Năm 2024, diện tích điều toàn tỉnh khoảng 143.600 ha, năng suất bình quân 1,25 tấn/ha, sản lượng ước 178.000 tấn.

Thực hiện Kế hoạch số 215/KH-UBND về phát triển ngành điều, tỉnh đặt mục tiêu đến năm 2025 có ít nhất 50.000 ha điều đạt chứng nhận hữu cơ hoặc VietGAP; phấn đấu cả năm 2024 kim ngạch xuất khẩu điều đạt 1,7 tỷ USD. Sở Công Thương đề nghị doanh nghiệp tăng tỷ lệ chế biến sâu, xây dựng thương hiệu điều nhân W320 mang chỉ dẫn địa lý "Bình Phước".

Tin liên quan:
- Khai mạc Hội chợ Điều Bình Phước lần thứ 3 năm 2024
- Đồng Phú: Nâng cấp Quốc lộ 14 đoạn qua xã Tân Lập
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-09")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
FULL24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("đạt gần 1,4 tỷ", "1,4", 1.4e9, "money", "USD", approx="nearly",
        subject="xuất khẩu hạt điều", period=NINE_H),
    fig("ước đạt 1,38 tỷ", "1,38", 1.38e9, "money", "USD", status="estimate", percent=81.2,
        change=chg("increase", 21.6, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu hạt điều của tỉnh", period=NINE),
    fig("ước 219.500 tấn", "219.500", 219500, "measure", "tấn", status="estimate",
        subject="khối lượng điều nhân xuất khẩu", period=NINE),
    fig("chiếm khoảng 36%", "36", 36, "percent", "%", approx="about",
        subject="hạt điều trong tổng kim ngạch xuất khẩu của tỉnh", period=inh(NINE)),
    fig("có 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp, cơ sở",
        subject="doanh nghiệp, cơ sở chế biến điều"),
    fig("gồm 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", total=412,
        subject="doanh nghiệp xuất khẩu trực tiếp"),
    fig("và 316 cơ sở", "316", 316, "count", "cơ sở", total=412,
        subject="cơ sở sơ chế, gia công"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất chế biến điều"),
    fig("khoảng 30% nhu cầu", "30", 30, "percent", "%", approx="about",
        subject="sản lượng điều trong tỉnh đáp ứng nhu cầu nguyên liệu"),
    fig("hơn 640 nghìn", "640", 640e3, "measure", "tấn", approx="over",
        subject="điều thô các doanh nghiệp nhập khẩu", period=YTD),
    fig("từ 32.000 đến 35.000", "32.000", 32000, "money", "đồng/kg", value_max=35000,
        change=chg("increase", 4000, "đồng/kg", "đầu vụ", approx="about"),
        subject="giá điều thô tại vườn"),
    fig("khoảng 143.600 ha", "143.600", 143600, "measure", "ha", approx="about",
        subject="diện tích điều toàn tỉnh", period=Y24),
    fig("bình quân 1,25 tấn/ha", "1,25", 1.25, "measure", "tấn/ha",
        subject="năng suất điều bình quân", period=Y24),
    fig("ước 178.000 tấn", "178.000", 178000, "measure", "tấn", status="estimate",
        subject="sản lượng điều toàn tỉnh", period=Y24),
    fig("ít nhất 50.000 ha", "50.000", 50000, "measure", "ha", approx="at_least", status="target",
        subject="diện tích điều đạt chứng nhận hữu cơ hoặc VietGAP", period=TO25),
    fig("đạt 1,7 tỷ", "1,7", 1.7e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu điều", period=FULL24),
]

NOTES = [
    "Province portal (Bình Phước): breadcrumb, headline figure, 'Cập nhật: 09/10/2024 15:05 | Lượt xem: 1.862', related links.",
    "Distractors: 15:05, Lượt xem 1.862, Kế hoạch số 215/KH-UBND, 'điều nhân W320', 'lần thứ 3 năm 2024', 'Quốc lộ 14'.",
    "Headline '9 tháng ... gần 1,4 tỷ USD' is a figure (nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "1,38 tỷ USD carries change 21,6% and percent 81,2% ('bằng ... kế hoạch năm' is a share of plan, the spec's percent attribute).",
    "'gồm 96 doanh nghiệp ... và 316 cơ sở' add up to 412: both take total 412.",
    "'chiếm khoảng 36%' stands in its own sentence with no base amount: a percent figure; period inherited from 9 tháng.",
    "'cao hơn khoảng 4.000 đồng/kg so với đầu vụ' is the change of the price range (unit đồng/kg, about). 'hiện' prices: no period.",
    "'từ đầu năm đến nay' ends at the dateline 2024-10-09. 'Năm 2024 ... khoảng ..., ..., sản lượng ước ...': only the last clause is estimate.",
    "'mục tiêu đến năm 2025 ... ít nhất 50.000 ha' target, at_least; 'phấn đấu cả năm 2024 ... 1,7 tỷ USD' target.",
]

if __name__ == "__main__":
    write("p1383-1", TEXT, NOTES, FIGS, published="2024-10-09", location="Bình Phước")
