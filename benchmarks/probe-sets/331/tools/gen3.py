from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN TƯƠNG DƯƠNG
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tương Dương, ngày 22 tháng 3 năm 2024

BÁO CÁO
Kết quả chi trả tiền dịch vụ môi trường rừng năm 2023 trên địa bàn huyện

1. Kết quả chi trả
Thực hiện Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ, năm 2023 Quỹ Bảo vệ và Phát triển rừng tỉnh Nghệ An đã chi trả tiền dịch vụ môi trường rừng (DVMTR) cho các chủ rừng trên địa bàn huyện như sau:

Bảng 2. Kết quả chi trả theo nhóm chủ rừng
Nhóm chủ rừng | Diện tích (ha) | Số tiền (triệu đồng) | Tỷ lệ số tiền (%)
Ban quản lý rừng phòng hộ | 48.215,6 | 21.874 | 38,9
Vườn quốc gia Pù Mát | 22.630,4 | 10.592 | 18,8
UBND các xã | 15.402,0 | 6.108 | 10,9
Cộng đồng dân cư | 21.957,3 | 10.316 | 18,3
Hộ gia đình, cá nhân | 16.880,7 | 7.344 | 13,1
Tổng cộng | 125.086,0 | 56.234 | 100

Năm 2023, đơn giá bình quân toàn huyện đạt 449.563 đồng/ha, cao hơn 12% so với năm 2022; riêng lưu vực thủy điện Bản Vẽ đạt 512.000 đồng/ha. Có 4.286 hộ gia đình và 67 cộng đồng được chi trả, bình quân 1,71 triệu đồng/hộ.

2. Tồn tại, hạn chế
Còn 2.145 ha (chiếm 1,7% diện tích rừng cung ứng DVMTR) chưa được chi trả do chưa hoàn thành hồ sơ giao đất, giao rừng; 03 xã giải ngân chậm so với quy định.

3. Nhiệm vụ năm 2024
Phấn đấu chi trả cho trên 127.000 ha rừng; 100% hộ gia đình nhận tiền qua tài khoản ngân hàng hoặc ví điện tử.

Nơi nhận:
- UBND tỉnh (b/c);
- Quỹ BV&PTR tỉnh;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vi Văn Sơn
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T24 = P("Nhiệm vụ năm 2024", "2024-01-01", "2024-12-31", inh=True)

rows = [
    ("Ban quản lý rừng phòng hộ", "48.215,6", 48215.6, "21.874", 21874, "38,9", 38.9),
    ("Vườn quốc gia Pù Mát", "22.630,4", 22630.4, "10.592", 10592, "18,8", 18.8),
    ("UBND các xã", "15.402,0", 15402.0, "6.108", 6108, "10,9", 10.9),
    ("Cộng đồng dân cư", "21.957,3", 21957.3, "10.316", 10316, "18,3", 18.3),
    ("Hộ gia đình, cá nhân", "16.880,7", 16880.7, "7.344", 7344, "13,1", 13.1),
    ("Tổng cộng", "125.086,0", 125086.0, "56.234", 56234, "100", 100),
]
FIGS = []
for label, a, av, m, mv, s, sv in rows:
    FIGS.append(F(f"{label} | {a} |", a, av, "measure", "ha", f"Diện tích {label}", Y))
    FIGS.append(F(f"{a} | {m} |", m, mv * 1e6, "money", "đồng", f"Số tiền {label}", Y, _mult=1e6))
    FIGS.append(F(f"{m} | {s}\n", s, sv, "percent", "%", f"Tỷ lệ số tiền {label}", Y))

FIGS += [
    F("đạt 449.563 đồng/ha", "449.563", 449563, "money", "đồng/ha", "đơn giá chi trả DVMTR bình quân toàn huyện", Y23,
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "năm 2022"}),
    F("Bản Vẽ đạt 512.000 đồng/ha", "512.000", 512000, "money", "đồng/ha", "đơn giá chi trả lưu vực thủy điện Bản Vẽ", Y23),
    F("Có 4.286 hộ gia đình", "4.286", 4286, "count", "hộ gia đình", "hộ gia đình được chi trả DVMTR", Y),
    F("và 67 cộng đồng", "67", 67, "count", "cộng đồng", "cộng đồng được chi trả DVMTR", Y),
    F("bình quân 1,71 triệu đồng/hộ", "1,71", 1710000, "money", "đồng/hộ", "tiền DVMTR bình quân mỗi hộ", Y),
    F("Còn 2.145 ha", "2.145", 2145, "measure", "ha", "diện tích rừng chưa được chi trả DVMTR", Y, percent=1.7),
    F("03 xã giải ngân", "03", 3, "count", "xã", "xã giải ngân chậm", Y),
    F("trên 127.000 ha", "127.000", 127000, "measure", "ha", "diện tích rừng được chi trả DVMTR", T24, approx="over", status="target"),
    F("100% hộ gia đình", "100", 100, "percent", "%", "tỷ lệ hộ gia đình nhận tiền qua tài khoản ngân hàng hoặc ví điện tử", T24, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Tương Dương, Nghệ An, 'Số: 418/BC-UBND'); the place-and-date line 'Tương Dương, ngày 22 tháng 3 năm 2024' is its date.",
    "Flattened '|' table by forest-owner group: area (ha), amount (triệu đồng, so 21.874 = 21,874·10⁹ đồng) and share (%). Every numeric cell is a figure, the 'Tổng cộng' row too;",
    "subject = column label + row label; period 'năm 2023' from the sentence above the table (inherited). No total attribute for table cells (as in earlier probe sets).",
    "'Vườn quốc gia Pù Mát' and 'UBND các xã' are owner groups, not places: location stays Tương Dương. 'Bảng 2', section numbers 1./2./3. are not figures.",
    "Distractors: document number, 'Nghị định số 156/2018/NĐ-CP ngày 16/11/2018', dates, 'Lưu: VT, NN', signer.",
    "'cao hơn 12% so với năm 2022' is the change of 449.563 đồng/ha. '(chiếm 1,7% …)' the share of 2.145 ha. 'Năm 2023' opens the sentence of the two unit prices; the counts after it and section 2 inherit it.",
    "Section 3 heading 'Nhiệm vụ năm 2024' gives the targets their period (inherited); 'Phấn đấu' makes them status target; 'trên' is approx over.",
]

emit("p331-3", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Tương Dương")
