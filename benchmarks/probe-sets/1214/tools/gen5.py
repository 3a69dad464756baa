"""p1214-5: Party newspaper (Báo Đồng Tháp): new aquafeed plant in Sa Đéc; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Khánh thành nhà máy thức ăn thủy sản gần 1.000 tỷ đồng tại Sa Đéc

Ngày 15/3, Công ty cổ phần Dinh dưỡng Thủy sản Mekong khánh thành nhà máy sản xuất thức ăn thủy sản tại Khu công nghiệp C Sa Đéc, TP Sa Đéc. Nhà máy có tổng vốn đầu tư 980 tỷ đồng, xây dựng trên diện tích 12,6 ha, gồm 4 dây chuyền sản xuất thức ăn viên nổi với tổng công suất 300.000 tấn/năm, trong đó giai đoạn 1 đạt 180.000 tấn/năm.

Khi vận hành hết công suất, nhà máy dự kiến tạo việc làm cho khoảng 450 lao động, doanh thu khoảng 3.600 tỷ đồng/năm, đóng góp ngân sách trên 40 tỷ đồng/năm.

Ông Nguyễn Hữu Tâm, Tổng Giám đốc công ty, cho biết nhà máy ưu tiên thu mua nguyên liệu tại chỗ như cám gạo, tấm, bột cá tra, mỗi năm sử dụng khoảng 120.000 tấn nguyên liệu nông sản của địa phương. Hiện công ty đã ký hợp đồng cung ứng thức ăn và bao tiêu sản phẩm cho 35 hộ và 8 hợp tác xã nuôi cá tra với tổng diện tích 620 ha mặt nước; giá bán cho các hộ liên kết thấp hơn giá thị trường từ 300 đến 500 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh Đồng Tháp có 2.450 ha nuôi cá tra thương phẩm, sản lượng đạt 540.000 tấn, tăng 4,2% so với năm 2023; nhu cầu thức ăn cho cá tra khoảng 800.000 tấn. Với nhà máy mới, năng lực sản xuất thức ăn thủy sản trên địa bàn tỉnh nâng lên hơn 1,2 triệu tấn/năm. Tỉnh phấn đấu đến năm 2030 diện tích nuôi cá tra đạt 3.000 ha, trong đó ít nhất 70% diện tích đạt chứng nhận ASC, VietGAP.

HOÀNG PHƯƠNG
17/3/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
PLANT = "nhà máy sản xuất thức ăn thủy sản của Công ty cổ phần Dinh dưỡng Thủy sản Mekong"
SD = "Sa Đéc"

FIGS = [
    F("gần 1.000 tỷ", "1.000", 1000000000000, "money", "đồng", approx="nearly",
      subject="vốn đầu tư nhà máy thức ăn thủy sản", location=SD),
    F("vốn đầu tư 980 tỷ", "980", 980000000000, "money", "đồng", subject="tổng vốn đầu tư nhà máy", location=SD),
    F("diện tích 12,6 ha", "12,6", 12.6, "measure", "ha", subject="diện tích xây dựng nhà máy", location=SD),
    F("gồm 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền sản xuất thức ăn viên nổi", location=SD),
    F("công suất 300.000 tấn", "300.000", 300000, "measure", "tấn/năm", subject="tổng công suất dây chuyền sản xuất thức ăn viên nổi của nhà máy", location=SD),
    F("đạt 180.000 tấn", "180.000", 180000, "measure", "tấn/năm", total=300000,
      subject="công suất giai đoạn 1 của nhà máy", location=SD),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about", status="forecast",
      subject="lao động nhà máy tạo việc làm", location=SD),
    F("khoảng 3.600 tỷ", "3.600", 3600000000000, "money", "đồng/năm", approx="about", status="forecast",
      subject="doanh thu nhà máy", location=SD),
    F("trên 40 tỷ", "40", 40000000000, "money", "đồng/năm", approx="over", status="forecast",
      subject="đóng góp ngân sách của nhà máy", location=SD),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn/năm", approx="about",
      subject="nguyên liệu nông sản của địa phương nhà máy sử dụng mỗi năm", location=SD),
    F("cho 35 hộ", "35", 35, "count", "hộ", subject="hộ nuôi cá tra ký hợp đồng cung ứng thức ăn và bao tiêu sản phẩm",
      location=SD),
    F("và 8 hợp tác xã", "8", 8, "count", "hợp tác xã",
      subject="hợp tác xã nuôi cá tra ký hợp đồng cung ứng thức ăn và bao tiêu sản phẩm", location=SD),
    F("diện tích 620 ha", "620", 620, "measure", "ha", subject="tổng diện tích mặt nước nuôi cá tra liên kết",
      location=SD),
    F("từ 300 đến 500", "300", 300, "money", "đồng/kg", value_max=500,
      subject="mức giá bán thức ăn cho các hộ liên kết thấp hơn giá thị trường", location=SD),
    F("có 2.450 ha", "2.450", 2450, "measure", "ha", subject="diện tích nuôi cá tra thương phẩm", period=Y24),
    F("đạt 540.000 tấn", "540.000", 540000, "measure", "tấn", change=C("increase", 4.2, "%", "năm 2023"),
      subject="sản lượng cá tra", period=Y24),
    F("khoảng 800.000 tấn", "800.000", 800000, "measure", "tấn", approx="about",
      subject="nhu cầu thức ăn cho cá tra", period=Y24),
    F("hơn 1,2 triệu", "1,2", 1200000, "measure", "tấn/năm", approx="over",
      subject="năng lực sản xuất thức ăn thủy sản trên địa bàn tỉnh"),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
      subject="diện tích nuôi cá tra", period=TO30),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ diện tích nuôi cá tra đạt chứng nhận ASC, VietGAP", period=TO30),
]

NOTES = [
    "Party newspaper (Báo Đồng Tháp): headline, no dateline at the top; byline 'HOÀNG PHƯƠNG' and bare date '17/3/2025' at the end (published).",
    "The plant stands in TP Sa Đéc: its figures (also in the following paragraphs about it and its contracts) take location Sa Đéc;",
    "the province data from Sở NN&PTNT take Đồng Tháp. Distractors: 'Ngày 15/3', 'Khu công nghiệp C Sa Đéc', 'giai đoạn 1'.",
    "'dự kiến' governs its clause and the clauses continuing it (450 lao động, 3.600 tỷ, 40 tỷ) → forecast.",
    "'trong đó giai đoạn 1 đạt 180.000 tấn/năm' → part of the 300.000 tấn/năm capacity. Plant and contract figures have no period.",
    "revised after the first run: subjects of 980 tỷ, 12,6 ha, 300.000 tấn/năm follow the sentence ('Nhà máy có ...', '4 dây chuyền ... với tổng",
    "công suất') instead of importing the company's full name from the first sentence.",
    "'thấp hơn giá thị trường từ 300 đến 500 đồng/kg' has no base amount: a money figure of its own (the price gap).",
]

if __name__ == "__main__":
    write("p1214-5", TEXT, NOTES, FIGS, published="2025-03-17", location="Đồng Tháp")
