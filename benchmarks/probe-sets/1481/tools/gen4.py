"""p1481-4: provincial Party newspaper (Báo Thanh Hóa): cement-sack makers, first half of 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO THANH HÓA
Kinh tế | Công nghiệp

Doanh nghiệp vỏ bao xi măng xoay xở khi đơn hàng giảm
Thứ Ba, 15/07/2025 | 07:30

(BTH) - Tiêu thụ xi măng chậm khiến sản lượng vỏ bao PP dệt của các doanh nghiệp trên địa bàn tỉnh 6 tháng đầu năm giảm 6,5% so với cùng kỳ. Nhiều đơn vị đã chủ động tìm thị trường mới, đầu tư máy móc để giữ việc làm cho người lao động.

Theo Sở Công Thương, toàn tỉnh có 14 doanh nghiệp sản xuất vỏ bao xi măng, cung ứng cho 8 nhà máy xi măng tại thị xã Nghi Sơn, thị xã Bỉm Sơn và huyện Thạch Thành. 6 tháng đầu năm 2025, các doanh nghiệp cung ứng khoảng 98 triệu vỏ bao, chỉ bằng 44% kế hoạch năm.

Tại phường Bắc Sơn, thị xã Bỉm Sơn, Công ty cổ phần Bao bì Lam Sơn Xanh mỗi ngày xuất xưởng từ 350.000 đến 400.000 vỏ bao, đứng thứ hai toàn tỉnh về sản lượng. Giá bán bình quân 4.200 đồng/bao, giảm khoảng 300 đồng so với cuối năm 2024. Công ty có 420 công nhân, hơn 60% là lao động nữ, thu nhập 7-8 triệu đồng/tháng. “Đơn hàng xi măng giảm, chúng tôi chuyển khoảng 30% công suất sang may bao jumbo xuất khẩu đi Hàn Quốc”, ông Lê Văn Thắng, Giám đốc công ty cho biết.

Tại Khu kinh tế Nghi Sơn, Công ty TNHH Bao bì Trường Hải Nam đầu tư 25 tỷ đồng lắp đặt thêm 40 máy dệt tròn, dự kiến đưa vào hoạt động trong quý III/2025, nâng công suất lên 90 triệu bao/năm.

Sở Công Thương cho biết, cả năm 2025 toàn tỉnh phấn đấu cung ứng 210 triệu vỏ bao; đồng thời hỗ trợ doanh nghiệp tham gia ít nhất 2 hội chợ xúc tiến thương mại tại Nhật Bản, Hàn Quốc.

LÊ HÒA

Tin cùng chuyên mục:
- Khởi công Dây chuyền 3 Nhà máy xi măng Đại Dương Nghi Sơn
- Hội nghị gặp mặt doanh nghiệp quý II
"""

H1s = per("6 tháng đầu năm", "2025-01-01", "2025-06-30")
H1 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
FY = per("cả năm 2025", "2025-01-01", "2025-12-31")
BS = "Bỉm Sơn"
NS = "Nghi Sơn"
CO = "Công ty cổ phần Bao bì Lam Sơn Xanh"

FIGS = [
    fig("giảm 6,5%", "6,5", 6.5, "percent", "%",
        subject="sản lượng vỏ bao PP dệt của các doanh nghiệp trên địa bàn tỉnh", period=H1s),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất vỏ bao xi măng"),
    fig("cho 8 nhà máy", "8", 8, "count", "nhà máy xi măng", subject="nhà máy xi măng được cung ứng vỏ bao"),
    fig("khoảng 98 triệu", "98", 98e6, "count", "vỏ bao", approx="about", percent=44,
        subject="vỏ bao các doanh nghiệp cung ứng", period=H1),
    fig("từ 350.000 đến 400.000", "350.000", 350000, "measure", "vỏ bao/ngày", value_max=400000,
        subject=f"vỏ bao {CO} xuất xưởng mỗi ngày", location=BS),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject=f"sản lượng của {CO}", location=BS),
    fig("4.200 đồng/bao", "4.200", 4200, "money", "đồng/bao",
        change=chg("decrease", 300, "đồng", "cuối năm 2024", approx="about"),
        subject="giá bán bình quân vỏ bao", location=BS),
    fig("có 420 công nhân", "420", 420, "count", "công nhân", subject="công nhân của công ty", location=BS),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="tỷ lệ lao động nữ trong công nhân",
        location=BS),
    fig("thu nhập 7-8", "7", 7e6, "money", "đồng/tháng", value_max=8e6,
        subject="thu nhập công nhân", location=BS),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="công suất chuyển sang may bao jumbo xuất khẩu", location=BS),
    fig("đầu tư 25 tỷ", "25", 25e9, "money", "đồng",
        subject="vốn đầu tư lắp đặt máy dệt tròn của Công ty TNHH Bao bì Trường Hải Nam", location=NS),
    fig("thêm 40 máy", "40", 40, "count", "máy dệt tròn", subject="máy dệt tròn lắp đặt thêm", location=NS),
    fig("lên 90 triệu", "90", 90e6, "measure", "bao/năm", status="forecast",
        subject="công suất Công ty TNHH Bao bì Trường Hải Nam", location=NS),
    fig("cung ứng 210 triệu", "210", 210e6, "count", "vỏ bao", status="target",
        subject="vỏ bao toàn tỉnh cung ứng", period=FY),
    fig("ít nhất 2 hội chợ", "2", 2, "count", "hội chợ", approx="at_least", status="target",
        subject="hội chợ xúc tiến thương mại doanh nghiệp tham gia", period=FY),
]

NOTES = [
    "Provincial Party newspaper (Báo Thanh Hóa): section menu, 'Thứ Ba, 15/07/2025 | 07:30', tag '(BTH) -', sapo, quote, byline LÊ HÒA, related links.",
    "Distractors: date and time, 'quý III/2025' (a date of an event), 'Dây chuyền 3' (a name), 'quý II' in a link title.",
    "Sapo '6 tháng đầu năm giảm 6,5%' is a growth rate as the claim (percent figure, value as written, no change); year from the dateline.",
    "'chỉ bằng 44% kế hoạch năm' → percent 44 of 98 triệu vỏ bao. '8 nhà máy ... tại Nghi Sơn, Bỉm Sơn, Thạch Thành' spans the province: Thanh Hóa.",
    "The Bỉm Sơn company passage → location Bỉm Sơn (also its rank 'đứng thứ hai toàn tỉnh': 'toàn tỉnh' is the field of the ranking).",
    "'mỗi ngày xuất xưởng từ 350.000 đến 400.000 vỏ bao' is a rate: measure, 'vỏ bao/ngày'. 'giảm khoảng 300 đồng so với cuối năm 2024' is a change in đồng.",
    "'hơn 60% là lao động nữ' and the quoted 'khoảng 30% công suất' are percent figures (no base amount with chiếm/đạt).",
    "Nghi Sơn passage: 25 tỷ and 40 máy are actual; 'dự kiến ..., nâng công suất lên 90 triệu bao/năm' → forecast. No period for a capacity.",
    "'cả năm 2025 toàn tỉnh phấn đấu ...; đồng thời ... ít nhất 2 hội chợ' → both target, period 2025.",
]

if __name__ == "__main__":
    write("p1481-4", TEXT, NOTES, FIGS, published="2025-07-15", location="Thanh Hóa")
