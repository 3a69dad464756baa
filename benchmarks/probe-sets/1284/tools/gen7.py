"""p1284-7: news agency (TTXVN): rice seedlings killed by cold in Yên Bái, January 2025."""
from lib import F, period, inherited, change, target, write

TEXT = """TIN TỨC TTXVN > Xã hội > Môi trường - Thời tiết

Yên Bái: Gần 16 ha mạ chết rét, nông dân vùng cao gieo lại

15/01/2025 10:24

Theo phóng viên TTXVN tại Yên Bái, đợt rét đậm, rét hại từ ngày 8/1 đến ngày 12/1/2025 đã làm 15,8 ha mạ xuân tại các huyện vùng cao bị chết, trong đó huyện Mù Cang Chải 11,3 ha, huyện Trạm Tấu 4,5 ha. Nhiệt độ thấp nhất tại Mù Cang Chải có thời điểm xuống 1,2 độ C, nhiều nơi xuất hiện sương muối.

Tại xã La Pán Tẩn (huyện Mù Cang Chải), trong 310 hộ gieo mạ có hơn 60 hộ bị chết mạ. Ông Giàng A Chư, Chủ tịch UBND xã, cho biết gần hai chục hộ đã phải gieo lại lần thứ hai vì mạ gieo lần đầu chưa kịp che phủ.

Để khắc phục, UBND tỉnh hỗ trợ 100% giống lúa lai cho diện tích mạ bị chết với mức 95.000 đồng/kg; dự kiến cần khoảng 4,7 tấn giống. Ngành nông nghiệp hướng dẫn nông dân che phủ nilon trắng cho mạ, giúp nhiệt độ trong luống cao hơn bên ngoài từ 3 đến 5 độ C, và chỉ gieo khi nhiệt độ ban ngày trên 15 độ C.

Vụ Đông Xuân 2024-2025, toàn tỉnh dự kiến gieo cấy khoảng 19.500 ha lúa, trong đó các huyện vùng cao trên 4.200 ha. Đến nay, tỉnh đã chuẩn bị 1.360 tấn giống các loại, bằng 102% kế hoạch; các huyện dọc Quốc lộ 32 đã cơ bản làm xong đất.

Tuấn Anh (TTXVN)

Tin liên quan:
- Lào Cai: Rét hại, hàng trăm con gia súc bị chết
- Dự báo thời tiết ngày 16/1/2025: Bắc Bộ trời rét
"""

SPELL = period("từ ngày 8/1 đến ngày 12/1/2025", "2025-01-08", "2025-01-12")
NOW = period("Đến nay", None, "2025-01-15")
MCC = "Mù Cang Chải"

FIGS = [
    F("Gần 16 ha", "16", 16, "measure", "ha", approx="nearly", subject="mạ chết rét"),
    F("làm 15,8 ha", "15,8", 15.8, "measure", "ha", subject="mạ xuân tại các huyện vùng cao bị chết",
      period=SPELL),
    F("Mù Cang Chải 11,3 ha", "11,3", 11.3, "measure", "ha", total=15.8, subject="mạ xuân bị chết",
      period=SPELL, location=MCC),
    F("Trạm Tấu 4,5 ha", "4,5", 4.5, "measure", "ha", total=15.8, subject="mạ xuân bị chết", period=SPELL,
      location="Trạm Tấu"),
    F("xuống 1,2 độ C", "1,2", 1.2, "measure", "độ C", subject="nhiệt độ thấp nhất", period=inherited(SPELL),
      location=MCC),
    F("trong 310 hộ", "310", 310, "count", "hộ", subject="hộ gieo mạ", location=MCC),
    F("hơn 60 hộ", "60", 60, "count", "hộ", approx="over", total=310, subject="hộ bị chết mạ", location=MCC),
    F("gần hai chục hộ", "hai chục", 20, "count", "hộ", approx="nearly", subject="hộ đã phải gieo lại lần thứ hai",
      location=MCC),
    F("hỗ trợ 100%", "100", 100, "percent", "%", subject="giống lúa lai hỗ trợ cho diện tích mạ bị chết"),
    F("mức 95.000", "95.000", 95000, "money", "đồng/kg", subject="mức hỗ trợ giống lúa lai"),
    F("khoảng 4,7 tấn", "4,7", 4.7, "measure", "tấn", approx="about", status="forecast", subject="giống cần"),
    F("từ 3 đến 5 độ C", "3", 3, "measure", "độ C", value_max=5,
      subject="nhiệt độ trong luống cao hơn bên ngoài"),
    F("trên 15 độ C", "15", 15, "measure", "độ C", approx="over", subject="nhiệt độ ban ngày khi gieo",
      optional=True),
    F("khoảng 19.500 ha", "19.500", 19500, "measure", "ha", approx="about", status="forecast",
      subject="lúa toàn tỉnh gieo cấy"),
    F("trên 4.200 ha", "4.200", 4200, "measure", "ha", approx="over", total=19500, status="forecast",
      subject="lúa các huyện vùng cao gieo cấy"),
    F("bị 1.360 tấn", "1.360", 1360, "measure", "tấn", percent=102, subject="giống các loại tỉnh đã chuẩn bị",
      period=NOW),
    F("hàng trăm con", "trăm", 100, "count", "con", approx="about", subject="gia súc bị chết", location="Lào Cai",
      optional=True),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, '15/01/2025 10:24' (published), 'Theo phóng viên TTXVN tại Yên Bái', byline 'Tuấn Anh (TTXVN)', related links.",
    "Distractors: 10:24, 'lần thứ hai', 'lần đầu', 'Quốc lộ 32', 'Vụ Đông Xuân 2024-2025' (a season name, not a figure), 'ngày 16/1/2025' in a link.",
    "15,8 ha in two districts → Yên Bái; its 'trong đó' parts → the districts, total 15,8. 1,2 độ C in the next sentence inherits the spell.",
    "'trong 310 hộ gieo mạ có hơn 60 hộ' → 60 total 310 (spec: 'trong số N'). 'gần hai chục hộ' = 20, nearly; 'lần thứ hai' is an ordinal.",
    "'cao hơn bên ngoài từ 3 đến 5 độ C' is a difference as the claim: measure range, no change. 'chỉ gieo khi ... trên 15 độ C' is a rule threshold: optional.",
    "'dự kiến' governs both clauses of the Đông Xuân sentence (forecast); the season is not a period of the spec: no period given.",
    "revised after the first run: added 'hàng trăm con gia súc' in the related-link title (Lào Cai) as optional: a number word (spec §2), but in page furniture.",
    "'Đến nay' is an as-of date = dateline; 'bằng 102% kế hoạch' → percent attribute of 1.360 tấn.",
]

if __name__ == "__main__":
    write("p1284-7", TEXT, NOTES, FIGS, published="2025-01-15", location="Yên Bái")
