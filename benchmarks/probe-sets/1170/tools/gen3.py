"""p1170-3: formal report (UBND tỉnh Bắc Ninh) on certificates 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cấp giấy chứng nhận lần đầu
Năm 2023, toàn tỉnh cấp 4.128 giấy chứng nhận lần đầu cho hộ gia đình, cá nhân, bằng 103,2% kế hoạch; lũy kế đến ngày 30/11/2023, tỷ lệ diện tích đất đã cấp giấy chứng nhận đạt 98,6% diện tích cần cấp.

Đơn vị tính: giấy chứng nhận
Địa phương | Kế hoạch | Thực hiện | Tỷ lệ (%)
TP Bắc Ninh | 850 | 912 | 107,3
TP Từ Sơn | 760 | 745 | 98,0
Yên Phong | 690 | 731 | 105,9
Tiên Du | 520 | 498 | 95,8
Các địa phương còn lại | 1.180 | 1.242 | 105,3
Tổng cộng | 4.000 | 4.128 | 103,2

2. Đăng ký biến động, xây dựng cơ sở dữ liệu
Văn phòng Đăng ký đất đai tỉnh và 8 chi nhánh đã giải quyết 68.940 hồ sơ đăng ký biến động, tăng 12,5% so với năm 2022; trong đó 21.306 hồ sơ chuyển nhượng, 9.874 hồ sơ thế chấp. Cơ sở dữ liệu địa chính đã hoàn thành tại 97/126 xã, phường, thị trấn.

II. NHIỆM VỤ NĂM 2024
Phấn đấu cấp 4.500 giấy chứng nhận lần đầu; hoàn thành cơ sở dữ liệu đất đai tại 100% đơn vị cấp xã trước ngày 31/12/2024; giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1%.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TNMT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("lũy kế đến ngày 30/11/2023", None, "2023-11-30")
TITLE23 = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
BY24 = per("trước ngày 31/12/2024", None, "2024-12-31")
IND = "giấy chứng nhận lần đầu"
ROWS = {"TP Bắc Ninh": "Bắc Ninh", "TP Từ Sơn": "Từ Sơn", "Yên Phong": "Yên Phong", "Tiên Du": "Tiên Du",
        "Các địa phương còn lại": None, "Tổng cộng": None}


def cell(anchor, number, value, row, col):
    # FIGURES.md, Tables: subject = row label + column label; a place label goes to location instead.
    # (first run: the caption indicator "giấy chứng nhận lần đầu" had been prefixed; removed, see REPORT.md)
    place = ROWS[row]
    label = "Tỷ lệ (%)" if col == "Tỷ lệ" else col
    subj = label if place else f"{row} {label.lower()}"
    kw = {}
    if col == "Kế hoạch":
        kw["status"] = "target"
    if col == "Tỷ lệ":
        kind, unit = "percent", "%"
    else:
        kind, unit = "count", "giấy chứng nhận"
    if place:
        kw["location"] = place
    return fig(anchor, number, value, kind, unit, subject=subj, period=inh(Y23), **kw)


FIGS = [
    fig("cấp 4.128 giấy", "4.128", 4128, "count", "giấy chứng nhận", percent=103.2,
        subject="giấy chứng nhận lần đầu cấp cho hộ gia đình, cá nhân", period=Y23),
    fig("đạt 98,6%", "98,6", 98.6, "percent", "%",
        subject="tỷ lệ diện tích đất đã cấp giấy chứng nhận", period=ASOF),
    cell("Bắc Ninh | 850", "850", 850, "TP Bắc Ninh", "Kế hoạch"),
    cell("850 | 912", "912", 912, "TP Bắc Ninh", "Thực hiện"),
    cell("912 | 107,3", "107,3", 107.3, "TP Bắc Ninh", "Tỷ lệ"),
    cell("Từ Sơn | 760", "760", 760, "TP Từ Sơn", "Kế hoạch"),
    cell("760 | 745", "745", 745, "TP Từ Sơn", "Thực hiện"),
    cell("745 | 98,0", "98,0", 98.0, "TP Từ Sơn", "Tỷ lệ"),
    cell("Yên Phong | 690", "690", 690, "Yên Phong", "Kế hoạch"),
    cell("690 | 731", "731", 731, "Yên Phong", "Thực hiện"),
    cell("731 | 105,9", "105,9", 105.9, "Yên Phong", "Tỷ lệ"),
    cell("Tiên Du | 520", "520", 520, "Tiên Du", "Kế hoạch"),
    cell("520 | 498", "498", 498, "Tiên Du", "Thực hiện"),
    cell("498 | 95,8", "95,8", 95.8, "Tiên Du", "Tỷ lệ"),
    cell("còn lại | 1.180", "1.180", 1180, "Các địa phương còn lại", "Kế hoạch"),
    cell("1.180 | 1.242", "1.242", 1242, "Các địa phương còn lại", "Thực hiện"),
    cell("1.242 | 105,3", "105,3", 105.3, "Các địa phương còn lại", "Tỷ lệ"),
    cell("Tổng cộng | 4.000", "4.000", 4000, "Tổng cộng", "Kế hoạch"),
    cell("4.000 | 4.128", "4.128", 4128, "Tổng cộng", "Thực hiện"),
    cell("4.128 | 103,2", "103,2", 103.2, "Tổng cộng", "Tỷ lệ"),
    fig("và 8 chi nhánh", "8", 8, "count", "chi nhánh", subject="chi nhánh Văn phòng Đăng ký đất đai"),
    fig("giải quyết 68.940 hồ sơ", "68.940", 68940, "count", "hồ sơ",
        change=chg("increase", 12.5, "%", "năm 2022"),
        subject="hồ sơ đăng ký biến động đã giải quyết", period=TITLE23),
    fig("21.306 hồ sơ", "21.306", 21306, "count", "hồ sơ", total=68940,
        subject="hồ sơ chuyển nhượng", period=TITLE23),
    fig("9.874 hồ sơ", "9.874", 9874, "count", "hồ sơ", total=68940,
        subject="hồ sơ thế chấp", period=TITLE23),
    fig("97/126", "97", 97, "count", "xã, phường, thị trấn", total=126,
        subject="xã, phường, thị trấn đã hoàn thành cơ sở dữ liệu địa chính"),
    fig("cấp 4.500 giấy", "4.500", 4500, "count", "giấy chứng nhận", status="target",
        subject="giấy chứng nhận lần đầu", period=Y24),
    fig("100% đơn vị", "100", 100, "percent", "%", status="target",
        subject="đơn vị cấp xã hoàn thành cơ sở dữ liệu đất đai", period=BY24),
    fig("dưới 1%", "1", 1, "percent", "%", approx="under", status="target",
        subject="tỷ lệ hồ sơ trễ hạn", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH BẮC NINH, 'Số: 412/BC-UBND', 'Bắc Ninh, ngày 18 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: giấy chứng nhận'; rows are districts (location) plus 'Các địa phương còn lại' and 'Tổng cộng' (Bắc Ninh).",
    "Columns: Kế hoạch (status target), Thực hiện, Tỷ lệ (%) (percent cells, the header overrides the Đơn vị tính). Cells get no totals;",
    "period 'Năm 2023' inherited from section 1. 'TP Bắc Ninh' row: location Bắc Ninh (the city, same name as the province).",
    "Distractors: Số: 412/BC-UBND, section numbers I./II./1./2., 'b/c', 'Lưu: VT, TNMT'.",
    "Section 2 figures take the title's 'năm 2023' (inherited). Section II targets take the heading 'NĂM 2024' (inherited), except",
    "100% whose own clause says 'trước ngày 31/12/2024'.",
    "revised after the first run: table subjects had the caption indicator prefixed; now row label + column label (place rows: column label only).",
]

if __name__ == "__main__":
    write("p1170-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Bắc Ninh")
