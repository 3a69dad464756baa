"""p507-7: closing of the provincial sports games, Sở VHTTDL Quảng Nam (department site, no dateline), one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM
Trang chủ | Thể dục thể thao | Phong trào

Bế mạc Đại hội Thể dục thể thao tỉnh lần thứ IX: TP Tam Kỳ dẫn đầu với 68 HCV

Sau gần 5 tháng tranh tài, Đại hội Thể dục thể thao tỉnh Quảng Nam lần thứ IX năm 2022 đã bế mạc tối 25/8 tại Nhà thi đấu đa năng tỉnh (số 2 Hùng Vương, TP Tam Kỳ). Đại hội có 3.850 vận động viên của 18 huyện, thị xã, thành phố tranh tài ở 22 môn, tăng 4 môn so với Đại hội lần thứ VIII.

Ban Tổ chức đã trao 1.236 bộ huy chương các loại; có 15 kỷ lục Đại hội bị phá. Riêng môn bóng đá nam có 16 đội với 352 cầu thủ tham gia. Bảng tổng sắp của 4 đơn vị dẫn đầu:

Đơn vị tính: huy chương

Đơn vị
HCV
HCB
HCĐ
Xếp hạng toàn đoàn
TP Tam Kỳ
68
52
47
1
Thị xã Điện Bàn
55
49
61
2
TP Hội An
41
38
44
3
Huyện Núi Thành
36
40
39
4

Đoàn TP Tam Kỳ có 412 vận động viên, chiếm 10,7% tổng số vận động viên của Đại hội. Tổng kinh phí tổ chức Đại hội khoảng 6,5 tỷ đồng, bình quân gần 1,7 triệu đồng/vận động viên. Qua Đại hội, ngành đã phát hiện 120 vận động viên năng khiếu để đào tạo, chuẩn bị cho Đại hội Thể dục thể thao toàn quốc lần thứ X năm 2026.

Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam
Địa chỉ: 62 Hùng Vương, TP Tam Kỳ | ĐT: 0235.3852.459
Tổng lượt truy cập: 1.284.507
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31", inh=True)

ROWS = [("TP Tam Kỳ", "Tam Kỳ", ["68", "52", "47", "1"], "Thị xã"),
        ("Thị xã Điện Bàn", "Điện Bàn", ["55", "49", "61", "2"], "TP Hội An"),
        ("TP Hội An", "Hội An", ["41", "38", "44", "3"], "Huyện"),
        ("Huyện Núi Thành", "Núi Thành", ["36", "40", "39", "4"], "\n")]
COLS = [("HCV", "huy chương", "count"), ("HCB", "huy chương", "count"), ("HCĐ", "huy chương", "count"),
        ("Xếp hạng toàn đoàn", "hạng", "rank")]


def table():
    out = []
    for label, place, cells, nxt in ROWS:
        for j, (col, unit, kind) in enumerate(COLS):
            n = cells[j]
            if j == 0:
                anchor = f"{label}\n{n}\n"
            else:
                anchor = f"{cells[j - 1]}\n{n}\n" + (cells[j + 1] if j < 3 else nxt)
            out.append(F(anchor, n, int(n), kind, unit, subject=col, period=Y22, location=place))
    return out


FIGS = [
    F("với 68 HCV", "68", 68, "count", "HCV", subject="HCV", period=Y22, location="Tam Kỳ"),
    F("có 3.850 vận động viên", "3.850", 3850, "count", "vận động viên",
      subject="vận động viên tham gia Đại hội Thể dục thể thao tỉnh lần thứ IX", period=Y22),
    F("của 18 huyện", "18", 18, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố có vận động viên tham gia", period=Y22),
    F("ở 22 môn", "22", 22, "count", "môn", change=CH("increase", 4, "môn", baseline="Đại hội lần thứ VIII"),
      subject="môn thi đấu", period=Y22),
    F("trao 1.236 bộ", "1.236", 1236, "count", "bộ huy chương", subject="bộ huy chương được trao", period=Y22),
    F("có 15 kỷ lục", "15", 15, "count", "kỷ lục", subject="kỷ lục Đại hội bị phá", period=Y22),
    F("có 16 đội", "16", 16, "count", "đội", subject="đội bóng đá nam", period=Y22),
    F("352 cầu thủ", "352", 352, "count", "cầu thủ", subject="cầu thủ bóng đá nam", period=Y22),
    F("của 4 đơn vị", "4", 4, "count", "đơn vị", subject="đơn vị dẫn đầu bảng tổng sắp", period=Y22,
      optional=True),
] + table() + [
    F("có 412 vận động viên", "412", 412, "count", "vận động viên", percent=10.7,
      subject="vận động viên đoàn TP Tam Kỳ", period=Y22, location="Tam Kỳ"),
    F("khoảng 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", approx="about",
      subject="tổng kinh phí tổ chức Đại hội", period=Y22),
    F("gần 1,7 triệu đồng", "1,7", 1.7e6, "money", "đồng/vận động viên", approx="nearly",
      subject="kinh phí bình quân", period=Y22),
    F("phát hiện 120 vận động viên", "120", 120, "count", "vận động viên",
      subject="vận động viên năng khiếu được phát hiện", period=Y22),
]

COMMENTS = [
    "Sở VHTTDL Quảng Nam (department site, no dateline, footer counter): bế mạc Đại hội TDTT tỉnh lần thứ IX năm 2022; one-cell-per-line table.",
    "Table: every numeric cell is a figure; 'Đơn vị tính: huy chương' gives the medal columns' unit; the 'Xếp hạng toàn đoàn' column is",
    "a rank (unit hạng); the row labels are districts/towns/cities -> location, so the subject is the column label. No period column:",
    "the games' year (năm 2022, in the lead) is inherited by all figures (not scored). No 'Tổng' column: no totals in the table.",
    "'412 vận động viên, chiếm 10,7% tổng số vận động viên' -> percent 10,7 (the whole is not written here: no total).",
    "'4 đơn vị dẫn đầu' only introduces the table (optional). '1,7 triệu đồng/vận động viên' is a money rate.",
    "Not figures: 'lần thứ IX', 'lần thứ VIII', 'lần thứ X năm 2026', '5 tháng' (duration), 'tối 25/8', 'số 2 Hùng Vương',",
    "'62 Hùng Vương', phone 0235.3852.459, 'Tổng lượt truy cập: 1.284.507'.",
]

if __name__ == "__main__":
    emit("p507-7", TEXT, COMMENTS, FIGS, published=None, location="Quảng Nam")
