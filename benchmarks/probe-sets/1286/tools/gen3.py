"""p1286-3: formal report (Ban Chỉ huy PCTT và TKCN tỉnh Thái Bình): dyke damage from storm surge, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI
VÀ TÌM KIẾM CỨU NẠN
Số: 112/BC-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 9 năm 2024

BÁO CÁO
Thiệt hại đê điều do nước dâng, sóng lớn trong bão số 3 và kết quả khắc phục

I. TÌNH HÌNH THIỆT HẠI
1. Diễn biến
Từ 12 giờ ngày 7/9 đến 2 giờ ngày 8/9/2024, vùng ven biển tỉnh chịu nước dâng do bão cao 0,8-1,1 m kết hợp triều cường; mực nước lớn nhất tại trạm thủy văn Định Cư đạt 2,62 m.

2. Thiệt hại đê, kè
Sóng lớn và nước dâng làm hư hỏng 10 vị trí đê, kè thuộc 2 huyện Thái Thụy và Tiền Hải, tổng chiều dài 3.460 m, chi tiết như sau:

Bảng 1. Chiều dài đê, kè bị hư hỏng
Đơn vị tính: m
Địa phương | Đê biển | Đê cửa sông | Kè bảo vệ | Tổng số
Huyện Thái Thụy | 1.120 | 340 | 260 | 1.720
Huyện Tiền Hải | 980 | 410 | 350 | 1.740
Tổng cộng | 2.100 | 750 | 610 | 3.460

Ngoài ra, sóng lớn làm 46 nhà dân ven biển bị tốc mái, 3 nhà bị sập; 215 ha nuôi trồng thủy sản bị ngập.

3. Kết quả khắc phục
Đến ngày 14/9/2024, các địa phương đã xử lý tạm thời 2.870 m đê, kè hư hỏng, đạt 83% khối lượng; sử dụng 41.000 bao tải cát, 2.600 m3 đá hộc, kinh phí khoảng 12,4 tỷ đồng.

II. ĐỀ XUẤT, KIẾN NGHỊ
Tổng nhu cầu kinh phí khôi phục các đoạn đê, kè hư hỏng ước tính 96,5 tỷ đồng. Ban Chỉ huy đề nghị Trung ương hỗ trợ 70 tỷ đồng; phần còn lại do ngân sách tỉnh bố trí.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT;
- Bộ Nông nghiệp và PTNT;
- Lưu: VT.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Phó Chủ tịch UBND tỉnh
Lại Văn Hòa
"""

STORM = per("Từ 12 giờ ngày 7/9 đến 2 giờ ngày 8/9/2024", "2024-09-07", "2024-09-08")
ASOF = per("Đến ngày 14/9/2024", None, "2024-09-14")

COLS = ["đê biển", "đê cửa sông", "kè bảo vệ", "tổng số"]
ROWS = [("Huyện Thái Thụy", "Thái Thụy", ["1.120", "340", "260", "1.720"]),
        ("Huyện Tiền Hải", "Tiền Hải", ["980", "410", "350", "1.740"]),
        ("Tổng cộng", None, ["2.100", "750", "610", "3.460"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        v = float(n.replace(".", ""))
        if col == "tổng số":
            subj = "tổng chiều dài đê, kè bị hư hỏng"
        else:
            subj = f"chiều dài {col} bị hư hỏng"
        if place is None:
            subj += " tổng cộng"
        kw = {"location": place} if place else {}
        CELLS.append(fig(f"{prev} | {n}", n, v, "measure", "m", subject=subj, **kw))
        prev = n

FIGS = [
    fig("cao 0,8-1,1 m", "0,8", 0.8, "measure", "m", value_max=1.1,
        subject="nước dâng do bão vùng ven biển", period=STORM),
    fig("đạt 2,62 m", "2,62", 2.62, "measure", "m",
        subject="mực nước lớn nhất tại trạm thủy văn Định Cư", period=STORM),
    fig("hỏng 10 vị trí", "10", 10, "count", "vị trí", subject="vị trí đê, kè bị hư hỏng"),
    fig("thuộc 2 huyện", "2", 2, "count", "huyện", subject="huyện có đê, kè bị hư hỏng"),
    fig("tổng chiều dài 3.460 m", "3.460", 3460, "measure", "m",
        subject="tổng chiều dài đê, kè bị hư hỏng"),
] + CELLS + [
    fig("làm 46 nhà", "46", 46, "count", "nhà", subject="nhà dân ven biển bị tốc mái"),
    fig("3 nhà bị sập", "3", 3, "count", "nhà", subject="nhà bị sập"),
    fig("215 ha", "215", 215, "measure", "ha", subject="diện tích nuôi trồng thủy sản bị ngập"),
    fig("tạm thời 2.870 m", "2.870", 2870, "measure", "m", percent=83, period=ASOF,
        subject="đê, kè hư hỏng được xử lý tạm thời"),
    fig("41.000 bao tải", "41.000", 41000, "count", "bao tải cát", period=ASOF,
        subject="bao tải cát sử dụng xử lý đê, kè"),
    fig("2.600 m3", "2.600", 2600, "measure", "m3", period=ASOF,
        subject="đá hộc sử dụng xử lý đê, kè"),
    fig("khoảng 12,4 tỷ", "12,4", 12.4e9, "money", "đồng", approx="about", period=ASOF,
        subject="kinh phí xử lý tạm thời đê, kè"),
    fig("ước tính 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", status="estimate",
        subject="tổng nhu cầu kinh phí khôi phục các đoạn đê, kè hư hỏng"),
    fig("hỗ trợ 70 tỷ", "70", 70e9, "money", "đồng",
        subject="kinh phí đề nghị Trung ương hỗ trợ"),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 112/BC-BCH', 'Thái Bình, ngày 16 tháng 9 năm 2024', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: Số 112/BC-BCH, 'bão số 3', times '12 giờ', '2 giờ', 'Bảng 1', section numbers I., II., 1.-3., 'Lưu: VT'.",
    "The storm period 'Từ 12 giờ ngày 7/9 đến 2 giờ ngày 8/9/2024' → 2024-09-07..2024-09-08 for both figures of its sentence.",
    "Flattened '|' table, 'Đơn vị tính: m': every numeric cell is a figure (measure, m); subject = caption indicator + column label;",
    "the place column gives the location (Thái Thụy, Tiền Hải); the 'Tổng cộng' row is the province. No period header: no period; cells get no total.",
    "'Đến ngày 14/9/2024' is an as-of date for the four figures of its sentence; '2.870 m ..., đạt 83% khối lượng' → percent 83.",
    "'ước tính 96,5 tỷ đồng' → estimate. '70 tỷ đồng' requested: no status cue, actual; 'phần còn lại' is no part-of cue.",
]

if __name__ == "__main__":
    write("p1286-3", TEXT, NOTES, FIGS, published="2024-09-16", location="Thái Bình")
