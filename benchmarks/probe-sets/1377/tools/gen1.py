"""p1377-1: province portal (Đồng Nai): footwear exports 9 months 2024, a shoe company in huyện Trảng Bom."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu giày dép 9 tháng ước đạt hơn 3,1 tỷ USD

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu giày dép của tỉnh Đồng Nai ước đạt 3,12 tỷ USD, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,1% kế hoạch năm. Trong đó, thị trường Hoa Kỳ ước đạt 1,26 tỷ USD, EU khoảng 745 triệu USD, Trung Quốc 318 triệu USD.

Giày dép là nhóm hàng xuất khẩu lớn thứ hai của tỉnh, sau dệt may, với tỷ trọng 17,8% tổng kim ngạch xuất khẩu.

Hiện toàn tỉnh có 186 doanh nghiệp sản xuất giày dép, trong đó 142 doanh nghiệp có vốn đầu tư nước ngoài; các doanh nghiệp sử dụng khoảng 265.000 lao động, chiếm 32% lao động làm việc tại các khu công nghiệp. Thu nhập bình quân của công nhân ngành giày 9 tháng đạt 8,7 triệu đồng/người/tháng, tăng khoảng 6% so với cùng kỳ.

Tại Khu công nghiệp Bàu Xéo, huyện Trảng Bom, Công ty TNHH Giày Phước Thịnh có 4 xưởng với 28 chuyền may, công suất khoảng 1,2 triệu đôi/tháng. Từ đầu năm đến nay, công ty xuất khẩu 9,6 triệu đôi giày, doanh thu trên 182 triệu USD; đơn hàng đã kín đến hết quý I/2025.

Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu giày dép đạt 4,1 tỷ USD. Sở Công Thương đề nghị các doanh nghiệp chủ động nguồn nguyên phụ liệu, tham gia Hội chợ Da giày quốc tế lần thứ 3 tại TP Biên Hòa.

Tin liên quan:
- Đồng Nai: Khởi công Nhà máy đế giày tại Khu công nghiệp Nhơn Trạch 6
- Hội nghị đối thoại doanh nghiệp FDI năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TB = "Trảng Bom"

FIGS = [
    fig("ước đạt hơn 3,1 tỷ", "3,1", 3.1e9, "money", "USD", approx="over", status="estimate",
        subject="xuất khẩu giày dép", period=NINE_H),
    fig("ước đạt 3,12 tỷ", "3,12", 3.12e9, "money", "USD", status="estimate", percent=76.1,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu giày dép", period=NINE),
    fig("Hoa Kỳ ước đạt 1,26 tỷ", "1,26", 1.26e9, "money", "USD", status="estimate", total=3.12e9,
        subject="kim ngạch xuất khẩu giày dép sang thị trường Hoa Kỳ", period=inh(NINE)),
    fig("EU khoảng 745 triệu", "745", 745e6, "money", "USD", approx="about", status="estimate", total=3.12e9,
        subject="kim ngạch xuất khẩu giày dép sang EU", period=inh(NINE)),
    fig("Trung Quốc 318 triệu", "318", 318e6, "money", "USD", status="estimate", total=3.12e9,
        subject="kim ngạch xuất khẩu giày dép sang Trung Quốc", period=inh(NINE)),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng",
        subject="nhóm hàng xuất khẩu giày dép"),
    fig("tỷ trọng 17,8%", "17,8", 17.8, "percent", "%",
        subject="tỷ trọng giày dép trong tổng kim ngạch xuất khẩu"),
    fig("có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép"),
    fig("142 doanh nghiệp", "142", 142, "count", "doanh nghiệp", total=186,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 265.000 lao động", "265.000", 265000, "count", "lao động", approx="about", percent=32,
        subject="lao động các doanh nghiệp giày dép sử dụng"),
    fig("đạt 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        change=chg("increase", 6, "%", "cùng kỳ", approx="about"),
        subject="thu nhập bình quân của công nhân ngành giày", period=NINE_H),
    fig("có 4 xưởng", "4", 4, "count", "xưởng",
        subject="xưởng của Công ty TNHH Giày Phước Thịnh", location=TB),
    fig("28 chuyền may", "28", 28, "count", "chuyền may",
        subject="chuyền may của Công ty TNHH Giày Phước Thịnh", location=TB),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "đôi/tháng", approx="about",
        subject="công suất của Công ty TNHH Giày Phước Thịnh", location=TB),
    fig("xuất khẩu 9,6 triệu", "9,6", 9.6e6, "count", "đôi", period=YTD,
        subject="giày công ty xuất khẩu", location=TB),
    fig("trên 182 triệu", "182", 182e6, "money", "USD", approx="over", period=YTD,
        subject="doanh thu của công ty", location=TB),
    fig("đạt 4,1 tỷ", "4,1", 4.1e9, "money", "USD", status="target", period=Y24,
        subject="kim ngạch xuất khẩu giày dép"),
]

NOTES = [
    "revised after the first run: pairs of shoes ('đôi') are counted items → kind count (was measure); rates in đôi/tháng, đôi/năm, đôi/ngày stay measure.",
    "Province portal (Đồng Nai): footwear exports 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.863', related links.",
    "Distractors: 08:45, Lượt xem 1.863, 'quý I/2025' (an as-of limit of the order book), 'lần thứ 3', 'Nhơn Trạch 6', 'năm 2024' in a link.",
    "Headline '9 tháng ước đạt hơn 3,1 tỷ USD' is a figure of its own (estimate, over); year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' market parts after a sentence break: total 3,12 tỷ; each has 'ước đạt'/continues it → estimate; period inherited.",
    "'lớn thứ hai' is a rank among product groups; 'với tỷ trọng 17,8%' is a percent figure (a share with no base amount of its own).",
    "'chiếm 32%' after 265.000 lao động is its percent attribute; 'tăng khoảng 6% so với cùng kỳ' the change of the wage.",
    "Company passage in huyện Trảng Bom: location Trảng Bom; 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1377-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Đồng Nai")
