"""p562-3: Quảng Nam formal report — maritime search and rescue, 9 months of 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG NAM
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác tìm kiếm, cứu nạn trên biển 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
Trong 9 tháng năm 2024, vùng biển Quảng Nam chịu ảnh hưởng của 2 cơn bão, 1 áp thấp nhiệt đới và 14 đợt gió mùa đông bắc mạnh. Toàn tỉnh hiện có 3.627 tàu cá, trong đó 742 tàu hoạt động vùng khơi.

II. KẾT QUẢ TÌM KIẾM, CỨU NẠN
1. Kết quả chủ yếu (Bảng 1)
TT | Chỉ tiêu | Đơn vị | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)
1 | Số vụ tai nạn, sự cố trên biển | vụ | 24 | 19 | 79,2
2 | Số người gặp nạn | người | 168 | 121 | 72,0
3 | Số người được cứu | người | 152 | 114 | 75,0
4 | Số người chết, mất tích | người | 16 | 7 | 43,8
5 | Số tàu cá bị chìm, hư hỏng | chiếc | 21 | 15 | 71,4
6 | Lượt phương tiện tham gia TKCN | lượt | 63 | 48 | 76,2

2. Đánh giá
Tỷ lệ cứu người đạt 94,2%, vượt chỉ tiêu 90% do UBND tỉnh giao. Kinh phí chi cho công tác tìm kiếm, cứu nạn 9 tháng là 1.240 triệu đồng, trong đó hỗ trợ nhiên liệu cho tàu cá tham gia cứu nạn 865 triệu đồng.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến bố trí 35 tàu trực tìm kiếm cứu nạn tại 6 cửa biển; phấn đấu giảm từ 10 đến 15% số người chết, mất tích trên biển so với năm 2023.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KTN.
"""

M23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T24 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Số vụ tai nạn, sự cố trên biển | vụ | ", "vụ", "24", "19", "79,2"),
    ("Số người gặp nạn | người | ", "người", "168", "121", "72,0"),
    ("Số người được cứu | người | ", "người", "152", "114", "75,0"),
    ("Số người chết, mất tích | người | ", "người", "16", "7", "43,8"),
    ("Số tàu cá bị chìm, hư hỏng | chiếc | ", "chiếc", "21", "15", "71,4"),
    ("Lượt phương tiện tham gia TKCN | lượt | ", "lượt", "63", "48", "76,2"),
]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for label, unit, a, b, c in ROWS:
    name = label.split(" | ")[0]
    TABLE.append(F(f"{label}{a} |", a, num(a), "count", unit, f"{name} 9 tháng năm 2023", M23))
    TABLE.append(F(f"{label}{a} | {b} |", b, num(b), "count", unit, f"{name} 9 tháng năm 2024", M24))
    TABLE.append(F(f"{a} | {b} | {c}", c, num(c), "percent", "%",
                   f"{name} 9 tháng năm 2024 so với cùng kỳ (so sánh)", I(M24)))

FIGS = [
    F("của 2 cơn bão", "2", 2, "count", "cơn bão", "cơn bão ảnh hưởng vùng biển Quảng Nam", T24),
    F("1 áp thấp nhiệt đới", "1", 1, "count", "áp thấp nhiệt đới", "áp thấp nhiệt đới ảnh hưởng vùng biển Quảng Nam", T24),
    F("14 đợt gió mùa", "14", 14, "count", "đợt", "đợt gió mùa đông bắc mạnh", T24),
    F("có 3.627 tàu cá", "3.627", 3627, "count", "tàu cá", "tàu cá"),
    F("trong đó 742 tàu", "742", 742, "count", "tàu", "tàu hoạt động vùng khơi", total=3627),
    *TABLE,
    F("đạt 94,2%", "94,2", 94.2, "percent", "%", "tỷ lệ cứu người", I(M24),
      target=TG(90, "%", True)),
    F("9 tháng là 1.240 triệu đồng", "1.240", 1.24e9, "money", "đồng",
      "kinh phí chi cho công tác tìm kiếm, cứu nạn", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("cứu nạn 865 triệu đồng", "865", 865e6, "money", "đồng",
      "kinh phí hỗ trợ nhiên liệu cho tàu cá tham gia cứu nạn", P("9 tháng", "2024-01-01", "2024-09-30"),
      total=1.24e9),
    F("bố trí 35 tàu", "35", 35, "count", "tàu", "tàu trực tìm kiếm cứu nạn", I(Q4), status="forecast"),
    F("tại 6 cửa biển", "6", 6, "count", "cửa biển", "cửa biển bố trí tàu trực tìm kiếm cứu nạn", I(Q4),
      status="forecast"),
    F("giảm từ 10 đến 15%", "10", 10, "percent", "%",
      "giảm số người chết, mất tích trên biển so với năm 2023", I(Q4), value_max=15, status="target"),
]

COMMENTS = [
    "UBND tỉnh Quảng Nam (invented formal report, letterhead, Số: 215/BC-UBND, place-and-date line): TKCN trên biển 9 tháng năm 2024.",
    "Flattened '|' table: every numeric cell is a figure; the unit comes from the 'Đơn vị' column; periods from the column headers",
    "(scored). 'So sánh (%)' cells are percent figures (2024 against 2023) with the 9-month-2024 period marked inherited (unscored).",
    "Row numbers (TT 1-6), section numbers (I., II., 1., 2.), 'Bảng 1', the document number and dates are not figures.",
    "'đạt 94,2%, vượt chỉ tiêu 90%' → target 90, met. '9 tháng' without a year takes 2024 from the report's period.",
    "'Dự kiến' governs the 35 tàu / 6 cửa biển clause (forecast); 'phấn đấu giảm từ 10 đến 15%' is a target range, a percent",
    "with no change. The quarter heading 'QUÝ IV/2024' is another sentence, so those periods are inherited.",
]

if __name__ == "__main__":
    emit("p562-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Nam")
