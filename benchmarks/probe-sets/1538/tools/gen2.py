"""p1538-2: district portal (huyện Nam Trực, Nam Định): làng nghề cơ khí, rèn Vân Chàng, 6 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Làng nghề rèn Vân Chàng: 6 tháng giá trị sản xuất tăng gần 10%

18/07/2024 - 10:20

Theo báo cáo của UBND thị trấn Nam Giang, 6 tháng đầu năm 2024, làng nghề cơ khí, rèn Vân Chàng có 214 cơ sở đang hoạt động, trong đó 26 doanh nghiệp và hợp tác xã. Tổng giá trị sản xuất ước đạt 186 tỷ đồng, tăng 9,6% so với cùng kỳ, bằng 52% kế hoạch năm.

Sản phẩm chủ lực là cuốc, xẻng, liềm, dao, bản lề và phụ tùng máy nông nghiệp. Trong 6 tháng, các cơ sở đã sản xuất khoảng 1,35 triệu chiếc cuốc, xẻng các loại và hơn 420 nghìn chiếc liềm, phần lớn tiêu thụ ở các tỉnh phía Bắc; khoảng 30% sản lượng xẻng được xuất khẩu sang Lào và Campuchia.

Làng nghề giải quyết việc làm cho trên 2.500 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng. Riêng Công ty TNHH Cơ khí Hùng Vượng ở tổ dân phố số 5 (Km 12, Quốc lộ 21) sử dụng 85 công nhân, mỗi ngày xuất xưởng từ 3.000 đến 3.500 lưỡi xẻng.

Tuy nhiên, làng nghề vẫn còn 17 cơ sở chưa có hệ thống xử lý khói bụi, tiếng ồn. 6 tháng cuối năm, thị trấn phấn đấu di dời 10 cơ sở vào Cụm công nghiệp Nam Giang giai đoạn 2, đưa giá trị sản xuất cả năm đạt 360 tỷ đồng.

Nguồn: UBND thị trấn Nam Giang

Tin khác:
- Nam Trực sơ kết công tác 6 tháng đầu năm 2024
- Hội nghị triển khai Chương trình OCOP năm 2024

Địa chỉ: Thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định | Điện thoại: 0228.3827.135
"""

H1h = per("6 tháng", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng gần 10%", "10", 10, "percent", "%", approx="nearly",
        subject="giá trị sản xuất làng nghề rèn Vân Chàng", period=H1h),
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở",
        subject="cơ sở làng nghề cơ khí, rèn Vân Chàng đang hoạt động", period=H1),
    fig("26 doanh nghiệp", "26", 26, "count", "doanh nghiệp và hợp tác xã", total=214,
        subject="doanh nghiệp và hợp tác xã", period=H1),
    fig("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", status="estimate", percent=52,
        change=chg("increase", 9.6, "%", "cùng kỳ"), subject="tổng giá trị sản xuất", period=inh(H1)),
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", approx="about",
        subject="cuốc, xẻng các loại các cơ sở đã sản xuất", period=H1b),
    fig("hơn 420 nghìn", "420", 420e3, "count", "chiếc", approx="over",
        subject="liềm các cơ sở đã sản xuất", period=H1b),
    fig("khoảng 30% sản lượng", "30", 30, "percent", "%", approx="about",
        subject="sản lượng xẻng được xuất khẩu sang Lào và Campuchia", period=H1b),
    fig("trên 2.500 lao động", "2.500", 2500, "count", "lao động", approx="over",
        subject="lao động làng nghề giải quyết việc làm"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("sử dụng 85 công nhân", "85", 85, "count", "công nhân",
        subject="công nhân Công ty TNHH Cơ khí Hùng Vượng sử dụng"),
    fig("từ 3.000 đến 3.500", "3.000", 3000, "measure", "lưỡi xẻng/ngày", value_max=3500,
        subject="lưỡi xẻng công ty xuất xưởng mỗi ngày"),
    fig("còn 17 cơ sở", "17", 17, "count", "cơ sở",
        subject="cơ sở chưa có hệ thống xử lý khói bụi, tiếng ồn"),
    fig("di dời 10 cơ sở", "10", 10, "count", "cơ sở", status="target",
        subject="cơ sở di dời vào Cụm công nghiệp Nam Giang", period=H2),
    fig("đạt 360 tỷ", "360", 360e9, "money", "đồng", status="target",
        subject="giá trị sản xuất cả năm", period=YR),
]

NOTES = [
    "District portal (huyện Nam Trực, Nam Định): banner, menu, dateline '18/07/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 10:20, 'tổ dân phố số 5', 'Km 12, Quốc lộ 21', 'Cụm công nghiệp Nam Giang giai đoạn 2', phone 0228.3827.135, '6 tháng đầu năm 2024' and 'năm 2024' in link titles.",
    "All figures are the village's (thị trấn Nam Giang, huyện Nam Trực): location Nam Trực (default).",
    "Headline 'tăng gần 10%' is a growth rate as the claim: percent figure, approx nearly, period '6 tháng' → H1 2024 (year of published).",
    "'26 doanh nghiệp và hợp tác xã' after 'trong đó' follows 214 cơ sở (DN/HTX are establishments too): total 214.",
    "'ước đạt 186 tỷ ... tăng 9,6% so với cùng kỳ, bằng 52% kế hoạch năm' → change 9,6% and percent 52; period inherited (previous sentence).",
    "'mỗi ngày xuất xưởng từ 3.000 đến 3.500 lưỡi xẻng' is a daily rate: measure, unit lưỡi xẻng/ngày, range.",
    "'khoảng 30% sản lượng xẻng' is its own percent figure (no base amount of xẻng in the text); 'Trong 6 tháng' governs the whole sentence.",
    "'phấn đấu' governs both clauses ('di dời 10 cơ sở', 'đưa ... cả năm đạt 360 tỷ'): target; '6 tháng cuối năm' → H2 2024; 'cả năm' → 2024.",
    "Present-tense figures (2.500 lao động, 8,5 triệu, 85 công nhân, 3.000-3.500, 17 cơ sở) have no period.",
]

if __name__ == "__main__":
    write("p1538-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Nam Trực")
