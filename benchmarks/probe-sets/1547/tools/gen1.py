"""p1547-1: province portal (Bà Rịa - Vũng Tàu): building glass output 9 months 2024, a float-glass firm in thị xã Phú Mỹ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng kính xây dựng 9 tháng tăng hơn 7%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng kính xây dựng trên địa bàn tỉnh Bà Rịa - Vũng Tàu ước đạt 68,5 triệu m2, tăng 7,4% so với cùng kỳ năm 2023, bằng 76,1% kế hoạch năm. Trong đó, kính nổi 52,3 triệu m2, kính cường lực và kính an toàn 9,8 triệu m2, gương tráng bạc 6,4 triệu m2.

Chỉ số sản xuất nhóm sản phẩm kính và gương 9 tháng tăng 9,3%, trong khi chỉ số toàn ngành công nghiệp của tỉnh chỉ tăng 5,8%.

Hiện toàn tỉnh có 4 nhà máy kính với tổng công suất thiết kế khoảng 2.450 tấn/ngày, đứng thứ hai cả nước sau Bình Dương; các nhà máy sử dụng gần 1.900 lao động, thu nhập bình quân 10,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Phú Mỹ 3 (thị xã Phú Mỹ), Công ty TNHH Kính nổi Hải Long vận hành hai lò nấu với tổng công suất 1.200 tấn/ngày. 9 tháng qua, công ty sản xuất 31,6 triệu m2 kính, chiếm 46,1% sản lượng toàn tỉnh, xuất khẩu sang 14 thị trường. Từ đầu năm đến nay, công ty nộp ngân sách 265 tỷ đồng, tăng 11,5% so với cùng kỳ. Công ty đang đầu tư dây chuyền phủ kính Low-E với tổng vốn khoảng 1.350 tỷ đồng, dự kiến vận hành vào quý II/2025.

Kim ngạch xuất khẩu kính, gương của tỉnh 9 tháng ước đạt 142 triệu USD, chiếm khoảng 3,2% kim ngạch xuất khẩu (không kể dầu thô).

Quý IV, ngành công thương phấn đấu sản xuất thêm 21 triệu m2 kính, đưa sản lượng cả năm lên khoảng 90 triệu m2. Sở Công Thương đề nghị các doanh nghiệp thực hiện Chỉ thị số 08/CT-UBND về tiết kiệm năng lượng; lần thứ 3 tổ chức Diễn đàn vật liệu xây dựng xanh.

Tin liên quan:
- Bà Rịa - Vũng Tàu: Hội nghị gặp gỡ doanh nghiệp FDI năm 2024
- Khánh thành nhà máy gạch ốp lát tại Khu công nghiệp Châu Đức
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
PM = "Phú Mỹ"

FIGS = [
    fig("tăng hơn 7%", "7", 7, "percent", "%", approx="over",
        subject="sản lượng kính xây dựng", period=NINE_S),
    fig("ước đạt 68,5 triệu", "68,5", 68.5e6, "measure", "m2", status="estimate", percent=76.1,
        change=chg("increase", 7.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng kính xây dựng", period=NINE),
    fig("kính nổi 52,3 triệu", "52,3", 52.3e6, "measure", "m2", total=68.5e6, status="estimate",
        subject="sản lượng kính nổi", period=inh(NINE)),
    fig("an toàn 9,8 triệu", "9,8", 9.8e6, "measure", "m2", total=68.5e6, status="estimate",
        subject="sản lượng kính cường lực và kính an toàn", period=inh(NINE)),
    fig("tráng bạc 6,4 triệu", "6,4", 6.4e6, "measure", "m2", total=68.5e6, status="estimate",
        subject="sản lượng gương tráng bạc", period=inh(NINE)),
    fig("tăng 9,3%", "9,3", 9.3, "percent", "%",
        subject="chỉ số sản xuất nhóm sản phẩm kính và gương", period=NINE_S),
    fig("tăng 5,8%", "5,8", 5.8, "percent", "%",
        subject="chỉ số toàn ngành công nghiệp của tỉnh", period=NINE_S),
    fig("có 4 nhà máy", "4", 4, "count", "nhà máy", subject="nhà máy kính"),
    fig("khoảng 2.450 tấn/ngày", "2.450", 2450, "measure", "tấn/ngày", approx="about",
        subject="tổng công suất thiết kế của các nhà máy kính"),
    fig("thứ hai cả nước", "hai", 2, "rank", "hạng",
        subject="tổng công suất thiết kế của các nhà máy kính"),
    fig("gần 1.900 lao động", "1.900", 1900, "count", "lao động", approx="nearly",
        subject="lao động các nhà máy kính sử dụng"),
    fig("bình quân 10,8 triệu", "10,8", 10.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động các nhà máy kính"),
    fig("hai lò nấu", "hai", 2, "count", "lò nấu", subject="lò nấu Công ty TNHH Kính nổi Hải Long vận hành",
        location=PM),
    fig("công suất 1.200 tấn/ngày", "1.200", 1200, "measure", "tấn/ngày",
        subject="tổng công suất lò nấu của Công ty TNHH Kính nổi Hải Long", location=PM),
    fig("sản xuất 31,6 triệu", "31,6", 31.6e6, "measure", "m2", percent=46.1,
        subject="sản lượng kính công ty sản xuất", period=NINE_Q, location=PM),
    fig("sang 14 thị trường", "14", 14, "count", "thị trường",
        subject="thị trường xuất khẩu của công ty", period=NINE_Q, location=PM),
    fig("ngân sách 265 tỷ", "265", 265e9, "money", "đồng", change=chg("increase", 11.5, "%", "cùng kỳ"),
        subject="nộp ngân sách của công ty", period=YTD, location=PM),
    fig("khoảng 1.350 tỷ", "1.350", 1350e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền phủ kính Low-E", location=PM),
    fig("ước đạt 142 triệu", "142", 142e6, "money", "USD", status="estimate", percent=3.2,
        subject="kim ngạch xuất khẩu kính, gương của tỉnh", period=NINE_S),
    fig("thêm 21 triệu", "21", 21e6, "measure", "m2", status="target",
        subject="sản lượng kính sản xuất thêm", period=Q4),
    fig("khoảng 90 triệu", "90", 90e6, "measure", "m2", approx="about", status="target",
        subject="sản lượng kính cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bà Rịa - Vũng Tàu): building glass 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, 'Khu công nghiệp Phú Mỹ 3', 'quý II/2025' (a date of commissioning), Chỉ thị số 08/CT-UBND, 'lần thứ 3', 'năm 2024' in a link.",
    "Headline 'tăng hơn 7%': a growth rate as the claim (percent, over); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break: total 68,5 triệu m2, status estimate from the whole; period inherited.",
    "'đứng thứ hai cả nước sau Bình Dương' ranks the province's capacity: location stays the province (Bình Dương is the comparison).",
    "Firm passage placed '(thị xã Phú Mỹ)': location Phú Mỹ for its figures; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'dự kiến vận hành vào quý II/2025' governs only its clause, which has no figure: 1.350 tỷ is actual, no period.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' is 2024.",
]

if __name__ == "__main__":
    write("p1547-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bà Rịa - Vũng Tàu")
