"""p1152-7: department site (Sở TN&MT Khánh Hòa), no dateline, one-cell-per-line table by waste type."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Kết quả thu gom chất thải điện tử, pin thải qua mạng lưới điểm tiếp nhận

Mạng lưới tiếp nhận chất thải điện tử, pin thải của tỉnh hiện gồm 74 điểm đặt tại 9 huyện, thị xã, thành phố, trong đó TP Nha Trang có 31 điểm. Khối lượng thu gom qua mạng lưới như sau:

Đơn vị tính: kg
Loại chất thải
Năm 2022
Năm 2023
Kế hoạch 2024
Pin các loại
1.235
1.780
2.000
Điện thoại, máy tính bảng
642
815
900
Thiết bị điện tử khác
2.108
2.690
3.100
Tổng số
3.985
5.285
6.000

Năm 2023, khối lượng thu gom tăng 32,6% so với năm 2022; pin các loại chiếm 33,7% tổng khối lượng.

Chất thải sau thu gom được chuyển giao cho Công ty CP Môi trường Đô thị Nha Trang xử lý với đơn giá 21.000 đồng/kg. Ngày hội "Đổi rác điện tử lấy quà" tổ chức tại TP Cam Ranh tháng 4/2024 thu hút khoảng 1.500 người tham gia, trao 860 phần quà cho những người mang đến từ 2 kg trở lên.

Bài viết liên quan:
- Hướng dẫn phân loại chất thải rắn sinh hoạt theo Quyết định số 24/2023/QĐ-UBND
- Tập huấn quản lý chất thải nguy hại năm 2024, đợt 2

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KHÁNH HÒA
Địa chỉ: Số 4 Phan Chu Trinh, phường Xương Huân, TP Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.581 - Fax: 0258.3823.460
Tổng lượt truy cập: 2.406.118 | Đang trực tuyến: 37
"""

PER = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
       "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
COLS = list(PER)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
APR = P("tháng 4/2024", "2024-04-01", "2024-04-30")


def row(label, cells):
    out = []
    left = label.split()[-1]
    for col, (num, val) in zip(COLS, cells):
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        out.append(F(f"{left}\n{num}\n", num, val, "measure", "kg",
                     subject=f"{label} {col.lower()}", period=PER[col], **kw))
        left = num
    return out


FIGS = [
    F("gồm 74 điểm", "74", 74, "count", "điểm", subject="điểm tiếp nhận chất thải điện tử, pin thải"),
    F("tại 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố có điểm tiếp nhận"),
    F("có 31 điểm", "31", 31, "count", "điểm", total=74,
      subject="điểm tiếp nhận chất thải điện tử, pin thải", location="Nha Trang"),
    *row("Pin các loại", [("1.235", 1235), ("1.780", 1780), ("2.000", 2000)]),
    *row("Điện thoại, máy tính bảng", [("642", 642), ("815", 815), ("900", 900)]),
    *row("Thiết bị điện tử khác", [("2.108", 2108), ("2.690", 2690), ("3.100", 3100)]),
    *row("Tổng số", [("3.985", 3985), ("5.285", 5285), ("6.000", 6000)]),
    F("tăng 32,6%", "32,6", 32.6, "percent", "%", subject="khối lượng thu gom so với năm 2022", period=Y23),
    F("chiếm 33,7%", "33,7", 33.7, "percent", "%", subject="tỷ trọng pin các loại trong tổng khối lượng",
      period=Y23),
    F("đơn giá 21.000", "21.000", 21000, "money", "đồng/kg", subject="đơn giá xử lý chất thải sau thu gom"),
    F("khoảng 1.500 người", "1.500", 1500, "count", "người", approx="about",
      subject="người tham gia Ngày hội Đổi rác điện tử lấy quà", location="Cam Ranh", period=APR),
    F("trao 860 phần", "860", 860, "count", "phần quà", subject="phần quà đã trao",
      location="Cam Ranh", period=APR),
    F("từ 2 kg", "2", 2, "measure", "kg", approx="at_least", optional=True,
      subject="khối lượng tối thiểu để nhận quà", location="Cam Ranh"),
]

NOTES = [
    "Department site (Sở TN&MT Khánh Hòa): no dateline (published absent), related links, address footer, phone/fax, counters.",
    "One-cell-per-line table, 'Đơn vị tính: kg': subject = row label + column label; period from the column header (scored);",
    "'Kế hoạch 2024' column -> status target. Row 'Tổng số' is its own figures; no totals in tables.",
    "'Năm 2023, khối lượng thu gom tăng 32,6%' has no base amount in the sentence -> a growth-rate percent figure, no change object.",
    "'trong đó TP Nha Trang có 31 điểm' -> total 74, location Nha Trang. The fair in 'TP Cam Ranh' -> Cam Ranh.",
    "'từ 2 kg trở lên' is an eligibility threshold (optional). Distractors: 'Quyết định số 24/2023/QĐ-UBND', 'đợt 2', 'Số 4 Phan Chu Trinh',",
    "phones 0258.3822.581 / 0258.3823.460, 'Tổng lượt truy cập: 2.406.118', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    write("p1152-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
