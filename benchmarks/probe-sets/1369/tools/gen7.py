"""p1369-7: department site (Sở TT&TT Khánh Hòa), no dateline: online scams 2023, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Cảnh báo an toàn thông tin | Liên hệ

Tình hình lừa đảo trực tuyến trên địa bàn tỉnh năm 2023

Năm 2023, Khánh Hòa ghi nhận 132 vụ lừa đảo chiếm đoạt tài sản qua mạng, thiệt hại gần 57 tỷ đồng. Các vụ việc tập trung ở địa bàn có đông khách du lịch và lao động trẻ; thủ đoạn phổ biến là giả mạo khách sạn, hãng bay để bán phòng, vé máy bay giá rẻ. Riêng lừa đặt phòng, tour du lịch trực tuyến có 19 vụ.

Số vụ và thiệt hại theo địa phương năm 2023
Địa phương
Số vụ
Thiệt hại (triệu đồng)
Số vụ so với cùng kỳ (%)
TP Nha Trang
68
31.450
113,3
TP Cam Ranh
21
8.120
95,5
Thị xã Ninh Hòa
17
6.730
106,3
Các huyện còn lại
26
10.600
104,0
Tổng cộng
132
56.900
107,3

Trong năm, Sở đã phối hợp gỡ bỏ 86 trang, nhóm mạng xã hội mạo danh cơ quan, doanh nghiệp trên địa bàn; gửi hơn 1,2 triệu tin nhắn cảnh báo đến thuê bao di động, vượt 20% kế hoạch. Năm 2024, Sở phấn đấu 100% trường trung học phổ thông tổ chức ít nhất một buổi tuyên truyền về an toàn thông tin.

Bài viết liên quan:
- Cảnh báo thủ đoạn giả mạo Cổng dịch vụ công quốc gia
- Hướng dẫn cài đặt ứng dụng Tín Nhiệm Mạng

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KHÁNH HÒA
Địa chỉ: 01 Trần Phú, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3560.111
Lượt truy cập: 1.902.364
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TBL = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
INYEAR = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("TP Nha Trang", None, "Nha Trang", ["68", "31.450", "113,3"]),
        ("TP Cam Ranh", None, "Cam Ranh", ["21", "8.120", "95,5"]),
        ("Thị xã Ninh Hòa", None, "Ninh Hòa", ["17", "6.730", "106,3"]),
        ("Các huyện còn lại", "các huyện còn lại", None, ["26", "10.600", "104,0"]),
        ("Tổng cộng", "tổng cộng", None, ["132", "56.900", "107,3"])]
CELLS = []
for label, rowname, place, (n1, n2, n3) in ROWS:
    extra = f" {rowname}" if rowname else ""
    kw = {"location": place} if place else {}
    CELLS += [
        fig(f"{label}\n{n1}\n", n1, float(n1), "count", "vụ", subject=f"số vụ{extra}", period=TBL, **kw),
        fig(f"\n{n1}\n{n2}\n", n2, float(n2.replace(".", "")) * 1e6, "money", "đồng",
            subject=f"thiệt hại{extra}", period=TBL, **kw),
        fig(f"\n{n2}\n{n3}", n3, float(n3.replace(",", ".")), "percent", "%",
            subject=f"số vụ so với cùng kỳ{extra}", period=TBL, **kw),
    ]

FIGS = [
    fig("ghi nhận 132 vụ", "132", 132, "count", "vụ",
        subject="vụ lừa đảo chiếm đoạt tài sản qua mạng", period=Y23),
    fig("gần 57 tỷ", "57", 57e9, "money", "đồng", approx="nearly", subject="thiệt hại", period=Y23),
    fig("có 19 vụ", "19", 19, "count", "vụ", subject="lừa đặt phòng, tour du lịch trực tuyến", period=inh(Y23)),
] + CELLS + [
    fig("gỡ bỏ 86 trang", "86", 86, "count", "trang, nhóm mạng xã hội",
        subject="trang, nhóm mạng xã hội mạo danh cơ quan, doanh nghiệp gỡ bỏ", period=INYEAR),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "tin nhắn", approx="over",
        change=chg("increase", 20, "%", "kế hoạch"),
        subject="tin nhắn cảnh báo gửi đến thuê bao di động", period=INYEAR),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trường trung học phổ thông tổ chức buổi tuyên truyền về an toàn thông tin", period=Y24),
    fig("ít nhất một buổi", "một", 1, "count", "buổi", approx="at_least", status="target",
        subject="buổi tuyên truyền về an toàn thông tin", period=Y24),
]

NOTES = [
    "Department site (Sở TT&TT Khánh Hòa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: '01 Trần Phú', phone 0258.3560.111, 'Lượt truy cập: 1.902.364', 'năm 2023' in the title and table caption.",
    "One-cell-per-line table (Địa phương | Số vụ | Thiệt hại (triệu đồng) | Số vụ so với cùng kỳ (%)): the place column goes to location,",
    "'Các huyện còn lại' and 'Tổng cộng' stay in the subject (location Khánh Hòa); '(triệu đồng)' → ×10^6; no year column, so the",
    "period comes from the caption 'năm 2023' (another line: inherited, not scored). Table cells get no total.",
    "'Riêng ... có 19 vụ': 'riêng' is no total cue. 'Trong năm' in a yearly report = 2023. 'vượt 20% kế hoạch' → change +20% with baseline kế hoạch. 'Năm 2024 ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1369-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
