"""p1191-8: provincial newspaper online (Báo Bắc Ninh), weaving village Tương Giang (TP Từ Sơn), 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Làng dệt Tương Giang: Giá trị sản xuất 6 tháng đạt hơn 700 tỷ đồng

08:52 | 17/07/2024

(BNO) - 6 tháng đầu năm, giá trị sản xuất của làng nghề dệt Tương Giang (TP Từ Sơn) ước đạt 735 tỷ đồng, đạt 52,5% kế hoạch năm, tăng 12,8% so với cùng kỳ năm 2023.

Tương Giang hiện có 510 hộ làm nghề, trong đó 86 hộ đã thành lập doanh nghiệp, tổ hợp tác. Làng có trên 1.700 máy dệt kim, máy dệt lưới các loại, sản xuất chủ yếu vải tuyn, vải màn, bít tất. Lao động làm nghề khoảng 3.200 người, trong đó lao động từ các tỉnh khác đến làm thuê chiếm khoảng 40%. Giá trị sản xuất của làng hiện gấp 3 lần năm 2015.

Công ty TNHH Dệt kim Hoàng Hà ở khu phố Đông Tâm là một trong 5 doanh nghiệp lớn nhất làng với 140 công nhân. Năm 2023, công ty xuất khẩu 2,4 triệu mét vải tuyn, doanh thu 86 tỷ đồng; thu nhập của công nhân bình quân 8,5 triệu đồng/người/tháng. Ba thị trường xuất khẩu chính của làng là Ấn Độ, Bangladesh và Campuchia, lần lượt chiếm 35%, 22% và 12% kim ngạch.

Dù vậy, nhiều cơ sở vẫn nằm xen trong khu dân cư. Mỗi ngày, làng thải ra khoảng 1.500 m3 nước thải, mới xử lý được dưới 20%.

Năm 2024, TP Từ Sơn phấn đấu giá trị sản xuất làng nghề Tương Giang đạt 1.400 tỷ đồng; di dời ít nhất 30 cơ sở dệt, nhuộm vào Cụm công nghiệp làng nghề Tương Giang (diện tích 24,5 ha) nằm cạnh Quốc lộ 1A.

Lê Hà
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty TNHH Dệt kim Hoàng Hà"
MKT = "kim ngạch xuất khẩu của làng Tương Giang"

FIGS = [
    fig("hơn 700 tỷ", "700", 700e9, "money", "đồng", approx="over",
        subject="giá trị sản xuất làng dệt Tương Giang", period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("ước đạt 735 tỷ", "735", 735e9, "money", "đồng", status="estimate", percent=52.5,
        change=chg("increase", 12.8, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất của làng nghề dệt Tương Giang", period=H1),
    fig("có 510 hộ", "510", 510, "count", "hộ", subject="hộ làm nghề dệt tại Tương Giang"),
    fig("trong đó 86 hộ", "86", 86, "count", "hộ", total=510,
        subject="hộ đã thành lập doanh nghiệp, tổ hợp tác"),
    fig("trên 1.700 máy", "1.700", 1700, "count", "máy dệt", approx="over",
        subject="máy dệt kim, máy dệt lưới các loại"),
    fig("khoảng 3.200 người", "3.200", 3200, "count", "người", approx="about",
        subject="lao động làm nghề dệt tại Tương Giang"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="lao động từ các tỉnh khác đến làm thuê trong lao động làm nghề"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="giá trị sản xuất của làng so với năm 2015"),
    fig("trong 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", optional=True,
        subject="doanh nghiệp lớn nhất làng"),
    fig("với 140 công nhân", "140", 140, "count", "công nhân", subject="công nhân " + CO),
    fig("2,4 triệu mét", "2,4", 2.4e6, "measure", "mét", subject="vải tuyn công ty xuất khẩu", period=Y23),
    fig("doanh thu 86 tỷ", "86", 86e9, "money", "đồng", subject="doanh thu công ty", period=Y23),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân", period=Y23),
    fig("Ba thị trường", "Ba", 3, "count", "thị trường", optional=True,
        subject="thị trường xuất khẩu chính của làng"),
    fig("chiếm 35%", "35", 35, "percent", "%", subject=MKT + " sang Ấn Độ"),
    fig("35%, 22%", "22", 22, "percent", "%", subject=MKT + " sang Bangladesh"),
    fig("và 12% kim", "12", 12, "percent", "%", subject=MKT + " sang Campuchia"),
    fig("khoảng 1.500 m3", "1.500", 1500, "measure", "m3/ngày", approx="about",
        subject="nước thải làng thải ra mỗi ngày"),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under", subject="nước thải được xử lý"),
    fig("đạt 1.400 tỷ", "1.400", 1400e9, "money", "đồng", status="target",
        subject="giá trị sản xuất làng nghề Tương Giang", period=Y24),
    fig("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở dệt, nhuộm di dời vào cụm công nghiệp làng nghề", period=Y24),
    fig("diện tích 24,5 ha", "24,5", 24.5, "measure", "ha",
        subject="diện tích Cụm công nghiệp làng nghề Tương Giang"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Ninh): headline figure, '08:52 | 17/07/2024' (published), tag '(BNO) -', byline 'Lê Hà'.",
    "Tương Giang is in TP Từ Sơn: location Từ Sơn for all figures ('TP' is stripped by the scorer). Year-less '6 tháng đầu năm' → 2024.",
    "The headline '6 tháng ... hơn 700 tỷ' rounds 735 tỷ: its own figure (period 6 tháng 2024, from published).",
    "86 hộ is a part of 510 hộ; 'trong đó lao động ... chiếm khoảng 40%' is a share of a part: a percent figure of its own.",
    "'Giá trị sản xuất của làng hiện gấp 3 lần năm 2015' stands as the claim: multiple. 'một trong 5 doanh nghiệp lớn nhất' is a top-N label (optional).",
    "Market list 'Ấn Độ, Bangladesh và Campuchia, lần lượt chiếm 35%, 22% và 12%': foreign partners are not places; subject keeps the partner.",
    "'Mỗi ngày ... khoảng 1.500 m3 nước thải' is a rate (m3/ngày). The 24,5 ha cluster size is actual and has no period.",
    "revised after the first run: the three 2023 figures of the company use the sentence's own naming ('công ty', 'công nhân').",
    "Distractors: time 08:52, '(BNO)', 'khu phố Đông Tâm', 'Quốc lộ 1A', 'năm 2015' (baseline year).",
]

if __name__ == "__main__":
    write("p1191-8", TEXT, NOTES, FIGS, published="2024-07-17", location="Từ Sơn")
