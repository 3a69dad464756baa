"""p1453-1: province portal (Bắc Ninh): phích nước / bình giữ nhiệt output 9 months 2024, one firm in thị xã Quế Võ."""
from lib import fig, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Phích nước, bình giữ nhiệt: sản lượng 9 tháng tăng gần 9%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng phích nước và bình giữ nhiệt trên địa bàn tỉnh ước đạt 4,62 triệu chiếc, tăng 8,7% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm. Trong đó, phích nước ruột thủy tinh 2,85 triệu chiếc, bình giữ nhiệt inox 1,77 triệu chiếc. Riêng quý III, sản lượng đạt 1,86 triệu chiếc.

Toàn tỉnh hiện có 11 doanh nghiệp sản xuất mặt hàng này, gồm 4 doanh nghiệp FDI và 7 doanh nghiệp trong nước, sử dụng hơn 2.300 lao động với mức lương từ 8 đến 10,5 triệu đồng/người/tháng. Bắc Ninh đứng thứ 3 cả nước về sản lượng bình giữ nhiệt, sau Bình Dương và Đồng Nai.

Kim ngạch xuất khẩu nhóm hàng giữ nhiệt 9 tháng đạt 38,4 triệu USD, chiếm khoảng 41% doanh thu toàn ngành; thị trường chính là Nhật Bản, Hàn Quốc và Hoa Kỳ.

Tại Khu công nghiệp Quế Võ II, thị xã Quế Võ, 9 tháng qua Công ty TNHH Gia dụng Kim Long sản xuất được 1,35 triệu bình giữ nhiệt, chiếm 29,2% sản lượng toàn tỉnh. Công ty vừa đưa vào vận hành hai dây chuyền hút chân không mới, nâng công suất lên 2,4 triệu sản phẩm/năm; tổng vốn đầu tư khoảng 165 tỷ đồng. Từ đầu năm đến nay, doanh nghiệp nộp ngân sách trên 42 tỷ đồng, tăng 11,5% so với cùng kỳ.

Quý IV là mùa cao điểm tiêu thụ phích nước dịp Tết. Ngành công thương phấn đấu cả năm đạt ít nhất 6,1 triệu chiếc, tương đương 101% kế hoạch.

Tin liên quan:
- Bắc Ninh: Khai mạc Hội chợ hàng công nghiệp nông thôn tiêu biểu năm 2024
- Hướng dẫn thực hiện Nghị định số 111/2015/NĐ-CP về phát triển công nghiệp hỗ trợ
"""

NINE_HEAD = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = period("quý III", "2024-07-01", "2024-09-30")
NINE_B = period("9 tháng", "2024-01-01", "2024-09-30")
NINE_QV = period("9 tháng qua", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("tăng gần 9%", "9", 9, "percent", "%", approx="nearly",
        subject="sản lượng phích nước, bình giữ nhiệt", period=NINE_HEAD),
    fig("ước đạt 4,62 triệu", "4,62", 4.62e6, "count", "chiếc", status="estimate", percent=76.3,
        change=change("increase", 8.7, "%", "cùng kỳ năm 2023"),
        subject="sản lượng phích nước và bình giữ nhiệt", period=NINE),
    fig("thủy tinh 2,85 triệu", "2,85", 2.85e6, "count", "chiếc", total=4.62e6, status="estimate",
        subject="sản lượng phích nước ruột thủy tinh", period=inherit(NINE)),
    fig("inox 1,77 triệu", "1,77", 1.77e6, "count", "chiếc", total=4.62e6, status="estimate",
        subject="sản lượng bình giữ nhiệt inox", period=inherit(NINE)),
    fig("đạt 1,86 triệu", "1,86", 1.86e6, "count", "chiếc",
        subject="sản lượng", period=Q3),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất phích nước, bình giữ nhiệt"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=11, subject="doanh nghiệp FDI"),
    fig("và 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11, subject="doanh nghiệp trong nước"),
    fig("hơn 2.300 lao động", "2.300", 2300, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("từ 8 đến 10,5 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10.5e6,
        subject="mức lương lao động"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng bình giữ nhiệt"),
    fig("đạt 38,4 triệu", "38,4", 38.4e6, "money", "USD", percent=41,
        subject="kim ngạch xuất khẩu nhóm hàng giữ nhiệt", period=NINE_B),
    fig("được 1,35 triệu", "1,35", 1.35e6, "count", "bình giữ nhiệt", percent=29.2,
        subject="bình giữ nhiệt Công ty TNHH Gia dụng Kim Long sản xuất", period=NINE_QV, location=QV),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền hút chân không mới", location=QV),
    fig("lên 2,4 triệu", "2,4", 2.4e6, "measure", "sản phẩm/năm",
        subject="công suất của công ty", location=QV),
    fig("khoảng 165 tỷ", "165", 165e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư", location=QV),
    fig("trên 42 tỷ", "42", 42e9, "money", "đồng", approx="over",
        change=change("increase", 11.5, "%", "cùng kỳ"),
        subject="nộp ngân sách của doanh nghiệp", period=YTD, location=QV),
    fig("ít nhất 6,1 triệu", "6,1", 6.1e6, "count", "chiếc", approx="at_least", status="target", percent=101,
        subject="sản lượng phích nước, bình giữ nhiệt cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): thermos output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'Khu công nghiệp Quế Võ II', 'Quý IV' without a figure, 'năm 2024' and",
    "'Nghị định số 111/2015/NĐ-CP' in related links.",
    "Headline 'tăng gần 9%' is a growth rate as the claim (percent, nearly); its year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break: total 4,62 triệu, status estimate from the whole, period inherited.",
    "'Riêng quý III' is not a part-of cue: no total; quý III takes 2024 (nearest earlier period).",
    "'chiếm khoảng 41% doanh thu toàn ngành' is the percent attribute of 38,4 triệu USD (the 'khoảng' belongs to the share).",
    "'Bắc Ninh đứng thứ 3 cả nước' is the province's rank: location Bắc Ninh.",
    "The Kim Long passage (thị xã Quế Võ) gets location Quế Võ; 'Từ đầu năm đến nay' ends at the dateline.",
    "'phấn đấu cả năm đạt ít nhất 6,1 triệu chiếc, tương đương 101% kế hoạch' → target, at_least, percent 101.",
]

if __name__ == "__main__":
    write(1, TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
