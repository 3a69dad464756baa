"""p1114-7: department site (Sở Công Thương Hải Dương), no dateline, one-cell-per-line table."""
from lib import F, write, period, year, inherit, change

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Trang chủ / Tin tức / Khuyến công
Nâng cao năng lực sản xuất, an toàn cho làng nghề mộc

Hải Dương hiện có 6 làng nghề mộc được UBND tỉnh công nhận với trên 1.900 hộ và khoảng 4.800 lao động; lớn nhất là làng mộc Cúc Bồ (Ninh Giang) và Đông Giao (Cẩm Giàng). Năm 2023, giá trị sản xuất của các làng nghề mộc đạt 412,3 tỷ đồng, tăng 6,4% so với năm 2022. Nguồn gỗ chủ yếu là gỗ hương, gỗ trắc nhập khẩu từ Lào, châu Phi và gỗ xoan đào rừng trồng; mỗi năm các làng nghề sử dụng khoảng 18.000 m3 gỗ.

Giá trị sản xuất một số làng nghề mộc
Đơn vị tính: tỷ đồng
Làng nghề
Năm 2022
Năm 2023
Ước năm 2024
Cúc Bồ (Ninh Giang)
185,4
212,6
240
Đông Giao (Cẩm Giàng)
96,2
108,5
120
Cao Xá (Tứ Kỳ)
48,7
51,2
55
Cộng
330,3
372,3
415

Năm 2024, từ nguồn kinh phí khuyến công, Sở hỗ trợ 7 cơ sở mua máy CNC, máy chà nhám với tổng kinh phí 1,26 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 630 triệu đồng, chiếm 50%. Sở cũng phối hợp Phòng Cảnh sát PCCC và CNCH Công an tỉnh tập huấn cho 350 lượt người lao động tại 4 làng nghề mộc về sắp xếp kho gỗ, sơn, dầu và sử dụng bình chữa cháy.

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: số 2 Hồng Quang, TP Hải Dương
Điện thoại: 0220.3852.478 - Fax: 0220.3853.129
Lượt truy cập: 1.204.567
"""

Y24 = year("Năm 2024", 2024)
FIGS = [
    F("có 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề mộc được UBND tỉnh công nhận"),
    F("trên 1.900 hộ", "1.900", 1900, "count", "hộ", "hộ làng nghề mộc", approx="over"),
    F("khoảng 4.800 lao động", "4.800", 4800, "count", "lao động", "lao động làng nghề mộc", approx="about"),
    F("đạt 412,3 tỷ", "412,3", 412.3e9, "money", "đồng", "giá trị sản xuất của các làng nghề mộc",
      year("Năm 2023", 2023), change=change("increase", 6.4, baseline="năm 2022")),
    F("khoảng 18.000 m3", "18.000", 18000, "measure", "m3", "gỗ các làng nghề sử dụng mỗi năm", approx="about"),
]
COLS = [("Năm 2022", 2022, None), ("Năm 2023", 2023, None), ("Ước năm 2024", 2024, "estimate")]
ROWS = [("Cúc Bồ (Ninh Giang)", "Cúc Bồ", "Ninh Giang", ["185,4", "212,6", "240"]),
        ("Đông Giao (Cẩm Giàng)", "Đông Giao", "Cẩm Giàng", ["96,2", "108,5", "120"]),
        ("Cao Xá (Tứ Kỳ)", "Cao Xá", "Tứ Kỳ", ["48,7", "51,2", "55"]),
        ("Cộng", None, "Hải Dương", ["330,3", "372,3", "415"])]
for label, village, place, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = (label + "\n" + cell) if j == 0 else (cells[j - 1] + "\n" + cell)
        subj = f"giá trị sản xuất làng nghề mộc {village}" if village else "giá trị sản xuất một số làng nghề mộc"
        text, y, status = COLS[j]
        extra = {"status": status} if status else {}
        FIGS.append(F(anchor, cell, float(cell.replace(",", ".")) * 1e9, "money", "đồng", subj, year(text, y),
                      location=place, **extra))
FIGS += [
    F("hỗ trợ 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở được hỗ trợ mua máy", Y24),
    F("kinh phí 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", "tổng kinh phí hỗ trợ", Y24),
    F("hỗ trợ 630 triệu", "630", 630e6, "money", "đồng", "ngân sách tỉnh hỗ trợ", Y24, total=1.26e9, percent=50),
    F("cho 350 lượt", "350", 350, "count", "lượt người lao động", "lượt người lao động được tập huấn",
      inherit(Y24)),
    F("tại 4 làng nghề", "4", 4, "count", "làng nghề mộc", "làng nghề mộc được tập huấn", inherit(Y24)),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline; footer with address, phone/fax and a visit counter.",
    "One-cell-per-line table: 'Đơn vị tính: tỷ đồng' makes each cell ×10^9 đồng; periods from the column headers",
    "(Năm 2022, Năm 2023, 'Ước năm 2024' → status estimate); the village's district in brackets is the location, 'Cộng' row Hải Dương.",
    "The village name stays in the subject (a village is not a province/city/district). Cells carry no totals.",
    "'trong đó ngân sách tỉnh hỗ trợ 630 triệu đồng, chiếm 50%': total 1,26 tỷ and percent 50.",
    "Distractors: số 2 Hồng Quang, phone and fax, Lượt truy cập 1.204.567, 'máy CNC'.",
]

write("p1114-7", TEXT, FIGS, NOTES, published=None, location="Hải Dương")
