"""p1565-7: ministry site (Bộ NN&PTNT): squid and octopus exports 10 months 2024, dried squid."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Xuất khẩu mực, bạch tuộc 10 tháng đạt gần 560 triệu USD

28/11/2024 | 10:20 | Cục Thủy sản

Theo số liệu của Tổng cục Hải quan, 10 tháng đầu năm 2024, kim ngạch xuất khẩu mực và bạch tuộc của Việt Nam đạt 558,4 triệu USD, tăng 5,6% so với cùng kỳ năm 2023. Trong đó, xuất khẩu mực đạt 318,7 triệu USD, bạch tuộc 239,7 triệu USD.

Mực khô, mực nướng và mực tẩm gia vị là nhóm có mức tăng cao nhất, đạt khoảng 96 triệu USD, tăng 14% so với cùng kỳ, chiếm 30,1% kim ngạch xuất khẩu mực. Hàn Quốc vẫn là thị trường lớn nhất của mực khô Việt Nam với 42% thị phần, tiếp đến là Trung Quốc (21%), Nhật Bản (13%) và Đài Loan (Trung Quốc) (7%).

Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu mực khô, sau Trung Quốc và Peru. Giá xuất khẩu mực khô bình quân 10 tháng đạt 19,2 USD/kg, tăng 0,8 USD/kg so với năm 2023.

Hiện cả nước có khoảng 350 doanh nghiệp xuất khẩu mực, bạch tuộc, trong đó hơn 120 doanh nghiệp có sản phẩm mực khô. Tuy nhiên, nguồn nguyên liệu mực trong nước chỉ đáp ứng khoảng 60% nhu cầu chế biến, phần còn lại phải nhập khẩu.

Cục Thủy sản dự báo cả năm 2024 xuất khẩu mực, bạch tuộc có thể đạt khoảng 680 triệu USD; mục tiêu đến năm 2030 đạt 1 tỷ USD. Các doanh nghiệp cần tuân thủ Thông tư số 17/2021/TT-BNNPTNT và quy định chống khai thác IUU.

Tin liên quan:
- Hội nghị triển khai Chỉ thị số 32/CT-TTg về khai thác thủy sản bền vững
- Xuất khẩu cá ngừ quý III/2024 tăng trưởng khá

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Giấy phép số 84/GP-TTĐT
"""

TEN = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
TEN_HEAD = per("10 tháng", "2024-01-01", "2024-10-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
BY2030 = per("đến năm 2030", None, "2030-12-31")
SHARE = "thị phần của {} trong xuất khẩu mực khô Việt Nam"

FIGS = [
    fig("gần 560 triệu", "560", 560e6, "money", "USD", approx="nearly",
        subject="xuất khẩu mực, bạch tuộc", period=TEN_HEAD),
    fig("đạt 558,4 triệu", "558,4", 558.4e6, "money", "USD",
        change=chg("increase", 5.6, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu mực và bạch tuộc", period=TEN),
    fig("đạt 318,7 triệu", "318,7", 318.7e6, "money", "USD", total=558.4e6,
        subject="xuất khẩu mực", period=inh(TEN)),
    fig("bạch tuộc 239,7 triệu", "239,7", 239.7e6, "money", "USD", total=558.4e6,
        subject="xuất khẩu bạch tuộc", period=inh(TEN)),
    fig("khoảng 96 triệu", "96", 96e6, "money", "USD", approx="about", percent=30.1,
        change=chg("increase", 14, "%", "cùng kỳ"),
        subject="xuất khẩu mực khô, mực nướng và mực tẩm gia vị", period=inh(TEN)),
    fig("với 42%", "42", 42, "percent", "%", subject=SHARE.format("Hàn Quốc")),
    fig("Trung Quốc (21%)", "21", 21, "percent", "%", subject=SHARE.format("Trung Quốc")),
    fig("Nhật Bản (13%)", "13", 13, "percent", "%", subject=SHARE.format("Nhật Bản")),
    fig("(7%)", "7", 7, "percent", "%", subject=SHARE.format("Đài Loan (Trung Quốc)")),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu mực khô thế giới"),
    fig("đạt 19,2 USD", "19,2", 19.2, "money", "USD/kg",
        change=chg("increase", 0.8, "USD/kg", "năm 2023"),
        subject="giá xuất khẩu mực khô bình quân", period=TEN_HEAD),
    fig("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu mực, bạch tuộc"),
    fig("hơn 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over", total=350,
        subject="doanh nghiệp có sản phẩm mực khô"),
    fig("khoảng 60% nhu cầu", "60", 60, "percent", "%", approx="about",
        subject="nguồn nguyên liệu mực trong nước đáp ứng nhu cầu chế biến"),
    fig("khoảng 680 triệu", "680", 680e6, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu mực, bạch tuộc", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="xuất khẩu mực, bạch tuộc", period=BY2030),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '28/11/2024 | 10:20 | Cục Thủy sản', related links, footer with address and licence.",
    "Distractors: 10:20, Thông tư số 17/2021/TT-BNNPTNT, Chỉ thị số 32/CT-TTg, 'quý III/2024' in a link, 'Số 2 Ngọc Hà', Giấy phép số 84/GP-TTĐT.",
    "All figures are national (location Việt Nam). Hàn Quốc, Trung Quốc, Nhật Bản, Đài Loan are trade partners: no place; the partner stays in the subject (as shared gold h26).",
    "'Trong đó, xuất khẩu mực đạt 318,7 ..., bạch tuộc 239,7 ...' -> total 558,4 triệu USD (sentence break); period inherited.",
    "'khoảng 96 triệu USD, tăng 14% ..., chiếm 30,1% kim ngạch xuất khẩu mực' -> change and percent attributes; no 'trong đó' cue, so no total.",
    "'Việt Nam hiện đứng thứ 3 thế giới' -> rank 3, no period. '19,2 USD/kg ... tăng 0,8 USD/kg so với năm 2023' -> money rate with a change in USD/kg; '10 tháng' (2024).",
    "'dự báo cả năm 2024 ... khoảng 680 triệu USD' -> forecast; '; mục tiêu đến năm 2030 đạt 1 tỷ USD' -> target, start null.",
]

if __name__ == "__main__":
    write("p1565-7", TEXT, NOTES, FIGS, published="2024-11-28", location="Việt Nam")
