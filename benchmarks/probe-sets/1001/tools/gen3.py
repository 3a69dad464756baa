from lib import F, P, I, C, T, write

TEXT = """
UBND TỈNH NGHỆ AN
Số: 438/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 20 tháng 11 năm 2023

BÁO CÁO
Kết quả rà soát sân bóng đá mini và sân thể thao công cộng trên địa bàn tỉnh

Thực hiện Công văn số 3125/BVHTTDL-TDTT của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ RÀ SOÁT
1. Số lượng sân
Tính đến ngày 31/10/2023, toàn tỉnh có 412 sân bóng đá mini và 1.186 sân thể thao công cộng cấp xã, thôn. Số liệu tại một số địa phương trọng điểm:

Đơn vị tính: sân
Địa phương | Sân bóng đá mini | Sân thể thao xã | Sân thể thao thôn, xóm
TP Vinh | 118 | 16 | 42
Thị xã Cửa Lò | 27 | 7 | 18
Huyện Nghi Lộc | 35 | 28 | 96
Huyện Diễn Châu | 41 | 36 | 128
Tổng cộng | 221 | 87 | 284

2. Diện tích, giá thuê
Tổng diện tích các sân bóng đá mini khoảng 41,2 ha, bình quân 1.000 m2/sân. Giá thuê phổ biến từ 200.000 đến 350.000 đồng/giờ. Có 97 sân (chiếm 23,5%) nằm trên đất nông nghiệp hoặc đất chưa chuyển mục đích sử dụng.

3. Cấp phép, xử lý vi phạm
Đến nay, 276 sân đã được cấp Giấy chứng nhận đủ điều kiện kinh doanh, đạt 67% tổng số sân. Trong 10 tháng năm 2023, các cơ quan chức năng đã xử phạt 34 trường hợp với số tiền 512 triệu đồng, buộc tháo dỡ 9 sân.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu 100% sân bóng đá mini kinh doanh có giấy chứng nhận; mỗi xã có ít nhất 1 sân thể thao đạt chuẩn.
2. Dự kiến bố trí khoảng 25 tỷ đồng từ ngân sách tỉnh hỗ trợ xây dựng 60 sân thể thao thôn, xóm.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Đình Long
"""

ASOF = P("Tính đến ngày 31/10/2023", None, "2023-10-31")
M10 = P("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = I(P("NĂM 2024", "2024-01-01", "2024-12-31"))
COLS = ["sân bóng đá mini", "sân thể thao xã", "sân thể thao thôn, xóm"]
ROWS = [("TP Vinh", "Vinh", ["118", "16", "42"]), ("Thị xã Cửa Lò", "Cửa Lò", ["27", "7", "18"]),
        ("Huyện Nghi Lộc", "Nghi Lộc", ["35", "28", "96"]), ("Huyện Diễn Châu", "Diễn Châu", ["41", "36", "128"]),
        ("Tổng cộng", None, ["221", "87", "284"])]

FIGS = [
    F("có 412 sân", "412", 412, "count", "sân", "sân bóng đá mini", ASOF),
    F("1.186 sân", "1.186", 1186, "count", "sân", "sân thể thao công cộng cấp xã, thôn", ASOF),
]
for label, loc, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, c in enumerate(cells):
        # anchor: the row label and the cells up to this one
        anchor = label + " | " + " | ".join(cells[: i + 1])
        subj = COLS[i] if loc else "tổng cộng " + COLS[i]
        FIGS.append(F(anchor, c, int(c), "count", "sân", subj, I(ASOF), location=loc))

FIGS += [
    F("khoảng 41,2 ha", "41,2", 41.2, "measure", "ha", "tổng diện tích các sân bóng đá mini", I(ASOF), approx="about"),
    F("bình quân 1.000 m2/sân", "1.000", 1000, "measure", "m2/sân", "diện tích bình quân sân bóng đá mini"),
    F("từ 200.000 đến 350.000 đồng/giờ", "200.000", 200000, "money", "đồng/giờ", "giá thuê sân phổ biến",
      value_max=350000),
    F("Có 97 sân", "97", 97, "count", "sân", "sân nằm trên đất nông nghiệp hoặc đất chưa chuyển mục đích sử dụng",
      I(ASOF), percent=23.5),
    F("276 sân", "276", 276, "count", "sân", "sân được cấp Giấy chứng nhận đủ điều kiện kinh doanh",
      P("Đến nay", None, "2023-11-20"), percent=67),
    F("xử phạt 34 trường hợp", "34", 34, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", M10),
    F("512 triệu đồng", "512", 512e6, "money", "đồng", "số tiền xử phạt", M10),
    F("tháo dỡ 9 sân", "9", 9, "count", "sân", "sân buộc tháo dỡ", M10),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "sân bóng đá mini kinh doanh có giấy chứng nhận", Y24,
      status="target"),
    F("ít nhất 1 sân", "1", 1, "count", "sân", "sân thể thao đạt chuẩn mỗi xã", Y24, approx="at_least",
      status="target"),
    F("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", "ngân sách tỉnh hỗ trợ xây dựng sân thể thao thôn, xóm", Y24,
      approx="about", status="forecast"),
    F("xây dựng 60 sân", "60", 60, "count", "sân", "sân thể thao thôn, xóm hỗ trợ xây dựng", Y24, status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Nghệ An, Số: 438/BC-UBND, 20/11/2023): mini pitches and public grounds as of 31/10/2023,",
    "flattened '|' table by locality (Đơn vị tính: sân; three column types; Tổng cộng row), area, prices, licences, fines, 2024 tasks.",
    "Not figures: Số 438/BC-UBND, Công văn số 3125/BVHTTDL-TDTT, section numbers I./II./1./2./3., the dateline, signer's name.",
    "Table cells: subject = column label (row label is a place -> location); Tổng cộng row: subject 'tổng cộng …', province location;",
    "no totals for cells; the period comes from the sentence above the table (inherited).",
    "'đạt 67% tổng số sân' after 276 sân is its percent; 97 sân (chiếm 23,5%) -> percent 23.5 (no number for the whole -> no total).",
    "Section II heading 'NĂM 2024' gives the year of the tasks (inherited); 'Phấn đấu' -> target, 'Dự kiến' -> forecast.",
]

write("p1001-3", TEXT, FIGS, NOTES, published="2023-11-20", location="Nghệ An")
