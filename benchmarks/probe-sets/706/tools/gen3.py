"""p706-3: formal report of UBND tỉnh Phú Yên — social protection centres, 9 months of 2024 (flattened | table)."""
from lib import F, P, inh, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phú Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động của các cơ sở trợ giúp xã hội 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Toàn tỉnh có 5 cơ sở trợ giúp xã hội (3 công lập, 2 ngoài công lập) với tổng công suất 620 giường. Tính đến ngày 30/9/2024, các cơ sở đang nuôi dưỡng 487 đối tượng, đạt 78,5% công suất; trong đó người cao tuổi 196 người, trẻ em có hoàn cảnh đặc biệt 142 em, người khuyết tật, người tâm thần 149 người.

2. Số liệu theo từng cơ sở:
Cơ sở | Công suất (giường) | Đối tượng (người) | Kinh phí 9 tháng (triệu đồng)
Trung tâm Công tác xã hội tỉnh | 250 | 204 | 9.850,4
Trung tâm Bảo trợ xã hội số 2 | 150 | 118 | 5.236,0
Trung tâm Điều dưỡng người tâm thần | 120 | 97 | 4.412,7
Mái ấm Hoa Hồng | 60 | 41 | 1.150,5
Viện dưỡng lão An Bình | 40 | 27 | 2.380,0
Tổng cộng | 620 | 487 | 23.029,6

3. 9 tháng năm 2024, toàn tỉnh chi trả trợ cấp xã hội hằng tháng cho 41.268 đối tượng, trong đó 24.530 người cao tuổi; tổng kinh phí 187,3 tỷ đồng, đạt 76,2% dự toán năm. Từ ngày 01/7/2024, mức chuẩn trợ giúp xã hội được điều chỉnh lên 500.000 đồng/tháng (trước đó là 360.000 đồng/tháng) theo Nghị định số 76/2024/NĐ-CP.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến cuối năm 2024 tiếp nhận thêm khoảng 30 đối tượng vào các cơ sở; dự kiến giải ngân 12,5 tỷ đồng nâng cấp khu nhà ở Trung tâm Bảo trợ xã hội số 2.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9col = P("Kinh phí 9 tháng", "2024-01-01", "2024-09-30")

ROWS = [
    ("Trung tâm Công tác xã hội tỉnh | 250", "250", "| 250 | 204", "204", "| 204 | 9.850,4", "9.850,4", "Trung tâm Công tác xã hội tỉnh"),
    ("Trung tâm Bảo trợ xã hội số 2 | 150", "150", "| 150 | 118", "118", "| 118 | 5.236,0", "5.236,0", "Trung tâm Bảo trợ xã hội số 2"),
    ("Trung tâm Điều dưỡng người tâm thần | 120", "120", "| 120 | 97", "97", "| 97 | 4.412,7", "4.412,7", "Trung tâm Điều dưỡng người tâm thần"),
    ("Mái ấm Hoa Hồng | 60", "60", "| 60 | 41", "41", "| 41 | 1.150,5", "1.150,5", "Mái ấm Hoa Hồng"),
    ("Viện dưỡng lão An Bình | 40", "40", "| 40 | 27", "27", "| 27 | 2.380,0", "2.380,0", "Viện dưỡng lão An Bình"),
    ("Tổng cộng | 620", "620", "| 620 | 487", "487", "| 487 | 23.029,6", "23.029,6", "Tổng cộng"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for a1, n1, a2, n2, a3, n3, row in ROWS:
    TABLE.append(F(a1, n1, num(n1), "count", "giường", f"{row} công suất", inh(M9)))
    TABLE.append(F(a2, n2, num(n2), "count", "người", f"{row} đối tượng", inh(M9)))
    TABLE.append(F(a3, n3, num(n3) * 1e6, "money", "đồng", f"{row} kinh phí 9 tháng", M9col))

FIGS = [
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("(3 công lập", "3", 3, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=5),
    F("2 ngoài công lập)", "2", 2, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=5),
    F("công suất 620 giường", "620", 620, "count", "giường", "tổng công suất các cơ sở trợ giúp xã hội"),
    F("nuôi dưỡng 487 đối tượng", "487", 487, "count", "đối tượng",
      "đối tượng các cơ sở đang nuôi dưỡng", ASOF, percent=78.5),
    F("tuổi 196 người", "196", 196, "count", "người", "người cao tuổi được nuôi dưỡng", ASOF, total=487),
    F("biệt 142 em", "142", 142, "count", "em", "trẻ em có hoàn cảnh đặc biệt được nuôi dưỡng", ASOF, total=487),
    F("tâm thần 149 người", "149", 149, "count", "người", "người khuyết tật, người tâm thần được nuôi dưỡng", ASOF,
      total=487),
] + TABLE + [
    F("cho 41.268 đối tượng", "41.268", 41268, "count", "đối tượng",
      "đối tượng được chi trả trợ cấp xã hội hằng tháng", M9),
    F("đó 24.530 người", "24.530", 24530, "count", "người cao tuổi",
      "người cao tuổi được chi trả trợ cấp xã hội hằng tháng", M9, total=41268),
    F("kinh phí 187,3 tỷ đồng", "187,3", 187.3e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội", M9,
      percent=76.2),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("là 360.000 đồng/tháng", "360.000", 360000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội trước đó"),
    F("khoảng 30 đối tượng", "30", 30, "count", "đối tượng", "đối tượng tiếp nhận thêm vào các cơ sở",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="about", status="target"),
    F("giải ngân 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng",
      "vốn nâng cấp khu nhà ở Trung tâm Bảo trợ xã hội số 2", inh(P("QUÝ IV/2024", "2024-10-01", "2024-12-31")),
      status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead (ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN, Số: 318/BC-UBND, 'Phú Yên, ngày 08 tháng 10 năm 2024'):",
    "social protection centres, 9 months of 2024, with a flattened '|' table, units in the column headers (giường, người, triệu đồng).",
    "Every numeric table cell is a figure (the Tổng cộng row included, no total attribute: no part-of cue); subject = row + column label.",
    "Kinh phí cells take their period from the column header 'Kinh phí 9 tháng' (scored); công suất/đối tượng cells inherit the title period.",
    "The bracket '(3 công lập, 2 ngoài công lập)' adds up to 5: total. 'đạt 78,5% công suất', 'đạt 76,2% dự toán năm' are shares (percent).",
    "Not figures: Số: 318/BC-UBND, the place-and-date line, section numbers I./1./2./3./II., 'số 2' in a centre's name, Nghị định số 76/2024/NĐ-CP, 01/7/2024, QUÝ IV/2024.",
]

if __name__ == "__main__":
    emit("p706-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Phú Yên")
