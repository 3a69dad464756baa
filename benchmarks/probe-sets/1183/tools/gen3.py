"""p1183-3: formal report (UBND tỉnh Quảng Trị) on forestry seedlings 2023, flattened | table by district."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 25 tháng 01 năm 2024

BÁO CÁO
Kết quả sản xuất, cung ứng giống cây lâm nghiệp năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Hệ thống vườn ươm
Đến ngày 31/12/2023, toàn tỉnh có 214 vườn ươm giống cây lâm nghiệp với tổng diện tích 96,5 ha; trong đó có 28 vườn ươm đủ điều kiện theo Thông tư số 22/2021/TT-BNNPTNT.

2. Sản lượng cây giống
Năm 2023, các vườn ươm đã sản xuất 61,2 triệu cây giống, đạt 102% kế hoạch; trong đó cây keo lai nuôi cấy mô 9,4 triệu cây, chiếm 15,4%. Cây giống xuất vườn theo địa bàn:
Đơn vị tính: nghìn cây
Địa bàn | Cây keo | Cây bản địa | Tổng cộng
Cam Lộ | 13.250 | 420 | 13.670
Vĩnh Linh | 15.830 | 365 | 16.195
Gio Linh | 10.480 | 210 | 10.690
Các địa bàn khác | 17.960 | 1.285 | 19.245
Tổng cộng | 57.520 | 2.280 | 59.800

3. Giá trị và lao động
Giá trị sản xuất giống ước đạt 48,6 tỷ đồng. Giá bình quân cây keo mô 1.800 đồng/cây, cao gấp 2,5 lần cây keo hạt. Các vườn ươm tạo việc làm cho khoảng 1.100 lao động.

II. KẾ HOẠCH NĂM 2024
Phấn đấu sản xuất 65 triệu cây giống, trong đó cây mô, cây hom chiếm từ 20 đến 25%; nâng số vườn ươm đủ điều kiện lên 40 vườn.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H23 = per("KẾT QUẢ THỰC HIỆN NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
K24 = per("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = {"Cây keo": "cây keo xuất vườn", "Cây bản địa": "cây bản địa xuất vườn",
        "Tổng cộng": "tổng cộng cây giống xuất vườn"}


def cell(anchor, number, value, place, col):
    loc = {"Các địa bàn khác": None, "Tổng cộng": None}.get(place, place)
    subject = COLS[col] + (" các địa bàn khác" if place == "Các địa bàn khác" else "")
    if place == "Tổng cộng" and col != "Tổng cộng":
        subject = "tổng cộng " + COLS[col]
    kw = {"location": loc} if loc else {}
    return fig(anchor, number, value * 1000, "count", "cây", subject=subject, period=inh(Y23), **kw)


FIGS = [
    fig("có 214 vườn ươm", "214", 214, "count", "vườn ươm", subject="vườn ươm giống cây lâm nghiệp", period=ASOF),
    fig("tích 96,5 ha", "96,5", 96.5, "measure", "ha", subject="tổng diện tích vườn ươm giống cây lâm nghiệp",
        period=ASOF),
    fig("có 28 vườn ươm", "28", 28, "count", "vườn ươm", total=214,
        subject="vườn ươm đủ điều kiện", period=ASOF),
    fig("sản xuất 61,2 triệu", "61,2", 61_200_000, "count", "cây giống", percent=102,
        subject="cây giống các vườn ươm đã sản xuất", period=Y23),
    fig("mô 9,4 triệu", "9,4", 9_400_000, "count", "cây", total=61_200_000, percent=15.4,
        subject="cây keo lai nuôi cấy mô", period=Y23),
    cell("Cam Lộ | 13.250", "13.250", 13250, "Cam Lộ", "Cây keo"),
    cell("13.250 | 420", "420", 420, "Cam Lộ", "Cây bản địa"),
    cell("420 | 13.670", "13.670", 13670, "Cam Lộ", "Tổng cộng"),
    cell("Vĩnh Linh | 15.830", "15.830", 15830, "Vĩnh Linh", "Cây keo"),
    cell("15.830 | 365", "365", 365, "Vĩnh Linh", "Cây bản địa"),
    cell("365 | 16.195", "16.195", 16195, "Vĩnh Linh", "Tổng cộng"),
    cell("Gio Linh | 10.480", "10.480", 10480, "Gio Linh", "Cây keo"),
    cell("10.480 | 210", "210", 210, "Gio Linh", "Cây bản địa"),
    cell("210 | 10.690", "10.690", 10690, "Gio Linh", "Tổng cộng"),
    cell("khác | 17.960", "17.960", 17960, "Các địa bàn khác", "Cây keo"),
    cell("17.960 | 1.285", "1.285", 1285, "Các địa bàn khác", "Cây bản địa"),
    cell("1.285 | 19.245", "19.245", 19245, "Các địa bàn khác", "Tổng cộng"),
    cell("Tổng cộng | 57.520", "57.520", 57520, "Tổng cộng", "Cây keo"),
    cell("57.520 | 2.280", "2.280", 2280, "Tổng cộng", "Cây bản địa"),
    cell("2.280 | 59.800", "59.800", 59800, "Tổng cộng", "Tổng cộng"),
    fig("ước đạt 48,6 tỷ", "48,6", 48_600_000_000, "money", "đồng", status="estimate",
        subject="giá trị sản xuất giống", period=H23),
    fig("mô 1.800 đồng", "1.800", 1800, "money", "đồng/cây",
        change=chg("increase", 2.5, "lần", "cây keo hạt"), subject="giá bình quân cây keo mô", period=H23),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động có việc làm tại các vườn ươm", period=H23),
    fig("xuất 65 triệu", "65", 65_000_000, "count", "cây giống", status="target",
        subject="cây giống sản xuất", period=K24),
    fig("từ 20 đến 25%", "20", 20, "percent", "%", value_max=25, status="target",
        subject="tỷ lệ cây mô, cây hom trong cây giống sản xuất", period=K24),
    fig("lên 40 vườn", "40", 40, "count", "vườn", status="target",
        subject="vườn ươm đủ điều kiện", period=K24),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG TRỊ', 'Số: 38/BC-UBND', 'Quảng Trị, ngày 25 tháng 01 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document numbers (38/BC-UBND, Thông tư số 22/2021/TT-BNNPTNT), section numbers, 'Lưu: VT, NN'.",
    "Flattened table (Đơn vị tính: nghìn cây): every cell a figure, value x1000; place rows go to location, 'Các địa bàn khác'",
    "and 'Tổng cộng' rows keep the province; period 2023 from the sentence before the table (inherited). Cells get no total.",
    "'chiếm 15,4%' is the share of 9,4 triệu (part of 61,2 triệu after 'trong đó'). 'cao gấp 2,5 lần cây keo hạt' is the change of 1.800 đồng/cây.",
    "Section 3 figures inherit 2023 from the heading; section II sentences are targets ('Phấn đấu', continued after ';') for 2024 (heading).",
    "'cây mô, cây hom chiếm từ 20 đến 25%' is a percent range of its own (a percent has no total).",
]

if __name__ == "__main__":
    build("p1183-3", TEXT, NOTES, FIGS, published="2024-01-25", location="Quảng Trị")
