from lib import F, P, build

TEXT = """UBND TỈNH KHÁNH HÒA
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 2154/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất giống thủy sản 9 tháng đầu năm 2024

Căn cứ Kế hoạch số 112/KH-UBND ngày 12/01/2024 của UBND tỉnh, Sở Nông nghiệp và PTNT báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất giống
9 tháng đầu năm 2024, toàn tỉnh có 398 cơ sở sản xuất, ương dưỡng giống thủy sản (tăng 17 cơ sở so với cuối năm 2023), sản xuất được 9.865 triệu con giống các loại, đạt 78,9% kế hoạch năm. Kết quả cụ thể như sau:

Đơn vị tính: triệu con
TT | Đối tượng | Kế hoạch năm 2024 | Thực hiện 9 tháng 2024 | So với kế hoạch (%)
1 | Tôm thẻ chân trắng | 9.600 | 7.542 | 78,6
2 | Tôm sú | 2.500 | 2.105 | 84,2
3 | Tôm hùm (giống khai thác) | 1,5 | 0,9 | 60,0
4 | Cá biển (chim, mú, chẽm) | 180 | 146,2 | 81,2
5 | Nhuyễn thể (ốc hương, hàu) | 220 | 70,9 | 32,2
Cộng | | 12.501,5 | 9.865 | 78,9

2. Kiểm dịch, quản lý chất lượng giống
Chi cục Chăn nuôi và Thú y đã kiểm dịch 6.912 triệu con giống xuất tỉnh (bằng 70,1% sản lượng), cấp 2.846 giấy chứng nhận kiểm dịch; lấy 615 mẫu giám sát dịch bệnh, trong đó 9 mẫu dương tính với bệnh đốm trắng (WSSV), 4 mẫu dương tính với bệnh hoại tử gan tụy cấp (AHPND).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 100% kế hoạch sản xuất giống năm 2024; kiểm tra điều kiện sản xuất tối thiểu 60 cơ sở; 100% cơ sở đăng ký được giám sát dịch bệnh định kỳ.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCTS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng 2024", "2024-01-01", "2024-09-30")
SS = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9I = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4I = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

ROWS = [
    ("| Tôm thẻ chân trắng | 9.600 |", "9.600", 9600, "Tôm thẻ chân trắng"),
    ("| Tôm sú | 2.500 |", "2.500", 2500, "Tôm sú"),
    ("| Tôm hùm (giống khai thác) | 1,5 |", "1,5", 1.5, "Tôm hùm (giống khai thác)"),
    ("| Cá biển (chim, mú, chẽm) | 180 |", "180", 180, "Cá biển (chim, mú, chẽm)"),
    ("| Nhuyễn thể (ốc hương, hàu) | 220 |", "220", 220, "Nhuyễn thể (ốc hương, hàu)"),
]
DONE = [("| 7.542 |", "7.542", 7542), ("| 2.105 |", "2.105", 2105), ("| 0,9 |", "0,9", 0.9),
        ("| 146,2 |", "146,2", 146.2), ("| 70,9 |", "70,9", 70.9)]
PCT = [("| 78,6", "78,6", 78.6), ("| 84,2", "84,2", 84.2), ("| 60,0", "60,0", 60),
       ("| 81,2", "81,2", 81.2), ("| 32,2", "32,2", 32.2)]

FIGS = [
    F("có 398 cơ sở", "398", 398, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng giống thủy sản",
      change={"direction": "increase", "value": 17, "unit": "cơ sở", "baseline": "cuối năm 2023"}, period=N9),
    F("được 9.865 triệu con", "9.865", 9865e6, "count", "con", "giống thủy sản các loại sản xuất được", percent=78.9, period=N9),
]
for (a, n, v, lab), (a2, n2, v2), (a3, n3, v3) in zip(ROWS, DONE, PCT):
    FIGS.append(F(a, n, v * 1e6, "count", "con", f"{lab} kế hoạch năm 2024", status="target", period=KH))
    FIGS.append(F(a2, n2, v2 * 1e6, "count", "con", f"{lab} thực hiện 9 tháng 2024", period=TH))
    FIGS.append(F(a3, n3, v3, "percent", "%", f"{lab} thực hiện so với kế hoạch", period=SS))
FIGS += [
    F("| 12.501,5 |", "12.501,5", 12501.5e6, "count", "con", "Cộng kế hoạch năm 2024", status="target", period=KH),
    F("| 9.865 |", "9.865", 9865e6, "count", "con", "Cộng thực hiện 9 tháng 2024", period=TH),
    F("| 78,9", "78,9", 78.9, "percent", "%", "Cộng thực hiện so với kế hoạch", period=SS),
    F("kiểm dịch 6.912 triệu con", "6.912", 6912e6, "count", "con", "con giống xuất tỉnh được kiểm dịch", percent=70.1, period=N9I),
    F("cấp 2.846 giấy", "2.846", 2846, "count", "giấy chứng nhận kiểm dịch", "giấy chứng nhận kiểm dịch được cấp", period=N9I),
    F("lấy 615 mẫu", "615", 615, "count", "mẫu", "mẫu giám sát dịch bệnh", period=N9I),
    F("trong đó 9 mẫu", "9", 9, "count", "mẫu", "mẫu dương tính với bệnh đốm trắng (WSSV)", total=615, period=N9I),
    F(", 4 mẫu", "4", 4, "count", "mẫu", "mẫu dương tính với bệnh hoại tử gan tụy cấp (AHPND)", total=615, period=N9I),
    F("hoàn thành 100%", "100", 100, "percent", "%", "kế hoạch sản xuất giống hoàn thành", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tối thiểu 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở được kiểm tra điều kiện sản xuất", approx="at_least", status="target", period=Q4I),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở đăng ký được giám sát dịch bệnh định kỳ", status="target", period=Q4I),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Khánh Hòa, Số: 2154/BC-SNN), place-and-date line 15/10/2024: aquaculture seed, 9 months of 2024.",
    "Flattened '|' table, 'Đơn vị tính: triệu con': every numeric cell is a figure (×10^6 con); the '(%)' column is percent. Row numbers 1-5 are not figures.",
    "Plan column -> status target, period năm 2024; result column -> period 9 tháng 2024 (column headers). The (%) column has no period in its header: inherited from the title/text (not scored).",
    "No totals on table cells (FIGURES.md gives tables no part-of rule); the 'Cộng' row cells are figures with subject 'Cộng …'.",
    "Distractors: Số: 2154/BC-SNN, Kế hoạch số 112/KH-UBND ngày 12/01/2024, section numbers I./II./1./2., 'Lưu: VT, CCTS', 'KT. GIÁM ĐỐC'.",
    "'hoàn thành 100% kế hoạch sản xuất giống năm 2024': period năm 2024 from its own sentence; the other two task figures inherit QUÝ IV/2024 from the heading.",
    "9 and 4 mẫu after 'trong đó' following 615 mẫu: total 615.",
]

if __name__ == "__main__":
    build(5, TEXT, COMMENTS, FIGS, published="2024-10-15", location="Khánh Hòa")
