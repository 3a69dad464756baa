"""p1507-1: province portal (Nam Định): craft village Xuân Tiến (huyện Xuân Trường), 9 months 2024; shelving share."""
from lib import F, P, inherit, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức > Kinh tế - Công nghiệp

Làng nghề cơ khí Xuân Tiến: 9 tháng giá trị sản xuất ước đạt gần 1.900 tỷ đồng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo UBND huyện Xuân Trường, 9 tháng đầu năm 2024, giá trị sản xuất của làng nghề cơ khí xã Xuân Tiến ước đạt 1.870 tỷ đồng, tăng 11,5% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, nhóm kệ sắt đa năng, kệ giày và kệ để đồ gia dụng đạt khoảng 640 tỷ đồng, chiếm 34,2%.

Toàn xã hiện có 146 doanh nghiệp và hơn 1.200 hộ sản xuất, kinh doanh cơ khí, thu hút khoảng 7.500 lao động, trong đó gần 2.000 lao động đến từ các xã lân cận. Thu nhập bình quân của lao động từ 8 đến 12 triệu đồng/người/tháng.

Tại Cụm công nghiệp Xuân Tiến (Km 3, đường tỉnh 489), Công ty TNHH Cơ khí Hoàng Phát vừa đưa vào vận hành dây chuyền sơn tĩnh điện tự động công suất 1.500 bộ kệ/ngày, tổng vốn đầu tư 45 tỷ đồng. Từ đầu năm đến nay, công ty đã xuất khẩu 38 container kệ sắt sang Nhật Bản và Australia, kim ngạch đạt 1,6 triệu USD, gấp đôi cùng kỳ.

Giá kệ sắt đa năng loại phổ thông hiện dao động 350.000-900.000 đồng/bộ; kệ giày inox có giá từ 250.000 đồng/chiếc trở lên.

Mục tiêu đến năm 2025, giá trị sản xuất của làng nghề đạt 2.800 tỷ đồng, trong đó nhóm sản phẩm kệ chiếm ít nhất 40%. Toàn tỉnh Nam Định hiện có 94 làng nghề, trong đó 11 làng nghề cơ khí, xếp thứ 2 khu vực đồng bằng sông Hồng về số làng nghề cơ khí.

Tin liên quan:
- Nam Định: Khai mạc Hội chợ Công Thương lần thứ 15
- Xuân Trường tổ chức hội nghị xúc tiến thương mại năm 2024
"""

NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
TO25 = P("đến năm 2025", None, "2025-12-31")
XT = "Xuân Trường"
ND = "Nam Định"

FIGS = [
    F("ước đạt gần 1.900 tỷ", "1.900", 1900e9, "money", "đồng", approx="nearly", status="estimate",
      subject="giá trị sản xuất làng nghề cơ khí Xuân Tiến", period=NINE_H),
    F("ước đạt 1.870 tỷ", "1.870", 1870e9, "money", "đồng", status="estimate", percent=76,
      change=C("increase", 11.5, "%", "cùng kỳ năm 2023"),
      subject="giá trị sản xuất của làng nghề cơ khí xã Xuân Tiến", period=NINE),
    F("khoảng 640 tỷ", "640", 640e9, "money", "đồng", approx="about", total=1870e9, percent=34.2,
      status="estimate", subject="giá trị sản xuất nhóm kệ sắt đa năng, kệ giày và kệ để đồ gia dụng",
      period=inherit(NINE)),
    F("có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, kinh doanh cơ khí"),
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", approx="over", subject="hộ sản xuất, kinh doanh cơ khí"),
    F("khoảng 7.500 lao động", "7.500", 7500, "count", "lao động", approx="about",
      subject="lao động làng nghề cơ khí thu hút"),
    F("gần 2.000 lao động", "2.000", 2000, "count", "lao động", approx="nearly", total=7500,
      subject="lao động đến từ các xã lân cận"),
    F("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
      subject="thu nhập bình quân của lao động"),
    F("1.500 bộ kệ/ngày", "1.500", 1500, "measure", "bộ kệ/ngày",
      subject="công suất dây chuyền sơn tĩnh điện tự động"),
    F("tư 45 tỷ", "45", 45e9, "money", "đồng", subject="tổng vốn đầu tư dây chuyền sơn tĩnh điện"),
    F("38 container", "38", 38, "count", "container", subject="container kệ sắt công ty xuất khẩu",
      period=YTD),
    F("1,6 triệu USD", "1,6", 1.6e6, "money", "USD", change=C("increase", 2, "lần", "cùng kỳ"),
      subject="kim ngạch xuất khẩu kệ sắt của công ty", period=YTD),
    F("350.000-900.000", "350.000", 350000, "money", "đồng/bộ", value_max=900000,
      subject="giá kệ sắt đa năng loại phổ thông"),
    F("từ 250.000 đồng", "250.000", 250000, "money", "đồng/chiếc", approx="at_least",
      subject="giá kệ giày inox"),
    F("đạt 2.800 tỷ", "2.800", 2800e9, "money", "đồng", status="target",
      subject="giá trị sản xuất của làng nghề", period=TO25),
    F("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
      subject="tỷ trọng nhóm sản phẩm kệ trong giá trị sản xuất của làng nghề", period=TO25),
    F("có 94 làng nghề", "94", 94, "count", "làng nghề", subject="làng nghề", location=ND),
    F("11 làng nghề", "11", 11, "count", "làng nghề", total=94, subject="làng nghề cơ khí", location=ND),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="số làng nghề cơ khí", location=ND),
]

NOTES = [
    "Province portal (Nam Định): craft village Xuân Tiến in huyện Xuân Trường, 9 months 2024; breadcrumb,",
    "'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Km 3, đường tỉnh 489', 'lần thứ 15', 'năm 2024' in a link title, baseline 'năm 2023'.",
    "Location: the commune's figures go to its district Xuân Trường (location stops at district level); the province's",
    "94/11 làng nghề and its regional rank go to Nam Định.",
    "Headline 'gần 1.900 tỷ' is its own figure (estimate, nearly) with the headline's '9 tháng' (2024 from the dateline).",
    "'bằng 76% kế hoạch năm' is a share (percent attribute), as in the shared gold; 'Trong đó ... khoảng 640 tỷ, chiếm 34,2%'",
    "after a sentence break: total 1.870 tỷ, percent 34,2, estimate carried from the whole, period inherited.",
    "'gấp đôi cùng kỳ' → change increase 2 lần. 'từ 250.000 đồng/chiếc trở lên' → at_least.",
    "'Mục tiêu đến năm 2025' governs both clauses (target); 'trong đó ... chiếm ít nhất 40%' is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1507-1", TEXT, NOTES, FIGS, published="2024-10-14", location=XT)
