"""p935-3: formal report under a letterhead (UBND tỉnh Nghệ An) with a table flattened into '|' rows."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 527/BC-UBND
Nghệ An, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả chăm sóc người cao tuổi tại các cơ sở trợ giúp xã hội 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 96/KH-BCĐ ngày 15/3/2024 của Ban Chỉ đạo, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 512.370 người cao tuổi, chiếm 15,2% dân số; trong đó người từ 80 tuổi trở lên là 96.450 người. Số người cao tuổi có nhu cầu chăm sóc tập trung ước khoảng 1.800 người.

II. KẾT QUẢ THỰC HIỆN
1. Tính đến 30/6/2024, trên địa bàn tỉnh có 9 cơ sở chăm sóc người cao tuổi đang hoạt động (3 công lập, 6 ngoài công lập), tổng số 865 giường, đang chăm sóc 702 người cao tuổi, đạt 81,2% công suất. Chi tiết theo địa bàn:

Đơn vị tính: cơ sở, giường, người
TT | Địa bàn | Số cơ sở | Số giường | Người cao tuổi đang chăm sóc
1 | TP. Vinh | 4 | 410 | 352
2 | Thị xã Cửa Lò | 1 | 120 | 88
3 | Huyện Nghi Lộc | 2 | 185 | 146
4 | Huyện Diễn Châu | 1 | 90 | 71
5 | Huyện Quỳnh Lưu | 1 | 60 | 45
 | Tổng cộng | 9 | 865 | 702

2. Chi phí chăm sóc tại các cơ sở ngoài công lập từ 6,5 đến 12 triệu đồng/người/tháng; tại cơ sở công lập, người cao tuổi tự nguyện đóng góp 4,8 triệu đồng/người/tháng. 6 tháng đầu năm, các cơ sở tiếp nhận mới 118 người, giảm 6 người so với cùng kỳ năm 2023; có 37 người cao tuổi qua đời tại cơ sở.
3. Kinh phí ngân sách tỉnh bố trí cho công tác nuôi dưỡng ước đạt 14,6 tỷ đồng, bằng 52,1% dự toán năm.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến cuối năm 2024 tiếp nhận thêm khoảng 120 người; dự kiến đưa vào hoạt động 01 cơ sở chăm sóc người cao tuổi tại huyện Yên Thành với 150 giường trong quý IV/2024.

Nơi nhận:
- Bộ LĐTBXH;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = asof("Tính đến 30/6/2024", "2024-06-30")
TAB = inh(ASOF)
H1 = months("6 tháng đầu năm", 2024, 1, 6)
END = asof("đến cuối năm 2024", "2024-12-31")
Q4 = months("quý IV/2024", 2024, 10, 12)

ROWS = [  # (label, location, anchors for số cơ sở, số giường, người)
    ("TP. Vinh", "Vinh", ("Vinh | 4", "4"), ("4 | 410", "410"), ("410 | 352", "352")),
    ("Thị xã Cửa Lò", "Cửa Lò", ("Cửa Lò | 1", "1"), ("1 | 120", "120"), ("120 | 88", "88")),
    ("Huyện Nghi Lộc", "Nghi Lộc", ("Nghi Lộc | 2", "2"), ("2 | 185", "185"), ("185 | 146", "146")),
    ("Huyện Diễn Châu", "Diễn Châu", ("Diễn Châu | 1", "1"), ("1 | 90", "90"), ("90 | 71", "71")),
    ("Huyện Quỳnh Lưu", "Quỳnh Lưu", ("Quỳnh Lưu | 1", "1"), ("1 | 60", "60"), ("60 | 45", "45")),
    ("Tổng cộng", None, ("Tổng cộng | 9", "9"), ("9 | 865", "865"), ("865 | 702", "702")),
]
COLS = [("số cơ sở", "cơ sở"), ("số giường", "giường"), ("người cao tuổi đang chăm sóc", "người")]

TABLE = []
for label, loc, *cells in ROWS:
    for (anchor, num), (col, unit) in zip(cells, COLS):
        subj = col if loc else f"{col} tổng cộng"
        kw = {"location": loc} if loc else {}
        TABLE.append(F(anchor, num, float(num), "count", unit, subj, TAB, **kw))

FIGS = [
    F("hiện có 512.370 người cao tuổi", "512.370", 512370, "count", "người cao tuổi", "người cao tuổi",
      percent=15.2),
    F("người từ 80 tuổi trở lên là", "80", 80, "measure", "tuổi", "độ tuổi", approx="at_least",
      optional=True),
    F("là 96.450 người", "96.450", 96450, "count", "người", "người cao tuổi từ 80 tuổi trở lên",
      total=512370),
    F("ước khoảng 1.800 người", "1.800", 1800, "count", "người",
      "người cao tuổi có nhu cầu chăm sóc tập trung", approx="about", status="estimate"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi đang hoạt động", ASOF),
    F("(3 công lập", "3", 3, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi công lập", ASOF, total=9),
    F("6 ngoài công lập)", "6", 6, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập", ASOF,
      total=9),
    F("tổng số 865 giường", "865", 865, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi",
      ASOF),
    F("chăm sóc 702 người cao tuổi", "702", 702, "count", "người cao tuổi",
      "người cao tuổi đang được chăm sóc tại các cơ sở", ASOF, percent=81.2),
    *TABLE,
    F("từ 6,5 đến 12 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng",
      "chi phí chăm sóc tại các cơ sở ngoài công lập", value_max=12e6),
    F("đóng góp 4,8 triệu đồng/người/tháng", "4,8", 4.8e6, "money", "đồng/người/tháng",
      "mức người cao tuổi tự nguyện đóng góp tại cơ sở công lập"),
    F("tiếp nhận mới 118 người", "118", 118, "count", "người", "người cao tuổi các cơ sở tiếp nhận mới", H1,
      change=chg("decrease", 6, "người", "cùng kỳ năm 2023")),
    F("có 37 người cao tuổi", "37", 37, "count", "người cao tuổi", "người cao tuổi qua đời tại cơ sở", H1),
    F("ước đạt 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng",
      "kinh phí ngân sách tỉnh bố trí cho công tác nuôi dưỡng", inh(H1), percent=52.1, status="estimate"),
    F("thêm khoảng 120 người", "120", 120, "count", "người", "người cao tuổi tiếp nhận thêm", END,
      approx="about", status="target"),
    F("hoạt động 01 cơ sở", "01", 1, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi đưa vào hoạt động", Q4,
      status="forecast", location="Yên Thành"),
    F("với 150 giường", "150", 150, "count", "giường", "giường của cơ sở chăm sóc người cao tuổi mới", Q4,
      status="forecast", location="Yên Thành"),
]

NOTES = [
    "Báo cáo của UBND tỉnh Nghệ An (letterhead, Số: 527/BC-UBND, dateline 'Nghệ An, ngày 12 tháng 7 năm 2024').",
    "Flattened '|' table: every numeric cell is a figure; unit from the column / 'Đơn vị tính' line; the Địa bàn column is the",
    "location; the 'Tổng cộng' row is the province's (no location override); period 'Tính đến 30/6/2024' stands in the line",
    "before the table (inherited). Row numbers 1-5, section numbers I-III, 1-3, Số: 527, Kế hoạch số 96/KH-BCĐ are not figures.",
    "'(3 công lập, 6 ngoài công lập)' adds up to 9: total 9. 'giảm 6 người so với cùng kỳ năm 2023' = change of 118.",
    "'bằng 52,1% dự toán năm' = percent of 14,6 tỷ. '6 tháng đầu năm' in II.2 takes 2024 (the title and 30/6/2024 before it).",
    "'01 cơ sở' reads 1. 'đến cuối năm 2024' as a target end: start null, end 2024-12-31.",
]

if __name__ == "__main__":
    write("p935-3", TEXT, FIGS, NOTES, published="2024-07-12", location="Nghệ An")
