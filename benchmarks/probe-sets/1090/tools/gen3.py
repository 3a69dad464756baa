"""p1090-3: formal report (UBND tỉnh Quảng Nam), H1/2024, flattened '|' table by locality."""
from lib import F, per, inherit, chg, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả xử lý vi phạm trật tự an toàn giao thông qua hệ thống camera giám sát 6 tháng đầu năm 2024

I. TÌNH HÌNH TRIỂN KHAI
1. Tính đến ngày 30/6/2024, toàn tỉnh có 148 camera giám sát giao thông đang hoạt động, tăng 36 camera so với cuối năm 2023; trong đó có 42 camera đo tốc độ trên Quốc lộ 1A và cao tốc Đà Nẵng - Quảng Ngãi.
2. Kinh phí đầu tư, duy tu hệ thống trong kỳ là 9,6 tỷ đồng, đạt 64% kế hoạch vốn năm 2024.

II. KẾT QUẢ PHÁT HIỆN, XỬ LÝ VI PHẠM
Sáu tháng đầu năm 2024, qua hệ thống camera, lực lượng chức năng phát hiện 18.624 trường hợp vi phạm, gửi 16.930 thông báo, ra quyết định xử phạt 12.458 trường hợp. Kết quả tại các địa phương:

Đơn vị tính: trường hợp
Địa phương | Phát hiện vi phạm | Gửi thông báo | Đã xử phạt
Tam Kỳ | 5.412 | 4.986 | 3.720
Hội An | 3.275 | 3.010 | 2.268
Điện Bàn | 4.630 | 4.187 | 3.015
Núi Thành | 2.968 | 2.702 | 1.894
Địa phương khác | 2.339 | 2.045 | 1.561
Tổng cộng | 18.624 | 16.930 | 12.458

Tổng số tiền xử phạt là 37,8 tỷ đồng, tăng 18,6% so với cùng kỳ; đã thu 31,4 tỷ đồng, đạt 83,1%. Vi phạm tốc độ trên cao tốc chiếm 38,5% tổng số vi phạm.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu đến cuối năm 2024 lắp đặt thêm 25 camera; nâng tỷ lệ thông báo được gửi trong vòng 10 ngày lên 95%. Dự kiến cả năm 2024 xử lý khoảng 38.000 trường hợp vi phạm qua camera.

Nơi nhận:
- Bộ Công an;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

PH = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PT = inherit(PH)
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
PE = per("đến cuối năm 2024", None, "2024-12-31")

COLS = ["phát hiện vi phạm", "gửi thông báo", "đã xử phạt"]
ROWS = [
    ("Tam Kỳ", ["5.412", "4.986", "3.720"]),
    ("Hội An", ["3.275", "3.010", "2.268"]),
    ("Điện Bàn", ["4.630", "4.187", "3.015"]),
    ("Núi Thành", ["2.968", "2.702", "1.894"]),
    ("Địa phương khác", ["2.339", "2.045", "1.561"]),
    ("Tổng cộng", ["18.624", "16.930", "12.458"]),
]


def cells():
    out = []
    for label, nums in ROWS:
        for i, num in enumerate(nums):
            left = label if i == 0 else nums[i - 1]
            anchor = f"{left} | {num}"
            val = int(num.replace(".", ""))
            if label in ("Địa phương khác", "Tổng cộng"):
                out.append(F(anchor, num, val, "count", "trường hợp",
                             subject=f"{COLS[i]} {label.lower()}", period=PT))
            else:
                out.append(F(anchor, num, val, "count", "trường hợp",
                             subject=COLS[i], period=PT, location=label))
    return out


FIGS = [
    F("có 148 camera", "148", 148, "count", "camera",
      change=chg("increase", 36, "camera", "cuối năm 2023"),
      subject="camera giám sát giao thông đang hoạt động", period=ASOF),
    F("có 42 camera", "42", 42, "count", "camera", total=148,
      subject="camera đo tốc độ trên Quốc lộ 1A và cao tốc Đà Nẵng - Quảng Ngãi", period=ASOF),
    F("là 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", percent=64,
      subject="kinh phí đầu tư, duy tu hệ thống camera trong kỳ", period=PT),
    F("phát hiện 18.624 trường hợp", "18.624", 18624, "count", "trường hợp",
      subject="trường hợp vi phạm phát hiện qua hệ thống camera", period=PH),
    F("gửi 16.930 thông báo", "16.930", 16930, "count", "thông báo",
      subject="thông báo vi phạm đã gửi", period=PH),
    F("xử phạt 12.458 trường hợp", "12.458", 12458, "count", "trường hợp",
      subject="trường hợp ra quyết định xử phạt", period=PH),
] + cells() + [
    F("là 37,8 tỷ đồng", "37,8", 37.8e9, "money", "đồng",
      change=chg("increase", 18.6, "%", "cùng kỳ"),
      subject="tổng số tiền xử phạt", period=PT),
    F("đã thu 31,4 tỷ đồng", "31,4", 31.4e9, "money", "đồng", percent=83.1,
      subject="tiền phạt đã thu", period=PT),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%",
      subject="vi phạm tốc độ trên cao tốc trong tổng số vi phạm", period=PT),
    F("thêm 25 camera", "25", 25, "count", "camera", status="target",
      subject="camera lắp đặt thêm", period=PE),
    F("trong vòng 10 ngày", "10", 10, "measure", "ngày", optional=True,
      subject="thời hạn gửi thông báo"),
    F("lên 95%", "95", 95, "percent", "%", status="target",
      subject="tỷ lệ thông báo được gửi trong vòng 10 ngày", period=PE),
    F("khoảng 38.000 trường hợp", "38.000", 38000, "count", "trường hợp", approx="about",
      status="forecast", subject="trường hợp vi phạm xử lý qua camera",
      period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Formal report under the letterhead of UBND tỉnh Quảng Nam, 'Quảng Nam, ngày 08 tháng 7 năm 2024' gives published.",
    "Distractors: Số: 287/BC-UBND, section numbers I.-III. and 1.-2., Quốc lộ 1A, heading '6 THÁNG CUỐI NĂM'.",
    "Flattened table: unit 'trường hợp' from 'Đơn vị tính'; a place row label goes to location, the column label is the",
    "subject; 'Địa phương khác' and 'Tổng cộng' are not places (location Quảng Nam, label kept in the subject);",
    "table cells carry no total; their period stands in the sentence before the table (inherited).",
    "'nâng ... lên 95%' follows ';' after the 'Phấn đấu đến cuối năm 2024' clause of the same sentence: same",
    "target cue and the same period (scored: the phrase stands in the same sentence).",
    "'trong vòng 10 ngày' is the deadline that defines the indicator: optional.",
]

write(3, TEXT, FIGS, NOTES, published="2024-07-08", location="Quảng Nam")
