"""p1335-6: department site (Sở VHTTDL Bắc Giang), no dateline: spiritual tourism 2024, one-cell-per-line table by site."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC GIANG
Giới thiệu | Tin tức | Di sản văn hóa | Du lịch | Văn bản | Liên hệ

Du lịch tâm linh tiếp tục là điểm sáng năm 2024

Năm 2024, toàn tỉnh ước đón 2,85 triệu lượt khách, tăng 14% so với năm 2023; tổng thu từ du lịch ước đạt 1.420 tỷ đồng. Khách đến các điểm du lịch tâm linh chiếm khoảng 60% tổng lượt khách. Với kết quả này, Bắc Giang đứng thứ 4 vùng trung du và miền núi phía Bắc về lượt khách du lịch.

Lượt khách đến một số điểm di tích
Đơn vị tính: nghìn lượt khách
Điểm di tích
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Chùa Vĩnh Nghiêm (Yên Dũng)
520
585
112,5
Tây Yên Tử (Sơn Động)
410
476
116,1
Chùa Bổ Đà (Việt Yên)
185
196
105,9
Tổng số
1.115
1.257
112,7

Trong năm, Sở phối hợp với các địa phương hoàn thành tu bổ 26 di tích với tổng kinh phí 73,4 tỷ đồng, trong đó nguồn xã hội hóa 41,2 tỷ đồng. Riêng chùa Vĩnh Nghiêm được đầu tư 12,5 tỷ đồng xây dựng nhà trưng bày mộc bản. Năm 2025, tỉnh phấn đấu đón 3,1 triệu lượt khách, trong đó khách quốc tế khoảng 150 nghìn lượt.

Các tin khác:
- Hội thảo khoa học về Thiền phái Trúc Lâm lần thứ 2
- Quy chế quản lý Khu di tích Tây Yên Tử

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC GIANG
Địa chỉ: Số 2 đường Nguyễn Văn Cừ, TP Bắc Giang
Điện thoại: 0204.3854.219
Lượt truy cập: 1.204.517
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T24 = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")

ROWS = [("Chùa Vĩnh Nghiêm (Yên Dũng)", "Chùa Vĩnh Nghiêm", "Yên Dũng", ["520", "585", "112,5"]),
        ("Tây Yên Tử (Sơn Động)", "Tây Yên Tử", "Sơn Động", ["410", "476", "116,1"]),
        ("Chùa Bổ Đà (Việt Yên)", "Chùa Bổ Đà", "Việt Yên", ["185", "196", "105,9"]),
        ("Tổng số", "Tổng số", None, ["1.115", "1.257", "112,7"])]
CELLS = []
for label, name, place, (a, b, c) in ROWS:
    loc = {"location": place} if place else {}
    CELLS += [
        fig(f"{label}\n{a}", a, float(a.replace(".", "")) * 1e3, "count", "lượt khách",
            subject=f"{name} năm 2023", period=C23, **loc),
        fig(f"{a}\n{b}", b, float(b.replace(".", "")) * 1e3, "count", "lượt khách", status="estimate",
            subject=f"{name} ước thực hiện 2024", period=E24, **loc),
        fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"{name} so với cùng kỳ", **loc),
    ]

FIGS = [
    fig("ước đón 2,85 triệu", "2,85", 2.85e6, "count", "lượt khách", status="estimate",
        change=chg("increase", 14, "%", "năm 2023"), subject="lượt khách toàn tỉnh đón", period=Y24),
    fig("ước đạt 1.420 tỷ", "1.420", 1420e9, "money", "đồng", status="estimate",
        subject="tổng thu từ du lịch", period=Y24),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="khách đến các điểm du lịch tâm linh trong tổng lượt khách", period=inh(Y24)),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="lượt khách du lịch", period=inh(Y24)),
] + CELLS + [
    fig("tu bổ 26 di tích", "26", 26, "count", "di tích", subject="di tích hoàn thành tu bổ", period=T24),
    fig("kinh phí 73,4 tỷ", "73,4", 73.4e9, "money", "đồng", subject="tổng kinh phí tu bổ di tích", period=T24),
    fig("hóa 41,2 tỷ", "41,2", 41.2e9, "money", "đồng", total=73.4e9, subject="nguồn xã hội hóa", period=T24),
    fig("đầu tư 12,5 tỷ", "12,5", 12.5e9, "money", "đồng",
        subject="vốn đầu tư xây dựng nhà trưng bày mộc bản chùa Vĩnh Nghiêm", period=inh(T24), location="Yên Dũng"),
    fig("đón 3,1 triệu", "3,1", 3.1e6, "count", "lượt khách", status="target", subject="lượt khách tỉnh đón",
        period=Y25),
    fig("khoảng 150 nghìn", "150", 150e3, "count", "lượt", approx="about", status="target", total=3.1e6,
        subject="khách quốc tế", period=Y25),
]

NOTES = [
    "Department site (Sở VHTTDL Bắc Giang), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published: none.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lượt khách': count cells ×10^3 in lượt khách; subject = row label + column label;",
    "the district in the row label '(Yên Dũng)' etc. goes to location; the 'Tổng số' row stays Bắc Giang. 'Ước thực hiện 2024' → estimate.",
    "'So với cùng kỳ (%)' cells are percent figures of their own (every numeric cell is a figure); their header gives no period and no status cue,",
    "so they carry no period and status actual (borderline: they compare the 2024 estimate with 2023). Cells get no total or change.",
    "'Trong năm' (year-less) takes the year of the nearest earlier period, the 2024 of the table header: 2024.",
    "'chiếm khoảng 60% tổng lượt khách' is a percent figure (no amount before it in its sentence); its year stands in the sentence before.",
    "'Bắc Giang đứng thứ 4 vùng trung du và miền núi phía Bắc về lượt khách du lịch': rank of the province, located in Bắc Giang.",
    "'Riêng chùa Vĩnh Nghiêm được đầu tư 12,5 tỷ đồng': the pagoda's district Yên Dũng (from the table) is its location; no total ('riêng' is no cue).",
    "'trong đó khách quốc tế khoảng 150 nghìn lượt' is part of the 3,1 triệu target, and shares its status (phấn đấu).",
    "Distractors: 'lần thứ 2', 'Số 2 đường Nguyễn Văn Cừ', phone 0204.3854.219, 'Lượt truy cập: 1.204.517'.",
]

if __name__ == "__main__":
    write("p1335-6", TEXT, NOTES, FIGS, location="Bắc Giang", table=[c["anchor"] for c in CELLS])
