"""p1115-1: Khánh Hòa province portal, mud baths and hot-mineral baths, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

Gần 1,2 triệu lượt khách tắm bùn, tắm khoáng nửa đầu năm

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Du lịch, 6 tháng đầu năm 2024, các điểm tắm bùn, tắm khoáng nóng trên địa bàn tỉnh Khánh Hòa đón 1.186.000 lượt khách, tăng 18,5% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 742.000 lượt, chiếm 62,6%. Doanh thu ước đạt 486 tỷ đồng, đạt 54% kế hoạch năm.

Hiện toàn tỉnh có 9 cơ sở kinh doanh dịch vụ tắm bùn, tắm khoáng, gồm TP Nha Trang (6 cơ sở), thị xã Ninh Hòa (2 cơ sở) và TP Cam Ranh (1 cơ sở). Riêng quý II/2024, ba cơ sở lớn nhất là Tháp Bà, I-Resort và Trăm Trứng lần lượt đón 236.000, 198.000 và 87.500 lượt khách.

Giá vé tắm bùn tập thể dao động từ 250.000 đến 350.000 đồng/người; gói tắm bùn bồn riêng khoảng 1,1 triệu đồng/suất. Các cơ sở sử dụng hơn 2.400 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Cũng trong 6 tháng, Trung tâm Kiểm soát bệnh tật tỉnh đã lấy 126 mẫu nước khoáng và bùn khoáng để xét nghiệm; trong đó 124 mẫu đạt quy chuẩn (chiếm 98,4%), 2 mẫu không đạt chỉ tiêu vi sinh. Hai cơ sở vi phạm bị xử phạt tổng cộng 37,5 triệu đồng theo Nghị định số 117/2020/NĐ-CP.

Năm 2024, ngành du lịch phấn đấu các điểm tắm bùn, tắm khoáng đón 2,3 triệu lượt khách, doanh thu 900 tỷ đồng. Sở Du lịch đang phối hợp các địa phương triển khai Kế hoạch số 215/KH-UBND ngày 12/3/2024 về phát triển du lịch chăm sóc sức khỏe.

Cơ quan chủ quản: UBND tỉnh Khánh Hòa
Địa chỉ: số 01 Trần Phú, TP Nha Trang | Điện thoại: 0258.3822.661
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 1,2 triệu lượt khách", "1,2", 1200000, "count", "lượt khách",
      "lượt khách tắm bùn, tắm khoáng", P("nửa đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("đón 1.186.000 lượt khách", "1.186.000", 1186000, "count", "lượt khách",
      "lượt khách các điểm tắm bùn, tắm khoáng nóng đón", H1,
      change=C("+", 18.5, "%", "cùng kỳ năm 2023")),
    F("khách quốc tế đạt 742.000 lượt", "742.000", 742000, "count", "lượt",
      "khách quốc tế", H1, total=1186000, percent=62.6),
    F("ước đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "doanh thu", I(H1),
      percent=54, status="estimate"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm bùn, tắm khoáng"),
    F("Nha Trang (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm bùn, tắm khoáng",
      total=9, location="Nha Trang"),
    F("Ninh Hòa (2 cơ sở)", "2", 2, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm bùn, tắm khoáng",
      total=9, location="Ninh Hòa"),
    F("Cam Ranh (1 cơ sở)", "1", 1, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm bùn, tắm khoáng",
      total=9, location="Cam Ranh"),
    F("ba cơ sở lớn nhất", "ba", 3, "count", "cơ sở", "cơ sở lớn nhất", Q2, optional=True),
    F("đón 236.000", "236.000", 236000, "count", "lượt khách", "lượt khách Tháp Bà đón", Q2),
    F("236.000, 198.000", "198.000", 198000, "count", "lượt khách", "lượt khách I-Resort đón", Q2),
    F("và 87.500 lượt khách", "87.500", 87500, "count", "lượt khách", "lượt khách Trăm Trứng đón", Q2),
    F("từ 250.000 đến 350.000 đồng/người", "250.000", 250000, "money", "đồng/người",
      "giá vé tắm bùn tập thể", value_max=350000),
    F("khoảng 1,1 triệu đồng/suất", "1,1", 1100000, "money", "đồng/suất", "giá gói tắm bùn bồn riêng",
      approx="about"),
    F("hơn 2.400 lao động", "2.400", 2400, "count", "lao động", "lao động các cơ sở sử dụng", approx="over"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8500000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("lấy 126 mẫu", "126", 126, "count", "mẫu", "mẫu nước khoáng và bùn khoáng lấy để xét nghiệm", H1b),
    F("124 mẫu đạt quy chuẩn", "124", 124, "count", "mẫu", "mẫu đạt quy chuẩn", H1b,
      total=126, percent=98.4),
    F("2 mẫu không đạt", "2", 2, "count", "mẫu", "mẫu không đạt chỉ tiêu vi sinh", H1b, total=126),
    F("Hai cơ sở vi phạm", "Hai", 2, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", I(H1b)),
    F("tổng cộng 37,5 triệu đồng", "37,5", 37500000, "money", "đồng", "tiền xử phạt cơ sở vi phạm", I(H1b)),
    F("đón 2,3 triệu lượt khách", "2,3", 2300000, "count", "lượt khách",
      "lượt khách các điểm tắm bùn, tắm khoáng", Y24, status="target"),
    F("doanh thu 900 tỷ đồng", "900", 900e9, "money", "đồng", "doanh thu", Y24, status="target"),
]

write(1, TEXT, FIGS, [
    "Cổng TTĐT Khánh Hòa: tắm bùn, tắm khoáng 6 tháng đầu năm 2024 (lượt khách, doanh thu, cơ sở theo địa phương, giá vé, mẫu xét nghiệm, mục tiêu).",
    "Headline 'nửa đầu năm' takes 2024 from the dateline. 'ba cơ sở lớn nhất' is a top-N label (optional).",
    "Distractors: Lượt xem 2.315, Nghị định số 117/2020/NĐ-CP, Kế hoạch số 215/KH-UBND ngày 12/3/2024, số 01 Trần Phú, 0258.3822.661.",
    "revised: the three 'lần lượt' items name facilities (not places), so each keeps its facility in the subject (FIGURES.md: vốn đăng ký cấp mới của Trung Quốc).",
], published="2024-07-18", location="Khánh Hòa")
