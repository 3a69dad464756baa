"""p1030-3: UBND tỉnh Hà Tĩnh formal report on BĐVHX in 2023, with a flattened '|' table (revenue by service group)."""
from lib import F, P, CH, TG, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 387/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả hoạt động của hệ thống điểm bưu điện văn hóa xã năm 2023

Thực hiện Công văn số 1520/BTTTT-BC ngày 25/10/2023 của Bộ Thông tin và Truyền thông, UBND tỉnh báo cáo như sau:

I. THỰC TRẠNG MẠNG LƯỚI
1. Tính đến 30/11/2023, toàn tỉnh có 172 điểm BĐVHX tại 172/209 xã, phường, thị trấn; trong đó 146 điểm có kết nối internet (chiếm 84,9%). Bán kính phục vụ bình quân 2,6 km, mỗi điểm phục vụ khoảng 7.400 người.
2. Các điểm có 172 nhân viên, trong đó 95 người có trình độ trung cấp trở lên; thù lao bình quân 2,85 triệu đồng/người/tháng.

II. KẾT QUẢ HOẠT ĐỘNG
1. Năm 2023, doanh thu toàn mạng lưới ước đạt 9.846 triệu đồng, tăng 14,1% so với năm 2022, bằng 103,6% kế hoạch, chi tiết như sau:
Đơn vị tính: triệu đồng
STT | Nhóm dịch vụ | Năm 2022 | Ước TH năm 2023 | Kế hoạch năm 2024
1 | Bưu chính, chuyển phát | 3.105 | 3.622 | 3.900
2 | Chi trả BHXH, trợ cấp | 2.846 | 3.118 | 3.250
3 | Hành chính công | 512 | 764 | 900
4 | Phân phối hàng hóa | 2.166 | 2.342 | 2.450
 | Tổng cộng | 8.629 | 9.846 | 10.500
2. Các điểm đã chi trả lương hưu, trợ cấp BHXH cho 38.420 lượt người với số tiền 172,6 tỷ đồng; tiếp nhận 11.205 hồ sơ TTHC qua dịch vụ bưu chính công ích, tăng 1,8 lần so với năm 2022.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% điểm BĐVHX có kết nối internet, mỗi điểm tiếp nhận bình quân 6 hồ sơ TTHC/tháng; dự kiến sắp xếp, chuyển đổi 12 điểm hoạt động kém hiệu quả.

Nơi nhận:
- Bộ TT&TT;
- Lưu: VT, KGVX1.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
"""

ASOF = P("Tính đến 30/11/2023", None, "2023-11-30")
ASOFi = P("Tính đến 30/11/2023", None, "2023-11-30", inh=True)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Ước TH năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y23t = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)
M = 1e6

ROWS = [
    ("Bưu chính, chuyển phát", "doanh thu bưu chính, chuyển phát", ["3.105", "3.622", "3.900"]),
    ("Chi trả BHXH, trợ cấp", "doanh thu chi trả BHXH, trợ cấp", ["2.846", "3.118", "3.250"]),
    ("Hành chính công", "doanh thu hành chính công", ["512", "764", "900"]),
    ("Phân phối hàng hóa", "doanh thu phân phối hàng hóa", ["2.166", "2.342", "2.450"]),
    ("Tổng cộng", "tổng doanh thu các nhóm dịch vụ", ["8.629", "9.846", "10.500"]),
]

FIGS = [
    F("có 172 điểm", "172", "count", "điểm", "điểm BĐVHX", period=ASOF),
    F("172/209 xã", "172", "count", "xã, phường, thị trấn", "xã, phường, thị trấn có điểm BĐVHX", total=209, period=ASOF),
    F("146 điểm có kết nối", "146", "count", "điểm", "điểm BĐVHX có kết nối internet", total=172, percent=84.9, period=ASOF),
    F("bình quân 2,6 km", "2,6", "measure", "km", "bán kính phục vụ bình quân của điểm BĐVHX", period=ASOFi),
    F("khoảng 7.400 người", "7.400", "count", "người", "người mỗi điểm BĐVHX phục vụ", approx="about", period=ASOFi),
    F("có 172 nhân viên", "172", "count", "nhân viên", "nhân viên điểm BĐVHX"),
    F("95 người có trình độ", "95", "count", "người", "nhân viên có trình độ trung cấp trở lên", total=172),
    F("2,85 triệu đồng/người/tháng", "2,85", "money", "đồng/người/tháng", "thù lao bình quân nhân viên điểm BĐVHX"),
    F("ước đạt 9.846 triệu đồng", "9.846", "money", "đồng", "doanh thu toàn mạng lưới điểm BĐVHX",
      change=CH("increase", 14.1, "%", "năm 2022"), percent=103.6, status="estimate", period=Y23t),
]
for label, subj, cells in ROWS:
    prev = label
    for cell, per, st in zip(cells, (Y22, Y23, Y24), ("actual", "estimate", "target")):
        anchor = f"{prev} | {cell}"
        prev = anchor
        kw = {} if st == "actual" else {"status": st}
        FIGS.append(F(anchor, cell, "money", "đồng", subj, value=float(cell.replace(".", "")) * M, period=per, **kw))
FIGS += [
    F("cho 38.420 lượt người", "38.420", "count", "lượt người", "lượt người được chi trả lương hưu, trợ cấp BHXH", period=Y23i),
    F("số tiền 172,6 tỷ đồng", "172,6", "money", "đồng", "tiền lương hưu, trợ cấp BHXH chi trả qua các điểm", period=Y23i),
    F("tiếp nhận 11.205 hồ sơ", "11.205", "count", "hồ sơ", "hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích",
      change=CH("increase", 1.8, "lần", "năm 2022"), period=Y23i),
    F("Phấn đấu 100% điểm", "100", "percent", "%", "điểm BĐVHX có kết nối internet", status="target", period=Y24i),
    F("bình quân 6 hồ sơ", "6", "measure", "hồ sơ/tháng", "hồ sơ TTHC mỗi điểm tiếp nhận bình quân", status="target", period=Y24i),
    F("chuyển đổi 12 điểm", "12", "count", "điểm", "điểm BĐVHX hoạt động kém hiệu quả sắp xếp, chuyển đổi", status="forecast", period=Y24i),
]

write("p1030-3", TEXT, FIGS, published="2023-12-12", location="Hà Tĩnh", comments=[
    "UBND tỉnh Hà Tĩnh, Số: 387/BC-UBND: BĐVHX network (as of 30/11/2023), staff, revenue 2023 with a flattened '|' table.",
    "Table: 'Đơn vị tính: triệu đồng' applies to all cells; periods and statuses come from the column headers",
    "(Năm 2022 actual, Ước TH năm 2023 estimate, Kế hoạch năm 2024 target); the Tổng cộng row is a figure of its own; cells get no total.",
    "STT numbers 1-4 and section numbers I-III, 1-2 are not figures. 'tăng 1,8 lần so với năm 2022' is a change in lần.",
    "Section III takes its period from the heading 'PHƯƠNG HƯỚNG NĂM 2024' (inherited).",
    "Distractors: 'Số: 387/BC-UBND', 'Công văn số 1520/BTTTT-BC ngày 25/10/2023', 'KGVX1', the letterhead date.",
    "revised after the first run: unit of '6 hồ sơ TTHC/tháng' is 'hồ sơ/tháng' (head noun + denominator, as in the shared gold's 'doanh nghiệp/1.000 dân').",
])
