from lib import *

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND
Quảng Trị, ngày 20 tháng 9 năm 2023

BÁO CÁO
Kết quả Chiến dịch Thanh niên tình nguyện hè năm 2023

Thực hiện Kế hoạch số 86/KH-UBND ngày 22/5/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Huy động lực lượng
Toàn tỉnh có 18.640 lượt đoàn viên, thanh niên tham gia chiến dịch, đạt 103,6% kế hoạch, tăng 6,2% so với năm 2022; trong đó có 2.150 sinh viên tình nguyện đến từ 9 trường đại học, cao đẳng.

2. Các chỉ tiêu chủ yếu
Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2023
Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)
Công trình thanh niên cấp tỉnh | công trình | 12 | 14 | 116,7
Đường giao thông nông thôn làm mới, sửa chữa | km | 45 | 52,3 | 116,2
Cây xanh trồng mới | cây | 30.000 | 27.450 | 91,5
Nhà nhân ái xây mới | căn | 20 | 22 | 110,0
Giá trị công trình, phần việc | triệu đồng | 9.500 | 10.284,6 | 108,3

3. Hỗ trợ cộng đồng
Các cơ sở Đoàn mở 86 lớp học hè miễn phí cho 2.430 em thiếu nhi; khám bệnh, cấp thuốc cho 5.120 lượt người, trị giá khoảng 410 triệu đồng; vận động hiến 1.265 đơn vị máu. Hai huyện Hướng Hóa và Đakrông lần lượt mở 18 và 15 lớp dạy tiếng Việt cho trẻ em đồng bào Vân Kiều, Pa Kô.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 có ít nhất 20.000 lượt đoàn viên, thanh niên tham gia; giá trị công trình, phần việc đạt từ 10 đến 12 tỷ đồng.

Nơi nhận:
- Trung ương Đoàn;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

Y23 = I(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def row(label, unit, kind, mult, cells, anchors):
    out = []
    plan, done, rate = cells
    a_plan, a_done, a_rate = anchors
    out.append(F(a_plan, plan, parse_num(plan) * mult, kind, unit, status="target",
                 subject=f"{label} kế hoạch", period=Y23))
    out.append(F(a_done, done, parse_num(done) * mult, kind, unit,
                 subject=f"{label} thực hiện", period=Y23))
    out.append(F(a_rate, rate, parse_num(rate), "percent", "%",
                 subject=f"{label} tỷ lệ", period=Y23))
    return out


FIGS = [
    F("có 18.640 lượt", "18.640", 18640, "count", "lượt đoàn viên, thanh niên", percent=103.6,
      change=CH("increase", 6.2, baseline="năm 2022"),
      subject="lượt đoàn viên, thanh niên tham gia chiến dịch", period=Y23),
    F("có 2.150 sinh viên", "2.150", 2150, "count", "sinh viên", total=18640,
      subject="sinh viên tình nguyện", period=Y23),
    F("từ 9 trường", "9", 9, "count", "trường đại học, cao đẳng",
      subject="trường đại học, cao đẳng có sinh viên tình nguyện", period=Y23),
]
FIGS += row("Công trình thanh niên cấp tỉnh", "công trình", "count", 1, ("12", "14", "116,7"),
            ("| 12 |", "| 14 |", "116,7"))
FIGS += row("Đường giao thông nông thôn làm mới, sửa chữa", "km", "measure", 1, ("45", "52,3", "116,2"),
            ("| 45 |", "52,3", "116,2"))
FIGS += row("Cây xanh trồng mới", "cây", "count", 1, ("30.000", "27.450", "91,5"),
            ("30.000", "27.450", "91,5"))
FIGS += row("Nhà nhân ái xây mới", "căn", "count", 1, ("20", "22", "110,0"),
            ("| 20 |", "| 22 |", "110,0"))
FIGS += row("Giá trị công trình, phần việc", "đồng", "money", 1e6, ("9.500", "10.284,6", "108,3"),
            ("9.500", "10.284,6", "108,3"))
FIGS += [
    F("mở 86 lớp học", "86", 86, "count", "lớp học", subject="lớp học hè miễn phí", period=Y23),
    F("cho 2.430 em", "2.430", 2430, "count", "em", subject="thiếu nhi học lớp học hè miễn phí", period=Y23),
    F("cho 5.120 lượt người", "5.120", 5120, "count", "lượt người",
      subject="lượt người được khám bệnh, cấp thuốc", period=Y23),
    F("khoảng 410 triệu đồng", "410", 410e6, "money", "đồng", approx="about",
      subject="trị giá khám bệnh, cấp thuốc", period=Y23),
    F("hiến 1.265 đơn vị máu", "1.265", 1265, "count", "đơn vị máu", subject="đơn vị máu vận động hiến", period=Y23),
    F("Hai huyện Hướng Hóa", "Hai", 2, "count", "huyện", optional=True),
    F("mở 18 và 15 lớp", "18", 18, "count", "lớp", subject="lớp dạy tiếng Việt cho trẻ em đồng bào",
      period=Y23, location="Hướng Hóa"),
    F("18 và 15 lớp dạy", "15", 15, "count", "lớp", subject="lớp dạy tiếng Việt cho trẻ em đồng bào",
      period=Y23, location="Đakrông"),
    F("ít nhất 20.000 lượt", "20.000", 20000, "count", "lượt đoàn viên, thanh niên", approx="at_least",
      status="target", subject="lượt đoàn viên, thanh niên tham gia", period=Y24),
    F("từ 10 đến 12 tỷ đồng", "10", 10e9, "money", "đồng", value_max=12e9, status="target",
      subject="giá trị công trình, phần việc", period=Y24),
]

COMMENTS = [
    "Probe 772-3. Formal report under a letterhead (UBND tỉnh Quảng Trị, Số: 214/BC-UBND): results of the 2023 summer campaign with a '|' table.",
    "Table: every numeric cell is a figure; subject = row label + column; 'Kế hoạch' column -> target; 'Tỷ lệ (%)' cells are percent figures;",
    "'triệu đồng' in the unit column makes 9.500 = 9,5 tỷ đồng. Result cells carry no target (the plan cells are figures, as in shared h23).",
    "The year stands only in the title and the table caption, so sections 1-3 and the table inherit 'năm 2023' (unscored); section II states 'năm 2024'.",
    "'Hai huyện' optional. Distractors: Số: 214/BC-UBND, Kế hoạch số 86/KH-UBND ngày 22/5/2023, section numbers I./1./2./3./II., 'Bảng 1'.",
]

emit("p772-3", TEXT, COMMENTS, FIGS, published="2023-09-20", location="Quảng Trị")
