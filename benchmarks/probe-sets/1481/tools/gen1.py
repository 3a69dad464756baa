"""p1481-1: province portal (Cổng TTĐT tỉnh Hải Dương): woven PP sacks, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bao bì PP dệt: xuất khẩu 9 tháng tăng gần 18%

Cập nhật: 14/10/2024 15:05 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bao bì PP dệt của các doanh nghiệp trên địa bàn tỉnh ước đạt 146,2 triệu bao, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm; trong đó bao PP dệt thông thường khoảng 128,9 triệu bao, bao jumbo (bao container mềm) hơn 1,3 triệu bao.

Kim ngạch xuất khẩu bao bì PP dệt 9 tháng ước đạt 187,5 triệu USD, tăng 17,8% so với cùng kỳ, chiếm khoảng 4,6% tổng kim ngạch xuất khẩu của tỉnh. Thị trường chính vẫn là Nhật Bản, Hàn Quốc, Hoa Kỳ và EU, riêng Nhật Bản đạt 52,3 triệu USD.

Toàn tỉnh hiện có 23 doanh nghiệp sản xuất bao bì PP dệt, tập trung tại các khu công nghiệp Đại An, Phúc Điền, Lai Vu, với tổng công suất khoảng 260 triệu bao/năm; sử dụng gần 9.400 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Tại huyện Bình Giang, Công ty TNHH Bao bì Hưng Phát Đạt (Km 6, đường tỉnh 392) vừa đưa vào vận hành thêm 120 máy dệt tròn, nâng công suất lên 4.500 tấn/năm, tổng vốn đầu tư 96 tỷ đồng. Từ đầu năm đến nay, công ty đã xuất khẩu 215 container bao jumbo sang Nhật Bản và Australia, doanh thu đạt trên 310 tỷ đồng.

Quý IV, ngành phấn đấu sản xuất thêm 45 triệu bao, đưa sản lượng cả năm đạt khoảng 190 triệu bao; kim ngạch xuất khẩu cả năm trên 250 triệu USD.

Tin liên quan:
- Hải Dương tổ chức Hội nghị xúc tiến thương mại lần thứ 3
- Doanh nghiệp bao bì chủ động nguồn hạt nhựa dịp cuối năm

Cơ quan chủ quản: UBND tỉnh Hải Dương | Điện thoại: 0220.3853.264
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9h = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")
BG = "Bình Giang"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="xuất khẩu bao bì PP dệt", period=M9h),
    fig("ước đạt 146,2 triệu bao", "146,2", 146.2e6, "count", "bao", status="estimate",
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"), percent=76.8,
        subject="sản lượng bao bì PP dệt của các doanh nghiệp trên địa bàn tỉnh", period=M9),
    fig("khoảng 128,9 triệu bao", "128,9", 128.9e6, "count", "bao", approx="about", total=146.2e6,
        status="estimate", subject="bao PP dệt thông thường", period=M9),
    fig("hơn 1,3 triệu bao", "1,3", 1.3e6, "count", "bao", approx="over", total=146.2e6,
        status="estimate", subject="bao jumbo (bao container mềm)", period=M9),
    fig("ước đạt 187,5 triệu USD", "187,5", 187.5e6, "money", "USD", status="estimate",
        change=chg("increase", 17.8, "%", "cùng kỳ"), percent=4.6,
        subject="kim ngạch xuất khẩu bao bì PP dệt",
        period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("đạt 52,3 triệu USD", "52,3", 52.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu bao bì PP dệt sang Nhật Bản", period=inh(M9h)),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì PP dệt"),
    fig("khoảng 260 triệu bao/năm", "260", 260e6, "measure", "bao/năm", approx="about",
        subject="tổng công suất các doanh nghiệp bao bì PP dệt"),
    fig("gần 9.400 lao động", "9.400", 9400, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp bao bì PP dệt sử dụng"),
    fig("8,2 triệu đồng/người/tháng", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("thêm 120 máy", "120", 120, "count", "máy dệt tròn",
        subject="máy dệt tròn Công ty TNHH Bao bì Hưng Phát Đạt đưa vào vận hành thêm", location=BG),
    fig("lên 4.500 tấn/năm", "4.500", 4500, "measure", "tấn/năm",
        subject="công suất Công ty TNHH Bao bì Hưng Phát Đạt", location=BG),
    fig("tư 96 tỷ", "96", 96e9, "money", "đồng", subject="tổng vốn đầu tư", location=BG),
    fig("xuất khẩu 215 container", "215", 215, "count", "container",
        subject="container bao jumbo công ty xuất khẩu", period=YTD, location=BG),
    fig("trên 310 tỷ", "310", 310e9, "money", "đồng", approx="over",
        subject="doanh thu của công ty", period=YTD, location=BG),
    fig("thêm 45 triệu bao", "45", 45e6, "count", "bao", status="target",
        subject="bao bì PP dệt ngành sản xuất thêm", period=Q4),
    fig("khoảng 190 triệu bao", "190", 190e6, "count", "bao", approx="about", status="target",
        subject="sản lượng bao bì PP dệt cả năm", period=FY),
    fig("trên 250 triệu USD", "250", 250e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu cả năm", period=FY),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Hải Dương): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 15:05 | Lượt xem: 1.386', related links, footer phone.",
    "Distractors: view counter 1.386, times, 'Km 6, đường tỉnh 392', 'lần thứ 3', phone 0220.3853.264, 'Quý IV' as a period.",
    "Headline '9 tháng' has no year: none earlier in the article, so the year of published (2024).",
    "The 'trong đó' parts continue the 'ước đạt' clause after ';' (same sentence): estimate, total 146,2 triệu bao.",
    "'riêng Nhật Bản đạt 52,3 triệu USD' stands in a new sentence without a cue: actual; Nhật Bản is a trade partner, location stays Hải Dương.",
    "'hiện có' standing figures (firms, capacity, workers, wage) get no period.",
    "The Bình Giang company passage takes location Bình Giang. 'Từ đầu năm đến nay' ends at the dateline (2024-10-14).",
    "'Quý IV, ngành phấn đấu ...' governs the continuing clauses after ',' and ';': all three targets. 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1481-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hải Dương")
