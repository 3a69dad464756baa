from lib import Doc, P

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN CẨM GIÀNG
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Giàng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình thu ngân sách nhà nước 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THU NGÂN SÁCH
1. Thu ngân sách nhà nước
Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm 2024 đạt 312.486 triệu đồng, bằng 54,3% dự toán tỉnh giao, bằng 118,6% so với cùng kỳ. Chi tiết các khoản thu như sau:

Đơn vị tính: triệu đồng
Khoản thu | Dự toán năm 2024 | Thực hiện 6 tháng | So dự toán (%) | So cùng kỳ (%)
Thu ngoài quốc doanh | 98.500 | 51.320 | 52,1 | 109,4
Lệ phí trước bạ | 42.000 | 23.675 | 56,4 | 104,8
Thuế thu nhập cá nhân | 31.000 | 17.940 | 57,9 | 121,3
Thu tiền sử dụng đất | 380.000 | 196.250 | 51,6 | 124,7
Thu khác ngân sách | 24.000 | 23.301 | 97,1 | 96,2
Tổng cộng | 575.500 | 312.486 | 54,3 | 118,6

2. Quản lý nợ thuế
Tính đến ngày 30/6/2024, tổng số tiền thuế nợ trên địa bàn là 18.742 triệu đồng, giảm 2.315 triệu đồng so với thời điểm 31/12/2023; trong đó nợ có khả năng thu 12.960 triệu đồng, nợ khó thu 5.782 triệu đồng. Trong 6 tháng đầu năm, Chi cục Thuế đã ban hành 146 quyết định cưỡng chế, thu hồi được 4.870 triệu đồng tiền nợ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu tổng thu ngân sách năm 2024 đạt trên 600.000 triệu đồng, vượt 4,3% dự toán tỉnh giao; tỷ lệ nợ thuế không quá 5% tổng thu ngân sách trên địa bàn.

Nơi nhận:
- UBND tỉnh Hải Dương;
- Sở Tài chính;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Thành
"""

d = Doc(4, TEXT, [
    "Formal report with letterhead (UBND huyện Cẩm Giàng, Hải Dương, 'Số: 186/BC-UBND'); the place-and-date line gives published 2024-07-08.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (cells ×10^6 đồng) and two '(%)' columns. Every numeric cell is a figure; subject = row + column label.",
    "Column 'Dự toán năm 2024' → status target, period 2024 (column header, as h23); 'Thực hiện 6 tháng' → actual, period H1 2024 (header, year from",
    "the text); '(%)' columns have no period in the header → the text's '6 tháng đầu năm 2024' (inherited). No totals for table cells.",
    "Text: 'bằng 54,3% ..., bằng 118,6% so với cùng kỳ' → first share is the percent, the second an optional percent figure.",
    "'giảm 2.315 triệu đồng so với thời điểm 31/12/2023' is the change of 18.742 triệu (value with the multiplier applied).",
    "Section II 'Phấn đấu ... vượt 4,3% dự toán' is a gap to plan → change of the 600.000 triệu target. 'không quá 5%' at_most.",
    "Distractors: document number, section numbers I./II./1./2., 'ngày 08 tháng 7 năm 2024', '31/12/2023', 'Nơi nhận', signer; 'UBND tỉnh Hải Dương' is a recipient.",
], published="2024-07-08", location="Cẩm Giàng")

PLAN = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

d.f("đạt 312.486 triệu đồng", "312.486", "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", H6,
    mult="triệu", percent=54.3)
d.f("bằng 118,6% so", "118,6", "percent", "%", "tổng thu ngân sách nhà nước so với cùng kỳ", H6, optional=True)

rows = [
    ("Thu ngoài quốc doanh", "98.500", "51.320", "52,1", "109,4"),
    ("Lệ phí trước bạ", "42.000", "23.675", "56,4", "104,8"),
    ("Thuế thu nhập cá nhân", "31.000", "17.940", "57,9", "121,3"),
    ("Thu tiền sử dụng đất", "380.000", "196.250", "51,6", "124,7"),
    ("Thu khác ngân sách", "24.000", "23.301", "97,1", "96,2"),
    ("Tổng cộng", "575.500", "312.486", "54,3", "118,6"),
]
for label, plan, done, vs_plan, vs_prev in rows:
    d.f(f"{label} | {plan} |", plan, "money", "đồng", f"{label} dự toán năm 2024", PLAN, mult="triệu", status="target")
    d.f(f"{plan} | {done} |", done, "money", "đồng", f"{label} thực hiện 6 tháng", DONE, mult="triệu")
    d.f(f"{done} | {vs_plan} |", vs_plan, "percent", "%", f"{label} so dự toán", H6i)
    d.f(f"{vs_plan} | {vs_prev}\n", vs_prev, "percent", "%", f"{label} so cùng kỳ", H6i)

A30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
d.f("là 18.742 triệu đồng", "18.742", "money", "đồng", "tổng số tiền thuế nợ trên địa bàn", A30, mult="triệu",
    change={"direction": "decrease", "value": 2315 * 10**6, "unit": "đồng", "baseline": "thời điểm 31/12/2023"})
d.f("thu 12.960 triệu đồng", "12.960", "money", "đồng", "nợ có khả năng thu", A30, mult="triệu", total=18742 * 10**6)
d.f("khó thu 5.782 triệu đồng", "5.782", "money", "đồng", "nợ khó thu", A30, mult="triệu", total=18742 * 10**6)
H6b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
d.f("146 quyết định", "146", "count", "quyết định", "quyết định cưỡng chế", H6b)
d.f("được 4.870 triệu đồng", "4.870", "money", "đồng", "tiền nợ thu hồi", H6b, mult="triệu")
Y = P("năm 2024", "2024-01-01", "2024-12-31")
d.f("trên 600.000 triệu đồng", "600.000", "money", "đồng", "tổng thu ngân sách", Y, mult="triệu", approx="over",
    change={"direction": "increase", "value": 4.3, "unit": "%", "baseline": "dự toán tỉnh giao"}, status="target")
d.f("không quá 5%", "5", "percent", "%", "tỷ lệ nợ thuế trên tổng thu ngân sách trên địa bàn", Y, approx="at_most",
    status="target")
d.write()
