"""p883-3: UBND tỉnh An Giang formal report, food-safety checks of wedding-banquet businesses, 9 months 2024 (| table)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH AN GIANG
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 21 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm tại cơ sở kinh doanh dịch vụ tiệc cưới 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2024, toàn tỉnh có 412 cơ sở kinh doanh dịch vụ tiệc cưới, gồm 96 nhà hàng tiệc cưới và 316 cơ sở nấu cỗ, cho thuê rạp cưới lưu động. Các cơ sở phục vụ ước khoảng 14.800 tiệc cưới, tăng 6,5% so với cùng kỳ năm 2023.

II. KẾT QUẢ KIỂM TRA
1. Thực hiện Kế hoạch số 95/KH-BCĐ ngày 15/3/2024, các đoàn liên ngành đã kiểm tra 287 lượt cơ sở, đạt 110,4% kế hoạch; phát hiện 41 cơ sở vi phạm, chiếm 14,3%. Kết quả theo địa bàn:

Đơn vị tính: cơ sở
Địa phương | Số cơ sở | Đã kiểm tra | Vi phạm
TP Long Xuyên | 118 | 84 | 13
TP Châu Đốc | 74 | 52 | 8
Huyện Châu Phú | 65 | 47 | 6
Các địa phương khác | 155 | 104 | 14
Tổng cộng | 412 | 287 | 41

2. Xử phạt vi phạm hành chính 29 cơ sở với tổng số tiền 186,5 triệu đồng; tiêu hủy 320 kg thực phẩm không rõ nguồn gốc. Trong kỳ xảy ra 1 vụ ngộ độc thực phẩm tại tiệc cưới ở huyện Chợ Mới với 37 người mắc, không có tử vong.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
1. Dự kiến kiểm tra thêm 120 lượt cơ sở trong mùa cưới cuối năm.
2. Phấn đấu 100% cơ sở nấu cỗ lưu động được tập huấn kiến thức an toàn thực phẩm.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def cells(anchors, place, loc):
    out = []
    cols = ("Số cơ sở", "Đã kiểm tra", "Vi phạm")
    for (anchor, number), col in zip(anchors, cols):
        per = I(ASOF) if col == "Số cơ sở" else M9
        subj = f"{col} {place}" if loc is None else col
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, number, int(number), "count", "cơ sở", subj, per, **kw))
    return out


FIGS = [
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tiệc cưới", ASOF),
    F("gồm 96 nhà hàng", "96", 96, "count", "nhà hàng", "nhà hàng tiệc cưới", ASOF, total=412),
    F("và 316 cơ sở", "316", 316, "count", "cơ sở", "cơ sở nấu cỗ, cho thuê rạp cưới lưu động", ASOF, total=412),
    F("ước khoảng 14.800 tiệc cưới", "14.800", 14800, "count", "tiệc cưới", "tiệc cưới các cơ sở phục vụ", M9,
      approx="about", status="estimate", change=C("increase", 6.5, "%", "cùng kỳ năm 2023")),
    F("kiểm tra 287 lượt cơ sở", "287", 287, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", M9, percent=110.4),
    F("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở vi phạm", M9, percent=14.3),
]
FIGS += cells([("TP Long Xuyên | 118", "118"), ("118 | 84", "84"), ("84 | 13", "13")], "TP Long Xuyên", "Long Xuyên")
FIGS += cells([("TP Châu Đốc | 74", "74"), ("74 | 52", "52"), ("52 | 8", "8")], "TP Châu Đốc", "Châu Đốc")
FIGS += cells([("Châu Phú | 65", "65"), ("65 | 47", "47"), ("47 | 6", "6")], "Huyện Châu Phú", "Châu Phú")
FIGS += cells([("khác | 155", "155"), ("155 | 104", "104"), ("104 | 14", "14")], "Các địa phương khác", None)
FIGS += cells([("Tổng cộng | 412", "412"), ("412 | 287", "287"), ("287 | 41", "41")], "Tổng cộng", None)
FIGS += [
    F("Xử phạt vi phạm hành chính 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", M9),
    F("tổng số tiền 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tiền xử phạt vi phạm hành chính", M9),
    F("tiêu hủy 320 kg", "320", 320, "measure", "kg", "thực phẩm không rõ nguồn gốc bị tiêu hủy", M9),
    F("xảy ra 1 vụ", "1", 1, "count", "vụ", "vụ ngộ độc thực phẩm tại tiệc cưới", M9, location="Chợ Mới"),
    F("với 37 người", "37", 37, "count", "người", "người mắc ngộ độc thực phẩm", M9, location="Chợ Mới"),
    F("thêm 120 lượt cơ sở", "120", 120, "count", "lượt cơ sở", "lượt cơ sở kiểm tra thêm trong mùa cưới cuối năm", Q4,
      status="forecast"),
    F("Phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở nấu cỗ lưu động được tập huấn kiến thức an toàn thực phẩm", Q4, status="target"),
]

NOTES = [
    "UBND tỉnh An Giang, Số: 356/BC-UBND (21/10/2024): kiểm tra an toàn thực phẩm tại cơ sở dịch vụ tiệc cưới, 9 tháng năm 2024.",
    "Flattened table (Đơn vị tính: cơ sở): each cell a figure, subject = column label (+ row label when it is no place),",
    "places to location; 'Các địa phương khác' and 'Tổng cộng' keep the province. 'Số cơ sở' cells are as of 30/9 (inherited),",
    "the other columns 9 months (inherited from the title). Table cells get no totals; the text 412/287/41 are figures of their own.",
    "Not figures: Số 356/BC-UBND, the date line, Kế hoạch số 95/KH-BCĐ ngày 15/3/2024, section numbers I.-III., 1., 2.",
    "'đạt 110,4% kế hoạch' is the share of 287 (percent); 'chiếm 14,3%' the share of 41. 'ước khoảng' = estimate + about.",
    "The poisoning case and its 37 patients happened in huyện Chợ Mới: location Chợ Mới.",
]

if __name__ == "__main__":
    write("p883-3", TEXT, NOTES, FIGS, published="2024-10-21", location="An Giang")
