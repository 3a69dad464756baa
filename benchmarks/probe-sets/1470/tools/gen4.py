"""p1470-4: provincial newspaper (Báo Đồng Nai): trolley exporters, a company in Nhơn Trạch, 10 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Doanh nghiệp xe đẩy hàng có đơn đến hết quý I/2025

Thứ Ba, 12/11/2024 | 07:45

(ĐNO) - Sau giai đoạn khó khăn năm 2023, nhiều doanh nghiệp sản xuất xe đẩy hàng, xe đẩy siêu thị trên địa bàn tỉnh đã có đơn hàng đến hết quý I/2025.

Tại Công ty TNHH Thiết bị Vận chuyển Tân Phát (KCN Nhơn Trạch 2, huyện Nhơn Trạch), 10 tháng năm 2024 doanh nghiệp xuất khẩu hơn 146.000 chiếc xe đẩy siêu thị và xe đẩy hàng sàn, kim ngạch đạt 9,8 triệu USD, tăng 23% so với cùng kỳ. Trong đó, thị trường Hoa Kỳ chiếm 58%, châu Âu chiếm 27%.

"Hiện nhà máy chạy hai ca mỗi ngày, xuất khoảng 600 chiếc xe nhưng vẫn phải từ chối bớt đơn hàng", ông Lê Minh Tâm, Phó giám đốc công ty chia sẻ. Công ty có 420 công nhân, trong đó hơn 180 lao động nữ; thu nhập bình quân năm nay khoảng 10,2 triệu đồng/người/tháng.

Theo Sở Công Thương, toàn tỉnh hiện có 19 doanh nghiệp sản xuất xe đẩy các loại, trong đó 14 doanh nghiệp FDI. 10 tháng, xuất khẩu nhóm hàng này ước đạt 71,4 triệu USD, tăng 18,6% so với cùng kỳ năm 2023, đứng thứ 3 cả nước sau Bình Dương và TP Hồ Chí Minh.

Dù vậy, các doanh nghiệp vẫn lo ngại vụ điều tra chống bán phá giá của Hoa Kỳ. Nếu bị áp thuế, dự kiến doanh nghiệp của tỉnh phải chịu mức thuế từ 15 đến 25%, giá mỗi chiếc xe đẩy siêu thị loại 180 lít tăng thêm khoảng 8-10 USD.

Sở Công Thương dự báo cả năm 2024, kim ngạch xuất khẩu xe đẩy của tỉnh đạt khoảng 86 triệu USD; năm 2025 phấn đấu vượt mốc 100 triệu USD.

TRÚC LINH
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10S = per("10 tháng", "2024-01-01", "2024-10-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("hơn 146.000 chiếc", "146.000", 146000, "count", "chiếc", approx="over",
        subject="xe đẩy siêu thị và xe đẩy hàng sàn doanh nghiệp xuất khẩu", period=M10, location=NT),
    fig("đạt 9,8 triệu", "9,8", 9.8e6, "money", "USD", change=chg("increase", 23, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu", period=M10, location=NT),
    fig("Hoa Kỳ chiếm 58%", "58", 58, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu", period=inh(M10), location=NT),
    fig("châu Âu chiếm 27%", "27", 27, "percent", "%",
        subject="tỷ trọng thị trường châu Âu trong kim ngạch xuất khẩu", period=inh(M10), location=NT),
    fig("chạy hai ca", "hai", 2, "measure", "ca/ngày", subject="ca nhà máy chạy mỗi ngày", location=NT),
    fig("khoảng 600 chiếc", "600", 600, "measure", "chiếc/ngày", approx="about",
        subject="xe nhà máy xuất mỗi ngày", location=NT),
    fig("có 420 công nhân", "420", 420, "count", "công nhân", subject="công nhân của công ty", location=NT),
    fig("hơn 180 lao động", "180", 180, "count", "lao động", approx="over", total=420,
        subject="lao động nữ", location=NT),
    fig("khoảng 10,2 triệu", "10,2", 10.2e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân", period=NOW, location=NT),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xe đẩy các loại"),
    fig("14 doanh nghiệp FDI", "14", 14, "count", "doanh nghiệp", total=19,
        subject="doanh nghiệp FDI sản xuất xe đẩy"),
    fig("ước đạt 71,4 triệu", "71,4", 71.4e6, "money", "USD", status="estimate",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu nhóm hàng xe đẩy", period=M10S),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="xuất khẩu nhóm hàng xe đẩy", period=M10S),
    fig("từ 15 đến 25%", "15", 15, "percent", "%", value_max=25, status="forecast",
        subject="mức thuế chống bán phá giá doanh nghiệp của tỉnh phải chịu"),
    fig("loại 180 lít", "180", 180, "measure", "lít", subject="dung tích xe đẩy siêu thị", optional=True),
    fig("khoảng 8-10 USD", "8", 8, "money", "USD/chiếc", value_max=10, approx="about", status="forecast",
        subject="mức tăng giá mỗi chiếc xe đẩy siêu thị"),
    fig("khoảng 86 triệu", "86", 86e6, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu xe đẩy của tỉnh", period=Y24),
    fig("vượt mốc 100 triệu", "100", 100e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu xe đẩy của tỉnh", period=Y25),
]

NOTES = [
    "Provincial newspaper (Báo Đồng Nai): section menu, headline, 'Thứ Ba, 12/11/2024 | 07:45', sapo with tag '(ĐNO) -', byline at the end.",
    "Distractors: 'quý I/2025' (headline and sapo), 'năm 2023' in the sapo, 'KCN Nhơn Trạch 2', 07:45, 'Bình Dương và TP Hồ Chí Minh' after a rank.",
    "The company passage (Tân Phát, huyện Nhơn Trạch) is located in Nhơn Trạch; province figures (Sở Công Thương) in Đồng Nai (default).",
    "'Trong đó, thị trường Hoa Kỳ chiếm 58%, châu Âu chiếm 27%': percents after 'Trong đó' in a new sentence → figures of their own.",
    "'chạy hai ca mỗi ngày' → 2 ca/ngày (number word); 'xuất khoảng 600 chiếc xe' continues the same 'mỗi ngày' → chiếc/ngày.",
    "'trong đó hơn 180 lao động nữ' → total 420 (workers). '14 doanh nghiệp FDI' → total 19.",
    "'đứng thứ 3 cả nước' continues the 'ước đạt' clause → estimate; location stays Đồng Nai (cả nước is the field of the ranking).",
    "'dự kiến ... mức thuế từ 15 đến 25%, giá ... tăng thêm khoảng 8-10 USD': 'dự kiến' governs both clauses → forecast.",
    "  The price rise has no base amount: the rise is the figure (money, USD/chiếc), no change. 'loại 180 lít' is a product spec: optional.",
    "'Sở Công Thương dự báo cả năm 2024 ... 86 triệu USD' → forecast; 'năm 2025 phấn đấu vượt mốc 100 triệu USD' → target, approx over.",
    "'10 tháng' without a year takes 2024 from '10 tháng năm 2024' earlier; 'năm nay' = 2024 (published).",
]

if __name__ == "__main__":
    write("p1470-4", TEXT, NOTES, FIGS, published="2024-11-12", location="Đồng Nai")
