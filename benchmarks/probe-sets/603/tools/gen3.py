from lib import F, P, I, CH, emit, num

TEXT = """ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẾN TRE                          Độc lập - Tự do - Hạnh phúc
Số: 418/BC-UBND                   Bến Tre, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ bưởi da xanh 9 tháng năm 2024

Thực hiện Công văn số 6215/BNN-TT ngày 20/8/2024 của Bộ Nông nghiệp và PTNT, UBND tỉnh Bến Tre báo cáo như sau:

1. Diện tích, sản lượng
Đến ngày 30/9/2024, diện tích bưởi da xanh toàn tỉnh đạt 10.486 ha, tăng 312 ha so với cuối năm 2023; trong đó diện tích cho trái 8.214 ha. Sản lượng 9 tháng ước đạt 118.650 tấn, bằng 78,5% kế hoạch năm.

Bảng 1. Bưởi da xanh tại các huyện trọng điểm 9 tháng năm 2024
Đơn vị tính: diện tích - ha; sản lượng - tấn
Huyện | Tổng diện tích | Diện tích cho trái | Sản lượng | Diện tích VietGAP
Chợ Lách | 3.215 | 2.604 | 38.120 | 214,5
Mỏ Cày Bắc | 2.870 | 2.295 | 33.460 | 168
Châu Thành | 1.942 | 1.508 | 21.900 | 96,2
Giồng Trôm | 1.126 | 861 | 12.370 | 0

2. Giá cả, tiêu thụ
Giá bưởi da xanh loại 1 tại vườn quý III/2024 bình quân 32.000 đồng/kg, tăng 4.000 đồng/kg so với quý II. Trong 9 tháng, các doanh nghiệp trên địa bàn xuất khẩu 2.340 tấn bưởi sang Hoa Kỳ, Hà Lan, Nhật Bản, kim ngạch đạt 5,6 triệu USD.

3. Mã số vùng trồng
Toàn tỉnh đã được cấp 41 mã số vùng trồng bưởi xuất khẩu với diện tích 1.085 ha, trong đó 18 mã số vùng trồng đi thị trường Hoa Kỳ.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT, KT.                                  KT. CHỦ TỊCH
                                                  PHÓ CHỦ TỊCH
"""

ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
TB = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

ROWS = [("Chợ Lách", "3.215", "2.604", "38.120", "214,5"),
        ("Mỏ Cày Bắc", "2.870", "2.295", "33.460", "168"),
        ("Châu Thành", "1.942", "1.508", "21.900", "96,2"),
        ("Giồng Trôm", "1.126", "861", "12.370", "0")]
COLS = [("tổng diện tích bưởi da xanh", "ha", "measure"),
        ("diện tích bưởi da xanh cho trái", "ha", "measure"),
        ("sản lượng bưởi da xanh", "tấn", "measure"),
        ("diện tích bưởi da xanh VietGAP", "ha", "measure")]

FIGS = [
    F("đạt 10.486 ha", "10.486", 10486, "measure", "ha", "diện tích bưởi da xanh", ASOF,
      change=CH("increase", 312, "ha", baseline="cuối năm 2023")),
    F("trái 8.214 ha", "8.214", 8214, "measure", "ha", "diện tích bưởi da xanh cho trái", ASOF, total=10486),
    F("ước đạt 118.650 tấn", "118.650", 118650, "measure", "tấn", "sản lượng bưởi da xanh", N9,
      percent=78.5, status="estimate"),
]
for label, *cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, (cell, (col, unit, kind)) in enumerate(zip(cells, COLS)):
        left = " | ".join([label] + cells[:i])
        anchor = left + " | " + cell + (" |" if i < 3 else "\n")
        FIGS.append(F(anchor, cell, num(cell), kind, unit, col, I(TB), location=label))

FIGS += [
    F("bình quân 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá bưởi da xanh loại 1 tại vườn",
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=CH("increase", 4000, "đồng/kg", baseline="quý II")),
    F("khẩu 2.340 tấn", "2.340", 2340, "measure", "tấn", "bưởi xuất khẩu", N9 | {"text": "Trong 9 tháng"}),
    F("đạt 5,6 triệu USD", "5,6", 5600000, "money", "USD", "kim ngạch xuất khẩu bưởi", N9 | {"text": "Trong 9 tháng"}),
    F("cấp 41 mã số", "41", 41, "count", "mã số vùng trồng", "mã số vùng trồng bưởi xuất khẩu được cấp"),
    F("diện tích 1.085 ha", "1.085", 1085, "measure", "ha", "diện tích vùng trồng bưởi xuất khẩu được cấp mã số"),
    F("trong đó 18 mã số", "18", 18, "count", "mã số vùng trồng", "mã số vùng trồng bưởi đi thị trường Hoa Kỳ",
      total=41),
]

COMMENTS = [
    "Formal report, letterhead UBND TỈNH BẾN TRE, `Số: 418/BC-UBND`, place-and-date line (published 2024-10-08): green-skin",
    "pomelo 9 months 2024, flattened `|` table by district with a `Đơn vị tính:` line (every numeric cell, the 0 included, is a",
    "figure; district labels go to location; period from the table title, inherited; no Ước column, so cells are actual).",
    "`bằng 78,5% kế hoạch năm` is the percent of the output. Document numbers, `Bảng 1`, section numbers are distractors;",
    "export markets (Hoa Kỳ, Hà Lan, Nhật Bản) are not places.",
]

if __name__ == "__main__":
    emit("p603-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bến Tre")
