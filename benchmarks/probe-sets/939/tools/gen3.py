"""p939-3: UBND tỉnh Khánh Hòa formal report, year 2023 — flattened '|' table by locality."""
from lib import F, P, I, C, T, make

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Khánh Hòa, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả bảo vệ, phục hồi hệ sinh thái rạn san hô và thảm cỏ biển năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hiện trạng
Năm 2023, Sở Tài nguyên và Môi trường phối hợp với Viện Hải dương học khảo sát 26 điểm rạn san hô và 14 điểm thảm cỏ biển ven bờ. Kết quả cụ thể như sau:

Đơn vị tính: ha
Địa phương | Rạn san hô | Thảm cỏ biển | Diện tích phục hồi
Nha Trang | 253 | 78 | 4,5
Cam Ranh | 186 | 312 | 6,0
Vạn Ninh | 412 | 265 | 3,5
Ninh Hòa | 24 | 540 | 12,0
Tổng cộng | 875 | 1.195 | 26,0

2. Công tác bảo vệ
Trong năm, các lực lượng chức năng tổ chức 212 chuyến tuần tra, kiểm soát, đạt 106% kế hoạch; phát hiện và xử lý 54 vụ vi phạm, giảm 17 vụ so với năm 2022; tổng số tiền phạt 742 triệu đồng. Tỷ lệ che phủ san hô sống tại Khu bảo tồn biển Hòn Mun đạt 36,8%, tăng 4,2 điểm phần trăm so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Năm 2024, tỉnh đặt mục tiêu phục hồi 30 ha rạn san hô và thảm cỏ biển; dự kiến tổng kinh phí khoảng 8,5 tỷ đồng, trong đó ngân sách tỉnh 5 tỷ đồng. Thực hiện Nghị định số 26/2019/NĐ-CP, tỉnh tiếp tục hoàn thiện hồ sơ thành lập Khu bảo tồn biển vịnh Vân Phong với diện tích dự kiến 25.000 ha.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

KH = "Khánh Hòa"
P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PTN = P("Trong năm", "2023-01-01", "2023-12-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")

rows = [("Nha Trang", ["253", "78", "4,5"]), ("Cam Ranh", ["186", "312", "6,0"]),
        ("Vạn Ninh", ["412", "265", "3,5"]), ("Ninh Hòa", ["24", "540", "12,0"]),
        ("Tổng cộng", ["875", "1.195", "26,0"])]
cols = ["diện tích rạn san hô", "diện tích thảm cỏ biển", "diện tích phục hồi"]

FIGS = [
    F("khảo sát 26 điểm", "26", 26, "count", "điểm rạn san hô", "điểm rạn san hô khảo sát", P23),
    F("và 14 điểm", "14", 14, "count", "điểm thảm cỏ biển", "điểm thảm cỏ biển ven bờ khảo sát", P23),
]
for place, cells in rows:
    line = place + " | " + " | ".join(cells)
    for i, cell in enumerate(cells):
        left = (place + " | " + " | ".join(cells[:i]) + (" | " if i else "")) if i else place + " | "
        anchor = left + cell + (" |" if i < 2 else "")
        num = float(cell.replace(".", "").replace(",", "."))
        FIGS.append(F(anchor, cell, num, "measure", "ha", cols[i], I(P23),
                      location=KH if place == "Tổng cộng" else place))

FIGS += [
    F("tổ chức 212 chuyến", "212", 212, "count", "chuyến tuần tra", "chuyến tuần tra, kiểm soát", PTN, percent=106),
    F("xử lý 54 vụ", "54", 54, "count", "vụ vi phạm", "vụ vi phạm phát hiện và xử lý", PTN,
      change=C("decrease", 17, "vụ", "năm 2022")),
    F("tiền phạt 742 triệu đồng", "742", 742e6, "money", "đồng", "tổng số tiền phạt", PTN),
    F("đạt 36,8%", "36,8", 36.8, "percent", "%", "tỷ lệ che phủ san hô sống tại Khu bảo tồn biển Hòn Mun", I(PTN),
      change=C("increase", 4.2, "điểm phần trăm", "năm 2022")),
    F("phục hồi 30 ha", "30", 30, "measure", "ha", "diện tích rạn san hô và thảm cỏ biển phục hồi", P24,
      status="target"),
    F("khoảng 8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng", "tổng kinh phí phục hồi", P24, approx="about",
      status="forecast"),
    F("ngân sách tỉnh 5 tỷ đồng", "5", 5e9, "money", "đồng", "ngân sách tỉnh", P24, total=8.5e9,
      status="forecast"),
    F("dự kiến 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích Khu bảo tồn biển vịnh Vân Phong",
      status="forecast"),
]

make("p939-3", TEXT, FIGS, published="2024-01-22", location=KH, notes=[
    "Formal report of UBND tỉnh Khánh Hòa (Số: 38/BC-UBND) on reefs and seagrass in 2023, flattened '|' table.",
    "Not figures: 'Số: 38/BC-UBND', the letterhead date, section numbers I./1./2./II., 'Nghị định số 26/2019/NĐ-CP',",
    "'NHIỆM VỤ NĂM 2024' heading. Table: unit from 'Đơn vị tính: ha'; a place row label goes to location;",
    "period 'Năm 2023' from the sentence above the table (inherited). Table cells get no totals.",
    "'Trong năm' in the 2023 annual report = 2023.",
])
