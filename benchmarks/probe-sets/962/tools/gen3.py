"""p962-3: formal report of UBND tỉnh Đắk Lắk on land-use certificates for religious establishments, 9 months 2024 (flattened | table)."""
from lib import F, P, I, change, write

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả cấp giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo 9 tháng năm 2024

Thực hiện Công văn số 2417/BTGCP-PC ngày 12/8/2024 của Ban Tôn giáo Chính phủ, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn tỉnh có 6 tôn giáo với khoảng 712.000 tín đồ, chiếm 38,2% dân số, trong đó tín đồ là người dân tộc thiểu số khoảng 238.000 người. Tính đến 30/9/2024, toàn tỉnh có 486 cơ sở tôn giáo, sử dụng tổng diện tích 318,6 ha đất.

II. KẾT QUẢ THỰC HIỆN
1. Trong 9 tháng năm 2024, các địa phương đã cấp mới 37 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo với diện tích 21,4 ha, đạt 74% kế hoạch năm, tăng 9 giấy so với cùng kỳ năm 2023.
2. Kết quả theo địa bàn (tính đến 30/9/2024):
Đơn vị tính: cơ sở
Địa bàn | Tổng số cơ sở | Đã cấp GCN | Chưa cấp GCN
TP. Buôn Ma Thuột | 112 | 104 | 8
Thị xã Buôn Hồ | 41 | 35 | 6
Huyện Cư M'gar | 58 | 47 | 11
Huyện Krông Pắc | 67 | 55 | 12
Các huyện còn lại | 208 | 158 | 50
Tổng cộng | 486 | 399 | 87
3. Trong 87 cơ sở chưa được cấp giấy chứng nhận, có 14 cơ sở đang có tranh chấp, 23 cơ sở có nguồn gốc đất lấn chiếm và 50 cơ sở chưa hoàn thiện hồ sơ.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu cấp thêm 13 giấy chứng nhận, nâng tổng số giấy chứng nhận cấp mới trong năm 2024 lên 50 giấy; dự kiến bố trí khoảng 1,5 tỷ đồng cho công tác đo đạc, lập hồ sơ địa chính.

Nơi nhận:
- Ban Tôn giáo Chính phủ;
- Lưu: VT, SNV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOTES = [
    "Formal report (UBND tỉnh Đắk Lắk, Số: 318/BC-UBND, 10/10/2024) on land-use certificates (GCN) for religious establishments.",
    "Distractors: 'Số: 318/BC-UBND', 'Công văn số 2417/BTGCP-PC ngày 12/8/2024', section numbers I.-III. and 1.-3., heading 'QUÝ IV/2024'.",
    "Flattened table (Đơn vị tính: cơ sở): every numeric cell is a figure; district rows give the location, 'Các huyện còn lại'",
    "and 'Tổng cộng' stay Đắk Lắk. Table period comes from the line above the table (inherited). Cells get no totals.",
    "'đạt 74% kế hoạch năm, tăng 9 giấy' belong to the 37 certificates (unit giấy), not to the 21,4 ha standing between.",
    "'Trong 87 cơ sở chưa được cấp' restates the table total and is the whole of 14 + 23 + 50. Section III figures are targets",
    "(phấn đấu) with the heading 'QUÝ IV/2024' as inherited period; the 50 certificates take 'trong năm 2024'.",
]
LOC = {"TP. Buôn Ma Thuột": "Buôn Ma Thuột", "Thị xã Buôn Hồ": "Buôn Hồ", "Huyện Cư M'gar": "Cư M'gar",
       "Huyện Krông Pắc": "Krông Pắc", "Các huyện còn lại": None, "Tổng cộng": None}
COLS = [("Tổng số cơ sở", "tổng số cơ sở tôn giáo"), ("Đã cấp GCN", "cơ sở tôn giáo đã cấp GCN"),
        ("Chưa cấp GCN", "cơ sở tôn giáo chưa cấp GCN")]


def table_figs():
    figs = []
    for line in TEXT.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 4 or cells[0] not in LOC:
            continue
        label = cells[0]
        for k, (num, (col, subj)) in enumerate(zip(cells[1:], COLS)):
            if k == 0:
                anchor = f"{label} | {num}"
            else:
                anchor = f"{cells[k]} | {num}" + (" |" if k < 2 else "\n")
            if label == "Các huyện còn lại":
                subj_row = subj + " các huyện còn lại"
            elif label == "Tổng cộng":
                subj_row = subj + " (tổng cộng)"
            else:
                subj_row = subj
            figs.append(F(anchor, num, float(num), "count", "cơ sở", subject=subj_row, period=I(ASOF),
                          location=LOC[label]))
    assert len(figs) == 18, len(figs)
    return figs


FIGS = [
    F("có 6 tôn giáo", "6", 6, "count", "tôn giáo", subject="tôn giáo"),
    F("khoảng 712.000 tín đồ", "712.000", 712000, "count", "tín đồ", approx="about", percent=38.2,
      subject="tín đồ tôn giáo"),
    F("khoảng 238.000 người", "238.000", 238000, "count", "người", approx="about", total=712000,
      subject="tín đồ là người dân tộc thiểu số"),
    F("có 486 cơ sở tôn giáo", "486", 486, "count", "cơ sở tôn giáo", subject="cơ sở tôn giáo",
      period=P("Tính đến 30/9/2024", None, "2024-09-30")),
    F("318,6 ha", "318,6", 318.6, "measure", "ha", subject="tổng diện tích đất cơ sở tôn giáo sử dụng",
      period=P("Tính đến 30/9/2024", None, "2024-09-30")),
    F("cấp mới 37 giấy chứng nhận", "37", 37, "count", "giấy chứng nhận", percent=74,
      change=change("increase", 9, "giấy", "cùng kỳ năm 2023"),
      subject="giấy chứng nhận quyền sử dụng đất cấp mới cho cơ sở tôn giáo", period=M9),
    F("diện tích 21,4 ha", "21,4", 21.4, "measure", "ha",
      subject="diện tích đất cơ sở tôn giáo được cấp giấy chứng nhận", period=M9),
] + table_figs() + [
    F("Trong 87 cơ sở", "87", 87, "count", "cơ sở", subject="cơ sở tôn giáo chưa được cấp giấy chứng nhận",
      period=I(ASOF)),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", total=87, subject="cơ sở tôn giáo đang có tranh chấp",
      period=I(ASOF)),
    F("23 cơ sở", "23", 23, "count", "cơ sở", total=87, subject="cơ sở tôn giáo có nguồn gốc đất lấn chiếm",
      period=I(ASOF)),
    F("50 cơ sở chưa hoàn thiện", "50", 50, "count", "cơ sở", total=87,
      subject="cơ sở tôn giáo chưa hoàn thiện hồ sơ", period=I(ASOF)),
    F("thêm 13 giấy chứng nhận", "13", 13, "count", "giấy chứng nhận", status="target",
      subject="giấy chứng nhận quyền sử dụng đất cấp thêm cho cơ sở tôn giáo",
      period=P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
    F("lên 50 giấy", "50", 50, "count", "giấy", status="target",
      subject="tổng số giấy chứng nhận cấp mới", period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đo đạc, lập hồ sơ địa chính",
      period=P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
]

write("p962-3", TEXT, NOTES, FIGS, published="2024-10-10", location="Đắk Lắk")
