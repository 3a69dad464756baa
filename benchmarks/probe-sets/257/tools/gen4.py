from lib import *

text = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) quý III/2024

Thực hiện Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư, UBND tỉnh báo cáo như sau:

1. Quản lý đội tàu cá
Tính đến ngày 30/9/2024, toàn tỉnh có 9.112 tàu cá, trong đó 4.358 tàu có chiều dài từ 15 m trở lên. Tỷ lệ tàu cá được cập nhật trên VNFishbase đạt 100%; 4.331/4.358 tàu đã lắp thiết bị giám sát hành trình (VMS), đạt 99,4%.

Bảng 1. Tàu cá có chiều dài từ 15 m trở lên theo địa bàn
Đơn vị tính: chiếc
Địa bàn | Số tàu | Đã lắp VMS | Tỷ lệ (%)
TP Rạch Giá | 1.326 | 1.320 | 99,5
TP Phú Quốc | 842 | 835 | 99,2
Huyện Kiên Hải | 615 | 615 | 100
Huyện An Biên | 508 | 501 | 98,6
Các địa bàn khác | 1.067 | 1.060 | 99,3

2. Kiểm soát tàu cá qua cảng
Trong quý III/2024, các cảng cá kiểm tra 12.450 lượt tàu cập cảng, tăng 8,2% so với quý II/2024; sản lượng thủy sản bốc dỡ qua cảng được giám sát khoảng 96.300 tấn. Các cơ quan chức năng đã cấp 318 giấy xác nhận nguyên liệu (S/C) và 296 giấy chứng nhận khai thác (C/C) cho 5.820 tấn thủy sản xuất khẩu sang EU.

3. Xử lý vi phạm
Từ đầu năm đến nay, lực lượng chức năng phát hiện, xử lý 142 vụ vi phạm, phạt tiền hơn 4,6 tỷ đồng; trong đó có 31 vụ tàu cá mất kết nối VMS trên 6 giờ khi hoạt động trên biển. Không có tàu cá của tỉnh bị nước ngoài bắt giữ (năm 2023 có 3 tàu với 21 ngư dân).

4. Nhiệm vụ quý IV/2024
Phấn đấu 100% tàu cá từ 15 m trở lên lắp VMS; xử lý dứt điểm 27 tàu chưa lắp đặt.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Quốc Anh"""

pe = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
pei = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
q4i = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)
figs = [
    F("có 9.112 tàu cá", "9.112", 9112, "count", "tàu cá", "tàu cá", period=pe),
    F("trong đó 4.358 tàu", "4.358", 4358, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=9112, period=pe),
    F("chiều dài từ 15 m trở lên. Tỷ", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("VNFishbase đạt 100%", "100", 100, "percent", "%", "Tỷ lệ tàu cá được cập nhật trên VNFishbase", period=pei),
    F("4.331/4.358 tàu", "4.331", 4331, "count", "tàu", "tàu đã lắp thiết bị giám sát hành trình (VMS)", total=4358,
      percent=99.4, period=pei),
    F("dài từ 15 m trở lên theo", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
]
rows = [("TP Rạch Giá", "Rạch Giá", "1.326", "1.320", "99,5"), ("TP Phú Quốc", "Phú Quốc", "842", "835", "99,2"),
        ("Huyện Kiên Hải", "Kiên Hải", "615", "615", "100"), ("Huyện An Biên", "An Biên", "508", "501", "98,6"),
        ("Các địa bàn khác", None, "1.067", "1.060", "99,3")]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for label, loc, a, b, r in rows:
    suf = "" if loc else " các địa bàn khác"
    kw = {"location": loc} if loc else {}
    tp = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
    F_ = [
        F(f"{label} | {a} |", a, num(a), "count", "chiếc", "Số tàu" + suf, period=tp, **kw),
        F(f"| {a} | {b} |" if loc != "Kiên Hải" else "| 615 | 100", b, num(b), "count", "chiếc",
          "tàu đã lắp VMS" + suf, period=tp, **kw),
        F(f"{b} | {r}\n", r, num(r), "percent", "%", "Tỷ lệ tàu đã lắp VMS" + suf, period=tp, **kw),
    ]
    figs += F_
figs += [
    F("kiểm tra 12.450 lượt tàu", "12.450", 12450, "count", "lượt tàu", "lượt tàu cập cảng được kiểm tra",
      change=C("increase", 8.2, baseline="quý II/2024"), period=q3),
    F("khoảng 96.300 tấn", "96.300", 96300, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng được giám sát",
      approx="about", period=q3),
    F("cấp 318 giấy", "318", 318, "count", "giấy xác nhận nguyên liệu", "giấy xác nhận nguyên liệu (S/C) được cấp", period=q3i),
    F("và 296 giấy", "296", 296, "count", "giấy chứng nhận khai thác", "giấy chứng nhận khai thác (C/C) được cấp", period=q3i),
    F("cho 5.820 tấn", "5.820", 5820, "measure", "tấn", "thủy sản xuất khẩu sang EU", period=q3i),
    F("xử lý 142 vụ", "142", 142, "count", "vụ", "vụ vi phạm được phát hiện, xử lý", period=ytd),
    F("hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tiền phạt", approx="over", period=ytd),
    F("có 31 vụ", "31", 31, "count", "vụ", "vụ tàu cá mất kết nối VMS trên 6 giờ khi hoạt động trên biển", total=142, period=ytd),
    F("trên 6 giờ", "6", 6, "measure", "giờ", "thời gian mất kết nối VMS", approx="over", optional=True),
    F("có 3 tàu với", "3", 3, "count", "tàu", "tàu cá bị nước ngoài bắt giữ", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("với 21 ngư dân", "21", 21, "count", "ngư dân", "ngư dân bị nước ngoài bắt giữ", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("Phấn đấu 100% tàu", "100", 100, "percent", "%", "tàu cá từ 15 m trở lên lắp VMS", status="target", period=q4i),
    F("tàu cá từ 15 m trở lên lắp", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("dứt điểm 27 tàu", "27", 27, "count", "tàu", "tàu chưa lắp đặt VMS được xử lý dứt điểm", status="target", period=q4i),
]
header = """Formal report with letterhead (UBND tỉnh Kiên Giang, 'Số: 418/BC-UBND'): IUU (illegal fishing) measures, quý III/2024.
The place-and-date line 'Kiên Giang, ngày 05 tháng 10 năm 2024' is its date; 'Từ đầu năm đến nay' runs to it.
Flattened '|' table (Bảng 1) with 'Đơn vị tính: chiếc' and a 'Tỷ lệ (%)' column: every numeric cell is a figure; the row label is a place
(location) except 'Các địa bàn khác' (province default, label kept in the subject); subject = column label ('Số tàu'; revised after the first run:
the caption was dropped from it, the caption is not a row or column label); no totals for table cells; period from the
'Tính đến ngày 30/9/2024' sentence above (inherited). Row sums agree with the text (4.358 tàu, 4.331 with VMS).
Distractors: document number, 'Chỉ thị số 32-CT/TW ngày 10/4/2024', section numbers 1.–4., 'Bảng 1', 'S/C', 'C/C', 'Lưu: VT, KT', 'KT.'.
'4.331/4.358 tàu …, đạt 99,4%': total 4.358 and share 99,4. '31 vụ' after 'trong đó' follows '142 vụ' (4,6 tỷ is money, not the whole).
Thresholds 'từ 15 m trở lên' (×4) and 'trên 6 giờ' are optional. '(năm 2023 có 3 tàu với 21 ngư dân)': own period.
Section 4 heading gives 'quý IV/2024' (inherited) and 'Phấn đấu' makes both the 100% and '27 tàu' targets."""
write(4, text, figs, header, published="2024-10-05", location="Kiên Giang")
