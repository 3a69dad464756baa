"""p996-7: Sở GTVT Quảng Ninh department site (no dateline) — ITS cameras on expressways, one-cell-per-line table."""
from lib import build, F, P, I, C, T

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tăng cường giám sát giao thông bằng camera trên các tuyến cao tốc

Thực hiện Kế hoạch số 97/KH-UBND của UBND tỉnh, Sở Giao thông vận tải phối hợp Công an tỉnh Quảng Ninh đã đưa vào vận hành hệ thống giao thông thông minh (ITS) trên tuyến cao tốc Hạ Long - Vân Đồn - Móng Cái dài khoảng 176 km, với 142 camera giám sát và 28 trạm cân tải trọng xe tự động. Trên Quốc lộ 18, đoạn từ Km 104 đến Km 138, đã lắp 36 camera đo tốc độ; số vụ tai nạn giao thông trên đoạn này năm 2023 giảm 41% so với năm 2022.

Kết quả ứng dụng camera trong phát hiện, xử lý vi phạm:
Nội dung
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Camera lắp đặt mới (camera)
64
37
80
Vi phạm phát hiện qua camera (trường hợp)
15.208
9.344
18.000
Vi phạm đã xử phạt (trường hợp)
11.730
7.126
15.000
Tiền phạt thu được (triệu đồng)
32.540
19.875
40.000

Như vậy, số camera lắp mới trong 6 tháng đầu năm 2024 mới đạt 46,3% kế hoạch năm. Năm 2023, tỷ lệ xử phạt đạt 77,1% số vi phạm phát hiện. Sở đề nghị các chủ phương tiện thường xuyên tra cứu thông tin vi phạm để chấp hành nghiêm quyết định xử phạt.

SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Địa chỉ: Tầng 7, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.638 - Fax: 0203.3835.386
Tổng lượt truy cập: 3.482.915 | Đang trực tuyến: 57
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M = 1_000_000


def row(label, unit, kind, cells, mult=1, anchors=None):
    out = []
    for (num, a), per, st in zip(zip(cells, anchors), (Y23, H24, K24), ("actual", "actual", "target")):
        val = round(float(num.replace(".", "")) * mult)
        kw = {"period": per}
        if st != "actual":
            kw["status"] = st
        out.append(F(a, num, val, kind, unit, label, **kw))
    return out


FIGS = [
    F("khoảng 176 km", "176", 176, "measure", "km", "chiều dài tuyến cao tốc Hạ Long - Vân Đồn - Móng Cái",
      approx="about"),
    F("142 camera", "142", 142, "count", "camera", "camera giám sát trên tuyến cao tốc"),
    F("28 trạm cân", "28", 28, "count", "trạm cân", "trạm cân tải trọng xe tự động"),
    F("36 camera", "36", 36, "count", "camera", "camera đo tốc độ trên Quốc lộ 18"),
    F("giảm 41%", "41", 41, "percent", "%", "số vụ tai nạn giao thông trên đoạn Quốc lộ 18 giảm",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]
FIGS += row("Camera lắp đặt mới", "camera", "count", ["64", "37", "80"],
            anchors=["(camera)\n64", "64\n37", "37\n80"])
FIGS += row("Vi phạm phát hiện qua camera", "trường hợp", "count", ["15.208", "9.344", "18.000"],
            anchors=["15.208", "9.344", "18.000"])
FIGS += row("Vi phạm đã xử phạt", "trường hợp", "count", ["11.730", "7.126", "15.000"],
            anchors=["11.730", "7.126", "15.000"])
FIGS += row("Tiền phạt thu được", "đồng", "money", ["32.540", "19.875", "40.000"], mult=M,
            anchors=["32.540", "19.875", "40.000"])
FIGS += [
    F("đạt 46,3%", "46,3", 46.3, "percent", "%", "số camera lắp mới so với kế hoạch năm", period=H24),
    F("đạt 77,1%", "77,1", 77.1, "percent", "%", "tỷ lệ xử phạt trên số vi phạm phát hiện", period=Y23),
]
NOTES = [
    "Sở GTVT Quảng Ninh department page, no dateline; footer address, phone, visit counter. Table pasted one cell per line",
    "(header cells Nội dung / Năm 2023 / 6 tháng đầu năm 2024 / Kế hoạch năm 2024, then label + 3 cells per row).",
    "Units come from the row labels; '(triệu đồng)' makes money cells ×10^6. Periods from column headers (scored); the Kế hoạch column is status target.",
    "'giảm 41% so với năm 2022' has no base amount → percent figure. 'mới đạt 46,3% kế hoạch năm' and 'tỷ lệ xử phạt đạt 77,1%' stand alone (no count in their sentence) → percent figures.",
    "Distractors: Kế hoạch số 97/KH-UBND, Quốc lộ 18, Km 104 đến Km 138, Tầng 7, số 3, 0203.3835.638, Tổng lượt truy cập 3.482.915, Đang trực tuyến 57.",
]
build("p996-7", TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
