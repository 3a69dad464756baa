"""p1493-1: province portal (Hưng Yên): hangers and drying racks 9 months 2024, a hanger maker in Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hưng Yên: Sản xuất móc áo, giá phơi 9 tháng tăng gần 12%

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất nhóm sản phẩm đồ gia dụng bằng nhựa và kim loại (móc áo, giá phơi, sào phơi, kẹp phơi) trên địa bàn tỉnh Hưng Yên ước đạt 3.460 tỷ đồng, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm.

Sản lượng móc áo các loại ước đạt 412 triệu chiếc, trong đó móc áo nhựa 286 triệu chiếc, móc áo inox và móc bọc nhựa 126 triệu chiếc. Giá phơi đồ các loại đạt khoảng 1,35 triệu bộ; sào phơi inox đạt gần 2,8 triệu cây.

Toàn tỉnh hiện có 47 doanh nghiệp và hơn 300 hộ kinh doanh sản xuất mặt hàng này, thu hút trên 6.200 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng.

Tại Khu công nghiệp Phố Nối A, huyện Văn Lâm, Công ty TNHH Gia dụng Minh Khang vừa đưa vào vận hành hai dây chuyền ép nhựa tự động, nâng công suất lên 5.000 móc áo/giờ. Từ đầu năm đến nay, công ty xuất khẩu 38 triệu chiếc móc áo sang Nhật Bản và Hàn Quốc, kim ngạch đạt 4,6 triệu USD, chiếm 61% doanh thu.

Kim ngạch xuất khẩu nhóm hàng gia dụng nhựa - kim loại của tỉnh 9 tháng ước đạt 58,4 triệu USD, tăng 15,3% so với cùng kỳ.

Quý IV, ngành công thương phấn đấu tăng thêm 1.100 tỷ đồng giá trị sản xuất, đưa cả năm đạt khoảng 4.560 tỷ đồng. Sở Công Thương đề nghị doanh nghiệp thực hiện Quyết định số 1225/QĐ-UBND về chương trình khuyến công và đăng ký tham gia Hội chợ hàng công nghiệp nông thôn tiêu biểu lần thứ 3.

Tin liên quan:
- Hưng Yên: Hội nghị xúc tiến thương mại năm 2024
- Văn Lâm: Khánh thành nhà xưởng số 2 của Công ty Nhựa Đông Á
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản xuất móc áo, giá phơi", period=NINE_S),
    fig("ước đạt 3.460 tỷ", "3.460", 3460e9, "money", "đồng", status="estimate", percent=76.2,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm đồ gia dụng bằng nhựa và kim loại", period=NINE),
    fig("ước đạt 412 triệu", "412", 412e6, "count", "chiếc", status="estimate",
        subject="sản lượng móc áo các loại", period=inh(NINE)),
    fig("móc áo nhựa 286 triệu", "286", 286e6, "count", "chiếc", total=412e6, status="estimate",
        subject="sản lượng móc áo nhựa", period=inh(NINE)),
    fig("bọc nhựa 126 triệu", "126", 126e6, "count", "chiếc", total=412e6, status="estimate",
        subject="sản lượng móc áo inox và móc bọc nhựa", period=inh(NINE)),
    fig("khoảng 1,35 triệu bộ", "1,35", 1.35e6, "count", "bộ", approx="about",
        subject="giá phơi đồ các loại", period=inh(NINE)),
    fig("gần 2,8 triệu cây", "2,8", 2.8e6, "count", "cây", approx="nearly",
        subject="sào phơi inox", period=inh(NINE)),
    fig("có 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất mặt hàng này"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ kinh doanh", approx="over",
        subject="hộ kinh doanh sản xuất mặt hàng này"),
    fig("trên 6.200 lao động", "6.200", 6200, "count", "lao động", approx="over",
        subject="lao động sản xuất mặt hàng này"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của lao động"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép nhựa tự động đưa vào vận hành", location=VL),
    fig("5.000 móc áo/giờ", "5.000", 5000, "measure", "móc áo/giờ",
        subject="công suất", location=VL),
    fig("xuất khẩu 38 triệu", "38", 38e6, "count", "chiếc",
        subject="móc áo công ty xuất khẩu sang Nhật Bản và Hàn Quốc", period=YTD, location=VL),
    fig("đạt 4,6 triệu", "4,6", 4.6e6, "money", "USD", percent=61,
        subject="kim ngạch xuất khẩu móc áo của công ty", period=YTD, location=VL),
    fig("ước đạt 58,4 triệu", "58,4", 58.4e6, "money", "USD", status="estimate",
        change=chg("increase", 15.3, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu nhóm hàng gia dụng nhựa - kim loại của tỉnh", period=NINE_S),
    fig("thêm 1.100 tỷ", "1.100", 1100e9, "money", "đồng", status="target",
        subject="giá trị sản xuất tăng thêm", period=Q4),
    fig("khoảng 4.560 tỷ", "4.560", 4560e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): hangers, drying racks, poles 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'Phố Nối A', Quyết định số 1225/QĐ-UBND, 'lần thứ 3', 'năm 2024' and 'nhà xưởng số 2' in related links.",
    "Headline 'tăng gần 12%' is a growth rate as the claim (percent, nearly, no change); year-less '9 tháng' takes 2024.",
    "'bằng 76,2% kế hoạch năm' is the percent attribute of 3.460 tỷ; 'tăng 11,8%' its change.",
    "'trong đó' parts take total 412 triệu and the whole's 'ước đạt' (estimate). The next sentence ('Giá phơi ... đạt khoảng') has no cue: actual.",
    "The Minh Khang passage stands in huyện Văn Lâm: location Văn Lâm; 'Từ đầu năm đến nay' ends at the dateline 2024-10-15.",
    "'Quý IV' (year-less) → 2024; 'phấn đấu' governs both clauses of its sentence (target).",
]

if __name__ == "__main__":
    write("p1493-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Hưng Yên")
