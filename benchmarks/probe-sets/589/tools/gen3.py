from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH NINH BÌNH
Số: 58/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Ninh Bình, ngày 26 tháng 02 năm 2024

BÁO CÁO
Kết quả phát triển cây xanh và chiếu sáng đô thị năm 2023

Thực hiện Quyết định số 1264/QĐ-UBND ngày 15/8/2022 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cây xanh đô thị
Năm 2023, các đô thị trên địa bàn tỉnh trồng mới 9.870 cây xanh, vượt 9,7% kế hoạch (kế hoạch 9.000 cây), nâng tổng số cây xanh đô thị lên 148.350 cây. Kết quả tại một số địa phương như sau:

Bảng 1. Kết quả trồng cây xanh, đất cây xanh công cộng năm 2023
Địa phương | Cây trồng mới (cây) | Đất cây xanh công cộng (ha) | Đất cây xanh bình quân (m²/người)
TP Ninh Bình | 3.420 | 96,5 | 7,9
TP Tam Điệp | 2.150 | 41,2 | 6,3
Huyện Kim Sơn | 1.180 | 12,8 | 3,1
Huyện Nho Quan | 960 | 9,4 | 2,7

2. Chiếu sáng công cộng
Năm 2023, toàn tỉnh đã thay thế 2.860 bộ đèn cao áp bằng đèn LED, đưa tỷ lệ đèn LED lên 74,6%; điện năng tiêu thụ cho chiếu sáng công cộng là 6,42 triệu kWh, giảm 11,3% so với năm 2022. Tỷ lệ đèn LED tại TP Ninh Bình và TP Tam Điệp lần lượt đạt 86,2% và 79,5%. Kinh phí duy trì, vận hành hệ thống chiếu sáng là 21.450 triệu đồng, bằng 97,5% dự toán.

3. Kinh phí duy trì cây xanh
Tổng kinh phí chăm sóc, duy trì cây xanh, công viên năm 2023 là 34,7 tỷ đồng, trong đó ngân sách tỉnh 12,3 tỷ đồng, ngân sách cấp huyện 22,4 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 trồng mới ít nhất 10.000 cây xanh đô thị; thay thế 3.000 bộ đèn LED; tỷ lệ đèn LED đạt trên 85%.

Nơi nhận:
- Bộ Xây dựng;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, XD.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23t = I(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, kind, unit, col, place):
    return F(anchor, number, value, kind, unit, col, Y23t, location=place)


FIGS = [
    F("trồng mới 9.870 cây", "9.870", 9870, "count", "cây", "cây xanh trồng mới tại các đô thị", Y23,
      change=CH("increase", 9.7, "%", "kế hoạch"), target=TG(9000, "cây", True)),
    F("lên 148.350 cây", "148.350", 148350, "count", "cây", "tổng số cây xanh đô thị"),
    cell("| 3.420 |", "3.420", 3420, "count", "cây", "Cây trồng mới", "TP Ninh Bình"),
    cell("| 96,5 |", "96,5", 96.5, "measure", "ha", "Đất cây xanh công cộng", "TP Ninh Bình"),
    cell("| 7,9", "7,9", 7.9, "measure", "m²/người", "Đất cây xanh bình quân", "TP Ninh Bình"),
    cell("| 2.150 |", "2.150", 2150, "count", "cây", "Cây trồng mới", "TP Tam Điệp"),
    cell("| 41,2 |", "41,2", 41.2, "measure", "ha", "Đất cây xanh công cộng", "TP Tam Điệp"),
    cell("| 6,3", "6,3", 6.3, "measure", "m²/người", "Đất cây xanh bình quân", "TP Tam Điệp"),
    cell("| 1.180 |", "1.180", 1180, "count", "cây", "Cây trồng mới", "Kim Sơn"),
    cell("| 12,8 |", "12,8", 12.8, "measure", "ha", "Đất cây xanh công cộng", "Kim Sơn"),
    cell("| 3,1", "3,1", 3.1, "measure", "m²/người", "Đất cây xanh bình quân", "Kim Sơn"),
    cell("| 960 |", "960", 960, "count", "cây", "Cây trồng mới", "Nho Quan"),
    cell("| 9,4 |", "9,4", 9.4, "measure", "ha", "Đất cây xanh công cộng", "Nho Quan"),
    cell("| 2,7", "2,7", 2.7, "measure", "m²/người", "Đất cây xanh bình quân", "Nho Quan"),
    F("thay thế 2.860 bộ", "2.860", 2860, "count", "bộ đèn", "bộ đèn cao áp thay thế bằng đèn LED", Y23),
    F("lên 74,6%", "74,6", 74.6, "percent", "%", "tỷ lệ đèn LED", Y23),
    F("là 6,42 triệu kWh", "6,42", 6.42e6, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng công cộng", Y23,
      change=CH("decrease", 11.3, "%", "năm 2022")),
    F("đạt 86,2%", "86,2", 86.2, "percent", "%", "tỷ lệ đèn LED", I(Y23), location="TP Ninh Bình"),
    F("và 79,5%", "79,5", 79.5, "percent", "%", "tỷ lệ đèn LED", I(Y23), location="TP Tam Điệp"),
    F("là 21.450 triệu đồng", "21.450", 21450e6, "money", "đồng",
      "kinh phí duy trì, vận hành hệ thống chiếu sáng", I(Y23), percent=97.5),
    F("là 34,7 tỷ đồng", "34,7", 34.7e9, "money", "đồng", "tổng kinh phí chăm sóc, duy trì cây xanh, công viên",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tỉnh 12,3 tỷ đồng", "12,3", 12.3e9, "money", "đồng", "kinh phí chăm sóc, duy trì cây xanh từ ngân sách tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=34.7e9),
    F("huyện 22,4 tỷ đồng", "22,4", 22.4e9, "money", "đồng",
      "kinh phí chăm sóc, duy trì cây xanh từ ngân sách cấp huyện",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=34.7e9),
    F("ít nhất 10.000 cây", "10.000", 10000, "count", "cây", "cây xanh đô thị trồng mới", Y24,
      approx="at_least", status="target"),
    F("thay thế 3.000 bộ", "3.000", 3000, "count", "bộ đèn", "bộ đèn LED thay thế", Y24, status="target"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ đèn LED", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Ninh Bình, Số: 58/BC-UBND), dated 'Ninh Bình, ngày 26 tháng 02 năm 2024'.",
    "Flattened '|' table (Bảng 1): rows = localities (location), columns carry unit; subject = column label;",
    "period 'năm 2023' from the table title (another line: inherited). Row labels 'Huyện Kim Sơn' → location Kim Sơn.",
    "Distractors: Số: 58/BC-UBND, Quyết định số 1264/QĐ-UBND ngày 15/8/2022, 'Bảng 1', section numbers I./II./1./2./3.",
    "'vượt 9,7% kế hoạch (kế hoạch 9.000 cây)': gap to plan is a change (baseline kế hoạch), the plan is the target.",
    "'nâng tổng số ... lên 148.350 cây' is a stock: no period. 'bằng 97,5% dự toán' is the percent of the 21.450 triệu.",
    "'lần lượt đạt 86,2% và 79,5%' → two percent figures located in the two cities; the sentence has no period.",
    "Year-2024 tasks under 'Phấn đấu' are targets, the clauses after ';' continue the cue.",
]

if __name__ == "__main__":
    emit("p589-3", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Ninh Bình")
