"""p916-4: ministry/central agency site (Cục Quản lý đê điều và PCTT), national termite and hidden-defect figures 2024."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Cục Quản lý đê điều và Phòng, chống thiên tai
Trang chủ / Tin hoạt động / Quản lý đê điều
Ngày đăng: 05/06/2025 | Lượt xem: 1.204

Xử lý dứt điểm mối, ẩn họa thân đê trước mùa lũ 2025

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, cả nước hiện có khoảng 8.600 km đê, trong đó gần 2.950 km đê từ cấp III đến cấp đặc biệt thuộc 25 tỉnh, thành phố. Năm 2024, các địa phương đã phát hiện 6.830 tổ mối, 1.245 hang động vật và 312 vị trí ẩn họa khác trên các tuyến đê; đã xử lý 6.512 tổ mối, chiếm 95,3%.

Các địa phương phát hiện nhiều tổ mối là Hà Nội (1.120 tổ), Thanh Hóa (860 tổ), Nghệ An (745 tổ) và Hải Dương (690 tổ). Tính đến ngày 31/5/2025, có 21/25 tỉnh, thành phố đã hoàn thành kiểm tra ẩn họa đê điều trước lũ.

Tổng kinh phí duy tu, bảo dưỡng đê điều từ ngân sách trung ương năm 2024 là 550 tỷ đồng, tăng 12% so với năm 2023; trong đó khoảng 18% dành cho xử lý mối, ẩn họa và khoan phụt vữa gia cố thân đê. Việc ứng dụng phương pháp radar xuyên đất đã giúp khảo sát 350 km đê, giảm 30-40% chi phí so với khoan thăm dò truyền thống.

Năm 2025, Cục đặt mục tiêu xử lý trên 97% số tổ mối phát hiện. Dự kiến kinh phí xử lý mối, ẩn họa năm 2025 khoảng 105 tỷ đồng.

Thực hiện Luật Đê điều và Quyết định số 2068/QĐ-BNN-ĐĐ, Cục đề nghị các địa phương tổ chức kiểm tra đê lần thứ 2 trong năm trước ngày 15/7.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3733.5697
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y25b = P("năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Tính đến ngày 31/5/2025", None, "2025-05-31")

FIGS = [
    F("khoảng 8.600 km", "8.600", 8600, "measure", "km", "đê cả nước", approx="about"),
    F("gần 2.950 km", "2.950", 2950, "measure", "km", "đê từ cấp III đến cấp đặc biệt", approx="nearly",
      total=8600),
    F("thuộc 25 tỉnh", "25", 25, "count", "tỉnh, thành phố", "tỉnh, thành phố có đê từ cấp III đến cấp đặc biệt"),
    F("phát hiện 6.830 tổ mối", "6.830", 6830, "count", "tổ mối", "tổ mối phát hiện trên các tuyến đê", Y24),
    F("1.245 hang động vật", "1.245", 1245, "count", "hang động vật", "hang động vật phát hiện trên các tuyến đê", Y24),
    F("312 vị trí", "312", 312, "count", "vị trí", "vị trí ẩn họa khác", Y24),
    F("xử lý 6.512 tổ mối", "6.512", 6512, "count", "tổ mối", "tổ mối đã xử lý", Y24, percent=95.3),
    F("Hà Nội (1.120 tổ)", "1.120", 1120, "count", "tổ", "tổ mối phát hiện", I(Y24), location="Hà Nội"),
    F("Thanh Hóa (860 tổ)", "860", 860, "count", "tổ", "tổ mối phát hiện", I(Y24), location="Thanh Hóa"),
    F("Nghệ An (745 tổ)", "745", 745, "count", "tổ", "tổ mối phát hiện", I(Y24), location="Nghệ An"),
    F("Hải Dương (690 tổ)", "690", 690, "count", "tổ", "tổ mối phát hiện", I(Y24), location="Hải Dương"),
    F("có 21/25 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố đã hoàn thành kiểm tra ẩn họa đê điều trước lũ",
      ASOF, total=25),
    F("là 550 tỷ đồng", "550", 550e9, "money", "đồng", "kinh phí duy tu, bảo dưỡng đê điều từ ngân sách trung ương",
      Y24b, change=C("increase", 12, "%", "năm 2023")),
    F("khoảng 18% dành", "18", 18, "percent", "%", "tỷ lệ kinh phí dành cho xử lý mối, ẩn họa và khoan phụt vữa",
      Y24b, approx="about"),
    F("khảo sát 350 km đê", "350", 350, "measure", "km", "đê được khảo sát bằng radar xuyên đất"),
    F("giảm 30-40% chi phí", "30", 30, "percent", "%", "mức giảm chi phí so với khoan thăm dò truyền thống",
      value_max=40),
    F("trên 97% số tổ mối", "97", 97, "percent", "%", "tỷ lệ tổ mối phát hiện được xử lý", Y25, approx="over",
      status="target"),
    F("khoảng 105 tỷ đồng", "105", 105e9, "money", "đồng", "kinh phí xử lý mối, ẩn họa", Y25b, approx="about",
      status="forecast"),
]

build("p916-4", TEXT, FIGS, published="2025-06-05", location="Việt Nam", comments=[
    "Cục Quản lý đê điều và PCTT (ministry site), 'Ngày đăng: 05/06/2025': national termite nests and hidden defects, 2024 and 2025 plan.",
    "Not figures: 'Lượt xem: 1.204', 'cấp III đến cấp đặc biệt' (grades), Quyết định số 2068/QĐ-BNN-ĐĐ, 'lần thứ 2' (ordinal),",
    "'trước ngày 15/7', the address 'số 2 Ngọc Hà' and the phone number. 'mùa lũ 2025' in the headline is a period.",
    "Province list: each item a figure with the province as location. '21/25 tỉnh, thành phố' total 25, location Việt Nam (a count of provinces).",
    "6.512 'chiếm 95,3%' has no part-of cue (no 'trong đó'): percent only, no total. 'trong đó khoảng 18%' is a percent: a figure, no total.",
    "'giảm 30-40% chi phí' (no base amount) is a percent figure with a range, no change. 'hiện có' stock figures and 350 km: no period.",
])
