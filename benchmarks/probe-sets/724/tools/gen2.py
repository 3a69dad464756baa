"""p724-2: huyện Vĩnh Tường (Vĩnh Phúc) district portal — commune sports grounds, mini football pitches."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Vĩnh Tường
Trang chủ / Văn hóa - Thể thao

Vĩnh Tường: 28/28 xã, thị trấn có sân thể thao trung tâm
Đăng ngày: 22/05/2024 - 15:10

Đến hết tháng 4/2024, 28/28 xã, thị trấn của huyện Vĩnh Tường đã có sân thể thao trung tâm; 236/251 thôn, tổ dân phố có nhà văn hóa gắn với khu thể thao, đạt 94%.

Toàn huyện hiện có 117 sân bóng đá mini cỏ nhân tạo, tăng 13 sân so với năm 2023; trong đó 94 sân do tư nhân đầu tư, 23 sân do UBND các xã quản lý. Ngoài ra có 2 nhà thi đấu đa năng, 7 bể bơi (trong đó 3 bể bơi trong nhà) và hơn 430 sân bóng chuyền, cầu lông.

Năm 2023, tổng kinh phí xây dựng, nâng cấp thiết chế thể thao cơ sở đạt 27,4 tỷ đồng, trong đó ngân sách huyện hỗ trợ 8,2 tỷ đồng, nhân dân đóng góp và xã hội hóa 19,2 tỷ đồng. Diện tích đất dành cho thể dục thể thao bình quân đạt 2,3 m²/người.

Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên đạt 41,2%; số gia đình thể thao đạt 32,8%, vượt 2,8% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV.

Mục tiêu đến năm 2025, 100% thôn, tổ dân phố có khu thể thao; mỗi xã, thị trấn có ít nhất 1 sân bóng đá mini do xã quản lý; tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 45%.

Các giải thể thao lớn của huyện thường được tổ chức tại Sân vận động huyện (Quốc lộ 2C, thị trấn Thổ Tang). Mọi thông tin xin liên hệ Trung tâm Văn hóa - Thông tin và Thể thao huyện, điện thoại 0211.3838.162.
"""

ASOF = P("Đến hết tháng 4/2024", None, "2024-04-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("Mục tiêu đến năm 2025", None, "2025-12-31")
FIGS = [
    F("Vĩnh Tường: 28/28", "28", 28, "count", "xã, thị trấn", "xã, thị trấn có sân thể thao trung tâm",
      I(ASOF), total=28),
    F("4/2024, 28/28", "28", 28, "count", "xã, thị trấn", "xã, thị trấn có sân thể thao trung tâm",
      ASOF, total=28),
    F("236/251", "236", 236, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa gắn với khu thể thao",
      ASOF, total=251, percent=94),
    F("có 117 sân", "117", 117, "count", "sân bóng đá mini", "sân bóng đá mini cỏ nhân tạo",
      change=CH("increase", 13, "sân", "năm 2023")),
    F("trong đó 94 sân", "94", 94, "count", "sân", "sân bóng đá mini do tư nhân đầu tư", total=117),
    F("23 sân do UBND", "23", 23, "count", "sân", "sân bóng đá mini do UBND các xã quản lý", total=117),
    F("có 2 nhà thi đấu", "2", 2, "count", "nhà thi đấu", "nhà thi đấu đa năng"),
    F("7 bể bơi (trong", "7", 7, "count", "bể bơi", "bể bơi"),
    F("3 bể bơi trong nhà", "3", 3, "count", "bể bơi", "bể bơi trong nhà", total=7),
    F("hơn 430 sân", "430", 430, "count", "sân", "sân bóng chuyền, cầu lông", approx="over"),
    F("đạt 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng",
      "tổng kinh phí xây dựng, nâng cấp thiết chế thể thao cơ sở", Y23),
    F("hỗ trợ 8,2 tỷ đồng", "8,2", 8.2e9, "money", "đồng",
      "kinh phí xây dựng thiết chế thể thao cơ sở ngân sách huyện hỗ trợ", Y23, total=27.4e9),
    F("xã hội hóa 19,2 tỷ đồng", "19,2", 19.2e9, "money", "đồng",
      "kinh phí xây dựng thiết chế thể thao cơ sở nhân dân đóng góp và xã hội hóa", Y23, total=27.4e9),
    F("đạt 2,3 m²/người", "2,3", 2.3, "measure", "m²/người",
      "Diện tích đất dành cho thể dục thể thao bình quân", I(Y23)),
    F("đạt 41,2%", "41,2", 41.2, "percent", "%", "Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", I(Y23)),
    F("đạt 32,8%", "32,8", 32.8, "percent", "%", "số gia đình thể thao", I(Y23),
      change=CH("increase", 2.8, "%", "chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện")),
    F("2025, 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có khu thể thao", T25, status="target"),
    F("ít nhất 1 sân bóng", "1", 1, "count", "sân bóng đá mini", "sân bóng đá mini do xã quản lý mỗi xã, thị trấn",
      T25, approx="at_least", status="target", optional=True),
    F("thường xuyên đạt 45%", "45", 45, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên",
      T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Vĩnh Tường (Vĩnh Phúc): sân thể thao xã, sân bóng đá mini, kinh phí thiết chế thể thao cơ sở.",
    "District portal: every figure is Vĩnh Tường's. 'Đăng ngày: 22/05/2024 - 15:10' is the dateline.",
    "Headline 28/28 inherits the lead's as-of period. '(trong đó 3 bể bơi trong nhà)' is a part of the 7 pools; the",
    "94 + 23 pitches after 'trong đó' are parts of 117. 'vượt 2,8% chỉ tiêu' is a gap to plan (change). 'ít nhất 1 sân",
    "bóng đá mini' per commune is a norm, kept optional. Distractors: Quốc lộ 2C, lần thứ XXV, phone, dates.",
]

if __name__ == "__main__":
    ok = emit("p724-2", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Vĩnh Tường")
    sys.exit(0 if ok else 1)
