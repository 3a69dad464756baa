"""p1562-2: district portal (huyện Thạch Thất, Hà Nội): bamboo fishing rods and floats, thôn Đồng Cam, xã Đồng Trúc."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
Trang chủ / Tin tức - Sự kiện / Kinh tế - Nông nghiệp

Giữ nghề làm cần câu tre ở Đồng Cam

22/05/2023 - 10:20

Thôn Đồng Cam, xã Đồng Trúc có gần 50 năm làm cần câu tre và phao câu thủ công. Hiện thôn có 126 hộ làm nghề, chiếm gần 40% số hộ trong thôn, trong đó 38 hộ có xưởng riêng; nghề thu hút khoảng 450 lao động, chủ yếu là phụ nữ và người cao tuổi.

Năm 2022, làng nghề cung cấp ra thị trường khoảng 180.000 cần câu và hơn 1,1 triệu chiếc phao các loại, tiêu thụ chủ yếu ở các tỉnh đồng bằng sông Hồng và xuất sang Lào, Campuchia. Doanh thu cả năm đạt 27 tỷ đồng, tăng 12% so với năm 2021; thu nhập của lao động từ 5 đến 7 triệu đồng/tháng.

Một chiếc cần tre hai khúc có giá từ 80.000 đến 150.000 đồng; cần trúc đánh bóng, khảm sừng loại đẹp giá 450.000-600.000 đồng. Thợ lành nghề mỗi ngày hoàn thiện được 15-20 chiếc cần. Ông Kiều Văn Bính, một trong những thợ cao tuổi nhất thôn, cho biết khoảng ba chục thương lái thường xuyên về thôn lấy hàng.

Từ đầu năm đến nay, UBND huyện đã hỗ trợ 200 triệu đồng xây dựng nhãn hiệu tập thể "Cần câu Đồng Cam" và mở 2 lớp đào tạo nghề cho 60 học viên. Theo ông Nguyễn Văn Toản, Chủ tịch UBND xã Đồng Trúc, mục tiêu đến năm 2025 thôn có ít nhất 150 hộ làm nghề, doanh thu đạt 35 tỷ đồng/năm, phấn đấu có 1 sản phẩm đạt OCOP 3 sao.

Tin khác:
- Thạch Thất: Ra quân làm thủy lợi nội đồng vụ Đông Xuân 2022-2023
- Hội nghị sơ kết 6 tháng đầu năm 2023 Chương trình OCOP

Địa chỉ: Thị trấn Liên Quan, huyện Thạch Thất, TP Hà Nội | Điện thoại: 024.3367.1234
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
CN = per("cả năm", "2022-01-01", "2022-12-31")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-05-22")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 50 năm", "50", 50, "measure", "năm", approx="nearly", optional=True),
    fig("có 126 hộ", "126", 126, "count", "hộ", percent=40, subject="hộ làm nghề"),
    fig("trong đó 38 hộ", "38", 38, "count", "hộ", total=126, subject="hộ có xưởng riêng"),
    fig("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about",
        subject="lao động nghề làm cần câu thu hút"),
    fig("khoảng 180.000 cần", "180.000", 180000, "count", "cần câu", approx="about",
        subject="cần câu làng nghề cung cấp ra thị trường", period=Y22),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "chiếc phao", approx="over",
        subject="phao các loại làng nghề cung cấp ra thị trường", period=Y22),
    fig("đạt 27 tỷ", "27", 27e9, "money", "đồng", change=chg("increase", 12, "%", "năm 2021"),
        subject="doanh thu của làng nghề", period=CN),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/tháng", value_max=7e6,
        subject="thu nhập của lao động", period=CN),
    fig("tre hai khúc", "hai", 2, "count", "khúc", optional=True),
    fig("từ 80.000 đến 150.000", "80.000", 80000, "money", "đồng/chiếc", value_max=150000,
        subject="giá cần tre hai khúc"),
    fig("giá 450.000-600.000", "450.000", 450000, "money", "đồng/chiếc", value_max=600000,
        subject="giá cần trúc đánh bóng, khảm sừng loại đẹp"),
    fig("được 15-20 chiếc", "15", 15, "measure", "chiếc cần/ngày", value_max=20,
        subject="cần thợ lành nghề hoàn thiện mỗi ngày"),
    fig("khoảng ba chục", "ba chục", 30, "count", "thương lái", approx="about",
        subject="thương lái thường xuyên về thôn lấy hàng"),
    fig("hỗ trợ 200 triệu", "200", 200e6, "money", "đồng",
        subject="kinh phí huyện hỗ trợ xây dựng nhãn hiệu tập thể", period=YTD),
    fig("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp đào tạo nghề", period=YTD),
    fig("cho 60 học viên", "60", 60, "count", "học viên", subject="học viên lớp đào tạo nghề", period=YTD),
    fig("ít nhất 150 hộ", "150", 150, "count", "hộ", approx="at_least", status="target",
        subject="hộ làm nghề", period=T25),
    fig("đạt 35 tỷ", "35", 35e9, "money", "đồng/năm", status="target",
        subject="doanh thu của làng nghề", period=T25),
    fig("có 1 sản phẩm", "1", 1, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt OCOP 3 sao", period=T25),
]

NOTES = [
    "District portal (huyện Thạch Thất, TP Hà Nội): bamboo rods and floats in thôn Đồng Cam, xã Đồng Trúc; dateline '22/05/2023 - 10:20'.",
    "Distractors: dateline and time, 'Đông Xuân 2022-2023', '6 tháng đầu năm 2023' in a link, 'OCOP 3 sao', phone 024.3367.1234,",
    "'Một chiếc cần' (denominator of the price), 'một trong những thợ' (idiom), 'năm 2021' (baseline), 'Năm 2022' (period).",
    "Location: the district portal's district, Thạch Thất, for every figure (the commune lies in it); Lào, Campuchia are buyers, not places.",
    "'gần 50 năm' (age of the craft) and 'hai khúc' (a product spec) are optional.",
    "'chiếm gần 40% số hộ trong thôn' → percent of the 126 hộ; 38 hộ after 'trong đó' → total 126.",
    "'cả năm' (year-less) takes 2022 from 'Năm 2022'; the income clause after ';' in the same sentence shares it.",
    "'Thợ lành nghề mỗi ngày hoàn thiện được 15-20 chiếc cần' → a rate: measure, unit 'chiếc cần/ngày' (FIGURES.md: denominator in the unit).",
    "'mục tiêu đến năm 2025' governs the whole sentence (150 hộ, 35 tỷ đồng/năm, 1 sản phẩm): target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1562-2", TEXT, NOTES, FIGS, published="2023-05-22", location="Thạch Thất")
