"""p934-3: formal report of UBND tỉnh Sóc Trăng, 6 months 2023, CCCD and e-ID, flattened '|' table by district."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 12 tháng 7 năm 2023

BÁO CÁO
Kết quả cấp căn cước công dân và định danh điện tử 6 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cấp căn cước công dân gắn chíp
Thực hiện Kế hoạch số 38/KH-UBND ngày 15/02/2023, 6 tháng đầu năm 2023 Công an tỉnh thu nhận 64.215 hồ sơ đề nghị cấp căn cước công dân, bằng 107% so với cùng kỳ; lũy kế đến ngày 30/6/2023 đã thu nhận 1.032.476 hồ sơ, đạt 99,1% số công dân đủ điều kiện. Kết quả theo địa bàn:

Đơn vị tính: hồ sơ
STT | Địa bàn | Hồ sơ CCCD | Hồ sơ ĐDĐT mức độ 2
1 | TP Sóc Trăng | 12.480 | 41.362
2 | Thị xã Vĩnh Châu | 9.105 | 28.917
3 | Huyện Mỹ Xuyên | 8.732 | 30.455
4 | Huyện Trần Đề | 7.264 | 24.080
5 | Các huyện, thị xã còn lại | 26.634 | 96.586
| Tổng cộng | 64.215 | 221.400

2. Cấp tài khoản định danh điện tử
Tính đến ngày 30/6/2023, toàn tỉnh thu nhận 221.400 hồ sơ đề nghị cấp tài khoản định danh điện tử mức độ 2, đạt 52,3% chỉ tiêu được giao; đã kích hoạt 156.918 tài khoản. Có 11/11 huyện, thị xã, thành phố triển khai tiếp nhận hồ sơ tại Công an cấp xã.

3. Đăng ký, quản lý cư trú
Trong kỳ, Công an các địa phương giải quyết 18.602 hồ sơ đăng ký thường trú, 7.349 hồ sơ đăng ký tạm trú; trễ hạn 12 hồ sơ, chiếm 0,05%. Thời gian giải quyết bình quân 4,2 ngày/hồ sơ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023
Phấn đấu đến ngày 31/12/2023 thu nhận hồ sơ cấp căn cước công dân cho 100% công dân đủ điều kiện; kích hoạt tối thiểu 450.000 tài khoản định danh điện tử, tương đương 60% dân số từ 14 tuổi trở lên.

Nơi nhận:
- Bộ Công an (C06);
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
ASOF = P("đến ngày 30/6/2023", None, "2023-06-30")
KY = P("Trong kỳ", "2023-01-01", "2023-06-30")
END = P("đến ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    F("tỉnh thu nhận 64.215 hồ sơ", "64.215", 64215, "count", "hồ sơ",
      percent=107,
      subject="hồ sơ đề nghị cấp căn cước công dân thu nhận", period=H1),
    F("thu nhận 1.032.476 hồ sơ", "1.032.476", 1032476, "count", "hồ sơ", percent=99.1,
      subject="hồ sơ đề nghị cấp căn cước công dân thu nhận lũy kế", period=ASOF),
]
ROWS = [("TP Sóc Trăng", "Sóc Trăng", "12.480", "41.362"),
        ("Thị xã Vĩnh Châu", "Vĩnh Châu", "9.105", "28.917"),
        ("Huyện Mỹ Xuyên", "Mỹ Xuyên", "8.732", "30.455"),
        ("Huyện Trần Đề", "Trần Đề", "7.264", "24.080"),
        ("Các huyện, thị xã còn lại", None, "26.634", "96.586"),
        ("Tổng cộng", None, "64.215", "221.400")]
for label, place, a, b in ROWS:
    extra = "" if place else " " + label.lower()
    for num, col, anchor in ((a, "hồ sơ CCCD", f"{label} | {a}"), (b, "hồ sơ ĐDĐT mức độ 2", f"{a} | {b}")):
        kw = {"location": place} if place else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "count", "hồ sơ",
                      subject=col + extra, period=I(H1), **kw))
FIGS += [
    F("toàn tỉnh thu nhận 221.400 hồ sơ", "221.400", 221400, "count", "hồ sơ", percent=52.3,
      subject="hồ sơ đề nghị cấp tài khoản định danh điện tử mức độ 2 thu nhận",
      period=P("Tính đến ngày 30/6/2023", None, "2023-06-30")),
    F("kích hoạt 156.918 tài khoản", "156.918", 156918, "count", "tài khoản",
      subject="tài khoản định danh điện tử đã kích hoạt",
      period=P("Tính đến ngày 30/6/2023", None, "2023-06-30")),
    F("Có 11/11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", total=11,
      subject="huyện, thị xã, thành phố triển khai tiếp nhận hồ sơ tại Công an cấp xã"),
    F("giải quyết 18.602 hồ sơ", "18.602", 18602, "count", "hồ sơ",
      subject="hồ sơ đăng ký thường trú giải quyết", period=KY),
    F("7.349 hồ sơ", "7.349", 7349, "count", "hồ sơ",
      subject="hồ sơ đăng ký tạm trú giải quyết", period=KY),
    F("trễ hạn 12 hồ sơ", "12", 12, "count", "hồ sơ", percent=0.05,
      subject="hồ sơ đăng ký cư trú trễ hạn", period=KY),
    F("bình quân 4,2 ngày/hồ sơ", "4,2", 4.2, "measure", "ngày/hồ sơ",
      subject="thời gian giải quyết bình quân hồ sơ đăng ký cư trú", period=I(KY)),
    F("cho 100% công dân", "100", 100, "percent", "%", status="target",
      subject="công dân đủ điều kiện được thu nhận hồ sơ cấp căn cước công dân", period=END),
    F("tối thiểu 450.000 tài khoản", "450.000", 450000, "count", "tài khoản", approx="at_least",
      percent=60, status="target", subject="tài khoản định danh điện tử kích hoạt", period=END),
    F("từ 14 tuổi trở lên", "14", 14, "measure", "tuổi", approx="at_least", optional=True),
]

COMMENTS = [
    "Báo cáo số 187/BC-UBND của UBND tỉnh Sóc Trăng, ngày 12/7/2023 (dateline '<place>, ngày … tháng … năm …').",
    "Table flattened with '|': every numeric cell is a figure; subject = column label (+ row label when it is not a place); place rows go to",
    "location; the 'Tổng cộng' row and 'Các huyện, thị xã còn lại' stay Sóc Trăng. Unit 'hồ sơ' from 'Đơn vị tính'. The period comes from the title",
    "'6 tháng đầu năm 2023' above the table (inherited). STT numbers 1-5, section numbers, 'Số: 187/BC-UBND', 'Kế hoạch số 38/KH-UBND ngày",
    "15/02/2023', 'mức độ 2', '6 tháng cuối năm 2023' (heading) are not figures. 'bằng 107% so với cùng kỳ' is a share (percent 107), as FIGURES.md reads 'bằng … cùng kỳ'.",
    "'Trong kỳ' in a half-year report is the report period (cf. 'trong tháng' in a monthly report), so it is stated in the sentence.",
]

build("p934-3", TEXT, FIGS, COMMENTS, published="2023-07-12", location="Sóc Trăng")
