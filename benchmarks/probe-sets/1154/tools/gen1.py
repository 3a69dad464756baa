"""p1154-1: Lâm Đồng province portal, cordyceps output in the first half of 2024, a Đà Lạt company."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lâm Đồng: Sản lượng đông trùng hạ thảo 6 tháng đầu năm đạt gần 4,2 tấn

Cập nhật: 15/07/2024 10:20 | Lượt xem: 3.482

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, các cơ sở trên địa bàn tỉnh Lâm Đồng đã cung ứng ra thị trường 4.180 kg đông trùng hạ thảo sấy khô, đạt 52,3% kế hoạch năm, tăng 18,6% so với cùng kỳ năm 2023. Giá trị sản xuất ước đạt 62,7 tỷ đồng.

Toàn tỉnh hiện có 47 cơ sở nuôi trồng đông trùng hạ thảo và nấm linh chi, trong đó 29 doanh nghiệp, 12 hợp tác xã và 6 hộ kinh doanh. Các cơ sở tập trung chủ yếu tại TP Đà Lạt (21 cơ sở), huyện Lạc Dương (9 cơ sở) và huyện Đức Trọng (7 cơ sở), với tổng diện tích nhà xưởng khoảng 18.500 m².

Tại phường 7, TP Đà Lạt, Công ty TNHH Nấm dược liệu Langbiang đầu tư 3 phòng nuôi cấy vô trùng với sức chứa khoảng 12.000 hũ nuôi. Mỗi năm công ty thu hoạch bốn đợt, sản lượng hơn 450 kg đông trùng hạ thảo khô, giá bán từ 12 đến 18 triệu đồng/kg. Năm 2023, doanh thu của công ty đạt trên 6,5 tỷ đồng; công ty tạo việc làm thường xuyên cho 25 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Năm 2024, tỉnh phấn đấu đạt sản lượng 8 tấn đông trùng hạ thảo khô và 120 tấn nấm linh chi khô; đến năm 2025 có ít nhất 10 sản phẩm nấm dược liệu đạt chứng nhận OCOP 4 sao trở lên.

Nguồn: Sở NN&PTNT Lâm Đồng | In bài viết | Gửi email
Cổng thông tin điện tử tỉnh Lâm Đồng - Số 36 Trần Phú, phường 4, TP Đà Lạt
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
DL = "Đà Lạt"
ALL = "cơ sở nuôi trồng đông trùng hạ thảo và nấm linh chi"

FIGS = [
    F("đạt gần 4,2 tấn", "4,2", 4.2, "measure", "tấn", approx="nearly",
      subject="sản lượng đông trùng hạ thảo", period=HEAD),
    F("thị trường 4.180 kg", "4.180", 4180, "measure", "kg", percent=52.3,
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"),
      subject="đông trùng hạ thảo sấy khô cung ứng ra thị trường", period=H1),
    F("ước đạt 62,7 tỷ", "62,7", 62.7e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất", period=I(H1)),
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", subject=ALL),
    F("29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=47,
      subject="doanh nghiệp nuôi trồng đông trùng hạ thảo và nấm linh chi"),
    F("12 hợp tác xã", "12", 12, "count", "hợp tác xã", total=47,
      subject="hợp tác xã nuôi trồng đông trùng hạ thảo và nấm linh chi"),
    F("6 hộ kinh doanh", "6", 6, "count", "hộ kinh doanh", total=47,
      subject="hộ kinh doanh nuôi trồng đông trùng hạ thảo và nấm linh chi"),
    F("Đà Lạt (21 cơ sở)", "21", 21, "count", "cơ sở", subject=ALL, location=DL),
    F("Lạc Dương (9 cơ sở)", "9", 9, "count", "cơ sở", subject=ALL, location="Lạc Dương"),
    F("Đức Trọng (7 cơ sở)", "7", 7, "count", "cơ sở", subject=ALL, location="Đức Trọng"),
    F("khoảng 18.500 m²", "18.500", 18500, "measure", "m²", approx="about",
      subject="tổng diện tích nhà xưởng"),
    F("đầu tư 3 phòng", "3", 3, "count", "phòng nuôi cấy", subject="phòng nuôi cấy vô trùng", location=DL),
    F("khoảng 12.000 hũ", "12.000", 12000, "count", "hũ nuôi", approx="about",
      subject="sức chứa hũ nuôi", location=DL),
    F("thu hoạch bốn đợt", "bốn", 4, "count", "đợt", subject="đợt thu hoạch mỗi năm", location=DL),
    F("hơn 450 kg", "450", 450, "measure", "kg", approx="over",
      subject="sản lượng đông trùng hạ thảo khô mỗi năm", location=DL),
    F("từ 12 đến 18 triệu", "12", 12e6, "money", "đồng/kg", value_max=18e6,
      subject="giá bán đông trùng hạ thảo khô", location=DL),
    F("trên 6,5 tỷ", "6,5", 6.5e9, "money", "đồng", approx="over",
      subject="doanh thu của công ty", period=Y23, location=DL),
    F("cho 25 lao động", "25", 25, "count", "lao động",
      subject="lao động có việc làm thường xuyên", period=Y23, location=DL),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân", period=Y23, location=DL),
    F("sản lượng 8 tấn", "8", 8, "measure", "tấn", status="target",
      subject="sản lượng đông trùng hạ thảo khô", period=Y24),
    F("và 120 tấn", "120", 120, "measure", "tấn", status="target",
      subject="sản lượng nấm linh chi khô", period=Y24),
    F("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm nấm dược liệu đạt chứng nhận OCOP 4 sao trở lên", period=TO25),
]

NOTES = [
    "Province portal (Lâm Đồng): breadcrumb, headline figure, 'Cập nhật: 15/07/2024 10:20 | Lượt xem: 3.482' (published).",
    "Distractors: view counter 3.482, time 10:20, 'phường 7', 'phường 4', 'Số 36 Trần Phú', 'OCOP 4 sao'.",
    "Headline '6 tháng đầu năm' takes the year of published (2024). 29+12+6 = 47 after 'trong đó' -> total 47; district list",
    "after 'tập trung chủ yếu tại' does not add up: no total. Company in phường 7, TP Đà Lạt: its figures get Đà Lạt, also",
    "in the following sentences. 'Năm 2023, doanh thu ...; công ty tạo việc làm ...' one sentence: period 2023 for all three.",
    "'hiện có' and 'Mỗi năm' give no period. 'phấn đấu' continues after ';' (target); 'đến năm 2025' is an as-of end.",
]

if __name__ == "__main__":
    write("p1154-1", TEXT, NOTES, FIGS, published="2024-07-15", location="Lâm Đồng")
