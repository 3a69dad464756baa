"""p823-7: department site (Sở Văn hóa và Thể thao Đà Nẵng), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ ĐÀ NẴNG
Trang chủ » Hoạt động văn hóa » Lễ hội

Lễ hội Diều biển Đà Nẵng: sức hút ngày càng tăng

Lễ hội Diều biển Đà Nẵng tổ chức thường niên tại bãi biển Mỹ Khê, là một trong 12 sự kiện văn hóa, du lịch trọng điểm của thành phố. Năm 2023, lễ hội thu hút 31 đội (tăng 7 đội so với năm 2022), trong đó có 9 đội quốc tế; lượt khách tham quan đạt 26.000 lượt, tăng 40,5% so với năm trước. Mỗi đội quốc tế được Ban tổ chức hỗ trợ 15 triệu đồng chi phí vận chuyển diều.

Kết quả tổ chức lễ hội qua các năm:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số đội tham gia (đội)
24
31
35
Số diều dự thi (chiếc)
96
138
150
Lượt khách tham quan (lượt)
18.500
26.000
30.000
Kinh phí tổ chức (triệu đồng)
450
620
700

Trong lễ hội năm 2023, Sở phối hợp với UBND quận Sơn Trà mở 4 lớp hướng dẫn làm diều cho 160 học sinh của 8 trường tiểu học trên địa bàn quận.

Năm 2024, lễ hội dự kiến diễn ra từ ngày 14 đến 16/6. Sở phấn đấu thu hút 35 đội, trong đó ít nhất 10 đội đến từ nước ngoài; các đội đăng ký trước ngày 20/5.

Sở Văn hóa và Thể thao thành phố Đà Nẵng
Địa chỉ: Tầng 9, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3821.116 - Email: svhtt@danang.gov.vn
Lượt truy cập: 1.284.906
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Số đội tham gia", "count", "đội", 1, ["(đội)\n24", "24\n31", "31\n35"], ["24", "31", "35"]),
    ("Số diều dự thi", "count", "chiếc", 1, ["(chiếc)\n96", "96\n138", "138\n150"], ["96", "138", "150"]),
    ("Lượt khách tham quan", "count", "lượt", 1, ["(lượt)\n18.500", "18.500\n26.000", "26.000\n30.000"],
     ["18.500", "26.000", "30.000"]),
    ("Kinh phí tổ chức", "money", "đồng", 1e6, ["đồng)\n450", "450\n620", "620\n700"], ["450", "620", "700"]),
]
TABLE = []
for label, kind, unit, mult, anchors, nums in ROWS:
    for (per, status), a, n in zip([(Y22, None), (Y23, None), (K24, "target")], anchors, nums):
        v = float(n.replace(".", "")) * mult
        kw = {"status": status} if status else {}
        TABLE.append(F(a, n, v, kind, unit, label.lower() + (" kế hoạch" if status else ""), per, **kw))

FIGS = [
    F("trong 12 sự kiện", "12", 12, "count", "sự kiện", "sự kiện văn hóa, du lịch trọng điểm của thành phố"),
    F("thu hút 31 đội", "31", 31, "count", "đội", "đội tham gia lễ hội", Y23,
      change=C("increase", 7, "đội", "năm 2022")),
    F("có 9 đội", "9", 9, "count", "đội", "đội quốc tế", Y23, total=31),
    F("đạt 26.000 lượt", "26.000", 26000, "count", "lượt", "lượt khách tham quan", Y23,
      change=C("increase", 40.5, "%", "năm trước")),
    F("hỗ trợ 15 triệu", "15", 15e6, "money", "đồng/đội", "hỗ trợ chi phí vận chuyển diều cho mỗi đội quốc tế", I(Y23)),
] + TABLE + [
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp hướng dẫn làm diều", P("Trong lễ hội năm 2023", "2023-01-01", "2023-12-31"),
      location="Sơn Trà"),
    F("cho 160 học sinh", "160", 160, "count", "học sinh", "học sinh được hướng dẫn làm diều",
      P("Trong lễ hội năm 2023", "2023-01-01", "2023-12-31"), location="Sơn Trà"),
    F("của 8 trường", "8", 8, "count", "trường tiểu học", "trường tiểu học có học sinh tham gia lớp làm diều",
      P("Trong lễ hội năm 2023", "2023-01-01", "2023-12-31"), location="Sơn Trà"),
    F("thu hút 35 đội", "35", 35, "count", "đội", "đội tham gia lễ hội", I(Y24), status="target"),
    F("ít nhất 10 đội", "10", 10, "count", "đội", "đội đến từ nước ngoài", I(Y24), approx="at_least", total=35,
      status="target"),
]

NOTES = [
    "Department site (Sở Văn hóa và Thể thao Đà Nẵng), no dateline: published absent. Footer address, phone, visitor counter.",
    "One-cell-per-line table: row label + unit in brackets, columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (period from the header, scored;",
    "'Kế hoạch' column gives status target). 'Kinh phí tổ chức (triệu đồng)' cells are money ×10^6 đồng.",
    "The classes 'trên địa bàn quận' (Sơn Trà) are located in Sơn Trà. '35 đội' in the last paragraph is a target (phấn đấu).",
    "Not figures: Tầng 9, số 24 Trần Phú, phone, Lượt truy cập, 14-16/6 and 20/5 (dates).",
]

if __name__ == "__main__":
    write("p823-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
