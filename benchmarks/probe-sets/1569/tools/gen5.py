"""p1569-5: provincial Party newspaper (Báo Đồng Khởi, Bến Tre): coconut milk exports, a firm in huyện Châu Thành."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG KHỞI ĐIỆN TỬ
Kinh tế > Công nghiệp - Thương mại

Sữa dừa Bến Tre vươn ra thị trường quốc tế

Thứ Tư, 14/08/2024 - 07:35

(ĐK) - Từ trái dừa quen thuộc, các doanh nghiệp trên địa bàn tỉnh đã chế biến thành sữa dừa, sữa hạt dừa đóng hộp, đưa sản phẩm đến hơn 20 thị trường.

Tại Khu công nghiệp Giao Long, huyện Châu Thành, Công ty TNHH Thực phẩm Dừa Xanh Mekong đang vận hành hai dây chuyền sữa dừa tiệt trùng với tổng công suất 45 triệu hộp/năm. 7 tháng đầu năm 2024, công ty xuất khẩu 18,2 triệu hộp sữa dừa, đạt kim ngạch gần 9,6 triệu USD, tăng 23% so với cùng kỳ; trong đó thị trường Hàn Quốc chiếm khoảng 40%. Mỗi tháng, công ty thu mua khoảng 2,5 triệu trái dừa của nông dân với giá từ 75.000 đến 90.000 đồng/chục.

Ông Trần Minh Khoa, Giám đốc công ty cho biết, năm nay công ty dự kiến đầu tư thêm 1 dây chuyền sữa hạt dừa với vốn khoảng 120 tỷ đồng, nâng tổng công suất lên 60 triệu hộp/năm, tạo việc làm cho thêm 80 lao động.

Theo Sở Công Thương, toàn tỉnh hiện có 7 doanh nghiệp sản xuất sữa dừa và đồ uống từ dừa. 7 tháng đầu năm, kim ngạch xuất khẩu nhóm sản phẩm này ước đạt 46,3 triệu USD, chiếm 8,1% kim ngạch xuất khẩu của tỉnh. Diện tích dừa toàn tỉnh trên 79.000 ha, sản lượng năm 2023 khoảng 700 triệu trái, đứng đầu cả nước.

Tỉnh phấn đấu đến năm 2025 kim ngạch xuất khẩu các sản phẩm chế biến từ dừa đạt 500 triệu USD, trong đó sữa dừa và đồ uống từ dừa chiếm ít nhất 15%.

THANH TÂM
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7b = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CT = "Châu Thành"

FIGS = [
    fig("hơn 20 thị trường", "20", 20, "count", "thị trường", approx="over",
        subject="thị trường có sản phẩm sữa dừa, sữa hạt dừa của tỉnh"),
    fig("vận hành hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền sữa dừa tiệt trùng công ty vận hành", location=CT),
    fig("suất 45 triệu", "45", 45e6, "measure", "hộp/năm", subject="tổng công suất hai dây chuyền sữa dừa tiệt trùng", location=CT),
    fig("xuất khẩu 18,2 triệu", "18,2", 18.2e6, "count", "hộp", subject="sữa dừa công ty xuất khẩu",
        period=M7, location=CT),
    fig("gần 9,6 triệu", "9,6", 9.6e6, "money", "USD", approx="nearly",
        change=chg("increase", 23, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu của công ty",
        period=M7, location=CT),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ trọng thị trường Hàn Quốc trong kim ngạch xuất khẩu", period=M7, location=CT),
    fig("khoảng 2,5 triệu", "2,5", 2.5e6, "measure", "trái/tháng", approx="about",
        subject="dừa công ty thu mua mỗi tháng", location=CT),
    fig("từ 75.000 đến 90.000", "75.000", 75000, "money", "đồng/chục", value_max=90000,
        subject="giá thu mua dừa", location=CT),
    fig("thêm 1 dây chuyền", "1", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sữa hạt dừa đầu tư thêm", period=NOW, location=CT),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư dây chuyền sữa hạt dừa", period=NOW, location=CT),
    fig("lên 60 triệu", "60", 60e6, "measure", "hộp/năm", status="forecast", subject="tổng công suất của công ty",
        period=NOW, location=CT),
    fig("thêm 80 lao động", "80", 80, "count", "lao động", status="forecast",
        subject="lao động được tạo việc làm thêm", period=NOW, location=CT),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sữa dừa và đồ uống từ dừa"),
    fig("ước đạt 46,3 triệu", "46,3", 46.3e6, "money", "USD", status="estimate", percent=8.1,
        subject="kim ngạch xuất khẩu sữa dừa và đồ uống từ dừa", period=M7b),
    fig("trên 79.000 ha", "79.000", 79000, "measure", "ha", approx="over", subject="diện tích dừa toàn tỉnh"),
    fig("khoảng 700 triệu", "700", 700e6, "count", "trái", approx="about", subject="sản lượng dừa",
        period=Y23),
    fig("đạt 500 triệu", "500", 500e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu các sản phẩm chế biến từ dừa", period=T25),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng sữa dừa và đồ uống từ dừa trong kim ngạch xuất khẩu", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Khởi, Bến Tre): section path, headline, 'Thứ Tư, 14/08/2024 - 07:35' (published), sapo with tag '(ĐK) -', byline THANH TÂM.",
    "Distractors: 07:35, 'Khu công nghiệp Giao Long', baseline 'cùng kỳ', 'đứng đầu cả nước' (a rank without a number: not annotated).",
    "The company passage (paragraphs 2-3) is in huyện Châu Thành → location Châu Thành; province figures Bến Tre.",
    "'tăng 23% so với cùng kỳ' attaches to the export value next to it; 'trong đó thị trường Hàn Quốc chiếm khoảng 40%' is a percent figure of its own.",
    "'Mỗi tháng ... khoảng 2,5 triệu trái' → rate trái/tháng (measure, as 'bác sĩ/1 vạn dân'); price per 'chục' (dozen).",
    "'năm nay ... dự kiến' → 2024, forecast for the four figures of that sentence. '7 tháng đầu năm' (no year) → 2024.",
    "'phấn đấu đến năm 2025 ... 500 triệu USD, trong đó ... ít nhất 15%' → target; the 15% is a share of a part: own figure.",
    "revised after the first run: 'tổng công suất' → 'tổng công suất hai dây chuyền sữa dừa tiệt trùng' (45 triệu) and 'tổng công suất của công ty' (60 triệu): owner in the same sentence.",
]

if __name__ == "__main__":
    write("p1569-5", TEXT, NOTES, FIGS, published="2024-08-14", location="Bến Tre")
