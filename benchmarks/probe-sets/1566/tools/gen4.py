"""p1566-4: ministry site (Bộ NN&PTNT): national surimi and fish-cake exports 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Xuất khẩu surimi và chả cá năm 2024 đạt hơn 320 triệu USD

08/01/2025 | 14:30 | Cục Thủy sản

Theo số liệu tổng hợp, năm 2024 kim ngạch xuất khẩu surimi và sản phẩm chả cá của Việt Nam ước đạt 324,6 triệu USD, tăng 7,3% so với năm 2023; khối lượng khoảng 152 nghìn tấn. Giá xuất khẩu bình quân đạt 2.135 USD/tấn, tăng 3,1%. Việt Nam hiện đứng thứ 4 thế giới về xuất khẩu surimi.

Hàn Quốc tiếp tục là thị trường lớn nhất, chiếm 28,5% kim ngạch, tiếp đến là Nhật Bản (17,2%), Thái Lan (11,8%) và Trung Quốc (9,6%). Xuất khẩu sang Nhật Bản tăng 14%, trong khi sang Trung Quốc giảm 6,5%.

Cả nước hiện có 38 doanh nghiệp xuất khẩu surimi, trong đó 14 doanh nghiệp có nhà máy tại Kiên Giang, Bà Rịa - Vũng Tàu và Khánh Hòa. Tổng công suất chế biến khoảng 260.000 tấn/năm, song các nhà máy mới hoạt động 55-60% công suất do thiếu nguyên liệu.

Dự báo năm 2025, nhu cầu surimi tại châu Á tiếp tục tăng; xuất khẩu surimi của Việt Nam có thể đạt 340-350 triệu USD. Mục tiêu đến năm 2030, giá trị xuất khẩu các sản phẩm chả cá, surimi đạt 500 triệu USD, trong đó hàng giá trị gia tăng chiếm ít nhất 40%.

Để đạt mục tiêu, Cục Thủy sản đề nghị các địa phương thực hiện nghiêm Luật Thủy sản 2017 và Chỉ thị số 32/CT-TTg về chống khai thác IUU, đồng thời khuyến khích doanh nghiệp đầu tư dây chuyền chế biến sâu.

Tin cùng chuyên mục:
- Hội nghị tổng kết ngành thủy sản năm 2024
- Kiểm tra công tác chống khai thác IUU tại các tỉnh ven biển

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng kim ngạch"

FIGS = [
    fig("đạt hơn 320 triệu", "320", 320e6, "money", "USD", approx="over",
        subject="xuất khẩu surimi và chả cá", period=Y24H),
    fig("ước đạt 324,6 triệu", "324,6", 324.6e6, "money", "USD", status="estimate",
        change=chg("increase", 7.3, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu surimi và sản phẩm chả cá", period=Y24),
    fig("khoảng 152 nghìn", "152", 152000, "measure", "tấn", approx="about", status="estimate",
        subject="khối lượng xuất khẩu surimi và sản phẩm chả cá", period=Y24),
    fig("đạt 2.135 USD/tấn", "2.135", 2135, "money", "USD/tấn", change=chg("increase", 3.1, "%"),
        subject="giá xuất khẩu bình quân", period=inh(Y24)),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu surimi"),
    fig("chiếm 28,5%", "28,5", 28.5, "percent", "%", subject=f"{SHARE} của thị trường Hàn Quốc",
        period=inh(Y24)),
    fig("(17,2%)", "17,2", 17.2, "percent", "%", subject=f"{SHARE} của thị trường Nhật Bản", period=inh(Y24)),
    fig("(11,8%)", "11,8", 11.8, "percent", "%", subject=f"{SHARE} của thị trường Thái Lan", period=inh(Y24)),
    fig("(9,6%)", "9,6", 9.6, "percent", "%", subject=f"{SHARE} của thị trường Trung Quốc", period=inh(Y24)),
    fig("tăng 14%", "14", 14, "percent", "%", subject="xuất khẩu sang Nhật Bản", period=inh(Y24)),
    fig("giảm 6,5%", "6,5", 6.5, "percent", "%", subject="xuất khẩu sang Trung Quốc", period=inh(Y24)),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", subject="doanh nghiệp xuất khẩu surimi"),
    fig("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", total=38,
        subject="doanh nghiệp có nhà máy tại Kiên Giang, Bà Rịa - Vũng Tàu và Khánh Hòa"),
    fig("khoảng 260.000", "260.000", 260000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất chế biến"),
    fig("55-60%", "55", 55, "percent", "%", value_max=60, subject="công suất hoạt động của các nhà máy"),
    fig("đạt 340-350", "340", 340e6, "money", "USD", value_max=350e6, status="forecast",
        subject="xuất khẩu surimi của Việt Nam", period=Y25),
    fig("đạt 500 triệu", "500", 500e6, "money", "USD", status="target",
        subject="giá trị xuất khẩu các sản phẩm chả cá, surimi", period=T30),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng hàng giá trị gia tăng trong giá trị xuất khẩu", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, headline figure, '08/01/2025 | 14:30 | Cục Thủy sản', related links, address footer.",
    "Distractors: 14:30, 'Luật Thủy sản 2017', 'Chỉ thị số 32/CT-TTg', 'Số 2 Ngọc Hà',",
    "phone 024.3846.8161, 'năm 2024' in a link.",
    "All figures Việt Nam: trade partners (Hàn Quốc, Nhật Bản ...) are not places of the figure; the provinces listed after",
    "'14 doanh nghiệp có nhà máy tại Kiên Giang, ...' follow a national count and do not make it provincial.",
    "'khối lượng khoảng 152 nghìn tấn' continues the 'ước đạt' clause → estimate. 'Giá ... 2.135 USD/tấn, tăng 3,1%' → change",
    "with no baseline; period năm 2024 inherited. 'đứng thứ 4 thế giới' → rank, present ('hiện'), no period.",
    "Market shares 'chiếm 28,5% kim ngạch, tiếp đến là Nhật Bản (17,2%) ...' are a list of percent figures (no base amount in the",
    "sentence), subject = the share indicator with the market, in the sentence's words ('tỷ trọng kim ngạch của thị trường",
    "Nhật Bản'; revised after the first run: 'xuất khẩu surimi và chả cá' came from another sentence).",
    "'Xuất khẩu sang Nhật Bản tăng 14%' → growth rate as the claim.",
    "'Dự báo năm 2025 ...; ... có thể đạt 340-350 triệu USD' → forecast (the cue governs the continuing clause).",
    "'Mục tiêu đến năm 2030 ... 500 triệu USD, trong đó ... chiếm ít nhất 40%' → target; the 40% share is its own percent figure.",
]

if __name__ == "__main__":
    write("p1566-4", TEXT, NOTES, FIGS, published="2025-01-08", location="Việt Nam")
