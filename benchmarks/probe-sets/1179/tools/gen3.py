"""p1179-3: formal report UBND tỉnh Bắc Kạn on quýt production 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất, tiêu thụ quýt năm 2023

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh có 2.318 ha quýt, giảm 96 ha so với năm 2022 do một số vườn già cỗi bị thoái hóa; diện tích cho thu hoạch 1.735 ha. Sản lượng ước đạt 19.800 tấn, bằng 99% kế hoạch; năng suất bình quân khoảng 11,4 tấn/ha.

Diện tích quýt phân theo huyện:
Đơn vị tính: ha
Huyện | Tổng diện tích | Cho thu hoạch | Trồng mới năm 2023
Chợ Đồn | 1.046 | 812 | 35
Ba Bể | 628 | 455 | 20
Bạch Thông | 402 | 301 | 12
Các huyện khác | 242 | 167 | 8
Tổng cộng | 2.318 | 1.735 | 75
Diện tích quýt được chứng nhận VietGAP là 215 ha, chiếm 9,3% tổng diện tích; toàn tỉnh có khoảng 4.100 hộ trồng quýt.

2. Tiêu thụ
Giá bán bình quân tại vườn từ 15.000 đến 20.000 đồng/kg; tổng giá trị quýt ước đạt 340 tỷ đồng. Có 36 hợp tác xã tham gia liên kết tiêu thụ, trong đó 9 hợp tác xã có sản phẩm quýt đạt OCOP.

II. NHIỆM VỤ NĂM 2024
Phấn đấu trồng mới, trồng thay thế 100 ha quýt; sản lượng đạt trên 20.500 tấn; xây dựng 3 vùng trồng quýt được cấp mã số.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TBL = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)  # title / section: not in the cells' line
NEW = P("Trồng mới năm 2023", "2023-01-01", "2023-12-31")       # the column header states it
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = {"t": ("tổng diện tích quýt", TBL), "h": ("diện tích quýt cho thu hoạch", TBL),
        "n": ("diện tích quýt trồng mới năm 2023", NEW)}


def cell(anchor, number, value, col, place=None, row=None):
    subj, per = COLS[col]
    if row:
        subj = f"{subj} {row}"
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "measure", "ha", subject=subj, period=per, **kw)


FIGS = [
    F("có 2.318 ha", "2.318", 2318, "measure", "ha", change=C("decrease", 96, "ha", "năm 2022"),
      subject="diện tích quýt", period=Y23),
    F("thu hoạch 1.735 ha", "1.735", 1735, "measure", "ha", subject="diện tích quýt cho thu hoạch", period=Y23),
    F("ước đạt 19.800 tấn", "19.800", 19800, "measure", "tấn", status="estimate", percent=99,
      subject="sản lượng quýt", period=I(Y23)),
    F("khoảng 11,4 tấn/ha", "11,4", 11.4, "measure", "tấn/ha", approx="about", status="estimate",
      subject="năng suất quýt bình quân", period=I(Y23)),
    cell("Chợ Đồn | 1.046", "1.046", 1046, "t", "Chợ Đồn"),
    cell("1.046 | 812", "812", 812, "h", "Chợ Đồn"),
    cell("812 | 35", "35", 35, "n", "Chợ Đồn"),
    cell("Ba Bể | 628", "628", 628, "t", "Ba Bể"),
    cell("628 | 455", "455", 455, "h", "Ba Bể"),
    cell("455 | 20", "20", 20, "n", "Ba Bể"),
    cell("Bạch Thông | 402", "402", 402, "t", "Bạch Thông"),
    cell("402 | 301", "301", 301, "h", "Bạch Thông"),
    cell("301 | 12", "12", 12, "n", "Bạch Thông"),
    cell("khác | 242", "242", 242, "t", row="các huyện khác"),
    cell("242 | 167", "167", 167, "h", row="các huyện khác"),
    cell("167 | 8", "8", 8, "n", row="các huyện khác"),
    cell("Tổng cộng | 2.318", "2.318", 2318, "t", row="tổng cộng"),
    cell("2.318 | 1.735", "1.735", 1735, "h", row="tổng cộng"),
    cell("1.735 | 75", "75", 75, "n", row="tổng cộng"),
    F("là 215 ha", "215", 215, "measure", "ha", percent=9.3,
      subject="diện tích quýt được chứng nhận VietGAP", period=TBL),
    F("khoảng 4.100 hộ", "4.100", 4100, "count", "hộ", approx="about", subject="hộ trồng quýt", period=TBL),
    F("từ 15.000 đến 20.000", "15.000", 15000, "money", "đồng/kg", value_max=20000,
      subject="giá bán quýt bình quân tại vườn", period=TBL),
    F("ước đạt 340 tỷ", "340", 340e9, "money", "đồng", status="estimate", subject="tổng giá trị quýt", period=TBL),
    F("Có 36 hợp tác xã", "36", 36, "count", "hợp tác xã", subject="hợp tác xã tham gia liên kết tiêu thụ quýt",
      period=TBL),
    F("đó 9 hợp tác xã", "9", 9, "count", "hợp tác xã", total=36, subject="hợp tác xã có sản phẩm quýt đạt OCOP",
      period=TBL),
    F("thay thế 100 ha", "100", 100, "measure", "ha", status="target",
      subject="diện tích quýt trồng mới, trồng thay thế", period=Y24),
    F("trên 20.500 tấn", "20.500", 20500, "measure", "tấn", approx="over", status="target",
      subject="sản lượng quýt", period=Y24),
    F("xây dựng 3 vùng", "3", 3, "count", "vùng trồng", status="target",
      subject="vùng trồng quýt được cấp mã số", period=Y24),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN / TỈNH BẮC KẠN', 'Số: 412/BC-UBND', 'Bắc Kạn, ngày 18 tháng 12 năm 2023' (published), sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha', rows are districts → location; 'Các huyện khác' and 'Tổng cộng' rows stay Bắc Kạn and",
    "keep their label in the subject. Column 'Trồng mới năm 2023' states its period (scored); the other cells and section 2 inherit",
    "'năm 2023' from the title. Table cells carry no totals; the 'Tổng cộng' row is its own figures.",
    "'giảm 96 ha so với năm 2022' → change of 2.318 ha; 'bằng 99% kế hoạch' → percent of 19.800 tấn; 'năng suất … khoảng 11,4'",
    "continues the 'ước đạt' clause after ';' → estimate. 'một số vườn' is not a number. Section II heading 'NHIỆM VỤ NĂM 2024' +",
    "'Phấn đấu' (continuing over ';') → target, period inherited.",
    "Distractors: 'Số: 412/BC-UBND', dateline, section numbers I./II./1./2., 'Lưu: VT, NNTN'.",
]

if __name__ == "__main__":
    write("p1179-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Bắc Kạn")
