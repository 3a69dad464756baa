"""p632-6: national press (VnExpress style), dược liệu: demand, imports, area, sâm Ngọc Linh, projects, 2030 targets."""
from lib import F, P, CH, emit

TEXT = """Sức khỏe > Y học cổ truyền
Thứ ba, 12/3/2024, 06:30 (GMT+7)

Việt Nam nhập khẩu khoảng 80% dược liệu

Mỗi năm cả nước cần 60.000-80.000 tấn dược liệu cho phòng, chữa bệnh và sản xuất thuốc, nhưng khoảng 80% phải nhập khẩu, chủ yếu từ Trung Quốc.

Theo Cục Quản lý Y, Dược cổ truyền (Bộ Y tế), cả nước có khoảng 5.100 loài cây thuốc, trong đó 206 loài được xác định có tiềm năng khai thác và phát triển. Tổng diện tích trồng dược liệu năm 2023 đạt khoảng 29.600 ha, tăng 1,8 lần so với năm 2015, tập trung ở các tỉnh miền núi phía Bắc và Tây Nguyên.

Sâm Ngọc Linh là loài dược liệu có giá trị cao nhất. Quảng Nam hiện có hơn 1.700 ha trồng sâm, Kon Tum khoảng 1.250 ha, chủ yếu dọc Quốc lộ 40B. Giá sâm Ngọc Linh củ tươi tại Quảng Nam dao động từ 80 đến 120 triệu đồng/kg.

Ông Trần Văn Hùng, Phó cục trưởng Cục Quản lý Y, Dược cổ truyền, cho biết giai đoạn 2021-2025 có 27 dự án đầu tư vùng trồng dược liệu được chấp thuận với tổng vốn khoảng 4.300 tỷ đồng. Tuy nhiên, đến nay mới có 76 cơ sở nuôi trồng được công nhận đạt GACP-WHO cho 118 dược liệu. Dự kiến đến cuối năm 2024, diện tích trồng dược liệu cả nước sẽ đạt khoảng 32.000 ha.

"Nhiều vùng trồng còn manh mún, mỗi hộ chỉ vài sào, khó kiểm soát chất lượng", ông Hùng nói.

Theo Quyết định số 376/QĐ-TTg, đến năm 2030 phấn đấu đáp ứng 50% nhu cầu dược liệu trong nước, hình thành 20 vùng trồng dược liệu quy mô lớn.

Lê Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("đến nay", None, "2024-03-12")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khẩu khoảng 80% dược", "80", 80, "percent", "%", approx="about",
      subject="dược liệu nhập khẩu"),
    F("60.000-80.000", "60.000", 60000, "measure", "tấn", value_max=80000,
      subject="dược liệu cả nước cần mỗi năm cho phòng, chữa bệnh và sản xuất thuốc"),
    F("khoảng 80% phải", "80", 80, "percent", "%", approx="about",
      subject="dược liệu phải nhập khẩu"),
    F("khoảng 5.100 loài", "5.100", 5100, "count", "loài cây thuốc", approx="about", subject="loài cây thuốc"),
    F("đó 206 loài", "206", 206, "count", "loài", total=5100,
      subject="loài cây thuốc có tiềm năng khai thác và phát triển"),
    F("khoảng 29.600 ha", "29.600", 29600, "measure", "ha", approx="about",
      change=CH("increase", 1.8, unit="lần", baseline="năm 2015"),
      subject="tổng diện tích trồng dược liệu", period=Y23),
    F("hơn 1.700 ha", "1.700", 1700, "measure", "ha", approx="over", subject="diện tích trồng sâm Ngọc Linh",
      location="Quảng Nam"),
    F("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", approx="about", subject="diện tích trồng sâm Ngọc Linh",
      location="Kon Tum"),
    F("từ 80 đến 120", "80", 80e6, "money", "đồng/kg", value_max=120e6,
      subject="giá sâm Ngọc Linh củ tươi", location="Quảng Nam"),
    F("có 27 dự án", "27", 27, "count", "dự án", subject="dự án đầu tư vùng trồng dược liệu được chấp thuận",
      period=G),
    F("khoảng 4.300 tỷ", "4.300", 4300e9, "money", "đồng", approx="about",
      subject="tổng vốn dự án đầu tư vùng trồng dược liệu", period=G),
    F("có 76 cơ sở", "76", 76, "count", "cơ sở", subject="cơ sở nuôi trồng được công nhận đạt GACP-WHO", period=NOW),
    F("cho 118 dược liệu", "118", 118, "count", "dược liệu", subject="dược liệu được công nhận đạt GACP-WHO", period=NOW),
    F("khoảng 32.000 ha", "32.000", 32000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích trồng dược liệu cả nước", period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("ứng 50%", "50", 50, "percent", "%", status="target", subject="nhu cầu dược liệu trong nước được đáp ứng",
      period=T30),
    F("thành 20 vùng", "20", 20, "count", "vùng trồng dược liệu", status="target",
      subject="vùng trồng dược liệu quy mô lớn", period=T30),
]

COMMENTS = [
    "revised: subject of 60.000-80.000 tấn was the paraphrase 'nhu cầu dược liệu mỗi năm'; now named as the sentence names it (spec: subject).",
    "National press (VnExpress style): 'Thứ ba, 12/3/2024, 06:30 (GMT+7)', byline at the end. Location Việt Nam;",
    "Trung Quốc is a trade partner (not a place of the figure). Quảng Nam / Kon Tum ginseng areas and price → their province.",
    "'tăng 1,8 lần so với năm 2015' after 29.600 ha → change (lần). '206 loài' part of 'khoảng 5.100 loài' (trong đó).",
    "'đến nay mới có 76 cơ sở … 118 dược liệu': 'đến nay' → start null, end at the dateline 2024-03-12.",
    "'Dự kiến đến cuối năm 2024 … khoảng 32.000 ha' → forecast, about; period start null, end 2024-12-31.",
    "'vài sào' is no number. 'Quốc lộ 40B', 'Quyết định số 376/QĐ-TTg', 'giai đoạn 2021-2025' (a period) are distractors.",
]

if __name__ == "__main__":
    emit("p632-6", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
