"""p1564-1: province portal (Bắc Ninh), 9-month lock output, one company in thị xã Quế Võ, prices, Q4 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất khóa cửa 9 tháng tăng hơn 11%

Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.862

9 tháng đầu năm 2024, các doanh nghiệp sản xuất khóa trên địa bàn tỉnh ước đạt 14,6 triệu chiếc khóa các loại, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm; trong đó khóa cửa chính và khóa tay gạt 8,2 triệu chiếc, ổ khóa treo 5,1 triệu chiếc, khóa điện tử và khóa vân tay khoảng 1,3 triệu chiếc.

Hiện toàn tỉnh có 27 doanh nghiệp sản xuất khóa và phụ kiện cửa, tập trung tại các khu công nghiệp Quế Võ II, Tiên Sơn và Yên Phong, sử dụng khoảng 6.400 lao động với thu nhập bình quân 9,2 triệu đồng/người/tháng.

Tại thị xã Quế Võ, Công ty TNHH Khóa Kim Thành vừa đưa vào vận hành dây chuyền đúc áp lực thứ ba, nâng công suất lên 4 triệu sản phẩm/năm. Từ đầu năm đến nay, công ty xuất khẩu hơn 1,2 triệu bộ khóa sang Hàn Quốc, Australia và Trung Đông, kim ngạch đạt 9,7 triệu USD, chiếm gần 40% doanh thu.

Theo Sở Công Thương, giá khóa cửa sản xuất trong tỉnh phổ biến từ 250.000 đến 1,8 triệu đồng/bộ, khóa vân tay từ 2,5-6 triệu đồng/bộ. Giá khóa vân tay nội địa thấp hơn hàng nhập khẩu cùng loại khoảng 20-25%.

Quý IV, ngành phấn đấu sản xuất thêm 4,5 triệu chiếc, đưa sản lượng cả năm đạt trên 19 triệu chiếc, doanh thu khoảng 3.100 tỷ đồng.

Tin liên quan:
- Hội chợ hàng công nghiệp nông thôn tiêu biểu lần thứ 4
- Triển khai Kế hoạch số 215/KH-UBND về phát triển công nghiệp hỗ trợ
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TDN = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("9 tháng tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="sản xuất khóa cửa", period=H9),
    fig("ước đạt 14,6 triệu", "14,6", 14.6e6, "count", "chiếc", status="estimate",
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"), percent=76.8,
        subject="khóa các loại các doanh nghiệp sản xuất", period=N9),
    fig("tay gạt 8,2 triệu", "8,2", 8.2e6, "count", "chiếc", status="estimate", total=14.6e6,
        subject="khóa cửa chính và khóa tay gạt", period=N9),
    fig("ổ khóa treo 5,1 triệu", "5,1", 5.1e6, "count", "chiếc", status="estimate", total=14.6e6,
        subject="ổ khóa treo", period=N9),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "chiếc", approx="about", status="estimate", total=14.6e6,
        subject="khóa điện tử và khóa vân tay", period=N9),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất khóa và phụ kiện cửa"),
    fig("khoảng 6.400 lao động", "6.400", 6400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất khóa sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("lên 4 triệu sản phẩm/năm", "4", 4e6, "measure", "sản phẩm/năm",
        subject="công suất của Công ty TNHH Khóa Kim Thành", location=QV),
    fig("hơn 1,2 triệu bộ", "1,2", 1.2e6, "count", "bộ khóa", approx="over",
        subject="bộ khóa công ty xuất khẩu", period=TDN, location=QV),
    fig("đạt 9,7 triệu USD", "9,7", 9.7e6, "money", "USD", percent=40,
        subject="kim ngạch xuất khẩu của công ty", period=TDN, location=QV),
    fig("từ 250.000 đến 1,8 triệu", "250.000", 250000, "money", "đồng/bộ", value_max=1.8e6,
        subject="giá khóa cửa sản xuất trong tỉnh"),
    fig("từ 2,5-6 triệu", "2,5", 2.5e6, "money", "đồng/bộ", value_max=6e6,
        subject="giá khóa vân tay"),
    fig("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about",
        subject="mức giá khóa vân tay nội địa thấp hơn hàng nhập khẩu cùng loại"),
    fig("thêm 4,5 triệu chiếc", "4,5", 4.5e6, "count", "chiếc", status="target",
        subject="khóa ngành sản xuất thêm", period=Q4),
    fig("trên 19 triệu chiếc", "19", 19e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng khóa cả năm", period=CN),
    fig("khoảng 3.100 tỷ", "3.100", 3100e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu ngành khóa", period=CN),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.862', related links.",
    "Distractors: 15:10, 'Lượt xem: 1.862', KCN 'Quế Võ II', ordinal 'dây chuyền ... thứ ba', 'lần thứ 4', 'Kế hoạch số 215/KH-UBND'.",
    "Headline '9 tháng tăng hơn 11%' is a growth claim (percent, over); year from the dateline. No cue in the headline: actual.",
    "14,6 triệu: 'ước đạt' → estimate, 'tăng 11,4% so với cùng kỳ năm 2023' change, 'bằng 76,8% kế hoạch năm' percent.",
    "The three parts after '; trong đó' add up to 14,6 triệu chiếc: total, and they continue the 'ước đạt' clause (estimate).",
    "Company passage in thị xã Quế Võ: location Quế Võ. 'Từ đầu năm đến nay' ends at the dateline 2024-10-07.",
    "'chiếm gần 40% doanh thu' after 9,7 triệu USD is its percent attribute (approx of an attribute is not recorded).",
    "'từ 250.000 đến 1,8 triệu đồng/bộ' is a range; '2,5-6 triệu' takes the multiplier on both ends.",
    "'thấp hơn ... khoảng 20-25%' stands alone in its sentence (no amount to attach to): a percent figure, range, about.",
    "Quý IV / cả năm are year-less: 2024 from the nearest earlier period. 'phấn đấu' → target for the whole sentence.",
]

if __name__ == "__main__":
    write("p1564-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Bắc Ninh")
