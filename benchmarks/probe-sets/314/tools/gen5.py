from lib import F, P, C, T, build

TEXT = """
UBND TỈNH THANH HÓA
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2145/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 25 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác y tế trường học 6 tháng đầu năm 2024

I. ĐỘI NGŨ NHÂN VIÊN Y TẾ TRƯỜNG HỌC
Tính đến ngày 30/6/2024, toàn tỉnh có 2.034 cơ sở giáo dục mầm non và phổ thông công lập; việc bố trí nhân viên y tế (NVYT) như sau:

Bảng 1. Bố trí nhân viên y tế theo cấp học
Đơn vị tính: trường
Cấp học | Tổng số | NVYT chuyên trách | NVYT kiêm nhiệm | Chưa có NVYT | Tỷ lệ có NVYT (%)
Mầm non | 652 | 318 | 301 | 33 | 94,9
Tiểu học | 689 | 402 | 270 | 17 | 97,5
THCS | 571 | 296 | 263 | 12 | 97,9
THPT | 122 | 109 | 13 | 0 | 100
Toàn tỉnh | 2.034 | 1.125 | 847 | 62 | 97,0

II. CÔNG TÁC CHĂM SÓC SỨC KHỎE HỌC SINH
1. 6 tháng đầu năm 2024, các nhà trường đã sơ cứu, cấp cứu ban đầu cho 3.216 lượt học sinh, chuyển tuyến 184 trường hợp. Toàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm tại bếp ăn trường học với 57 học sinh phải nhập viện, giảm 1 vụ so với cùng kỳ năm 2023.
2. Tỷ lệ học sinh tham gia bảo hiểm y tế năm 2023 đạt 98,7% (chỉ tiêu 98,5%); kinh phí chăm sóc sức khỏe ban đầu trích lại cho các trường là 41,28 tỷ đồng.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu 100% trường THPT và trên 98% trường mầm non có nhân viên y tế; tuyển dụng bổ sung khoảng 150 nhân viên y tế chuyên trách theo Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT.

Nơi nhận:
- Bộ GD&ĐT (b/c);
- UBND tỉnh;
- Lưu: VT, CTTT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Thị Hương
"""

H = """
Formal report with letterhead (Sở GD&ĐT Thanh Hóa, 'Số: 2145/BC-SGDĐT'); 'Thanh Hóa, ngày 25 tháng 7 năm 2024' is its date.
Flattened '|' table, 'Đơn vị tính: trường', last column '(%)'. Every numeric cell is a figure (zero included); subject = column + row label;
period 'Tính đến ngày 30/6/2024' from the text above the table (inherited). No total attribute for table cells ('Toàn tỉnh' row is its own figure).
'2 vụ ..., giảm 1 vụ so với cùng kỳ năm 2023' -> change on the count. '98,7% (chỉ tiêu 98,5%)' -> target, met. Section III targets inherit
'6 tháng cuối năm 2024' from the heading, status target. Distractors: document numbers, section numbers, 'Bảng 1', dates, 'Lưu: VT, CTTT'.
"""

AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
ASI = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H2I = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

FIGS = [F("có 2.034 cơ sở", "2.034", 2034, "count", "cơ sở giáo dục", "cơ sở giáo dục mầm non và phổ thông công lập", period=AS)]

cols = ["Tổng số trường", "trường có NVYT chuyên trách", "trường có NVYT kiêm nhiệm", "trường chưa có NVYT", "Tỷ lệ có NVYT"]
rows = [
    ("Mầm non", ["652", "318", "301", "33", "94,9"]),
    ("Tiểu học", ["689", "402", "270", "17", "97,5"]),
    ("THCS", ["571", "296", "263", "12", "97,9"]),
    ("THPT", ["122", "109", "13", "0", "100"]),
    ("Toàn tỉnh", ["2.034", "1.125", "847", "62", "97,0"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for label, cells in rows:
    for i, c in enumerate(cells):
        left = label if i == 0 else cells[i - 1]
        if i < 4:
            anchor = f"{left} | {c} |"
        else:
            anchor = f"{left} | {c}\n"
        if label == "Toàn tỉnh" and i == 0:
            anchor = "Toàn tỉnh | 2.034 |"
        kind, unit = ("percent", "%") if i == 4 else ("count", "trường")
        # 'Toàn tỉnh' is a place label (the whole province, like 'cả nước'): it goes to location (default Thanh Hóa), not the subject.
        subj = cols[i] if label == "Toàn tỉnh" else f"{cols[i]} {label}"
        FIGS.append(F(anchor, c, num(c), kind, unit, subj, period=ASI))

FIGS += [
    F("cho 3.216 lượt", "3.216", 3216, "count", "lượt học sinh", "lượt học sinh được sơ cứu, cấp cứu ban đầu", period=H1),
    F("chuyển tuyến 184", "184", 184, "count", "trường hợp", "trường hợp chuyển tuyến", period=H1),
    F("ra 2 vụ", "2", 2, "count", "vụ", "vụ ngộ độc thực phẩm tại bếp ăn trường học",
      change=C("decrease", 1, "vụ", "cùng kỳ năm 2023"), period=H1I),
    F("với 57 học sinh", "57", 57, "count", "học sinh", "học sinh phải nhập viện do ngộ độc thực phẩm", period=H1I),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ học sinh tham gia bảo hiểm y tế", target=T(98.5, "%", True), period=Y23),
    F("là 41,28 tỷ đồng", "41,28", 41280000000, "money", "đồng", "kinh phí chăm sóc sức khỏe ban đầu trích lại cho các trường", period=Y23),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "trường THPT có nhân viên y tế", status="target", period=H2I),
    F("trên 98%", "98", 98, "percent", "%", "trường mầm non có nhân viên y tế", approx="over", status="target", period=H2I),
    F("khoảng 150 nhân viên", "150", 150, "count", "nhân viên y tế chuyên trách", "nhân viên y tế chuyên trách tuyển dụng bổ sung",
      approx="about", status="target", period=H2I),
]

build("p314-5", TEXT, H, FIGS, published="2024-07-25", location="Thanh Hóa")
