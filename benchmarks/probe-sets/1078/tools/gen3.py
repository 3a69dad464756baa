from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc
Số: 356/BC-UBND
Thừa Thiên Huế, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình kinh doanh dịch vụ cắm trại, glamping 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số lượng cơ sở
Tính đến ngày 30/9/2024, toàn tỉnh có 58 khu, điểm kinh doanh dịch vụ cắm trại, glamping, tăng 14 điểm so với cùng kỳ năm 2023; trong đó 31 điểm đã được cấp phép hoặc đăng ký kinh doanh, chiếm 53,4%. Tổng diện tích sử dụng khoảng 126 ha, với hơn 1.350 lều, bungalow các loại.
2. Kết quả đón khách
9 tháng đầu năm 2024, các khu cắm trại, glamping đón 236.800 lượt khách, đạt 78,9% kế hoạch năm, tăng 27,3% so với cùng kỳ. Cụ thể:
Đơn vị tính: lượt khách
Địa phương | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
Huyện A Lưới | 48.200 | 61.500 | 80.000
Huyện Nam Đông | 39.600 | 52.300 | 65.000
Huyện Phú Lộc | 54.100 | 71.400 | 90.000
Huyện Phong Điền | 24.000 | 30.100 | 40.000
Các địa phương khác | 20.100 | 21.500 | 25.000
Tổng cộng | 186.000 | 236.800 | 300.000
Doanh thu ước đạt 71,5 tỷ đồng, bằng 131% cùng kỳ. Giá thuê lều bình quân 250.000 đồng/khách/đêm; lều glamping ven phá Tam Giang, biển Lăng Cô từ 900.000 đến 1,8 triệu đồng/đêm. Các cơ sở giải quyết việc làm cho khoảng 640 lao động, trong đó 72% là người địa phương.

II. TỒN TẠI, HẠN CHẾ
Còn 27 điểm chưa có giấy phép, chủ yếu tại huyện Phú Lộc và A Lưới; 9 điểm sử dụng đất rừng phòng hộ, đất lúa sai mục đích. Trong 9 tháng, cơ quan chức năng xử phạt 6 cơ sở với tổng số tiền 148 triệu đồng.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 đón 300.000 lượt khách cắm trại, glamping.
2. Hoàn thành cấp phép cho ít nhất 15 điểm đủ điều kiện; dự kiến đưa vào hoạt động thêm 5 khu glamping tại huyện Nam Đông.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Thái
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
V = "lượt khách cắm trại, glamping"

FIGS = [
    F("có 58 khu", "58", 58, "count", "khu, điểm kinh doanh dịch vụ cắm trại, glamping",
      change=C("increase", 14, "điểm", "cùng kỳ năm 2023"), subject="khu, điểm kinh doanh dịch vụ cắm trại, glamping", period=ASOF),
    F("trong đó 31 điểm", "31", 31, "count", "điểm", total=58, percent=53.4,
      subject="điểm đã được cấp phép hoặc đăng ký kinh doanh", period=ASOF),
    F("khoảng 126 ha", "126", 126, "measure", "ha", approx="about", subject="tổng diện tích sử dụng", period=I(ASOF)),
    F("hơn 1.350 lều", "1.350", 1350, "count", "lều", approx="over", subject="lều, bungalow các loại", period=I(ASOF)),
    F("đón 236.800 lượt khách", "236.800", 236800, "count", "lượt khách", percent=78.9,
      change=C("increase", 27.3, "%", "cùng kỳ"), subject="lượt khách đến các khu cắm trại, glamping", period=M9),
]
ROWS = [("Huyện A Lưới", "A Lưới", ["48.200", "61.500", "80.000"]),
        ("Huyện Nam Đông", "Nam Đông", ["39.600", "52.300", "65.000"]),
        ("Huyện Phú Lộc", "Phú Lộc", ["54.100", "71.400", "90.000"]),
        ("Huyện Phong Điền", "Phong Điền", ["24.000", "30.100", "40.000"]),
        ("Các địa phương khác", None, ["20.100", "21.500", "25.000"]),
        ("Tổng cộng", None, ["186.000", "236.800", "300.000"])]
COLS = [(C23, "actual", "9 tháng năm 2023"), (C24, "actual", "9 tháng năm 2024"), (KH, "target", "kế hoạch năm 2024")]
for label, loc, cells in ROWS:
    for i, (cell, (per, st, colname)) in enumerate(zip(cells, COLS)):
        anchor = f"{label} | {cell}" if i == 0 else (f"{cells[i-1]} | {cell}")
        subj = f"{V} {colname}" if loc else f"{V} {label.lower()} {colname}"
        kw = {"location": loc} if loc else {}
        if st != "actual":
            kw["status"] = st
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "lượt khách", subject=subj, period=per, **kw))
FIGS += [
    F("ước đạt 71,5 tỷ đồng", "71,5", 71.5e9, "money", "đồng", percent=131, status="estimate",
      subject="doanh thu dịch vụ cắm trại, glamping", period=I(M9)),
    F("bình quân 250.000 đồng", "250.000", 250000, "money", "đồng/khách/đêm", subject="giá thuê lều bình quân", period=I(M9)),
    F("từ 900.000 đến 1,8 triệu", "900.000", 900000, "money", "đồng/đêm", value_max=1800000,
      subject="giá thuê lều glamping ven phá Tam Giang, biển Lăng Cô", period=I(M9)),
    F("khoảng 640 lao động", "640", 640, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm", period=I(M9)),
    F("trong đó 72%", "72", 72, "percent", "%", subject="lao động là người địa phương", period=I(M9)),
    F("Còn 27 điểm", "27", 27, "count", "điểm", subject="điểm chưa có giấy phép"),
    F("; 9 điểm", "9", 9, "count", "điểm", subject="điểm sử dụng đất rừng phòng hộ, đất lúa sai mục đích"),
    F("xử phạt 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở bị xử phạt",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("tổng số tiền 148 triệu đồng", "148", 148e6, "money", "đồng", subject="tổng số tiền xử phạt",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("đón 300.000 lượt khách", "300.000", 300000, "count", "lượt khách", status="target", subject=V,
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 15 điểm", "15", 15, "count", "điểm", approx="at_least", status="target",
      subject="điểm đủ điều kiện được cấp phép", period=Q4),
    F("thêm 5 khu glamping", "5", 5, "count", "khu glamping", status="forecast",
      subject="khu glamping đưa vào hoạt động thêm", period=Q4, location="Nam Đông"),
]

NOTES = [
    "Formal report, UBND tỉnh Thừa Thiên Huế (Số: 356/BC-UBND, 14/10/2024): camping/glamping sites as of 30/9/2024, visitors 9 months 2024",
    "with a flattened '|' table by district (Đơn vị tính: lượt khách; 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024; Tổng cộng row), revenue, prices, jobs, problems, Q4 tasks.",
    "Distractors: Số: 356/BC-UBND, the place-date line, section numbers I.-III. and 1.-2., '9 tháng' in headings and in 'Trong 9 tháng', QUÝ IV/2024, Trần Quốc Thái.",
    "Table cells: the row place is the location, column headers give period and status (Kế hoạch → target); 'Các địa phương khác' and 'Tổng cộng' stay provincial; no totals on cells.",
    "'Còn 27 điểm' (27 = 58 - 31) stands in another section with no part-of cue: no total. Section I.2 figures after the table inherit '9 tháng đầu năm 2024'.",
    "revised after the first run: table subjects now add the column label (FIGURES.md: 'row label and the column label'; cf. shared gold h23).",
    "Items under 'III. NHIỆM VỤ QUÝ IV/2024' inherit Q4 from the heading; 'Hoàn thành cấp phép cho ít nhất 15 điểm' is a task → target.",
]

if __name__ == "__main__":
    write("p1078-3", TEXT, NOTES, FIGS, published="2024-10-14", location="Thừa Thiên Huế")
