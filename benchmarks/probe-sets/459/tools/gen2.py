from lib import *
T = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 168/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 28 tháng 6 năm 2024

BÁO CÁO
Tình hình kinh tế - xã hội tháng 6 và 6 tháng đầu năm 2024

Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ và Kế hoạch số 12/KH-UBND của UBND tỉnh, UBND tỉnh Ninh Bình báo cáo kết quả như sau:

I. MỘT SỐ CHỈ TIÊU CHỦ YẾU
Đơn vị tính: tỷ đồng
Chỉ tiêu | Kế hoạch năm 2024 | Ước thực hiện tháng 6/2024 | Ước 6 tháng đầu năm 2024 | 6 tháng so với cùng kỳ (%)
Tổng thu ngân sách nhà nước | 21.500 | 1.842 | 10.965 | 108,6
Thu nội địa | 19.300 | 1.655 | 9.820 | 110,2
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ | 68.000 | 5.920 | 34.150 | 112,4
Vốn đầu tư từ ngân sách địa phương | 7.850 | 612 | 3.026 | 95,3

II. KẾT QUẢ THỰC HIỆN
1. Sản xuất công nghiệp: Chỉ số sản xuất toàn ngành công nghiệp tháng 6 ước tăng 2,15% so với tháng trước. Tính chung 6 tháng đầu năm, chỉ số tăng 8,9% so với cùng kỳ (kế hoạch cả năm tăng 10%). Giá trị sản xuất công nghiệp 6 tháng ước đạt 52.380 tỷ đồng.
2. Xuất khẩu: Kim ngạch xuất khẩu 6 tháng ước đạt 1,32 tỷ USD, tăng 9,2% so với cùng kỳ, đạt 48,9% kế hoạch.
3. Phát triển doanh nghiệp: Từ đầu năm đến ngày 25/6/2024, có 487 doanh nghiệp đăng ký thành lập mới (tháng 6: 84 doanh nghiệp); 132 doanh nghiệp quay trở lại hoạt động; 263 doanh nghiệp tạm ngừng kinh doanh có thời hạn.
4. Giá cả: CPI tháng 6 giảm 0,12% so với tháng trước; bình quân 6 tháng tăng 3,41%, dưới mức chỉ tiêu 4,0% Quốc hội đề ra.

Nơi nhận:
- Bộ Kế hoạch và Đầu tư;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TH.
"""
HDR = """Formal report with letterhead (UBND tỉnh Ninh Bình, Số: 168/BC-UBND), place-and-date line 28/6/2024; flattened '|' table
(Đơn vị tính: tỷ đồng; columns Kế hoạch năm 2024 = target, Ước thực hiện tháng 6/2024 and Ước 6 tháng = estimate, '(%)' column = percent, actual).
Table cells: subject = row label + column label, period from the column header, no totals for table cells (Thu nội địa row).
Distractors: Số: 168/BC-UBND, Nghị quyết số 01/NQ-CP ngày 05/01/2024, Kế hoạch số 12/KH-UBND, section numbers I./II./1.-4.
'(kế hoạch cả năm tăng 10%)' is the target of the 6-month rate; '(tháng 6: 84 doanh nghiệp)' is another period, so no total 487.
'dưới mức chỉ tiêu 4,0%' gives the 3,41% a target 4.0 (met)."""
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T6 = P("Ước thực hiện tháng 6/2024", "2024-06-01", "2024-06-30")
H6 = P("Ước 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SS = P("6 tháng so với cùng kỳ", "2024-01-01", "2024-06-30")
rows = [
 ("Tổng thu ngân sách nhà nước", ["nước | 21.500", "| 1.842", "| 10.965", "| 108,6"], ["21.500", "1.842", "10.965", "108,6"]),
 ("Thu nội địa", ["| 19.300", "| 1.655", "| 9.820", "| 110,2"], ["19.300", "1.655", "9.820", "110,2"]),
 ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", ["| 68.000", "| 5.920", "| 34.150", "| 112,4"], ["68.000", "5.920", "34.150", "112,4"]),
 ("Vốn đầu tư từ ngân sách địa phương", ["| 7.850", "| 612 |", "| 3.026", "| 95,3"], ["7.850", "612", "3.026", "95,3"]),
]
def num(s):
    return float(s.replace(".", "").replace(",", "."))
figs = []
for label, anchors, nums in rows:
    for i, (a, n) in enumerate(zip(anchors, nums)):
        if i == 0:
            figs.append(F(a, n, int(num(n) * 1e9), "money", "đồng", label + " kế hoạch năm 2024", KH, status="target"))
        elif i == 1:
            figs.append(F(a, n, int(num(n) * 1e9), "money", "đồng", label + " ước thực hiện tháng 6/2024", T6, status="estimate"))
        elif i == 2:
            figs.append(F(a, n, int(num(n) * 1e9), "money", "đồng", label + " ước 6 tháng đầu năm 2024", H6, status="estimate"))
        else:
            figs.append(F(a, n, num(n), "percent", "%", label + " 6 tháng so với cùng kỳ", SS))
figs += [
 F("tháng 6 ước tăng 2,15%", "2,15", 2.15, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp tháng 6 so với tháng trước",
   P("tháng 6", "2024-06-01", "2024-06-30"), status="estimate"),
 F("chỉ số tăng 8,9%", "8,9", 8.9, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp 6 tháng so với cùng kỳ",
   P("Tính chung 6 tháng đầu năm", "2024-01-01", "2024-06-30"), target=TG(10)),
 F("ước đạt 52.380 tỷ đồng", "52.380", 52380000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
   P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
 F("ước đạt 1,32 tỷ USD", "1,32", 1320000000, "money", "USD", "kim ngạch xuất khẩu",
   P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate", percent=48.9, change=CH("increase", 9.2, baseline="cùng kỳ")),
 F("có 487 doanh nghiệp", "487", 487, "count", "doanh nghiệp", "doanh nghiệp đăng ký thành lập mới",
   P("Từ đầu năm đến ngày 25/6/2024", "2024-01-01", "2024-06-25")),
 F("(tháng 6: 84 doanh nghiệp)", "84", 84, "count", "doanh nghiệp", "doanh nghiệp đăng ký thành lập mới tháng 6",
   P("tháng 6", "2024-06-01", "2024-06-30")),
 F("132 doanh nghiệp quay", "132", 132, "count", "doanh nghiệp", "doanh nghiệp quay trở lại hoạt động",
   P("Từ đầu năm đến ngày 25/6/2024", "2024-01-01", "2024-06-25")),
 F("263 doanh nghiệp tạm ngừng", "263", 263, "count", "doanh nghiệp", "doanh nghiệp tạm ngừng kinh doanh có thời hạn",
   P("Từ đầu năm đến ngày 25/6/2024", "2024-01-01", "2024-06-25")),
 F("CPI tháng 6 giảm 0,12%", "0,12", 0.12, "percent", "%", "CPI tháng 6 so với tháng trước",
   P("tháng 6", "2024-06-01", "2024-06-30")),
 F("bình quân 6 tháng tăng 3,41%", "3,41", 3.41, "percent", "%", "CPI bình quân 6 tháng",
   P("bình quân 6 tháng", "2024-01-01", "2024-06-30"), target=TG(4.0, met=True)),
]
write("p459-2", T, HDR, figs, published="2024-06-28", location="Ninh Bình")
