from lib import F, P, ch, emit

TEXT = """Hà Tĩnh: Hơn 1,2 nghìn tỷ đồng nâng cao an toàn hồ đập giai đoạn 2021-2025

(Baohatinh.vn) - Giai đoạn 2021-2025, Hà Tĩnh được phân bổ 1.236 tỷ đồng để sửa chữa, nâng cấp 68 hồ chứa, trong đó vốn vay Ngân hàng Thế giới (dự án WB8) 742 tỷ đồng, chiếm 60%. Trong số 68 hồ chứa được đầu tư, tính đến ngày 30/9/2024 đã hoàn thành 47 hồ, 15 hồ đang thi công và 6 hồ chưa khởi công.

Kết quả giải ngân theo nguồn vốn
Đơn vị tính: tỷ đồng
Nguồn vốn	Kế hoạch giai đoạn	Giải ngân đến 30/9/2024	Tỷ lệ (%)
Vốn vay WB8	742	628,5	84,7
Ngân sách Trung ương	356	241,2	67,8
Ngân sách tỉnh	138	97,4	70,6
Tổng cộng	1.236	967,1	78,2

Toàn tỉnh hiện có 345 hồ chứa thủy lợi với tổng dung tích khoảng 1,31 tỷ m3, trong đó hồ Kẻ Gỗ (huyện Cẩm Xuyên) có dung tích 345 triệu m3. Đến tháng 9/2024, còn 52 hồ chưa có quy trình vận hành, 94 hồ chưa lắp đặt thiết bị quan trắc mực nước; 23 hồ được đánh giá không an toàn, giảm 11 hồ so với năm 2021.

Trong 9 tháng đầu năm 2024, các hồ chứa đã cấp nước tưới cho 98.600 ha lúa và hoa màu, tăng 2,4% so với cùng kỳ. Mùa mưa bão năm 2024, tỉnh yêu cầu 100% hồ chứa có phương án ứng phó thiên tai và phấn đấu không để xảy ra sự cố mất an toàn đập; kinh phí bảo trì, sửa chữa nhỏ năm 2024 dự kiến 25,6 tỷ đồng.

Ông Trần Văn Tư, Chi cục trưởng Chi cục Thủy lợi Hà Tĩnh, cho biết đường dây nóng 0239.3855.420 trực 24/24 giờ trong mùa mưa lũ để tiếp nhận thông tin sự cố.

Thu Hà
"""

GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDi = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
D30 = P("Giải ngân đến 30/9/2024", None, "2024-09-30")
T9 = P("Đến tháng 9/2024", None, "2024-09-30")
N9 = P("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "vốn nâng cao an toàn hồ đập",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over"),
    F("phân bổ 1.236 tỷ đồng", "1.236", 1236000000000, "money", "đồng", "vốn được phân bổ để sửa chữa, nâng cấp hồ chứa", GD),
    F("nâng cấp 68 hồ", "68", 68, "count", "hồ chứa", "hồ chứa được sửa chữa, nâng cấp", GD),
    F("742 tỷ đồng", "742", 742000000000, "money", "đồng", "vốn vay Ngân hàng Thế giới (dự án WB8)", GD,
      total=1236000000000, percent=60),
    F("Trong số 68 hồ", "68", 68, "count", "hồ chứa", "hồ chứa được đầu tư", optional=True),
    F("hoàn thành 47 hồ", "47", 47, "count", "hồ", "hồ đã hoàn thành", AS, total=68),
    F("15 hồ", "15", 15, "count", "hồ", "hồ đang thi công", AS, total=68),
    F("6 hồ", "6", 6, "count", "hồ", "hồ chưa khởi công", AS, total=68),
]
rows = [("Vốn vay WB8", "742", "628,5", "84,7"), ("Ngân sách Trung ương", "356", "241,2", "67,8"),
        ("Ngân sách tỉnh", "138", "97,4", "70,6"), ("Tổng cộng", "1.236", "967,1", "78,2")]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for lab, a, b, c in rows:
    FIGS.append(F(f"{lab}\t{a}", a, round(num(a) * 1e9), "money", "đồng", f"kế hoạch giai đoạn {lab}", GDi, status="target"))
    FIGS.append(F(f"\t{b}\t", b, round(num(b) * 1e9), "money", "đồng", f"giải ngân {lab}", D30))
    FIGS.append(F(f"\t{c}\n", c, num(c), "percent", "%", f"tỷ lệ {lab}", ASi))
FIGS += [
    F("có 345 hồ", "345", 345, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi"),
    F("khoảng 1,31 tỷ m3", "1,31", 1310000000, "measure", "m3", "tổng dung tích hồ chứa thủy lợi", approx="about"),
    F("dung tích 345 triệu m3", "345", 345000000, "measure", "m3", "dung tích hồ Kẻ Gỗ", total=1310000000,
      location="Cẩm Xuyên"),
    F("còn 52 hồ", "52", 52, "count", "hồ", "hồ chưa có quy trình vận hành", T9),
    F("94 hồ", "94", 94, "count", "hồ", "hồ chưa lắp đặt thiết bị quan trắc mực nước", T9),
    F("23 hồ", "23", 23, "count", "hồ", "hồ được đánh giá không an toàn", T9, change=ch("decrease", 11, "hồ", "năm 2021")),
    F("cho 98.600 ha", "98.600", 98600, "measure", "ha", "diện tích lúa và hoa màu được cấp nước tưới", N9,
      change=ch("increase", 2.4, "%", "cùng kỳ")),
    F("100% hồ chứa", "100", 100, "percent", "%", "hồ chứa có phương án ứng phó thiên tai", Y24, status="target"),
    F("dự kiến 25,6 tỷ đồng", "25,6", 25600000000, "money", "đồng", "kinh phí bảo trì, sửa chữa nhỏ", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Hà Tĩnh ('(Baohatinh.vn)' tag, no dateline at all): dam-safety investment 2021-2025, progress at 30/9/2024 with a",
    "tab-separated table (Đơn vị tính: tỷ đồng; 'Tỷ lệ (%)' column is percent), reservoir inventory, 9-month irrigation, 2024 plan.",
    "Distractors: 'dự án WB8' (a name), phone 0239.3855.420, '24/24 giờ', the person's name 'Trần Văn Tư', 'năm 2021' (baseline).",
    "Table: 'Kế hoạch giai đoạn' column is target (period giai đoạn 2021-2025 from the text above: inherited); 'Giải ngân đến",
    "30/9/2024' gives an as-of period in the header; 'Tổng cộng' row cells are figures too (no totals for table cells).",
    "'742 tỷ đồng, chiếm 60%' after 'trong đó' : total 1.236 tỷ, percent 60. 'Trong số 68 hồ' restates the 68 (optional) and makes",
    "47/15/6 parts of it. 'Hơn 1,2 nghìn tỷ đồng' = 1,2·10¹² (over). 'hiện có 345 hồ', '1,31 tỷ m3', Kẻ Gỗ capacity: no period stated.",
    "Kẻ Gỗ takes its bracketed district (Cẩm Xuyên). '23 hồ ..., giảm 11 hồ so với năm 2021' : change. 'yêu cầu 100% ... và phấn đấu'",
    "is a target; 'dự kiến 25,6 tỷ đồng' a forecast.",
    "revised: Kẻ Gỗ's 345 triệu m3 after 'trong đó' gets total 1,31 tỷ m3 (same quantity, follows the whole); % cells' subjects = column label + row.",
]

emit("p286-8", TEXT, COMMENTS, FIGS, published=None, location="Hà Tĩnh")
