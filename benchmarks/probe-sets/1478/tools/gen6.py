"""p1478-6: department site (Sở Công Thương Đà Nẵng), no dateline: vacuum cleaner sales by type, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Thị trường máy hút bụi, robot hút bụi tăng trưởng khá

Theo báo cáo của 5 hệ thống siêu thị điện máy lớn trên địa bàn thành phố, năm 2024 lượng máy hút bụi các loại bán ra ước đạt 41.800 chiếc, tăng 16,2% so với năm 2023. Trong đó, robot hút bụi lau nhà tăng mạnh nhất, gần 1,6 lần.

Lượng máy hút bụi bán ra qua các hệ thống siêu thị điện máy
Đơn vị tính: chiếc
Loại máy
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Máy hút bụi cầm tay, không dây
18.240
22.350
24.000
Máy hút bụi dạng hộp, có dây
11.630
10.400
10.000
Robot hút bụi lau nhà
4.510
7.150
9.500
Máy hút bụi công nghiệp
1.600
1.900
2.000
Tổng số
35.980
41.800
45.500

Giá bán bình quân robot hút bụi năm 2024 khoảng 6,8 triệu đồng/chiếc, giảm 9% so với năm trước; máy hút bụi cầm tay từ 1,5 đến 4 triệu đồng/chiếc. Thành phố hiện có 12 trung tâm bảo hành ủy quyền, mỗi năm tiếp nhận trên 9.000 lượt sửa chữa, bảo dưỡng.

Sở Công Thương khuyến cáo người tiêu dùng lựa chọn sản phẩm có nguồn gốc rõ ràng, phản ánh hành vi vi phạm qua đường dây nóng 0236.3822.150.

Tin cùng chuyên mục:
- Đà Nẵng: Tổ chức Hội chợ hàng Việt lần thứ 12
- Chương trình khuyến mại tập trung tháng 12

SỞ CÔNG THƯƠNG ĐÀ NẴNG
Địa chỉ: Tầng 7, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Máy hút bụi cầm tay, không dây", ["18.240", "22.350", "24.000"]),
        ("Máy hút bụi dạng hộp, có dây", ["11.630", "10.400", "10.000"]),
        ("Robot hút bụi lau nhà", ["4.510", "7.150", "9.500"]),
        ("Máy hút bụi công nghiệp", ["1.600", "1.900", "2.000"]),
        ("Tổng số", ["35.980", "41.800", "45.500"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        row = label.lower() if label != "Tổng số" else "tổng số máy hút bụi"
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n.replace(".", "")), "count", "chiếc",
                         subject=f"lượng {row} bán ra {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("của 5 hệ thống", "5", 5, "count", "hệ thống siêu thị", subject="hệ thống siêu thị điện máy lớn báo cáo"),
    fig("ước đạt 41.800", "41.800", 41800, "count", "chiếc", status="estimate",
        change=chg("increase", 16.2, "%", "năm 2023"),
        subject="lượng máy hút bụi các loại bán ra", period=Y24),
    fig("gần 1,6 lần", "1,6", 1.6, "multiple", "lần", approx="nearly", status="estimate",
        subject="lượng robot hút bụi lau nhà bán ra tăng", period=inh(Y24)),
] + CELLS + [
    fig("khoảng 6,8 triệu", "6,8", 6.8e6, "money", "đồng/chiếc", approx="about",
        change=chg("decrease", 9, "%", "năm trước"),
        subject="giá bán bình quân robot hút bụi", period=Y24),
    fig("từ 1,5 đến 4 triệu", "1,5", 1.5e6, "money", "đồng/chiếc", value_max=4e6,
        subject="giá bán bình quân máy hút bụi cầm tay", period=Y24),
    fig("có 12 trung tâm", "12", 12, "count", "trung tâm", subject="trung tâm bảo hành ủy quyền"),
    fig("trên 9.000 lượt", "9.000", 9000, "measure", "lượt/năm", approx="over",
        subject="lượt sửa chữa, bảo dưỡng các trung tâm bảo hành tiếp nhận mỗi năm"),
]

NOTES = [
    "Department site (Sở Công Thương Đà Nẵng) with no dateline: menu, 'Tin cùng chuyên mục', address footer, hotline, 'Lượt truy cập', 'Đang online'.",
    "No published date. Location Đà Nẵng for all figures.",
    "Distractors: hotline 0236.3822.150, 'Tầng 7', '24 Trần Phú', 'lần thứ 12', 'tháng 12' in a link, 'Lượt truy cập: 1.204.377', 'Đang online: 52'.",
    "'Trong đó, robot hút bụi lau nhà tăng mạnh nhất, gần 1,6 lần' is a growth multiple as the claim: kind multiple, nearly; estimate carried from",
    "the whole ('ước đạt') across the sentence break, period inherited.",
    "One-cell-per-line table: 'Đơn vị tính: chiếc'; 'Năm 2023' actual, 'Ước thực hiện năm 2024' estimate, 'Kế hoạch năm 2025' target; period from the header.",
    "'5 hệ thống siêu thị' (the reporting chains) has no period; 'hiện có 12 trung tâm' no period.",
    "'giảm 9% so với năm trước' is the change of the price; 'máy hút bụi cầm tay từ 1,5 đến 4 triệu đồng/chiếc' continues 'Giá bán bình quân ... năm 2024'.",
    "'mỗi năm tiếp nhận trên 9.000 lượt' → measure, 'lượt/năm', over.",
]

if __name__ == "__main__":
    write("p1478-6", TEXT, NOTES, FIGS, location="Đà Nẵng")
