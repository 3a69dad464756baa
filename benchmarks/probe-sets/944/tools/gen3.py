"""p944-3: formal report (UBND tỉnh Thái Bình), cemeteries and cremation, 9 months of 2024, flattened | table."""
from lib import F, P, I, chg, tgt, article

TEXT = """
ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý nghĩa trang và hỏa táng 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng
Toàn tỉnh có 2.347 nghĩa trang nhân dân, trong đó 62 nghĩa trang đã có quy hoạch chi tiết được phê duyệt. Cơ sở hỏa táng duy nhất của tỉnh tại xã Vũ Chính có 3 lò đốt điện và 1 lò đốt gas, công suất 28 ca/ngày.

2. Kết quả hỏa táng
9 tháng đầu năm 2024, toàn tỉnh có 9.874 người từ trần, số ca hỏa táng thi hài đạt 3.016 ca, chiếm 30,5%, tăng 18,2% so với cùng kỳ năm 2023. Kết quả theo địa bàn:

Đơn vị tính: trường hợp
STT | Địa bàn | Số người từ trần | Số ca hỏa táng | Tỷ lệ hỏa táng (%)
1 | TP Thái Bình | 1.052 | 748 | 71,1
2 | Huyện Đông Hưng | 1.638 | 512 | 31,3
3 | Huyện Vũ Thư | 1.216 | 403 | 33,1
4 | Huyện Kiến Xương | 1.405 | 389 | 27,7
5 | Các huyện còn lại | 4.563 | 964 | 21,1
 | Tổng cộng | 9.874 | 3.016 | 30,5

3. Kinh phí hỗ trợ
Thực hiện Nghị quyết số 21/2021/NQ-HĐND, tỉnh hỗ trợ 4 triệu đồng/ca hỏa táng. 9 tháng, ngân sách đã chi trả cho 2.965 trường hợp với tổng kinh phí 11,86 tỷ đồng, đạt 74,1% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 tỷ lệ hỏa táng toàn tỉnh đạt 32%, trong đó thành phố Thái Bình đạt trên 75%.
2. Dự kiến khởi công cơ sở hỏa táng thứ 2 tại huyện Quỳnh Phụ, quy mô 5,2 ha, tổng mức đầu tư khoảng 150 tỷ đồng.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, XD.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TI = I(M9)  # table cells: the period stands in the line above the table


def cells(row_label, loc, a_dead, n_dead, a_crem, n_crem, a_rate, n_rate):
    subj = "" if row_label is None else " " + row_label
    return [
        F(a_dead, n_dead[0], n_dead[1], "count", "trường hợp", "số người từ trần" + subj, TI, location=loc),
        F(a_crem, n_crem[0], n_crem[1], "count", "trường hợp", "số ca hỏa táng" + subj, TI, location=loc),
        F(a_rate, n_rate[0], n_rate[1], "percent", "%", "tỷ lệ hỏa táng" + subj, TI, location=loc),
    ]


FIGS = [
    F("có 2.347 nghĩa trang", "2.347", 2347, "count", "nghĩa trang", "nghĩa trang nhân dân"),
    F("trong đó 62 nghĩa trang", "62", 62, "count", "nghĩa trang",
      "nghĩa trang đã có quy hoạch chi tiết được phê duyệt", total=2347),
    F("có 3 lò đốt điện", "3", 3, "count", "lò đốt điện", "lò đốt điện cơ sở hỏa táng"),
    F("và 1 lò đốt gas", "1", 1, "count", "lò đốt gas", "lò đốt gas cơ sở hỏa táng"),
    F("công suất 28 ca/ngày", "28", 28, "measure", "ca/ngày", "công suất cơ sở hỏa táng"),
    F("có 9.874 người từ trần", "9.874", 9874, "count", "người", "người từ trần", M9),
    F("đạt 3.016 ca", "3.016", 3016, "count", "ca", "số ca hỏa táng thi hài", M9, percent=30.5,
      change=chg("increase", 18.2, "%", "cùng kỳ năm 2023")),
    *cells(None, "Thái Bình", "| 1.052 |", ("1.052", 1052), "| 748 |", ("748", 748), "| 71,1", ("71,1", 71.1)),
    *cells(None, "Đông Hưng", "| 1.638 |", ("1.638", 1638), "| 512 |", ("512", 512), "| 31,3", ("31,3", 31.3)),
    *cells(None, "Vũ Thư", "| 1.216 |", ("1.216", 1216), "| 403 |", ("403", 403), "| 33,1", ("33,1", 33.1)),
    *cells(None, "Kiến Xương", "| 1.405 |", ("1.405", 1405), "| 389 |", ("389", 389), "| 27,7", ("27,7", 27.7)),
    *cells("các huyện còn lại", "Thái Bình", "| 4.563 |", ("4.563", 4563), "| 964 |", ("964", 964),
           "| 21,1", ("21,1", 21.1)),
    *cells("tổng cộng", "Thái Bình", "Tổng cộng | 9.874", ("9.874", 9874), "9.874 | 3.016", ("3.016", 3016),
           "3.016 | 30,5", ("30,5", 30.5)),
    F("hỗ trợ 4 triệu đồng/ca", "4", 4e6, "money", "đồng/ca", "hỗ trợ hỏa táng"),
    F("cho 2.965 trường hợp", "2.965", 2965, "count", "trường hợp", "trường hợp được ngân sách chi trả hỗ trợ",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("kinh phí 11,86 tỷ đồng", "11,86", 11.86e9, "money", "đồng", "tổng kinh phí hỗ trợ hỏa táng",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=74.1),
    F("toàn tỉnh đạt 32%", "32", 32, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ hỏa táng thành phố Thái Bình",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("quy mô 5,2 ha", "5,2", 5.2, "measure", "ha", "quy mô cơ sở hỏa táng thứ 2", status="forecast",
      location="Quỳnh Phụ"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "tổng mức đầu tư cơ sở hỏa táng thứ 2",
      approx="about", status="forecast", location="Quỳnh Phụ"),
]

NOTES = [
    "Formal report (UBND tỉnh Thái Bình, Số: 287/BC-UBND): cemeteries, crematorium, cremations by district (flattened | table).",
    "Table cells: unit 'trường hợp' from the 'Đơn vị tính' line, '%' from the header; period from the line above the",
    "table (inherited); place row labels are locations; 'Các huyện còn lại' and 'Tổng cộng' stay Thái Bình; no totals on cells.",
    "STT row numbers, section numbers, 'cơ sở hỏa táng thứ 2', 'QUÝ IV/2024', document numbers are not figures.",
    "3.016 ca 'chiếm 30,5%' has no total (no part-of cue). 'Dự kiến' governs 5,2 ha and 150 tỷ (forecast).",
]

if __name__ == "__main__":
    article("p944-3", TEXT, FIGS, published="2024-10-15", location="Thái Bình", notes=NOTES)
