from lib import *

T = """UBND TỈNH THANH HÓA
SỞ XÂY DỰNG
Số: 2145/BC-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 10 tháng 7 năm 2024

BÁO CÁO
Tình hình phát triển nhà ở xã hội 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
Thực hiện Kế hoạch số 218/KH-UBND ngày 20/7/2023 của UBND tỉnh, tính đến ngày 30/6/2024, trên địa bàn tỉnh có 28 dự án nhà ở xã hội; trong đó 9 dự án đã hoàn thành, 7 dự án đang thi công và 12 dự án đang thực hiện thủ tục đầu tư.

Bảng 1. Kết quả thực hiện so với kế hoạch giai đoạn 2021-2025
Đơn vị tính: căn
Loại nhà ở
Kế hoạch 2021-2025
Thực hiện đến 30/6/2024
Tỷ lệ (%)
Nhà ở xã hội khu đô thị
12.500
4.830
38,6
Nhà ở công nhân khu công nghiệp
6.800
1.945
28,6
Nhà ở cho lực lượng vũ trang
1.200
0
0
Tổng cộng
20.500
6.775
33,0

Tổng diện tích sàn nhà ở xã hội đã hoàn thành khoảng 372.600 m². Vốn đầu tư thực hiện 6 tháng đầu năm 2024 ước đạt 1.036 tỷ đồng, bằng 41,4% kế hoạch năm. Ngân hàng Chính sách xã hội chi nhánh tỉnh đã cho 312 khách hàng vay mua, thuê mua nhà ở xã hội với doanh số 158,6 tỷ đồng; dư nợ đến 30/6/2024 đạt 402,3 tỷ đồng, tăng 12,7% so với 31/12/2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu 6 tháng cuối năm 2024 hoàn thành thêm 2.100 căn, khởi công mới 4 dự án với khoảng 3.500 căn; lũy kế đến hết năm 2025 đạt trên 15.000 căn, bằng 73% chỉ tiêu giai đoạn.

Nơi nhận:
- Bộ Xây dựng;
- UBND tỉnh (b/c);
- Lưu: VT, QLN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Tuấn"""

TH = "Thanh Hóa"
P30 = per("tính đến ngày 30/6/2024", None, "2024-06-30")
P30i = per("tính đến ngày 30/6/2024", None, "2024-06-30", True)
PK = per("Kế hoạch 2021-2025", "2021-01-01", "2025-12-31", True)
PT = per("Thực hiện đến 30/6/2024", None, "2024-06-30", True)
P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6c = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
figs = [
    F("có 28 dự án", "28", 28, "count", "dự án", "dự án nhà ở xã hội", period=P30),
    F("9 dự án", "9", 9, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", total=28, period=P30),
    F("7 dự án", "7", 7, "count", "dự án", "dự án nhà ở xã hội đang thi công", total=28, period=P30),
    F("12 dự án", "12", 12, "count", "dự án", "dự án nhà ở xã hội đang thực hiện thủ tục đầu tư", total=28, period=P30),
]
rows = [("Nhà ở xã hội khu đô thị", "12.500", "4.830", "38,6"),
        ("Nhà ở công nhân khu công nghiệp", "6.800", "1.945", "28,6"),
        ("Nhà ở cho lực lượng vũ trang", "1.200", "0", "0"),
        ("Tổng cộng", "20.500", "6.775", "33,0")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for lab, k, t, r in rows:
    figs.append(F(f"{lab}\n{k}", k, num(k), "count", "căn", f"{lab} kế hoạch 2021-2025", status="target", period=PK))
    if lab.startswith("Nhà ở cho"):
        figs.append(F("1.200\n0\n", t, 0, "count", "căn", f"{lab} thực hiện đến 30/6/2024", period=PT))
        figs.append(F("\n0\nTổng cộng", r, 0, "percent", "%", f"{lab} tỷ lệ thực hiện", period=PT))
    else:
        figs.append(F(f"{k}\n{t}", t, num(t), "count", "căn", f"{lab} thực hiện đến 30/6/2024", period=PT))
        figs.append(F(f"{t}\n{r}", r, num(r), "percent", "%", f"{lab} tỷ lệ thực hiện", period=PT))
figs += [
    F("khoảng 372.600 m²", "372.600", 372600, "measure", "m²", "tổng diện tích sàn nhà ở xã hội đã hoàn thành", approx="about",
      period=P30i),
    F("ước đạt 1.036 tỷ đồng", "1.036", 1036e9, "money", "đồng", "vốn đầu tư thực hiện nhà ở xã hội", percent=41.4,
      status="estimate", period=P6),
    F("cho 312 khách hàng", "312", 312, "count", "khách hàng", "khách hàng vay mua, thuê mua nhà ở xã hội"),
    F("doanh số 158,6 tỷ đồng", "158,6", 158.6e9, "money", "đồng", "doanh số cho vay mua, thuê mua nhà ở xã hội"),
    F("đạt 402,3 tỷ đồng", "402,3", 402.3e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội",
      change={"direction": "increase", "value": 12.7, "unit": "%", "baseline": "31/12/2023"},
      period=per("đến 30/6/2024", None, "2024-06-30")),
    F("thêm 2.100 căn", "2.100", 2100, "count", "căn", "căn nhà ở xã hội hoàn thành", status="target", period=P6c),
    F("mới 4 dự án", "4", 4, "count", "dự án", "dự án nhà ở xã hội khởi công mới", status="target", period=P6c),
    F("khoảng 3.500 căn", "3.500", 3500, "count", "căn", "căn nhà ở xã hội khởi công mới", approx="about", status="target",
      period=P6c),
    F("trên 15.000 căn", "15.000", 15000, "count", "căn", "căn nhà ở xã hội lũy kế hoàn thành", approx="over", percent=73,
      status="target", period=per("đến hết năm 2025", None, "2025-12-31")),
]
C = """Formal report with letterhead (Sở Xây dựng Thanh Hóa, 'Số: 2145/BC-SXD'); the place-and-date line is its date. Location Thanh Hóa.
One-cell-per-line table with 'Đơn vị tính: căn' and a '(%)' column; plan column 'Kế hoạch 2021-2025' -> status target; period from
column headers (inherited). Zero cells are figures. Subject = row label + column label. No totals for table cells.
'trong đó 9 …, 7 …, 12 dự án' -> total 28 (same sentence as 'tính đến ngày 30/6/2024').
312 khách hàng / 158,6 tỷ: no period stated (the loans are cumulative; left null). 402,3 tỷ carries 'tăng 12,7% so với 31/12/2023'.
Section II targets: 'Phấn đấu' governs the whole sentence; 'bằng 73% chỉ tiêu giai đoạn' is the percent of 15.000 căn.
Distractors: Số: 2145/BC-SXD, Kế hoạch số 218/KH-UBND ngày 20/7/2023, section numbers I./II., 'Bảng 1', 'Lưu: VT, QLN', signer."""
build("p441-5", T, figs, C, published="2024-07-10", location=TH)
