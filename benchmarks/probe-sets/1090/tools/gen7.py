"""p1090-7: department site (Sở GTVT Quảng Ninh), no dateline, one-cell-per-line table 2023/2024/plan 2025."""
from lib import F, per, inherit, chg, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Nâng cao hiệu quả giám sát giao thông bằng camera

Năm 2024, hệ thống camera giám sát trên Quốc lộ 18, Quốc lộ 279 và cao tốc Hạ Long - Vân Đồn đã phát hiện 27.845 trường hợp vi phạm, tăng 29,3% so với năm 2023; trong đó vi phạm tốc độ chiếm 61,4%. Các địa bàn có nhiều vi phạm nhất là TP Hạ Long (9.812 trường hợp), TP Cẩm Phả (5.470 trường hợp) và TP Uông Bí (3.906 trường hợp). Tổng số tiền phạt đã thu nộp ngân sách gần 64 tỷ đồng, bằng 106,6% kế hoạch năm.

Kết quả vận hành hệ thống qua các năm:
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Camera hoạt động (camera)
164
212
260
Vi phạm phát hiện (trường hợp)
21.530
27.845
25.000
Thông báo đã gửi (thông báo)
19.240
25.118
24.000
Tiền phạt đã thu (triệu đồng)
48.620
63.975
60.000

Năm 2025, Sở dự kiến phối hợp với Công an tỉnh lắp đặt thêm 48 camera tại 16 nút giao, trong đó có 12 camera đo tốc độ trên cao tốc Vân Đồn - Móng Cái. Tổng mức đầu tư dự kiến 27,5 tỷ đồng, bình quân khoảng 570 triệu đồng/camera.

SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.662 - Fax: 0203.3835.663
Lượt truy cập: 1.287.604 | Đang trực tuyến: 37
"""

PY = per("Năm 2024", "2024-01-01", "2024-12-31")
COLP = [per("Năm 2023", "2023-01-01", "2023-12-31"), per("Năm 2024", "2024-01-01", "2024-12-31"),
        per("Kế hoạch 2025", "2025-01-01", "2025-12-31")]
P25 = per("Năm 2025", "2025-01-01", "2025-12-31")

# row label (as in the text), subject, unit, kind, multiplier, cells
ROWS = [
    ("Camera hoạt động (camera)", "camera hoạt động", "camera", "count", 1, ["164", "212", "260"]),
    ("Vi phạm phát hiện (trường hợp)", "vi phạm phát hiện", "trường hợp", "count", 1,
     ["21.530", "27.845", "25.000"]),
    ("Thông báo đã gửi (thông báo)", "thông báo đã gửi", "thông báo", "count", 1,
     ["19.240", "25.118", "24.000"]),
    ("Tiền phạt đã thu (triệu đồng)", "tiền phạt đã thu", "đồng", "money", 1e6,
     ["48.620", "63.975", "60.000"]),
]


def cells():
    out = []
    for label, subj, unit, kind, mult, nums in ROWS:
        for i, num in enumerate(nums):
            left = label if i == 0 else nums[i - 1]
            extra = {"status": "target"} if i == 2 else {}
            out.append(F(f"{left}\n{num}", num, int(num.replace(".", "")) * mult, kind, unit,
                         subject=subj, period=COLP[i], **extra))
    return out


LIST = "vi phạm phát hiện qua camera"
FIGS = [
    F("phát hiện 27.845 trường hợp", "27.845", 27845, "count", "trường hợp",
      change=chg("increase", 29.3, "%", "năm 2023"),
      subject="trường hợp vi phạm hệ thống camera giám sát phát hiện", period=PY),
    F("chiếm 61,4%", "61,4", 61.4, "percent", "%", subject="vi phạm tốc độ trong số vi phạm", period=PY),
    F("(9.812 trường hợp)", "9.812", 9812, "count", "trường hợp", subject=LIST, location="Hạ Long",
      period=inherit(PY)),
    F("(5.470 trường hợp)", "5.470", 5470, "count", "trường hợp", subject=LIST, location="Cẩm Phả",
      period=inherit(PY)),
    F("(3.906 trường hợp)", "3.906", 3906, "count", "trường hợp", subject=LIST, location="Uông Bí",
      period=inherit(PY)),
    F("gần 64 tỷ đồng", "64", 64e9, "money", "đồng", approx="nearly", percent=106.6,
      subject="tổng số tiền phạt đã thu nộp ngân sách", period=inherit(PY)),
] + cells() + [
    F("thêm 48 camera", "48", 48, "count", "camera", status="forecast",
      subject="camera lắp đặt thêm", period=P25),
    F("tại 16 nút giao", "16", 16, "count", "nút giao", status="forecast",
      subject="nút giao lắp đặt thêm camera", period=P25),
    F("có 12 camera", "12", 12, "count", "camera", total=48, status="forecast",
      subject="camera đo tốc độ trên cao tốc Vân Đồn - Móng Cái", period=P25),
    F("dự kiến 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", status="forecast",
      subject="tổng mức đầu tư lắp đặt camera", period=inherit(P25)),
    F("khoảng 570 triệu đồng/camera", "570", 570e6, "money", "đồng/camera", approx="about",
      status="forecast", subject="mức đầu tư bình quân mỗi camera", period=inherit(P25)),
]

NOTES = [
    "Department site (Sở GTVT Quảng Ninh) with no dateline: no published. Footer address, phone/fax, visitor counter.",
    "Distractors: Quốc lộ 18, Quốc lộ 279, 'Trụ sở Liên cơ quan số 3', 0203.3835.662/663, 'Lượt truy cập: 1.287.604',",
    "'Đang trực tuyến: 37', 'Tầng 5'.",
    "One-cell-per-line table: subject = row label, unit and multiplier from the row label ('(triệu đồng)' ×10^6),",
    "period from the column header (scored), 'Kế hoạch 2025' column → status target. Cells carry no totals.",
    "'Các địa bàn có nhiều vi phạm nhất là TP Hạ Long (...)' is a ranking list in its own sentence: places to location, no total.",
    "'Năm 2025, Sở dự kiến ... lắp đặt thêm 48 camera tại 16 nút giao, trong đó có 12 ...' → forecast (dự kiến governs",
    "the clause and its continuation); 'Tổng mức đầu tư dự kiến' → forecast; 'bình quân khoảng 570 triệu đồng/camera' continues it.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
