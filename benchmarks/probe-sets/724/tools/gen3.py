"""p724-3: UBND tỉnh Hà Tĩnh formal report, 6 months 2024 — sports facilities, flattened '|' table."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 268/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển hệ thống thiết chế thể thao 6 tháng đầu năm 2024

Thực hiện Nghị quyết số 82/2022/NQ-HĐND ngày 16/12/2022 của HĐND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đầu tư xây dựng
6 tháng đầu năm 2024, toàn tỉnh khởi công mới 3 nhà thi đấu cấp huyện và 52 sân thể thao xã; giải ngân 64,8 tỷ đồng, bằng 47,3% kế hoạch vốn năm. Riêng quý II/2024 giải ngân 41,5 tỷ đồng.

Bảng 1. Thiết chế thể thao trên địa bàn tỉnh
Loại công trình | Đơn vị tính | Năm 2023 | 6 tháng 2024 | Kế hoạch 2024
Sân vận động cấp huyện | sân | 11 | 11 | 12
Nhà thi đấu đa năng | nhà | 9 | 10 | 12
Bể bơi | bể | 74 | 89 | 100
Sân bóng đá mini | sân | 412 | 455 | 480
Sân thể thao xã | sân | 198 | 216 | 216

2. Phong trào bơi và phòng, chống đuối nước
Tổ chức 186 lớp dạy bơi cho 7.420 học sinh; tỷ lệ học sinh tiểu học biết bơi đạt 37,6%, tăng 4,1% so với cùng kỳ.

3. Quản lý, khai thác
Lượt người sử dụng các thiết chế thể thao công lập ước đạt 1,2 triệu lượt, doanh thu dịch vụ ước 5,6 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu khởi công thêm 2 nhà thi đấu, xây mới 11 bể bơi, nâng tỷ lệ học sinh tiểu học biết bơi lên 40%.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, VX4.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C6 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
CK = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
H2 = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31")


def row(label, unit, cells):
    """cells: [(anchor, number, value)] for Năm 2023, 6 tháng 2024, Kế hoạch 2024."""
    out = []
    for (anchor, number, value), (col, per, st) in zip(cells, [("năm 2023", C23, None),
                                                              ("6 tháng 2024", C6, None),
                                                              ("kế hoạch 2024", CK, "target")]):
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, value, "count", unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("khởi công mới 3 nhà thi đấu", "3", 3, "count", "nhà thi đấu", "nhà thi đấu cấp huyện khởi công mới", H1),
    F("và 52 sân", "52", 52, "count", "sân thể thao xã", "sân thể thao xã khởi công mới", H1),
    F("giải ngân 64,8 tỷ đồng", "64,8", 64.8e9, "money", "đồng", "vốn đầu tư xây dựng thiết chế thể thao giải ngân",
      H1, percent=47.3),
    F("giải ngân 41,5 tỷ đồng", "41,5", 41.5e9, "money", "đồng", "vốn đầu tư xây dựng thiết chế thể thao giải ngân quý II",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
]
FIGS += row("Sân vận động cấp huyện", "sân", [("huyện | sân | 11", "11", 11), ("| 11 | 12\nNhà", "11", 11),
                                              ("| 12\nNhà thi", "12", 12)])
FIGS += row("Nhà thi đấu đa năng", "nhà", [("| nhà | 9", "9", 9), ("| 10 | 12", "10", 10), ("| 12\nBể bơi", "12", 12)])
FIGS += row("Bể bơi", "bể", [("| bể | 74", "74", 74), ("| 89 |", "89", 89), ("| 100", "100", 100)])
FIGS += row("Sân bóng đá mini", "sân", [("| 412 |", "412", 412), ("| 455 |", "455", 455), ("| 480", "480", 480)])
FIGS += row("Sân thể thao xã", "sân", [("| 198 |", "198", 198), ("| 216 | 216", "216", 216),
                                       ("216\n\n2. Phong", "216", 216)])
FIGS += [
    F("Tổ chức 186 lớp", "186", 186, "count", "lớp", "lớp dạy bơi", I(H1)),
    F("cho 7.420 học sinh", "7.420", 7420, "count", "học sinh", "học sinh được dạy bơi", I(H1)),
    F("biết bơi đạt 37,6%", "37,6", 37.6, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi", I(H1),
      change=CH("increase", 4.1, "%", "cùng kỳ")),
    F("ước đạt 1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt", "Lượt người sử dụng các thiết chế thể thao công lập",
      I(H1), status="estimate"),
    F("ước 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "doanh thu dịch vụ thiết chế thể thao công lập",
      I(H1), status="estimate"),
    F("thêm 2 nhà thi đấu", "2", 2, "count", "nhà thi đấu", "nhà thi đấu khởi công thêm", I(H2), status="target"),
    F("xây mới 11 bể bơi", "11", 11, "count", "bể bơi", "bể bơi xây mới", I(H2), status="target"),
    F("lên 40%", "40", 40, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi", I(H2), status="target"),
]

COMMENTS = [
    "Formal report UBND tỉnh Hà Tĩnh Số: 268/BC-UBND, 6 tháng đầu năm 2024: thiết chế thể thao, dạy bơi.",
    "The place-and-date line 'Hà Tĩnh, ngày 18 tháng 7 năm 2024' is the dateline. Flattened '|' table: units in the",
    "'Đơn vị tính' column; every numeric cell a figure; subject = row label + column; period from the column header",
    "(scored, as in shared h23); 'Kế hoạch 2024' column = target. 'Riêng quý II/2024' is not a part cue: no total.",
    "Sections 2-3 take the title's period (inherited); section II takes '6 tháng cuối năm' from its heading (inherited).",
    "Distractors: Số 268/BC-UBND, Nghị quyết số 82/2022/NQ-HĐND, Bảng 1, section numbers I./1./II., VX4.",
]

if __name__ == "__main__":
    ok = emit("p724-3", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hà Tĩnh")
    sys.exit(0 if ok else 1)
