"""p1451-1: province portal (Cổng TTĐT tỉnh Hải Dương): túi xách, ví da 9 tháng năm 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, xuất khẩu túi xách, ví da tăng hơn 11%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.362

Theo Sở Công Thương, 9 tháng năm 2024, sản lượng túi xách các loại của các doanh nghiệp trên địa bàn tỉnh ước đạt 21,4 triệu chiếc, tăng 8,2% so với cùng kỳ năm 2023, bằng 73,8% kế hoạch năm. Kim ngạch xuất khẩu túi xách, ví, vali 9 tháng ước đạt 386 triệu USD, tăng 11,3% so với cùng kỳ; trong đó thị trường Mỹ chiếm 41%, thị trường EU chiếm khoảng 27%.

Toàn tỉnh hiện có 38 doanh nghiệp sản xuất túi xách, đồ da, gồm 29 doanh nghiệp FDI và 9 doanh nghiệp trong nước, sử dụng trên 46.000 lao động. Thu nhập bình quân của người lao động trong ngành đạt 8,7 triệu đồng/người/tháng, cao hơn 6% so với năm trước.

Tại huyện Cẩm Giàng, Công ty TNHH Túi xách Minh Phát (vốn Hàn Quốc) đang vận hành 12 chuyền may với khoảng 2.300 công nhân. Từ đầu năm đến nay, công ty đã xuất khẩu gần 3,1 triệu sản phẩm, doanh thu đạt 58 triệu USD; riêng tháng 9, đơn hàng ví da nữ đạt 140 nghìn chiếc.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm 7,6 triệu chiếc túi xách, đưa sản lượng cả năm lên 29 triệu chiếc. Dự kiến đến năm 2025, ngành túi xách, đồ da của tỉnh thu hút thêm từ 3.000 đến 4.000 lao động.

Tin liên quan:
- Hải Dương: Hội nghị kết nối cung cầu hàng hóa lần thứ 3
- Khởi công nhà máy giày da tại Khu công nghiệp Cẩm Điền - Lương Điền
- Gặp mặt doanh nghiệp FDI năm 2024
"""

PUB = "2024-10-14"
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", PUB)
CG = "Cẩm Giàng"

FIGS = [
    fig("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="xuất khẩu túi xách, ví da", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("ước đạt 21,4 triệu", "21,4", 21.4e6, "count", "chiếc", percent=73.8,
        change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="sản lượng túi xách các loại của các doanh nghiệp trên địa bàn tỉnh", period=M9),
    fig("ước đạt 386 triệu", "386", 386e6, "money", "USD",
        change=chg("increase", 11.3, "%", "cùng kỳ"), status="estimate",
        subject="kim ngạch xuất khẩu túi xách, ví, vali", period=M9b),
    fig("Mỹ chiếm 41%", "41", 41, "percent", "%", status="estimate",
        subject="thị trường Mỹ trong kim ngạch xuất khẩu túi xách, ví, vali", period=M9b),
    fig("khoảng 27%", "27", 27, "percent", "%", approx="about", status="estimate",
        subject="thị trường EU trong kim ngạch xuất khẩu túi xách, ví, vali", period=M9b),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất túi xách, đồ da"),
    fig("gồm 29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=38,
        subject="doanh nghiệp FDI sản xuất túi xách, đồ da"),
    fig("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=38,
        subject="doanh nghiệp trong nước sản xuất túi xách, đồ da"),
    fig("trên 46.000 lao động", "46.000", 46000, "count", "lao động", approx="over",
        subject="lao động của các doanh nghiệp sản xuất túi xách, đồ da"),
    fig("đạt 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        change=chg("increase", 6, "%", "năm trước"),
        subject="thu nhập bình quân của người lao động trong ngành"),
    fig("12 chuyền may", "12", 12, "count", "chuyền may",
        subject="chuyền may Công ty TNHH Túi xách Minh Phát vận hành", location=CG),
    fig("khoảng 2.300 công nhân", "2.300", 2300, "count", "công nhân", approx="about",
        subject="công nhân Công ty TNHH Túi xách Minh Phát", location=CG),
    fig("gần 3,1 triệu", "3,1", 3.1e6, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm Công ty TNHH Túi xách Minh Phát xuất khẩu", period=YTD, location=CG),
    fig("đạt 58 triệu", "58", 58e6, "money", "USD",
        subject="doanh thu Công ty TNHH Túi xách Minh Phát", period=YTD, location=CG),
    fig("đạt 140 nghìn", "140", 140e3, "count", "chiếc",
        subject="đơn hàng ví da nữ", period=per("tháng 9", "2024-09-01", "2024-09-30"), location=CG),
    fig("thêm 7,6 triệu", "7,6", 7.6e6, "count", "chiếc túi xách", status="target",
        subject="túi xách các doanh nghiệp sản xuất thêm", period=per("Quý IV", "2024-10-01", "2024-12-31")),
    fig("lên 29 triệu", "29", 29e6, "count", "chiếc", status="target",
        subject="sản lượng túi xách cả năm", period=per("cả năm", "2024-01-01", "2024-12-31")),
    fig("từ 3.000 đến 4.000", "3.000", 3000, "count", "lao động", value_max=4000, status="forecast",
        subject="lao động ngành túi xách, đồ da của tỉnh thu hút thêm", period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Province portal (Hải Dương): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.362' (published), related links.",
    "Headline '9 tháng ... tăng hơn 11%' is a growth rate as the claim: percent, approx over; year from published (nothing earlier).",
    "'bằng 73,8% kế hoạch năm' is the percent attribute of 21,4 triệu chiếc; 'trong đó thị trường Mỹ chiếm 41%, ... EU chiếm khoảng 27%' are",
    "percent figures of their own (shares, not amounts) and keep the estimate status of the clause they continue; Mỹ/EU are trade partners.",
    "'gồm 29 ... và 9 ...' take total 38. Passage of Minh Phát in huyện Cẩm Giàng → location Cẩm Giàng. 'Từ đầu năm đến nay' ends at published.",
    "'Quý IV ... phấn đấu sản xuất thêm 7,6 triệu chiếc ..., đưa sản lượng cả năm lên 29 triệu chiếc' → both target; 29 triệu has period 'cả năm'.",
    "revised: unit of '7,6 triệu chiếc túi xách' 'chiếc' → 'chiếc túi xách' (names what is counted; 'chiếc' is a classifier).",
    "Distractors: Lượt xem 1.362, time 08:45, 'lần thứ 3', 'Cẩm Điền - Lương Điền', 'năm 2024' in a link title, 'năm trước' baseline.",
]

if __name__ == "__main__":
    write("p1451-1", TEXT, NOTES, FIGS, published=PUB, location="Hải Dương")
