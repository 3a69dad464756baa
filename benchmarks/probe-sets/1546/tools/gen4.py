"""p1546-4: provincial newspaper (Báo Long An): a helmet maker in huyện Đức Hòa speeds up exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Doanh nghiệp mũ bảo hiểm tăng tốc xuất khẩu

Thứ Ba, 21/05/2024 | 07:30

4 tháng đầu năm 2024, Công ty cổ phần Mũ bảo hiểm Việt Hưng (huyện Đức Hòa) xuất khẩu hơn 210 nghìn chiếc mũ, tăng gần 30% so với cùng kỳ.

(BLA) - Công ty cổ phần Mũ bảo hiểm Việt Hưng đóng tại Khu công nghiệp Đức Hòa III, đi vào hoạt động từ năm 2016, chuyên sản xuất mũ bảo hiểm cho người đi mô tô, xe máy và xe đạp điện. Nhà máy có diện tích 2,4 ha, công suất 800.000 chiếc/năm.

Theo ông Nguyễn Hữu Lộc, Giám đốc công ty, 4 tháng đầu năm nay, công ty xuất khẩu 213.600 chiếc mũ sang 6 thị trường, kim ngạch đạt 2,35 triệu USD, tăng 28,6% so với cùng kỳ năm 2023. Trong đó, thị trường Nhật Bản chiếm 42%, Hàn Quốc 23%, còn lại là các nước ASEAN.

Hiện công ty có 3 xưởng sản xuất với 560 công nhân, trong đó hơn 70% là lao động nữ; thu nhập bình quân từ 7,5 đến 9 triệu đồng/người/tháng. Mỗi ngày, nhà máy xuất xưởng khoảng 2.800 chiếc mũ các loại, giá bán buôn từ 85.000 đến 320.000 đồng/chiếc tùy loại.

Năm 2023, doanh thu của công ty đạt 96 tỷ đồng, nộp ngân sách gần 4 tỷ đồng. Năm nay, công ty đặt mục tiêu doanh thu 120 tỷ đồng, xuất khẩu ít nhất 600.000 chiếc.

Theo Sở Công Thương, toàn tỉnh hiện có 5 doanh nghiệp sản xuất mũ bảo hiểm với tổng công suất khoảng 2,6 triệu chiếc/năm. Long An đứng thứ ba cả nước về sản lượng mũ bảo hiểm, sau TP Hồ Chí Minh và Bình Dương.

KIM NGÂN

Tin cùng chuyên mục:
- Long An: Kim ngạch xuất khẩu quý I tăng mạnh
- Hội nghị kết nối giao thương năm 2024
"""

M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
M4b = per("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("hơn 210 nghìn", "210", 210000, "count", "chiếc", approx="over",
        change=chg("increase", 30, "%", "cùng kỳ", approx="nearly"),
        subject="mũ công ty xuất khẩu", period=M4, location=DH),
    fig("diện tích 2,4 ha", "2,4", 2.4, "measure", "ha", subject="diện tích nhà máy", location=DH),
    fig("công suất 800.000", "800.000", 800000, "measure", "chiếc/năm", subject="công suất nhà máy", location=DH),
    fig("xuất khẩu 213.600", "213.600", 213600, "count", "chiếc", subject="mũ công ty xuất khẩu",
        period=M4b, location=DH),
    fig("sang 6 thị trường", "6", 6, "count", "thị trường", subject="thị trường xuất khẩu", period=M4b, location=DH),
    fig("đạt 2,35 triệu", "2,35", 2.35e6, "money", "USD", change=chg("increase", 28.6, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch", period=M4b, location=DH),
    fig("Nhật Bản chiếm 42%", "42", 42, "percent", "%", subject="kim ngạch của thị trường Nhật Bản",
        period=inh(M4b), location=DH),
    fig("Hàn Quốc 23%", "23", 23, "percent", "%", subject="kim ngạch của thị trường Hàn Quốc",
        period=inh(M4b), location=DH),
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất", location=DH),
    fig("với 560 công nhân", "560", 560, "count", "công nhân", subject="công nhân", location=DH),
    fig("hơn 70% là", "70", 70, "percent", "%", approx="over", subject="lao động nữ", location=DH),
    fig("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân", location=DH),
    fig("khoảng 2.800 chiếc", "2.800", 2800, "measure", "chiếc/ngày", approx="about",
        subject="mũ nhà máy xuất xưởng mỗi ngày", location=DH),
    fig("từ 85.000 đến 320.000", "85.000", 85000, "money", "đồng/chiếc", value_max=320000,
        subject="giá bán buôn", location=DH),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", subject="doanh thu của công ty", period=Y23, location=DH),
    fig("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", subject="nộp ngân sách", period=Y23, location=DH),
    fig("doanh thu 120 tỷ", "120", 120e9, "money", "đồng", status="target", subject="doanh thu",
        period=Y24, location=DH),
    fig("ít nhất 600.000", "600.000", 600000, "count", "chiếc", approx="at_least", status="target",
        subject="mũ xuất khẩu", period=Y24, location=DH),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất mũ bảo hiểm"),
    fig("khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "chiếc/năm", approx="about",
        subject="tổng công suất các doanh nghiệp sản xuất mũ bảo hiểm"),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="sản lượng mũ bảo hiểm"),
]

NOTES = [
    "Provincial newspaper (Báo Long An): headline, 'Thứ Ba, 21/05/2024 | 07:30', sapo, tag '(BLA) -', byline KIM NGÂN, related links.",
    "Distractors: 07:30, 'Khu công nghiệp Đức Hòa III', founding year 'năm 2016', baselines 'cùng kỳ năm 2023', 'quý I' and 'năm 2024'",
    "in related links.",
    "The company passage (sapo to the 2024 targets) is located in huyện Đức Hòa (named in the sapo); the province's 5 firms,",
    "capacity and rank are Long An. 'đứng thứ ba cả nước' is the province's rank: location Long An, not Việt Nam.",
    "Sapo: 'tăng gần 30%' → change 30, approx nearly. 'thị trường Nhật Bản chiếm 42%, Hàn Quốc 23%': percent figures of their own;",
    "the trade partners are named in the subject, not the location. 'trong đó hơn 70% là lao động nữ': percent figure of its own.",
    "'Mỗi ngày ... khoảng 2.800 chiếc' is a rate (measure, chiếc/ngày). 'Năm nay' = 2024 (published). 'đặt mục tiêu' → target.",
    "revised after the first run: the market shares' subjects now name the indicator (kim ngạch) with the market, as the list rule",
    "asks ('thị trường Nhật Bản' → 'kim ngạch của thị trường Nhật Bản', same for Hàn Quốc); the province's capacity subject",
    "'tổng công suất' → 'tổng công suất các doanh nghiệp sản xuất mũ bảo hiểm' (the bare noun did not tell it from the plant's).",
]

if __name__ == "__main__":
    write("p1546-4", TEXT, NOTES, FIGS, published="2024-05-21", location="Long An")
