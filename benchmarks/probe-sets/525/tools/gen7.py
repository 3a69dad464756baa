"""p525-7: Department site (Chi cục Thủy lợi Sóc Trăng), no dateline — electric pumping stations, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
CHI CỤC THỦY LỢI

Hệ thống trạm bơm điện phục vụ sản xuất nông nghiệp

Đến cuối năm 2023, toàn tỉnh Sóc Trăng có 412 trạm bơm điện vừa và nhỏ, tăng 37 trạm so với năm 2022, phục vụ tưới tiêu cho khoảng 68.500 ha đất sản xuất, chiếm 40,2% diện tích đất nông nghiệp. Tổng công suất lắp đặt đạt 23.860,5 kW. Số liệu tại một số huyện như sau:

Huyện
Số trạm (trạm)
Công suất (kW)
Diện tích phục vụ (ha)
Kế Sách
96
5.420
15.300
Mỹ Tú
78
4.610
12.850
Châu Thành
65
3.950
10.720
Long Phú
54
3.180
9.460

Năm 2023, vốn đầu tư xây mới, nâng cấp trạm bơm điện là 58,3 tỷ đồng, trong đó nhân dân đóng góp 12,7 tỷ đồng, chiếm 21,8%. Chi phí bơm tưới bằng điện bình quân khoảng 650.000 đồng/ha/vụ, thấp hơn 35-40% so với bơm dầu. Trong năm, Chi cục tổ chức ba lớp tập huấn vận hành trạm bơm cho 120 cán bộ thủy lợi cơ sở, trong đó có các tổ vận hành Trạm bơm số 3 và Trạm bơm Phú Tâm 2. Hiện nay, 85% số trạm đã được giao cho các tổ hợp tác dùng nước quản lý, vận hành.

Kế hoạch năm 2024, tỉnh phấn đấu xây dựng thêm 30 trạm bơm điện, nâng diện tích được tưới tiêu bằng điện lên 72.000 ha.

Địa chỉ: số 9 Hai Bà Trưng, Phường 1, TP. Sóc Trăng. Điện thoại: 0299.3821.547.
Tổng số lượt truy cập: 1.204.876
"""

ASOF = per("Đến cuối năm 2023", end="2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

COLS = [("count", "trạm", "số trạm bơm điện"), ("measure", "kW", "công suất trạm bơm điện"),
        ("measure", "ha", "diện tích phục vụ của trạm bơm điện")]
ROWS = [
    ("Kế Sách", ["Sách\n96", "96\n5.420", "5.420\n15.300"], ["96", "5.420", "15.300"]),
    ("Mỹ Tú", ["Tú\n78", "78\n4.610", "4.610\n12.850"], ["78", "4.610", "12.850"]),
    ("Châu Thành", ["Thành\n65", "65\n3.950", "3.950\n10.720"], ["65", "3.950", "10.720"]),
    ("Long Phú", ["Phú\n54", "54\n3.180", "3.180\n9.460"], ["54", "3.180", "9.460"]),
]
TABLE = []
for place, anchors, numbers in ROWS:
    for (kind, unit, subj), a, n in zip(COLS, anchors, numbers):
        TABLE.append(fig(a, n, float(n.replace(".", "")), kind, unit, subj, inh(ASOF), location=place))

FIGS = [
    fig("có 412 trạm bơm", "412", 412, "count", "trạm bơm", "trạm bơm điện vừa và nhỏ", ASOF,
        change=chg("increase", 37, "trạm", "năm 2022")),
    fig("khoảng 68.500 ha", "68.500", 68500, "measure", "ha", "đất sản xuất được trạm bơm điện phục vụ tưới tiêu", ASOF,
        approx="about", percent=40.2),
    fig("đạt 23.860,5 kW", "23.860,5", 23860.5, "measure", "kW", "tổng công suất lắp đặt trạm bơm điện", inh(ASOF)),
    *TABLE,
    fig("là 58,3 tỷ đồng", "58,3", 58.3e9, "money", "đồng", "vốn đầu tư xây mới, nâng cấp trạm bơm điện", Y23),
    fig("góp 12,7 tỷ đồng", "12,7", 12.7e9, "money", "đồng", "vốn nhân dân đóng góp xây mới, nâng cấp trạm bơm điện", Y23,
        total=58.3e9, percent=21.8),
    fig("khoảng 650.000 đồng/ha/vụ", "650.000", 650000, "money", "đồng/ha/vụ", "chi phí bơm tưới bằng điện bình quân",
        approx="about", change=chg("decrease", 35, "%", "bơm dầu")),
    fig("ba lớp", "ba", 3, "count", "lớp tập huấn", "lớp tập huấn vận hành trạm bơm", inh(Y23)),
    fig("cho 120 cán bộ", "120", 120, "count", "cán bộ", "cán bộ thủy lợi cơ sở được tập huấn", inh(Y23)),
    fig("Hiện nay, 85%", "85", 85, "percent", "%", "trạm bơm điện giao cho các tổ hợp tác dùng nước quản lý, vận hành"),
    fig("thêm 30 trạm", "30", 30, "count", "trạm bơm điện", "trạm bơm điện xây dựng thêm", Y24, status="target"),
    fig("lên 72.000 ha", "72.000", 72000, "measure", "ha", "diện tích được tưới tiêu bằng điện", Y24, status="target"),
]

COMMENTS = [
    "Chi cục Thủy lợi Sóc Trăng (department site), no dateline → no published: electric pumping stations at end-2023, table one cell per line.",
    "Table: header cells 'Số trạm (trạm)', 'Công suất (kW)', 'Diện tích phục vụ (ha)' give units; district row labels go to location; the",
    "period comes from the lead sentence 'Đến cuối năm 2023' (as-of, inherited). The four districts do not add up to 412: no total.",
    "'thấp hơn 35-40% so với bơm dầu' is the change of 650.000 đồng/ha/vụ (change carries its first value 35).",
    "'ba lớp' is a number word (3). 'Trạm bơm số 3', 'Phú Tâm 2', 'số 9 Hai Bà Trưng, Phường 1', the phone and the visit counter are not figures.",
    "'Kế hoạch năm 2024, tỉnh phấn đấu …' → target.",
]

if __name__ == "__main__":
    emit("p525-7", TEXT, COMMENTS, FIGS, published=None, location="Sóc Trăng")
