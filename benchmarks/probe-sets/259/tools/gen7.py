from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Yên Sơn: Công nghiệp chế biến gỗ tiếp tục là điểm sáng

Ngành chế biến lâm sản tiếp tục đóng góp lớn vào giá trị sản xuất công nghiệp của huyện. Quý III/2024, giá trị sản xuất ngành chế biến gỗ ước đạt 412,6 tỷ đồng, tăng 9,3% so với quý III/2023.

Từ đầu năm đến nay, các cơ sở trên địa bàn đã tiêu thụ khoảng 265.000 m3 gỗ rừng trồng, sản xuất 38.400 m3 ván bóc, 11.250 m3 ván ghép thanh và 52.700 tấn dăm gỗ. Tính đến ngày 30/9/2024, toàn huyện có 178 cơ sở chế biến gỗ, trong đó 21 doanh nghiệp, 157 hộ kinh doanh cá thể, giải quyết việc làm cho trên 3.600 lao động với thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng.

Về vùng nguyên liệu, 9 tháng năm 2024 huyện trồng được 2.870 ha rừng tập trung, đạt 95,7% kế hoạch năm (kế hoạch 3.000 ha). Diện tích rừng trồng được cấp chứng chỉ FSC là 7.215 ha, chiếm 18,6% diện tích rừng trồng sản xuất; các xã có diện tích lớn là Trung Sơn (1.640 ha), Kim Quan (1.185 ha), Công Đa (962 ha).

Quý IV, huyện phấn đấu trồng thêm 130 ha rừng để hoàn thành kế hoạch; hỗ trợ cấp chứng chỉ FSC cho khoảng 500 ha và thu hút ít nhất 2 dự án chế biến gỗ sâu vào Cụm công nghiệp Tân Thành.

Cơ quan chủ quản: UBND huyện Yên Sơn, tỉnh Tuyên Quang. Điện thoại: 0207.3812.256.
Hoàng Anh - Văn phòng HĐND và UBND huyện
07/10/2024
"""

TD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
T9 = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
FSC = "diện tích rừng trồng được cấp chứng chỉ FSC"
FIGS = [
    fig("ước đạt 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", "giá trị sản xuất ngành chế biến gỗ",
        per("Quý III/2024", "2024-07-01", "2024-09-30"), status="estimate",
        change=chg("increase", 9.3, baseline="quý III/2023")),
    fig("khoảng 265.000 m3", "265.000", 265000, "measure", "m3", "gỗ rừng trồng tiêu thụ", TD, approx="about"),
    fig("sản xuất 38.400 m3", "38.400", 38400, "measure", "m3", "ván bóc sản xuất", TD),
    fig("11.250 m3 ván ghép", "11.250", 11250, "measure", "m3", "ván ghép thanh sản xuất", TD),
    fig("52.700 tấn dăm", "52.700", 52700, "measure", "tấn", "dăm gỗ sản xuất", TD),
    fig("có 178 cơ sở", "178", 178, "count", "cơ sở", "cơ sở chế biến gỗ", T9),
    fig("trong đó 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ", T9, total=178),
    fig("157 hộ kinh doanh", "157", 157, "count", "hộ kinh doanh cá thể", "hộ kinh doanh cá thể chế biến gỗ", T9,
        total=178),
    fig("trên 3.600 lao động", "3.600", 3600, "count", "lao động", "lao động được giải quyết việc làm", T9,
        approx="over"),
    fig("từ 6,5 đến 8 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân",
        T9, value_max=8e6),
    fig("được 2.870 ha", "2.870", 2870, "measure", "ha", "diện tích rừng tập trung trồng được", P9,
        percent=95.7, target=tgt(3000, "ha")),
    fig("là 7.215 ha", "7.215", 7215, "measure", "ha", FSC, percent=18.6),
    fig("Trung Sơn (1.640 ha)", "1.640", 1640, "measure", "ha", FSC),
    fig("Kim Quan (1.185 ha)", "1.185", 1185, "measure", "ha", FSC),
    fig("Công Đa (962 ha)", "962", 962, "measure", "ha", FSC),
    fig("thêm 130 ha", "130", 130, "measure", "ha", "diện tích rừng trồng thêm", Q4, status="target"),
    fig("khoảng 500 ha", "500", 500, "measure", "ha", "diện tích hỗ trợ cấp chứng chỉ FSC", Q4,
        approx="about", status="target"),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", "dự án chế biến gỗ sâu thu hút", Q4,
        approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (huyện Yên Sơn, Tuyên Quang): wood processing Q3/2024, output from the start of the year, establishments as of 30/9, FSC area, Q4 tasks.",
    "No dateline at the top; the bare date '07/10/2024' at the end (after the byline) is the article's date. 'Từ đầu năm đến nay' runs to it.",
    "Default location Yên Sơn (the district). Commune items (Trung Sơn, Kim Quan, Công Đa) are below district level: location kept as Yên Sơn",
    "(FIGURES.md names province, city or district only); their subject is the list's indicator. No total: 'các xã có diện tích lớn là' is not a part-of cue.",
    "'178 cơ sở, trong đó 21 doanh nghiệp, 157 hộ' → total 178. 'đạt 95,7% kế hoạch năm (kế hoạch 3.000 ha)' → percent 95.7, target 3000 ha.",
    "'Quý IV' takes 2024 from the nearest earlier period. 'ít nhất 2 dự án' at_least target. Distractors: phone 0207.3812.256, 'Cụm công nghiệp Tân Thành',",
    "'quý III/2023' (baseline), '30/9/2024' (as-of date).",
]

emit("p259-7", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Yên Sơn")
