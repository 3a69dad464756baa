"""p922-7: department site (Sở Y tế Bến Tre), no dateline, footer; one-cell-per-line table."""
from lib import F, P, I, CH, TG, write

TEXT = """SỞ Y TẾ TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Văn bản

Bến Tre đẩy mạnh khám, chữa bệnh bằng y học cổ truyền tại tuyến xã

Năm 2023, 157/157 trạm y tế xã, phường, thị trấn trên địa bàn tỉnh có triển khai khám, chữa bệnh bằng y học cổ truyền (YHCT), trong đó 138 trạm có cán bộ chuyên trách YHCT. Hoạt động khám, chữa bệnh bằng YHCT tại tuyến xã chiếm 38,5% tổng số lượt khám tại trạm y tế, vượt chỉ tiêu 35% do Sở Y tế giao.

Kết quả khám, chữa bệnh bằng YHCT tại tuyến xã
Đơn vị tính: lượt
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Khám bệnh bằng YHCT
186.240
214.530
230.000
Châm cứu, điện châm
95.310
112.870
120.000
Xoa bóp, bấm huyệt
64.125
78.460
85.000
Điều trị bằng thuốc nam
41.870
47.215
50.000

Ngoài ra, toàn tỉnh hiện có 412 vườn thuốc nam tại trạm y tế và trường học, bình quân 40-50 loại cây thuốc mỗi vườn. Mức hỗ trợ xây dựng vườn thuốc nam mẫu là 5 triệu đồng/vườn. Năm 2024, Sở Y tế phấn đấu 100% trạm y tế có bác sĩ hoặc y sĩ được đào tạo về YHCT; mỗi huyện, thành phố có ít nhất 1 trạm y tế điểm về YHCT.

SỞ Y TẾ TỈNH BẾN TRE
Địa chỉ: Số 39 Đoàn Hoàng Minh, phường 5, TP. Bến Tre, tỉnh Bến Tre
Điện thoại: 0275.3822.349 - Fax: 0275.3823.186
Tổng lượt truy cập: 1.386.524 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Khám bệnh bằng YHCT", ["186.240", "214.530", "230.000"]),
        ("Châm cứu, điện châm", ["95.310", "112.870", "120.000"]),
        ("Xoa bóp, bấm huyệt", ["64.125", "78.460", "85.000"]),
        ("Điều trị bằng thuốc nam", ["41.870", "47.215", "50.000"])]

FIGS = [
    F("157/157 trạm", "157", 157, "count", "trạm y tế", total=157,
      subject="trạm y tế xã, phường, thị trấn có triển khai khám, chữa bệnh bằng YHCT", period=Y23),
    F("138 trạm", "138", 138, "count", "trạm", total=157,
      subject="trạm có cán bộ chuyên trách YHCT", period=Y23),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", target=TG(35, "%", True),
      subject="tỷ lệ khám, chữa bệnh bằng YHCT tại tuyến xã trong tổng số lượt khám tại trạm y tế", period=I(Y23)),
]
for label, cells in ROWS:
    for (col, per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"\n{cell}\n", cell, float(cell.replace(".", "")), "count", "lượt",
                      subject=f"{label} {col[0].lower() + col[1:]}", period=per, **kw))
FIGS += [
    F("có 412 vườn", "412", 412, "count", "vườn thuốc nam", subject="vườn thuốc nam tại trạm y tế và trường học"),
    F("40-50 loại", "40", 40, "measure", "loại cây thuốc/vườn", value_max=50,
      subject="loại cây thuốc bình quân mỗi vườn"),
    F("5 triệu đồng/vườn", "5", 5_000_000, "money", "đồng/vườn", subject="mức hỗ trợ xây dựng vườn thuốc nam mẫu"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trạm y tế có bác sĩ hoặc y sĩ được đào tạo về YHCT", period=Y24),
    F("ít nhất 1 trạm", "1", 1, "count", "trạm y tế điểm", approx="at_least", status="target",
      subject="trạm y tế điểm về YHCT mỗi huyện, thành phố", period=Y24),
]

COMMENTS = [
    "Department site (Sở Y tế Bến Tre), no dateline: published absent. Footer address, phone, fax, visit counter.",
    "One-cell-per-line table (header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024, then each row's cells):",
    "period from the column header (scored), 'Kế hoạch 2024' -> status target; unit 'lượt' from 'Đơn vị tính'.",
    "'vượt chỉ tiêu 35%' is the target of 38,5% (met). '138 trạm' after 'trong đó' is part of 157.",
    "Distractors: 'Số 39 Đoàn Hoàng Minh, phường 5', phones, 'Tổng lượt truy cập: 1.386.524', 'Đang trực tuyến: 37'.",
    "'40-50 loại cây thuốc mỗi vườn' is a per-garden rate: measure, unit loại cây thuốc/vườn.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, COMMENTS, published=None, location="Bến Tre")
