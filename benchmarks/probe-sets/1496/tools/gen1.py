"""p1496-1: province portal (Cổng TTĐT tỉnh Tuyên Quang): 9-month wooden kitchenware output and exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đồ gỗ gia dụng nhà bếp: 9 tháng xuất khẩu đạt 14,6 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng năm 2024, giá trị sản xuất các sản phẩm đồ gỗ gia dụng nhà bếp (đũa, thớt, khay, muỗng gỗ) trên địa bàn tỉnh ước đạt 486 tỷ đồng, tăng 9,4% so với cùng kỳ, bằng 73,6% kế hoạch năm. Kim ngạch xuất khẩu đạt 14,6 triệu USD, chiếm 11,2% tổng kim ngạch xuất khẩu của tỉnh; thị trường chính là Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc).

Toàn tỉnh hiện có 27 doanh nghiệp và 146 cơ sở sản xuất đồ gỗ gia dụng, giải quyết việc làm cho khoảng 3.400 lao động, thu nhập bình quân 6,8 triệu đồng/người/tháng. Trong đó, huyện Yên Sơn có 12 doanh nghiệp, chủ yếu tại Cụm công nghiệp Thắng Quân.

Tại Công ty TNHH Đũa gỗ Hoàng Lâm (xã Thắng Quân, huyện Yên Sơn), mỗi ngày nhà máy sản xuất khoảng 600.000 đôi đũa phôi; dây chuyền thớt ghép có công suất 2.000 chiếc/ngày. Từ đầu năm đến nay, công ty đã xuất khẩu 152 container sang Nhật Bản, doanh thu hơn 62 tỷ đồng. Công ty sử dụng 185 lao động, trong đó hơn 70% là lao động nữ.

Quý IV, ngành phấn đấu đưa giá trị sản xuất cả năm đạt 660 tỷ đồng; mục tiêu đến năm 2025 có ít nhất 5 sản phẩm đồ gỗ nhà bếp đạt chứng nhận OCOP.

Tin liên quan:
- Tuyên Quang: Hội nghị kết nối cung cầu lần thứ 3 năm 2024
- Phát triển rừng trồng gỗ lớn giai đoạn 2021-2025
- Yên Sơn: 5 tháng đầu năm thu ngân sách đạt khá
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
FY = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
YS = "Yên Sơn"

FIGS = [
    fig("9 tháng xuất khẩu đạt 14,6", "14,6", 14.6e6, "money", "USD",
        subject="xuất khẩu đồ gỗ gia dụng nhà bếp", period=H9),
    fig("ước đạt 486 tỷ", "486", 486e9, "money", "đồng", status="estimate", percent=73.6,
        change=chg("increase", 9.4, "%", "cùng kỳ"),
        subject="giá trị sản xuất các sản phẩm đồ gỗ gia dụng nhà bếp", period=M9),
    fig("Kim ngạch xuất khẩu đạt 14,6", "14,6", 14.6e6, "money", "USD", percent=11.2,
        subject="kim ngạch xuất khẩu đồ gỗ gia dụng nhà bếp", period=inh(M9)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất đồ gỗ gia dụng"),
    fig("và 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở sản xuất đồ gỗ gia dụng"),
    fig("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("bình quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("Yên Sơn có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp sản xuất đồ gỗ gia dụng", location=YS),
    fig("khoảng 600.000 đôi", "600.000", 600000, "count", "đôi", approx="about",
        subject="đũa phôi nhà máy sản xuất mỗi ngày", location=YS),
    fig("công suất 2.000 chiếc/ngày", "2.000", 2000, "measure", "chiếc/ngày",
        subject="công suất dây chuyền thớt ghép", location=YS),
    fig("xuất khẩu 152 container", "152", 152, "count", "container",
        subject="container công ty xuất khẩu sang Nhật Bản", period=YTD, location=YS),
    fig("hơn 62 tỷ", "62", 62e9, "money", "đồng", approx="over", subject="doanh thu công ty", period=YTD, location=YS),
    fig("sử dụng 185 lao động", "185", 185, "count", "lao động", subject="lao động công ty sử dụng", location=YS),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="lao động nữ trong lao động công ty",
        location=YS),
    fig("cả năm đạt 660 tỷ", "660", 660e9, "money", "đồng", status="target",
        subject="giá trị sản xuất", period=FY),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đồ gỗ nhà bếp đạt chứng nhận OCOP", period=T25),
]

NOTES = [
    "Province portal (Tuyên Quang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: counter 1.862, time 09:35, 'lần thứ 3', 'năm 2024', 'giai đoạn 2021-2025', '5 tháng đầu năm' in link titles.",
    "Headline '9 tháng' takes the year of published (nothing earlier in the text). 'bằng 73,6% kế hoạch năm' is the percent",
    "attribute of 486 tỷ; 'chiếm 11,2%' that of the body 14,6 triệu USD (its period 9 tháng năm 2024 stands in the previous sentence).",
    "'Trong đó, huyện Yên Sơn có 12 doanh nghiệp' after a sentence break: the whole counting the same thing is 27 doanh nghiệp.",
    "'trong đó hơn 70% là lao động nữ' has no base verb (chiếm/đạt): a percent figure of its own.",
    "'Quý IV, ngành phấn đấu ... cả năm đạt 660 tỷ': the figure's period is 'cả năm' (2024), status target.",
    "Company passage located in Yên Sơn (district named); 'Từ đầu năm đến nay' ends at the dateline.",
    "revised after the first run: 'mỗi ngày ... khoảng 600.000 đôi' measure đôi/ngày → count đôi (shared gold keeps the plain unit for 'mỗi X' and puts it in the subject: 004 'mỗi năm tiết kiệm gần 30 tỷ đồng' → đồng, 001 '35 phút mỗi người/một ngày' → phút).",
]

if __name__ == "__main__":
    write("p1496-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Tuyên Quang")
