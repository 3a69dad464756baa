"""p1079-3: formal report (UBND tỉnh Quảng Trị), 6 tháng đầu năm 2024, flattened | table by district."""
from lib import Fig, per, chg, tgt, build

TEXT = """
UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 186/BC-UBND
Quảng Trị, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả hỗ trợ Hội Cựu chiến binh giúp hội viên phát triển kinh tế 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác ủy thác cho vay vốn
Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư, đến 30/6/2024 Hội CCB các cấp quản lý 412 tổ TK&VV, dư nợ ủy thác đạt 658,4 tỷ đồng, tăng 31,2 tỷ đồng so với 31/12/2023, đạt 96,5% kế hoạch năm. Kết quả theo địa phương:

Đơn vị tính dư nợ: triệu đồng
TT | Địa phương | Số tổ TK&VV | Số hộ còn dư nợ | Dư nợ đến 30/6/2024
1 | Hải Lăng | 86 | 3.412 | 142.560
2 | Triệu Phong | 79 | 3.105 | 128.930
3 | Vĩnh Linh | 74 | 2.876 | 119.470
4 | Gio Linh | 68 | 2.540 | 104.820
5 | Các địa phương khác | 105 | 4.037 | 162.620
 | Tổng cộng | 412 | 15.970 | 658.400

2. Phát triển kinh tế, giảm nghèo
6 tháng đầu năm, các cấp Hội giúp 148 hộ hội viên thoát nghèo, 215 hộ thoát cận nghèo; xây mới, sửa chữa 37 nhà "Nghĩa tình đồng đội" với kinh phí hơn 2,9 tỷ đồng. Toàn tỉnh có 5.284 mô hình kinh tế của hội viên, trong đó 1.127 mô hình cho thu nhập từ 100 triệu đồng/năm trở lên; 26 doanh nghiệp, 41 hợp tác xã và 97 tổ hợp tác do CCB làm chủ, giải quyết việc làm cho 3.860 lao động. Số hộ hội viên nghèo còn 392 hộ, chiếm 0,95% tổng số hộ hội viên.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu đến 31/12/2024 dư nợ ủy thác đạt 682 tỷ đồng; giảm ít nhất 150 hộ hội viên nghèo; tỷ lệ nợ quá hạn dưới 0,1%.

Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT.
"""

AS = per("đến 30/6/2024", None, "2024-06-30")
AS_I = per("đến 30/6/2024", None, "2024-06-30", inherited=True)
COL = per("Dư nợ đến 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = per("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
T = per("đến 31/12/2024", None, "2024-12-31")

FIGS = [
    Fig("quản lý 412 tổ", "412", 412, "count", "tổ", "tổ TK&VV do Hội CCB các cấp quản lý", AS),
    Fig("đạt 658,4 tỷ đồng", "658,4", 658.4e9, "money", "đồng", "dư nợ ủy thác", AS,
        percent=96.5, change=chg("increase", 31.2e9, "đồng", "31/12/2023")),
]

ROWS = [
    ("Hải Lăng", "1 | Hải Lăng | 86 | 3.412 | 142.560", "86", "3.412", "142.560"),
    ("Triệu Phong", "2 | Triệu Phong | 79 | 3.105 | 128.930", "79", "3.105", "128.930"),
    ("Vĩnh Linh", "3 | Vĩnh Linh | 74 | 2.876 | 119.470", "74", "2.876", "119.470"),
    ("Gio Linh", "4 | Gio Linh | 68 | 2.540 | 104.820", "68", "2.540", "104.820"),
    (None, "5 | Các địa phương khác | 105 | 4.037 | 162.620", "105", "4.037", "162.620"),
    (None, " | Tổng cộng | 412 | 15.970 | 658.400", "412", "15.970", "658.400"),
]
for place, line, a, b, c in ROWS:
    label = line.split(" | ")[1]
    extra = {"location": place} if place else {}
    suffix = "" if place else " " + label.lower()
    cells = line.split(" | ")
    # anchors: "| 86 |" style pieces, made unique by joining with the neighbour cell
    FIGS.append(Fig(f"{label} | {a}", a, int(a), "count", "tổ", "Số tổ TK&VV" + suffix, AS_I, **extra))
    FIGS.append(Fig(f"{a} | {b}", b, int(b.replace(".", "")), "count", "hộ", "Số hộ còn dư nợ" + suffix, AS_I, **extra))
    FIGS.append(Fig(f"{b} | {c}", c, int(c.replace(".", "")) * 1e6, "money", "đồng", "Dư nợ" + suffix, COL, **extra))

FIGS += [
    Fig("giúp 148 hộ", "148", 148, "count", "hộ", "hộ hội viên thoát nghèo", H1),
    Fig("215 hộ thoát cận nghèo", "215", 215, "count", "hộ", "hộ hội viên thoát cận nghèo", H1),
    Fig("sửa chữa 37 nhà", "37", 37, "count", "nhà", "nhà \"Nghĩa tình đồng đội\" xây mới, sửa chữa", H1),
    Fig("hơn 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "kinh phí xây, sửa nhà \"Nghĩa tình đồng đội\"", H1,
        approx="over"),
    Fig("có 5.284 mô hình", "5.284", 5284, "count", "mô hình", "mô hình kinh tế của hội viên"),
    Fig("trong đó 1.127 mô hình", "1.127", 1127, "count", "mô hình",
        "mô hình cho thu nhập từ 100 triệu đồng/năm trở lên", total=5284),
    Fig("từ 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "thu nhập của mô hình", approx="at_least",
        optional=True),
    Fig("26 doanh nghiệp", "26", 26, "count", "doanh nghiệp", "doanh nghiệp do CCB làm chủ"),
    Fig("41 hợp tác xã", "41", 41, "count", "hợp tác xã", "hợp tác xã do CCB làm chủ"),
    Fig("97 tổ hợp tác", "97", 97, "count", "tổ hợp tác", "tổ hợp tác do CCB làm chủ"),
    Fig("cho 3.860 lao động", "3.860", 3860, "count", "lao động", "lao động được giải quyết việc làm"),
    Fig("còn 392 hộ", "392", 392, "count", "hộ", "hộ hội viên nghèo", percent=0.95),
    Fig("đạt 682 tỷ đồng", "682", 682e9, "money", "đồng", "dư nợ ủy thác", T, status="target"),
    Fig("ít nhất 150 hộ", "150", 150, "count", "hộ", "hộ hội viên nghèo giảm", T, approx="at_least",
        status="target"),
    Fig("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", T, approx="under", status="target"),
]

NOTES = [
    "UBND tỉnh Quảng Trị, Báo cáo số 186/BC-UBND ngày 15/7/2024: Hội CCB giúp hội viên phát triển kinh tế 6 tháng đầu năm 2024.",
    "Not figures: Số 186/BC-UBND, Chỉ thị số 40-CT/TW ngày 22/11/2014, section numbers I./II./1./2., table row numbers TT 1-5,",
    "'6 THÁNG CUỐI NĂM 2024' heading, 'Nơi nhận'. The report date is the dateline (published).",
    "Flattened table: every numeric cell is a figure; district rows give location, 'Các địa phương khác'/'Tổng cộng' go to the subject",
    "(location Quảng Trị). 'Đơn vị tính dư nợ: triệu đồng' applies to the dư nợ column only (tổ, hộ from their headers). The dư nợ column",
    "takes its as-of period from its header (scored); the tổ/hộ columns inherit 'đến 30/6/2024' from the sentence above (not scored).",
    "Table cells get no total (the Tổng cộng row is its own figure). 'đạt 96,5% kế hoạch năm' is the percent of 658,4 tỷ.",
    "'Toàn tỉnh có 5.284 mô hình' (no period phrase in the sentence) gets no period; the 100 triệu threshold is optional.",
    "'Phấn đấu đến 31/12/2024' governs the three clauses after it (targets, as-of 2024-12-31).",
]

build("p1079-3", TEXT, FIGS, published="2024-07-15", location="Quảng Trị", notes=NOTES)
