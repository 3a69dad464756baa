"""p916-3: formal report (UBND tỉnh Bắc Ninh), mối và ẩn họa đê điều năm 2023, flattened | table by district."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH BẮC NINH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND                        Bắc Ninh, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả kiểm tra, phát hiện và xử lý mối, ẩn họa đê điều năm 2023

Thực hiện Công văn số 1520/TCTL-ĐĐ ngày 20/12/2023 của Tổng cục Thủy lợi, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Kiểm tra, phát hiện
Năm 2023, các đơn vị đã kiểm tra 236,4 km đê, đạt 100% kế hoạch; phát hiện 412 tổ mối, 23 hang động vật và 9 vị trí thẩm lậu, sạt trượt mái đê. Kết quả theo địa phương:

Đơn vị tính: tổ mối
STT | Địa phương | Phát hiện | Đã xử lý | Còn lại
1 | Thị xã Quế Võ | 118 | 112 | 6
2 | Huyện Gia Bình | 97 | 97 | 0
3 | Huyện Lương Tài | 84 | 79 | 5
4 | Thị xã Thuận Thành | 65 | 61 | 4
5 | Thành phố Bắc Ninh | 48 | 48 | 0
 | Tổng cộng | 412 | 397 | 15

2. Xử lý
Đã xử lý 397/412 tổ mối, đạt 96,4%. Kinh phí thực hiện 2,86 tỷ đồng, trong đó xử lý mối 1,12 tỷ đồng, khoan phụt vữa gia cố 5,6 km thân đê 1,74 tỷ đồng.

II. TỒN TẠI
Mật độ tổ mối trên đê hữu Đuống đoạn K50+000 - K56+500 còn cao, bình quân 4,2 tổ/km. Lực lượng quản lý đê nhân dân mới có 142 người, đạt 71% định biên.

III. NHIỆM VỤ NĂM 2024
Phấn đấu kiểm tra 100% chiều dài đê, xử lý dứt điểm số tổ mối còn lại trước mùa mưa lũ; dự kiến kinh phí khoảng 3,2 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Quế Võ | 118 | 112 | 6", "Quế Võ", ("118", "112", "6")),
        ("Gia Bình | 97 | 97 | 0", "Gia Bình", ("97", "97", "0")),
        ("Lương Tài | 84 | 79 | 5", "Lương Tài", ("84", "79", "5")),
        ("Thuận Thành | 65 | 61 | 4", "Thuận Thành", ("65", "61", "4")),
        ("Thành phố Bắc Ninh | 48 | 48 | 0", "Bắc Ninh", ("48", "48", "0")),
        ("Tổng cộng | 412 | 397 | 15", "Bắc Ninh", ("412", "397", "15"))]
COLS = ("tổ mối phát hiện", "tổ mối đã xử lý", "tổ mối còn lại")


def table():
    out = []
    for line, loc, cells in ROWS:
        prefix = line.split(" | ")[0]
        for i, num in enumerate(cells):
            # anchor: row label plus the cells up to this one (unique within the article)
            anchor = " | ".join([prefix] + list(cells[:i + 1]))
            if num in cells[:i]:  # a repeated value: anchor from the cell itself to the row's end
                anchor = " | ".join(cells[i:])
            subj = COLS[i] + (" tổng cộng" if prefix == "Tổng cộng" else "")
            out.append(F(anchor, num, int(num), "count", "tổ mối", subj, I(Y23), location=loc))
    return out


FIGS = [
    F("kiểm tra 236,4 km đê", "236,4", 236.4, "measure", "km", "đê được kiểm tra", Y23, percent=100),
    F("phát hiện 412 tổ mối", "412", 412, "count", "tổ mối", "tổ mối phát hiện", Y23),
    F("23 hang động vật", "23", 23, "count", "hang động vật", "hang động vật phát hiện", Y23),
    F("9 vị trí thẩm lậu", "9", 9, "count", "vị trí", "vị trí thẩm lậu, sạt trượt mái đê", Y23),
] + table() + [
    F("xử lý 397/412 tổ mối", "397", 397, "count", "tổ mối", "tổ mối đã xử lý", I(Y23), total=412, percent=96.4),
    F("thực hiện 2,86 tỷ đồng", "2,86", 2.86e9, "money", "đồng", "kinh phí thực hiện", I(Y23)),
    F("mối 1,12 tỷ đồng", "1,12", 1.12e9, "money", "đồng", "kinh phí xử lý mối", I(Y23), total=2.86e9),
    F("gia cố 5,6 km", "5,6", 5.6, "measure", "km", "thân đê được khoan phụt vữa gia cố", I(Y23)),
    F("thân đê 1,74 tỷ đồng", "1,74", 1.74e9, "money", "đồng", "kinh phí khoan phụt vữa gia cố thân đê", I(Y23),
      total=2.86e9),
    F("bình quân 4,2 tổ/km", "4,2", 4.2, "measure", "tổ/km", "mật độ tổ mối trên đê hữu Đuống"),
    F("có 142 người", "142", 142, "count", "người", "lực lượng quản lý đê nhân dân", percent=71),
    F("kiểm tra 100% chiều dài", "100", 100, "percent", "%", "tỷ lệ chiều dài đê được kiểm tra", Y24,
      status="target"),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí xử lý mối, ẩn họa", Y24, approx="about",
      status="forecast"),
]

build("p916-3", TEXT, FIGS, published="2024-01-15", location="Bắc Ninh", comments=[
    "Formal report of UBND tỉnh Bắc Ninh, Số: 38/BC-UBND, dated 'Bắc Ninh, ngày 15 tháng 01 năm 2024': termite nests and hidden defects 2023.",
    "Not figures: the document numbers, 'Công văn số 1520/TCTL-ĐĐ ngày 20/12/2023', section numbers I.-III., 1.-2., STT column,",
    "chainage K50+000 - K56+500. Table (Đơn vị tính: tổ mối): every numeric cell is a figure, incl. the 0 cells; district/thị xã/",
    "thành phố labels go to location, the Tổng cộng row is the province; period 'Năm 2023' from the line above the table (inherited).",
    "Table cells carry no totals. '397/412' gives total 412; 1,12 and 1,74 tỷ follow 'trong đó' after 2,86 tỷ (they add up): total.",
    "'đạt 100% kế hoạch', 'đạt 71% định biên' are shares of their figure (percent). Section III: 'Phấn đấu' target, 'dự kiến' forecast.",
])
