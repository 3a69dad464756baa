from lib import F, P, I, CH, T, emit

ROWS = [("TP. Cà Mau", "6.215", "38", "21.450"),
        ("Trần Văn Thời", "4.870", "12", "5.320"),
        ("U Minh", "3.105", "7", "2.860"),
        ("Đầm Dơi", "2.940", "9", "3.175")]
COLS = [("giếng đăng ký", "giếng", "count"),
        ("số giấy phép còn hiệu lực", "giấy phép", "count"),
        ("lưu lượng cấp phép", "m³/ngày đêm", "measure")]

table = "\n".join(["Địa phương | Giếng đăng ký (giếng) | Số giấy phép còn hiệu lực | Lưu lượng cấp phép (m³/ngày đêm)"]
                  + [" | ".join(r) for r in ROWS])

TEXT = """UBND TỈNH CÀ MAU                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                    Cà Mau, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình quản lý, khai thác nước dưới đất 9 tháng năm 2024

Thực hiện Công văn số 5127/BTNMT-TNN ngày 20/8/2024 của Bộ Tài nguyên và Môi trường, UBND tỉnh Cà Mau báo cáo như sau:

1. Tình hình khai thác
Tính đến ngày 30/9/2024, toàn tỉnh có 52.480 công trình khai thác nước dưới đất với tổng lưu lượng khoảng 265.000 m³/ngày đêm; trong đó khai thác cho cấp nước tập trung 118.600 m³/ngày đêm, chiếm 44,8%.

Bảng 1. Công trình khai thác nước dưới đất tại một số địa phương (tính đến 30/9/2024)
""" + table + """

2. Công tác cấp phép
Trong 9 tháng năm 2024, UBND tỉnh cấp 41/60 giấy phép khai thác nước dưới đất theo kế hoạch năm, đạt 68,3%. Thu tiền cấp quyền khai thác tài nguyên nước ước đạt 2.150 triệu đồng, tăng 12,4% so với cùng kỳ.

3. Tồn tại
Mực nước tầng Pliocen giữa tiếp tục suy giảm với tốc độ từ 0,5 đến 0,9 m/năm; tốc độ sụt lún tại TP. Cà Mau khoảng 3,5 cm/năm. Còn khoảng 1.900 giếng khoan hư hỏng chưa được trám lấp.

4. Nhiệm vụ quý IV/2024
Phấn đấu trám lấp tối thiểu 500 giếng hư hỏng; hoàn thành khoanh định vùng hạn chế khai thác tại 9/9 huyện, thành phố.

Nơi nhận:
- Bộ TN&MT (b/c);
- Lưu: VT, KT.                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("có 52.480 công trình", "52.480", 52480, "count", "công trình",
      "công trình khai thác nước dưới đất", AS),
    F("khoảng 265.000 m³", "265.000", 265000, "measure", "m³/ngày đêm",
      "tổng lưu lượng khai thác nước dưới đất", AS, approx="about"),
    F("tập trung 118.600 m³", "118.600", 118600, "measure", "m³/ngày đêm",
      "lưu lượng khai thác cho cấp nước tập trung", AS, total=265000, percent=44.8),
]
for label, *cells in ROWS:
    place = label.replace("TP. ", "")
    for i, (cell, (col, unit, kind)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = f"{label} | {cell} |"
        elif i == 1:
            anchor = f"| {cells[0]} | {cell} | {cells[2]}"
        else:
            anchor = f"| {cells[1]} | {cell}\n"
        FIGS.append(F(anchor, cell, num(cell), kind, unit, col, I(AS), location=place))

FIGS += [
    F("cấp 41/60 giấy phép", "41", 41, "count", "giấy phép", "giấy phép khai thác nước dưới đất được cấp", N9,
      percent=68.3, target=T(60, "giấy phép")),
    F("ước đạt 2.150 triệu", "2.150", 2150000000, "money", "đồng",
      "thu tiền cấp quyền khai thác tài nguyên nước", I(N9),
      change=CH("increase", 12.4, baseline="cùng kỳ"), status="estimate"),
    F("từ 0,5 đến 0,9 m/năm", "0,5", 0.5, "measure", "m/năm",
      "tốc độ suy giảm mực nước tầng Pliocen giữa", value_max=0.9),
    F("khoảng 3,5 cm/năm", "3,5", 3.5, "measure", "cm/năm", "tốc độ sụt lún", approx="about", location="Cà Mau"),
    F("khoảng 1.900 giếng", "1.900", 1900, "count", "giếng khoan",
      "giếng khoan hư hỏng chưa được trám lấp", approx="about"),
    F("tối thiểu 500 giếng", "500", 500, "count", "giếng", "giếng hư hỏng trám lấp", I(Q4),
      approx="at_least", status="target"),
    F("tại 9/9 huyện", "9", 9, "count", "huyện, thành phố",
      "huyện, thành phố hoàn thành khoanh định vùng hạn chế khai thác", I(Q4), total=9, status="target"),
]

COMMENTS = [
    "Formal report under letterhead (UBND TỈNH CÀ MAU, 'Số: 318/BC-UBND', 'Cà Mau, ngày 08 tháng 10 năm 2024'): groundwater, 9 months 2024.",
    "118.600 after '; trong đó' is part of the 265.000 m³/ngày đêm (total) and carries 'chiếm 44,8%' (percent).",
    "Flattened '|' table with units in the column headers ('(giếng)', '(m³/ngày đêm)'; 'Số giấy phép' -> giấy phép): every cell is a figure;",
    "row label = location (TP. Cà Mau -> Cà Mau), subject = column label; period as-of 30/9/2024 from the table title (another line: inherited).",
    "'cấp 41/60 giấy phép … theo kế hoạch năm, đạt 68,3%': 60 is the plan -> target 60 (not total), percent 68,3.",
    "'ước đạt 2.150 triệu đồng' = 2,15·10⁹ đồng, estimate, change +12,4% vs cùng kỳ. Section '4. Nhiệm vụ quý IV/2024': 'Phấn đấu' -> target,",
    "period quý IV/2024 from the heading (inherited); '9/9 huyện, thành phố' -> 9 with total 9.",
    "Distractors: 'Số: 318/BC-UBND', 'Công văn số 5127/BTNMT-TNN ngày 20/8/2024', 'Bảng 1', section numbers '1.'-'4.', 'quý IV/2024', 'KT. CHỦ TỊCH'.",
]

emit("p688-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Cà Mau")
