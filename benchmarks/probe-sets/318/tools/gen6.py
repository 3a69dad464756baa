from lib import F, P, CH, TG, emit

TEXT = """CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP
CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN CAO LÃNH
Số: 215/BC-CCTHADS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mỹ Thọ, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác thi hành án dân sự 9 tháng năm 2024
(từ ngày 01/10/2023 đến ngày 30/6/2024)

I. KẾT QUẢ THI HÀNH ÁN
1. Kết quả chung
Bảng 1. Kết quả thi hành án về việc và về tiền
Đơn vị tính: việc; tiền: triệu đồng
Chỉ tiêu | Về việc | Về tiền
Tổng số phải thi hành | 2.364 | 318.742
Chưa có điều kiện thi hành | 512 | 176.415
Có điều kiện thi hành | 1.852 | 142.327
Đã thi hành xong | 1.431 | 58.913
Tỷ lệ thi hành xong (%) | 77,27 | 41,39
Chuyển kỳ sau | 933 | 259.829

2. Đánh giá
So với cùng kỳ năm 2023, số việc thi hành xong tăng 9,4%, số tiền thi hành xong giảm 12,7% do nhiều việc có giá trị lớn chưa xử lý được tài sản. Tỷ lệ thi hành xong về việc đạt 77,27%, thấp hơn 6,73% so với chỉ tiêu được giao (84%); về tiền đạt 41,39%, thấp hơn 3,61% so với chỉ tiêu (45%).
Trong kỳ, Chi cục đã tổ chức 11 cuộc cưỡng chế; ra 47 quyết định hoãn thi hành án và 3 quyết định tạm đình chỉ thi hành án; xác minh điều kiện thi hành án 1.126 lượt.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến ngày 30/9/2024 thi hành xong trên 84% về việc, trên 45% về tiền có điều kiện thi hành; giảm ít nhất 5% số việc chuyển kỳ sau so với năm 2023.

Nơi nhận:
- Cục THADS tỉnh (b/c);
- Viện KSND huyện;
- Lưu: VT, HSTĐ.
CHI CỤC TRƯỞNG
Trần Văn Lợi
"""

PI = P("9 tháng năm 2024 (từ ngày 01/10/2023 đến ngày 30/6/2024)", "2023-10-01", "2024-06-30", inh=True)
M = 10**6
ROWS = [
    ("Tổng số phải thi hành", "2.364", "318.742"),
    ("Chưa có điều kiện thi hành", "512", "176.415"),
    ("Có điều kiện thi hành", "1.852", "142.327"),
    ("Đã thi hành xong", "1.431", "58.913"),
    ("Tỷ lệ thi hành xong (%)", "77,27", "41,39"),
    ("Chuyển kỳ sau", "933", "259.829"),
]
FIGS = []
for label, a, b in ROWS:
    if label.startswith("Tỷ lệ"):
        FIGS.append(F(f"{label} | {a} |", a, "percent", "%", "Tỷ lệ thi hành xong về việc", PI))
        FIGS.append(F(f"| {a} | {b}\n", b, "percent", "%", "Tỷ lệ thi hành xong về tiền", PI))
    else:
        FIGS.append(F(f"{label} | {a} |", a, "count", "việc", f"{label} về việc", PI))
        FIGS.append(F(f"| {a} | {b}\n", b, "money", "đồng", f"{label} về tiền", PI, M))

FIGS += [
    F("tăng 9,4%", "9,4", "percent", "%", "số việc thi hành xong", PI),
    F("giảm 12,7%", "12,7", "percent", "%", "số tiền thi hành xong", PI),
    F("đạt 77,27%", "77,27", "percent", "%", "Tỷ lệ thi hành xong về việc", PI,
      change=CH("decrease", 6.73, baseline="chỉ tiêu được giao"), target=TG(84, met=False)),
    F("đạt 41,39%", "41,39", "percent", "%", "tỷ lệ thi hành xong về tiền", PI,
      change=CH("decrease", 3.61, baseline="chỉ tiêu"), target=TG(45, met=False)),
    F("tổ chức 11 cuộc", "11", "count", "cuộc cưỡng chế", "cuộc cưỡng chế", PI),
    F("ra 47 quyết định", "47", "count", "quyết định", "quyết định hoãn thi hành án", PI),
    F("và 3 quyết định", "3", "count", "quyết định", "quyết định tạm đình chỉ thi hành án", PI),
    F("1.126 lượt", "1.126", "count", "lượt", "xác minh điều kiện thi hành án", PI),
    F("trên 84% về việc", "84", "percent", "%", "tỷ lệ thi hành xong về việc",
      P("đến ngày 30/9/2024", None, "2024-09-30"), approx="over", status="target"),
    F("trên 45% về tiền", "45", "percent", "%", "tỷ lệ thi hành xong về tiền có điều kiện thi hành",
      P("đến ngày 30/9/2024", None, "2024-09-30"), approx="over", status="target"),
    F("ít nhất 5% số việc", "5", "percent", "%", "giảm số việc chuyển kỳ sau so với năm 2023",
      P("đến ngày 30/9/2024", None, "2024-09-30"), approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Chi cục THADS huyện Cao Lãnh, Đồng Tháp, 'Số: 215/BC-CCTHADS'); the place-and-date line",
    "'Mỹ Thọ, ngày 08 tháng 7 năm 2024' is its date (Mỹ Thọ is the district seat). The reporting period is stated explicitly",
    "under the title: '9 tháng năm 2024 (từ ngày 01/10/2023 đến ngày 30/6/2024)' (the THADS year starts 1 October) -> all figures inherit it.",
    "Flattened '|' table, 'Đơn vị tính: việc; tiền: triệu đồng': column 'Về việc' = count/việc, 'Về tiền' = money ×10^6 đồng; the row",
    "'Tỷ lệ thi hành xong (%)' gives percents. Every numeric cell is a figure; subject = row label + column label; no totals for cells.",
    "'tăng 9,4%', 'giảm 12,7%' are growth rates as the claim (percent, no change). 'đạt 77,27%, thấp hơn 6,73% so với chỉ tiêu (84%)':",
    "the text repeats the table rate as a figure of its own, with a change against plan and target 84 (not met).",
    "Targets 'Phấn đấu đến ngày 30/9/2024 ...' as-of end 2024-09-30. Distractors: document number, section numbers I./II./1./2., 'Bảng 1',",
    "dates, 'Lưu: VT, HSTĐ', signer.",
]

emit("p318-6", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Cao Lãnh")
