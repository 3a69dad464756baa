"""p1500-1: province portal (Nam Định): rag-rug / doormat output from fabric scraps, 9 months 2024; a cooperative in Ý Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Nghề làm thảm từ vải vụn 9 tháng ước đạt gần 15 triệu sản phẩm

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, các cơ sở làm thảm từ vải vụn trên địa bàn tỉnh Nam Định ước đạt 14,6 triệu sản phẩm, tăng 11,2% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm. Trong đó, thảm lau chân 9,8 triệu chiếc, thảm trải sàn 3,1 triệu chiếc, thảm ghép các loại 1,7 triệu chiếc.

Giá trị sản xuất của nghề trong 9 tháng ước đạt 412 tỷ đồng, chiếm khoảng 3,5% giá trị sản xuất công nghiệp nông thôn của tỉnh.

Hiện toàn tỉnh có 14 hợp tác xã và khoảng 2.300 hộ làm thảm, thu hút hơn 6.000 lao động, chủ yếu là phụ nữ và người cao tuổi, thu nhập từ 4,5 đến 5 triệu đồng/người/tháng. Nghề tập trung ở các huyện Ý Yên, Nam Trực và Trực Ninh.

Tại xã Yên Tiến, huyện Ý Yên, Hợp tác xã Thảm Tiến Thành có 120 thành viên, mỗi tháng xuất khoảng 180.000 tấm thảm lau chân cho các siêu thị và chợ đầu mối. Giám đốc HTX Phạm Văn Hòa cho biết, vải vụn được thu mua từ các doanh nghiệp may tại Khu công nghiệp Hòa Xá với giá 3.000-4.500 đồng/kg; năm 2023 HTX dùng khoảng 650 tấn vải vụn, doanh thu 9,2 tỷ đồng.

Từ đầu năm đến nay, Trung tâm Khuyến công tỉnh đã hỗ trợ 5 cơ sở đổi mới máy dệt với kinh phí 650 triệu đồng theo Quyết định số 1520/QĐ-UBND.

Quý IV, ngành phấn đấu sản xuất thêm 4,4 triệu sản phẩm, đưa sản lượng cả năm lên 19 triệu sản phẩm.

Tin liên quan:
- Nam Định: Hội chợ hàng thủ công mỹ nghệ năm 2024
- Hướng dẫn hồ sơ đăng ký sản phẩm OCOP 3 sao
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_B = per("trong 9 tháng", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
YY = "Ý Yên"

FIGS = [
    fig("ước đạt gần 15 triệu", "15", 15e6, "count", "sản phẩm", approx="nearly", status="estimate",
        subject="sản phẩm nghề làm thảm từ vải vụn", period=NINE_H),
    fig("ước đạt 14,6 triệu", "14,6", 14.6e6, "count", "sản phẩm", status="estimate", percent=76.8,
        change=chg("increase", 11.2, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm của các cơ sở làm thảm từ vải vụn", period=NINE),
    fig("thảm lau chân 9,8 triệu", "9,8", 9.8e6, "count", "chiếc", total=14.6e6, status="estimate",
        subject="thảm lau chân", period=inh(NINE)),
    fig("thảm trải sàn 3,1 triệu", "3,1", 3.1e6, "count", "chiếc", total=14.6e6, status="estimate",
        subject="thảm trải sàn", period=inh(NINE)),
    fig("các loại 1,7 triệu", "1,7", 1.7e6, "count", "chiếc", total=14.6e6, status="estimate",
        subject="thảm ghép các loại", period=inh(NINE)),
    fig("ước đạt 412 tỷ", "412", 412e9, "money", "đồng", status="estimate", percent=3.5,
        subject="giá trị sản xuất của nghề làm thảm", period=NINE_B),
    fig("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", subject="hợp tác xã làm thảm"),
    fig("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", approx="about", subject="hộ làm thảm"),
    fig("hơn 6.000 lao động", "6.000", 6000, "count", "lao động", approx="over",
        subject="lao động nghề làm thảm"),
    fig("từ 4,5 đến 5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=5e6,
        subject="thu nhập của lao động làm thảm"),
    fig("có 120 thành viên", "120", 120, "count", "thành viên",
        subject="thành viên Hợp tác xã Thảm Tiến Thành", location=YY),
    fig("khoảng 180.000 tấm", "180.000", 180000, "measure", "tấm/tháng", approx="about",
        subject="thảm lau chân hợp tác xã xuất mỗi tháng", location=YY),
    fig("giá 3.000-4.500", "3.000", 3000, "money", "đồng/kg", value_max=4500,
        subject="giá thu mua vải vụn", location=YY),
    fig("khoảng 650 tấn", "650", 650, "measure", "tấn", approx="about",
        subject="vải vụn hợp tác xã dùng", period=Y23, location=YY),
    fig("thu 9,2 tỷ", "9,2", 9.2e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y23, location=YY),
    fig("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở được Trung tâm Khuyến công hỗ trợ đổi mới máy dệt", period=YTD),
    fig("phí 650 triệu", "650", 650e6, "money", "đồng", subject="kinh phí hỗ trợ đổi mới máy dệt", period=YTD),
    fig("thêm 4,4 triệu", "4,4", 4.4e6, "count", "sản phẩm", status="target",
        subject="sản phẩm sản xuất thêm", period=Q4),
    fig("lên 19 triệu", "19", 19e6, "count", "sản phẩm", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Nam Định): thảm vải vụn output 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.286'.",
    "Distractors: 08:45, Lượt xem 1.286, Quyết định số 1520/QĐ-UBND, 'năm 2024' in a related link, 'OCOP 3 sao'.",
    "Headline 'gần 15 triệu' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break take total 14,6 triệu and the whole's estimate status; period inherited.",
    "HTX passage in huyện Ý Yên: location Ý Yên; 'mỗi tháng ... khoảng 180.000 tấm' is a rate (tấm/tháng, measure).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-15; 'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    write("p1500-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nam Định")
