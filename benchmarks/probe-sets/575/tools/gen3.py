"""p575-3: formal report, UBND tỉnh Hà Giang, press/radio/TV results 2023, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/BC-UBND
Hà Giang, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả hoạt động báo chí, phát thanh, truyền hình năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động báo chí
Trên địa bàn tỉnh có 4 cơ quan báo chí được cấp phép hoạt động, 14 văn phòng đại diện, phóng viên thường trú của cơ quan báo chí Trung ương và 7 bản tin được cấp phép xuất bản. Năm 2023, Sở Thông tin và Truyền thông cấp mới 2 giấy phép xuất bản bản tin.

Bảng 1. Kết quả sản xuất tin, bài và chương trình
Chỉ tiêu | Đơn vị | Thực hiện 2022 | Kế hoạch 2023 | Ước thực hiện 2023
Tin, bài báo in và báo điện tử | tin, bài | 9.412 | 9.500 | 10.214
Chương trình phát thanh tự sản xuất | giờ | 2.145,5 | 2.190 | 2.263,5
Chương trình truyền hình tự sản xuất | giờ | 2.870 | 2.920 | 3.051
Phóng sự, phim tài liệu | phóng sự | 452 | 420 | 447

2. Hệ thống truyền thanh cơ sở
Toàn tỉnh có 193 đài truyền thanh cấp xã, trong đó 121 đài ứng dụng CNTT-VT, chiếm 62,7%; 72 đài truyền thanh FM, trong đó 31 đài đã hư hỏng, không hoạt động. Năm 2023, tỉnh đầu tư 865 cụm loa cho 58 xã vùng cao, tổng kinh phí 17,28 tỷ đồng từ Chương trình mục tiêu quốc gia 1719.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 85% đài truyền thanh cấp xã ứng dụng CNTT-VT; sản xuất tối thiểu 10.500 tin, bài; khôi phục 31 đài hư hỏng tại các xã dọc Quốc lộ 4C và Quốc lộ 34.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
C22 = P("Thực hiện 2022", "2022-01-01", "2022-12-31")
K23 = P("Kế hoạch 2023", "2023-01-01", "2023-12-31")
U23 = P("Ước thực hiện 2023", "2023-01-01", "2023-12-31")


def row(label, unit, kind, cells, anchors):
    out = []
    for (col, per, status), num, anc in zip(
            [("thực hiện 2022", C22, "actual"), ("kế hoạch 2023", K23, "target"),
             ("ước thực hiện 2023", U23, "estimate")], cells, anchors):
        v = float(num.replace(".", "").replace(",", "."))
        kw = {} if status == "actual" else {"status": status}
        out.append(F(anc, num, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("có 4 cơ quan báo chí", "4", 4, "count", "cơ quan báo chí", "cơ quan báo chí được cấp phép hoạt động"),
    F("14 văn phòng", "14", 14, "count", "văn phòng đại diện, phóng viên thường trú",
      "văn phòng đại diện, phóng viên thường trú của cơ quan báo chí Trung ương"),
    F("và 7 bản tin", "7", 7, "count", "bản tin", "bản tin được cấp phép xuất bản"),
    F("cấp mới 2 giấy phép", "2", 2, "count", "giấy phép", "giấy phép xuất bản bản tin cấp mới", Y23),
]
FIGS += row("Tin, bài báo in và báo điện tử", "tin, bài", "count", ["9.412", "9.500", "10.214"],
            ["| 9.412 |", "| 9.500 |", "| 10.214"])
FIGS += row("Chương trình phát thanh tự sản xuất", "giờ", "measure", ["2.145,5", "2.190", "2.263,5"],
            ["| 2.145,5 |", "| 2.190 |", "| 2.263,5"])
FIGS += row("Chương trình truyền hình tự sản xuất", "giờ", "measure", ["2.870", "2.920", "3.051"],
            ["| 2.870 |", "| 2.920 |", "| 3.051"])
FIGS += row("Phóng sự, phim tài liệu", "phóng sự", "count", ["452", "420", "447"],
            ["| 452 |", "| 420 |", "| 447"])
FIGS += [
    F("có 193 đài", "193", 193, "count", "đài", "đài truyền thanh cấp xã"),
    F("đó 121 đài", "121", 121, "count", "đài", "đài truyền thanh cấp xã ứng dụng CNTT-VT", total=193, percent=62.7),
    F("; 72 đài", "72", 72, "count", "đài", "đài truyền thanh FM", total=193),
    F("đó 31 đài", "31", 31, "count", "đài", "đài truyền thanh FM đã hư hỏng, không hoạt động", total=72),
    F("đầu tư 865 cụm loa", "865", 865, "count", "cụm loa", "cụm loa tỉnh đầu tư", Y23),
    F("cho 58 xã", "58", 58, "count", "xã", "xã vùng cao được đầu tư cụm loa", Y23),
    F("kinh phí 17,28 tỷ đồng", "17,28", 17.28e9, "money", "đồng", "tổng kinh phí đầu tư cụm loa", Y23),
    F("Phấn đấu 85%", "85", 85, "percent", "%", "đài truyền thanh cấp xã ứng dụng CNTT-VT", I(Y24),
      status="target"),
    F("tối thiểu 10.500 tin", "10.500", 10500, "count", "tin, bài", "tin, bài sản xuất", I(Y24),
      approx="at_least", status="target"),
    F("khôi phục 31 đài", "31", 31, "count", "đài", "đài hư hỏng khôi phục", I(Y24), status="target"),
]

COMMENTS = [
    "Formal report under letterhead (UBND tỉnh Hà Giang, Số: 318/BC-UBND), dated 'Hà Giang, ngày 15 tháng 12 năm 2023'.",
    "Flattened '|' table: units in the 'Đơn vị' column; 'Thực hiện 2022' actual, 'Kế hoạch 2023' target, 'Ước thực hiện 2023' estimate,",
    "period from the column header; subject = row label + column label. The plan cells are figures, not targets of the result cells.",
    "Not figures: Số 318/BC-UBND, section numbers I./1./2./II., 'Bảng 1', 'Chương trình mục tiêu quốc gia 1719', Quốc lộ 4C, Quốc lộ 34.",
    "121 đài: total 193 and percent 62,7 (chiếm); '; 72 đài' is a sibling part of 193; the nested 'trong đó 31 đài' has total 72.",
    "Section II's targets take 'NĂM 2024' from the heading (another sentence: inherited).",
]

if __name__ == "__main__":
    emit("p575-3", TEXT, COMMENTS, FIGS, published="2023-12-15", location="Hà Giang")
