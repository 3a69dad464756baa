from lib import *

TEXT = """UBND TỈNH LAI CHÂU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 386/BC-UBND
Lai Châu, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện tín dụng chính sách xã hội 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Nguồn vốn: Đến 30/9/2024, tổng nguồn vốn đạt 4.812,6 tỷ đồng, tăng 298,4 tỷ đồng so với 31/12/2023, đạt 98,7% kế hoạch năm; trong đó nguồn vốn nhận ủy thác từ ngân sách địa phương 186,3 tỷ đồng.
2. Dư nợ: Tổng dư nợ đạt 4.768,2 tỷ đồng, tăng 6,4% so với 31/12/2023, với 78.315 khách hàng còn dư nợ. Dư nợ một số chương trình chủ yếu:
Chương trình | Dư nợ 31/12/2023 (tỷ đồng) | Dư nợ 30/9/2024 (tỷ đồng) | Số khách hàng còn dư nợ
Hộ nghèo | 1.024,5 | 1.062,8 | 17.204
Hộ cận nghèo | 846,1 | 901,3 | 13.566
Hộ mới thoát nghèo | 512,7 | 538,0 | 8.921
Học sinh, sinh viên | 64,2 | 58,9 | 1.437
Nước sạch và VSMTNT | 702,3 | 745,6 | 21.078
Giải quyết việc làm | 611,8 | 688,4 | 9.650
3. Chất lượng tín dụng: Nợ quá hạn 6,12 tỷ đồng, chiếm 0,13% tổng dư nợ; nợ khoanh 3,05 tỷ đồng. Có 5/8 huyện, thành phố có tỷ lệ nợ quá hạn dưới 0,1%.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 tổng dư nợ đạt 4.850 tỷ đồng, tăng 8,2% so với năm 2023; giải ngân khoảng 420 tỷ đồng trong quý IV, ưu tiên cho vay hộ nghèo, hộ cận nghèo tại các huyện nghèo Mường Tè, Nậm Nhùn; thực hiện nghiêm Nghị quyết số 21/2023/NQ-HĐND của HĐND tỉnh.

Nơi nhận:
- Thường trực Tỉnh ủy;
- NHCSXH Chi nhánh tỉnh;
- Lưu: VT, KTTH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

E30 = P("Đến 30/9/2024", None, "2024-09-30")
C23 = P("Dư nợ 31/12/2023", None, "2023-12-31")
C24 = P("Dư nợ 30/9/2024", None, "2024-09-30")
B = 1e9

ROWS = [
    ("Hộ nghèo", "| 1.024,5 |", "1.024,5", "| 1.062,8 |", "1.062,8", "| 17.204", "17.204"),
    ("Hộ cận nghèo", "| 846,1 |", "846,1", "| 901,3 |", "901,3", "| 13.566", "13.566"),
    ("Hộ mới thoát nghèo", "| 512,7 |", "512,7", "| 538,0 |", "538,0", "| 8.921", "8.921"),
    ("Học sinh, sinh viên", "| 64,2 |", "64,2", "| 58,9 |", "58,9", "| 1.437", "1.437"),
    ("Nước sạch và VSMTNT", "| 702,3 |", "702,3", "| 745,6 |", "745,6", "| 21.078", "21.078"),
    ("Giải quyết việc làm", "| 611,8 |", "611,8", "| 688,4 |", "688,4", "| 9.650", "9.650"),
]

FIGS = [
    F("đạt 4.812,6 tỷ đồng", "4.812,6", 4812.6 * B, "money", "đồng", "tổng nguồn vốn", E30,
      percent=98.7, change=CH("increase", 298.4 * B, "đồng", "31/12/2023")),
    F("địa phương 186,3 tỷ đồng", "186,3", 186.3 * B, "money", "đồng",
      "nguồn vốn nhận ủy thác từ ngân sách địa phương", E30, total=4812.6 * B),
    F("đạt 4.768,2 tỷ đồng", "4.768,2", 4768.2 * B, "money", "đồng", "tổng dư nợ", I(E30),
      change=CH("increase", 6.4, "%", "31/12/2023")),
    F("với 78.315 khách hàng", "78.315", 78315, "count", "khách hàng", "khách hàng còn dư nợ", I(E30)),
]
for label, a1, n1, a2, n2, a3, n3 in ROWS:
    FIGS.append(F(a1, n1, parse_num(n1) * B, "money", "đồng", f"Dư nợ {label} 31/12/2023", C23))
    FIGS.append(F(a2, n2, parse_num(n2) * B, "money", "đồng", f"Dư nợ {label} 30/9/2024", C24))
    FIGS.append(F(a3, n3, parse_num(n3), "count", "khách hàng", f"Số khách hàng còn dư nợ {label}", I(E30)))
FIGS += [
    F("Nợ quá hạn 6,12 tỷ đồng", "6,12", 6.12 * B, "money", "đồng", "nợ quá hạn", I(E30), percent=0.13),
    F("nợ khoanh 3,05 tỷ đồng", "3,05", 3.05 * B, "money", "đồng", "nợ khoanh", I(E30)),
    F("Có 5/8 huyện", "5", 5, "count", "huyện, thành phố", "huyện, thành phố có tỷ lệ nợ quá hạn dưới 0,1%", I(E30), total=8),
    F("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", optional=True),
    F("đạt 4.850 tỷ đồng", "4.850", 4850 * B, "money", "đồng", "tổng dư nợ", P("đến 31/12/2024", None, "2024-12-31"),
      change=CH("increase", 8.2, "%", "năm 2023"), status="target"),
    F("khoảng 420 tỷ đồng", "420", 420 * B, "money", "đồng", "giải ngân", P("quý IV", "2024-10-01", "2024-12-31"),
      approx="about", status="target"),
]

COMMENTS = [
    "Formal report (letterhead UBND TỈNH LAI CHÂU, Số: 386/BC-UBND, 'Lai Châu, ngày 07 tháng 10 năm 2024'): tín dụng chính sách 9 tháng 2024,",
    "  with a table flattened into '|' lines: Chương trình | Dư nợ 31/12/2023 (tỷ đồng) | Dư nợ 30/9/2024 (tỷ đồng) | Số khách hàng còn dư nợ.",
    "Every numeric cell is a figure; subject = row + column label; unit/multiplier from the header '(tỷ đồng)'; the two dated column",
    "  headers give as-of periods (start null), scored; the customer column has no date in its header, so its period is inherited (unscored).",
    "Distractors: Số: 386/BC-UBND, section numbers I./II./1./2./3., 'QUÝ IV/2024' heading, Nghị quyết số 21/2023/NQ-HĐND, 'Lưu: VT'.",
    "'đạt 98,7% kế hoạch năm' is the share of the 4.812,6 tỷ capital; 186,3 tỷ is its 'trong đó' part.",
    "'5/8 huyện, thành phố' is a count with total 8; the threshold 'dưới 0,1%' that defines them is optional.",
    "'Phấn đấu …; giải ngân khoảng 420 tỷ đồng trong quý IV' continues the target clause (status target); quý IV takes 2024.",
]

if __name__ == "__main__":
    emit("p567-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Lai Châu")
