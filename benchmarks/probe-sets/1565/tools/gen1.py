"""p1565-1: province portal (Kiên Giang): dried seafood output 9 months 2024, a Phú Quốc firm."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KIÊN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Chế biến khô hải sản 9 tháng ước đạt gần 4.900 tấn

Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, sản lượng hải sản khô các loại trên địa bàn tỉnh Kiên Giang ước đạt 4.870 tấn, tăng 7,3% so với cùng kỳ năm 2023, bằng 71,6% kế hoạch năm. Trong đó, mực khô 1.240 tấn, cá cơm khô 2.150 tấn, ruốc và tôm khô 480 tấn.

Toàn tỉnh hiện có 186 cơ sở chế biến khô hải sản, tập trung chủ yếu tại TP Phú Quốc (74 cơ sở), huyện Kiên Hải (38 cơ sở) và TP Rạch Giá (29 cơ sở), giải quyết việc làm cho khoảng 2.300 lao động với thu nhập từ 6 đến 8 triệu đồng/người/tháng.

Tại TP Phú Quốc, Công ty TNHH Hải sản khô Hòn Thơm (số 27 đường 30/4, khu phố 7, phường An Thới) mỗi năm chế biến khoảng 420 tấn khô các loại, trong đó mực khô chiếm 35%. Mực khô loại 1 của công ty có giá từ 1,2 đến 1,5 triệu đồng/kg, cao hơn khoảng 100.000 đồng/kg so với đầu năm. Từ đầu năm đến nay, công ty xuất khẩu 86 tấn mực khô sang Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch hơn 1,9 triệu USD.

Quý IV, các cơ sở dự kiến chế biến thêm khoảng 1.800 tấn để phục vụ thị trường Tết Nguyên đán. Theo Quyết định số 2145/QĐ-UBND của UBND tỉnh, mục tiêu đến năm 2025 toàn tỉnh có ít nhất 20 sản phẩm khô hải sản đạt chứng nhận OCOP (hiện có 12 sản phẩm).

Tin liên quan:
- Phú Quốc: Nước mắm và khô cá cơm đạt OCOP 4 sao
- Kiên Hải tổ chức Phiên chợ hàng Việt năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
BY2025 = per("đến năm 2025", None, "2025-12-31")
PQ = "Phú Quốc"

FIGS = [
    fig("ước đạt gần 4.900", "4.900", 4900, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng chế biến khô hải sản", period=NINE_HEAD),
    fig("ước đạt 4.870 tấn", "4.870", 4870, "measure", "tấn", status="estimate", percent=71.6,
        change=chg("increase", 7.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng hải sản khô các loại", period=NINE),
    fig("mực khô 1.240 tấn", "1.240", 1240, "measure", "tấn", total=4870, status="estimate",
        subject="sản lượng mực khô", period=inh(NINE)),
    fig("cá cơm khô 2.150 tấn", "2.150", 2150, "measure", "tấn", total=4870, status="estimate",
        subject="sản lượng cá cơm khô", period=inh(NINE)),
    fig("tôm khô 480 tấn", "480", 480, "measure", "tấn", total=4870, status="estimate",
        subject="sản lượng ruốc và tôm khô", period=inh(NINE)),
    fig("có 186 cơ sở", "186", 186, "count", "cơ sở", subject="cơ sở chế biến khô hải sản"),
    fig("Phú Quốc (74 cơ sở)", "74", 74, "count", "cơ sở", subject="cơ sở chế biến khô hải sản", location=PQ),
    fig("Kiên Hải (38 cơ sở)", "38", 38, "count", "cơ sở", subject="cơ sở chế biến khô hải sản",
        location="Kiên Hải"),
    fig("Rạch Giá (29 cơ sở)", "29", 29, "count", "cơ sở", subject="cơ sở chế biến khô hải sản",
        location="Rạch Giá"),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động"),
    fig("khoảng 420 tấn", "420", 420, "measure", "tấn/năm", approx="about",
        subject="khô các loại Công ty TNHH Hải sản khô Hòn Thơm chế biến mỗi năm", location=PQ),
    fig("chiếm 35%", "35", 35, "percent", "%",
        subject="tỷ trọng mực khô trong sản lượng khô công ty chế biến", location=PQ),
    fig("từ 1,2 đến 1,5 triệu", "1,2", 1.2e6, "money", "đồng/kg", value_max=1.5e6,
        change=chg("increase", 100000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá mực khô loại 1 của công ty", location=PQ),
    fig("xuất khẩu 86 tấn", "86", 86, "measure", "tấn", subject="mực khô công ty xuất khẩu", period=YTD,
        location=PQ),
    fig("hơn 1,9 triệu", "1,9", 1.9e6, "money", "USD", approx="over",
        subject="kim ngạch xuất khẩu mực khô của công ty", period=YTD, location=PQ),
    fig("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng khô các cơ sở chế biến thêm", period=Q4),
    fig("ít nhất 20 sản phẩm", "20", 20, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm khô hải sản đạt chứng nhận OCOP", period=BY2025),
    fig("hiện có 12 sản phẩm", "12", 12, "count", "sản phẩm",
        subject="sản phẩm khô hải sản đạt chứng nhận OCOP"),
]

NOTES = [
    "Province portal (Kiên Giang): dried seafood output 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.386', related links.",
    "Distractors: 15:10, Lượt xem 1.386, 'số 27 đường 30/4, khu phố 7', Quyết định số 2145/QĐ-UBND, 'OCOP 4 sao' and 'năm 2024' in link titles.",
    "Headline '9 tháng ... ước đạt gần 4.900 tấn' is a figure of its own (estimate, nearly); '9 tháng' takes 2024 (dateline).",
    "'Trong đó' parts after a sentence break: total 4.870 tấn, status estimate carried from the whole, period inherited.",
    "'TP Phú Quốc (74 cơ sở) ...' list: places go to location; 74+38+29 != 186 and no 'trong đó'/'gồm' cue: no total.",
    "Phú Quốc firm passage: location Phú Quốc; 'Từ đầu năm đến nay' ends at the dateline 2024-10-07; Hàn Quốc, Đài Loan are trade partners.",
    "'mỗi năm chế biến khoảng 420 tấn' is a rate: unit tấn/năm. 'cao hơn khoảng 100.000 đồng/kg so với đầu năm' is the price's change.",
    "'(hiện có 12 sản phẩm)' is an actual figure inside a target sentence; 'OCOP 4 sao' is a rating level, not a figure.",
]

if __name__ == "__main__":
    write("p1565-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Kiên Giang")
