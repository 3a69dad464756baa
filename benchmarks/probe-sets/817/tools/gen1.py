"""p817-1: Đồng Tháp province portal, rice-husk pellets, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đồng Tháp: Xuất khẩu hơn 142 nghìn tấn viên nén trấu trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương, 6 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Đồng Tháp đã sản xuất 186.500 tấn viên nén trấu, tăng 14,2% so với cùng kỳ năm 2023; trong đó xuất khẩu 142.300 tấn, chiếm 76,3% sản lượng. Kim ngạch xuất khẩu viên nén trấu ước đạt 17,8 triệu USD, đạt 52,4% kế hoạch năm. Thị trường chính là Hàn Quốc và Nhật Bản.

Hiện toàn tỉnh có 23 cơ sở sản xuất viên nén trấu, tập trung ở các huyện Lấp Vò (7 cơ sở), Lai Vung (6 cơ sở), Tháp Mười (5 cơ sở) và thành phố Sa Đéc (5 cơ sở), với tổng công suất khoảng 420.000 tấn/năm. Mỗi năm, các nhà máy xay xát lúa trong tỉnh thải ra khoảng 650.000 tấn trấu, nhưng mới có gần 40% được dùng làm nguyên liệu ép viên, phần còn lại chủ yếu dùng cho lò sấy và lò gạch.

Giá viên nén trấu xuất khẩu hiện dao động 118-125 USD/tấn, cao hơn khoảng 8% so với cuối năm 2023. Giá trấu nguyên liệu tại các nhà máy xay xát ở mức 1.100-1.300 đồng/kg, có thời điểm lên tới 1.500 đồng/kg, khiến nhiều cơ sở nhỏ thiếu vốn mua dự trữ.

Năm 2024, tỉnh phấn đấu sản lượng viên nén trấu đạt 380.000 tấn, kim ngạch xuất khẩu đạt 34 triệu USD. Thực hiện Quyết định số 1125/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, Sở Công Thương đang hỗ trợ 4 doanh nghiệp tham gia hội chợ chuyên ngành năng lượng sinh khối tại Hàn Quốc vào tháng 9 tới.

Phòng Quản lý Công nghiệp - Sở Công Thương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Xuất khẩu hơn 142 nghìn tấn", "142", 142000, "measure", "tấn", "viên nén trấu xuất khẩu",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("sản xuất 186.500 tấn", "186.500", 186500, "measure", "tấn", "viên nén trấu sản xuất", H1,
      change=C("increase", 14.2, baseline="cùng kỳ năm 2023")),
    F("xuất khẩu 142.300 tấn", "142.300", 142300, "measure", "tấn", "viên nén trấu xuất khẩu", H1,
      total=186500, percent=76.3),
    F("ước đạt 17,8 triệu USD", "17,8", 17800000, "money", "USD", "kim ngạch xuất khẩu viên nén trấu", I(H1),
      percent=52.4, status="estimate"),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở sản xuất viên nén trấu"),
    F("Lấp Vò (7 cơ sở)", "7", 7, "count", "cơ sở", "cơ sở sản xuất viên nén trấu", total=23, location="Lấp Vò"),
    F("Lai Vung (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở sản xuất viên nén trấu", total=23, location="Lai Vung"),
    F("Tháp Mười (5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở sản xuất viên nén trấu", total=23, location="Tháp Mười"),
    F("Sa Đéc (5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở sản xuất viên nén trấu", total=23, location="Sa Đéc"),
    F("khoảng 420.000 tấn/năm", "420.000", 420000, "measure", "tấn/năm", "tổng công suất cơ sở sản xuất viên nén trấu",
      approx="about"),
    F("khoảng 650.000 tấn trấu", "650.000", 650000, "measure", "tấn", "trấu các nhà máy xay xát lúa thải ra mỗi năm",
      approx="about"),
    F("gần 40%", "40", 40, "percent", "%", "trấu được dùng làm nguyên liệu ép viên", approx="nearly"),
    F("dao động 118-125 USD/tấn", "118", 118, "money", "USD/tấn", "giá viên nén trấu xuất khẩu", value_max=125,
      change=C("increase", 8, baseline="cuối năm 2023", approx="about")),
    F("mức 1.100-1.300 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá trấu nguyên liệu tại các nhà máy xay xát",
      value_max=1300),
    F("lên tới 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá trấu nguyên liệu cao nhất"),
    F("đạt 380.000 tấn", "380.000", 380000, "measure", "tấn", "sản lượng viên nén trấu", Y24, status="target"),
    F("đạt 34 triệu USD", "34", 34000000, "money", "USD", "kim ngạch xuất khẩu viên nén trấu", Y24, status="target"),
    F("hỗ trợ 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      "doanh nghiệp được hỗ trợ tham gia hội chợ chuyên ngành năng lượng sinh khối tại Hàn Quốc"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Tháp: viên nén trấu 6 tháng đầu năm 2024 (sản lượng, xuất khẩu, cơ sở theo huyện, giá, mục tiêu năm).",
    "Headline '6 tháng' has no year: nothing dated stands before it, so the year of published (2024).",
    "142.300 tấn follows 'trong đó' after 186.500 tấn: total, and 'chiếm 76,3% sản lượng' is its percent.",
    "The bracketed district list adds up to 23 (7+6+5+5): each item gets total 23 and the district as location.",
    "'Hiện', 'Mỗi năm' give no period. The price change 'cao hơn khoảng 8% so với cuối năm 2023' belongs to the price range.",
    "Distractors: Quyết định số 1125/QĐ-UBND ngày 15/3/2024, 'tháng 9 tới', 'Lượt xem: 2.316', 09:45.",
]

write("p817-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Đồng Tháp")
