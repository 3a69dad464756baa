"""p1200-1: Hà Giang province portal, fiber to villages and schools, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Thông tin và Truyền thông

Hà Giang: Gần 1.900 thôn, bản đã có cáp quang băng rộng

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417

(hagiang.gov.vn) - Tính đến ngày 30/9/2024, toàn tỉnh Hà Giang có 1.872/2.071 thôn, bản được phủ cáp quang băng rộng cố định, đạt 90,4%, tăng 6,8 điểm phần trăm so với cuối năm 2023. Trong 9 tháng đầu năm, các doanh nghiệp viễn thông đã kéo mới 1.240 km cáp quang, đưa hạ tầng đến thêm 141 thôn, bản, trong đó 96 thôn thuộc các xã đặc biệt khó khăn.

Số thôn, bản chưa có cáp quang còn 199 thôn, tập trung chủ yếu tại các huyện Mèo Vạc (47 thôn), Đồng Văn (39 thôn) và Xín Mần (28 thôn). Đây là các địa bàn núi đá, nhiều tuyến cáp phải đi dọc Quốc lộ 4C và treo trên cột điện lực.

Về trường học, 100% trường THPT và 97,6% trường THCS trên địa bàn đã kết nối internet cáp quang; khối mầm non và tiểu học còn 58 điểm trường lẻ chưa có đường truyền.

Tổng vốn đầu tư cho hạ tầng băng rộng 9 tháng ước đạt 186 tỷ đồng, bằng 74% kế hoạch năm, trong đó vốn từ Quỹ Dịch vụ viễn thông công ích Việt Nam khoảng 52 tỷ đồng. Giá cước gói internet cáp quang cho hộ gia đình ở vùng sâu hiện từ 165.000 đến 220.000 đồng/tháng; hộ nghèo được hỗ trợ 100.000 đồng/hộ/tháng trong 12 tháng theo Kế hoạch số 215/KH-UBND của UBND tỉnh.

Năm 2025, tỉnh phấn đấu 100% thôn, bản có cáp quang băng rộng và ít nhất 95% hộ gia đình ở khu vực nông thôn có khả năng truy cập internet tốc độ cao; dự kiến kéo thêm khoảng 900 km cáp quang.
"""

ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("Trong 9 tháng đầu năm", "2024-01-01", "2024-09-30")
NINE2 = per("9 tháng", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ_LIST = "thôn, bản chưa có cáp quang"

FIGS = [
    fig("Gần 1.900 thôn", "1.900", 1900, "count", "thôn, bản", approx="nearly",
        subject="thôn, bản đã có cáp quang băng rộng"),
    fig("có 1.872/2.071 thôn", "1.872", 1872, "count", "thôn, bản", total=2071, percent=90.4,
        change=chg("increase", 6.8, "điểm phần trăm", "cuối năm 2023"),
        subject="thôn, bản được phủ cáp quang băng rộng cố định", period=ASOF),
    fig("kéo mới 1.240 km", "1.240", 1240, "measure", "km", subject="cáp quang kéo mới", period=NINE),
    fig("thêm 141 thôn", "141", 141, "count", "thôn, bản", subject="thôn, bản được đưa hạ tầng cáp quang đến thêm",
        period=NINE),
    fig("trong đó 96 thôn", "96", 96, "count", "thôn", total=141,
        subject="thôn thuộc các xã đặc biệt khó khăn được đưa hạ tầng đến thêm", period=NINE),
    fig("còn 199 thôn", "199", 199, "count", "thôn", subject=SUBJ_LIST, period=inh(ASOF)),
    fig("Mèo Vạc (47 thôn)", "47", 47, "count", "thôn", subject=SUBJ_LIST, period=inh(ASOF), location="Mèo Vạc"),
    fig("Đồng Văn (39 thôn)", "39", 39, "count", "thôn", subject=SUBJ_LIST, period=inh(ASOF), location="Đồng Văn"),
    fig("Xín Mần (28 thôn)", "28", 28, "count", "thôn", subject=SUBJ_LIST, period=inh(ASOF), location="Xín Mần"),
    fig("100% trường THPT", "100", 100, "percent", "%", subject="trường THPT đã kết nối internet cáp quang"),
    fig("97,6% trường THCS", "97,6", 97.6, "percent", "%", subject="trường THCS đã kết nối internet cáp quang"),
    fig("còn 58 điểm trường", "58", 58, "count", "điểm trường lẻ",
        subject="điểm trường lẻ khối mầm non và tiểu học chưa có đường truyền"),
    fig("ước đạt 186 tỷ đồng", "186", 186e9, "money", "đồng", percent=74, status="estimate",
        subject="tổng vốn đầu tư cho hạ tầng băng rộng", period=NINE2),
    fig("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", approx="about", total=186e9, status="estimate",
        subject="vốn đầu tư từ Quỹ Dịch vụ viễn thông công ích Việt Nam", period=NINE2),
    fig("từ 165.000 đến", "165.000", 165000, "money", "đồng/tháng", value_max=220000,
        subject="giá cước gói internet cáp quang cho hộ gia đình ở vùng sâu"),
    fig("hỗ trợ 100.000 đồng", "100.000", 100000, "money", "đồng/hộ/tháng",
        subject="mức hỗ trợ cước cho hộ nghèo"),
    fig("trong 12 tháng", "12", 12, "measure", "tháng", optional=True, subject="thời gian hỗ trợ cước"),
    fig("phấn đấu 100% thôn", "100", 100, "percent", "%", status="target",
        subject="thôn, bản có cáp quang băng rộng", period=Y25),
    fig("ít nhất 95% hộ", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="hộ gia đình ở khu vực nông thôn có khả năng truy cập internet tốc độ cao", period=Y25),
    fig("khoảng 900 km", "900", 900, "measure", "km", approx="about", status="forecast",
        subject="cáp quang dự kiến kéo thêm", period=Y25),
]

NOTES = [
    "Province portal (Hà Giang): fiber broadband to villages and schools, 9 months 2024. 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter, time 08:30, 'Quốc lộ 4C', 'Kế hoạch số 215/KH-UBND'. District list 47+39+28 != 199 and has no cue: no total.",
    "'9 tháng' without a year takes 2024 (the as-of date earlier). 'trong 12 tháng' is the duration of a support rule: optional.",
    "The 52 tỷ part continues the 'ước đạt' clause after 'trong đó': estimate, total 186 tỷ. Headline and 'hiện' figures have no period.",
]

if __name__ == "__main__":
    build("p1200-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Giang")
