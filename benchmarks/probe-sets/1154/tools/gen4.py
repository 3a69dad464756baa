"""p1154-4: ministry site (Bộ NN&PTNT), national overview of medicinal mushrooms, 2023 and 4 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Nấm dược liệu: Hướng đi mới cho nông nghiệp giá trị cao

Ngày đăng: 28/05/2024 | Lượt xem: 1.907

Theo Cục Trồng trọt, đến hết năm 2023 cả nước có khoảng 1.250 cơ sở nuôi trồng nấm dược liệu, trong đó hơn 400 cơ sở nuôi trồng đông trùng hạ thảo. Tổng sản lượng nấm linh chi năm 2023 đạt khoảng 3.800 tấn, tăng 12% so với năm 2022; sản lượng đông trùng hạ thảo khô đạt 28,5 tấn.

Các địa phương có sản lượng nấm linh chi lớn nhất lần lượt là Hà Nội (520 tấn), Lâm Đồng (410 tấn) và Hòa Bình (365 tấn). Lâm Đồng dẫn đầu cả nước về đông trùng hạ thảo với 6,2 tấn, chiếm 21,8% sản lượng toàn quốc; Hà Nội xếp thứ hai.

Kim ngạch xuất khẩu các sản phẩm nấm dược liệu 4 tháng đầu năm 2024 ước đạt 18,4 triệu USD, tăng 9,6% so với cùng kỳ năm 2023. Các thị trường chính là Hàn Quốc, Nhật Bản và Trung Quốc, chiếm gần 70% tổng kim ngạch.

Giá đông trùng hạ thảo nuôi cấy trong nước hiện từ 8 đến 15 triệu đồng/kg khô, trong khi hàng nhập khẩu cùng loại phổ biến 40-60 triệu đồng/kg. Bình quân mỗi m² nhà nuôi cho lợi nhuận khoảng 1,2 triệu đồng/năm, cao gấp 4 lần trồng rau an toàn.

Mục tiêu đến năm 2030, cả nước phát triển khoảng 3.000 cơ sở nuôi trồng nấm dược liệu, sản lượng đông trùng hạ thảo đạt 100 tấn/năm, kim ngạch xuất khẩu đạt 100 triệu USD.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = P("đến hết năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
TO30 = P("đến năm 2030", None, "2030-12-31")
LZ = "sản lượng nấm linh chi"

FIGS = [
    F("khoảng 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", approx="about",
      subject="cơ sở nuôi trồng nấm dược liệu", period=ASOF),
    F("hơn 400 cơ sở", "400", 400, "count", "cơ sở", approx="over", total=1250,
      subject="cơ sở nuôi trồng đông trùng hạ thảo", period=ASOF),
    F("khoảng 3.800 tấn", "3.800", 3800, "measure", "tấn", approx="about",
      change=C("increase", 12, "%", "năm 2022"), subject="tổng sản lượng nấm linh chi", period=Y23),
    F("đạt 28,5 tấn", "28,5", 28.5, "measure", "tấn", subject="sản lượng đông trùng hạ thảo khô", period=Y23),
    F("Hà Nội (520 tấn)", "520", 520, "measure", "tấn", subject=LZ, period=I(Y23), location="Hà Nội"),
    F("Lâm Đồng (410 tấn)", "410", 410, "measure", "tấn", subject=LZ, period=I(Y23), location="Lâm Đồng"),
    F("Hòa Bình (365 tấn)", "365", 365, "measure", "tấn", subject=LZ, period=I(Y23), location="Hòa Bình"),
    F("với 6,2 tấn", "6,2", 6.2, "measure", "tấn", percent=21.8,
      subject="sản lượng đông trùng hạ thảo", period=I(Y23), location="Lâm Đồng"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng đông trùng hạ thảo",
      period=I(Y23), location="Hà Nội"),
    F("ước đạt 18,4 triệu USD", "18,4", 18.4e6, "money", "USD", status="estimate",
      change=C("increase", 9.6, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu các sản phẩm nấm dược liệu", period=M4),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="tỷ trọng các thị trường chính Hàn Quốc, Nhật Bản và Trung Quốc trong tổng kim ngạch", period=I(M4)),
    F("từ 8 đến 15 triệu", "8", 8e6, "money", "đồng/kg", value_max=15e6,
      subject="giá đông trùng hạ thảo nuôi cấy trong nước"),
    F("40-60 triệu", "40", 40e6, "money", "đồng/kg", value_max=60e6,
      subject="giá đông trùng hạ thảo nhập khẩu cùng loại"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/m²/năm", approx="about",
      change=C("increase", 4, "lần", "trồng rau an toàn"), subject="lợi nhuận bình quân mỗi m² nhà nuôi"),
    F("khoảng 3.000 cơ sở", "3.000", 3000, "count", "cơ sở", approx="about", status="target",
      subject="cơ sở nuôi trồng nấm dược liệu", period=TO30),
    F("đạt 100 tấn", "100", 100, "measure", "tấn/năm", status="target",
      subject="sản lượng đông trùng hạ thảo", period=TO30),
    F("đạt 100 triệu USD", "100", 100e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national: 'Ngày đăng: 28/05/2024 | Lượt xem: 1.907' (published); default location Việt Nam.",
    "Distractors: view counter 1.907, 'Số 2 Ngọc Hà, Ba Đình, Hà Nội', phone 024.3846.8161.",
    "'lần lượt là Hà Nội (520 tấn), ...': list items share the indicator, places are locations; period 2023 inherited.",
    "'chiếm 21,8% sản lượng toàn quốc' is the share of 6,2 tấn. 'Hà Nội xếp thứ hai' (number word) is a rank.",
    "'Các thị trường chính ... chiếm gần 70% tổng kim ngạch': a percent figure of its own (no base amount stated for it).",
    "'cao gấp 4 lần trồng rau an toàn' follows the profit figure: its change. 'mỗi m²' makes the unit đồng/m²/năm.",
    "'hiện' gives no period. 'Mục tiêu đến năm 2030' -> target, as-of end 2030-12-31, for all three clauses.",
]

if __name__ == "__main__":
    write("p1154-4", TEXT, NOTES, FIGS, published="2024-05-28", location="Việt Nam")
