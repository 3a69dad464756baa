from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 168/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024

Thực hiện Luật Ngân sách nhà nước số 83/2015/QH13 và Nghị quyết số 95/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024
1. Thu ngân sách nhà nước
Tổng thu NSNN trên địa bàn 6 tháng ước đạt 2.105 tỷ đồng, tăng 6,8% so với cùng kỳ. Kết quả cụ thể:
Đơn vị tính: tỷ đồng
Chỉ tiêu | Dự toán năm 2024 | Ước thực hiện 6 tháng | Ước thực hiện/Dự toán (%)
Tổng thu NSNN trên địa bàn | 4.350 | 2.105 | 48,4
Thu nội địa | 3.900 | 1.842 | 47,2
Thu tiền sử dụng đất | 900 | 286 | 31,8
Thu từ hoạt động xuất nhập khẩu | 450 | 263 | 58,4
Tổng chi ngân sách địa phương | 10.214 | 4.620 | 45,2

Thu tiền sử dụng đất đạt thấp do thị trường bất động sản trầm lắng, nhiều phiên đấu giá tại thành phố Đông Hà và huyện Hải Lăng không có người tham gia.

2. Chi ngân sách địa phương
Chi đầu tư phát triển ước đạt 1.385 tỷ đồng, bằng 38,6% dự toán; chi thường xuyên 3.128 tỷ đồng, bằng 50,2% dự toán. Đã chi trả kinh phí an sinh xã hội 112 tỷ đồng cho hơn 48.000 đối tượng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu thu NSNN cả năm đạt tối thiểu 4.500 tỷ đồng, vượt 3,4% dự toán.

Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT, TH.
"""

H1 = ("2024-01-01", "2024-06-30")
H1I = I(P("6 THÁNG ĐẦU NĂM 2024", *H1))
Y24 = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
E6 = P("Ước thực hiện 6 tháng", *H1)
RAT = I(P("6 THÁNG ĐẦU NĂM 2024", *H1))

ROWS = [
    ("Tổng thu NSNN trên địa bàn", "4.350", 4350, "2.105", 2105, "48,4", 48.4, None),
    ("Thu nội địa", "3.900", 3900, "1.842", 1842, "47,2", 47.2, None),
    ("Thu tiền sử dụng đất", "900", 900, "286", 286, "31,8", 31.8, None),
    ("Thu từ hoạt động xuất nhập khẩu", "450", 450, "263", 263, "58,4", 58.4, None),
    ("Tổng chi ngân sách địa phương", "10.214", 10214, "4.620", 4620, "45,2", 45.2, None),
]

FIGS = [
    F("ước đạt 2.105", "2.105", 2105e9, "money", "đồng", "Tổng thu NSNN trên địa bàn", P("6 tháng", *H1),
      change=CH("increase", 6.8, baseline="cùng kỳ"), status="estimate"),
]
for label, n1, v1, n2, v2, n3, v3, _ in ROWS:
    FIGS += [
        F(f"| {n1} |", n1, v1 * 1e9, "money", "đồng", f"{label} dự toán năm 2024", Y24, status="target"),
        F(f"| {n2} |", n2, v2 * 1e9, "money", "đồng", f"{label} ước thực hiện 6 tháng", E6, status="estimate"),
        F(f"| {n3}", n3, v3, "percent", "%", f"{label} ước thực hiện so với dự toán", RAT, status="estimate"),
    ]
FIGS += [
    F("ước đạt 1.385", "1.385", 1385e9, "money", "đồng", "chi đầu tư phát triển", H1I, percent=38.6, status="estimate"),
    F("xuyên 3.128", "3.128", 3128e9, "money", "đồng", "chi thường xuyên", H1I, percent=50.2, status="estimate"),
    F("xã hội 112", "112", 112e9, "money", "đồng", "kinh phí an sinh xã hội đã chi trả", H1I),
    F("hơn 48.000", "48.000", 48000, "count", "đối tượng", "đối tượng được chi trả kinh phí an sinh xã hội", H1I, approx="over"),
    F("tối thiểu 4.500", "4.500", 4500e9, "money", "đồng", "thu NSNN cả năm", P("cả năm", "2024-01-01", "2024-12-31"),
      approx="at_least", change=CH("increase", 3.4, baseline="dự toán"), status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH QUẢNG TRỊ', 'Số: 168/BC-UBND', 'Quảng Trị, ngày 15 tháng 7 năm 2024': dự toán NSNN 6 tháng đầu năm 2024.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng'; columns Dự toán năm 2024 (target, period 2024) | Ước thực hiện 6 tháng (estimate, H1 2024) |",
    "Ước thực hiện/Dự toán (%) (percent, estimate: the column is a ratio of the estimate; no period of its own, so inherited).",
    "Every numeric cell is a figure; the table's plan cells are figures, not target attributes (as h23). The text's 2.105 tỷ is its own figure.",
    "Distractors: Số 168/BC-UBND, Luật số 83/2015/QH13, Nghị quyết số 95/NQ-HĐND ngày 08/12/2023, section numbers I., 1., 2., II.",
    "'cả năm' in section II takes 2024. 'vượt 3,4% dự toán' after the 4.500 tỷ target is its change (gap to plan).",
]

if __name__ == "__main__":
    emit("p527-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Quảng Trị")
