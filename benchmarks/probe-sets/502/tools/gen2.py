"""p502-2: Lục Ngạn district portal — lychee season 2024: area, output, markets, prices, growing-area codes, revenue, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Trang chủ / Kinh tế / Nông nghiệp
Thứ Năm, 25/07/2024 - 15:10

Vải thiều Lục Ngạn năm 2024 thu về gần 4.300 tỷ đồng

Chiều 24/7, tại Hội trường số 2 Trung tâm Văn hóa huyện, UBND huyện tổ chức hội nghị tổng kết tiêu thụ vải thiều năm 2024. Vụ vải thiều năm 2024, toàn huyện có 16.200 ha vải, tăng 150 ha so với năm 2023, trong đó diện tích vải sớm 2.650 ha. Tổng sản lượng đạt khoảng 98.500 tấn, thấp hơn 8.000 tấn so với vụ trước do thời tiết nắng nóng kéo dài.

Về tiêu thụ, có 52% sản lượng được bán tại thị trường trong nước; 48% xuất khẩu, chủ yếu sang Trung Quốc, ngoài ra còn xuất sang Nhật Bản, Mỹ, Úc, EU với khoảng 2.100 tấn. Giá bán bình quân từ 18.000 đến 25.000 đồng/kg, riêng vải sớm đạt 30.000-35.000 đồng/kg.

Toàn huyện hiện duy trì 203 mã số vùng trồng với tổng diện tích 9.870 ha, gồm 186 mã xuất khẩu sang Trung Quốc, 11 mã sang Mỹ và 6 mã sang Úc; 34 cơ sở đóng gói được cấp mã số.

Tổng doanh thu từ vải thiều và dịch vụ phụ trợ ước đạt gần 4.300 tỷ đồng, trong đó doanh thu từ quả vải khoảng 3.550 tỷ đồng.

Năm 2025, huyện phấn đấu có 70% diện tích vải sản xuất theo tiêu chuẩn VietGAP và nâng số mã số vùng trồng lên 220 mã. Người dân, thương nhân cần hỗ trợ về thủ tục xuất khẩu liên hệ đường dây nóng 0204.3882.215 hoặc Trạm Kiểm dịch thực vật trên Tỉnh lộ 290.

Ngọc Anh - Trung tâm VH-TT&TT huyện
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("năm 2024 thu về gần 4.300", "4.300", 4.3e12, "money", "đồng", "doanh thu vải thiều", Y24, approx="nearly"),
    F("có 16.200 ha", "16.200", 16200, "measure", "ha", "diện tích vải", Y24,
      change=CH("increase", 150, "ha", "năm 2023")),
    F("vải sớm 2.650 ha", "2.650", 2650, "measure", "ha", "diện tích vải sớm", Y24, total=16200),
    F("khoảng 98.500 tấn", "98.500", 98500, "measure", "tấn", "tổng sản lượng vải", I(Y24), approx="about",
      change=CH("decrease", 8000, "tấn", "vụ trước")),
    F("có 52% sản lượng", "52", 52, "percent", "%", "sản lượng vải bán tại thị trường trong nước", I(Y24)),
    F("48% xuất khẩu", "48", 48, "percent", "%", "sản lượng vải xuất khẩu", I(Y24)),
    F("khoảng 2.100 tấn", "2.100", 2100, "measure", "tấn", "sản lượng vải xuất sang Nhật Bản, Mỹ, Úc, EU", I(Y24),
      approx="about"),
    F("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/kg", "giá bán vải bình quân", I(Y24), value_max=25000),
    F("đạt 30.000-35.000", "30.000", 30000, "money", "đồng/kg", "giá bán vải sớm", I(Y24), value_max=35000),
    F("duy trì 203 mã số", "203", 203, "count", "mã số vùng trồng", "mã số vùng trồng duy trì"),
    F("tổng diện tích 9.870 ha", "9.870", 9870, "measure", "ha", "tổng diện tích vùng trồng được cấp mã số"),
    F("gồm 186 mã", "186", 186, "count", "mã", "mã số vùng trồng xuất khẩu sang Trung Quốc", total=203),
    F("11 mã sang Mỹ", "11", 11, "count", "mã", "mã số vùng trồng xuất khẩu sang Mỹ", total=203),
    F("6 mã sang Úc", "6", 6, "count", "mã", "mã số vùng trồng xuất khẩu sang Úc", total=203),
    F("34 cơ sở đóng gói", "34", 34, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã số"),
    F("ước đạt gần 4.300 tỷ đồng", "4.300", 4.3e12, "money", "đồng",
      "tổng doanh thu từ vải thiều và dịch vụ phụ trợ", I(Y24), approx="nearly", status="estimate"),
    F("khoảng 3.550 tỷ đồng", "3.550", 3.55e12, "money", "đồng", "doanh thu từ quả vải", I(Y24),
      approx="about", total=4.3e12, status="estimate"),
    F("có 70% diện tích", "70", 70, "percent", "%", "diện tích vải sản xuất theo tiêu chuẩn VietGAP", Y25,
      status="target"),
    F("lên 220 mã", "220", 220, "count", "mã", "mã số vùng trồng", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Ngạn (Bắc Giang): lychee season 2024 — area, output, domestic/export shares, prices, growing-area codes, revenue, 2025 targets.",
    "District portal: every figure is Lục Ngạn's. 'Chiều 24/7' is a date; 'Hội trường số 2', 'Tỉnh lộ 290', hotline are distractors.",
    "'gồm 186 mã ..., 11 mã ... và 6 mã' follows '9.870 ha' but counts codes: the whole counted the same way is the 203 codes (186+11+6=203).",
    "'thấp hơn 8.000 tấn so với vụ trước' is the change of the output. 'khoảng 2.100 tấn' is the volume to non-Chinese markets (markets are not places).",
    "The 52% / 48% split of output are percent figures of their own (no base amount in the sentence).",
]

if __name__ == "__main__":
    emit("p502-2", TEXT, COMMENTS, FIGS, published="2024-07-25", location="Lục Ngạn")
