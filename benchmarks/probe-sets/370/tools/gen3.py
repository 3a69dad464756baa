from lib import *

TEXT = """
ỦY BAN NHÂN DÂN
THÀNH PHỐ HỘI AN
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hội An, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả phát triển kinh tế ban đêm năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động tại các không gian về đêm
Thực hiện Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ và Kế hoạch số 2417/KH-UBND của UBND tỉnh Quảng Nam, các không gian về đêm của thành phố hoạt động ổn định, kết quả như sau:

Bảng 1. Kết quả hoạt động các không gian về đêm năm 2023
Khu vực | Lượt khách (nghìn lượt) | Doanh thu (tỷ đồng) | Số gian hàng | Tăng doanh thu so với năm 2022 (%)
Phố đi bộ phố cổ | 1.846 | 412,5 | 215 | 28,4
Chợ đêm Nguyễn Hoàng | 1.120 | 96,8 | 160 | 15,2
Đường đi bộ An Hội | 652 | 58,3 | 74 | 9,7
Tổng cộng | 3.618 | 567,6 | 449 | 23,5

2. Chi tiêu và hoạt động văn hóa
Chi tiêu bình quân của khách tham gia hoạt động về đêm ước đạt 1,12 triệu đồng/lượt (khách quốc tế 1,65 triệu đồng/lượt, khách nội địa 0,78 triệu đồng/lượt). Trong năm, thành phố tổ chức 348 đêm phố cổ với 1.044 suất biểu diễn bài chòi, dân ca; dịch vụ thả hoa đăng trên sông Hoài phục vụ khoảng 2,1 triệu lượt khách.

3. Bảo đảm an ninh, trật tự
Lực lượng chức năng xử lý 52 trường hợp vi phạm, trong đó 31 trường hợp đeo bám, chèo kéo khách, 12 trường hợp bán hàng sai giá niêm yết; phạt tiền 74,5 triệu đồng.

II. CHỈ TIÊU NĂM 2024
Phấn đấu năm 2024 đón 4 triệu lượt khách tham gia hoạt động về đêm, doanh thu đạt 650 tỷ đồng, tăng khoảng 15% so với năm 2023; 100% gian hàng niêm yết giá công khai.

Nơi nhận:
- UBND tỉnh Quảng Nam;
- Lưu: VT.
CHỦ TỊCH
"""

Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

rows = [("Phố đi bộ phố cổ", "1.846", "412,5", "215", "28,4"),
        ("Chợ đêm Nguyễn Hoàng", "1.120", "96,8", "160", "15,2"),
        ("Đường đi bộ An Hội", "652", "58,3", "74", "9,7"),
        ("Tổng cộng", "3.618", "567,6", "449", "23,5")]
FIGS = []
for label, k, r, g, p in rows:
    FIGS += [
        F(f"{label} | {k} |", k, num(k) * 1000, "count", "lượt", subject=f"Lượt khách {label}", period=Y23i),
        F(f"{k} | {r} |", r, round(num(r) * 1e9), "money", "đồng", subject=f"Doanh thu {label}", period=Y23i),
        F(f"{r} | {g} |", g, num(g), "count", "gian hàng", subject=f"Số gian hàng {label}", period=Y23i),
        F(f"{g} | {p}\n", p, num(p), "percent", "%", subject=f"Tăng doanh thu so với năm 2022 {label}", period=Y23i),
    ]
FIGS += [
    F("ước đạt 1,12 triệu", "1,12", 1120000, "money", "đồng/lượt", status="estimate",
      subject="Chi tiêu bình quân của khách tham gia hoạt động về đêm", period=Y23i),
    F("quốc tế 1,65 triệu", "1,65", 1650000, "money", "đồng/lượt", status="estimate",
      subject="Chi tiêu bình quân khách quốc tế", period=Y23i),
    F("nội địa 0,78 triệu", "0,78", 780000, "money", "đồng/lượt", status="estimate",
      subject="Chi tiêu bình quân khách nội địa", period=Y23i),
    F("tổ chức 348 đêm", "348", 348, "count", "đêm", subject="đêm phố cổ",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("1.044 suất", "1.044", 1044, "count", "suất biểu diễn", subject="suất biểu diễn bài chòi, dân ca",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("khoảng 2,1 triệu", "2,1", 2100000, "count", "lượt khách", approx="about",
      subject="lượt khách dịch vụ thả hoa đăng trên sông Hoài", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("xử lý 52 trường hợp", "52", 52, "count", "trường hợp", subject="trường hợp vi phạm", period=Y23i),
    F("31 trường hợp", "31", 31, "count", "trường hợp", total=52, subject="trường hợp đeo bám, chèo kéo khách", period=Y23i),
    F("12 trường hợp", "12", 12, "count", "trường hợp", total=52, subject="trường hợp bán hàng sai giá niêm yết", period=Y23i),
    F("74,5 triệu đồng", "74,5", 74500000, "money", "đồng", subject="phạt tiền vi phạm", period=Y23i),
    F("đón 4 triệu lượt khách", "4", 4000000, "count", "lượt khách", status="target",
      subject="lượt khách tham gia hoạt động về đêm", period=Y24),
    F("đạt 650 tỷ đồng", "650", 650e9, "money", "đồng", status="target",
      change=C("increase", 15, baseline="năm 2023", approx="about"), subject="doanh thu", period=Y24),
    F("100% gian hàng", "100", 100, "percent", "%", status="target", subject="gian hàng niêm yết giá công khai", period=Y24),
]

write("p370-3", [
    "Formal report with letterhead (UBND thành phố Hội An, 'Số: 187/BC-UBND'); the place-and-date line 'Hội An, ngày 22 tháng 01 năm 2024' is its date.",
    "Flattened '|' table: multipliers from column headers ('(nghìn lượt)' x1000, '(tỷ đồng)' x1e9), a '(%)' growth column (rates as the claim:",
    "percent figures without change). Every numeric cell is a figure; subject = column + row label; period 'năm 2023' from the table caption (inherited).",
    "No total attribute for table cells (as in the earlier probe sets). Row labels are streets/markets inside Hội An, not places: location Hội An.",
    "Bracketed spending breakdown has no verb of its own, so 'ước đạt' governs it: status estimate. 'Trong năm' in a report on 2023 = năm 2023.",
    "Section II: 'Phấn đấu' -> targets; '15%' is the change of the 650 tỷ target. Distractors: Số 187/BC-UBND, QĐ 1129/QĐ-TTg ngày 27/7/2020,",
    "Kế hoạch số 2417/KH-UBND, section numbers I./II./1./2./3., 'Bảng 1', dates.",
], TEXT, FIGS, published="2024-01-22", location="Hội An")
