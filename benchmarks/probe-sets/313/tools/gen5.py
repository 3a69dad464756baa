from lib import *

text = """
ỦY BAN NHÂN DÂN HUYỆN CỦ CHI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Củ Chi, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình phát triển chăn nuôi bò sữa 9 tháng năm 2024

Thực hiện Quyết định số 5059/QĐ-UBND của UBND Thành phố về Chương trình phát triển chăn nuôi bò sữa giai đoạn 2021-2025, UBND huyện Củ Chi báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn và sản lượng
Do chuyển đổi mục đích sử dụng đất và giá thức ăn tăng, đàn bò sữa tiếp tục giảm; tuy nhiên năng suất và sản lượng sữa tăng nhờ loại thải bò kém chất lượng.

Bảng 1. Một số chỉ tiêu chủ yếu
STT | Chỉ tiêu | ĐVT | Thực hiện 9 tháng 2023 | Kế hoạch năm 2024 | Ước TH 9 tháng 2024 | Ước TH so cùng kỳ (%)
1 | Tổng đàn bò sữa | con | 53.120 | 52.000 | 50.870 | 95,8
2 | Bò cái vắt sữa | con | 28.940 | 29.000 | 28.310 | 97,8
3 | Sản lượng sữa | tấn | 92.450 | 125.000 | 93.860 | 101,5
4 | Số hộ chăn nuôi | hộ | 2.210 | - | 2.045 | 92,5
5 | Năng suất sữa bình quân | kg/con/ngày | 17,5 | 18 | 18,2 | 104,0

2. Công tác giống, thu mua
Trong 9 tháng, huyện hỗ trợ 1.260 liều tinh bò sữa cao sản HF phân giới tính với kinh phí 378 triệu đồng; tỷ lệ bê cái sinh ra đạt trên 90%. Toàn huyện có 32 trạm thu mua sữa của 4 doanh nghiệp; giá thu mua bình quân đạt 13.900 đồng/kg, cao hơn 3,7% so với cùng kỳ.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Quý IV/2024, phấn đấu sản lượng sữa đạt khoảng 31.500 tấn; hỗ trợ thêm 500 liều tinh phân giới tính cho các hộ ở xã Bình Mỹ, Trung An, Tân Thạnh Đông.

Nơi nhận:
- UBND Thành phố (để b/c);
- Sở NN&PTNT;
- Lưu: VT, KT.
"""

A23 = P("Thực hiện 9 tháng 2023", "2023-01-01", "2023-09-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước TH 9 tháng 2024", "2024-01-01", "2024-09-30")
S24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
M9i = P("Trong 9 tháng", "2024-01-01", "2024-09-30", inherited=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

rows = [
    ("Tổng đàn bò sữa", "con", "count", ("53.120", 53120), ("52.000", 52000), ("50.870", 50870), ("95,8", 95.8)),
    ("Bò cái vắt sữa", "con", "count", ("28.940", 28940), ("29.000", 29000), ("28.310", 28310), ("97,8", 97.8)),
    ("Sản lượng sữa", "tấn", "measure", ("92.450", 92450), ("125.000", 125000), ("93.860", 93860), ("101,5", 101.5)),
    ("Số hộ chăn nuôi", "hộ", "count", ("2.210", 2210), None, ("2.045", 2045), ("92,5", 92.5)),
    ("Năng suất sữa bình quân", "kg/con/ngày", "measure", ("17,5", 17.5), ("18", 18), ("18,2", 18.2), ("104,0", 104.0)),
]
figs = []
for label, unit, kind, a, k, u, s in rows:
    figs.append(F(f"| {a[0]} |", a[0], a[1], kind, unit, f"{label} thực hiện 9 tháng 2023", period=A23))
    if k:
        figs.append(F(f"| {k[0]} |", k[0], k[1], kind, unit, f"{label} kế hoạch năm 2024", status="target", period=K24))
    figs.append(F(f"| {u[0]} |", u[0], u[1], kind, unit, f"{label} ước thực hiện 9 tháng 2024", status="estimate", period=U24))
    figs.append(F(f"| {s[0]}\n", s[0], s[1], "percent", "%", f"{label} ước thực hiện so cùng kỳ", status="estimate", period=S24))

figs += [
    F("hỗ trợ 1.260 liều", "1.260", 1260, "count", "liều", "liều tinh bò sữa cao sản HF phân giới tính hỗ trợ", period=M9),
    F("378 triệu đồng", "378", 378000000, "money", "đồng", "kinh phí hỗ trợ tinh bò sữa cao sản", period=M9),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ bê cái sinh ra", approx="over", period=M9),
    F("có 32 trạm", "32", 32, "count", "trạm", "trạm thu mua sữa"),
    F("4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp thu mua sữa"),
    F("đạt 13.900 đồng/kg", "13.900", 13900, "money", "đồng/kg", "giá thu mua bình quân",
      change=C("increase", 3.7, "%", "cùng kỳ"), period=M9i),
    F("khoảng 31.500 tấn", "31.500", 31500, "measure", "tấn", "sản lượng sữa", approx="about", status="target", period=Q4),
    F("thêm 500 liều", "500", 500, "count", "liều", "liều tinh phân giới tính hỗ trợ thêm", status="target", period=Q4),
]

build("p313-5", [
    "Formal report of UBND huyện Củ Chi (TP. Hồ Chí Minh), letterhead 'Số: 287/BC-UBND', place-and-date line 'Củ Chi, ngày 05 tháng 10 năm 2024'.",
    "Flattened '|' table (Chỉ tiêu | ĐVT | Thực hiện 9 tháng 2023 | Kế hoạch năm 2024 | Ước TH 9 tháng 2024 | Ước TH so cùng kỳ (%)):",
    "every numeric cell is a figure; unit from the ĐVT column, or % in the '(%)' column; period from the column header (the '(%)' column has none:",
    "inherited from the title); 'Kế hoạch' → target, 'Ước TH' → estimate. Row numbers, '-' and 'Bảng 1', 'I.', '1.', '2.' are not figures.",
    "Distractors: Số: 287/BC-UBND, Quyết định số 5059/QĐ-UBND, giai đoạn 2021-2025, 'HF', 'Quý IV/2024' heading, 'Lưu: VT, KT'.",
    "'Trong 9 tháng' takes 2024 from the nearest earlier period (the table header). 'Quý IV/2024, phấn đấu …' → targets.",
], text, figs, location="Củ Chi", published="2024-10-05")
