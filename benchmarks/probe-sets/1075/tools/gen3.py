"""p1075-3: formal report (UBND tỉnh Yên Bái), đá mỹ nghệ 6 tháng đầu năm 2024, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 245/BC-UBND
Yên Bái, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh đá mỹ nghệ 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở sản xuất và lao động
Tính đến ngày 30/6/2024, toàn tỉnh có 214 cơ sở chế tác đá mỹ nghệ, tăng 9 cơ sở so với cuối năm 2023; trong đó huyện Lục Yên có 163 cơ sở, chiếm 76,2%. Các cơ sở sử dụng 1.420 lao động thường xuyên, thu nhập bình quân 7,8 triệu đồng/người/tháng.
2. Doanh thu và xuất khẩu
Doanh thu 6 tháng đầu năm 2024 ước đạt 176,2 tỷ đồng, tăng 12,9% so với cùng kỳ, bằng 47,6% kế hoạch năm (chi tiết tại Bảng 1). Giá trị xuất khẩu (chủ yếu tranh đá quý, tượng đá trắng) đạt 2,35 triệu USD.
Bảng 1. Doanh thu chế tác đá mỹ nghệ theo địa bàn
Đơn vị tính: tỷ đồng
STT | Địa bàn | 6 tháng năm 2023 | Ước thực hiện 6 tháng năm 2024 | Kế hoạch năm 2024
1 | Huyện Lục Yên | 118,6 | 134,2 | 280,0
2 | Huyện Yên Bình | 21,4 | 23,9 | 50,0
3 | Huyện Văn Yên | 6,8 | 7,5 | 16,0
4 | Thành phố Yên Bái | 9,2 | 10,6 | 24,0
 | Tổng cộng | 156,0 | 176,2 | 370,0

II. TỒN TẠI, HẠN CHẾ
Trong 12 điểm quan trắc tại các xưởng chế tác, có 5 điểm có nồng độ bụi tổng vượt quy chuẩn từ 1,2 đến 1,8 lần. Cơ sở phần lớn nhỏ lẻ, 70% số cơ sở có dưới 5 lao động.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu doanh thu cả năm 2024 đạt 370 tỷ đồng.
2. Hỗ trợ 20 cơ sở đầu tư thiết bị xử lý bụi theo Nghị quyết số 69/2023/NQ-HĐND.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H23 = P("6 tháng năm 2023", "2023-01-01", "2023-06-30")
H24 = P("Ước thực hiện 6 tháng năm 2024", "2024-01-01", "2024-06-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "doanh thu chế tác đá mỹ nghệ"


def row(cells, place, loc, anchors):
    """Three cells of one table row: 6 tháng 2023, ước 6 tháng 2024, kế hoạch 2024."""
    out = []
    for (anchor, number), per, extra in zip(anchors, (H23, H24, K24),
                                            ({}, {"status": "estimate"}, {"status": "target"})):
        value = float(number.replace(",", ".")) * 1e9
        kw = dict(extra)
        if loc:
            kw["location"] = loc
        # FIGURES.md, Tables: subject = row label + column label (a place label goes to location);
        # the indicator itself is named only in the table's title, so it leads the subject.
        col = per["text"][0].lower() + per["text"][1:]
        out.append(F(anchor, number, value, "money", "đồng", f"{SUBJ}{place} {col}", per, **kw))
    return out


FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở chế tác đá mỹ nghệ", ASOF,
      change=C("increase", 9, "cơ sở", "cuối năm 2023")),
    F("có 163 cơ sở", "163", 163, "count", "cơ sở", "cơ sở chế tác đá mỹ nghệ", ASOF, total=214, percent=76.2,
      location="Lục Yên"),
    F("sử dụng 1.420 lao động", "1.420", 1420, "count", "lao động", "lao động thường xuyên của các cơ sở", I(ASOF)),
    F("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân", I(ASOF)),
    F("ước đạt 176,2 tỷ đồng", "176,2", 176.2e9, "money", "đồng", "doanh thu", H1Y,
      change=C("increase", 12.9, "%", "cùng kỳ"), percent=47.6, status="estimate"),
    F("đạt 2,35 triệu USD", "2,35", 2.35e6, "money", "USD", "giá trị xuất khẩu", I(H1Y)),
]
FIGS += row(None, "", "Lục Yên", [("| 118,6 |", "118,6"), ("| 134,2 |", "134,2"), ("| 280,0", "280,0")])
FIGS += row(None, "", "Yên Bình", [("| 21,4 |", "21,4"), ("| 23,9 |", "23,9"), ("| 50,0", "50,0")])
FIGS += row(None, "", "Văn Yên", [("| 6,8 |", "6,8"), ("| 7,5 |", "7,5"), ("| 16,0", "16,0")])
FIGS += row(None, "", "Yên Bái", [("| 9,2 |", "9,2"), ("| 10,6 |", "10,6"), ("| 24,0", "24,0")])
FIGS += row(None, " tổng cộng", None, [("| 156,0 |", "156,0"), ("| 176,2 |", "176,2"), ("| 370,0", "370,0")])
FIGS += [
    F("Trong 12 điểm", "12", 12, "count", "điểm", "điểm quan trắc tại các xưởng chế tác"),
    F("có 5 điểm", "5", 5, "count", "điểm", "điểm có nồng độ bụi tổng vượt quy chuẩn", total=12),
    F("từ 1,2 đến 1,8 lần", "1,2", 1.2, "multiple", "lần", "mức vượt quy chuẩn của nồng độ bụi tổng",
      value_max=1.8),
    F("70% số cơ sở", "70", 70, "percent", "%", "cơ sở có dưới 5 lao động"),
    F("dưới 5 lao động", "5", 5, "count", "lao động", "ngưỡng lao động của cơ sở nhỏ lẻ", approx="under",
      optional=True),
    F("đạt 370 tỷ đồng", "370", 370e9, "money", "đồng", "doanh thu", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("Hỗ trợ 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư thiết bị xử lý bụi",
      P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True), status="target"),
]

COMMENTS = [
    "Invented formal report (UBND tỉnh Yên Bái, Số: 245/BC-UBND): đá mỹ nghệ 6 tháng đầu năm 2024, flattened '|' table by district.",
    "Table: unit from 'Đơn vị tính: tỷ đồng'; period and status from column headers (Ước thực hiện -> estimate, Kế hoạch -> target);",
    "district row labels go to location, the Tổng cộng row is the province; STT numbers are not figures; cells get no totals.",
    "'tăng 9 cơ sở so với cuối năm 2023' is the change of 214; 163 cơ sở is a part after 'trong đó' (total 214, percent 76,2).",
    "'Trong 12 điểm …, có 5 điểm' gives total 12; 'dưới 5 lao động' is a category threshold (optional).",
    "Item 2 under 'NHIỆM VỤ 6 THÁNG CUỐI NĂM' is a planned task: status target, period from the heading (inherited).",
    "Distractors: 'Số: 245/BC-UBND', 'ngày 15 tháng 7 năm 2024', section numbers I.-III., 1.-2., 'Bảng 1', STT 1-4, 'Nghị quyết số 69/2023/NQ-HĐND'.",
    "revised: table-cell subjects now add the column label (FIGURES.md Tables: row label + column label); was the table indicator only.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, COMMENTS, published="2024-07-15", location="Yên Bái")
