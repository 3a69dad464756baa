from lib import *

T = """
ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 20 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất muối năm 2024 và kế hoạch năm 2025

Thực hiện Kế hoạch số 112/KH-UBND ngày 15/3/2024 của UBND huyện về phát triển sản xuất muối, UBND huyện báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT NĂM 2024
Bảng 1. Một số chỉ tiêu sản xuất muối
Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 | Kế hoạch 2025
Diện tích sản xuất | ha | 185,6 | 172,4 | 170
Số hộ diêm dân | hộ | 1.126 | 1.048 | 1.000
Sản lượng muối | tấn | 14.250 | 12.830 | 13.500
Giá bán bình quân | đồng/kg | 2.100 | 2.650 | -

Năm 2024, do ảnh hưởng của cơn bão số 3 (Yagi), sản lượng muối toàn huyện giảm 10% so với năm 2023; toàn huyện có 3 xã sản xuất muối là Hải Đông, Hải Lý, Hải Chính. Xã Hải Đông có sản lượng lớn nhất với 6.120 tấn, chiếm 47,7% sản lượng toàn huyện.

Về hỗ trợ diêm dân: huyện đã hỗ trợ 50% kinh phí mua bạt trải ô kết tinh cho 215 hộ, tổng kinh phí hỗ trợ 1,29 tỷ đồng (ngân sách tỉnh 800 triệu đồng, ngân sách huyện 490 triệu đồng). Giá trị sản phẩm muối thu được trên 1 ha đạt 152 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu duy trì 170 ha diện tích sản xuất muối, sản lượng đạt từ 13.000 đến 13.500 tấn; 100% diện tích ô kết tinh được trải bạt; xây dựng 01 sản phẩm muối đạt chuẩn OCOP 3 sao.

Nơi nhận:
- UBND tỉnh Nam Định (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""

a = Article("p439-3", T, [
    "Formal district report with letterhead (UBND huyện Hải Hậu, Nam Định, 'Số: 45/BC-UBND'); date from the place-and-date line 2025-01-20.",
    "Flattened '|' table with a 'Đơn vị' column: every numeric cell is a figure, subject = row label + column label, unit from the row,",
    "period from the column header; the 'Kế hoạch 2025' column is status target. '-' is no figure. No totals for table cells.",
    "'giảm 10% so với năm 2023' with no base amount is a percent figure of its own. '(ngân sách tỉnh 800 triệu đồng, ngân sách huyện 490 triệu đồng)'",
    "is a bracketed breakdown adding up to 1,29 tỷ: total 1290000000. 'trên 1 ha' is a rate denominator (per ha): '152 triệu đồng' unit đồng/ha.",
    "Section headings 'NĂM 2024' / 'KẾ HOẠCH NĂM 2025' give inherited periods; 'Phấn đấu' makes section II targets.",
    "Distractors: document numbers, 'cơn bão số 3 (Yagi)', '01 sản phẩm ... OCOP 3 sao' (3 sao is a rating label, not a figure), section numbers, 'Bảng 1'.",
], published="2025-01-20", location="Hải Hậu")

rows = [("Diện tích sản xuất", "ha", "measure", ["185,6", "172,4", "170"], [185.6, 172.4, 170]),
        ("Số hộ diêm dân", "hộ", "count", ["1.126", "1.048", "1.000"], [1126, 1048, 1000]),
        ("Sản lượng muối", "tấn", "measure", ["14.250", "12.830", "13.500"], [14250, 12830, 13500]),
        ("Giá bán bình quân", "đồng/kg", "money", ["2.100", "2.650"], [2100, 2650])]
cols = [("Năm 2023", Y("Năm 2023", 2023), None), ("Năm 2024", Y("Năm 2024", 2024), None),
        ("Kế hoạch 2025", Y("Kế hoạch 2025", 2025), "target")]
for label, unit, kind, nums, vals in rows:
    cells = [label, unit] + nums
    for i, (n, v) in enumerate(zip(nums, vals)):
        left = cells[i + 1]
        right = cells[i + 3] if i + 3 < len(cells) else ("-" if len(nums) == 2 else None)
        anchor = f"{left} | {n} |" if right else f"{left} | {n}\n"
        if label.startswith("Diện tích") and i == 0:
            anchor = f"ha | {n} |"
        col, per, st = cols[i]
        kw = {"status": st} if st else {}
        a.f(anchor, n, v, kind, unit, f"{label} {col}", per, **kw)

P24i = Y("NĂM 2024", 2024, inh=True)
a.f("giảm 10% so với năm 2023", "10", 10, "percent", "%", "tốc độ giảm sản lượng muối toàn huyện", Y("Năm 2024", 2024))
a.f("có 3 xã sản xuất muối", "3", 3, "count", "xã", "xã sản xuất muối", Y("Năm 2024", 2024))
a.f("với 6.120 tấn", "6.120", 6120, "measure", "tấn", "sản lượng muối xã Hải Đông", P24i, percent=47.7)
a.f("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua bạt trải ô kết tinh", P24i)
a.f("cho 215 hộ", "215", 215, "count", "hộ", "hộ được hỗ trợ mua bạt trải ô kết tinh", P24i)
a.f("hỗ trợ 1,29 tỷ đồng", "1,29", 1290000000, "money", "đồng", "tổng kinh phí hỗ trợ mua bạt", P24i)
a.f("ngân sách tỉnh 800 triệu đồng", "800", 800000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", P24i,
    total=1290000000)
a.f("ngân sách huyện 490 triệu đồng", "490", 490000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", P24i,
    total=1290000000)
a.f("đạt 152 triệu đồng", "152", 152000000, "money", "đồng/ha", "giá trị sản phẩm muối thu được trên 1 ha", P24i)
P25i = Y("KẾ HOẠCH NĂM 2025", 2025, inh=True)
a.f("duy trì 170 ha", "170", 170, "measure", "ha", "diện tích sản xuất muối", P25i, status="target")
a.f("từ 13.000 đến 13.500 tấn", "13.000", 13000, "measure", "tấn", "sản lượng muối", P25i, status="target",
    value_max=13500)
a.f("100% diện tích ô kết tinh", "100", 100, "percent", "%", "tỷ lệ diện tích ô kết tinh được trải bạt", P25i,
    status="target")
a.f("xây dựng 01 sản phẩm", "01", 1, "count", "sản phẩm", "sản phẩm muối đạt chuẩn OCOP", P25i, status="target")
a.write()
