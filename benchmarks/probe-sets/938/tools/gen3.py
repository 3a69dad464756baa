"""p938-3: UBND tỉnh Lào Cai formal report, H1/2024 — flattened '|' table by district."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH LÀO CAI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển sản xuất dâu tây gắn với du lịch 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/6/2024, toàn tỉnh có 82 ha dâu tây, đạt 91,1% kế hoạch năm (90 ha); trong đó diện tích trồng trong nhà màng, nhà lưới 28 ha. Sản lượng 6 tháng đầu năm ước đạt 1.838 tấn, tăng 12,6% so với cùng kỳ; giá trị sản xuất ước đạt 128,7 tỷ đồng.

Biểu: Diện tích dâu tây 6 tháng đầu năm 2024 phân theo địa phương
Đơn vị tính: ha
STT | Địa phương | Tổng diện tích | Nhà màng, nhà lưới | Trồng mới
1 | Thị xã Sa Pa | 48,5 | 21,0 | 6,5
2 | Huyện Bắc Hà | 17,2 | 4,5 | 2,2
3 | Huyện Bát Xát | 9,8 | 2,0 | 1,8
4 | Huyện Si Ma Cai | 6,5 | 0,5 | 1,5
 | Tổng cộng | 82,0 | 28,0 | 12,0

2. Du lịch vườn dâu
Toàn tỉnh có 11 cơ sở trồng dâu tây kết hợp du lịch trải nghiệm (Sa Pa 8 cơ sở, Bắc Hà 3 cơ sở). 6 tháng đầu năm, các cơ sở đón 42.600 lượt khách, trong đó khách quốc tế 7.800 lượt, chiếm 18,3%; doanh thu dịch vụ đạt 5,4 tỷ đồng. Giá vé trải nghiệm hái dâu từ 60.000 đến 100.000 đồng/lượt.

3. Chính sách hỗ trợ
Thực hiện Nghị quyết số 10/2021/NQ-HĐND, tỉnh đã hỗ trợ 1,26 tỷ đồng cho 37 hộ xây dựng nhà màng trồng dâu, mức hỗ trợ tối đa 50 triệu đồng/hộ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu đến 31/12/2024 đạt 90 ha dâu tây, sản lượng cả năm 3.200 tấn. Trong 6 tháng cuối năm, phấn đấu xây dựng thêm 5 điểm du lịch vườn dâu đạt chuẩn OCOP 3 sao.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NLN.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TAB = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
S_T, S_N, S_M = "tổng diện tích dâu tây", "diện tích dâu tây nhà màng, nhà lưới", "diện tích dâu tây trồng mới"
ROWS = [("Sa Pa | ", "Sa Pa", ["48,5", "21,0", "6,5"]),
        ("Bắc Hà | ", "Bắc Hà", ["17,2", "4,5", "2,2"]),
        ("Bát Xát | ", "Bát Xát", ["9,8", "2,0", "1,8"]),
        ("Si Ma Cai | ", "Si Ma Cai", ["6,5", "0,5", "1,5"]),
        ("Tổng cộng | ", "Lào Cai", ["82,0", "28,0", "12,0"])]


def table():
    out = []
    for label, loc, cells in ROWS:
        prev = label
        for subj, cell in zip((S_T, S_N, S_M), cells):
            anchor = prev + cell
            out.append(F(anchor, cell, float(cell.replace(",", ".")), "measure", "ha", subj, TAB, location=loc))
            prev = cell + " | "
    return out


FIGS = [
    F("có 82 ha dâu tây", "82", 82, "measure", "ha", "diện tích dâu tây", ASOF, percent=91.1, target=T(90, "ha")),
    F("nhà lưới 28 ha", "28", 28, "measure", "ha", "diện tích dâu tây trồng trong nhà màng, nhà lưới", ASOF,
      total=82),
    F("ước đạt 1.838 tấn", "1.838", 1838, "measure", "tấn", "sản lượng dâu tây", H1, status="estimate",
      change=C("increase", 12.6, "%", "cùng kỳ")),
    F("ước đạt 128,7 tỷ đồng", "128,7", 128.7e9, "money", "đồng", "giá trị sản xuất dâu tây", H1, status="estimate"),
] + table() + [
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở trồng dâu tây kết hợp du lịch trải nghiệm"),
    F("(Sa Pa 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở trồng dâu tây kết hợp du lịch trải nghiệm", total=11,
      location="Sa Pa"),
    F("Bắc Hà 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở trồng dâu tây kết hợp du lịch trải nghiệm", total=11,
      location="Bắc Hà"),
    F("đón 42.600 lượt khách", "42.600", 42600, "count", "lượt khách", "lượt khách đến các cơ sở dâu tây", H1),
    F("quốc tế 7.800 lượt", "7.800", 7800, "count", "lượt", "lượt khách quốc tế", H1, total=42600, percent=18.3),
    F("đạt 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "doanh thu dịch vụ du lịch vườn dâu", H1),
    F("từ 60.000 đến 100.000 đồng/lượt", "60.000", 60000, "money", "đồng/lượt", "giá vé trải nghiệm hái dâu",
      value_max=100000),
    F("hỗ trợ 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "kinh phí hỗ trợ xây dựng nhà màng trồng dâu"),
    F("cho 37 hộ", "37", 37, "count", "hộ", "hộ được hỗ trợ xây dựng nhà màng trồng dâu"),
    F("tối đa 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức hỗ trợ xây dựng nhà màng", approx="at_most"),
    F("đạt 90 ha dâu tây", "90", 90, "measure", "ha", "diện tích dâu tây", P("đến 31/12/2024", None, "2024-12-31"),
      status="target"),
    F("cả năm 3.200 tấn", "3.200", 3200, "measure", "tấn", "sản lượng dâu tây",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 5 điểm", "5", 5, "count", "điểm", "điểm du lịch vườn dâu đạt chuẩn OCOP",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), status="target"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng sao OCOP", optional=True),
]

NOTES = [
    "Formal report UBND tỉnh Lào Cai, Số: 287/BC-UBND, dated 'Lào Cai, ngày 15 tháng 7 năm 2024' (published).",
    "'đạt 91,1% kế hoạch năm (90 ha)' -> percent 91.1 and target 90 of the 82 ha; '(90 ha)' is not a figure of its own.",
    "'6 tháng đầu năm' (no year) takes 2024 from 'Tính đến ngày 30/6/2024'. Flattened table: 15 cells, place rows -> location,",
    "the 'Tổng cộng' row -> Lào Cai, subject from the column label + the caption; period from the caption line (inherited).",
    "Row numbers 1-4 and section numbers are not figures. 'OCOP 3 sao' is a rating class: optional.",
    "Targets: 'Phấn đấu đến 31/12/2024' (as-of), 'cả năm' = 2024, 'Trong 6 tháng cuối năm' = 2024-07-01..2024-12-31.",
    "Distractors: Số: 287/BC-UBND, Nghị quyết số 10/2021/NQ-HĐND, letterhead date, STT column, section numbers I./II./1./2./3.",
]

if __name__ == "__main__":
    emit("p938-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Lào Cai")
