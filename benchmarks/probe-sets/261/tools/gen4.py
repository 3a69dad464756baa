from lib import F, P, C, T, build

text = """
ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả cấp căn cước, định danh điện tử năm 2024

Thực hiện Kế hoạch số 1460/KH-UBND ngày 28/4/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp căn cước, định danh điện tử
Tính đến ngày 30/11/2024, toàn tỉnh đã cấp 468.215 thẻ căn cước công dân và căn cước, đạt 99,1% số công dân thuộc diện cấp; thu nhận 352.600 hồ sơ định danh điện tử mức độ 2, đã kích hoạt 298.470 tài khoản (đạt 84,6%).

Kết quả kích hoạt tài khoản định danh điện tử một số đơn vị cấp huyện:
STT | Đơn vị | Hồ sơ thu nhận (hồ sơ) | Đã kích hoạt (tài khoản) | Tỷ lệ kích hoạt (%)
1 | Thành phố Điện Biên Phủ | 52.310 | 48.925 | 93,5
2 | Huyện Điện Biên | 81.460 | 70.120 | 86,1
3 | Huyện Mường Nhé | 24.870 | 17.850 | 71,8
4 | Huyện Tủa Chùa | 28.540 | 21.960 | 76,9

2. Làm sạch dữ liệu dân cư
Năm 2024, Công an tỉnh đã xác thực, làm sạch 612.450 trường hợp dữ liệu dân cư; 10/10 huyện, thị xã, thành phố tổ chức cấp căn cước lưu động tại 130/130 xã, phường, thị trấn.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kích hoạt thêm tối thiểu 40.000 tài khoản định danh điện tử, nâng tỷ lệ kích hoạt toàn tỉnh lên trên 90%; 100% hồ sơ cấp căn cước được tiếp nhận, trả kết quả đúng hạn.

Nơi nhận:
- Bộ Công an (C06);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
ASi = P("Tính đến ngày 30/11/2024", None, "2024-11-30", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C1, C2, C3 = "hồ sơ thu nhận", "tài khoản đã kích hoạt", "tỷ lệ kích hoạt"
rows = [("Điện Biên Phủ", "52.310", "48.925", "93,5"), ("Điện Biên", "81.460", "70.120", "86,1"),
        ("Mường Nhé", "24.870", "17.850", "71,8"), ("Tủa Chùa", "28.540", "21.960", "76,9")]

figs = [
    F("cấp 468.215 thẻ", "468.215", 468215, "count", "thẻ căn cước", "thẻ căn cước công dân và căn cước đã cấp",
      percent=99.1, period=AS),
    F("thu nhận 352.600 hồ sơ", "352.600", 352600, "count", "hồ sơ", "hồ sơ định danh điện tử mức độ 2 thu nhận",
      period=AS),
    F("kích hoạt 298.470 tài khoản", "298.470", 298470, "count", "tài khoản", "tài khoản định danh điện tử đã kích hoạt",
      percent=84.6, period=AS),
]
for place, a, b, c in rows:
    figs += [
        F(f"{place} | {a}", a, int(a.replace(".", "")), "count", "hồ sơ", C1, location=place, period=ASi),
        F(f"{a} | {b}", b, int(b.replace(".", "")), "count", "tài khoản", C2, location=place, period=ASi),
        F(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%", C3, location=place, period=ASi),
    ]
figs += [
    F("làm sạch 612.450 trường hợp", "612.450", 612450, "count", "trường hợp", "trường hợp dữ liệu dân cư được xác thực, làm sạch",
      period=Y24),
    F("10/10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tổ chức cấp căn cước lưu động",
      total=10, period=Y24),
    F("130/130 xã", "130", 130, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được tổ chức cấp căn cước lưu động",
      total=130, period=Y24),
    F("tối thiểu 40.000 tài khoản", "40.000", 40000, "count", "tài khoản", "tài khoản định danh điện tử kích hoạt thêm",
      approx="at_least", status="target", period=Y25i),
    F("lên trên 90%", "90", 90, "percent", "%", "tỷ lệ kích hoạt toàn tỉnh", approx="over", status="target", period=Y25i),
    F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ cấp căn cước được tiếp nhận, trả kết quả đúng hạn",
      status="target", period=Y25i),
]

comments = [
    "Formal report with letterhead (UBND tỉnh Điện Biên, 'Số: 318/BC-UBND'), dated by the place-and-date line 'Điện Biên, ngày 16 tháng 12 năm 2024'.",
    "Flattened '|' table: rows are districts (location), columns 'Hồ sơ thu nhận (hồ sơ)', 'Đã kích hoạt (tài khoản)', 'Tỷ lệ kích hoạt (%)';",
    "units from the column brackets; STT numbers are not figures; period 'Tính đến ngày 30/11/2024' from the text above the table (inherited).",
    "Distractors: 'Kế hoạch số 1460/KH-UBND ngày 28/4/2023', 'mức độ 2', section numbers I./II./1./2., 'Bộ Công an (C06)', 'Lưu: VT, NC'.",
    "'đạt 99,1%' and '(đạt 84,6%)' are the shares of their counts. '10/10', '130/130' totals. Tasks under the heading 'NHIỆM VỤ NĂM 2025' are targets;",
    "the year stands only in the heading line, so their period is inherited. 'Thành phố Điện Biên Phủ' and 'Huyện Điện Biên' are distinct districts.",
]
build(4, text, comments, "2024-12-16", "Điện Biên", figs)
