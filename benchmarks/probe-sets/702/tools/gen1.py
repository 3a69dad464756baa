"""p702-1: province portal (Phú Thọ), paper output 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Ngành giấy Phú Thọ 6 tháng ước đạt 412 nghìn tấn sản phẩm
Cập nhật: 08/07/2024 15:20
Lượt xem: 1.873

(PTĐT) - Theo Sở Công Thương, 6 tháng đầu năm 2024, sản lượng giấy và bìa các loại trên địa bàn tỉnh ước đạt 412 nghìn tấn, tăng 9,4% so với cùng kỳ năm 2023, đạt 51,5% kế hoạch năm. Trong đó, giấy in, giấy viết đạt khoảng 96.500 tấn; giấy bao bì công nghiệp đạt 287.300 tấn, chiếm 69,7% tổng sản lượng.

Chỉ số sản xuất ngành sản xuất giấy và sản phẩm từ giấy tăng 11,2% so với cùng kỳ, cao hơn mức tăng chung của toàn ngành công nghiệp. Sản lượng tập trung chủ yếu tại các huyện Phù Ninh (trên 210 nghìn tấn), Lâm Thao (64.800 tấn), Thanh Ba (38.200 tấn) và thành phố Việt Trì (51.700 tấn).

Kim ngạch xuất khẩu giấy và sản phẩm từ giấy 6 tháng ước đạt 58,6 triệu USD, tăng 14,3% so với cùng kỳ. Toàn tỉnh hiện có 47 doanh nghiệp sản xuất giấy, bột giấy và bao bì, trong đó 6 doanh nghiệp có vốn đầu tư nước ngoài; các doanh nghiệp sử dụng gần 9.200 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Theo Quyết định số 1427/QĐ-UBND của UBND tỉnh, phấn đấu đến năm 2025 sản lượng giấy toàn tỉnh đạt 900 nghìn tấn/năm; tỷ lệ giấy tái chế trong nguyên liệu đầu vào đạt từ 60 đến 65%. Hiện Nhà máy Giấy số 2 tại Khu công nghiệp Phú Hà đang lắp đặt dây chuyền công suất 250.000 tấn/năm, dự kiến vận hành từ quý IV/2024.

Mọi thông tin chi tiết xin liên hệ: Phòng Quản lý công nghiệp, Sở Công Thương, số 1518 đường Hùng Vương, TP Việt Trì; điện thoại 0210.3846.135.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("ước đạt 412 nghìn tấn sản phẩm", "412", 412000, "measure", "tấn", "sản phẩm ngành giấy",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("ước đạt 412 nghìn tấn, tăng", "412", 412000, "measure", "tấn", "sản lượng giấy và bìa các loại", H1,
      percent=51.5, change=CH("increase", 9.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 96.500 tấn", "96.500", 96500, "measure", "tấn", "sản lượng giấy in, giấy viết", I(H1),
      approx="about", total=412000, status="estimate"),
    F("đạt 287.300 tấn", "287.300", 287300, "measure", "tấn", "sản lượng giấy bao bì công nghiệp", I(H1),
      total=412000, percent=69.7, status="estimate"),
    F("tăng 11,2%", "11,2", 11.2, "percent", "%", "chỉ số sản xuất ngành sản xuất giấy và sản phẩm từ giấy", I(H1)),
    F("Phù Ninh (trên 210 nghìn tấn)", "210", 210000, "measure", "tấn", "sản lượng giấy và bìa", I(H1),
      approx="over", location="Phù Ninh"),
    F("(64.800 tấn)", "64.800", 64800, "measure", "tấn", "sản lượng giấy và bìa", I(H1), location="Lâm Thao"),
    F("(38.200 tấn)", "38.200", 38200, "measure", "tấn", "sản lượng giấy và bìa", I(H1), location="Thanh Ba"),
    F("(51.700 tấn)", "51.700", 51700, "measure", "tấn", "sản lượng giấy và bìa", I(H1), location="Việt Trì"),
    F("ước đạt 58,6 triệu USD", "58,6", 58600000, "money", "USD", "kim ngạch xuất khẩu giấy và sản phẩm từ giấy",
      P("6 tháng", "2024-01-01", "2024-06-30"), change=CH("increase", 14.3, baseline="cùng kỳ"), status="estimate"),
    F("có 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", "doanh nghiệp sản xuất giấy, bột giấy và bao bì"),
    F("trong đó 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      "doanh nghiệp sản xuất giấy, bột giấy và bao bì có vốn đầu tư nước ngoài", total=47),
    F("gần 9.200 lao động", "9.200", 9200, "count", "lao động", "lao động các doanh nghiệp sử dụng", approx="nearly"),
    F("bình quân 8,7 triệu", "8,7", 8700000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("đạt 900 nghìn tấn/năm", "900", 900000, "measure", "tấn/năm", "sản lượng giấy toàn tỉnh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ lệ giấy tái chế trong nguyên liệu đầu vào",
      P("đến năm 2025", None, "2025-12-31"), value_max=65, status="target"),
    F("công suất 250.000 tấn/năm", "250.000", 250000, "measure", "tấn/năm",
      "công suất dây chuyền Nhà máy Giấy số 2"),
]

COMMENTS = [
    "Phú Thọ province portal (breadcrumb, Cập nhật, Lượt xem): paper and board output, 6 months of 2024.",
    "Headline '6 tháng' takes the year of the dateline; 'ước' in the headline and the lead -> estimate, continuing into 'Trong đó'.",
    "District list in brackets: no cue, items do not add up to 412 nghìn tấn -> no total; districts are locations; no 'ước' in that",
    "sentence -> actual. Not figures: Lượt xem 1.873, Quyết định số 1427/QĐ-UBND, Nhà máy Giấy số 2, quý IV/2024, số 1518, phone.",
]

if __name__ == "__main__":
    emit("p702-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Phú Thọ")
