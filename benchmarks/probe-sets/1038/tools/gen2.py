"""p1038-2: district portal (huyện Cam Lộ, Quảng Trị), first half of 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAM LỘ
Trang chủ / Kinh tế / Nông nghiệp
Thứ Năm, 22/06/2023 - 16:10

Cam Lộ: Nâng cao chất lượng đàn bò bằng thụ tinh nhân tạo

Thực hiện Đề án phát triển chăn nuôi bò thịt chất lượng cao giai đoạn 2021-2025 (ban hành theo Quyết định số 1852/QĐ-UBND), 6 tháng đầu năm 2023, các dẫn tinh viên trên địa bàn huyện đã phối giống bằng thụ tinh nhân tạo cho 1.146 con bò, tăng 128 con so với cùng kỳ năm trước. Trong đó, phối tinh bò 3B (Blanc Bleu Belge) 412 con, tinh bò Red Angus 385 con, tinh bò Brahman 349 con.

Số bê lai được sinh ra là 736 con, trọng lượng sơ sinh bình quân đạt 28-32 kg/con, cao hơn bê nội từ 10 đến 12 kg. Các xã có phong trào thụ tinh nhân tạo phát triển mạnh là Cam Thành (286 con), Cam Chính (241 con) và Cam Nghĩa (198 con).

Tính đến tháng 6/2023, tổng đàn bò của huyện là 9.870 con, tỷ lệ bò lai đạt 58%; toàn huyện có bảy dẫn tinh viên hoạt động tại 8 xã, thị trấn.

Huyện hỗ trợ 100% kinh phí mua tinh và vật tư phối giống với mức 120.000 đồng/liều; mỗi con bò cái sinh sản được hỗ trợ tối đa 2 liều/năm. Tổng kinh phí ngân sách huyện bố trí năm 2023 là 350 triệu đồng; tính đến nay đã giải ngân gần 190 triệu đồng.

Mục tiêu đến năm 2025, tỷ lệ bò lai của huyện đạt trên 65%, trọng lượng bò thịt xuất chuồng bình quân đạt 250 kg/con. Ông Hoàng Văn Sáu, thôn Tân Trang, xã Cam Thành, cho biết gia đình nuôi 6 con bò lai, mỗi năm xuất bán 3 con, thu nhập cao gấp đôi nuôi bò cỏ.

Hoàng Phương (Phòng Nông nghiệp và PTNT huyện)
Địa chỉ: Khóm 3, thị trấn Cam Lộ, Quốc lộ 9, tỉnh Quảng Trị
"""

NOTES = [
    "Cổng TTĐT huyện Cam Lộ (Quảng Trị): thụ tinh nhân tạo bò 6 tháng đầu năm 2023. Dateline 'Thứ Năm, 22/06/2023 - 16:10'.",
    "Distractors: 'giai đoạn 2021-2025', Quyết định số 1852/QĐ-UBND, bull breed '3B', 'Ông Hoàng Văn Sáu', 'Khóm 3', 'Quốc lộ 9', time 16:10.",
    "The three semen-type counts after 'Trong đó' add up to 1.146 (total). Commune items (Cam Thành …) keep the district as",
    "location: FIGURES.md gives location at province/city/district level. 'tính đến nay' ends at the dateline.",
    "The household's 6 bò / 3 con are facts about one farm (required, location Cam Lộ).",
    "revised: added 'cao gấp đôi' as an optional multiple (2): 'đôi' is a number word and 'gấp … lần' standing as the claim is a multiple.",
]

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
ASOF = P("Tính đến tháng 6/2023", None, "2023-06-30")
FIGS = [
    F("cho 1.146 con bò", "1.146", 1146, "count", "con", "bò được phối giống bằng thụ tinh nhân tạo", H1,
      change=C("increase", 128, "con", "cùng kỳ năm trước")),
    F("Blanc Bleu Belge) 412 con", "412", 412, "count", "con", "bò phối tinh bò 3B", I(H1), total=1146),
    F("Red Angus 385 con", "385", 385, "count", "con", "bò phối tinh bò Red Angus", I(H1), total=1146),
    F("Brahman 349 con", "349", 349, "count", "con", "bò phối tinh bò Brahman", I(H1), total=1146),
    F("là 736 con", "736", 736, "count", "con", "bê lai được sinh ra", I(H1)),
    F("đạt 28-32 kg/con", "28", 28, "measure", "kg/con", "trọng lượng sơ sinh bình quân bê lai", value_max=32,
      change=C("increase", 10, "kg", "bê nội")),
    F("(286 con)", "286", 286, "count", "con", "bò được thụ tinh nhân tạo", I(H1)),
    F("(241 con)", "241", 241, "count", "con", "bò được thụ tinh nhân tạo", I(H1)),
    F("(198 con)", "198", 198, "count", "con", "bò được thụ tinh nhân tạo", I(H1)),
    F("là 9.870 con", "9.870", 9870, "count", "con", "tổng đàn bò", ASOF),
    F("đạt 58%", "58", 58, "percent", "%", "tỷ lệ bò lai", ASOF),
    F("có bảy dẫn tinh viên", "bảy", 7, "count", "dẫn tinh viên", "dẫn tinh viên hoạt động", ASOF),
    F("tại 8 xã, thị trấn", "8", 8, "count", "xã, thị trấn", "xã, thị trấn có dẫn tinh viên hoạt động", ASOF),
    F("hỗ trợ 100% kinh phí", "100", 100, "percent", "%", "kinh phí mua tinh và vật tư phối giống được hỗ trợ"),
    F("mức 120.000 đồng/liều", "120.000", 120000, "money", "đồng/liều", "mức hỗ trợ mua tinh và vật tư phối giống"),
    F("tối đa 2 liều/năm", "2", 2, "measure", "liều/năm", "liều tinh hỗ trợ mỗi con bò cái sinh sản",
      approx="at_most"),
    F("là 350 triệu đồng", "350", 350e6, "money", "đồng", "tổng kinh phí ngân sách huyện bố trí",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 190 triệu đồng", "190", 190e6, "money", "đồng", "kinh phí đã giải ngân",
      P("tính đến nay", None, "2023-06-22"), approx="nearly"),
    F("trên 65%", "65", 65, "percent", "%", "tỷ lệ bò lai", P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
    F("bình quân đạt 250 kg/con", "250", 250, "measure", "kg/con", "trọng lượng bò thịt xuất chuồng bình quân",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("nuôi 6 con bò lai", "6", 6, "count", "con", "bò lai gia đình nuôi"),
    F("xuất bán 3 con", "3", 3, "count", "con", "bò lai xuất bán mỗi năm"),
    F("cao gấp đôi", "đôi", 2, "multiple", "lần", "thu nhập nuôi bò lai so với nuôi bò cỏ", optional=True),
]

if __name__ == "__main__":
    write("p1038-2", TEXT, NOTES, FIGS, published="2023-06-22", location="Cam Lộ")
