"""p1410-1: province portal (Đồng Nai): BSF farms 9 months 2024, a company in Trảng Bom, prices, 2025 target."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đồng Nai: Nuôi ruồi lính đen xử lý gần 300 tấn phụ phẩm mỗi ngày

Cập nhật: 15/10/2024 08:35 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến tháng 9/2024, toàn tỉnh có 46 cơ sở nuôi ruồi lính đen, tăng 11 cơ sở so với cuối năm 2023; trong đó có 9 doanh nghiệp, 14 hợp tác xã và 23 trang trại hộ gia đình.

9 tháng đầu năm 2024, các cơ sở đã xử lý khoảng 81.000 tấn phụ phẩm nông nghiệp và rác hữu cơ, tăng 18,5% so với cùng kỳ năm 2023, bình quân gần 300 tấn/ngày; sản lượng ấu trùng tươi ước đạt 13.400 tấn, bằng 72% kế hoạch năm.

Riêng huyện Trảng Bom có 12 cơ sở, chiếm 26,1% số cơ sở của tỉnh. Công ty TNHH Sinh học Xanh Hưng Phát tại ấp 4, xã Sông Trầu đầu tư 3 nhà nuôi với tổng diện tích 6.500 m2, mỗi ngày tiếp nhận 45-50 tấn vỏ trái cây, bã đậu từ các nhà máy chế biến trong Khu công nghiệp Bàu Xéo.

Ấu trùng được bán cho các trại gà, heo và ao cá với giá 7.000-8.000 đồng/kg tươi, 38.000-42.000 đồng/kg sấy khô; phân ruồi bán khoảng 1.500 đồng/kg. Theo tính toán của ngành chức năng, dùng ấu trùng thay thế một phần bột cá giúp người chăn nuôi giảm 8-10% chi phí thức ăn.

Mục tiêu đến năm 2025, toàn tỉnh phát triển 60 cơ sở nuôi ruồi lính đen, xử lý ít nhất 120.000 tấn phụ phẩm mỗi năm.

Tin liên quan:
- Hướng dẫn số 2150/HD-SNN về quy trình nuôi ruồi lính đen an toàn sinh học
- Đồng Nai khai mạc Hội chợ nông nghiệp lần thứ 3
"""

ASOF = P("tính đến tháng 9/2024", None, "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
BY25 = P("đến năm 2025", None, "2025-12-31")
TB = "Trảng Bom"

FIGS = [
    F("xử lý gần 300 tấn phụ phẩm", "300", 300, "measure", "tấn/ngày", approx="nearly",
      subject="phụ phẩm nuôi ruồi lính đen xử lý mỗi ngày"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", change=C("increase", 11, "cơ sở", "cuối năm 2023"),
      subject="cơ sở nuôi ruồi lính đen", period=ASOF),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=46,
      subject="doanh nghiệp nuôi ruồi lính đen", period=ASOF),
    F("14 hợp tác xã", "14", 14, "count", "hợp tác xã", total=46,
      subject="hợp tác xã nuôi ruồi lính đen", period=ASOF),
    F("23 trang trại", "23", 23, "count", "trang trại", total=46,
      subject="trang trại hộ gia đình nuôi ruồi lính đen", period=ASOF),
    F("khoảng 81.000 tấn", "81.000", 81000, "measure", "tấn", approx="about",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023"),
      subject="phụ phẩm nông nghiệp và rác hữu cơ các cơ sở đã xử lý", period=NINE),
    F("gần 300 tấn/ngày", "300", 300, "measure", "tấn/ngày", approx="nearly",
      subject="phụ phẩm xử lý bình quân mỗi ngày", period=NINE),
    F("ước đạt 13.400 tấn", "13.400", 13400, "measure", "tấn", status="estimate", percent=72,
      subject="sản lượng ấu trùng tươi", period=NINE),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", percent=26.1,
      subject="cơ sở nuôi ruồi lính đen", period=I(ASOF), location=TB),
    F("đầu tư 3 nhà nuôi", "3", 3, "count", "nhà nuôi",
      subject="nhà nuôi Công ty TNHH Sinh học Xanh Hưng Phát đầu tư", location=TB),
    F("6.500 m2", "6.500", 6500, "measure", "m2", subject="tổng diện tích nhà nuôi", location=TB),
    F("45-50 tấn", "45", 45, "measure", "tấn/ngày", value_max=50,
      subject="vỏ trái cây, bã đậu công ty tiếp nhận mỗi ngày", location=TB),
    F("7.000-8.000", "7.000", 7000, "money", "đồng/kg", value_max=8000, subject="giá bán ấu trùng tươi"),
    F("38.000-42.000", "38.000", 38000, "money", "đồng/kg", value_max=42000,
      subject="giá bán ấu trùng sấy khô"),
    F("khoảng 1.500", "1.500", 1500, "money", "đồng/kg", approx="about", subject="giá bán phân ruồi"),
    F("giảm 8-10%", "8", 8, "percent", "%", value_max=10,
      subject="chi phí thức ăn người chăn nuôi giảm nhờ dùng ấu trùng"),
    F("phát triển 60 cơ sở", "60", 60, "count", "cơ sở", status="target",
      subject="cơ sở nuôi ruồi lính đen", period=BY25),
    F("ít nhất 120.000 tấn", "120.000", 120000, "measure", "tấn/năm", approx="at_least", status="target",
      subject="phụ phẩm xử lý mỗi năm", period=BY25),
]

NOTES = [
    "Province portal (Đồng Nai): BSF farms as of 9/2024 and 9-month results; breadcrumb, 'Cập nhật: 15/10/2024 08:35 | Lượt xem: 1.286', related links.",
    "Distractors: 08:35, Lượt xem 1.286, 'ấp 4', 'Hướng dẫn số 2150/HD-SNN', 'lần thứ 3', 'một phần bột cá' (a part, not one), 'tháng 9/2024'.",
    "46 cơ sở: as-of period (end 2024-09-30); 'tăng 11 cơ sở so với cuối năm 2023' is its change; 9 + 14 + 23 after 'trong đó' take total 46.",
    "Headline 'gần 300 tấn phụ phẩm mỗi ngày' and body 'bình quân gần 300 tấn/ngày' are two figures (tấn/ngày rates).",
    "'bằng 72% kế hoạch năm' is the percent of 13.400 tấn (estimate, 'ước đạt'). 'Riêng huyện Trảng Bom có 12 cơ sở, chiếm 26,1%': 'riêng' is no",
    "part-of cue, so no total; location Trảng Bom for it and the company passage. Prices and 'giảm 8-10%' go back to the province, no period.",
    "'Mục tiêu đến năm 2025' governs both clauses: target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1410-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Đồng Nai")
