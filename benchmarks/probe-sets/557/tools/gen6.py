"""p557-6: national press (VnExpress-style), Khánh Hòa land-use fees 2023."""
from lib import F, P, I, CH, B, emit

TEXT = """Kinh doanh > Bất động sản
Thứ tư, 10/1/2024, 06:30 (GMT+7)

Khánh Hòa thu tiền sử dụng đất chưa đến 40% dự toán

Thị trường bất động sản trầm lắng khiến nguồn thu từ đất của Khánh Hòa năm 2023 hụt mạnh, kéo tổng thu ngân sách xuống dưới kế hoạch.

Năm 2023, Khánh Hòa chỉ thu được 1.386 tỷ đồng tiền sử dụng đất, bằng 38,5% dự toán. Theo Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 15.740 tỷ đồng, bằng 93% dự toán, giảm 11,6% so với năm 2022. Đây là lần đầu tiên sau 3 năm tỉnh không hoàn thành dự toán thu.

Trong 12 phiên đấu giá quyền sử dụng đất tổ chức trong năm, chỉ có 5 phiên thành công, với 83 lô đất được bán. Tại khu đô thị Phước Long, giá trúng bình quân chỉ khoảng 18 triệu đồng/m2, thấp hơn 25% so với năm 2021.

Nha Trang vẫn là địa phương đóng góp tiền sử dụng đất lớn nhất với 742 tỷ đồng, tiếp đến là Cam Ranh 265 tỷ đồng và Ninh Hòa 138 tỷ đồng.

Theo TS. Nguyễn Văn Minh, Trường Đại học Nha Trang, nguồn thu từ đất những năm gần đây chiếm từ 25 đến 30% thu nội địa của Khánh Hòa, nên khi thị trường đóng băng, ngân sách bị ảnh hưởng ngay.

Do hụt thu, tỉnh phải cắt giảm, giãn tiến độ 27 dự án đầu tư công với tổng vốn khoảng 1.150 tỷ đồng, trong đó có đoạn tuyến đường số 4 qua Cam Lâm. Năm 2024, HĐND tỉnh giao dự toán thu tiền sử dụng đất 2.500 tỷ đồng, thấp hơn 30,6% so với dự toán năm 2023.

Xuân Ngọc
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YEAR = P("trong năm", "2023-01-01", "2023-12-31")
SUBJ_L = "tiền sử dụng đất"

FIGS = [
    F("chưa đến 40% dự toán", "40", 40, "percent", "%", "thu tiền sử dụng đất so với dự toán", approx="under"),
    F("được 1.386 tỷ đồng", "1.386", B(1386), "money", "đồng", "tiền sử dụng đất", Y23, percent=38.5),
    F("đạt 15.740 tỷ đồng", "15.740", B(15740), "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", Y23b,
      percent=93, change=CH("decrease", 11.6, baseline="năm 2022")),
    F("Trong 12 phiên", "12", 12, "count", "phiên đấu giá", "phiên đấu giá quyền sử dụng đất", YEAR),
    F("có 5 phiên", "5", 5, "count", "phiên", "phiên đấu giá thành công", YEAR, total=12),
    F("với 83 lô đất", "83", 83, "count", "lô đất", "lô đất được bán", YEAR),
    F("khoảng 18 triệu", "18", 18_000_000, "money", "đồng/m2", "giá trúng bình quân", approx="about",
      change=CH("decrease", 25, baseline="năm 2021")),
    F("với 742 tỷ đồng", "742", B(742), "money", "đồng", SUBJ_L, I(Y23), location="Nha Trang"),
    F("Cam Ranh 265 tỷ", "265", B(265), "money", "đồng", SUBJ_L, I(Y23), location="Cam Ranh"),
    F("Ninh Hòa 138 tỷ", "138", B(138), "money", "đồng", SUBJ_L, I(Y23), location="Ninh Hòa"),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "nguồn thu từ đất trong thu nội địa", value_max=30),
    F("tiến độ 27 dự án", "27", 27, "count", "dự án", "dự án đầu tư công bị cắt giảm, giãn tiến độ"),
    F("khoảng 1.150 tỷ đồng", "1.150", B(1150), "money", "đồng", "tổng vốn các dự án đầu tư công bị cắt giảm, giãn tiến độ", approx="about"),
    F("đất 2.500 tỷ đồng", "2.500", B(2500), "money", "đồng", "dự toán thu tiền sử dụng đất", Y24,
      change=CH("decrease", 30.6, baseline="dự toán năm 2023"), status="target"),
]

COMMENTS = [
    "National-press style ('Thứ tư, 10/1/2024, 06:30 (GMT+7)', byline at the end): Khánh Hòa land-use fees and revenue 2023 (invented).",
    "Headline 'chưa đến 40%' = under. 'trong năm' takes 2023 from the paragraph before. 'thấp hơn 25% so với năm 2021' is the price's change;",
    "dự toán 2.500 tỷ is a plan figure (status target) with its gap to last year's plan as change. Localities in the list are locations.",
    "revised after the first run: subject of 1.150 tỷ was the bare 'tổng vốn' (too generic); now names the projects.",
    "Distractors: (GMT+7), 'lần đầu tiên sau 3 năm' (duration), Trường Đại học Nha Trang (no figure), 'đường số 4', khu đô thị Phước Long.",
]

if __name__ == "__main__":
    emit("p557-6", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Khánh Hòa")
