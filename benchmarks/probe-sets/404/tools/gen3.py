from lib import *

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 215/BC-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình phát triển hạ tầng viễn thông 6 tháng đầu năm 2024

1. Kết quả chung
Trong 6 tháng đầu năm 2024, các doanh nghiệp đã lắp đặt mới 184 trạm BTS, nâng tổng số trạm trên địa bàn tỉnh lên 3.512 trạm. Tổng số thuê bao di động ước đạt 1,29 triệu thuê bao, đạt 98,5% kế hoạch năm; thuê bao Internet băng rộng cố định đạt 296.800 thuê bao, tăng 7,2% so với cùng kỳ năm 2023.

2. Hạ tầng viễn thông theo địa bàn (tính đến 30/6/2024)
Địa bàn | Trạm BTS (trạm) | Trạm 4G (trạm) | Hộ dùng cáp quang (hộ) | Tỷ lệ hộ dùng cáp quang (%)
TP Quảng Ngãi | 742 | 615 | 68.420 | 93,5
Thị xã Đức Phổ | 356 | 281 | 27.150 | 84,1
Huyện Bình Sơn | 498 | 402 | 38.960 | 86,7
Huyện Trà Bồng | 164 | 97 | 5.830 | 52,4
Toàn tỉnh | 3.512 | 2.746 | 271.300 | 78,9

3. Tồn tại, hạn chế
Huyện đảo Lý Sơn mới có 12 trạm 4G; còn 9 thôn thuộc các huyện Sơn Tây, Minh Long chưa có sóng di động ổn định.

4. Nhiệm vụ 6 tháng cuối năm
Phấn đấu đến 31/12/2024 phát triển thêm 150 trạm BTS, trong đó ít nhất 30 trạm 5G; tỷ lệ hộ dùng cáp quang toàn tỉnh đạt 82%.

Nơi nhận:
- Bộ TT&TT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, BCVT.
GIÁM ĐỐC
Trần Văn Bảy
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
D30 = P("tính đến 30/6/2024", None, "2024-06-30", True)
E24 = P("đến 31/12/2024", None, "2024-12-31")

COLS = [("Trạm BTS", "count", "trạm"), ("Trạm 4G", "count", "trạm"),
        ("Hộ dùng cáp quang", "count", "hộ"), ("Tỷ lệ hộ dùng cáp quang", "percent", "%")]
ROWS = [("TP Quảng Ngãi", "Quảng Ngãi", ["742", "615", "68.420", "93,5"]),
        ("Thị xã Đức Phổ", "Đức Phổ", ["356", "281", "27.150", "84,1"]),
        ("Huyện Bình Sơn", "Bình Sơn", ["498", "402", "38.960", "86,7"]),
        ("Huyện Trà Bồng", "Trà Bồng", ["164", "97", "5.830", "52,4"]),
        ("Toàn tỉnh", "Quảng Ngãi", ["3.512", "2.746", "271.300", "78,9"])]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("mới 184 trạm", "184", 184, "count", "trạm", "trạm BTS lắp đặt mới", period=H6),
    F("lên 3.512 trạm", "3.512", 3512, "count", "trạm", "tổng số trạm BTS trên địa bàn tỉnh", period=H6),
    F("ước đạt 1,29 triệu", "1,29", 1290000, "count", "thuê bao", "tổng số thuê bao di động",
      status="estimate", percent=98.5, period=H6i),
    F("đạt 296.800 thuê bao", "296.800", 296800, "count", "thuê bao", "thuê bao Internet băng rộng cố định",
      status="estimate", change=C("increase", 7.2, "%", "cùng kỳ năm 2023"), period=H6i),
]
for label, loc, cells in ROWS:
    line = f"{label} | " + " | ".join(cells)
    for j, ((col, kind, unit), cell) in enumerate(zip(COLS, cells)):
        # anchor: the row label and every cell up to this one keeps it unique
        anchor = f"{label} | " + " | ".join(cells[:j + 1]) + (" |" if j < 3 else "\n")
        subj = col  # 'Toàn tỉnh' names the province: a place label goes to location, not subject
        FIGS.append(F(anchor, cell, num(cell), kind, unit, subj, location=loc, period=D30))

FIGS += [
    F("có 12 trạm 4G", "12", 12, "count", "trạm", "trạm 4G", location="Lý Sơn"),
    F("còn 9 thôn", "9", 9, "count", "thôn", "thôn chưa có sóng di động ổn định"),
    F("thêm 150 trạm", "150", 150, "count", "trạm", "trạm BTS phát triển thêm", status="target", period=E24),
    F("ít nhất 30 trạm", "30", 30, "count", "trạm", "trạm 5G phát triển thêm", approx="at_least", total=150,
      status="target", period=E24),
    F("toàn tỉnh đạt 82%", "82", 82, "percent", "%", "tỷ lệ hộ dùng cáp quang toàn tỉnh", status="target", period=E24),
]

COMMENTS = [
    "Formal report with letterhead (Sở TT&TT Quảng Ngãi, 'Số: 215/BC-STTTT'); the place-and-date line 'Quảng Ngãi, ngày 05 tháng 7 năm 2024' is its date.",
    "Flattened '|' table: header row with the unit of each column in brackets; every numeric cell is a figure; the district is the location",
    "(TP Quảng Ngãi = the city, normalised 'Quảng Ngãi'; 'Toàn tỉnh' = the province); subject = column label; period from the section heading",
    "'(tính đến 30/6/2024)' (inherited, not in the cell's line). No totals for table cells (as in probe set 205).",
    "'lắp đặt mới 184 trạm …, nâng tổng số … lên 3.512 trạm': no part-of cue, no total. 'đạt 98,5% kế hoạch năm' → percent attribute.",
    "The ';' clause after 'ước đạt' shares the estimate (as h28). Section 4 'Phấn đấu đến 31/12/2024' → targets, as-of period; 'ít nhất 30 trạm 5G' part of 150.",
    "Distractors: document number, section numbers 1.-4., dates, 'Lưu: VT, BCVT', '(b/c)', signer 'Trần Văn Bảy' (a number word in a name), '4G'/'5G'.",
    "revised after the first run: 'Toàn tỉnh' row subjects lose 'toàn tỉnh' (a place label goes to location, FIGURES.md Tables).",
    "'9 thôn thuộc các huyện Sơn Tây, Minh Long' names two districts: location stays the province.",
]

build("p404-3", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Quảng Ngãi")
