"""p652-3: Hải Dương formal report (Số: 187/BC-UBND) — school health 6 months 2024, flattened | table by school level."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 25 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác y tế trường học 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khám sức khỏe học sinh
6 tháng đầu năm 2024, các cơ sở giáo dục trên địa bàn tỉnh Hải Dương đã tổ chức khám, theo dõi sức khỏe cho 398.640 học sinh, đạt 96,4% tổng số học sinh. Kết quả theo cấp học:

Bảng 1. Kết quả khám sức khỏe theo cấp học
Cấp học | Số trường | Số học sinh được khám | Cận thị (%) | Thừa cân, béo phì (%)
Mầm non | 374 | 112.506 | 1,2 | 6,8
Tiểu học | 265 | 148.327 | 10,5 | 12,1
THCS | 268 | 101.944 | 24,7 | 9,6
THPT | 56 | 35.863 | 38,2 | 7,3

2. An toàn thực phẩm
Trong 6 tháng, ngành Y tế phối hợp kiểm tra 312 bếp ăn tập thể trường học, phát hiện 9 cơ sở vi phạm, xử phạt 46,5 triệu đồng. Không xảy ra ngộ độc thực phẩm tại trường học.

3. Nước sạch, nhà vệ sinh
Tính đến 30/6/2024, toàn tỉnh có 1.287/1.306 điểm trường có nước sạch, chiếm 98,5%; 1.251 điểm trường có nhà vệ sinh đạt chuẩn, chiếm 95,8%. Tổng kinh phí sửa chữa công trình vệ sinh là 1.286,4 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu đến hết năm 2024 có 100% học sinh tham gia bảo hiểm y tế; dự kiến bố trí 2,15 tỷ đồng cải tạo 35 nhà vệ sinh theo Nghị quyết số 12/2023/NQ-HĐND.

Nơi nhận:
- Bộ GD&ĐT, Bộ Y tế;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
IH = I(H1)
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)
ENDY = P("đến hết năm 2024", None, "2024-12-31")
M6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")

ROWS = [  # label, schools, pupils, myopia, overweight, anchors
    ("Mầm non", "mầm non", ("Mầm non | 374", "374", 374), ("374 | 112.506", "112.506", 112506), ("112.506 | 1,2", "1,2", 1.2), ("1,2 | 6,8", "6,8", 6.8)),
    ("Tiểu học", "tiểu học", ("Tiểu học | 265", "265", 265), ("265 | 148.327", "148.327", 148327), ("148.327 | 10,5", "10,5", 10.5), ("10,5 | 12,1", "12,1", 12.1)),
    ("THCS", "THCS", ("THCS | 268", "268", 268), ("268 | 101.944", "101.944", 101944), ("101.944 | 24,7", "24,7", 24.7), ("24,7 | 9,6", "9,6", 9.6)),
    ("THPT", "THPT", ("THPT | 56", "56", 56), ("56 | 35.863", "35.863", 35863), ("35.863 | 38,2", "38,2", 38.2), ("38,2 | 7,3", "7,3", 7.3)),
]

FIGS = [
    F("cho 398.640 học sinh", "398.640", 398640, "count", "học sinh", "học sinh được khám, theo dõi sức khỏe", H1, percent=96.4),
]
for _, lab, s, p, m, o in ROWS:
    FIGS += [
        F(s[0], s[1], s[2], "count", "trường", f"Số trường {lab}", IH),
        F(p[0], p[1], p[2], "count", "học sinh", f"Số học sinh {lab} được khám", IH),
        F(m[0], m[1], m[2], "percent", "%", f"Tỷ lệ cận thị {lab}", IH),
        F(o[0], o[1], o[2], "percent", "%", f"Tỷ lệ thừa cân, béo phì {lab}", IH),
    ]
FIGS += [
    F("kiểm tra 312 bếp ăn", "312", 312, "count", "bếp ăn tập thể", "bếp ăn tập thể trường học được kiểm tra", M6),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", M6),
    F("xử phạt 46,5 triệu đồng", "46,5", 46.5e6, "money", "đồng", "tiền xử phạt vi phạm an toàn thực phẩm", M6),
    F("có 1.287/1.306", "1.287", 1287, "count", "điểm trường", "điểm trường có nước sạch", ASOF, total=1306, percent=98.5),
    F("98,5%; 1.251 điểm", "1.251", 1251, "count", "điểm trường", "điểm trường có nhà vệ sinh đạt chuẩn", ASOF, percent=95.8),
    F("là 1.286,4 triệu đồng", "1.286,4", 1286.4e6, "money", "đồng", "Tổng kinh phí sửa chữa công trình vệ sinh", IH),
    F("có 100% học sinh", "100", 100, "percent", "%", "học sinh tham gia bảo hiểm y tế", ENDY, status="target"),
    F("bố trí 2,15 tỷ đồng", "2,15", 2.15e9, "money", "đồng", "kinh phí cải tạo nhà vệ sinh", H2, status="forecast"),
    F("cải tạo 35 nhà vệ sinh", "35", 35, "count", "nhà vệ sinh", "nhà vệ sinh được cải tạo", H2, status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Hải Dương, Báo cáo số 187/BC-UBND ngày 25/7/2024: y tế trường học 6 tháng đầu năm 2024 (khám sức khỏe, ATTP, nước sạch, nhà vệ sinh).",
    "Letterhead, 'Số: 187/BC-UBND', section numbers I./II./1./2./3., 'Bảng 1', 'Nghị quyết số 12/2023/NQ-HĐND', 'Nơi nhận' are not figures.",
    "Flattened '|' table: every numeric cell is a figure; subject = column + row label; the table has no period of its own, so its cells",
    "inherit '6 tháng đầu năm 2024' from the lead (unscored). '1.286,4 triệu đồng' = 1 286 400 000 đồng. 96,4%, 98,5%, 95,8% are share attributes.",
    "'Trong 6 tháng' (no year) takes 2024 from the lead. 1.251 has no total: no '/', no cue (only the 1.287 carries '/1.306'). The forecast in section II inherits the heading's '6 tháng cuối năm 2024'.",
]

if __name__ == "__main__":
    emit("p652-3", TEXT, COMMENTS, FIGS, published="2024-07-25", location="Hải Dương")
