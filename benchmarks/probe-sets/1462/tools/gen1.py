"""p1462-1: province portal (Hưng Yên): exports of aluminium ladders and scaffolding, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức > Kinh tế

Xuất khẩu thang nhôm, giàn giáo 9 tháng đạt gần 48 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu thang nhôm, giàn giáo của các doanh nghiệp trên địa bàn tỉnh ước đạt 47,8 triệu USD, tăng 18,5% so với cùng kỳ năm 2023, bằng 79,7% kế hoạch năm. Thị trường Mỹ chiếm khoảng 46% tổng kim ngạch, tiếp đến là Nhật Bản và Australia.

Toàn tỉnh hiện có 11 doanh nghiệp sản xuất thang nhôm, giàn giáo, trong đó 7 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức. Tổng công suất thiết kế khoảng 2,4 triệu sản phẩm/năm; các doanh nghiệp sử dụng hơn 4.300 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Tại huyện Văn Lâm, Công ty TNHH Thang nhôm Hoàng Việt trong 9 tháng sản xuất 612.000 chiếc thang gấp, thang rút các loại, chiếm 31,5% sản lượng toàn tỉnh. Tháng 7 vừa qua, công ty đưa vào vận hành thêm hai dây chuyền ép đùn nhôm với tổng vốn đầu tư 95 tỷ đồng, tạo việc làm cho 120 lao động. Giá xuất xưởng thang gấp chữ A từ 850.000 đến 1,2 triệu đồng/chiếc.

Từ đầu năm đến nay, lực lượng quản lý thị trường đã kiểm tra 23 cơ sở kinh doanh thang nhôm, giàn giáo, phát hiện 5 cơ sở bán hàng không rõ nguồn gốc, xử phạt 68 triệu đồng.

Quý IV, ngành công thương phấn đấu đưa kim ngạch xuất khẩu nhóm hàng này cả năm đạt trên 62 triệu USD.

Tin liên quan:
- Hưng Yên tổ chức Hội nghị xúc tiến đầu tư năm 2024
- Khánh thành nhà máy cơ khí tại Khu công nghiệp Yên Mỹ II
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
JUL = per("Tháng 7 vừa qua", "2024-07-01", "2024-07-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("đạt gần 48 triệu", "48", 48e6, "money", "USD", approx="nearly",
        subject="xuất khẩu thang nhôm, giàn giáo", period=NINE_S),
    fig("ước đạt 47,8 triệu", "47,8", 47.8e6, "money", "USD", status="estimate", percent=79.7,
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu thang nhôm, giàn giáo của các doanh nghiệp", period=NINE),
    fig("khoảng 46% tổng", "46", 46, "percent", "%", approx="about",
        subject="thị trường Mỹ trong tổng kim ngạch", period=inh(NINE)),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thang nhôm, giàn giáo"),
    fig("đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("hơn 4.300 lao động", "4.300", 4300, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("sản xuất 612.000 chiếc", "612.000", 612000, "count", "chiếc", percent=31.5,
        subject="thang gấp, thang rút Công ty TNHH Thang nhôm Hoàng Việt sản xuất", period=NINE_S,
        location=VL),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép đùn nhôm đưa vào vận hành thêm", period=JUL, location=VL),
    fig("đầu tư 95 tỷ", "95", 95e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền ép đùn nhôm", period=JUL, location=VL),
    fig("cho 120 lao động", "120", 120, "count", "lao động",
        subject="lao động được tạo việc làm", period=JUL, location=VL),
    fig("từ 850.000 đến", "850.000", 850000, "money", "đồng/chiếc", value_max=1.2e6,
        subject="giá xuất xưởng thang gấp chữ A", location=VL),
    fig("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở kinh doanh thang nhôm, giàn giáo được kiểm tra", period=YTD),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở bán hàng không rõ nguồn gốc", period=YTD),
    fig("xử phạt 68 triệu", "68", 68e6, "money", "đồng",
        subject="tiền xử phạt", period=YTD),
    fig("trên 62 triệu", "62", 62e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng này cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): exports of aluminium ladders and scaffolding, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386'.",
    "Distractors: 09:35, Lượt xem 1.386, KCN 'Thăng Long II', 'Yên Mỹ II', 'chữ A', 'năm 2024' in a related link.",
    "Headline 'đạt gần 48 triệu USD' has no estimate cue of its own: actual, nearly; '9 tháng' takes 2024.",
    "'Thị trường Mỹ chiếm khoảng 46% tổng kim ngạch' is a sentence of its own: a percent figure (Mỹ is a trade partner, location stays Hưng Yên).",
    "Company passage in huyện Văn Lâm: location Văn Lâm; 'Tháng 7 vừa qua' (year of the dateline) is the period of the three figures of its sentence.",
    "'từ 850.000 đến 1,2 triệu đồng/chiếc': range, multiplier only on the upper end. 'phát hiện 5 cơ sở' after 'kiểm tra 23 cơ sở': no cue, no total.",
    "'Quý IV ... phấn đấu ... cả năm đạt trên 62 triệu USD': target, period 'cả năm' 2024 (the figure is the whole year's).",
]

if __name__ == "__main__":
    write("p1462-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
