"""p1245-6: department site (Chi cục Thủy sản Kiên Giang), no dateline, one-cell-per-line table with a unit column."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Nuôi cá biển lồng bè tiếp tục tăng trưởng

Năm 2024, sản lượng cá biển nuôi lồng bè của tỉnh Kiên Giang ước đạt 9.850 tấn, tăng 12,6% so với năm 2023; giá trị sản xuất khoảng 1.080 tỷ đồng. Tỉnh hiện đứng thứ 3 cả nước về thể tích lồng nuôi biển, sau Khánh Hòa và Quảng Ninh.

Kết quả nuôi cá biển lồng bè
Chỉ tiêu
ĐVT
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số lồng nuôi
lồng
4.210
4.780
5.300
Trong đó: lồng HDPE
lồng
860
1.240
1.800
Thể tích lồng nuôi
nghìn m3
528
615
700
Sản lượng cá nuôi lồng
tấn
8.748
9.850
11.000
Trong đó: cá chẽm
tấn
3.120
3.560
4.100

Nghề nuôi tập trung tại TP Phú Quốc và huyện Kiên Hải; riêng xã đảo Lại Sơn (huyện Kiên Hải) có 1.120 lồng, nhiều nhất tỉnh. Nhờ quan trắc môi trường định kỳ, tỷ lệ hao hụt do dịch bệnh năm 2024 ở mức dưới 5%. Giá cá chẽm thương phẩm tại lồng dao động 85.000-95.000 đồng/kg, cá mú trân châu khoảng 180.000 đồng/kg.

Chi cục đề nghị chủ bè sử dụng tàu dịch vụ (như tàu KG-91234-TS) đăng ký, đánh dấu tàu theo quy định và cập nhật nhật ký nuôi hằng tháng.

Bài viết khác:
- Tập huấn kỹ thuật nuôi cá biển lần thứ 3 năm 2024
- Thông báo kết quả quan trắc môi trường đợt 5

CHI CỤC THỦY SẢN KIÊN GIANG
Địa chỉ: Số 1 Trần Quang Khải, phường Vĩnh Thanh Vân, TP Rạch Giá
Điện thoại: 0297.3862.415
Lượt truy cập: 1.204.337 | Trực tuyến: 18
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
# (row label as printed, unit cell, subject stem, unit, kind, multiplier, parent row index or None)
ROWS = [("Tổng số lồng nuôi", "lồng", "tổng số lồng nuôi", "lồng", "count", 1, None, ["4.210", "4.780", "5.300"]),
        ("Trong đó: lồng HDPE", "lồng", "lồng HDPE", "lồng", "count", 1, 0, ["860", "1.240", "1.800"]),
        ("Thể tích lồng nuôi", "nghìn m3", "thể tích lồng nuôi", "m3", "measure", 1e3, None, ["528", "615", "700"]),
        ("Sản lượng cá nuôi lồng", "tấn", "sản lượng cá nuôi lồng", "tấn", "measure", 1, None,
         ["8.748", "9.850", "11.000"]),
        ("Trong đó: cá chẽm", "tấn", "sản lượng cá chẽm nuôi lồng", "tấn", "measure", 1, 3,
         ["3.120", "3.560", "4.100"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, ucell, stem, unit, kind, mult, parent, nums in ROWS:
        prev = f"{label}\n{ucell}"
        for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
            kw = {"status": st} if st else {}
            if parent is not None:
                kw["total"] = num(ROWS[parent][7][i]) * ROWS[parent][5]
            out.append(F(f"{prev}\n{n}", n, num(n) * mult, kind, unit, f"{stem} {col}", per, **kw))
            prev = n
    return out


FIGS = [
    F("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", "sản lượng cá biển nuôi lồng bè của tỉnh", Y24,
      status="estimate", change=change("increase", 12.6, "%", "năm 2023")),
    F("khoảng 1.080 tỷ", "1.080", 1080e9, "money", "đồng", "giá trị sản xuất", Y24, approx="about",
      status="estimate"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "thể tích lồng nuôi biển"),
] + cells() + [
    F("có 1.120 lồng", "1.120", 1120, "count", "lồng", "lồng nuôi của xã đảo Lại Sơn", location="Kiên Hải"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ hao hụt do dịch bệnh", Y24b, approx="under"),
    F("dao động 85.000-95.000", "85.000", 85000, "money", "đồng/kg", "giá cá chẽm thương phẩm tại lồng",
      value_max=95000),
    F("khoảng 180.000", "180.000", 180000, "money", "đồng/kg", "giá cá mú trân châu", approx="about"),
]

NOTES = [
    "Department site (Chi cục Thủy sản, Sở NN&PTNT Kiên Giang), no dateline: menu, related links, footer address, phone, counters.",
    "Distractors: tàu KG-91234-TS, 'lần thứ 3 năm 2024', 'đợt 5', 'Số 1 Trần Quang Khải', phone 0297.3862.415,",
    "'Lượt truy cập: 1.204.337', 'Trực tuyến: 18'. No published date.",
    "'ước đạt 9.850 tấn ...; giá trị sản xuất khoảng 1.080 tỷ' → the ';' clause continues the estimate (estimate + about).",
    "'đứng thứ 3 cả nước' → rank, location Kiên Giang (the province is ranked); 'hiện' gives no period.",
    "One-cell-per-line table with a unit column (ĐVT): 'nghìn m3' multiplies the volume cells (528 → 528 000 m3).",
    "Columns: 'Năm 2023' actual, 'Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target; period from the column header (scored).",
    "'Trong đó:' sub-rows follow their whole row → total = the whole row's cell in the same column (lồng HDPE of Tổng số lồng nuôi,",
    "cá chẽm of Sản lượng cá nuôi lồng). Subjects = row label + column label.",
    "'riêng xã đảo Lại Sơn (huyện Kiên Hải) có 1.120 lồng' → location Kiên Hải (district); 'riêng' is not a part-of cue: no total.",
]

if __name__ == "__main__":
    write("p1245-6", TEXT, NOTES, FIGS, location="Kiên Giang")
